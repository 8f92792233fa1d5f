"""What a spec change means for users of the generated package: each API change, classified.

    python scripts/specdiff.py OLD.yaml NEW.yaml

Why not an existing differ: Optic 1.0.9 (npm) crashes at start-up here (spectral-core's ajv fails to compile a rule
schema), needs Node.js, which a fresh machine lacks, and 200 MB of packages; oasdiff needs a Go toolchain that cannot
be fetched here. The rules below are those of the *generated Python client*: for example a new value in a response
enum is breaking, because the generated code uses closed ``Literal`` types and rejects unknown values.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Level = Literal["breaking", "addition", "patch"]
Direction = Literal["request", "response"]
LEVELS: tuple[Level, ...] = ("breaking", "addition", "patch")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Bounds that, made tighter, refuse requests that used to be valid.
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


@dataclass(frozen=True, order=True)
class Change:
    """One API change: how much it matters, where, what."""

    level: Level
    where: str
    what: str


def bump(version: str, changes: list[Change]) -> str:
    """The semver that follows ``version`` after ``changes`` (no change: the same version)."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    levels = {c.level for c in changes}
    if "breaking" in levels:
        return f"{major + 1}.0.0"
    if "addition" in levels:
        return f"{major}.{minor + 1}.0"
    if levels:
        return f"{major}.{minor}.{patch + 1}"
    return version


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` that a user of the generated client can notice, sorted by level."""
    changes = sorted(set(_Differ(old, new).operations()), key=lambda c: (LEVELS.index(c.level), c.where, c.what))
    if not changes and old != new:
        changes = [Change("patch", "spec", "descriptions or examples changed; no API change")]
    return changes


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new

    def operations(self) -> Iterator[Change]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in old_ops.keys() - new_ops.keys():
            yield Change("breaking", old_ops[key].get("operationId", key), f"operation removed: {key}")
        for key in new_ops.keys() - old_ops.keys():
            yield Change("addition", new_ops[key].get("operationId", key), f"operation added: {key}")
        for key in old_ops.keys() & new_ops.keys():
            old_op, new_op = old_ops[key], new_ops[key]
            name = new_op.get("operationId", key)
            if old_op.get("operationId") != new_op.get("operationId"):
                yield Change("breaking", name, f"operationId renamed from {old_op.get('operationId')} (module renamed)")
            yield from self.parameters(name, old_op, new_op)
            yield from self.request_body(name, old_op, new_op)
            yield from self.responses(name, old_op, new_op)
        yield from self.webhooks()

    def webhooks(self) -> Iterator[Change]:
        """Webhook payloads, as the generated webhook models read them: the vendor sends, the user's receiver reads."""
        old_hooks, new_hooks = _operations(self.old, "webhooks"), _operations(self.new, "webhooks")
        for key in old_hooks.keys() - new_hooks.keys():
            yield Change("breaking", f"webhook {key}", "webhook removed (its payload models are gone)")
        for key in new_hooks.keys() - old_hooks.keys():
            yield Change("addition", f"webhook {key}", "webhook added")
        for key in old_hooks.keys() & new_hooks.keys():
            old_body = self._old(old_hooks[key].get("requestBody")) or {}
            new_body = self._new(new_hooks[key].get("requestBody")) or {}
            yield from self.content(f"webhook {key} payload", old_body, new_body, "response")

    def parameters(self, name: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[Change]:
        old_params = {(p["in"], p["name"]): p for p in map(self._old, old_op.get("parameters", []))}
        new_params = {(p["in"], p["name"]): p for p in map(self._new, new_op.get("parameters", []))}
        for key in old_params.keys() - new_params.keys():
            yield Change("breaking", name, f"{key[0]} parameter '{key[1]}' removed")
        for key in new_params.keys() - old_params.keys():
            required = new_params[key].get("required", False)
            yield Change(
                "breaking" if required else "addition",
                name,
                f"{key[0]} parameter '{key[1]}' added{' (required)' if required else ''}",
            )
        for key in old_params.keys() & new_params.keys():
            was, now = old_params[key].get("required", False), new_params[key].get("required", False)
            if now and not was:
                yield Change("breaking", name, f"{key[0]} parameter '{key[1]}' is now required")
            elif was and not now:
                yield Change("patch", name, f"{key[0]} parameter '{key[1]}' is now optional")
            yield from self.schema(
                f"{name} {key[0]} parameter '{key[1]}'",
                old_params[key].get("schema", {}),
                new_params[key].get("schema", {}),
                "request",
            )

    def request_body(self, name: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[Change]:
        old_body, new_body = self._old(old_op.get("requestBody")), self._new(new_op.get("requestBody"))
        if old_body and not new_body:
            yield Change("breaking", name, "request body removed")
            return
        if new_body and not old_body:
            required = new_body.get("required", False)
            yield Change("breaking" if required else "addition", name, "request body added")
            return
        if not old_body:
            return
        if new_body.get("required") and not old_body.get("required"):
            yield Change("breaking", name, "request body is now required")
        yield from self.content(f"{name} request body", old_body, new_body, "request")

    def responses(self, name: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> Iterator[Change]:
        old_responses, new_responses = old_op.get("responses", {}), new_op.get("responses", {})
        for status in old_responses.keys() - new_responses.keys():
            yield Change("breaking", name, f"response {status} removed")
        for status in new_responses.keys() - old_responses.keys():
            yield Change("addition", name, f"response {status} added")
        for status in old_responses.keys() & new_responses.keys():
            yield from self.content(
                f"{name} response {status}",
                self._old(old_responses[status]),
                self._new(new_responses[status]),
                "response",
            )

    def content(self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction) -> Iterator[Change]:
        old_media, new_media = old.get("content", {}), new.get("content", {})
        for media in old_media.keys() - new_media.keys():
            yield Change("breaking", where, f"media type {media} removed")
        for media in new_media.keys() - old_media.keys():
            yield Change("addition", where, f"media type {media} added")
        for media in old_media.keys() & new_media.keys():
            yield from self.schema(
                where, old_media[media].get("schema", {}), new_media[media].get("schema", {}), direction
            )

    def schema(
        self,
        where: str,
        old: Any,
        new: Any,
        direction: Direction,
        seen: frozenset[tuple[str, str]] = frozenset(),
    ) -> Iterator[Change]:
        refs = (_ref(old), _ref(new))
        if refs in seen:
            return
        seen = seen | {refs}
        old, new = self._old(old), self._new(new)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        request = direction == "request"
        old_types, new_types = _types(old), _types(new)
        if old_types and new_types and old_types != new_types:
            narrowed = bool(old_types - new_types)
            widened = bool(new_types - old_types)
            if (request and narrowed) or (not request and widened):
                yield Change("breaking", where, f"type changed from {_show(old_types)} to {_show(new_types)}")
            else:
                yield Change("addition" if request else "patch", where, f"type widened to {_show(new_types)}")
        if "enum" in old or "enum" in new:
            old_enum, new_enum = set(map(str, old.get("enum", []))), set(map(str, new.get("enum", [])))
            if "enum" not in new:
                yield Change("addition" if request else "breaking", where, "enum removed (any value now)")
            elif "enum" not in old:
                yield Change("breaking" if request else "patch", where, f"now an enum of {_show(new_enum)}")
            else:
                if old_enum - new_enum:
                    level: Level = "breaking" if request else "patch"
                    yield Change(level, where, f"enum narrowed: {_show(old_enum - new_enum)} removed")
                if new_enum - old_enum:
                    level = "addition" if request else "breaking"
                    yield Change(level, where, f"enum widened: {_show(new_enum - old_enum)} added")
        if request:
            yield from _bounds(where, old, new)
        yield from self.properties(where, old, new, direction, seen)
        if "items" in old and "items" in new:
            yield from self.schema(f"{where}[]", old["items"], new["items"], direction, seen)
        for keyword in ("oneOf", "anyOf"):
            old_variants, new_variants = old.get(keyword, []), new.get(keyword, [])
            for index, (a, b) in enumerate(zip(old_variants, new_variants, strict=False)):
                yield from self.schema(f"{where} {keyword}[{index}]", a, b, direction, seen)
            if len(old_variants) > len(new_variants):
                yield Change("breaking" if request else "patch", where, f"{keyword} lost variants")
            elif len(new_variants) > len(old_variants):
                yield Change("addition" if request else "breaking", where, f"{keyword} gained variants")

    def properties(
        self,
        where: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        seen: frozenset[tuple[str, str]],
    ) -> Iterator[Change]:
        request = direction == "request"
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        side = "request" if request else "response"
        for prop in sorted(old_props.keys() - new_props.keys()):
            yield Change("breaking", where, f"{side} field '{prop}' removed")
        for prop in sorted(new_props.keys() - old_props.keys()):
            required = prop in new_required
            level: Level = "breaking" if request and required else "addition"
            yield Change(level, where, f"{side} field '{prop}' added{' (required)' if required else ''}")
        for prop in sorted(old_props.keys() & new_props.keys()):
            if prop in new_required and prop not in old_required:
                yield Change("breaking" if request else "patch", where, f"{side} field '{prop}' is now required")
            if prop in old_required and prop not in new_required:
                yield Change("patch" if request else "breaking", where, f"{side} field '{prop}' is now optional")
            yield from self.schema(f"{where}.{prop}", old_props[prop], new_props[prop], direction, seen)

    def _old(self, node: Any) -> Any:
        return _resolve(self.old, node)

    def _new(self, node: Any) -> Any:
        return _resolve(self.new, node)


def _operations(spec: dict[str, Any], section: str = "paths") -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": item[method]
        for path, item in spec.get(section, {}).items()
        for method in METHODS
        if method in item
    }


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _ref(node: Any) -> str:
    return node.get("$ref", "") if isinstance(node, dict) else ""


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    return set(declared) if isinstance(declared, list) else set()


def _bounds(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for keyword in _LOWER_BOUNDS + _UPPER_BOUNDS:
        a, b = old.get(keyword), new.get(keyword)
        if a == b:
            continue
        lower = keyword in _LOWER_BOUNDS
        tighter = b is not None and (a is None or (b > a if lower else b < a))
        yield Change("breaking" if tighter else "patch", where, f"{keyword} {a} -> {b}")
    if old.get("pattern") != new.get("pattern"):
        yield Change("breaking", where, f"pattern changed to {new.get('pattern')!r}")


def _show(values: set[str]) -> str:
    return ", ".join(sorted(values))


def main(argv: list[str]) -> int:
    import yaml

    old, new = (yaml.safe_load(Path(p).read_text()) for p in argv[:2])
    changes = diff(old, new)
    for change in changes:
        print(f"{change.level:<9} {change.where}: {change.what}")
    return 1 if any(c.level == "breaking" for c in changes) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
