from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="OwnedNumbersData")


@_attrs_define
class OwnedNumbersData:
    """
    Attributes:
        owned_numbers (list[PhoneNumber]):
    """

    owned_numbers: list[PhoneNumber]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owned_numbers = []
        for owned_numbers_item_data in self.owned_numbers:
            owned_numbers_item = owned_numbers_item_data.to_dict()
            owned_numbers.append(owned_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owned_numbers": owned_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        owned_numbers = []
        _owned_numbers = d.pop("owned_numbers")
        for owned_numbers_item_data in _owned_numbers:
            owned_numbers_item = PhoneNumber.from_dict(owned_numbers_item_data)

            owned_numbers.append(owned_numbers_item)

        owned_numbers_data = cls(
            owned_numbers=owned_numbers,
        )

        owned_numbers_data.additional_properties = d
        return owned_numbers_data

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
