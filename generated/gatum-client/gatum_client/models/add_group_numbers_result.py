from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_number_add_details import GroupNumberAddDetails


T = TypeVar("T", bound="AddGroupNumbersResult")


@_attrs_define
class AddGroupNumbersResult:
    """Third-party summary; unverified.

    Attributes:
        group_details (GroupNumberAddDetails | Unset):
    """

    group_details: GroupNumberAddDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_details, Unset):
            group_details = self.group_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_details is not UNSET:
            field_dict["groupDetails"] = group_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_number_add_details import GroupNumberAddDetails  # noqa: PLC0415

        d = dict(src_dict)
        _group_details = d.pop("groupDetails", UNSET)
        group_details: GroupNumberAddDetails | Unset
        if isinstance(_group_details, Unset):
            group_details = UNSET
        else:
            group_details = GroupNumberAddDetails.from_dict(_group_details)

        add_group_numbers_result = cls(
            group_details=group_details,
        )

        add_group_numbers_result.additional_properties = d
        return add_group_numbers_result

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
