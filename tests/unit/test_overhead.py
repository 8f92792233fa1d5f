"""What the overlay skips or remembers to stay cheap changes nothing it checks: a body parsed once is handed over once,
a parameter value is checked each time, a Content-Type is read when it decides, a long URL is refused.
And the overhead bench (scripts/bench_overlay.py) times what it says: every vendor's canned answers parse into the
success models, and its bare client authenticates where the spec says."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from kandy_client.api.account import get_account_access_token

from switchboard import RequestValidationError, ResponseValidationError
from switchboard._responses import ResponseReader
from switchboard.kandy import make_client
from switchboard.spec import Spec

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import bench_overlay

SPEC: Any = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "read_thing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[a-f]+$"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"type": "object", "required": ["a"]}},
                            "application/problem+json": {"schema": {"type": "object", "required": ["b"]}},
                        },
                    }
                },
            }
        }
    },
}


def reply(body: Any, content_type: str) -> tuple[httpx.Request, httpx.Response]:
    request = httpx.Request("GET", "https://t.example/things/abc")
    return request, httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": content_type})


def test_the_parsed_body_is_handed_to_the_first_json_call_only() -> None:
    spec = Spec(SPEC, "t")
    request, response = reply({"a": [1]}, "application/json")

    ResponseReader(spec).check(spec.by_id["read_thing"], request, response)
    first = response.json()
    first["a"].append(2)  # what the first caller does to its value reaches no later caller

    assert first == {"a": [1, 2]}
    assert response.json() == {"a": [1]}
    assert response.json(parse_float=str) == {"a": [1]}


def test_the_content_type_decides_when_a_status_documents_several_json_media_types() -> None:
    spec = Spec(SPEC, "t")
    reader = ResponseReader(spec)
    operation = spec.by_id["read_thing"]

    for _ in range(2):  # the second time from the remembered plans
        reader.check(operation, *reply({"a": 1}, "application/json"))
        reader.check(operation, *reply({"b": 1}, "application/problem+json"))
        with pytest.raises(ResponseValidationError):
            reader.check(operation, *reply({"a": 1}, "application/problem+json"))
        with pytest.raises(ResponseValidationError):
            reader.check(operation, *reply({"b": 1}, "application/json"))
        with pytest.raises(ResponseValidationError):
            reader.check(operation, *reply({"b": 1}, "text/plain"))  # read as the first JSON type, as generated


def test_a_parameter_check_answers_the_same_every_time() -> None:
    operation = Spec(SPEC, "t").by_id["read_thing"]

    for _ in range(3):
        assert operation.check_request({"id": "abc"}, (), {}, b"") == []
        assert [v.rule for v in operation.check_request({"id": "ABC"}, (), {}, b"")] == ["pattern"]


def test_a_non_ascii_query_value_too_long_once_encoded_is_refused() -> None:
    sent: list[httpx.Request] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = make_client(
        "https://api.kandy.io/1.2",
        account_api_key="k" * 10,
        account_api_secret="s" * 10,
        transport=httpx.MockTransport(vendor),
        max_retries=0,
    )
    # 2,600 characters of 3 bytes each: about 23 KB once percent-encoded, over the 8,000 bytes allowed.
    with pytest.raises(RequestValidationError) as caught:
        get_account_access_token.sync_detailed(client=client, account_api_secret="\u20ac" * 2600)

    assert caught.value.rule == "maxLength"
    assert sent == []


def _credentials(spec: Spec, operation_id: str, request: httpx.Request) -> dict[str, str] | None:
    """The credentials ``request`` carries for the first security requirement of the operation it meets, or None."""
    schemes = spec.document["components"]["securitySchemes"]
    for requirement in spec.by_id[operation_id].security:
        found = {}
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "http":
                value = request.headers.get("Authorization", "")
                value = value.removeprefix("Bearer ") if value.startswith("Bearer ") else None
            elif scheme["in"] == "header":
                value = request.headers.get(scheme["name"])
            else:
                value = request.url.params.get(scheme["name"])
            if not value:
                break
            found[name] = value
        else:
            return found
    return None


@pytest.mark.parametrize(
    ("vendor", "kind"), [(name, kind) for name in bench_overlay.VENDORS for kind in ("read", "send")]
)
def test_the_bench_calls_parse_into_the_success_models_and_authenticate_as_the_spec_says(
    vendor: str, kind: str
) -> None:
    bench_vendor = bench_overlay.VENDORS[vendor]
    call = getattr(bench_vendor, kind)
    canned = bench_overlay.answers(bench_vendor)
    sent: list[httpx.Request] = []

    def vendor_side(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return canned(request)

    made = bench_overlay.clients(bench_vendor, transport=httpx.MockTransport(vendor_side))
    calls = bench_overlay.variants(bench_vendor, call, made)
    spec = Spec.load(vendor)

    assert calls["raw"]() == call.answer
    for variant in ("bare", "overlay", "stock"):
        sent.clear()
        response: Any = calls[variant]()

        assert (variant, response.status_code) == (variant, call.status)
        assert (variant, type(response.parsed).__name__) == (variant, call.model)
        # The last request is the call itself (a token request may come first); it carries the vendor's credential.
        path = Spec.relative(sent[-1].url.path, httpx.URL(bench_vendor.base_url).path)
        assert path is not None
        matched = spec.match(sent[-1].method, path)
        assert matched is not None
        assert matched[0].operation_id == call.name
        assert _credentials(spec, call.name, sent[-1]) is not None, variant
        if variant == "bare":
            bare_credentials = _credentials(spec, call.name, sent[-1])
        else:
            assert _credentials(spec, call.name, sent[-1]) == bare_credentials, variant
