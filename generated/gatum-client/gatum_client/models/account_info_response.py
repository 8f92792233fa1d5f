from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_info import AccountInfo


T = TypeVar("T", bound="AccountInfoResponse")


@_attrs_define
class AccountInfoResponse:
    """
    Attributes:
        status (bool): `true` on success; not a constant, so that a 2xx saying `false` is read and reported as an error.
        data (AccountInfo | Unset): Account record (fields from a third-party summary; unverified, all optional).
    """

    status: bool
    data: AccountInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_info import AccountInfo  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        _data = d.pop("data", UNSET)
        data: AccountInfo | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AccountInfo.from_dict(_data)

        account_info_response = cls(
            status=status,
            data=data,
        )

        account_info_response.additional_properties = d
        return account_info_response

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
