from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupNumberDeleteDetails")


@_attrs_define
class GroupNumberDeleteDetails:
    """
    Attributes:
        deleted_phone (int | Unset):
        id_group (int | Unset):
        name_group (str | Unset):
    """

    deleted_phone: int | Unset = UNSET
    id_group: int | Unset = UNSET
    name_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_phone = self.deleted_phone

        id_group = self.id_group

        name_group = self.name_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted_phone is not UNSET:
            field_dict["deletedPhone"] = deleted_phone
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if name_group is not UNSET:
            field_dict["name_group"] = name_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_phone = d.pop("deletedPhone", UNSET)

        id_group = d.pop("id_group", UNSET)

        name_group = d.pop("name_group", UNSET)

        group_number_delete_details = cls(
            deleted_phone=deleted_phone,
            id_group=id_group,
            name_group=name_group,
        )

        group_number_delete_details.additional_properties = d
        return group_number_delete_details

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
