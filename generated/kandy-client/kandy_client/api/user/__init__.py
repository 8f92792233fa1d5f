"""Contains endpoint functions for accessing the API

The ``user`` operations as methods: ``client.user.<operation>(...)`` and, awaited,
``client.aio.user.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.user.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_device_request import CreateDeviceRequest
from ...models.created_device_envelope import CreatedDeviceEnvelope
from ...models.device_list_envelope import DeviceListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.status_envelope import StatusEnvelope
from ...models.user_access_token_envelope import UserAccessTokenEnvelope
from ...types import UNSET, Response, Success, Unset
from . import create_device, delete_device, get_devices, get_user_access_token


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class UserResource:
    """The ``user`` operations of a client (``client.user``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "UserResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return UserResourceWithRawResponse(self._client)

    def get_user_access_token(
        self,
        *,
        domain_api_secret: str | Unset = UNSET,
        user_password: str | Unset = UNSET,
        user_id: str,
    ) -> UserAccessTokenEnvelope:
        """Get a user access token

        Returns the body of a success (``UserAccessTokenEnvelope``); any other answer raises.
        """
        response = get_user_access_token.sync_detailed(
            domain_api_secret=domain_api_secret,
            user_password=user_password,
            user_id=user_id,
            client=self._client,
        )
        return cast(UserAccessTokenEnvelope, _success(response))

    def get_devices(
        self,
    ) -> DeviceListEnvelope:
        """List the user's devices

        Returns the body of a success (``DeviceListEnvelope``); any other answer raises.
        """
        response = get_devices.sync_detailed(
            client=self._client,
        )
        return cast(DeviceListEnvelope, _success(response))

    def create_device(
        self,
        *,
        body: CreateDeviceRequest,
    ) -> CreatedDeviceEnvelope:
        """Create a device for the user

        Returns the body of a success (``CreatedDeviceEnvelope``); any other answer raises.
        """
        response = create_device.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreatedDeviceEnvelope, _success(response))

    def delete_device(
        self,
        *,
        device_id: str,
    ) -> StatusEnvelope:
        """Delete a device

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_device.sync_detailed(
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class UserResourceWithRawResponse:
    """The ``user`` operations returning whole answers (``client.user.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_user_access_token(
        self,
        *,
        domain_api_secret: str | Unset = UNSET,
        user_password: str | Unset = UNSET,
        user_id: str,
    ) -> Success[UserAccessTokenEnvelope]:
        """Get a user access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserAccessTokenEnvelope``);
        any other answer raises.
        """
        response = get_user_access_token.sync_detailed(
            domain_api_secret=domain_api_secret,
            user_password=user_password,
            user_id=user_id,
            client=self._client,
        )
        parsed = cast(UserAccessTokenEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_devices(
        self,
    ) -> Success[DeviceListEnvelope]:
        """List the user's devices

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DeviceListEnvelope``);
        any other answer raises.
        """
        response = get_devices.sync_detailed(
            client=self._client,
        )
        parsed = cast(DeviceListEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_device(
        self,
        *,
        body: CreateDeviceRequest,
    ) -> Success[CreatedDeviceEnvelope]:
        """Create a device for the user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreatedDeviceEnvelope``);
        any other answer raises.
        """
        response = create_device.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreatedDeviceEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_device(
        self,
        *,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Delete a device

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_device.sync_detailed(
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncUserResource:
    """The ``user`` operations of a client, awaited (``client.aio.user``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncUserResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncUserResourceWithRawResponse(self._client)

    async def get_user_access_token(
        self,
        *,
        domain_api_secret: str | Unset = UNSET,
        user_password: str | Unset = UNSET,
        user_id: str,
    ) -> UserAccessTokenEnvelope:
        """Get a user access token

        Returns the body of a success (``UserAccessTokenEnvelope``); any other answer raises.
        """
        response = await get_user_access_token.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            user_password=user_password,
            user_id=user_id,
            client=self._client,
        )
        return cast(UserAccessTokenEnvelope, _success(response))

    async def get_devices(
        self,
    ) -> DeviceListEnvelope:
        """List the user's devices

        Returns the body of a success (``DeviceListEnvelope``); any other answer raises.
        """
        response = await get_devices.asyncio_detailed(
            client=self._client,
        )
        return cast(DeviceListEnvelope, _success(response))

    async def create_device(
        self,
        *,
        body: CreateDeviceRequest,
    ) -> CreatedDeviceEnvelope:
        """Create a device for the user

        Returns the body of a success (``CreatedDeviceEnvelope``); any other answer raises.
        """
        response = await create_device.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreatedDeviceEnvelope, _success(response))

    async def delete_device(
        self,
        *,
        device_id: str,
    ) -> StatusEnvelope:
        """Delete a device

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_device.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class AsyncUserResourceWithRawResponse:
    """The ``user`` operations returning whole answers, awaited (``client.aio.user.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_user_access_token(
        self,
        *,
        domain_api_secret: str | Unset = UNSET,
        user_password: str | Unset = UNSET,
        user_id: str,
    ) -> Success[UserAccessTokenEnvelope]:
        """Get a user access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserAccessTokenEnvelope``);
        any other answer raises.
        """
        response = await get_user_access_token.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            user_password=user_password,
            user_id=user_id,
            client=self._client,
        )
        parsed = cast(UserAccessTokenEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_devices(
        self,
    ) -> Success[DeviceListEnvelope]:
        """List the user's devices

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DeviceListEnvelope``);
        any other answer raises.
        """
        response = await get_devices.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(DeviceListEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_device(
        self,
        *,
        body: CreateDeviceRequest,
    ) -> Success[CreatedDeviceEnvelope]:
        """Create a device for the user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreatedDeviceEnvelope``);
        any other answer raises.
        """
        response = await create_device.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreatedDeviceEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_device(
        self,
        *,
        device_id: str,
    ) -> Success[StatusEnvelope]:
        """Delete a device

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_device.asyncio_detailed(
            device_id=device_id,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
