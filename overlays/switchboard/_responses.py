"""The tolerant reader: a success response is checked for what would break the generated parser, and nothing else.

The generated models read a body with ``d.pop("name")`` for a required property, ``Model.from_dict(value)`` for a
nested object and a loop for an array. A body that lacks a required property, or has a value of another JSON type
than the spec documents, makes them fail with a bare ``KeyError``, ``TypeError`` or ``ValueError``, or hand the user a
model whose attribute has another type than its annotation. :func:`check_response` turns those cases into a typed
:class:`~switchboard.ResponseValidationError` before the generated code sees the body.

What a real vendor does that the generated code reads without harm passes: properties the spec does not name, values
outside a set of known values (``enum``), and every constraint the generated code does not read (``pattern``,
lengths, ranges, ``format``, item counts). The rule, per keyword, is in ``specs/README.md`` ("Tolerant reader").

Only success statuses are checked. An error status belongs to the overlay's typed errors (the vendor's envelope
mapper, which reads the body tolerantly) and to the token auth, which must see a 401 to renew the token.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Mapping
from typing import Any, TypeAlias

import httpx
import jsonschema_rs

from ._errors import ResponseValidationError
from .spec import JSON, Operation, SchemaRegistry, Spec, Violation, media_type

#: The response extension that holds the body as parsed by the validating transport (see :func:`json_body`).
JSON_BODY_EXTENSION = "switchboard.json_body"

#: Keywords the generated parser does not read: a value breaking them is passed through as it is.
IGNORED = frozenset(
    {
        "enum",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "contains",
        "minContains",
        "maxContains",
        "minProperties",
        "maxProperties",
        "propertyNames",
        "dependentRequired",
        "dependentSchemas",
        "unevaluatedProperties",
        "unevaluatedItems",
        "not",
        "if",
        "then",
        "else",
        "discriminator",
        "example",
        "examples",
        "default",
        "description",
        "title",
    }
)
#: Formats the generator turns into Python objects (``isoparse``, ``UUID``): a malformed value would raise there.
PARSED_FORMATS = frozenset({"date", "date-time", "uuid"})
#: Not parsed: the body was not read as JSON (``check`` hands nothing to ``response.json()``).
NOT_PARSED: Any = object()
# A JSON body without a schema: parsed (the generated code parses it), nothing to check.
_JSON_ONLY: Any = object()
_MAX_PLANS = 512
_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def relax(schema: JSON) -> JSON:
    """``schema`` with only the rules the generated parser relies on: types, required properties, constants.

    Objects become open (extra properties pass), ``enum`` goes (unknown values pass), and ``oneOf`` becomes ``anyOf``:
    the generated code tries the variants in order, so a value that fits two of them is read as the first.
    """
    if not isinstance(schema, dict):
        return schema
    relaxed: dict[str, JSON] = {}
    for key, value in schema.items():
        if key in IGNORED or (key == "format" and value not in PARSED_FORMATS):
            continue
        if key in _MAPS and isinstance(value, dict):
            relaxed[key] = {name: relax(sub) for name, sub in value.items()}
        elif key in _LISTS and isinstance(value, list):
            relaxed["anyOf" if key == "oneOf" else key] = [relax(sub) for sub in value]
        elif key in ("items", "additionalProperties"):
            if isinstance(value, dict):
                relaxed[key] = relax(value)
            # ``additionalProperties: false`` is dropped: a vendor's extra field never breaks the reader.
            elif key == "items":
                relaxed[key] = value
        else:
            relaxed[key] = value
    if "oneOf" in schema and "anyOf" in schema:
        # Both present: keep both constraints, the second as an allOf member.
        relaxed["allOf"] = [*relaxed.get("allOf", []), {"anyOf": [relax(sub) for sub in schema["oneOf"]]}]
        relaxed["anyOf"] = [relax(sub) for sub in schema["anyOf"]]
    return relaxed


def relaxed_registry(components: JSON) -> SchemaRegistry:
    """A :class:`SchemaRegistry` of ``components`` with :func:`relax` applied to every component schema."""
    relaxed = dict(components) if isinstance(components, dict) else {}
    if isinstance(relaxed.get("schemas"), dict):
        relaxed["schemas"] = {name: relax(s) for name, s in relaxed["schemas"].items()}
    return SchemaRegistry(relaxed)


class ReaderSchema:
    """A documented response schema compiled with :func:`relax` applied to it and to every component schema (held
    once per spec in a relaxed :class:`SchemaRegistry`)."""

    def __init__(self, schema: JSON, registry: SchemaRegistry) -> None:
        self._validator = registry.validator(relax(schema))

    def violations(self, instance: JSON, status: int) -> list[Violation]:
        """What in ``instance`` the generated parser cannot read; the texts never quote a value of the body."""
        if self._validator.is_valid(instance):  # the common case, several times faster than collecting errors
            return []
        found: list[Violation] = []
        for error in self._validator.iter_errors(instance):
            found.extend(self._explain(error, instance, status))
        return found

    def _explain(self, error: jsonschema_rs.ValidationError, instance: JSON, status: int) -> list[Violation]:
        kind = error.kind
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.AnyOf):
            # A nullable object (anyOf: [{$ref}, {type: null}]) that lacks a property: name the property, not the
            # union. Only when a single variant has the value's type.
            here = list(error.instance_path)
            fitting = [
                branch
                for branch in kind.context
                if not any(
                    isinstance(e.kind, jsonschema_rs.ValidationErrorKind.Type) and list(e.instance_path) == here
                    for e in branch
                )
            ]
            if len(fitting) == 1 and fitting[0]:
                return [v for e in fitting[0] for v in self._explain(e, instance, status)]
        path = [str(part) for part in error.instance_path]
        rule = str(error.schema_path[-1]) if error.schema_path else "schema"
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
            path.append(str(kind.property))
            detail = "the property is missing"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.Type):
            expected = " or ".join(_type_names(kind.types))
            detail = f"expected {expected}, got {json_type(instance_at(instance, path))}"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.AnyOf):
            detail = f"a value of type {json_type(instance_at(instance, path))} fits none of the documented shapes"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.Constant):
            detail = "the value is not the documented constant"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.Format):
            detail = f"not a valid {kind.format}"
        else:
            detail = f"breaks {rule!r}"
        return [Violation("body", ".".join(path), rule, f"HTTP {status}: {detail}")]


def _type_names(types: Any) -> list[str]:
    names = types if isinstance(types, list | tuple) else [types]
    return [str(getattr(name, "value", name)).lower().removeprefix("jsontype.") for name in names]


def json_type(value: JSON) -> str:
    """The JSON type name of a decoded value: ``object``, ``array``, ``string``, ``integer``, ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def instance_at(instance: JSON, path: list[str]) -> JSON:
    """The value at ``path`` (property names and array indexes as strings) inside ``instance``."""
    for part in path:
        if isinstance(instance, list):
            instance = instance[int(part)]
        elif isinstance(instance, dict):
            instance = instance.get(part)
        else:
            return None
    return instance


