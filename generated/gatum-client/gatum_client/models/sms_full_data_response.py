from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_record import SmsRecord


T = TypeVar("T", bound="SmsFullDataResponse")


@_attrs_define
class SmsFullDataResponse:
    """
    Attributes:
        status (bool): `true` on success; not a constant, so that a 2xx saying `false` is read and reported as an error.
        data (list[SmsRecord] | Unset):
    """

    status: bool
    data: list[SmsRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

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
        from ..models.sms_record import SmsRecord  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        _data = d.pop("data", UNSET)
        data: list[SmsRecord] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SmsRecord.from_dict(data_item_data)

                data.append(data_item)

        sms_full_data_response = cls(
            status=status,
            data=data,
        )

        sms_full_data_response.additional_properties = d
        return sms_full_data_response

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
