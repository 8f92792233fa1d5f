"""Contains all the data models used in inputs/outputs"""

from .accepted_response import AcceptedResponse
from .access_token import AccessToken
from .counter_reset import CounterReset
from .error_response import ErrorResponse
from .forbidden_error import ForbiddenError
from .message import Message
from .message_send import MessageSend
from .message_session import MessageSession
from .mfa_grant import MfaGrant
from .mfa_grant_ns_id_type import MfaGrantNsIdType
from .mfa_grant_type import MfaGrantType
from .password_grant import PasswordGrant
from .password_grant_type import PasswordGrantType
from .refresh_token_grant import RefreshTokenGrant
from .refresh_token_grant_type import RefreshTokenGrantType
from .subscription import Subscription
from .subscription_conflict import SubscriptionConflict
from .subscription_create import SubscriptionCreate
from .subscription_event import SubscriptionEvent
from .subscription_model import SubscriptionModel
from .subscription_update import SubscriptionUpdate
from .yes_no import YesNo

__all__ = (
    "AcceptedResponse",
    "AccessToken",
    "CounterReset",
    "ErrorResponse",
    "ForbiddenError",
    "Message",
    "MessageSend",
    "MessageSession",
    "MfaGrant",
    "MfaGrantNsIdType",
    "MfaGrantType",
    "PasswordGrant",
    "PasswordGrantType",
    "RefreshTokenGrant",
    "RefreshTokenGrantType",
    "Subscription",
    "SubscriptionConflict",
    "SubscriptionCreate",
    "SubscriptionEvent",
    "SubscriptionModel",
    "SubscriptionUpdate",
    "YesNo",
)
