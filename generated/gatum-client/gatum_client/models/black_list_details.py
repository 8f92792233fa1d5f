from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlackListDetails")


@_attrs_define
class BlackListDetails:
    """
    Attributes:
        count_before (int | Unset): Black-list size before the change.
        count_after (int | Unset): Black-list size after the change.
    """

    count_before: int | Unset = UNSET
    count_after: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_before = self.count_before

        count_after = self.count_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_before is not UNSET:
            field_dict["countBefore"] = count_before
        if count_after is not UNSET:
            field_dict["countAfter"] = count_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count_before = d.pop("countBefore", UNSET)

        count_after = d.pop("countAfter", UNSET)

        black_list_details = cls(
            count_before=count_before,
            count_after=count_after,
        )

        black_list_details.additional_properties = d
        return black_list_details

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
