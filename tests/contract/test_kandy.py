"""schemathesis against the Kandy mock in-process: every phase, positive and negative data, links, fixed seed.

Each operation gets the ``key`` its ``x-credential-level`` and ``x-key`` ask for: the account or domain API key on
the token endpoints, an access token of the right level elsewhere, and for ``delete_user`` the API key of a user made
for that one case (the seeded user must survive the run).
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from typing import Any

import hypothesis
import schemathesis
from starlette.testclient import TestClient

from switchboard_mocks import create_app
from switchboard_mocks.kandy import DEFAULT_SETTINGS

from ._support import mock_schema

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


#: Cases run per operation (single-operation phases) and steps run by the state machine.
CASES: Counter[str] = Counter()
#: Envelope successes (HTTP 2xx and status 0) per operation, from every phase.
SUCCESSES: Counter[str] = Counter()
STARTED = time.monotonic()


def _count_success(case: Any, response: Any) -> None:
    if 200 <= response.status_code < 300 and response.content and b'"status":0' in response.content:
        SUCCESSES[case.operation.label] += 1


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any) -> None:
    CASES[case.operation.label] += 1
    _count_success(case, case.call_and_validate())
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links followed from the token endpoints, create_domain, the create-user operations and create_device to the
    operations that read, use and delete what they made, from a clean mock each run (tokens kept)."""

    def setup(self) -> None:
        app.reset(keep_auth=True)

    def after_call(self, response: Any, case: Any) -> None:
        CASES["stateful steps"] += 1
        _count_success(case, response)


TestStateful = Workflow.TestCase
TestStateful.settings = hypothesis.settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)


def test_every_operation_was_fuzzed_hard_enough() -> None:
    """Runs after the tests above: a silent drop in generated cases fails here instead of passing quietly."""
    operations = [label for label in CASES if label != "stateful steps"]
    assert len(operations) == len(app.spec.operations) == 25
    assert min(CASES[label] for label in operations) >= 100
    assert CASES["stateful steps"] >= STATEFUL_EXAMPLES
    assert app.spec_violations == []
    # Reaching real state, not only refusals: most operations answered status 0 at least once (22 of 25 with this
    # seed; revoking the account token, user details and device chat need a token or recipient no run drew).
    assert len(SUCCESSES) >= 20, SUCCESSES
    print(f"\nsuccesses per operation: {dict(SUCCESSES)}")
    print(f"\nschemathesis cases: {sum(CASES.values())} in {time.monotonic() - STARTED:.0f} s ({dict(CASES)})")
