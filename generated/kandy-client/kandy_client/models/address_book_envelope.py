from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_book import AddressBook
    from ..models.contact import Contact


T = TypeVar("T", bound="AddressBookEnvelope")


@_attrs_define
class AddressBookEnvelope:
    """Lenient reply of `get_device_address_book`: the vendor doc's envelope (`status`, `message`,
    `result.contacts`) or kandy.js's top-level `success` + `contacts`. Nothing is required.

        Attributes:
            status (int | Unset): Kandy result code, open set. Known values: 0 success; 1 internal error; 3 missing
                parameters;
                700 group not found; 701 user not found; 702 requesting user not in group; 710 message in an
                invalid format. Any non-zero value is an error. Codes this spec adds where the vendor doc has
                none (Decisions 20, 21): 401 key or secret refused, 404 domain, device or token not found, 405,
                409 user already exists, 429.
            message (str | Unset):
            result (AddressBook | Unset):
            success (bool | Unset): kandy.js form only.
            contacts (list[Contact] | Unset): kandy.js form only.
    """

    status: int | Unset = UNSET
    message: str | Unset = UNSET
    result: AddressBook | Unset = UNSET
    success: bool | Unset = UNSET
    contacts: list[Contact] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        success = self.success

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result
        if success is not UNSET:
            field_dict["success"] = success
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_book import AddressBook  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        _result = d.pop("result", UNSET)
        result: AddressBook | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AddressBook.from_dict(_result)

        success = d.pop("success", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        address_book_envelope = cls(
            status=status,
            message=message,
            result=result,
            success=success,
            contacts=contacts,
        )

        address_book_envelope.additional_properties = d
        return address_book_envelope

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
