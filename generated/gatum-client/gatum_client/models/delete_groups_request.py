from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteGroupsRequest")


@_attrs_define
class DeleteGroupsRequest:
    """
    Attributes:
        id_group (list[int]):
    """

    id_group: list[int]

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_group": id_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_group = cast(list[int], d.pop("id_group"))

        delete_groups_request = cls(
            id_group=id_group,
        )

        return delete_groups_request
