"""The spec differ's rules, from the point of view of code written against the generated client."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from specdiff import Change, bump, diff

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1", "description": "d"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "parameters": [{"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingCreate"}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Colour": {"type": "string", "enum": ["red", "green"]},
            "ThingCreate": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 20},
                    "colour": {"$ref": "#/components/schemas/Colour"},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "state": {"type": "string", "enum": ["new", "done"]}},
            },
        }
    },
}


def changed(edit: Callable[[dict[str, Any]], None]) -> list[Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return diff(BASE, new)


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


@pytest.mark.parametrize(
    ("edit", "level", "text"),
    [
        (lambda s: s["paths"].pop("/things"), "breaking", "operation removed: POST /things"),
        (
            lambda s: s["paths"].update({"/other": {"get": {"operationId": "o", "responses": {}}}}),
            "addition",
            "operation added",
        ),
        (
            lambda s: s["paths"]["/things"]["post"]["parameters"].append(
                {"name": "x", "in": "query", "required": True}
            ),
            "breaking",
            "'x' added (required)",
        ),
        (
            lambda s: s["paths"]["/things"]["post"]["parameters"].append({"name": "x", "in": "query"}),
            "addition",
            "'x' added",
        ),
        (lambda s: s["paths"]["/things"]["post"]["parameters"].clear(), "breaking", "'dry_run' removed"),
        (lambda s: schemas(s)["Colour"]["enum"].remove("green"), "breaking", "enum narrowed: green removed"),
        (lambda s: schemas(s)["Colour"]["enum"].append("blue"), "addition", "enum widened: blue added"),
        (
            lambda s: schemas(s)["Thing"]["properties"]["state"]["enum"].append("lost"),
            "breaking",
            "enum widened: lost added",
        ),
        (lambda s: schemas(s)["Thing"]["properties"]["state"]["enum"].remove("done"), "patch", "enum narrowed"),
        (lambda s: schemas(s)["Thing"]["properties"].pop("state"), "breaking", "response field 'state' removed"),
        (
            lambda s: schemas(s)["Thing"]["properties"].update(size={"type": "integer"}),
            "addition",
            "response field 'size' added",
        ),
        (lambda s: schemas(s)["Thing"]["required"].clear(), "breaking", "response field 'id' is now optional"),
        (
            lambda s: schemas(s)["ThingCreate"]["required"].append("colour"),
            "breaking",
            "request field 'colour' is now required",
        ),
        (
            lambda s: schemas(s)["ThingCreate"]["properties"]["name"].update(maxLength=10),
            "breaking",
            "maxLength 20 -> 10",
        ),
        (lambda s: schemas(s)["ThingCreate"]["properties"]["name"].update(maxLength=30), "patch", "maxLength 20 -> 30"),
        (
            lambda s: schemas(s)["Thing"]["properties"]["id"].update(type="integer"),
            "breaking",
            "type changed from string to integer",
        ),
        (lambda s: s["info"].update(description="new words"), "patch", "no API change"),
    ],
)
def test_changes_are_classified(edit: Callable[[dict[str, Any]], None], level: str, text: str) -> None:
    changes = changed(edit)

    assert any(c.level == level and text in c.what for c in changes), changes


def test_an_identical_spec_has_no_changes() -> None:
    assert diff(BASE, copy.deepcopy(BASE)) == []


@pytest.mark.parametrize(
    ("levels", "version"),
    [(["breaking", "addition"], "2.0.0"), (["addition", "patch"], "1.5.0"), (["patch"], "1.4.3"), ([], "1.4.2")],
)
def test_bump_follows_semver(levels: list[str], version: str) -> None:
    assert bump("1.4.2", [Change(level, "w", "x") for level in levels]) == version  # type: ignore[arg-type]


WEBHOOK = {
    "post": {
        "operationId": "receive_things",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}
            },
        },
        "responses": {"200": {"description": "ok"}},
    }
}


@pytest.mark.parametrize(
    ("edit", "level", "text"),
    [
        (lambda s: s["webhooks"].pop("thing"), "breaking", "webhook removed"),
        (lambda s: s["webhooks"].update(other=copy.deepcopy(WEBHOOK)), "addition", "webhook added"),
        # The receiver reads the payload: the response rules apply (a new enum value breaks the generated models).
        (lambda s: schemas(s)["Thing"]["properties"].pop("state"), "breaking", "response field 'state' removed"),
        (lambda s: schemas(s)["Thing"]["required"].clear(), "breaking", "is now optional"),
    ],
)
def test_webhook_payload_changes_are_classified(edit: Callable[[dict[str, Any]], None], level: str, text: str) -> None:
    old = copy.deepcopy(BASE)
    old["webhooks"] = {"thing": copy.deepcopy(WEBHOOK)}
    new = copy.deepcopy(old)
    edit(new)

    changes = diff(old, new)

    assert any(c.level == level and text in c.what and c.where.startswith("webhook") for c in changes), changes
