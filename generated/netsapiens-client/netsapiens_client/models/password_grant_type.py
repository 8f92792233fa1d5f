from typing import Literal

PasswordGrantType = Literal["password"]

PASSWORD_GRANT_TYPE_VALUES: set[PasswordGrantType] = {
    "password",
}


def check_password_grant_type(value: str) -> PasswordGrantType:
    if value in PASSWORD_GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSWORD_GRANT_TYPE_VALUES!r}")
