"""Everything the project measures, printed as one table: `nox -s bench` (`-- --quick`, `-- --long`).

    python scripts/bench.py [--quick | --long] [--no-prism] [--skip-regenerate]

Rows, with their goals:

- regenerate: full, no-op and one-spec runs against bare openapi-python-client runs (scripts/bench_regenerate.py);
- overlay overhead: a read and a send of every vendor through ``make_client`` on httpx's own cookie jar (switchboard's
  own work apart from what its httpx clients save), the bare generated client, ``make_client`` and raw httpx, in
  process (CPU time; over loopback too for Netsapiens), interleaved rounds, medians (scripts/bench_overlay.py); goal:
  make_client on stock httpx at most 1.10x the bare client in process, for every vendor and operation;
- single flight: token requests made by 1,000 tasks and by 50 threads starting on an expired token; goal: 1;
- fleet: token requests made by cold fleets of 1, 2, 4 and 8 spawned processes (50 tasks each) without a store,
  with SQLite and with Valkey (goal with a store: 1); what 8 processes sharing a 20/s budget made per second, as
  the mock counted (goal: within 5 %); a call's cost without and with a store, and the store operations a call
  makes while the token is valid (goal: 0) and per renewal (scripts/bench_fleet.py);
- size: the Netsapiens spec against a synthetic one of 45 times its operations (scripts/bench_size.py): reading
  the spec, the first make_client, compiling the spec and its memory, every validator compiled and its memory, a
  request's route and its check (operation named, route looked up), the mock app of the spec alone created and its
  first answer, generating the client (not with ``--quick``); the RSS of a process with the five vendors compiled;
  goals: first make_client, compile, mock creation and first answer within 2x, memory of every validator within
  3x, route and both checks within 1.2x, generation at most linear (time per operation no higher), five-vendor
  RSS no higher than before issue 25 (717dcca);
- mock load: 32 connections over loopback against ``switchboard-mock netsapiens``: requests per second, p50, p99,
  RSS at the start and the end, p99 per tenth of the run; and, where Node.js is installed, the same load against
  Prism 5.16 serving the same spec (scripts/bench_load.py); goals: at least 1.5x Prism's requests per second, a p99
  no higher than Prism's.

The default load lasts 15 s per server (``--quick``: 5 s); ``--long`` runs the mock for five minutes to show that RSS
stays flat and p99 does not grow.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_fleet
import bench_load
import bench_overlay
import bench_regenerate
import bench_size

MB = 1024 * 1024


@dataclass
class Row:
    section: str
    what: str
    value: str
    versus: str = ""
    goal: str = ""
    met: bool | None = None


def _verdict(met: bool | None) -> str:
    return "" if met is None else ("met" if met else "MISSED")


def print_table(title: str, rows: list[Row]) -> None:
    widths = [max(len(getattr(r, name)) for r in rows) for name in ("section", "what", "value", "versus", "goal")]
    print(f"\n{title}")
    header = ("section", "what", "value", "vs", "goal")
    print("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + "  result")
    for row in rows:
        cells = (row.section, row.what, row.value.rjust(widths[2]), row.versus, row.goal)
        print("  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + "  " + _verdict(row.met))
    missed = [r for r in rows if r.met is False]
    print(f"goals: {sum(r.met is True for r in rows)} met, {len(missed)} missed")


def regenerate_rows(rounds: int) -> list[Row]:
    return [Row("regenerate", *row) for row in bench_regenerate.measure(rounds)]


def overlay_rows(rounds: int, calls: int) -> list[Row]:
    """A row per vendor and operation: make_client on httpx's own cookie jar (switchboard's own work) against the
    bare generated client, with make_client and raw httpx beside it."""
    rows = []
    for found in [*bench_overlay.in_process(rounds, calls), *bench_overlay.over_loopback(rounds, max(30, calls // 5))]:
        ratio = found.stock / found.bare
        in_process = found.where == "in-process"
        rows.append(
            Row(
                f"overhead {found.where}",
                f"{found.vendor} {found.operation}: make_client on stock httpx",
                f"{found.stock:.0f} us",
                f"{ratio:.2f}x bare {found.bare:.0f} us (make_client {found.overlay / found.bare:.2f}x, "
                f"raw httpx {found.raw / found.bare:.2f}x)",
                "<= 1.10x bare (on stock httpx)" if in_process else "",
                ratio <= 1.10 if in_process else None,
            )
        )
    return rows


def single_flight_rows() -> list[Row]:
    tasks = bench_overlay.single_flight_tasks(1_000)
    threads = bench_overlay.single_flight_threads(50)
    return [
        Row("single flight", "1,000 tasks on an expired token", f"{tasks} token req", "", "1", tasks == 1),
        Row("single flight", "50 threads on an expired token", f"{threads} token req", "", "1", threads == 1),
    ]


#: RSS of a process holding the five vendors' specs, every validator compiled, and one client each, at 717dcca
#: (before issue 25): the median of three runs of ``bench_size.five_vendors`` there (a checkout with its own venv,
#: load ~6, 2026-12-04). The goal is to stay at or under it.
FIVE_VENDOR_RSS_BEFORE_MIB = 225.1


def size_rows(rounds: int, generate: bool) -> list[Row]:
    small, large = (figures for _, figures in sorted(bench_size.sizes(rounds, generate=generate).items()))
    times = large["operations"] / small["operations"]

    def ratio(key: str) -> float:
        return large[key] / max(small[key], 1e-9)

    def row(what: str, key: str, unit: str, goal: float | None = None) -> Row:
        value = f"{large[key]:.1f} {unit} vs {small[key]:.1f}"
        met = ratio(key) <= goal if goal is not None else None
        versus = f"{ratio(key):.2f}x" if small[key] >= 0.5 else "(too small to compare)"
        return Row("size", f"{what} ({times:.0f}x operations)", value, versus, f"<= {goal}x" if goal else "", met)

    rows = [
        # Parsing is linear in the document's size: a row without a goal (the issue sets none).
        row("spec load (YAML file read into a Spec)", "spec load ms", "ms"),
        row("first make_client, the spec read", "first make_client ms", "ms", 2.0),
        row("first make_client, reading the spec file in it", "cold make_client ms", "ms"),
        row("compile the spec", "compile us", "us", 2.0),
        row("compile the spec: peak RSS added", "compile MiB", "MiB"),
        row("every validator compiled", "every validator ms", "ms"),
        row("every validator compiled: peak RSS added", "every validator MiB", "MiB", 3.0),
        Row(
            "size",
            "distinct schemas of all compiled (equal ones share a validator)",
            f"{large['distinct schemas']:.0f} of {large['schemas']:.0f} vs {small['distinct schemas']:.0f} of "
            f"{small['schemas']:.0f}",
        ),
        row("route of a request", "route us", "us", 1.2),
        row("check of a request, operation named (generated calls)", "known check us", "us", 1.2),
        row("check of a request, route looked up (raw httpx)", "check us", "us", 1.2),
        row("mock app of the spec alone, created", "mock create us", "us", 2.0),
        row("mock app of the spec alone: first answer", "mock first answer ms", "ms", 2.0),
    ]
    if generate:
        per_small = small["generation s"] / small["operations"] * 1e3
        per_large = large["generation s"] / large["operations"] * 1e3
        rows.append(
            Row(
                "size",
                f"generation ({times:.0f}x operations), per operation",
                f"{large['generation s']:.1f} s vs {small['generation s']:.1f}",
                f"{per_large:.0f} vs {per_small:.0f} ms per operation",
                "at most linear",
                per_large <= per_small,
            )
        )
    rss = bench_size.five_vendor_rss()
    rows.append(
        Row(
            "size",
            "five vendors compiled, one client each: RSS",
            f"{rss:.0f} MiB",
            f"{FIVE_VENDOR_RSS_BEFORE_MIB:.0f} MiB at 717dcca",
            f"<= {FIVE_VENDOR_RSS_BEFORE_MIB:.0f} MiB",
            rss <= FIVE_VENDOR_RSS_BEFORE_MIB,
        )
    )
    return rows


def fleet_rows(budget_seconds: float) -> list[Row]:
    rows = []
    for store, size, tokens, failed in bench_fleet.token_requests():
        goal = "1" if store != "no store" else ""
        rows.append(
            Row(
                "fleet",
                f"{size} processes, {store}: token requests",
                f"{tokens}",
                f"{failed} failed calls",
                goal,
                tokens == 1 and failed == 0 if goal else None,
            )
        )
    for store, rate in bench_fleet.budget_accuracy(budget_seconds):
        off = abs(rate / 20 - 1)
        rows.append(
            Row(
                "fleet",
                f"20/s budget, 8 processes, {store}",
                f"{rate:.2f} req/s",
                f"{off:.1%} off",
                "<= 5 %",
                off <= 0.05,
            )
        )
    hot = bench_fleet.hot_path()
    for what, value in hot.items():
        if what.endswith("us per call"):
            rows.append(Row("fleet", what, f"{value:.0f} us"))
        elif what.endswith("token valid"):
            rows.append(Row("fleet", what, f"{value:g}", "", "0", value == 0))
        else:
            rows.append(Row("fleet", what, f"{value:g}", "round trips"))
    return rows


def _memory(result: bench_load.LoadResult) -> str:
    if not (result.rss_start and result.rss_end):
        return "n/a (no /proc)"
    peak = f", max {result.rss_max / MB:.0f}" if result.rss_max else ""
    return f"{result.rss_start / MB:.0f} -> {result.rss_end / MB:.0f} MB{peak}"


def load_rows(seconds: float, connections: int, prism: bool, long_seconds: float | None) -> list[Row]:
    section = f"load {connections} conns"
    results = bench_load.compare(connections=connections, seconds=seconds, prism=prism)
    mock, other = results[0], (results[1] if len(results) > 1 else None)
    rows = []
    for result in results:
        name = "mock" if result is mock else result.server
        errors = sum(n for status, n in result.statuses.items() if status >= 400) + result.errors
        p50, p99 = result.percentile(0.5) * 1000, result.percentile(0.99) * 1000
        rounds = " / ".join(f"{rps:,.0f}" for rps in result.round_rps)
        rows += [
            Row(section, f"{name}: throughput, {result.seconds:.0f} s", f"{result.rps:,.0f} req/s", f"rounds {rounds}"),
            Row(section, f"{name}: latency p50 / p99", f"{p50:.1f} / {p99:.1f} ms"),
            Row(section, f"{name}: failed answers", f"{errors} of {result.requests:,}", "", "0", errors == 0),
            Row(section, f"{name}: RSS start -> end", _memory(result)),
        ]
    if other is not None:
        rps_ratio = mock.rps / other.rps
        p99_ratio = mock.percentile(0.99) / other.percentile(0.99)
        rows += [
            Row(section, "mock / Prism throughput", f"{rps_ratio:.2f}x", "", ">= 1.50x", rps_ratio >= 1.5),
            Row(section, "mock / Prism p99", f"{p99_ratio:.2f}x", "", "<= 1.00x", p99_ratio <= 1.0),
        ]
    elif prism:
        rows.append(Row(section, "Prism", "skipped", "node/npm not found or npm install failed"))
    if long_seconds:
        rows += long_rows(long_seconds, connections)
    return rows


def long_rows(seconds: float, connections: int) -> list[Row]:
    """The mock under load for ``seconds``: RSS at start, end and peak; p99 of the first and last tenth."""
    result = bench_load.mock_load(connections=connections, seconds=seconds)
    section = f"long load {seconds / 60:.0f} min"
    first, last = result.windows[0][1] * 1000, result.windows[-1][1] * 1000
    growth = (result.rss_end - result.rss_start) / MB if result.rss_start and result.rss_end else None
    series = " ".join(f"{p99 * 1000:.0f}" for _, p99 in result.windows)
    return [
        Row(section, "mock: throughput", f"{result.rps:,.0f} req/s", f"{result.requests:,} requests"),
        Row(
            section,
            "mock: RSS start -> end",
            _memory(result),
            "",
            "flat (+<= 10 MB)",
            None if growth is None else growth <= 10,
        ),
        Row(
            section,
            "mock: p99 first / last tenth",
            f"{first:.1f} / {last:.1f} ms",
            "",
            "no growth (<= 1.5x)",
            last <= 1.5 * first,
        ),
        Row(section, "mock: p99 per tenth (ms)", series),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--quick", action="store_true", help="5 s of load per server, fewer rounds, no generation")
    length.add_argument("--long", action="store_true", help="also five minutes of load on the mock (RSS, p99)")
    parser.add_argument("--no-prism", action="store_true", help="do not install or run Prism")
    parser.add_argument("--skip-regenerate", action="store_true", help="leave out the regenerate rows")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    seconds, rounds, calls = (5.0, 3, 150) if args.quick else (15.0, 7, 300)
    started = time.monotonic()

    rows = [] if args.skip_regenerate else regenerate_rows(3 if args.quick else 5)
    rows += overlay_rows(rounds, calls)
    rows += single_flight_rows()
    rows += size_rows(1 if args.quick else 3, generate=not args.quick)
    rows += fleet_rows(5.0 if args.quick else 20.0)
    rows += load_rows(seconds, args.connections, not args.no_prism, 300.0 if args.long else None)
    title = (
        f"switchboard bench ({'quick' if args.quick else 'long' if args.long else 'default'}: "
        f"{rounds} rounds, {seconds:.0f} s of load per server, {time.monotonic() - started:.0f} s in all)"
    )
    print_table(title, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
