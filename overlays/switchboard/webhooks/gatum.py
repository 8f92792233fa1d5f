"""Gatum delivery reports (DLRs): a JSON array of reports, acknowledged with the array of their ``id_state``.

Example::

    from switchboard.webhooks import gatum

    reports = gatum.delivery_reports.parse(body, headers)      # list[DeliveryReport]
    app = gatum.delivery_reports.app(on_reports)               # ASGI: validates, acknowledges, de-duplicates
"""

from __future__ import annotations

from gatum_client.webhooks import DeliveryReport, DeliveryReportBatch

from ._receiver import Webhook

__all__ = ["DeliveryReport", "delivery_reports"]


def _report_id(report: DeliveryReport) -> str:
    # A message part (``id_state``) is reported once per state it reaches: each state is an event of its own.
    return f"{report.id_state}:{report.state}"


def _acknowledge(reports: list[DeliveryReport]) -> list[str]:
    # The vendor's README answers with the id_state values as strings, every one received (redeliveries included).
    return [str(report.id_state) for report in reports]


#: The ``deliveryReport`` webhook of specs/gatum.yaml.
delivery_reports: Webhook[DeliveryReport] = Webhook(
    "gatum", "deliveryReport", DeliveryReportBatch, event_id=_report_id, acknowledgement=_acknowledge
)
