"""The Kandy mock in-process: what the contract state machine does not reach on its own."""

from __future__ import annotations

from starlette.testclient import TestClient

from switchboard_mocks import create_app
from switchboard_mocks.kandy import DEFAULT_SETTINGS as S

BASE = "/v1.2"
DOMAIN = {"key": S["domain_api_key"], "domain_api_secret": S["domain_api_secret"]}


def test_the_limited_domain_detail_answers_for_a_live_domain_token_only() -> None:
    with TestClient(create_app("kandy")) as client:
        token = client.get(f"{BASE}/domains/accesstokens", params=DOMAIN).json()["result"]["domain_access_token"]

        found = client.get(f"{BASE}/accounts/domains/details", params={**DOMAIN, "domain_access_token": token})
        assert found.status_code == 200
        assert found.json()["status"] == 0
        assert found.json()["result"]["domain"]["domain_name"] == S["domain_name"]

        client.request("DELETE", f"{BASE}/domains/accesstokens", params={**DOMAIN, "domain_access_token": token})
        gone = client.get(f"{BASE}/accounts/domains/details", params={**DOMAIN, "domain_access_token": token})
        assert (gone.status_code, gone.json()) == (404, {"status": 404, "message": "access token not found"})


def test_a_missing_device_is_the_vendor_404_from_deep_in_a_helper() -> None:
    with TestClient(create_app("kandy")) as client:
        user = client.get(f"{BASE}/domains/users/accesstokens", params={**DOMAIN, "user_id": S["user_id"]}).json()[
            "result"
        ]["user_access_token"]
        answer = client.get(f"{BASE}/devices/addressbooks", params={"key": user, "device_id": "0" * 32})
        assert (answer.status_code, answer.json()) == (404, {"status": 404, "message": "device not found"})
