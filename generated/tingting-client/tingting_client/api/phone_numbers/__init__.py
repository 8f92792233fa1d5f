"""Contains endpoint functions for accessing the API

The ``phone_numbers`` operations as methods: ``client.phone_numbers.<operation>(...)`` and, awaited,
``client.aio.phone_numbers.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.phone_numbers.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.available_numbers_response import AvailableNumbersResponse
from ...models.number_bought_response import NumberBoughtResponse
from ...models.number_released_response import NumberReleasedResponse
from ...models.owned_numbers_response import OwnedNumbersResponse
from ...models.phone_number_selection import PhoneNumberSelection
from ...types import UNSET, Response, Success, Unset
from . import buy_phone_number, list_available_phone_numbers, list_owned_phone_numbers, release_phone_number


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class PhoneNumbersResource:
    """The ``phone_numbers`` operations of a client (``client.phone_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "PhoneNumbersResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return PhoneNumbersResourceWithRawResponse(self._client)

    def list_owned_phone_numbers(
        self,
    ) -> OwnedNumbersResponse:
        """Phone numbers the user owns

        Returns the body of a success (``OwnedNumbersResponse``); any other answer raises.
        """
        response = list_owned_phone_numbers.sync_detailed(
            client=self._client,
        )
        return cast(OwnedNumbersResponse, _success(response))

    def list_available_phone_numbers(
        self,
    ) -> AvailableNumbersResponse:
        """Phone numbers available to buy

        Returns the body of a success (``AvailableNumbersResponse``); any other answer raises.
        """
        response = list_available_phone_numbers.sync_detailed(
            client=self._client,
        )
        return cast(AvailableNumbersResponse, _success(response))

    def release_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> Any | NumberReleasedResponse:
        """Release an owned phone number

        Returns the body of a success (``Any | NumberReleasedResponse``); any other answer raises.
        """
        response = release_phone_number.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(Any | NumberReleasedResponse, _success(response))

    def buy_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> NumberBoughtResponse:
        """Buy a phone number

        Returns the body of a success (``NumberBoughtResponse``); any other answer raises.
        """
        response = buy_phone_number.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(NumberBoughtResponse, _success(response))


class PhoneNumbersResourceWithRawResponse:
    """The ``phone_numbers`` operations returning whole answers (``client.phone_numbers.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_owned_phone_numbers(
        self,
    ) -> Success[OwnedNumbersResponse]:
        """Phone numbers the user owns

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``OwnedNumbersResponse``);
        any other answer raises.
        """
        response = list_owned_phone_numbers.sync_detailed(
            client=self._client,
        )
        parsed = cast(OwnedNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def list_available_phone_numbers(
        self,
    ) -> Success[AvailableNumbersResponse]:
        """Phone numbers available to buy

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AvailableNumbersResponse``);
        any other answer raises.
        """
        response = list_available_phone_numbers.sync_detailed(
            client=self._client,
        )
        parsed = cast(AvailableNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def release_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> Success[Any | NumberReleasedResponse]:
        """Release an owned phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``Any | NumberReleasedResponse``);
        any other answer raises.
        """
        response = release_phone_number.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(Any | NumberReleasedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def buy_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> Success[NumberBoughtResponse]:
        """Buy a phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``NumberBoughtResponse``);
        any other answer raises.
        """
        response = buy_phone_number.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(NumberBoughtResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncPhoneNumbersResource:
    """The ``phone_numbers`` operations of a client, awaited (``client.aio.phone_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncPhoneNumbersResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncPhoneNumbersResourceWithRawResponse(self._client)

    async def list_owned_phone_numbers(
        self,
    ) -> OwnedNumbersResponse:
        """Phone numbers the user owns

        Returns the body of a success (``OwnedNumbersResponse``); any other answer raises.
        """
        response = await list_owned_phone_numbers.asyncio_detailed(
            client=self._client,
        )
        return cast(OwnedNumbersResponse, _success(response))

    async def list_available_phone_numbers(
        self,
    ) -> AvailableNumbersResponse:
        """Phone numbers available to buy

        Returns the body of a success (``AvailableNumbersResponse``); any other answer raises.
        """
        response = await list_available_phone_numbers.asyncio_detailed(
            client=self._client,
        )
        return cast(AvailableNumbersResponse, _success(response))

    async def release_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> Any | NumberReleasedResponse:
        """Release an owned phone number

        Returns the body of a success (``Any | NumberReleasedResponse``); any other answer raises.
        """
        response = await release_phone_number.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(Any | NumberReleasedResponse, _success(response))

    async def buy_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> NumberBoughtResponse:
        """Buy a phone number

        Returns the body of a success (``NumberBoughtResponse``); any other answer raises.
        """
        response = await buy_phone_number.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(NumberBoughtResponse, _success(response))


class AsyncPhoneNumbersResourceWithRawResponse:
    """The ``phone_numbers`` operations returning whole answers, awaited (``client.aio.phone_numbers.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_owned_phone_numbers(
        self,
    ) -> Success[OwnedNumbersResponse]:
        """Phone numbers the user owns

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``OwnedNumbersResponse``);
        any other answer raises.
        """
        response = await list_owned_phone_numbers.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(OwnedNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def list_available_phone_numbers(
        self,
    ) -> Success[AvailableNumbersResponse]:
        """Phone numbers available to buy

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AvailableNumbersResponse``);
        any other answer raises.
        """
        response = await list_available_phone_numbers.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(AvailableNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def release_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> Success[Any | NumberReleasedResponse]:
        """Release an owned phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``Any | NumberReleasedResponse``);
        any other answer raises.
        """
        response = await release_phone_number.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(Any | NumberReleasedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def buy_phone_number(
        self,
        *,
        body: PhoneNumberSelection,
    ) -> Success[NumberBoughtResponse]:
        """Buy a phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``NumberBoughtResponse``);
        any other answer raises.
        """
        response = await buy_phone_number.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(NumberBoughtResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
