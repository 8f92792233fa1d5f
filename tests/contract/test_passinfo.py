"""schemathesis against the PassInfo mock in-process: every phase, positive and negative data, fixed seed.

Renewals run among the cases (both methods), so the key changes all the time: the auth reads the account's current
key for every case instead of caching one. Sends may meet an empty balance: 402 is a state, not a data, refusal,
so positive data may get it (as a 404 for an id that does not exist).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import schemathesis

from switchboard_mocks import create_app
from switchboard_mocks.passinfo import DEFAULT_SETTINGS

from ._support import mock_schema

SEED = 20261201
#: Cases per operation; 100 is what issue 13 asks for, and the whole file stays under ~90 s at this count.
EXAMPLES_PER_OPERATION = 100
#: State-machine runs of up to 8 steps (~200 steps). A quarter of the runs of the single operations, to keep the file
#: near ~90 s on this busy 2-core machine: 100 runs gave 807 steps and took 34 s of 88.
STATEFUL_RUNS = 25
#: Positive data may be refused for what the state is, never for what the data is.
ACCEPTED_FOR_VALID_DATA = ["2xx", "401", "402", "404", "429"]

app = create_app("passinfo")
schema = mock_schema(app, seed=SEED, max_examples=EXAMPLES_PER_OPERATION)
schema.config.checks.positive_data_acceptance.expected_statuses = ACCEPTED_FOR_VALID_DATA


@schema.auth(refresh_interval=None)
class CurrentKey:
    """The key the mock's default account holds now (a renewal among the cases replaces it)."""

    def get(self, case: Any, ctx: Any) -> str:
        key: str = app.vendor.keys[DEFAULT_SETTINGS["client_id"]]  # type: ignore[attr-defined]
        return key

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Api-Key": data, "Client-Id": DEFAULT_SETTINGS["client_id"]}


@schemathesis.check
def no_dead_key_in_response(ctx: Any, response: Any, case: Any) -> bool | None:
    """No response carries a key that no longer works or the configured one; a renewal carries only its new key."""
    dead = {DEFAULT_SETTINGS["api_key"], *app.vendor.revoked}  # type: ignore[attr-defined]
    for key in dead:
        if key.encode() in response.content or any(key in v for vs in response.headers.values() for v in vs):
            raise AssertionError("the response contains an API key")
    return None


#: Cases run per operation (single-operation phases) and steps run by the state machine.
CASES: Counter[str] = Counter()


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any) -> None:
    CASES[case.operation.label] += 1
    case.call_and_validate()
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links followed from the sends to the statuses and from the group list to the group send, fresh mock each run."""

    def setup(self) -> None:
        app.reset(keep_auth=True)

    def after_call(self, response: Any, case: Any) -> None:
        CASES["stateful steps"] += 1
        CASES[f"stateful {case.operation.label} {response.status_code}"] += 1


TestStateful = Workflow.TestCase
TestStateful.settings = hypothesis.settings(
    max_examples=STATEFUL_RUNS,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)


def test_every_operation_was_fuzzed_hard_enough() -> None:
    """Runs after the tests above: a silent drop in generated cases fails here instead of passing quietly."""
    operations = [label for label in CASES if not label.startswith("stateful")]
    assert len(operations) == len(app.spec.operations) == 13
    assert min(CASES[label] for label in operations) >= EXAMPLES_PER_OPERATION
    assert CASES["stateful steps"] >= 4 * STATEFUL_RUNS
    # The links were followed to a real resource, not only to 404s.
    assert CASES["stateful GET /message/get_single_status/{message_id} 200"] > 0
    assert CASES["stateful GET /message/get_bulk_status/{batch_id} 200"] > 0
    assert CASES["stateful POST /message/send_message_to_group/{group_id} 200"] > 0
    single = sum(CASES[label] for label in operations)
    print(f"\nschemathesis: {single} single-operation cases, {CASES['stateful steps']} stateful steps")
    print(dict(CASES))
