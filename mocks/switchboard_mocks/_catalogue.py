"""Every failure a vendor's mock can produce on demand, as data: derived from the spec, plus what each mock declares.

Per operation the catalogue holds every documented error response of the spec (``http_<status>``), the outcomes a
vendor mock declares beyond them (a vendor code such as Gatum's ``not_registr_originator``, the final state of an
asynchronous outcome such as a DLR that ends ``UNDELIV``, a webhook delivery that fails and is retried) and the
transport faults every operation can meet (``http_429`` with ``Retry-After``, ``http_503``, ``timeout``,
``dropped``). Each entry says how to reach it (``mock.trigger(operation, outcome)``, and its magic value where it has
one) and which switchboard error the client raises for it::

    from switchboard_mocks import catalogue
    for outcome in catalogue("gatum"):
        print(outcome.operation, outcome.outcome, outcome.raises)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from switchboard.spec import Operation, Spec

from ._engine import TIMEOUT_LATENCY, TRANSPORT_OUTCOMES

#: What a vendor's typed errors are called: ``<prefix>BadRequestError`` in ``switchboard.<vendor>``; a vendor not
#: listed raises the common classes of ``switchboard``.
_ERROR_PREFIX = {"gatum": "Gatum", "kandy": "Kandy", "tingting": "TingTing"}
_COMMON_ERRORS = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "UnauthorizedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "BadRequestError",
    429: "RateLimitError",
}
#: Errors the common classes do not name, per vendor and status.
_SPECIAL_ERRORS = {("passinfo", 402): "switchboard.passinfo.InsufficientBalanceError"}
#: The operations a client's token auth calls by itself, and the error a refusal (4xx) of one raises: the user's call
#: fails with it (a 429 raises ``RateLimitError``; a 5xx, once the token attempts are spent, ``AuthenticationError``).
_TOKEN_OPERATIONS = {
    "gatum": (("authorize", "create_access_token"), "switchboard.gatum.GatumLoginError"),
    "netsapiens": (("create_token",), "switchboard.AuthenticationError"),
    "tingting": (("login",), "switchboard.tingting.TingTingLoginError"),
}
#: Operations switchboard's clients never send (PassInfo's renewal by GET: a repeated GET would revoke the new key):
#: a switchboard client raises ``RequestValidationError`` before sending; other clients meet the outcomes.
CLIENT_REFUSES = {("passinfo", "renew_api_key_via_get")}
#: Prefix of the magic destination numbers: ``+1 555 010 xxxx`` is reserved for fiction, as 555-01xx is.
MAGIC_PREFIX = "1555010"


@dataclass(frozen=True)
class Declared:
    """An outcome a vendor mock adds to what its spec documents (``VendorMock.outcomes``)."""

    operation: str
    outcome: str
    description: str
    status: int | None = None
    code: str | None = None
    #: The final state of an asynchronous outcome (the call succeeds; what it created ends in this state).
    state: str | None = None
    #: Dotted name of the error the client raises; None when the call succeeds (asynchronous outcomes).
    raises: str | None = None
    magic: str | None = None
    #: How to reach it when ``mock.trigger`` does not (a webhook delivery the receiver refuses).
    how: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One entry of the catalogue: an outcome of one operation of one vendor and how to reach it."""

    vendor: str
    operation: str
    outcome: str
    #: ``documented`` (an error response of the spec), ``vendor`` (a vendor code), ``async`` (a final state),
    #: ``webhook`` (a delivery) or ``transport``.
    kind: str
    description: str
    status: int | None
    code: str | None
    state: str | None
    trigger: str
    magic: str | None
    raises: str | None

    def as_dict(self) -> dict[str, object]:
        """The entry as JSON-ready data."""
        return asdict(self)


def raises_for(vendor: str, status: int, operation: str | None = None) -> str:
    """Dotted name of the switchboard error a client of ``vendor`` raises for an HTTP ``status`` of ``operation``."""
    if (vendor, operation) in CLIENT_REFUSES:
        return "switchboard.RequestValidationError"
    token_operations, refused = _TOKEN_OPERATIONS.get(vendor, ((), ""))
    if operation in token_operations:
        return (
            "switchboard.RateLimitError"
            if status == 429
            else "switchboard.AuthenticationError"
            if status >= 500
            else refused
        )
    special = _SPECIAL_ERRORS.get((vendor, status))
    if special is not None:
        return special
    base = "ServerError" if status >= 500 else _COMMON_ERRORS.get(status, "APIError")
    prefix = _ERROR_PREFIX.get(vendor)
    return f"switchboard.{vendor}.{prefix}{base}" if prefix else f"switchboard.{base}"


def _trigger(operation: str, outcome: str) -> str:
    return f"mock.trigger({operation!r}, {outcome!r})"


