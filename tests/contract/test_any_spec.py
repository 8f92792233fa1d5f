"""schemathesis against a spec served with no vendor module: the synthetic spec of about 500 operations that
``scripts/bench_size.py`` builds (the Netsapiens paths under 45 prefixes), answered from the spec alone.

A sample of its operations (three prefixes: the first, one in the middle, the last) is fuzzed with positive and
negative data and every default check; every answer must be valid against the spec, and none may be a mock bug.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import hypothesis

from switchboard.spec import Spec
from switchboard_mocks import MockServer

from ._support import mock_schema
from .conftest import Cases

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import bench_size

EXAMPLES_PER_OPERATION = 15
SEED = 20261203
#: The prefixes whose operations are fuzzed: 3 of 45, 11 operations each.
SAMPLE = (0, bench_size.COPIES // 2, bench_size.COPIES - 1)

SPEC = Spec(bench_size.replicated(Spec.load("netsapiens").document, bench_size.COPIES), "netsapiens-x45")
#: The one bearer token the mock takes (any other is refused, as schemathesis checks).
TOKEN = "mock-token"
app = MockServer(spec=SPEC, settings={"bearer_tokens": TOKEN})
schema = mock_schema(app, seed=SEED, max_examples=EXAMPLES_PER_OPERATION).include(
    path_regex="^/p(" + "|".join(map(str, SAMPLE)) + ")/"
)


@schema.auth()
class AnyBearer:
    """The token the mock was told to take."""

    def get(self, case: Any, ctx: Any) -> str:
        return TOKEN

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def check_cases(label: str, cases: Cases) -> None:
    """At the ``cases`` fixture's teardown: positive data got the documented success at least once."""
    assert cases["successes"] > 0, f"{label}: no case was answered with a success"


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any, cases: Cases) -> None:
    cases[case.operation.label] += 1
    response = case.call_and_validate()
    if 200 <= response.status_code < 300:
        cases["successes"] += 1
    assert not app.spec_violations, app.spec_violations


def test_the_sample_is_what_is_fuzzed() -> None:
    labels = {result.ok().label for result in schema.get_all_operations()}
    assert len(SPEC.operations) == 11 * bench_size.COPIES == 495
    assert len(labels) == 11 * len(SAMPLE) == 33
    assert {label.split("/")[1] for label in labels} == {f"p{n}" for n in SAMPLE}
