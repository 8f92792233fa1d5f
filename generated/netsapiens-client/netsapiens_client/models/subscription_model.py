from typing import Literal

SubscriptionModel = Literal[
    "agent",
    "auditlog",
    "auditlog_lite",
    "call",
    "call_origid",
    "cdr",
    "message",
    "messagesession",
    "presence",
    "subscriber",
    "voicemail",
]

SUBSCRIPTION_MODEL_VALUES: set[SubscriptionModel] = {
    "agent",
    "auditlog",
    "auditlog_lite",
    "call",
    "call_origid",
    "cdr",
    "message",
    "messagesession",
    "presence",
    "subscriber",
    "voicemail",
}


def check_subscription_model(value: str) -> SubscriptionModel:
    if value in SUBSCRIPTION_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_MODEL_VALUES!r}")
