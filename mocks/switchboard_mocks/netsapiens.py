"""Netsapiens PBX API v2 as a stateful mock: OAuth tokens that expire, message sessions, event subscriptions."""

from __future__ import annotations

import functools
import re
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from ._catalogue import Declared
from ._engine import Call, MockClock, Reply, VendorMock
from ._stores import EXPIRED, Resources, TokenStore, bearer
from ._webhooks import LOOPBACK_HOSTS, WebhookSender, host_allowed, log

#: Credentials the mock accepts unless told otherwise (`switchboard-mock netsapiens --credential KEY=VALUE`).
DEFAULT_SETTINGS = {
    "client_id": "switchboard",
    "client_secret": "switchboard-client-secret",
    "username": "1000@example.com",
    "password": "switchboard-password",
    "token_ttl": "3600",
    "refresh_ttl": "86400",
    # Whether a refresh token can be used twice is unknown: `reusable` (until it expires) or `rotate` (single use,
    # each refresh answers a new one).
    "refresh_reuse": "reusable",
    # `off`: the password grant answers a full token; `required`: it answers a token of scope `mfa_required`, good
    # only for the MFA grant with `mfa_passcode`.
    "mfa": "off",
    "mfa_passcode": "123456",
    # Hosts the mock posts subscription events to, comma-separated; `*` for any (a fuzzed post-url never leaves the
    # machine).
    "webhook_hosts": LOOPBACK_HOSTS,
}
REFRESH_REUSE = ("reusable", "rotate")
MFA_MODES = ("off", "required")
#: Failed posts in a row after which a subscription's status is ``error`` (the vendor's interval is unknown).
ERROR_AFTER = 3
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def posted(response: httpx.Response, payload: Any) -> bool:
    """A subscription post that did not fail: the vendor counts an answer above 302 as a failed post."""
    return response.status_code <= 302


@dataclass
class _Grant:
    user: str
    domain: str
    scope: str = "Basic User"


