from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageSend")


@_attrs_define
class MessageSend:
    """A message to send (chat, SMS, MMS or chat media).

    Attributes:
        type_ (str): Message type; known values: chat, sms, mms, chat-media, chat-video, chat-participant-(status-
            changes).
        message (str): Text of the message.
        destination (list[str] | str): One recipient (user for chat, phone number for SMS) or a list of them (group
            send).
        from_number (str | Unset): Sending phone number; required for SMS/MMS, unused for chat.
        data (None | str | Unset): Base64 content of the media file (MMS / chat-media).
        mime_type (None | str | Unset): MIME type of the media file, e.g. image/jpeg, image/png.
        size (int | None | Unset): Size of the media file in bytes.
    """

    type_: str
    message: str
    destination: list[str] | str
    from_number: str | Unset = UNSET
    data: None | str | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message

        destination: list[str] | str
        if isinstance(self.destination, list):
            destination = self.destination

        else:
            destination = self.destination

        from_number = self.from_number

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "message": message,
                "destination": destination,
            }
        )
        if from_number is not UNSET:
            field_dict["from-number"] = from_number
        if data is not UNSET:
            field_dict["data"] = data
        if mime_type is not UNSET:
            field_dict["mime-type"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        message = d.pop("message")

        def _parse_destination(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_destination_type_1 = cast(list[str], data)

                return componentsschemas_message_destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        destination = _parse_destination(d.pop("destination"))

        from_number = d.pop("from-number", UNSET)

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mime-type", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        message_send = cls(
            type_=type_,
            message=message,
            destination=destination,
            from_number=from_number,
            data=data,
            mime_type=mime_type,
            size=size,
        )

        return message_send
