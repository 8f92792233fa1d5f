from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedGroup")


@_attrs_define
class CreatedGroup:
    """
    Attributes:
        id_group (int | Unset):
        name_group (str | Unset):
        numbers_count (int | Unset):
        on_birth (bool | Unset):
        originator_birth (None | str | Unset):
        text_birth (None | str | Unset):
        time_birth (None | str | Unset):
    """

    id_group: int | Unset = UNSET
    name_group: str | Unset = UNSET
    numbers_count: int | Unset = UNSET
    on_birth: bool | Unset = UNSET
    originator_birth: None | str | Unset = UNSET
    text_birth: None | str | Unset = UNSET
    time_birth: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        name_group = self.name_group

        numbers_count = self.numbers_count

        on_birth = self.on_birth

        originator_birth: None | str | Unset
        if isinstance(self.originator_birth, Unset):
            originator_birth = UNSET
        else:
            originator_birth = self.originator_birth

        text_birth: None | str | Unset
        if isinstance(self.text_birth, Unset):
            text_birth = UNSET
        else:
            text_birth = self.text_birth

        time_birth: None | str | Unset
        if isinstance(self.time_birth, Unset):
            time_birth = UNSET
        else:
            time_birth = self.time_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if name_group is not UNSET:
            field_dict["name_group"] = name_group
        if numbers_count is not UNSET:
            field_dict["numbers_count"] = numbers_count
        if on_birth is not UNSET:
            field_dict["on_birth"] = on_birth
        if originator_birth is not UNSET:
            field_dict["originator_birth"] = originator_birth
        if text_birth is not UNSET:
            field_dict["text_birth"] = text_birth
        if time_birth is not UNSET:
            field_dict["time_birth"] = time_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_group = d.pop("id_group", UNSET)

        name_group = d.pop("name_group", UNSET)

        numbers_count = d.pop("numbers_count", UNSET)

        on_birth = d.pop("on_birth", UNSET)

        def _parse_originator_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        originator_birth = _parse_originator_birth(d.pop("originator_birth", UNSET))

        def _parse_text_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_birth = _parse_text_birth(d.pop("text_birth", UNSET))

        def _parse_time_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_birth = _parse_time_birth(d.pop("time_birth", UNSET))

        created_group = cls(
            id_group=id_group,
            name_group=name_group,
            numbers_count=numbers_count,
            on_birth=on_birth,
            originator_birth=originator_birth,
            text_birth=text_birth,
            time_birth=time_birth,
        )

        created_group.additional_properties = d
        return created_group

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
