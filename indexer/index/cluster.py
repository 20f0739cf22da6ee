"""Reading papers on a Dask distributed cluster, for archives larger than one machine reads
in good time.

Only the reading (PDF → record) is spread: it is nearly all of the work, and each paper is
independent. The index has one writer, this process, which sends each paper's bytes to a
worker (so workers need no shared disk, only this code and its requirements), and takes
the records back as they finish. Each worker process loads the spaCy pipeline once and keeps
it. A worker lost mid-paper is noticed by the scheduler, which runs that paper again on
another worker; each paper's record is taken once, so nothing is lost or doubled.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from indexer.errors import one_line

IN_FLIGHT_PER_WORKER = 4  # papers queued per worker: enough to keep it busy, bounded memory
CONNECT_SECONDS = 10


class ClusterUnavailable(Exception):
    """No scheduler answered at the address given."""


def read_sent(source: str, data: bytes) -> object:
    """On a worker: read one paper from its bytes, as the local reader would read the file.

    The record keeps the paper's own path on the machine that sent it, so the index and
    its links are the same as a local run's."""
    from indexer.index.store import _read

    with tempfile.TemporaryDirectory(prefix="minuted-") as folder:
        copy = Path(folder) / Path(source).name
        copy.write_bytes(data)
        _path, outcome = _read(str(copy))
    if isinstance(outcome, tuple) and isinstance(outcome[0], dict):
        outcome[0]["source"] = source
    return outcome


def read_on_cluster(sources: list[str], address: str) -> Iterator[tuple[str, object]]:
    """``(source, outcome)`` for each paper, in the order they finish on the cluster."""
    try:
        from distributed import Client, Future, as_completed
    except ImportError as exc:  # pragma: no cover - distributed is in requirements.txt
        raise ClusterUnavailable("the dask distributed package is not installed") from exc
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except OSError as exc:
        raise ClusterUnavailable(f"no Dask scheduler answered at {address} ({one_line(exc, 120)})") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        waiting = iter(sources)
        owner: dict[str, str] = {}
        failed: list[tuple[str, str]] = []

        def send_next() -> Future | None:
            for source in waiting:
                try:
                    data = Path(source).read_bytes()
                except OSError as exc:
                    failed.append((source, f"could not be read ({exc.strerror or type(exc).__name__})"))
                    continue
                future = client.submit(read_sent, source, data, key=f"minuted-{uuid.uuid4().hex}", pure=False)
                owner[future.key] = source
                return future
            return None

        first = [f for f in (send_next() for _ in range(workers * IN_FLIGHT_PER_WORKER)) if f is not None]
        yield from _drain(failed)
        if not first:
            return
        running = as_completed(first, loop=client.loop)
        for future in running:
            source = owner.pop(future.key)
            try:
                outcome = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker's failure is one paper's failure
                outcome = f"could not be read on the cluster ({type(exc).__name__}: {one_line(exc, 160)})"
            finally:
                future.release()
            yield source, outcome
            following = send_next()
            if following is not None:
                running.add(following)
            yield from _drain(failed)


def _drain(failed: list[tuple[str, str]]) -> Iterator[tuple[str, object]]:
    while failed:
        yield failed.pop(0)
