from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.contact_gender import ContactGender, check_contact_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupContact")


@_attrs_define
class GroupContact:
    """A contact to add to a group. Only `number` is required.

    Attributes:
        number (int): Phone number in international format as an integer (at most 15 digits).
        name (str | Unset):
        surname (str | Unset):
        patronymic (str | Unset):
        date_birth (datetime.date | Unset): Birth date, `YYYY-MM-DD` (used for birthday greetings).
        male (ContactGender | Unset): `m` (male) or `f` (female).
        note_1 (str | Unset):
        note_2 (str | Unset):
        note_3 (str | Unset):
        note_4 (str | Unset):
        note_5 (str | Unset):
        note_6 (str | Unset):
        note_7 (str | Unset):
        note_8 (str | Unset):
        note_9 (str | Unset):
        note_10 (str | Unset):
    """

    number: int
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    date_birth: datetime.date | Unset = UNSET
    male: ContactGender | Unset = UNSET
    note_1: str | Unset = UNSET
    note_2: str | Unset = UNSET
    note_3: str | Unset = UNSET
    note_4: str | Unset = UNSET
    note_5: str | Unset = UNSET
    note_6: str | Unset = UNSET
    note_7: str | Unset = UNSET
    note_8: str | Unset = UNSET
    note_9: str | Unset = UNSET
    note_10: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        date_birth: str | Unset = UNSET
        if not isinstance(self.date_birth, Unset):
            date_birth = self.date_birth.isoformat()

        male: str | Unset = UNSET
        if not isinstance(self.male, Unset):
            male = self.male

        note_1 = self.note_1

        note_2 = self.note_2

        note_3 = self.note_3

        note_4 = self.note_4

        note_5 = self.note_5

        note_6 = self.note_6

        note_7 = self.note_7

        note_8 = self.note_8

        note_9 = self.note_9

        note_10 = self.note_10

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if date_birth is not UNSET:
            field_dict["date_birth"] = date_birth
        if male is not UNSET:
            field_dict["male"] = male
        if note_1 is not UNSET:
            field_dict["note_1"] = note_1
        if note_2 is not UNSET:
            field_dict["note_2"] = note_2
        if note_3 is not UNSET:
            field_dict["note_3"] = note_3
        if note_4 is not UNSET:
            field_dict["note_4"] = note_4
        if note_5 is not UNSET:
            field_dict["note_5"] = note_5
        if note_6 is not UNSET:
            field_dict["note_6"] = note_6
        if note_7 is not UNSET:
            field_dict["note_7"] = note_7
        if note_8 is not UNSET:
            field_dict["note_8"] = note_8
        if note_9 is not UNSET:
            field_dict["note_9"] = note_9
        if note_10 is not UNSET:
            field_dict["note_10"] = note_10

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        _date_birth = d.pop("date_birth", UNSET)
        date_birth: datetime.date | Unset
        if isinstance(_date_birth, Unset):
            date_birth = UNSET
        else:
            date_birth = datetime.date.fromisoformat(_date_birth)

        _male = d.pop("male", UNSET)
        male: ContactGender | Unset
        if isinstance(_male, Unset):
            male = UNSET
        else:
            male = check_contact_gender(_male)

        note_1 = d.pop("note_1", UNSET)

        note_2 = d.pop("note_2", UNSET)

        note_3 = d.pop("note_3", UNSET)

        note_4 = d.pop("note_4", UNSET)

        note_5 = d.pop("note_5", UNSET)

        note_6 = d.pop("note_6", UNSET)

        note_7 = d.pop("note_7", UNSET)

        note_8 = d.pop("note_8", UNSET)

        note_9 = d.pop("note_9", UNSET)

        note_10 = d.pop("note_10", UNSET)

        group_contact = cls(
            number=number,
            name=name,
            surname=surname,
            patronymic=patronymic,
            date_birth=date_birth,
            male=male,
            note_1=note_1,
            note_2=note_2,
            note_3=note_3,
            note_4=note_4,
            note_5=note_5,
            note_6=note_6,
            note_7=note_7,
            note_8=note_8,
            note_9=note_9,
            note_10=note_10,
        )

        return group_contact
