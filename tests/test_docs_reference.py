"""The generated reference documents every operation of every spec, with its call and its retry rule.

The oracle reads the specs' YAML on its own (paths and methods); the pages come from scripts/docs_reference.py, as
the docs build renders them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import docs_reference  # noqa: E402

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
SPECS = sorted(p for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".codegen.yaml"))
SECTION = re.compile(r"^### (\S+) \{ #[\w-]+ \}$", re.MULTILINE)


def spec_operations(path: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (HTTP method, definition) of every operation of a spec, read from its YAML."""
    document = yaml.safe_load(path.read_text())
    found = {}
    for item in document["paths"].values():
        for method, definition in item.items():
            if method in METHODS:
                found[definition["operationId"]] = (method.upper(), definition)
    return found


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return dict(docs_reference.pages())


def sections(page: str) -> dict[str, str]:
    """operationId -> the text of its section on an operations page."""
    starts = list(SECTION.finditer(page))
    ends = [m.start() for m in starts[1:]] + [len(page)]
    return {m.group(1): page[m.start() : end] for m, end in zip(starts, ends, strict=True)}


def test_every_operation_of_every_vendor_has_a_section(pages: dict[str, str]) -> None:
    total = 0
    for spec in SPECS:
        expected = spec_operations(spec)
        found = sections(pages[f"reference/{spec.stem}.md"])
        assert sorted(found) == sorted(expected), spec.name
        total += len(expected)
    assert len(SPECS) == 5
    index = pages["reference/index.md"]
    assert f"In all: {total} operations." in index
    assert total == sum(len(sections(pages[f"reference/{s.stem}.md"])) for s in SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_a_section_shows_the_call_the_retry_rule_and_the_errors(spec: Path, pages: dict[str, str]) -> None:
    operations = spec_operations(spec)
    for operation_id, text in sections(pages[f"reference/{spec.stem}.md"]).items():
        method, definition = operations[operation_id]
        assert re.search(rf"^client\.\w+\.{operation_id}\(", text, re.MULTILINE), operation_id
        assert re.search(rf"^await client\.aio\.\w+\.{operation_id}\(", text, re.MULTILINE), operation_id
        safe = method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"} or definition.get("x-idempotent") is True
        assert ("**retried**" in text) is safe, operation_id
        assert ("**not retried**" in text) is not safe, operation_id
        assert "| `timeout` | transport |" in text, operation_id  # every operation can meet a timeout
        for status in definition.get("responses", {}):
            if str(status)[0] in "45" and str(status) != "default":
                assert f"| `http_{status}` |" in text, (operation_id, status)


def test_every_model_of_the_generated_packages_has_a_section(pages: dict[str, str]) -> None:
    for spec in SPECS:
        package = ROOT / "generated" / f"{spec.stem}-client" / f"{spec.stem}_client" / "models"
        classes = set()
        for module in package.glob("*.py"):
            classes |= set(re.findall(r"^class (\w+)", module.read_text(), re.MULTILINE))
        page = pages[f"reference/{spec.stem}-models.md"]
        documented = set(re.findall(r"^### (\w+) \{", page, re.MULTILINE))
        assert classes, spec.stem
        assert classes <= documented, sorted(classes - documented)


def test_the_changelog_pages_carry_each_clients_version(pages: dict[str, str]) -> None:
    for spec in SPECS:
        project = (ROOT / "generated" / f"{spec.stem}-client" / "pyproject.toml").read_text()
        version = re.search(r'^version = "([^"]+)"', project, re.MULTILINE)
        assert version is not None
        assert pages[f"changelog/{spec.stem}.md"].startswith(f"# {spec.stem}-client {version.group(1)}\n")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_a_section_names_the_handler_the_mock_engine_dispatches_to(spec: Path, pages: dict[str, str]) -> None:
    from switchboard_mocks import vendor_class

    mock = vendor_class(spec.stem)
    mock_instance = mock.__new__(mock)  # handler() reads only the class: no settings needed
    for operation_id, text in sections(pages[f"reference/{spec.stem}.md"]).items():
        handler = mock.handler(mock_instance, operation_id)
        assert handler is not None, operation_id
        assert f"**Mock**: `{mock.__name__}.{handler.__name__}` answers it" in text, operation_id


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_paging_helper_of_the_overlay_is_named_by_the_operation_it_pages(
    spec: Path, pages: dict[str, str]
) -> None:
    import importlib
    import inspect

    overlay = importlib.import_module(f"switchboard.{spec.stem}")
    helpers = [n for n, f in inspect.getmembers(overlay, inspect.isfunction) if re.match(r"a?iter_", n)]
    page = pages[f"reference/{spec.stem}.md"]
    paging = re.findall(r"^\*\*Paging\*\*: all pages, one item at a time: (.*)$", page, re.MULTILINE)
    named = set(re.findall(rf"`switchboard\.{spec.stem}\.(\w+)`", " ".join(paging)))
    assert named == set(helpers)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_paged_operation_names_its_resource_iterator_first(spec: Path, pages: dict[str, str]) -> None:
    paged = {op for op, (_, definition) in spec_operations(spec).items() if "x-switchboard-paging" in definition}
    page = sections(pages[f"reference/{spec.stem}.md"])

    for operation_id in paged:
        (line,) = re.findall(r"^\*\*Paging\*\*: (.*)$", page[operation_id], re.MULTILINE)
        assert re.match(r"all pages, one item at a time: `client\.\w+\.iter_\w+\(\.\.\.\)`", line), operation_id
