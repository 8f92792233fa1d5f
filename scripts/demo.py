"""The main job's second half: drive every vendor that has a mock through its generated client and overlay.

Run by `nox -s demo` after every client was regenerated from specs/. Each vendor's walk-through is
`scripts/demos/<vendor>.py` (a `main() -> int`); a vendor without a mock yet is listed as such.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from switchboard.spec import spec_names
from switchboard_mocks import VENDORS

DEMOS = Path(__file__).resolve().parent / "demos"


def main() -> int:
    sys.path.insert(0, str(DEMOS.parent))
    failed = []
    for vendor in spec_names():
        if vendor not in VENDORS or not (DEMOS / f"{vendor}.py").is_file():
            print(f"== {vendor}: no mock yet, client generated only\n")
            continue
        print(f"== {vendor}")
        if importlib.import_module(f"demos.{vendor}").main() != 0:
            failed.append(vendor)
        print()
    if failed:
        print(f"demo failed for: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
