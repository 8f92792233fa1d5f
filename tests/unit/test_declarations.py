"""The specs' ``x-switchboard-*`` declarations: checked for typos, and read by the generic core as declared."""

from __future__ import annotations

import ast
import copy
import importlib
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.testclient import TestClient

import switchboard
from switchboard import BadRequestError, NotFoundError, ServerError, Spec, spec_names
from switchboard._envelope import ErrorEnvelope
from switchboard._errors import FAMILY
from switchboard.kandy import KandyError, kandy_error
from switchboard_mocks import create_app
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from check_extensions import problems

SPECS = Path(__file__).resolve().parents[2] / "specs"


def _document(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text())
    return loaded


@pytest.mark.parametrize("vendor", spec_names())
def test_every_shipped_declaration_is_well_formed(vendor: str) -> None:
    assert problems(_document(vendor)) == []


def test_a_misspelt_key_stop_rule_or_class_fails_the_check() -> None:
    document = _document("gatum")
    errors = document["x-switchboard-errors"]
    errors["failure-in-2xxx"] = errors.pop("failure-in-2xx")
    errors["statuses"] = {"402": "not_found"}
    paging = document["paths"]["/group"]["post"]["x-switchboard-paging"]
    paging["stop"] = ["short-page", "total-item"]
    document["paths"]["/group"]["post"]["x-switchboard-pagin"] = copy.deepcopy(paging)

    found = problems(document)

    assert len(found) == 4
    assert any("'failure-in-2xxx' was unexpected" in p for p in found)
    assert any("statuses/402" in p for p in found)
    assert any("'total-item' is not one of" in p for p in found)
    assert any("unknown key 'x-switchboard-pagin'" in p for p in found)


def test_a_stop_rule_without_its_signal_fails_the_check() -> None:
    document = _document("passinfo")
    del document["paths"]["/contact/all_my_contacts"]["get"]["x-switchboard-paging"]["total-pages"]

    assert problems(document) == [
        "/paths//contact/all_my_contacts/get/x-switchboard-paging: stop rule 'total-pages' needs 'total-pages'"
    ]


def _answer(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("POST", "https://kandy.example/v1.2/x"))


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (200, {"status": 3, "message": "missing"}, BadRequestError),  # codes: 3 -> bad-request, inside a 2xx
        (200, {"status": 1}, ServerError),
        (404, {"status": 999}, NotFoundError),  # a code of no declared meaning: the HTTP status decides
        (200, {"status": 0, "result": {}}, None),
        (200, {"success": True}, None),
    ],
)
def test_the_envelope_reader_follows_the_declaration(status: int, body: Any, expected: type[Exception] | None) -> None:
    error = ErrorEnvelope("kandy")(_answer(status, body))
    family = kandy_error(_answer(status, body))

    assert (type(error) if error is not None else None) is expected  # without a family: the common classes
    assert family is None if expected is None else isinstance(family, KandyError) and isinstance(family, expected)
    assert Spec.load("kandy").document["x-switchboard-errors"]["codes"]["3"] == "bad-request"


def test_the_official_mfa_example_with_username_and_password_is_accepted() -> None:
    # The official Netsapiens description's MFA request repeats the user's login next to the passcode.
    example = Spec.load("netsapiens").document["paths"]["/tokens"]["post"]["requestBody"]["content"]
    example = example["application/json"]["examples"]["mfa"]["value"]
    assert {"username", "password", "passcode", "access_token"} <= set(example)
    app = create_app("netsapiens", settings={"mfa": "required", "mfa_passcode": "424242"})
    login = {k: DEFAULT_SETTINGS[k] for k in ("client_id", "client_secret", "username", "password")}
    with TestClient(app) as client:
        pending = client.post("/ns-api/v2/tokens", json={"grant_type": "password", **login}).json()
        mfa = {**example, **login, "passcode": "424242", "access_token": pending["access_token"]}
        granted = client.post("/ns-api/v2/tokens", json=mfa)

    assert granted.status_code == 200, granted.text
    assert granted.json()["scope"] == "Basic User"
    assert app.spec_violations == []


@pytest.mark.parametrize("vendor", ["gatum", "kandy", "tingting"])
def test_the_family_the_type_checker_reads_is_the_one_made_at_run_time(vendor: str) -> None:
    # The vendor module spells its family out under TYPE_CHECKING (mypy cannot see error_family's classes); what it
    # spells out must be what error_family makes: the same names, each a subclass of the root and its common class.
    module = importlib.import_module(f"switchboard.{vendor}")
    tree = ast.parse(Path(module.__file__ or "").read_text())
    guarded = next(
        n
        for n in tree.body
        if isinstance(n, ast.If)
        and ast.unparse(n.test) == "TYPE_CHECKING"
        and any(isinstance(c, ast.ClassDef) for c in n.body)
    )
    spelt = {c.name: [ast.unparse(b) for b in c.bases] for c in guarded.body if isinstance(c, ast.ClassDef)}
    root = next(iter(spelt.values()))[0]

    made = {name: getattr(module, name) for name in spelt}
    assert set(spelt) == {f"{root.removesuffix('Error')}{common.__name__}" for common in FAMILY}
    for name, bases in spelt.items():
        common = getattr(switchboard, bases[1].removeprefix("common."))
        assert made[name].__bases__ == (getattr(module, root), common), name
        assert made[name].__module__ == module.__name__
        assert name in module.__all__


def test_a_refused_credential_inside_a_2xx_is_read_from_the_declaration() -> None:
    # Kandy's ``codes: {"401": unauthorized}``: HTTP 200 with status 401 refuses the key, as HTTP 401 does.
    assert kandy_error.refuses(_answer(200, {"status": 401, "message": "expired"}))
    assert kandy_error.refuses(_answer(401, {"status": 401}))
    assert not kandy_error.refuses(_answer(200, {"status": 3, "message": "missing"}))
    assert not kandy_error.refuses(_answer(200, {"status": 0, "result": {}}))
    assert not kandy_error.refuses(_answer(403, {"status": 401}))  # a refusal of another kind: no new token
