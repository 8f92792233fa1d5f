"""The ``pytest11`` entry point: loads :mod:`switchboard_mocks.pytest_plugin` when the ``mock`` extra is installed.

pytest imports every installed entry point at start-up, with or without the extra. Importing anything from
``switchboard_mocks`` needs starlette and uvicorn, so this module, which needs neither, is the entry point: with the
extra it hands over to the real plugin; without it, the fixtures exist and say what to install.
"""

from __future__ import annotations

import importlib.util

import pytest

_MISSING = [name for name in ("starlette", "uvicorn") if importlib.util.find_spec(name) is None]

if not _MISSING:
    pytest_plugins = ["switchboard_mocks.pytest_plugin"]
else:

    def _needs_extra() -> None:
        pytest.fail(
            f"the switchboard mocks need the mock extra ({', '.join(_MISSING)} missing): "
            'pip install "switchboard[mock]"',
            pytrace=False,
        )

    @pytest.fixture
    def switchboard_mock() -> None:
        """Serve a vendor's mock for one test (needs ``switchboard[mock]``)."""
        _needs_extra()

    @pytest.fixture(scope="session")
    def switchboard_session_mock() -> None:
        """Serve a vendor's mock for the session (needs ``switchboard[mock]``)."""
        _needs_extra()
