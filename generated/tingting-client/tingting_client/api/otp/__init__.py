"""Contains endpoint functions for accessing the API

The ``otp`` operations as methods: ``client.otp.<operation>(...)`` and, awaited,
``client.aio.otp.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.otp.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.otp_sent_response import OtpSentResponse
from ...models.send_otp_request import SendOtpRequest
from ...types import UNSET, Response, Success, Unset
from . import send_otp


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class OtpResource:
    """The ``otp`` operations of a client (``client.otp``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "OtpResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return OtpResourceWithRawResponse(self._client)

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


class OtpResourceWithRawResponse:
    """The ``otp`` operations returning whole answers (``client.otp.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def send_otp(
        self,
        *,
        body: SendOtpRequest,
    ) -> Success[OtpSentResponse]:
        """Send a one-time password

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``OtpSentResponse``);
        any other answer raises.
        """
        response = send_otp.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(OtpSentResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncOtpResource:
    """The ``otp`` operations of a client, awaited (``client.aio.otp``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncOtpResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncOtpResourceWithRawResponse(self._client)

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


class AsyncOtpResourceWithRawResponse:
    """The ``otp`` operations returning whole answers, awaited (``client.aio.otp.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def send_otp(
        self,
        *,
        body: SendOtpRequest,
    ) -> Success[OtpSentResponse]:
        """Send a one-time password

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``OtpSentResponse``);
        any other answer raises.
        """
        response = await send_otp.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(OtpSentResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
