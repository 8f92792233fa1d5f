"""Gatum REST API as a stateful mock: two-step login, expiring tokens, messages whose DLR state advances on the
mock clock, groups of numbers, a personal black list and bulk sending, with Gatum's ``{status: false}`` envelope."""

from __future__ import annotations

import itertools
import secrets
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from ._catalogue import MAGIC_PREFIX, Declared
from ._engine import Call, MockClock, Reply, VendorMock
from ._stores import EXPIRED, INVALID, Resources, TokenStore, page
from ._webhooks import LOOPBACK_HOSTS, WebhookSender, host_allowed, log, parse_delays

#: What the mock accepts unless told otherwise (`switchboard-mock gatum --setting KEY=VALUE`).
DEFAULT_SETTINGS = {
    "username": "switchboard",
    "password": "switchboard-password",
    # Seconds from issue to a token's absolute ``expires_at``.
    "token_ttl": "86400",
    # Seconds an authorization code from /authorize stays exchangeable (once).
    "code_ttl": "60",
    # Seconds between two DLR states of a sent message.
    "dlr_interval": "5",
    # Registered sender IDs, comma-separated; empty accepts any sender (the facts cannot say which are registered).
    "senders": "",
    # "true": a new token revokes the account's older ones (the strict reading; the facts are silent).
    "revoke_older_tokens": "false",
    # Where the DLRs of every message sent with `delivery` on are posted (the web cabinet's "DLR sending to
    # webhook"); empty: nowhere. A message's own `callback_url` wins.
    "dlr_url": "",
    # Seconds (mock clock) before each new post of a DLR batch that was not acknowledged; then it is given up.
    "dlr_retry_delays": "1,2,4,8",
    # Hosts the mock posts DLRs to, comma-separated; `*` for any (a fuzzed callback_url never leaves the machine).
    "webhook_hosts": LOOPBACK_HOSTS,
}
#: The states a message goes through, one step per ``dlr_interval`` on the mock clock; the last is final.
DLR_STATES = ("ACCEPTD", "ENROUTE", "DELIVRD")
#: A sender ID that is never registered: a send from it is refused with ``not_registr_originator``.
MAGIC_SENDER = "SBUNREG"
#: Final DLR states other than ``DELIVRD`` that a send can be given (by trigger or magic number): outcome -> state.
FAILED_STATES = {"dlr_undeliv": "UNDELIV", "dlr_rejectd": "REJECTD", "dlr_expired": "EXPIRED"}
#: Magic destination numbers: number -> outcome of the send.
MAGIC_NUMBERS = {
    f"{MAGIC_PREFIX}0429": "http_429",
    f"{MAGIC_PREFIX}0503": "http_503",
    f"{MAGIC_PREFIX}0000": "dropped",
    f"{MAGIC_PREFIX}1001": "dlr_undeliv",
    f"{MAGIC_PREFIX}1002": "dlr_rejectd",
    f"{MAGIC_PREFIX}1003": "dlr_expired",
}
_NUMBER_OF = {outcome: number for number, outcome in MAGIC_NUMBERS.items()}
_UNREGISTERED = "switchboard.gatum.GatumBadRequestError"


def _declared_outcomes() -> tuple[Declared, ...]:
    found = []
    for operation in ("send_sms", "send_bulk_sms"):
        found.append(
            Declared(
                operation,
                "not_registr_originator",
                "the sender ID is not registered (error: not_registr_originator)",
                status=400,
                code="not_registr_originator",
                raises=_UNREGISTERED,
                magic=f"senderID {MAGIC_SENDER}",
            )
        )
        field_name = "number" if operation == "send_sms" else "phone"
        for outcome, state in FAILED_STATES.items():
            found.append(
                Declared(
                    operation,
                    outcome,
                    f"the send is accepted; its DLR ends {state} (get_sms_full_data and the DLR webhook say so)",
                    state=state,
                    magic=f"{field_name} {_NUMBER_OF[outcome]}",
                )
            )
        for outcome in ("http_429", "http_503", "dropped"):
            found.append(Declared(operation, outcome, "", magic=f"{field_name} {_NUMBER_OF[outcome]}"))
    for outcome, text in (
        ("retried", "a DLR post the receiver did not acknowledge is posted again after each of dlr_retry_delays"),
        ("given_up", "a DLR post never acknowledged is given up after the last of dlr_retry_delays"),
    ):
        how = "answer the DLR post with a non-2xx, or not at all; advance the mock clock by the retry delays"
        found.append(Declared("webhook:deliveryReport", outcome, text, how=how))
    return tuple(found)


