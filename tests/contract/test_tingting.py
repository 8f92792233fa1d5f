"""schemathesis against the TingTing mock in-process: every phase, positive and negative data (multipart bodies
included), stateful links, fixed seed, every default check plus the ones below.

File parts are real files: the spec's ``encoding`` gives ``send_to_number_file`` the .xlsx content type and
``aud_file``/``audio`` audio/mpeg, and the strategies registered here make valid workbooks and non-empty audio for
them, so that positive data stays valid past the schema (the mock reads the workbook).

Two exclusions. Multipart cases of the examples and coverage phases skip ``positive_data_acceptance`` (every other
check runs). The spec's examples stand for files by a path string ("numbers.xlsx"), which is no workbook, and
schemathesis 4.32's coverage phase blanks the text fields (``name: ""``) of a multipart body whose file part has an
encoding strategy. The fuzzing and stateful phases send real workbooks and keep the check. And a missing body
of the two operations whose spec says ``required: false`` only to dodge a generator bug (``x-body-required``) is
answered 400 without that check.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from typing import Any

import hypothesis
import schemathesis
from hypothesis import strategies as st
from openpyxl import Workbook
from schemathesis.core import NOT_SET
from schemathesis.specs.openapi.checks import ensure_resource_availability, positive_data_acceptance
from starlette.testclient import TestClient

from switchboard_mocks import create_app
from switchboard_mocks.tingting import DEFAULT_SETTINGS, TingTingMock

from ._support import mock_schema
from .conftest import Cases

SEED = 20261202
#: Cases per operation: the issue's 100.
EXAMPLES_PER_OPERATION = 100
#: State-machine runs (up to 8 steps each): lowered from 100 to keep this module under ~90 s on a 2-core machine.
STATEFUL_RUNS = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook(numbers: list[int], header: bool) -> bytes:
    """An .xlsx whose first column holds ``numbers`` (with a ``Number, Name`` header row if asked)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if header:
        sheet.append(["Number", "Name"])
    for position, number in enumerate(numbers):
        sheet.append([number, f"name {position}"] if header else [number])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


schemathesis.openapi.media_type(
    XLSX,
    st.builds(workbook, st.lists(st.integers(9_700_000_000, 9_899_999_999), min_size=1, max_size=4), st.booleans()),
)
schemathesis.openapi.media_type("audio/mpeg", st.binary(min_size=1, max_size=64).map(lambda tail: b"ID3" + tail))

app = create_app("tingting")


def _vendor() -> TingTingMock:
    assert isinstance(app.vendor, TingTingMock)
    return app.vendor


schema = mock_schema(app, seed=SEED, max_examples=EXAMPLES_PER_OPERATION)


@schema.auth()
class TingTingAccessToken:
    """A real access JWT from the mock's own login."""

    def get(self, case: Any, ctx: Any) -> str:
        with TestClient(app) as client:
            response = client.post(
                f"{app.base_path}/accounts/login/",
                json={"email": DEFAULT_SETTINGS["email"], "password": DEFAULT_SETTINGS["password"]},
            )
        response.raise_for_status()
        token: str = response.json()["data"]["token"]["access"]
        return token

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def no_secret_in_response(ctx: Any, response: Any, case: Any) -> bool | None:
    """No response carries the password or the key that signs the tokens."""
    for secret in (DEFAULT_SETTINGS["password"], DEFAULT_SETTINGS["jwt_secret"]):
        if secret.encode() in response.content or any(secret in v for vs in response.headers.values() for v in vs):
            raise AssertionError("the response contains a credential")
    return None


