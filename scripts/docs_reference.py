"""The generated part of the docs: a reference of every operation and model, and each client's changelog.

Built from ``specs/*.yaml``, the generated packages (``generated/<vendor>-client``: the resource methods, the models,
the version and the CHANGELOG), the overlays (their paging helpers), the mocks (their handlers) and the mocks'
failure catalogue, each time the site is built: nothing here is committed, so nothing can drift. MkDocs runs it as
a hook (``mkdocs.yml``: ``hooks``), which adds the pages to the site without writing them into ``docs/``;
``python scripts/docs_reference.py OUT`` writes them to a folder, to read them.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
OVERLAYS = ROOT / "overlays" / "switchboard"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: What the transport resends without asking the spec (``switchboard._retry.IDEMPOTENT_METHODS``).
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: Where the generated pages go in the site.
REFERENCE_DIR = "reference"
CHANGELOG_DIR = "changelog"


def vendors() -> list[str]:
    """Every vendor with a spec, in order."""
    return sorted(p.stem for p in SPECS.glob("*.yaml") if ".codegen" not in p.name)


def package_dir(vendor: str) -> Path:
    """The generated package's import folder (``generated/<vendor>-client/<vendor>_client``)."""
    return GENERATED / f"{vendor}-client" / f"{vendor}_client"


@dataclass(frozen=True)
class Method:
    """A resource method of a generated package: its arguments and return type, as written in the source."""

    tag_module: str
    name: str
    arguments: str
    returns: str
    body: str | None
    #: The return type of ``client.<tag>.with_raw_response.<operation>``, where the package has that form.
    raw_returns: str | None = None


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with what the generated package, the overlay and the mock make of it."""

    vendor: str
    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]
    parameters: list[dict[str, Any]]

    @property
    def tag(self) -> str:
        tags = self.definition.get("tags") or ["default"]
        return str(tags[0])


@functools.cache
def load_spec(vendor: str) -> dict[str, Any]:
    """The spec of ``vendor`` as YAML data."""
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text())
    return document


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(vendor: str) -> list[Operation]:
    """Every operation of the spec of ``vendor``, in the spec's order."""
    spec = load_spec(vendor)
    found = []
    for path, item in spec.get("paths", {}).items():
        shared = [_resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            own = [_resolve(spec, p) for p in op.get("parameters", [])]
            names = {(p["name"], p["in"]) for p in own}
            params = [p for p in shared if (p["name"], p["in"]) not in names] + own
            found.append(Operation(vendor, op["operationId"], method.upper(), path, op, params))
    return found


def _snake(name: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


@functools.cache
def resource_methods(vendor: str) -> dict[str, Method]:
    """operationId -> the resource method of the generated package (``client.<tag>.<operation>``)."""
    api = package_dir(vendor) / "api"
    modules: dict[tuple[str, str], str] = {}
    for module in api.glob("*/*.py"):
        found = re.search(r'^OPERATION_ID = "([^"]+)"', module.read_text(), re.MULTILINE)
        if found:
            modules[(module.parent.name, module.stem)] = found.group(1)
    methods: dict[str, Method] = {}
    for init in api.glob("*/__init__.py"):
        tree = ast.parse(init.read_text())
        raw = {
            fn.name: ast.unparse(fn.returns)
            for cls in tree.body
            if isinstance(cls, ast.ClassDef)
            and cls.name.endswith("ResourceWithRawResponse")
            and not cls.name.startswith("Async")
            for fn in cls.body
            if isinstance(fn, ast.FunctionDef) and fn.returns is not None
        }
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef) or not cls.name.endswith("Resource") or cls.name.startswith("Async"):
                continue
            for fn in cls.body:
                if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
                    continue
                operation_id = modules.get((init.parent.name, fn.name))
                if operation_id is None:
                    continue
                fn.args.args = fn.args.args[1:]  # self
                body = next((a for a in fn.args.kwonlyargs if a.arg == "body"), None)
                methods[operation_id] = Method(
                    tag_module=init.parent.name,
                    name=fn.name,
                    arguments=ast.unparse(fn.args),
                    returns=ast.unparse(fn.returns) if fn.returns else "None",
                    body=ast.unparse(body.annotation) if body and body.annotation else None,
                    raw_returns=raw.get(fn.name),
                )
    return methods


@dataclass(frozen=True)
class Field:
    """A field of a generated model."""

    name: str
    wire: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True)
