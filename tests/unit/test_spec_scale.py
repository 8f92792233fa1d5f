"""The spec machinery at the size of real APIs: one registry of components, validators compiled on first use, routes
found by index. How long and how much memory it takes is measured by ``nox -s bench`` (the size rows)."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from switchboard.spec import HTTP_METHODS, Operation, Spec, spec_names

PREFIXES = 45


def replicated(vendor: str, copies: int = PREFIXES) -> Spec:
    """``vendor``'s spec with its paths repeated under ``copies`` prefixes (``/p7/...``), sharing its components."""
    document = copy.deepcopy(Spec.load(vendor).document)
    paths = {}
    for number in range(copies):
        for path, item in document["paths"].items():
            item = copy.deepcopy(item)
            for method in HTTP_METHODS:
                if method in item:
                    item[method]["operationId"] = f"{item[method]['operationId']}_{number}"
            paths[f"/p{number}{path}"] = item
    document["paths"] = paths
    return Spec(document, f"{vendor}-x{copies}")


def concrete(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "x1", template)


def scan(operations: list[Operation], method: str, path: str) -> Operation | None:
    """The oracle: every operation tried in turn, the fewest path parameters first, as one would by hand."""
    for operation in sorted(operations, key=lambda op: op.path.count("{")):
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation.path)) + "$"
        if operation.method == method and re.match(pattern, path):
            return operation
    return None


@pytest.mark.parametrize("vendor", spec_names())
def test_every_route_is_found_as_a_scan_finds_it(vendor: str) -> None:
    spec = Spec.load(vendor)
    probes = {concrete(op.path) for op in spec.operations}
    probes |= {p + "/extra" for p in probes} | {p.rsplit("/", 1)[0] for p in probes} | {"/", "/nowhere", ""}
    checked = 0
    for path in sorted(probes):
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            found = spec.match(method, path)
            expected = scan(spec.operations, method, path)
            assert (found[0] if found else None) is expected, (method, path)
            checked += 1
        allowed = sorted({op.method for op in spec.operations if scan([op], op.method, path)})
        assert spec.allowed_methods(path) == allowed, path
    assert checked >= 5 * len(spec.operations)


def test_path_parameters_are_named_per_operation() -> None:
    spec = Spec.load("netsapiens")
    operation, params = spec.match("GET", "/domains/~/users/1000/messagesessions/abc/messages") or (None, {})

    assert operation is not None
    assert operation.operation_id == "list_session_messages"
    assert params == {"domain": "~", "user": "1000", "messagesession": "abc"}


def test_a_large_spec_compiles_no_validator_until_one_is_used() -> None:
    spec = replicated("netsapiens")
    schemas: list[Any] = [
        schema
        for op in spec.operations
        for schema in (
            *(p.schema for p in op.parameters),
            *op.request_bodies.values(),
            *(s for media in op.responses.values() for s in media.values()),
        )
        if schema is not None
    ]

    assert len(spec.operations) == PREFIXES * len(Spec.load("netsapiens").operations)
    assert schemas
    assert all(s._compiled is None for s in schemas)

    operation, _ = spec.match("POST", "/p44/domains/~/users/~/messages") or (None, {})
    assert operation is not None
    assert operation.operation_id == "send_message_new_session_44"
    found = operation.check_request({"domain": "~", "user": "~"}, [], {"content-type": "application/json"}, b"{}")
    assert {v.rule for v in found} >= {"required"}  # through the shared components: MessageSend's required fields
    assert sum(s._compiled is not None for s in schemas) <= 4  # only this operation's


def test_references_between_components_resolve_in_the_shared_registry() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "make",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Outer"}}}
                    },
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Outer": {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Inner"}}},
                "Inner": {"type": "integer", "minimum": 1},
            }
        },
    }
    operation = Spec(document, "t").by_id["make"]
    headers = {"content-type": "application/json"}

    assert operation.check_request({}, [], headers, b'{"inner": 2}') == []
    (violation,) = operation.check_request({}, [], headers, b'{"inner": 0}')
    assert (violation.location, violation.field, violation.rule) == ("body", "inner", "minimum")


def test_a_literal_segment_wins_over_a_parameter_and_falls_back_by_method() -> None:
    def operation(operation_id: str) -> dict[str, Any]:
        return {"operationId": operation_id, "responses": {"204": {"description": "ok"}}}

    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/users/{id}": {"get": operation("read_user"), "delete": operation("delete_user")},
            "/users/me": {"get": operation("read_me")},
            "/users/{id}/files/{name}.json": {"get": operation("read_file")},
        },
    }
    spec = Spec(document, "t")
    found = {
        (method, path): (spec.match(method, path) or (None, None))[0]
        for method, path in [("GET", "/users/me"), ("DELETE", "/users/me"), ("GET", "/users/7"), ("PUT", "/users/me")]
    }

    assert {k: v.operation_id if v else None for k, v in found.items()} == {
        ("GET", "/users/me"): "read_me",
        ("DELETE", "/users/me"): "delete_user",
        ("GET", "/users/7"): "read_user",
        ("PUT", "/users/me"): None,
    }
    assert spec.allowed_methods("/users/me") == ["DELETE", "GET"]
    assert spec.match("GET", "/users/7/files/a.json") == (spec.by_id["read_file"], {"id": "7", "name": "a"})
    assert spec.match("GET", "/users/7/files/a.txt") is None
