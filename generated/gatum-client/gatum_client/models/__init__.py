"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request import AccessTokenRequest
from .access_token_response import AccessTokenResponse
from .account_finance import AccountFinance
from .account_info import AccountInfo
from .account_info_response import AccountInfoResponse
from .add_group_numbers_request import AddGroupNumbersRequest
from .add_group_numbers_response import AddGroupNumbersResponse
from .add_group_numbers_result import AddGroupNumbersResult
from .authorization_code import AuthorizationCode
from .authorize_request import AuthorizeRequest
from .authorize_response import AuthorizeResponse
from .black_list_change_response import BlackListChangeResponse
from .black_list_change_result import BlackListChangeResult
from .black_list_details import BlackListDetails
from .black_list_request import BlackListRequest
from .black_list_search_response import BlackListSearchResponse
from .black_list_search_result import BlackListSearchResult
from .contact_gender import ContactGender
from .create_group_request import CreateGroupRequest
from .create_group_response import CreateGroupResponse
from .create_group_result import CreateGroupResult
from .created_group import CreatedGroup
from .delete_group_numbers_response import DeleteGroupNumbersResponse
from .delete_group_numbers_result import DeleteGroupNumbersResult
from .delete_groups_request import DeleteGroupsRequest
from .delete_groups_response import DeleteGroupsResponse
from .delete_groups_result import DeleteGroupsResult
from .delivery_report import DeliveryReport
from .error_response import ErrorResponse
from .field_errors import FieldErrors
from .group_contact import GroupContact
from .group_create_details import GroupCreateDetails
from .group_delete_details import GroupDeleteDetails
from .group_list import GroupList
from .group_list_details import GroupListDetails
from .group_number_add_details import GroupNumberAddDetails
from .group_number_delete_details import GroupNumberDeleteDetails
from .group_number_record import GroupNumberRecord
from .group_number_search_details import GroupNumberSearchDetails
from .group_numbers_request import GroupNumbersRequest
from .group_summary import GroupSummary
from .list_groups_request import ListGroupsRequest
from .list_groups_response import ListGroupsResponse
from .logout_response import LogoutResponse
from .register_customer_request import RegisterCustomerRequest
from .register_customer_response import RegisterCustomerResponse
from .search_group_numbers_response import SearchGroupNumbersResponse
from .search_group_numbers_result import SearchGroupNumbersResult
from .send_bulk_details import SendBulkDetails
from .send_bulk_request import SendBulkRequest
from .send_bulk_response import SendBulkResponse
from .send_bulk_result import SendBulkResult
from .send_sms_details import SendSmsDetails
from .send_sms_response import SendSmsResponse
from .send_sms_result import SendSmsResult
from .send_sms_sending import SendSmsSending
from .sms_full_data_request import SmsFullDataRequest
from .sms_full_data_response import SmsFullDataResponse
from .sms_message import SmsMessage
from .sms_record import SmsRecord
from .sms_type import SmsType

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "AccessTokenResponse",
    "AccountFinance",
    "AccountInfo",
    "AccountInfoResponse",
    "AddGroupNumbersRequest",
    "AddGroupNumbersResponse",
    "AddGroupNumbersResult",
    "AuthorizationCode",
    "AuthorizeRequest",
    "AuthorizeResponse",
    "BlackListChangeResponse",
    "BlackListChangeResult",
    "BlackListDetails",
    "BlackListRequest",
    "BlackListSearchResponse",
    "BlackListSearchResult",
    "ContactGender",
    "CreatedGroup",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateGroupResult",
    "DeleteGroupNumbersResponse",
    "DeleteGroupNumbersResult",
    "DeleteGroupsRequest",
    "DeleteGroupsResponse",
    "DeleteGroupsResult",
    "DeliveryReport",
    "ErrorResponse",
    "FieldErrors",
    "GroupContact",
    "GroupCreateDetails",
    "GroupDeleteDetails",
    "GroupList",
    "GroupListDetails",
    "GroupNumberAddDetails",
    "GroupNumberDeleteDetails",
    "GroupNumberRecord",
    "GroupNumberSearchDetails",
    "GroupNumbersRequest",
    "GroupSummary",
    "ListGroupsRequest",
    "ListGroupsResponse",
    "LogoutResponse",
    "RegisterCustomerRequest",
    "RegisterCustomerResponse",
    "SearchGroupNumbersResponse",
    "SearchGroupNumbersResult",
    "SendBulkDetails",
    "SendBulkRequest",
    "SendBulkResponse",
    "SendBulkResult",
    "SendSmsDetails",
    "SendSmsResponse",
    "SendSmsResult",
    "SendSmsSending",
    "SmsFullDataRequest",
    "SmsFullDataResponse",
    "SmsMessage",
    "SmsRecord",
    "SmsType",
)
