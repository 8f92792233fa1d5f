from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_image import GroupImage
    from ..models.group_member import GroupMember


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        group_id (str):
        group_name (str | Unset):
        group_image (GroupImage | Unset): Group image descriptor (fields undocumented; `{}` in the example).
        max_members (str | Unset): Count as a digit string, e.g. "50".
        owners (list[GroupMember] | Unset):
        members (list[GroupMember] | Unset):
        creation_time (int | Unset): Creation time, epoch milliseconds.
        muted (bool | Unset):
    """

    group_id: str
    group_name: str | Unset = UNSET
    group_image: GroupImage | Unset = UNSET
    max_members: str | Unset = UNSET
    owners: list[GroupMember] | Unset = UNSET
    members: list[GroupMember] | Unset = UNSET
    creation_time: int | Unset = UNSET
    muted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name

        group_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_image, Unset):
            group_image = self.group_image.to_dict()

        max_members = self.max_members

        owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = owners_item_data.to_dict()
                owners.append(owners_item)

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        creation_time = self.creation_time

        muted = self.muted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
            }
        )
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if group_image is not UNSET:
            field_dict["group_image"] = group_image
        if max_members is not UNSET:
            field_dict["max_members"] = max_members
        if owners is not UNSET:
            field_dict["owners"] = owners
        if members is not UNSET:
            field_dict["members"] = members
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if muted is not UNSET:
            field_dict["muted"] = muted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_image import GroupImage  # noqa: PLC0415
        from ..models.group_member import GroupMember  # noqa: PLC0415

        d = dict(src_dict)
        group_id = d.pop("group_id")

        group_name = d.pop("group_name", UNSET)

        _group_image = d.pop("group_image", UNSET)
        group_image: GroupImage | Unset
        if isinstance(_group_image, Unset):
            group_image = UNSET
        else:
            group_image = GroupImage.from_dict(_group_image)

        max_members = d.pop("max_members", UNSET)

        _owners = d.pop("owners", UNSET)
        owners: list[GroupMember] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                owners_item = GroupMember.from_dict(owners_item_data)

                owners.append(owners_item)

        _members = d.pop("members", UNSET)
        members: list[GroupMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = GroupMember.from_dict(members_item_data)

                members.append(members_item)

        creation_time = d.pop("creation_time", UNSET)

        muted = d.pop("muted", UNSET)

        group = cls(
            group_id=group_id,
            group_name=group_name,
            group_image=group_image,
            max_members=max_members,
            owners=owners,
            members=members,
            creation_time=creation_time,
            muted=muted,
        )

        group.additional_properties = d
        return group

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
