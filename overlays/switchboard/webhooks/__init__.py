"""Webhook receivers: typed events from the generated payload models, checked against the spec.

Per vendor, a :class:`Webhook` with a framework-neutral ``parse(body, headers)`` and an ``app(callback)`` ASGI app
(needs the ``webhooks`` extra: ``pip install "switchboard[webhooks]"``)::

    from switchboard.webhooks import gatum, netsapiens

    gatum.delivery_reports.parse(body)                  # list of gatum_client.webhooks.DeliveryReport
    netsapiens.for_model("message").app(on_messages)    # mount in Starlette, FastAPI or Django
"""

from ._receiver import MAX_BODY, Webhook, WebhookApp, WebhookPayloadError, content_id

__all__ = ["MAX_BODY", "Webhook", "WebhookApp", "WebhookPayloadError", "content_id"]
