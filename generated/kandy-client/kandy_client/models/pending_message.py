from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_sender import MessageSender
    from ..models.pending_message_content import PendingMessageContent


T = TypeVar("T", bound="PendingMessage")


@_attrs_define
class PendingMessage:
    """A message waiting for the device. `chat` items carry `sender` and `message`; `chatRemoteAck` items
    only `messageType`, `timestamp` and `UUID`.

        Attributes:
            message_type (str): Open set; known values "chat", "chatRemoteAck".
            uuid (str): Message UUID (32 hex digits, no hyphens); pass it to `delete_handled_messages`.
            timestamp (str): Epoch seconds as a digit string.
            sender (MessageSender | Unset):
            message (PendingMessageContent | Unset):
    """

    message_type: str
    uuid: str
    timestamp: str
    sender: MessageSender | Unset = UNSET
    message: PendingMessageContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        uuid = self.uuid

        timestamp = self.timestamp

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageType": message_type,
                "UUID": uuid,
                "timestamp": timestamp,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_sender import MessageSender  # noqa: PLC0415
        from ..models.pending_message_content import PendingMessageContent  # noqa: PLC0415

        d = dict(src_dict)
        message_type = d.pop("messageType")

        uuid = d.pop("UUID")

        timestamp = d.pop("timestamp")

        _sender = d.pop("sender", UNSET)
        sender: MessageSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = MessageSender.from_dict(_sender)

        _message = d.pop("message", UNSET)
        message: PendingMessageContent | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = PendingMessageContent.from_dict(_message)

        pending_message = cls(
            message_type=message_type,
            uuid=uuid,
            timestamp=timestamp,
            sender=sender,
            message=message,
        )

        pending_message.additional_properties = d
        return pending_message

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
