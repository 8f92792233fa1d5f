from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sms_message import SmsMessage


T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """
    Attributes:
        message (SmsMessage):
    """

    message: SmsMessage

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
        from ..models.sms_message import SmsMessage  # noqa: PLC0415

        d = dict(src_dict)
        message = SmsMessage.from_dict(d.pop("message"))

        send_sms_request = cls(
            message=message,
        )

        return send_sms_request
