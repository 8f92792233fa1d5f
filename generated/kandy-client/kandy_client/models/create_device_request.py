from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeviceRequest")


@_attrs_define
class CreateDeviceRequest:
    """Device details; the vendor documents no required field.

    Attributes:
        device_native_id (str | Unset): Native (hardware) ID of the device.
        device_family (str | Unset): Device family, e.g. "iphone" (open set).
        device_name (str | Unset):
        client_sw_version (str | Unset):
        device_os_version (str | Unset):
    """

    device_native_id: str | Unset = UNSET
    device_family: str | Unset = UNSET
    device_name: str | Unset = UNSET
    client_sw_version: str | Unset = UNSET
    device_os_version: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        device_native_id = self.device_native_id

        device_family = self.device_family

        device_name = self.device_name

        client_sw_version = self.client_sw_version

        device_os_version = self.device_os_version

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        device_native_id = d.pop("device_native_id", UNSET)

        device_family = d.pop("device_family", UNSET)

        device_name = d.pop("device_name", UNSET)

        client_sw_version = d.pop("client_sw_version", UNSET)

        device_os_version = d.pop("device_os_version", UNSET)

        create_device_request = cls(
            device_native_id=device_native_id,
            device_family=device_family,
            device_name=device_name,
            client_sw_version=client_sw_version,
            device_os_version=device_os_version,
        )

        return create_device_request
