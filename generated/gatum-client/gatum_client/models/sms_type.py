from typing import Literal

SmsType = Literal["hlr", "mnp", "sms"]

SMS_TYPE_VALUES: set[SmsType] = {
    "hlr",
    "mnp",
    "sms",
}


def check_sms_type(value: str) -> SmsType:
    if value in SMS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_TYPE_VALUES!r}")
