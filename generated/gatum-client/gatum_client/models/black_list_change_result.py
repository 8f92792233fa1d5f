from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.black_list_details import BlackListDetails


T = TypeVar("T", bound="BlackListChangeResult")


@_attrs_define
class BlackListChangeResult:
    """Third-party summary; unverified.

    Attributes:
        blacklist_details (BlackListDetails | Unset):
    """

    blacklist_details: BlackListDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blacklist_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blacklist_details, Unset):
            blacklist_details = self.blacklist_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blacklist_details is not UNSET:
            field_dict["blacklistDetails"] = blacklist_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.black_list_details import BlackListDetails  # noqa: PLC0415

        d = dict(src_dict)
        _blacklist_details = d.pop("blacklistDetails", UNSET)
        blacklist_details: BlackListDetails | Unset
        if isinstance(_blacklist_details, Unset):
            blacklist_details = UNSET
        else:
            blacklist_details = BlackListDetails.from_dict(_blacklist_details)

        black_list_change_result = cls(
            blacklist_details=blacklist_details,
        )

        black_list_change_result.additional_properties = d
        return black_list_change_result

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
