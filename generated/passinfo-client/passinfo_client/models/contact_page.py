from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_read import ContactRead


T = TypeVar("T", bound="ContactPage")


@_attrs_define
class ContactPage:
    """One page of contacts (SDK reads `contacts`; README adds the counters; low confidence).

    Attributes:
        contacts (list[ContactRead] | Unset):
        total (int | Unset): Total number of contacts.
        page (int | Unset): Current page number.
        total_pages (int | Unset): Total number of pages.
    """

    contacts: list[ContactRead] | Unset = UNSET
    total: int | Unset = UNSET
    page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        total = self.total

        page = self.page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_read import ContactRead  # noqa: PLC0415

        d = dict(src_dict)
        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactRead] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactRead.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        contact_page = cls(
            contacts=contacts,
            total=total,
            page=page,
            total_pages=total_pages,
        )

        contact_page.additional_properties = d
        return contact_page

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
