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
from switchboard_mocks import Outcome, catalogue, create_app, serve
from switchboard_mocks._catalogue import MAGIC_PREFIX
from switchboard_mocks.pytest_plugin import ServedMock
from tests.test_client_fuzz import targets

pytestmark = pytest.mark.e2e

VENDORS = spec_names()
#: Entries of all catalogues: a new operation, status or declared outcome changes it (and the README's figures).
EXPECTED_ENTRIES = 0
#: Of them, the entries a magic value reaches too.
EXPECTED_MAGIC = 0
#: The client's timeout in the ``timeout`` cases, and how long the mock holds the answer.
CLIENT_TIMEOUT = 0.2
HELD = 0.6


def _cases(with_magic: bool) -> list[Any]:
    return [
        pytest.param(o, id=f"{o.vendor}-{o.operation}-{o.outcome}")
        for vendor in VENDORS
        for o in catalogue(vendor)
        if not with_magic or o.magic
    ]


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
    from gatum_client.api.groups import create_group
    from gatum_client.api.sms import send_bulk_sms
    from gatum_client.models import CreateGroupRequest, SendBulkRequest

    group = create_group.sync(client=client, body=CreateGroupRequest.from_dict({"name_group": "catalogue"}))
    id_group = group.data.list_.id_group  # type: ignore[union-attr]
    phone, sender = "380957225759", "VShop"
    if magic is not None:
        field_name, value = magic.split(" ", 1)
        phone, sender = (value, sender) if field_name == "phone" else (phone, value)
    body = {"senderID": sender, "text": "hello", "id_group": [id_group], "phone": [phone]}
    return send_bulk_sms.sync_detailed(client=client, body=SendBulkRequest.from_dict(body))


HAND_CALLS: dict[tuple[str, str], Callable[[Any, ServedMock, str | None], Any]] = {
    ("gatum", "send_sms"): _gatum_send_sms,
    ("gatum", "send_bulk_sms"): _gatum_send_bulk,
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
    raise AssertionError(f"no probe of final states for {outcome.vendor}")


def _call(outcome: Outcome, mock: ServedMock, magic: str | None = None) -> Any:
    client = mock.make_client(timeout=CLIENT_TIMEOUT if outcome.outcome == "timeout" else 5.0)
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
    return any(
        e.get("operation") == outcome.operation and e.get("outcome") == outcome.outcome for e in mock.journal()
    )


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


@pytest.mark.parametrize("outcome", _cases(with_magic=False))
def test_every_outcome_is_reached_by_trigger(outcome: Outcome, mocks: dict[str, ServedMock]) -> None:
    mock = mocks[outcome.vendor]
    if outcome.kind == "webhook":
        pytest.skip("webhook outcomes: see test_webhook_outcomes")
    mock.trigger(outcome.operation, outcome.outcome, times=4, latency=HELD if outcome.outcome == "timeout" else None)
    _reach(outcome, mock, None)
    assert not mock.spec_violations


@pytest.mark.parametrize("outcome", _cases(with_magic=True))
def test_every_magic_value_reaches_its_outcome(outcome: Outcome, mocks: dict[str, ServedMock]) -> None:
    mock = mocks[outcome.vendor]
    assert outcome.magic is not None
    _reach(outcome, mock, outcome.magic)
    assert not mock.spec_violations


def test_magic_numbers_are_the_fictional_range() -> None:
    numbers = [o.magic.split(" ", 1)[1] for v in VENDORS for o in catalogue(v) if o.magic and "number" in o.magic]
    assert numbers and all(n.lstrip("+").startswith(MAGIC_PREFIX) or n.isdigit() for n in numbers)


def test_the_catalogue_has_the_counted_entries() -> None:
    entries = [o for v in VENDORS for o in catalogue(v)]
    assert len(entries) == EXPECTED_ENTRIES
    assert sum(1 for o in entries if o.magic) == EXPECTED_MAGIC
    keys = [(o.vendor, o.operation, o.outcome) for o in entries]
    assert len(set(keys)) == len(keys), "an outcome is listed twice"
