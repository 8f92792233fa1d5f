"""The PassInfo mock in-process: accounts and keys, charging per SMS part, statuses on the clock, isolation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from switchboard_mocks import MockServer, create_app
from switchboard_mocks.passinfo import DEFAULT_SETTINGS, sms_parts

BASE = "/v1"
OWNER = {"Api-Key": DEFAULT_SETTINGS["api_key"], "Client-Id": DEFAULT_SETTINGS["client_id"]}
OTHER = {"Api-Key": "other-key-value", "Client-Id": "2002"}


def served(**settings: str) -> tuple[MockServer, TestClient]:
    app = create_app("passinfo", settings={"more_clients": "2002=other-key-value", **settings})
    return app, TestClient(app)


@pytest.fixture
def mock() -> Iterator[tuple[MockServer, TestClient]]:
    app, client = served()
    with client:
        yield app, client


def send(client: TestClient, text: str = "Hello", headers: dict[str, str] = OWNER) -> Any:
    body = {"message": text, "contact": "622000001", "senderName": "Shop"}
    return client.post(f"{BASE}/message/single_message", json=body, headers=headers)


def balance(client: TestClient, headers: dict[str, str] = OWNER) -> int:
    solde: int = client.get(f"{BASE}/user/get_solde", headers=headers).json()["solde"]
    return solde


@pytest.mark.parametrize(
    ("text", "parts"),
    [("a" * 160, 1), ("a" * 161, 2), ("a" * 306, 2), ("a" * 307, 3), ("é" * 160, 1), ("ж" * 70, 1), ("ж" * 71, 2)],
    ids=["160 gsm", "161 gsm", "306 gsm", "307 gsm", "gsm accents", "70 ucs2", "71 ucs2"],
)
def test_sms_parts_follow_the_gsm_and_ucs2_limits(text: str, parts: int) -> None:
    assert sms_parts(text) == parts


def test_a_send_costs_its_parts_and_a_short_balance_refuses_it_whole() -> None:
    app, client = served(balance="3")

    assert send(client, "a" * 200).status_code == 200
    refused = send(client, "a" * 400)  # 3 parts, 1 credit left

    assert refused.status_code == 402
    assert refused.json()["success"] is False
    assert balance(client) == 1
    assert app.spec_violations == []


def test_statuses_advance_on_the_mock_clock(mock: tuple[MockServer, TestClient]) -> None:
    app, client = mock
    message_id = send(client).json()["message"]

    def status() -> str:
        answer: str = client.get(f"{BASE}/message/get_single_status/{message_id}", headers=OWNER).json()["status"]
        return answer

    seen = [status()]
    app.clock.advance(float(DEFAULT_SETTINGS["sent_after"]))
    seen.append(status())
    app.clock.advance(float(DEFAULT_SETTINGS["final_after"]))
    seen.append(status())

    assert seen[:2] == ["pending", "sent"]
    assert seen[2] in ("delivered", "failed")


def test_the_failure_rate_decides_the_final_status() -> None:
    app, client = served(failure_rate="1")
    ids = [send(client).json()["message"] for _ in range(3)]
    app.clock.advance(60)

    answers = [client.get(f"{BASE}/message/get_single_status/{i}", headers=OWNER).json() for i in ids]

    assert {a["status"] for a in answers} == {"failed"}
    assert all(a["error_message"] for a in answers)


def test_accounts_are_isolated_and_renewal_revokes_only_its_own_key(mock: tuple[MockServer, TestClient]) -> None:
    app, client = mock
    message_id = send(client).json()["message"]

    assert client.get(f"{BASE}/message/get_single_status/{message_id}", headers=OTHER).status_code == 404
    renewed = client.post(f"{BASE}/user/renew_api_key", headers=OTHER).json()["new_api_key"]

    assert client.get(f"{BASE}/user/get_solde", headers=OTHER).status_code == 401
    assert balance(client, {**OTHER, "Api-Key": renewed}) == 1000
    assert balance(client) == 999
    assert app.vendor.renewals == 1  # type: ignore[attr-defined]


def test_a_renewed_away_key_is_never_in_a_response(mock: tuple[MockServer, TestClient]) -> None:
    app, client = mock
    old = OWNER["Api-Key"]
    client.get(f"{BASE}/user/renew_api_key", headers=OWNER)

    assert old in app.vendor.secrets()
    answer = client.get(f"{BASE}/user/get_solde", headers=OWNER)
    assert answer.status_code == 401
    assert old.encode() not in answer.content


def test_groups_are_seeded_and_a_group_send_reaches_its_members(mock: tuple[MockServer, TestClient]) -> None:
    app, client = mock
    contact = {"first_name": "A", "last_name": "B", "phone_number": "622000009"}
    client.post(f"{BASE}/contact/add_contact", json=contact, headers=OWNER)
    contact_id = client.get(f"{BASE}/contact/all_my_contacts", headers=OWNER).json()["contacts"][0]["id"]
    groups = client.get(f"{BASE}/groupe/get_all_my_groupes", headers=OWNER).json()
    member = {"contact_id": contact_id, "group_id": groups[0]["id"]}

    assert [g["name"] for g in groups] == ["Clients VIP", "Staff"]
    assert client.post(f"{BASE}/groupe/add_contact_to_group", json=member, headers=OWNER).json()["success"] is True
    sent = client.post(
        f"{BASE}/message/send_message_to_group/{groups[0]['id']}",
        json={"message": "Hi", "senderName": "S"},
        headers=OWNER,
    ).json()
    missing = client.post(f"{BASE}/groupe/add_contact_to_group", json={**member, "contact_id": "c999"}, headers=OWNER)

    assert (sent["group_size"], sent["messages_queued"]) == (1, 1)
    assert client.get(f"{BASE}/message/get_bulk_status/{sent['batch_id']}", headers=OWNER).json()["pending"] == 1
    assert missing.status_code == 404
    assert app.spec_violations == []


def test_sender_names_are_free_unless_strict() -> None:
    _, lenient = served()
    _, strict = served(strict_sender_name="true")
    body = {"message": "Hi", "contact": "622000001", "senderName": "A sender name with spaces"}

    assert lenient.post(f"{BASE}/message/single_message", json=body, headers=OWNER).status_code == 200
    assert strict.post(f"{BASE}/message/single_message", json=body, headers=OWNER).status_code == 400
