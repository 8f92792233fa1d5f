"""Contains endpoint functions for accessing the API

The ``account`` operations as methods: ``client.account.<operation>(...)`` and, awaited,
``client.aio.account.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.account.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_info_response import AccountInfoResponse
from ...models.error_response import ErrorResponse
from ...models.register_customer_request import RegisterCustomerRequest
from ...models.register_customer_response import RegisterCustomerResponse
from ...types import UNSET, Response, Success, Unset
from . import get_account_info, register_customer


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class AccountResource:
    """The ``account`` operations of a client (``client.account``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AccountResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AccountResourceWithRawResponse(self._client)

    def get_account_info(
        self,
    ) -> AccountInfoResponse:
        """Get account information

        Returns the body of a success (``AccountInfoResponse``); any other answer raises.
        """
        response = get_account_info.sync_detailed(
            client=self._client,
        )
        return cast(AccountInfoResponse, _success(response))

    def register_customer(
        self,
        *,
        body: RegisterCustomerRequest,
    ) -> RegisterCustomerResponse:
        """Register a new customer account

        Returns the body of a success (``RegisterCustomerResponse``); any other answer raises.
        """
        response = register_customer.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(RegisterCustomerResponse, _success(response))


class AccountResourceWithRawResponse:
    """The ``account`` operations returning whole answers (``client.account.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_account_info(
        self,
    ) -> Success[AccountInfoResponse]:
        """Get account information

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccountInfoResponse``);
        any other answer raises.
        """
        response = get_account_info.sync_detailed(
            client=self._client,
        )
        parsed = cast(AccountInfoResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def register_customer(
        self,
        *,
        body: RegisterCustomerRequest,
    ) -> Success[RegisterCustomerResponse]:
        """Register a new customer account

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``RegisterCustomerResponse``);
        any other answer raises.
        """
        response = register_customer.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(RegisterCustomerResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncAccountResource:
    """The ``account`` operations of a client, awaited (``client.aio.account``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncAccountResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncAccountResourceWithRawResponse(self._client)

    async def get_account_info(
        self,
    ) -> AccountInfoResponse:
        """Get account information

        Returns the body of a success (``AccountInfoResponse``); any other answer raises.
        """
        response = await get_account_info.asyncio_detailed(
            client=self._client,
        )
        return cast(AccountInfoResponse, _success(response))

    async def register_customer(
        self,
        *,
        body: RegisterCustomerRequest,
    ) -> RegisterCustomerResponse:
        """Register a new customer account

        Returns the body of a success (``RegisterCustomerResponse``); any other answer raises.
        """
        response = await register_customer.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(RegisterCustomerResponse, _success(response))


class AsyncAccountResourceWithRawResponse:
    """The ``account`` operations returning whole answers, awaited (``client.aio.account.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_account_info(
        self,
    ) -> Success[AccountInfoResponse]:
        """Get account information

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccountInfoResponse``);
        any other answer raises.
        """
        response = await get_account_info.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(AccountInfoResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def register_customer(
        self,
        *,
        body: RegisterCustomerRequest,
    ) -> Success[RegisterCustomerResponse]:
        """Register a new customer account

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``RegisterCustomerResponse``);
        any other answer raises.
        """
        response = await register_customer.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(RegisterCustomerResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
