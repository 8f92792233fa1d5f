from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """
    Attributes:
        authorization_code (str): The code from `POST /v1/authorize` (`data.authorization_code`).
    """

    authorization_code: str

    def to_dict(self) -> dict[str, Any]:
        authorization_code = self.authorization_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authorization_code": authorization_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorization_code = d.pop("authorization_code")

        access_token_request = cls(
            authorization_code=authorization_code,
        )

        return access_token_request
