from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.created_domain import CreatedDomain


T = TypeVar("T", bound="CreateDomainEnvelope")


@_attrs_define
class CreateDomainEnvelope:
    """Lenient reply of `create_domain`: either the standard envelope (`status`, `message`, `result`) or the
    README's bare `{domain_name, project_name}`. Nothing is required.

        Attributes:
            status (int | Unset): Kandy result code, open set. Known values: 0 success; 1 internal error; 3 missing
                parameters;
                700 group not found; 701 user not found; 702 requesting user not in group; 710 message in an
                invalid format. Any non-zero value is an error. Codes this spec adds where the vendor doc has
                none (Decisions 20, 21): 401 key or secret refused, 404 domain, device or token not found, 405,
                409 user already exists, 429.
            message (str | Unset):
            result (CreatedDomain | Unset): The created domain, as far as the API returns it (shape unverified).
            domain_name (str | Unset): Bare-object form (README) only.
            project_name (str | Unset): Bare-object form (README) only.
    """

    status: int | Unset = UNSET
    message: str | Unset = UNSET
    result: CreatedDomain | Unset = UNSET
    domain_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        domain_name = self.domain_name

        project_name = self.project_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if project_name is not UNSET:
            field_dict["project_name"] = project_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_domain import CreatedDomain  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        _result = d.pop("result", UNSET)
        result: CreatedDomain | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CreatedDomain.from_dict(_result)

        domain_name = d.pop("domain_name", UNSET)

        project_name = d.pop("project_name", UNSET)

        create_domain_envelope = cls(
            status=status,
            message=message,
            result=result,
            domain_name=domain_name,
            project_name=project_name,
        )

        create_domain_envelope.additional_properties = d
        return create_domain_envelope

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
