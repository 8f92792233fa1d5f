from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message of a session (also the object of `message` event posts).

    Attributes:
        id (int | str | Unset):
        timestamp (str | Unset): e.g. "2023-07-31 23:52:35".
        type_ (str | Unset): Known values: chat, sms, mms, chat-media, chat-video.
        domain (str | Unset):
        direction (str | Unset): "term" = outbound, "orig" = inbound.
        from_number (None | str | Unset):
        from_user_id (None | str | Unset):
        from_video_attendee_id (None | str | Unset):
        from_user_agent (None | str | Unset):
        dialed (None | str | Unset):
        text (None | str | Unset):
        terminating_user_id (None | str | Unset):
        terminating_number (None | str | Unset):
        status (None | str | Unset): Delivery status, e.g. "sending".
        video_instance_id (None | str | Unset):
        media_type (None | str | Unset):
        media_size (int | None | str | Unset):
        deleted_datetime (None | str | Unset):
        messagesession_reciever_hostname (None | str | Unset): Spelling as sent by the vendor.
        messagesession_id (str | Unset):
        messagesession_participants (None | str | Unset):
    """

    id: int | str | Unset = UNSET
    timestamp: str | Unset = UNSET
    type_: str | Unset = UNSET
    domain: str | Unset = UNSET
    direction: str | Unset = UNSET
    from_number: None | str | Unset = UNSET
    from_user_id: None | str | Unset = UNSET
    from_video_attendee_id: None | str | Unset = UNSET
    from_user_agent: None | str | Unset = UNSET
    dialed: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    terminating_user_id: None | str | Unset = UNSET
    terminating_number: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    video_instance_id: None | str | Unset = UNSET
    media_type: None | str | Unset = UNSET
    media_size: int | None | str | Unset = UNSET
    deleted_datetime: None | str | Unset = UNSET
    messagesession_reciever_hostname: None | str | Unset = UNSET
    messagesession_id: str | Unset = UNSET
    messagesession_participants: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        timestamp = self.timestamp

        type_ = self.type_

        domain = self.domain

        direction = self.direction

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        from_user_id: None | str | Unset
        if isinstance(self.from_user_id, Unset):
            from_user_id = UNSET
        else:
            from_user_id = self.from_user_id

        from_video_attendee_id: None | str | Unset
        if isinstance(self.from_video_attendee_id, Unset):
            from_video_attendee_id = UNSET
        else:
            from_video_attendee_id = self.from_video_attendee_id

        from_user_agent: None | str | Unset
        if isinstance(self.from_user_agent, Unset):
            from_user_agent = UNSET
        else:
            from_user_agent = self.from_user_agent

        dialed: None | str | Unset
        if isinstance(self.dialed, Unset):
            dialed = UNSET
        else:
            dialed = self.dialed

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        terminating_user_id: None | str | Unset
        if isinstance(self.terminating_user_id, Unset):
            terminating_user_id = UNSET
        else:
            terminating_user_id = self.terminating_user_id

        terminating_number: None | str | Unset
        if isinstance(self.terminating_number, Unset):
            terminating_number = UNSET
        else:
            terminating_number = self.terminating_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        video_instance_id: None | str | Unset
        if isinstance(self.video_instance_id, Unset):
            video_instance_id = UNSET
        else:
            video_instance_id = self.video_instance_id

        media_type: None | str | Unset
        if isinstance(self.media_type, Unset):
            media_type = UNSET
        else:
            media_type = self.media_type

        media_size: int | None | str | Unset
        if isinstance(self.media_size, Unset):
            media_size = UNSET
        else:
            media_size = self.media_size

        deleted_datetime: None | str | Unset
        if isinstance(self.deleted_datetime, Unset):
            deleted_datetime = UNSET
        else:
            deleted_datetime = self.deleted_datetime

        messagesession_reciever_hostname: None | str | Unset
        if isinstance(self.messagesession_reciever_hostname, Unset):
            messagesession_reciever_hostname = UNSET
        else:
            messagesession_reciever_hostname = self.messagesession_reciever_hostname

        messagesession_id = self.messagesession_id

        messagesession_participants: None | str | Unset
        if isinstance(self.messagesession_participants, Unset):
            messagesession_participants = UNSET
        else:
            messagesession_participants = self.messagesession_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if domain is not UNSET:
            field_dict["domain"] = domain
        if direction is not UNSET:
            field_dict["direction"] = direction
        if from_number is not UNSET:
            field_dict["from-number"] = from_number
        if from_user_id is not UNSET:
            field_dict["from-user-id"] = from_user_id
        if from_video_attendee_id is not UNSET:
            field_dict["from-video-attendee-id"] = from_video_attendee_id
        if from_user_agent is not UNSET:
            field_dict["from-user-agent"] = from_user_agent
        if dialed is not UNSET:
            field_dict["dialed"] = dialed
        if text is not UNSET:
            field_dict["text"] = text
        if terminating_user_id is not UNSET:
            field_dict["terminating-user-id"] = terminating_user_id
        if terminating_number is not UNSET:
            field_dict["terminating-number"] = terminating_number
        if status is not UNSET:
            field_dict["status"] = status
        if video_instance_id is not UNSET:
            field_dict["video-instance-id"] = video_instance_id
        if media_type is not UNSET:
            field_dict["media-type"] = media_type
        if media_size is not UNSET:
            field_dict["media-size"] = media_size
        if deleted_datetime is not UNSET:
            field_dict["deleted-datetime"] = deleted_datetime
        if messagesession_reciever_hostname is not UNSET:
            field_dict["messagesession-reciever-hostname"] = messagesession_reciever_hostname
        if messagesession_id is not UNSET:
            field_dict["messagesession-id"] = messagesession_id
        if messagesession_participants is not UNSET:
            field_dict["messagesession-participants"] = messagesession_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        type_ = d.pop("type", UNSET)

        domain = d.pop("domain", UNSET)

        direction = d.pop("direction", UNSET)

        def _parse_from_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_number = _parse_from_number(d.pop("from-number", UNSET))

        def _parse_from_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_user_id = _parse_from_user_id(d.pop("from-user-id", UNSET))

        def _parse_from_video_attendee_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_video_attendee_id = _parse_from_video_attendee_id(d.pop("from-video-attendee-id", UNSET))

        def _parse_from_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_user_agent = _parse_from_user_agent(d.pop("from-user-agent", UNSET))

        def _parse_dialed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialed = _parse_dialed(d.pop("dialed", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_terminating_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminating_user_id = _parse_terminating_user_id(d.pop("terminating-user-id", UNSET))

        def _parse_terminating_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminating_number = _parse_terminating_number(d.pop("terminating-number", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_video_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_instance_id = _parse_video_instance_id(d.pop("video-instance-id", UNSET))

        def _parse_media_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_type = _parse_media_type(d.pop("media-type", UNSET))

        def _parse_media_size(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        media_size = _parse_media_size(d.pop("media-size", UNSET))

        def _parse_deleted_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_datetime = _parse_deleted_datetime(d.pop("deleted-datetime", UNSET))

        def _parse_messagesession_reciever_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_reciever_hostname = _parse_messagesession_reciever_hostname(
            d.pop("messagesession-reciever-hostname", UNSET)
        )

        messagesession_id = d.pop("messagesession-id", UNSET)

        def _parse_messagesession_participants(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_participants = _parse_messagesession_participants(d.pop("messagesession-participants", UNSET))

        message = cls(
            id=id,
            timestamp=timestamp,
            type_=type_,
            domain=domain,
            direction=direction,
            from_number=from_number,
            from_user_id=from_user_id,
            from_video_attendee_id=from_video_attendee_id,
            from_user_agent=from_user_agent,
            dialed=dialed,
            text=text,
            terminating_user_id=terminating_user_id,
            terminating_number=terminating_number,
            status=status,
            video_instance_id=video_instance_id,
            media_type=media_type,
            media_size=media_size,
            deleted_datetime=deleted_datetime,
            messagesession_reciever_hostname=messagesession_reciever_hostname,
            messagesession_id=messagesession_id,
            messagesession_participants=messagesession_participants,
        )

        message.additional_properties = d
        return message

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