#: Records returned per sms-full-data page when the request gives no ``limit`` (the vendor's default is unknown).
SMS_PAGE_SIZE = 100
#: Without ``time_period``, sms-full-data answers "the last few days".
RECENT_SECONDS = 3 * 86400
#: Country prefixes the mock knows, with an MCC and MNC for the sms-full-data filters.
_NETWORKS = {"380": (255, 1), "44": (234, 10), "49": (262, 1), "33": (208, 1), "1": (310, 260)}
_FIRST_ID_STATE = 598933232
#: DLRs per post at most (the vendor's batch size is unknown).
DLR_BATCH = 100


def _datetime(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _network(phone: str) -> tuple[int | None, int | None]:
    for prefix, network in _NETWORKS.items():
        if phone.startswith(prefix):
            return network
    return None, None


def _parts(text: str) -> int:
    """SMS parts of ``text``: GSM-7 (taken as ASCII here) 160/153 characters, UCS-2 70/67."""
    single, multi = (160, 153) if text.isascii() else (70, 67)
    return 1 if len(text) <= single else -(-len(text) // multi)


@dataclass
class _Message:
    """One SMS part as stored; ``record`` is what sms-full-data returns."""

    record: dict[str, Any]
    sent_at: float
    groups: frozenset[int]
    delivery: bool
    callback_url: str | None
    mcc: int | None
    mnc: int | None
    step: int = 0
    #: The states it goes through; the last is final.
    states: tuple[str, ...] = DLR_STATES


@dataclass
class _Group:
    id_group: int
    name_group: str
    on_birth: bool
    time_birth: str | None
    originator_birth: str | None
    text_birth: str | None
    contacts: dict[int, dict[str, Any]] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        return {
            "id_group": self.id_group,
            "name_group": self.name_group,
            "numbers_count": len(self.contacts),
            "on_birth": self.on_birth,
        }


def dlr_acknowledged(response: httpx.Response, reports: list[dict[str, Any]]) -> bool:
    """Gatum's acknowledgement: a 200 whose JSON array holds every ``id_state`` posted (as strings or integers)."""
    if response.status_code != 200:
        return False
    try:
        answer = response.json()
    except ValueError:
        return False
    if not isinstance(answer, list):
        return False
    received = {str(v) for v in answer if isinstance(v, str | int) and not isinstance(v, bool)}
    return all(str(report["id_state"]) in received for report in reports)


def _unset_if_false(value: Any) -> Any:
    """The vendor SDK sends ``false`` for an optional field it was not given."""
    return None if value is False else value


def _contact_record(contact: dict[str, Any]) -> dict[str, Any]:
    mcc, mnc = _network(str(contact["number"]))
    return {
        "phone": contact["number"],
        "name": contact.get("name"),
        "surname": contact.get("surname"),
        "date_birth": contact.get("date_birth"),
        "mcc": mcc,
        "mnc": mnc,
    }


class GatumMock(VendorMock):
    """Authorization codes single-use and short-lived, tokens valid until their ``expires_at`` on the mock clock and
    revoked by logout; sent messages advance through :data:`DLR_STATES`; groups, contacts and the black list are
    kept in memory; every failure is ``{status: false, error_code, errors: {field: [message]}}``."""

    spec_name = "gatum"
    outcomes = _declared_outcomes()
    default_settings = DEFAULT_SETTINGS
    client_settings = ("username", "password")

    def __init__(self, clock: MockClock, settings: Mapping[str, str] | None = None) -> None:
        # The DLR thread advances states too: one lock around every state change and the queue of DLRs to post.
        self._dlr_lock = threading.RLock()
        self._sender: WebhookSender | None = None
        self._warned = False
        super().__init__(clock, settings)
        parse_delays(self.settings["dlr_retry_delays"])  # a bad setting fails here, not in the DLR thread

    def reset_auth(self) -> None:
        #: Authorization codes and access tokens, both granting the account (its username).
        self.codes: TokenStore[str] = TokenStore(self.clock, lambda: secrets.token_urlsafe(24))
        self.tokens: TokenStore[str] = TokenStore(self.clock, lambda: secrets.token_urlsafe(24)[:30])

    def reset_resources(self) -> None:
        self.accounts: dict[str, dict[str, Any]] = {}
        self.messages: dict[int, _Message] = {}
        self.groups: Resources[_Group] = Resources(
            itertools.count(951).__next__, lambda id_group: self.fail(404, "id_group", f"Group {id_group} not found.")
        )
        self.black_list: set[int] = set()
        self._next_id_state = _FIRST_ID_STATE
        self._next_sent_id = 1000
        with self._dlr_lock:
            self._dlrs: dict[str, list[dict[str, Any]]] = {}
            if self._sender is not None:
                self._sender.clear()

    def secrets(self) -> list[str]:
        return [self.settings["password"]]

    # envelope

    def error(self, status: int, message: str) -> Reply:
        return self.fail(status, "request", message)

    @staticmethod
    def fail(status: int, field_name: str, message: str, *, code: str | None = None) -> Reply:
        """Gatum's error envelope; ``code`` is the scalar ``error`` that older servers send (the PHP client)."""
        body: dict[str, Any] = {"status": False, "error_code": status, "errors": {field_name: [message]}}
        if code is not None:
            body["error"] = code
        return Reply(status, body)

    def outcome_reply(self, outcome: Any) -> Reply:
        if outcome.code == "not_registr_originator":
            return self.fail(400, "senderID", "The sender ID is not registered.", code="not_registr_originator")
        return super().outcome_reply(outcome)

    def magic_outcome(self, call: Call) -> str | None:
        if call.operation.operation_id == "send_sms":
            jobs = call.body
            senders = [job["senderID"] for job in jobs]
            numbers = [str(n) for job in jobs for n in job["number"]]
        elif call.operation.operation_id == "send_bulk_sms":
            senders, numbers = [call.body["senderID"]], [str(n) for n in call.body.get("phone", [])]
        else:
            return None
        if MAGIC_SENDER in senders:
            return "not_registr_originator"
        return next((MAGIC_NUMBERS[n] for n in numbers if n in MAGIC_NUMBERS), None)

    @staticmethod
    def ok(data: Any) -> Reply:
        return Reply(200, {"status": True, "data": data})

    # auth

    def authorize(self, call: Call) -> Reply:
        body = call.body
        if body["username"] != self.settings["username"] or body["password"] != self.settings["password"]:
            return self.fail(400, "password", "Incorrect username or password.")
        code = self.codes.issue(body["username"], float(self.settings["code_ttl"]))
        return self.ok({"authorization_code": code})

    def create_access_token(self, call: Call) -> Reply:
        if self.codes.take(call.body["authorization_code"]) is None:  # single use
            return self.fail(400, "authorization_code", "The authorization code is invalid or expired.")
        if self.settings["revoke_older_tokens"] == "true":
            self.tokens.revoke_where(lambda grant: False)
        expires_at = int(self.clock() + float(self.settings["token_ttl"]))
        token = self.tokens.issue(self.settings["username"], expires_at=expires_at)
        return self.ok({"access_token": token, "expires_at": expires_at})

    def authenticate(self, call: Call) -> Any:
        token = call.headers.get("x-access-token")
        if not token:
            return self.fail(401, "X-Access-Token", "The access token is missing.")
        found = self.tokens.check(token)
        if found == EXPIRED:
            return self.fail(401, "X-Access-Token", "The access token has expired.")
        if found == INVALID:
            return self.fail(401, "X-Access-Token", "The access token is invalid or was destroyed.")
        return token

    def logout(self, call: Call) -> Reply:
        self.tokens.revoke(call.principal)
        return self.ok({"logout": True})

    # account

    def get_account_info(self, call: Call) -> Reply:
        return self.ok(
            {
                "login": self.settings["username"],
                "name": "Switchboard Mock",
                "company_name": "Switchboard",
                "e_mail": "mock@example.com",
                "phone": "380000000000",
                "currency": "EUR",
                "balance_units": 100.0,
                "balance_limit": 0.0,
                "balance_daily_block": False,
                "block": False,
                "can_send_bulk": True,
                "can_send_restapi": True,
                "confirmed": 1,
                "id_subparent": 1,
                "finance": {},
            }
        )

    def register_customer(self, call: Call) -> Reply:
        login = call.body["login"]
        if login in self.accounts or login == self.settings["username"]:
            return self.fail(400, "login", "This login is already taken.")
        # Kept without the password: a registered account waits for confirmation and cannot log in here.
        self.accounts[login] = {k: v for k, v in call.body.items() if k != "password"}
        return self.ok({"login": login, "confirmed": 0})

    # messages

    def _sender_refused(self, sender: str) -> Reply | None:
        registered = [s.strip() for s in self.settings["senders"].split(",") if s.strip()]
        if registered and sender not in registered:
            refused = self.fail(400, "senderID", "The sender ID is not registered.", code="not_registr_originator")
            refused.outcome = "not_registr_originator"
            return refused
        return None

    def _store(
        self,
        phone: str,
        sender: str,
        text: str,
        sms_type: str,
        *,
        groups: Iterable[int] = (),
        delivery: bool = True,
        callback_url: str | None = None,
        outcome: str | None = None,
    ) -> None:
        now = self.clock()
        mcc, mnc = _network(phone)
        count = _parts(text)
        for part in range(1, count + 1):
            id_state = self._next_id_state
            self._next_id_state += 1
            record = {
                "id_state": id_state,
                "originator": sender,
                "phone": phone,
                "type_sms": sms_type,
                "text_sms": text,
                "num_parts": count,
                "part_no": part,
                "state": DLR_STATES[0],
                "time": _datetime(now),
            }
            message = _Message(record, now, frozenset(groups), delivery, callback_url, mcc, mnc)
            if outcome in FAILED_STATES:
                message.states = (*DLR_STATES[:-1], FAILED_STATES[outcome])
            self.messages[id_state] = message
        if self._dlr_url(delivery, callback_url) is not None:
            self.webhooks.start()

    def advance(self, message: _Message) -> dict[str, Any]:
        """Move ``message`` to its next DLR state; the one place a state changes (a DLR delivery hooks in here)."""
        message.step += 1
        message.record["state"] = message.states[message.step]
        message.record["time"] = _datetime(message.sent_at + message.step * float(self.settings["dlr_interval"]))
        url = self._dlr_url(message.delivery, message.callback_url)
        if url is not None:
            with self._dlr_lock:
                self._dlrs.setdefault(url, []).append(dict(message.record))
        return message.record

    def catch_up(self) -> None:
        """Advance every message through the states that fell due on the mock clock."""
        now, interval = self.clock(), float(self.settings["dlr_interval"])
        with self._dlr_lock:
            for message in list(self.messages.values()):
                while message.step < len(message.states) - 1 and message.sent_at + (message.step + 1) * interval <= now:
                    self.advance(message)

    # DLR webhook

    @property
    def webhooks(self) -> WebhookSender:
        """What posts the DLRs: every state change of a message sent with ``delivery`` on, in batches per URL."""
        with self._dlr_lock:
            if self._sender is None:
                self._sender = WebhookSender(
                    self.clock,
                    lambda entry: self.record(entry),  # looked up per post: the server wires ``record`` later
                    retry_delays=parse_delays(self.settings["dlr_retry_delays"]),
                    tick=self._post_dlrs,
                    poll_interval=0.05,
                )
            return self._sender

    def _dlr_url(self, delivery: bool, callback_url: str | None) -> str | None:
        """Where a message's DLRs go: its ``callback_url``, else the ``dlr_url`` setting; None if nowhere allowed."""
        url = (callback_url or self.settings["dlr_url"]) if delivery else ""
        if not url:
            return None
        if not host_allowed(url, self.settings["webhook_hosts"]):
            if not self._warned:  # once: a fuzzer sends many
                self._warned = True
                log.warning("gatum mock: no DLRs posted to a host outside the webhook_hosts setting")
            return None
        return url

    def _post_dlrs(self) -> bool:
        """Advance what fell due on the mock clock and queue its DLRs: one post per URL and batch.

        Answers whether a message still has a state to report (the sender's thread ends when none has).
        """
        with self._dlr_lock:
            self.catch_up()
            batches, self._dlrs = self._dlrs, {}
            waiting = any(
                m.step < len(m.states) - 1 and self._dlr_url(m.delivery, m.callback_url)
                for m in list(self.messages.values())
            )
        for url, reports in batches.items():
            for start in range(0, len(reports), DLR_BATCH):
                batch = reports[start : start + DLR_BATCH]
                self.webhooks.send(
                    "deliveryReport",
                    url,
                    batch,
                    event_ids=[f"{r['id_state']}:{r['state']}" for r in batch],
                    acknowledged=dlr_acknowledged,
                )
        return waiting

    def _new_sent_id(self) -> int:
        self._next_sent_id += 1
        return self._next_sent_id

    def send_sms(self, call: Call) -> Reply:
        for job in call.body:
            refused = self._sender_refused(job["senderID"])
            if refused is not None:
                return refused
        results = []
        for job in call.body:
            accepted = [n for n in dict.fromkeys(job["number"]) if int(n) not in self.black_list]
            for number in accepted:
                self._store(
                    number,
                    job["senderID"],
                    job["text"],
                    job.get("type", "sms"),
                    delivery=job.get("delivery", True),
                    callback_url=job.get("callback_url"),
                    outcome=call.outcome,
                )
            details = {"number": accepted, "senderID": job["senderID"], "sentID": self._new_sent_id()}
            results.append({"sending": {"details": details}})
        return self.ok(results)

    def get_sms_full_data(self, call: Call) -> Reply:
        self.catch_up()
        f = call.body or {}
        now = self.clock()
        found = []
        for message in self.messages.values():
            record = message.record
            sent = _datetime(message.sent_at)
            if "time_period" in f:
                start, _, stop = f["time_period"].partition(" - ")
                if not start <= sent <= stop:  # the fixed-width format compares as text
                    continue
            elif message.sent_at < now - RECENT_SECONDS:
                continue
            if (
                ("MCC" in f and message.mcc != f["MCC"])
                or ("MNC" in f and message.mnc != f["MNC"])
                or ("sender" in f and record["originator"] != f["sender"])
                or ("phone" in f and record["phone"] not in f["phone"])
                or ("id_base" in f and not message.groups.intersection(f["id_base"]))
                or ("type_sms" in f and record["type_sms"] != f["type_sms"])
                or ("state" in f and record["state"] not in f["state"])
            ):
                continue
            found.append(dict(record))
        # JSON allows 10.0 for an integer: every number from a body goes through int().
        size = int(f.get("limit") or SMS_PAGE_SIZE)
        page = int(f.get("offset", 0))
        return self.ok(found[page * size : (page + 1) * size])

    # groups

    def list_groups(self, call: Call) -> Reply:
        body = call.body or {}
        limit, offset = int(body.get("limit", 10)), int(body.get("offset", 0))
        if "id_group" in body:
            shown = [self.groups.require(int(body["id_group"]))]
        else:
            shown = page(self.groups.list(), offset, limit, first=0)
        details = {"countAll": len(self.groups), "countResult": len(shown), "limit": limit, "offset": offset}
        return self.ok({"groupDetails": details, "list": [g.summary() for g in shown]})

    def create_group(self, call: Call) -> Reply:
        body = call.body
        group = self.groups.create(
            lambda id_group: _Group(
                id_group=id_group,
                name_group=body["name_group"],
                on_birth=bool(body.get("on_birth", False)),
                time_birth=_unset_if_false(body.get("time_birth")),
                originator_birth=_unset_if_false(body.get("originator_birth")),
                text_birth=_unset_if_false(body.get("text_birth")),
            )
        )
        created = {
            **group.summary(),
            "originator_birth": group.originator_birth,
            "text_birth": group.text_birth,
            "time_birth": group.time_birth,
        }
        return self.ok({"groupDetails": {"command": "create", "createCount": 1}, "list": created})

    def delete_groups(self, call: Call) -> Reply:
        ids = dict.fromkeys(int(i) for i in call.body["id_group"])
        deleted = [i for i in ids if self.groups.delete(i) is not None]
        if not deleted:
            return self.fail(404, "id_group", "None of the groups exists.")
        return self.ok({"groupDetails": {"command": "delete", "deleteCount": len(deleted)}, "list": deleted})

    def _details(self, group: _Group, **counts: int) -> dict[str, Any]:
        return {**counts, "id_group": group.id_group, "name_group": group.name_group}

    def add_group_numbers(self, call: Call) -> Reply:
        group = self.groups.require(int(call.body["id_group"]))
        before = len(group.contacts)
        for contact in call.body["numbers"]:
            group.contacts[int(contact["number"])] = {**contact, "number": int(contact["number"])}
        details = self._details(group, countPhoneBefore=before, countPhoneAfter=len(group.contacts))
        return self.ok({"groupDetails": details})

    def search_group_numbers(self, call: Call) -> Reply:
        group = self.groups.require(int(call.body["id_group"]))
        numbers = dict.fromkeys(int(n) for n in call.body["numbers"])
        found = [_contact_record(group.contacts[n]) for n in numbers if n in group.contacts]
        return self.ok({"groupDetails": self._details(group, foundPhone=len(found)), "list": found})

    def delete_group_numbers(self, call: Call) -> Reply:
        group = self.groups.require(int(call.body["id_group"]))
        numbers = dict.fromkeys(int(n) for n in call.body["numbers"])
        removed = [group.contacts.pop(n) for n in numbers if n in group.contacts]
        details = self._details(group, deletedPhone=len(removed))
        return self.ok({"groupDetails": details, "list": [_contact_record(c) for c in removed]})

    def send_bulk_sms(self, call: Call) -> Reply:
        body = call.body
        refused = self._sender_refused(body["senderID"])
        if refused is not None:
            return refused
        targets = [int(i) for i in body["id_group"]]
        excluded_groups = [int(i) for i in body.get("id_group_excluded", [])]
        for key, ids in (("id_group", targets), ("id_group_excluded", excluded_groups)):
            for id_group in ids:
                if id_group not in self.groups:
                    return self.fail(404, key, f"Group {id_group} not found.")
        excluded = {n for i in excluded_groups for n in self.groups[i].contacts}
        recipients: dict[int, tuple[dict[str, Any], set[int]]] = {}
        for id_group in targets:
            for number, contact in self.groups[id_group].contacts.items():
                recipients.setdefault(number, (contact, set()))[1].add(id_group)
        for phone in body.get("phone", []):
            recipients.setdefault(int(phone), ({"number": int(phone)}, set()))
        for number, (contact, groups) in recipients.items():
            if number in excluded or number in self.black_list:
                continue
            text = body["text"].replace("#first_name#", contact.get("name") or "").replace("#number#", str(number))
            self._store(str(number), body["senderID"], text, "sms", groups=groups, outcome=call.outcome)
        details = {"id_group": targets, "senderID": body["senderID"], "sentID": self._new_sent_id()}
        return self.ok({"details": details})

    # black list

    def _black_list_change(self, numbers: Iterable[int], add: bool) -> Reply:
        before = len(self.black_list)
        if add:
            self.black_list.update(numbers)
        else:
            self.black_list.difference_update(numbers)
        return self.ok({"blacklistDetails": {"countBefore": before, "countAfter": len(self.black_list)}})

    def add_black_list_numbers(self, call: Call) -> Reply:
        return self._black_list_change((int(n) for n in call.body["numbers"]), add=True)

    def search_black_list_numbers(self, call: Call) -> Reply:
        numbers = dict.fromkeys(int(n) for n in call.body["numbers"])
        return self.ok({"list": [n for n in numbers if n in self.black_list]})

    def delete_black_list_numbers(self, call: Call) -> Reply:
        return self._black_list_change((int(n) for n in call.body["numbers"]), add=False)
