from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """Delivery status of one message (README example plus docstring fields; low confidence).

    Attributes:
        status (str | Unset): Delivery status. Known values: `pending`, `sent`, `delivered`, `failed` (open set).
        message_id (str | Unset): Id of the message.
        timestamp (str | Unset): Time of the last status change (SDK docstring only, e.g. `2024-01-20T15:30:45Z`).
        error_message (str | Unset): Why delivery failed (SDK docstring only).
    """

    status: str | Unset = UNSET
    message_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message_id = self.message_id

        timestamp = self.timestamp

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        message_id = d.pop("message_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        error_message = d.pop("error_message", UNSET)

        message_status = cls(
            status=status,
            message_id=message_id,
            timestamp=timestamp,
            error_message=error_message,
        )

        message_status.additional_properties = d
        return message_status

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
