"""PassInfo as a stateful mock: client ids with rotatable keys, sends whose status advances on the mock clock,
contacts in pages, groups and an SMS balance that runs out."""

from __future__ import annotations

import math
import random
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

from switchboard._sms import sms_segments

from ._catalogue import MAGIC_PREFIX, Declared
from ._engine import Call, Reply, VendorMock
from ._stores import Resources
from ._stores import page as pages

#: What the mock accepts unless told otherwise (`switchboard-mock passinfo --credential KEY=VALUE`).
DEFAULT_SETTINGS = {
    "client_id": "1001",
    "api_key": "switchboard-passinfo-key",
    # More accounts, as `client_id=api_key` pairs separated by commas.
    "more_clients": "",
    # SMS credits of every account at start.
    "balance": "1000",
    # Groups every account starts with (names, comma separated); their ids are g1, g2, ...
    "groups": "Clients VIP,Staff",
    # Seconds after a send when a message is `sent`, and when it is final (`delivered` or `failed`).
    "sent_after": "2",
    "final_after": "10",
    # Share of messages that end `failed`, drawn from a generator seeded with `seed` at every reset.
    "failure_rate": "0.1",
    "seed": "0",
    # The facts are silent on sender-name rules: "true" refuses anything but 1 to 11 letters and digits, the
    # alphanumeric sender id of the SMS networks.
    "strict_sender_name": "false",
}

#: Magic contact numbers: number -> outcome of the send (a ``failed`` status, or an answer instead).
MAGIC_NUMBERS = {
    f"{MAGIC_PREFIX}1001": "status_failed",
    f"{MAGIC_PREFIX}0402": "http_402",
    f"{MAGIC_PREFIX}0429": "http_429",
    f"{MAGIC_PREFIX}0503": "http_503",
    f"{MAGIC_PREFIX}0000": "dropped",
}
_NUMBER_OF = {outcome: number for number, outcome in MAGIC_NUMBERS.items()}
#: The send operations and the body field that holds their numbers (None: the group's members).
_SENDS = {"send_message": "contact", "send_message_bulk": "contacts", "send_message_group": None}


def _declared_outcomes() -> tuple[Declared, ...]:
    found = []
    for operation, field_name in _SENDS.items():
        reads = "get_message_status" if operation == "send_message" else "get_message_status_bulk"
        found.append(
            Declared(
                operation,
                "status_failed",
                f"the send is accepted; its messages end failed ({reads} says so)",
                state="failed",
                magic=f"{field_name} {_NUMBER_OF['status_failed']}" if field_name else None,
            )
        )
        if field_name:
            for outcome in ("http_402", "http_429", "http_503", "dropped"):
                found.append(Declared(operation, outcome, "", magic=f"{field_name} {_NUMBER_OF[outcome]}"))
    return tuple(found)


#: The segment counter the clients' rate budgets use too: one count of a text for client and mock.
sms_parts = sms_segments


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _Message:
    id: str
    contact: str
    text: str
    sent_at: float
    fails: bool


@dataclass
class _Account:
    client_id: str
    key: str
    balance: int
    contacts: Resources[dict[str, Any]]
    groups: Resources[dict[str, Any]]
    messages: dict[str, _Message] = field(default_factory=dict)
    batches: dict[str, list[str]] = field(default_factory=dict)


