"""Fail when a spec's ``x-switchboard-*`` declaration is misspelt or malformed (run by ``nox -s check``).

Every ``x-switchboard-*`` key anywhere in ``specs/*.yaml`` must be one this script knows, where it belongs (the
document or an operation), and match its schema below; ``specs/README.md`` documents each. A typo in a key, a
class name or a stop rule is an error naming the spec and the place.

    python scripts/check_extensions.py [SPEC ...]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ["error", "bad-request", "unauthorized", "not-found", "conflict", "rate-limit", "server"]
_CLASS = {"anyOf": [{"enum": CLASSES}, {"type": "string", "pattern": "^[A-Z][A-Za-z]*Error$"}]}
_PATH = {"type": "string", "pattern": r"^[^.\s]+(\.[^.\s]+)*$"}
_PLACE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["in", "name"],
    "properties": {"in": {"enum": ["query", "body"]}, "name": {"type": "string"}, "default": {"type": "integer"}},
}
_RULE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["key"],
    "minProperties": 2,
    "maxProperties": 2,
    "properties": {"key": _PATH, "equals": {}, "not": {}},
}
ERRORS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "family": {"type": "string", "pattern": "^[A-Z][A-Za-z]*$"},
        "code": _PATH,
        "message": {"type": "array", "items": _PATH},
        "field-errors": {"type": "array", "items": _PATH},
        "top-level-field-errors": {"type": "boolean"},
        "envelope-keys": {"type": "array", "items": {"type": "string"}},
        "failure-in-2xx": {"type": "array", "items": _RULE},
        "status-in-body": _PATH,
        "codes": {"type": "object", "additionalProperties": _CLASS},
        "statuses": {"type": "object", "propertyNames": {"pattern": "^[1-5][0-9]{2}$"}, "additionalProperties": _CLASS},
        "failure-class": _CLASS,
    },
}
PAGING = {
    "type": "object",
    "additionalProperties": False,
    "required": ["style", "page", "items"],
    "properties": {
        "style": {"enum": ["page-number", "page-index", "offset"]},
        "page": _PLACE,
        "size": _PLACE,
        "first": {"type": "integer"},
        "items": _PATH,
        "key": _PATH,
        "total-items": _PATH,
        "total-pages": _PATH,
        "has-next": _PATH,
        "page-echo": _PATH,
        "stop": {
            "type": "array",
            "uniqueItems": True,
            "items": {"enum": ["short-page", "total-items", "total-pages", "has-next", "page-echo", "nothing-new"]},
        },
    },
}
_POINTER = {"type": "string", "pattern": "^(/[^/]+)*$"}
COST = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"jobs": _POINTER, "text": _POINTER, "recipients": _POINTER, "sender": _POINTER},
}
#: Where each key may stand, and its schema.
KNOWN = {
    ("document", "x-switchboard-errors"): ERRORS,
    ("operation", "x-switchboard-paging"): PAGING,
    ("operation", "x-switchboard-cost"): COST,
}
#: A stop rule needs the place of its signal.
_SIGNALS = {"short-page": "size", "total-items": "total-items", "total-pages": "total-pages"}
_SIGNALS |= {"has-next": "has-next", "page-echo": "page-echo"}
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _declarations(document: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    """(where, place, key, value) of every ``x-switchboard-*`` key of ``document``, wherever it stands."""

    def walk(node: Any, place: str, where: str) -> Iterator[tuple[str, str, str, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and key.startswith("x-switchboard-"):
                    yield where, place, key, value
                else:
                    inner = "operation" if where == "path" and key in _METHODS else "other"
                    yield from walk(value, f"{place}/{key}", "path" if place == "/paths" else inner)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{place}/{index}", "other")

    for key, value in document.items():
        if isinstance(key, str) and key.startswith("x-switchboard-"):
            yield "document", "/", key, value
        else:
            yield from walk(value, f"/{key}", "paths" if key == "paths" else "other")


def problems(document: dict[str, Any]) -> list[str]:
    """What is wrong with the ``x-switchboard-*`` declarations of one spec document (empty when nothing is)."""
    found: list[str] = []
    for where, place, key, value in _declarations(document):
        schema = KNOWN.get((where, key))
        if schema is None:
            allowed = sorted(k for w, k in KNOWN if w == where) or "none"
            found.append(f"{place}: unknown key {key!r} here (known at this level: {allowed})")
            continue
        for error in jsonschema.Draft202012Validator(schema).iter_errors(value):
            at = "/".join(str(p) for p in error.absolute_path)
            found.append(f"{place}/{key}{'/' + at if at else ''}: {error.message}")
        if key == "x-switchboard-paging" and isinstance(value, dict):
            for rule in value.get("stop", []):
                if rule in _SIGNALS and _SIGNALS[rule] not in value:
                    found.append(f"{place}/{key}: stop rule {rule!r} needs {_SIGNALS[rule]!r}")
            if "total-items" in value.get("stop", []) and "key" not in value:
                found.append(f"{place}/{key}: stop rule 'total-items' counts items by 'key', which is missing")
    return found


def main(paths: list[str]) -> int:
    specs = [Path(p) for p in paths] or sorted(p for p in (ROOT / "specs").glob("*.yaml") if "codegen" not in p.name)
    failed = 0
    for spec in specs:
        for problem in problems(yaml.safe_load(spec.read_text())):
            print(f"{spec.name}: {problem}", file=sys.stderr)
            failed += 1
    print(f"x-switchboard declarations: {len(specs)} specs, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
