from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListGroupsRequest")


@_attrs_define
class ListGroupsRequest:
    """
    Attributes:
        limit (int | Unset): Groups per page. Default: 10.
        offset (int | Unset): Page index (0 = first page, 1 = next `limit` groups), not a row offset. Default: 0.
        id_group (int | Unset): Group ID.
    """

    limit: int | Unset = 10
    offset: int | Unset = 0
    id_group: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        id_group = self.id_group

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if id_group is not UNSET:
            field_dict["id_group"] = id_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        id_group = d.pop("id_group", UNSET)

        list_groups_request = cls(
            limit=limit,
            offset=offset,
            id_group=id_group,
        )

        return list_groups_request
