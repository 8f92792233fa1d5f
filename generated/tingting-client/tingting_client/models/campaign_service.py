from typing import Literal

CampaignService = Literal["PHONE", "SMS"]

CAMPAIGN_SERVICE_VALUES: set[CampaignService] = {
    "PHONE",
    "SMS",
}


def check_campaign_service(value: str) -> CampaignService:
    if value in CAMPAIGN_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_SERVICE_VALUES!r}")
