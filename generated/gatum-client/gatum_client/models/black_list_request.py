from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BlackListRequest")


@_attrs_define
class BlackListRequest:
    """
    Attributes:
        numbers (list[int]):
    """

    numbers: list[int]

    def to_dict(self) -> dict[str, Any]:
        numbers = self.numbers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "numbers": numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        numbers = cast(list[int], d.pop("numbers"))

        black_list_request = cls(
            numbers=numbers,
        )

        return black_list_request
