from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.group_contact import GroupContact


T = TypeVar("T", bound="AddGroupNumbersRequest")


@_attrs_define
class AddGroupNumbersRequest:
    """
    Attributes:
        id_group (int): Group ID.
        numbers (list[GroupContact]):
    """

    id_group: int
    numbers: list[GroupContact]

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item = numbers_item_data.to_dict()
            numbers.append(numbers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_group": id_group,
                "numbers": numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_contact import GroupContact  # noqa: PLC0415

        d = dict(src_dict)
        id_group = d.pop("id_group")

        numbers = []
        _numbers = d.pop("numbers")
        for numbers_item_data in _numbers:
            numbers_item = GroupContact.from_dict(numbers_item_data)

            numbers.append(numbers_item)

        add_group_numbers_request = cls(
            id_group=id_group,
            numbers=numbers,
        )

        return add_group_numbers_request
