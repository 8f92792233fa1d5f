"""Every task of the project: `nox -l` lists them."""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "typecheck", "check", "tests"]
nox.options.reuse_existing_virtualenvs = True


def install_groups(session: nox.Session, *groups: str) -> None:
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


def install_project(session: nox.Session) -> None:
    """The overlays, the mocks and every generated client, editable so that a regenerate is seen at once."""
    packages = sorted(str(p.parent) for p in ROOT.glob("generated/*-client/pyproject.toml"))
    # uv keeps an installed editable as it is: rebuild ours so that new entry points and scripts are seen.
    fresh = ["--reinstall-package", "switchboard"] if session.venv_backend == "uv" else []
    session.install(*fresh, "-e", ".[mock,webhooks,redis]", *(arg for pkg in packages for arg in ("-e", pkg)))


@nox.session
def regenerate(session: nox.Session) -> None:
    """Regenerate the clients whose specs changed (`-- VENDOR`, `-- --force`)."""
    install_groups(session, "codegen")
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Fail if generated/ differs from what the specs produce, and if a spec is not valid OpenAPI."""
    install_groups(session, "codegen")
    session.run("openapi-spec-validator", *sorted(str(p) for p in ROOT.glob("specs/*.yaml") if "codegen" not in p.name))
    session.run("python", "scripts/regenerate.py", "--check", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Regenerate timings, overlay overhead, single flight, fleets, mock load vs Prism in one table (`-- --quick`)."""
    install_groups(session, "codegen", "test")
    install_project(session)
    session.run("python", "scripts/bench.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check on the hand-written code."""
    install_groups(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the hand-written code and on every generated package."""
    install_groups(session, "typecheck", "test", "codegen")
    install_project(session)
    session.run("mypy", "-p", "switchboard", "-p", "switchboard_mocks")
    session.run("mypy", "scripts", "tests", "noxfile.py")
    for package in sorted(ROOT.glob("generated/*-client/*_client")):
        session.run("mypy", "--strict", str(package.relative_to(ROOT)))


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite: unit, contract (schemathesis), end-to-end and the wheels (what `build` does)."""
    install_groups(session, "test", "codegen")
    install_project(session)
    session.run("pytest", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build every wheel, install them into a fresh venv outside the checkout and smoke-test them there."""
    # uv and pytest at the versions the test group pins (the smoke venv gets the same pytest).
    session.install(*(r for r in nox.project.dependency_groups(PYPROJECT, "test") if r.startswith(("uv", "pytest"))))
    session.run("python", "scripts/smoke_wheels.py", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve a vendor's mock on 127.0.0.1 until stopped: `nox -s mock -- netsapiens --port 8001`."""
    install_project(session)
    session.run("switchboard-mock", *(session.posargs or ["--help"]))


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate every client from specs/, then drive one through its mock and print what happened."""
    install_groups(session, "codegen")
    session.run("python", "scripts/regenerate.py", "--force", *session.posargs)
    install_project(session)
    session.run("python", "scripts/demo.py")
