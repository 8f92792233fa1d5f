"""The contract tests can fail: bugs planted in the Netsapiens mock are caught by the same schemathesis setup."""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode

from switchboard_mocks import Call, MockServer, Reply
from switchboard_mocks.netsapiens import NetsapiensMock

from ._support import netsapiens_schema

SETTINGS = hypothesis.settings(
    max_examples=40,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)


class KeepsDeletedSubscriptions(NetsapiensMock):
    def delete_subscription(self, call: Call) -> Reply:
        return Reply(202, {"code": 202, "message": "Accepted"})  # planted: nothing is removed


class SkipsValidationOfSessionLists(MockServer):
    def _dispatch(
        self, operation: Any, path_params: Any, request: Any, body: bytes, forced: str | None = None
    ) -> Reply:
        if operation.operation_id == "list_domain_message_sessions":
            refused = self.vendor.authenticate(Call(operation, path_params, {}, request.headers, None))
            return refused if isinstance(refused, Reply) else Reply(200, [])  # planted: `limit` is never checked
        return super()._dispatch(operation, path_params, request, body, forced)


class AnswersOffTheSpec(NetsapiensMock):
    def list_subscriptions(self, call: Call) -> Reply:
        return Reply(200, {"subscriptions": []})  # planted: an object where the spec says array


class LeaksTheClientSecret(NetsapiensMock):
    def secrets(self) -> list[str]:
        return []  # planted: the engine's own leak guard is off, so only the contract check can see it

    def error(self, status: int, message: str) -> Reply:
        return super().error(status, f"{message} (expected client secret {self.settings['client_secret']})")


def fuzz(schema: Any, path: str, method: str) -> None:
    operation = schema[path][method]
    cases = st.one_of(*(operation.as_strategy(generation_mode=mode) for mode in GenerationMode))

    @given(case=cases)
    @SETTINGS
    def run(case: Any) -> None:
        case.call_and_validate()

    run()


def test_a_resource_kept_after_delete_is_caught_by_the_stateful_phase() -> None:
    app = MockServer(KeepsDeletedSubscriptions)

    class Workflow(netsapiens_schema(app, max_examples=40).as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # Each run starts from a clean mock, so that a replayed run meets the answers it met the first time
            # (otherwise a subscription left by an earlier run turns a 201 into a 409, and Hypothesis calls the
            # data generation flaky).
            app.reset(keep_auth=True)

    with pytest.raises(BaseExceptionGroup, match="Deleted resource still available"):
        Workflow.run(settings=SETTINGS)


def test_a_skipped_validation_is_caught_by_negative_data() -> None:
    schema = netsapiens_schema(SkipsValidationOfSessionLists(NetsapiensMock), max_examples=40)

    with pytest.raises(BaseExceptionGroup, match="Schema-violating request accepted"):
        fuzz(schema, "/domains/{domain}/messagesessions", "GET")


def test_a_response_off_the_spec_is_caught() -> None:
    app = MockServer(AnswersOffTheSpec)

    with pytest.raises(BaseExceptionGroup, match="Server error"):
        fuzz(netsapiens_schema(app, max_examples=40), "/subscriptions", "GET")
    assert app.spec_violations
    assert "list_subscriptions answered 200 against its spec" in app.spec_violations[0]


def test_a_leaked_secret_is_caught_by_the_custom_check() -> None:
    from . import test_netsapiens

    assert callable(test_netsapiens.no_secret_in_response)  # importing it registered the check
    schema = netsapiens_schema(MockServer(LeaksTheClientSecret), max_examples=40)

    with pytest.raises(BaseExceptionGroup, match="the response contains a credential"):
        fuzz(schema, "/tokens", "POST")
