from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """An error reply. Never documented: this schema covers the standard envelope with `success: false` and DRF /
    simplejwt's own error bodies (`detail`, `code`, `messages`; DRF validation errors map field names to lists of
    messages, kept as additional properties). Every field is optional.

        Attributes:
            status (int | Unset): HTTP-like status code repeated in the envelope.
            success (bool | Unset):
            message (None | str | Unset):
            errors (list[Any] | Unset): Error details (shape undocumented).
            data (Any | Unset): Envelope payload, if any.
            detail (str | Unset): DRF / simplejwt error text, e.g. "Given token not valid for any token type".
            code (str | Unset): simplejwt error code, e.g. `token_not_valid`.
            messages (list[Any] | Unset): simplejwt per-token details.
    """

    status: int | Unset = UNSET
    success: bool | Unset = UNSET
    message: None | str | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    data: Any | Unset = UNSET
    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    messages: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        success = self.success

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        data = self.data

        detail = self.detail

        code = self.code

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if data is not UNSET:
            field_dict["data"] = data
        if detail is not UNSET:
            field_dict["detail"] = detail
        if code is not UNSET:
            field_dict["code"] = code
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        success = d.pop("success", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        errors = cast(list[Any], d.pop("errors", UNSET))

        data = d.pop("data", UNSET)

        detail = d.pop("detail", UNSET)

        code = d.pop("code", UNSET)

        messages = cast(list[Any], d.pop("messages", UNSET))

        api_error = cls(
            status=status,
            success=success,
            message=message,
            errors=errors,
            data=data,
            detail=detail,
            code=code,
            messages=messages,
        )

        api_error.additional_properties = d
        return api_error

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