class Model:
    """A model (attrs class) or an enum of a generated package."""

    name: str
    summary: str
    fields: list[Field]
    values: list[str]


def _attributes(docstring: str) -> dict[str, str]:
    """``name (type): description`` entries of a Google-style ``Attributes:`` section, joined lines."""
    found: dict[str, str] = {}
    if "Attributes:" not in docstring:
        return found
    current = None
    for line in docstring.split("Attributes:", 1)[1].splitlines():
        entry = re.match(r"^\s{4}(\w+) \(.*?\):\s?(.*)$", line)
        if entry:
            current = entry.group(1)
            found[current] = entry.group(2).strip()
        elif current and line.strip():
            found[current] = f"{found[current]} {line.strip()}".strip()
    return found


def _wire_names(cls: ast.ClassDef) -> dict[str, str]:
    """python name -> wire name, from the ``field_dict`` of ``to_dict``."""
    names: dict[str, str] = {}
    for fn in cls.body:
        if not (isinstance(fn, ast.FunctionDef) and fn.name == "to_dict"):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and isinstance(value, ast.Name):
                        names[value.id] = str(key.value)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
                target = node.targets[0]
                if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                    names[node.value.id] = str(target.slice.value)
    return names


@functools.cache
def models(vendor: str) -> dict[str, Model]:
    """Every model and enum of the generated package of ``vendor``, by class name."""
    found: dict[str, Model] = {}
    for module in sorted((package_dir(vendor) / "models").glob("*.py")):
        tree = ast.parse(module.read_text())
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                found[node.name] = _model(node)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                # A string enum of openapi-python-client 0.29: ``Name = Literal["a", "b"]`` and its values set.
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                value = node.value
                if (
                    isinstance(target, ast.Name)
                    and isinstance(value, ast.Subscript)
                    and ast.unparse(value.value) == "Literal"
                ):
                    elements = value.slice.elts if isinstance(value.slice, ast.Tuple) else [value.slice]
                    values = [repr(e.value) for e in elements if isinstance(e, ast.Constant)]
                    found[target.id] = Model(target.id, "", [], values)
    return found


def _model(cls: ast.ClassDef) -> Model:
    docstring = ast.get_docstring(cls) or ""
    described = _attributes(docstring)
    wire = _wire_names(cls)
    fields = []
    values = []
    for statement in cls.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            name = statement.target.id
            if name == "additional_properties":
                continue
            annotation = ast.unparse(statement.annotation)
            required = statement.value is None
            fields.append(Field(name, wire.get(name, name), annotation, required, described.get(name, "")))
        elif isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
            values.append(repr(statement.value.value))
    summary = docstring.split("Attributes:", 1)[0].strip()
    return Model(cls.name, summary, fields, values)


def _names_used(tree: ast.Module, function: str) -> set[str]:
    """Names a module-level function uses, with those of the module's functions it calls, transitively."""
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    seen: set[str] = set()
    names: set[str] = set()
    todo = [function]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for node in ast.walk(functions[current]):
            if isinstance(node, ast.Name):
                names.add(node.id)
                if node.id in functions:
                    todo.append(node.id)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)  # an operation named by its id: ``pages(client, "list_groups")``
    return names


@functools.cache
def resource_iterators(vendor: str) -> dict[str, str]:
    """operationId -> the resource's iterator of the paged operation (``client.<tag>.iter_*``), as a call."""
    found: dict[str, str] = {}
    for init in (package_dir(vendor) / "api").glob("*/__init__.py"):
        for cls in ast.parse(init.read_text()).body:
            if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async") or not cls.name.endswith("Resource"):
                continue
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name.startswith("iter_"):
                    for node in ast.walk(fn):  # the iterator names its operation: ``<module>.OPERATION_ID``
                        if isinstance(node, ast.Attribute) and node.attr == "OPERATION_ID":
                            found[ast.unparse(node.value)] = f"client.{init.parent.name}.{fn.name}(...)"
    return found


@functools.cache
def pagers(vendor: str) -> dict[str, list[str]]:
    """operationId -> the overlay's paging helpers (``iter_*``, ``aiter_*``) that call it."""
    source = OVERLAYS / f"{vendor}.py"
    if not source.exists():
        return {}
    tree = ast.parse(source.read_text())
    by_module = {m.name: op for op, m in resource_methods(vendor).items()}
    by_module.update({op: op for op in resource_methods(vendor)})
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and re.match(r"a?iter_", node.name):
            for name in sorted(_names_used(tree, node.name) & set(by_module)):
                found.setdefault(by_module[name], []).append(node.name)
    return found


