"""Reader processes that never outlive the re-index that started them.

A run killed with SIGKILL gets no chance to stop its workers; on Linux the kernel can send
them a signal when their parent dies (``PR_SET_PDEATHSIG``). Where that is not available,
or for orphans left by an older version, the lock file names its holder, and a lock held
after the holder is gone is released by stopping the processes that still hold it open.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import time
from pathlib import Path

_PR_SET_PDEATHSIG = 1
RELEASE_SECONDS = 5.0


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere a no-op)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before the request took effect
            os._exit(1)


def release_stale_lock(lock: Path) -> bool:
    """Stop the processes holding ``lock`` open when the process it names is gone.

    Returns True when some were stopped (the caller tries the lock again)."""
    try:
        owner = int(lock.read_text().strip() or 0)
    except (OSError, ValueError):
        return False
    if owner <= 0 or _alive(owner):
        return False
    holders = [pid for pid in _holders(lock) if pid != os.getpid()]
    for pid in holders:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    # A killed process lets go of its files only once it has exited: wait for that.
    deadline = time.monotonic() + RELEASE_SECONDS
    while holders and time.monotonic() < deadline and set(holders) & set(_holders(lock)):
        time.sleep(0.05)
    return bool(holders)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie has exited: its lock is no longer its own.
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][:1] != "Z"
    return True


def _holders(lock: Path) -> list[int]:
    """Processes with ``lock`` open, read from /proc (Linux)."""
    target = lock.resolve()
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        with contextlib.suppress(OSError):
            if any(Path(os.readlink(fd)) == target for fd in (entry / "fd").iterdir()):
                found.append(int(entry.name))
    return found
