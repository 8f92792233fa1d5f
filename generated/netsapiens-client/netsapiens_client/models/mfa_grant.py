from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.mfa_grant_ns_id_type import MfaGrantNsIdType, check_mfa_grant_ns_id_type
from ..models.mfa_grant_type import MfaGrantType, check_mfa_grant_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MfaGrant")


@_attrs_define
class MfaGrant:
    """Second step of a login with multi-factor authentication: the `access_token` of a password grant answered
    with scope `mfa_required`, and the user's one-time passcode (see Decisions for the required fields).

        Attributes:
            grant_type (MfaGrantType):
            client_id (str):
            client_secret (str):
            access_token (str): The token of the password grant whose scope was `mfa_required`.
            passcode (str): The 6-digit one-time passcode.
            username (str | Unset): The user's login again, as in the official example request (optional).
            password (str | Unset): The user's password again, as in the official example request (optional).
            mfa_type (str | Unset): Kind of second factor, e.g. "authenticator".
            mfa_vendor (str | Unset): Provider of the second factor, e.g. "google".
            ns_id_type (MfaGrantNsIdType | Unset): Which identity the passcode belongs to.
    """

    grant_type: MfaGrantType
    client_id: str
    client_secret: str
    access_token: str
    passcode: str
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    mfa_type: str | Unset = UNSET
    mfa_vendor: str | Unset = UNSET
    ns_id_type: MfaGrantNsIdType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        grant_type: str = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        access_token = self.access_token

        passcode = self.passcode

        username = self.username

        password = self.password

        mfa_type = self.mfa_type

        mfa_vendor = self.mfa_vendor

        ns_id_type: str | Unset = UNSET
        if not isinstance(self.ns_id_type, Unset):
            ns_id_type = self.ns_id_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "access_token": access_token,
                "passcode": passcode,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if mfa_type is not UNSET:
            field_dict["mfa_type"] = mfa_type
        if mfa_vendor is not UNSET:
            field_dict["mfa_vendor"] = mfa_vendor
        if ns_id_type is not UNSET:
            field_dict["ns_id_type"] = ns_id_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = check_mfa_grant_type(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        access_token = d.pop("access_token")

        passcode = d.pop("passcode")

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        mfa_type = d.pop("mfa_type", UNSET)

        mfa_vendor = d.pop("mfa_vendor", UNSET)

        _ns_id_type = d.pop("ns_id_type", UNSET)
        ns_id_type: MfaGrantNsIdType | Unset
        if isinstance(_ns_id_type, Unset):
            ns_id_type = UNSET
        else:
            ns_id_type = check_mfa_grant_ns_id_type(_ns_id_type)

        mfa_grant = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            passcode=passcode,
            username=username,
            password=password,
            mfa_type=mfa_type,
            mfa_vendor=mfa_vendor,
            ns_id_type=ns_id_type,
        )

        return mfa_grant
