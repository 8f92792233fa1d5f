"""Answers from the spec alone, as Prism gives them: a response's documented example, else a value made from its
schema. Deterministic: the same spec, operation and seed give the same answer."""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable

# The parser Python's own re uses (private, unchanged since 3.11): what a pattern takes, piece by piece.
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any

from switchboard.spec import Operation, Spec

#: A value that is not there (``None`` is JSON's null).
MISSING: Any = object()
#: Below this depth every property is made; deeper, the required ones only (recursive schemas end).
_FULL_DEPTH = 6
_MAX_DEPTH = 24
#: Attempts at a value that passes its schema; each later one draws its choices (variants, enum values) afresh.
ATTEMPTS = 8
_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00Z",
    "email": "mock@example.com",
    "idn-email": "mock@example.com",
    "uri": "https://mock.example.com/",
    "url": "https://mock.example.com/",
    "iri": "https://mock.example.com/",
    "uri-reference": "/mock",
    "hostname": "mock.example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "byte": "bW9jaw==",
    "password": "mock-password",
}


def success_status(operation: Operation) -> str | None:
    """The documented success an answer made from the spec gives: 200, else the lowest 2xx, else ``2XX``/default."""
    statuses = sorted(s for s in operation.responses if s[:1] == "2" and s.isdigit())
    for found in ("200", *statuses, "2XX", "default"):
        if found in operation.responses:
            return found
    return None


