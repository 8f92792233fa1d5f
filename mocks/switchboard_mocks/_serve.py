"""Serve a mock on a loopback port from a background thread, for tests and demos."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import uvicorn

from . import _coverage
from ._engine import MockServer


@dataclass(frozen=True)
class RunningMock:
    """A mock being served: its ASGI app (state, journal) and where it listens."""

    app: MockServer
    url: str

    @property
    def base_url(self) -> str:
        """What a client's ``base_url`` should be: the URL plus the spec's base path."""
        return f"{self.url}{self.app.base_path}"


@contextlib.contextmanager
def serve(
    app: MockServer, *, host: str = "127.0.0.1", port: int = 0, access_log: bool = False
) -> Iterator[RunningMock]:
    """Serve ``app`` on ``host:port`` (0: any free port) until the block ends; uvicorn's access log only if asked.

    Example::

        with serve(create_app("netsapiens")) as mock:
            client = make_client(mock.base_url, ...)
    """
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", access_log=access_log)
    )
    thread = threading.Thread(target=server.run, name="switchboard-mock", daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the mock could not start on {host}:{port}")
            thread.join(0.01)
        bound = server.servers[0].sockets[0].getsockname()[1]
        yield RunningMock(app, f"http://{host}:{bound}")
    finally:
        server.should_exit = True
        thread.join(5)
        _coverage.collect(app.vendor.spec_name, app.journal)