def _transport(vendor: str, operation: str, documented: dict[str, str]) -> Iterable[Outcome]:
    facts = {
        "http_429": (429, "429 Too Many Requests with Retry-After: 1", raises_for(vendor, 429, operation)),
        "http_503": (503, "503 Service Unavailable in the vendor's envelope", raises_for(vendor, 503, operation)),
        "timeout": (None, f"no answer for {TIMEOUT_LATENCY:g} s (latency=...): the client times out", None),
        "dropped": (None, "the connection is dropped halfway through the answer", None),
    }
    errors = {"timeout": "switchboard.APITimeoutError", "dropped": "switchboard.APIConnectionError"}
    if (vendor, operation) in CLIENT_REFUSES:
        errors = dict.fromkeys(errors, "switchboard.RequestValidationError")
    for name in TRANSPORT_OUTCOMES:
        status, description, raises = facts[name]
        if status is not None and str(status) in documented:
            description = f"{documented[str(status)]} (documented; sent with Retry-After: 1)"
        yield Outcome(
            vendor=vendor,
            operation=operation,
            outcome=name,
            kind="documented" if status is not None and str(status) in documented else "transport",
            description=description,
            status=status,
            code=None,
            state=None,
            trigger=_trigger(operation, name),
            magic=None,
            raises=raises or errors[name],
        )


def _declared(vendor: str) -> tuple[Declared, ...]:
    from . import vendor_class

    return tuple(vendor_class(vendor).outcomes)


@functools.cache
def catalogue(vendor: str) -> tuple[Outcome, ...]:
    """Every outcome of ``vendor``, in the order of its spec's operations (ValueError for an unknown vendor)."""
    declared = _declared(vendor)
    spec = Spec.load(vendor)
    operations = {op.operation_id for op in spec.operations}
    for declared_entry in declared:
        if declared_entry.operation not in operations and not declared_entry.operation.startswith("webhook:"):
            raise ValueError(f"{vendor} declares an outcome of {declared_entry.operation!r}, not an operation")
    found = [outcome for operation in spec.operations for outcome in operation_outcomes(vendor, operation, declared)]
    webhooks = [_from_declared(vendor, entry) for entry in declared if entry.operation.startswith("webhook:")]
    return (*found, *webhooks)


def operation_outcomes(vendor: str, operation: Operation, declared: tuple[Declared, ...]) -> list[Outcome]:
    """The outcomes of one ``operation`` of ``vendor``: documented, ``declared`` by its mock, then transport."""
    found: list[Outcome] = []
    responses = operation.definition.get("responses", {})
    documented = {
        str(key): " ".join(str(value.get("description", "")).split()) or f"HTTP {key}"
        for key, value in responses.items()
        if str(key)[:1] in "345" and isinstance(value, dict)
    }
    for key, description in documented.items():
        if not key.isdigit() or f"http_{key}" in TRANSPORT_OUTCOMES:
            continue
        status = int(key)
        found.append(
            Outcome(
                vendor=vendor,
                operation=operation.operation_id,
                outcome=f"http_{key}",
                kind="documented",
                description=description[:200],
                status=status,
                code=None,
                state=None,
                trigger=_trigger(operation.operation_id, f"http_{key}"),
                magic=None,
                raises=raises_for(vendor, status, operation.operation_id),
            )
        )
    found.extend(_from_declared(vendor, entry) for entry in declared if entry.operation == operation.operation_id)
    found.extend(_transport(vendor, operation.operation_id, documented))
    magic = {(e.operation, e.outcome): e.magic for e in declared if e.magic and e.status is None and e.state is None}
    # A declared magic value of a documented or transport outcome (no status of its own) is laid on that entry.
    return [_with_magic(o, magic.get((o.operation, o.outcome))) for o in found if not _is_magic_only(o, declared)]


def _is_magic_only(outcome: Outcome, declared: tuple[Declared, ...]) -> bool:
    return outcome.kind == "vendor" and any(
        e.operation == outcome.operation
        and e.outcome == outcome.outcome
        and e.magic
        and e.status is None
        and not e.state
        for e in declared
    )


def _with_magic(outcome: Outcome, magic: str | None) -> Outcome:
    if magic is None:
        return outcome
    return Outcome(**{**asdict(outcome), "magic": magic})


def _from_declared(vendor: str, entry: Declared) -> Outcome:
    kind = "webhook" if entry.operation.startswith("webhook:") else "async" if entry.state else "vendor"
    trigger = entry.how or _trigger(entry.operation, entry.outcome)
    return Outcome(
        vendor=vendor,
        operation=entry.operation,
        outcome=entry.outcome,
        kind=kind,
        description=entry.description,
        status=entry.status,
        code=entry.code,
        state=entry.state,
        trigger=trigger,
        magic=entry.magic,
        raises=entry.raises
        if entry.raises or kind != "vendor"
        else raises_for(vendor, entry.status or 500, entry.operation),
    )


def magic_values(vendor: str) -> list[Outcome]:
    """The entries of ``vendor`` that a magic value reaches."""
    return [o for o in catalogue(vendor) if o.magic]


def render_text(entries: Iterable[Outcome]) -> str:
    """The catalogue as an aligned text table, one outcome a line."""
    rows = [("operation", "outcome", "status", "code/state", "raises", "magic value")]
    for o in entries:
        rows.append(
            (
                o.operation,
                o.outcome,
                "" if o.status is None else str(o.status),
                o.code or o.state or "",
                (o.raises or "-").removeprefix("switchboard."),
                o.magic or "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def render_json(entries: Iterable[Outcome]) -> str:
    """The catalogue as a JSON array of entries."""
    return json.dumps([o.as_dict() for o in entries], indent=2) + "\n"