def documented_body(spec: Spec, operation: Operation, status: str, seed: int, attempt: int = 0) -> Any:
    """The JSON body of ``operation``'s ``status`` response: its example, else one made from its schema (MISSING
    when the response documents no JSON body)."""
    response = spec.resolve(operation.definition.get("responses", {}).get(status, {}))
    media = (response.get("content") or {}).get("application/json") if isinstance(response, dict) else None
    if not isinstance(media, dict):
        return MISSING
    if attempt == 0:
        example = _example(spec, media)
        if example is not MISSING:
            return example
    schema = media.get("schema")
    if schema is None:
        return MISSING
    rng = random.Random(f"{seed}:{operation.operation_id}:{status}:{attempt}")
    return Generator(spec.resolve, rng, prefer_examples=attempt < ATTEMPTS // 2, first=attempt == 0).value(schema)


class Answers:
    """The bodies one spec's responses are answered with, each made once (on its first use) and checked against
    its schema: an example or made-up value that breaks its schema is made again with other choices."""

    def __init__(self, spec: Spec, seed: int = 0) -> None:
        self.spec = spec
        self.seed = seed
        self._made: dict[tuple[str, str], Any] = {}

    def body(self, operation: Operation, status: str) -> Any:
        """The body of ``operation``'s documented ``status`` response (MISSING when it documents no JSON body); a
        copy, which the caller may change."""
        key = (operation.operation_id, status)
        if key not in self._made:
            self._made[key] = self._make(operation, status)
        return copy.deepcopy(self._made[key])

    def _make(self, operation: Operation, status: str) -> Any:
        schema = (operation.responses.get(status) or {}).get("application/json")
        body = MISSING
        for attempt in range(ATTEMPTS):
            body = documented_body(self.spec, operation, status, self.seed, attempt)
            if body is MISSING or schema is None or not schema.violations(body, "body"):
                return body
        return body  # the engine's own check of the answer reports what is wrong with it

    def valid(self, operation: Operation, status: str, body: Any) -> bool:
        """Whether ``body`` passes the schema of ``operation``'s ``status`` response."""
        schema = (operation.responses.get(status) or {}).get("application/json")
        return schema is None or not schema.violations(body, "body")


def _example(spec: Spec, media: dict[str, Any]) -> Any:
    if "example" in media:
        return copy.deepcopy(media["example"])
    for example in (media.get("examples") or {}).values():
        example = spec.resolve(example)
        if isinstance(example, dict) and "value" in example:
            return copy.deepcopy(example["value"])
    return MISSING


class Generator:
    """Makes a value of a JSON schema: examples, defaults and constants where the schema has them."""

    def __init__(
        self, resolve: Callable[[Any], Any], rng: random.Random, *, prefer_examples: bool = True, first: bool = True
    ) -> None:
        self._resolve = resolve
        self._rng = rng
        self._prefer_examples = prefer_examples
        #: Whether a variant or an enum value is the first one listed (else one drawn from ``rng``).
        self._first = first

    def _pick(self, options: list[Any]) -> Any:
        return options[0] if self._first else self._rng.choice(options)

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema = self._resolve(schema)
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return None if schema is False else "mock"
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if schema.get("enum"):
            return copy.deepcopy(self._pick(list(schema["enum"])))
        if self._prefer_examples:
            for key in ("example", "default"):
                if key in schema:
                    return copy.deepcopy(schema[key])
            if isinstance(schema.get("examples"), list) and schema["examples"]:
                return copy.deepcopy(schema["examples"][0])
        if "allOf" in schema:
            return self.value(self._merged(schema), depth + 1)
        for combinator in ("oneOf", "anyOf"):
            if schema.get(combinator):
                variant = self._pick(list(schema[combinator]))
                rest = {k: v for k, v in schema.items() if k != combinator}
                return self.value(self._merge([rest, variant]) if rest else variant, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or ["null"]
            kind = kinds[0]
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "string"
        maker = getattr(self, f"_{kind}", None)
        return maker(schema, depth) if maker is not None else None

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return self._merge([rest, *schema["allOf"]])

    def _merge(self, schemas: list[Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for part in schemas:
            part = self._resolve(part)
            if not isinstance(part, dict):
                continue
            if "allOf" in part:
                part = self._merged(part)
            for key, value in part.items():
                if key == "properties":
                    merged.setdefault("properties", {}).update(value)
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        return merged

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        made = {}
        for name, sub in properties.items():
            if depth < _FULL_DEPTH or name in required:
                made[name] = self.value(sub, depth + 1)
        for name in sorted(required - set(made)):
            extra = schema.get("additionalProperties")
            made[name] = self.value(extra if isinstance(extra, dict) else {}, depth + 1)
        return made

    def _array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        count = max(int(schema.get("minItems", 0)), 1)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        items = schema.get("items", {})
        made = [self.value(items, depth + 1) for _ in range(count)]
        if schema.get("uniqueItems") and count > 1:
            self._first = False
            made = [self.value(items, depth + 1) for _ in range(count)]
        return made

    def _string(self, schema: dict[str, Any], depth: int) -> str:
        if "pattern" in schema:
            text = from_pattern(str(schema["pattern"]))
        else:
            text = _FORMATS.get(str(schema.get("format")), "mock")
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        if len(text) < low:
            text += (text[-1:] or "x") * (low - len(text))
        return text if high is None else text[: int(high)]

    def _integer(self, schema: dict[str, Any], depth: int) -> int:
        return int(self._number(schema, depth, step=1))

    def _number(self, schema: dict[str, Any], depth: int, step: float = 0.5) -> float:
        low = schema.get("minimum")
        if "exclusiveMinimum" in schema and isinstance(schema["exclusiveMinimum"], int | float):
            low = schema["exclusiveMinimum"] + step
        high = schema.get("maximum")
        if "exclusiveMaximum" in schema and isinstance(schema["exclusiveMaximum"], int | float):
            high = schema["exclusiveMaximum"] - step
        value: float = low if low is not None else min(1, high) if high is not None else 1
        multiple = schema.get("multipleOf")
        if multiple:
            value = -(-value // multiple) * multiple
        return value

    def _boolean(self, schema: dict[str, Any], depth: int) -> bool:
        return True

    def _null(self, schema: dict[str, Any], depth: int) -> None:
        return None


def from_pattern(pattern: str) -> str:
    """A short string that ``pattern`` matches (searching, as JSON Schema does): what each piece takes at least."""
    try:
        return "".join(_text(_sre.parse(pattern)))
    except (re.error, RecursionError, ValueError):
        return "mock"


def _text(parsed: Any) -> list[str]:
    out: list[str] = []
    for op, argument in parsed:
        if op is _sre.LITERAL:
            out.append(chr(argument))
        elif op is _sre.NOT_LITERAL:
            out.append("a" if argument != ord("a") else "b")
        elif op is _sre.ANY:
            out.append("a")
        elif op is _sre.IN:
            out.append(_member(argument))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, _high, sub = argument
            out.extend(_text(sub) * low)
        elif op is _sre.SUBPATTERN:
            out.extend(_text(argument[-1]))
        elif op is _sre.BRANCH:
            out.extend(_text(argument[1][0]))
        elif op is _sre.CATEGORY:
            out.append(_category(argument))
        elif op is _sre.AT:
            continue
    return out


def _member(items: list[Any]) -> str:
    if items and items[0][0] is _sre.NEGATE:
        excluded = {chr(a) for op, a in items[1:] if op is _sre.LITERAL}
        return next(c for c in "a0Z_" if c not in excluded)
    op, argument = items[0]
    if op is _sre.LITERAL:
        return chr(argument)
    if op is _sre.RANGE:
        return chr(argument[0])
    if op is _sre.CATEGORY:
        return _category(argument)
    return "a"


def _category(category: Any) -> str:
    if category is _sre.CATEGORY_DIGIT:
        return "0"
    if category is _sre.CATEGORY_SPACE:
        return " "
    return "-" if "NOT_WORD" in str(category) else "a"
