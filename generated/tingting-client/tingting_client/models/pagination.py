from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """
    Attributes:
        total_items (int | Unset):
        total_pages (int | Unset):
        page_number (int | Unset):
        has_next (bool | Unset):
        has_previous (bool | Unset):
        links (list[Any] | Unset): Page links (shape undocumented; empty in the only sample).
    """

    total_items: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    page_number: int | Unset = UNSET
    has_next: bool | Unset = UNSET
    has_previous: bool | Unset = UNSET
    links: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_pages = self.total_pages

        page_number = self.page_number

        has_next = self.has_next

        has_previous = self.has_previous

        links: list[Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if has_next is not UNSET:
            field_dict["has_next"] = has_next
        if has_previous is not UNSET:
            field_dict["has_previous"] = has_previous
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_items = d.pop("total_items", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        page_number = d.pop("page_number", UNSET)

        has_next = d.pop("has_next", UNSET)

        has_previous = d.pop("has_previous", UNSET)

        links = cast(list[Any], d.pop("links", UNSET))

        pagination = cls(
            total_items=total_items,
            total_pages=total_pages,
            page_number=page_number,
            has_next=has_next,
            has_previous=has_previous,
            links=links,
        )

        pagination.additional_properties = d
        return pagination

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
