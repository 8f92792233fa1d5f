from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupSummary")


@_attrs_define
class GroupSummary:
    """
    Attributes:
        id_group (int | Unset):
        name_group (str | Unset):
        numbers_count (int | Unset):
        on_birth (bool | Unset):
    """

    id_group: int | Unset = UNSET
    name_group: str | Unset = UNSET
    numbers_count: int | Unset = UNSET
    on_birth: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        name_group = self.name_group

        numbers_count = self.numbers_count

        on_birth = self.on_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if name_group is not UNSET:
            field_dict["name_group"] = name_group
        if numbers_count is not UNSET:
            field_dict["numbers_count"] = numbers_count
        if on_birth is not UNSET:
            field_dict["on_birth"] = on_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_group = d.pop("id_group", UNSET)

        name_group = d.pop("name_group", UNSET)

        numbers_count = d.pop("numbers_count", UNSET)

        on_birth = d.pop("on_birth", UNSET)

        group_summary = cls(
            id_group=id_group,
            name_group=name_group,
            numbers_count=numbers_count,
            on_birth=on_birth,
        )

        group_summary.additional_properties = d
        return group_summary

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
