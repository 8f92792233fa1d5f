from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterCustomerRequest")


@_attrs_define
class RegisterCustomerRequest:
    """
    Attributes:
        login (str): Login of the new account.
        password (str): Password of the new account.
        name (str): Name of the person responsible for the account.
        phone (str): Contact phone number.
        email (str):
        company_name (str | Unset):
        skype (str | Unset):
    """

    login: str
    password: str
    name: str
    phone: str
    email: str
    company_name: str | Unset = UNSET
    skype: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        name = self.name

        phone = self.phone

        email = self.email

        company_name = self.company_name

        skype = self.skype

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "login": login,
                "password": password,
                "name": name,
                "phone": phone,
                "email": email,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if skype is not UNSET:
            field_dict["skype"] = skype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        password = d.pop("password")

        name = d.pop("name")

        phone = d.pop("phone")

        email = d.pop("email")

        company_name = d.pop("company_name", UNSET)

        skype = d.pop("skype", UNSET)

        register_customer_request = cls(
            login=login,
            password=password,
            name=name,
            phone=phone,
            email=email,
            company_name=company_name,
            skype=skype,
        )

        return register_customer_request
