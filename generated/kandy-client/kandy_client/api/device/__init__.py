"""Contains endpoint functions for accessing the API

The ``device`` operations as methods: ``client.device.<operation>(...)`` and, awaited,
``client.aio.device.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.device.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address_book_envelope import AddressBookEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.pending_messages_envelope import PendingMessagesEnvelope
from ...models.send_device_message_request import SendDeviceMessageRequest
from ...models.send_sms_request import SendSmsRequest
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response, Success, Unset
from . import (
    delete_device_address_book,
    delete_handled_messages,
    get_device_address_book,
    get_pending_messages,
    send_device_message,
    send_sms,
)


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class DeviceResource:
    """The ``device`` operations of a client (``client.device``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "DeviceResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return DeviceResourceWithRawResponse(self._client)

    def get_device_address_book(
        self,
        *,
        device_id: str,
    ) -> AddressBookEnvelope:
        """Get a device's address book

        Returns the body of a success (``AddressBookEnvelope``); any other answer raises.
        """
        response = get_device_address_book.sync_detailed(
            device_id=device_id,
            client=self._client,
        )
        return cast(AddressBookEnvelope, _success(response))

    def delete_device_address_book(
        self,
        *,
        device_id: str,
    ) -> StatusEnvelope:
        """Delete a device's address book

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_device_address_book.sync_detailed(
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    def get_pending_messages(
        self,
        *,
        device_id: str,
        client_timestamp: str | Unset = UNSET,
    ) -> PendingMessagesEnvelope:
        """Get a device's pending messages

        Returns the body of a success (``PendingMessagesEnvelope``); any other answer raises.
        """
        response = get_pending_messages.sync_detailed(
            device_id=device_id,
            client_timestamp=client_timestamp,
            client=self._client,
        )
        return cast(PendingMessagesEnvelope, _success(response))

    def send_device_message(
        self,
        *,
        body: SendDeviceMessageRequest,
        device_id: str,
    ) -> StatusEnvelope:
        """Send a chat message from a device

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = send_device_message.sync_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    def delete_handled_messages(
        self,
        *,
        device_id: str,
        messages: str,
    ) -> StatusEnvelope:
        """Delete handled messages

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_handled_messages.sync_detailed(
            device_id=device_id,
            messages=messages,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    def send_sms(
        self,
        *,
        body: SendSmsRequest,
        device_id: str,
    ) -> StatusEnvelope:
        """Send an SMS from a device

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = send_sms.sync_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class DeviceResourceWithRawResponse:
    """The ``device`` operations returning whole answers (``client.device.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_device_address_book(
        self,
        *,
        device_id: str,
    ) -> Success[AddressBookEnvelope]:
        """Get a device's address book

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AddressBookEnvelope``);
        any other answer raises.
        """
        response = get_device_address_book.sync_detailed(
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(AddressBookEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_device_address_book(
        self,
        *,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Delete a device's address book

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_device_address_book.sync_detailed(
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_pending_messages(
        self,
        *,
        device_id: str,
        client_timestamp: str | Unset = UNSET,
    ) -> Success[PendingMessagesEnvelope]:
        """Get a device's pending messages

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``PendingMessagesEnvelope``);
        any other answer raises.
        """
        response = get_pending_messages.sync_detailed(
            device_id=device_id,
            client_timestamp=client_timestamp,
            client=self._client,
        )
        parsed = cast(PendingMessagesEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_device_message(
        self,
        *,
        body: SendDeviceMessageRequest,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Send a chat message from a device

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = send_device_message.sync_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_handled_messages(
        self,
        *,
        device_id: str,
        messages: str,
    ) -> Success[StatusEnvelope]:
        """Delete handled messages

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_handled_messages.sync_detailed(
            device_id=device_id,
            messages=messages,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_sms(
        self,
        *,
        body: SendSmsRequest,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Send an SMS from a device

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = send_sms.sync_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncDeviceResource:
    """The ``device`` operations of a client, awaited (``client.aio.device``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncDeviceResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncDeviceResourceWithRawResponse(self._client)

    async def get_device_address_book(
        self,
        *,
        device_id: str,
    ) -> AddressBookEnvelope:
        """Get a device's address book

        Returns the body of a success (``AddressBookEnvelope``); any other answer raises.
        """
        response = await get_device_address_book.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )
        return cast(AddressBookEnvelope, _success(response))

    async def delete_device_address_book(
        self,
        *,
        device_id: str,
    ) -> StatusEnvelope:
        """Delete a device's address book

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_device_address_book.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    async def get_pending_messages(
        self,
        *,
        device_id: str,
        client_timestamp: str | Unset = UNSET,
    ) -> PendingMessagesEnvelope:
        """Get a device's pending messages

        Returns the body of a success (``PendingMessagesEnvelope``); any other answer raises.
        """
        response = await get_pending_messages.asyncio_detailed(
            device_id=device_id,
            client_timestamp=client_timestamp,
            client=self._client,
        )
        return cast(PendingMessagesEnvelope, _success(response))

    async def send_device_message(
        self,
        *,
        body: SendDeviceMessageRequest,
        device_id: str,
    ) -> StatusEnvelope:
        """Send a chat message from a device

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await send_device_message.asyncio_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    async def delete_handled_messages(
        self,
        *,
        device_id: str,
        messages: str,
    ) -> StatusEnvelope:
        """Delete handled messages

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_handled_messages.asyncio_detailed(
            device_id=device_id,
            messages=messages,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    async def send_sms(
        self,
        *,
        body: SendSmsRequest,
        device_id: str,
    ) -> StatusEnvelope:
        """Send an SMS from a device

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await send_sms.asyncio_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class AsyncDeviceResourceWithRawResponse:
    """The ``device`` operations returning whole answers, awaited (``client.aio.device.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_device_address_book(
        self,
        *,
        device_id: str,
    ) -> Success[AddressBookEnvelope]:
        """Get a device's address book

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AddressBookEnvelope``);
        any other answer raises.
        """
        response = await get_device_address_book.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(AddressBookEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_device_address_book(
        self,
        *,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Delete a device's address book

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_device_address_book.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_pending_messages(
        self,
        *,
        device_id: str,
        client_timestamp: str | Unset = UNSET,
    ) -> Success[PendingMessagesEnvelope]:
        """Get a device's pending messages

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``PendingMessagesEnvelope``);
        any other answer raises.
        """
        response = await get_pending_messages.asyncio_detailed(
            device_id=device_id,
            client_timestamp=client_timestamp,
            client=self._client,
        )
        parsed = cast(PendingMessagesEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_device_message(
        self,
        *,
        body: SendDeviceMessageRequest,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Send a chat message from a device

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await send_device_message.asyncio_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_handled_messages(
        self,
        *,
        device_id: str,
        messages: str,
    ) -> Success[StatusEnvelope]:
        """Delete handled messages

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_handled_messages.asyncio_detailed(
            device_id=device_id,
            messages=messages,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_sms(
        self,
        *,
        body: SendSmsRequest,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Send an SMS from a device

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await send_sms.asyncio_detailed(
            body=body,
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
