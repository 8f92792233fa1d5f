from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_user import LoginUser
    from ..models.token_pair import TokenPair


T = TypeVar("T", bound="LoginData")


@_attrs_define
class LoginData:
    """
    Attributes:
        token (TokenPair):
        user_data (LoginUser | Unset):
    """

    token: TokenPair
    user_data: LoginUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token.to_dict()

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if user_data is not UNSET:
            field_dict["user_data"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_user import LoginUser  # noqa: PLC0415
        from ..models.token_pair import TokenPair  # noqa: PLC0415

        d = dict(src_dict)
        token = TokenPair.from_dict(d.pop("token"))

        _user_data = d.pop("user_data", UNSET)
        user_data: LoginUser | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = LoginUser.from_dict(_user_data)

        login_data = cls(
            token=token,
            user_data=user_data,
        )

        login_data.additional_properties = d
        return login_data

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
