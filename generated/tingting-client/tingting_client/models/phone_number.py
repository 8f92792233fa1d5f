from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        phone_number (str):
        phone_number_sid (str): SID used to buy and release the number (32 hex digits in the samples).
        rate (float | Unset):
        available_capabilities (str | Unset): Comma-separated, e.g. "Voice, SMS".
        friendly_name (None | str | Unset):
        accept_incoming (None | str | Unset):
        configure_with (None | str | Unset):
        call_comes_in (None | str | Unset):
        call_url (None | str | Unset):
        http_request (None | str | Unset):
    """

    phone_number: str
    phone_number_sid: str
    rate: float | Unset = UNSET
    available_capabilities: str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    accept_incoming: None | str | Unset = UNSET
    configure_with: None | str | Unset = UNSET
    call_comes_in: None | str | Unset = UNSET
    call_url: None | str | Unset = UNSET
    http_request: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        phone_number_sid = self.phone_number_sid

        rate = self.rate

        available_capabilities = self.available_capabilities

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        accept_incoming: None | str | Unset
        if isinstance(self.accept_incoming, Unset):
            accept_incoming = UNSET
        else:
            accept_incoming = self.accept_incoming

        configure_with: None | str | Unset
        if isinstance(self.configure_with, Unset):
            configure_with = UNSET
        else:
            configure_with = self.configure_with

        call_comes_in: None | str | Unset
        if isinstance(self.call_comes_in, Unset):
            call_comes_in = UNSET
        else:
            call_comes_in = self.call_comes_in

        call_url: None | str | Unset
        if isinstance(self.call_url, Unset):
            call_url = UNSET
        else:
            call_url = self.call_url

        http_request: None | str | Unset
        if isinstance(self.http_request, Unset):
            http_request = UNSET
        else:
            http_request = self.http_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "phone_number_sid": phone_number_sid,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if available_capabilities is not UNSET:
            field_dict["available_capabilities"] = available_capabilities
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if accept_incoming is not UNSET:
            field_dict["accept_incoming"] = accept_incoming
        if configure_with is not UNSET:
            field_dict["configure_with"] = configure_with
        if call_comes_in is not UNSET:
            field_dict["call_comes_in"] = call_comes_in
        if call_url is not UNSET:
            field_dict["call_url"] = call_url
        if http_request is not UNSET:
            field_dict["http_request"] = http_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        phone_number_sid = d.pop("phone_number_sid")

        rate = d.pop("rate", UNSET)

        available_capabilities = d.pop("available_capabilities", UNSET)

        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))

        def _parse_accept_incoming(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_incoming = _parse_accept_incoming(d.pop("accept_incoming", UNSET))

        def _parse_configure_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configure_with = _parse_configure_with(d.pop("configure_with", UNSET))

        def _parse_call_comes_in(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_comes_in = _parse_call_comes_in(d.pop("call_comes_in", UNSET))

        def _parse_call_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_url = _parse_call_url(d.pop("call_url", UNSET))

        def _parse_http_request(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        http_request = _parse_http_request(d.pop("http_request", UNSET))

        phone_number = cls(
            phone_number=phone_number,
            phone_number_sid=phone_number_sid,
            rate=rate,
            available_capabilities=available_capabilities,
            friendly_name=friendly_name,
            accept_incoming=accept_incoming,
            configure_with=configure_with,
            call_comes_in=call_comes_in,
            call_url=call_url,
            http_request=http_request,
        )

        phone_number.additional_properties = d
        return phone_number

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
