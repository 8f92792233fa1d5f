from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """
    Attributes:
        device_id (str | Unset): ID of the device (README spelling).
        id (str | Unset): Alternative spelling of the device ID read by the Kandy Node helper.
        device_native_id (str | Unset):
        device_family (str | Unset):
        device_name (str | Unset):
        client_sw_version (str | Unset):
        device_os_version (str | Unset):
    """

    device_id: str | Unset = UNSET
    id: str | Unset = UNSET
    device_native_id: str | Unset = UNSET
    device_family: str | Unset = UNSET
    device_name: str | Unset = UNSET
    client_sw_version: str | Unset = UNSET
    device_os_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        id = self.id

        device_native_id = self.device_native_id

        device_family = self.device_family

        device_name = self.device_name

        client_sw_version = self.client_sw_version

        device_os_version = self.device_os_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if id is not UNSET:
            field_dict["id"] = id
        if device_native_id is not UNSET:
            field_dict["device_native_id"] = device_native_id
        if device_family is not UNSET:
            field_dict["device_family"] = device_family
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if client_sw_version is not UNSET:
            field_dict["client_sw_version"] = client_sw_version
        if device_os_version is not UNSET:
            field_dict["device_os_version"] = device_os_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("device_id", UNSET)

        id = d.pop("id", UNSET)

        device_native_id = d.pop("device_native_id", UNSET)

        device_family = d.pop("device_family", UNSET)

        device_name = d.pop("device_name", UNSET)

        client_sw_version = d.pop("client_sw_version", UNSET)

        device_os_version = d.pop("device_os_version", UNSET)

        device = cls(
            device_id=device_id,
            id=id,
            device_native_id=device_native_id,
            device_family=device_family,
            device_name=device_name,
            client_sw_version=client_sw_version,
            device_os_version=device_os_version,
        )

        device.additional_properties = d
        return device

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
