"""Contains endpoint functions for accessing the API

The ``otp`` operations as methods: ``client.otp.<operation>(...)`` and, awaited,
``client.aio.otp.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.otp_sent_response import OtpSentResponse
from ...models.send_otp_request import SendOtpRequest
from ...types import UNSET, Response, Unset
from . import send_otp


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class OtpResource:
    """The ``otp`` operations of a client (``client.otp``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def send_otp(
        self,
        *,
        body: SendOtpRequest,
    ) -> OtpSentResponse:
        """Send a one-time password

        Returns the body of a success (``OtpSentResponse``); any other answer raises.
        """
        response = send_otp.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(OtpSentResponse, _success(response))


class AsyncOtpResource:
    """The ``otp`` operations of a client, awaited (``client.aio.otp``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def send_otp(
        self,
        *,
        body: SendOtpRequest,
    ) -> OtpSentResponse:
        """Send a one-time password

        Returns the body of a success (``OtpSentResponse``); any other answer raises.
        """
        response = await send_otp.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(OtpSentResponse, _success(response))
