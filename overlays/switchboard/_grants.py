"""The OAuth2 grants (RFC 6749) a vendor need not write again, as :class:`~switchboard._auth.TokenGrant`\\ s."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from ._auth import Token, TokenFlow, raise_if_temporary
from ._errors import AuthenticationError


@dataclass
class PasswordGrant:
    """The password grant on ``token_url``, renewed with the refresh_token grant; a refused refresh token (expired,
    revoked, rotated) falls back to the password grant. Every grant carries the client's id and secret in its JSON
    body; the token goes in ``Authorization: Bearer``. Secrets stay out of ``repr``."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    username: str
    password: str = field(repr=False)

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        if current is not None and current.refresh_token:
            response = yield self._request(grant_type="refresh_token", refresh_token=current.refresh_token)
            if response.is_success:
                return self._parse(response, now)
            raise_if_temporary(response, "the token endpoint")
        response = yield self._request(grant_type="password", username=self.username, password=self.password)
        if response.is_success:
            return self._parse(response, now)
        raise_if_temporary(response, "the token endpoint")
        raise AuthenticationError(
            f"the token endpoint refused the password grant with HTTP {response.status_code}",
            request=response.request,
            response=response,
        )

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def secrets(self) -> list[str]:
        return [self.client_secret, self.password]

    def _request(self, **grant: str) -> httpx.Request:
        body = {"grant_type": grant.pop("grant_type"), "client_id": self.client_id, "client_secret": self.client_secret}
        return httpx.Request("POST", self.token_url, json={**body, **grant})

    @staticmethod
    def _parse(response: httpx.Response, now: float) -> Token:
        try:
            body = response.json()
            access_token, expires_in = body["access_token"], float(body["expires_in"])
            refresh_token = body.get("refresh_token")
            if not isinstance(access_token, str) or not 0 < expires_in < float("inf"):
                raise TypeError("unusable token answer")
        except (ValueError, RecursionError, OverflowError, KeyError, TypeError, AttributeError):
            raise AuthenticationError(
                "the token endpoint answered without a usable access_token and expires_in",
                request=response.request,
                response=response,
            ) from None
        # An answer without a refresh token keeps the previous one (RefreshingTokenAuth does that).
        kept = refresh_token if isinstance(refresh_token, str) and refresh_token else None
        return Token(access_token=access_token, expires_at=now + expires_in, refresh_token=kept, issued_at=now)
