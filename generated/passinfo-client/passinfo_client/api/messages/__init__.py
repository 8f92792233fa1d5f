"""Contains endpoint functions for accessing the API

The ``messages`` operations as methods: ``client.messages.<operation>(...)`` and, awaited,
``client.aio.messages.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.messages.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_status import BatchStatus
from ...models.bulk_message_request import BulkMessageRequest
from ...models.bulk_send_result import BulkSendResult
from ...models.error_response import ErrorResponse
from ...models.group_message_request import GroupMessageRequest
from ...models.group_send_result import GroupSendResult
from ...models.message_status import MessageStatus
from ...models.send_message_result import SendMessageResult
from ...models.single_message_request import SingleMessageRequest
from ...types import UNSET, Response, Success, Unset
from . import get_message_status, get_message_status_bulk, send_message, send_message_bulk, send_message_group


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class MessagesResource:
    """The ``messages`` operations of a client (``client.messages``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "MessagesResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return MessagesResourceWithRawResponse(self._client)

    def send_message(
        self,
        *,
        body: SingleMessageRequest,
    ) -> SendMessageResult:
        """Send a message to one phone number

        Returns the body of a success (``SendMessageResult``); any other answer raises.
        """
        response = send_message.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SendMessageResult, _success(response))

    def send_message_bulk(
        self,
        *,
        body: BulkMessageRequest,
    ) -> BulkSendResult:
        """Send the same message to several phone numbers

        Returns the body of a success (``BulkSendResult``); any other answer raises.
        """
        response = send_message_bulk.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(BulkSendResult, _success(response))

    def send_message_group(
        self,
        group_id: str,
        *,
        body: GroupMessageRequest,
    ) -> GroupSendResult:
        """Send a message to every contact of a group

        Returns the body of a success (``GroupSendResult``); any other answer raises.
        """
        response = send_message_group.sync_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )
        return cast(GroupSendResult, _success(response))

    def get_message_status(
        self,
        message_id: str,
    ) -> MessageStatus:
        """Get the delivery status of one message

        Returns the body of a success (``MessageStatus``); any other answer raises.
        """
        response = get_message_status.sync_detailed(
            message_id=message_id,
            client=self._client,
        )
        return cast(MessageStatus, _success(response))

    def get_message_status_bulk(
        self,
        batch_id: str,
    ) -> BatchStatus:
        """Get the delivery status of a batch of messages

        Returns the body of a success (``BatchStatus``); any other answer raises.
        """
        response = get_message_status_bulk.sync_detailed(
            batch_id=batch_id,
            client=self._client,
        )
        return cast(BatchStatus, _success(response))


class MessagesResourceWithRawResponse:
    """The ``messages`` operations returning whole answers (``client.messages.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def send_message(
        self,
        *,
        body: SingleMessageRequest,
    ) -> Success[SendMessageResult]:
        """Send a message to one phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SendMessageResult``);
        any other answer raises.
        """
        response = send_message.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SendMessageResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_message_bulk(
        self,
        *,
        body: BulkMessageRequest,
    ) -> Success[BulkSendResult]:
        """Send the same message to several phone numbers

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BulkSendResult``);
        any other answer raises.
        """
        response = send_message_bulk.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BulkSendResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_message_group(
        self,
        group_id: str,
        *,
        body: GroupMessageRequest,
    ) -> Success[GroupSendResult]:
        """Send a message to every contact of a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``GroupSendResult``);
        any other answer raises.
        """
        response = send_message_group.sync_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )
        parsed = cast(GroupSendResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_message_status(
        self,
        message_id: str,
    ) -> Success[MessageStatus]:
        """Get the delivery status of one message

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``MessageStatus``);
        any other answer raises.
        """
        response = get_message_status.sync_detailed(
            message_id=message_id,
            client=self._client,
        )
        parsed = cast(MessageStatus, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_message_status_bulk(
        self,
        batch_id: str,
    ) -> Success[BatchStatus]:
        """Get the delivery status of a batch of messages

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BatchStatus``);
        any other answer raises.
        """
        response = get_message_status_bulk.sync_detailed(
            batch_id=batch_id,
            client=self._client,
        )
        parsed = cast(BatchStatus, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncMessagesResource:
    """The ``messages`` operations of a client, awaited (``client.aio.messages``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncMessagesResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncMessagesResourceWithRawResponse(self._client)

    async def send_message(
        self,
        *,
        body: SingleMessageRequest,
    ) -> SendMessageResult:
        """Send a message to one phone number

        Returns the body of a success (``SendMessageResult``); any other answer raises.
        """
        response = await send_message.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SendMessageResult, _success(response))

    async def send_message_bulk(
        self,
        *,
        body: BulkMessageRequest,
    ) -> BulkSendResult:
        """Send the same message to several phone numbers

        Returns the body of a success (``BulkSendResult``); any other answer raises.
        """
        response = await send_message_bulk.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(BulkSendResult, _success(response))

    async def send_message_group(
        self,
        group_id: str,
        *,
        body: GroupMessageRequest,
    ) -> GroupSendResult:
        """Send a message to every contact of a group

        Returns the body of a success (``GroupSendResult``); any other answer raises.
        """
        response = await send_message_group.asyncio_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )
        return cast(GroupSendResult, _success(response))

    async def get_message_status(
        self,
        message_id: str,
    ) -> MessageStatus:
        """Get the delivery status of one message

        Returns the body of a success (``MessageStatus``); any other answer raises.
        """
        response = await get_message_status.asyncio_detailed(
            message_id=message_id,
            client=self._client,
        )
        return cast(MessageStatus, _success(response))

    async def get_message_status_bulk(
        self,
        batch_id: str,
    ) -> BatchStatus:
        """Get the delivery status of a batch of messages

        Returns the body of a success (``BatchStatus``); any other answer raises.
        """
        response = await get_message_status_bulk.asyncio_detailed(
            batch_id=batch_id,
            client=self._client,
        )
        return cast(BatchStatus, _success(response))


class AsyncMessagesResourceWithRawResponse:
    """The ``messages`` operations returning whole answers, awaited (``client.aio.messages.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def send_message(
        self,
        *,
        body: SingleMessageRequest,
    ) -> Success[SendMessageResult]:
        """Send a message to one phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SendMessageResult``);
        any other answer raises.
        """
        response = await send_message.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SendMessageResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_message_bulk(
        self,
        *,
        body: BulkMessageRequest,
    ) -> Success[BulkSendResult]:
        """Send the same message to several phone numbers

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BulkSendResult``);
        any other answer raises.
        """
        response = await send_message_bulk.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BulkSendResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_message_group(
        self,
        group_id: str,
        *,
        body: GroupMessageRequest,
    ) -> Success[GroupSendResult]:
        """Send a message to every contact of a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``GroupSendResult``);
        any other answer raises.
        """
        response = await send_message_group.asyncio_detailed(
            group_id=group_id,
            body=body,
            client=self._client,
        )
        parsed = cast(GroupSendResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_message_status(
        self,
        message_id: str,
    ) -> Success[MessageStatus]:
        """Get the delivery status of one message

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``MessageStatus``);
        any other answer raises.
        """
        response = await get_message_status.asyncio_detailed(
            message_id=message_id,
            client=self._client,
        )
        parsed = cast(MessageStatus, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_message_status_bulk(
        self,
        batch_id: str,
    ) -> Success[BatchStatus]:
        """Get the delivery status of a batch of messages

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BatchStatus``);
        any other answer raises.
        """
        response = await get_message_status_bulk.asyncio_detailed(
            batch_id=batch_id,
            client=self._client,
        )
        parsed = cast(BatchStatus, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
