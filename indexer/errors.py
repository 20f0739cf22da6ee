"""Domain errors, raised where a problem is found and caught at the batch loop."""

from __future__ import annotations

REASON_CHARS = 240


class UnreadablePaper(Exception):
    """A paper that cannot be read; the batch reports it in one line and moves on.

    The reason is folded to one short line whatever it was built from (pdfminer and
    spaCy messages run to paragraphs), because the summary prints it after the path.
    """

    def __init__(self, path: str, reason: str) -> None:
        reason = one_line(reason)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def one_line(text: object, limit: int = REASON_CHARS) -> str:
    """Any message as one line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class IndexBusy(Exception):
    """Another re-index holds the index; the caller waits or says so."""
