from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.campaign_service import CampaignService, check_campaign_service
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignUpdate")


@_attrs_define
class CampaignUpdate:
    """New values; the ones given replace the stored ones.

    Attributes:
        name (str | Unset):
        services (CampaignService | Unset): What the campaign sends.
        description (str | Unset):
    """

    name: str | Unset = UNSET
    services: CampaignService | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        services: str | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if services is not UNSET:
            field_dict["services"] = services
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _services = d.pop("services", UNSET)
        services: CampaignService | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = check_campaign_service(_services)

        description = d.pop("description", UNSET)

        campaign_update = cls(
            name=name,
            services=services,
            description=description,
        )

        return campaign_update
