from typing import Literal

BeginPriority = Literal["audio", "message"]

BEGIN_PRIORITY_VALUES: set[BeginPriority] = {
    "audio",
    "message",
}


def check_begin_priority(value: str) -> BeginPriority:
    if value in BEGIN_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BEGIN_PRIORITY_VALUES!r}")
