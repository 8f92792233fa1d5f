from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        number (str | Unset): Phone number as stored on the device.
        contact_id (str | Unset):
        device_id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        hint_type (str | Unset): Kandy hint for the contact, e.g. "none" (open set).
    """

    number: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    device_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    hint_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        contact_id = self.contact_id

        device_id = self.device_id

        first_name = self.first_name

        last_name = self.last_name

        hint_type = self.hint_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if hint_type is not UNSET:
            field_dict["hintType"] = hint_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        contact_id = d.pop("contactId", UNSET)

        device_id = d.pop("deviceId", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        hint_type = d.pop("hintType", UNSET)

        contact = cls(
            number=number,
            contact_id=contact_id,
            device_id=device_id,
            first_name=first_name,
            last_name=last_name,
            hint_type=hint_type,
        )

        contact.additional_properties = d
        return contact

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
