from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_number_updated_data import CampaignNumberUpdatedData


T = TypeVar("T", bound="CampaignNumberUpdatedResponse")


@_attrs_define
class CampaignNumberUpdatedResponse:
    """
    Attributes:
        status (int): HTTP-like status code repeated in the body (e.g. 200, 201, 204).
        success (bool):
        data (CampaignNumberUpdatedData):
        message (None | str | Unset): Human-readable outcome, e.g. "Successfully logged in".
        errors (list[Any] | Unset): Empty on success.
    """

    status: int
    success: bool
    data: CampaignNumberUpdatedData
    message: None | str | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        success = self.success

        data = self.data.to_dict()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "success": success,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_number_updated_data import CampaignNumberUpdatedData  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        success = d.pop("success")

        data = CampaignNumberUpdatedData.from_dict(d.pop("data"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        errors = cast(list[Any], d.pop("errors", UNSET))

        campaign_number_updated_response = cls(
            status=status,
            success=success,
            data=data,
            message=message,
            errors=errors,
        )

        campaign_number_updated_response.additional_properties = d
        return campaign_number_updated_response

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
