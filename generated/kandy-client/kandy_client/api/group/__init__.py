"""Contains endpoint functions for accessing the API

The ``group`` operations as methods: ``client.group.<operation>(...)`` and, awaited,
``client.aio.group.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.group.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_envelope import GroupEnvelope
from ...models.send_group_message_request import SendGroupMessageRequest
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response, Success, Unset
from . import get_group_by_id, send_group_message


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupResource:
    """The ``group`` operations of a client (``client.group``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "GroupResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return GroupResourceWithRawResponse(self._client)

    def get_group_by_id(
        self,
        *,
        group_id: str,
    ) -> GroupEnvelope:
        """Get a chat group by ID

        Returns the body of a success (``GroupEnvelope``); any other answer raises.
        """
        response = get_group_by_id.sync_detailed(
            group_id=group_id,
            client=self._client,
        )
        return cast(GroupEnvelope, _success(response))

    def send_group_message(
        self,
        *,
        body: SendGroupMessageRequest,
    ) -> StatusEnvelope:
        """Send a chat message to a group

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = send_group_message.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class GroupResourceWithRawResponse:
    """The ``group`` operations returning whole answers (``client.group.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_group_by_id(
        self,
        *,
        group_id: str,
    ) -> Success[GroupEnvelope]:
        """Get a chat group by ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``GroupEnvelope``);
        any other answer raises.
        """
        response = get_group_by_id.sync_detailed(
            group_id=group_id,
            client=self._client,
        )
        parsed = cast(GroupEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def send_group_message(
        self,
        *,
        body: SendGroupMessageRequest,
    ) -> Success[StatusEnvelope]:
        """Send a chat message to a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = send_group_message.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncGroupResource:
    """The ``group`` operations of a client, awaited (``client.aio.group``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncGroupResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncGroupResourceWithRawResponse(self._client)

    async def get_group_by_id(
        self,
        *,
        group_id: str,
    ) -> GroupEnvelope:
        """Get a chat group by ID

        Returns the body of a success (``GroupEnvelope``); any other answer raises.
        """
        response = await get_group_by_id.asyncio_detailed(
            group_id=group_id,
            client=self._client,
        )
        return cast(GroupEnvelope, _success(response))

    async def send_group_message(
        self,
        *,
        body: SendGroupMessageRequest,
    ) -> StatusEnvelope:
        """Send a chat message to a group

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await send_group_message.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class AsyncGroupResourceWithRawResponse:
    """The ``group`` operations returning whole answers, awaited (``client.aio.group.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_group_by_id(
        self,
        *,
        group_id: str,
    ) -> Success[GroupEnvelope]:
        """Get a chat group by ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``GroupEnvelope``);
        any other answer raises.
        """
        response = await get_group_by_id.asyncio_detailed(
            group_id=group_id,
            client=self._client,
        )
        parsed = cast(GroupEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def send_group_message(
        self,
        *,
        body: SendGroupMessageRequest,
    ) -> Success[StatusEnvelope]:
        """Send a chat message to a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await send_group_message.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
