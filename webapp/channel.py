"""waitress's connection, with its serving loop kept quiet while a request's thread writes.

waitress lets the thread that runs a request send its answer as it writes it, and takes the
connection's output lock to do so; its serving loop meanwhile asks to be woken whenever the
socket could take more (``writable()``), and, woken, finds the lock held and polls again. A
thread holding that lock while it waits for the interpreter (other requests' threads are
running) kept the loop polling, and taking the interpreter, about 70 times a request
(measured on the real-paper index, 4 clients a process: 0.8–1 ms of the loop's CPU a
request, and every turn it took was a turn a search waited for; issue 17).

While a request's task runs, the loop now leaves the connection's output to that task,
which sends as it writes and wakes the loop when it ends (waitress pulls its trigger at the
end of every task); only output past waitress's high watermark, which the task waits on the
loop to send, is sent by the loop meanwhile, as before. Closing and everything after the
task are as waitress does them.
"""

from __future__ import annotations

from waitress.channel import HTTPChannel


class QuietChannel(HTTPChannel):
    """An ``HTTPChannel`` whose loop does not poll for output its task is sending."""

    def writable(self) -> bool:
        if (
            self.requests
            and not (self.will_close or self.close_when_flushed)
            and self.total_outbufs_len <= self.adj.outbuf_high_watermark
        ):
            return False  # the task sends what it writes and wakes the loop when it ends
        return bool(super().writable())
