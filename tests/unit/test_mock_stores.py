"""The engine's shared state and answers from the spec alone: token store, resource store, generated answers, a
spec served with no vendor module, and a vendor that writes nothing but its token grant."""

from __future__ import annotations

import re
from typing import Any, ClassVar

import jsonschema
import pytest
from starlette.testclient import TestClient

from switchboard.spec import Spec
from switchboard_mocks import Call, MockClock, MockServer, Reply
from switchboard_mocks._engine import SpecMock, handler_name
from switchboard_mocks._generate import from_pattern
from switchboard_mocks._stores import EXPIRED, INVALID, Refused, Resources, TokenStore, bearer, page


class Clock:
    now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_tokens_expire_on_the_clock_and_single_use_ones_go_once() -> None:
    clock = Clock()
    store: TokenStore[str] = TokenStore(clock)
    token = store.issue("alice", 60)
    assert store.get(token) == "alice"
    assert store.issued == 1
    clock.now += 60
    assert store.check(token) == EXPIRED
    assert store.get(token) is None
    assert store.find(token) is not None  # expired, still known
    assert store.check("never-issued") == INVALID

    code = store.issue("bob", 10)
    assert store.take(code) == "bob"
    assert store.take(code) is None
    assert code not in store
    forever = store.issue("carol")
    clock.now += 10**9
    assert store.get(forever) == "carol"
    store.clear()
    assert (len(store), store.issued) == (0, 0)


def test_bearer_reads_only_the_bearer_scheme() -> None:
    assert bearer("Bearer abc") == "abc"
    assert bearer("bearer abc") == "abc"
    assert bearer("Basic abc") is None
    assert bearer("Bearer ") is None
    assert bearer(None) is None


def test_resources_keep_order_ids_and_answer_the_vendor_404() -> None:
    store: Resources[dict[str, Any]] = Resources(missing=lambda rid: Reply(404, {"missing": rid}))
    first = store.create(lambda rid: {"id": rid})
    second = store.create(lambda rid: {"id": rid})
    assert (first["id"], second["id"]) == (1, 2)
    assert store.update(1, {"name": "x"}) == {"id": 1, "name": "x"}
    assert store.list() == [first, second]
    assert store.remove(1) is first
    assert 1 not in store
    with pytest.raises(Refused) as refused:
        store.require(1)
    assert refused.value.reply.body == {"missing": 1}
    assert page(list(range(25)), 3, 10) == [20, 21, 22, 23, 24]
    assert page(list(range(25)), 0, 10, first=0) == list(range(10))
    assert page(list(range(25)), 0, 10) == []


def test_handlers_are_named_like_their_operations() -> None:
    assert handler_name("get_user_details") == "get_user_details"
    assert handler_name("getUserDetails") == "get_user_details"
    assert handler_name("send-SMS.v2") == "send_sms_v2"


@pytest.mark.parametrize(
    "pattern",
    [r"^[0-9a-f]{32}$", r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", r"^(sms|chat)$", r"^\+?[0-9]{5,15}$", r"^[^@]+@\S+$"],
)
def test_a_made_up_string_matches_its_pattern(pattern: str) -> None:
    assert re.search(pattern, from_pattern(pattern))


SPEC = Spec.load("netsapiens")


def test_a_spec_served_alone_answers_every_operation_from_the_spec() -> None:
    app = MockServer(spec=SPEC, settings={"bearer_tokens": "t"})
    with TestClient(app) as client:
        listed = client.get("/ns-api/v2/subscriptions", headers={"Authorization": "Bearer t"})
        refused = client.get("/ns-api/v2/subscriptions", headers={"Authorization": "Bearer other"})
        missing = client.get("/ns-api/v2/subscriptions")
        bad = client.get("/ns-api/v2/subscriptions/not-hex", headers={"Authorization": "Bearer t"})
    assert listed.status_code == 200
    assert listed.json()
    # An oracle of its own (the python-jsonschema library, not switchboard's validator): the answer fits the spec.
    documented = SPEC.document["paths"]["/subscriptions"]["get"]["responses"]["200"]["content"]["application/json"]
    schema = {**documented["schema"], "components": SPEC.document["components"]}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(listed.json())) == []
    assert (refused.status_code, missing.status_code, bad.status_code) == (401, 401, 400)
    assert bad.json()["message"] == "path field 'id' does not match its pattern"
    assert app.spec_violations == []
    entries = app.journal.tail()
    assert [e.get("operation") for e in entries] == ["list_subscriptions"] * 3 + ["read_subscription"]
    assert entries[0]["headers"]["authorization"] == "<redacted>"


def test_the_control_surface_works_for_answers_from_the_spec() -> None:
    app = MockServer(spec=SPEC)
    with TestClient(app) as client:
        headers = {"Authorization": "Bearer any"}
        made = client.post("/__mock__/faults", json={"operation": "list_subscriptions", "outcome": "http_404"})
        assert made.status_code == 400  # list_subscriptions documents no 404: the catalogue says so
        assert client.post("/__mock__/faults", json={"operation": "list_subscriptions", "outcome": "http_403"})
        forbidden = client.get("/ns-api/v2/subscriptions", headers=headers)
        assert forbidden.status_code == 403
        assert client.post("/__mock__/faults", json={"operation": "*", "status": 503}).status_code == 201
        assert client.get("/ns-api/v2/subscriptions", headers=headers).status_code == 503
        assert client.get("/ns-api/v2/subscriptions", headers=headers).status_code == 200
        assert client.get("/__mock__/openapi.yaml").status_code == 200
    assert app.journal.tail()[0]["outcome"] == "http_403"
    assert app.spec_violations == []


class SixthVendor(SpecMock):
    """The shape of a vendor mocked from its spec: nothing written but its token grant."""

    spec_name = ""
    checks_tokens: ClassVar[bool] = True

    def create_token(self, call: Call) -> Reply:
        token = self.tokens.issue(call.body["client_id"], 60)
        return Reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": 60})


def test_a_vendor_with_only_a_token_grant_checks_the_tokens_it_issued() -> None:
    clock = Clock()

    app = MockServer(SixthVendor, spec=SPEC, clock=MockClock(clock))
    grant = {
        "grant_type": "password",
        "client_id": "c",
        "client_secret": "s",
        "username": "u@example.com",
        "password": "p",
    }
    with TestClient(app) as client:
        assert client.get("/ns-api/v2/subscriptions", headers={"Authorization": "Bearer made-up"}).status_code == 401
        token = client.post("/ns-api/v2/tokens", json=grant).json()["access_token"]
        assert client.get("/ns-api/v2/subscriptions", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        clock.now += 61
        assert client.get("/ns-api/v2/subscriptions", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert app.spec_violations == []
