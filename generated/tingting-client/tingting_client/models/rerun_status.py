from typing import Literal

RerunStatus = Literal["completed", "failed", "hungup", "terminated", "unanswered"]

RERUN_STATUS_VALUES: set[RerunStatus] = {
    "completed",
    "failed",
    "hungup",
    "terminated",
    "unanswered",
}


def check_rerun_status(value: str) -> RerunStatus:
    if value in RERUN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RERUN_STATUS_VALUES!r}")
