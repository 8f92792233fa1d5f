from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SingleMessageRequest")


@_attrs_define
class SingleMessageRequest:
    """Body of `send_message`.

    Attributes:
        message (str): SMS text. Character limits exist but are not documented.
        contact (str): National phone number without country code or `+`, e.g. `622000001` (Guinea, +224).
        sender_name (str): Sender id shown to recipients. Restrictions exist but are not documented.
    """

    message: str
    contact: str
    sender_name: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        contact = self.contact

        sender_name = self.sender_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "contact": contact,
                "senderName": sender_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        contact = d.pop("contact")

        sender_name = d.pop("senderName")

        single_message_request = cls(
            message=message,
            contact=contact,
            sender_name=sender_name,
        )

        return single_message_request
