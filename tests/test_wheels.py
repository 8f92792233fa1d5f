"""The wheels as a user gets them: built, installed into a fresh venv outside the checkout, smoke-tested there.

The work is `scripts/smoke_wheels.py` (also `nox -s build`); this test runs it and reads what it reports.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from switchboard.spec import spec_names
from switchboard_mocks import VENDORS

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.wheels


def test_the_wheels_install_clean_and_work_outside_the_checkout(tmp_path: Path) -> None:
    done = subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, str(ROOT / "scripts" / "smoke_wheels.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert report["overlay alone"] == f"import switchboard works ({version}, no generated client installed)"
    assert report["specs inside the wheel"] == ", ".join(spec_names())
    assert report["generated clients imported"].startswith(", ".join(f"{v}_client" for v in spec_names()))
    for vendor in VENDORS:
        assert re.search(r"HTTP 2\d\d$", report[vendor]), report[vendor]
    top = set(report["the wheels put at the top of site-packages"].split(", "))
    packages = {name for name in top if not name.endswith(".dist-info")}
    assert packages == {"switchboard", "switchboard_mocks", *(f"{v}_client" for v in spec_names())}
    assert report["without the mock extra"] == "pytest runs, the fixture asks for switchboard[mock]"
    assert report["pytest plugin from the wheel"].startswith("1 passed")
