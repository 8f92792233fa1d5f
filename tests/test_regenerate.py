"""The maintainer's loop: incremental, atomic regeneration, the drift gate, and what a spec edit means for users."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "regenerate.py"
VENDORS = ("passinfo", "netsapiens")


def git(repo: Path, *args: str) -> str:
    command = ["git", "-C", str(repo), "-c", "user.name=test", "-c", "user.email=test@example.com", *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding two of the project's specs and their committed generated packages."""
    for vendor in VENDORS:
        (tmp_path / "specs").mkdir(exist_ok=True)
        for name in (f"{vendor}.yaml", f"{vendor}.codegen.yaml"):
            shutil.copy(ROOT / "specs" / name, tmp_path / "specs" / name)
        shutil.copytree(
            ROOT / "generated" / f"{vendor}-client",
            tmp_path / "generated" / f"{vendor}-client",
            ignore=shutil.ignore_patterns("__pycache__", ".pdm-build", ".mypy_cache"),
        )
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "baseline")
    return tmp_path


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        [sys.executable, str(SCRIPT), "--root", str(repo), *args], capture_output=True, text=True, check=False
    )


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def committed_version(repo: Path, vendor: str) -> tuple[int, int, int]:
    """The package version in the vendor's codegen config (it moves as the real spec evolves)."""
    found = re.search(
        r"package_version_override:\s*(\d+)\.(\d+)\.(\d+)", (repo / "specs" / f"{vendor}.codegen.yaml").read_text()
    )
    assert found
    major, minor, patch = map(int, found.groups())
    return major, minor, patch


def show(version: tuple[int, int, int]) -> str:
    return ".".join(map(str, version))


def edit_spec(repo: Path, vendor: str, change: object) -> None:
    path = repo / "specs" / f"{vendor}.yaml"
    spec = yaml.safe_load(path.read_text())
    change(spec)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_an_unchanged_tree_regenerates_nothing(repo: Path) -> None:
    before = tree_digest(repo / "generated")

    result = run(repo)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["netsapiens: up to date", "passinfo: up to date"]
    assert tree_digest(repo / "generated") == before


def test_an_edited_spec_triggers_exactly_its_own_regeneration(repo: Path) -> None:
    untouched = tree_digest(repo / "generated" / "netsapiens-client")
    major, minor, patch = committed_version(repo, "passinfo")
    edit_spec(repo, "passinfo", lambda s: s["info"].update(description=s["info"]["description"] + "\nEdited."))

    result = run(repo)

    assert result.returncode == 0, result.stderr
    assert f"passinfo: regenerated, version {show((major, minor, patch + 1))}" in result.stdout
    assert "netsapiens: up to date" in result.stdout
    assert tree_digest(repo / "generated" / "netsapiens-client") == untouched
    assert run(repo).stdout.splitlines() == ["netsapiens: up to date", "passinfo: up to date"]


def test_a_removed_required_field_is_breaking_and_bumps_the_major_version(repo: Path) -> None:
    def drop_required_field(spec: dict[str, object]) -> None:
        schema = spec["components"]["schemas"]["SingleMessageRequest"]  # type: ignore[index]
        removed = schema["required"][-1]
        schema["required"].remove(removed)
        del schema["properties"][removed]

    old = committed_version(repo, "passinfo")
    new = show((old[0] + 1, 0, 0))
    edit_spec(repo, "passinfo", drop_required_field)

    result = run(repo, "passinfo")

    assert result.returncode == 0, result.stderr
    assert re.search(rf"passinfo\s+{re.escape(show(old))} -> {re.escape(new)}\s+major\s+1\b", result.stdout), (
        result.stdout
    )
    assert "request field" in result.stdout
    assert "removed" in result.stdout
    config = (repo / "specs" / "passinfo.codegen.yaml").read_text()
    assert f"package_version_override: {new}" in config
    assert f'version = "{new}"' in (repo / "generated" / "passinfo-client" / "pyproject.toml").read_text()
    changelog = (repo / "generated" / "passinfo-client" / "CHANGELOG.md").read_text()
    assert f"## {new}" in changelog
    assert "**breaking**" in changelog
    # Running again changes nothing: the version is derived from the committed one, not bumped twice.
    assert run(repo, "passinfo", "--force").returncode == 0
    assert f"package_version_override: {new}" in (repo / "specs" / "passinfo.codegen.yaml").read_text()
    assert (repo / "generated" / "passinfo-client" / "CHANGELOG.md").read_text().count(f"## {new}") == 1


