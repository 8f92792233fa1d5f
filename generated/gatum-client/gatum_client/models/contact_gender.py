from typing import Literal

ContactGender = Literal["f", "m"]

CONTACT_GENDER_VALUES: set[ContactGender] = {
    "f",
    "m",
}


def check_contact_gender(value: str) -> ContactGender:
    if value in CONTACT_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_GENDER_VALUES!r}")
