from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """
    Attributes:
        domain_api_key (str): API key of the domain (32 hex digits).
        domain_name (str):
        domain_api_secret (str | Unset):
        project_name (str | Unset):
        account_number (str | Unset): Digit string, e.g. "00000012".
        account_email (str | Unset):
        number_of_users (str | Unset): Count as a digit string, e.g. "41".
        next_recurring_payment (str | Unset): Date, YYYY-MM-DD.
    """

    domain_api_key: str
    domain_name: str
    domain_api_secret: str | Unset = UNSET
    project_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    account_email: str | Unset = UNSET
    number_of_users: str | Unset = UNSET
    next_recurring_payment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_api_key = self.domain_api_key

        domain_name = self.domain_name

        domain_api_secret = self.domain_api_secret

        project_name = self.project_name

        account_number = self.account_number

        account_email = self.account_email

        number_of_users = self.number_of_users

        next_recurring_payment = self.next_recurring_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain_api_key": domain_api_key,
                "domain_name": domain_name,
            }
        )
        if domain_api_secret is not UNSET:
            field_dict["domain_api_secret"] = domain_api_secret
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if account_email is not UNSET:
            field_dict["account_email"] = account_email
        if number_of_users is not UNSET:
            field_dict["number_of_users"] = number_of_users
        if next_recurring_payment is not UNSET:
            field_dict["next_recurring_payment"] = next_recurring_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_api_key = d.pop("domain_api_key")

        domain_name = d.pop("domain_name")

        domain_api_secret = d.pop("domain_api_secret", UNSET)

        project_name = d.pop("project_name", UNSET)

        account_number = d.pop("account_number", UNSET)

        account_email = d.pop("account_email", UNSET)

        number_of_users = d.pop("number_of_users", UNSET)

        next_recurring_payment = d.pop("next_recurring_payment", UNSET)

        domain = cls(
            domain_api_key=domain_api_key,
            domain_name=domain_name,
            domain_api_secret=domain_api_secret,
            project_name=project_name,
            account_number=account_number,
            account_email=account_email,
            number_of_users=number_of_users,
            next_recurring_payment=next_recurring_payment,
        )

        domain.additional_properties = d
        return domain

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
