from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliveryReport")


@_attrs_define
class DeliveryReport:
    """One delivery report (DLR) as posted to the webhook.

    Attributes:
        id_state (int): DLR ID; echo it back in the acknowledgement.
        originator (str): Sender ID.
        phone (str): Destination number (MSISDN).
        type_sms (str): Open set; known values `sms`, `hlr`, `mnp`.
        text_sms (str):
        num_parts (int): Number of parts of the message.
        part_no (int): Which part this report is for.
        state (str): Open set of DLR states, e.g. `DELIVRD`.
        time (str): `YYYY-MM-DD HH:MM:SS`.
    """

    id_state: int
    originator: str
    phone: str
    type_sms: str
    text_sms: str
    num_parts: int
    part_no: int
    state: str
    time: str
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
        field_dict.update(
            {
                "id_state": id_state,
                "originator": originator,
                "phone": phone,
                "type_sms": type_sms,
                "text_sms": text_sms,
                "num_parts": num_parts,
                "part_no": part_no,
                "state": state,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_state = d.pop("id_state")

        originator = d.pop("originator")

        phone = d.pop("phone")

        type_sms = d.pop("type_sms")

        text_sms = d.pop("text_sms")

        num_parts = d.pop("num_parts")

        part_no = d.pop("part_no")

        state = d.pop("state")

        time = d.pop("time")

        delivery_report = cls(
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

        delivery_report.additional_properties = d
        return delivery_report

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
