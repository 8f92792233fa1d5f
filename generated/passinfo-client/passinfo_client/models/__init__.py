"""Contains all the data models used in inputs/outputs"""

from .add_contact_to_group_request import AddContactToGroupRequest
from .add_users_to_contact_request import AddUsersToContactRequest
from .batch_status import BatchStatus
from .bulk_message_request import BulkMessageRequest
from .bulk_send_result import BulkSendResult
from .contact_create import ContactCreate
from .contact_page import ContactPage
from .contact_read import ContactRead
from .error_response import ErrorResponse
from .group import Group
from .group_message_request import GroupMessageRequest
from .group_send_result import GroupSendResult
from .message_status import MessageStatus
from .renew_api_key_result import RenewApiKeyResult
from .send_message_result import SendMessageResult
from .single_message_request import SingleMessageRequest
from .sms_balance import SmsBalance
from .success_result import SuccessResult

__all__ = (
    "AddContactToGroupRequest",
    "AddUsersToContactRequest",
    "BatchStatus",
    "BulkMessageRequest",
    "BulkSendResult",
    "ContactCreate",
    "ContactPage",
    "ContactRead",
    "ErrorResponse",
    "Group",
    "GroupMessageRequest",
    "GroupSendResult",
    "MessageStatus",
    "RenewApiKeyResult",
    "SendMessageResult",
    "SingleMessageRequest",
    "SmsBalance",
    "SuccessResult",
)
