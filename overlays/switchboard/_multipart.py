"""``multipart/form-data`` bodies decoded into the JSON their schema describes, files kept on the side.

Used by :func:`switchboard.spec.decode_body`, so that the validating transport and the mocks check multipart bodies
like JSON and form bodies. Text parts are coerced like form fields (repeated names make arrays); a file part becomes
its file name in the JSON (a ``format: binary`` string) and an :class:`UploadedFile` in :attr:`FormData.files`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message
from typing import Any

#: Refuse multipart bodies with more parts than this (a DRF server refuses far fewer).
MAX_PARTS = 1000


@dataclass(frozen=True)
class UploadedFile:
    """One file part: the name its sender gave it, its declared content type and its bytes."""

    filename: str
    content_type: str
    content: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.content)


class FormData(dict[str, Any]):
    """The text fields of a multipart body as JSON; ``files`` holds the uploads by field name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.files: dict[str, list[UploadedFile]] = {}


@dataclass
class _Part:
    name: str
    filename: str | None
    content_type: str
    content: bytes


def _split(body: bytes) -> list[_Part] | str:
    """The parts of ``body``, or the reason it is not multipart. The boundary is the body's first line."""
    first, sep, _ = body.partition(b"\r\n")
    if not sep or not first.startswith(b"--") or len(first) < 3:
        return "the body does not start with a multipart boundary"
    delimiter = b"\r\n" + first
    chunks = (b"\r\n" + body).split(delimiter)
    if len(chunks) > MAX_PARTS + 2:
        return f"the body has more than {MAX_PARTS} parts"
    *parts, closing = chunks[1:]
    if not closing.startswith(b"--"):
        return "the body does not end with the closing boundary"
    found = []
    for chunk in parts:
        head, sep, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            return "a part has no blank line after its headers"
        message = Message()
        try:
            for line in head.decode("utf-8").split("\r\n"):
                key, colon, value = line.partition(":")
                if not colon:
                    return "a part has a malformed header line"
                message[key.strip()] = value.strip()
        except UnicodeDecodeError:
            return "a part's headers are not UTF-8"
        if message.get_content_disposition() != "form-data" or message.get_param(
            "name", header="content-disposition"
        ) in (None, ""):
            return "a part has no Content-Disposition: form-data with a name"
        name = str(message.get_param("name", header="content-disposition"))
        filename = message.get_filename()
        content_type = message.get("content-type", "text/plain" if filename is None else "application/octet-stream")
        found.append(_Part(name, filename, str(content_type), content))
    return found


def decode_form_data(body: bytes, schema: Any) -> tuple[FormData | None, str | None]:
    """Parse ``body`` for validation against ``schema`` (an inline object schema); (value, problem).

    A property the schema declares ``format: binary`` must be sent as a file part (with a file name); every other
    part is text, converted to the property's type.
    """
    from .spec import _coerce_scalar, _types

    parts = _split(body)
    if isinstance(parts, str):
        return None, parts
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    form = FormData()
    texts: dict[str, list[str]] = {}
    for part in parts:
        declared = properties.get(part.name, {})
        if isinstance(declared, dict) and declared.get("format") == "binary":
            if part.filename is None:
                return None, f"part {part.name!r} must be a file (a part with a filename)"
            form.files.setdefault(part.name, []).append(UploadedFile(part.filename, part.content_type, part.content))
            form[part.name] = part.filename
            continue
        try:
            texts.setdefault(part.name, []).append(part.content.decode("utf-8"))
        except UnicodeDecodeError:
            return None, f"part {part.name!r} is not UTF-8 text"
    for name, values in texts.items():
        declared = properties.get(name, {})
        types = _types(declared)
        if "array" in types:
            items = declared.get("items", {})
            form[name] = [_coerce_scalar(v, _types(items)) for v in values]
        else:
            form[name] = _coerce_scalar(values[-1], types) if len(values) == 1 else values
    return form, None
