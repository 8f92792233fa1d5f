from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sms_content import SmsContent


T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """
    Attributes:
        source (str): Sender's phone number.
        destination (str): Recipient's phone number.
        message (SmsContent):
    """

    source: str
    destination: str
    message: SmsContent

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        destination = self.destination

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "destination": destination,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_content import SmsContent  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        destination = d.pop("destination")

        message = SmsContent.from_dict(d.pop("message"))

        sms_message = cls(
            source=source,
            destination=destination,
            message=message,
        )

        return sms_message
