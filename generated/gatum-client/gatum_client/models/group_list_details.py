from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupListDetails")


@_attrs_define
class GroupListDetails:
    """
    Attributes:
        count_all (int | Unset): Number of groups in total.
        count_result (int | Unset): Number of groups returned.
        limit (int | Unset):
        offset (int | Unset):
    """

    count_all: int | Unset = UNSET
    count_result: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_all = self.count_all

        count_result = self.count_result

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_all is not UNSET:
            field_dict["countAll"] = count_all
        if count_result is not UNSET:
            field_dict["countResult"] = count_result
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count_all = d.pop("countAll", UNSET)

        count_result = d.pop("countResult", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        group_list_details = cls(
            count_all=count_all,
            count_result=count_result,
            limit=limit,
            offset=offset,
        )

        group_list_details.additional_properties = d
        return group_list_details

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
