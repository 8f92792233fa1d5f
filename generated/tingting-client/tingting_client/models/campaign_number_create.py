from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_number_tags import CampaignNumberTags


T = TypeVar("T", bound="CampaignNumberCreate")


@_attrs_define
class CampaignNumberCreate:
    """
    Attributes:
        number (int): The phone number to add, as an integer.
        available_tags (CampaignNumberTags | Unset): Tag values of a number, by tag name (e.g. `{"tags_name": "name",
            "tags_age": 25}`); in requests the names must be among the campaign's `usable_tags`.
    """

    number: int
    available_tags: CampaignNumberTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        available_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_tags, Unset):
            available_tags = self.available_tags.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
            }
        )
        if available_tags is not UNSET:
            field_dict["available_tags"] = available_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_number_tags import CampaignNumberTags  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        _available_tags = d.pop("available_tags", UNSET)
        available_tags: CampaignNumberTags | Unset
        if isinstance(_available_tags, Unset):
            available_tags = UNSET
        else:
            available_tags = CampaignNumberTags.from_dict(_available_tags)

        campaign_number_create = cls(
            number=number,
            available_tags=available_tags,
        )

        return campaign_number_create
