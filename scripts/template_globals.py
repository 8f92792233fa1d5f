"""What switchboard's templates learn from a spec beyond what openapi-python-client hands them.

The generator drops every ``x-*`` extension, so a template cannot see that an operation pages. ``regeneration``
builds the generator's ``Project`` itself and adds :func:`paging` as the Jinja global ``paging`` before it renders:
by operation name, what ``templates/endpoint_init.py.jinja`` needs to write the operation's iterator method.
"""

from __future__ import annotations

import re
from typing import Any


class DeclarationError(Exception):
    """A spec's ``x-switchboard-paging`` cannot become an iterator method."""


#: The verbs a paged operation's name drops in its iterator's: ``list_groups`` -> ``iter_groups``.
_VERBS = re.compile(r"^(list|get)_")


def iterator_name(operation: str) -> str:
    """The iterator method of a paged operation: ``iter_`` and its name without a leading ``list_``/``get_``."""
    return "iter_" + _VERBS.sub("", operation)


def paging(openapi: Any, document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """By operation name, the iterator method of each operation the spec declares ``x-switchboard-paging`` on.

    ``openapi`` is the generator's parsed spec (``GeneratorData``), ``document`` the spec as loaded. Each entry:
    ``method`` (its name), ``item`` (the item model's type, code), ``imports`` (what the item needs), ``skip`` (the
    argument names paging fills in: the page and size query parameters), ``body`` (the body's annotation and
    default, optional when its model requires nothing: it holds the filters), ``body_fields`` (the body's keys paging
    sets) and ``size`` (the page size's default, None when the vendor takes none). Only what the stock templates
    read of the parsed spec is read here.
    """
    declared = {
        operation["operationId"]: operation["x-switchboard-paging"]
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-switchboard-paging" in operation
    }
    found: dict[str, dict[str, Any]] = {}
    for collection in openapi.endpoint_collections_by_tag.values():
        names = {str(endpoint.name) for endpoint in collection.endpoints}
        for endpoint in collection.endpoints:
            declaration = declared.pop(str(endpoint.name), None)
            if declaration is None:
                continue
            method = iterator_name(str(endpoint.name))
            if method in names:
                raise DeclarationError(f"{endpoint.name}: its iterator {method} would shadow an operation")
            names.add(method)
            found[str(endpoint.name)] = _iterator(endpoint, declaration, method)
    if declared:
        raise DeclarationError(f"paged operations the generator did not produce: {', '.join(sorted(declared))}")
    return found


def _iterator(endpoint: Any, declaration: dict[str, Any], method: str) -> dict[str, Any]:
    item = _items(endpoint, declaration["items"])
    placed = [declaration["page"], *([declaration["size"]] if "size" in declaration else [])]
    query = {parameter.name: parameter for parameter in endpoint.query_parameters}
    skip = []
    for where in placed:
        if where["in"] == "query":
            if where["name"] not in query:
                raise DeclarationError(f"{endpoint.name}: no query parameter {where['name']!r} to page with")
            skip.append(str(query[where["name"]].python_name))
    if len(endpoint.bodies) > 1:
        raise DeclarationError(f"{endpoint.name}: a paged operation takes one body at most")
    body = None
    if endpoint.bodies:
        prop = endpoint.bodies[0].prop
        annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
        in_body = {where["name"] for where in placed if where["in"] == "body"}
        needed = {field.name for field in getattr(prop, "required_properties", None) or []} - in_body
        body = annotation if needed else f"{annotation} | Unset = UNSET"
    return {
        "method": method,
        "item": item.get_type_string(no_optional=True).as_unembedded_code(),
        # The model's own module only: what else a property imports serves the generator's (de)serialising code.
        "imports": sorted(
            i for i in item.get_lazy_imports(prefix="...") | item.get_imports(prefix="...") if "..." in i
        ),
        "skip": skip,
        "body": body,
        # Plain names for the docstring: the JSON keys of the body that paging sets.
        "body_fields": [str(w["name"]) for w in placed if w["in"] == "body" and re.fullmatch(r"\w+", w["name"])],
        "size": int(declaration["size"].get("default", 10)) if "size" in declaration else None,
    }


def _items(endpoint: Any, path: str) -> Any:
    """The property of one item of the list at ``path`` (dotted JSON keys) of the operation's success model."""
    successes = [r.prop for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] <= 299]
    if len(successes) != 1:
        raise DeclarationError(f"{endpoint.name}: a paged operation has one success answer")
    prop = successes[0]
    for key in path.split("."):
        prop = _model(prop)
        fields = (prop.required_properties or []) + (prop.optional_properties or []) if prop is not None else []
        prop = next((field for field in fields if field.name == key), None)
        if prop is None:
            raise DeclarationError(f"{endpoint.name}: the success answer has no {path!r}")
    inner = getattr(prop, "inner_property", None)
    if inner is None:
        raise DeclarationError(f"{endpoint.name}: {path!r} is not a list")
    return inner


def _model(prop: Any) -> Any:
    """``prop`` as a model (the model of a nullable union), or None."""
    if hasattr(prop, "required_properties"):
        return prop
    models = [p for p in getattr(prop, "inner_properties", []) if hasattr(p, "required_properties")]
    return models[0] if len(models) == 1 else None
