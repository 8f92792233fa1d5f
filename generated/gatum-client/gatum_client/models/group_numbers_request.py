from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupNumbersRequest")


@_attrs_define
class GroupNumbersRequest:
    """
    Attributes:
        id_group (int): Group ID.
        numbers (list[int]):
    """

    id_group: int
    numbers: list[int]

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        numbers = self.numbers

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
        d = dict(src_dict)
        id_group = d.pop("id_group")

        numbers = cast(list[int], d.pop("numbers"))

        group_numbers_request = cls(
            id_group=id_group,
            numbers=numbers,
        )

        return group_numbers_request
