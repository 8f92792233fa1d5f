"""A vendor spec compiled for checking HTTP messages: route matching and JSON-schema validators, built once."""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import jsonschema_rs
import yaml

_HERE = Path(__file__).resolve().parent
# An installed wheel carries the specs inside the package; a source checkout has them at the top.
SPEC_DIRS = (_HERE / "_specs", _HERE.parent.parent / "specs")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Values of these fields never appear in a violation's text.
_SECRET_NAME = re.compile(r"secret|password|passwd|token|key|authorization|cookie|passcode", re.IGNORECASE)

JSON = Any
#: ``check_request(json_body=NO_BODY)``: the body is to be parsed from the bytes.
NO_BODY: Any = object()
# Rules whose jsonschema message quotes the whole instance: the detail names the failing fields instead.
_COMBINATORS = {"oneOf", "anyOf"}


@dataclass(frozen=True)
class Violation:
    """One way an HTTP message breaks its spec: where, which field, which rule."""

    location: str
    field: str
    rule: str
    detail: str

    def __str__(self) -> str:
        name = f"{self.location} field {self.field!r}" if self.field else self.location
        return f"{name} breaks rule {self.rule!r}: {self.detail}"


def _is_secret(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def media_type(content_type: str | None) -> str:
    """``application/json`` of ``application/json; charset=utf-8``, lower-cased."""
    return (content_type or "").split(";", 1)[0].strip().lower()


# The few Content-Type values a client sends, each split once.
_media_type = functools.lru_cache(maxsize=64)(media_type)


#: Where a spec's ``components`` sit in its :class:`SchemaRegistry`.
COMPONENTS_URI = "urn:switchboard:spec"


class SchemaRegistry:
    """One spec's ``components``, held once: every schema of the spec is compiled against it, none copies it.

    A schema's local references (``#/components/schemas/Message``) are anchored to the registry's resource; the
    references between components resolve inside it.
    """

    def __init__(self, components: JSON) -> None:
        self._registry = jsonschema_rs.Registry([(COMPONENTS_URI, {"components": components})])
        self._validators: dict[str, jsonschema_rs.Validator] = {}

    def validator(self, schema: JSON) -> jsonschema_rs.Validator:
        """``schema`` compiled, its references read from this registry.

        Equal schemas share one validator: a spec repeats many (the same path parameter, the same ``$ref`` body
        under many operations), and each validator holds its own compiled copy of every component it reaches.
        """
        key = repr(schema)  # unlike JSON, repr tells 1 from "1" and takes any value YAML can load
        found = self._validators.get(key)
        if found is None:
            compiled = jsonschema_rs.Draft202012Validator(
                anchored(schema), registry=self._registry, validate_formats=True
            )
            # Two threads may both compile it; either validator is the same.
            found = self._validators.setdefault(key, compiled)
        return found


def anchored(schema: JSON) -> JSON:
    """``schema`` with its local ``$ref``s pointing into a :class:`SchemaRegistry`'s resource."""
    if isinstance(schema, dict):
        return {
            key: (
                COMPONENTS_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#/")
                else anchored(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [anchored(item) for item in schema]
    return schema


class _Schema:
    """A JSON schema of the spec, compiled on first use against the spec's :class:`SchemaRegistry`."""

    def __init__(self, schema: JSON, registry: SchemaRegistry) -> None:
        self.schema = schema
        self._registry = registry
        self._compiled: jsonschema_rs.Validator | None = None

    @property
    def _validator(self) -> jsonschema_rs.Validator:
        # Two threads may both compile on first use; either result is the same validator.
        if self._compiled is None:
            self._compiled = self._registry.validator(self.schema)
        return self._compiled

    def violations(self, instance: JSON, location: str, prefix: str = "") -> list[Violation]:
        validator = self._validator
        if validator.is_valid(instance):  # the common case, several times faster than collecting errors
            return []
        found = []
        for error in validator.iter_errors(instance):
            path = [str(p) for p in error.instance_path]
            rule = str(error.schema_path[-1]) if error.schema_path else "schema"
            name = ".".join([prefix, *path] if prefix else path)
            detail = error.message
            if rule in _COMBINATORS:
                detail, closest = _explain_combinator(error, rule)
                name = ".".join(filter(None, [name, closest]))
            elif rule == "required":
                missing = re.search(r'"([^"]+)" is a required property', detail)
                if missing:
                    name = ".".join(filter(None, [name, missing.group(1)]))
            if any(_is_secret(part) for part in name.split(".")):
                detail = f"the value does not satisfy {rule!r}"
            found.append(Violation(location, name, rule, detail))
        return found


def _explain_combinator(error: Any, rule: str) -> tuple[str, str]:
    """Name what fails in each variant of a ``oneOf``/``anyOf``, not quoting the instance (it may hold secrets).

    Returns the text and, when the closest variant fails on one field only, that field.
    """
    if rule == "oneOf" and "more than one" in error.message:
        return "the value matches more than one variant of 'oneOf'", ""
    context = getattr(error.kind, "context", None) or []
    parts = []
    closest: tuple[int, str] = (10**9, "")
    for number, branch in enumerate(context, 1):
        failures = []
        fields = []
        for sub in branch[:3]:
            path = ".".join(str(p) for p in sub.instance_path)
            sub_rule = str(sub.schema_path[-1]) if sub.schema_path else "schema"
            if sub_rule == "required":
                missing = re.search(r'"([^"]+)" is a required property', sub.message)
                path = ".".join(filter(None, [path, missing.group(1) if missing else ""]))
            failures.append(f"{path or 'the value'} breaks {sub_rule!r}")
            fields.append(path)
        if len(branch) < closest[0]:
            closest = (len(branch), fields[0] if len(branch) == 1 else "")
        parts.append(f"variant {number}: {', '.join(failures) or 'no match'}")
    if not parts:
        return f"no variant of {rule!r} matches", ""
    return f"no variant of {rule!r} matches ({'; '.join(parts)})", closest[1]


@dataclass
class Parameter:
    """A path, query or header parameter with its compiled schema."""

    name: str
    location: str
    required: bool
    schema: _Schema

    def __post_init__(self) -> None:
        # The schema never changes once compiled: what its types ask of a wire value is worked out once.
        self._types = _types(self.schema.schema)
        self._is_array = "array" in self._types
        items = self.schema.schema.get("items", {}) if isinstance(self.schema.schema, dict) else {}
        self._item_types = _types(items)

    def coerce(self, raw: Sequence[str]) -> JSON:
        """Turn wire strings into the JSON value the schema describes, leaving what cannot convert as a string."""
        if self._is_array:
            return [_coerce_scalar(v, self._item_types) for v in raw]
        return _coerce_scalar(raw[-1], self._types)

    def violations(self, raw: Sequence[str]) -> list[Violation]:
        """Every way the wire values break the schema; each value of a repeated scalar parameter is checked."""
        if self._is_array:
            return self.schema.violations(self.coerce(raw), self.location, self.name)
        found = []
        for value in raw:
            found.extend(self.schema.violations(_coerce_scalar(value, self._types), self.location, self.name))
        return found


def _types(schema: JSON) -> set[str]:
    if not isinstance(schema, dict):
        return set()
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return set(declared)
    return set().union(*(_types(s) for s in schema.get("anyOf", []) + schema.get("oneOf", [])))


def _coerce_scalar(raw: str, types: set[str]) -> JSON:
    if "string" in types:
        return raw
    try:
        if "integer" in types and re.fullmatch(r"[+-]?\d+", raw):
            return int(raw)
        if "number" in types:
            return float(raw)
    except ValueError:
        return raw
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    return raw


def _operation_id(definition: JSON, path: str, method: str) -> str:
    """The ``operationId`` of an operation's definition, else ``<method>_<path>``."""
    found = definition.get("operationId")
    return f"{method}_{path}" if found is None else str(found)


class Operation:
    """One operation of the spec, ready to check requests and responses.

    What routing needs (id, method, path) is read at once; the parameters, bodies and responses are compiled on first
    use, so that a spec of hundreds of operations costs little more to load than one of ten.
    """

    def __init__(self, spec: Spec, path: str, method: str, shared: list[JSON], definition: JSON) -> None:
        self.operation_id = _operation_id(definition, path, method)
        self.method = method.upper()
        self.path = path
        self.definition = definition
        self._spec = spec
        self._shared = shared

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r}, {self.method} {self.path})"

    @functools.cached_property
    def security(self) -> list[dict[str, list[str]]]:
        """Its security requirements (the spec's own when it has none of its own)."""
        found: list[dict[str, list[str]]] = self.definition.get("security", self._spec.document.get("security", []))
        return found

    @functools.cached_property
    def parameters(self) -> list[Parameter]:
        """Its parameters (path-level ones included, the operation's own winning), schemas compiled on first use."""
        resolve, registry = self._spec.resolve, self._spec.registry
        found = [*self._shared, *self.definition.get("parameters", [])]
        resolved = {(p["name"], p["in"]): p for p in map(resolve, found)}
        return [
            Parameter(p["name"], p["in"], bool(p.get("required")), _Schema(p.get("schema", {}), registry))
            for p in resolved.values()
        ]

    @functools.cached_property
    def query_names(self) -> frozenset[str]:
        """The names of the query parameters (a request without any needs no query parsing)."""
        return frozenset(p.name for p in self.parameters if p.location == "query")

    @functools.cached_property
    def _body(self) -> JSON:
        return self._spec.resolve(self.definition.get("requestBody", {}))

    @functools.cached_property
    def request_bodies(self) -> dict[str, _Schema | None]:
        """Its request body schemas by media type (lower case)."""
        registry = self._spec.registry
        return {
            mt.lower(): (_Schema(content["schema"], registry) if "schema" in content else None)
            for mt, content in self._body.get("content", {}).items()
        }

    @functools.cached_property
    def body_required(self) -> bool:
        """Whether a body is required (x-body-required: the spec marks it so without ``required: true``, see
        specs/tingting.yaml)."""
        return bool(self._body.get("required") or self._body.get("x-body-required"))

    @functools.cached_property
    def responses(self) -> dict[str, dict[str, _Schema | None]]:
        """Its documented responses: status (or ``2XX``, ``default``) -> media type -> schema."""
        registry, responses = self._spec.registry, {}
        for status, response in self.definition.get("responses", {}).items():
            content = self._spec.resolve(response).get("content", {})
            responses[str(status)] = {
                mt.lower(): (_Schema(c["schema"], registry) if "schema" in c else None) for mt, c in content.items()
            }
        return responses

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str]:
        # Compiled on first use: most of a large spec's cost when it is read, and most operations are never called.
        regex = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        return re.compile(f"^{regex}$")

    def match_path(self, path: str) -> dict[str, str] | None:
        """The path parameters if ``path`` is one of this operation's paths."""
        found = self._pattern.match(path)
        return found.groupdict() if found else None

    def check_request(
        self,
        path_params: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        *,
        json_body: JSON = NO_BODY,
    ) -> list[Violation]:
        """Every way the request breaks the spec (empty when it conforms).

        ``json_body`` is the JSON value ``body`` was encoded from, when the caller has it: it is checked instead of
        parsing ``body`` again.
        """
        found: list[Violation] = []
        # httpx's and starlette's Headers are case-insensitive already; a plain dict is not.
        lowered = {k.lower(): v for k, v in headers.items()} if isinstance(headers, dict) else headers
        grouped_query: dict[str, list[str]] | None = None
        for param in self.parameters:
            raw: Sequence[str] | None
            if param.location == "path":
                value = path_params.get(param.name)
                raw = None if value is None else (value,)
            elif param.location == "query":
                if grouped_query is None:
                    grouped_query = group_pairs(query)
                raw = grouped_query.get(param.name)
            elif param.location == "header":
                value = lowered.get(param.name.lower())
                raw = None if value is None else [value]
            else:
                raw = None
            if not raw:
                if param.required:
                    found.append(Violation(param.location, param.name, "required", "the parameter is missing"))
                continue
            found.extend(param.violations(raw))
        if self.request_bodies:
            found.extend(self._check_body(lowered.get("content-type"), body, json_body))
        return found

    def _check_body(self, content_type_header: str | None, body: bytes, json_body: JSON = NO_BODY) -> list[Violation]:
        if not self.request_bodies:
            return []
        content_type = _media_type(content_type_header)
        if not body:
            if self.body_required:
                return [Violation("body", "", "required", "the operation requires a request body")]
            return []
        if content_type not in self.request_bodies:
            accepted = ", ".join(self.request_bodies)
            return [Violation("header", "Content-Type", "enum", f"{content_type or 'none'} is not one of {accepted}")]
        schema = self.request_bodies[content_type]
        if json_body is not NO_BODY and content_type.endswith("json"):
            return schema.violations(json_body, "body") if schema else []
        instance, problem = decode_body(content_type, body, schema)
        if problem:
            return [Violation("body", "", "type", problem)]
        return schema.violations(instance, "body") if schema else []


def group_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Query or form pairs grouped by name, values in order."""
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return grouped


def decode_body(content_type: str, body: bytes, schema: _Schema | None) -> tuple[JSON, str | None]:
    """Parse a body of a documented media type into JSON for validation; (value, problem)."""
    if content_type.endswith("json"):
        try:
            return json.loads(body), None
        except ValueError:
            return None, "the body is not valid JSON"
    if content_type == "application/x-www-form-urlencoded":
        properties = schema.schema.get("properties", {}) if schema and isinstance(schema.schema, dict) else {}
        try:
            grouped = group_pairs(parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=True))
        except (UnicodeDecodeError, ValueError):
            return None, "the body is not valid form data"
        form: dict[str, JSON] = {}
        for key, values in grouped.items():
            types = _types(properties.get(key, {}))
            if "array" in types:
                form[key] = [_coerce_scalar(v, _types(properties[key].get("items", {}))) for v in values]
            else:
                form[key] = _coerce_scalar(values[-1], types)
        return form, None
    if content_type == "multipart/form-data":
        from ._multipart import decode_form_data

        return decode_form_data(body, schema.schema if schema else None)
    # binary bodies are checked by the server, not here.
    return None, None


class _Node:
    """One segment position of :class:`Router`'s tree: literal segments by text, then the parameter segments."""

    __slots__ = ("literals", "operations", "parameter", "patterns", "pending", "templates")

    def __init__(self) -> None:
        self.literals: dict[str, _Node] = {}
        self.parameter: _Node | None = None  # a whole-segment parameter: /{id}/
        self.patterns: list[tuple[re.Pattern[str], _Node]] = []  # a segment mixing text and parameters: /{id}.json
        self.templates: dict[str, str] = {}  # the path templates that end here, by method (upper case)
        self.operations: dict[str, Operation] = {}  # theirs, by method, once a lookup has asked for one
        # The path templates through here, each with what is left of it (None: it ends here), not yet sorted into
        # the fields above: a node is built on its first visit, so that a lookup builds the nodes on its path only.
        self.pending: list[tuple[str | None, str]] = []


class Router:
    """The operations of a spec by path template, found in time that grows with the path's length, not with the
    number of operations.

    A literal segment wins over a parameter at each position (``/users/me`` before ``/users/{id}``). The tree is
    built as lookups walk it: one lookup in a large spec sorts the templates at each node on its path, not all.
    """

    def __init__(self, paths: Mapping[str, JSON], operation: Callable[[str, str], Operation]) -> None:
        """``paths`` is the spec's ``paths`` object; ``operation`` gives the :class:`Operation` of a path template
        and a method (lower case), asked only for those where a lookup ends."""
        self._paths = paths
        self._root = _Node()
        # A template not starting with "/" ends at the root, where no lookup ends: it is never found.
        self._root.pending = [(path[1:] if path.startswith("/") else None, path) for path in paths]
        self._operation = operation
        self._lock = threading.Lock()

    def _build(self, node: _Node) -> None:
        """Sort the templates waiting at ``node`` into its fields."""
        with self._lock:
            # pending is emptied last: a thread that finds it empty finds the node complete, without the lock.
            for rest, path in node.pending:
                if rest is None:
                    item = self._paths[path]
                    for method in HTTP_METHODS:
                        if method in item:
                            node.templates.setdefault(method.upper(), path)  # the first of the spec wins
                    continue
                segment, slash, rest = rest.partition("/")
                child = node.literals.get(segment) or self._child(node, segment)  # most segments are literal
                child.pending.append((rest if slash else None, path))
            node.pending = []

    @staticmethod
    def _child(node: _Node, segment: str) -> _Node:
        if "{" not in segment:
            child = node.literals.get(segment)
            if child is None:
                child = node.literals[segment] = _Node()
            return child
        if segment.startswith("{") and segment.endswith("}") and segment.count("{") == 1:
            if node.parameter is None:
                node.parameter = _Node()
            return node.parameter
        regex = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(segment)) + "$")
        for pattern, child in node.patterns:
            if pattern.pattern == regex.pattern:
                return child
        child = _Node()
        node.patterns.append((regex, child))
        return child

    def _ends(self, path: str) -> Iterator[_Node]:
        """The nodes where ``path`` ends, best match first."""
        segments = path.split("/")[1:] if path.startswith("/") else None
        if segments is None:
            return
        stack: list[tuple[_Node, int]] = [(self._root, 0)]
        while stack:
            node, depth = stack.pop()
            if node.pending:
                self._build(node)
            if depth == len(segments):
                yield node
                continue
            segment = segments[depth]
            # Pushed in reverse order of preference: literal, then parameter, then patterns.
            for pattern, child in reversed(node.patterns):
                if pattern.match(segment):
                    stack.append((child, depth + 1))
            if node.parameter is not None and segment:
                stack.append((node.parameter, depth + 1))
            literal = node.literals.get(segment)
            if literal is not None:
                stack.append((literal, depth + 1))

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving ``method path`` and its path parameters, or None."""
        method = method.upper()
        for node in self._ends(path):
            operation = node.operations.get(method) or self._operation_of(node, method)
            if operation is not None:
                params = operation.match_path(path)
                if params is not None:
                    return operation, params
        return None

    def _operation_of(self, node: _Node, method: str) -> Operation | None:
        """The operation of the template ending at ``node`` for ``method`` (upper case), made on first ask."""
        template = node.templates.get(method)
        if template is None:
            return None
        operation = node.operations[method] = self._operation(template, method.lower())
        return operation

    def allowed_methods(self, path: str) -> list[str]:
        """The methods documented for ``path`` (empty when the path is unknown)."""
        found = set()
        for node in self._ends(path):
            for method in node.templates:
                operation = self._operation_of(node, method)
                if operation is not None and operation.match_path(path) is not None:
                    found.add(method)
        return sorted(found)


class Spec:
    """An OpenAPI 3.1 document compiled into :class:`Operation` objects.

    Reading a spec does nothing per operation: an operation, its validators and the path index are made when first
    used, so that a spec of hundreds of operations is ready as soon as one of ten.

    >>> spec = Spec.load("netsapiens")
    >>> operation, params = spec.match("GET", "/subscriptions/abc")
    """

    def __init__(self, document: JSON, name: str = "", source: Path | None = None) -> None:
        self.name = name
        #: The file the spec was read from, if any.
        self.path = source
        self.document = document
        #: The spec's components, shared by every schema compiled from it.
        self.registry = SchemaRegistry(document.get("components", {}))
        # Nothing per operation is done here: each Operation is made when it is first asked for.
        self._made: dict[tuple[str, str], Operation] = {}

    def _templates(self) -> list[tuple[str, str]]:
        """The (path template, method) pairs of the document, in its order."""
        paths = self.document.get("paths", {})
        return [(path, method) for path, item in paths.items() for method in HTTP_METHODS if method in item]

    def _operation_at(self, path: str, method: str) -> Operation:
        """The :class:`Operation` of ``method`` (lower case) at the path template ``path``, made once."""
        found = self._made.get((path, method))
        if found is None:
            item = self.document["paths"][path]
            made = Operation(self, path, method, item.get("parameters", []), item[method])
            found = self._made.setdefault((path, method), made)  # two threads may make one each: one is kept
        return found

    @functools.cached_property
    def operations(self) -> list[Operation]:
        """Every operation, the fewest path parameters first."""
        found = [self._operation_at(path, method) for path, method in self._templates()]
        # Literal segments win over parameters: /users/me before /users/{id}.
        found.sort(key=lambda op: op.path.count("{"))
        return found

    @functools.cached_property
    def by_id(self) -> Mapping[str, Operation]:
        """The operations by operation id, each made when it is first asked for (a generated call names its own)."""
        paths = self.document.get("paths", {})
        where = {_operation_id(paths[path][method], path, method): (path, method) for path, method in self._templates()}
        return _ById(where, self._operation_at)

    @functools.cached_property
    def router(self) -> Router:
        """The index of the paths, built on the first lookup (the generated calls name their operation: no lookup)."""
        return Router(self.document.get("paths", {}), self._operation_at)

    @property
    def base_path(self) -> str:
        """The path of the first server URL (``/ns-api/v2``): what the spec's paths are relative to."""
        servers = self.document.get("servers") or [{"url": "/"}]
        variables = servers[0].get("variables", {})

        def value(found: re.Match[str]) -> str:  # a server variable stands for its default (a host, a version)
            return str(variables.get(found.group(1), {}).get("default", "host"))

        url = re.sub(r"\{([^}]*)\}", value, servers[0]["url"])
        return urlsplit(url).path.rstrip("/") if "://" in url else url.rstrip("/")

    def resolve(self, node: JSON) -> JSON:
        """Follow a local ``$ref`` (``#/components/...``) to what it points at."""
        while isinstance(node, dict) and "$ref" in node:
            target: JSON = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    @staticmethod
    def relative(path: str, base_path: str) -> str | None:
        """``path`` without ``base_path`` (``/ns-api/v2/tokens`` -> ``/tokens``), or None if it lies outside."""
        if not path.startswith(base_path):
            return None
        return path[len(base_path) :] or "/"

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving ``method path`` and its path parameters, or None (see :class:`Router`)."""
        return self.router.match(method, path)

    def allowed_methods(self, path: str) -> list[str]:
        """The methods the spec documents for ``path`` (empty when the path is unknown)."""
        return self.router.allowed_methods(path)

    @staticmethod
    @functools.cache
    def load(vendor: str) -> Spec:
        """The compiled spec of ``vendor`` (``specs/<vendor>.yaml``), read and compiled once per process."""
        for folder in SPEC_DIRS:
            candidate = folder / f"{vendor}.yaml"
            if candidate.is_file():
                return Spec.from_path(candidate, vendor)
        raise FileNotFoundError(f"no spec named {vendor!r} in {', '.join(map(str, SPEC_DIRS))}")

    @staticmethod
    def from_path(path: Path, name: str = "") -> Spec:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return Spec(yaml.load(path.read_text(), Loader=loader), name or path.stem, path)  # noqa: S506 (safe loaders only)


class _ById(Mapping[str, Operation]):
    """:attr:`Spec.by_id`: an index of operation ids over the document; an :class:`Operation` is made on access."""

    def __init__(self, where: dict[str, tuple[str, str]], operation: Callable[[str, str], Operation]) -> None:
        self._where = where  # operation id -> (path template, method)
        self._operation = operation
        self._found: dict[str, Operation] = {}

    def __getitem__(self, operation_id: str) -> Operation:
        found = self._found.get(operation_id)
        if found is None:
            found = self._found[operation_id] = self._operation(*self._where[operation_id])
        return found

    def get(self, operation_id: str, default: Any = None) -> Any:
        # Every generated call looks its operation up here: one dict lookup, no KeyError raised and caught.
        found = self._found.get(operation_id)
        if found is not None:
            return found
        return self[operation_id] if operation_id in self._where else default

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


def spec_names() -> list[str]:
    """The vendors whose specs ship with switchboard (``netsapiens``, ``gatum``, ...), sorted."""
    for folder in SPEC_DIRS:
        names = sorted(p.stem for p in folder.glob("*.yaml") if not p.name.endswith(".codegen.yaml"))
        if names:
            return names
    return []