@dataclass(frozen=True)
class MockBehaviour:
    """What a vendor mock's handler of one operation does, read from its source."""

    handler: str
    doc: str
    errors: list[tuple[int, str]]
    statuses: list[int]
    settings: list[str]


@functools.cache
def _mock_source(vendor: str) -> tuple[dict[str, ast.FunctionDef], dict[str, str], str] | None:
    """The methods of the vendor mock's class, its handlers (operationId -> method) and its class name."""
    source = ROOT / "mocks" / "switchboard_mocks" / f"{vendor}.py"
    if not source.exists():
        return None
    tree = ast.parse(source.read_text())
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        handlers: dict[str, str] = {}
        for statement in cls.body:
            if not isinstance(statement, ast.AnnAssign | ast.Assign):
                continue
            target: ast.expr = statement.target if isinstance(statement, ast.AnnAssign) else statement.targets[0]
            value = statement.value
            if isinstance(target, ast.Name) and target.id == "handlers" and isinstance(value, ast.Dict):
                handlers = ast.literal_eval(value)
        mock_base = any(isinstance(b, ast.Name) and b.id in ("VendorMock", "SpecMock") for b in cls.bases)
        if handlers or mock_base:
            methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            return methods, handlers, cls.name
    return None


def mock_behaviour(vendor: str, operation_id: str) -> MockBehaviour | None:
    """The handler of ``operation_id`` in the vendor's mock, with the errors it answers and the settings it reads
    (its own code and that of the mock's methods it calls)."""
    found = _mock_source(vendor)
    if found is None:
        return None
    methods, handlers, class_name = found
    from switchboard_mocks._engine import handler_name

    name = handlers.get(operation_id) or handler_name(operation_id)  # the engine's own lookup
    if name not in methods:
        return None
    errors: list[tuple[int, str]] = []
    statuses: list[int] = []
    settings: list[str] = []
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop(0)
        if current in seen or current not in methods:
            continue
        seen.add(current)
        for node in ast.walk(methods[current]):
            if isinstance(node, ast.Call):
                func = node.func
                args = [a.value for a in node.args if isinstance(a, ast.Constant)]
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
                    todo.append(func.attr)
                    texts = [a for a in args if isinstance(a, str)]
                    codes = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
                    if re.search(r"error|fail|refuse", func.attr) and codes and texts:
                        errors.append((codes[0], texts[-1]))
                elif isinstance(func, ast.Name) and func.id == "Reply" and args and isinstance(args[0], int):
                    statuses.append(args[0])
            elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
                holder = node.value
                named = holder.attr if isinstance(holder, ast.Attribute) else getattr(holder, "id", "")
                if named == "settings" and isinstance(node.slice.value, str):
                    settings.append(node.slice.value)
    doc = " ".join((ast.get_docstring(methods[name]) or "").split())
    return MockBehaviour(
        handler=f"{class_name}.{name}",
        doc=doc,
        errors=list(dict.fromkeys(errors)),
        statuses=sorted(set(statuses)),
        settings=sorted(set(settings)),
    )


@functools.cache
def _catalogue(vendor: str) -> list[Any]:
    from switchboard_mocks import catalogue

    return list(catalogue(vendor))


# Rendering.


