from typing import Literal

VoiceInput = Literal["np_binod", "np_prasanna", "np_rija"]

VOICE_INPUT_VALUES: set[VoiceInput] = {
    "np_binod",
    "np_prasanna",
    "np_rija",
}


def check_voice_input(value: str) -> VoiceInput:
    if value in VOICE_INPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_INPUT_VALUES!r}")
