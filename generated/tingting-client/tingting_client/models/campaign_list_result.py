from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="CampaignListResult")


@_attrs_define
class CampaignListResult:
    """
    Attributes:
        campaign_lists (list[Campaign]):
        messages (str | Unset):
    """

    campaign_lists: list[Campaign]
    messages: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_lists = []
        for campaign_lists_item_data in self.campaign_lists:
            campaign_lists_item = campaign_lists_item_data.to_dict()
            campaign_lists.append(campaign_lists_item)

        messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign-lists": campaign_lists,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign import Campaign  # noqa: PLC0415

        d = dict(src_dict)
        campaign_lists = []
        _campaign_lists = d.pop("campaign-lists")
        for campaign_lists_item_data in _campaign_lists:
            campaign_lists_item = Campaign.from_dict(campaign_lists_item_data)

            campaign_lists.append(campaign_lists_item)

        messages = d.pop("messages", UNSET)

        campaign_list_result = cls(
            campaign_lists=campaign_lists,
            messages=messages,
        )

        campaign_list_result.additional_properties = d
        return campaign_list_result

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
