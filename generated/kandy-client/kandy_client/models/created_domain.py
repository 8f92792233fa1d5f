from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedDomain")


@_attrs_define
class CreatedDomain:
    """The created domain, as far as the API returns it (shape unverified).

    Attributes:
        domain_name (str | Unset):
        project_name (str | Unset):
        domain_api_key (str | Unset): The new domain's API key, if returned (not shown in the README).
        domain_api_secret (str | Unset): The new domain's API secret, if returned (not shown in the README).
    """

    domain_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    domain_api_key: str | Unset = UNSET
    domain_api_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        project_name = self.project_name

        domain_api_key = self.domain_api_key

        domain_api_secret = self.domain_api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if domain_api_key is not UNSET:
            field_dict["domain_api_key"] = domain_api_key
        if domain_api_secret is not UNSET:
            field_dict["domain_api_secret"] = domain_api_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_name = d.pop("domain_name", UNSET)

        project_name = d.pop("project_name", UNSET)

        domain_api_key = d.pop("domain_api_key", UNSET)

        domain_api_secret = d.pop("domain_api_secret", UNSET)

        created_domain = cls(
            domain_name=domain_name,
            project_name=project_name,
            domain_api_key=domain_api_key,
            domain_api_secret=domain_api_secret,
        )

        created_domain.additional_properties = d
        return created_domain

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
