from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.begin_priority import BeginPriority, check_begin_priority
from ..models.rerun_status import RerunStatus, check_rerun_status
from ..models.voice_input import VoiceInput, check_voice_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignBegin")


@_attrs_define
class CampaignBegin:
    """Begin, schedule or re-run with a message or stored content (JSON).

    Attributes:
        message (str | Unset): Text to speak or send; replaces the stored one. May contain `{tag}` placeholders.
        priority (BeginPriority | Unset): Which stored content to start with when the campaign has both.
        voice_input (VoiceInput | Unset): Text-to-speech voice.
        schedule_date (str | Unset): Local date and time to run at, `YYYY-MM-DDTHH:MM` (no seconds, no zone).
        status (list[RerunStatus] | Unset): Re-run only the numbers in these states.
        individual (list[int] | Unset): Run only these campaign numbers (ids from the campaign's number list).
    """

    message: str | Unset = UNSET
    priority: BeginPriority | Unset = UNSET
    voice_input: VoiceInput | Unset = UNSET
    schedule_date: str | Unset = UNSET
    status: list[RerunStatus] | Unset = UNSET
    individual: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        voice_input: str | Unset = UNSET
        if not isinstance(self.voice_input, Unset):
            voice_input = self.voice_input

        schedule_date = self.schedule_date

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item: str = status_item_data
                status.append(status_item)

        individual: list[int] | Unset = UNSET
        if not isinstance(self.individual, Unset):
            individual = self.individual

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if priority is not UNSET:
            field_dict["priority"] = priority
        if voice_input is not UNSET:
            field_dict["voice_input"] = voice_input
        if schedule_date is not UNSET:
            field_dict["schedule_date"] = schedule_date
        if status is not UNSET:
            field_dict["status"] = status
        if individual is not UNSET:
            field_dict["individual"] = individual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: BeginPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_begin_priority(_priority)

        _voice_input = d.pop("voice_input", UNSET)
        voice_input: VoiceInput | Unset
        if isinstance(_voice_input, Unset):
            voice_input = UNSET
        else:
            voice_input = check_voice_input(_voice_input)

        schedule_date = d.pop("schedule_date", UNSET)

        _status = d.pop("status", UNSET)
        status: list[RerunStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = check_rerun_status(status_item_data)

                status.append(status_item)

        individual = cast(list[int], d.pop("individual", UNSET))

        campaign_begin = cls(
            message=message,
            priority=priority,
            voice_input=voice_input,
            schedule_date=schedule_date,
            status=status,
            individual=individual,
        )

        return campaign_begin
