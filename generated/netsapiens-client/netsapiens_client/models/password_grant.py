from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.password_grant_type import PasswordGrantType, check_password_grant_type

T = TypeVar("T", bound="PasswordGrant")


@_attrs_define
class PasswordGrant:
    """Token request with the user's credentials (`get_token`).

    Attributes:
        grant_type (PasswordGrantType):
        client_id (str):
        client_secret (str):
        username (str): A uid (`user@domain`) or an e-mail address, depending on the system's setup.
        password (str):
    """

    grant_type: PasswordGrantType
    client_id: str
    client_secret: str
    username: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        grant_type: str = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = check_password_grant_type(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        username = d.pop("username")

        password = d.pop("password")

        password_grant = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            username=username,
            password=password,
        )

        return password_grant
