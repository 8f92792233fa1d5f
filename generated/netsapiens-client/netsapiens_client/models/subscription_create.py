from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subscription_model import SubscriptionModel, check_subscription_model
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """Body of `POST /subscriptions`.

    Attributes:
        model (SubscriptionModel): The kind of object a subscription posts.
        post_url (str): URL the events are posted to, scheme included (https recommended, http allowed, custom port OK).
        subscription_geo_support (YesNo | Unset): A yes/no flag. For `subscription-geo-support` (geo-redundant delivery)
            the server default is "yes".
        reseller (str | Unset): Reseller (territory) to watch; `*` = all (Super User only). Server default `*`.
        domain (str | Unset): Domain to watch; `*` = all (Super User only). Server default `*`.
        user (str | Unset): User to watch; `*` = all. Server default `*`.
        subscription_expires_datetime (str | Unset): Expiry, "YYYY-MM-DD HH:MM:SS" (UTC). Omitted = the calling token's
            expiry (+20 years with an API key).
        preferred_server (str | Unset): Host name of the core that should send the posts (falls back to it after 60 s of
            stability).
    """

    model: SubscriptionModel
    post_url: str
    subscription_geo_support: YesNo | Unset = UNSET
    reseller: str | Unset = UNSET
    domain: str | Unset = UNSET
    user: str | Unset = UNSET
    subscription_expires_datetime: str | Unset = UNSET
    preferred_server: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        post_url = self.post_url

        subscription_geo_support: str | Unset = UNSET
        if not isinstance(self.subscription_geo_support, Unset):
            subscription_geo_support = self.subscription_geo_support

        reseller = self.reseller

        domain = self.domain

        user = self.user

        subscription_expires_datetime = self.subscription_expires_datetime

        preferred_server = self.preferred_server

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "post-url": post_url,
            }
        )
        if subscription_geo_support is not UNSET:
            field_dict["subscription-geo-support"] = subscription_geo_support
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if domain is not UNSET:
            field_dict["domain"] = domain
        if user is not UNSET:
            field_dict["user"] = user
        if subscription_expires_datetime is not UNSET:
            field_dict["subscription-expires-datetime"] = subscription_expires_datetime
        if preferred_server is not UNSET:
            field_dict["preferred-server"] = preferred_server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = check_subscription_model(d.pop("model"))

        post_url = d.pop("post-url")

        _subscription_geo_support = d.pop("subscription-geo-support", UNSET)
        subscription_geo_support: YesNo | Unset
        if isinstance(_subscription_geo_support, Unset):
            subscription_geo_support = UNSET
        else:
            subscription_geo_support = check_yes_no(_subscription_geo_support)

        reseller = d.pop("reseller", UNSET)

        domain = d.pop("domain", UNSET)

        user = d.pop("user", UNSET)

        subscription_expires_datetime = d.pop("subscription-expires-datetime", UNSET)

        preferred_server = d.pop("preferred-server", UNSET)

        subscription_create = cls(
            model=model,
            post_url=post_url,
            subscription_geo_support=subscription_geo_support,
            reseller=reseller,
            domain=domain,
            user=user,
            subscription_expires_datetime=subscription_expires_datetime,
            preferred_server=preferred_server,
        )

        return subscription_create
