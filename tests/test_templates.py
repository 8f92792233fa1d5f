"""switchboard's generator templates: which stock templates they override, and that the seam changes nothing else.

The templates in ``templates/`` give each generated operation its ``OPERATION_ID`` and hand its call to the client's
hooks when it has some (see ``switchboard._hooks``). These tests pin what was copied from the generator, show that a
function imported by name before any client exists still gets switchboard's checks, and compare, call by call, the
generated code without hooks with what the generator's stock templates make of the same spec.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import io
import json
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from switchboard import Spec, spec_names

from .test_client_fuzz import BASE, _argument, call_arguments, generate, response_schemas, to_json

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"


def stock_templates() -> Path:
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates"


def test_the_overridden_stock_templates_are_the_ones_copied() -> None:
    """A generator bump that changes a stock template switchboard copied fails here, naming the template: merge the
    change into ``templates/``, then record the new digest in ``templates/stock.json``."""
    from importlib.metadata import version

    recorded = json.loads((TEMPLATES / "stock.json").read_text())
    overridden = sorted(p.name for p in TEMPLATES.glob("*.jinja"))

    assert sorted(recorded["overrides"]) == overridden, "every template in templates/ is listed in stock.json"
    assert recorded["version"] == version("openapi-python-client")
    changed = [
        name
        for name, digest in recorded["overrides"].items()
        if hashlib.sha256((stock_templates() / name).read_bytes()).hexdigest() != digest
    ]
    assert changed == [], f"stock templates changed since they were copied: {changed}"


def test_the_generator_functions_regeneration_stands_in_for_are_the_ones_read() -> None:
    """``scripts/regeneration.py`` does what ``openapi_python_client.generate`` does, through its private
    ``_get_project_for_url_or_path``, to add the ``paging`` global before the templates render. A generator bump that
    changes either function fails here: check that ``_generate`` still matches, then record the new digests in
    ``templates/stock.json``."""
    import openapi_python_client

    recorded = json.loads((TEMPLATES / "stock.json").read_text())["functions"]
    changed = [
        name
        for name, digest in recorded.items()
        if hashlib.sha256(inspect.getsource(getattr(openapi_python_client, name)).encode()).hexdigest() != digest
    ]

    assert sorted(recorded) == ["_get_project_for_url_or_path", "generate"]
    assert changed == [], f"generator functions changed since regeneration.py was written against them: {changed}"


def test_every_paged_operation_has_an_iterator_typed_with_its_item() -> None:
    """Each ``x-switchboard-paging`` of every spec gives its tag's resource, sync and awaited, an ``iter_*`` method
    returning ``Iterator``/``AsyncIterator`` of a generated model; the raw-response resources have none."""
    from collections.abc import AsyncIterator, Iterator

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from template_globals import iterator_name
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    found = []
    for vendor in spec_names():
        for operation in Spec.load(vendor).operations:
            if "x-switchboard-paging" not in operation.definition:
                continue
            tag = operation.definition["tags"][0]
            module = importlib.import_module(f"{vendor}_client.api.{tag}")
            name = iterator_name(operation.operation_id)
            classes = {kind: getattr(module, kind.replace("*", tag.title().replace("_", ""))) for kind in KINDS}
            for kind, cls in classes.items():
                method = getattr(cls, name, None)
                if "WithRawResponse" in kind:
                    assert method is None, (vendor, kind)
                    continue
                returned = typing.get_type_hints(method)["return"]
                assert typing.get_origin(returned) is (AsyncIterator if kind.startswith("Async") else Iterator)
                (item,) = typing.get_args(returned)
                assert hasattr(item, "from_dict"), (vendor, name, item)
            found.append(f"{vendor}.{tag}.{name}")

    assert found == [
        "gatum.sms.iter_sms_full_data",
        "gatum.groups.iter_groups",
        "passinfo.contacts.iter_contacts_list",
        "tingting.campaigns.iter_campaigns",
    ]


KINDS = ("*Resource", "*ResourceWithRawResponse", "Async*Resource", "Async*ResourceWithRawResponse")


def test_a_function_imported_by_name_before_any_client_exists_gets_the_checks() -> None:
    script = """
from netsapiens_client.api.subscriptions.read_subscription import sync_detailed  # before any client
import httpx
from switchboard import RequestValidationError
from switchboard.netsapiens import make_client

sent = []
transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
client = make_client("https://pbx.example.com/ns-api/v2", "id", "secret", "1000@example.com", "pw", transport=transport)
try:
    sync_detailed("..", client=client)
