"""Contains endpoint functions for accessing the API

The ``sms`` operations as methods: ``client.sms.<operation>(...)`` and, awaited,
``client.aio.sms.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.sms.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.

``for item in client.sms.iter_sms_full_data(...)`` yields every item of ``get_sms_full_data``, page after page, and
``async for item in client.aio.sms.iter_sms_full_data(...)`` awaits them; switchboard walks the pages (a client of
``switchboard.gatum.make_client``).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client, Hooks
from ...models.error_response import ErrorResponse
from ...models.send_bulk_request import SendBulkRequest
from ...models.send_bulk_response import SendBulkResponse
from ...models.send_sms_response import SendSmsResponse
from ...models.sms_full_data_request import SmsFullDataRequest
from ...models.sms_full_data_response import SmsFullDataResponse
from ...models.sms_message import SmsMessage
from ...models.sms_record import SmsRecord
from ...types import UNSET, Response, Success, Unset
from . import get_sms_full_data, send_bulk_sms, send_sms


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _pager(client: AuthenticatedClient | Client, method: str) -> Hooks:
    if client.hooks is None:
        raise RuntimeError(f"{method} needs a client of switchboard.gatum.make_client: switchboard walks the pages")
    return client.hooks


class SmsResource:
    """The ``sms`` operations of a client (``client.sms``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "SmsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return SmsResourceWithRawResponse(self._client)

    def send_sms(
        self,
        *,
        body: list[SmsMessage],
    ) -> SendSmsResponse:
        """Send SMS, HLR or MNP requests

        Returns the body of a success (``SendSmsResponse``); any other answer raises.
        """
        response = send_sms.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SendSmsResponse, _success(response))

    def get_sms_full_data(
        self,
        *,
        body: SmsFullDataRequest,
    ) -> SmsFullDataResponse:
        """Get data about sent SMS

        Returns the body of a success (``SmsFullDataResponse``); any other answer raises.
        """
        response = get_sms_full_data.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SmsFullDataResponse, _success(response))

    def send_bulk_sms(
        self,
        *,
        body: SendBulkRequest,
    ) -> SendBulkResponse:
        """Send SMS to the numbers of groups

        Returns the body of a success (``SendBulkResponse``); any other answer raises.
        """
        response = send_bulk_sms.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SendBulkResponse, _success(response))

    def iter_sms_full_data(
        self,
        *,
        body: SmsFullDataRequest | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[SmsRecord]:
        """Every ``SmsRecord`` of ``get_sms_full_data``, page after page, each once.

        ``body`` holds the filters (the pages set its ``offset`` and ``limit``). ``page_size`` items per request. A
        page is asked for when the one before is read; an error answer raises. switchboard walks the pages: without
        a client of ``switchboard.gatum.make_client`` this raises ``RuntimeError``.
        """
        arguments: dict[str, Any] = {
            "body": body,
        }
        return _pager(self._client, "iter_sms_full_data").pages(
            get_sms_full_data.OPERATION_ID, self._client, arguments, page_size
        )


class SmsResourceWithRawResponse:
    """The ``sms`` operations returning whole answers (``client.sms.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def send_sms(
        self,
        *,
        body: list[SmsMessage],
    ) -> Success[SendSmsResponse]:
        """Send SMS, HLR or MNP requests

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SendSmsResponse``);
        any other answer raises.
        """
        response = send_sms.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SendSmsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_sms_full_data(
        self,
        *,
        body: SmsFullDataRequest,
    ) -> Success[SmsFullDataResponse]:
        """Get data about sent SMS

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SmsFullDataResponse``);
        any other answer raises.
        """
        response = get_sms_full_data.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SmsFullDataResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_bulk_sms(
        self,
        *,
        body: SendBulkRequest,
    ) -> Success[SendBulkResponse]:
        """Send SMS to the numbers of groups

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SendBulkResponse``);
        any other answer raises.
        """
        response = send_bulk_sms.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SendBulkResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncSmsResource:
    """The ``sms`` operations of a client, awaited (``client.aio.sms``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncSmsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncSmsResourceWithRawResponse(self._client)

    async def send_sms(
        self,
        *,
        body: list[SmsMessage],
    ) -> SendSmsResponse:
        """Send SMS, HLR or MNP requests

        Returns the body of a success (``SendSmsResponse``); any other answer raises.
        """
        response = await send_sms.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SendSmsResponse, _success(response))

    async def get_sms_full_data(
        self,
        *,
        body: SmsFullDataRequest,
    ) -> SmsFullDataResponse:
        """Get data about sent SMS

        Returns the body of a success (``SmsFullDataResponse``); any other answer raises.
        """
        response = await get_sms_full_data.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SmsFullDataResponse, _success(response))

    async def send_bulk_sms(
        self,
        *,
        body: SendBulkRequest,
    ) -> SendBulkResponse:
        """Send SMS to the numbers of groups

        Returns the body of a success (``SendBulkResponse``); any other answer raises.
        """
        response = await send_bulk_sms.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SendBulkResponse, _success(response))

    def iter_sms_full_data(
        self,
        *,
        body: SmsFullDataRequest | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[SmsRecord]:
        """Every ``SmsRecord`` of ``get_sms_full_data``, page after page, each once (``async for``).

        ``body`` holds the filters (the pages set its ``offset`` and ``limit``). ``page_size`` items per request. A
        page is asked for when the one before is read; an error answer raises. switchboard walks the pages: without
        a client of ``switchboard.gatum.make_client`` this raises ``RuntimeError``.
        """
        arguments: dict[str, Any] = {
            "body": body,
        }
        return _pager(self._client, "iter_sms_full_data").apages(
            get_sms_full_data.OPERATION_ID, self._client, arguments, page_size
        )


class AsyncSmsResourceWithRawResponse:
    """The ``sms`` operations returning whole answers, awaited (``client.aio.sms.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def send_sms(
        self,
        *,
        body: list[SmsMessage],
    ) -> Success[SendSmsResponse]:
        """Send SMS, HLR or MNP requests

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SendSmsResponse``);
        any other answer raises.
        """
        response = await send_sms.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SendSmsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_sms_full_data(
        self,
        *,
        body: SmsFullDataRequest,
    ) -> Success[SmsFullDataResponse]:
        """Get data about sent SMS

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SmsFullDataResponse``);
        any other answer raises.
        """
        response = await get_sms_full_data.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SmsFullDataResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_bulk_sms(
        self,
        *,
        body: SendBulkRequest,
    ) -> Success[SendBulkResponse]:
        """Send SMS to the numbers of groups

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SendBulkResponse``);
        any other answer raises.
        """
        response = await send_bulk_sms.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SendBulkResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
