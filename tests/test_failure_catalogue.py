"""Every entry of every vendor's failure catalogue, reached through ``mock.trigger`` and through its magic value, and
the client raising the typed error the catalogue promises (or, for an asynchronous outcome, the final state read back).

The calls are the generated clients' own, with arguments drawn once per operation (``tests/test_client_fuzz``); the
operations whose outcome needs a request of real effect (a send the mock carries out) are called by hand here.
"""

from __future__ import annotations

import contextlib
import importlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import switchboard
from switchboard.spec import spec_names
from switchboard_mocks import Declared, Outcome, catalogue, create_app, serve
from switchboard_mocks._catalogue import MAGIC_PREFIX
from switchboard_mocks.pytest_plugin import ServedMock
from tests.test_client_fuzz import targets

pytestmark = pytest.mark.e2e

VENDORS = spec_names()
#: Entries of all catalogues: a new operation, status or declared outcome changes it (and the README's figures).
EXPECTED_ENTRIES = 600
#: Of them, the entries a magic value reaches too.
EXPECTED_MAGIC = 31
#: The client's timeout in the ``timeout`` cases, and how long the mock holds the answer.
CLIENT_TIMEOUT = 0.2
HELD = 0.6


def _cases(kinds: tuple[str, ...], *, magic: bool = False) -> list[Any]:
    return [
        pytest.param(o, id=f"{o.vendor}-{o.operation}-{o.outcome}")
        for vendor in VENDORS
        for o in catalogue(vendor)
        if o.kind in kinds and (o.magic or not magic)
    ]


CALLED = ("documented", "vendor", "transport", "async")


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, ServedMock]]:
    with contextlib.ExitStack() as stack:
        yield {v: ServedMock(v, stack.enter_context(serve(create_app(v)))) for v in VENDORS}


@pytest.fixture
def mocks(served: dict[str, ServedMock]) -> dict[str, ServedMock]:
    for mock in served.values():
        mock.reset()
    return served


def _error_class(dotted: str) -> type[BaseException]:
    module, _, name = dotted.rpartition(".")
    cls: type[BaseException] = getattr(importlib.import_module(module), name)
    return cls


# Calls of real effect, by hand: (vendor, operation) -> call(client, mock, magic value or None).


def _gatum_send_sms(client: Any, mock: ServedMock, magic: str | None) -> Any:
    from gatum_client.api.sms import send_sms
    from gatum_client.models import SmsMessage

    number, sender = "380957225759", "Verify"
    if magic is not None:
        field_name, value = magic.split(" ", 1)
        number, sender = (value, sender) if field_name == "number" else (number, value)
    body = [SmsMessage.from_dict({"number": [number], "senderID": sender, "text": "hello"})]
    return send_sms.sync_detailed(client=client, body=body)


def _gatum_send_bulk(client: Any, mock: ServedMock, magic: str | None) -> Any:
    from gatum_client.api.sms import send_bulk_sms
    from gatum_client.models import CreateGroupRequest, SendBulkRequest

    group = client.groups.create_group(body=CreateGroupRequest.from_dict({"name_group": "catalogue"}))
    id_group = group.data.list_.id_group
    phone, sender = "380957225759", "VShop"
    if magic is not None:
        field_name, value = magic.split(" ", 1)
        phone, sender = (value, sender) if field_name == "phone" else (phone, value)
    body = {"senderID": sender, "text": "hello", "id_group": [id_group], "phone": [phone]}
    return send_bulk_sms.sync_detailed(client=client, body=SendBulkRequest.from_dict(body))


def _value(magic: str | None, default: str) -> str:
    return default if magic is None else magic.split(" ", 1)[1]


def _passinfo_send(client: Any, mock: ServedMock, magic: str | None) -> Any:
    from passinfo_client.api.messages import send_message
    from passinfo_client.models import SingleMessageRequest

    body = {"contact": _value(magic, "622000001"), "message": "hello", "senderName": "Shop"}
    return send_message.sync_detailed(client=client, body=SingleMessageRequest.from_dict(body))


def _passinfo_send_bulk(client: Any, mock: ServedMock, magic: str | None) -> Any:
    from passinfo_client.api.messages import send_message_bulk
    from passinfo_client.models import BulkMessageRequest

    body = {"contacts": [_value(magic, "622000001")], "message": "hello", "senderName": "Shop"}
    return send_message_bulk.sync_detailed(client=client, body=BulkMessageRequest.from_dict(body))


