from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.voice_input import VoiceInput, check_voice_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="TestVoiceRequest")


@_attrs_define
class TestVoiceRequest:
    """
    Attributes:
        message (str):
        voice_input (VoiceInput | Unset): Text-to-speech voice.
    """

    message: str
    voice_input: VoiceInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        voice_input: str | Unset = UNSET
        if not isinstance(self.voice_input, Unset):
            voice_input = self.voice_input

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if voice_input is not UNSET:
            field_dict["voice_input"] = voice_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        _voice_input = d.pop("voice_input", UNSET)
        voice_input: VoiceInput | Unset
        if isinstance(_voice_input, Unset):
            voice_input = UNSET
        else:
            voice_input = check_voice_input(_voice_input)

        test_voice_request = cls(
            message=message,
            voice_input=voice_input,
        )

        return test_voice_request
