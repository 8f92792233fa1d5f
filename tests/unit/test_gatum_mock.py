"""The Gatum mock in-process: login codes and tokens on the mock clock, DLR states, filters, groups, black list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from switchboard_mocks import MockServer, create_app
from switchboard_mocks.gatum import DEFAULT_SETTINGS, DLR_STATES

V1 = "/v1"
CREDENTIALS = {"username": DEFAULT_SETTINGS["username"], "password": DEFAULT_SETTINGS["password"]}


class Gatum:
    """A test client of the mock that logs in and posts with its token."""

    def __init__(self, app: MockServer) -> None:
        self.app = app
        self.http = TestClient(app)
        self.token = self.login()

    def code(self) -> str:
        code: str = self.http.post(f"{V1}/authorize", json=CREDENTIALS).json()["data"]["authorization_code"]
        return code

    def login(self) -> str:
        token: str = self.http.post(f"{V1}/accesstoken", json={"authorization_code": self.code()}).json()["data"][
            "access_token"
        ]
        return token

    def post(self, path: str, body: Any, token: str | None = None) -> Any:
        return self.http.post(f"{V1}{path}", json=body, headers={"X-Access-Token": token or self.token})

    def data(self, path: str, body: Any) -> Any:
        response = self.post(path, body)
        assert response.status_code == 200, response.text
        return response.json()["data"]


def make(**settings: str) -> Gatum:
    return Gatum(create_app("gatum", settings=settings))


@pytest.fixture
def gatum() -> Iterator[Gatum]:
    mock = make(dlr_interval="10")
    yield mock
    assert mock.app.spec_violations == []


def test_an_authorization_code_works_once(gatum: Gatum) -> None:
    code = gatum.code()

    first = gatum.http.post(f"{V1}/accesstoken", json={"authorization_code": code})
    second = gatum.http.post(f"{V1}/accesstoken", json={"authorization_code": code})

    assert first.status_code == 200
    assert second.status_code == 400
    assert second.json()["errors"] == {"authorization_code": ["The authorization code is invalid or expired."]}


def test_an_authorization_code_expires_after_code_ttl(gatum: Gatum) -> None:
    code = gatum.code()
    gatum.app.clock.advance(float(DEFAULT_SETTINGS["code_ttl"]))

    assert gatum.http.post(f"{V1}/accesstoken", json={"authorization_code": code}).status_code == 400


def test_a_token_works_until_its_expires_at_on_the_mock_clock() -> None:
    gatum = make(token_ttl="100")
    answer = gatum.http.post(f"{V1}/accesstoken", json={"authorization_code": gatum.code()}).json()["data"]
    assert answer["expires_at"] == int(gatum.app.clock() + 100)
    headers = {"X-Access-Token": answer["access_token"]}

    gatum.app.clock.offset += answer["expires_at"] - gatum.app.clock() - 0.5
    assert gatum.http.get(f"{V1}/me", headers=headers).status_code == 200
    gatum.app.clock.advance(0.5)
    expired = gatum.http.get(f"{V1}/me", headers=headers)

    assert expired.status_code == 401
    assert expired.json() == {
        "status": False,
        "error_code": 401,
        "errors": {"X-Access-Token": ["The access token has expired."]},
    }


def test_logout_revokes_only_that_token(gatum: Gatum) -> None:
    other = gatum.login()

    assert gatum.http.get(f"{V1}/logout", headers={"X-Access-Token": gatum.token}).status_code == 200

    assert gatum.http.get(f"{V1}/me", headers={"X-Access-Token": gatum.token}).status_code == 401
    assert gatum.http.get(f"{V1}/me", headers={"X-Access-Token": other}).status_code == 200


def test_older_tokens_survive_a_new_login_unless_the_strict_setting_is_on() -> None:
    permissive, strict = make(), make(revoke_older_tokens="true")
    for gatum, expected in ((permissive, 200), (strict, 401)):
        gatum.login()
        assert gatum.http.get(f"{V1}/me", headers={"X-Access-Token": gatum.token}).status_code == expected


def test_wrong_credentials_get_the_readme_envelope(gatum: Gatum) -> None:
    refused = gatum.http.post(f"{V1}/authorize", json={**CREDENTIALS, "password": "nope"})

    assert refused.status_code == 400
    assert refused.json() == {
        "status": False,
        "error_code": 400,
        "errors": {"password": ["Incorrect username or password."]},
    }


def test_an_unregistered_sender_is_refused_when_senders_are_configured() -> None:
    gatum = make(senders="Verify, VShop")
    job = {"number": ["380957225759"], "senderID": "Other", "text": "hi"}

    refused = gatum.post("/send", [job])

    assert refused.status_code == 400
    assert refused.json()["error"] == "not_registr_originator"
    assert refused.json()["errors"] == {"senderID": ["The sender ID is not registered."]}
    assert gatum.post("/send", [{**job, "senderID": "VShop"}]).status_code == 200


def test_a_message_advances_through_the_dlr_states_on_the_mock_clock(gatum: Gatum) -> None:
    gatum.data("/send", [{"number": ["380957225759"], "senderID": "Verify", "text": "hi"}])
    seen = []
    for _ in range(4):
        seen.append(gatum.data("/sms-full-data", {})[0]["state"])
        gatum.app.clock.advance(10)

    assert seen == [*DLR_STATES, DLR_STATES[-1]]


def test_every_state_change_goes_through_advance(gatum: Gatum, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one place a state changes, where the DLR webhook deliveries will hook in."""
    vendor = gatum.app.vendor
    moved: list[tuple[int, str]] = []
    original = vendor.advance  # type: ignore[attr-defined]

    def spy(message: Any) -> dict[str, Any]:
        record: dict[str, Any] = original(message)
        moved.append((record["id_state"], record["state"]))
        return record

    monkeypatch.setattr(vendor, "advance", spy)
    gatum.data("/send", [{"number": ["380957225759", "380661093766"], "senderID": "Verify", "text": "hi"}])
    gatum.app.clock.advance(25)
    gatum.data("/sms-full-data", {})

    first = 598933232
    assert moved == [(first, "ENROUTE"), (first, "DELIVRD"), (first + 1, "ENROUTE"), (first + 1, "DELIVRD")]


