"""schemathesis against the Netsapiens mock in-process: every phase, every default check, fixed seed."""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import schemathesis

from switchboard_mocks import create_app
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

from ._support import netsapiens_schema
from .conftest import Cases

EXAMPLES_PER_OPERATION = 100

app = create_app("netsapiens")
schema = netsapiens_schema(app, max_examples=EXAMPLES_PER_OPERATION)


@schemathesis.check
def no_secret_in_response(ctx: Any, response: Any, case: Any) -> bool | None:
    """No response, error or not, ever carries the client secret or the password."""
    for secret in (DEFAULT_SETTINGS["client_secret"], DEFAULT_SETTINGS["password"]):
        if secret.encode() in response.content or any(secret in v for vs in response.headers.values() for v in vs):
            raise AssertionError("the response contains a credential")
    return None


#: Steps run by the state machine, counted by the test that runs it.
STATEFUL: Counter[str] = Counter()


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any, cases: Cases) -> None:
    cases[case.operation.label] += 1
    case.call_and_validate()
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links followed from create_subscription to read, update and delete, from a clean mock each run."""

    def setup(self) -> None:
        app.reset(keep_auth=True)

    def after_call(self, response: Any, case: Any) -> None:
        STATEFUL["steps"] += 1


STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)


def test_stateful_links() -> None:
    STATEFUL.clear()
    Workflow.run(settings=STATEFUL_SETTINGS)
    assert STATEFUL["steps"] >= EXAMPLES_PER_OPERATION
    print(f"\nstateful steps: {STATEFUL['steps']}")


def test_every_operation_is_fuzzed() -> None:
    """schemathesis makes one test per operation of the spec (the ``cases`` fixture counts each one's cases)."""
    labels = [result.ok().label for result in schema.get_all_operations()]
    assert len(set(labels)) == len(app.spec.operations)
