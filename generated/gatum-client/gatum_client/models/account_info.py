from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_finance import AccountFinance


T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """Account record (fields from a third-party summary; unverified, all optional).

    Attributes:
        login (str | Unset):
        name (str | Unset):
        company_name (str | Unset):
        e_mail (str | Unset):
        phone (int | str | Unset):
        currency (str | Unset):
        balance_units (float | Unset): Available balance.
        balance_limit (float | Unset): Credit/balance limit.
        balance_daily_block (bool | Unset):
        block (bool | Unset): Whether the account is blocked.
        can_send_bulk (bool | Unset):
        can_send_restapi (bool | Unset):
        confirmed (int | Unset):
        id_subparent (int | Unset): Parent account ID.
        finance (AccountFinance | Unset): Finance and credit status (undocumented fields).
    """

    login: str | Unset = UNSET
    name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    e_mail: str | Unset = UNSET
    phone: int | str | Unset = UNSET
    currency: str | Unset = UNSET
    balance_units: float | Unset = UNSET
    balance_limit: float | Unset = UNSET
    balance_daily_block: bool | Unset = UNSET
    block: bool | Unset = UNSET
    can_send_bulk: bool | Unset = UNSET
    can_send_restapi: bool | Unset = UNSET
    confirmed: int | Unset = UNSET
    id_subparent: int | Unset = UNSET
    finance: AccountFinance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        name = self.name

        company_name = self.company_name

        e_mail = self.e_mail

        phone: int | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        currency = self.currency

        balance_units = self.balance_units

        balance_limit = self.balance_limit

        balance_daily_block = self.balance_daily_block

        block = self.block

        can_send_bulk = self.can_send_bulk

        can_send_restapi = self.can_send_restapi

        confirmed = self.confirmed

        id_subparent = self.id_subparent

        finance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finance, Unset):
            finance = self.finance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if name is not UNSET:
            field_dict["name"] = name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if e_mail is not UNSET:
            field_dict["e_mail"] = e_mail
        if phone is not UNSET:
            field_dict["phone"] = phone
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balance_units is not UNSET:
            field_dict["balance_units"] = balance_units
        if balance_limit is not UNSET:
            field_dict["balance_limit"] = balance_limit
        if balance_daily_block is not UNSET:
            field_dict["balance_daily_block"] = balance_daily_block
        if block is not UNSET:
            field_dict["block"] = block
        if can_send_bulk is not UNSET:
            field_dict["can_send_bulk"] = can_send_bulk
        if can_send_restapi is not UNSET:
            field_dict["can_send_restapi"] = can_send_restapi
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if id_subparent is not UNSET:
            field_dict["id_subparent"] = id_subparent
        if finance is not UNSET:
            field_dict["finance"] = finance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_finance import AccountFinance  # noqa: PLC0415

        d = dict(src_dict)
        login = d.pop("login", UNSET)

        name = d.pop("name", UNSET)

        company_name = d.pop("company_name", UNSET)

        e_mail = d.pop("e_mail", UNSET)

        def _parse_phone(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        currency = d.pop("currency", UNSET)

        balance_units = d.pop("balance_units", UNSET)

        balance_limit = d.pop("balance_limit", UNSET)

        balance_daily_block = d.pop("balance_daily_block", UNSET)

        block = d.pop("block", UNSET)

        can_send_bulk = d.pop("can_send_bulk", UNSET)

        can_send_restapi = d.pop("can_send_restapi", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        id_subparent = d.pop("id_subparent", UNSET)

        _finance = d.pop("finance", UNSET)
        finance: AccountFinance | Unset
        if isinstance(_finance, Unset):
            finance = UNSET
        else:
            finance = AccountFinance.from_dict(_finance)

        account_info = cls(
            login=login,
            name=name,
            company_name=company_name,
            e_mail=e_mail,
            phone=phone,
            currency=currency,
            balance_units=balance_units,
            balance_limit=balance_limit,
            balance_daily_block=balance_daily_block,
            block=block,
            can_send_bulk=can_send_bulk,
            can_send_restapi=can_send_restapi,
            confirmed=confirmed,
            id_subparent=id_subparent,
            finance=finance,
        )

        account_info.additional_properties = d
        return account_info

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
