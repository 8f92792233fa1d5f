from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.created_group import CreatedGroup
    from ..models.group_create_details import GroupCreateDetails


T = TypeVar("T", bound="CreateGroupResult")


@_attrs_define
class CreateGroupResult:
    """Third-party summary; unverified.

    Attributes:
        group_details (GroupCreateDetails | Unset):
        list_ (CreatedGroup | Unset):
    """

    group_details: GroupCreateDetails | Unset = UNSET
    list_: CreatedGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_details, Unset):
            group_details = self.group_details.to_dict()

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

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
        from ..models.created_group import CreatedGroup  # noqa: PLC0415
        from ..models.group_create_details import GroupCreateDetails  # noqa: PLC0415

        d = dict(src_dict)
        _group_details = d.pop("groupDetails", UNSET)
        group_details: GroupCreateDetails | Unset
        if isinstance(_group_details, Unset):
            group_details = UNSET
        else:
            group_details = GroupCreateDetails.from_dict(_group_details)

        _list_ = d.pop("list", UNSET)
        list_: CreatedGroup | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = CreatedGroup.from_dict(_list_)

        create_group_result = cls(
            group_details=group_details,
            list_=list_,
        )

        create_group_result.additional_properties = d
        return create_group_result

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
