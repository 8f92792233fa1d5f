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
from ...models.accepted_response import AcceptedResponse
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.message import Message
from ...models.message_send import MessageSend
from ...models.message_session import MessageSession
from ...types import UNSET, Response, Success, Unset
from . import (
    list_domain_message_sessions,
    list_session_messages,
    list_user_message_sessions,
    send_message_in_session,
    send_message_new_session,
)


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

    def send_message_new_session(
        self,
        domain: str,
        user: str,
        *,
        body: MessageSend,
    ) -> AcceptedResponse:
        """Send a message in a new message session

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = send_message_new_session.sync_detailed(
            domain=domain,
            user=user,
            body=body,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))

    def list_session_messages(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        limit: int | Unset = 100,
    ) -> list[Message]:
        """List the messages of a message session

        Returns the body of a success (``list[Message]``); any other answer raises.
        """
        response = list_session_messages.sync_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            limit=limit,
            client=self._client,
        )
        return cast(list[Message], _success(response))

    def send_message_in_session(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        body: MessageSend,
    ) -> AcceptedResponse:
        """Send a message in an existing (or client-named) message session

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = send_message_in_session.sync_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            body=body,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))

    def list_domain_message_sessions(
        self,
        domain: str,
        *,
        limit: int | Unset = 100,
    ) -> list[MessageSession]:
        """List the message sessions of a domain

        Returns the body of a success (``list[MessageSession]``); any other answer raises.
        """
        response = list_domain_message_sessions.sync_detailed(
            domain=domain,
            limit=limit,
            client=self._client,
        )
        return cast(list[MessageSession], _success(response))

    def list_user_message_sessions(
        self,
        domain: str,
        user: str,
        *,
        limit: int | Unset = 100,
    ) -> list[MessageSession]:
        """List the message sessions of a user

        Returns the body of a success (``list[MessageSession]``); any other answer raises.
        """
        response = list_user_message_sessions.sync_detailed(
            domain=domain,
            user=user,
            limit=limit,
            client=self._client,
        )
        return cast(list[MessageSession], _success(response))


class MessagesResourceWithRawResponse:
    """The ``messages`` operations returning whole answers (``client.messages.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def send_message_new_session(
        self,
        domain: str,
        user: str,
        *,
        body: MessageSend,
    ) -> Success[AcceptedResponse]:
        """Send a message in a new message session

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = send_message_new_session.sync_detailed(
            domain=domain,
            user=user,
            body=body,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def list_session_messages(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        limit: int | Unset = 100,
    ) -> Success[list[Message]]:
        """List the messages of a message session

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[Message]``);
        any other answer raises.
        """
        response = list_session_messages.sync_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            limit=limit,
            client=self._client,
        )
        parsed = cast(list[Message], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_message_in_session(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        body: MessageSend,
    ) -> Success[AcceptedResponse]:
        """Send a message in an existing (or client-named) message session

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = send_message_in_session.sync_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            body=body,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def list_domain_message_sessions(
        self,
        domain: str,
        *,
        limit: int | Unset = 100,
    ) -> Success[list[MessageSession]]:
        """List the message sessions of a domain

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[MessageSession]``);
        any other answer raises.
        """
        response = list_domain_message_sessions.sync_detailed(
            domain=domain,
            limit=limit,
            client=self._client,
        )
        parsed = cast(list[MessageSession], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def list_user_message_sessions(
        self,
        domain: str,
        user: str,
        *,
        limit: int | Unset = 100,
    ) -> Success[list[MessageSession]]:
        """List the message sessions of a user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[MessageSession]``);
        any other answer raises.
        """
        response = list_user_message_sessions.sync_detailed(
            domain=domain,
            user=user,
            limit=limit,
            client=self._client,
        )
        parsed = cast(list[MessageSession], _success(response))
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

    async def send_message_new_session(
        self,
        domain: str,
        user: str,
        *,
        body: MessageSend,
    ) -> AcceptedResponse:
        """Send a message in a new message session

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = await send_message_new_session.asyncio_detailed(
            domain=domain,
            user=user,
            body=body,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))

    async def list_session_messages(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        limit: int | Unset = 100,
    ) -> list[Message]:
        """List the messages of a message session

        Returns the body of a success (``list[Message]``); any other answer raises.
        """
        response = await list_session_messages.asyncio_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            limit=limit,
            client=self._client,
        )
        return cast(list[Message], _success(response))

    async def send_message_in_session(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        body: MessageSend,
    ) -> AcceptedResponse:
        """Send a message in an existing (or client-named) message session

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = await send_message_in_session.asyncio_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            body=body,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))

    async def list_domain_message_sessions(
        self,
        domain: str,
        *,
        limit: int | Unset = 100,
    ) -> list[MessageSession]:
        """List the message sessions of a domain

        Returns the body of a success (``list[MessageSession]``); any other answer raises.
        """
        response = await list_domain_message_sessions.asyncio_detailed(
            domain=domain,
            limit=limit,
            client=self._client,
        )
        return cast(list[MessageSession], _success(response))

    async def list_user_message_sessions(
        self,
        domain: str,
        user: str,
        *,
        limit: int | Unset = 100,
    ) -> list[MessageSession]:
        """List the message sessions of a user

        Returns the body of a success (``list[MessageSession]``); any other answer raises.
        """
        response = await list_user_message_sessions.asyncio_detailed(
            domain=domain,
            user=user,
            limit=limit,
            client=self._client,
        )
        return cast(list[MessageSession], _success(response))


class AsyncMessagesResourceWithRawResponse:
    """The ``messages`` operations returning whole answers, awaited (``client.aio.messages.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def send_message_new_session(
        self,
        domain: str,
        user: str,
        *,
        body: MessageSend,
    ) -> Success[AcceptedResponse]:
        """Send a message in a new message session

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = await send_message_new_session.asyncio_detailed(
            domain=domain,
            user=user,
            body=body,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def list_session_messages(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        limit: int | Unset = 100,
    ) -> Success[list[Message]]:
        """List the messages of a message session

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[Message]``);
        any other answer raises.
        """
        response = await list_session_messages.asyncio_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            limit=limit,
            client=self._client,
        )
        parsed = cast(list[Message], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_message_in_session(
        self,
        domain: str,
        user: str,
        messagesession: str,
        *,
        body: MessageSend,
    ) -> Success[AcceptedResponse]:
        """Send a message in an existing (or client-named) message session

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = await send_message_in_session.asyncio_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            body=body,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def list_domain_message_sessions(
        self,
        domain: str,
        *,
        limit: int | Unset = 100,
    ) -> Success[list[MessageSession]]:
        """List the message sessions of a domain

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[MessageSession]``);
        any other answer raises.
        """
        response = await list_domain_message_sessions.asyncio_detailed(
            domain=domain,
            limit=limit,
            client=self._client,
        )
        parsed = cast(list[MessageSession], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def list_user_message_sessions(
        self,
        domain: str,
        user: str,
        *,
        limit: int | Unset = 100,
    ) -> Success[list[MessageSession]]:
        """List the message sessions of a user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[MessageSession]``);
        any other answer raises.
        """
        response = await list_user_message_sessions.asyncio_detailed(
            domain=domain,
            user=user,
            limit=limit,
            client=self._client,
        )
        parsed = cast(list[MessageSession], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
