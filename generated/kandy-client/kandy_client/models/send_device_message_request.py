from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.device_chat_message import DeviceChatMessage


T = TypeVar("T", bound="SendDeviceMessageRequest")


@_attrs_define
class SendDeviceMessageRequest:
    """
    Attributes:
        message (DeviceChatMessage):
    """

    message: DeviceChatMessage

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
        from ..models.device_chat_message import DeviceChatMessage  # noqa: PLC0415

        d = dict(src_dict)
        message = DeviceChatMessage.from_dict(d.pop("message"))

        send_device_message_request = cls(
            message=message,
        )

        return send_device_message_request
