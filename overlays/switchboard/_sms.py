"""How many SMS segments a text takes: what a send costs a rate budget, and what the PassInfo mock charges."""

from __future__ import annotations

import math

# The GSM 03.38 basic character set: text made only of these fits 160 characters per SMS.
_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Characters of the extension table: two septets each.
_GSM7_EXTENDED = set("^{}\\[~]|€\f")


def sms_segments(text: str) -> int:
    """How many SMS segments ``text`` takes: 160 GSM-7 septets in one, 153 per segment when split; 70 / 67 UCS-2
    code units for any other text. An empty text is one segment."""
    if all(c in _GSM7 or c in _GSM7_EXTENDED for c in text):
        units = len(text) + sum(c in _GSM7_EXTENDED for c in text)
        single, multi = 160, 153
    else:
        units = len(text.encode("utf-16-le", "surrogatepass")) // 2
        single, multi = 70, 67
    return 1 if units <= single else math.ceil(units / multi)
