from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtpDetails")


@_attrs_define
class OtpDetails:
    """
    Attributes:
        number (str | Unset):
        otp_options (str | Unset): Known values `personnel`, `generated`.
        message (str | Unset): The message as sent, OTP filled in.
        otp (str | Unset):
        sms_send_options (str | Unset): Known values `text`, `voice`.
    """

    number: str | Unset = UNSET
    otp_options: str | Unset = UNSET
    message: str | Unset = UNSET
    otp: str | Unset = UNSET
    sms_send_options: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        otp_options = self.otp_options

        message = self.message

        otp = self.otp

        sms_send_options = self.sms_send_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if otp_options is not UNSET:
            field_dict["otp_options"] = otp_options
        if message is not UNSET:
            field_dict["message"] = message
        if otp is not UNSET:
            field_dict["otp"] = otp
        if sms_send_options is not UNSET:
            field_dict["sms_send_options"] = sms_send_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        otp_options = d.pop("otp_options", UNSET)

        message = d.pop("message", UNSET)

        otp = d.pop("otp", UNSET)

        sms_send_options = d.pop("sms_send_options", UNSET)

        otp_details = cls(
            number=number,
            otp_options=otp_options,
            message=message,
            otp=otp,
            sms_send_options=sms_send_options,
        )

        otp_details.additional_properties = d
        return otp_details

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
