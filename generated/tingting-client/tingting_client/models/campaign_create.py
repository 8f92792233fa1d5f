from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.campaign_service import CampaignService, check_campaign_service
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCreate")


@_attrs_define
class CampaignCreate:
    """A campaign with individual recipients (JSON).

    Attributes:
        name (str):
        services (CampaignService): What the campaign sends.
        individual_number (list[int]): Recipient phone numbers as integers (e.g. 9876543210).
        description (str | Unset): General explanation of the campaign (optional).
    """

    name: str
    services: CampaignService
    individual_number: list[int]
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        services: str = self.services

        individual_number = self.individual_number

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "services": services,
                "individual_number": individual_number,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        services = check_campaign_service(d.pop("services"))

        individual_number = cast(list[int], d.pop("individual_number"))

        description = d.pop("description", UNSET)

        campaign_create = cls(
            name=name,
            services=services,
            individual_number=individual_number,
            description=description,
        )

        return campaign_create
