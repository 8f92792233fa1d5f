from typing import Literal

MfaGrantNsIdType = Literal["level1", "subscriber"]

MFA_GRANT_NS_ID_TYPE_VALUES: set[MfaGrantNsIdType] = {
    "level1",
    "subscriber",
}


def check_mfa_grant_ns_id_type(value: str) -> MfaGrantNsIdType:
    if value in MFA_GRANT_NS_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MFA_GRANT_NS_ID_TYPE_VALUES!r}")