def test_a_long_text_is_stored_as_parts(gatum: Gatum) -> None:
    gatum.data("/send", [{"number": ["380957225759"], "senderID": "Verify", "text": "x" * 161}])
    gatum.data("/send", [{"number": ["380957225759"], "senderID": "Verify", "text": "ж" * 71}])

    records = gatum.data("/sms-full-data", {})

    assert [(r["num_parts"], r["part_no"]) for r in records] == [(2, 1), (2, 2), (2, 1), (2, 2)]


def test_sms_full_data_filters(gatum: Gatum) -> None:
    gatum.data("/send", [{"number": ["380957225759", "447700900123"], "senderID": "Verify", "text": "a"}])
    gatum.data("/send", [{"number": ["380957225759"], "senderID": "VShop", "text": "b", "type": "hlr"}])
    gatum.app.clock.advance(10)

    def phones(**filters: Any) -> list[str]:
        return [r["phone"] for r in gatum.data("/sms-full-data", filters)]

    assert phones(MCC=255) == ["380957225759", "380957225759"]
    assert phones(MCC=234, MNC=10) == ["447700900123"]
    assert phones(sender="VShop") == ["380957225759"]
    assert phones(type_sms="hlr") == ["380957225759"]
    assert phones(phone=["447700900123"]) == ["447700900123"]
    assert phones(state=["ENROUTE"]) == ["380957225759", "447700900123", "380957225759"]
    assert phones(state=["DELIVRD"]) == []
    assert phones(limit=2, offset=1) == ["380957225759"]
    assert phones(time_period="2000-01-01 00:00:00 - 2000-12-31 23:59:59") == []
    gatum.app.clock.advance(4 * 86400)
    gatum.token = gatum.login()
    assert phones() == []  # older than "the last few days"
    assert len(phones(time_period="2000-01-01 00:00:00 - 2999-12-31 23:59:59")) == 3


def test_groups_page_by_page_index_and_vanish_when_deleted(gatum: Gatum) -> None:
    ids = [gatum.data("/group-create", {"name_group": f"g{i}"})["list"]["id_group"] for i in range(5)]

    second = gatum.data("/group", {"limit": 2, "offset": 1})
    gatum.data("/group-delete", {"id_group": [ids[0], 999999]})
    gone = gatum.post("/group", {"id_group": ids[0]})

    assert [g["id_group"] for g in second["list"]] == ids[2:4]
    assert second["groupDetails"] == {"countAll": 5, "countResult": 2, "limit": 2, "offset": 1}
    assert gone.status_code == 404
    assert gatum.post("/group-delete", {"id_group": [ids[0]]}).status_code == 404


