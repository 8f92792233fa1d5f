"""The client side of the contract: every generated client parses every response its spec allows, and survives what
a real vendor sends that the spec did not foresee.

For every operation of every spec and every documented status, response bodies are generated from the documented
schema by schemathesis' own generator (fixed seed), served with ``httpx.MockTransport`` to the generated
``sync_detailed`` through ``switchboard.<vendor>.make_client`` when that overlay exists (its token or key requests
answered by the vendor's mock), else through the bare generated ``Client`` behind a :class:`ValidatingTransport`.

- Spec-valid bodies: a 2xx is parsed into the documented model (class by schema title, every attribute of its
  annotated type) and ``to_dict()`` gives the same JSON back; an error status raises the overlay's typed
  :class:`APIError` (the bare client parses it like a 2xx). Nothing else may raise.
- Tolerant reader: the same bodies with a required property removed, ``null`` for a value, a number sent as a string,
  a value no set of known values has, extra properties everywhere. The client returns the model or raises
  :class:`ResponseValidationError`, never a bare ``KeyError``/``TypeError``/``ValueError``; an unknown value and extra
  properties always pass, a missing required property is always the typed error.

The generation closes open objects and keeps arrays short (at most 3 items) only to stay fast: every body is still
valid against the documented schema, and extra properties are added by the tolerant-reader fuzz.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import json
import random
import re
import time
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import attrs
import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode

import switchboard
from switchboard import APIError, ResponseValidationError, Spec, SwitchboardError, ValidatingTransport, spec_names
from switchboard.spec import Operation

SEED = 20261201
#: Bodies generated per documented response schema (each served to every operation and status documenting it).
EXAMPLES = 100
VENDORS = spec_names()
BASE = "https://vendor.example"
UNFORESEEN = "switchboard-unforeseen-value"
FUZZ_HEADER = "x-switchboard-fuzz"
JSON = Any


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"\W+", "_", name).strip("_").lower()


def pascal(title: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", title) if part)


# Generation


def _allof_members(document: JSON) -> set[str]:
    """Component schema names that some allOf combines: closing them would make the combination unsatisfiable."""
    found: set[str] = set()

    def walk(node: JSON) -> None:
        if isinstance(node, dict):
            for member in node.get("allOf", []) if isinstance(node.get("allOf"), list) else []:
                if isinstance(member, dict) and "$ref" in member:
                    found.add(member["$ref"].rsplit("/", 1)[1])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return found


def _narrowed(node: JSON, *, open_object: bool = False) -> JSON:
    """A schema whose valid values are a subset of ``node``'s: open objects closed, arrays capped, ``{}`` narrowed."""
    if node == {}:
        return {"type": ["string", "integer", "boolean", "null"], "maxLength": 8}
    if not isinstance(node, dict):
        return node
    out: dict[str, JSON] = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties", "$defs") and isinstance(value, dict):
            out[key] = {name: _narrowed(sub) for name, sub in value.items()}
        elif key == "allOf" and isinstance(value, list):
            out[key] = [_narrowed(sub, open_object=True) for sub in value]
        elif key in ("anyOf", "oneOf", "prefixItems") and isinstance(value, list):
            out[key] = [_narrowed(sub) for sub in value]
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _narrowed(value)
        else:
            out[key] = value
    is_object = out.get("type") == "object" or "properties" in out
    if is_object and not open_object and "allOf" not in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    if out.get("type") == "array" and "maxItems" not in out:
        out["maxItems"] = max(3, out.get("minItems", 0))
    return out


def response_schemas(spec: Spec) -> dict[str, JSON]:
    """Every documented JSON response schema of ``spec``, by its canonical JSON text."""
    found = {}
    for operation in spec.operations:
        for media in operation.responses.values():
            for media_type, compiled in media.items():
                if compiled is not None and media_type.endswith("json"):
                    found[json.dumps(compiled.schema, sort_keys=True)] = compiled.schema
    return found


