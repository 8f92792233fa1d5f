"""Per vendor: a client on the mock's default account, and one cheap authenticated read."""

from __future__ import annotations

from typing import Any

from switchboard_mocks.gatum import DEFAULT_SETTINGS as GATUM
from switchboard_mocks.kandy import DEFAULT_SETTINGS as KANDY
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS as NETSAPIENS
from switchboard_mocks.passinfo import DEFAULT_SETTINGS as PASSINFO
from switchboard_mocks.tingting import DEFAULT_SETTINGS as TINGTING

#: The operations that fetch credentials, by vendor (what a fleet should send once).
TOKEN_OPERATIONS = {
    "netsapiens": {"create_token"},
    "gatum": {"authorize", "create_access_token"},
    "tingting": {"login", "refresh_token"},
    "kandy": {"get_account_access_token", "get_domain_access_token", "get_user_access_token"},
    "passinfo": {"renew_api_key", "renew_api_key_via_get"},
}


def client_for(vendor: str, base_url: str, **options: Any) -> Any:
    if vendor == "netsapiens":
        from switchboard.netsapiens import make_client

        s = NETSAPIENS
        return make_client(base_url, s["client_id"], s["client_secret"], s["username"], s["password"], **options)
    if vendor == "gatum":
        from switchboard.gatum import make_client as gatum_client

        return gatum_client(base_url, GATUM["username"], GATUM["password"], **options)
    if vendor == "tingting":
        from switchboard.tingting import make_client as tingting_client

        return tingting_client(base_url, TINGTING["email"], TINGTING["password"], **options)
    if vendor == "kandy":
        from switchboard.kandy import make_client as kandy_client

        k = KANDY
        return kandy_client(
            base_url,
            account_api_key=k["account_api_key"],
            account_api_secret=k["account_api_secret"],
            domain_api_key=k["domain_api_key"],
            domain_api_secret=k["domain_api_secret"],
            **options,
        )
    from switchboard.passinfo import make_client as passinfo_client

    api_key = options.pop("api_key", PASSINFO["api_key"])
    return passinfo_client(base_url, api_key, PASSINFO["client_id"], **options)


async def read_call(vendor: str, client: Any) -> None:
    """One authenticated read; raises the switchboard error it meets."""
    if vendor == "netsapiens":
        from netsapiens_client.api.subscriptions import list_subscriptions

        await list_subscriptions.asyncio_detailed(client=client)
    elif vendor == "gatum":
        from gatum_client.api.account import get_account_info

        await get_account_info.asyncio_detailed(client=client)
    elif vendor == "tingting":
        from tingting_client.api.auth import get_user_details

        await get_user_details.asyncio_detailed(client=client)
    elif vendor == "kandy":
        from kandy_client.api.account import get_domains
        from kandy_client.api.domain import get_users

        await get_domains.asyncio_detailed(client=client)
        await get_users.asyncio_detailed(client=client)
    else:
        from passinfo_client.api.account import get_sms_count

        await get_sms_count.asyncio_detailed(client=client)
