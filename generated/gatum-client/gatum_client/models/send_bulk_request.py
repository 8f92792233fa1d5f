from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendBulkRequest")


@_attrs_define
class SendBulkRequest:
    """
    Attributes:
        sender_id (str): Sender ID (originator), which must be registered for the account. Numeric: 3-15 digits.
            Alphanumeric:
            up to 11 characters with at least one letter.
        text (str): Message text; `#first_name#` and `#number#` are replaced per contact.
        id_group (list[int]): Groups whose numbers receive the SMS.
        id_group_excluded (list[int] | Unset): Groups whose numbers are excluded from the sending.
        phone (list[str] | Unset): Extra destination numbers.
        date_start (datetime.date | Unset): Start date, `YYYY-MM-DD`. SDK argument `date_start`.
        time_start (str | Unset): Start of the daily sending window, `HH:MM`. SDK argument `time_start`.
        time_stop (str | Unset): End of the daily sending window, `HH:MM`. SDK argument `time_stop`.
    """

    sender_id: str
    text: str
    id_group: list[int]
    id_group_excluded: list[int] | Unset = UNSET
    phone: list[str] | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    time_start: str | Unset = UNSET
    time_stop: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sender_id: str
        sender_id = self.sender_id

        text = self.text

        id_group = self.id_group

        id_group_excluded: list[int] | Unset = UNSET
        if not isinstance(self.id_group_excluded, Unset):
            id_group_excluded = self.id_group_excluded

        phone: list[str] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        time_start = self.time_start

        time_stop = self.time_stop

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "senderID": sender_id,
                "text": text,
                "id_group": id_group,
            }
        )
        if id_group_excluded is not UNSET:
            field_dict["id_group_excluded"] = id_group_excluded
        if phone is not UNSET:
            field_dict["phone"] = phone
        if date_start is not UNSET:
            field_dict["dateStart"] = date_start
        if time_start is not UNSET:
            field_dict["timeStart"] = time_start
        if time_stop is not UNSET:
            field_dict["timeStop"] = time_stop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_sender_id(data: object) -> str:
            return cast(str, data)

        sender_id = _parse_sender_id(d.pop("senderID"))

        text = d.pop("text")

        id_group = cast(list[int], d.pop("id_group"))

        id_group_excluded = cast(list[int], d.pop("id_group_excluded", UNSET))

        phone = cast(list[str], d.pop("phone", UNSET))

        _date_start = d.pop("dateStart", UNSET)
        date_start: datetime.date | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = datetime.date.fromisoformat(_date_start)

        time_start = d.pop("timeStart", UNSET)

        time_stop = d.pop("timeStop", UNSET)

        send_bulk_request = cls(
            sender_id=sender_id,
            text=text,
            id_group=id_group,
            id_group_excluded=id_group_excluded,
            phone=phone,
            date_start=date_start,
            time_start=time_start,
            time_stop=time_stop,
        )

        return send_bulk_request
