from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatContent")


@_attrs_define
class ChatContent:
    """
    Attributes:
        text (str): The message text.
        mime_type (str | Unset): MIME type of the text, e.g. "text/plain".
    """

    text: str
    mime_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        mime_type = d.pop("mimeType", UNSET)

        chat_content = cls(
            text=text,
            mime_type=mime_type,
        )

        return chat_content
