"""Serving the app to the world: waitress, with limits suited to one process on a small machine.

Slow clients (a connection that sends its headers a byte at a time, or never finishes
them) cost waitress a socket, not a thread, so the connection limit is set well above the
threads and idle connections are dropped after ``CHANNEL_TIMEOUT`` seconds; ``poll`` is used
instead of ``select`` so more than 1,024 sockets can be watched.
"""

from __future__ import annotations

import contextlib
import resource
from typing import Any

CONNECTION_LIMIT = 1000
CHANNEL_TIMEOUT = 20  # seconds a connection may sit idle mid-request
CLEANUP_INTERVAL = 5
MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 1024 * 1024  # nothing here takes a body; a search is a GET


def serving_options(threads: int) -> dict[str, Any]:
    """waitress's settings for this app."""
    return {
        "threads": threads,
        "connection_limit": CONNECTION_LIMIT,
        "channel_timeout": CHANNEL_TIMEOUT,
        "cleanup_interval": CLEANUP_INTERVAL,
        "max_request_header_size": MAX_HEADER_BYTES,
        "max_request_body_size": MAX_BODY_BYTES,
        "asyncore_use_poll": True,
        "ident": "Minuted",
    }


def serve(app: Any, host: str, port: int, threads: int) -> None:
    """Serve ``app`` until interrupted, with room for the connection limit's sockets."""
    from waitress import serve as waitress_serve

    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = CONNECTION_LIMIT + 100
        if soft < wanted:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    waitress_serve(app, host=host, port=port, **serving_options(threads))
