"""Error answers read from the spec's ``x-switchboard-errors`` declaration: one reader for every vendor's envelope.

A vendor's spec says where its error envelope keeps the code, the message and the field errors, which bodies of a
2xx answer are failures, and which codes or statuses mean which class (see ``specs/README.md``). An
:class:`ErrorEnvelope` reads that declaration and turns a response into the vendor's error class of its meaning::

    gatum_error = ErrorEnvelope("gatum", GatumError, GatumLoginError)
    error = gatum_error(response)  # a GatumNotFoundError for a 404, None for a success

The classes are the family the declaration names (``family: Gatum``): its root (``GatumError``, from the vendor
module, else made here), one member per common class (``GatumNotFoundError`` is a ``GatumError`` and a
``NotFoundError``, made by :func:`~switchboard._errors.error_family`) standing for that class, and any class the
declaration names.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

import httpx

from ._errors import (
    FAMILY,
    APIError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    error_class_for,
    error_family,
)
from ._redact import mask
from ._responses import json_object
from .spec import Spec

#: The common classes by the names a declaration uses for them.
COMMON: dict[str, type[APIError]] = {
    "error": APIError,
    "bad-request": BadRequestError,
    "unauthorized": UnauthorizedError,
    "not-found": NotFoundError,
    "conflict": ConflictError,
    "rate-limit": RateLimitError,
    "server": ServerError,
}
_LONGEST = 300
_envelopes: dict[str, ErrorEnvelope] = {}


def at(body: Any, path: str) -> Any:
    """The value at the dotted ``path`` of ``body`` (``data.token.access``), None where it stops."""
    for key in path.split("."):
        if not isinstance(body, Mapping):
            return None
        body = body.get(key)
    return body


def _messages(value: Any) -> list[str]:
    return [str(m) for m in value] if isinstance(value, list) else [str(value)]


class ErrorEnvelope:
    """The error reader of one vendor: ``envelope(response)`` is the error ``response`` means, or None.

    ``root`` is the vendor's base class (every error it makes is one); ``named`` are the classes the declaration may
    name besides the common ones (a login error, a vendor-only meaning such as PassInfo's 402).
    """

    def __init__(self, vendor: str, root: type[APIError] = APIError, *named: type[APIError]) -> None:
        self.vendor, self._root = vendor, root
        self.by_name = {cls.__name__: cls for cls in named}
        self._declaration: dict[str, Any] | None = None
        if root is not APIError or vendor not in _envelopes:  # the vendor module's family wins
            _envelopes[vendor] = self

    @property
    def declaration(self) -> dict[str, Any]:
        """The spec's ``x-switchboard-errors`` (read on first use)."""
        if self._declaration is None:
            self._declaration = dict(Spec.load(self.vendor).document.get("x-switchboard-errors", {}))
        return self._declaration

    @functools.cached_property
    def root(self) -> type[APIError]:
        """The vendor's base class: the one given, else one made for the declared ``family`` (``AcmeError``, with
        its :func:`~switchboard._errors.error_family`), else :class:`APIError`."""
        prefix = self.declaration.get("family")
        if self._root is not APIError or prefix is None:
            return self._root
        doc = f"An error answer of {prefix} (``x-switchboard-errors`` in ``specs/{self.vendor}.yaml``)."
        root = type(f"{prefix}Error", (APIError,), {"__module__": __name__, "__doc__": doc})
        self.by_name |= error_family(root)
        return root

    @functools.cached_property
    def family(self) -> dict[type[APIError], type[APIError]]:
        """The class of each common meaning: the subclass of ``root`` that is also that common class, else ``root``
        (the common class itself without a vendor root)."""
        root = self.root
        if root is APIError:
            return {common: common for common in COMMON.values()}
        family: dict[type[APIError], type[APIError]] = {APIError: root}
        for sub in root.__subclasses__():
            for common in FAMILY:
                if issubclass(sub, common):
                    family.setdefault(common, sub)
        return family

    def _class(self, name: str) -> type[APIError]:
        cls = self.by_name.get(name)
        return cls if cls is not None else self.family.get(COMMON[name], self.root)

    def _by_status(self, status: int) -> type[APIError]:
        named = self.declaration.get("statuses", {}).get(str(status))
        return self._class(named) if named else self.family.get(error_class_for(status), self.root)

    def _failure(self, body: dict[str, Any] | None) -> tuple[str, Any] | None:
        """The (key, value) that makes a 2xx body a failure, or None."""
        for rule in self.declaration.get("failure-in-2xx", []):
            value = at(body, rule["key"])
            if (
                "equals" in rule
                and value is not None
                and value == rule["equals"]
                and type(value) is type(rule["equals"])
            ):
                return rule["key"], value
            if "not" in rule and type(value) is type(rule["not"]) and value != rule["not"]:
                return rule["key"], value
        return None

    def __call__(self, response: httpx.Response, *, cls: type[APIError] | None = None) -> APIError | None:
        """The error ``response`` means (``cls`` if given), or None for a success.

        A 4xx/5xx is an error; so is a 2xx whose body the declaration calls a failure. 1xx and 3xx answers are none.
        """
        status = response.status_code
        if status < 400:
            if not 200 <= status < 300:
                return None
            try:
                content = response.content
            except httpx.ResponseNotRead:
                return None  # read and judged once the exchange is over
            keys = [rule["key"].split(".")[0] for rule in self.declaration.get("failure-in-2xx", [])]
            if not any(f'"{key}"'.encode() in content for key in keys):
                return None
        declared = self.declaration
        body = json_object(response)
        failure = self._failure(body) if status < 400 else None
        if status < 400 and failure is None:
            return None
        body = body or {}
        code = at(body, declared["code"]) if "code" in declared else None
        field_errors = self.field_errors(body)
        said = next((at(body, k) for k in declared.get("message", []) if _scalar(at(body, k))), None)
        first = next((m for messages in field_errors.values() for m in messages), None)
        vendor_message = mask(str(said)[:_LONGEST]) if said is not None else (first[:_LONGEST] if first else None)
        if cls is None:
            cls = self._meaning(status, code, body)
        request = response.request
        what = f"{request.method} {request.url.path} failed with HTTP {status}"
        if failure is not None:
            what += f" and {failure[0]} {json.dumps(failure[1]).strip(chr(34))}"
        details = "; ".join(f"{k}: {' '.join(v)}" for k, v in field_errors.items()) or vendor_message
        return cls(
            f"{what}: {details[:_LONGEST]}" if details else what,
            request=request,
            response=response,
            code=code,
            vendor_message=vendor_message,
            field_errors=field_errors,
        )

    def refuses(self, response: httpx.Response) -> bool:
        """Whether ``response`` (its body read) says the credential was refused: HTTP 401, or a 2xx failure the
        declaration calls ``unauthorized`` (Kandy's HTTP 200 with status 401); a token auth's ``refused``."""
        if response.status_code == 401:
            return True
        return response.is_success and isinstance(self(response), UnauthorizedError)

    def _meaning(self, status: int, code: Any, body: dict[str, Any]) -> type[APIError]:
        declared = self.declaration
        known = declared.get("codes", {}).get(str(code)) if _scalar(code) and not isinstance(code, bool) else None
        if known:
            return self._class(known)
        if status >= 400:
            return self._by_status(status)
        in_body = at(body, declared["status-in-body"]) if "status-in-body" in declared else None
        if isinstance(in_body, int) and not isinstance(in_body, bool) and 400 <= in_body < 600:
            return self._by_status(in_body)
        return self._class(declared["failure-class"]) if "failure-class" in declared else self.root

    def field_errors(self, body: dict[str, Any]) -> dict[str, list[str]]:
        """The per-field messages: under each declared key (an object of fields, a list of them, or a message for
        ``non_field_errors``), and with ``top-level-field-errors`` every other top-level key holding messages."""
        declared = self.declaration
        found: dict[str, list[str]] = {}
        for key in declared.get("field-errors", []):
            value = at(body, key)
            for entry in value if isinstance(value, list) else [] if value is None else [value]:
                if isinstance(entry, dict):
                    for name, messages in entry.items():
                        found.setdefault(str(name), []).extend(_messages(messages))
                else:
                    found.setdefault("non_field_errors", []).append(str(entry))
        if declared.get("top-level-field-errors"):
            envelope = set(declared.get("envelope-keys", [])) | {declared.get("code"), *declared.get("message", [])}
            envelope |= {rule["key"] for rule in declared.get("failure-in-2xx", [])} | set(
                declared.get("field-errors", [])
            )
            for name, value in body.items():
                if name not in envelope and isinstance(value, str | list):
                    found.setdefault(str(name), []).extend(_messages(value))
        return found


def _scalar(value: Any) -> bool:
    return value is not None and not isinstance(value, dict | list)


def envelope_of(vendor: str) -> ErrorEnvelope:
    """The :class:`ErrorEnvelope` of ``vendor`` (the common classes only, if its module made none)."""
    found = _envelopes.get(vendor)
    return found if found is not None else ErrorEnvelope(vendor)
