"""TingTing: drive the generated client and its overlay through the TingTing mock, and say what happened.

Run by `scripts/demo.py` (`nox -s demo`) after every client was regenerated from specs/.
"""

from __future__ import annotations

import asyncio
import io
from collections import Counter

import httpx
from openpyxl import Workbook
from tingting_client.models import (
    CampaignBegin,
    CampaignBeginUpload,
    CampaignCreate,
    CampaignCreateUpload,
    CampaignNumberCreate,
    CampaignNumbersResponse,
    CampaignNumberTags,
    PhoneNumberSelection,
    SendOtpRequest,
)
from tingting_client.types import File

from switchboard import RequestValidationError, token_auth_of
from switchboard.tingting import TingTingConflictError, aiter_campaigns, iter_campaigns, make_client
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.tingting import DEFAULT_SETTINGS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def say(step: str, outcome: object) -> None:
    print(f"  {step:<46} {outcome}")


def sheet() -> bytes:
    book = Workbook()
    rows = book.active
    assert rows is not None
    for row in (["Number", "Name"], [9841000010, "Ram"], [9841000011, "Sita"], [9841000015, "Hari"]):
        rows.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def advance(mock: RunningMock, seconds: float) -> None:
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": seconds}).raise_for_status()


def states(numbers: CampaignNumbersResponse) -> str:
    return ", ".join(f"{n.number % 1000:03d} {n.status}" for n in numbers.data.number_lists)


def main() -> int:
    settings = {**DEFAULT_SETTINGS, "token_ttl": "600", "refresh_ttl": "3600", "page_size": "2"}
    with serve(create_app("tingting", settings=settings)) as mock:
        print(f"TingTing mock on {mock.base_url} (access tokens live {settings['token_ttl']} s, calls 30 s)")
        client = make_client(mock.base_url, settings["email"], settings["password"])
        auth = token_auth_of(client)

        upload = CampaignCreateUpload(
            name="Ward survey",
            services="PHONE",
            send_to_number_file=File(payload=io.BytesIO(sheet()), file_name="numbers.xlsx", mime_type=XLSX),
        )
        created = client.campaigns.create_campaign(body=upload)
        campaign_id = created.data.details[0].id
        tags = client.campaigns.get_campaign(campaign_id).data.details[0].usable_tags
        say("login + campaign from an .xlsx (multipart)", f"id {campaign_id}, 3 numbers, usable tags {tags}")
        client.campaign_numbers.add_campaign_number(
            campaign_id,
            body=CampaignNumberCreate(
                number=9841000024, available_tags=CampaignNumberTags.from_dict({"tags_name": "Gita"})
            ),
        )
        try:
            client.campaign_numbers.add_campaign_number(
                campaign_id,
                body=CampaignNumberCreate(
                    number=9841000025, available_tags=CampaignNumberTags.from_dict({"tags_x": 1})
                ),
            )
        except TingTingConflictError as refused:
            say("a number with a tag the campaign lacks", f"409 {refused.field_errors}")

        began = client.campaigns.begin_campaign(campaign_id, body=CampaignBegin(message="Namaste {tags_name}"))
        say("begin", f"{began.message}: {began.data.hold_amount}")
        advance(mock, 45)
        say("45 s later", states(client.campaign_numbers.list_campaign_numbers(campaign_id)))
        advance(mock, 100)
        say("145 s later", states(client.campaign_numbers.list_campaign_numbers(campaign_id)))
        rerun = client.campaigns.begin_campaign(campaign_id, body=CampaignBegin(status=["failed", "unanswered"]))
        advance(mock, 61)
        after = states(client.campaign_numbers.list_campaign_numbers(campaign_id))
        say("re-run failed + unanswered", f"{rerun.data.hold_amount} -> {after}")

        sid = client.phone_numbers.list_available_phone_numbers().data.number_lists[0].phone_number_sid
        bought = client.phone_numbers.buy_phone_number(body=PhoneNumberSelection(phone_sid=sid))
        released = client.phone_numbers.release_phone_number(body=PhoneNumberSelection(phone_sid=sid))
        say("buy and release a number", f"{bought.message} / {released.message}")
        otp = client.otp.send_otp(
            body=SendOtpRequest(
                number="9841000010", message="Code {otp}", sms_send_options="voice", otp_options="generated"
            ),
        )
        say("send an OTP by voice", otp.data.details.message)

        try:
            client.campaigns.begin_campaign(campaign_id, body=CampaignBegin(schedule_date="2026-12-01 10:00"))
        except RequestValidationError as invalid:
            say("an invalid schedule_date", f"refused before sending: {invalid.field} breaks {invalid.rule}")

        for i in range(4):
            client.campaigns.create_campaign(
                body=CampaignCreate(name=f"poll {i}", services="SMS", individual_number=[])
            )
        say("iter_campaigns over pages of 2", [c.name for c in iter_campaigns(client)])

        advance(mock, 601)  # the access token expired on the server

        async def concurrent() -> list[str]:
            audio = File(payload=io.BytesIO(b"ID3 greeting"), file_name="greeting.mp3", mime_type="audio/mpeg")
            await client.aio.campaigns.begin_campaign(
                campaign_id,
                body=CampaignBeginUpload(aud_file=audio, status=["completed"], priority="audio"),
            )
            await asyncio.gather(*(client.aio.campaign_numbers.list_campaign_numbers(campaign_id) for _ in range(20)))
            return [c.name async for c in aiter_campaigns(client)]

        before = auth.token_fetches
        names = asyncio.run(concurrent())
        say(
            "async after expiry: audio re-run + 20 reads",
            f"{auth.token_fetches - before} refresh, {len(names)} campaigns",
        )

        journal = httpx.get(f"{mock.url}/__mock__/journal").json()
        by_status = Counter(str(entry["status"]) for entry in journal)
        print(
            f"Mock saw {len(journal)} requests ({dict(sorted(by_status.items()))}), "
            f"{auth.token_fetches} token fetches, {len(mock.app.spec_violations)} spec violations."
        )
        return 1 if mock.app.spec_violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
