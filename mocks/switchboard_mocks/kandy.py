"""Kandy REST API v1.2 as a stateful mock: account, domains, users and devices, tokens at three levels.

Every answer is the ``{status, message, result}`` envelope. Errors carry the codes of ``specs/kandy.yaml``
(Decisions 20 and 21) with the HTTP status the spec declares for strict servers, or with HTTP 200 when the setting
``errors_in_http_200`` is ``yes`` (the other reading of the vendor doc).

The mock starts with one domain (``domain_api_key``/``domain_api_secret`` of the settings) holding two users,
``user_id`` (with the device ``device_id``) and ``peer_user_id``, who are both members of the chat group
``group_id``: Kandy's API has no way to create groups, so a group can only be given.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._catalogue import MAGIC_PREFIX, Declared
from ._engine import Call, Reply, VendorMock
from ._stores import Refused, Resources, TokenStore

#: Credentials and seeded names the mock uses unless told otherwise (`switchboard-mock kandy --credential KEY=VALUE`).
DEFAULT_SETTINGS = {
    "account_api_key": "7a3f1c2e9b8d4f6a8c1e3b5d7f9a2c4e",
    "account_api_secret": "switchboard-account-secret",
    "domain_name": "switchboard.example",
    "domain_api_key": "3c5e7a9b1d2f4e6a8b0c2d4e6f8a0b1c",
    "domain_api_secret": "switchboard-domain-secret",
    "user_id": "alice",
    "user_password": "switchboard-user-password",
    "peer_user_id": "bob",
    "group_id": "834f42eb5a1144a3b679f2d0be20112c",
    # A device of `user_id` that exists from the start (the spec's example ID, so that examples meet real state).
    "device_id": "4d405f6dfd9842a981a90daaf0da08fa",
    # Token lifetimes are unknown: 0 keeps tokens until they are revoked; a number of seconds makes them expire.
    "token_ttl": "0",
    # "yes": errors come as HTTP 200 with a non-zero status, as the vendor doc describes the envelope.
    "errors_in_http_200": "no",
    # "yes": the strict reading where the facts are silent (duplicate domain names refused, SMS numbers must be
    # phone numbers).
    "strict": "no",
}
#: At most this many message UUIDs per delete_handled_messages (kandy.js batches 10).
MAX_HANDLED = 10
_SMS_NUMBER_CHARS = set("+0123456789")
#: HTTP statuses that ``errors_in_http_200`` turns into HTTP 200 (those the vendor's own answers could carry).
_ENVELOPE_STATUSES = {400, 401, 403, 404, 409}


#: Magic SMS destinations: number -> outcome of the send.
MAGIC_NUMBERS = {
    f"+{MAGIC_PREFIX}0429": "http_429",
    f"+{MAGIC_PREFIX}0503": "http_503",
    f"+{MAGIC_PREFIX}0000": "dropped",
}
_GROUP_CODES = (
    ("code_700", 404, "700", "group not found"),
    ("code_702", 403, "702", "requesting user not in group"),
)


def _declared_outcomes() -> tuple[Declared, ...]:
    found = [
        # 702 is an answer about the group, not a refused credential: the client raises KandyError itself.
        Declared(
            operation,
            outcome,
            f"status {code}: {text}",
            status=status,
            code=code,
            raises="switchboard.kandy.KandyError" if code == "702" else None,
        )
        for operation in ("get_group_by_id", "send_group_message")
        for outcome, status, code, text in _GROUP_CODES
    ]
    found.append(
        Declared("send_group_message", "code_710", "status 710: message in an invalid format", status=400, code="710")
    )
    for number, outcome in MAGIC_NUMBERS.items():
        found.append(Declared("send_sms", outcome, "", magic=f"destination {number}"))
    return tuple(found)


@dataclass
class _Device:
    device_id: str
    details: dict[str, Any]
    contacts: list[dict[str, str]]
    pending: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _User:
    user_id: str
    domain: _Domain
    api_key: str
    api_secret: str
    password: str
    profile: dict[str, str]
    devices: dict[str, _Device] = field(default_factory=dict)
    #: Messages that arrived while the user had no device: handed to the next device created.
    undelivered: list[dict[str, Any]] = field(default_factory=list)

    @property
    def full_user_id(self) -> str:
        return f"{self.user_id}@{self.domain.name}"


@dataclass
class _Domain:
    api_key: str
    api_secret: str
    name: str
    project_name: str
    users: dict[str, _User] = field(default_factory=dict)


@dataclass
class _Group:
    group_id: str
    name: str
    domain: _Domain
    members: list[str]
    created_ms: int


@dataclass(frozen=True)
class _Token:
    level: str
    domain_key: str | None
    user_id: str | None


@dataclass(frozen=True)
class Principal:
    """Who a request authenticated as: the account, a domain, or a user of a domain."""

    level: str
    domain: _Domain | None = None
    user: _User | None = None


def _hex() -> str:
    return uuid.uuid4().hex


class KandyMock(VendorMock):
    """Tokens per level from the token endpoints, revocable and (with ``token_ttl``) expiring; domains, users,
    devices with pending messages, SMS, a seeded chat group and address books."""

    spec_name = "kandy"
    outcomes = _declared_outcomes()
    default_settings = DEFAULT_SETTINGS
    client_settings = ("account_api_key", "account_api_secret", "domain_api_key", "domain_api_secret", "user_id")

    def reset_auth(self) -> None:
        self.tokens: TokenStore[_Token] = TokenStore(self.clock)

    def reset_resources(self) -> None:
        s = self.settings
        self.domains: Resources[_Domain] = Resources(missing=lambda _: self._fail(404, 404, "domain not found"))
        self.groups: dict[str, _Group] = {}
        self.sms_sent: list[dict[str, Any]] = []
        seeded = _Domain(s["domain_api_key"], s["domain_api_secret"], s["domain_name"], "seeded by the mock")
        self.domains.put(seeded.api_key, seeded)
        alice = self._add_user(seeded, s["user_id"], {"user_first_name": "Alice"}, password=s["user_password"])
        self._add_user(seeded, s["peer_user_id"], {"user_first_name": "Bob"}, password=None)
        device = _Device(s["device_id"], {"device_name": "seeded"}, self._seed_contacts(alice))
        alice.devices[device.device_id] = device
        self.groups[s["group_id"]] = _Group(
            s["group_id"], "switchboard", seeded, [s["user_id"], s["peer_user_id"]], int(self.clock() * 1000)
        )

    def secrets(self) -> list[str]:
        # Domain and user API secrets are data of this API (get_domains and create_user return them); the account
        # secret and the seeded user's password are never answered.
        return [self.settings["account_api_secret"], self.settings["user_password"]]

    def outcome_reply(self, outcome: Any) -> Reply:
        if outcome.code is not None:
            return self._fail(outcome.status, int(outcome.code), outcome.description.partition(": ")[2])
        return super().outcome_reply(outcome)

    def magic_outcome(self, call: Call) -> str | None:
        if call.operation.operation_id != "send_sms":
            return None
        return MAGIC_NUMBERS.get(call.body["message"]["destination"])

    # envelope

    def _fail(self, http_status: int, code: int, message: str) -> Reply:
        if self.settings["errors_in_http_200"] == "yes" and http_status in _ENVELOPE_STATUSES:
            http_status = 200
        outcome = f"code_{code}" if code in (700, 702, 710) else None
        return Reply(http_status, {"status": code, "message": message}, outcome=outcome)

    def error(self, status: int, message: str) -> Reply:
        """The envelope for the engine's own refusals: 3 for a bad request (710 for a bad chat message body),
        1 for a server failure, otherwise the HTTP status as the code (Decisions 21)."""
        if status == 400:
            code = 710 if message.startswith("body field 'message") else 3
            return self._fail(400, code, message)
        return Reply(status, {"status": 1 if status >= 500 else status, "message": message})

    @staticmethod
    def _ok(result: Any = None, message: str = "success") -> Reply:
        body: dict[str, Any] = {"status": 0, "message": message}
        if result is not None:
            body["result"] = result
        return Reply(200, body)

    def _refused(self, what: str = "invalid or expired key") -> Reply:
        return self._fail(401, 401, what)

    # auth

    def _issue(self, level: str, prefix: str, domain: _Domain | None = None, user: _User | None = None) -> str:
        ttl = float(self.settings["token_ttl"])
        grant = _Token(level, domain.api_key if domain else None, user.user_id if user else None)
        return self.tokens.issue(grant, ttl if ttl > 0 else None, token=f"{prefix}{secrets.token_hex(16)}")

    def _resolve(self, token: _Token) -> Principal | None:
        """The principal a token stands for, or None when its domain or user is gone."""
        if token.domain_key is None:
            return Principal(token.level)
        domain = self.domains.get(token.domain_key)
        if domain is None:
            return None
        if token.user_id is None:
            return Principal(token.level, domain)
        user = domain.users.get(token.user_id)
        return Principal(token.level, domain, user) if user is not None else None

    def authenticate(self, call: Call) -> Any:
        definition = call.operation.definition
        level, kind = definition["x-credential-level"], definition["x-key"]
        key = call.query_value("key")
        if not key:
            return self._refused("missing key")
        if kind == "api-key":
            if level == "account" and secrets.compare_digest(key, self.settings["account_api_key"]):
                return Principal("account")
            if level == "domain" and key in self.domains:
                return Principal("domain", self.domains[key])
            if level == "user":
                for domain in self.domains.values():
                    for user in domain.users.values():
                        if secrets.compare_digest(key, user.api_key):
                            return Principal("user", domain, user)
            return self._refused()
        found = self.tokens.find(key)
        if found is None or found.grant.level != level:
            return self._refused()
        if found.expired(self.clock()):
            return self._refused("access token expired")
        principal = self._resolve(found.grant)
        return principal if principal is not None else self._refused()

    @staticmethod
    def _secret_matches(call: Call, name: str, expected: str) -> bool:
        given = call.query_value(name)
        return isinstance(given, str) and secrets.compare_digest(given.encode(), expected.encode())

    # account

    def get_account_access_token(self, call: Call) -> Reply:
        if not self._secret_matches(call, "account_api_secret", self.settings["account_api_secret"]):
            return self._refused("invalid account API key or secret")
        return self._ok({"account_access_token": self._issue("account", "AAT")})

    def delete_account_access_token(self, call: Call) -> Reply:
        if not self._secret_matches(call, "account_api_secret", self.settings["account_api_secret"]):
            return self._refused("invalid account API key or secret")
        return self._revoke(call.query_value("account_access_token"), "account", None)

    def _revoke(self, token: str, level: str, domain: _Domain | None) -> Reply:
        found = self._token(token, level, domain)
        if found is None:
            return self._fail(404, 404, "access token not found")
        self.tokens.revoke(token)
        return self._ok()

    def _token(self, token: str | None, level: str, domain: _Domain | None = None) -> _Token | None:
        """The grant of ``token`` (expired or not) if it is of ``level`` (and of ``domain``)."""
        found = self.tokens.find(token)
        grant = found.grant if found is not None else None
        if grant is None or grant.level != level or (domain is not None and grant.domain_key != domain.api_key):
            return None
        return grant

    def create_domain(self, call: Call) -> Reply:
        name = call.body["domain_name"]
        if self.settings["strict"] == "yes" and any(d.name == name for d in self.domains.values()):
            return self._fail(409, 409, "a domain of that name already exists")
        domain = _Domain(_hex(), secrets.token_hex(16), name, call.body.get("project_name") or name)
        self.domains.put(domain.api_key, domain)
        result = {
            "domain_name": domain.name,
            "project_name": domain.project_name,
            "domain_api_key": domain.api_key,
            "domain_api_secret": domain.api_secret,
        }
        return self._ok(result)

    def delete_domain(self, call: Call) -> Reply:
        domain = self.domains.remove(call.query_value("domain_api_key"))
        self.groups = {k: g for k, g in self.groups.items() if g.domain is not domain}
        return self._ok(message="Domain Deleted")

    def _domain_record(self, domain: _Domain) -> dict[str, str]:
        renewal = datetime.fromtimestamp(self.clock(), UTC) + timedelta(days=30)
        return {
            "domain_api_key": domain.api_key,
            "domain_api_secret": domain.api_secret,
            "domain_name": domain.name,
            "project_name": domain.project_name,
            "account_number": "00000001",
            "account_email": "owner@switchboard.example",
            "number_of_users": str(len(domain.users)),
            "next_recurring_payment": renewal.strftime("%Y-%m-%d"),
        }

    def get_domains(self, call: Call) -> Reply:
        return self._ok({"domains": [self._domain_record(d) for d in self.domains.values()]})

    # domain

    def get_domain_access_token(self, call: Call) -> Reply:
        principal: Principal = call.principal
        assert principal.domain is not None
        if not self._secret_matches(call, "domain_api_secret", principal.domain.api_secret):
            return self._refused("invalid domain API key or secret")
        return self._ok({"domain_access_token": self._issue("domain", "DAT", principal.domain)})

    def delete_domain_access_token(self, call: Call) -> Reply:
        principal: Principal = call.principal
        assert principal.domain is not None
        if not self._secret_matches(call, "domain_api_secret", principal.domain.api_secret):
            return self._refused("invalid domain API key or secret")
        return self._revoke(call.query_value("domain_access_token"), "domain", principal.domain)

    def get_limited_domain_detail(self, call: Call) -> Reply:
        principal: Principal = call.principal
        domain = principal.domain
        assert domain is not None
        if not self._secret_matches(call, "domain_api_secret", domain.api_secret):
            return self._refused("invalid domain API key or secret")
        if self._token(call.query_value("domain_access_token"), "domain", domain) is None:
            return self._fail(404, 404, "access token not found")
        return self._ok({"domain": self._domain_record(domain)})

    def _add_user(self, domain: _Domain, user_id: str, profile: dict[str, str], password: str | None) -> _User:
        user = _User(user_id, domain, _hex(), secrets.token_hex(16), password or secrets.token_urlsafe(12), profile)
        domain.users[user_id] = user
        return user

    def _create_user(self, call: Call, user_id: str, profile: dict[str, str]) -> Reply:
        principal: Principal = call.principal
        domain = principal.domain
        assert domain is not None
        if user_id in domain.users:
            return self._fail(409, 409, "user already exists")
        password = call.body.get("user_password")
        user = self._add_user(domain, user_id, profile, password)
        result = {
            "user_id": user.user_id,
            "full_user_id": user.full_user_id,
            "domain_name": domain.name,
            "user_api_key": user.api_key,
            "user_api_secret": user.api_secret,
        }
        if password is None:  # a password the server made up is told once, as Kandy's answer observed
            result["user_password"] = user.password
        return self._ok(result)

    def create_user_by_phone_number(self, call: Call) -> Reply:
        body = call.body
        profile = {"user_phone_number": body["user_phone_number"], "user_country_code": body["user_country_code"]}
        return self._create_user(call, body["user_phone_number"], profile)

    def create_user_by_user_id(self, call: Call) -> Reply:
        body = dict(call.body)
        profile = {k: v for k, v in body.items() if k not in ("user_id", "user_password")}
        return self._create_user(call, body["user_id"], profile)

    def delete_user(self, call: Call) -> Reply:
        principal: Principal = call.principal
        assert principal.domain is not None
        assert principal.user is not None
        del principal.domain.users[principal.user.user_id]
        for group in self.groups.values():
            if group.domain is principal.domain and principal.user.user_id in group.members:
                group.members.remove(principal.user.user_id)
        return self._ok(message="User Deleted")

    @staticmethod
    def _user_record(user: _User) -> dict[str, str]:
        return {
            "user_id": user.user_id,
            "domain_name": user.domain.name,
            "user_api_key": user.api_key,
            "user_api_secret": user.api_secret,
            **user.profile,
        }

    def get_users(self, call: Call) -> Reply:
        principal: Principal = call.principal
        assert principal.domain is not None
        return self._ok({"users": [self._user_record(u) for u in principal.domain.users.values()]})

    def get_user_details(self, call: Call) -> Reply:
        principal: Principal = call.principal
        token = self._token(call.query_value("user_access_token"), "user")
        owner = self._resolve(token) if token is not None else None
        if owner is None or owner.user is None or owner.domain is not principal.domain:
            return self._fail(404, 701, "user not found")
        return self._ok({"users": [self._user_record(owner.user)]})

    def get_user_access_token(self, call: Call) -> Reply:
        principal: Principal = call.principal
        domain = principal.domain
        assert domain is not None
        user_id: str = call.query_value("user_id")
        # kandy.js may name the user in full (user@domain); the SDK sends the bare user ID.
        if user_id.endswith(f"@{domain.name}"):
            user_id = user_id.removesuffix(f"@{domain.name}")
        user = domain.users.get(user_id)
        if call.query_value("domain_api_secret") is not None:
            allowed = self._secret_matches(call, "domain_api_secret", domain.api_secret)
        elif call.query_value("user_password") is not None:
            allowed = user is not None and self._secret_matches(call, "user_password", user.password)
        else:
            return self._refused("domain_api_secret or user_password is needed")
        if not allowed:
            return self._refused("invalid domain API secret or user password")
        if user is None:
            return self._fail(404, 701, "user not found")
        return self._ok({"user_access_token": self._issue("user", "UAT", domain, user)})

    # user

    def _user(self, call: Call) -> _User:
        principal: Principal = call.principal
        assert principal.user is not None
        return principal.user

    def create_device(self, call: Call) -> Reply:
        user = self._user(call)
        device = _Device(_hex(), dict(call.body or {}), self._seed_contacts(user))
        device.pending, user.undelivered = user.undelivered, []
        user.devices[device.device_id] = device
        return self._ok({"device_id": device.device_id})

    @staticmethod
    def _seed_contacts(user: _User) -> list[dict[str, str]]:
        """A new device's address book: the other users of the domain, as a phone would have synced them."""
        return [
            {
                "number": other.profile.get("user_phone_number", ""),
                "contactId": other.user_id,
                "deviceId": "",
                "firstName": other.profile.get("user_first_name", other.user_id),
                "lastName": other.profile.get("user_last_name", ""),
                "hintType": "kandy",
            }
            for other in user.domain.users.values()
            if other is not user
        ][:20]

    def _device(self, call: Call) -> _Device:
        device = self._user(call).devices.get(call.query_value("device_id"))
        if device is None:
            raise Refused(self._fail(404, 404, "device not found"))
        return device

    def delete_device(self, call: Call) -> Reply:
        user = self._user(call)
        if user.devices.pop(call.query_value("device_id"), None) is None:
            return self._fail(404, 404, "device not found")
        return self._ok(message="Device Deleted")

    def get_devices(self, call: Call) -> Reply:
        devices = [{"device_id": d.device_id, **d.details} for d in self._user(call).devices.values()]
        return self._ok({"devices": devices})

    # groups

    def _group(self, call: Call, group_id: str) -> _Group:
        user = self._user(call)
        group = self.groups.get(group_id)
        if group is None or group.domain is not user.domain:
            raise Refused(self._fail(404, 700, "group not found"))
        if user.user_id not in group.members:
            raise Refused(self._fail(403, 702, "requesting user not in group"))
        return group

    def get_group_by_id(self, call: Call) -> Reply:
        group = self._group(call, call.query_value("group_id"))
        members = [{"full_user_id": f"{m}@{group.domain.name}", "muted": False} for m in group.members]
        result = {
            "group_id": group.group_id,
            "group_name": group.name,
            "group_image": {},
            "max_members": "50",
            "owners": members[:1],
            "members": members,
            "creation_time": group.created_ms,
            "muted": False,
        }
        return self._ok(result)

    def send_group_message(self, call: Call) -> Reply:
        message = call.body["message"]
        group = self._group(call, message["group_id"])
        sender = self._user(call)
        item = self._chat_item(sender, message)
        item.update(messageType="groupChat", group_id=group.group_id)
        for member in group.members:
            if member != sender.user_id:
                self._deliver(group.domain.users[member], item)
        return self._ok()

    # devices

    def get_device_address_book(self, call: Call) -> Reply:
        device = self._device(call)
        return self._ok({"contacts": list(device.contacts)})

    def delete_device_address_book(self, call: Call) -> Reply:
        device = self._device(call)
        device.contacts = []
        return self._ok()

    def _chat_item(self, sender: _User, message: dict[str, Any]) -> dict[str, Any]:
        given = message["UUID"]
        is_hex = len(given) == 32 and all(c in "0123456789abcdefABCDEF" for c in given)
        content = {k: v for k, v in message["message"].items() if k in ("mimeType", "text")}
        who = {"user_id": sender.user_id, "domain_name": sender.domain.name, "full_user_id": sender.full_user_id}
        return {
            "messageType": "chat",
            "sender": who,
            "UUID": given if is_hex else _hex(),
            "timestamp": str(int(self.clock())),
            "message": content,
        }

    @staticmethod
    def _deliver(user: _User, item: dict[str, Any]) -> None:
        targets = [d.pending for d in user.devices.values()] or [user.undelivered]
        for pending in targets:
            pending.append(dict(item))

    def _find_user(self, full_user_id: str) -> _User | None:
        user_id, _, domain_name = full_user_id.rpartition("@")
        for domain in self.domains.values():
            if domain.name == domain_name and user_id in domain.users:
                return domain.users[user_id]
        return None

    def send_device_message(self, call: Call) -> Reply:
        device = self._device(call)
        message = call.body["message"]
        recipient = self._find_user(message["destination"])
        if recipient is None:
            return self._fail(404, 701, "user not found")
        item = self._chat_item(self._user(call), message)
        item["sender_device"] = device.device_id
        self._deliver(recipient, item)
        return self._ok()

    def send_sms(self, call: Call) -> Reply:
        device = self._device(call)
        sms = call.body["message"]
        if self.settings["strict"] == "yes" and not all(
            set(sms[k]) <= _SMS_NUMBER_CHARS and 6 <= len(sms[k].lstrip("+")) <= 15 for k in ("source", "destination")
        ):
            return self._fail(400, 3, "source and destination must be phone numbers")
        self.sms_sent.append({"device_id": device.device_id, **sms, "timestamp": str(int(self.clock()))})
        return self._ok()

    def get_pending_messages(self, call: Call) -> Reply:
        device = self._device(call)
        messages = [{k: v for k, v in m.items() if k != "sender_device"} for m in device.pending]
        return self._ok({"messages": messages})

    def delete_handled_messages(self, call: Call) -> Reply:
        device = self._device(call)
        handled = {str(u).lower() for u in json.loads(call.query_value("messages"))[:MAX_HANDLED]}
        kept = []
        for item in device.pending:
            if item["UUID"].lower() not in handled:
                kept.append(item)
            elif item["messageType"] == "chat":
                self._acknowledge(item)
        device.pending = kept
        return self._ok()

    def _acknowledge(self, item: dict[str, Any]) -> None:
        """Tell the sender's device that its chat message was handled (a ``chatRemoteAck``)."""
        sender = self._find_user(item["sender"]["full_user_id"])
        device = sender.devices.get(item.get("sender_device", "")) if sender is not None else None
        if device is not None:
            ack = {"messageType": "chatRemoteAck", "timestamp": str(int(self.clock())), "UUID": item["UUID"]}
            device.pending.append(ack)