def test_an_added_optional_parameter_is_a_minor_version(repo: Path) -> None:
    def add_query_parameter(spec: dict[str, object]) -> None:
        for item in spec["paths"].values():  # type: ignore[attr-defined]
            if "get" in item:
                item["get"].setdefault("parameters", []).append(
                    {"name": "trace", "in": "query", "required": False, "schema": {"type": "boolean"}}
                )
                return

    major, minor, _ = old = committed_version(repo, "passinfo")
    edit_spec(repo, "passinfo", add_query_parameter)

    result = run(repo, "passinfo")

    assert result.returncode == 0, result.stderr
    assert f"{show(old)} -> {show((major, minor + 1, 0))}" in result.stdout
    assert "query parameter 'trace' added" in result.stdout


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        ("invalid YAML", "openapi: 3.1.0\ninfo: [unclosed\n"),
        (
            "a generator warning",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      operationId: a\n"
            "      requestBody:\n        content:\n          text/plain:\n            schema: {type: string}\n"
            "      responses:\n        '200': {description: ok}\n",
        ),
    ],
)
def test_a_failed_generation_leaves_generated_untouched(repo: Path, name: str, broken: str) -> None:
    before = tree_digest(repo / "generated")
    config_before = (repo / "specs" / "passinfo.codegen.yaml").read_text()
    (repo / "specs" / "passinfo.yaml").write_text(broken)

    result = run(repo)

    assert result.returncode == 1
    assert "passinfo: FAILED, generated/passinfo-client left as it was" in result.stderr
    assert "netsapiens: up to date" in result.stdout
    assert tree_digest(repo / "generated") == before
    assert (repo / "specs" / "passinfo.codegen.yaml").read_text() == config_before


def test_a_paging_declaration_the_templates_cannot_follow_fails_generation(repo: Path) -> None:
    """The iterators are generated from ``x-switchboard-paging``: items where the success answer has none fail that
    spec's generation, naming the operation, and leave its package as it was."""
    before = tree_digest(repo / "generated")

    def misplace_items(spec: dict[str, Any]) -> None:
        spec["paths"]["/contact/all_my_contacts"]["get"]["x-switchboard-paging"]["items"] = "people"

    edit_spec(repo, "passinfo", misplace_items)
    result = run(repo, "passinfo")

    assert result.returncode == 1
    assert "passinfo: FAILED, generated/passinfo-client left as it was" in result.stderr
    assert "get_contacts_list: the success answer has no 'people'" in result.stderr
    assert tree_digest(repo / "generated") == before


def test_a_process_killed_midway_leaves_generated_untouched(repo: Path) -> None:
    config = repo / "specs" / "passinfo.codegen.yaml"
    config.write_text(config.read_text().replace("post_hooks:\n", "post_hooks:\n  - sleep 60\n"))
    before = tree_digest(repo / "generated")
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, str(SCRIPT), "--root", str(repo), "passinfo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not any((repo / "generated").glob(".tmp-*/passinfo-client/passinfo_client/api")):
            assert time.monotonic() < deadline, "generation never started"
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    after = {k: v for k, v in tree_digest(repo / "generated").items() if not k.startswith(".tmp-")}
    assert after == before
    run(repo, "netsapiens")  # the next run clears what the killed one left
    assert not list((repo / "generated").glob(".tmp-*"))


def test_check_names_a_hand_edited_file(repo: Path) -> None:
    edited = repo / "generated" / "passinfo-client" / "passinfo_client" / "client.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")

    result = run(repo, "--check")

    assert result.returncode == 1
    assert "generated/passinfo-client/passinfo_client/client.py: differs from what the spec produces" in result.stderr


def test_check_fails_on_a_stale_stamp_and_a_stray_file(repo: Path) -> None:
    edit_spec(repo, "netsapiens", lambda s: s["info"].update(title="Renamed"))
    (repo / "generated" / "passinfo-client" / "passinfo_client" / "extra.py").write_text("x = 1\n")

    result = run(repo, "--check")

    assert result.returncode == 1
    assert "generated/netsapiens-client/switchboard-stamp.json: differs" in result.stderr
    assert "generated/passinfo-client/passinfo_client/extra.py: not produced by the spec" in result.stderr


def test_check_passes_on_the_committed_tree(repo: Path) -> None:
    result = run(repo, "--check")

    assert result.returncode == 0, result.stderr
