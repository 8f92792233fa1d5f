from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulkMessageRequest")


@_attrs_define
class BulkMessageRequest:
    """Body of `send_message_bulk`.

    Attributes:
        message (str): SMS text. Character limits exist but are not documented.
        contacts (list[str]): Recipients (at least one; the SDK refuses an empty list).
        sender_name (str): Sender id shown to recipients. Restrictions exist but are not documented.
    """

    message: str
    contacts: list[str]
    sender_name: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        contacts = self.contacts

        sender_name = self.sender_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "contacts": contacts,
                "senderName": sender_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        contacts = cast(list[str], d.pop("contacts"))

        sender_name = d.pop("senderName")

        bulk_message_request = cls(
            message=message,
            contacts=contacts,
            sender_name=sender_name,
        )

        return bulk_message_request
