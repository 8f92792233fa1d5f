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
        time_birth (str | Unset): Time to send birthday greetings, `HH:MM`.
        originator_birth (str | Unset): Sender ID (originator), which must be registered for the account. Numeric: 3-15
            digits. Alphanumeric:
            up to 11 characters with at least one letter.
        text_birth (str | Unset): Greeting text; `#first_name#` is replaced by the contact's name.
        on_birth (bool | Unset): Whether to send birthday greetings. Default: False.
    """

    name_group: str
    time_birth: str | Unset = UNSET
    originator_birth: str | Unset = UNSET
    text_birth: str | Unset = UNSET
    on_birth: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name_group = self.name_group

        time_birth = self.time_birth

        originator_birth: str | Unset
        if isinstance(self.originator_birth, Unset):
            originator_birth = UNSET
        else:
            originator_birth = self.originator_birth

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

        time_birth = d.pop("time_birth", UNSET)

        def _parse_originator_birth(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        originator_birth = _parse_originator_birth(d.pop("originator_birth", UNSET))

        text_birth = d.pop("text_birth", UNSET)

        on_birth = d.pop("on_birth", UNSET)

        create_group_request = cls(
            name_group=name_group,
            time_birth=time_birth,
            originator_birth=originator_birth,
            text_birth=text_birth,
            on_birth=on_birth,
        )

        return create_group_request
