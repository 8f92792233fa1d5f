"""Contains endpoint functions for accessing the API

The ``subscriptions`` operations as methods: ``client.subscriptions.<operation>(...)`` and, awaited,
``client.aio.subscriptions.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.subscriptions.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
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
from ...types import UNSET, Response, Success, Unset
from . import create_subscription, delete_subscription, list_subscriptions, read_subscription, update_subscription


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class SubscriptionsResource:
    """The ``subscriptions`` operations of a client (``client.subscriptions``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "SubscriptionsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return SubscriptionsResourceWithRawResponse(self._client)

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


class SubscriptionsResourceWithRawResponse:
    """The ``subscriptions`` operations returning whole answers (``client.subscriptions.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_subscriptions(
        self,
    ) -> Success[list[Subscription]]:
        """List event subscriptions

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[Subscription]``);
        any other answer raises.
        """
        response = list_subscriptions.sync_detailed(
            client=self._client,
        )
        parsed = cast(list[Subscription], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_subscription(
        self,
        *,
        body: SubscriptionCreate,
    ) -> Success[Subscription]:
        """Create an event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``Subscription``);
        any other answer raises.
        """
        response = create_subscription.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(Subscription, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def read_subscription(
        self,
        id: str,
    ) -> Success[Subscription]:
        """Read one event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``Subscription``);
        any other answer raises.
        """
        response = read_subscription.sync_detailed(
            id=id,
            client=self._client,
        )
        parsed = cast(Subscription, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def update_subscription(
        self,
        id: str,
        *,
        body: SubscriptionUpdate,
    ) -> Success[AcceptedResponse]:
        """Update an event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = update_subscription.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_subscription(
        self,
        id: str,
    ) -> Success[AcceptedResponse]:
        """Delete an event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = delete_subscription.sync_detailed(
            id=id,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncSubscriptionsResource:
    """The ``subscriptions`` operations of a client, awaited (``client.aio.subscriptions``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncSubscriptionsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncSubscriptionsResourceWithRawResponse(self._client)

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


class AsyncSubscriptionsResourceWithRawResponse:
    """The ``subscriptions`` operations returning whole answers, awaited (``client.aio.subscriptions.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_subscriptions(
        self,
    ) -> Success[list[Subscription]]:
        """List event subscriptions

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[Subscription]``);
        any other answer raises.
        """
        response = await list_subscriptions.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(list[Subscription], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_subscription(
        self,
        *,
        body: SubscriptionCreate,
    ) -> Success[Subscription]:
        """Create an event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``Subscription``);
        any other answer raises.
        """
        response = await create_subscription.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(Subscription, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def read_subscription(
        self,
        id: str,
    ) -> Success[Subscription]:
        """Read one event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``Subscription``);
        any other answer raises.
        """
        response = await read_subscription.asyncio_detailed(
            id=id,
            client=self._client,
        )
        parsed = cast(Subscription, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def update_subscription(
        self,
        id: str,
        *,
        body: SubscriptionUpdate,
    ) -> Success[AcceptedResponse]:
        """Update an event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = await update_subscription.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_subscription(
        self,
        id: str,
    ) -> Success[AcceptedResponse]:
        """Delete an event subscription

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AcceptedResponse``);
        any other answer raises.
        """
        response = await delete_subscription.asyncio_detailed(
            id=id,
            client=self._client,
        )
        parsed = cast(AcceptedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
