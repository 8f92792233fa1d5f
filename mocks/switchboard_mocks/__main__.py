"""``switchboard-mock VENDOR --port N``: serve a vendor's mock on 127.0.0.1 until stopped."""

from __future__ import annotations

import argparse
import gc
import logging
import re
from collections.abc import Sequence

from . import VENDORS, vendor_class
from ._engine import DEFAULT_JOURNAL_SIZE, MockServer


def _setting(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


# A query parameter whose name says credential (Kandy sends keys, secrets and tokens in the query string), as uvicorn's
# access and trace logs print it: in a URL or in the bytes of an ASGI scope.
_SECRET_PARAM = re.compile(
    r"(?P<name>[\w.-]*(?:secret|password|passwd|token|key|signature|passcode)[\w.-]*)=(?P<value>[^&\s'\"\\]+)",
    re.IGNORECASE,
)


class _QueryRedactor(logging.Filter):
    """Replace credential values in query strings in every record a handler writes."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _SECRET_PARAM.sub(r"\g<name>=***", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _redact_logs() -> None:
    redactor = _QueryRedactor()
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi"):
        for handler in logging.getLogger(name).handlers:
            handler.addFilter(redactor)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="switchboard-mock",
        description="Serve a stateful, spec-validating mock of a vendor API. Control surface under /__mock__/.",
    )
    parser.add_argument("vendor", choices=sorted(VENDORS), help="which vendor to serve")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8001, help="port to bind (default 8001)")
    parser.add_argument("--token-ttl", type=float, help="seconds an access token lives (vendor default otherwise)")
    parser.add_argument(
        "--credential",
        "--setting",
        dest="credential",
        action="append",
        type=_setting,
        default=[],
        metavar="KEY=VALUE",
        help="a credential or setting of the mock, e.g. password=xyz or refresh_reuse=rotate (repeatable; see README)",
    )
    parser.add_argument(
        "--journal-size",
        type=int,
        default=DEFAULT_JOURNAL_SIZE,
        metavar="N",
        help=f"requests kept in the journal, oldest dropped first (default {DEFAULT_JOURNAL_SIZE:,})",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request (off by default: it costs CPU)")
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    parser.add_argument(
        "--catalogue",
        action="store_true",
        help="print the vendor's failure catalogue (every outcome of every operation, how to reach it) and exit",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="of --catalogue (default text)")
    args = parser.parse_args(argv)
    if args.catalogue:
        from ._catalogue import catalogue, render_json, render_text

        entries = catalogue(args.vendor)
        print((render_json if args.format == "json" else render_text)(entries), end="")
        return 0

    import uvicorn

    settings = dict(args.credential)
    if args.token_ttl is not None:
        settings["token_ttl"] = str(args.token_ttl)
    known = vendor_class(args.vendor).default_settings
    unknown = sorted(set(settings) - set(known))
    if unknown:
        parser.error(f"unknown setting(s) for {args.vendor}: {', '.join(unknown)} (known: {', '.join(known)})")
    if args.journal_size < 0:
        parser.error("--journal-size must be >= 0")
    app = MockServer(vendor_class(args.vendor), settings=settings, journal_size=args.journal_size)
    print(f"switchboard-mock: {args.vendor} on http://{args.host}:{args.port} (control: /__mock__/)", flush=True)
    # What start-up built (the compiled spec, the modules) stays out of every later collection: shorter GC pauses.
    gc.collect()
    gc.freeze()
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log)
    _redact_logs()  # uvicorn's handlers exist once the Config is made
    uvicorn.Server(config).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
