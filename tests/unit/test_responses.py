"""The tolerant reader: a 2xx the generated parser cannot read raises ResponseValidationError; the rest passes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from switchboard import ResponseValidationError, Spec, SwitchboardError, ValidatingTransport
from switchboard._responses import ReaderSchema, relax, relaxed_registry

THING, ERROR = "#/components/schemas/Thing", "#/components/schemas/Error"
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "read_thing",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "204": {"description": "nothing"},
                    "404": {
                        "description": "no",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "title": "Thing",
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "kind"],
                "properties": {
                    "id": {"type": "string", "pattern": "^[a-f0-9]{32}$"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "count": {"type": "integer", "minimum": 0},
                    "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
                    "tags": {"type": "array", "maxItems": 1, "items": {"type": "string"}},
                    "secret_token": {"type": "string"},
                },
            },
            "Owner": {
                "title": "Owner",
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "Error": {
                "title": "Error",
                "type": "object",
                "required": ["message"],
                "properties": {"message": {"type": "string"}},
            },
        }
    },
}
GOOD = {"id": "0" * 32, "kind": "a", "count": 1, "owner": {"name": "x"}, "tags": ["t"]}


def send(body: Any, status: int = 200, content_type: str = "application/json") -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type})

    transport = ValidatingTransport(Spec(SPEC, "things"), base_path="/api", transport=httpx.MockTransport(answer))
    with httpx.Client(transport=transport, base_url="https://vendor.example/api") as client:
        return client.get("/things/abc")


def refused(body: Any, **kwargs: Any) -> ResponseValidationError:
    with pytest.raises(ResponseValidationError) as caught:
        send(body, **kwargs)
    return caught.value


def test_a_conforming_body_passes_untouched() -> None:
    response = send(GOOD)

    assert response.json() == GOOD


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "c"},  # a value outside the known set
        {"extra": {"deep": [1]}},  # a property the spec does not name, on a closed schema
        {"owner": {"name": "x", "more": 1}},
        {"id": "not hex", "count": -5, "tags": ["a", "b", "c"]},  # pattern, minimum, maxItems: not read by the parser
        {"owner": None},  # documented null
    ],
)
def test_what_the_generated_parser_reads_without_harm_passes(change: dict[str, Any]) -> None:
    body = {**GOOD, **change}

    assert send(body).json() == body


def test_a_missing_required_property_is_a_typed_error_naming_operation_status_field_and_rule() -> None:
    error = refused({k: v for k, v in GOOD.items() if k != "kind"})

    assert isinstance(error, SwitchboardError)  # about-the-type: a switchboard error, not a bare one
    assert (error.operation_id, error.field, error.rule) == ("read_thing", "kind", "required")
    for part in ("read_thing", "HTTP 200", "'kind'", "'required'"):
        assert part in str(error)
    assert error.response is not None
    assert error.response.status_code == 200


def test_a_missing_property_inside_a_nested_object_names_its_path() -> None:
    error = refused({**GOOD, "owner": {}})

    assert (error.field, error.rule) == ("owner.name", "required")


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"count": "5"}, "count", "type"),  # a number sent as a string
        ({"count": None}, "count", "type"),  # null where a value was expected
        ({"tags": "t"}, "tags", "type"),
        ({"owner": "x"}, "owner", "anyOf"),
    ],
)
def test_a_value_of_another_type_is_a_typed_error(change: dict[str, Any], field: str, rule: str) -> None:
    error = refused({**GOOD, **change})

    assert (error.field, error.rule) == (field, rule)


def test_the_error_text_quotes_no_value_of_the_body() -> None:
    error = refused({"id": "0" * 32, "kind": "a", "count": "sk-live-123456", "secret_token": 12345})

    assert "sk-live-123456" not in str(error)
    assert "12345" not in str(error)
    assert "expected integer, got string" in str(error)


@pytest.mark.parametrize("content_type", ["application/json", "text/html", "text/plain; charset=utf-8"])
def test_a_body_that_is_not_json_is_a_typed_error_whatever_its_content_type(content_type: str) -> None:
    error = refused(b"<html>Service Unavailable</html>", content_type=content_type)

    assert (error.field, error.rule) == ("", "type")


def test_json_under_another_content_type_is_read_like_the_generated_code_does() -> None:
    assert send(GOOD, content_type="text/html").json() == GOOD


def test_an_undocumented_success_status_is_a_typed_error() -> None:
    error = refused(GOOD, status=201)

    assert error.rule == "responses"
    assert "201" in str(error)


def test_a_success_without_documented_body_and_error_statuses_pass_through() -> None:
    assert send(b"", status=204).status_code == 204
    # Error statuses belong to the overlay's typed errors (and a 401 to the token auth): never refused here.
    assert send({"unexpected": True}, status=404).status_code == 404
    assert send(b"<html>", status=502, content_type="text/html").status_code == 502


@pytest.mark.anyio
async def test_the_async_transport_checks_too() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "x"})

    transport = ValidatingTransport(Spec(SPEC, "things"), base_path="/api", async_transport=httpx.MockTransport(answer))
    async with httpx.AsyncClient(transport=transport, base_url="https://vendor.example/api") as client:
        with pytest.raises(ResponseValidationError) as caught:
            await client.get("/things/abc")

    assert caught.value.field == "kind"


def test_relax_keeps_types_required_and_constants_and_drops_the_rest() -> None:
    relaxed = relax(
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["a"],
            "properties": {
                "enum": {"type": "string", "enum": ["x"]},  # a property named like a keyword keeps its schema
                "a": {"oneOf": [{"const": "v1"}, {"type": "integer", "maximum": 3}]},
            },
        }
    )

    assert relaxed == {
        "type": "object",
        "required": ["a"],
        "properties": {"enum": {"type": "string"}, "a": {"anyOf": [{"const": "v1"}, {"type": "integer"}]}},
    }


def test_a_parsed_format_is_checked_and_others_are_not() -> None:
    reader = ReaderSchema(
        {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}, "u": {"format": "uri"}}},
        relaxed_registry({}),
    )

    assert reader.violations({"at": "2026-12-01T00:00:00Z", "u": "not a uri"}, 200) == []
    assert [v.rule for v in reader.violations({"at": "yesterday"}, 200)] == ["format"]


def test_the_issue_example_list_subscriptions_without_id_through_make_client() -> None:

    from switchboard.netsapiens import make_client

    def vendor(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            return httpx.Response(200, json={"access_token": "tok-123", "token_type": "Bearer", "expires_in": 3600})
        return httpx.Response(200, json=[{"model": "message", "post-url": "https://hook.example/x"}])

    client = make_client(
        "https://pbx.example.com/ns-api/v2", "id", "secret", "1000@example", "pw", transport=httpx.MockTransport(vendor)
    )

    with pytest.raises(ResponseValidationError) as caught:
        client.subscriptions.list_subscriptions()

    error = caught.value
    assert (error.operation_id, error.field, error.rule) == ("list_subscriptions", "0.id", "required")
    assert "tok-123" not in str(error)
