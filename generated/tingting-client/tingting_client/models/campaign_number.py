from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_number_tags import CampaignNumberTags


T = TypeVar("T", bound="CampaignNumber")


@_attrs_define
class CampaignNumber:
    """
    Attributes:
        id (int): Campaign-number id (for read, edit, delete and `individual` runs).
        number (int):
        campaing (str | Unset): Name of the campaign (key spelled `campaing` by the vendor).
        available_tags (CampaignNumberTags | Unset): Tag values of a number, by tag name (e.g. `{"tags_name": "name",
            "tags_age": 25}`); in requests the names must be among the campaign's `usable_tags`.
        status (str | Unset): Call status; known values `not started`, `hungup`, `unanswered`, `failed`, `terminated`,
            `completed`.
        duration (int | None | str | Unset): Call duration (null until called; type unknown).
        playback (None | str | Unset): Recording/playback reference (null until called).
        credit_consumed (int | Unset):
    """

    id: int
    number: int
    campaing: str | Unset = UNSET
    available_tags: CampaignNumberTags | Unset = UNSET
    status: str | Unset = UNSET
    duration: int | None | str | Unset = UNSET
    playback: None | str | Unset = UNSET
    credit_consumed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        campaing = self.campaing

        available_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_tags, Unset):
            available_tags = self.available_tags.to_dict()

        status = self.status

        duration: int | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        playback: None | str | Unset
        if isinstance(self.playback, Unset):
            playback = UNSET
        else:
            playback = self.playback

        credit_consumed = self.credit_consumed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )
        if campaing is not UNSET:
            field_dict["campaing"] = campaing
        if available_tags is not UNSET:
            field_dict["available_tags"] = available_tags
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if playback is not UNSET:
            field_dict["playback"] = playback
        if credit_consumed is not UNSET:
            field_dict["credit_consumed"] = credit_consumed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_number_tags import CampaignNumberTags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        campaing = d.pop("campaing", UNSET)

        _available_tags = d.pop("available_tags", UNSET)
        available_tags: CampaignNumberTags | Unset
        if isinstance(_available_tags, Unset):
            available_tags = UNSET
        else:
            available_tags = CampaignNumberTags.from_dict(_available_tags)

        status = d.pop("status", UNSET)

        def _parse_duration(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_playback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playback = _parse_playback(d.pop("playback", UNSET))

        credit_consumed = d.pop("credit_consumed", UNSET)

        campaign_number = cls(
            id=id,
            number=number,
            campaing=campaing,
            available_tags=available_tags,
            status=status,
            duration=duration,
            playback=playback,
            credit_consumed=credit_consumed,
        )

        campaign_number.additional_properties = d
        return campaign_number

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
