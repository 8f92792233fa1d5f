from typing import Literal

CounterReset = Literal[0]

COUNTER_RESET_VALUES: set[CounterReset] = {
    0,
}


def check_counter_reset(value: int) -> CounterReset:
    if value in COUNTER_RESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUNTER_RESET_VALUES!r}")
