"""Every Python example of the documentation (docs/**/*.md) runs, against the mocks, as the page shows it.

A page's front matter names the mock its examples run against (``mock: netsapiens``); its examples then find
``base_url`` and the credentials the mock accepts (named as the vendor's ``make_client`` takes them: ``client_id``,
``password``, ...) and the served mock itself (``mock``, the plugin's ``ServedMock``). The examples of a page run in
order in one namespace, in a temporary working directory; an example with an ``await`` runs in ``asyncio.run``. A
block whose first line is ``# <name>.py`` is also a file: those named ``test_*.py`` are run with pytest (pytester),
as a user's tests, and must all pass.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
#: A fenced block, flush left or indented in a list: its indent, its language and its text.
FENCE = re.compile(r"^( *)```(\w*)[^\n]*\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
FILE_NAME = re.compile(r"\A# (\w+)\.py\n")
README = ROOT / "README.md"
#: The README has no front matter (it would show on the forge's page): its examples run against this mock.
README_MOCK = "netsapiens"


def _import_everything() -> None:
    """Import every module the examples may use, once: pytester forgets the modules a test imported, and an
    overlay holding the classes of a forgotten import would refuse the models of the next one."""
    from switchboard_mocks import VENDORS

    for vendor in VENDORS:
        importlib.import_module(f"switchboard.{vendor}")
        package = importlib.import_module(f"{vendor}_client")
        for module in pkgutil.walk_packages(package.__path__, f"{vendor}_client."):
            importlib.import_module(module.name)
    webhooks = importlib.import_module("switchboard.webhooks")
    for module in pkgutil.walk_packages(webhooks.__path__, "switchboard.webhooks."):
        importlib.import_module(module.name)


_import_everything()


def front_matter(text: str) -> dict[str, Any]:
    """The YAML between the page's leading ``---`` lines (MkDocs' page meta), or nothing."""
    if not text.startswith("---\n"):
        return {}
    meta: dict[str, Any] = yaml.safe_load(text[4 : text.index("\n---\n", 4)]) or {}
    return meta


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(line, code) of every ```python block, dedented to its fence."""
    blocks = []
    for found in FENCE.finditer(text):
        indent, language, code = found.groups()
        if language in ("python", "py"):
            line = text.count("\n", 0, found.start()) + 2
            blocks.append((line, "".join(row[len(indent) :] for row in code.splitlines(keepends=True))))
    return blocks


def pages() -> list[Path]:
    """Every page of docs/ with a Python example, and the README."""
    return [page for page in [*sorted(DOCS.rglob("*.md")), README] if python_blocks(page.read_text())]


def test_the_docs_have_examples_and_none_is_missed() -> None:
    every = [*sorted(DOCS.rglob("*.md")), README]
    assert len(every) >= 20
    assert len(pages()) >= 10
    assert README in pages()
    for page in every:
        text = page.read_text()
        opened = len(re.findall(r"^ *```(?:python|py)\b", text, re.MULTILINE))
        assert len(python_blocks(text)) == opened, f"{page.relative_to(ROOT)}: a Python block the runner misses"


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_examples_of_a_page_run(
    page: Path,
    switchboard_mock: Any,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = page.read_text()
    meta = {"mock": README_MOCK} if page == README else front_matter(text)
    namespace: dict[str, Any] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    vendor = meta.get("mock")
    if vendor is not None:
        mock = switchboard_mock(vendor)
        namespace.update(mock=mock, base_url=mock.base_url, **mock.credentials)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    tests: dict[str, str] = {}
    written: list[str] = []
    for line, code in python_blocks(text):
        named = FILE_NAME.match(code)
        if named:
            (tmp_path / f"{named.group(1)}.py").write_text(code)
            written.append(named.group(1))
            if named.group(1).startswith("test_"):
                tests[named.group(1)] = code
                continue
        where = f"{page.relative_to(ROOT)}:{line}"
        compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        result = eval(compiled, namespace)  # noqa: S307 - the docs' own examples, which is the point
        if inspect.iscoroutine(result):
            asyncio.run(result)
    for name in written:  # the page's own modules (``myapp``): another page may write one of the same name
        sys.modules.pop(name, None)
    if tests:
        expected = sum(len(re.findall(r"^def test_", code, re.MULTILINE)) for code in tests.values())
        pytester: pytest.Pytester = request.getfixturevalue("pytester")
        for name in written:
            (pytester.path / f"{name}.py").write_text((tmp_path / f"{name}.py").read_text())
        # A user's session in its own process, without the plugins it does not use (schemathesis and hypothesis
        # alone take about 2 s of start-up).
        plugins_off = ("no:cacheprovider", "no:randomly", "no:schemathesis", "no:hypothesispytest")
        options = [option for plugin in plugins_off for option in ("-p", plugin)]
        result = pytester.runpytest_subprocess(*options, *sorted(f"{name}.py" for name in tests))
        result.assert_outcomes(passed=expected)
