"""Contains all the data models used in inputs/outputs"""

from .account_access_token import AccountAccessToken
from .account_access_token_envelope import AccountAccessTokenEnvelope
from .address_book import AddressBook
from .address_book_envelope import AddressBookEnvelope
from .chat_content import ChatContent
from .contact import Contact
from .create_device_request import CreateDeviceRequest
from .create_domain_envelope import CreateDomainEnvelope
from .create_domain_request import CreateDomainRequest
from .create_user_by_phone_number_request import CreateUserByPhoneNumberRequest
from .create_user_by_user_id_request import CreateUserByUserIdRequest
from .created_device import CreatedDevice
from .created_device_envelope import CreatedDeviceEnvelope
from .created_domain import CreatedDomain
from .created_user import CreatedUser
from .created_user_envelope import CreatedUserEnvelope
from .device import Device
from .device_chat_message import DeviceChatMessage
from .device_list import DeviceList
from .device_list_envelope import DeviceListEnvelope
from .domain import Domain
from .domain_access_token import DomainAccessToken
from .domain_access_token_envelope import DomainAccessTokenEnvelope
from .domain_detail import DomainDetail
from .domain_detail_envelope import DomainDetailEnvelope
from .domain_list import DomainList
from .domain_list_envelope import DomainListEnvelope
from .error_envelope import ErrorEnvelope
from .group import Group
from .group_chat_message import GroupChatMessage
from .group_envelope import GroupEnvelope
from .group_image import GroupImage
from .group_member import GroupMember
from .message_sender import MessageSender
from .pending_message import PendingMessage
from .pending_message_content import PendingMessageContent
from .pending_message_list import PendingMessageList
from .pending_messages_envelope import PendingMessagesEnvelope
from .send_device_message_request import SendDeviceMessageRequest
from .send_group_message_request import SendGroupMessageRequest
from .send_sms_request import SendSmsRequest
from .sms_content import SmsContent
from .sms_message import SmsMessage
from .status_envelope import StatusEnvelope
from .user import User
from .user_access_token import UserAccessToken
from .user_access_token_envelope import UserAccessTokenEnvelope
from .user_details import UserDetails
from .user_details_envelope import UserDetailsEnvelope
from .user_list import UserList
from .user_list_envelope import UserListEnvelope

__all__ = (
    "AccountAccessToken",
    "AccountAccessTokenEnvelope",
    "AddressBook",
    "AddressBookEnvelope",
    "ChatContent",
    "Contact",
    "CreatedDevice",
    "CreatedDeviceEnvelope",
    "CreatedDomain",
    "CreateDeviceRequest",
    "CreateDomainEnvelope",
    "CreateDomainRequest",
    "CreatedUser",
    "CreatedUserEnvelope",
    "CreateUserByPhoneNumberRequest",
    "CreateUserByUserIdRequest",
    "Device",
    "DeviceChatMessage",
    "DeviceList",
    "DeviceListEnvelope",
    "Domain",
    "DomainAccessToken",
    "DomainAccessTokenEnvelope",
    "DomainDetail",
    "DomainDetailEnvelope",
    "DomainList",
    "DomainListEnvelope",
    "ErrorEnvelope",
    "Group",
    "GroupChatMessage",
    "GroupEnvelope",
    "GroupImage",
    "GroupMember",
    "MessageSender",
    "PendingMessage",
    "PendingMessageContent",
    "PendingMessageList",
    "PendingMessagesEnvelope",
    "SendDeviceMessageRequest",
    "SendGroupMessageRequest",
    "SendSmsRequest",
    "SmsContent",
    "SmsMessage",
    "StatusEnvelope",
    "User",
    "UserAccessToken",
    "UserAccessTokenEnvelope",
    "UserDetails",
    "UserDetailsEnvelope",
    "UserList",
    "UserListEnvelope",
)
