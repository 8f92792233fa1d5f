"""Contains endpoint functions for accessing the API

The ``subscriptions`` operations as methods: ``client.subscriptions.<operation>(...)`` and, awaited,
``client.aio.subscriptions.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted_response import AcceptedResponse
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.subscription import Subscription
from ...models.subscription_conflict import SubscriptionConflict
from ...models.subscription_create import SubscriptionCreate
from ...models.subscription_update import SubscriptionUpdate
from ...types import UNSET, Response, Unset
from . import create_subscription, delete_subscription, list_subscriptions, read_subscription, update_subscription


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class SubscriptionsResource:
    """The ``subscriptions`` operations of a client (``client.subscriptions``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_subscriptions(
        self,
    ) -> list[Subscription]:
        """List event subscriptions

        Returns the body of a success (``list[Subscription]``); any other answer raises.
        """
        response = list_subscriptions.sync_detailed(
            client=self._client,
        )
        return cast(list[Subscription], _success(response))

    def create_subscription(
        self,
        *,
        body: SubscriptionCreate,
    ) -> Subscription:
        """Create an event subscription

        Returns the body of a success (``Subscription``); any other answer raises.
        """
        response = create_subscription.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(Subscription, _success(response))

    def read_subscription(
        self,
        id: str,
    ) -> Subscription:
        """Read one event subscription

        Returns the body of a success (``Subscription``); any other answer raises.
        """
        response = read_subscription.sync_detailed(
            id=id,
            client=self._client,
        )
        return cast(Subscription, _success(response))

    def update_subscription(
        self,
        id: str,
        *,
        body: SubscriptionUpdate,
    ) -> AcceptedResponse:
        """Update an event subscription

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = update_subscription.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))

    def delete_subscription(
        self,
        id: str,
    ) -> AcceptedResponse:
        """Delete an event subscription

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = delete_subscription.sync_detailed(
            id=id,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))


class AsyncSubscriptionsResource:
    """The ``subscriptions`` operations of a client, awaited (``client.aio.subscriptions``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_subscriptions(
        self,
    ) -> list[Subscription]:
        """List event subscriptions

        Returns the body of a success (``list[Subscription]``); any other answer raises.
        """
        response = await list_subscriptions.asyncio_detailed(
            client=self._client,
        )
        return cast(list[Subscription], _success(response))

    async def create_subscription(
        self,
        *,
        body: SubscriptionCreate,
    ) -> Subscription:
        """Create an event subscription

        Returns the body of a success (``Subscription``); any other answer raises.
        """
        response = await create_subscription.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(Subscription, _success(response))

    async def read_subscription(
        self,
        id: str,
    ) -> Subscription:
        """Read one event subscription

        Returns the body of a success (``Subscription``); any other answer raises.
        """
        response = await read_subscription.asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast(Subscription, _success(response))

    async def update_subscription(
        self,
        id: str,
        *,
        body: SubscriptionUpdate,
    ) -> AcceptedResponse:
        """Update an event subscription

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = await update_subscription.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))

    async def delete_subscription(
        self,
        id: str,
    ) -> AcceptedResponse:
        """Delete an event subscription

        Returns the body of a success (``AcceptedResponse``); any other answer raises.
        """
        response = await delete_subscription.asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast(AcceptedResponse, _success(response))
