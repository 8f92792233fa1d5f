from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_delete_details import GroupDeleteDetails


T = TypeVar("T", bound="DeleteGroupsResult")


@_attrs_define
class DeleteGroupsResult:
    """Third-party summary; unverified.

    Attributes:
        group_details (GroupDeleteDetails | Unset):
        list_ (list[int] | Unset): IDs of the deleted groups.
    """

    group_details: GroupDeleteDetails | Unset = UNSET
    list_: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_details, Unset):
            group_details = self.group_details.to_dict()

        list_: list[int] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_details is not UNSET:
            field_dict["groupDetails"] = group_details
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_delete_details import GroupDeleteDetails  # noqa: PLC0415

        d = dict(src_dict)
        _group_details = d.pop("groupDetails", UNSET)
        group_details: GroupDeleteDetails | Unset
        if isinstance(_group_details, Unset):
            group_details = UNSET
        else:
            group_details = GroupDeleteDetails.from_dict(_group_details)

        list_ = cast(list[int], d.pop("list", UNSET))

        delete_groups_result = cls(
            group_details=group_details,
            list_=list_,
        )

        delete_groups_result.additional_properties = d
        return delete_groups_result

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
