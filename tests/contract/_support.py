"""A schemathesis schema for a mock app, configured the same way for every contract test."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import GenerationMode
from starlette.testclient import TestClient

from switchboard_mocks import MockServer
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

SEED = 20261123
CREDENTIALS = ("client_id", "client_secret", "username", "password")


def mock_schema(app: MockServer, *, seed: int, max_examples: int) -> Any:
    """The schemathesis schema of ``app``'s spec, served in process: every phase, positive and negative data,
    ``max_examples`` per operation, deterministic from ``seed``, no example database."""
    schema = schemathesis.openapi.from_asgi("/__mock__/openapi.yaml", app)
    schema.config.seed = seed
    # A seed means one run: schemathesis (4.x) would also mix in the constants of the app's own Python modules (the
    # mock engine, the vendor module, switchboard.spec: any literal edited there changes every seeded run), and
    # values seen in earlier answers (which depend on which tests ran before, in this process or another worker).
    schema.config.analysis.constants.enabled = False
    for phase in (schema.config.phases.examples, schema.config.phases.fuzzing):
        phase.extra_data_sources.responses = False
    schema.config.phases.update(phases=["examples", "coverage", "fuzzing", "stateful"])
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=max_examples,
        deterministic=True,
        database="none",
    )
    return schema


def netsapiens_schema(app: MockServer, *, max_examples: int) -> Any:
    """All phases, positive and negative data, fixed seed, a real token from the mock's own token endpoint.

    The mock posts no webhooks: a fuzzed loopback ``post-url`` would otherwise fail in a background thread and move
    subscriptions to ``error`` at moments that differ between runs.
    """
    app.vendor.settings["webhook_hosts"] = ""
    schema = mock_schema(app, seed=SEED, max_examples=max_examples)

    @schema.auth()
    class NetsapiensToken:
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

    return schema
