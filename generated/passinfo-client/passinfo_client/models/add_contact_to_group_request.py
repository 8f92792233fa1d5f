from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddContactToGroupRequest")


@_attrs_define
class AddContactToGroupRequest:
    """Body of `add_contact_to_group`.

    Attributes:
        contact_id (str): Id of the contact.
        group_id (str): Id of the group.
    """

    contact_id: str
    group_id: str

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        group_id = self.group_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_id": contact_id,
                "group_id": group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        group_id = d.pop("group_id")

        add_contact_to_group_request = cls(
            contact_id=contact_id,
            group_id=group_id,
        )

        return add_contact_to_group_request
