"""Stateful, spec-validating fakes of the vendor APIs, in-process (ASGI) or on a port (``switchboard-mock``).

from switchboard_mocks import create_app
app = create_app("netsapiens", settings={"token_ttl": "60"})
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping

from switchboard.spec import spec_names

from ._catalogue import Declared, Outcome, catalogue
from ._engine import CONTROL_PREFIX, Call, Fault, MockClock, MockServer, Reply, VendorMock
from ._serve import RunningMock, serve

__all__ = [
    "CONTROL_PREFIX",
    "VENDORS",
    "Call",
    "Declared",
    "Fault",
    "MockClock",
    "MockServer",
    "Outcome",
    "Reply",
    "RunningMock",
    "VendorMock",
    "catalogue",
    "create_app",
    "serve",
]


def _discover() -> dict[str, str]:
    """vendor -> module of its mock: every spec that has a module of the same name in this package."""
    return {name: f"{__name__}.{name}" for name in spec_names() if importlib.util.find_spec(f"{__name__}.{name}")}


#: vendor name -> module holding its :class:`VendorMock` (one module per vendor, named after its spec).
VENDORS = _discover()


def vendor_class(vendor: str) -> type[VendorMock]:
    """The :class:`VendorMock` subclass of ``vendor``."""
    try:
        module = importlib.import_module(VENDORS[vendor])
    except KeyError:
        raise ValueError(f"no mock for {vendor!r} (known: {', '.join(VENDORS)})") from None
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, VendorMock) and getattr(value, "spec_name", None) == vendor:
            return value
    raise ValueError(f"{module.__name__} defines no VendorMock with spec_name {vendor!r}")


def create_app(vendor: str, *, clock: MockClock | None = None, settings: Mapping[str, str] | None = None) -> MockServer:
    """The ASGI app of ``vendor``'s mock; ``settings`` override its credentials and token lifetime."""
    return MockServer(vendor_class(vendor), clock=clock, settings=settings)
