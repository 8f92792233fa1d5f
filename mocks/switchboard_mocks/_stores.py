"""The state every vendor mock keeps the same way: issued credentials that expire on the mock clock, and resources
stored by id with listing and paging."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

G = TypeVar("G")
R = TypeVar("R")

#: Why :meth:`TokenStore.check` refused a token.
INVALID, EXPIRED = "invalid", "expired"


@dataclass
class Issued(Generic[G]):
    """One issued credential: what it grants and when it stops working (None: never)."""

    token: str
    grant: G
    expires_at: float | None

    def expired(self, now: float) -> bool:
        return self.expires_at is not None and self.expires_at <= now


class TokenStore(Generic[G]):
    """Credentials a mock issued, each with what it grants and an expiry on the mock clock.

    ``make_token`` makes the text of a new credential (40 hex digits unless told otherwise); :attr:`issued` counts
    every credential issued since the last :meth:`clear`, which is what tests count token requests by.
    """

    def __init__(self, clock: Callable[[], float], make_token: Callable[[], str] | None = None) -> None:
        self._clock = clock
        self._make_token = make_token or (lambda: secrets.token_hex(20))
        self._tokens: dict[str, Issued[G]] = {}
        self.issued = 0

    def issue(
        self, grant: G, ttl: float | None = None, *, token: str | None = None, expires_at: float | None = None
    ) -> str:
        """A new credential for ``grant``, valid ``ttl`` seconds (or until ``expires_at``; forever when neither)."""
        token = self._make_token() if token is None else token
        if expires_at is None and ttl is not None:
            expires_at = self._clock() + ttl
        self._tokens[token] = Issued(token, grant, expires_at)
        self.issued += 1
        return token

    def check(self, token: str | None) -> Issued[G] | str:
        """The credential ``token`` is, or why it does not work: :data:`INVALID` or :data:`EXPIRED`."""
        found = self._tokens.get(token) if token else None
        if found is None:
            return INVALID
        return EXPIRED if found.expired(self._clock()) else found

    def find(self, token: str | None) -> Issued[G] | None:
        """The credential ``token`` is, expired or not; None when it was never issued (or was revoked)."""
        return self._tokens.get(token) if token else None

    def get(self, token: str | None) -> G | None:
        """What a working ``token`` grants, else None."""
        found = self.check(token)
        return None if isinstance(found, str) else found.grant

    def take(self, token: str | None) -> G | None:
        """What a working single-use ``token`` grants, revoking it; None (and gone) when it does not work."""
        found = self.check(token)
        if token:
            self._tokens.pop(token, None)
        return None if isinstance(found, str) else found.grant

    def revoke(self, token: str | None) -> G | None:
        """Forget ``token``; what it granted (expired or not), or None when it was never issued."""
        found = self._tokens.pop(token, None) if token else None
        return None if found is None else found.grant

    def revoke_where(self, keep: Callable[[G], bool]) -> None:
        """Forget every credential whose grant ``keep`` says no to."""
        self._tokens = {t: i for t, i in self._tokens.items() if keep(i.grant)}

    def clear(self) -> None:
        """Forget every credential; the count of issued ones starts again."""
        self._tokens.clear()
        self.issued = 0

    def __contains__(self, token: object) -> bool:
        return token in self._tokens

    def __len__(self) -> int:
        return len(self._tokens)


def bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header value, else None."""
    scheme, _, token = (authorization or "").partition(" ")
    return token or None if scheme.lower() == "bearer" else None


class Refused(Exception):
    """Raised by a handler (or a store it calls) to answer ``reply`` at once: a refusal found deep in a helper."""

    def __init__(self, reply: Any) -> None:
        super().__init__(getattr(reply, "status", reply))
        self.reply = reply


class Resources(Generic[R]):
    """Resources of one kind by id, in the order they were made: create, read, update, delete, list and page.

    ``next_id`` makes the id of a new resource (by default 1, 2, 3, ... as integers); a vendor whose ids are text
    or start elsewhere gives its own. ``missing`` is the vendor's answer when a resource asked for by
    :meth:`require` does not exist (a 404 in its envelope), given the id asked for.
    """

    def __init__(self, next_id: Callable[[], Any] | None = None, missing: Callable[[Any], Any] | None = None) -> None:
        self._items: dict[Any, R] = {}
        self._missing = missing
        if next_id is None:
            counter = iter(range(1, 1 << 62))
            next_id = counter.__next__
        self._next_id = next_id

    def create(self, make: Callable[[Any], R]) -> R:
        """A new resource made by ``make(id)`` with the next id, stored."""
        resource_id = self._next_id()
        item = self._items[resource_id] = make(resource_id)
        return item

    def put(self, resource_id: Any, item: R) -> R:
        """Store ``item`` under ``resource_id`` (a client-chosen id), replacing what was there."""
        self._items[resource_id] = item
        return item

    def get(self, resource_id: Any) -> R | None:
        return self._items.get(resource_id)

    def require(self, resource_id: Any) -> R:
        """Resource ``resource_id``; when there is none, :class:`Refused` with the ``missing`` answer."""
        item = self._items.get(resource_id)
        if item is None:
            raise Refused(self._missing(resource_id) if self._missing is not None else None)
        return item

    def remove(self, resource_id: Any) -> R:
        """Remove resource ``resource_id`` and give it; :class:`Refused` (as :meth:`require`) when there is none."""
        item = self.require(resource_id)
        del self._items[resource_id]
        return item

    def update(self, resource_id: Any, changes: dict[str, Any]) -> R | None:
        """The dict resource ``resource_id`` with ``changes`` laid over it; None when there is none."""
        item = self._items.get(resource_id)
        if item is not None:
            item.update(changes)  # type: ignore[attr-defined]
        return item

    def delete(self, resource_id: Any) -> R | None:
        """Remove resource ``resource_id``; it, or None when there was none."""
        return self._items.pop(resource_id, None)

    def delete_where(self, drop: Callable[[R], bool]) -> None:
        self._items = {k: v for k, v in self._items.items() if not drop(v)}

    def list(self, where: Callable[[R], bool] | None = None) -> list[R]:
        """Every resource (that ``where`` accepts), oldest first."""
        return [item for item in self._items.values() if where is None or where(item)]

    def __getitem__(self, resource_id: Any) -> R:
        return self._items[resource_id]

    def __setitem__(self, resource_id: Any, item: R) -> None:
        self._items[resource_id] = item

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, resource_id: object) -> bool:
        return resource_id in self._items

    def values(self) -> Iterable[R]:
        return self._items.values()


def page(items: list[R], number: int, size: int, *, first: int = 1) -> list[R]:
    """Page ``number`` of ``items`` in pages of ``size`` (numbered from ``first``: 1, or 0 for an offset of pages)."""
    start = (number - first) * size
    return items[start : start + size] if start >= 0 else []
