"""Each generated package has every operation of its spec, sync and async, and builds requests the spec accepts."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from switchboard import Spec

ROOT = Path(__file__).resolve().parents[1]
VENDORS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".codegen.yaml"))
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def operation_modules(vendor: str) -> dict[str, types.ModuleType]:
    api = importlib.import_module(f"{vendor}_client.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[1]] = importlib.import_module(info.name)
    return found


def spec_operations(vendor: str) -> dict[str, dict[str, Any]]:
    spec = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text())
    return {
        op["operationId"]: {**op, "parameters": item.get("parameters", []) + op.get("parameters", [])}
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_is_generated_sync_and_async(vendor: str) -> None:
    modules = operation_modules(vendor)

    assert set(modules) == set(spec_operations(vendor))
    for name, module in modules.items():
        for function in FUNCTIONS:
            assert callable(getattr(module, function, None)), f"{vendor}_client {name} has no {function}"
        assert inspect.iscoroutinefunction(module.asyncio_detailed)


def _example(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    for example in node.get("examples", {}).values():
        if "value" in example:
            return example["value"]
    return node.get("schema", {}).get("example")


def _body(annotation: Any, example: Any) -> Any:
    """Build the generated body object for ``example`` from the ``body`` annotation of the generated function."""
    candidates = (
        typing.get_args(annotation)
        if typing.get_origin(annotation) in (typing.Union, types.UnionType)
        else [annotation]
    )
    for candidate in candidates:
        if typing.get_origin(candidate) is list and isinstance(example, list):
            (item,) = typing.get_args(candidate)
            return [item.from_dict(e) if hasattr(item, "from_dict") else e for e in example]
        if hasattr(candidate, "from_dict") and isinstance(example, dict) and "Upload" not in candidate.__name__:
            try:
                return candidate.from_dict(example)
            except (KeyError, TypeError, ValueError):
                continue
    return None


@pytest.mark.parametrize("vendor", VENDORS)
def test_requests_built_from_the_vendor_examples_conform_to_the_spec(vendor: str) -> None:
    spec = Spec.load(vendor)
    modules = operation_modules(vendor)
    client = httpx.Client(base_url="https://vendor.example.com")
    checked = []
    for operation_id, op in spec_operations(vendor).items():
        compiled = spec.by_id[operation_id]
        kwargs: dict[str, Any] = {}
        for param in map(spec.resolve, op.get("parameters", [])):
            value = _example(param)
            if value is not None and param["in"] in ("path", "query"):
                kwargs[param["name"].replace("-", "_")] = value
        body = spec.resolve(op.get("requestBody", {})).get("content", {})
        json_media = next((m for t, m in body.items() if "json" in t), None)
        if json_media is not None:
            example = _example(json_media)
            hints = typing.get_type_hints(modules[operation_id]._get_kwargs)
            built = _body(hints.get("body"), example) if example is not None else None
            if built is None:
                continue
            kwargs["body"] = built
        elif body:
            continue  # multipart only: needs a file, covered by the generated types, not by an example
        parameters = inspect.signature(modules[operation_id]._get_kwargs).parameters
        if any(p.default is inspect.Parameter.empty and name not in kwargs for name, p in parameters.items()):
            continue  # a required parameter without an example
        request = client.build_request(**modules[operation_id]._get_kwargs(**kwargs))

        matched = spec.match(request.method, request.url.path)

        assert matched is not None, f"{operation_id}: {request.method} {request.url.path} is not in the spec"
        assert matched[0] is compiled
        violations = compiled.check_request(
            matched[1], request.url.params.multi_items(), request.headers, request.content
        )
        assert violations == [], f"{operation_id}: {violations[0]}"
        checked.append(operation_id)
    assert len(checked) >= len(spec.operations) // 2, f"{vendor}: only {checked} could be built from examples"
    print(f"{vendor}: {len(checked)}/{len(spec.operations)} operations built from examples and checked")
