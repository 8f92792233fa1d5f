"""Regenerate the vendor clients in ``generated/`` from ``specs/``.

    python scripts/regenerate.py                 # regenerate what changed
    python scripts/regenerate.py gatum           # one vendor (if its inputs changed)
    python scripts/regenerate.py --force         # everything, changed or not
    python scripts/regenerate.py --check         # fail if generated/ is not what the specs produce

A package is regenerated only when its inputs changed: the spec, its codegen config, the pinned generator and ruff
versions, and this script. Their fingerprint is kept in a stamp file inside the package. Generation runs in a
temporary folder beside ``generated/`` and replaces the package only when it fully succeeded, so a failure leaves
``generated/`` as it was.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
STAMP = "switchboard-stamp.json"
GENERATOR_LOG = "switchboard-generator-output.txt"
TOOLS = ("openapi-python-client", "ruff")
# What installing or type-checking a package leaves in it; never part of what the generator produces.
BUILD_LEFTOVERS = ["__pycache__", ".ruff_cache", ".mypy_cache", ".pdm-build", "build", "dist"]


class GenerationError(Exception):
    """openapi-python-client failed or warned on one spec."""


@dataclass(frozen=True)
class Target:
    """One vendor: its spec, its codegen config and where its package goes."""

    vendor: str

    @property
    def spec(self) -> Path:
        return SPECS / f"{self.vendor}.yaml"

    @property
    def config(self) -> Path:
        return SPECS / f"{self.vendor}.codegen.yaml"

    @property
    def package_dir(self) -> Path:
        return GENERATED / f"{self.vendor}-client"


def all_targets() -> list[Target]:
    """Every vendor that has a spec."""
    return [Target(p.stem) for p in sorted(SPECS.glob("*.yaml")) if not p.name.endswith(".codegen.yaml")]


def select_targets(names: Sequence[str]) -> list[Target]:
    known = {t.vendor: t for t in all_targets()}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"no spec for {', '.join(unknown)} (known: {', '.join(known)})")
    return [known[n] for n in names] if names else list(known.values())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stamp_for(target: Target) -> dict[str, str]:
    """What the generated package was made from; equal stamps mean equal output."""
    inputs = {
        "spec_sha256": _sha256(target.spec),
        "codegen_config_sha256": _sha256(target.config),
        "regenerate_script_sha256": _sha256(Path(__file__)),
        **{tool: metadata.version(tool) for tool in TOOLS},
    }
    inputs["fingerprint"] = hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()
    return inputs


def read_stamp(package_dir: Path) -> dict[str, str] | None:
    try:
        loaded: dict[str, str] = json.loads((package_dir / STAMP).read_text())
    except (OSError, ValueError):
        return None
    return loaded


def is_stale(target: Target) -> bool:
    stamp = read_stamp(target.package_dir)
    return stamp is None or stamp.get("fingerprint") != stamp_for(target)["fingerprint"]


def _tool_env() -> dict[str, str]:
    # The generator's post hooks call `ruff` by name: make it the pinned one beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate_into(target: Target, parent: Path) -> Path:
    """Generate ``target`` into ``parent/<vendor>-client`` and return that folder."""
    out = parent / target.package_dir.name
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(target.spec),
        "--config",
        str(target.config),
        "--meta",
        "pdm",
        "--output-path",
        str(out),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, cwd=parent, env=_tool_env(), capture_output=True, text=True, check=False)  # noqa: S603
    output = (result.stdout + result.stderr).replace(str(out), f"<{out.name}>").replace(str(ROOT), "<root>")
    if result.returncode != 0 or not (out / f"{target.vendor}_client").is_dir():
        raise GenerationError(f"{target.spec.name}: generation failed (exit {result.returncode}):\n{output.strip()}")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    (out / GENERATOR_LOG).write_text(output.strip() + "\n")
    (out / STAMP).write_text(json.dumps(stamp_for(target), indent=2, sort_keys=True) + "\n")
    return out


def _swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` with ``new``: two renames on one filesystem, the old tree removed last."""
    old = new.parent / f"{target.name}.old"
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def regenerate_one(target: Target) -> None:
    GENERATED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".tmp-{target.vendor}-", dir=GENERATED) as tmp:
        new = generate_into(target, Path(tmp))
        _swap_in(new, target.package_dir)


def run_parallel(targets: Sequence[Target], job: Callable[[Target], object]) -> dict[str, BaseException | None]:
    """Run ``job(target)`` for each target on a small pool; map vendor to its exception (None on success)."""

    def attempt(target: Target) -> BaseException | None:
        try:
            job(target)
        except Exception as exc:  # reported per vendor; one bad spec must not stop the others
            return exc
        return None

    workers = max(1, min(len(targets), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(zip((t.vendor for t in targets), pool.map(attempt, targets), strict=True))


def regenerate(names: Sequence[str], *, force: bool = False) -> int:
    targets = select_targets(names)
    todo = [t for t in targets if force or is_stale(t)]
    for t in targets:
        if t not in todo:
            print(f"{t.vendor}: up to date")
    results = run_parallel(todo, regenerate_one)
    failed = 0
    for vendor, error in results.items():
        if error is None:
            print(f"{vendor}: regenerated")
        else:
            failed += 1
            print(f"{vendor}: FAILED, generated/{vendor}-client left as it was\n{error}", file=sys.stderr)
    return 1 if failed else 0


def _differences(left: Path, right: Path, prefix: str = "") -> Iterable[str]:
    cmp = filecmp.dircmp(left, right, ignore=BUILD_LEFTOVERS)
    for name in cmp.left_only:
        yield f"{prefix}{name}: not produced by the spec (stale or hand-added)"
    for name in cmp.right_only:
        yield f"{prefix}{name}: missing from generated/"
    for name in cmp.common_files:
        if not filecmp.cmp(left / name, right / name, shallow=False):
            yield f"{prefix}{name}: differs from what the spec produces"
    for name in cmp.common_dirs:
        yield from _differences(left / name, right / name, f"{prefix}{name}/")


def check(names: Sequence[str]) -> int:
    """Regenerate into a scratch folder and compare byte for byte with what is committed."""
    targets = select_targets(names)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="switchboard-check-") as tmp:
        results = run_parallel(targets, lambda t: generate_into(t, Path(tmp)))
        for target in targets:
            error = results[target.vendor]
            rel = target.package_dir.relative_to(ROOT)
            if error is not None:
                problems.append(f"{rel}: {error}")
            elif not target.package_dir.is_dir():
                problems.append(f"{rel}: missing, run `nox -s regenerate`")
            else:
                fresh = Path(tmp) / target.package_dir.name
                problems.extend(f"{rel}/{d}" for d in _differences(target.package_dir, fresh))
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"generated/ does not match specs/ ({len(problems)} problems): run `nox -s regenerate`", file=sys.stderr)
        return 1
    print(f"generated/ matches specs/ for {', '.join(t.vendor for t in targets)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendors to regenerate (default: all)")
    parser.add_argument("--force", action="store_true", help="regenerate even when the inputs did not change")
    parser.add_argument("--check", action="store_true", help="only compare generated/ with what the specs produce")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.vendors)
    return regenerate(args.vendors, force=args.force)


if __name__ == "__main__":
    raise SystemExit(main())
