from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenewApiKeyResult")


@_attrs_define
class RenewApiKeyResult:
    """Response of `renew_api_key`; the field name of the new key is uncertain, so both are declared.

    Attributes:
        new_api_key (str | Unset): The new API key (the field models.py reads).
        api_key (str | Unset): The new API key (the field the client.py docstring names).
    """

    new_api_key: str | Unset = UNSET
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_api_key = self.new_api_key

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_api_key is not UNSET:
            field_dict["new_api_key"] = new_api_key
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_api_key = d.pop("new_api_key", UNSET)

        api_key = d.pop("api_key", UNSET)

        renew_api_key_result = cls(
            new_api_key=new_api_key,
            api_key=api_key,
        )

        renew_api_key_result.additional_properties = d
        return renew_api_key_result

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
