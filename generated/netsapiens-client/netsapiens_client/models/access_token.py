from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessToken")


@_attrs_define
class AccessToken:
    """Token response. Only the fields a client needs are required (see Decisions); the identity fields are
    informational.

        Attributes:
            access_token (str):
            token_type (str): "Bearer".
            expires_in (int): Lifetime of `access_token` in seconds (3600 in the vendor example; not guaranteed).
            refresh_token (str | Unset): Refresh token; may rotate, so store the one of each response that has it.
            client_id (str | Unset):
            username (str | Unset):
            user (str | Unset):
            territory (str | Unset): Reseller (territory) of the user.
            domain (str | Unset):
            site (str | Unset):
            group (str | Unset):
            department (str | Unset):
            uid (str | Unset): `user@domain`.
            login (str | Unset):
            scope (str | Unset): Scope of the user, e.g. "Super User", "Reseller", "Office Manager", "Basic User";
                "mfa_required" when MFA must follow.
            user_email (str | Unset):
            display_name (str | Unset):
            apiversion (str | Unset): e.g. "Version: 44.1.2".
    """

    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str | Unset = UNSET
    client_id: str | Unset = UNSET
    username: str | Unset = UNSET
    user: str | Unset = UNSET
    territory: str | Unset = UNSET
    domain: str | Unset = UNSET
    site: str | Unset = UNSET
    group: str | Unset = UNSET
    department: str | Unset = UNSET
    uid: str | Unset = UNSET
    login: str | Unset = UNSET
    scope: str | Unset = UNSET
    user_email: str | Unset = UNSET
    display_name: str | Unset = UNSET
    apiversion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        client_id = self.client_id

        username = self.username

        user = self.user

        territory = self.territory

        domain = self.domain

        site = self.site

        group = self.group

        department = self.department

        uid = self.uid

        login = self.login

        scope = self.scope

        user_email = self.user_email

        display_name = self.display_name

        apiversion = self.apiversion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if username is not UNSET:
            field_dict["username"] = username
        if user is not UNSET:
            field_dict["user"] = user
        if territory is not UNSET:
            field_dict["territory"] = territory
        if domain is not UNSET:
            field_dict["domain"] = domain
        if site is not UNSET:
            field_dict["site"] = site
        if group is not UNSET:
            field_dict["group"] = group
        if department is not UNSET:
            field_dict["department"] = department
        if uid is not UNSET:
            field_dict["uid"] = uid
        if login is not UNSET:
            field_dict["login"] = login
        if scope is not UNSET:
            field_dict["scope"] = scope
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if apiversion is not UNSET:
            field_dict["apiversion"] = apiversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = d.pop("token_type")

        expires_in = d.pop("expires_in")

        refresh_token = d.pop("refresh_token", UNSET)

        client_id = d.pop("client_id", UNSET)

        username = d.pop("username", UNSET)

        user = d.pop("user", UNSET)

        territory = d.pop("territory", UNSET)

        domain = d.pop("domain", UNSET)

        site = d.pop("site", UNSET)

        group = d.pop("group", UNSET)

        department = d.pop("department", UNSET)

        uid = d.pop("uid", UNSET)

        login = d.pop("login", UNSET)

        scope = d.pop("scope", UNSET)

        user_email = d.pop("user_email", UNSET)

        display_name = d.pop("displayName", UNSET)

        apiversion = d.pop("apiversion", UNSET)

        access_token = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            refresh_token=refresh_token,
            client_id=client_id,
            username=username,
            user=user,
            territory=territory,
            domain=domain,
            site=site,
            group=group,
            department=department,
            uid=uid,
            login=login,
            scope=scope,
            user_email=user_email,
            display_name=display_name,
            apiversion=apiversion,
        )

        access_token.additional_properties = d
        return access_token

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
