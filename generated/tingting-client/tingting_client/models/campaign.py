from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """
    Attributes:
        id (int):
        name (str):
        user_phone (list[Any] | Unset): Phones of the user attached to the campaign (always empty in the samples; item
            shape unknown).
        services (str | Unset): Known values `PHONE`, `SMS`.
        description (None | str | Unset):
        usable_tags (list[str] | Unset): Tag names usable as `{tag}` placeholders (absent from create/update replies).
    """

    id: int
    name: str
    user_phone: list[Any] | Unset = UNSET
    services: str | Unset = UNSET
    description: None | str | Unset = UNSET
    usable_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_phone: list[Any] | Unset = UNSET
        if not isinstance(self.user_phone, Unset):
            user_phone = self.user_phone

        services = self.services

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        usable_tags: list[str] | Unset = UNSET
        if not isinstance(self.usable_tags, Unset):
            usable_tags = self.usable_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if services is not UNSET:
            field_dict["services"] = services
        if description is not UNSET:
            field_dict["description"] = description
        if usable_tags is not UNSET:
            field_dict["usable_tags"] = usable_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        user_phone = cast(list[Any], d.pop("user_phone", UNSET))

        services = d.pop("services", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        usable_tags = cast(list[str], d.pop("usable_tags", UNSET))

        campaign = cls(
            id=id,
            name=name,
            user_phone=user_phone,
            services=services,
            description=description,
            usable_tags=usable_tags,
        )

        campaign.additional_properties = d
        return campaign

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
