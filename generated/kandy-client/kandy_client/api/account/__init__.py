"""Contains endpoint functions for accessing the API

The ``account`` operations as methods: ``client.account.<operation>(...)`` and, awaited,
``client.aio.account.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.account.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_access_token_envelope import AccountAccessTokenEnvelope
from ...models.create_domain_envelope import CreateDomainEnvelope
from ...models.create_domain_request import CreateDomainRequest
from ...models.domain_list_envelope import DomainListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response, Success, Unset
from . import create_domain, delete_account_access_token, delete_domain, get_account_access_token, get_domains


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class AccountResource:
    """The ``account`` operations of a client (``client.account``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AccountResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AccountResourceWithRawResponse(self._client)

    def get_account_access_token(
        self,
        *,
        account_api_secret: str,
    ) -> AccountAccessTokenEnvelope:
        """Get an account access token

        Returns the body of a success (``AccountAccessTokenEnvelope``); any other answer raises.
        """
        response = get_account_access_token.sync_detailed(
            account_api_secret=account_api_secret,
            client=self._client,
        )
        return cast(AccountAccessTokenEnvelope, _success(response))

    def delete_account_access_token(
        self,
        *,
        account_api_secret: str,
        account_access_token: str,
    ) -> StatusEnvelope:
        """Revoke an account access token

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_account_access_token.sync_detailed(
            account_api_secret=account_api_secret,
            account_access_token=account_access_token,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    def get_domains(
        self,
    ) -> DomainListEnvelope:
        """List the account's domains

        Returns the body of a success (``DomainListEnvelope``); any other answer raises.
        """
        response = get_domains.sync_detailed(
            client=self._client,
        )
        return cast(DomainListEnvelope, _success(response))

    def create_domain(
        self,
        *,
        body: CreateDomainRequest,
    ) -> CreateDomainEnvelope:
        """Create a domain (project)

        Returns the body of a success (``CreateDomainEnvelope``); any other answer raises.
        """
        response = create_domain.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreateDomainEnvelope, _success(response))

    def delete_domain(
        self,
        *,
        domain_api_key: str,
    ) -> StatusEnvelope:
        """Delete a domain

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_domain.sync_detailed(
            domain_api_key=domain_api_key,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class AccountResourceWithRawResponse:
    """The ``account`` operations returning whole answers (``client.account.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_account_access_token(
        self,
        *,
        account_api_secret: str,
    ) -> Success[AccountAccessTokenEnvelope]:
        """Get an account access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccountAccessTokenEnvelope``);
        any other answer raises.
        """
        response = get_account_access_token.sync_detailed(
            account_api_secret=account_api_secret,
            client=self._client,
        )
        parsed = cast(AccountAccessTokenEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_account_access_token(
        self,
        *,
        account_api_secret: str,
        account_access_token: str,
    ) -> Success[StatusEnvelope]:
        """Revoke an account access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_account_access_token.sync_detailed(
            account_api_secret=account_api_secret,
            account_access_token=account_access_token,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_domains(
        self,
    ) -> Success[DomainListEnvelope]:
        """List the account's domains

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DomainListEnvelope``);
        any other answer raises.
        """
        response = get_domains.sync_detailed(
            client=self._client,
        )
        parsed = cast(DomainListEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_domain(
        self,
        *,
        body: CreateDomainRequest,
    ) -> Success[CreateDomainEnvelope]:
        """Create a domain (project)

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreateDomainEnvelope``);
        any other answer raises.
        """
        response = create_domain.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreateDomainEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_domain(
        self,
        *,
        domain_api_key: str,
    ) -> Success[StatusEnvelope]:
        """Delete a domain

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_domain.sync_detailed(
            domain_api_key=domain_api_key,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncAccountResource:
    """The ``account`` operations of a client, awaited (``client.aio.account``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncAccountResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncAccountResourceWithRawResponse(self._client)

    async def get_account_access_token(
        self,
        *,
        account_api_secret: str,
    ) -> AccountAccessTokenEnvelope:
        """Get an account access token

        Returns the body of a success (``AccountAccessTokenEnvelope``); any other answer raises.
        """
        response = await get_account_access_token.asyncio_detailed(
            account_api_secret=account_api_secret,
            client=self._client,
        )
        return cast(AccountAccessTokenEnvelope, _success(response))

    async def delete_account_access_token(
        self,
        *,
        account_api_secret: str,
        account_access_token: str,
    ) -> StatusEnvelope:
        """Revoke an account access token

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_account_access_token.asyncio_detailed(
            account_api_secret=account_api_secret,
            account_access_token=account_access_token,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    async def get_domains(
        self,
    ) -> DomainListEnvelope:
        """List the account's domains

        Returns the body of a success (``DomainListEnvelope``); any other answer raises.
        """
        response = await get_domains.asyncio_detailed(
            client=self._client,
        )
        return cast(DomainListEnvelope, _success(response))

    async def create_domain(
        self,
        *,
        body: CreateDomainRequest,
    ) -> CreateDomainEnvelope:
        """Create a domain (project)

        Returns the body of a success (``CreateDomainEnvelope``); any other answer raises.
        """
        response = await create_domain.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreateDomainEnvelope, _success(response))

    async def delete_domain(
        self,
        *,
        domain_api_key: str,
    ) -> StatusEnvelope:
        """Delete a domain

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_domain.asyncio_detailed(
            domain_api_key=domain_api_key,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))


class AsyncAccountResourceWithRawResponse:
    """The ``account`` operations returning whole answers, awaited (``client.aio.account.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_account_access_token(
        self,
        *,
        account_api_secret: str,
    ) -> Success[AccountAccessTokenEnvelope]:
        """Get an account access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccountAccessTokenEnvelope``);
        any other answer raises.
        """
        response = await get_account_access_token.asyncio_detailed(
            account_api_secret=account_api_secret,
            client=self._client,
        )
        parsed = cast(AccountAccessTokenEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_account_access_token(
        self,
        *,
        account_api_secret: str,
        account_access_token: str,
    ) -> Success[StatusEnvelope]:
        """Revoke an account access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_account_access_token.asyncio_detailed(
            account_api_secret=account_api_secret,
            account_access_token=account_access_token,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_domains(
        self,
    ) -> Success[DomainListEnvelope]:
        """List the account's domains

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DomainListEnvelope``);
        any other answer raises.
        """
        response = await get_domains.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(DomainListEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_domain(
        self,
        *,
        body: CreateDomainRequest,
    ) -> Success[CreateDomainEnvelope]:
        """Create a domain (project)

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreateDomainEnvelope``);
        any other answer raises.
        """
        response = await create_domain.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreateDomainEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_domain(
        self,
        *,
        domain_api_key: str,
    ) -> Success[StatusEnvelope]:
        """Delete a domain

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_domain.asyncio_detailed(
            domain_api_key=domain_api_key,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
