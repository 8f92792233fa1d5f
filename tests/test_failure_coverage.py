"""Failure coverage of a user's test session: the plugin's table, its JSON report and its threshold, run as a user
runs them (pytester, the plugin from the installed entry point)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from switchboard_mocks import catalogue

pytest_plugins = ["pytester"]

#: How the user's session is run: its own process, without the plugins it does not use (schemathesis and hypothesis
#: alone take about 2 s of start-up in each).
ISOLATED = ("-p", "no:cacheprovider", "-p", "no:randomly", "-p", "no:schemathesis", "-p", "no:hypothesispytest")

#: A user's suite: two outcomes of send_sms, one by trigger and one by a magic sender ID, both handled.
USER_HELPERS = """
import pytest
from gatum_client.api.sms import send_sms
from gatum_client.models import SmsMessage

import switchboard
from switchboard.gatum import GatumBadRequestError


def send(client, sender="Verify"):
    job = SmsMessage.from_dict({"number": ["380957225759"], "senderID": sender, "text": "hi"})
    return send_sms.sync_detailed(client=client, body=[job])
"""
BY_TRIGGER = """

def test_a_bad_request_is_reported(switchboard_mock):
    mock = switchboard_mock("gatum")
    mock.trigger("send_sms", "http_400")
    with pytest.raises(GatumBadRequestError):
        send(mock.make_client())
"""
BY_MAGIC_VALUE = """

def test_an_unregistered_sender_is_reported(switchboard_mock):
    mock = switchboard_mock("gatum")
    with pytest.raises(GatumBadRequestError):
        send(mock.make_client(), sender="SBUNREG")
"""
USER_SUITE = USER_HELPERS + BY_TRIGGER + BY_MAGIC_VALUE
SEND_SMS = [o.outcome for o in catalogue("gatum") if o.operation == "send_sms"]


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    pytester.makepyfile(test_user=USER_SUITE)
    return pytester.runpytest_subprocess(*ISOLATED, *args)


def test_the_table_and_the_json_say_which_outcomes_were_met(pytester: pytest.Pytester) -> None:
    result = _run(pytester, "--switchboard-failure-coverage", "--switchboard-failure-coverage-json=coverage.json")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*switchboard failure coverage*",
            "switchboard failure coverage: * outcomes met *",
            f"*gatum send_sms*2/{len(SEND_SMS)}  never met: *",
        ]
    )
    report = json.loads((pytester.path / "coverage.json").read_text())
    (send_sms,) = [op for op in report["operations"] if op["operation"] == "send_sms"]
    assert send_sms["documented"] == len(SEND_SMS)
    assert sorted(send_sms["met"]) == ["http_400", "not_registr_originator"]
    assert sorted(send_sms["never_met"]) == sorted(set(SEND_SMS) - {"http_400", "not_registr_originator"})
    # The token operations were called too: listed, with nothing met.
    assert {op["operation"] for op in report["operations"]} >= {"authorize", "create_access_token", "send_sms"}
    assert report["met"] == 2


def test_under_xdist_the_table_covers_every_worker(pytester: pytest.Pytester) -> None:
    # One outcome per file, one file per worker (--dist loadfile): no worker met both, the controller met neither.
    pytester.makepyfile(test_user_a=USER_HELPERS + BY_TRIGGER, test_user_b=USER_HELPERS + BY_MAGIC_VALUE)
    result = pytester.runpytest_subprocess(
        *ISOLATED,
        *("-n", "2", "--dist", "loadfile", "-v"),
        *("--switchboard-failure-coverage", "--switchboard-failure-coverage-json=coverage.json"),
    )
    result.assert_outcomes(passed=2)
    workers = {line.split("]")[0] for line in result.stdout.lines if " PASSED test_user_" in line}
    assert workers == {"[gw0", "[gw1"}, result.stdout.lines
    report = json.loads((pytester.path / "coverage.json").read_text())
    (send_sms,) = [op for op in report["operations"] if op["operation"] == "send_sms"]
    assert sorted(send_sms["met"]) == ["http_400", "not_registr_originator"]
    assert report["met"] == 2
    result.stdout.fnmatch_lines([f"*gatum send_sms*2/{len(SEND_SMS)}  never met: *"])


def test_a_threshold_above_the_figure_fails_the_session(pytester: pytest.Pytester) -> None:
    result = _run(pytester, "--switchboard-failure-coverage=90")
    result.assert_outcomes(passed=2)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["FAIL: failure coverage *% is under the threshold of 90%"])


def test_a_threshold_under_the_figure_passes(pytester: pytest.Pytester) -> None:
    result = _run(pytester, "--switchboard-failure-coverage=1")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*gatum send_sms*2/*"])


def test_the_ini_option_turns_it_on_and_it_is_off_by_default(pytester: pytest.Pytester) -> None:
    off = _run(pytester)
    assert off.ret == pytest.ExitCode.OK
    assert "switchboard failure coverage" not in off.stdout.str()
    pytester.makeini("[pytest]\nswitchboard_failure_coverage = true\n")
    on = pytester.runpytest_subprocess(*ISOLATED)
    on.stdout.fnmatch_lines(["*gatum send_sms*2/*"])


def test_a_bad_threshold_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = _run(pytester, "--switchboard-failure-coverage=lots")
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_the_readme_example_passes_as_a_users_test(pytester: pytest.Pytester) -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "testing" / "failure-paths.md").read_text()
    section = text[text.index("# Testing your failure paths") :].split("\n## ", 1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    pytester.makepyfile(test_readme=block)
    result = pytester.runpytest_subprocess(*ISOLATED)
    result.assert_outcomes(passed=1)
