"""A second validator for requests on the wire: the spec file read afresh, checked with ``jsonschema``.

It shares nothing with ``switchboard.spec`` (which the clients validate with, through jsonschema-rs): it reads the
YAML itself, matches the raw path to an operation itself, turns query, path and header strings and multipart parts
into JSON values by their schema's type itself, and validates with the pure-Python ``jsonschema`` (Draft 2020-12,
``$ref`` resolved in the spec document). A bug in ``switchboard.spec``'s check therefore shows up here as a request
that was sent although it breaks the spec. Formats are not asserted (``jsonschema`` checks them only with optional
packages): a gap this oracle leaves to the first validator.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx
import jsonschema
import yaml

SPECS = Path(__file__).resolve().parents[1] / "specs"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]
    pointer: tuple[str, ...]


class WireOracle:
    """The operations of ``specs/<vendor>.yaml``, and what a raw request breaks."""

    def __init__(self, vendor: str) -> None:
        self.document: dict[str, Any] = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text())
        self.base_path = urlsplit(self.document["servers"][0]["url"]).path.rstrip("/")
        routes = []
        for template, item in self.document["paths"].items():
            regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
            for method in METHODS:
                if method in item:
                    pointer = ("paths", template, method)
                    routes.append(Route(method.upper(), template, re.compile(f"{regex}$"), item[method], pointer))
        # Literal segments win over templated ones (`/users/me` before `/users/{id}`).
        self.routes = sorted(routes, key=lambda r: (r.template.count("{"), -len(r.template)))

    def match(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        """The operation a request reaches, with its path values, or ``None``."""
        if not raw_path.startswith(self.base_path):
            return None
        relative = raw_path[len(self.base_path) :] or "/"
        for route in self.routes:
            found = route.pattern.match(relative) if route.method == method else None
            if found:
                return route, {name: unquote(value) for name, value in found.groupdict().items()}
        return None

    def problems(self, request: httpx.Request) -> tuple[str | None, list[str]]:
        """The operation id ``request`` reached and everything in it that breaks the spec."""
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        matched = self.match(request.method, raw_path)
        if matched is None:
            return None, [f"{request.method} {raw_path} matches no operation"]
        route, path_values = matched
        query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        found = list(self._parameter_problems(route, path_values, query, request.headers))
        found.extend(self._body_problems(route, request.headers.get("content-type"), request.content))
        return str(route.operation.get("operationId")), found

    # --- parameters -----------------------------------------------------------------------------------------

    def _parameters(self, route: Route) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
        item = self.document["paths"][route.template]
        for where in (("paths", route.template), route.pointer):
            owner = item if len(where) == 2 else route.operation
            for index, parameter in enumerate(owner.get("parameters", [])):
                pointer = (*where, "parameters", str(index))
                if "$ref" in parameter:
                    parts = tuple(parameter["$ref"].removeprefix("#/").split("/"))
                    parameter, pointer = self._resolve(parts), parts
                yield parameter, pointer

    def _parameter_problems(
        self, route: Route, path_values: dict[str, str], query: list[tuple[str, str]], headers: httpx.Headers
    ) -> Iterator[str]:
        for parameter, pointer in self._parameters(route):
            name, where = parameter["name"], parameter["in"]
            if where == "path":
                raw = [path_values[name]] if name in path_values else []
            elif where == "query":
                raw = [value for key, value in query if key == name]
            elif where == "header":
                raw = headers.get_list(name)
            else:
                continue
            if not raw:
                if parameter.get("required") or where == "path":
                    yield f"{where} parameter {name!r} is missing"
                continue
            schema = self._resolved_schema(parameter.get("schema", {}))
            if schema.get("type") == "array":
                value: Any = [self._coerce(self._resolved_schema(schema.get("items", {})), v) for v in raw]
            elif len(raw) > 1:
                yield f"{where} parameter {name!r} is repeated"
                continue
            else:
                value = self._coerce(schema, raw[0])
            yield from self._validate(value, (*pointer, "schema"), f"{where} parameter {name!r}")

    # --- bodies ---------------------------------------------------------------------------------------------

    def _body_problems(self, route: Route, content_type: str | None, body: bytes) -> Iterator[str]:
        declared = route.operation.get("requestBody")
        if declared is None:
            if body:
                yield "a body was sent to an operation that takes none"
            return
        pointer: tuple[str, ...] = (*route.pointer, "requestBody")
        if "$ref" in declared:
            pointer = tuple(declared["$ref"].removeprefix("#/").split("/"))
            declared = self._resolve(pointer)
        if not body:
            if declared.get("required") or declared.get("x-body-required"):
                yield "the required body is missing"
            return
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if media not in declared["content"]:
            yield f"body of type {media or 'none'} where the spec takes {sorted(declared['content'])}"
            return
        schema_pointer = (*pointer, "content", media, "schema")
        if media == "application/json":
            try:
                value = json.loads(body)
            except ValueError as exc:
                yield f"the body is not JSON: {exc}"
                return
        elif media == "multipart/form-data":
            value = self._multipart(self._resolve(schema_pointer), content_type or "", body)
        else:
            yield f"no oracle for {media} bodies"
            return
        yield from self._validate(value, schema_pointer, "body")

    def _multipart(self, schema: dict[str, Any], content_type: str, body: bytes) -> dict[str, Any]:
        """The form as a JSON object: text parts by their property's type, repeated keys as arrays, files as text."""
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        properties = self._resolved_schema(schema).get("properties", {})
        form: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            declared = self._resolved_schema(properties.get(name, {}))
            payload = part.get_payload(decode=True)
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
            if declared.get("type") == "array":
                form.setdefault(name, []).append(self._coerce(self._resolved_schema(declared.get("items", {})), text))
            else:
                form[name] = text if part.get_filename() else self._coerce(declared, text)
        return form

    # --- schemas --------------------------------------------------------------------------------------------

    def _resolve(self, pointer: tuple[str, ...]) -> Any:
        node: Any = self.document
        for part in pointer:
            node = node[int(part)] if isinstance(node, list) else node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def _resolved_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self._resolve(tuple(schema["$ref"].removeprefix("#/").split("/")))
        return schema

    @staticmethod
    def _coerce(schema: dict[str, Any], text: str) -> Any:
        """A query, path, header or form string as the JSON value its schema's type reads it as (else the string)."""
        types = schema.get("type", [])
        for kind in [types] if isinstance(types, str) else types:
            try:
                if kind == "integer" and re.fullmatch(r"-?\d+", text):
                    return int(text)
                if kind == "number":
                    number = float(text)
                    if number == number and abs(number) != float("inf"):
                        return int(text) if re.fullmatch(r"-?\d+", text) else number
                if kind == "boolean" and text in ("true", "false"):
                    return text == "true"
            except ValueError:
                continue
        return text

    def _validate(self, value: Any, pointer: tuple[str, ...], what: str) -> Iterator[str]:
        root = {**self.document, "$ref": _pointer(*pointer)}
        validator = jsonschema.Draft202012Validator(root)
        for error in validator.iter_errors(value):
            where = "/".join(str(p) for p in error.absolute_path)
            yield f"{what}{' at ' + where if where else ''} breaks {error.validator!r}: {error.message[:160]}"
