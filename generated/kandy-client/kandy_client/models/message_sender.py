from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageSender")


@_attrs_define
class MessageSender:
    """
    Attributes:
        user_id (str | Unset):
        domain_name (str | Unset):
        full_user_id (str | Unset): `user_id@domain_name`.
    """

    user_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    full_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        domain_name = self.domain_name

        full_user_id = self.full_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if full_user_id is not UNSET:
            field_dict["full_user_id"] = full_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        domain_name = d.pop("domain_name", UNSET)

        full_user_id = d.pop("full_user_id", UNSET)

        message_sender = cls(
            user_id=user_id,
            domain_name=domain_name,
            full_user_id=full_user_id,
        )

        message_sender.additional_properties = d
        return message_sender

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
