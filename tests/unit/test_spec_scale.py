"""The spec machinery at the size of real APIs: one registry of components, validators compiled on first use, routes
found by index. How long and how much memory it takes is measured by ``nox -s bench`` (the size rows)."""

from __future__ import annotations

import copy
import re
import sys
import threading
from typing import Any

import jsonschema_rs
import pytest
from netsapiens_client.api.subscriptions import list_subscriptions

from switchboard import _hooks
from switchboard.spec import HTTP_METHODS, Operation, Spec, spec_names

from .conftest import FakeClock, ScriptedVendor, client_for

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


def test_equal_schemas_share_one_validator_and_unequal_ones_do_not() -> None:
    spec = replicated("netsapiens")
    first, last = spec.by_id["send_message_new_session_0"], spec.by_id["send_message_new_session_44"]
    first_body, last_body = (op.request_bodies["application/json"] for op in (first, last))
    headers = {"content-type": "application/json"}

    for op in (first, last):
        assert {v.rule for v in op.check_request({"domain": "~", "user": "~"}, [], headers, b"{}")} >= {"required"}
    assert first_body is not None
    assert last_body is not None
    assert first_body is not last_body
    assert first_body._compiled is last_body._compiled

    registry = spec.registry
    # 1 and "1" are equal as JSON text, not as schemas.
    as_int, as_text = registry.validator({"const": 1}), registry.validator({"const": "1"})
    assert as_int is not as_text
    assert (as_int.is_valid(1), as_int.is_valid("1"), as_text.is_valid("1")) == (True, False, True)


def test_a_lookup_makes_only_the_operations_where_it_ends() -> None:
    spec = replicated("netsapiens")

    assert spec._made == {}  # reading the spec makes no operation

    found = spec.match("GET", "/p44/subscriptions/0123456789abcdef0123456789abcdef")
    assert found is not None
    assert found[0].operation_id == "read_subscription_44"
    assert set(spec._made) == {("/p44/subscriptions/{id}", "get")}  # not its PUT nor its DELETE

    assert spec.allowed_methods("/p3/subscriptions") == ["GET", "POST"]
    assert found[0] is spec.by_id["read_subscription_44"]  # one object per operation, whoever asks first
    assert len(spec.by_id) == len(spec.operations) == 495
    assert set(spec._made) >= {("/p3/subscriptions", "get"), ("/p3/subscriptions", "post")}


def test_threads_building_the_route_tree_at_once_all_find_their_routes() -> None:
    document = replicated("netsapiens").document
    expected = {
        f"/p{n}/domains/~/users/~/messagesessions/{'a' * 32}/messages": f"list_session_messages_{n}" for n in range(45)
    }
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch as often as they can: a half-built node is seen if it can be
    try:
        for _ in range(20):
            spec = Spec(document, "t")
            barrier = threading.Barrier(8)
            found: dict[str, str | None] = {}

            def look(
                paths: list[str], spec: Spec = spec, barrier: threading.Barrier = barrier, found: dict[str, Any] = found
            ) -> None:
                barrier.wait()
                for path in paths:
                    match = spec.match("GET", path)
                    found[path] = match[0].operation_id if match else None

            paths = sorted(expected)
            threads = [threading.Thread(target=look, args=(paths[n::8],)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert found == expected
    finally:
        sys.setswitchinterval(interval)


def test_a_client_compiles_nothing_until_a_call_and_then_only_what_the_call_needs(
    monkeypatch: pytest.MonkeyPatch, vendor: ScriptedVendor, clock: FakeClock
) -> None:
    fresh = Spec(copy.deepcopy(Spec.load("netsapiens").document), "netsapiens")
    load = Spec.load
    monkeypatch.setattr(Spec, "load", staticmethod(lambda name: fresh if name == "netsapiens" else load(name)))
    monkeypatch.setattr(_hooks, "_hooks", {})  # the hooks of a client made here read the fresh spec
    compiled: list[Any] = []
    compile_schema = jsonschema_rs.Draft202012Validator

    def counting(schema: Any, **options: Any) -> Any:
        compiled.append(schema)
        return compile_schema(schema, **options)

    monkeypatch.setattr(jsonschema_rs, "Draft202012Validator", counting)

    client = client_for(vendor, clock)

    assert compiled == []
    assert fresh._made == {}

    response = list_subscriptions.sync_detailed(client=client)

    assert response.status_code == 200
    assert compiled  # the request's and the answer's schemas
    assert set(fresh._made) == {("/tokens", "post"), ("/subscriptions", "get")}  # the token's request is checked
