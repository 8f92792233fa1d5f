"""The TingTing mock in-process: tokens, the .xlsx reader, call states on the mock clock, Django's slashes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from openpyxl import Workbook
from starlette.testclient import TestClient

from switchboard.tingting import jwt_claims
from switchboard_mocks import MockServer, create_app
from switchboard_mocks.tingting import DEFAULT_SETTINGS, TingTingMock, read_numbers

LOGIN = {"email": DEFAULT_SETTINGS["email"], "password": DEFAULT_SETTINGS["password"]}


def workbook(*rows: list[Any]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def app() -> MockServer:
    return create_app("tingting", settings={"token_ttl": "300", "refresh_ttl": "900"})


@pytest.fixture
def http(app: MockServer) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


def tokens(http: TestClient) -> dict[str, str]:
    pair: dict[str, str] = http.post("/api/accounts/login/", json=LOGIN).json()["data"]["token"]
    return pair


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_tokens_are_simplejwt_shaped_and_expire_on_the_mock_clock(app: MockServer, http: TestClient) -> None:
    pair = tokens(http)
    access, refresh = jwt_claims(pair["access"]), jwt_claims(pair["refresh"])

    assert access["token_type"] == "access"
    assert access["exp"] - access["iat"] == 300
    assert refresh["exp"] - refresh["iat"] == 900
    assert http.get("/api/accounts/user_details/", headers=bearer(pair["access"])).status_code == 200
    app.clock.advance(301)
    expired = http.get("/api/accounts/user_details/", headers=bearer(pair["access"]))
    assert expired.status_code == 401
    assert expired.json()["code"] == "token_not_valid"
    renewed = http.post("/api/accounts/token/refresh/", json={"refresh": pair["refresh"]}).json()
    assert set(renewed) == {"access"}
    assert http.get("/api/accounts/user_details/", headers=bearer(renewed["access"])).status_code == 200
    app.clock.advance(600)
    assert http.post("/api/accounts/token/refresh/", json={"refresh": pair["refresh"]}).status_code == 401


def test_a_token_with_a_forged_signature_or_the_wrong_type_is_refused(http: TestClient) -> None:
    pair = tokens(http)
    header, payload, _ = pair["access"].split(".")

    assert http.get("/api/accounts/user_details/", headers=bearer(f"{header}.{payload}.AAAA")).status_code == 401
    assert http.get("/api/accounts/user_details/", headers=bearer(pair["refresh"])).status_code == 401
    assert http.post("/api/accounts/token/refresh/", json={"refresh": pair["access"]}).status_code == 401


def test_reset_revokes_every_token(app: MockServer, http: TestClient) -> None:
    pair = tokens(http)
    app.reset()

    assert http.get("/api/accounts/user_details/", headers=bearer(pair["access"])).status_code == 401


def test_rotate_refresh_makes_refresh_tokens_single_use() -> None:
    app = create_app("tingting", settings={"rotate_refresh": "true"})
    with TestClient(app) as http:
        pair = tokens(http)
        first = http.post("/api/accounts/token/refresh/", json={"refresh": pair["refresh"]})
        again = http.post("/api/accounts/token/refresh/", json={"refresh": pair["refresh"]})

    assert set(first.json()) == {"access", "refresh"}
    assert again.status_code == 401


def test_read_numbers_takes_a_header_row_as_tags() -> None:
    tags, rows = read_numbers(
        workbook(["Number", "First name", "Age"], [9841000010, "Ram", 30], ["9841000011", None, 25])
    )

    assert tags == ["tags_first_name", "tags_age"]
    assert rows == [(9841000010, {"tags_first_name": "Ram", "tags_age": 30}), (9841000011, {"tags_age": 25})]
    assert read_numbers(workbook([9841000010.0], [9841000011])) == ([], [(9841000010, {}), (9841000011, {})])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a zip", "not a readable .xlsx"),
        (workbook(["Number"]), "no phone number"),
        (workbook([9841000010], ["someone"]), "Row 2"),
    ],
)
def test_read_numbers_refuses_what_holds_no_numbers(content: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        read_numbers(content)


def test_a_begin_moves_calls_through_their_states_and_holds_credits(app: MockServer, http: TestClient) -> None:
    headers = bearer(tokens(http)["access"])
    created = http.post(
        "/api/system/campaigns/",
        headers=headers,
        json={"name": "c", "services": "PHONE", "individual_number": [10, 25]},
    ).json()
    campaign_id = created["data"]["details"][0]["id"]
    vendor = app.vendor
    assert isinstance(vendor, TingTingMock)  # about-the-type: the mock's vendor, not a client result

    def states() -> list[str]:
        numbers = http.get(f"/api/system/campaigns/number/{campaign_id}", headers=headers).json()
        return [n["status"] for n in numbers["data"]["number-lists"]]

    nothing = http.post(f"/api/system/campaigns/{campaign_id}/begin/", headers=headers, json={})
    assert nothing.status_code == 409  # neither a message nor audio, given now or stored
    begun = http.post(f"/api/system/campaigns/{campaign_id}/begin/", headers=headers, json={"message": "hi"})
    assert begun.json()["data"]["hold amount"] == "2 credits on hold for c campaign."
    assert states() == ["in progress", "queued"]
    assert vendor.credits_on_hold == 2
    app.clock.advance(61)
    assert states() == ["failed", "completed"]
    assert vendor.credits_on_hold == 0
    again = http.post(f"/api/system/campaigns/{campaign_id}/begin/", headers=headers, json={})
    assert again.status_code == 409  # every number was called once: nothing left without a status filter
    rerun = http.post(f"/api/system/campaigns/{campaign_id}/begin/", headers=headers, json={"status": ["failed"]})
    assert rerun.status_code == 200
    app.clock.advance(31)
    assert states() == ["completed", "completed"]


def test_schedule_date_is_nepal_time_and_strict_dates_refuses_impossible_days(app: MockServer) -> None:
    vendor = app.vendor
    assert isinstance(vendor, TingTingMock)  # about-the-type: the mock's vendor, not a client result

    scheduled = vendor._schedule("2026-12-02T05:45")
    rolled = vendor._schedule("2026-02-30T10:00")
    vendor.settings["strict_dates"] = "true"

    assert scheduled is not None
    assert scheduled.timestamp() == 1_796_169_600  # 2026-12-02T00:00Z
    assert rolled is not None
    assert (rolled.month, rolled.day) == (3, 2)
    assert vendor._schedule("2026-02-30T10:00") is None


def test_paths_follow_django_append_slash() -> None:
    app = create_app("tingting")
    with TestClient(app) as http:
        missing = http.post("/api/system/send/otp", json={}, follow_redirects=False)
        too_many = http.get("/api/system/owned/phone_numbers/")
        other_method = http.get("/api/system/campaigns/")
    off = create_app("tingting", settings={"append_slash": "false"})
    with TestClient(off) as http:
        plain = http.post("/api/system/send/otp", json={}, follow_redirects=False)

    assert (missing.status_code, missing.headers["location"]) == (301, "/api/system/send/otp/")
    assert too_many.status_code == 404
    assert (other_method.status_code, other_method.headers["allow"]) == (405, "POST")
    assert plain.status_code == 404