def failures_are_typed(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every 4xx/5xx is the envelope with ``success: false`` and the HTTP status, or DRF/simplejwt's ``detail``."""
    if response.status_code < 400:
        return None
    body = json.loads(response.content)
    if "detail" in body:
        assert isinstance(body["detail"], str), body
        assert response.status_code in (401, 404), body
        return None
    assert body["success"] is False, body
    assert body["status"] == response.status_code, body
    assert all(isinstance(e, dict) and all(isinstance(m, list) for m in e.values()) for e in body["errors"]), body
    return None


CHECKS = [no_secret_in_response, failures_are_typed]


def _excluded(case: Any) -> list[Any]:
    phase = case.meta.phase.name if case.meta is not None else None
    stand_ins = case.media_type == "multipart/form-data" and phase in ("examples", "coverage")
    # create_campaign and begin_campaign declare `required: false` only to dodge a generator bug; their real rule
    # is x-body-required, which the mock enforces with a 400.
    bodiless = case.body is NOT_SET and case.operation.definition.raw.get("requestBody", {}).get("x-body-required")
    return [positive_data_acceptance] if stand_ins or bodiless else []


#: Steps run by the state machine, counted by the test that runs it (per-operation cases: the ``cases`` fixture).
STATEFUL: Counter[str] = Counter()


#: The operations that take a file (and a JSON alternative).
MULTIPART = {"create_campaign", "begin_campaign"}


def check_cases(label: str, cases: Cases) -> None:
    """At the ``cases`` fixture's teardown: a multipart operation was fuzzed with multipart bodies, not only JSON."""
    if cases["multipart operation"]:
        assert cases["multipart body"] >= 20, f"{label}: {cases['multipart body']} multipart bodies"


def _operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId"))


def _addressed(case: Any) -> dict[str, int]:
    """The ids in the case's path; negative cases put other values there (``false``, text), which address nothing."""
    found = {}
    for name, value in (case.path_parameters or {}).items():
        try:
            found[name] = int(value)
        except (TypeError, ValueError):
            continue
    return found


@schema.parametrize()
@hypothesis.settings(suppress_health_check=list(hypothesis.HealthCheck), deadline=None)
def test_operation_conforms(case: Any, cases: Cases) -> None:
    cases[case.operation.label] += 1
    if _operation_id(case) in MULTIPART:
        cases["multipart operation"] += 1
    if case.media_type == "multipart/form-data":
        cases["multipart body"] += 1
    case.call_and_validate(additional_checks=CHECKS, excluded_checks=_excluded(case))
    assert not app.spec_violations, app.spec_violations


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Links from create_campaign to every campaign operation, from add_campaign_number to the number's read, edit
    and delete, from buy to release; a clean mock each run."""

    def setup(self) -> None:
        app.reset(keep_auth=True)
        self.deleted: set[tuple[str, int]] = set()
        self.cascade: list[int] = []

    def before_call(self, case: Any) -> None:
        if _operation_id(case) == "delete_campaign":
            campaign_id = _addressed(case).get("campaign_id")
            campaign = _vendor().campaigns.get(campaign_id) if campaign_id is not None else None
            self.cascade = list(campaign.numbers) if campaign is not None else []

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        STATEFUL["steps"] += 1
        operation = _operation_id(case)
        if operation == "delete_campaign" and response.status_code == 200:
            self.deleted.add(("campaign_id", _addressed(case)["campaign_id"]))
            self.deleted.update(("number_id", number) for number in self.cascade)
        if operation == "delete_campaign_number" and response.status_code == 200:
            self.deleted.add(("number_id", _addressed(case)["number_id"]))
        if operation in ("begin_campaign", "add_campaign_number", "get_campaign_number", "release_phone_number"):
            STATEFUL[f"{operation} {response.status_code}"] += 1

    def validate_response(
        self, response: Any, case: Any, additional_checks: list[Any] | None = None, **kwargs: Any
    ) -> None:
        excluded = _excluded(case)
        addressed = set(_addressed(case).items())
        if response.status_code == 404 and addressed & self.deleted:
            # schemathesis sees a deletion only on a prefix of the resource's path; Django's `.../delete` routes and
            # the numbers deleted with their campaign are not, so its check would call the expected 404 a bug.
            excluded.append(ensure_resource_availability)
        case.validate_response(
            response,
            additional_checks=[*(additional_checks or []), *CHECKS],
            excluded_checks=excluded,
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
    assert STATEFUL["steps"] >= EXAMPLES_PER_OPERATION
    # Links were followed with real ids: numbers added to created campaigns, created campaigns begun (200, or 409
    # for a campaign with nothing to say or no number left: both reached the campaign the link named).
    assert STATEFUL["add_campaign_number 201"] > 0
    assert STATEFUL["begin_campaign 200"] + STATEFUL["begin_campaign 409"] > 0


def test_every_operation_is_fuzzed() -> None:
    """schemathesis makes one test per operation of the spec (the ``cases`` fixture counts each one's cases)."""
    labels = [result.ok().label for result in schema.get_all_operations()]
    assert len(set(labels)) == len(app.spec.operations) == 20
