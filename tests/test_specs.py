"""The specs themselves: valid OpenAPI, faithful to the vendor docs, examples that match their schemas."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VENDORS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".codegen.yaml"))
METHODS = ("get", "put", "post", "delete", "patch")


def load(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text())
    return loaded


def operations(spec: dict[str, Any], *, webhooks: bool = True) -> Iterator[tuple[str, str, dict[str, Any]]]:
    sections = [spec.get("paths", {})] + ([spec.get("webhooks", {})] if webhooks else [])
    for section in sections:
        for path, item in section.items():
            for method in METHODS:
                if method in item:
                    yield path, method, item[method]


def vendor_doc(vendor: str) -> str:
    """The vendor's SDK doc from ``../shared/vendor-docs/``: reference material beside the clone, not part of it."""
    if not (SHARED / "vendor-docs").is_dir():
        pytest.skip(f"{SHARED / 'vendor-docs'} is not beside this clone: nothing to compare the method lists with")
    docs = list((SHARED / "vendor-docs").glob(f"{vendor}.*"))
    assert docs, f"no vendor doc for {vendor} in {SHARED / 'vendor-docs'}"
    return docs[0].read_text()


def documented_methods(vendor: str) -> list[str]:
    lines = (ROOT / "tests" / "data" / "vendor_methods" / f"{vendor}.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_all_five_vendors_have_specs() -> None:
    assert VENDORS == ["gatum", "kandy", "netsapiens", "passinfo", "tingting"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_is_valid_openapi_31(vendor: str) -> None:
    spec = load(vendor)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_is_named_tagged_and_mapped(vendor: str) -> None:
    spec = load(vendor)
    ids = [op.get("operationId") for _, _, op in operations(spec)]
    assert all(ids), "an operation has no operationId"
    assert len(ids) == len(set(ids)), "duplicate operationId"
    for _, _, op in operations(spec):
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in [op["operationId"]])
        assert len(op.get("tags", [])) == 1, f"{op['operationId']} needs exactly one tag"
        assert "x-vendor-methods" in op, f"{op['operationId']} has no x-vendor-methods"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_doc_method_maps_to_an_operation(vendor: str) -> None:
    methods = documented_methods(vendor)
    assert methods
    named = {m for _, _, op in operations(load(vendor)) for m in op["x-vendor-methods"]}
    for method in methods:
        assert method in named, f"{method!r} of the {vendor} doc maps to no operation"


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_vendor_method_lists_match_the_vendor_docs(vendor: str) -> None:
    doc = vendor_doc(vendor)
    for method in documented_methods(vendor):
        assert method in doc, f"{method!r} does not occur in the {vendor} vendor doc"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_maps_to_a_vendor_doc_method_or_says_why(vendor: str) -> None:
    methods = set(documented_methods(vendor))
    for _, _, op in operations(load(vendor)):
        named = op["x-vendor-methods"]
        assert set(named) <= methods, f"{op['operationId']} names methods the doc does not have: {set(named) - methods}"
        if not named:
            assert op.get("x-vendor-method-reason"), f"{op['operationId']} maps to no method and gives no reason"


@pytest.mark.parametrize("vendor", VENDORS)
def test_decisions_on_unknowns_are_written_down(vendor: str) -> None:
    assert "Decisions" in load(vendor)["info"]["description"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_links_point_at_real_operations(vendor: str) -> None:
    spec = load(vendor)
    ids = {op["operationId"] for _, _, op in operations(spec)}
    links = [
        link
        for _, _, op in operations(spec)
        for response in op.get("responses", {}).values()
        for link in resolve(spec, response).get("links", {}).values()
    ]
    assert links, f"{vendor}: create operations need links to read/update/delete"
    for link in links:
        assert resolve(spec, link)["operationId"] in ids


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example) for every example in the spec."""

    def of_media(where: str, media: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
        schema = media.get("schema")
        if schema is None:
            return
        if "example" in media:
            yield where, schema, media["example"]
        for name, example in media.get("examples", {}).items():
            example = resolve(spec, example)
            if "value" in example:
                yield f"{where} example {name}", schema, example["value"]

    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        for param in map(lambda p: resolve(spec, p), op.get("parameters", [])):
            if "example" in param and "schema" in param:
                yield f"{where} parameter {param['name']}", param["schema"], param["example"]
        body = resolve(spec, op.get("requestBody", {}))
        for media_type, media in body.get("content", {}).items():
            if "json" in media_type:
                yield from of_media(f"{where} request {media_type}", media)
        for status, response in op.get("responses", {}).items():
            for media_type, media in resolve(spec, response).get("content", {}).items():
                if "json" in media_type:
                    yield from of_media(f"{where} {status} {media_type}", media)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for example in ([schema["example"]] if "example" in schema else []) + schema.get("examples", []):
            yield f"components/schemas/{name}", {"$ref": f"#/components/schemas/{name}"}, example


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_example_matches_its_schema(vendor: str) -> None:
    spec = load(vendor)
    checked, failures = 0, []
    for where, schema, example in _examples(spec):
        root = {**schema, "components": spec.get("components", {})}
        errors = [e.message for e in jsonschema_rs.Draft202012Validator(root).iter_errors(example)]
        checked += 1
        if errors:
            failures.append(f"{where}: {errors[0]}")
    assert checked >= 10, f"{vendor}: only {checked} examples; the vendor doc has more"
    assert failures == []
