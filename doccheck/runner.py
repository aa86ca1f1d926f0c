"""Run a snippet and say how it ended: the client of ``forkserver.py``.

``ForkServerRunner`` keeps one server per pytest process (so one per xdist
worker) and restarts it if it ever dies. ``SubprocessRunner`` is the naive
way, one fresh ``python`` per snippet; the suite uses it to prove that the
fork server prints exactly what a reader's ``python snippets/<x>.py`` prints.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .tracebacks import final_exception

SERVER_SCRIPT = Path(__file__).with_name("forkserver.py")

# Time the server may take beyond a snippet's own timeout before the client
# gives up on it (torch import on a cold cache, a stuck kill).
SERVER_GRACE_SECONDS = 60.0

# For the server process only (it removes them before any snippet runs,
# once torch has loaded its libraries): glibc backs its heap, torch's
# ~120 MB of C++ allocations, with 2 MB pages where the kernel allows it, so
# forking the server and tearing a child down handle far fewer page-table
# entries (fork + exit ~24 ms -> ~18 ms); and OpenMP (libgomp, read when
# torch loads it) puts a thread that has finished its share of a parallel
# operation to sleep instead of spinning for milliseconds, which, with a
# child per core, took the core from the other child (5% of the CPU time of
# `pytest snippets` in a perf profile; the output is the same either way).
SERVER_ENVIRONMENT = {
    "GLIBC_TUNABLES": "glibc.malloc.hugetlb=1",
    "OMP_WAIT_POLICY": "PASSIVE",
}


@dataclass(frozen=True)
class RunResult:
    """How one run of one snippet ended (output not yet normalized)."""

    output: str
    returncode: int | None  # None when killed by a signal
    signal: int | None
    timed_out: bool
    exception: str | None  # class name of an uncaught exception, if any

    def ending(self) -> str:
        """How the process ended, in words, for failure messages."""
        if self.timed_out:
            return "was killed after its timeout"
        if self.signal is not None:
            try:
                name = signal.Signals(self.signal).name
            except ValueError:
                name = f"signal {self.signal}"
            return f"crashed ({name})"
        if self.exception is not None:
            return f"raised {self.exception} (exit status {self.returncode})"
        return f"exited with status {self.returncode}"


class ForkServerError(RuntimeError):
    """The fork server itself failed (not the snippet)."""


class ForkServerRunner:
    """Run snippets in forked children of a process that imported torch."""

    def __init__(self, python: str = sys.executable) -> None:
        self._python = python
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._ready = False  # has this server said it imported torch?

    def start(self) -> None:
        """Start the server without waiting for torch to import."""
        if self._process is None or self._process.poll() is not None:
            self._process = start_server(
                self._python, SERVER_SCRIPT, text=True, encoding="utf-8", bufsize=1
            )
            self._replies = Replies(self._process.stdout.fileno())
            self._ready = False

    def _read_reply(self, timeout: float) -> dict:
        try:
            return self._replies.next(timeout)
        except TimeoutError:
            why = f"no reply in {timeout:.0f} s"
        except EOFError:
            why = "it exited"
        self.close()
        raise ForkServerError(
            f"the snippet fork server stopped answering ({why}); "
            "it is restarted for the next snippet"
        )

    def _send(self, request: dict) -> None:
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
        except BrokenPipeError:
            self.close()
            raise ForkServerError("the snippet fork server had exited") from None

    def prefetch(self, runs: list[tuple[Path, Path, float]], session: str = "") -> None:
        """Tell the server which snippets come next, in order, so it can run
        them ahead on the other cores (each still in a fresh child). Results
        run ahead answer only requests of the same ``session``."""
        with self._lock:
            self.start()
            self._send(
                {
                    "prefetch": [
                        {
                            "path": str(path),
                            "cwd": str(cwd),
                            "timeout": timeout,
                            "session": session,
                        }
                        for path, cwd, timeout in runs
                    ]
                }
            )

    def run(
        self, path: Path, cwd: Path, timeout: float, session: str = ""
    ) -> RunResult:
        with self._lock:
            self.start()
            if not self._ready:
                self._read_reply(SERVER_GRACE_SECONDS)  # torch is imported
                self._ready = True
            self._send(
                {
                    "path": str(path),
                    "cwd": str(cwd),
                    "timeout": timeout,
                    "session": session,
                }
            )
            reply = self._read_reply(timeout + SERVER_GRACE_SECONDS)
            return RunResult(**reply)

    def close(self) -> None:
        if self._process is not None:
            stop_server(self._process)
            self._process = None


class Replies:
    """A server's replies, one JSON object per line, read from its pipe."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = b""

    def next(self, timeout: float) -> dict:
        """The next reply: TimeoutError if none has come in ``timeout``
        seconds, EOFError if the server has closed its end."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise TimeoutError(f"no reply in {timeout} s")
            if not (data := os.read(self.fd, 65536)):
                raise EOFError("the server closed its end")
            self._buffer += data
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)


def start_server(python: str, script: Path, **popen: object) -> subprocess.Popen:
    """A fork server (forkserver.py, kernelserver.py) talking over its stdin
    and stdout, with its own SERVER_ENVIRONMENT, in a session of its own: a
    Ctrl-C or SIGTERM meant for pytest's process group does not kill it
    before it has killed its children (it does that when its input closes,
    however pytest ends), and every process its children start can be found
    by session."""
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    own = {k: v for k, v in SERVER_ENVIRONMENT.items() if k not in env}
    env.update(own, DOCCHECK_SERVER_ONLY=",".join(own))
    return subprocess.Popen(
        [python, str(script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        start_new_session=True,
        **popen,
    )


def stop_server(process: subprocess.Popen) -> None:
    """Close a server's input, which makes it stop its children and exit;
    then kill what is left of its session, it included: if the server died
    first (a child can kill it) or is stuck, what its children started is
    still there."""
    with contextlib.suppress(OSError):
        process.stdin.close()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    kill_session(process.pid)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def kill_session(session: int) -> None:
    """SIGKILL every process whose session is ``session`` (Linux /proc)."""
    try:
        entries = os.listdir("/proc")
    except OSError:
        return
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # state, ppid, pgrp, session
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(int(entry), signal.SIGKILL)


class SubprocessRunner:
    """Run each snippet as ``python <path>`` in a new process: slow, exact."""

    def __init__(self, python: str = sys.executable) -> None:
        self._python = python

    def start(self) -> None:
        """Nothing to start: each run is its own process."""

    def prefetch(self, runs: list[tuple[Path, Path, float]], session: str = "") -> None:
        """Nothing to prepare: each run starts when it is asked for."""

    def run(
        self, path: Path, cwd: Path, timeout: float, session: str = ""
    ) -> RunResult:
        env = dict(os.environ)
        env.pop("PYTHONSTARTUP", None)
        env.pop("PYTHONUNBUFFERED", None)
        # stdout and stderr on one terminal, so python buffers them as it
        # does for a reader (line by line) and they interleave as they do
        # there; the terminal leaves line breaks alone (no \r\n).
        master, terminal = pty.openpty()
        attributes = termios.tcgetattr(terminal)
        attributes[1] &= ~termios.ONLCR
        termios.tcsetattr(terminal, termios.TCSANOW, attributes)
        try:
            process = subprocess.Popen(
                [self._python, str(path)],
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=terminal,
                stderr=terminal,
                env=env,
                start_new_session=True,
                preexec_fn=die_with_parent,
            )
        finally:
            os.close(terminal)
        chunks: list[bytes] = []
        timed_out = False
        try:
            timed_out = not _read_until_exit(process, master, chunks, timeout)
        finally:
            # Whatever the snippet started and left running goes with it,
            # and so does the snippet itself on a timeout or a Ctrl-C.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            os.close(master)
        raw = b"".join(chunks)
        code = process.returncode
        output = raw.decode("utf-8", errors="backslashreplace")
        return RunResult(
            output=output,
            returncode=code if code >= 0 else None,
            signal=-code if code < 0 and not timed_out else None,
            timed_out=timed_out,
            exception=_exception_from_traceback(output) if code == 1 else None,
        )

    def close(self) -> None:
        pass


def die_with_parent() -> None:
    """In a new process (before python starts, or a fork): SIGKILL it if the
    process that started it dies (a SIGTERM ends pytest without any
    cleanup)."""
    ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


_PR_SET_PDEATHSIG = 1


def _read_until_exit(
    process: subprocess.Popen, master: int, chunks: list[bytes], timeout: float
) -> bool:
    """Collect what the process prints until it exits (True) or its time is
    up (False). A process it started may keep the terminal open; python does
    not wait for it, and neither does this."""
    deadline = time.monotonic() + timeout
    exited = os.pidfd_open(process.pid)
    reading = True
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            fds = [exited, master] if reading else [exited]
            ready, _, _ = select.select(fds, [], [], min(left, 3600))
            if master in ready:
                if _read_some(master, chunks):
                    continue
                reading = False  # the terminal is closed; wait for the exit
            if exited in ready:
                if reading:
                    os.set_blocking(master, False)
                    while _read_some(master, chunks):
                        pass
                return True
    finally:
        os.close(exited)


def _read_some(fd: int, chunks: list[bytes]) -> bool:
    """Read what is there; False at the end (or nothing ready)."""
    try:
        data = os.read(fd, 65536)
    except (BlockingIOError, OSError):  # EIO: no process has it open
        return False
    if data:
        chunks.append(data)
    return bool(data)


def _exception_from_traceback(output: str) -> str | None:
    """Name of the exception a Python traceback ends with, if it has one."""
    ending = final_exception(output)
    return ending[0] if ending else None
