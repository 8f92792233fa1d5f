from typing import Literal

MfaGrantType = Literal["mfa"]

MFA_GRANT_TYPE_VALUES: set[MfaGrantType] = {
    "mfa",
}


def check_mfa_grant_type(value: str) -> MfaGrantType:
    if value in MFA_GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_GRANT_TYPE_VALUES!r}")
