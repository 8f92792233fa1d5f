from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="NumberBoughtData")


@_attrs_define
class NumberBoughtData:
    """
    Attributes:
        number_details (list[PhoneNumber]):
    """

    number_details: list[PhoneNumber]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_details = []
        for number_details_item_data in self.number_details:
            number_details_item = number_details_item_data.to_dict()
            number_details.append(number_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number_details": number_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        number_details = []
        _number_details = d.pop("number_details")
        for number_details_item_data in _number_details:
            number_details_item = PhoneNumber.from_dict(number_details_item_data)

            number_details.append(number_details_item)

        number_bought_data = cls(
            number_details=number_details,
        )

        number_bought_data.additional_properties = d
        return number_bought_data

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
