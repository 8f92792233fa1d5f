"""The mock engine: routing from the spec, the vendor envelope, the control surface, journal redaction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from switchboard_mocks import MockClock, create_app
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

BASE = "/ns-api/v2"
PASSWORD_GRANT = {"grant_type": "password", **{k: DEFAULT_SETTINGS[k] for k in ("client_id", "client_secret")}}
PASSWORD_GRANT |= {"username": DEFAULT_SETTINGS["username"], "password": DEFAULT_SETTINGS["password"]}


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(clock: Clock) -> Iterator[TestClient]:
    with TestClient(create_app("netsapiens", clock=MockClock(clock), settings={"token_ttl": "60"})) as test_client:
        yield test_client


def bearer(client: TestClient) -> dict[str, str]:
    token = client.post(f"{BASE}/tokens", json=PASSWORD_GRANT).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_tokens_expire_on_the_injected_clock(client: TestClient, clock: Clock) -> None:
    headers = bearer(client)
    assert client.get(f"{BASE}/subscriptions", headers=headers).status_code == 200

    clock.now += 61

    expired = client.get(f"{BASE}/subscriptions", headers=headers)
    assert expired.status_code == 401
    assert expired.json() == {"code": 401, "message": "access token expired"}


def test_the_clock_control_expires_tokens_too(client: TestClient) -> None:
    headers = bearer(client)
    client.post("/__mock__/clock", json={"advance": 61})
    assert client.get(f"{BASE}/subscriptions", headers=headers).status_code == 401


def test_wrong_method_is_405_with_allow_and_unknown_path_is_404(client: TestClient) -> None:
    wrong = client.patch(f"{BASE}/subscriptions")
    assert (wrong.status_code, wrong.headers["allow"]) == (405, "GET, POST")
    assert wrong.json()["code"] == 405
    assert client.get(f"{BASE}/nowhere").status_code == 404
    assert client.get("/subscriptions").status_code == 404  # outside the base path


def test_invalid_requests_get_the_envelope_naming_the_field(client: TestClient) -> None:
    headers = bearer(client)
    for query in ("limit=0", "limit=", "limit=abc", "limit=1001"):
        answer = client.get(f"{BASE}/domains/~/messagesessions?{query}", headers=headers)
        assert answer.status_code == 400, query
        assert "limit" in answer.json()["message"]


def test_reset_keep_auth_keeps_tokens_and_drops_resources(client: TestClient) -> None:
    headers = bearer(client)
    client.post(f"{BASE}/subscriptions", json={"model": "cdr", "post-url": "https://h.example.com"}, headers=headers)

    client.post("/__mock__/reset", json={"keep_auth": True})
    assert client.get(f"{BASE}/subscriptions", headers=headers).json() == []

    client.post("/__mock__/reset")
    assert client.get(f"{BASE}/subscriptions", headers=headers).status_code == 401


def test_the_journal_never_holds_credentials(client: TestClient) -> None:
    headers = bearer(client)
    client.get(f"{BASE}/subscriptions", headers=headers)

    journal = client.get("/__mock__/journal").json()

    assert [(e["operation"], e["status"]) for e in journal] == [("create_token", 200), ("list_subscriptions", 200)]
    assert journal[1]["headers"]["authorization"] == "<redacted>"
    assert headers["Authorization"].split()[1] not in str(journal)


def test_faults_fire_by_count_and_by_seeded_probability(client: TestClient) -> None:
    headers = bearer(client)
    client.post("/__mock__/faults", json={"operation": "list_subscriptions", "status": 503, "times": 2})
    statuses = [client.get(f"{BASE}/subscriptions", headers=headers).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]

    def sample() -> list[int]:
        client.post("/__mock__/reset", json={"keep_auth": True})
        client.post("/__mock__/faults", json={"status": 500, "times": 100, "probability": 0.5})
        return [client.get(f"{BASE}/subscriptions", headers=headers).status_code for _ in range(20)]

    first = sample()
    assert 0 < first.count(500) < 20
    assert sample() == first  # deterministic by default


def test_refresh_tokens_are_single_use(client: TestClient) -> None:
    issued = client.post(f"{BASE}/tokens", json=PASSWORD_GRANT).json()
    refresh = {k: PASSWORD_GRANT[k] for k in ("client_id", "client_secret")}
    refresh |= {"grant_type": "refresh_token", "refresh_token": issued["refresh_token"]}

    assert client.post(f"{BASE}/tokens", json=refresh).status_code == 200
    assert client.post(f"{BASE}/tokens", json=refresh).status_code == 401
