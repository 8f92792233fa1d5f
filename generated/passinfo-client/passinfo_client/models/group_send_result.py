from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupSendResult")


@_attrs_define
class GroupSendResult:
    """Response of `send_message_group` (README example; low confidence).

    Attributes:
        status (str | Unset): Outcome of the send; `success` in the README.
        group_size (int | Unset): Number of contacts in the group.
        messages_queued (int | Unset): Messages queued for delivery.
        batch_id (str | Unset): Id of the batch, for `get_message_status_bulk` (not in the README; see Decisions).
    """

    status: str | Unset = UNSET
    group_size: int | Unset = UNSET
    messages_queued: int | Unset = UNSET
    batch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        group_size = self.group_size

        messages_queued = self.messages_queued

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if group_size is not UNSET:
            field_dict["group_size"] = group_size
        if messages_queued is not UNSET:
            field_dict["messages_queued"] = messages_queued
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        group_size = d.pop("group_size", UNSET)

        messages_queued = d.pop("messages_queued", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        group_send_result = cls(
            status=status,
            group_size=group_size,
            messages_queued=messages_queued,
            batch_id=batch_id,
        )

        group_send_result.additional_properties = d
        return group_send_result

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
