"""TingTing (legacy ``/api/accounts`` + ``/api/system`` surface) as a stateful mock of its Django REST backend.

- Login gives simplejwt-like HS256 JWTs (``token_type``, ``exp``, ``iat``, ``jti``, ``user_id``) signed with the
  ``jwt_secret`` setting and expiring on the mock clock (``token_ttl`` for access, ``refresh_ttl`` for refresh);
  the refresh answers a bare ``{access}`` (and a new refresh token with ``rotate_refresh=true``). Refused tokens get
  simplejwt's own 401 body.
- Campaigns from a list of numbers (JSON) or an .xlsx file (multipart): the numbers are read from the first column
  of the first sheet, and a header row turns the other columns into ``usable_tags`` (see the spec's Decisions).
- Begin / schedule / re-run queue the chosen numbers, one call every ``call_seconds`` on the mock clock: ``queued``,
  ``in progress``, then the outcome. A first call's outcome follows the number's last digit (0 failed,
  1 unanswered, 2 hungup, 3 terminated, else completed); every later call completes. One credit per call is put on
  hold (``credits_per_call``) and consumed by answered calls.
- A numbers market (six buyable numbers), test voice, OTP by text or voice.
- ``strict_dates`` (``false``): a ``schedule_date`` whose day is past its month's end rolls over (02-30 is
  03-02 or 03-01); ``true`` answers 400 as a Django ``DateTimeField`` would.
- Paths are Django's: without their trailing slash they are answered ``301`` to the slashed path
  (``APPEND_SLASH``, setting ``append_slash``), with a slash too many ``404``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import math
import random
import re
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from ._catalogue import Declared
from ._engine import Call, Reply, VendorMock
from ._stores import Resources, TokenStore, bearer

#: What the mock accepts unless told otherwise (`switchboard-mock tingting --credential KEY=VALUE`). The token
#: lifetimes are the ones decoded from the vendor's sample tokens (access 5 days, refresh 1 day).
DEFAULT_SETTINGS = {
    "email": "switchboard@example.com",
    "password": "switchboard-password",
    "token_ttl": "432000",
    "refresh_ttl": "86400",
    "jwt_secret": "switchboard-mock-jwt-signing-key",
    "rotate_refresh": "false",
    "page_size": "10",
    "call_seconds": "30",
    "credits_per_call": "1",
    "append_slash": "true",
    "strict_dates": "false",
}
#: schedule_date is local time in Nepal.
NEPAL = timezone(timedelta(hours=5, minutes=45), "NPT")
#: Outcome of a number's first call by its last digit; every other digit, and every later call, completes.
FIRST_CALL_OUTCOMES = {0: "failed", 1: "unanswered", 2: "hungup", 3: "terminated"}
ANSWERED = ("completed", "hungup")
#: Outcomes of a campaign's calls: outcome id -> the first call's final state.
CALL_OUTCOMES = {f"call_{state}": state for state in FIRST_CALL_OUTCOMES.values()}
OUTCOMES = tuple(
    Declared(
        "begin_campaign",
        f"call_{state}",
        f"the campaign runs; the first call of its numbers ends {state} (get_campaign_number says so)",
        state=state,
        magic=f"a number ending in {digit}",
    )
    for digit, state in FIRST_CALL_OUTCOMES.items()
)
MAX_SHEET_ROWS = 10_000
_NO_SUCH_PATH = "no such path: "
_SIMPLEJWT_INVALID = {
    "detail": "Given token not valid for any token type",
    "code": "token_not_valid",
    "messages": [{"token_class": "AccessToken", "token_type": "access", "message": "Token is invalid or expired"}],
}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class _Number:
    """A recipient number of a campaign and the state of its calls."""

    id: int
    number: int
    campaign_id: int
    tags: dict[str, Any]
    status: str = "not started"
    duration: int | None = None
    playback: str | None = None
    credit_consumed: int = 0
    attempts: int = 0
    call_at: float | None = None
    #: The first call's outcome when a trigger chose it (its last digit chooses it otherwise).
    forced: str | None = None


@dataclass
class _Campaign:
    id: int
    name: str
    services: str
    description: str | None
    usable_tags: list[str]
    numbers: list[int] = field(default_factory=list)
    message: str | None = None
    audio: dict[str, Any] | None = None
    voice_input: str = "np_rija"


class _BadSheet(ValueError):
    """The uploaded spreadsheet cannot give numbers."""


def read_numbers(content: bytes) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """The usable tags and the (number, tags) rows of an .xlsx file, as the Decisions of specs/tingting.yaml say."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it does not know
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises a dozen exception types for a file that is not a workbook
        raise _BadSheet("The file is not a readable .xlsx workbook.") from None
    try:
        if not workbook.worksheets:
            raise _BadSheet("The workbook has no sheet.")
        rows = workbook.worksheets[0].iter_rows(values_only=True, max_row=MAX_SHEET_ROWS + 1)
        tags: list[str] = []
        found: list[tuple[int, dict[str, Any]]] = []
        for index, row in enumerate(rows, 1):
            if index > MAX_SHEET_ROWS:
                raise _BadSheet(f"The sheet has more than {MAX_SHEET_ROWS} rows.")
            if not row or all(cell is None for cell in row):
                continue
            number = _phone_number(row[0])
            if number is None:
                if index == 1:
                    tags = [_tag_name(cell, column) for column, cell in enumerate(row[1:], 2)]
                    continue
                raise _BadSheet(f"Row {index}: the first cell is not a phone number.")
            values = {tag: _tag_value(cell) for tag, cell in zip(tags, row[1:], strict=False) if cell is not None}
            found.append((number, values))
    finally:
        workbook.close()
    if not found:
        raise _BadSheet("The sheet holds no phone number in its first column.")
    return tags, found


