from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendBulkDetails")


@_attrs_define
class SendBulkDetails:
    """
    Attributes:
        id_group (list[int] | Unset):
        sender_id (str | Unset):
        sent_id (int | Unset):
    """

    id_group: list[int] | Unset = UNSET
    sender_id: str | Unset = UNSET
    sent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group: list[int] | Unset = UNSET
        if not isinstance(self.id_group, Unset):
            id_group = self.id_group

        sender_id = self.sender_id

        sent_id = self.sent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if sender_id is not UNSET:
            field_dict["senderID"] = sender_id
        if sent_id is not UNSET:
            field_dict["sentID"] = sent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_group = cast(list[int], d.pop("id_group", UNSET))

        sender_id = d.pop("senderID", UNSET)

        sent_id = d.pop("sentID", UNSET)

        send_bulk_details = cls(
            id_group=id_group,
            sender_id=sender_id,
            sent_id=sent_id,
        )

        send_bulk_details.additional_properties = d
        return send_bulk_details

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
