from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserByUserIdRequest")


@_attrs_define
class CreateUserByUserIdRequest:
    """
    Attributes:
        user_id (str): User ID (without `@domain`).
        user_country_code (str | Unset): Country of the user; examples send ISO 3166 alpha-2 ("US").
        user_first_name (str | Unset):
        user_last_name (str | Unset):
        user_email (str | Unset):
        user_password (str | Unset):
    """

    user_id: str
    user_country_code: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_country_code = self.user_country_code

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        user_email = self.user_email

        user_password = self.user_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if user_country_code is not UNSET:
            field_dict["user_country_code"] = user_country_code
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_password is not UNSET:
            field_dict["user_password"] = user_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        user_country_code = d.pop("user_country_code", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_password = d.pop("user_password", UNSET)

        create_user_by_user_id_request = cls(
            user_id=user_id,
            user_country_code=user_country_code,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            user_email=user_email,
            user_password=user_password,
        )

        return create_user_by_user_id_request