def _escape(text: str) -> str:
    """Plain text safe in a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(text: str) -> str:
    """A code span (a pipe inside one does not split a table cell)."""
    return "`" + " ".join(text.split()) + "`"


def anchor(name: str) -> str:
    """The HTML id of an operation or model section."""
    return re.sub(r"[^0-9A-Za-z_-]", "-", name)


def _link_types(text: str, vendor: str, here: str) -> str:
    """A type annotation with each model it names linked to its section of the models page, safe in a table."""
    known = models(vendor)
    page = "" if here == "models" else f"{vendor}-models.md"
    parts = []
    for token in re.split(r"([\w.]+)", " ".join(text.split())):
        if token in known:
            parts.append(f"[`{token}`]({page}#{anchor(token)})")
        elif re.fullmatch(r"[\w.]+", token):
            parts.append(f"`{token}`")
        else:
            parts.append(token.replace("[", "\\[").replace("]", "\\]").replace("|", "\\|"))
    return "".join(parts)


def _schema_type(spec: dict[str, Any], schema: Any) -> str:
    schema = schema or {}
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = " or ".join(map(str, kind))
    if kind == "array":
        return f"array of {_schema_type(spec, schema.get('items'))}"
    keys = ("format", "minimum", "maximum", "minLength", "maxLength", "pattern")
    rules = [f"{key} {schema[key]}" for key in keys if key in schema]
    if "enum" in schema:
        rules.append("one of " + ", ".join(json.dumps(v) for v in schema["enum"]))
    return str(kind) + (f" ({'; '.join(rules)})" if rules else "")


def retried(operation: Operation) -> str:
    """Whether the transport resends the operation after a retryable failure, and why."""
    if operation.method in SAFE_METHODS:
        return f"**retried**: {operation.method} is idempotent"
    if operation.definition.get("x-idempotent") is True:
        return "**retried**: the spec marks it `x-idempotent: true`"
    return (
        "**not retried**: a send (only a connection that failed before a byte left is tried again), so it is "
        "never sent twice"
    )


def _declarations(definition: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in definition.items() if key.startswith("x-switchboard-")}


def _paging(operation: Operation) -> str:
    declared = operation.definition.get("x-switchboard-paging")
    lines = []
    helpers = pagers(operation.vendor).get(operation.operation_id, [])
    iterator = resource_iterators(operation.vendor).get(operation.operation_id)
    if iterator or helpers:
        names = [f"`{iterator}` (awaited: `async for` on `client.aio`)"] if iterator else []
        names += [f"`switchboard.{operation.vendor}.{h}`" for h in helpers]
        lines.append(f"all pages, one item at a time: {', '.join(names)}")
    if declared is not None:
        lines.append(f"declared by the spec (`x-switchboard-paging`): `{json.dumps(declared, sort_keys=True)}`")
    paging_params = [p["name"] for p in operation.parameters if p["name"] in ("page", "limit", "offset", "page_size")]
    body_schema = _body_schema(operation)
    body_params = [n for n in ("page", "limit", "offset", "countAll") if n in (body_schema.get("properties") or {})]
    if not lines and (paging_params or body_params):
        named = ", ".join(f"`{n}`" for n in paging_params + body_params)
        lines.append(f"one page per call ({named})")
    return "; ".join(lines) or "not paged: one answer"


def _body_schema(operation: Operation) -> dict[str, Any]:
    spec = load_spec(operation.vendor)
    body = _resolve(spec, operation.definition.get("requestBody") or {})
    for media in (body.get("content") or {}).values():
        schema = _resolve(spec, media.get("schema") or {})
        if isinstance(schema, dict):
            return schema
    return {}


def render_operation(operation: Operation) -> str:
    """The reference section of one operation."""
    vendor = operation.vendor
    spec = load_spec(vendor)
    op = operation.definition
    method = resource_methods(vendor).get(operation.operation_id)
    lines = [f"### {operation.operation_id} {{ #{anchor(operation.operation_id)} }}", ""]
    lines.append(f"`{operation.method} {operation.path}`")
    sdk = op.get("x-vendor-methods")
    if sdk:
        lines[-1] += " · the vendor SDK's " + ", ".join(f"`{m}`" for m in sdk)
    lines.append("")
    if op.get("summary"):
        lines += [str(op["summary"]).strip().rstrip(".") + ".", ""]
    if op.get("description"):
        lines += [str(op["description"]).strip(), ""]
    if method is not None:
        call = f"client.{method.tag_module}.{method.name}({method.arguments}) -> {method.returns}"
        lines += [
            "```python",
            call,
            f"await client.aio.{method.tag_module}.{method.name}({method.arguments}) -> {method.returns}",
            "```",
            "",
        ]
        if method.raw_returns:
            lines += [
                f"The whole answer: `client.{method.tag_module}.with_raw_response.{method.name}(...)` "
                f"(awaited under `client.aio`) returns {_link_types(method.raw_returns, vendor, 'ops')}.",
                "",
            ]
        lines += [
            f"Raw form: `{vendor}_client.api.{method.tag_module}.{method.name}` (`sync_detailed`, "
            "`asyncio_detailed`: status, headers and `parsed`).",
            "",
        ]
    if operation.parameters:
        lines += ["| parameter | in | schema | required | description |", "|---|---|---|---|---|"]
        for param in operation.parameters:
            schema = _schema_type(spec, param.get("schema"))
            required = "yes" if param.get("required") else "no"
            if "default" in (param.get("schema") or {}):
                required += f" (default `{json.dumps(param['schema']['default'])}`)"
            lines.append(
                f"| `{param['name']}` | {param['in']} | {_escape(schema)} | {required} | "
                f"{_escape(param.get('description', ''))} |"
            )
        lines.append("")
    body = _resolve(spec, op.get("requestBody") or {})
    if body:
        media = ", ".join(f"`{m}`" for m in body.get("content", {}))
        model = _link_types(method.body, vendor, "ops") if method and method.body else "a body"
        required = "required" if body.get("required") else "optional"
        lines += [f"**Body** ({required}, {media}): {model}", ""]
    successes = []
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            described = " ".join(str(_resolve(spec, response).get("description", "")).split())
            successes.append(f"`{status}` {_escape(described)}")
    returns = _link_types(method.returns, vendor, "ops") if method else "`None`"
    lines += [f"**Success**: {returns}; " + "; ".join(successes), ""]
    lines += [f"**Idempotency**: {retried(operation)}.", ""]
    lines += [f"**Paging**: {_paging(operation)}.", ""]
    declarations = _declarations(op)
    if declarations:
        lines += ["**Declarations**:", ""]
        lines += [f"- `{key}`: `{json.dumps(value, sort_keys=True)}`" for key, value in sorted(declarations.items())]
        lines.append("")
    behaviour = mock_behaviour(vendor, operation.operation_id)
    if behaviour is not None:
        lines += [
            f"**Mock**: `{behaviour.handler}` answers it, once the engine has checked the request against the spec "
            "(a request that breaks it gets 400, naming the field); its answer is checked against the spec too."
            + (f" {behaviour.doc}" if behaviour.doc else ""),
            "",
        ]
        said = []
        if behaviour.errors:
            said.append("answers errors of its own: " + "; ".join(f"{s} `{_escape(m)}`" for s, m in behaviour.errors))
        if behaviour.statuses:
            said.append("answers the statuses " + ", ".join(f"`{s}`" for s in behaviour.statuses))
        if behaviour.settings:
            names = ", ".join(f"`{s}`" for s in behaviour.settings)
            said.append(f"reads the settings {names} (`switchboard-mock {vendor} --setting NAME=VALUE`)")
        if said:
            lines += [f"- {line}" for line in said] + [""]
    outcomes = [o for o in _catalogue(vendor) if o.operation == operation.operation_id]
    if outcomes:
        lines += [
            "**Errors** (besides `RequestValidationError` before sending; the failure catalogue of the mock, "
            "each reachable from a test):",
            "",
            "| outcome | kind | status | how to reach it | the client raises |",
            "|---|---|---|---|---|",
        ]
        for o in outcomes:
            how = _code(o.trigger) + (f" or {_code(o.magic)}" if o.magic else "")
            raises = f"`{o.raises}`" if o.raises else f"nothing: it ends `{o.state}`"
            status = str(o.status) if o.status is not None else ""
            lines.append(f"| `{o.outcome}` | {o.kind} | {status} | {how} | {raises} |")
        lines.append("")
    return "\n".join(lines)


def render_vendor(vendor: str) -> str:
    """The operations page of ``vendor``, grouped by tag."""
    spec = load_spec(vendor)
    ops = operations(vendor)
    title = spec["info"]["title"]
    lines = [
        f"# {title}: operations",
        "",
        f"Generated from `specs/{vendor}.yaml` and `generated/{vendor}-client` when the site is built: "
        f"{len(ops)} operations. The models are on [their own page]({vendor}-models.md); the vendor's guide is "
        f"[here](../vendors/{vendor}.md).",
        "",
    ]
    declared = {
        **_declarations(spec),
        **_declarations(spec.get("info", {})),
        **_declarations(spec.get("components", {})),
    }
    if declared:
        lines += ["Declarations of the whole spec, which the core reads:", ""]
        lines += [f"- `{key}`: `{json.dumps(value, sort_keys=True)}`" for key, value in sorted(declared.items())]
        lines.append("")
    by_tag: dict[str, list[Operation]] = {}
    for operation in ops:
        by_tag.setdefault(operation.tag, []).append(operation)
    for tag, tagged in by_tag.items():
        lines += [f"## {tag}", ""]
        lines += [render_operation(o) for o in tagged]
    return "\n".join(lines)


def render_models(vendor: str) -> str:
    """The models page of ``vendor``: every model with its fields, every enum with its values."""
    found = models(vendor)
    lines = [
        f"# {vendor}: models",
        "",
        f"The classes of `{vendor}_client.models`, read from the generated package when the site is built "
        f"({len(found)}). Fields marked optional may be left `UNSET`; `additional_properties` keeps what the "
        "vendor sends beyond them.",
        "",
    ]
    for model in found.values():
        lines += [f"### {model.name} {{ #{anchor(model.name)} }}", ""]
        if model.summary:
            lines += [model.summary, ""]
        if model.fields:
            lines += ["| field | on the wire | type | required | description |", "|---|---|---|---|---|"]
            for f in model.fields:
                lines.append(
                    f"| `{f.name}` | `{f.wire}` | {_link_types(f.annotation, vendor, 'models')} | "
                    f"{'yes' if f.required else 'no'} | {_escape(f.description)} |"
                )
            lines.append("")
        if model.values:
            lines += ["Values: " + ", ".join(f"`{v}`" for v in model.values), ""]
    return "\n".join(lines)


def render_index() -> str:
    """The reference's front page: one row per vendor."""
    lines = [
        "# Reference",
        "",
        "Every operation of every vendor, generated from the specs and the generated packages when the site is "
        "built. Per operation: its call on a client made by `make_client` (`client.<tag>.<operation>(...)`, "
        "awaited `client.aio.<tag>.<operation>(...)`), its parameters, body model and success type, whether it "
        "is retried, its paging, what its mock does and the errors it raises (the mock's failure catalogue).",
        "",
        "| vendor | operations | models | client version |",
        "|---|---|---|---|",
    ]
    for vendor in vendors():
        title = load_spec(vendor)["info"]["title"]
        lines.append(
            f"| [{_escape(title)}]({vendor}.md) | {len(operations(vendor))} | "
            f"[{len(models(vendor))}]({vendor}-models.md) | [{client_version(vendor)}](../changelog/{vendor}.md) |"
        )
    lines += ["", f"In all: {sum(len(operations(v)) for v in vendors())} operations.", ""]
    return "\n".join(lines)