def _datetime(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S")


class NetsapiensMock(VendorMock):
    """Tokens from ``POST /tokens`` (password, refresh_token and mfa grants; refresh tokens reusable until they expire
    or, with ``refresh_reuse=rotate``, single use), bearer auth with expiry, messages stored in sessions,
    subscriptions with 409 on duplicates and 404 after delete."""

    spec_name = "netsapiens"
    default_settings = DEFAULT_SETTINGS
    client_settings = ("client_id", "client_secret", "username", "password")
    outcomes = (
        Declared(
            "webhook:message",
            "failed",
            "an event post the receiver did not acknowledge (a non-2xx, no answer): not posted again",
            how="answer the subscription's post-url with a non-2xx, or not at all",
        ),
        Declared(
            "webhook:message",
            "subscription_error",
            f"after {ERROR_AFTER} failed posts in a row the subscription's status is error (read_subscription)",
            how=f"fail {ERROR_AFTER} event posts in a row",
        ),
    )

    def __init__(self, clock: MockClock, settings: Mapping[str, str] | None = None) -> None:
        super().__init__(clock, settings)
        for name, allowed in (("refresh_reuse", REFRESH_REUSE), ("mfa", MFA_MODES)):
            if self.settings[name] not in allowed:
                raise ValueError(f"setting {name} must be one of {', '.join(allowed)}")

    def reset_auth(self) -> None:
        self.access_tokens: TokenStore[_Grant] = TokenStore(self.clock)
        self.refresh_tokens: TokenStore[_Grant] = TokenStore(self.clock)

    def reset_resources(self) -> None:
        self.sessions: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.subscriptions: Resources[dict[str, Any]] = Resources(
            lambda: uuid.uuid4().hex, lambda _: self.error(404, "subscription not found")
        )
        #: Failed posts in a row, by subscription id.
        self._failures: dict[str, int] = {}
        sender: WebhookSender | None = self.__dict__.get("_sender")
        if sender is not None:
            sender.clear()

    def secrets(self) -> list[str]:
        return [self.settings["client_secret"], self.settings["password"]]

    # auth

    def _issue(self, user: str, domain: str, *, refresh: str | None = None, scope: str = "Basic User") -> Reply:
        """A new access token; a new refresh token too unless ``refresh`` (a reusable one) is given again."""
        ttl = int(float(self.settings["token_ttl"]))
        access = self.access_tokens.issue(_Grant(user, domain, scope), ttl)
        if refresh is None and scope != "mfa_required":
            refresh = self.refresh_tokens.issue(_Grant(user, domain, scope), float(self.settings["refresh_ttl"]))
        login = f"{user}@{domain}"
        token = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": ttl,
            "client_id": self.settings["client_id"],
            "username": login,
            "user": user,
            "domain": domain,
            "uid": login,
            "scope": scope,
            "apiversion": "Version: 44.1.2",
        }
        if refresh is not None:
            token["refresh_token"] = refresh
        return Reply(200, token)

    def create_token(self, call: Call) -> Reply:
        body = call.body
        s = self.settings
        if body["client_id"] != s["client_id"] or body["client_secret"] != s["client_secret"]:
            return self.error(401, "invalid client credentials")
        if body["grant_type"] == "password":
            if body["username"] != s["username"] or body["password"] != s["password"]:
                return self.error(401, "invalid username or password")
            user, _, domain = s["username"].partition("@")
            scope = "mfa_required" if s["mfa"] == "required" else "Basic User"
            return self._issue(user, domain or "example.com", scope=scope)
        if body["grant_type"] == "mfa":
            pending = self.access_tokens.get(body["access_token"])
            if pending is None or pending.scope != "mfa_required":
                return self.error(401, "invalid or expired mfa_required token")
            if not secrets.compare_digest(body["passcode"], s["mfa_passcode"]):
                return self.error(401, "invalid passcode")
            self.access_tokens.revoke(body["access_token"])
            return self._issue(pending.user, pending.domain)
        rotate = s["refresh_reuse"] == "rotate"
        refresh = body["refresh_token"]
        grant = self.refresh_tokens.take(refresh) if rotate else self.refresh_tokens.get(refresh)
        if grant is None:
            return self.error(401, "invalid or expired refresh token")
        return self._issue(grant.user, grant.domain, refresh=None if rotate else refresh)

    def authenticate(self, call: Call) -> Any:
        token = bearer(call.headers.get("authorization"))
        if token is None:
            return self.error(401, "missing bearer token")
        found = self.access_tokens.check(token)
        if isinstance(found, str):
            return self.error(401, "access token expired" if found == EXPIRED else "invalid access token")
        if found.grant.scope == "mfa_required":
            return self.error(401, "multi-factor authentication required (grant_type mfa)")
        return found

    # messages

    @staticmethod
    def _scope(call: Call) -> tuple[str, str]:
        grant: _Grant = call.principal.grant
        domain = call.path_params["domain"]
        user = call.path_params.get("user", "~")
        return (grant.domain if domain == "~" else domain), (grant.user if user == "~" else user)

    def _store(self, call: Call, session_id: str) -> Reply:
        domain, user = self._scope(call)
        body = call.body
        destination = body["destination"]
        remote = ",".join(destination) if isinstance(destination, list) else destination
        now = _datetime(self.clock())
        session = self.sessions.setdefault(
            session_id,
            {
                "user": user,
                "domain": domain,
                "messagesession-id": session_id,
                "messagesession-remote": remote,
                "messagesession-start-datetime": now,
                "messagesession-type": body["type"],
            },
        )
        if (session["domain"], session["user"]) != (domain, user):
            return self.error(404, "message session not found")
        session.update(
            {
                "messagesession-last-message": body["message"],
                "messagesession-last-datetime": now,
                "messagesession-last-sender": user,
                "messagesession-last-type": body["type"],
                "messagesession-last-status": "read",
            }
        )
        is_number = body["type"] in ("sms", "mms")
        message: dict[str, Any] = {
            "id": uuid.uuid4().hex,
            "timestamp": now,
            "type": body["type"],
            "domain": domain,
            "direction": "term",
            "from-user-id": user,
            "text": body["message"],
            "status": "sending",
            "messagesession-id": session_id,
        }
        if body.get("from-number") is not None:
            message["from-number"] = body["from-number"]
        message["terminating-number" if is_number else "terminating-user-id"] = remote
        if body.get("mime-type") is not None:
            message["media-type"] = body["mime-type"]
        self.messages.setdefault(session_id, []).append(message)
        self._publish("message", domain, user, message)
        self._publish("messagesession", domain, user, session)
        return Reply(202, {"code": 202, "message": "Accepted"})

    def send_message_new_session(self, call: Call) -> Reply:
        # The official description answers this send with 200 (its body says 202); the SDK accepts only 200.
        reply = self._store(call, secrets.token_hex(16))
        if reply.status == 202:
            reply.status = 200
        return reply

    def send_message_in_session(self, call: Call) -> Reply:
        # The client picks session ids: a new one starts a session.
        return self._store(call, call.path_params["messagesession"])

    @staticmethod
    def _limit(call: Call) -> int:
        return int(call.query_value("limit", 100))

    def list_domain_message_sessions(self, call: Call) -> Reply:
        domain, _ = self._scope(call)
        found = [s for s in self.sessions.values() if s["domain"] == domain]
        return Reply(200, found[: self._limit(call)])

    def list_user_message_sessions(self, call: Call) -> Reply:
        domain, user = self._scope(call)
        found = [s for s in self.sessions.values() if (s["domain"], s["user"]) == (domain, user)]
        return Reply(200, found[: self._limit(call)])

    def list_session_messages(self, call: Call) -> Reply:
        domain, user = self._scope(call)
        session = self.sessions.get(call.path_params["messagesession"])
        if session is None or (session["domain"], session["user"]) != (domain, user):
            return self.error(404, "message session not found")
        return Reply(200, self.messages[session["messagesession-id"]][: self._limit(call)])

    # subscription event posts

    @property
    def webhooks(self) -> WebhookSender:
        """What posts subscription events: once per event and subscription, no retry (the vendor's is unknown)."""
        sender: WebhookSender | None = self.__dict__.get("_sender")
        if sender is None:
            # ``record`` is looked up per post: the server wires it after the mock is built.
            sender = self._sender = WebhookSender(self.clock, lambda entry: self.record(entry), retry_delays=())
        return sender

    def _publish(self, model: str, domain: str, user: str, event: dict[str, Any]) -> None:
        """Post ``event`` to every live subscription of ``model`` whose scope covers ``domain`` and ``user``."""
        now = _datetime(self.clock())
        for subscription in list(self.subscriptions.values()):
            expires = str(subscription.get("subscription-expires-datetime") or "")
            if (
                subscription["model"] != model
                or subscription["domain"] not in ("*", domain)
                or subscription["user"] not in ("*", user)
                or (_DATETIME.match(expires) and expires <= now)
            ):
                continue
            url = subscription["post-url"]
            if not host_allowed(url, self.settings["webhook_hosts"]):
                if not self.__dict__.get("_warned"):  # once: a fuzzer sends many
                    self._warned = True
                    log.warning("netsapiens mock: no event posted to a host outside the webhook_hosts setting")
                continue
            self.webhooks.send(
                model,
                url,
                [dict(event)],
                event_ids=[str(event.get("id") or event["messagesession-id"])],
                acknowledged=posted,
                headers={"X-Correlation-ID": subscription["id"]},
                on_result=functools.partial(self._count_post, subscription),
            )

    def _count_post(self, subscription: dict[str, Any], ok: bool) -> None:
        """The subscription's counters after a post; ``error`` after :data:`ERROR_AFTER` failures in a row."""
        subscription["posts-count"] = int(subscription.get("posts-count") or 0) + 1
        failed = 0 if ok else self._failures.get(subscription["id"], 0) + 1
        self._failures[subscription["id"]] = failed
        if not ok:
            subscription["error-count"] = int(subscription.get("error-count") or 0) + 1
        subscription["status"] = "error" if failed >= ERROR_AFTER else "active"

    # subscriptions

    def create_subscription(self, call: Call) -> Reply:
        body = call.body
        key = (body["model"], body["post-url"], body.get("domain", "*"), body.get("user", "*"))
        for existing in self.subscriptions.values():
            if (existing["model"], existing["post-url"], existing["domain"], existing["user"]) == key:
                return Reply(409, {"code": 409, "message": "matching set of parameters already exists"})
        return Reply(200, self.subscriptions.create(lambda subscription_id: self._subscription(subscription_id, call)))

    def _subscription(self, subscription_id: str, call: Call) -> dict[str, Any]:
        body = call.body
        subscription = {
            "id": subscription_id,
            "model": body["model"],
            "post-url": body["post-url"],
            "subscription-geo-support": body.get("subscription-geo-support", "yes"),
            "user-scope": "Basic User",
            "reseller": body.get("reseller", "*"),
            "domain": body.get("domain", "*"),
            "user": body.get("user", "*"),
            "status": "active",
            "error-count": 0,
            "posts-count": 0,
            "subscription-creation-datetime": _datetime(self.clock()),
            "subscription-expires-datetime": body.get("subscription-expires-datetime")
            or _datetime(call.principal.expires_at),
        }
        if body.get("preferred-server"):
            subscription["preferred-server"] = body["preferred-server"]
        return subscription

    def list_subscriptions(self, call: Call) -> Reply:
        return Reply(200, self.subscriptions.list())

    def read_subscription(self, call: Call) -> Reply:
        return Reply(200, self.subscriptions.require(call.path_params["id"]))

    def update_subscription(self, call: Call) -> Reply:
        self.subscriptions.require(call.path_params["id"]).update(call.body)
        return Reply(202, {"code": 202, "message": "Accepted"})

    def delete_subscription(self, call: Call) -> Reply:
        self.subscriptions.remove(call.path_params["id"])
        return Reply(202, {"code": 202, "message": "Accepted"})
