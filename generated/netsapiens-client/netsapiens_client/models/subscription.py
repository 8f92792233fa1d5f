from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """An event subscription as the server reports it.

    Attributes:
        id (str): 32 hexadecimal characters.
        model (str): Known values: agent, auditlog, auditlog_lite, call, call_origid, cdr, message, messagesession,
            subscriber, presence, voicemail.
        post_url (str):
        subscription_geo_support (str | Unset): "yes" or "no".
        user_scope (str | Unset): Scope of the creator, e.g. "Super User", "Reseller", "Basic User".
        reseller (str | Unset):
        domain (str | Unset):
        user (str | Unset):
        preferred_server (None | str | Unset):
        current_active_server (None | str | Unset): Core currently sending the posts.
        status (str | Unset): Known values: pending (until the first successful post), active, error (after failing
            posts).
        error_count (int | Unset):
        posts_count (int | Unset):
        subscription_creation_datetime (str | Unset): "YYYY-MM-DD HH:MM:SS" in the official examples, ISO 8601 in the
            SDK README.
        subscription_expires_datetime (str | Unset): "YYYY-MM-DD HH:MM:SS" in the official examples, ISO 8601 in the SDK
            README.
    """

    id: str
    model: str
    post_url: str
    subscription_geo_support: str | Unset = UNSET
    user_scope: str | Unset = UNSET
    reseller: str | Unset = UNSET
    domain: str | Unset = UNSET
    user: str | Unset = UNSET
    preferred_server: None | str | Unset = UNSET
    current_active_server: None | str | Unset = UNSET
    status: str | Unset = UNSET
    error_count: int | Unset = UNSET
    posts_count: int | Unset = UNSET
    subscription_creation_datetime: str | Unset = UNSET
    subscription_expires_datetime: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        post_url = self.post_url

        subscription_geo_support = self.subscription_geo_support

        user_scope = self.user_scope

        reseller = self.reseller

        domain = self.domain

        user = self.user

        preferred_server: None | str | Unset
        if isinstance(self.preferred_server, Unset):
            preferred_server = UNSET
        else:
            preferred_server = self.preferred_server

        current_active_server: None | str | Unset
        if isinstance(self.current_active_server, Unset):
            current_active_server = UNSET
        else:
            current_active_server = self.current_active_server

        status = self.status

        error_count = self.error_count

        posts_count = self.posts_count

        subscription_creation_datetime = self.subscription_creation_datetime

        subscription_expires_datetime = self.subscription_expires_datetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "post-url": post_url,
            }
        )
        if subscription_geo_support is not UNSET:
            field_dict["subscription-geo-support"] = subscription_geo_support
        if user_scope is not UNSET:
            field_dict["user-scope"] = user_scope
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if domain is not UNSET:
            field_dict["domain"] = domain
        if user is not UNSET:
            field_dict["user"] = user
        if preferred_server is not UNSET:
            field_dict["preferred-server"] = preferred_server
        if current_active_server is not UNSET:
            field_dict["current-active-server"] = current_active_server
        if status is not UNSET:
            field_dict["status"] = status
        if error_count is not UNSET:
            field_dict["error-count"] = error_count
        if posts_count is not UNSET:
            field_dict["posts-count"] = posts_count
        if subscription_creation_datetime is not UNSET:
            field_dict["subscription-creation-datetime"] = subscription_creation_datetime
        if subscription_expires_datetime is not UNSET:
            field_dict["subscription-expires-datetime"] = subscription_expires_datetime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        model = d.pop("model")

        post_url = d.pop("post-url")

        subscription_geo_support = d.pop("subscription-geo-support", UNSET)

        user_scope = d.pop("user-scope", UNSET)

        reseller = d.pop("reseller", UNSET)

        domain = d.pop("domain", UNSET)

        user = d.pop("user", UNSET)

        def _parse_preferred_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_server = _parse_preferred_server(d.pop("preferred-server", UNSET))

        def _parse_current_active_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_active_server = _parse_current_active_server(d.pop("current-active-server", UNSET))

        status = d.pop("status", UNSET)

        error_count = d.pop("error-count", UNSET)

        posts_count = d.pop("posts-count", UNSET)

        subscription_creation_datetime = d.pop("subscription-creation-datetime", UNSET)

        subscription_expires_datetime = d.pop("subscription-expires-datetime", UNSET)

        subscription = cls(
            id=id,
            model=model,
            post_url=post_url,
            subscription_geo_support=subscription_geo_support,
            user_scope=user_scope,
            reseller=reseller,
            domain=domain,
            user=user,
            preferred_server=preferred_server,
            current_active_server=current_active_server,
            status=status,
            error_count=error_count,
            posts_count=posts_count,
            subscription_creation_datetime=subscription_creation_datetime,
            subscription_expires_datetime=subscription_expires_datetime,
        )

        subscription.additional_properties = d
        return subscription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
