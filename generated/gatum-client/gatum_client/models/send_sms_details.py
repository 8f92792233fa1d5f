from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsDetails")


@_attrs_define
class SendSmsDetails:
    """
    Attributes:
        number (list[str] | Unset): Accepted destination numbers.
        sender_id (str | Unset):
        sent_id (int | Unset): ID of the sending.
    """

    number: list[str] | Unset = UNSET
    sender_id: str | Unset = UNSET
    sent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: list[str] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number

        sender_id = self.sender_id

        sent_id = self.sent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if sender_id is not UNSET:
            field_dict["senderID"] = sender_id
        if sent_id is not UNSET:
            field_dict["sentID"] = sent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = cast(list[str], d.pop("number", UNSET))

        sender_id = d.pop("senderID", UNSET)

        sent_id = d.pop("sentID", UNSET)

        send_sms_details = cls(
            number=number,
            sender_id=sender_id,
            sent_id=sent_id,
        )

        send_sms_details.additional_properties = d
        return send_sms_details

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
