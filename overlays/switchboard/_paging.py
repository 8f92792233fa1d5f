"""Paged operations read from the spec's ``x-switchboard-paging`` declaration: one iterator for every vendor.

An operation that pages declares where the page and its size go, where the items and the stop signals sit in the
answer, and which stop rules apply (see ``specs/README.md``). :func:`pages` and :func:`apages` walk it::

    for group in pages(client, "list_groups", size=50):
        ...

Whatever the declaration says, the iteration ends on an empty page and on a page with nothing new (every item's
``key`` seen already, or a page equal to one seen): a server that ignores the page parameter cannot make it loop.
Each item is yielded once.
"""

from __future__ import annotations

import importlib
import json
import re
import typing
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx

from ._envelope import envelope_of
from ._errors import SwitchboardError
from .spec import Spec

STYLES = ("page-number", "page-index", "offset")
STOP_RULES = ("short-page", "total-items", "total-pages", "has-next", "page-echo", "nothing-new")


def _python_name(name: str) -> str:
    """The attribute the generator gives a JSON key (snake case)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"\W+", "_", name).strip("_").lower()


def attribute(model: Any, path: str) -> Any:
    """The value at the dotted JSON ``path`` of a generated model (None where it stops or is unset)."""
    for key in path.split("."):
        name = _python_name(key)
        found = getattr(model, name, None) if hasattr(model, name) else getattr(model, f"{name}_", None)
        if found is None or type(found).__name__ == "Unset":
            return None
        model = found
    return model


@dataclass
class _Walk:
    """Where a paged iteration stands: the next page, what was seen, whether to go on."""

    declaration: dict[str, Any]
    size: int | None
    page: int
    seen: set[Any] = field(default_factory=set)
    more: bool = True

    def take(self, parsed: Any) -> list[Any]:
        declared, rules = self.declaration, set(self.declaration.get("stop", [])) | {"nothing-new"}
        items = attribute(parsed, declared["items"])
        items = list(items) if isinstance(items, list) else []
        fresh = []
        if "key" not in declared:  # no identity: a page is new unless it equals one seen
            signature = json.dumps([item.to_dict() for item in items], sort_keys=True, default=str)
            fresh = [] if signature in self.seen else items
            self.seen.add(signature)
        for item in items if "key" in declared else []:
            key = attribute(item, declared["key"])
            if not isinstance(key, int | str):
                key = json.dumps(item.to_dict(), sort_keys=True, default=str)
            if key not in self.seen:
                self.seen.add(key)
                fresh.append(item)
        more = bool(fresh)
        has_next = attribute(parsed, declared["has-next"]) if "has-next" in rules else None
        total_pages = attribute(parsed, declared["total-pages"]) if "total-pages" in rules else None
        total_items = attribute(parsed, declared["total-items"]) if "total-items" in rules else None
        echo = attribute(parsed, declared["page-echo"]) if "page-echo" in rules else None
        if "has-next" in rules:
            more = more and has_next is True  # no signal: the last page
        if isinstance(total_pages, int):
            more = more and self.page < total_pages
        elif "short-page" in rules and "has-next" not in rules and self.size is not None:
            more = more and len(items) >= self.size
        if isinstance(total_items, int):
            more = more and len(self.seen) < total_items
        if isinstance(echo, int):
            more = more and echo == self.page
        self.more = more
        self.page += 1
        return fresh


class _Paged:
    """One paged operation of a client: its generated module and how to ask for page ``n``."""

    def __init__(self, client: Any, operation_id: str, size: int | None, start: int | None, arguments: Any) -> None:
        package = next(c.__module__ for c in type(client).__mro__ if c.__module__.split(".")[0].endswith("_client"))
        self.vendor = package.split(".", 1)[0].removesuffix("_client")
        spec = Spec.load(self.vendor)
        self.operation = spec.by_id[operation_id]
        declared = self.operation.definition.get("x-switchboard-paging")
        if not isinstance(declared, dict):
            raise TypeError(f"{self.vendor}: {operation_id} does not page (no x-switchboard-paging in the spec)")
        self.declaration: dict[str, Any] = declared
        if size is None and "size" in declared:
            size = int(declared["size"].get("default", 10))
        if size is not None and size < 1:
            raise ValueError("page_size must be at least 1")
        tag = _python_name(self.operation.definition["tags"][0])
        self.module: ModuleType = importlib.import_module(f"{self.vendor}_client.api.{tag}.{operation_id}")
        self.client, self.arguments = client, dict(arguments)
        first = declared.get("first", 1 if declared["style"] == "page-number" else 0)
        self.walk = _Walk(declared, size, first if start is None else start)

    def arguments_for(self) -> dict[str, Any]:
        """The call's arguments with the page and its size set where the declaration puts them."""
        declared, walk, arguments = self.declaration, self.walk, dict(self.arguments)
        page = walk.page * (walk.size or 1) if declared["style"] == "offset" else walk.page
        placed = [(declared["page"], page)] + ([(declared["size"], walk.size)] if "size" in declared else [])
        for where, value in placed:
            if where["in"] == "body":
                body: Any = arguments.get("body")
                given = body is not None and type(body).__name__ != "Unset"
                model: Any = type(body) if given else self._body_class()
                wire = body.to_dict() if given else {}  # the caller's filters, copied: their body is not changed
                arguments["body"] = model.from_dict({**wire, where["name"]: value})
            else:
                arguments[_python_name(where["name"])] = value
        return arguments

    def _body_class(self) -> type[Any]:
        hint = typing.get_type_hints(self.module._get_kwargs)["body"]
        return next(c for c in (*typing.get_args(hint), hint) if isinstance(c, type) and hasattr(c, "from_dict"))

    def take(self, response: Any) -> list[Any]:
        """The new items of one page's response; its error if it is not a page."""
        if not 200 <= int(response.status_code) < 300 or not hasattr(response.parsed, "to_dict"):
            raise self._failed(response)
        request = httpx.Request(self.operation.method.upper(), self.operation.path)
        answer = httpx.Response(int(response.status_code), content=response.content, request=request)
        error = envelope_of(self.vendor)(answer)
        if error is not None:
            raise error
        return self.walk.take(response.parsed)

    def _failed(self, response: Any) -> SwitchboardError:
        """What an answer that is no page means (a 2xx non-page the error mapper let through)."""
        request = httpx.Request(self.operation.method.upper(), self.operation.path)
        answer = httpx.Response(int(response.status_code), content=response.content, request=request)
        return envelope_of(self.vendor)(answer) or SwitchboardError(
            f"{self.operation.operation_id} answered HTTP {int(response.status_code)} without a page",
            request=request,
            response=answer,
        )


def pages(
    client: Any, operation_id: str, *, size: int | None = None, start: int | None = None, **arguments: Any
) -> Iterator[Any]:
    """Every item of the paged operation ``operation_id``, ``size`` per request from page ``start`` on (the
    declaration's defaults when None); ``arguments`` are the operation's other arguments (a ``body`` of filters)."""
    paged = _Paged(client, operation_id, size, start, arguments)
    while paged.walk.more:
        yield from paged.take(paged.module.sync_detailed(client=client, **paged.arguments_for()))


async def apages(
    client: Any, operation_id: str, *, size: int | None = None, start: int | None = None, **arguments: Any
) -> AsyncIterator[Any]:
    """:func:`pages` for async code: ``async for item in apages(client, ...)``."""
    paged = _Paged(client, operation_id, size, start, arguments)
    while paged.walk.more:
        for item in paged.take(await paged.module.asyncio_detailed(client=client, **paged.arguments_for())):
            yield item
