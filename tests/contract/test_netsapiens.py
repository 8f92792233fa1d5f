"""schemathesis against the Netsapiens mock in-process: every phase, every default check, fixed seed."""

from __future__ import annotations

from typing import Any

import hypothesis
import schemathesis
from schemathesis import GenerationMode
from starlette.testclient import TestClient

from mocks import create_app
from mocks.netsapiens import DEFAULT_SETTINGS

SEED = 20261123
CREDENTIALS = ("client_id", "client_secret", "username", "password")
EXAMPLES_PER_OPERATION = 100

app = create_app("netsapiens")
schema = schemathesis.openapi.from_asgi("/__mock__/openapi.yaml", app)
schema.config.seed = SEED
schema.config.phases.update(phases=["examples", "coverage", "fuzzing", "stateful"])
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=EXAMPLES_PER_OPERATION,
    deterministic=True,
)


@schema.auth()
class NetsapiensToken:
    """A real token from the mock's own token endpoint, fetched again when the mock says it expired."""

    def get(self, case: Any, ctx: Any) -> str:
        with TestClient(app) as client:
            response = client.post(
                f"{app.base_path}/tokens",
                json={"grant_type": "password", **{k: DEFAULT_SETTINGS[k] for k in CREDENTIALS}},
            )
        response.raise_for_status()
        token: str = response.json()["access_token"]
        return token

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@schemathesis.check
def no_secret_in_response(ctx: Any, response: Any, case: Any) -> bool | None:
    """No response, error or not, ever carries the client secret or the password."""
    for secret in (DEFAULT_SETTINGS["client_secret"], DEFAULT_SETTINGS["password"]):
        if secret.encode() in response.content or any(secret in v for vs in response.headers.values() for v in vs):
            raise AssertionError("the response contains a credential")
    return None


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any) -> None:
    case.call_and_validate()
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links followed from create_subscription to read, update and delete, from a clean mock each run."""

    def setup(self) -> None:
        app.reset(keep_auth=True)


TestStateful = Workflow.TestCase
TestStateful.settings = hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION,
    stateful_step_count=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)
