"""A sixth vendor is cheap: a made-up spec (tests/data/acme/) through the generator, switchboard's generic core and the
mock engine, with no Python written for it but its token grant (here, and in the mock).

Its error envelope and its paging are declared in the spec (``x-switchboard-errors``, ``x-switchboard-paging``);
``token_client`` wires the client, :class:`ErrorEnvelope` reads the errors, :func:`pages` walks the list, and the
engine answers every operation from the spec alone (``SpecMock``) but the token grant.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import switchboard.spec
from switchboard import NotFoundError, RequestValidationError, Spec, Token, token_auth_of
from switchboard._auth import TokenFlow
from switchboard._envelope import ErrorEnvelope
from switchboard._options import token_client
from switchboard._paging import apages, pages
from switchboard_mocks import RunningMock, serve
from switchboard_mocks._engine import Call, MockServer, Reply, SpecMock

DATA = Path(__file__).resolve().parents[1] / "data" / "acme"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from regeneration import _generate  # noqa: E402

pytestmark = pytest.mark.xdist_group("sixth_vendor")


@dataclass
class AcmeGrant:
    """The one piece of Python the vendor needs: its client-credentials grant."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        body = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}
        response = yield httpx.Request("POST", self.token_url, json=body)
        answer = response.json()
        return Token(access_token=answer["access_token"], expires_at=now + float(answer["expires_in"]))

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def secrets(self) -> list[str]:
        return [self.client_secret]


class AcmeMock(SpecMock):
    """The mock's one piece of Python: the grant, issuing tokens the other operations then require."""

    checks_tokens = True

    def create_token(self, call: Call) -> Reply:
        if call.body["client_secret"] != "acme-secret":
            return self.refusal(call.operation, 401, "bad client")
        return Reply(200, {"access_token": self.tokens.issue("acme", 3600), "expires_in": 3600})


@pytest.fixture(scope="module")
def acme_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("generated") / "acme-client"
    said = _generate(str(DATA / "acme.yaml"), str(DATA / "acme.codegen.yaml"), str(out))
    assert "no errors, no warnings" in said
    sys.path.insert(0, str(out))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(switchboard.spec, "SPEC_DIRS", (*switchboard.spec.SPEC_DIRS, DATA))  # where Spec.load looks
        yield importlib.import_module("acme_client")
    sys.path.remove(str(out))


@pytest.fixture
def mock() -> Iterator[RunningMock]:
    with serve(MockServer(AcmeMock, spec=Spec.from_path(DATA / "acme.yaml"))) as running:
        yield running
        # serve() hands the journal to the failure coverage, which knows only the five vendors' catalogues (the
        # engine's reset() skips a spec served alone; serve() does not yet).
        running.app.journal.clear()


def client_for(acme_client: ModuleType, mock: RunningMock) -> Any:
    grant = AcmeGrant(f"{mock.base_url}/oauth/token", "acme-id", "acme-secret")
    errors = ErrorEnvelope("acme")
    return token_client(acme_client.Client, mock.base_url, grant, {}, account="acme:test", margin=30.0, errors=errors)


def test_the_generated_client_works_through_the_generic_core(acme_client: ModuleType, mock: RunningMock) -> None:
    client = client_for(acme_client, mock)

    widget = client.widgets.get_widget(id="w-1")

    assert (widget.data.id, widget.data.name) == ("w-1", "Sprocket")
    assert token_auth_of(client).token_fetches == 1
    with pytest.raises(RequestValidationError) as refused:
        client.widgets.list_widgets(per_page=500)  # the spec's maximum: nothing sent
    assert refused.value.field == "per_page"


def test_the_declared_envelope_types_the_errors(acme_client: ModuleType, mock: RunningMock) -> None:
    client = client_for(acme_client, mock)
    httpx.post(f"{mock.url}/__mock__/faults", json={"operation": "get_widget", "status": 404})

    with pytest.raises(NotFoundError) as missing:
        client.widgets.get_widget(id="w-9")

    assert (missing.value.code, missing.value.status_code) == ("widget_missing", 404)


def test_the_declared_paging_walks_the_list_and_never_loops(acme_client: ModuleType, mock: RunningMock) -> None:
    # The engine answers every page with the spec's example (has_more: true): the second page brings nothing new.
    client = client_for(acme_client, mock)

    ids = [widget.id for widget in pages(client, "list_widgets")]

    async def collect() -> list[str]:
        return [widget.id async for widget in apages(client, "list_widgets", size=2)]

    assert ids == ["w-1", "w-2"] == asyncio.run(collect())
    listed = [e for e in httpx.get(f"{mock.url}/__mock__/journal").json() if e["path"] == "/widgets"]
    assert [e["query"] for e in listed[:2]] == ["page=1&per_page=2", "page=2&per_page=2"]


def test_the_declared_family_types_the_errors_with_no_python(acme_client: ModuleType, mock: RunningMock) -> None:
    # ``family: Acme`` in the spec: the core makes AcmeError and one member per common class.
    client = client_for(acme_client, mock)
    httpx.post(f"{mock.url}/__mock__/faults", json={"operation": "get_widget", "status": 404})

    with pytest.raises(NotFoundError) as missing:
        client.widgets.get_widget(id="w-9")

    cls = type(missing.value)
    assert cls.__name__ == "AcmeNotFoundError"
    assert [base.__name__ for base in cls.__bases__] == ["AcmeError", "NotFoundError"]
