from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """Body of `create_contact`.

    Attributes:
        first_name (str): First name.
        last_name (str): Last name.
        phone_number (str): National phone number without country code or `+`, e.g. `622000001` (Guinea, +224).
    """

    first_name: str
    last_name: str
    phone_number: str

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "phone_number": phone_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        phone_number = d.pop("phone_number")

        contact_create = cls(
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
        )

        return contact_create
