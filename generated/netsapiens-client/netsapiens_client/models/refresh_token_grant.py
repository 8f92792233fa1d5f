from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.refresh_token_grant_type import RefreshTokenGrantType, check_refresh_token_grant_type

T = TypeVar("T", bound="RefreshTokenGrant")


@_attrs_define
class RefreshTokenGrant:
    """Token request with the refresh token of an earlier token response.

    Attributes:
        grant_type (RefreshTokenGrantType):
        client_id (str):
        client_secret (str):
        refresh_token (str):
    """

    grant_type: RefreshTokenGrantType
    client_id: str
    client_secret: str
    refresh_token: str

    def to_dict(self) -> dict[str, Any]:
        grant_type: str = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "refresh_token": refresh_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = check_refresh_token_grant_type(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        refresh_token = d.pop("refresh_token")

        refresh_token_grant = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
        )

        return refresh_token_grant