def _passinfo_send_group(client: Any, mock: ServedMock, magic: str | None) -> Any:
    from passinfo_client.api.messages import send_message_group
    from passinfo_client.models import GroupMessageRequest

    account = mock.app.vendor.accounts[mock.credentials["client_id"]]  # type: ignore[attr-defined]
    account.contacts["c0"] = {"id": "c0", "phone_number": "622000001", "user_ids": []}
    account.groups["g1"]["members"].append("c0")
    body = GroupMessageRequest.from_dict({"message": "hello", "senderName": "Shop"})
    return send_message_group.sync_detailed("g1", client=client, body=body)


def _kandy_send_sms(client: Any, mock: ServedMock, magic: str | None) -> Any:
    (target,) = [t for t in targets("kandy") if t.operation.operation_id == "send_sms"]
    kwargs = dict(target.kwargs)
    body = kwargs["body"].to_dict()
    body["message"]["destination"] = _value(magic, body["message"]["destination"])
    kwargs["body"] = type(kwargs["body"]).from_dict(body)
    return target.module.sync_detailed(client=client, **kwargs)


def _tingting_begin(client: Any, mock: ServedMock, magic: str | None) -> Any:
    from tingting_client.api.campaigns import begin_campaign, create_campaign
    from tingting_client.models import CampaignBegin, CampaignCreate

    digit = "5" if magic is None else magic[-1]  # "a number ending in 1"
    body = {"name": "catalogue", "services": "PHONE", "individual_number": [int(f"984381870{digit}")]}
    created = create_campaign.sync_detailed(client=client, body=CampaignCreate.from_dict(body))
    assert created.status_code < 300, created.content
    (campaign_id,) = mock.app.vendor.campaigns  # type: ignore[attr-defined]
    return begin_campaign.sync_detailed(campaign_id, client=client, body=CampaignBegin.from_dict({"message": "hi"}))


HAND_CALLS: dict[tuple[str, str], Callable[[Any, ServedMock, str | None], Any]] = {
    ("gatum", "send_sms"): _gatum_send_sms,
    ("gatum", "send_bulk_sms"): _gatum_send_bulk,
    ("passinfo", "send_message"): _passinfo_send,
    ("passinfo", "send_message_bulk"): _passinfo_send_bulk,
    ("passinfo", "send_message_group"): _passinfo_send_group,
    ("kandy", "send_sms"): _kandy_send_sms,
    ("tingting", "begin_campaign"): _tingting_begin,
}


def _final_state(outcome: Outcome, mock: ServedMock) -> str:
    """The final state of what the call created, read from the mock after its clock ran to the end."""
    vendor = mock.app.vendor
    mock.advance_clock(3600)
    if outcome.vendor == "gatum":
        vendor.catch_up()  # type: ignore[attr-defined]
        states = {m.record["state"] for m in vendor.messages.values()}  # type: ignore[attr-defined]
        (state,) = states
        return str(state)
    if outcome.vendor == "passinfo":
        account = vendor.accounts[mock.credentials["client_id"]]  # type: ignore[attr-defined]
        (state,) = {vendor._status(m)[0] for m in account.messages.values()}  # type: ignore[attr-defined]
        return str(state)
    if outcome.vendor == "tingting":
        (state,) = {vendor._settle(n).status for n in vendor.numbers.values()}  # type: ignore[attr-defined]
        return str(state)
    raise AssertionError(f"no probe of final states for {outcome.vendor}")


def _call(outcome: Outcome, mock: ServedMock, magic: str | None = None) -> Any:
    options: dict[str, Any] = {"timeout": CLIENT_TIMEOUT if outcome.outcome == "timeout" else 5.0}
    if outcome.vendor == "kandy":  # delete_user sends the seeded user's own key
        vendor = mock.app.vendor
        domain = vendor.domains[vendor.settings["domain_api_key"]]  # type: ignore[attr-defined]
        options["user_api_key"] = domain.users[vendor.settings["user_id"]].api_key
    client = mock.make_client(**options)
    hand = HAND_CALLS.get((outcome.vendor, outcome.operation))
    with switchboard.max_retries(0):
        if hand is not None:
            return hand(client, mock, magic)
        (target,) = [t for t in targets(outcome.vendor) if t.operation.operation_id == outcome.operation]
        return target.module.sync_detailed(client=client, **target.kwargs)


