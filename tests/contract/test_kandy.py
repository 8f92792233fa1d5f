"""schemathesis against the Kandy mock in-process: every phase, positive and negative data, links, fixed seed.

Each operation gets the ``key`` its ``x-credential-level`` and ``x-key`` ask for: the account or domain API key on
the token endpoints, an access token of the right level elsewhere, and for ``delete_user`` the API key of a user made
for that one case (the seeded user must survive the run).
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import hypothesis
import schemathesis
from starlette.testclient import TestClient

from switchboard_mocks import create_app
from switchboard_mocks.kandy import DEFAULT_SETTINGS

from ._support import mock_schema
from .conftest import Cases

#: The issue asks for at least 100 cases per operation: the fuzzing phase draws this many per operation and mode, the
#: examples and coverage phases add theirs on top (an operation without parameters gets 102). The state machine runs
#: fewer examples than the netsapiens test (40, not 100) to keep this file near 60 s of CPU.
EXAMPLES_PER_OPERATION = 100
STATEFUL_EXAMPLES = 40
SEED = 20261201
S = DEFAULT_SETTINGS
#: Parameters holding a credential that positive cases get right (a drawn secret is never the real one, so without
#: this every positive token call would stop at 401).
DOMAIN_KEY = {"key": S["domain_api_key"], "domain_api_secret": S["domain_api_secret"]}
SECRETS = {"account_api_secret": S["account_api_secret"], "domain_api_secret": S["domain_api_secret"]}

app = create_app("kandy")
schema = mock_schema(app, seed=SEED, max_examples=EXAMPLES_PER_OPERATION)
_throwaway = itertools.count()


def _result(response: Any, name: str) -> str:
    response.raise_for_status()
    value: str = response.json()["result"][name]
    return value


def _throwaway_user_key() -> str:
    """The API key of a new user of the seeded domain: what ``delete_user`` may delete."""
    with TestClient(app) as client:
        token = _result(client.get(f"{app.base_path}/domains/accesstokens", params=DOMAIN_KEY), "domain_access_token")
        created = client.post(
            f"{app.base_path}/domains/users/user_id", params={"key": token}, json={"user_id": f"gone{next(_throwaway)}"}
        )
    return _result(created, "user_api_key")


@schema.auth()
class KandyKeys:
    """Tokens of the three levels from the mock's own token endpoints."""

    def get(self, case: Any, ctx: Any) -> dict[str, str]:
        with TestClient(app) as client:
            base = app.base_path
            account = client.get(
                f"{base}/accounts/accesstokens",
                params={"key": S["account_api_key"], "account_api_secret": S["account_api_secret"]},
            )
            domain = client.get(f"{base}/domains/accesstokens", params=DOMAIN_KEY)
            user = client.get(
                f"{base}/domains/users/accesstokens",
                params={**DOMAIN_KEY, "user_id": S["user_id"]},
            )
        return {
            "account": _result(account, "account_access_token"),
            "domain": _result(domain, "domain_access_token"),
            "user": _result(user, "user_access_token"),
        }

    def set(self, case: Any, data: dict[str, str], ctx: Any) -> None:
        definition = case.operation.definition.raw
        level, kind = definition["x-credential-level"], definition["x-key"]
        if kind == "access-token":
            key = data[level]
        elif level == "user":
            key = _throwaway_user_key()
        else:
            key = S[f"{level}_api_key"]
        query = dict(case.query or {})
        if case.meta is not None and case.meta.generation.mode.is_positive:
            query.update({name: value for name, value in SECRETS.items() if name in query})
        case.query = {**query, "key": key}


@schemathesis.check
def no_kandy_secret_in_response(ctx: Any, response: Any, case: Any) -> bool | None:
    """No response, error or not, carries the account secret or the seeded user's password."""
    for secret in (S["account_api_secret"], S["user_password"]):
        if secret.encode() in response.content:
            raise AssertionError("the response contains a credential")
    return None


#: Steps and envelope successes of the state machine, counted by the test that runs it.
STATEFUL: Counter[str] = Counter()
#: Operations whose single-operation cases reach no success from a fresh mock: they need a token, a domain or a
#: user that an earlier call makes, and the state machine's links reach them instead (asserted there), all but the
#: device chat, which needs a recipient no run draws. Every other operation reaches real state on its own.
NEED_LINKS = {
    "DELETE /accounts/accesstokens",
    "DELETE /accounts/domains",
    "DELETE /domains/accesstokens",
    "GET /accounts/domains/details",
    "GET /domains/users/accesstokens",
    "GET /domains/users/details",
    "POST /devices/messages",
}
# GET /accounts/domains/details: the 40 runs of this seed never follow its link with a real domain token (the mock
# answers one with success: tests/unit/test_kandy_mock.py). Which link targets a seed reaches is fixed now that the runs
# no longer mix in the mocks' own constants (see tests/contract/_support.py), but 40 runs do not reach them all.
NO_SUCCESS_ANYWHERE = {"POST /devices/messages", "GET /accounts/domains/details"}


def _succeeded(response: Any) -> bool:
    """An envelope success: HTTP 2xx and status 0."""
    return 200 <= response.status_code < 300 and bool(response.content) and b'"status":0' in response.content


def check_cases(label: str, cases: Cases) -> None:
    """At the ``cases`` fixture's teardown: the operation answered status 0 at least once (unless excused)."""
    if label not in NEED_LINKS:
        assert cases["successes"] > 0, f"{label}: no case reached a success"


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any, cases: Cases) -> None:
    cases[case.operation.label] += 1
    if _succeeded(case.call_and_validate()):
        cases["successes"] += 1
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links followed from the token endpoints, create_domain, the create-user operations and create_device to the
    operations that read, use and delete what they made, from a clean mock each run (tokens kept)."""

    def setup(self) -> None:
        app.reset(keep_auth=True)

    def after_call(self, response: Any, case: Any) -> None:
        STATEFUL["steps"] += 1
        if _succeeded(response):
            STATEFUL[f"success {case.operation.label}"] += 1


STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)


def test_stateful_links() -> None:
    STATEFUL.clear()
    Workflow.run(settings=STATEFUL_SETTINGS)
    print(f"\nstateful: {dict(STATEFUL)}")
    assert STATEFUL["steps"] >= STATEFUL_EXAMPLES
    reached = {label.removeprefix("success ") for label in STATEFUL if label.startswith("success ")}
    assert len(reached) >= 20, reached
    assert NEED_LINKS - reached <= NO_SUCCESS_ANYWHERE, NEED_LINKS - reached
    assert app.spec_violations == []


def test_every_operation_is_fuzzed() -> None:
    """schemathesis makes one test per operation of the spec (the ``cases`` fixture counts each one's cases)."""
    labels = [result.ok().label for result in schema.get_all_operations()]
    assert len(set(labels)) == len(app.spec.operations) == 25
