from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDomainRequest")


@_attrs_define
class CreateDomainRequest:
    """
    Attributes:
        domain_name (str): Name of the domain, e.g. "test.com".
        project_name (str | Unset): Human-readable description of the domain.
    """

    domain_name: str
    project_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        project_name = self.project_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain_name": domain_name,
            }
        )
        if project_name is not UNSET:
            field_dict["project_name"] = project_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_name = d.pop("domain_name")

        project_name = d.pop("project_name", UNSET)

        create_domain_request = cls(
            domain_name=domain_name,
            project_name=project_name,
        )

        return create_domain_request
