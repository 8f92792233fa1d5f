"""Build every wheel, install them into a fresh venv outside the checkout and smoke-test them there.

Run by `nox -s build` and by `tests/test_wheels.py`. The wheels are the hand-written package (``switchboard`` and
``switchboard_mocks``, specs inside) and one per generated client. They go into a new venv in a temporary folder,
not editable, and everything below runs with that venv's ``python -I`` from an empty working folder, so nothing of
the checkout is on ``sys.path``:

- the overlay's wheel alone (its own dependencies, no generated client): ``import switchboard`` works;
- without the ``mock`` extra, pytest still starts (the plugin stays quiet) and the fixture says what to install;
- with it: every generated client and every overlay imports, the specs load from inside the wheel, each vendor's
  mock serves on a loopback port and answers one authenticated call made with its overlay's ``make_client``, the
  pytest plugin serves every mock to a user's test, and the wheels put nothing at the top of site-packages but
  ``switchboard``, ``switchboard_mocks``, the ``<vendor>_client`` packages and their ``.dist-info``.

Vendors are found from the checkout (specs, generated packages, overlay and mock modules), never listed here.
This file is also the smoke test itself (``--inside``): it imports only the standard library at the top.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import importlib.util
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: What the project's wheels may put at the top of site-packages (besides ``*.dist-info``).
ALLOWED_TOP_LEVEL = re.compile(r"switchboard|switchboard_mocks|\w+_client|[\w.]+-[\w.+!]+\.dist-info")

NO_EXTRA_TEST = """
def test_pytest_runs_without_the_mock_extra():
    assert True


def test_the_fixture_names_the_extra(switchboard_mock):
    pass
"""

#: Run with only the overlay's wheel installed: it imports, and no generated client is there to lean on.
OVERLAY_ALONE = """
import importlib.metadata
import pkgutil

import switchboard
import switchboard.spec

found = [m.name for m in pkgutil.iter_modules() if m.name.endswith("_client")]
assert not found, f"generated clients installed: {found}"
print(f"import switchboard works ({importlib.metadata.version('switchboard')}, no generated client installed)")
"""

PLUGIN_TEST = """
from switchboard_mocks import VENDORS


def test_every_mock_is_served_to_a_users_test(switchboard_mock):
    assert VENDORS
    for vendor in VENDORS:
        mock = switchboard_mock(vendor)
        assert mock.base_url.startswith("http://127.0.0.1:")
        assert mock.make_client() is not None
        assert mock.journal() == []
"""


# --- the driver: runs in the checkout --------------------------------------------------------------------------


def expected() -> dict[str, list[str]]:
    """What the checkout says the wheels must hold: vendors with a spec, a generated client, an overlay, a mock."""
    specs = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".codegen.yaml"))
    return {
        "specs": specs,
        "clients": sorted(p.name for p in ROOT.glob("generated/*-client/*_client") if p.is_dir()),
        "overlays": [v for v in specs if _module_exists(ROOT / "overlays" / "switchboard", v)],
        "mocks": [v for v in specs if _module_exists(ROOT / "mocks" / "switchboard_mocks", v)],
    }


def _module_exists(package: Path, name: str) -> bool:
    return (package / f"{name}.py").is_file() or (package / name / "__init__.py").is_file()


def find_uv() -> str:
    """uv from this interpreter's venv (the test group installs it), from PATH, or from the ``uv`` package."""
    beside = Path(sys.executable).parent / "uv"
    if beside.is_file():
        return str(beside)
    on_path = shutil.which("uv")
    if on_path:
        return on_path
    try:
        from uv import find_uv_bin  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise SystemExit("smoke_wheels: uv is needed (pip install uv)") from None
    return str(find_uv_bin())


class Step:
    """Run commands, timing each, failing loudly with their output."""

    def __init__(self, uv: str) -> None:
        self.uv = uv
        self.times: dict[str, float] = {}

    def __call__(
        self, name: str, *args: str | Path, cwd: Path | None = None, expect_fail: bool = False, timed: bool = True
    ) -> str:
        start = time.perf_counter()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
        done = subprocess.run(  # noqa: S603 (our own commands)
            [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
        )
        if timed:
            self.times[name] = self.times.get(name, 0.0) + time.perf_counter() - start
        if (done.returncode != 0) != expect_fail:
            raise SystemExit(
                f"smoke_wheels: {name} {'passed' if expect_fail else 'failed'} (exit {done.returncode}): "
                f"{' '.join(map(str, args))[:300]}\n{done.stdout}\n{done.stderr}"
            )
        return done.stdout


def dist_name(wheel: Path) -> str:
    return wheel.name.split("-", 1)[0]


def extras(wheel: Path) -> list[str]:
    """The extras a wheel declares (``mock``, ``webhooks``): the smoke test installs them all."""
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"{'-'.join(wheel.name.split('-')[:2])}.dist-info/METADATA").decode()
    return sorted(re.findall(r"^Provides-Extra: (\S+)$", metadata, re.MULTILINE))