class PassInfoMock(VendorMock):
    """Two static headers (``Api-Key``, ``Client-Id``) per account; renewal revokes the old key at once.

    Sends are charged per SMS part and recipient and refused whole (402) when the balance is short; each message
    goes ``pending`` -> ``sent`` -> ``delivered`` or ``failed`` on the mock clock. Bulk and group sends return a
    ``batch_id`` for the batch status. Contacts are listed in pages, groups are seeded from the settings.
    """

    spec_name = "passinfo"
    outcomes = _declared_outcomes()
    default_settings = DEFAULT_SETTINGS
    client_settings = ("api_key", "client_id")
    #: The renewal by GET is served as the renewal by POST (the clients never send it).
    handlers: ClassVar[dict[str, str]] = {"renew_api_key_via_get": "renew_api_key"}

    def reset_auth(self) -> None:
        pairs = [(self.settings["client_id"], self.settings["api_key"])]
        for item in filter(None, (p.strip() for p in self.settings["more_clients"].split(","))):
            client_id, _, key = item.partition("=")
            pairs.append((client_id.strip(), key.strip()))
        #: client id -> its current key.
        self.keys = dict(pairs)
        #: Every key that worked once and was renewed away: never valid again, never in a response.
        self.revoked: set[str] = set()
        self.renewals = 0
        self._fresh: str | None = None

    def reset_resources(self) -> None:
        balance = int(self.settings["balance"])
        names = [n.strip() for n in self.settings["groups"].split(",") if n.strip()]
        self.accounts: dict[str, _Account] = {}
        for client_id, key in self.keys.items():
            groups: Resources[dict[str, Any]] = Resources(missing=lambda _: self.error(404, "group not found"))
            for number, name in enumerate(names, 1):
                groups.put(f"g{number}", {"id": f"g{number}", "name": name, "members": []})
            contacts: Resources[dict[str, Any]] = Resources(
                lambda: self._next_id("c"), lambda _: self.error(404, "contact not found")
            )
            self.accounts[client_id] = _Account(client_id, key, balance, contacts, groups)
        self._random = random.Random(int(self.settings["seed"]))
        self._ids = 0

    def secrets(self) -> list[str]:
        # The key a renewal has just issued is the one credential a response may carry: its own answer.
        configured = [self.settings["api_key"], *(key for key in self.keys.values())]
        return [key for key in {*configured, *self.revoked} if key != self._fresh]

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"success": False, "status": "error", "message": message})

    def authenticate(self, call: Call) -> Any:
        self._fresh = None
        key, client_id = call.headers.get("api-key"), call.headers.get("client-id")
        if not key or not client_id:
            return self.error(401, "Api-Key and Client-Id headers are required")
        current = self.keys.get(client_id)
        if current is None:
            return self.error(401, "unknown client id")
        if not secrets.compare_digest(key.encode(), current.encode()):
            revoked = key in self.revoked
            return self.error(401, "the API key was renewed and no longer works" if revoked else "invalid API key")
        return self.accounts[client_id]

    # account

    def renew_api_key(self, call: Call) -> Reply:
        account: _Account = call.principal
        new_key = f"pk_{secrets.token_hex(16)}"
        self.revoked.add(account.key)
        account.key = self.keys[account.client_id] = self._fresh = new_key
        self.renewals += 1
        return Reply(200, {"new_api_key": new_key})

    def get_sms_count(self, call: Call) -> Reply:
        account: _Account = call.principal
        return Reply(200, {"solde": account.balance})

    # messages

    def _next_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._ids}"

    def _sender_refused(self, call: Call) -> Reply | None:
        if self.settings["strict_sender_name"].lower() != "true":
            return None
        name = call.body["senderName"]
        if not (1 <= len(name) <= 11 and name.isascii() and name.isalnum()):
            return self.error(400, "senderName must be 1 to 11 letters or digits")
        return None

    def magic_outcome(self, call: Call) -> str | None:
        field_name = _SENDS.get(call.operation.operation_id)
        if field_name is None:
            return None
        numbers = call.body[field_name]
        for number in [numbers] if isinstance(numbers, str) else numbers:
            if number in MAGIC_NUMBERS:
                return MAGIC_NUMBERS[number]
        return None

    def _send(self, account: _Account, numbers: list[str], text: str, outcome: str | None = None) -> list[str] | Reply:
        """Charge and store one message per number; refuse the whole send if the balance is short."""
        cost = sms_parts(text) * len(numbers)
        if cost > account.balance:
            return self.error(402, f"insufficient SMS balance: {cost} needed, {account.balance} left")
        account.balance -= cost
        rate = float(self.settings["failure_rate"])
        ids = []
        for number in numbers:
            fails = self._random.random() < rate or outcome == "status_failed"
            message = _Message(self._next_id("m"), number, text, self.clock(), fails)
            account.messages[message.id] = message
            ids.append(message.id)
        return ids

    def _batch(self, account: _Account, ids: list[str]) -> str:
        batch_id = self._next_id("b")
        account.batches[batch_id] = ids
        return batch_id

    def send_message(self, call: Call) -> Reply:
        refused = self._sender_refused(call)
        sent = refused or self._send(call.principal, [call.body["contact"]], call.body["message"], call.outcome)
        if isinstance(sent, Reply):
            return sent
        return Reply(200, {"status": "success", "message": sent[0], "message_id": sent[0]})

    def send_message_bulk(self, call: Call) -> Reply:
        account: _Account = call.principal
        refused = self._sender_refused(call)
        sent = refused or self._send(account, call.body["contacts"], call.body["message"], call.outcome)
        if isinstance(sent, Reply):
            return sent
        body = {"status": "success", "successful_sends": len(sent), "failed_sends": 0}
        return Reply(200, {**body, "batch_id": self._batch(account, sent)})

    def send_message_group(self, call: Call) -> Reply:
        account: _Account = call.principal
        group = account.groups.require(call.path_params["group_id"])
        numbers = [account.contacts[c]["phone_number"] for c in group["members"]]
        refused = self._sender_refused(call)
        sent = refused or self._send(account, numbers, call.body["message"], call.outcome)
        if isinstance(sent, Reply):
            return sent
        body = {"status": "success", "group_size": len(numbers), "messages_queued": len(sent)}
        return Reply(200, {**body, "batch_id": self._batch(account, sent)})

    def _status(self, message: _Message) -> tuple[str, float]:
        """The status of ``message`` now, and when it took that status."""
        now, sent, final = self.clock(), float(self.settings["sent_after"]), float(self.settings["final_after"])
        if now >= message.sent_at + final:
            return ("failed" if message.fails else "delivered"), message.sent_at + final
        if now >= message.sent_at + sent:
            return "sent", message.sent_at + sent
        return "pending", message.sent_at

    def get_message_status(self, call: Call) -> Reply:
        account: _Account = call.principal
        message = account.messages.get(call.path_params["message_id"])
        if message is None:
            return self.error(404, "message not found")
        status, since = self._status(message)
        body = {"status": status, "message_id": message.id, "timestamp": _iso(since)}
        if status == "failed":
            body["error_message"] = "the recipient's network did not confirm delivery"
        return Reply(200, body)

    def get_message_status_bulk(self, call: Call) -> Reply:
        account: _Account = call.principal
        ids = account.batches.get(call.path_params["batch_id"])
        if ids is None:
            return self.error(404, "batch not found")
        states = [self._status(account.messages[i]) for i in ids]
        delivered = sum(s == "delivered" for s, _ in states)
        failed = sum(s == "failed" for s, _ in states)
        pending = len(states) - delivered - failed
        last = max((since for _, since in states), default=self.clock())
        return Reply(
            200,
            {
                "status": "processing" if pending else "completed",
                "successful": delivered,
                "failed": failed,
                "pending": pending,
                "timestamp": _iso(last),
            },
        )

    # contacts and groups

    def create_contact(self, call: Call) -> Reply:
        account: _Account = call.principal
        account.contacts.create(lambda contact_id: {"id": contact_id, **call.body, "user_ids": []})
        return Reply(200, {"success": True, "message": "Contact created"})

    def get_contacts_list(self, call: Call) -> Reply:
        account: _Account = call.principal
        page, limit = int(call.query_value("page", 1)), int(call.query_value("limit", 10))
        listed = account.contacts.list()
        shown = pages(listed, page, limit)
        return Reply(
            200,
            {
                "contacts": [{k: c[k] for k in ("id", "first_name", "last_name", "phone_number")} for c in shown],
                "total": len(listed),
                "page": page,
                "total_pages": math.ceil(len(listed) / limit),
            },
        )

    def add_users_to_contact(self, call: Call) -> Reply:
        account: _Account = call.principal
        contact = account.contacts.require(call.body["contact_id"])
        contact["user_ids"].extend(u for u in call.body["user_ids"] if u not in contact["user_ids"])
        return Reply(200, {"success": True, "message": "Users added"})

    def get_user_groups(self, call: Call) -> Reply:
        account: _Account = call.principal
        return Reply(200, [{"id": g["id"], "name": g["name"]} for g in account.groups.values()])

    def add_contact_to_group(self, call: Call) -> Reply:
        account: _Account = call.principal
        contact_id = call.body["contact_id"]
        account.contacts.require(contact_id)
        group = account.groups.require(call.body["group_id"])
        if contact_id not in group["members"]:
            group["members"].append(contact_id)
        return Reply(200, {"success": True, "message": "Contact added to group"})
