"""Failure coverage of a test session: which catalogue outcomes of the operations the tests called were met.

Read from the mocks' journals: an entry names its operation and status, and the outcome when a trigger or a magic
value chose it. Nothing is recorded unless :func:`start` was called (the pytest plugin's
``--switchboard-failure-coverage``); a mock hands over its journal when it is reset and when it stops being served.
Under pytest-xdist each worker records its own and the controller merges them (:func:`merge`) as they finish.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Failed posts in a row to one receiver after which a Netsapiens subscription is ``error`` (its mock's rule).
_SUBSCRIPTION_ERROR_AFTER = 3


@dataclass
class FailureCoverage:
    """Outcomes met per (vendor, operation), and the operations called at all."""

    met: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def record(self, vendor: str, journal: Iterable[Mapping[str, Any]]) -> None:
        """Take what ``journal`` (a mock's entries, oldest first) shows."""
        failed_posts: dict[str, int] = {}
        for entry in journal:
            if entry.get("direction") == "outbound":
                operation = f"webhook:{entry.get('webhook')}"
                met = self.met.setdefault((vendor, operation), set())
                if entry.get("acknowledged"):
                    failed_posts[operation] = 0
                    continue
                met.add("failed")
                failed_posts[operation] = failed_posts.get(operation, 0) + 1
                if failed_posts[operation] >= _SUBSCRIPTION_ERROR_AFTER:
                    met.add("subscription_error")
                if int(entry.get("attempt") or 1) > 1:
                    met.add("retried")
                if entry.get("delivery") == "given up":
                    met.add("given_up")
                continue
            called = entry.get("operation")
            if not called:
                continue
            met = self.met.setdefault((vendor, str(called)), set())
            outcome = _outcome_of(entry)
            if outcome is not None:
                met.add(outcome)

    def to_json(self) -> list[list[Any]]:
        """What was met as plain JSON values (``[vendor, operation, [outcome, ...]]`` rows), for another process."""
        return [[vendor, operation, sorted(seen)] for (vendor, operation), seen in sorted(self.met.items())]

    def merge(self, rows: Iterable[Iterable[Any]]) -> None:
        """Add what another process met (rows of :meth:`to_json`): an operation called there is called here."""
        for vendor, operation, seen in rows:
            self.met.setdefault((str(vendor), str(operation)), set()).update(str(outcome) for outcome in seen)

    def report(self) -> dict[str, Any]:
        """Per vendor and operation called: outcomes documented, met and never met; totals and the percentage."""
        from ._catalogue import catalogue

        operations: list[dict[str, Any]] = []
        for (vendor, operation), seen in sorted(self.met.items()):
            documented = [o.outcome for o in catalogue(vendor) if o.operation == operation]
            if not documented:
                continue
            met = [o for o in documented if o in seen or _counts_as(o, seen)]
            missed = [o for o in documented if o not in met]
            operations.append(
                {
                    "vendor": vendor,
                    "operation": operation,
                    "documented": len(documented),
                    "met": met,
                    "never_met": missed,
                }
            )
        documented_total = sum(op["documented"] for op in operations)
        met_total = sum(len(op["met"]) for op in operations)
        vendors: dict[str, dict[str, int]] = {}
        for op in operations:
            figures = vendors.setdefault(op["vendor"], {"documented": 0, "met": 0})
            figures["documented"] += op["documented"]
            figures["met"] += len(op["met"])
        percent = 100.0 * met_total / documented_total if documented_total else 100.0
        return {
            "documented": documented_total,
            "met": met_total,
            "percent": round(percent, 1),
            "vendors": vendors,
            "operations": operations,
        }


def _outcome_of(entry: Mapping[str, Any]) -> str | None:
    if entry.get("outcome"):
        return str(entry["outcome"])
    status = entry.get("status")
    if status == "dropped":
        return "dropped"
    if isinstance(status, int) and status >= 300:
        return f"http_{status}"
    return None


def _counts_as(outcome: str, seen: set[str]) -> bool:
    """Any server error met counts for ``http_503``: it stands for the 5xx family."""
    return outcome == "http_503" and any(s.startswith("http_5") for s in seen)


def render_table(report: Mapping[str, Any], *, limit: int = 6) -> str:
    """A short table: per vendor and operation, outcomes met / documented and the first ones never met."""
    lines = [
        f"switchboard failure coverage: {report['met']} of {report['documented']} outcomes met ({report['percent']}%)"
    ]
    for vendor, figures in sorted(report["vendors"].items()):
        lines.append(f"  {vendor}: {figures['met']}/{figures['documented']}")
    width = max((len(f"{op['vendor']} {op['operation']}") for op in report["operations"]), default=10)
    for op in report["operations"]:
        name = f"{op['vendor']} {op['operation']}"
        missed = op["never_met"]
        shown = ", ".join(missed[:limit]) + (f", ... ({len(missed) - limit} more)" if len(missed) > limit else "")
        never = f"  never met: {shown}" if missed else ""
        lines.append(f"  {name.ljust(width)}  {len(op['met'])}/{op['documented']}{never}")
    return "\n".join(lines)


def write_json(report: Mapping[str, Any], path: str | Path) -> None:
    """The report as JSON at ``path``."""
    Path(path).write_text(json.dumps(report, indent=2) + "\n")


#: The session's coverage while recording; None (the default) records nothing.
_active: FailureCoverage | None = None


def start() -> FailureCoverage:
    """Record from now on (the mocks hand over their journals); returns what is recorded."""
    global _active
    _active = FailureCoverage()
    return _active


def stop() -> FailureCoverage | None:
    """Stop recording; returns what was recorded."""
    global _active
    found, _active = _active, None
    return found


def collect(vendor: str, journal: Iterable[Mapping[str, Any]]) -> None:
    """A mock's journal before it is cleared or dropped: recorded if coverage is on, ignored otherwise."""
    if _active is not None:
        _active.record(vendor, journal)


def merge(rows: Iterable[Iterable[Any]]) -> None:
    """What another process of the session recorded (:meth:`FailureCoverage.to_json`): added if coverage is on."""
    if _active is not None:
        _active.merge(rows)
