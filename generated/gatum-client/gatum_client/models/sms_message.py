from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sms_type import SmsType, check_sms_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """One message job of `POST /v1/send` (wire field names).

    Attributes:
        number (list[str]): Destination numbers (MSISDN). SDK argument `numbers`.
        sender_id (str): Sender ID (originator), which must be registered for the account. Numeric: 3-15 digits.
            Alphanumeric:
            up to 11 characters with at least one letter.
        text (str): Message text.
        type_ (SmsType | Unset): Request type. `sms` (default), `hlr` (HLR lookup) or `mnp` (number portability lookup).
        delivery (bool | Unset): Whether to produce a delivery report (DLR). Default: True.
        lifetime (int | str | Unset): How many seconds the SMS lives (default 86400). The Python SDK sends a digit
            string, the PHP SDK an
            integer; both are accepted.
        begin_date (datetime.date | Unset): Date to send on, `YYYY-MM-DD` (default today).
        begin_time (str | Unset): Time to send at on `beginDate`, GMT+0, `HH:MM:SS` (or `HH:MM`); default now.
        callback_url (str | Unset): Per-message DLR URL (PHP README only); overrides the cabinet webhook URL.
    """

    number: list[str]
    sender_id: str
    text: str
    type_: SmsType | Unset = UNSET
    delivery: bool | Unset = True
    lifetime: int | str | Unset = UNSET
    begin_date: datetime.date | Unset = UNSET
    begin_time: str | Unset = UNSET
    callback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        sender_id: str
        sender_id = self.sender_id

        text = self.text

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        delivery = self.delivery

        lifetime: int | str | Unset
        if isinstance(self.lifetime, Unset):
            lifetime = UNSET
        else:
            lifetime = self.lifetime

        begin_date: str | Unset = UNSET
        if not isinstance(self.begin_date, Unset):
            begin_date = self.begin_date.isoformat()

        begin_time = self.begin_time

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "senderID": sender_id,
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if begin_date is not UNSET:
            field_dict["beginDate"] = begin_date
        if begin_time is not UNSET:
            field_dict["beginTime"] = begin_time
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = cast(list[str], d.pop("number"))

        def _parse_sender_id(data: object) -> str:
            return cast(str, data)

        sender_id = _parse_sender_id(d.pop("senderID"))

        text = d.pop("text")

        _type_ = d.pop("type", UNSET)
        type_: SmsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_sms_type(_type_)

        delivery = d.pop("delivery", UNSET)

        def _parse_lifetime(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        lifetime = _parse_lifetime(d.pop("lifetime", UNSET))

        _begin_date = d.pop("beginDate", UNSET)
        begin_date: datetime.date | Unset
        if isinstance(_begin_date, Unset):
            begin_date = UNSET
        else:
            begin_date = datetime.date.fromisoformat(_begin_date)

        begin_time = d.pop("beginTime", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        sms_message = cls(
            number=number,
            sender_id=sender_id,
            text=text,
            type_=type_,
            delivery=delivery,
            lifetime=lifetime,
            begin_date=begin_date,
            begin_time=begin_time,
            callback_url=callback_url,
        )

        return sms_message