def _send_raw(outcome: Outcome, mock: ServedMock) -> None:
    """The operation as another client would send it (one that switchboard's client refuses to send)."""
    operation = mock.app.spec.by_id[outcome.operation]
    headers = {k.replace("_", "-").title(): v for k, v in mock.credentials.items()}
    with contextlib.suppress(httpx.HTTPError):
        httpx.request(operation.method.upper(), mock.base_url + operation.path, headers=headers, timeout=CLIENT_TIMEOUT)


def _met(outcome: Outcome, mock: ServedMock) -> bool:
    return any(e.get("operation") == outcome.operation and e.get("outcome") == outcome.outcome for e in mock.journal())


def _reach(outcome: Outcome, mock: ServedMock, magic: str | None) -> None:
    if outcome.raises is not None:
        with pytest.raises(_error_class(outcome.raises)) as raised:
            _call(outcome, mock, magic)
        if outcome.code is not None:
            assert str(getattr(raised.value, "vendor_message", None) or "") == outcome.code or str(
                getattr(raised.value, "code", None)
            ) == str(outcome.code)
        if outcome.raises == "switchboard.RequestValidationError":
            _send_raw(outcome, mock)
    else:
        response = _call(outcome, mock, magic)
        assert response.status_code < 300, response.content
        assert outcome.state is not None
        assert _final_state(outcome, mock) == outcome.state
    assert _met(outcome, mock), f"the journal does not show {outcome.outcome} on {outcome.operation}"


@pytest.mark.parametrize("outcome", _cases(CALLED))
def test_every_outcome_is_reached_by_trigger(outcome: Outcome, mocks: dict[str, ServedMock]) -> None:
    mock = mocks[outcome.vendor]
    mock.trigger(outcome.operation, outcome.outcome, times=4, latency=HELD if outcome.outcome == "timeout" else None)
    _reach(outcome, mock, None)
    assert not mock.spec_violations


@pytest.mark.parametrize("outcome", _cases(CALLED, magic=True))
def test_every_magic_value_reaches_its_outcome(outcome: Outcome, mocks: dict[str, ServedMock]) -> None:
    mock = mocks[outcome.vendor]
    assert outcome.magic is not None
    _reach(outcome, mock, outcome.magic)
    assert not mock.spec_violations


def test_magic_numbers_are_the_fictional_range() -> None:
    """Every magic destination is +1 555 010 xxxx (TingTing's are its numbers' last digits, Gatum has a sender)."""
    values = [o.magic.split(" ", 1)[1] for v in VENDORS if v != "tingting" for o in catalogue(v) if o.magic]
    numbers = [v for v in values if v != "SBUNREG"]
    assert numbers
    assert all(n.removeprefix("+").startswith(MAGIC_PREFIX) and len(n.removeprefix("+")) == 11 for n in numbers)


def test_the_catalogue_has_the_counted_entries() -> None:
    entries = [o for v in VENDORS for o in catalogue(v)]
    assert len(entries) == EXPECTED_ENTRIES
    assert sum(1 for o in entries if o.magic) == EXPECTED_MAGIC
    # Every entry is a case: by trigger, or (webhooks) through a receiver that refuses.
    assert len(_cases(CALLED)) + len(_cases(("webhook",))) == EXPECTED_ENTRIES
    assert len(_cases(CALLED, magic=True)) == EXPECTED_MAGIC
    keys = [(o.vendor, o.operation, o.outcome) for o in entries]
    assert len(set(keys)) == len(keys), "an outcome is listed twice"


def _wait_for(predicate: Callable[[], bool], mock: ServedMock, advance: float) -> None:
    """Advance the mock clock until ``predicate`` holds (the webhook thread posts what fell due)."""
    for _ in range(200):
        if predicate():
            return
        mock.advance_clock(advance)
        time.sleep(0.02)
    raise AssertionError("the webhook outcome never came")


def _posts(mock: ServedMock) -> list[dict[str, Any]]:
    return [e for e in mock.journal() if e.get("direction") == "outbound"]


