from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        user_id (str):
        user_api_key (str | Unset):
        user_api_secret (str | Unset):
        domain_name (str | Unset):
        user_phone_number (str | Unset):
        user_country_code (str | Unset): Free form; the README list shows "1", create examples send "US", others "+1".
        user_first_name (str | Unset):
        user_last_name (str | Unset):
        user_email (str | Unset):
        user_password (str | Unset):
    """

    user_id: str
    user_api_key: str | Unset = UNSET
    user_api_secret: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    user_phone_number: str | Unset = UNSET
    user_country_code: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_api_key = self.user_api_key

        user_api_secret = self.user_api_secret

        domain_name = self.domain_name

        user_phone_number = self.user_phone_number

        user_country_code = self.user_country_code

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        user_email = self.user_email

        user_password = self.user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if user_api_key is not UNSET:
            field_dict["user_api_key"] = user_api_key
        if user_api_secret is not UNSET:
            field_dict["user_api_secret"] = user_api_secret
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if user_phone_number is not UNSET:
            field_dict["user_phone_number"] = user_phone_number
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

        user_api_key = d.pop("user_api_key", UNSET)

        user_api_secret = d.pop("user_api_secret", UNSET)

        domain_name = d.pop("domain_name", UNSET)

        user_phone_number = d.pop("user_phone_number", UNSET)

        user_country_code = d.pop("user_country_code", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_password = d.pop("user_password", UNSET)

        user = cls(
            user_id=user_id,
            user_api_key=user_api_key,
            user_api_secret=user_api_secret,
            domain_name=domain_name,
            user_phone_number=user_phone_number,
            user_country_code=user_country_code,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            user_email=user_email,
            user_password=user_password,
        )

        user.additional_properties = d
        return user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
