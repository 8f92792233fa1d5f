from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_number import CampaignNumber


T = TypeVar("T", bound="CampaignNumbersData")


@_attrs_define
class CampaignNumbersData:
    """
    Attributes:
        number_lists (list[CampaignNumber]):
        messages (str | Unset):
    """

    number_lists: list[CampaignNumber]
    messages: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_lists = []
        for number_lists_item_data in self.number_lists:
            number_lists_item = number_lists_item_data.to_dict()
            number_lists.append(number_lists_item)

        messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number-lists": number_lists,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_number import CampaignNumber  # noqa: PLC0415

        d = dict(src_dict)
        number_lists = []
        _number_lists = d.pop("number-lists")
        for number_lists_item_data in _number_lists:
            number_lists_item = CampaignNumber.from_dict(number_lists_item_data)

            number_lists.append(number_lists_item)

        messages = d.pop("messages", UNSET)

        campaign_numbers_data = cls(
            number_lists=number_lists,
            messages=messages,
        )

        campaign_numbers_data.additional_properties = d
        return campaign_numbers_data

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
