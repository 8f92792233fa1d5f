from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_sms_sending import SendSmsSending


T = TypeVar("T", bound="SendSmsResult")


@_attrs_define
class SendSmsResult:
    """Result for one message job (third-party summary; unverified).

    Attributes:
        sending (SendSmsSending | Unset):
    """

    sending: SendSmsSending | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sending, Unset):
            sending = self.sending.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sending is not UNSET:
            field_dict["sending"] = sending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_sms_sending import SendSmsSending  # noqa: PLC0415

        d = dict(src_dict)
        _sending = d.pop("sending", UNSET)
        sending: SendSmsSending | Unset
        if isinstance(_sending, Unset):
            sending = UNSET
        else:
            sending = SendSmsSending.from_dict(_sending)

        send_sms_result = cls(
            sending=sending,
        )

        send_sms_result.additional_properties = d
        return send_sms_result

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