@pytest.mark.parametrize("outcome", _cases(("webhook",)))
def test_webhook_outcomes_are_reached(outcome: Outcome, mocks: dict[str, ServedMock]) -> None:
    """A receiver that never answers (nothing listens on its port): the mock's posts fail, are retried, given up."""
    mock = mocks[outcome.vendor]
    refused = "http://127.0.0.1:9/hooks"  # the discard port: nothing listens there
    client = mock.make_client()
    if outcome.vendor == "gatum":
        from gatum_client.models import SmsMessage

        job = {"number": ["380957225759"], "senderID": "Verify", "text": "hi", "callback_url": refused}
        client.sms.send_sms(body=[SmsMessage.from_dict(job)])
        if outcome.outcome == "retried":
            _wait_for(lambda: any(p["attempt"] > 1 for p in _posts(mock)), mock, 1.0)
        else:
            delays = len(mock.settings["dlr_retry_delays"].split(","))
            _wait_for(lambda: any(p["attempt"] > delays for p in _posts(mock)), mock, 4.0)
        assert not any(p["acknowledged"] for p in _posts(mock))
    else:
        from netsapiens_client.api.messages import send_message_new_session
        from netsapiens_client.models import SubscriptionCreate

        created = client.subscriptions.create_subscription(body=SubscriptionCreate(model="message", post_url=refused))
        subscription_id = created.id
        (send,) = [t for t in targets("netsapiens") if t.operation.operation_id == "send_message_new_session"]
        scope = mock.app.vendor
        kwargs = {**send.kwargs, "domain": scope.settings["username"].split("@")[1], "user": "1000"}
        posts = 1 if outcome.outcome == "failed" else 3
        for _ in range(posts):
            with contextlib.suppress(switchboard.SwitchboardError):
                send_message_new_session.sync_detailed(client=client, **kwargs)
        _wait_for(lambda: len(_posts(mock)) >= posts, mock, 0.0)
        assert not any(p["acknowledged"] for p in _posts(mock))
        if outcome.outcome == "subscription_error":
            read = client.subscriptions.read_subscription(subscription_id)
            assert read.status == "error"


@pytest.mark.parametrize(
    "planted",
    [
        # A status the spec does not document: the mock must answer 500 (a spec violation), not the promise.
        Declared("send_sms", "planted_418", "no mock sends this", status=418, raises="switchboard.BadRequestError"),
        # A final state no message reaches.
        Declared("send_sms", "planted_state", "no DLR ends so", state="NEVER"),
    ],
    ids=["status", "state"],
)
def test_a_planted_entry_no_mock_can_produce_fails(planted: Declared, monkeypatch: pytest.MonkeyPatch) -> None:
    from switchboard_mocks.gatum import GatumMock

    monkeypatch.setattr(GatumMock, "outcomes", (*GatumMock.outcomes, planted))
    catalogue.cache_clear()
    try:
        (outcome,) = [o for o in catalogue("gatum") if o.outcome == planted.outcome]
        with serve(create_app("gatum")) as running:
            mock = ServedMock("gatum", running)
            mock.trigger(outcome.operation, outcome.outcome, times=4)
            with pytest.raises((AssertionError, pytest.fail.Exception, switchboard.SwitchboardError)):
                _reach(outcome, mock, None)
    finally:
        catalogue.cache_clear()


def test_the_control_surface_takes_outcomes_and_names_a_bad_one(mocks: dict[str, ServedMock]) -> None:
    mock = mocks["gatum"]
    faults = f"{mock.control_url}/faults"
    bad = httpx.post(faults, json={"operation": "send_sms", "outcome": "no_such_outcome"})
    assert bad.status_code == 400
    assert "no outcome 'no_such_outcome'" in bad.json()["error"]
    assert httpx.post(faults, json={"operation": "*", "outcome": "dlr_undeliv"}).status_code == 400
    assert httpx.post(faults, json={"operation": "send_sms", "outcome": "not_registr_originator"}).status_code == 201
    (outcome,) = [o for o in catalogue("gatum") if o.operation == "send_sms" and o.outcome == "not_registr_originator"]
    with pytest.raises(_error_class(outcome.raises or "")):
        _call(outcome, mock)
    assert _met(outcome, mock)
