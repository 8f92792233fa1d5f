from typing import Literal

SmsSendOption = Literal["text", "voice"]

SMS_SEND_OPTION_VALUES: set[SmsSendOption] = {
    "text",
    "voice",
}


def check_sms_send_option(value: str) -> SmsSendOption:
    if value in SMS_SEND_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_SEND_OPTION_VALUES!r}")
