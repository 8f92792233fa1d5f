from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGroupRequest")


@_attrs_define
class CreateGroupRequest:
    """
    Attributes:
        name_group (str):
        time_birth (bool | str | Unset): Time to send birthday greetings, `HH:MM`. `false` (what the vendor SDK sends)
            means unset.
        originator_birth (bool | str | Unset): Sender ID of the greetings. `false` (what the vendor SDK sends) means
            unset.
        text_birth (bool | str | Unset): Greeting text, `#first_name#` replaced by the contact's name. `false` means
            unset.
        on_birth (bool | Unset): Whether to send birthday greetings. Default: False.
    """

    name_group: str
    time_birth: bool | str | Unset = UNSET
    originator_birth: bool | str | Unset = UNSET
    text_birth: bool | str | Unset = UNSET
    on_birth: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name_group = self.name_group

        time_birth: bool | str | Unset
        if isinstance(self.time_birth, Unset):
            time_birth = UNSET
        else:
            time_birth = self.time_birth

        originator_birth: bool | str | Unset
        if isinstance(self.originator_birth, Unset):
            originator_birth = UNSET
        else:
            originator_birth = self.originator_birth

        text_birth: bool | str | Unset
        if isinstance(self.text_birth, Unset):
            text_birth = UNSET
        else:
            text_birth = self.text_birth

        on_birth = self.on_birth

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name_group": name_group,
            }
        )
        if time_birth is not UNSET:
            field_dict["time_birth"] = time_birth
        if originator_birth is not UNSET:
            field_dict["originator_birth"] = originator_birth
        if text_birth is not UNSET:
            field_dict["text_birth"] = text_birth
        if on_birth is not UNSET:
            field_dict["on_birth"] = on_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_group = d.pop("name_group")

        def _parse_time_birth(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        time_birth = _parse_time_birth(d.pop("time_birth", UNSET))

        def _parse_originator_birth(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        originator_birth = _parse_originator_birth(d.pop("originator_birth", UNSET))

        def _parse_text_birth(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        text_birth = _parse_text_birth(d.pop("text_birth", UNSET))

        on_birth = d.pop("on_birth", UNSET)

        create_group_request = cls(
            name_group=name_group,
            time_birth=time_birth,
            originator_birth=originator_birth,
            text_birth=text_birth,
            on_birth=on_birth,
        )

        return create_group_request
