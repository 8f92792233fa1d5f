"""Contains endpoint functions for accessing the API

The ``group`` operations as methods: ``client.group.<operation>(...)`` and, awaited,
``client.aio.group.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_envelope import GroupEnvelope
from ...models.send_group_message_request import SendGroupMessageRequest
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response, Unset
from . import get_group_by_id, send_group_message


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupResource:
    """The ``group`` operations of a client (``client.group``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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


class AsyncGroupResource:
    """The ``group`` operations of a client, awaited (``client.aio.group``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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
