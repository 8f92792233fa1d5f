"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .available_numbers_data import AvailableNumbersData
from .available_numbers_response import AvailableNumbersResponse
from .begin_priority import BeginPriority
from .campaign import Campaign
from .campaign_begin import CampaignBegin
from .campaign_begin_data import CampaignBeginData
from .campaign_begin_response import CampaignBeginResponse
from .campaign_begin_upload import CampaignBeginUpload
from .campaign_create import CampaignCreate
from .campaign_create_upload import CampaignCreateUpload
from .campaign_deleted_data import CampaignDeletedData
from .campaign_deleted_response import CampaignDeletedResponse
from .campaign_details_data import CampaignDetailsData
from .campaign_details_response import CampaignDetailsResponse
from .campaign_list_page import CampaignListPage
from .campaign_list_result import CampaignListResult
from .campaign_number import CampaignNumber
from .campaign_number_added_data import CampaignNumberAddedData
from .campaign_number_added_response import CampaignNumberAddedResponse
from .campaign_number_create import CampaignNumberCreate
from .campaign_number_deleted_data import CampaignNumberDeletedData
from .campaign_number_deleted_response import CampaignNumberDeletedResponse
from .campaign_number_info_data import CampaignNumberInfoData
from .campaign_number_info_response import CampaignNumberInfoResponse
from .campaign_number_tags import CampaignNumberTags
from .campaign_number_update import CampaignNumberUpdate
from .campaign_number_updated_data import CampaignNumberUpdatedData
from .campaign_number_updated_response import CampaignNumberUpdatedResponse
from .campaign_numbers_data import CampaignNumbersData
from .campaign_numbers_response import CampaignNumbersResponse
from .campaign_service import CampaignService
from .campaign_update import CampaignUpdate
from .envelope_meta import EnvelopeMeta
from .login_data import LoginData
from .login_request import LoginRequest
from .login_response import LoginResponse
from .login_user import LoginUser
from .number_bought_data import NumberBoughtData
from .number_bought_response import NumberBoughtResponse
from .number_released_data import NumberReleasedData
from .number_released_response import NumberReleasedResponse
from .otp_details import OtpDetails
from .otp_option import OtpOption
from .otp_sent_data import OtpSentData
from .otp_sent_response import OtpSentResponse
from .owned_numbers_data import OwnedNumbersData
from .owned_numbers_response import OwnedNumbersResponse
from .pagination import Pagination
from .phone_number import PhoneNumber
from .phone_number_selection import PhoneNumberSelection
from .rerun_status import RerunStatus
from .send_otp_request import SendOtpRequest
from .sms_send_option import SmsSendOption
from .test_voice_data import TestVoiceData
from .test_voice_request import TestVoiceRequest
from .test_voice_response import TestVoiceResponse
from .token_pair import TokenPair
from .token_refresh_request import TokenRefreshRequest
from .token_refresh_response import TokenRefreshResponse
from .user_details import UserDetails
from .user_details_data import UserDetailsData
from .user_details_response import UserDetailsResponse
from .voice_input import VoiceInput

__all__ = (
    "ApiError",
    "AvailableNumbersData",
    "AvailableNumbersResponse",
    "BeginPriority",
    "Campaign",
    "CampaignBegin",
    "CampaignBeginData",
    "CampaignBeginResponse",
    "CampaignBeginUpload",
    "CampaignCreate",
    "CampaignCreateUpload",
    "CampaignDeletedData",
    "CampaignDeletedResponse",
    "CampaignDetailsData",
    "CampaignDetailsResponse",
    "CampaignListPage",
    "CampaignListResult",
    "CampaignNumber",
    "CampaignNumberAddedData",
    "CampaignNumberAddedResponse",
    "CampaignNumberCreate",
    "CampaignNumberDeletedData",
    "CampaignNumberDeletedResponse",
    "CampaignNumberInfoData",
    "CampaignNumberInfoResponse",
    "CampaignNumbersData",
    "CampaignNumbersResponse",
    "CampaignNumberTags",
    "CampaignNumberUpdate",
    "CampaignNumberUpdatedData",
    "CampaignNumberUpdatedResponse",
    "CampaignService",
    "CampaignUpdate",
    "EnvelopeMeta",
    "LoginData",
    "LoginRequest",
    "LoginResponse",
    "LoginUser",
    "NumberBoughtData",
    "NumberBoughtResponse",
    "NumberReleasedData",
    "NumberReleasedResponse",
    "OtpDetails",
    "OtpOption",
    "OtpSentData",
    "OtpSentResponse",
    "OwnedNumbersData",
    "OwnedNumbersResponse",
    "Pagination",
    "PhoneNumber",
    "PhoneNumberSelection",
    "RerunStatus",
    "SendOtpRequest",
    "SmsSendOption",
    "TestVoiceData",
    "TestVoiceRequest",
    "TestVoiceResponse",
    "TokenPair",
    "TokenRefreshRequest",
    "TokenRefreshResponse",
    "UserDetails",
    "UserDetailsData",
    "UserDetailsResponse",
    "VoiceInput",
)
