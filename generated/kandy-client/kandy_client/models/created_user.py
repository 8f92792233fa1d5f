from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedUser")


@_attrs_define
class CreatedUser:
    """The created user (fields observed by a third-party client).

    Attributes:
        user_id (str | Unset):
        user_password (str | Unset):
        full_user_id (str | Unset): `user_id@domain_name`.
        domain_name (str | Unset):
        user_api_key (str | Unset):
        user_api_secret (str | Unset):
    """

    user_id: str | Unset = UNSET
    user_password: str | Unset = UNSET
    full_user_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    user_api_key: str | Unset = UNSET
    user_api_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_password = self.user_password

        full_user_id = self.full_user_id

        domain_name = self.domain_name

        user_api_key = self.user_api_key

        user_api_secret = self.user_api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_password is not UNSET:
            field_dict["user_password"] = user_password
        if full_user_id is not UNSET:
            field_dict["full_user_id"] = full_user_id
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if user_api_key is not UNSET:
            field_dict["user_api_key"] = user_api_key
        if user_api_secret is not UNSET:
            field_dict["user_api_secret"] = user_api_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        user_password = d.pop("user_password", UNSET)

        full_user_id = d.pop("full_user_id", UNSET)

        domain_name = d.pop("domain_name", UNSET)

        user_api_key = d.pop("user_api_key", UNSET)

        user_api_secret = d.pop("user_api_secret", UNSET)

        created_user = cls(
            user_id=user_id,
            user_password=user_password,
            full_user_id=full_user_id,
            domain_name=domain_name,
            user_api_key=user_api_key,
            user_api_secret=user_api_secret,
        )

        created_user.additional_properties = d
        return created_user

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
