from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign_begin import CampaignBegin
from ...models.campaign_begin_response import CampaignBeginResponse
from ...models.campaign_begin_upload import CampaignBeginUpload
from ...types import UNSET, Response, Unset, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "begin_campaign"


def _get_kwargs(
    campaign_id: int,
    *,
    body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/system/campaigns/{campaign_id}/begin/".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    if isinstance(body, CampaignBegin):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, CampaignBeginUpload):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        # No Content-Type: httpx writes it, with a random boundary per request.

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CampaignBeginResponse | None:
    if response.status_code == 200:
        response_200 = CampaignBeginResponse.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(json_of(client.hooks, response))

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(json_of(client.hooks, response))

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CampaignBeginResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
) -> Response[ApiError | CampaignBeginResponse]:
    """Begin, schedule or re-run a campaign

     Starts a campaign now, or at `schedule_date`; with `status` it re-runs the numbers in those states,
    with `individual` only the given campaign numbers. A new message (JSON or multipart) or audio file
    (multipart, `aud_file`) replaces the stored one; `{tag}` placeholders in the message take each
    number's `available_tags`. When the campaign has both a message and audio, `priority` chooses.
    Credits are put on hold (`data["hold amount"]`).

    Args:
        campaign_id (int):
        body (CampaignBegin | Unset): Begin, schedule or re-run with a message or stored content
            (JSON).
        body (CampaignBeginUpload | Unset): Begin, schedule or re-run with an audio file
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignBeginResponse]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                campaign_id=campaign_id,
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
) -> ApiError | CampaignBeginResponse | None:
    """Begin, schedule or re-run a campaign

     Starts a campaign now, or at `schedule_date`; with `status` it re-runs the numbers in those states,
    with `individual` only the given campaign numbers. A new message (JSON or multipart) or audio file
    (multipart, `aud_file`) replaces the stored one; `{tag}` placeholders in the message take each
    number's `available_tags`. When the campaign has both a message and audio, `priority` chooses.
    Credits are put on hold (`data["hold amount"]`).

    Args:
        campaign_id (int):
        body (CampaignBegin | Unset): Begin, schedule or re-run with a message or stored content
            (JSON).
        body (CampaignBeginUpload | Unset): Begin, schedule or re-run with an audio file
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignBeginResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
) -> Response[ApiError | CampaignBeginResponse]:
    """Begin, schedule or re-run a campaign

     Starts a campaign now, or at `schedule_date`; with `status` it re-runs the numbers in those states,
    with `individual` only the given campaign numbers. A new message (JSON or multipart) or audio file
    (multipart, `aud_file`) replaces the stored one; `{tag}` placeholders in the message take each
    number's `available_tags`. When the campaign has both a message and audio, `priority` chooses.
    Credits are put on hold (`data["hold amount"]`).

    Args:
        campaign_id (int):
        body (CampaignBegin | Unset): Begin, schedule or re-run with a message or stored content
            (JSON).
        body (CampaignBeginUpload | Unset): Begin, schedule or re-run with an audio file
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignBeginResponse]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                campaign_id=campaign_id,
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
) -> ApiError | CampaignBeginResponse | None:
    """Begin, schedule or re-run a campaign

     Starts a campaign now, or at `schedule_date`; with `status` it re-runs the numbers in those states,
    with `individual` only the given campaign numbers. A new message (JSON or multipart) or audio file
    (multipart, `aud_file`) replaces the stored one; `{tag}` placeholders in the message take each
    number's `available_tags`. When the campaign has both a message and audio, `priority` chooses.
    Credits are put on hold (`data["hold amount"]`).

    Args:
        campaign_id (int):
        body (CampaignBegin | Unset): Begin, schedule or re-run with a message or stored content
            (JSON).
        body (CampaignBeginUpload | Unset): Begin, schedule or re-run with an audio file
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignBeginResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
        )
    ).parsed
