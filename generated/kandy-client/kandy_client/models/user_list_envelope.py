from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_list import UserList


T = TypeVar("T", bound="UserListEnvelope")


@_attrs_define
class UserListEnvelope:
    """
    Attributes:
        status (int): Kandy result code, open set. Known values: 0 success; 1 internal error; 3 missing parameters;
            700 group not found; 701 user not found; 702 requesting user not in group; 710 message in an
            invalid format. Any non-zero value is an error. Codes this spec adds where the vendor doc has
            none (Decisions 20, 21): 401 key or secret refused, 404 domain, device or token not found, 405,
            409 user already exists, 429.
        message (str):
        result (UserList | Unset):
    """

    status: int
    message: str
    result: UserList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_list import UserList  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        message = d.pop("message")

        _result = d.pop("result", UNSET)
        result: UserList | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = UserList.from_dict(_result)

        user_list_envelope = cls(
            status=status,
            message=message,
            result=result,
        )

        user_list_envelope.additional_properties = d
        return user_list_envelope

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
