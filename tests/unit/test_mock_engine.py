"""The mock engine: routing from the spec, the vendor envelope, the control surface, journal redaction."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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


def refresh_grant(refresh_token: str) -> dict[str, str]:
    return {
        "grant_type": "refresh_token",
        **{k: PASSWORD_GRANT[k] for k in ("client_id", "client_secret")},
        "refresh_token": refresh_token,
    }


def test_refresh_tokens_are_reusable_until_they_expire_by_default(client: TestClient) -> None:
    issued = client.post(f"{BASE}/tokens", json=PASSWORD_GRANT).json()
    refresh = refresh_grant(issued["refresh_token"])

    first, second = (client.post(f"{BASE}/tokens", json=refresh) for _ in range(2))

    assert (first.status_code, second.status_code) == (200, 200)
    assert first.json()["refresh_token"] == second.json()["refresh_token"] == issued["refresh_token"]
    assert first.json()["access_token"] != second.json()["access_token"]
    client.post("/__mock__/clock", json={"advance": 86_401})
    assert client.post(f"{BASE}/tokens", json=refresh).status_code == 401


def test_rotate_makes_refresh_tokens_single_use(clock: Clock) -> None:
    app = create_app("netsapiens", clock=MockClock(clock), settings={"refresh_reuse": "rotate"})
    with TestClient(app) as client:
        issued = client.post(f"{BASE}/tokens", json=PASSWORD_GRANT).json()
        renewed = client.post(f"{BASE}/tokens", json=refresh_grant(issued["refresh_token"]))
        replayed = client.post(f"{BASE}/tokens", json=refresh_grant(issued["refresh_token"]))
        chained = client.post(f"{BASE}/tokens", json=refresh_grant(renewed.json()["refresh_token"]))

    assert (renewed.status_code, replayed.status_code, chained.status_code) == (200, 401, 200)
    assert renewed.json()["refresh_token"] != issued["refresh_token"]


def test_an_unknown_refresh_reuse_setting_is_refused() -> None:
    with pytest.raises(ValueError, match="refresh_reuse must be one of reusable, rotate"):
        create_app("netsapiens", settings={"refresh_reuse": "twice"})


def test_the_mfa_grant_completes_a_login_that_requires_it(clock: Clock) -> None:
    app = create_app("netsapiens", clock=MockClock(clock), settings={"mfa": "required", "mfa_passcode": "424242"})
    with TestClient(app) as client:
        pending = client.post(f"{BASE}/tokens", json=PASSWORD_GRANT).json()
        refused = client.get(f"{BASE}/subscriptions", headers={"Authorization": f"Bearer {pending['access_token']}"})
        mfa = {
            "grant_type": "mfa",
            **{k: PASSWORD_GRANT[k] for k in ("client_id", "client_secret")},
            "mfa_type": "authenticator",
            "mfa_vendor": "google",
            "ns_id_type": "subscriber",
            "access_token": pending["access_token"],
        }
        wrong = client.post(f"{BASE}/tokens", json={**mfa, "passcode": "000000"})
        malformed = client.post(f"{BASE}/tokens", json={**mfa, "passcode": "42424"})
        granted = client.post(f"{BASE}/tokens", json={**mfa, "passcode": "424242"})
        replayed = client.post(f"{BASE}/tokens", json={**mfa, "passcode": "424242"})
        headers = {"Authorization": f"Bearer {granted.json()['access_token']}"}
        listed = client.get(f"{BASE}/subscriptions", headers=headers)

    assert (pending["scope"], "refresh_token" in pending) == ("mfa_required", False)
    assert refused.status_code == 401
    assert (wrong.status_code, malformed.status_code, granted.status_code, replayed.status_code) == (401, 400, 200, 401)
    assert DEFAULT_SETTINGS["client_secret"] not in malformed.text
    assert granted.json()["scope"] == "Basic User"
    assert listed.status_code == 200
    assert app.spec_violations == []


def test_a_send_into_a_new_session_is_200_with_the_accepted_body(client: TestClient) -> None:
    sms = {"type": "sms", "message": "hi", "destination": ["15551230000"], "from-number": "15550000000"}

    sent = client.post(f"{BASE}/domains/~/users/~/messages", json=sms, headers=bearer(client))

    assert (sent.status_code, sent.json()) == (200, {"code": 202, "message": "Accepted"})
    [session] = client.get(f"{BASE}/domains/~/messagesessions", headers=bearer(client)).json()
    assert len(session["messagesession-id"]) == 32


# The mock holds up: bounded journal, no 500 on bad input, nothing echoed


def test_the_journal_keeps_the_last_n_requests_and_answers_a_limit(clock: Clock) -> None:
    app = create_app("netsapiens", clock=MockClock(clock))
    app.journal.maxlen = 5
    with TestClient(app) as client:
        for number in range(1, 9):
            client.get(f"{BASE}/subscriptions/{number:032x}")
        last_two = client.get("/__mock__/journal?limit=2").json()
        everything = client.get("/__mock__/journal").json()
        bad_limit = client.get("/__mock__/journal?limit=-1")

    assert [e["path"][-1] for e in everything] == ["4", "5", "6", "7", "8"]
    assert [e["path"][-1] for e in last_two] == ["7", "8"]
    assert len(app.journal) == 5
    assert bad_limit.status_code == 400


def test_the_journal_size_is_set_at_creation() -> None:
    from switchboard_mocks import MockServer, vendor_class

    app = MockServer(vendor_class("netsapiens"), journal_size=3)
    with TestClient(app) as client:
        for _ in range(10):
            client.get(f"{BASE}/subscriptions")
    assert len(app.journal) == 3
    assert app.journal.maxlen == 3


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/subscriptions", b"[" * 100_000 + b"]" * 100_000),  # deeper than Python's recursion limit
        ("/subscriptions", b'{"model": ' + b"[" * 200 + b"]" * 200 + b"}"),  # deeper than the engine's limit
        ("/subscriptions", b'"a string where an object goes"'),
        ("/subscriptions", b"null"),
        ("/subscriptions", b"{not json"),
        ("/subscriptions", b'{"model": "cdr", "post-url": "\\ud800"}'),  # a lone surrogate
        ("/subscriptions", b'{"model": "cdr", "post-url": "https://h.example.com", "preferred-server": 1e999}'),
        ("/tokens", b'{"grant_type": "password", "client_id": 123456789012345678901234567890}'),
    ],
)
def test_bad_bodies_get_400_never_500(client: TestClient, path: str, body: bytes) -> None:
    headers = {**bearer(client), "Content-Type": "application/json"}

    answer = client.post(f"{BASE}{path}", content=body, headers=headers)

    assert answer.status_code == 400
    assert answer.json()["code"] == 400
    assert len(answer.json()["message"]) < 300


def test_a_400_names_the_fields_and_never_quotes_the_body_or_a_credential(client: TestClient) -> None:
    body = {**PASSWORD_GRANT, "username": ""}  # breaks the oneOf: the body holds both secrets

    answer = client.post(f"{BASE}/tokens", json=body)
    huge = client.post(
        f"{BASE}/subscriptions", json={"model": "cdr", "post-url": "x" * 1_000_000}, headers=bearer(client)
    )
    path = client.get(f"{BASE}/{DEFAULT_SETTINGS['password']}{'x' * 500}", headers=bearer(client))
    extra = {"model": "cdr", "post-url": "https://h.example.com", f"x-{DEFAULT_SETTINGS['password']}": "value-1234"}
    named = client.post(f"{BASE}/subscriptions", json=extra, headers=bearer(client))

    assert answer.status_code == 400
    for secret in (DEFAULT_SETTINGS["client_secret"], DEFAULT_SETTINGS["password"]):
        assert secret not in answer.text
        assert secret not in path.text
    assert huge.status_code == 400
    assert "post-url" in huge.json()["message"]
    assert len(huge.text) < 300
    assert path.status_code == 404
    assert len(path.text) < 200
    assert named.json()["message"] == "body has a property the spec does not allow: 'x-<redacted>'"


@pytest.mark.parametrize(
    ("path", "payload"),
    [
        ("/reset", b"[1, 2]"),
        ("/reset", b'"keep"'),
        ("/reset", b'{"keep_auth": "yes"}'),
        ("/faults", b'{"status": "503"}'),
        ("/faults", b'{"status": 99}'),
        ("/faults", b'{"operation": "no_such_operation"}'),
        ("/faults", b'{"operation": ["*"]}'),
        ("/faults", b'{"times": 1.5}'),
        ("/faults", b'{"probability": 2}'),
        ("/faults", b'{"latency": "1"}'),
        ("/faults", b'{"retry_after": -1}'),
        ("/faults", b'{"drop": 1}'),
        ("/faults", b'{"unknown": true}'),
        ("/faults", b"[" * 5000 + b"]" * 5000),
        ("/clock", b'{"advance": "nan"}'),
        ("/clock", b'{"advance": NaN}'),
        ("/clock", b'{"advance": Infinity}'),
        ("/clock", b'{"advance": -5}'),
        ("/clock", b"{}"),
        ("/clock", b"{broken"),
    ],
)
def test_bad_control_payloads_get_400_and_change_nothing(client: TestClient, path: str, payload: bytes) -> None:
    headers = bearer(client)

    answer = client.post(f"/__mock__{path}", content=payload, headers={"Content-Type": "application/json"})

    assert answer.status_code == 400
    assert answer.json()["error"].startswith("bad control request: ")
    assert len(answer.text) < 200
    assert client.app.faults == []  # type: ignore[attr-defined]
    assert client.get(f"{BASE}/subscriptions", headers=headers).status_code == 200  # no fault, no reset, no expiry


def test_a_bug_in_a_handler_is_a_500_that_is_recorded(clock: Clock) -> None:
    from switchboard_mocks import Call, MockServer, Reply
    from switchboard_mocks.netsapiens import NetsapiensMock

    class Crashes(NetsapiensMock):
        def list_subscriptions(self, call: Call) -> Reply:
            raise KeyError("planted")

    app = MockServer(Crashes, clock=MockClock(clock))
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.get(f"{BASE}/subscriptions", headers=bearer(client))

    assert answer.status_code == 500
    assert answer.json()["message"] == "mock bug: unhandled KeyError on GET /ns-api/v2/subscriptions"
    assert app.spec_violations == ["unhandled KeyError on GET /ns-api/v2/subscriptions"]


def test_replies_are_checked_from_the_object_not_by_parsing_the_encoded_body(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    headers = bearer(client)
    parsed: list[object] = []
    real_loads = json.loads

    def recording_loads(text: str | bytes, **options: Any) -> Any:
        parsed.append(text)
        return real_loads(text, **options)

    monkeypatch.setattr(json, "loads", recording_loads)

    assert client.get(f"{BASE}/subscriptions", headers=headers).status_code == 200

    assert [p for p in parsed if p in (b"[]", "[]")] == []  # the test client parses on its own via .json() only
