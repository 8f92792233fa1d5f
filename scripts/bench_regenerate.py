"""Time the regenerate loop against bare openapi-python-client runs, on a scratch copy of specs/ and generated/.

    python scripts/bench_regenerate.py [--rounds N]

Prints medians and the ratios the project targets: a no-op run at most 3 % of a full one, a full run at most 0.6x
five sequential bare generator runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = ROOT / "scripts" / "regenerate.py"
BIN = Path(sys.executable).parent


def timed(action: Callable[[], None], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(rounds: int) -> list[tuple[str, str, str, str, bool | None]]:
    """Regenerate timings as table rows: (what, value, comparison, goal, goal met or None)."""
    vendors = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".codegen.yaml"))

    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as tmp:
        scratch = Path(tmp) / "repo"
        shutil.copytree(ROOT / "specs", scratch / "specs")
        shutil.copytree(
            ROOT / "generated", scratch / "generated", ignore=shutil.ignore_patterns(".pdm-build", "__pycache__")
        )

        def regenerate(*args: str) -> None:
            subprocess.run(  # noqa: S603
                [sys.executable, str(REGENERATE), "--root", str(scratch), *args], check=True, capture_output=True
            )

        def bare() -> None:
            for vendor in vendors:
                out = Path(tmp) / "bare" / vendor
                shutil.rmtree(out, ignore_errors=True)
                subprocess.run(  # noqa: S603
                    [
                        str(BIN / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(scratch / "specs" / f"{vendor}.yaml"),
                        "--config",
                        str(scratch / "specs" / f"{vendor}.codegen.yaml"),
                        "--meta",
                        "pdm",
                        "--output-path",
                        str(out),
                        "--fail-on-warning",
                    ],
                    check=True,
                    capture_output=True,
                    env={"PATH": f"{BIN}:/usr/bin:/bin"},
                )

        regenerate("--force")  # warm the caches once
        full = timed(lambda: regenerate("--force"), rounds)
        noop = timed(regenerate, rounds)
        one = timed(lambda: regenerate("--force", vendors[0]), rounds)
        sequential = timed(bare, rounds)

    return [
        (f"full regenerate ({len(vendors)} specs, parallel)", f"{full * 1000:.0f} ms", "", "", None),
        (
            "no-op regenerate (nothing changed)",
            f"{noop * 1000:.0f} ms",
            f"{noop / full:.1%} of full",
            "<= 3%",
            noop / full <= 0.03,
        ),
        (f"one-spec regenerate ({vendors[0]})", f"{one * 1000:.0f} ms", f"{one / full:.0%} of full", "", None),
        (f"{len(vendors)} sequential bare openapi-python-client runs", f"{sequential * 1000:.0f} ms", "", "", None),
        ("full / bare sequential", f"{full / sequential:.2f}x", "", "<= 0.60x", full / sequential <= 0.6),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    rows = measure(rounds)
    print(f"\nregenerate benchmark, median of {rounds} rounds")
    print(f"  {'what':<52} {'median':>10}  note")
    for what, value, note, goal, met in rows:
        verdict = "" if met is None else ("met" if met else "MISSED")
        print(f"  {what:<52} {value:>10}  {note} {goal} {verdict}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
