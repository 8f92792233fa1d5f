from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageSession")


@_attrs_define
class MessageSession:
    """A message session (also the object of `messagesession` event posts).

    Attributes:
        messagesession_id (str):
        user (str | Unset):
        domain (str | Unset):
        messagesession_name (None | str | Unset):
        messagesession_remote (int | None | str | Unset): Remote user id or number(s), comma-separated.
        messagesession_participants (None | str | Unset):
        messagesession_muted (None | str | Unset): "yes" or "no".
        messagesession_sms_number (None | str | Unset):
        messagesession_type (None | str | Unset):
        messagesession_last_message (None | str | Unset):
        messagesession_last_sender (None | str | Unset):
        messagesession_last_status (None | str | Unset): "read" or "unread".
        messagesession_last_type (None | str | Unset):
        messagesession_last_media_type (None | str | Unset):
        messagesession_last_media_size (int | None | str | Unset):
        messagesession_last_datetime (None | str | Unset):
        messagesession_start_datetime (None | str | Unset):
        messagesession_agent_start_datetime (None | str | Unset):
        messagesession_last_email_reminder_datetime (None | str | Unset):
        messagesession_last_timestamp (None | str | Unset): Spelling of the official examples for messagesession-last-
            datetime.
        messagesession_start_timestamp (None | str | Unset): Spelling of the official examples for messagesession-start-
            datetime.
        messagesession_agent_start_timestamp (None | str | Unset): Spelling of the official examples for messagesession-
            agent-start-datetime.
        messagesession_last_email_reminder_timestamp (None | str | Unset): Spelling of the official examples for
            messagesession-last-email-reminder-datetime.
        messagesession_reciever_hostname (None | str | Unset): Spelling as sent by the vendor.
        messagesession_queue_termination (None | str | Unset):
        messagesession_queue_status (None | str | Unset):
        messagesession_queue_session_id (None | str | Unset):
    """

    messagesession_id: str
    user: str | Unset = UNSET
    domain: str | Unset = UNSET
    messagesession_name: None | str | Unset = UNSET
    messagesession_remote: int | None | str | Unset = UNSET
    messagesession_participants: None | str | Unset = UNSET
    messagesession_muted: None | str | Unset = UNSET
    messagesession_sms_number: None | str | Unset = UNSET
    messagesession_type: None | str | Unset = UNSET
    messagesession_last_message: None | str | Unset = UNSET
    messagesession_last_sender: None | str | Unset = UNSET
    messagesession_last_status: None | str | Unset = UNSET
    messagesession_last_type: None | str | Unset = UNSET
    messagesession_last_media_type: None | str | Unset = UNSET
    messagesession_last_media_size: int | None | str | Unset = UNSET
    messagesession_last_datetime: None | str | Unset = UNSET
    messagesession_start_datetime: None | str | Unset = UNSET
    messagesession_agent_start_datetime: None | str | Unset = UNSET
    messagesession_last_email_reminder_datetime: None | str | Unset = UNSET
    messagesession_last_timestamp: None | str | Unset = UNSET
    messagesession_start_timestamp: None | str | Unset = UNSET
    messagesession_agent_start_timestamp: None | str | Unset = UNSET
    messagesession_last_email_reminder_timestamp: None | str | Unset = UNSET
    messagesession_reciever_hostname: None | str | Unset = UNSET
    messagesession_queue_termination: None | str | Unset = UNSET
    messagesession_queue_status: None | str | Unset = UNSET
    messagesession_queue_session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messagesession_id = self.messagesession_id

        user = self.user

        domain = self.domain

        messagesession_name: None | str | Unset
        if isinstance(self.messagesession_name, Unset):
            messagesession_name = UNSET
        else:
            messagesession_name = self.messagesession_name

        messagesession_remote: int | None | str | Unset
        if isinstance(self.messagesession_remote, Unset):
            messagesession_remote = UNSET
        else:
            messagesession_remote = self.messagesession_remote

        messagesession_participants: None | str | Unset
        if isinstance(self.messagesession_participants, Unset):
            messagesession_participants = UNSET
        else:
            messagesession_participants = self.messagesession_participants

        messagesession_muted: None | str | Unset
        if isinstance(self.messagesession_muted, Unset):
            messagesession_muted = UNSET
        else:
            messagesession_muted = self.messagesession_muted

        messagesession_sms_number: None | str | Unset
        if isinstance(self.messagesession_sms_number, Unset):
            messagesession_sms_number = UNSET
        else:
            messagesession_sms_number = self.messagesession_sms_number

        messagesession_type: None | str | Unset
        if isinstance(self.messagesession_type, Unset):
            messagesession_type = UNSET
        else:
            messagesession_type = self.messagesession_type

        messagesession_last_message: None | str | Unset
        if isinstance(self.messagesession_last_message, Unset):
            messagesession_last_message = UNSET
        else:
            messagesession_last_message = self.messagesession_last_message

        messagesession_last_sender: None | str | Unset
        if isinstance(self.messagesession_last_sender, Unset):
            messagesession_last_sender = UNSET
        else:
            messagesession_last_sender = self.messagesession_last_sender

        messagesession_last_status: None | str | Unset
        if isinstance(self.messagesession_last_status, Unset):
            messagesession_last_status = UNSET
        else:
            messagesession_last_status = self.messagesession_last_status

        messagesession_last_type: None | str | Unset
        if isinstance(self.messagesession_last_type, Unset):
            messagesession_last_type = UNSET
        else:
            messagesession_last_type = self.messagesession_last_type

        messagesession_last_media_type: None | str | Unset
        if isinstance(self.messagesession_last_media_type, Unset):
            messagesession_last_media_type = UNSET
        else:
            messagesession_last_media_type = self.messagesession_last_media_type

        messagesession_last_media_size: int | None | str | Unset
        if isinstance(self.messagesession_last_media_size, Unset):
            messagesession_last_media_size = UNSET
        else:
            messagesession_last_media_size = self.messagesession_last_media_size

        messagesession_last_datetime: None | str | Unset
        if isinstance(self.messagesession_last_datetime, Unset):
            messagesession_last_datetime = UNSET
        else:
            messagesession_last_datetime = self.messagesession_last_datetime

        messagesession_start_datetime: None | str | Unset
        if isinstance(self.messagesession_start_datetime, Unset):
            messagesession_start_datetime = UNSET
        else:
            messagesession_start_datetime = self.messagesession_start_datetime

        messagesession_agent_start_datetime: None | str | Unset
        if isinstance(self.messagesession_agent_start_datetime, Unset):
            messagesession_agent_start_datetime = UNSET
        else:
            messagesession_agent_start_datetime = self.messagesession_agent_start_datetime

        messagesession_last_email_reminder_datetime: None | str | Unset
        if isinstance(self.messagesession_last_email_reminder_datetime, Unset):
            messagesession_last_email_reminder_datetime = UNSET
        else:
            messagesession_last_email_reminder_datetime = self.messagesession_last_email_reminder_datetime

        messagesession_last_timestamp: None | str | Unset
        if isinstance(self.messagesession_last_timestamp, Unset):
            messagesession_last_timestamp = UNSET
        else:
            messagesession_last_timestamp = self.messagesession_last_timestamp

        messagesession_start_timestamp: None | str | Unset
        if isinstance(self.messagesession_start_timestamp, Unset):
            messagesession_start_timestamp = UNSET
        else:
            messagesession_start_timestamp = self.messagesession_start_timestamp

        messagesession_agent_start_timestamp: None | str | Unset
        if isinstance(self.messagesession_agent_start_timestamp, Unset):
            messagesession_agent_start_timestamp = UNSET
        else:
            messagesession_agent_start_timestamp = self.messagesession_agent_start_timestamp

        messagesession_last_email_reminder_timestamp: None | str | Unset
        if isinstance(self.messagesession_last_email_reminder_timestamp, Unset):
            messagesession_last_email_reminder_timestamp = UNSET
        else:
            messagesession_last_email_reminder_timestamp = self.messagesession_last_email_reminder_timestamp

        messagesession_reciever_hostname: None | str | Unset
        if isinstance(self.messagesession_reciever_hostname, Unset):
            messagesession_reciever_hostname = UNSET
        else:
            messagesession_reciever_hostname = self.messagesession_reciever_hostname

        messagesession_queue_termination: None | str | Unset
        if isinstance(self.messagesession_queue_termination, Unset):
            messagesession_queue_termination = UNSET
        else:
            messagesession_queue_termination = self.messagesession_queue_termination

        messagesession_queue_status: None | str | Unset
        if isinstance(self.messagesession_queue_status, Unset):
            messagesession_queue_status = UNSET
        else:
            messagesession_queue_status = self.messagesession_queue_status

        messagesession_queue_session_id: None | str | Unset
        if isinstance(self.messagesession_queue_session_id, Unset):
            messagesession_queue_session_id = UNSET
        else:
            messagesession_queue_session_id = self.messagesession_queue_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messagesession-id": messagesession_id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if domain is not UNSET:
            field_dict["domain"] = domain
        if messagesession_name is not UNSET:
            field_dict["messagesession-name"] = messagesession_name
        if messagesession_remote is not UNSET:
            field_dict["messagesession-remote"] = messagesession_remote
        if messagesession_participants is not UNSET:
            field_dict["messagesession-participants"] = messagesession_participants
        if messagesession_muted is not UNSET:
            field_dict["messagesession-muted"] = messagesession_muted
        if messagesession_sms_number is not UNSET:
            field_dict["messagesession-sms-number"] = messagesession_sms_number
        if messagesession_type is not UNSET:
            field_dict["messagesession-type"] = messagesession_type
        if messagesession_last_message is not UNSET:
            field_dict["messagesession-last-message"] = messagesession_last_message
        if messagesession_last_sender is not UNSET:
            field_dict["messagesession-last-sender"] = messagesession_last_sender
        if messagesession_last_status is not UNSET:
            field_dict["messagesession-last-status"] = messagesession_last_status
        if messagesession_last_type is not UNSET:
            field_dict["messagesession-last-type"] = messagesession_last_type
        if messagesession_last_media_type is not UNSET:
            field_dict["messagesession-last-media-type"] = messagesession_last_media_type
        if messagesession_last_media_size is not UNSET:
            field_dict["messagesession-last-media-size"] = messagesession_last_media_size
        if messagesession_last_datetime is not UNSET:
            field_dict["messagesession-last-datetime"] = messagesession_last_datetime
        if messagesession_start_datetime is not UNSET:
            field_dict["messagesession-start-datetime"] = messagesession_start_datetime
        if messagesession_agent_start_datetime is not UNSET:
            field_dict["messagesession-agent-start-datetime"] = messagesession_agent_start_datetime
        if messagesession_last_email_reminder_datetime is not UNSET:
            field_dict["messagesession-last-email-reminder-datetime"] = messagesession_last_email_reminder_datetime
        if messagesession_last_timestamp is not UNSET:
            field_dict["messagesession-last-timestamp"] = messagesession_last_timestamp
        if messagesession_start_timestamp is not UNSET:
            field_dict["messagesession-start-timestamp"] = messagesession_start_timestamp
        if messagesession_agent_start_timestamp is not UNSET:
            field_dict["messagesession-agent-start-timestamp"] = messagesession_agent_start_timestamp
        if messagesession_last_email_reminder_timestamp is not UNSET:
            field_dict["messagesession-last-email-reminder-timestamp"] = messagesession_last_email_reminder_timestamp
        if messagesession_reciever_hostname is not UNSET:
            field_dict["messagesession-reciever-hostname"] = messagesession_reciever_hostname
        if messagesession_queue_termination is not UNSET:
            field_dict["messagesession-queue-termination"] = messagesession_queue_termination
        if messagesession_queue_status is not UNSET:
            field_dict["messagesession-queue-status"] = messagesession_queue_status
        if messagesession_queue_session_id is not UNSET:
            field_dict["messagesession-queue-session-id"] = messagesession_queue_session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messagesession_id = d.pop("messagesession-id")

        user = d.pop("user", UNSET)

        domain = d.pop("domain", UNSET)

        def _parse_messagesession_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_name = _parse_messagesession_name(d.pop("messagesession-name", UNSET))

        def _parse_messagesession_remote(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        messagesession_remote = _parse_messagesession_remote(d.pop("messagesession-remote", UNSET))

        def _parse_messagesession_participants(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_participants = _parse_messagesession_participants(d.pop("messagesession-participants", UNSET))

        def _parse_messagesession_muted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_muted = _parse_messagesession_muted(d.pop("messagesession-muted", UNSET))

        def _parse_messagesession_sms_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_sms_number = _parse_messagesession_sms_number(d.pop("messagesession-sms-number", UNSET))

        def _parse_messagesession_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_type = _parse_messagesession_type(d.pop("messagesession-type", UNSET))

        def _parse_messagesession_last_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_message = _parse_messagesession_last_message(d.pop("messagesession-last-message", UNSET))

        def _parse_messagesession_last_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_sender = _parse_messagesession_last_sender(d.pop("messagesession-last-sender", UNSET))

        def _parse_messagesession_last_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_status = _parse_messagesession_last_status(d.pop("messagesession-last-status", UNSET))

        def _parse_messagesession_last_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_type = _parse_messagesession_last_type(d.pop("messagesession-last-type", UNSET))

        def _parse_messagesession_last_media_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_media_type = _parse_messagesession_last_media_type(
            d.pop("messagesession-last-media-type", UNSET)
        )

        def _parse_messagesession_last_media_size(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        messagesession_last_media_size = _parse_messagesession_last_media_size(
            d.pop("messagesession-last-media-size", UNSET)
        )

        def _parse_messagesession_last_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_datetime = _parse_messagesession_last_datetime(d.pop("messagesession-last-datetime", UNSET))

        def _parse_messagesession_start_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_start_datetime = _parse_messagesession_start_datetime(
            d.pop("messagesession-start-datetime", UNSET)
        )

        def _parse_messagesession_agent_start_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_agent_start_datetime = _parse_messagesession_agent_start_datetime(
            d.pop("messagesession-agent-start-datetime", UNSET)
        )

        def _parse_messagesession_last_email_reminder_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_email_reminder_datetime = _parse_messagesession_last_email_reminder_datetime(
            d.pop("messagesession-last-email-reminder-datetime", UNSET)
        )

        def _parse_messagesession_last_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_timestamp = _parse_messagesession_last_timestamp(
            d.pop("messagesession-last-timestamp", UNSET)
        )

        def _parse_messagesession_start_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_start_timestamp = _parse_messagesession_start_timestamp(
            d.pop("messagesession-start-timestamp", UNSET)
        )

        def _parse_messagesession_agent_start_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_agent_start_timestamp = _parse_messagesession_agent_start_timestamp(
            d.pop("messagesession-agent-start-timestamp", UNSET)
        )

        def _parse_messagesession_last_email_reminder_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_last_email_reminder_timestamp = _parse_messagesession_last_email_reminder_timestamp(
            d.pop("messagesession-last-email-reminder-timestamp", UNSET)
        )

        def _parse_messagesession_reciever_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_reciever_hostname = _parse_messagesession_reciever_hostname(
            d.pop("messagesession-reciever-hostname", UNSET)
        )

        def _parse_messagesession_queue_termination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_queue_termination = _parse_messagesession_queue_termination(
            d.pop("messagesession-queue-termination", UNSET)
        )

        def _parse_messagesession_queue_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_queue_status = _parse_messagesession_queue_status(d.pop("messagesession-queue-status", UNSET))

        def _parse_messagesession_queue_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        messagesession_queue_session_id = _parse_messagesession_queue_session_id(
            d.pop("messagesession-queue-session-id", UNSET)
        )

        message_session = cls(
            messagesession_id=messagesession_id,
            user=user,
            domain=domain,
            messagesession_name=messagesession_name,
            messagesession_remote=messagesession_remote,
            messagesession_participants=messagesession_participants,
            messagesession_muted=messagesession_muted,
            messagesession_sms_number=messagesession_sms_number,
            messagesession_type=messagesession_type,
            messagesession_last_message=messagesession_last_message,
            messagesession_last_sender=messagesession_last_sender,
            messagesession_last_status=messagesession_last_status,
            messagesession_last_type=messagesession_last_type,
            messagesession_last_media_type=messagesession_last_media_type,
            messagesession_last_media_size=messagesession_last_media_size,
            messagesession_last_datetime=messagesession_last_datetime,
            messagesession_start_datetime=messagesession_start_datetime,
            messagesession_agent_start_datetime=messagesession_agent_start_datetime,
            messagesession_last_email_reminder_datetime=messagesession_last_email_reminder_datetime,
            messagesession_last_timestamp=messagesession_last_timestamp,
            messagesession_start_timestamp=messagesession_start_timestamp,
            messagesession_agent_start_timestamp=messagesession_agent_start_timestamp,
            messagesession_last_email_reminder_timestamp=messagesession_last_email_reminder_timestamp,
            messagesession_reciever_hostname=messagesession_reciever_hostname,
            messagesession_queue_termination=messagesession_queue_termination,
            messagesession_queue_status=messagesession_queue_status,
            messagesession_queue_session_id=messagesession_queue_session_id,
        )

        message_session.additional_properties = d
        return message_session

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
