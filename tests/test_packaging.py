"""The distribution says what it needs: every module it imports at run time, and the client versions it fits.

The overlays reach into the generated clients' internals (their ``Client``, models and ``types``), so each vendor's
extra (``switchboard[gatum]``) pins its client to the major version the overlay was written against. When a
regeneration moves a client to another major version (a breaking spec change), the test below fails until the
overlay's range is moved with it.
"""

from __future__ import annotations

import ast
import importlib.metadata
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
CLIENTS = sorted(ROOT.glob("generated/*-client/pyproject.toml"))
OWN = {"switchboard", "switchboard_mocks"}


def requirements(extra: str | None = None) -> dict[str, Requirement]:
    listed = PROJECT["dependencies"] if extra is None else PROJECT["optional-dependencies"][extra]
    return {canonicalize_name(r.name): r for r in map(Requirement, listed)}


@pytest.mark.parametrize("pyproject", CLIENTS, ids=lambda p: p.parent.name)
def test_each_vendor_extra_requires_the_current_major_of_its_client(pyproject: Path) -> None:
    client = tomllib.loads(pyproject.read_text())["project"]
    name, version = canonicalize_name(client["name"]), Version(client["version"])
    vendor = name.removesuffix("-client")
    assert vendor in PROJECT["optional-dependencies"], f"no extra switchboard[{vendor}] for {name}"
    requirement = requirements(vendor)[name]
    assert requirement.specifier.contains(version), (
        f"{name} is at {version}, outside switchboard[{vendor}]'s {requirement.specifier}: check the overlay "
        f"against the new major version, then move the range in pyproject.toml"
    )
    assert str(requirement.specifier) == f"<{version.major + 1},>={version.major}", (
        f"switchboard[{vendor}] should allow exactly {name}'s major version {version.major}, not "
        f"{requirement.specifier}"
    )


def test_the_all_extra_names_every_vendor() -> None:
    (everything,) = map(Requirement, PROJECT["optional-dependencies"]["all"])
    assert everything.name == PROJECT["name"]
    vendors = {
        canonicalize_name(tomllib.loads(p.read_text())["project"]["name"]).removesuffix("-client") for p in CLIENTS
    }
    assert everything.extras == vendors


def imported_distributions(folder: Path) -> dict[str, set[str]]:
    """The distributions whose modules the code in ``folder`` imports, each with the files importing it."""
    owners = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for top in {name.split(".")[0] for name in names}:
                if top in sys.stdlib_module_names or top in OWN or top == "__future__":
                    continue
                for dist in owners.get(top, [top]):
                    found.setdefault(canonicalize_name(dist), set()).add(str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("folder", ["overlays", "mocks"])
def test_everything_imported_at_run_time_is_declared(folder: str) -> None:
    declared = set(requirements())
    for extra in PROJECT["optional-dependencies"]:
        declared |= set(requirements(extra))
    # pytest is imported only by the pytest plugin, which pytest itself loads.
    undeclared = {d: files for d, files in imported_distributions(ROOT / folder).items() if d not in declared}
    undeclared.pop("pytest", None)
    assert not undeclared, f"imported but not a dependency of switchboard: {undeclared}"


def test_the_license_file_is_the_one_pyproject_names() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
