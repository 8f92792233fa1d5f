from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.mfa_grant import MfaGrant
from ...models.password_grant import PasswordGrant
from ...models.refresh_token_grant import RefreshTokenGrant
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "create_token"


def _get_kwargs(
    *,
    body: MfaGrant | PasswordGrant | RefreshTokenGrant,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tokens",
    }

    if isinstance(body, PasswordGrant):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RefreshTokenGrant):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | ErrorResponse | ForbiddenError | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(json_of(client.hooks, response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessToken | ErrorResponse | ForbiddenError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MfaGrant | PasswordGrant | RefreshTokenGrant,
) -> Response[AccessToken | ErrorResponse | ForbiddenError]:
    """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

     Issues an access token. With `grant_type=password` from the user's credentials; with
    `grant_type=refresh_token` from the refresh token of an earlier response; with `grant_type=mfa` from
    the
    `mfa_required` token of a password grant and the user's one-time passcode. The body is JSON, not
    form-encoded. Use `expires_in` from the response to schedule the next refresh; the refresh token may
    rotate.

    Args:
        body (MfaGrant | PasswordGrant | RefreshTokenGrant): Body of `POST /tokens`, by
            `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | ErrorResponse | ForbiddenError]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MfaGrant | PasswordGrant | RefreshTokenGrant,
) -> AccessToken | ErrorResponse | ForbiddenError | None:
    """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

     Issues an access token. With `grant_type=password` from the user's credentials; with
    `grant_type=refresh_token` from the refresh token of an earlier response; with `grant_type=mfa` from
    the
    `mfa_required` token of a password grant and the user's one-time passcode. The body is JSON, not
    form-encoded. Use `expires_in` from the response to schedule the next refresh; the refresh token may
    rotate.

    Args:
        body (MfaGrant | PasswordGrant | RefreshTokenGrant): Body of `POST /tokens`, by
            `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | ErrorResponse | ForbiddenError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MfaGrant | PasswordGrant | RefreshTokenGrant,
) -> Response[AccessToken | ErrorResponse | ForbiddenError]:
    """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

     Issues an access token. With `grant_type=password` from the user's credentials; with
    `grant_type=refresh_token` from the refresh token of an earlier response; with `grant_type=mfa` from
    the
    `mfa_required` token of a password grant and the user's one-time passcode. The body is JSON, not
    form-encoded. Use `expires_in` from the response to schedule the next refresh; the refresh token may
    rotate.

    Args:
        body (MfaGrant | PasswordGrant | RefreshTokenGrant): Body of `POST /tokens`, by
            `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | ErrorResponse | ForbiddenError]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MfaGrant | PasswordGrant | RefreshTokenGrant,
) -> AccessToken | ErrorResponse | ForbiddenError | None:
    """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

     Issues an access token. With `grant_type=password` from the user's credentials; with
    `grant_type=refresh_token` from the refresh token of an earlier response; with `grant_type=mfa` from
    the
    `mfa_required` token of a password grant and the user's one-time passcode. The body is JSON, not
    form-encoded. Use `expires_in` from the response to schedule the next refresh; the refresh token may
    rotate.

    Args:
        body (MfaGrant | PasswordGrant | RefreshTokenGrant): Body of `POST /tokens`, by
            `grant_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | ErrorResponse | ForbiddenError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
