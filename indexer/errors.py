"""Domain errors, raised where a problem is found and caught at the batch loop."""

from __future__ import annotations


class UnreadablePaper(Exception):
    """A paper that cannot be read; the batch reports it in one line and moves on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexBusy(Exception):
    """Another re-index holds the index; the caller waits or says so."""
