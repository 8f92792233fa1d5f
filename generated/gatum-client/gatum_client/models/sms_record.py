from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecord")


@_attrs_define
class SmsRecord:
    """One sent SMS part (third-party summary; same fields as a DLR).

    Attributes:
        id_state (int | Unset):
        originator (str | Unset):
        phone (str | Unset):
        type_sms (str | Unset): Open set; known values `sms`, `hlr`, `mnp`.
        text_sms (str | Unset):
        num_parts (int | Unset):
        part_no (int | Unset):
        state (str | Unset): Open set of DLR states, e.g. `DELIVRD`.
        time (str | Unset): `YYYY-MM-DD HH:MM:SS`.
    """

    id_state: int | Unset = UNSET
    originator: str | Unset = UNSET
    phone: str | Unset = UNSET
    type_sms: str | Unset = UNSET
    text_sms: str | Unset = UNSET
    num_parts: int | Unset = UNSET
    part_no: int | Unset = UNSET
    state: str | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_state = self.id_state

        originator = self.originator

        phone = self.phone

        type_sms = self.type_sms

        text_sms = self.text_sms

        num_parts = self.num_parts

        part_no = self.part_no

        state = self.state

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_state is not UNSET:
            field_dict["id_state"] = id_state
        if originator is not UNSET:
            field_dict["originator"] = originator
        if phone is not UNSET:
            field_dict["phone"] = phone
        if type_sms is not UNSET:
            field_dict["type_sms"] = type_sms
        if text_sms is not UNSET:
            field_dict["text_sms"] = text_sms
        if num_parts is not UNSET:
            field_dict["num_parts"] = num_parts
        if part_no is not UNSET:
            field_dict["part_no"] = part_no
        if state is not UNSET:
            field_dict["state"] = state
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_state = d.pop("id_state", UNSET)

        originator = d.pop("originator", UNSET)

        phone = d.pop("phone", UNSET)

        type_sms = d.pop("type_sms", UNSET)

        text_sms = d.pop("text_sms", UNSET)

        num_parts = d.pop("num_parts", UNSET)

        part_no = d.pop("part_no", UNSET)

        state = d.pop("state", UNSET)

        time = d.pop("time", UNSET)

        sms_record = cls(
            id_state=id_state,
            originator=originator,
            phone=phone,
            type_sms=type_sms,
            text_sms=text_sms,
            num_parts=num_parts,
            part_no=part_no,
            state=state,
            time=time,
        )

        sms_record.additional_properties = d
        return sms_record

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
