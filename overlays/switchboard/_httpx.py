"""The httpx clients behind a switchboard client: httpx's own, without the cookie work that changes nothing.

httpx hands every response to its cookie jar. Before the jar looks for a ``Set-Cookie`` header it builds a
``urllib.request.Request`` from the request (parsing the URL once more) and stamps the jar with the time: about 10 us a
call, more than all of switchboard's checks of a request. A response without a cookie header leaves the jar as it
was, so switchboard's clients hand only responses that set a cookie to it. What the jar holds, and which cookies go
out, is exactly what httpx would have.

Around every call they apply the client's :class:`CallRules`: the call's deadline starts, the request is checked
against the spec before the auth runs (a refused request costs no token fetch and sends nothing), and the final
answer is read by the vendor's error mapper, which raises its typed error. This holds for the generated functions and
for requests made with the httpx client directly (``client.get_httpx_client().get(...)``).

The generated ``Client`` builds its httpx clients itself (``get_httpx_client``); :func:`client_class` makes a subclass
of it that builds these instead, with the same settings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import httpx

from ._deadline import call_deadline
from ._errors import RedirectError
from ._redact import redact_url

C = TypeVar("C")
#: Reads a final answer: the vendor's typed error for it, or None when it is a success.
ErrorMapper = Callable[[httpx.Response], Exception | None]

# Headers that may carry a cookie for the jar (http.cookiejar reads both).
_COOKIE_HEADERS = ("set-cookie", "set-cookie2")
# The generated Client's field aliases that are not httpx.Client argument names.
_RENAMED = {"verify_ssl": "verify"}
# Its fields that are not httpx settings.
_NOT_HTTPX = frozenset({"raise_on_unexpected_status", "hooks", "httpx_args"})


class SetCookieCookies(httpx.Cookies):
    """``httpx.Cookies`` that reads a response only when it has a ``Set-Cookie`` (or ``Set-Cookie2``) header."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if _COOKIE_HEADERS[0] in headers or _COOKIE_HEADERS[1] in headers:
            super().extract_cookies(response)


@attrs.frozen
class CallRules:
    """What a switchboard httpx client does around every call (see the module's docstring)."""

    #: Raises :class:`~switchboard.RequestValidationError` for a request the spec refuses.
    check: Callable[[httpx.Request], None] | None = None
    #: The vendor's reading of a final answer (error envelopes come under any status, 2xx included).
    errors: ErrorMapper | None = None
    #: Seconds a whole call may take, retries and token waits included (see ``switchboard._deadline``).
    deadline: float | None = None

    def before(self, request: httpx.Request) -> None:
        """Start the call's deadline (token waits count) and check the request, before its auth runs."""
        call_deadline(request, self.deadline)
        if self.check is not None:
            request.read()  # a streamed body (multipart) is checked too
            self.check(request)

    def after(self, response: httpx.Response) -> None:
        """Raise the vendor's error for a final answer that is one."""
        if self.errors is not None:
            response.read()  # the mapper reads the body
            error = self.errors(response)
            if error is not None:
                raise error

    async def aafter(self, response: httpx.Response) -> None:
        """:meth:`after`, reading the body without blocking."""
        if self.errors is not None:
            await response.aread()
            error = self.errors(response)
            if error is not None:
                raise error


class HttpxClient(httpx.Client):
    """``httpx.Client`` whose cookie store is a :class:`SetCookieCookies`, that applies its :class:`CallRules` to
    every call and raises a too long redirect chain as :class:`~switchboard.RedirectError`."""

    def __init__(self, *, cookies: Any = None, rules: CallRules | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = cookies  # anything httpx.Cookies takes
        self.rules = rules or CallRules()

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self.rules.before(request)
        try:
            response = super().send(request, **kwargs)
        except httpx.TooManyRedirects as exc:
            raise _redirect_error(request, exc) from None
        self.rules.after(response)
        return response

    @property
    def cookies(self) -> httpx.Cookies:
        return self._switchboard_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._switchboard_cookies = SetCookieCookies(cookies)


class AsyncHttpxClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` as :class:`HttpxClient` is ``httpx.Client``."""

    def __init__(self, *, cookies: Any = None, rules: CallRules | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = cookies
        self.rules = rules or CallRules()

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self.rules.before(request)
        try:
            response = await super().send(request, **kwargs)
        except httpx.TooManyRedirects as exc:
            raise _redirect_error(request, exc) from None
        await self.rules.aafter(response)
        return response

    @property
    def cookies(self) -> httpx.Cookies:
        return self._switchboard_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._switchboard_cookies = SetCookieCookies(cookies)


def _redirect_error(request: httpx.Request, exc: httpx.TooManyRedirects) -> RedirectError:
    return RedirectError(
        f"{request.method} {redact_url(request.url)} was redirected too many times (a loop?)", request=request
    )


def httpx_settings(client: Any) -> dict[str, Any]:
    """The keyword arguments the generated ``client`` passes to ``httpx.Client`` (its fields and ``httpx_args``)."""
    settings: dict[str, Any] = {}
    for field in attrs.fields(type(client)):
        if not field.init or field.alias in _NOT_HTTPX:
            continue
        settings[_RENAMED.get(field.alias, field.alias)] = getattr(client, field.name)
    settings.update(client._httpx_args)  # the generated Client keeps its httpx_args here
    return settings


_classes: dict[type, type] = {}
_classes_lock = threading.Lock()


def client_class(generated: type[C]) -> type[C]:
    """A subclass of a generated ``Client`` whose httpx clients are :class:`HttpxClient`/:class:`AsyncHttpxClient`.

    Everything else is the generated class's: its fields, ``with_headers``/``with_timeout`` (they keep the subclass),
    ``set_httpx_client``. Made once per generated class.
    """
    with _classes_lock:
        made = _classes.get(generated)
        if made is None:
            made = _classes[generated] = _subclass(generated)
        return made


def _subclass(generated: type[C]) -> type[C]:
    base: Any = generated

    class Client(base):  # type: ignore[misc]
        __slots__ = ()
        __doc__ = generated.__doc__

        def get_httpx_client(self) -> httpx.Client:
            if self._client is None:
                self.set_httpx_client(HttpxClient(**httpx_settings(self)))
            return super().get_httpx_client()  # type: ignore[no-any-return]

        def get_async_httpx_client(self) -> httpx.AsyncClient:
            if self._async_client is None:
                self.set_async_httpx_client(AsyncHttpxClient(**httpx_settings(self)))
            return super().get_async_httpx_client()  # type: ignore[no-any-return]

    Client.__qualname__ = generated.__qualname__
    return Client
