"""schemathesis against the Gatum mock in-process: every phase, positive and negative data, stateful links, fixed seed.

The login operations (``authorize``, ``create_access_token``) and ``register_customer`` answer valid-looking data with
400 when the credentials, the code or the login are wrong or taken, as Gatum does: for them the default
``positive_data_acceptance`` check is replaced by :func:`refusals_name_their_field`. Every other check runs
everywhere.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import hypothesis
from schemathesis.specs.openapi.checks import positive_data_acceptance
from starlette.testclient import TestClient

from switchboard_mocks import create_app

from ._support import mock_schema
from .conftest import Cases

SEED = 20261201
#: Cases per operation (at least; the examples and coverage phases add their own). About 50 s of CPU in all.
EXAMPLES_PER_OPERATION = 100
#: State-machine runs of up to 8 steps each; lower than the per-operation count to keep the module's time down.
STATEFUL_RUNS = 40
#: The README's example credentials, so that the ``authorize`` example logs in and its link to
#: ``create_access_token`` is followed with a real authorization code.
SETTINGS = {"username": "your_login", "password": "your_password"}
CREDENTIAL_REFUSING = {"authorize", "create_access_token", "register_customer"}

app = create_app("gatum", settings=SETTINGS)
# No DLR posts: a fuzzed loopback callback_url would make a background thread's timing part of the run.
app.vendor.settings["webhook_hosts"] = ""
schema = mock_schema(app, seed=SEED, max_examples=EXAMPLES_PER_OPERATION)


@schema.auth()
class GatumAccessToken:
    """A real token from the mock's own two-step login."""

    def get(self, case: Any, ctx: Any) -> str:
        with TestClient(app) as client:
            code = client.post(f"{app.base_path}/authorize", json=SETTINGS).json()["data"]["authorization_code"]
            token: str = client.post(f"{app.base_path}/accesstoken", json={"authorization_code": code}).json()["data"][
                "access_token"
            ]
        return token

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "X-Access-Token": data}


def no_secret_in_response(ctx: Any, response: Any, case: Any) -> bool | None:
    """No response, error or not, carries the account password."""
    secret = SETTINGS["password"]
    if secret.encode() in response.content or any(secret in v for vs in response.headers.values() for v in vs):
        raise AssertionError("the response contains the password")
    return None


def failures_use_the_envelope(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every 4xx/5xx is ``{status: false, error_code: <the HTTP status>, errors: {field: [message, ...]}}``."""
    if response.status_code < 400:
        return None
    body = json.loads(response.content)
    assert body["status"] is False, body
    assert body["error_code"] == response.status_code, body
    assert body["errors"], body
    assert all(isinstance(m, list) and m for m in body["errors"].values()), body
    return None


def refusals_name_their_field(ctx: Any, response: Any, case: Any) -> bool | None:
    """For the login and registration operations: a 400 names the field it refuses."""
    if case.operation.definition.raw.get("operationId") in CREDENTIAL_REFUSING and response.status_code == 400:
        errors = json.loads(response.content)["errors"]
        assert set(errors) <= {"request", "password", "authorization_code", "login"}, errors
    return None


CHECKS = [no_secret_in_response, failures_use_the_envelope, refusals_name_their_field]


def _excluded(case: Any) -> list[Any]:
    return [positive_data_acceptance] if case.operation.definition.raw.get("operationId") in CREDENTIAL_REFUSING else []


#: Steps run by the state machine, counted by the test that runs it (per-operation cases: the ``cases`` fixture).
STATEFUL: Counter[str] = Counter()


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any, cases: Cases) -> None:
    cases[case.operation.label] += 1
    case.call_and_validate(additional_checks=CHECKS, excluded_checks=_excluded(case))
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links from authorize to create_access_token, from send to sms-full-data, from create_group to every group
    operation and bulk send, from black-list-add to its search and delete; a clean mock each run."""

    def setup(self) -> None:
        app.reset(keep_auth=True)

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        STATEFUL["steps"] += 1
        operation_id = case.operation.definition.raw.get("operationId", "")
        if "group" in operation_id:
            STATEFUL[f"{operation_id} {response.status_code}"] += 1

    def validate_response(
        self, response: Any, case: Any, additional_checks: list[Any] | None = None, **kwargs: Any
    ) -> None:
        case.validate_response(
            response,
            additional_checks=[*(additional_checks or []), *CHECKS],
            excluded_checks=_excluded(case),
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )
        assert not app.spec_violations, app.spec_violations


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
    assert STATEFUL["steps"] >= 2 * STATEFUL_RUNS
    # The links from a created group were followed with the group's real id. Which linked operation gets there
    # moves with Hypothesis' generation, so any of them counts.
    assert STATEFUL["create_group 200"] > 0
    linked = ("add_group_numbers", "search_group_numbers", "delete_group_numbers", "delete_groups")
    assert sum(STATEFUL[f"{operation_id} 200"] for operation_id in linked) > 0


def test_every_operation_is_fuzzed() -> None:
    """schemathesis makes one test per operation of the spec (the ``cases`` fixture counts each one's cases)."""
    labels = [result.ok().label for result in schema.get_all_operations()]
    assert len(set(labels)) == len(app.spec.operations) == 17
