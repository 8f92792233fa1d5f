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
from .conftest import Cases

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


#: Steps run by the state machine, counted by the test that runs it (per-operation cases: the ``cases`` fixture).
STATEFUL: Counter[str] = Counter()


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any, cases: Cases) -> None:
    cases[case.operation.label] += 1
    case.call_and_validate()
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links followed from the sends to the statuses and from the group list to the group send, fresh mock each run."""

    def setup(self) -> None:
        app.reset(keep_auth=True)

    def after_call(self, response: Any, case: Any) -> None:
        STATEFUL["steps"] += 1
        STATEFUL[f"{case.operation.label} {response.status_code}"] += 1


STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=STATEFUL_RUNS,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)


def test_stateful_links() -> None:
    STATEFUL.clear()
    Workflow.run(settings=STATEFUL_SETTINGS)
    print(f"\nstateful: {dict(STATEFUL)}")
    assert STATEFUL["steps"] >= 4 * STATEFUL_RUNS
    # The links were followed to a real resource, not only to 404s.
    assert STATEFUL["GET /message/get_single_status/{message_id} 200"] > 0
    assert STATEFUL["GET /message/get_bulk_status/{batch_id} 200"] > 0
    assert STATEFUL["POST /message/send_message_to_group/{group_id} 200"] > 0


def test_every_operation_is_fuzzed() -> None:
    """schemathesis makes one test per operation of the spec (the ``cases`` fixture counts each one's cases)."""
    labels = [result.ok().label for result in schema.get_all_operations()]
    assert len(set(labels)) == len(app.spec.operations) == 13
