from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSendResult")


@_attrs_define
class BulkSendResult:
    """Response of `send_message_bulk` (README example; low confidence). No batch id is documented.

    Attributes:
        status (str | Unset): Outcome of the send; `success` in the README.
        successful_sends (int | Unset): Messages queued for delivery.
        failed_sends (int | Unset): Messages that could not be queued.
        batch_id (str | Unset): Id of the batch, for `get_message_status_bulk` (not in the README; see Decisions).
    """

    status: str | Unset = UNSET
    successful_sends: int | Unset = UNSET
    failed_sends: int | Unset = UNSET
    batch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        successful_sends = self.successful_sends

        failed_sends = self.failed_sends

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if successful_sends is not UNSET:
            field_dict["successful_sends"] = successful_sends
        if failed_sends is not UNSET:
            field_dict["failed_sends"] = failed_sends
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        successful_sends = d.pop("successful_sends", UNSET)

        failed_sends = d.pop("failed_sends", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        bulk_send_result = cls(
            status=status,
            successful_sends=successful_sends,
            failed_sends=failed_sends,
            batch_id=batch_id,
        )

        bulk_send_result.additional_properties = d
        return bulk_send_result

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