def _phone_number(cell: Any) -> int | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return cell if cell > 0 else None
    if isinstance(cell, float) and cell.is_integer() and cell > 0:
        return int(cell)
    if isinstance(cell, str) and re.fullmatch(r"\+?[0-9]{5,15}", cell.strip()):
        return int(cell.strip().lstrip("+"))
    return None


def _tag_name(cell: Any, column: int) -> str:
    text = re.sub(r"\W+", "_", str(cell if cell is not None else f"column {column}").strip().lower()).strip("_")
    return f"tags_{text or column}"


def _tag_value(cell: Any) -> str | int | float | bool:
    if isinstance(cell, bool | int | str):
        return cell
    if isinstance(cell, float):
        return cell if math.isfinite(cell) else str(cell)
    return str(cell)


class TingTingMock(VendorMock):
    """The TingTing backend: JWT login, campaigns with numbers and calls, a numbers market, OTP."""

    spec_name = "tingting"
    default_settings = DEFAULT_SETTINGS
    outcomes = OUTCOMES
    client_settings = ("email", "password")

    def reset_auth(self) -> None:
        #: jti -> token type of every token issued and not revoked, expiring with the token.
        self.issued: TokenStore[str] = TokenStore(self.clock)
        self.logins = 0
        self.refreshes = 0

    def reset_resources(self) -> None:
        self.campaigns: Resources[_Campaign] = Resources(missing=lambda _: self.error(404, "Campaign not found."))
        self.numbers: Resources[_Number] = Resources(missing=lambda _: self.error(404, "Number not found."))
        self.credits_on_hold = 0
        self.otps_sent: list[dict[str, str]] = []
        self.market: dict[str, dict[str, Any]] = {}
        for index in range(6):
            phone = f"98000000{index:02d}"
            sid = hashlib.md5(phone.encode(), usedforsecurity=False).hexdigest()
            self.market[sid] = {
                "phone_number": phone,
                "rate": 40.0 + 5 * index,
                "available_capabilities": "Voice, SMS",
                "phone_number_sid": sid,
                "friendly_name": "",
                "accept_incoming": None,
                "configure_with": "",
                "call_comes_in": None,
                "call_url": None,
                "http_request": None,
            }
        self.owned: set[str] = set()
        self._random = random.Random(0)

    def secrets(self) -> list[str]:
        return [self.settings["password"], self.settings["jwt_secret"]]

    # replies

    @staticmethod
    def envelope(data: Any, message: str | None = None, status: int = 200) -> Reply:
        return Reply(status, {"status": status, "success": True, "message": message, "errors": [], "data": data})

    def error(self, status: int, message: str) -> Reply:
        if status == 404 and message.startswith(_NO_SUCH_PATH):
            redirect = self._append_slash(message.removeprefix(_NO_SUCH_PATH))
            if redirect is not None:
                return redirect
        return Reply(status, {"status": status, "success": False, "message": message, "errors": [], "data": {}})

    def invalid(self, name: str, message: str, status: int = 400) -> Reply:
        """A DRF serializer error for one field, in the envelope."""
        body = {"status": status, "success": False, "message": message, "errors": [{name: [message]}], "data": {}}
        return Reply(status, body)

    def _append_slash(self, path: str) -> Reply | None:
        """Django's APPEND_SLASH: a path that exists only with a trailing slash is a 301 to it."""
        if self.settings["append_slash"] != "true" or path.endswith("/") or not path.startswith("/"):
            return None
        if not self.spec.allowed_methods(path + "/"):
            return None
        return Reply(301, None, {"Location": f"{self.spec.base_path}{path}/"})

    # auth

    def _sign(self, token_type: str, ttl: float, user_id: int = 1) -> str:
        now = int(self.clock())
        jti = self.issued.issue(token_type, token=uuid.uuid4().hex, expires_at=now + int(ttl))
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        claims = {"token_type": token_type, "exp": now + int(ttl), "iat": now, "jti": jti, "user_id": user_id}
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self.settings["jwt_secret"].encode(), f"{header}.{payload}".encode(), hashlib.sha256)
        return f"{header}.{payload}.{_b64(signature.digest())}"

    def _verify(self, token: str, token_type: str) -> dict[str, Any] | None:
        """The claims of a valid, unexpired, unrevoked token of ``token_type``, else None."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        header, payload, signature = parts
        expected = hmac.new(self.settings["jwt_secret"].encode(), f"{header}.{payload}".encode(), hashlib.sha256)
        try:
            if not hmac.compare_digest(_unb64(signature), expected.digest()):
                return None
            claims = json.loads(_unb64(payload))
        except (ValueError, TypeError):
            return None
        if not isinstance(claims, dict) or claims.get("token_type") != token_type:
            return None
        if self.issued.get(str(claims.get("jti"))) != token_type:  # revoked, expired or never issued
            return None
        return claims

    def login(self, call: Call) -> Reply:
        body = call.body
        s = self.settings
        if body["email"].lower() != s["email"].lower() or not hmac.compare_digest(
            body["password"].encode(), s["password"].encode()
        ):
            return self.invalid("non_field_errors", "No active account found with the given credentials", 401)
        self.logins += 1
        token = {
            "refresh": self._sign("refresh", float(s["refresh_ttl"])),
            "access": self._sign("access", float(s["token_ttl"])),
        }
        user = {"first_name": "Switch", "last_name": "Board", "email": s["email"]}
        return self.envelope({"token": token, "user_data": user}, "Successfully logged in")

    def refresh_token(self, call: Call) -> Reply:
        claims = self._verify(call.body["refresh"], "refresh")
        if claims is None:
            return Reply(401, {"detail": "Token is invalid or expired", "code": "token_not_valid"})
        self.refreshes += 1
        answer = {"access": self._sign("access", float(self.settings["token_ttl"]), claims["user_id"])}
        if self.settings["rotate_refresh"] == "true":
            self.issued.revoke(claims["jti"])
            answer["refresh"] = self._sign("refresh", float(self.settings["refresh_ttl"]), claims["user_id"])
        return Reply(200, answer)

    def authenticate(self, call: Call) -> Any:
        token = (bearer(call.headers.get("authorization")) or "").strip()
        if not token:
            return Reply(401, {"detail": "Authentication credentials were not provided."})
        claims = self._verify(token, "access")
        if claims is None:
            return Reply(401, _SIMPLEJWT_INVALID)
        return claims

    def get_user_details(self, call: Call) -> Reply:
        details = {
            "first_name": "Switch",
            "last_name": "Board",
            "email": self.settings["email"],
            "username": self.settings["email"].split("@")[0],
            "is_verified_email": True,
            "contact_number": "9800000000",
            "is_verified_phone": True,
            "address": "Kathmandu",
        }
        return self.envelope({"user_details": details})

    # campaigns

    def _campaign(self, call: Call) -> _Campaign:
        return self.campaigns.require(int(call.path_params["campaign_id"]))

    @staticmethod
    def _campaign_view(campaign: _Campaign, *, tags: bool = True) -> dict[str, Any]:
        view: dict[str, Any] = {
            "id": campaign.id,
            "name": campaign.name,
            "user_phone": [],
            "services": campaign.services,
            "description": campaign.description,
        }
        if tags:
            view["usable_tags"] = list(campaign.usable_tags)
        return view

    def list_campaigns(self, call: Call) -> Reply:
        size = max(1, int(self.settings["page_size"]))
        ordered = sorted(self.campaigns.values(), key=lambda c: c.id, reverse=True)
        pages = max(1, math.ceil(len(ordered) / size))
        page = int(call.query_value("page", 1))
        if page > pages:
            return Reply(404, {"detail": "Invalid page."})
        pagination = {
            "total_items": len(ordered),
            "total_pages": pages,
            "page_number": page,
            "has_next": page < pages,
            "has_previous": page > 1,
            "links": [],
        }
        shown = [self._campaign_view(c) for c in ordered[(page - 1) * size : page * size]]
        result = {"messages": "Campaign Successfully Retrieved", "campaign-lists": shown}
        return Reply(200, {"pagination": pagination, "result": result})

    def create_campaign(self, call: Call) -> Reply:
        body = call.body
        files = getattr(body, "files", {})
        tags: list[str] = []
        if "send_to_number_file" in files:
            upload = files["send_to_number_file"][0]
            try:
                tags, rows = read_numbers(upload.content)
            except _BadSheet as bad:
                return self.invalid("send_to_number_file", str(bad))
        else:
            rows = [(number, {}) for number in body["individual_number"]]
        campaign = self.campaigns.create(
            lambda campaign_id: _Campaign(
                campaign_id, body["name"], body["services"], body.get("description"), usable_tags=tags
            )
        )
        for number, values in rows:
            self._add(campaign, number, values)
        return self.envelope(
            {"details": [self._campaign_view(campaign, tags=False)]}, "Campaign Created Successfully", 201
        )

    def update_campaign(self, call: Call) -> Reply:
        campaign = self._campaign(call)
        for key in ("name", "services", "description"):
            if key in call.body:
                setattr(campaign, key, call.body[key])
        details = [self._campaign_view(campaign, tags=False)]
        return self.envelope({"details": details}, "Campaign details successfully updated.")

    def delete_campaign(self, call: Call) -> Reply:
        campaign = self.campaigns.remove(int(call.path_params["campaign_id"]))
        for number_id in campaign.numbers:
            self._release_hold(self.numbers.remove(number_id))
        return self.envelope({"camaign": "Campaign Deleted Succesfully"})

    def get_campaign(self, call: Call) -> Reply:
        campaign = self._campaign(call)
        return self.envelope({"messages": "Details Retrived successfully", "details": [self._campaign_view(campaign)]})

    def test_voice(self, call: Call) -> Reply:
        voice = call.body.get("voice_input", "np_rija")
        digest = hashlib.sha256(f"{voice}:{call.body['message']}".encode()).hexdigest()[:24]
        data = {"voice_input": voice, "audio_url": f"https://mock.tingting.invalid/voice/{digest}.mp3"}
        return self.envelope(data, "Voice generated successfully")

    # calls

    def _settle(self, number: _Number) -> _Number:
        """Move ``number`` through its call on the mock clock."""
        if number.call_at is None:
            return number
        now = self.clock()
        length = float(self.settings["call_seconds"])
        if now < number.call_at:
            number.status = "queued"
        elif now < number.call_at + length:
            number.status = "in progress"
        else:
            number.attempts += 1
            first = number.forced or FIRST_CALL_OUTCOMES.get(number.number % 10, "completed")
            outcome = first if number.attempts == 1 else "completed"
            number.status = outcome
            number.duration = int(length) if outcome == "completed" else int(length) // 2 if outcome == "hungup" else 0
            answered = outcome in ANSWERED
            number.playback = (
                f"https://mock.tingting.invalid/playback/{number.id}-{number.attempts}.mp3" if answered else None
            )
            self._release_hold(number)
            if answered:
                number.credit_consumed += int(self.settings["credits_per_call"])
        return number

    def _release_hold(self, number: _Number) -> None:
        if number.call_at is not None:
            self.credits_on_hold -= int(self.settings["credits_per_call"])
            number.call_at = None

    def begin_campaign(self, call: Call) -> Reply:
        campaign = self._campaign(call)
        body = call.body or {}
        files = getattr(body, "files", {})
        for name in ("audio", "aud_file"):  # aud_file wins when both are given
            if name in files:
                upload = files[name][0]
                if upload.size == 0:
                    return self.invalid(name, "The submitted file is empty.")
                campaign.audio = {"filename": upload.filename, "size": upload.size, "type": upload.content_type}
        if "message" in body:
            campaign.message = body["message"]
        if "voice_input" in body:
            campaign.voice_input = body["voice_input"]
        if campaign.message is None and campaign.audio is None:
            return self.invalid("message", "Give a message or an aud_file: the campaign has neither.", 409)
        if campaign.message is not None and campaign.audio is not None and "priority" not in body:
            return self.invalid("priority", "The campaign has a message and audio: choose one with priority.", 409)
        start = self.clock()
        if "schedule_date" in body:
            local = self._schedule(body["schedule_date"])
            if local is None:
                return self.invalid("schedule_date", "Not a valid date and time.")
            start = max(start, local.timestamp())
        numbers = [self._settle(self.numbers[i]) for i in campaign.numbers]
        if "individual" in body:
            wanted = set(body["individual"])
            unknown = wanted - {n.id for n in numbers}
            if unknown:
                return self.invalid("individual", f"No number {min(unknown)} in this campaign.", 409)
            numbers = [n for n in numbers if n.id in wanted]
        if "status" in body:
            numbers = [n for n in numbers if n.status in body["status"]]
        elif "individual" not in body:
            numbers = [n for n in numbers if n.status == "not started"]
        numbers = [n for n in numbers if n.call_at is None]
        if not numbers:
            return self.invalid("status", "No number of this campaign is left to call.", 409)
        gap = float(self.settings["call_seconds"])
        for position, number in enumerate(numbers):
            number.call_at = start + position * gap
            number.status = "queued"
            if call.outcome in CALL_OUTCOMES and number.attempts == 0:
                number.forced = CALL_OUTCOMES[call.outcome]
        hold = len(numbers) * int(self.settings["credits_per_call"])
        self.credits_on_hold += hold
        running = "Campaign is scheduled" if start > self.clock() else "Campaign is running"
        reply = self.envelope({"hold amount": f"{hold} credits on hold for {campaign.name} campaign."}, running)
        # A first call whose outcome a number's last digit chooses (the magic values) is journaled as that outcome.
        first = [n for n in numbers if n.attempts == 0 and n.forced is None and n.number % 10 in FIRST_CALL_OUTCOMES]
        if first and call.outcome is None:
            reply.outcome = f"call_{FIRST_CALL_OUTCOMES[first[0].number % 10]}"
        return reply

    def _schedule(self, text: str) -> datetime | None:
        """``YYYY-MM-DDTHH:MM`` in Nepal time. A day past the month's end (02-30) rolls over into the next month,
        unless ``strict_dates``: the docs say nothing of such dates, and the pattern of the spec lets them through."""
        try:
            return datetime.strptime(text, "%Y-%m-%dT%H:%M").replace(tzinfo=NEPAL)
        except ValueError:
            if self.settings["strict_dates"] == "true":
                return None
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})", text)
        if match is None:
            return None
        year, month, day, hour, minute = map(int, match.groups())
        try:
            first = datetime(year, month, 1, hour, minute, tzinfo=NEPAL)
            return first + timedelta(days=day - 1)
        except (ValueError, OverflowError):
            return None

    # phone numbers

    def list_owned_phone_numbers(self, call: Call) -> Reply:
        return self.envelope({"owned_numbers": [self.market[sid] for sid in sorted(self.owned)]})

    def list_available_phone_numbers(self, call: Call) -> Reply:
        free = [entry for sid, entry in self.market.items() if sid not in self.owned]
        return self.envelope({"number_lists": free}, "Number Lists Retrived Successfully!!")

    def buy_phone_number(self, call: Call) -> Reply:
        sid = call.body["phone_sid"].lower()
        if sid not in self.market:
            return self.invalid("phone_sid", "No such number to buy.", 404)
        if sid in self.owned:
            return self.invalid("phone_sid", "You already own this number.", 409)
        self.owned.add(sid)
        entry = self.market[sid]
        return self.envelope({"number_details": [entry]}, f"{entry['phone_number']} number bought successfully!!")

    def release_phone_number(self, call: Call) -> Reply:
        sid = call.body["phone_sid"].lower()
        if sid not in self.owned:
            return self.invalid("phone_sid", "You own no such number.", 404)
        self.owned.discard(sid)
        phone = self.market[sid]["phone_number"]
        return Reply(
            200,
            {
                "status": 204,
                "success": True,
                "message": f"{phone} number released successfully!!",
                "errors": [],
                "data": {},
            },
        )

    # numbers of a campaign

    def _number_view(self, number: _Number) -> dict[str, Any]:
        self._settle(number)
        return {
            "id": number.id,
            "number": number.number,
            "campaing": self.campaigns[number.campaign_id].name,
            "available_tags": dict(number.tags),
            "status": number.status,
            "duration": number.duration,
            "playback": number.playback,
            "credit_consumed": number.credit_consumed,
        }

    def _add(self, campaign: _Campaign, phone: int, tags: dict[str, Any]) -> _Number:
        number = self.numbers.create(lambda number_id: _Number(number_id, phone, campaign.id, tags))
        campaign.numbers.append(number.id)
        return number

    @staticmethod
    def _unusable_tags(campaign: _Campaign, tags: dict[str, Any]) -> list[str]:
        return sorted(set(tags) - set(campaign.usable_tags))

    def list_campaign_numbers(self, call: Call) -> Reply:
        campaign = self._campaign(call)
        views = [self._number_view(self.numbers[i]) for i in campaign.numbers]
        message = f"Number related to {campaign.name} campaign Retrived successfully"
        return self.envelope({"messages": message, "number-lists": views})

    def add_campaign_number(self, call: Call) -> Reply:
        campaign = self._campaign(call)
        tags = call.body.get("available_tags", {})
        unusable = self._unusable_tags(campaign, tags)
        if unusable:
            return self.invalid("available_tags", f"Not usable tags of this campaign: {', '.join(unusable)}.", 409)
        number = self._add(campaign, call.body["number"], tags)
        return self.envelope({"details": self._number_view(number)}, "Number added successfully.", 201)

    def _number(self, call: Call) -> _Number:
        return self.numbers.require(int(call.path_params["number_id"]))

    def delete_campaign_number(self, call: Call) -> Reply:
        number = self._number(call)
        campaign = self.campaigns[number.campaign_id]
        campaign.numbers.remove(number.id)
        self._release_hold(self.numbers.remove(number.id))
        text = f"{number.number} of campaign {campaign.name} deleted Successfully!!"
        return self.envelope({"campaign-details": text})

    def get_campaign_number(self, call: Call) -> Reply:
        number = self._number(call)
        message = f"{number.number} details retrieved successfully!!"
        return self.envelope({"messages": message, "number-detail": self._number_view(number)})

    def update_campaign_number(self, call: Call) -> Reply:
        number = self._number(call)
        if "available_tags" in call.body:
            unusable = self._unusable_tags(self.campaigns[number.campaign_id], call.body["available_tags"])
            if unusable:
                return self.invalid("available_tags", f"Not usable tags of this campaign: {', '.join(unusable)}.", 409)
            number.tags = dict(call.body["available_tags"])
        if "number" in call.body:
            number.number = call.body["number"]
        return self.envelope({"details": self._number_view(number)}, "Action details successfully updated.")

    # OTP

    def send_otp(self, call: Call) -> Reply:
        body = call.body
        option = body.get("otp_options", "personnel" if "otp" in body else "generated")
        if option == "personnel":
            otp = body["otp"]
        else:
            length = int(body.get("otp_length", "4"))
            otp = "".join(self._random.choice("0123456789") for _ in range(length))
        details = {
            "number": body["number"],
            "otp_options": option,
            "message": body["message"].replace("{otp}", " ".join(otp)),
            "otp": otp,
            "sms_send_options": body["sms_send_options"],
        }
        self.otps_sent.append(details)
        return self.envelope({"details": details}, "OTP Sent Successfully.")