def client_version(vendor: str) -> str:
    """The version of the generated client of ``vendor`` (its pyproject.toml)."""
    project = tomllib.loads((GENERATED / f"{vendor}-client" / "pyproject.toml").read_text())
    return str(project["project"]["version"])


def render_changelog(vendor: str) -> str:
    """The changelog page of the generated client of ``vendor``: its CHANGELOG.md under the current version."""
    source = GENERATED / f"{vendor}-client" / "CHANGELOG.md"
    text = source.read_text() if source.exists() else "No changes recorded yet.\n"
    body = re.sub(r"\A# .*\n", "", text)
    # The spec-diff quotes values ('^[0-9]{4}-...'): as code, so that Markdown reads no link or emphasis in them.
    body = re.sub(r"'([^'\n]+)'", r"`'\1'`", body)
    return f"# {vendor}-client {client_version(vendor)}\n\n{body}"


def pages() -> Iterator[tuple[str, str]]:
    """(path in the site, Markdown) of every generated page."""
    yield f"{REFERENCE_DIR}/index.md", render_index()
    for vendor in vendors():
        yield f"{REFERENCE_DIR}/{vendor}.md", render_vendor(vendor)
        yield f"{REFERENCE_DIR}/{vendor}-models.md", render_models(vendor)
        yield f"{CHANGELOG_DIR}/{vendor}.md", render_changelog(vendor)


def on_files(files: Any, config: Any) -> Any:
    """MkDocs hook: add the generated pages to the site (nothing is written into ``docs/``)."""
    from mkdocs.structure.files import File  # type: ignore[import-not-found,unused-ignore]

    for path, content in pages():
        files.append(File.generated(config, path, content=content))
    return files


def main(argv: list[str]) -> int:
    """Write the generated pages into the folder ``argv[0]``, to read them without building the site."""
    out = Path(argv[0]) if argv else ROOT / "build" / "docs-reference"
    for path, content in pages():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    print(f"wrote the generated pages into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
