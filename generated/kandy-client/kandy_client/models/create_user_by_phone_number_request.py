from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateUserByPhoneNumberRequest")


@_attrs_define
class CreateUserByPhoneNumberRequest:
    """
    Attributes:
        user_phone_number (str): Phone number of the user, e.g. "3524096582".
        user_country_code (str): Country of the number; examples send ISO 3166 alpha-2 ("US").
    """

    user_phone_number: str
    user_country_code: str

    def to_dict(self) -> dict[str, Any]:
        user_phone_number = self.user_phone_number

        user_country_code = self.user_country_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_phone_number": user_phone_number,
                "user_country_code": user_country_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_phone_number = d.pop("user_phone_number")

        user_country_code = d.pop("user_country_code")

        create_user_by_phone_number_request = cls(
            user_phone_number=user_phone_number,
            user_country_code=user_country_code,
        )

        return create_user_by_phone_number_request
