from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.counter_reset import CounterReset, check_counter_reset
from ..models.subscription_model import SubscriptionModel, check_subscription_model
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdate")


@_attrs_define
class SubscriptionUpdate:
    """Body of `PUT /subscriptions/{id}`; at least one field.

    Attributes:
        model (SubscriptionModel | Unset): The kind of object a subscription posts.
        post_url (str | Unset): URL the events are posted to, scheme included.
        subscription_geo_support (YesNo | Unset): A yes/no flag. For `subscription-geo-support` (geo-redundant delivery)
            the server default is "yes".
        subscription_expires_datetime (str | Unset): New expiry, "YYYY-MM-DD HH:MM:SS" (UTC).
        preferred_server (str | Unset): Host name of the preferred sending core.
        error_count (CounterReset | Unset): Only 0 is accepted (resets the counter).
        posts_count (CounterReset | Unset): Only 0 is accepted (resets the counter).
    """

    model: SubscriptionModel | Unset = UNSET
    post_url: str | Unset = UNSET
    subscription_geo_support: YesNo | Unset = UNSET
    subscription_expires_datetime: str | Unset = UNSET
    preferred_server: str | Unset = UNSET
    error_count: CounterReset | Unset = UNSET
    posts_count: CounterReset | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        post_url = self.post_url

        subscription_geo_support: str | Unset = UNSET
        if not isinstance(self.subscription_geo_support, Unset):
            subscription_geo_support = self.subscription_geo_support

        subscription_expires_datetime = self.subscription_expires_datetime

        preferred_server = self.preferred_server

        error_count: int | Unset = UNSET
        if not isinstance(self.error_count, Unset):
            error_count = self.error_count

        posts_count: int | Unset = UNSET
        if not isinstance(self.posts_count, Unset):
            posts_count = self.posts_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if post_url is not UNSET:
            field_dict["post-url"] = post_url
        if subscription_geo_support is not UNSET:
            field_dict["subscription-geo-support"] = subscription_geo_support
        if subscription_expires_datetime is not UNSET:
            field_dict["subscription-expires-datetime"] = subscription_expires_datetime
        if preferred_server is not UNSET:
            field_dict["preferred-server"] = preferred_server
        if error_count is not UNSET:
            field_dict["error-count"] = error_count
        if posts_count is not UNSET:
            field_dict["posts-count"] = posts_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model = d.pop("model", UNSET)
        model: SubscriptionModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_subscription_model(_model)

        post_url = d.pop("post-url", UNSET)

        _subscription_geo_support = d.pop("subscription-geo-support", UNSET)
        subscription_geo_support: YesNo | Unset
        if isinstance(_subscription_geo_support, Unset):
            subscription_geo_support = UNSET
        else:
            subscription_geo_support = check_yes_no(_subscription_geo_support)

        subscription_expires_datetime = d.pop("subscription-expires-datetime", UNSET)

        preferred_server = d.pop("preferred-server", UNSET)

        _error_count = d.pop("error-count", UNSET)
        error_count: CounterReset | Unset
        if isinstance(_error_count, Unset):
            error_count = UNSET
        else:
            error_count = check_counter_reset(_error_count)

        _posts_count = d.pop("posts-count", UNSET)
        posts_count: CounterReset | Unset
        if isinstance(_posts_count, Unset):
            posts_count = UNSET
        else:
            posts_count = check_counter_reset(_posts_count)

        subscription_update = cls(
            model=model,
            post_url=post_url,
            subscription_geo_support=subscription_geo_support,
            subscription_expires_datetime=subscription_expires_datetime,
            preferred_server=preferred_server,
            error_count=error_count,
            posts_count=posts_count,
        )

        return subscription_update
