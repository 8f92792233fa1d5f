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
from ...models.error_response import ErrorResponse
from ...models.renew_api_key_result import RenewApiKeyResult
from ...models.sms_balance import SmsBalance
from ...types import UNSET, Response, Success, Unset
from . import get_sms_count, renew_api_key, renew_api_key_via_get


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

    def get_sms_count(
        self,
    ) -> SmsBalance:
        """Get the remaining SMS credits

        Returns the body of a success (``SmsBalance``); any other answer raises.
        """
        response = get_sms_count.sync_detailed(
            client=self._client,
        )
        return cast(SmsBalance, _success(response))

    def renew_api_key_via_get(
        self,
    ) -> RenewApiKeyResult:
        """Replace the API key with a new one (the Python SDK's GET)

        Returns the body of a success (``RenewApiKeyResult``); any other answer raises.
        """
        response = renew_api_key_via_get.sync_detailed(
            client=self._client,
        )
        return cast(RenewApiKeyResult, _success(response))

    def renew_api_key(
        self,
    ) -> RenewApiKeyResult:
        """Replace the API key with a new one

        Returns the body of a success (``RenewApiKeyResult``); any other answer raises.
        """
        response = renew_api_key.sync_detailed(
            client=self._client,
        )
        return cast(RenewApiKeyResult, _success(response))


class AccountResourceWithRawResponse:
    """The ``account`` operations returning whole answers (``client.account.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_sms_count(
        self,
    ) -> Success[SmsBalance]:
        """Get the remaining SMS credits

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SmsBalance``);
        any other answer raises.
        """
        response = get_sms_count.sync_detailed(
            client=self._client,
        )
        parsed = cast(SmsBalance, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def renew_api_key_via_get(
        self,
    ) -> Success[RenewApiKeyResult]:
        """Replace the API key with a new one (the Python SDK's GET)

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``RenewApiKeyResult``);
        any other answer raises.
        """
        response = renew_api_key_via_get.sync_detailed(
            client=self._client,
        )
        parsed = cast(RenewApiKeyResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def renew_api_key(
        self,
    ) -> Success[RenewApiKeyResult]:
        """Replace the API key with a new one

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``RenewApiKeyResult``);
        any other answer raises.
        """
        response = renew_api_key.sync_detailed(
            client=self._client,
        )
        parsed = cast(RenewApiKeyResult, _success(response))
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

    async def get_sms_count(
        self,
    ) -> SmsBalance:
        """Get the remaining SMS credits

        Returns the body of a success (``SmsBalance``); any other answer raises.
        """
        response = await get_sms_count.asyncio_detailed(
            client=self._client,
        )
        return cast(SmsBalance, _success(response))

    async def renew_api_key_via_get(
        self,
    ) -> RenewApiKeyResult:
        """Replace the API key with a new one (the Python SDK's GET)

        Returns the body of a success (``RenewApiKeyResult``); any other answer raises.
        """
        response = await renew_api_key_via_get.asyncio_detailed(
            client=self._client,
        )
        return cast(RenewApiKeyResult, _success(response))

    async def renew_api_key(
        self,
    ) -> RenewApiKeyResult:
        """Replace the API key with a new one

        Returns the body of a success (``RenewApiKeyResult``); any other answer raises.
        """
        response = await renew_api_key.asyncio_detailed(
            client=self._client,
        )
        return cast(RenewApiKeyResult, _success(response))


class AsyncAccountResourceWithRawResponse:
    """The ``account`` operations returning whole answers, awaited (``client.aio.account.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_sms_count(
        self,
    ) -> Success[SmsBalance]:
        """Get the remaining SMS credits

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SmsBalance``);
        any other answer raises.
        """
        response = await get_sms_count.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(SmsBalance, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def renew_api_key_via_get(
        self,
    ) -> Success[RenewApiKeyResult]:
        """Replace the API key with a new one (the Python SDK's GET)

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``RenewApiKeyResult``);
        any other answer raises.
        """
        response = await renew_api_key_via_get.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(RenewApiKeyResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def renew_api_key(
        self,
    ) -> Success[RenewApiKeyResult]:
        """Replace the API key with a new one

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``RenewApiKeyResult``);
        any other answer raises.
        """
        response = await renew_api_key.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(RenewApiKeyResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
