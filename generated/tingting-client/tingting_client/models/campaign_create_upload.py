from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.campaign_service import CampaignService, check_campaign_service
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CampaignCreateUpload")


@_attrs_define
class CampaignCreateUpload:
    """A campaign with bulk recipients from a spreadsheet (multipart/form-data).

    Attributes:
        name (str):
        services (CampaignService): What the campaign sends.
        send_to_number_file (File): Spreadsheet (.xlsx) of recipient phone numbers.
        description (str | Unset): General explanation of the campaign (optional).
    """

    name: str
    services: CampaignService
    send_to_number_file: File
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        services: str = self.services

        send_to_number_file = self.send_to_number_file.to_tuple()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "services": services,
                "send_to_number_file": send_to_number_file,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("services", (None, str(self.services).encode(), "text/plain")))

        files.append(("send_to_number_file", self.send_to_number_file.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        services = check_campaign_service(d.pop("services"))

        send_to_number_file = File(payload=BytesIO(d.pop("send_to_number_file")))

        description = d.pop("description", UNSET)

        campaign_create_upload = cls(
            name=name,
            services=services,
            send_to_number_file=send_to_number_file,
            description=description,
        )

        return campaign_create_upload