def generate(document: JSON, schemas: dict[str, JSON], examples: int = EXAMPLES) -> dict[str, list[JSON]]:
    """``examples`` bodies for each schema, drawn by schemathesis (fixed seed) from a document whose request bodies
    are the response schemas."""
    components = copy.deepcopy(document.get("components", {}))
    members = _allof_members(document)
    components["schemas"] = {
        name: _narrowed(schema, open_object=name in members) for name, schema in components.get("schemas", {}).items()
    }
    keys = list(schemas)
    paths = {
        f"/body{index}": {
            "post": {
                "requestBody": {"required": True, "content": {"application/json": {"schema": _narrowed(schemas[key])}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
        for index, key in enumerate(keys)
    }
    loaded = schemathesis.openapi.from_dict(
        {"openapi": "3.1.0", "info": {"title": "responses", "version": "1"}, "paths": paths, "components": components}
    )
    loaded.config.generation.update(modes=[GenerationMode.POSITIVE], deterministic=True, database="none")
    corpus: dict[str, list[JSON]] = {}
    for index, key in enumerate(keys):
        bodies: list[JSON] = []

        @given(case=loaded[f"/body{index}"]["POST"].as_strategy())
        @settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def collect(case: Any) -> None:
            bodies.append(case.body)  # noqa: B023 (run at once, inside this iteration)

        collect()
        # A schema with fewer distinct values than ``examples`` (a constant, a small enum) serves them again.
        corpus[key] = (bodies * (examples // max(len(bodies), 1) + 1))[:examples] if bodies else bodies
    return corpus


# Requests: one valid call of each generated function, drawn from the spec by schemathesis.


def _candidates(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return [c for arg in typing.get_args(annotation) for c in _candidates(arg)]
    return [annotation]


def _argument(annotation: Any, value: JSON) -> Any:
    """The Python argument of a generated function for the wire value ``value``."""
    for candidate in _candidates(annotation):
        if typing.get_origin(candidate) is list and isinstance(value, list):
            (item,) = typing.get_args(candidate)
            return [_argument(item, v) for v in value]
        if hasattr(candidate, "from_dict") and isinstance(value, dict):
            if "Upload" in candidate.__name__ or "Multipart" in candidate.__name__:
                continue
            try:
                return candidate.from_dict(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
    return value


@functools.cache
def _request_schema(spec: Spec) -> Any:
    loaded = schemathesis.openapi.from_dict(spec.document)
    loaded.config.generation.update(modes=[GenerationMode.POSITIVE], deterministic=True, database="none")
    return loaded


def call_arguments(vendor: str, spec: Spec, operation: Operation, module: types.ModuleType) -> dict[str, Any] | None:
    """Keyword arguments for ``module.sync_detailed`` that make a request the spec accepts, or None."""
    strategy = _request_schema(spec)[operation.path][operation.method].as_strategy()
    hints = typing.get_type_hints(module._get_kwargs)
    names = set(inspect.signature(module._get_kwargs).parameters)
    found: list[dict[str, Any]] = []

    def draw_with(examples: int) -> None:
        options = settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        options(given(case=strategy)(draw))()

    def draw(case: Any) -> None:
        if found or (case.media_type and not case.media_type.endswith("json")):
            return
        kwargs: dict[str, Any] = {}
        for source in (case.path_parameters, case.query, case.headers):
            for name, value in (source or {}).items():
                if snake(name) in names:
                    kwargs[snake(name)] = _argument(hints.get(snake(name)), value)
        if "body" in names and isinstance(case.body, dict | list):
            kwargs["body"] = _argument(hints.get("body"), case.body)
        request = httpx.Client(base_url=BASE + spec.base_path).build_request(**module._get_kwargs(**kwargs))
        transport = ValidatingTransport(spec, base_path=spec.base_path)
        try:
            transport.check(request)
        except switchboard.RequestValidationError:
            return
        found.append(kwargs)

    for examples in (2, 25):  # most operations take the first request drawn
        if not found:
            draw_with(examples)
    return found[0] if found else None


# Clients


@dataclass
class Exchange:
    """What the mock transport answers to the call under test; other requests (tokens) go to the vendor's mock."""

    status: int = 200
    body: bytes = b""
    auth: Callable[[httpx.Request], httpx.Response] | None = None
    served: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get(FUZZ_HEADER) or self.auth is None:
            self.served += 1
            return httpx.Response(self.status, content=self.body, headers={"Content-Type": "application/json"})
        return self.auth(request)


@functools.cache
def _mock_answer(vendor: str) -> tuple[Callable[[httpx.Request], httpx.Response], dict[str, str]] | None:
    """Requests other than the one under test answered by ``vendor``'s mock, and the credentials it accepts."""
    try:
        from starlette.testclient import TestClient

        from switchboard_mocks import create_app
    except ImportError:
        return None
    try:
        app = create_app(vendor)
    except ValueError:
        return None
    test_client = TestClient(app, base_url=BASE)
    kwargs = app.vendor.client_kwargs()

    answers: dict[tuple[str, bytes, bytes], tuple[int, bytes]] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        # The mock's first answer is replayed: a 401 under test makes the auth fetch a token each time.
        key = (request.method, request.url.raw_path, request.content)
        if key not in answers:
            got = test_client.request(
                request.method, request.url.raw_path.decode(), headers=request.headers, content=request.content
            )
            answers[key] = (got.status_code, got.content)
        status, content = answers[key]
        return httpx.Response(status, headers={"Content-Type": "application/json"}, content=content)

    return answer, kwargs


def build_client(
    vendor: str, spec: Spec, exchange: Exchange, *, overlay: bool = True, **options: Any
) -> tuple[Any, bool]:
    """A client of ``vendor`` answering from ``exchange``: ``make_client`` (with ``options``) if the overlay exists,
    else the bare generated ``Client`` behind a :class:`ValidatingTransport` of ``spec``. Returns (client, made by
    make_client)."""
    base_url = BASE + spec.base_path
    mock = httpx.MockTransport(exchange)
    try:
        make_client = importlib.import_module(f"switchboard.{vendor}").make_client if overlay else None
    except ImportError:
        make_client = None
    if make_client is not None:
        answered = _mock_answer(vendor)
        kwargs: dict[str, Any] = {}
        if answered is not None:
            exchange.auth, kwargs = answered
        for name, parameter in inspect.signature(make_client).parameters.items():
            if name == "base_url" or name in kwargs:
                continue
            optional_text = parameter.default is None and str(parameter.annotation) in ("str | None", "None | str")
            if parameter.default is inspect.Parameter.empty or optional_text:
                # A credential the mock does not hand out (a user key obtained at run time): any value will do, the
                # call under test is answered here.
                kwargs[name] = f"switchboard-{name}"
        client = make_client(base_url, transport=mock, **kwargs, **options)
        return client.with_headers({FUZZ_HEADER: "1"}), True
    generated = importlib.import_module(f"{vendor}_client")
    transport = ValidatingTransport(spec, base_path=spec.base_path, transport=mock)
    client = generated.Client(base_url=base_url, httpx_args={"transport": transport}, raise_on_unexpected_status=True)
    return client.with_headers({FUZZ_HEADER: "1"}), False


# Checking what was parsed


def _documented_class(vendor: str, spec: Spec, schema: JSON) -> Any:
    """``list`` of the item class, the model class named by the schema's title, or None when it has no title."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "array":
        return ("list", _documented_class(vendor, spec, schema.get("items", {})))
    title = schema.get("title")
    if title and (schema.get("type") == "object" or "properties" in schema or "allOf" in schema):
        return getattr(importlib.import_module(f"{vendor}_client.models"), pascal(title), None)
    return None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """Type hints of a generated model; its forward references name classes of the package's ``models``."""
    namespace = dict(vars(importlib.import_module(cls.__module__.split(".")[0] + ".models")))
    namespace.update(vars(importlib.import_module(cls.__module__)))
    return typing.get_type_hints(cls, globalns=namespace)


def type_problems(value: Any, annotation: Any, where: str = "") -> list[str]:
    """Where ``value`` is not of ``annotation`` (the generated annotations), recursively into attrs models."""
    origin = typing.get_origin(annotation)
    if annotation is Any or isinstance(annotation, typing.TypeVar):
        return []
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(annotation)
        if any(not type_problems(value, option, where) for option in options):
            return []
        return [f"{where or 'body'}: {type(value).__name__} is none of {annotation}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} is not a list"]
        (item,) = typing.get_args(annotation) or (Any,)
        return [p for index, v in enumerate(value) for p in type_problems(v, item, f"{where}[{index}]")]
    if origin is dict:
        return [] if isinstance(value, dict) else [f"{where}: {type(value).__name__} is not a dict"]
    if origin is typing.Literal:
        return [] if value in typing.get_args(annotation) else [f"{where}: {value!r} is not in {annotation}"]
    if annotation is type(None) or annotation is None:
        return [] if value is None else [f"{where}: {type(value).__name__} is not None"]
    if annotation is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {type(value).__name__} is not float"]
    if annotation is int:
        # JSON has one number type: 3600.0 is a valid "integer" of JSON Schema, and json.loads makes it a float.
        ok = (isinstance(value, int) or (isinstance(value, float) and value.is_integer())) and not isinstance(
            value, bool
        )
        return [] if ok else [f"{where}: {type(value).__name__} is not int"]
    if isinstance(annotation, type):
        if not isinstance(value, annotation):
            return [f"{where}: {type(value).__name__} is not {annotation.__name__}"]
        if attrs.has(annotation):
            hints = _hints(annotation)
            return [
                p
                for attribute in attrs.fields(annotation)
                if attribute.name != "additional_properties"
                for p in type_problems(
                    getattr(value, attribute.name), hints[attribute.name], f"{where}.{attribute.name}"
                )
            ]
    return []


def to_json(parsed: Any) -> JSON:
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def parse_problems(vendor: str, spec: Spec, schema: JSON, parsed: Any, body: JSON) -> list[str]:
    """Why ``parsed`` is not ``body`` read as the documented model (empty when it is)."""
    expected = _documented_class(vendor, spec, schema)
    problems = []
    if isinstance(expected, tuple):
        if not isinstance(parsed, list):
            return [f"parsed a {type(parsed).__name__}, not a list"]
        item = expected[1]
        if item is not None:
            problems += [
                f"item {i}: {type(p).__name__} is not {item.__name__}"
                for i, p in enumerate(parsed)
                if not isinstance(p, item)
            ]
            problems += [p for i, v in enumerate(parsed) for p in type_problems(v, item, f"[{i}]")]
    elif expected is not None:
        if not isinstance(parsed, expected):
            return [f"parsed a {type(parsed).__name__}, not {expected.__name__}"]
        problems += type_problems(parsed, expected)
    if to_json(parsed) != body:
        problems.append("to_dict() differs from the body")
    return problems


# The fuzz


@dataclass
class Report:
    """Counts and failures of one vendor's fuzz."""

    vendor: str
    overlay: bool = False
    operations: int = 0
    responses: dict[tuple[str, str], int] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    #: Operations the overlay refuses to send (fuzzed through the bare generated Client).
    bare: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def fail(self, text: str) -> None:
        if len(self.failures) < 200:
            self.failures.append(text)

    def line(self) -> str:
        total = sum(self.responses.values())
        via = "make_client" if self.overlay else "generated Client"
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (
            f"{self.vendor} ({via}): {self.operations} operations, {len(self.responses)} operation-statuses, "
            f"{total} responses ({outcomes}), {len(self.failures)} failures"
            + (f"; refused by the overlay, read by the generated Client: {', '.join(self.bare)}" if self.bare else "")
        )


@dataclass
class Target:
    operation: Operation
    module: types.ModuleType
    kwargs: dict[str, Any]


@functools.cache
def targets(vendor: str) -> list[Target]:
    spec = Spec.load(vendor)
    found = []
    for operation in spec.operations:
        module = importlib.import_module(f"{vendor}_client.api.{_tag(operation)}.{snake(operation.operation_id)}")
        kwargs = call_arguments(vendor, spec, operation, module)
        assert kwargs is not None, f"{vendor} {operation.operation_id}: no request the spec accepts could be drawn"
        found.append(Target(operation, module, kwargs))
    return found


def _tag(operation: Operation) -> str:
    tags = operation.definition.get("tags") or ["default"]
    return snake(tags[0])


@functools.cache
def corpus(vendor: str) -> dict[str, list[JSON]]:
    spec = Spec.load(vendor)
    return generate(spec.document, response_schemas(spec))


def statuses(operation: Operation) -> Iterator[tuple[str, int, JSON | None]]:
    """(documented key, status to send, JSON schema or None) of every documented status."""
    for key, media in operation.responses.items():
        status = int(key.replace("XX", "00")) if key != "default" else 500
        schema = next((c.schema for m, c in media.items() if m.endswith("json") and c is not None), None)
        yield key, status, schema


def _schema_of(spec: Spec, operation_id: str, key: str) -> JSON | None:
    media = spec.by_id[operation_id].responses[key]
    return next((c.schema for m, c in media.items() if m.endswith("json") and c is not None), None)


def call(target: Target, client: Any) -> Any:
    with switchboard.max_retries(0):
        return target.module.sync_detailed(client=client, **target.kwargs)


class Fresh:
    """The overlay's client for the next operation: a new one only when an answer changed its credentials (a
    renewed key), so that what one operation's answers leave behind stays out of the next."""

    def __init__(self, vendor: str, spec: Spec, exchange: Exchange, overlay: bool) -> None:
        self.args = (vendor, spec, exchange)
        self.overlay = overlay
        self._client: tuple[Any, bool] | None = None
        self._secrets: list[str] = []

    def _credentials(self, client: Any) -> list[str]:
        auth: Any = getattr(client, "_httpx_args", {}).get("auth")
        secrets = getattr(auth, "secrets", None)
        return list(secrets()) if callable(secrets) else []

    def client(self) -> tuple[Any, bool]:
        if self._client is None or self._credentials(self._client[0]) != self._secrets:
            self._client = build_client(*self.args, overlay=self.overlay)
            self._secrets = self._credentials(self._client[0])
        return self._client


def _client_for(target: Target, clients: list[tuple[Any, bool]], exchange: Exchange) -> tuple[Any, bool]:
    """The overlay's client, unless the overlay refuses to send this operation at all (then the bare one)."""
    client, made = clients[0]
    if made:
        exchange.status, exchange.body = 599, b"{}"
        try:
            call(target, client)
        except switchboard.RequestValidationError:
            return clients[1]
        except Exception:  # noqa: S110 (any answer to the probe will do: it only tells whether a request went out)
            pass
    return client, made


def parsed_by_generated(
    vendor: str, spec: Spec, target: Target, client: Any, schema: JSON | None, body: JSON, where: str, report: Report
) -> None:
    """Check that the bare generated Client parses ``body`` (served already) into the documented model."""
    try:
        response = call(target, client)
    except Exception as exc:
        report.count("crash")
        report.fail(f"{where} (generated Client): {type(exc).__name__}: {exc} for {json.dumps(body)[:300]}")
        return
    report.count("parsed by the generated Client")
    if schema is not None:
        for problem in parse_problems(vendor, spec, schema, response.parsed, body):
            report.fail(f"{where} (generated Client): {problem} for {json.dumps(body)[:300]}")


def fuzz_valid(
    vendor: str, spec: Spec | None = None, *, overlay: bool = True, bodies: dict[str, list[JSON]] | None = None
) -> Report:
    """Serve every generated body to every operation and status documenting its schema; check what comes back."""
    spec = spec or Spec.load(vendor)
    bodies = corpus(vendor) if bodies is None else bodies
    exchange = Exchange()
    bare = build_client(vendor, spec, exchange, overlay=False)
    fresh = Fresh(vendor, spec, exchange, overlay)
    report = Report(vendor, overlay=fresh.client()[1])
    for target in targets(vendor):
        report.operations += 1
        clients = [fresh.client(), bare]
        client, made = _client_for(target, clients, exchange)
        if made != clients[0][1]:
            report.bare.append(target.operation.operation_id)
        for key, status, schema in statuses(target.operation):
            served = bodies.get(json.dumps(schema, sort_keys=True), []) if schema is not None else [None]
            for body in served:
                exchange.status, exchange.body = status, (b"" if body is None else json.dumps(body).encode())
                report.responses[(target.operation.operation_id, key)] = (
                    report.responses.get((target.operation.operation_id, key), 0) + 1
                )
                where = f"{target.operation.operation_id} HTTP {status}"
                try:
                    response = call(target, client)
                except ResponseValidationError as exc:
                    report.count("refused")
                    report.fail(f"{where}: a spec-valid body was refused: {exc}")
                except SwitchboardError as exc:
                    # An error status, or the overlay's own reading of a 2xx (an envelope saying failure, a renewal
                    # without a key). The generated parser must still read that 2xx: the bare Client is asked too.
                    typed = isinstance(exc, APIError) and status >= 400
                    report.count("typed error" if typed else f"{type(exc).__name__} from the overlay")
                    if not made:
                        report.fail(f"{where}: {type(exc).__name__}: {exc}")
                    elif status < 400:
                        parsed_by_generated(vendor, spec, target, bare[0], schema, body, where, report)
                except Exception as exc:
                    report.count("crash")
                    report.fail(f"{where}: {type(exc).__name__}: {exc} for {json.dumps(body)[:300]}")
                else:
                    if status >= 400 and made:
                        report.count("error status returned")
                        report.fail(f"{where}: the error status was returned, not raised")
                        continue
                    report.count("parsed")
                    if schema is not None:
                        for problem in parse_problems(vendor, spec, schema, response.parsed, body):
                            report.fail(f"{where}: {problem} for {json.dumps(body)[:300]}")
    return report


# Tolerant reader


@dataclass
class Site:
    """An object inside a body, with what its schema says about its properties."""

    path: list[str]
    value: dict[str, JSON]
    properties: dict[str, JSON]
    required: set[str]
    open: bool


def _merged(spec: Spec, schema: JSON, value: JSON) -> tuple[dict[str, JSON], set[str], JSON]:
    """Properties, required names and additionalProperties of ``schema`` with its allOf members (and the first
    anyOf/oneOf variant whose required properties ``value`` has)."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return {}, set(), True
    properties = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    extra = schema.get("additionalProperties", True)
    for member in schema.get("allOf", []):
        more, needed, _ = _merged(spec, member, value)
        properties.update(more)
        required |= needed
    for variant in schema.get("anyOf") or schema.get("oneOf") or []:
        more, needed, variant_extra = _merged(spec, variant, value)
        if (more or needed) and isinstance(value, dict) and needed <= value.keys():
            properties.update(more)
            required |= needed
            extra = variant_extra
            break
    return properties, required, extra


def sites(spec: Spec, schema: JSON, value: JSON, path: list[str] | None = None) -> Iterator[Site]:
    """Every object of ``value`` whose schema is known, outermost first."""
    path = path or []
    resolved = spec.resolve(schema)
    if isinstance(value, dict):
        properties, required, extra = _merged(spec, resolved, value)
        if properties or required:
            yield Site(path, value, properties, required, not isinstance(extra, dict))
        for key, item in value.items():
            sub = properties.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                yield from sites(spec, sub, item, [*path, key])
    elif isinstance(value, list) and isinstance(resolved, dict):
        items = resolved.get("items")
        if items is None:
            for variant in resolved.get("anyOf") or resolved.get("oneOf") or []:
                if spec.resolve(variant).get("type") == "array":
                    items = spec.resolve(variant).get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                yield from sites(spec, items, item, [*path, str(index)])


def allows(spec: Spec, schema: JSON, kind: str) -> bool:
    """Whether ``schema`` documents values of the JSON type ``kind`` (unsure counts as yes)."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or not schema or "allOf" in schema or "not" in schema:
        return True
    declared = schema.get("type")
    if declared is not None:
        types_ = {declared} if isinstance(declared, str) else set(declared)
        return kind in types_ or (kind == "integer" and "number" in types_)
    variants = schema.get("anyOf", []) + schema.get("oneOf", [])
    if variants:
        return any(allows(spec, v, kind) for v in variants)
    return not ("const" in schema or "enum" in schema)


#: Mutation -> what the client must do: "parse" (the value passes), "refuse" (ResponseValidationError naming the
#: field), or "either".
MUTATIONS = ("missing", "extra", "unknown value", "null", "number as string")
#: Through an overlay, every ERROR_STRIDE-th body of an error status is mutated and served (all of them are
#: served unmutated by the spec-valid fuzz).
ERROR_STRIDE = 5


def mutate(spec: Spec, schema: JSON, body: JSON, kind: str, rng: random.Random) -> tuple[JSON, str, str] | None:
    """``body`` changed as a real vendor might: (new body, expectation, field), or None when ``kind`` has no place."""
    body = copy.deepcopy(body)
    found = list(sites(spec, schema, body))
    if kind == "extra":
        if not found and not isinstance(body, dict):
            return None
        for site in found:
            if site.open:
                site.value["x-switchboard-extra"] = {"added": [1, "two", None]}
        return (body, "parse", "") if any(site.open for site in found) else None
    if kind == "missing":
        choices = [(site, key) for site in found for key in sorted(site.required) if key in site.value]
        if not choices:
            return None
        site, key = rng.choice(choices)
        del site.value[key]
        return body, "refuse", ".".join([*site.path, key])
    if kind == "unknown value":
        changed = False
        for site in found:
            for key, sub in site.properties.items():
                resolved = spec.resolve(sub)
                if key in site.value and isinstance(resolved, dict) and "enum" in resolved:
                    site.value[key] = UNFORESEEN
                    changed = True
        return (body, "parse", "") if changed else None
    if kind == "null":
        choices = [(site, key) for site in found for key in sorted(site.value) if key in site.properties]
        if not choices:
            return None
        site, key = rng.choice(choices)
        site.value[key] = None
        field = ".".join([*site.path, key])
        return body, ("either" if allows(spec, site.properties[key], "null") else "refuse"), field
    if kind == "number as string":
        choices = [
            (site, key)
            for site in found
            for key, value in sorted(site.value.items())
            if isinstance(value, int | float) and not isinstance(value, bool)
        ]
        if not choices:
            return None
        site, key = rng.choice(choices)
        site.value[key] = str(site.value[key])
        field = ".".join([*site.path, key])
        sub = site.properties.get(key)
        return body, ("either" if sub is None or allows(spec, sub, "string") else "refuse"), field
    raise ValueError(kind)


def fuzz_tolerant(
    vendor: str, spec: Spec | None = None, *, overlay: bool = True, bodies: dict[str, list[JSON]] | None = None
) -> Report:
    """Serve mutated bodies to every 2xx (and, through an overlay, every error status); check the outcome."""
    spec = spec or Spec.load(vendor)
    bodies = corpus(vendor) if bodies is None else bodies
    exchange = Exchange()
    bare = build_client(vendor, spec, exchange, overlay=False)
    fresh = Fresh(vendor, spec, exchange, overlay)
    report = Report(vendor, overlay=fresh.client()[1])
    for target in targets(vendor):
        report.operations += 1
        clients = [fresh.client(), bare]
        for key, status, schema in statuses(target.operation):
            client, made = _client_for(target, clients, exchange) if status < 400 else clients[0]
            if schema is None or (status >= 400 and not made):
                continue
            rng = random.Random(f"{SEED}:{target.operation.operation_id}:{key}")
            for index, body in enumerate(bodies.get(json.dumps(schema, sort_keys=True), [])):
                if status >= 400 and index % ERROR_STRIDE:
                    continue  # error statuses: the typed error is checked on a fifth of the bodies
                kind = MUTATIONS[(index // ERROR_STRIDE if status >= 400 else index) % len(MUTATIONS)]
                mutated = mutate(spec, schema, body, kind, rng)
                if mutated is None:
                    continue
                new_body, expected, field_name = mutated
                exchange.status, exchange.body = status, json.dumps(new_body).encode()
                operation_key = (target.operation.operation_id, key)
                report.responses[operation_key] = report.responses.get(operation_key, 0) + 1
                where = f"{target.operation.operation_id} HTTP {status} ({kind} {field_name})".replace(" )", ")")
                try:
                    response = call(target, client)
                except ResponseValidationError as exc:
                    report.count(f"{kind}: refused")
                    if status >= 400 or expected == "parse":
                        report.fail(f"{where}: refused: {exc}")
                    elif expected == "refuse" and not any(v.field == field_name for v in exc.violations):
                        report.fail(f"{where}: refused, but not naming {field_name!r}: {exc}")
                except APIError:
                    report.count(f"{kind}: typed error")
                    if status < 400 and not made:
                        report.fail(f"{where}: an APIError from the generated Client")
                except SwitchboardError as exc:
                    report.count(f"{kind}: {type(exc).__name__} from the overlay")
                    if not made:
                        report.fail(f"{where}: {type(exc).__name__}: {exc}")
                except Exception as exc:
                    report.count(f"{kind}: crash")
                    report.fail(f"{where}: {type(exc).__name__}: {exc} for {json.dumps(new_body)[:300]}")
                else:
                    report.count(f"{kind}: parsed")
                    if status >= 400:
                        report.fail(f"{where}: the error status was returned, not raised")
                    elif expected == "refuse":
                        report.fail(f"{where}: parsed although the field breaks the documented type")
                    elif expected == "parse" and to_json(response.parsed) != new_body:
                        report.fail(f"{where}: to_dict() lost what was sent: {json.dumps(new_body)[:300]}")
    return report


# Error answers: whatever their body, they raise a switchboard error; none is returned, none quotes the body.

#: A status no operation documents.
UNDOCUMENTED = 418


def fuzz_error_answers(vendor: str) -> Report:
    """Through ``make_client``, serve every error status of every operation: a spec-valid body, the same body without
    a required property, a JSON array, a body that is not JSON, and a status nobody documents. Each must raise a
    switchboard error (the vendor's typed error of that status where it is an :class:`APIError`), without quoting
    the body or chaining another exception."""
    spec = Spec.load(vendor)
    exchange = Exchange()
    fresh = Fresh(vendor, spec, exchange, True)
    client, made = fresh.client()
    report = Report(vendor, overlay=made)
    bodies = corpus(vendor)
    for target in targets(vendor):
        report.operations += 1
        if _client_for(target, [(client, made), (None, False)], exchange)[0] is None:
            report.bare.append(target.operation.operation_id)  # the overlay refuses to send it at all
            continue
        rng = random.Random(f"{SEED}:{target.operation.operation_id}:errors")
        cases: list[tuple[str, int, bytes, str]] = []
        for key, status, schema in statuses(target.operation):
            if status < 400 or schema is None:
                continue
            served = bodies.get(json.dumps(schema, sort_keys=True), [])[:3]
            for body in served:
                cases.append((key, status, json.dumps(body).encode(), "valid"))
                missing = mutate(spec, schema, body, "missing", rng)
                if missing is not None:
                    cases.append((key, status, json.dumps(missing[0]).encode(), f"missing {missing[2]}"))
            cases.append((key, status, b"[1]", "array"))
            cases.append((key, status, b"<html>switchboard-not-json</html>", "not JSON"))
        # Not an envelope any vendor reads a message from (TingTing shows every {"field": "text"} as a field error).
        cases.append(("undocumented", UNDOCUMENTED, b"<p>switchboard-quoted</p>", "undocumented"))
        for key, status, content, kind in cases:
            if status == 401:  # a 401 makes the auth drop its token and fetch another: start afresh
                client, _ = fresh.client()
            exchange.status, exchange.body = status, content
            operation_key = (target.operation.operation_id, key)
            report.responses[operation_key] = report.responses.get(operation_key, 0) + 1
            where = f"{target.operation.operation_id} HTTP {status} ({kind})"
            try:
                response = call(target, client)
            except SwitchboardError as exc:
                typed = isinstance(exc, APIError)
                report.count(f"{kind.split()[0]}: {'typed error' if typed else type(exc).__name__}")
                if (
                    isinstance(exc, APIError)
                    and exc.status_code != status
                    and not (vendor == "kandy" and status == 401)
                ):
                    report.fail(f"{where}: {type(exc).__name__} of HTTP {exc.status_code}: {exc}")
                text = str(exc)
                if "switchboard-quoted" in text or "switchboard-not-json" in text:
                    report.fail(f"{where}: the error quotes the body: {exc!r}")
                if exc.__cause__ is not None or exc.__context__ is not None:
                    report.fail(f"{where}: the error chains another one: {exc!r}")
            except Exception as exc:
                report.count(f"{kind.split()[0]}: crash")
                report.fail(f"{where}: {type(exc).__name__}: {exc}")
            else:
                report.count(f"{kind.split()[0]}: returned")
                report.fail(f"{where}: returned {type(response.parsed).__name__} instead of raising")
    return report


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_error_answer_raises_a_typed_error(vendor: str) -> None:
    started = time.perf_counter()
    report = fuzz_error_answers(vendor)

    print(f"{report.line()} in {time.perf_counter() - started:.1f}s")
    assert report.failures == []
    assert report.operations == len(Spec.load(vendor).operations)
    assert report.outcomes.get("undocumented: typed error") == report.operations - len(report.bare)
    assert report.bare == (["renew_api_key_via_get"] if vendor == "passinfo" else [])
    assert sum(n for outcome, n in report.outcomes.items() if outcome.endswith(": typed error")) >= 4 * (
        report.operations - len(report.bare)
    )


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_documented_response_is_parsed_into_its_model(vendor: str) -> None:
    started = time.perf_counter()
    report = fuzz_valid(vendor)

    print(f"{report.line()} in {time.perf_counter() - started:.1f}s")
    assert report.failures == []
    spec = Spec.load(vendor)
    assert report.operations == len(spec.operations)
    documented = sum(len(op.responses) for op in spec.operations)
    assert len(report.responses) == documented
    short = {k: n for k, n in report.responses.items() if n < EXAMPLES and _schema_of(spec, *k) is not None}
    assert short == {}


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_client_reads_what_the_spec_did_not_foresee(vendor: str) -> None:
    started = time.perf_counter()
    report = fuzz_tolerant(vendor)

    print(f"{report.line()} in {time.perf_counter() - started:.1f}s")
    assert report.failures == []
    assert report.operations == len(Spec.load(vendor).operations)
    successes = {key: n for key, n in report.responses.items() if key[1].startswith("2")}
    assert sum(successes.values()) >= 30 * len(successes)  # some mutations have no place in a small body
    assert any(outcome.startswith("extra") for outcome in report.outcomes)


# Planted defects: the fuzz must be able to fail.


def _planted(change: Callable[[dict[str, Any]], None]) -> Spec:
    """The Netsapiens spec with ``change`` applied to its ``Subscription`` schema; generated/ is left as it is.

    Responses documented as ``Subscription`` or ``SubscriptionList`` are the ones the change reaches.
    """
    document = copy.deepcopy(Spec.load("netsapiens").document)
    change(document["components"]["schemas"]["Subscription"])
    return Spec(document, "netsapiens")


def test_a_response_field_turned_into_a_closed_enum_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    known = ["pending", "active", "error"]
    spec = _planted(lambda schema: schema["properties"]["status"].update(enum=known))
    from netsapiens_client.models.subscription import Subscription

    read = Subscription.from_dict.__func__  # type: ignore[attr-defined]

    def closed_from_dict(cls: type[Subscription], src_dict: dict[str, Any]) -> Subscription:
        # What the generator emits for a closed enum with literal_enums: the value checked against the known set.
        if "status" in src_dict and src_dict["status"] not in known:
            raise TypeError(f"Unexpected value {src_dict['status']!r}. Expected one of {known!r}")
        result: Subscription = read(cls, src_dict)
        return result

    monkeypatch.setattr(Subscription, "from_dict", classmethod(closed_from_dict))

    report = fuzz_tolerant("netsapiens", spec)  # the bodies of the real spec, with unknown values put in

    print(report.line())
    # The generated parser's TypeError reaches the user as a typed error (the guard's safety net), and the fuzz
    # reports every value it could not read past.
    refused = [f for f in report.failures if "the generated parser cannot read the body (TypeError)" in f]
    assert any("(unknown value): refused" in f for f in refused), report.failures[:5]
    assert refused == report.failures
    assert report.outcomes.get("unknown value: crash", 0) == 0
    # The static check finds it too, before any body is served.
    static = {w for op in spec.operations for _, _, schema in statuses(op) for w in closed_sets(spec, schema, "")}
    assert static == {".status", "[].status"}


def test_a_generated_model_whose_spec_changed_under_it_is_caught() -> None:
    spec = _planted(lambda schema: schema["properties"]["error-count"].update(type="string"))

    changed = {k: v for k, v in response_schemas(spec).items() if "Subscription" in k}
    # 20 bodies of each changed schema: the planted type reaches every one that has error-count.
    bodies = {**corpus("netsapiens"), **generate(spec.document, changed, examples=20)}

    report = fuzz_valid("netsapiens", spec, overlay=False, bodies=bodies)

    print(report.line())
    wrong = [f for f in report.failures if "error_count: str is none of int" in f]
    assert wrong, report.failures[:5]
    assert {f.split(" HTTP")[0] for f in wrong} == {"list_subscriptions", "create_subscription", "read_subscription"}


def closed_sets(spec: Spec, schema: JSON, where: str, seen: set[str] | None = None) -> Iterator[str]:
    """Where ``schema`` (a response schema) has an ``enum``: the generated parser refuses any other value there."""
    seen = set() if seen is None else seen
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return
        seen.add(schema["$ref"])
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return
    if "enum" in schema:
        yield where
    for name, sub in schema.get("properties", {}).items():
        yield from closed_sets(spec, sub, f"{where}.{name}", seen)
    for key in ("items", "additionalProperties"):
        yield from closed_sets(spec, schema.get(key), f"{where}[]", seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for index, sub in enumerate(schema.get(key, [])):
            yield from closed_sets(spec, sub, f"{where} {key}[{index}]", seen)


@pytest.mark.parametrize("vendor", VENDORS)
def test_no_response_schema_has_a_closed_set(vendor: str) -> None:
    spec = Spec.load(vendor)
    found = [
        where
        for operation in spec.operations
        for status, _, schema in statuses(operation)
        for where in closed_sets(spec, schema, f"{operation.operation_id} {status}")
    ]

    assert found == [], "known values belong in the description (specs/README.md, tolerant reader)"
