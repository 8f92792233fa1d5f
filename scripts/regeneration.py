"""The regenerate workflow behind ``scripts/regenerate.py``: see that file for usage."""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

# Everything else is imported where it is used: a no-op run (nothing changed) must stay a few milliseconds.
if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from specdiff import Change

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STAMP = "switchboard-stamp.json"
GENERATOR_LOG = "switchboard-generator-output.txt"
CHANGELOG = "CHANGELOG.md"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff")
#: Files whose bytes decide the output besides spec and config.
SCRIPTS = (HERE / "regenerate.py", HERE / "regeneration.py", HERE / "specdiff.py", HERE / "template_globals.py")
#: switchboard's own templates, which override some of the generator's (``templates/stock.json`` lists which).
TEMPLATES = ROOT / "templates"
# What installing or type-checking a package leaves in it, and the changelog (history, not derived from the spec).
NOT_GENERATED = ["__pycache__", ".ruff_cache", ".mypy_cache", ".pdm-build", "build", "dist", CHANGELOG]
_VERSION_LINE = re.compile(r"^package_version_override:\s*(\S+)\s*$", re.MULTILINE)


class GenerationError(Exception):
    """openapi-python-client failed or warned on one spec."""


class Target(NamedTuple):
    """One vendor: its spec, its codegen config and where its package goes."""

    root: Path
    vendor: str

    @property
    def spec(self) -> Path:
        return self.root / "specs" / f"{self.vendor}.yaml"

    @property
    def config(self) -> Path:
        return self.root / "specs" / f"{self.vendor}.codegen.yaml"

    @property
    def package_dir(self) -> Path:
        return self.root / "generated" / f"{self.vendor}-client"

    def committed(self, path: Path) -> str | None:
        """The text of ``path`` at git's HEAD, or None if it is not committed (or there is no git)."""
        import subprocess

        relative = path.relative_to(self.root).as_posix()
        result = subprocess.run(  # noqa: S603
            ["git", "-C", str(self.root), "show", f"HEAD:{relative}"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout if result.returncode == 0 else None


def select_targets(root: Path, names: Sequence[str]) -> list[Target]:
    known = sorted(p.stem for p in (root / "specs").glob("*.yaml") if not p.name.endswith(".codegen.yaml"))
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"no spec for {', '.join(unknown)} (known: {', '.join(known)})")
    return [Target(root, n) for n in (names or known)]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stamp_for(target: Target) -> dict[str, str]:
    """What the generated package was made from; equal stamps mean equal output."""
    inputs = {
        "spec_sha256": _sha256(target.spec.read_bytes()),
        "codegen_config_sha256": _sha256(target.config.read_bytes()),
        **_shared_inputs(),
    }
    inputs["fingerprint"] = _sha256(json.dumps(inputs, sort_keys=True).encode())
    return inputs


@functools.cache
def _shared_inputs() -> dict[str, str]:
    """The inputs every package shares: the scripts and the pinned tools."""
    return {
        "scripts_sha256": _sha256(b"".join(p.read_bytes() for p in SCRIPTS)),
        "templates_sha256": _sha256(b"".join(p.read_bytes() for p in sorted(TEMPLATES.glob("*.jinja")))),
        **{tool: tool_version(tool) for tool in TOOLS},
    }


def tool_version(distribution: str) -> str:
    """The installed version of ``distribution``, read from its dist-info folder name.

    Not ``importlib.metadata``: importing it costs more than the rest of a no-op run.
    """
    wanted = re.compile(rf"{re.escape(distribution.replace('-', '_'))}-([^-]+)\.dist-info", re.IGNORECASE)
    for entry in sys.path:
        if os.path.isdir(entry):
            for name in os.listdir(entry):
                found = wanted.fullmatch(name)
                if found:
                    return found.group(1)
    raise SystemExit(f"{distribution} is not installed: run through `nox -s regenerate`")


def is_stale(target: Target) -> bool:
    try:
        stamp = json.loads((target.package_dir / STAMP).read_text())
    except (OSError, ValueError):
        return True
    return bool(stamp.get("fingerprint") != stamp_for(target)["fingerprint"])


# Generation, in worker processes.


def _generate(spec: str, config: str, out: str) -> str:
    """Run openapi-python-client in this process; return what it said, raise if it said anything bad."""
    import contextlib
    import io

    import template_globals
    import yaml
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    settings = Config.from_sources(
        ConfigFile.load_from_path(Path(config)),
        MetaType.PDM,
        Path(spec),
        "utf-8",
        overwrite=False,
        output_path=Path(out),
    )
    # What openapi_python_client.generate does, with switchboard's globals added before the templates render (the
    # generator drops x-* extensions). tests/test_templates.py pins the private function's source by digest.
    project = _get_project_for_url_or_path(config=settings, custom_template_path=TEMPLATES)
    errors: list[GeneratorError]
    if isinstance(project, GeneratorError):
        errors = [project]
    else:
        document = yaml.safe_load(Path(spec).read_text())
        try:
            project.env.globals["paging"] = template_globals.paging(project.openapi, document)
        except template_globals.DeclarationError as exc:
            raise GenerationError(f"{Path(spec).name}: {exc}") from None
        with contextlib.redirect_stdout(io.StringIO()):  # "Generating <path>": the caller reports progress
            errors = list(project.build())
    said = "\n".join(f"{e.level.value}: {e.header}" + (f"\n  {e.detail}" if e.detail else "") for e in errors)
    if errors:  # --fail-on-warning: a warning means an endpoint or a model was skipped
        raise GenerationError(f"{Path(spec).name}: generation failed:\n{said}")
    package = Path(out) / Path(out).name.replace("-client", "_client")
    if not package.is_dir():
        raise GenerationError(f"{Path(spec).name}: the generator produced no package")
    said = said or "no errors, no warnings"
    webhooks_said = _generate_webhook_models(Path(spec), Path(out), package)
    return f"{said}\n{webhooks_said}" if webhooks_said else said


#: The extra of a generated package that its webhook models need.
WEBHOOKS_EXTRA = 'webhooks = ["pydantic>=2.6,<3"]'


def _generate_webhook_models(spec: Path, project: Path, package: Path) -> str:
    """The spec's webhook payloads as pydantic models in ``<package>/webhooks.py`` (openapi-python-client drops
    webhooks); pydantic is the package's ``webhooks`` extra. Return what the generator said, empty without webhooks.
    """
    import contextlib
    import io
    import subprocess

    import yaml

    if not yaml.safe_load(spec.read_text()).get("webhooks"):
        return ""
    from datamodel_code_generator.__main__ import main as datamodel_codegen

    target = package / "webhooks.py"
    # Pydantic v2: validation with field names, aliases for the vendors' hyphenated keys, extra fields kept
    # (tolerant reader); Annotated constraints so that mypy --strict reads the output.
    args = ["--input", str(spec), "--input-file-type", "openapi", "--openapi-scopes", "webhooks"]
    args += ["--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11"]
    args += ["--use-annotated", "--field-constraints", "--extra-fields", "allow", "--disable-timestamp"]
    args += ["--formatters", "builtin", "--output", str(target)]
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = datamodel_codegen(args)
    said = err.getvalue().strip()
    if code != 0 or said or not target.is_file():
        raise GenerationError(f"{spec.name}: webhook models failed (exit {code}):\n{said}")
    header = f'"""Webhook payload models of {spec.name}, generated by datamodel-code-generator. Do not edit."""\n\n'
    target.write_text(header + target.read_text().split("\n\n", 1)[1])
    for hook in (
        ["ruff", "check", "--fix-only", "--extend-select=I", "webhooks.py"],
        ["ruff", "format", "webhooks.py"],
    ):
        subprocess.run(hook, cwd=package, check=True, capture_output=True)  # noqa: S603 (pinned ruff, fixed args)
    meta = project / "pyproject.toml"
    text = meta.read_text()
    meta.write_text(
        text.replace("\n[tool.pdm]", f"\n[project.optional-dependencies]\n{WEBHOOKS_EXTRA}\n\n[tool.pdm]", 1)
    )
    return "webhook models (datamodel-code-generator): no errors, no warnings"


def _pool(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    # The generator's post hooks call `ruff` by name: the pinned one beside this interpreter.
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return ProcessPoolExecutor(max_workers=max(1, min(jobs, os.cpu_count() or 1)))


def start_generation(pool: ProcessPoolExecutor, target: Target, parent: Path) -> Future[str]:
    out = parent / target.package_dir.name
    return pool.submit(_generate, str(target.spec), str(target.config), str(out))


def finish_package(target: Target, out: Path, said: str, changelog: str | None) -> None:
    """Add what the generator leaves out: the stamp, what it said, the changelog."""
    import shutil

    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    (out / GENERATOR_LOG).write_text(said.strip() + "\n")
    (out / STAMP).write_text(json.dumps(stamp_for(target), indent=2, sort_keys=True) + "\n")
    if changelog:
        (out / CHANGELOG).write_text(changelog)


def swap_in(new: Path, target: Path) -> None:
    """Replace ``target`` with ``new``: two renames on one filesystem, the old tree removed last."""
    import shutil

    old = new.parent / f"{target.name}.old"
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


# What changed for users.


class Release(NamedTuple):
    """The API changes of one spec against its committed version, and the version they lead to."""

    vendor: str
    old_version: str
    new_version: str
    changes: list[Change]
    #: The codegen config as it was before the version was written into it, to restore on failure.
    config_before: str

    @property
    def kind(self) -> str:
        if self.new_version == self.old_version:
            return "none"
        major, minor = (int(x) for x in self.new_version.split(".")[:2])
        old_major, old_minor = (int(x) for x in self.old_version.split(".")[:2])
        return "major" if major != old_major else "minor" if minor != old_minor else "patch"


def plan_release(target: Target) -> Release:
    """Diff the spec against HEAD and set the package version in the codegen config accordingly."""
    import yaml
    from specdiff import bump, diff

    config_text = target.config.read_text()
    committed_config = target.committed(target.config) or config_text
    found = _VERSION_LINE.search(committed_config)
    base_version = found.group(1).strip("'\"") if found else "1.0.0"
    committed_spec = target.committed(target.spec)
    if committed_spec is None:
        return Release(target.vendor, base_version, base_version, [], config_text)
    changes = diff(yaml.safe_load(committed_spec), yaml.safe_load(target.spec.read_text()))
    release = Release(target.vendor, base_version, bump(base_version, changes), changes, config_text)
    wanted = _VERSION_LINE.sub(f"package_version_override: {release.new_version}", config_text)
    if wanted != config_text:
        target.config.write_text(wanted)
    return release


def changelog_for(target: Target, release: Release) -> str | None:
    """The committed changelog with this release's entry on top (None: nothing to write)."""
    path = target.package_dir / CHANGELOG
    committed = target.committed(path)
    if release.kind == "none":
        return committed or (path.read_text() if path.exists() else None)
    base = committed or f"# {target.vendor}-client changelog\n\nAPI changes of the generated package, newest first.\n"
    from datetime import UTC, datetime

    lines = [f"\n## {release.new_version} ({datetime.now(UTC).date()}, {release.kind})\n"]
    lines += [f"- **{c.level}** {c.where}: {c.what}" for c in release.changes]
    head, sep, rest = base.partition("\n## ")
    return head.rstrip("\n") + "\n" + "\n".join(lines) + "\n" + (f"\n## {rest}" if sep else "")


def print_report(releases: Iterable[Release]) -> None:
    rows = [r for r in releases if r.changes]
    if not rows:
        return
    print("\nAPI changes against the last commit:")
    print(f"  {'vendor':<12} {'version':<18} {'bump':<6} {'breaking':>8} {'added':>6} {'other':>6}")
    for r in rows:
        counts = {level: sum(1 for c in r.changes if c.level == level) for level in ("breaking", "addition", "patch")}
        print(
            f"  {r.vendor:<12} {r.old_version + ' -> ' + r.new_version:<18} {r.kind:<6} "
            f"{counts['breaking']:>8} {counts['addition']:>6} {counts['patch']:>6}"
        )
        for c in r.changes:
            print(f"      {c.level:<9} {c.where}: {c.what}")


# Commands.


def _clean_leftovers(root: Path) -> None:
    """Remove temporary folders a killed run left behind."""
    for leftover in (root / "generated").glob(".tmp-*"):
        import shutil

        shutil.rmtree(leftover, ignore_errors=True)


def regenerate(root: Path, names: Sequence[str], *, force: bool = False) -> int:
    import tempfile

    targets = select_targets(root, names)
    (root / "generated").mkdir(exist_ok=True)
    _clean_leftovers(root)
    todo = [t for t in targets if force or is_stale(t)]
    for t in targets:
        if t not in todo:
            print(f"{t.vendor}: up to date")
    if not todo:
        return 0
    releases: dict[str, Release] = {}
    failures: list[str] = []
    for target in list(todo):
        try:
            releases[target.vendor] = plan_release(target)
        except Exception as exc:  # a spec that does not even parse
            failures.append(f"{target.vendor}: FAILED, generated/{target.package_dir.name} left as it was\n{exc}")
            todo.remove(target)
    with tempfile.TemporaryDirectory(prefix=".tmp-", dir=root / "generated") as tmp, _pool(len(todo)) as pool:
        futures = {t.vendor: start_generation(pool, t, Path(tmp)) for t in todo}
        for target in todo:
            try:
                said = futures[target.vendor].result()
                out = Path(tmp) / target.package_dir.name
                finish_package(target, out, said, changelog_for(target, releases[target.vendor]))
                swap_in(out, target.package_dir)
                release = releases[target.vendor]
                print(f"{target.vendor}: regenerated, version {release.new_version}")
            except Exception as exc:  # reported per vendor: one bad spec must not stop the others
                target.config.write_text(releases[target.vendor].config_before)
                failures.append(f"{target.vendor}: FAILED, generated/{target.package_dir.name} left as it was\n{exc}")
    for failure in failures:
        print(failure, file=sys.stderr)
    print_report(releases.values())
    return 1 if failures else 0


def _differences(left: Path, right: Path, prefix: str = "") -> Iterable[str]:
    import filecmp

    cmp = filecmp.dircmp(left, right, ignore=NOT_GENERATED)
    for name in cmp.left_only:
        yield f"{prefix}{name}: not produced by the spec (stale or hand-added)"
    for name in cmp.right_only:
        yield f"{prefix}{name}: missing from generated/"
    for name in cmp.common_files:
        if not filecmp.cmp(left / name, right / name, shallow=False):
            yield f"{prefix}{name}: differs from what the spec produces"
    for name in cmp.common_dirs:
        yield from _differences(left / name, right / name, f"{prefix}{name}/")


def check(root: Path, names: Sequence[str]) -> int:
    """Regenerate into a scratch folder and compare byte for byte with what is committed."""
    import tempfile

    targets = select_targets(root, names)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="switchboard-check-") as tmp, _pool(len(targets)) as pool:
        futures = {t.vendor: start_generation(pool, t, Path(tmp)) for t in targets}
        for target in targets:
            rel = target.package_dir.relative_to(root)
            try:
                said = futures[target.vendor].result()
            except Exception as exc:
                problems.append(f"{rel}: {exc}")
                continue
            if not target.package_dir.is_dir():
                problems.append(f"{rel}: missing, run `nox -s regenerate`")
                continue
            fresh = Path(tmp) / target.package_dir.name
            finish_package(target, fresh, said, None)
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
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.check:
        return check(root, args.vendors)
    return regenerate(root, args.vendors, force=args.force)


if __name__ == "__main__":
    raise SystemExit(main())
