"""The mocks as a pytest plugin, used as a user would: only through the `switchboard_mock` fixtures.

The plugin comes from the `pytest11` entry point of the installed project (`switchboard._pytest_plugin`), as it does
for a user who installed `switchboard[mock]`; nothing here imports it.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from netsapiens_client.models import MessageSend

from switchboard import ServerError, SwitchboardError
from switchboard_mocks import VENDORS

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "testing" / "pytest-plugin.md"
SECTION = "# Testing your app against the mocks"
SMS = MessageSend(type_="sms", message="Hello", destination=["15551230000"], from_number="15550000000")


def readme_files() -> dict[str, str]:
    """The example files of the docs' page on testing your app: each Python block starts `# <name>.py`."""
    text = PAGE.read_text()
    section = text[text.index(SECTION) :].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n# (\w+)\.py\n(.*?)```", section, re.DOTALL)
    return dict(blocks)


def test_the_readme_example_passes_as_a_users_test(pytester: pytest.Pytester) -> None:
    files = readme_files()
    assert sorted(files) == ["myapp", "test_myapp"]
    pytester.makepyfile(**files)
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=2)


def test_a_session_mock_is_shared_and_a_test_mock_is_not(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_scopes="""
        seen = {}

        def test_first(switchboard_mock, switchboard_session_mock):
            seen["session"] = switchboard_session_mock("netsapiens").base_url
            mock = switchboard_mock("netsapiens")
            seen["test"] = mock.base_url
            mock.make_client().get_httpx_client().get("/subscriptions")
            assert [e["status"] for e in mock.journal()][-1] == 200

        def test_second(switchboard_mock, switchboard_session_mock):
            assert switchboard_session_mock("netsapiens").base_url == seen["session"]
            mock = switchboard_mock("netsapiens")
            assert mock.base_url != seen["test"]
            assert mock.journal() == []
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=2)


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_mock_is_served_with_credentials_its_make_client_takes(switchboard_mock: Any, vendor: str) -> None:
    mock = switchboard_mock(vendor)
    served = httpx.get(f"{mock.control_url}/openapi.yaml")
    assert served.status_code == 200
    assert yaml.safe_load(served.text)["openapi"].startswith("3.1")
    assert mock.credentials
    assert all(mock.settings[name] == value for name, value in mock.credentials.items())
    overlay = importlib.import_module(f"switchboard.{vendor}")
    inspect.signature(overlay.make_client).bind(mock.base_url, **mock.credentials)
    outside = httpx.get(f"{mock.base_url}/no/such/path")
    assert outside.status_code == 404
    assert [(e["path"], e["status"]) for e in mock.journal()] == [("/no/such/path", 404)]


def test_settings_choose_what_the_mock_accepts(switchboard_mock: Any) -> None:
    default = switchboard_mock("netsapiens")
    other = switchboard_mock("netsapiens", settings={"password": "another-password"})
    assert switchboard_mock("netsapiens", settings={"password": "another-password"}) is other
    assert other.base_url != default.base_url
    assert other.credentials["password"] == "another-password"
    assert other.make_client().subscriptions.list_subscriptions() == []
    with pytest.raises(SwitchboardError):
        other.make_client(password=default.credentials["password"]).subscriptions.list_subscriptions()
    with pytest.raises(ValueError, match="pasword"):
        switchboard_mock("netsapiens", settings={"pasword": "typo"})
    with pytest.raises(ValueError, match="no mock for 'nosuchvendor'"):
        switchboard_mock("nosuchvendor")


def test_an_advanced_clock_expires_the_token_and_the_client_renews_it(switchboard_mock: Any) -> None:
    mock = switchboard_mock("netsapiens")
    client = mock.make_client()
    client.messages.send_message_new_session("~", "~", body=SMS)
    mock.advance_clock(float(mock.settings["token_ttl"]) + 1)
    sessions = client.messages.list_user_message_sessions("~", "~")
    assert len(sessions) == 1
    calls = [(e["operation"], e["status"]) for e in mock.journal()]
    renewed = [("list_user_message_sessions", 401), ("create_token", 200), ("list_user_message_sessions", 200)]
    assert calls[-3:] == renewed


def test_faults_fail_the_calls_until_cleared(switchboard_mock: Any) -> None:
    mock = switchboard_mock("netsapiens")
    client = mock.make_client()
    mock.fault("list_subscriptions", status=503, retry_after=0, times=100)
    with pytest.raises(ServerError):
        client.subscriptions.list_subscriptions()
    mock.clear_faults()
    assert client.subscriptions.list_subscriptions() == []
    with pytest.raises(ValueError, match="operation"):
        mock.fault("list_subscription", status=503)  # misspelt: it would never fire


def test_reset_forgets_resources_journal_and_tokens(switchboard_mock: Any) -> None:
    mock = switchboard_mock("netsapiens")
    client = mock.make_client()
    client.messages.send_message_new_session("~", "~", body=SMS)
    mock.reset()
    assert mock.journal() == []
    assert client.messages.list_user_message_sessions("~", "~") == []
    # The token was forgotten, and its refresh token too: the client falls back to the password grant.
    assert [(e["operation"], e["status"]) for e in mock.journal()] == [
        ("list_user_message_sessions", 401),
        ("create_token", 401),
        ("create_token", 200),
        ("list_user_message_sessions", 200),
    ]
    assert mock.spec_violations == []


def test_threads_asking_for_one_vendor_at_once_get_one_mock(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import threading

        def test_eight_threads(switchboard_mock):
            start = threading.Barrier(8)
            got = []

            def ask():
                start.wait()
                got.append(switchboard_mock("gatum"))

            threads = [threading.Thread(target=ask) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert len(got) == 8
            assert len({id(mock) for mock in got}) == 1
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=1)
