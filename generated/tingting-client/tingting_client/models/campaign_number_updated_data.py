from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_number import CampaignNumber


T = TypeVar("T", bound="CampaignNumberUpdatedData")


@_attrs_define
class CampaignNumberUpdatedData:
    """
    Attributes:
        details (CampaignNumber):
    """

    details: CampaignNumber
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_number import CampaignNumber  # noqa: PLC0415

        d = dict(src_dict)
        details = CampaignNumber.from_dict(d.pop("details"))

        campaign_number_updated_data = cls(
            details=details,
        )

        campaign_number_updated_data.additional_properties = d
        return campaign_number_updated_data

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
