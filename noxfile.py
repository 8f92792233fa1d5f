"""Every task of the project: `nox -l` lists them."""

from __future__ import annotations

import os
from pathlib import Path

import nox

ROOT = Path(__file__).parent

nox.options.default_venv_backend = "uv"
nox.options.sessions = ["lint", "typecheck", "check", "tests"]
nox.options.reuse_existing_virtualenvs = True

#: Every extra of the distribution: the mocks, the stores, the webhooks, every vendor's generated client.
ALL_EXTRAS = "--all-extras"
#: What scripts/bootstrap.py installs with pip (nox and uv, hashed); `nox -s lock` writes it from uv.lock.
BOOTSTRAP_REQUIREMENTS = ROOT / "scripts" / "bootstrap-requirements.txt"
BOOTSTRAP_HEADER = "# Written by `nox -s lock` from uv.lock (its bootstrap group) for scripts/bootstrap.py.\n"


def sync(session: nox.Session, *args: str) -> None:
    """Make the session's venv hold exactly what uv.lock pins for ``args`` (groups, extras), nothing else.

    ``--locked`` refuses a lock that disagrees with pyproject.toml (or with a generated client's). The project and
    the generated clients are installed editable, so that a regenerate is seen at once; ``--reinstall-package``
    rebuilds ours so that new entry points and scripts are seen.
    """
    env = {"UV_PROJECT_ENVIRONMENT": session.virtualenv.location}
    session.run_install("uv", "sync", "--locked", "--quiet", f"--python={session.virtualenv.location}", *args, env=env)


def install_groups(session: nox.Session, *groups: str) -> None:
    sync(session, *(f"--only-group={group}" for group in groups))


def install_project(session: nox.Session, *groups: str) -> None:
    """The overlays, the mocks and every generated client (editable), with ``groups``."""
    sync(session, "--reinstall-package=switchboard", ALL_EXTRAS, *(f"--group={group}" for group in groups))


def bytecode_cache(session: nox.Session) -> dict[str, str | None]:
    """Compiled modules kept in the session's venv (not beside the sources), even where PYTHONDONTWRITEBYTECODE is set.

    The suite starts about thirty Python processes (xdist workers, the fleet's pool, pytester sessions, mocks on
    their own, the wheels' venv), and pytest rewrites the asserts of every module of a plugin's distribution
    (schemathesis, hypothesis: hundreds). Without a cache each process compiles all of it again (about 3 s of CPU a
    process; the failure-coverage tests, five pytest sessions of their own, went from 24 s to 9 s of CPU).
    """
    return {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": str(Path(session.virtualenv.location) / "pycache")}


@nox.session
def regenerate(session: nox.Session) -> None:
    """Regenerate the clients whose specs changed (`-- VENDOR`, `-- --force`)."""
    install_groups(session, "codegen")
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Fail if generated/ differs from what the specs produce, if a spec is not valid OpenAPI, and if one of its
    ``x-switchboard-*`` declarations is unknown or malformed (see specs/README.md)."""
    install_groups(session, "codegen")
    session.run("openapi-spec-validator", *sorted(str(p) for p in ROOT.glob("specs/*.yaml") if "codegen" not in p.name))
    session.run("python", "scripts/check_extensions.py")
    session.run("python", "scripts/regenerate.py", "--check", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Regenerate timings, overlay overhead, single flight, fleets, mock load vs Prism in one table (`-- --quick`)."""
    install_project(session, "codegen", "test")
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
    install_project(session, "typecheck", "test", "codegen")
    session.run("mypy", "-p", "switchboard", "-p", "switchboard_mocks")
    session.run("mypy", "scripts", "tests", "noxfile.py")
    for package in sorted(ROOT.glob("generated/*-client/*_client")):
        session.run("mypy", "--strict", str(package.relative_to(ROOT)))


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite: unit, contract (schemathesis), end-to-end and the wheels (what `build` does)."""
    install_project(session, "test", "codegen")
    # One worker more than cores: part of the suite waits (the fleet's paced budgets, timeouts the tests provoke),
    # and a third worker keeps both cores busy meanwhile (on this 2-core machine: 212 s with two, 185 s with three,
    # 207 s with four). The fleet tests, which spawn their own processes, share one worker (their xdist_group).
    workers = str(len(os.sched_getaffinity(0)) + 1) if hasattr(os, "sched_getaffinity") else "auto"
    session.run("pytest", "-n", workers, "--dist", "loadgroup", *session.posargs, env=bytecode_cache(session))


@nox.session
def build(session: nox.Session) -> None:
    """Build every wheel, install them into a fresh venv outside the checkout and smoke-test them there."""
    install_groups(session, "test")  # uv and pytest as locked (the smoke venv gets the same pytest)
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
    install_project(session, "codegen")
    session.run("python", "scripts/demo.py")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site under docs/ into build/site, warnings as errors (`-- serve`: serve it at 127.0.0.1:8000)."""
    install_project(session, "docs")
    session.env["NO_MKDOCS_2_WARNING"] = "1"  # Material's banner on its successor (docs/decisions in the notes)
    if session.posargs[:1] == ["serve"]:
        session.run("mkdocs", "serve", "--strict", *session.posargs[1:])
    else:
        session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def lock(session: nox.Session) -> None:
    """Update uv.lock (and the bootstrap's requirements) from pyproject.toml; `-- --check` fails if they disagree."""
    check = "--check" in session.posargs
    session.run("uv", "lock", *(["--check"] if check else []), *(a for a in session.posargs if a != "--check"))
    export = ["uv", "export", "--frozen", "--quiet", "--only-group=bootstrap", "--no-header"]
    wanted = str(session.run(*export, silent=True))
    if not check:
        BOOTSTRAP_REQUIREMENTS.write_text(BOOTSTRAP_HEADER + wanted)
    elif BOOTSTRAP_REQUIREMENTS.read_text() != BOOTSTRAP_HEADER + wanted:
        session.error(f"{BOOTSTRAP_REQUIREMENTS.relative_to(ROOT)} disagrees with uv.lock: run `nox -s lock`")
