"""A success body is parsed once, whoever reads it: the validating transport, the vendor's error mapper (which looks
for a failure inside a 2xx), the auth (Kandy's key refusal inside HTTP 200) and the generated parser.

Measured, not assumed: ``json.loads`` is wrapped to count the calls whose argument is the very bytes object of the
answer (``Success.content`` of the raw form is the response's own content), for a read and a send of every vendor.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from gatum_client.models import SmsMessage
from kandy_client.models import CreateDomainRequest
from netsapiens_client.models import MessageSend
from passinfo_client.models import SingleMessageRequest
from tingting_client.models import SendOtpRequest

from switchboard_mocks.pytest_plugin import MockFactory

Call = Callable[[Any], Any]

CALLS: dict[str, list[tuple[str, Call]]] = {
    "netsapiens": [
        ("read", lambda c: c.subscriptions.with_raw_response.list_subscriptions()),
        (
            "send",
            lambda c: c.messages.with_raw_response.send_message_new_session(
                "~", "~", body=MessageSend(type_="sms", message="Hi", destination=["15551230000"], from_number="1555")
            ),
        ),
    ],
    "gatum": [
        ("read", lambda c: c.account.with_raw_response.get_account_info()),
        (
            "send",
            lambda c: c.sms.with_raw_response.send_sms(
                body=[SmsMessage(number=["380957225759"], sender_id="Verify", text="Hi")]
            ),
        ),
    ],
    "kandy": [
        ("read", lambda c: c.account.with_raw_response.get_domains()),
        (
            "send",
            lambda c: c.account.with_raw_response.create_domain(body=CreateDomainRequest(domain_name="once.example")),
        ),
    ],
    "tingting": [
        ("read", lambda c: c.auth.with_raw_response.get_user_details()),
        (
            "send",
            lambda c: c.otp.with_raw_response.send_otp(
                body=SendOtpRequest(number="9841000010", message="Code {otp}", sms_send_options="text")
            ),
        ),
    ],
    "passinfo": [
        ("read", lambda c: c.account.with_raw_response.get_sms_count()),
        (
            "send",
            lambda c: c.messages.with_raw_response.send_message(
                body=SingleMessageRequest("Hello", "622000001", "Switchboard")
            ),
        ),
    ],
}


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every argument ``json.loads`` was called with (kept alive, so that identities are not reused)."""
    seen: list[object] = []
    loads = json.loads

    def counting(s: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(s)
        return loads(s, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting)
    return seen


@pytest.mark.parametrize(("vendor", "kind"), [(v, k) for v, calls in CALLS.items() for k, _ in calls])
def test_a_success_body_is_parsed_once(
    switchboard_mock: MockFactory, parses: list[object], vendor: str, kind: str
) -> None:
    client = switchboard_mock(vendor).make_client()
    call = dict(CALLS[vendor])[kind]
    call(client)  # tokens fetched, caches warm: the answer below is an ordinary one
    parses.clear()

    raw = call(client)

    assert 200 <= raw.status_code < 300
    assert raw.parsed is not None
    assert sum(1 for argument in parses if argument is raw.content) == 1
