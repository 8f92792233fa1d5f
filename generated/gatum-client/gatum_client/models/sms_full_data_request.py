from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sms_type import SmsType, check_sms_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsFullDataRequest")


@_attrs_define
class SmsFullDataRequest:
    """Filters for sent SMS records; all optional.

    Attributes:
        mcc (int | Unset): Mobile country code. SDK argument `mcc`.
        mnc (int | Unset): Mobile network code, used together with `MCC`. SDK argument `mnc`.
        sender (str | Unset): Sender ID. SDK argument `sender_id`.
        phone (list[str] | Unset):
        id_base (list[int] | Unset): Group IDs.
        time_period (str | Unset): Sending period, `YYYY-MM-DD HH:MM:SS - YYYY-MM-DD HH:MM:SS`.
        type_sms (SmsType | Unset): Request type. `sms` (default), `hlr` (HLR lookup) or `mnp` (number portability
            lookup).
        state (list[str] | Unset): DLR states to match, e.g. `DELIVRD`, `UNDELIV`, `EXPIRED`, `REJECTD` (PHP SDK only).
        limit (int | None | Unset): Maximum number of records; `null` for the server default.
        offset (int | Unset): Page index (PHP SDK only).
    """

    mcc: int | Unset = UNSET
    mnc: int | Unset = UNSET
    sender: str | Unset = UNSET
    phone: list[str] | Unset = UNSET
    id_base: list[int] | Unset = UNSET
    time_period: str | Unset = UNSET
    type_sms: SmsType | Unset = UNSET
    state: list[str] | Unset = UNSET
    limit: int | None | Unset = UNSET
    offset: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mcc = self.mcc

        mnc = self.mnc

        sender = self.sender

        phone: list[str] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone

        id_base: list[int] | Unset = UNSET
        if not isinstance(self.id_base, Unset):
            id_base = self.id_base

        time_period = self.time_period

        type_sms: str | Unset = UNSET
        if not isinstance(self.type_sms, Unset):
            type_sms = self.type_sms

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mcc is not UNSET:
            field_dict["MCC"] = mcc
        if mnc is not UNSET:
            field_dict["MNC"] = mnc
        if sender is not UNSET:
            field_dict["sender"] = sender
        if phone is not UNSET:
            field_dict["phone"] = phone
        if id_base is not UNSET:
            field_dict["id_base"] = id_base
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if type_sms is not UNSET:
            field_dict["type_sms"] = type_sms
        if state is not UNSET:
            field_dict["state"] = state
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mcc = d.pop("MCC", UNSET)

        mnc = d.pop("MNC", UNSET)

        sender = d.pop("sender", UNSET)

        phone = cast(list[str], d.pop("phone", UNSET))

        id_base = cast(list[int], d.pop("id_base", UNSET))

        time_period = d.pop("time_period", UNSET)

        _type_sms = d.pop("type_sms", UNSET)
        type_sms: SmsType | Unset
        if isinstance(_type_sms, Unset):
            type_sms = UNSET
        else:
            type_sms = check_sms_type(_type_sms)

        state = cast(list[str], d.pop("state", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        offset = d.pop("offset", UNSET)

        sms_full_data_request = cls(
            mcc=mcc,
            mnc=mnc,
            sender=sender,
            phone=phone,
            id_base=id_base,
            time_period=time_period,
            type_sms=type_sms,
            state=state,
            limit=limit,
            offset=offset,
        )

        return sms_full_data_request
