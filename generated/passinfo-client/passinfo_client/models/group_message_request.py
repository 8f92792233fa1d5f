from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupMessageRequest")


@_attrs_define
class GroupMessageRequest:
    """Body of `send_message_group` (the group is in the path).

    Attributes:
        message (str): SMS text. Character limits exist but are not documented.
        sender_name (str): Sender id shown to recipients. Restrictions exist but are not documented.
    """

    message: str
    sender_name: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        sender_name = self.sender_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "senderName": sender_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        sender_name = d.pop("senderName")

        group_message_request = cls(
            message=message,
            sender_name=sender_name,
        )

        return group_message_request