def build_and_smoke(work: Path) -> None:
    """Build the wheels into ``work/dist``, install them into ``work/venv``, smoke-test them from ``work/cwd``."""
    facts = {**expected(), "checkout": str(ROOT)}
    run = Step(find_uv())
    dist, venv, cwd = work / "dist", work / "venv", work / "cwd"
    cwd.mkdir(parents=True)
    sources = [ROOT, *sorted(p.parent for p in ROOT.glob("generated/*-client/pyproject.toml"))]
    build = ("build", "--quiet", "--wheel", "--out-dir", dist)
    start = time.perf_counter()
    with ThreadPoolExecutor() as pool:  # each build mostly waits for its isolated build environment
        for done in [pool.submit(run, "build", run.uv, *build, source, timed=False) for source in sources]:
            done.result()
    run.times["build"] = time.perf_counter() - start
    wheels = sorted(dist.glob("*.whl"))
    ours = next(w for w in wheels if w.name.startswith("switchboard-"))
    clients = [w for w in wheels if w is not ours]
    print(f"built {len(wheels)} wheels: {', '.join(w.name for w in wheels)}")

    python = venv / "bin" / "python"
    run("venv", run.uv, "venv", "--quiet", "--python", sys.executable, venv)
    # The overlay alone first, with its own dependencies and nothing else: `import switchboard` must work.
    run("install", run.uv, "pip", "install", "--quiet", "--python", python, ours)
    print(f"overlay alone: {run('overlay alone', python, '-I', '-c', OVERLAY_ALONE, cwd=cwd).strip()}")
    run("install", run.uv, "pip", "install", "--quiet", "--python", python, *clients, _pytest_requirement())
    (cwd / "test_no_extra.py").write_text(NO_EXTRA_TEST)
    pytest = (python, "-I", "-m", "pytest", "-p", "no:cacheprovider", "-q", cwd)
    out = run("pytest without the extra", *pytest, cwd=cwd, expect_fail=True)
    if "1 passed, 1 error" not in out or "switchboard[mock]" not in out:
        raise SystemExit(f"smoke_wheels: without the mock extra, pytest should run and the fixture name it:\n{out}")
    (cwd / "test_no_extra.py").unlink()
    print("without the mock extra: pytest runs, the fixture asks for switchboard[mock]")

    everything = [f"{dist_name(w)}[{','.join(extras(w))}] @ {w.as_uri()}" for w in wheels]
    run("install", run.uv, "pip", "install", "--quiet", "--python", python, *everything)
    smoke = cwd.parent / "smoke_wheels.py"  # outside cwd, so that pytest below does not collect it
    shutil.copyfile(__file__, smoke)
    facts["dists"] = [dist_name(w) for w in wheels]
    print(run("smoke", python, "-I", smoke, "--inside", json.dumps(facts), cwd=cwd))
    run("console script", venv / "bin" / "switchboard-mock", "--help", cwd=cwd)
    (cwd / "test_plugin.py").write_text(PLUGIN_TEST)
    out = run("pytest plugin", *pytest, cwd=cwd)
    print(f"pytest plugin from the wheel: {out.strip().splitlines()[-1]}")
    print("times: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in run.times.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it, instead of a temporary one")
    parser.add_argument("--inside", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        try:
            smoke(json.loads(args.inside))
        except SmokeFailure as failure:
            print(f"smoke: {failure}")
            return 1
        return 0
    start = time.perf_counter()
    if args.keep:
        build_and_smoke(args.keep.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="switchboard-wheels-") as work:
            build_and_smoke(Path(work))
    print(f"wheels built, installed and smoke-tested in {time.perf_counter() - start:.1f} s")
    return 0


# --- the smoke test: runs in the fresh venv, with nothing of the checkout importable ------------------------------


class SmokeFailure(Exception):
    """A check of the smoke test failed."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def smoke(expect: dict[str, Any]) -> None:
    checkout = Path(expect["checkout"])
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    inside = [p for p in sys.path if p and Path(p).resolve().is_relative_to(checkout)]
    check(not inside, f"the checkout is on sys.path: {inside}")

    import switchboard
    import switchboard_mocks
    from switchboard.spec import Spec, spec_names

    for module in (switchboard, switchboard_mocks):
        check(Path(module.__file__ or "").resolve().is_relative_to(site), f"{module.__name__} not from {site}")
    check(spec_names() == expect["specs"], f"specs shipped {spec_names()}, checkout has {expect['specs']}")
    for vendor in spec_names():
        path = Spec.load(vendor).path
        check(path is not None and path.resolve().is_relative_to(site / "switchboard" / "_specs"), f"{vendor}: {path}")
    print(f"specs inside the wheel: {', '.join(spec_names())}")

    modules = 0
    for name in expect["clients"]:
        package = importlib.import_module(name)
        check(Path(package.__file__ or "").resolve().is_relative_to(site), f"{name} not from {site}")
        for info in pkgutil.walk_packages(package.__path__, f"{name}."):
            importlib.import_module(info.name)
            modules += 1
    print(f"generated clients imported: {', '.join(expect['clients'])} ({modules} modules)")

    overlays = [v for v in spec_names() if importlib.util.find_spec(f"switchboard.{v}")]
    check(overlays == expect["overlays"], f"overlays installed {overlays}, checkout has {expect['overlays']}")
    for vendor in overlays:
        check(callable(getattr(importlib.import_module(f"switchboard.{vendor}"), "make_client", None)), vendor)
    print(f"overlays imported: {', '.join(overlays)}")

    check(sorted(switchboard_mocks.VENDORS) == expect["mocks"], f"mocks {sorted(switchboard_mocks.VENDORS)}")
    failed = []
    for vendor in sorted(switchboard_mocks.VENDORS):
        try:  # every vendor is tried, so that one report names every failure
            check(vendor in overlays, "it has a mock but no overlay to call it with")
            print(f"{vendor}: {authenticated_call(vendor)}")
        except Exception as exc:
            print(f"{vendor} FAILED: {type(exc).__name__}: {exc}")
            failed.append(vendor)

    top = top_level(expect["dists"])
    print(f"the wheels put at the top of site-packages: {', '.join(top)}")
    stray = [name for name in top if not ALLOWED_TOP_LEVEL.fullmatch(name)]
    check(not stray, f"the wheels put unexpected names at the top of site-packages: {stray}")
    check(not failed, f"no authenticated call for {', '.join(failed)}")


def authenticated_call(vendor: str) -> str:
    """Serve ``vendor``'s mock, build its client from the settings the mock accepts, make one authenticated GET."""
    from switchboard_mocks import create_app, serve

    app = create_app(vendor)
    operation = pick_operation(app.spec)
    module = generated_module(vendor, operation)
    make_client = importlib.import_module(f"switchboard.{vendor}").make_client
    with serve(app) as mock:
        client = make_client(mock.base_url, **app.vendor.client_kwargs())
        response = module.sync_detailed(client=client)
    check(200 <= response.status_code < 300, f"{vendor} {operation}: HTTP {response.status_code}")
    calls = [e for e in app.journal if e.get("operation") == operation]
    check(bool(calls) and all(200 <= e["status"] < 300 for e in calls), f"{vendor} {operation}: journal {calls}")
    check(not app.spec_violations, f"{vendor}: the mock broke its spec: {app.spec_violations}")
    return f"{operation} through make_client against the mock on a port: HTTP {response.status_code}"


def pick_operation(spec: Any) -> str:
    """An authenticated GET that needs no argument (shortest path first): any vendor's mock answers it fresh."""
    candidates = sorted(
        (len(op.path), op.path, op.operation_id)
        for op in spec.by_id.values()
        if op.method.lower() == "get"
        and any(requirement for requirement in op.security)
        and not any(p.required for p in op.parameters)
    )
    check(bool(candidates), f"{spec.path}: no authenticated GET without required parameters to smoke-test")
    return str(candidates[0][2])


def generated_module(vendor: str, operation: str) -> Any:
    """The generated module of ``operation`` (``<vendor>_client.api.<tag>.<operation>``)."""
    api = importlib.import_module(f"{vendor}_client.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if info.name.rsplit(".", 1)[-1] == operation:
            return importlib.import_module(info.name)
    raise SmokeFailure(f"{vendor}_client has no module for {operation}")


def top_level(dists: list[str]) -> list[str]:
    """What the distributions ``dists`` installed at the top of site-packages, from their RECORD (scripts aside)."""
    names: set[str] = set()
    for dist in dists:
        files = importlib.metadata.distribution(dist).files or ()
        names.update(Path(f).parts[0] for f in files if Path(f).parts[0] != "..")
    return sorted(names)


def _pytest_requirement() -> str:
    """The pytest the tests run with (the test group pins it), so that the smoke venv runs the same one."""
    try:
        return f"pytest=={importlib.metadata.version('pytest')}"
    except importlib.metadata.PackageNotFoundError:
        return "pytest"


if __name__ == "__main__":
    raise SystemExit(main())