except RequestValidationError as exc:
    print(exc.location, exc.field, exc.rule, len(sent))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # noqa: S603

    assert result.stdout.split() == ["path", "id", "pathSegment", "0"]


def test_multipart_boundaries_are_drawn_per_request() -> None:
    """The stock template fixes the boundary to ``+++``, which a part holding ``\\r\\n--+++`` would end early."""
    from tingting_client import Client
    from tingting_client.api.campaigns import create_campaign
    from tingting_client.models import CampaignCreateUpload
    from tingting_client.types import File

    seen, transport = _recorder(500, b"")
    client = Client(base_url=BASE, httpx_args={"transport": transport})
    for _ in range(2):
        body = CampaignCreateUpload(
            name="c",
            services="SMS",
            send_to_number_file=File(payload=io.BytesIO(b"a\r\n--+++\r\nb"), file_name="n.csv"),
        )
        create_campaign.sync_detailed(client=client, body=body)

    boundaries = [r.headers["Content-Type"].split("boundary=")[1] for r in seen]
    assert len(set(boundaries)) == 2
    assert "+++" not in boundaries
    assert all(b"a\r\n--+++\r\nb" in r.content for r in seen)


# Without hooks the generated code is the stock code.


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Each vendor's package as the generator's stock templates make it, importable as ``stock_<vendor>_client``."""
    from openapi_python_client import generate as generate_package
    from openapi_python_client.config import Config, ConfigFile, MetaType

    out = tmp_path_factory.mktemp("stock")
    packages = {}
    for vendor in spec_names():
        config = yaml.safe_load((ROOT / "specs" / f"{vendor}.codegen.yaml").read_text())
        config.update(project_name_override=f"stock-{vendor}-client", package_name_override=f"stock_{vendor}_client")
        config["post_hooks"] = []  # formatting only
        config_file = out / f"{vendor}.codegen.yaml"
        config_file.write_text(yaml.safe_dump(config))
        settings = Config.from_sources(
            ConfigFile.load_from_path(config_file),
            MetaType.NONE,
            ROOT / "specs" / f"{vendor}.yaml",
            "utf-8",
            overwrite=True,
            output_path=out / f"stock_{vendor}_client",
        )
        assert generate_package(config=settings) == []
        packages[vendor] = f"stock_{vendor}_client"
    sys.path.insert(0, str(out))
    yield packages
    sys.path.remove(str(out))


def _modules(package: str) -> dict[str, Any]:
    import pkgutil

    api = importlib.import_module(f"{package}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def _as_stock(value: Any, annotation: Any) -> Any:
    """``value`` (an argument for switchboard's package) as the argument of the stock package's ``annotation``."""
    if isinstance(value, list):
        return [_as_stock(item, next(iter(typing.get_args(annotation)), Any)) for item in value]
    if hasattr(value, "to_dict"):
        return _argument(annotation, value.to_dict())
    return value


def _recorder(status: int, body: bytes) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return seen, httpx.MockTransport(answer)


@pytest.mark.parametrize("vendor", spec_names())
def test_without_hooks_the_generated_code_sends_and_parses_as_the_stock_code(
    vendor: str, stock: dict[str, str]
) -> None:
    spec = Spec.load(vendor)
    ours = _modules(f"{vendor}_client")
    theirs = _modules(stock[vendor])
    ours_client = importlib.import_module(f"{vendor}_client").Client
    theirs_client = importlib.import_module(stock[vendor]).Client
    schemas = response_schemas(spec)
    bodies = generate(spec.document, schemas, examples=3)
    requests = parses = 0
    for operation in spec.operations:
        mine, stock_module = ours[operation.operation_id], theirs[operation.operation_id]
        assert operation.operation_id == mine.OPERATION_ID
        arguments = call_arguments(vendor, spec, operation, mine)
        if arguments is not None:  # a JSON or bodiless operation (multipart differs by design: the boundary)
            stock_hints = typing.get_type_hints(stock_module._get_kwargs)
            stock_arguments = {name: _as_stock(v, stock_hints[name]) for name, v in arguments.items()}
            sent_ours, transport_ours = _recorder(204, b"")
            sent_theirs, transport_theirs = _recorder(204, b"")
            mine.sync_detailed(client=ours_client(base_url=BASE, httpx_args={"transport": transport_ours}), **arguments)
            stock_module.sync_detailed(
                client=theirs_client(base_url=BASE, httpx_args={"transport": transport_theirs}), **stock_arguments
            )
            (a,), (b,) = sent_ours, sent_theirs
            assert (a.method, a.url, a.headers.multi_items(), a.content) == (
                b.method,
                b.url,
                b.headers.multi_items(),
                b.content,
            ), operation.operation_id
            requests += 1
        for status, media in operation.responses.items():
            compiled = media.get("application/json")
            if compiled is None or not status.isdigit():
                continue
            for body in bodies[json.dumps(compiled.schema, sort_keys=True)]:
                response = httpx.Response(int(status), json=body, request=httpx.Request("GET", BASE))
                parsed = [
                    to_json(module._build_response(client=cls(base_url=BASE), response=response).parsed)
                    for module, cls in ((mine, ours_client), (stock_module, theirs_client))
                ]
                assert parsed[0] == parsed[1], (operation.operation_id, status)
                parses += 1
    signature_pairs = [
        (inspect.signature(ours[o.operation_id].sync), inspect.signature(theirs[o.operation_id].sync))
        for o in spec.operations
        if hasattr(ours[o.operation_id], "sync")
    ]

    def shown(signature: inspect.Signature) -> str:  # without the addresses of default objects (UNSET)
        return re.sub(r" at 0x[0-9a-f]+", "", str(signature)).replace(f"{stock[vendor]}.", f"{vendor}_client.")

    assert [shown(a) for a, _ in signature_pairs] == [shown(b) for _, b in signature_pairs]
    assert requests >= len(spec.operations) // 2, requests
    assert parses >= len(spec.operations), parses


# What reading a success result through the module functions' union-typed ``sync()`` took: an ignore of mypy's
# union-attr error or an ``assert isinstance`` to narrow the union. The resource surface returns the success type, so
# neither is needed for a success result. An ``assert isinstance`` whose check is the point of the test (the class of
# a raised error, the model a webhook parses into, the error model of ``raise_errors=False``) is kept and says so with
# a marker on its line or the line above: ``# about-the-type: <why>`` or ``# about-the-union``.
WORKAROUND = re.compile(r"type: ignore\[[^\]]*\bunion-attr\b[^\]]*\]|assert isinstance\(")
KEPT = re.compile(r"# about-the-(type|union)\b")
# Narrowings in files this count does not own (the contract tests): the mock's vendor and a raw JSON body, not a
# client's result.
NOT_CLIENT_RESULTS = {"tests/contract/test_tingting.py": 2}


def workarounds(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines with a workaround, split into (unmarked, kept by a marker on the line or the line above)."""
    unmarked: list[str] = []
    kept: list[str] = []
    for n, line in enumerate(lines):
        if WORKAROUND.search(line):
            (kept if KEPT.search(line) or (n and KEPT.search(lines[n - 1])) else unmarked).append(line.strip())
    return unmarked, kept


def readme_python_lines() -> list[str]:
    """The lines of the Python examples of the README and the docs (fenced ``python`` blocks, indented ones too)."""
    lines, inside = [], False
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    for line in (row for page in pages for row in page.read_text().splitlines()):
        if line.strip().startswith("```"):
            inside = line.strip() == "```python"
        elif inside:
            lines.append(line)
    return lines


def test_the_demos_read_success_results_without_workarounds() -> None:
    """The resource surface returns the success type: nothing in the demos needs a workaround to read one (the
    module functions' ``sync()`` needed 37 of them)."""
    found = {
        path.name: workarounds(path.read_text().splitlines())
        for path in sorted((ROOT / "scripts" / "demos").glob("[!_]*.py"))
    }

    assert len(found) == 5
    assert {name: lines for name, lines in found.items() if lines != ([], [])} == {}


def test_the_readme_and_docs_examples_read_success_results_without_workarounds() -> None:
    lines = readme_python_lines()

    assert len(lines) > 100  # the examples were found
    assert workarounds(lines) == ([], [])


def test_the_tests_read_success_results_without_workarounds() -> None:
    """No test needs a workaround to read a success result (before the resource surface: 74 union-attr ignores
    and 56 ``assert isinstance``); the kept checks carry their marker, and their number only goes down."""
    unmarked: dict[str, list[str]] = {}
    kept: dict[str, int] = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        bare, marked = workarounds(path.read_text().splitlines())
        if len(bare) > NOT_CLIENT_RESULTS.get(name, 0):
            unmarked[name] = bare
        kept[name] = len(marked)

    assert len(kept) > 60  # the tests were found
    assert unmarked == {}
    # 21 ``about-the-type`` and 4 ``about-the-union`` (in the tests of ``raise_errors=False``) when this was written.
    assert sum(kept.values()) <= 25, {name: n for name, n in kept.items() if n}
