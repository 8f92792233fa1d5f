from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchStatus")


@_attrs_define
class BatchStatus:
    """Aggregated delivery status of a batch (README example plus docstring fields; low confidence).

    Attributes:
        status (str | Unset): Batch status. Known values: `processing`, `completed`, `failed` (open set).
        successful (int | Unset): Messages delivered.
        failed (int | Unset): Messages that failed.
        pending (int | Unset): Messages still queued.
        timestamp (str | Unset): Time of the last status change (SDK docstring only).
    """

    status: str | Unset = UNSET
    successful: int | Unset = UNSET
    failed: int | Unset = UNSET
    pending: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        successful = self.successful

        failed = self.failed

        pending = self.pending

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if successful is not UNSET:
            field_dict["successful"] = successful
        if failed is not UNSET:
            field_dict["failed"] = failed
        if pending is not UNSET:
            field_dict["pending"] = pending
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        successful = d.pop("successful", UNSET)

        failed = d.pop("failed", UNSET)

        pending = d.pop("pending", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        batch_status = cls(
            status=status,
            successful=successful,
            failed=failed,
            pending=pending,
            timestamp=timestamp,
        )

        batch_status.additional_properties = d
        return batch_status

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
