"""Asking Linux's /proc whether the processes a test started have ended."""

from __future__ import annotations

import time
from pathlib import Path


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
    except OSError:
        return False
    return state != b"Z"  # a zombie has ended; only its parent has not noticed


def wait_dead(pids: list[int], seconds: float = 10.0) -> list[int]:
    """The pids still alive after waiting up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while (living := [p for p in pids if alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    return living


def children(parent: int) -> list[int]:
    """The processes whose parent is ``parent``, zombies included (a child
    its parent has not reaped yet is still there)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:  # state, ppid
            found.append(int(status.parent.name))
    return found
