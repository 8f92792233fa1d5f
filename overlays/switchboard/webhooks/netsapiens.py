"""Netsapiens subscription events, posted to a subscription's ``post-url`` as a JSON array, no wrapper.

Which payload arrives depends on the subscription's ``model``: :func:`for_model` picks the webhook. Any 2xx
acknowledges a post.

Example::

    from switchboard.webhooks import netsapiens

    app = netsapiens.for_model("message").app(on_messages)   # list[Message] per post
"""

from __future__ import annotations

from netsapiens_client.webhooks import (
    Message,
    MessageList,
    MessageSession,
    MessageSessionList,
    SubscriptionEvent,
    SubscriptionEventList,
)

from ._receiver import Webhook, content_id

__all__ = ["Message", "MessageSession", "SubscriptionEvent", "for_model", "messages", "sessions", "subscription_events"]


def _message_id(message: Message) -> str:
    return f"message:{message.id}" if message.id is not None else content_id(message)


def _session_id(session: MessageSession) -> str:
    # A session is posted again on every change: the same session at another moment is a new event.
    return content_id(session)


#: Posts of a ``message`` subscription: one object per message.
messages: Webhook[Message] = Webhook("netsapiens", "message", MessageList, event_id=_message_id)
#: Posts of a ``messagesession`` subscription: one object per session update.
sessions: Webhook[MessageSession] = Webhook("netsapiens", "messagesession", MessageSessionList, event_id=_session_id)
#: Posts of the other models (``call``, ``cdr``, ``voicemail``, ...): that model's objects, identified by content.
subscription_events: Webhook[SubscriptionEvent] = Webhook("netsapiens", "subscriptionEvent", SubscriptionEventList)


def for_model(model: str) -> Webhook[Message] | Webhook[MessageSession] | Webhook[SubscriptionEvent]:
    """The webhook whose posts a subscription of ``model`` receives."""
    if model == "message":
        return messages
    if model == "messagesession":
        return sessions
    return subscription_events