#: What checking one (operation, status, Content-Type) takes: nothing (None), a fixed violation, or a body to parse
#: and check against a reader schema (or only to parse).
_Plan: TypeAlias = "list[Violation] | ReaderSchema | None"


class _ByContentType:
    """A plan that depends on the response's Content-Type (several JSON media types documented for the status)."""


_BY_CONTENT_TYPE = _ByContentType()


class ResponseReader:
    """The tolerant-reader check of every operation of one spec; reader schemas are compiled on first use."""

    def __init__(self, spec: Spec) -> None:
        components = spec.document.get("components", {}) if isinstance(spec.document, dict) else {}
        self._registry = relaxed_registry(components)
        self._schemas: dict[tuple[str, str, str], ReaderSchema | None] = {}
        self._plans: dict[tuple[str, int] | tuple[str, int, str | None], _Plan | _ByContentType] = {}
        self._lock = threading.Lock()

    def _reader_schema(self, operation: Operation, status_key: str, media: str) -> ReaderSchema | None:
        key = (operation.operation_id, status_key, media)
        try:
            return self._schemas[key]
        except KeyError:
            pass
        compiled = operation.responses[status_key][media]
        reader = ReaderSchema(compiled.schema, self._registry) if compiled is not None else None
        with self._lock:
            return self._schemas.setdefault(key, reader)

    def _plan(self, operation: Operation, status: int, headers: Mapping[str, str]) -> _Plan:
        """What checking a success response of ``operation`` takes, worked out once per status (and per Content-Type
        when the status documents several JSON media types: only then is the header read)."""
        key: tuple[str, int] | tuple[str, int, str | None] = (operation.operation_id, status)
        try:
            plan = self._plans[key]
        except KeyError:
            plan = self._remember(key, self._plan_of(operation, status))
        if not isinstance(plan, _ByContentType):
            return plan
        content_type = headers.get("content-type")
        key = (operation.operation_id, status, content_type)
        try:
            plan = self._plans[key]
        except KeyError:
            plan = self._remember(key, self._plan_of(operation, status, content_type))
        assert not isinstance(plan, _ByContentType)  # a Content-Type given decides
        return plan

    def _plan_of(
        self, operation: Operation, status: int, content_type: str | _ByContentType | None = _BY_CONTENT_TYPE
    ) -> _Plan | _ByContentType:
        status_key = next((k for k in (str(status), f"{status // 100}XX", "default") if k in operation.responses), None)
        if status_key is None:
            return [Violation("status", "", "responses", f"HTTP {status} is not a documented status")]
        json_types = [m for m in operation.responses[status_key] if m.endswith("json")]
        if not json_types:
            return None  # no body documented, or one the generated code does not parse as JSON
        if len(json_types) > 1:
            if isinstance(content_type, _ByContentType):
                return _BY_CONTENT_TYPE  # not read yet
            media = media_type(content_type)
            media = media if media in json_types else json_types[0]
        else:
            media = json_types[0]  # whatever the Content-Type says, as the generated code does
        return self._reader_schema(operation, status_key, media) or _JSON_ONLY

    def _remember(
        self, key: tuple[str, int] | tuple[str, int, str | None], plan: _Plan | _ByContentType
    ) -> _Plan | _ByContentType:
        with self._lock:
            if len(self._plans) >= _MAX_PLANS:  # Content-Types are the vendor's to choose: keep the table bounded
                self._plans.clear()
            return self._plans.setdefault(key, plan)

    def _violations(
        self, operation: Operation, status: int, headers: Mapping[str, str], body: bytes, *, any_status: bool = False
    ) -> tuple[list[Violation], JSON]:
        """:meth:`violations`, and the body as parsed (:data:`NOT_PARSED` when it was not)."""
        if not (200 <= status < 300 or any_status):
            return [], NOT_PARSED
        plan = self._plans.get((operation.operation_id, status), _BY_CONTENT_TYPE)
        if isinstance(plan, _ByContentType):  # not worked out yet, or depends on the Content-Type
            plan = self._plan(operation, status, headers)
        if plan is None:
            return [], NOT_PARSED
        if isinstance(plan, list):
            return plan, NOT_PARSED
        try:
            instance = json.loads(body)
        except (ValueError, RecursionError):
            return [Violation("body", "", "type", f"HTTP {status}: the body is not JSON")], NOT_PARSED
        if plan is _JSON_ONLY:
            return [], instance
        return plan.violations(instance, status), instance

    def violations(self, operation: Operation, status: int, content_type: str | None, body: bytes) -> list[Violation]:
        """Why the generated parser of ``operation`` cannot read this success response (empty when it can).

        The body is read as JSON whatever its ``Content-Type`` says, as the generated code does. A 2xx status the
        operation does not document is a violation too: the generated code has no model for it.
        """
        headers = {} if content_type is None else {"content-type": content_type}
        return self._violations(operation, status, headers, body)[0]

    def explain(self, operation: Operation, status: int, headers: Mapping[str, str], body: bytes) -> list[Violation]:
        """Why the generated parser cannot read a response of any status: :meth:`violations` without its success
        gate (error bodies are read by the generated error models too, when the client returns errors parsed)."""
        return self._violations(operation, status, headers, body, any_status=True)[0]

    def check(self, operation: Operation | None, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Return ``response`` (already read) when the generated parser of ``operation`` can read it; otherwise raise
        :class:`~switchboard.ResponseValidationError` naming the operation, the status, the field and the rule.

        The error quotes nothing of the body; the whole response is on its ``response`` attribute. A body parsed
        here is left in the response's extensions (see :func:`json_body`), so that it is parsed once.
        """
        if operation is None:
            return response
        content = response.content
        violations, instance = self._violations(operation, response.status_code, response.headers, content)
        if violations:
            raise ResponseValidationError(operation.operation_id, violations, request=request, response=response)
        if instance is not NOT_PARSED:
            response.extensions[JSON_BODY_EXTENSION] = instance
        return response


def json_body(response: httpx.Response) -> Any:
    """The JSON body of ``response``, parsed once: as the validating transport left it in the response's extensions,
    else parsed now and left there. Raises ``ValueError`` (or ``RecursionError``) as ``json.loads`` does.

    For readers that only look (the error mappers, the auth): the generated parser takes the value (see
    ``switchboard._hooks``), and nobody changes it.
    """
    extensions = response.extensions
    if JSON_BODY_EXTENSION in extensions:
        return extensions[JSON_BODY_EXTENSION]
    value = json.loads(response.content)
    extensions[JSON_BODY_EXTENSION] = value
    return value


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The body of ``response`` when it is a JSON object (see :func:`json_body`), else None: for envelope readers."""
    try:
        body = json_body(response)
    except (ValueError, RecursionError):
        return None
    return body if isinstance(body, dict) else None


_readers: weakref.WeakKeyDictionary[Spec, ResponseReader] = weakref.WeakKeyDictionary()
_readers_lock = threading.Lock()


def reader_for(spec: Spec) -> ResponseReader:
    """The :class:`ResponseReader` of ``spec``, made once per spec object and gone with it."""
    reader = _readers.get(spec)
    if reader is None:
        with _readers_lock:
            reader = _readers.setdefault(spec, ResponseReader(spec))
    return reader


def check_response(
    spec: Spec, operation: Operation | None, request: httpx.Request, response: httpx.Response
) -> httpx.Response:
    """:meth:`ResponseReader.check` with the reader of ``spec``: the hook of the validating transport."""
    return reader_for(spec).check(operation, request, response)
