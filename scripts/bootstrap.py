"""Run the project's tasks on any Python 3.11+ with nothing installed: `python3 scripts/bootstrap.py -s tests`.

Makes ``.venv-bootstrap/`` (git-ignored) with the standard library's ``venv``, installs into it the nox and uv that
``uv.lock`` pins (``scripts/bootstrap-requirements.txt``, every file checked by its hash), then runs nox from it with
the arguments given. Nothing is installed into the Python that runs this script, so a system Python marked
externally managed (PEP 668, as Debian and Ubuntu ship it) works as well as any other: pip refuses only outside a
venv. The venv is reused while the requirements stay the same and made again when they change.

Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv-bootstrap"
REQUIREMENTS = ROOT / "scripts" / "bootstrap-requirements.txt"
#: The hash of the requirements the venv was made from; another one means the venv is made again.
STAMP = VENV / "bootstrap-requirements.sha256"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    """The bootstrap venv's interpreter, with the locked nox and uv installed."""
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    python = venv_python()
    if python.is_file() and STAMP.is_file() and STAMP.read_text().strip() == wanted:
        return python
    if VENV.exists():
        shutil.rmtree(VENV)
    print(f"bootstrap: creating {VENV.name} with nox and uv from {REQUIREMENTS.relative_to(ROOT)}", file=sys.stderr)
    venv.EnvBuilder(with_pip=True).create(VENV)
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, "--require-hashes", "--no-deps", "-r", str(REQUIREMENTS)], check=True)  # noqa: S603
    STAMP.write_text(wanted + "\n")
    return python


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 (the one check that must run on an older Python too)
        print(f"bootstrap: switchboard needs Python 3.11 or later, this is {sys.version.split()[0]}", file=sys.stderr)
        return 2
    python = ensure_venv()
    # The venv's bin first on PATH: nox and the uv beside it are found as installed there.
    env = {**os.environ, "PATH": os.pathsep.join([str(python.parent), os.environ.get("PATH", "")])}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([str(python), "-m", "nox", *argv], cwd=ROOT, env=env, check=False).returncode  # noqa: S603


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
