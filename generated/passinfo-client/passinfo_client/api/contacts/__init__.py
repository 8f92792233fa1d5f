"""Contains endpoint functions for accessing the API

The ``contacts`` operations as methods: ``client.contacts.<operation>(...)`` and, awaited,
``client.aio.contacts.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.contacts.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.

``for item in client.contacts.iter_contacts_list(...)`` yields every item of ``get_contacts_list``, page after page,
and ``async for item in client.aio.contacts.iter_contacts_list(...)`` awaits them; switchboard walks the pages (a
client of ``switchboard.passinfo.make_client``).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client, Hooks
from ...models.add_users_to_contact_request import AddUsersToContactRequest
from ...models.contact_create import ContactCreate
from ...models.contact_page import ContactPage
from ...models.contact_read import ContactRead
from ...models.error_response import ErrorResponse
from ...models.success_result import SuccessResult
from ...types import UNSET, Response, Success, Unset
from . import add_users_to_contact, create_contact, get_contacts_list


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _pager(client: AuthenticatedClient | Client, method: str) -> Hooks:
    if client.hooks is None:
        raise RuntimeError(f"{method} needs a client of switchboard.passinfo.make_client: switchboard walks the pages")
    return client.hooks


class ContactsResource:
    """The ``contacts`` operations of a client (``client.contacts``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "ContactsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return ContactsResourceWithRawResponse(self._client)

    def create_contact(
        self,
        *,
        body: ContactCreate,
    ) -> SuccessResult:
        """Create a contact

        Returns the body of a success (``SuccessResult``); any other answer raises.
        """
        response = create_contact.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SuccessResult, _success(response))

    def get_contacts_list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 10,
    ) -> ContactPage:
        """List contacts, one page at a time

        Returns the body of a success (``ContactPage``); any other answer raises.
        """
        response = get_contacts_list.sync_detailed(
            page=page,
            limit=limit,
            client=self._client,
        )
        return cast(ContactPage, _success(response))

    def add_users_to_contact(
        self,
        *,
        body: AddUsersToContactRequest,
    ) -> SuccessResult:
        """Link users to a contact

        Returns the body of a success (``SuccessResult``); any other answer raises.
        """
        response = add_users_to_contact.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SuccessResult, _success(response))

    def iter_contacts_list(
        self,
        *,
        page_size: int = 10,
    ) -> Iterator[ContactRead]:
        """Every ``ContactRead`` of ``get_contacts_list``, page after page, each once.

        ``page_size`` items per request. A page is asked for when the one before is read; an error answer raises.
        switchboard walks the pages: without a client of ``switchboard.passinfo.make_client`` this raises
        ``RuntimeError``.
        """
        arguments: dict[str, Any] = {}
        return _pager(self._client, "iter_contacts_list").pages(
            get_contacts_list.OPERATION_ID, self._client, arguments, page_size
        )


class ContactsResourceWithRawResponse:
    """The ``contacts`` operations returning whole answers (``client.contacts.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def create_contact(
        self,
        *,
        body: ContactCreate,
    ) -> Success[SuccessResult]:
        """Create a contact

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SuccessResult``);
        any other answer raises.
        """
        response = create_contact.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SuccessResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_contacts_list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 10,
    ) -> Success[ContactPage]:
        """List contacts, one page at a time

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``ContactPage``);
        any other answer raises.
        """
        response = get_contacts_list.sync_detailed(
            page=page,
            limit=limit,
            client=self._client,
        )
        parsed = cast(ContactPage, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def add_users_to_contact(
        self,
        *,
        body: AddUsersToContactRequest,
    ) -> Success[SuccessResult]:
        """Link users to a contact

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SuccessResult``);
        any other answer raises.
        """
        response = add_users_to_contact.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SuccessResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncContactsResource:
    """The ``contacts`` operations of a client, awaited (``client.aio.contacts``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncContactsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncContactsResourceWithRawResponse(self._client)

    async def create_contact(
        self,
        *,
        body: ContactCreate,
    ) -> SuccessResult:
        """Create a contact

        Returns the body of a success (``SuccessResult``); any other answer raises.
        """
        response = await create_contact.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SuccessResult, _success(response))

    async def get_contacts_list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 10,
    ) -> ContactPage:
        """List contacts, one page at a time

        Returns the body of a success (``ContactPage``); any other answer raises.
        """
        response = await get_contacts_list.asyncio_detailed(
            page=page,
            limit=limit,
            client=self._client,
        )
        return cast(ContactPage, _success(response))

    async def add_users_to_contact(
        self,
        *,
        body: AddUsersToContactRequest,
    ) -> SuccessResult:
        """Link users to a contact

        Returns the body of a success (``SuccessResult``); any other answer raises.
        """
        response = await add_users_to_contact.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SuccessResult, _success(response))

    def iter_contacts_list(
        self,
        *,
        page_size: int = 10,
    ) -> AsyncIterator[ContactRead]:
        """Every ``ContactRead`` of ``get_contacts_list``, page after page, each once (``async for``).

        ``page_size`` items per request. A page is asked for when the one before is read; an error answer raises.
        switchboard walks the pages: without a client of ``switchboard.passinfo.make_client`` this raises
        ``RuntimeError``.
        """
        arguments: dict[str, Any] = {}
        return _pager(self._client, "iter_contacts_list").apages(
            get_contacts_list.OPERATION_ID, self._client, arguments, page_size
        )


class AsyncContactsResourceWithRawResponse:
    """The ``contacts`` operations returning whole answers, awaited (``client.aio.contacts.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def create_contact(
        self,
        *,
        body: ContactCreate,
    ) -> Success[SuccessResult]:
        """Create a contact

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SuccessResult``);
        any other answer raises.
        """
        response = await create_contact.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SuccessResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_contacts_list(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 10,
    ) -> Success[ContactPage]:
        """List contacts, one page at a time

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``ContactPage``);
        any other answer raises.
        """
        response = await get_contacts_list.asyncio_detailed(
            page=page,
            limit=limit,
            client=self._client,
        )
        parsed = cast(ContactPage, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def add_users_to_contact(
        self,
        *,
        body: AddUsersToContactRequest,
    ) -> Success[SuccessResult]:
        """Link users to a contact

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SuccessResult``);
        any other answer raises.
        """
        response = await add_users_to_contact.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SuccessResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
