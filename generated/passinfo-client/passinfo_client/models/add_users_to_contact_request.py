from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddUsersToContactRequest")


@_attrs_define
class AddUsersToContactRequest:
    """Body of `add_users_to_contact`.

    Attributes:
        contact_id (str): Id of the contact.
        user_ids (list[str]): Ids of the users to link to the contact.
    """

    contact_id: str
    user_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_id": contact_id,
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("contact_id")

        user_ids = cast(list[str], d.pop("user_ids"))

        add_users_to_contact_request = cls(
            contact_id=contact_id,
            user_ids=user_ids,
        )

        return add_users_to_contact_request
