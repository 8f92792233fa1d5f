from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PhoneNumberSelection")


@_attrs_define
class PhoneNumberSelection:
    """
    Attributes:
        phone_sid (str): The number's `phone_number_sid`.
    """

    phone_sid: str

    def to_dict(self) -> dict[str, Any]:
        phone_sid = self.phone_sid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_sid": phone_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_sid = d.pop("phone_sid")

        phone_number_selection = cls(
            phone_sid=phone_sid,
        )

        return phone_number_selection
