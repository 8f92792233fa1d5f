from typing import Literal

OtpOption = Literal["generated", "personnel"]

OTP_OPTION_VALUES: set[OtpOption] = {
    "generated",
    "personnel",
}


def check_otp_option(value: str) -> OtpOption:
    if value in OTP_OPTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OTP_OPTION_VALUES!r}")
