from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.group_chat_message import GroupChatMessage


T = TypeVar("T", bound="SendGroupMessageRequest")


@_attrs_define
class SendGroupMessageRequest:
    """
    Attributes:
        message (GroupChatMessage):
    """

    message: GroupChatMessage

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_chat_message import GroupChatMessage  # noqa: PLC0415

        d = dict(src_dict)
        message = GroupChatMessage.from_dict(d.pop("message"))

        send_group_message_request = cls(
            message=message,
        )

        return send_group_message_request