def test_the_sdks_false_means_unset(gatum: Gatum) -> None:
    unset = {"time_birth": False, "originator_birth": False, "text_birth": False}

    created = gatum.data("/group-create", {"name_group": "Promo", **unset, "on_birth": False})["list"]

    assert (created["time_birth"], created["originator_birth"], created["text_birth"]) == (None, None, None)


def test_group_numbers_add_search_delete(gatum: Gatum) -> None:
    group = gatum.data("/group-create", {"name_group": "g"})["list"]["id_group"]
    contacts = [{"number": 380661093766, "name": "Liza", "date_birth": "1992-12-31"}, {"number": 380957225700}]

    added = gatum.data("/group-number-add", {"id_group": group, "numbers": contacts})
    found = gatum.data("/group-number-search", {"id_group": group, "numbers": [380661093766, 1]})
    deleted = gatum.data("/group-number-delete", {"id_group": group, "numbers": [380661093766]})

    assert added["groupDetails"]["countPhoneAfter"] == 2
    assert found["list"] == [
        {"phone": 380661093766, "name": "Liza", "surname": None, "date_birth": "1992-12-31", "mcc": 255, "mnc": 1}
    ]
    assert deleted["groupDetails"]["deletedPhone"] == 1
    assert gatum.data("/group-number-search", {"id_group": group, "numbers": [380661093766]})["list"] == []
    assert gatum.post("/group-number-add", {"id_group": 1, "numbers": contacts}).status_code == 404


def test_bulk_send_honours_exclusions_the_black_list_and_placeholders(gatum: Gatum) -> None:
    a = gatum.data("/group-create", {"name_group": "a"})["list"]["id_group"]
    b = gatum.data("/group-create", {"name_group": "b"})["list"]["id_group"]
    gatum.data("/group-number-add", {"id_group": a, "numbers": [{"number": 11111, "name": "Ann"}, {"number": 22222}]})
    gatum.data("/group-number-add", {"id_group": b, "numbers": [{"number": 22222}]})
    gatum.data("/black-list-add", {"numbers": [33333]})

    body = {"senderID": "VShop", "text": "Hi #first_name# (#number#)", "id_group": [a], "id_group_excluded": [b]}
    gatum.data("/send-bulk", {**body, "phone": ["33333", "44444"]})
    records = gatum.data("/sms-full-data", {"id_base": [a]})
    everything = gatum.data("/sms-full-data", {})

    assert [(r["phone"], r["text_sms"]) for r in records] == [("11111", "Hi Ann (11111)")]
    assert sorted(r["phone"] for r in everything) == ["11111", "44444"]
    assert gatum.post("/send-bulk", {**body, "id_group": [987654]}).status_code == 404


def test_the_black_list(gatum: Gatum) -> None:
    added = gatum.data("/black-list-add", {"numbers": [380661093799, 380661093798]})
    found = gatum.data("/black-list-search", {"numbers": [380661093799, 1]})
    sent = gatum.data("/send", [{"number": ["380661093799", "380661093700"], "senderID": "Verify", "text": "x"}])
    removed = gatum.data("/black-list-delete", {"numbers": [380661093799]})

    assert added["blacklistDetails"] == {"countBefore": 0, "countAfter": 2}
    assert found == {"list": [380661093799]}
    assert sent[0]["sending"]["details"]["number"] == ["380661093700"]
    assert removed["blacklistDetails"] == {"countBefore": 2, "countAfter": 1}


def test_registration_refuses_a_taken_login_and_never_echoes_the_password(gatum: Gatum) -> None:
    customer = {"login": "new1", "password": "s3cret-pass", "name": "N", "phone": "1234567890", "email": "n@x.io"}

    first = gatum.http.post(f"{V1}/register", json=customer)
    again = gatum.http.post(f"{V1}/register", json=customer)

    assert first.status_code == 200
    assert b"s3cret-pass" not in first.content
    assert again.json()["errors"] == {"login": ["This login is already taken."]}
