from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.otp_option import OtpOption, check_otp_option
from ..models.sms_send_option import SmsSendOption, check_sms_send_option
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendOtpRequest")


@_attrs_define
class SendOtpRequest:
    """
    Attributes:
        number (str): Recipient phone number, as a string.
        message (str): Message text; `{otp}` is replaced by the OTP.
        sms_send_options (SmsSendOption): How the OTP is delivered.
        otp_options (OtpOption | Unset): `personnel`: the caller gives the OTP in `otp`; `generated`: the server
            generates it.
        otp (str | Unset): The OTP to send; required with `otp_options: personnel`.
        otp_length (str | Unset): Length of a generated OTP, as a digit string from "1" to "10" (e.g. "4").
    """

    number: str
    message: str
    sms_send_options: SmsSendOption
    otp_options: OtpOption | Unset = UNSET
    otp: str | Unset = UNSET
    otp_length: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        message = self.message

        sms_send_options: str = self.sms_send_options

        otp_options: str | Unset = UNSET
        if not isinstance(self.otp_options, Unset):
            otp_options = self.otp_options

        otp = self.otp

        otp_length = self.otp_length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "message": message,
                "sms_send_options": sms_send_options,
            }
        )
        if otp_options is not UNSET:
            field_dict["otp_options"] = otp_options
        if otp is not UNSET:
            field_dict["otp"] = otp
        if otp_length is not UNSET:
            field_dict["otp_length"] = otp_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        message = d.pop("message")

        sms_send_options = check_sms_send_option(d.pop("sms_send_options"))

        _otp_options = d.pop("otp_options", UNSET)
        otp_options: OtpOption | Unset
        if isinstance(_otp_options, Unset):
            otp_options = UNSET
        else:
            otp_options = check_otp_option(_otp_options)

        otp = d.pop("otp", UNSET)

        otp_length = d.pop("otp_length", UNSET)

        send_otp_request = cls(
            number=number,
            message=message,
            sms_send_options=sms_send_options,
            otp_options=otp_options,
            otp=otp,
            otp_length=otp_length,
        )

        return send_otp_request
