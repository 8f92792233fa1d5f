"""Stateful, spec-validating fakes of the vendor APIs, in-process (ASGI) or on a port (``switchboard-mock``).

from switchboard_mocks import create_app
app = create_app("netsapiens", settings={"token_ttl": "60"})
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from ._engine import CONTROL_PREFIX, Call, Fault, MockClock, MockServer, Reply, VendorMock
from ._serve import RunningMock, serve

#: vendor name -> "module:class" of its VendorMock.
VENDORS = {
    "netsapiens": "switchboard_mocks.netsapiens:NetsapiensMock",
}

__all__ = [
    "CONTROL_PREFIX",
    "VENDORS",
    "Call",
    "Fault",
    "MockClock",
    "MockServer",
    "Reply",
    "RunningMock",
    "VendorMock",
    "create_app",
    "serve",
]


def vendor_class(vendor: str) -> type[VendorMock]:
    """The :class:`VendorMock` subclass of ``vendor``."""
    try:
        module_name, _, class_name = VENDORS[vendor].partition(":")
    except KeyError:
        raise ValueError(f"no mock for {vendor!r} (known: {', '.join(VENDORS)})") from None
    cls: type[VendorMock] = getattr(importlib.import_module(module_name), class_name)
    return cls


def create_app(vendor: str, *, clock: MockClock | None = None, settings: Mapping[str, str] | None = None) -> MockServer:
    """The ASGI app of ``vendor``'s mock; ``settings`` override its credentials and token lifetime."""
    return MockServer(vendor_class(vendor), clock=clock, settings=settings)
