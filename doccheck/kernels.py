"""Jupyter kernels forked from a server that has imported torch and ipykernel.

``kernel_manager()`` is jupyter_client's KernelManager for the python3 kernel
with one change: its kernelspec names the ``ForkedKernelProvisioner``
(registered in pyproject.toml), which asks this process's kernel server
(``kernelserver.py``, started on first use) to fork the kernel instead of
launching ``python -m ipykernel_launcher``. The kernel is the same
IPKernelApp, talking over its own ZMQ sockets, in a process of its own; it
only skips the two seconds of a new python importing ipykernel and torch.
The provisioner does to that process what jupyter_client's LocalProvisioner
does to a kernel it launched: it signals the kernel's process group and
waits for the kernel to end, through a pidfd (the server is its parent).

Nothing outlives the process using it: closing the server, or this process
ending any way at all, closes the server's input, and the server then kills
every kernel and everything they started.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import os
import select
import signal
import threading
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from jupyter_client.provisioning import LocalProvisioner

from .runner import Replies, start_server, stop_server

PROVISIONER = "doccheck-forked-kernel"  # its entry point in pyproject.toml
SERVER_SCRIPT = Path(__file__).with_name("kernelserver.py")
READY_SECONDS = 120.0  # importing torch and ipykernel on a cold cache
FORK_SECONDS = 30.0


class KernelServer:
    """This process's kernel server: forks a kernel on request."""

    def __init__(self, python: str) -> None:
        self.python = python
        self.process = start_server(python, SERVER_SCRIPT)
        self._replies = Replies(self.process.stdout.fileno())
        self._ready = False

    def _reply(self, timeout: float) -> dict:
        try:
            return self._replies.next(timeout)
        except TimeoutError:
            raise RuntimeError(
                f"the kernel server gave no reply in {timeout} s"
            ) from None
        except EOFError:
            raise RuntimeError("the kernel server exited") from None

    def fork_kernel(
        self, argv: list[str], cwd: str, env: dict[str, str]
    ) -> tuple[int, int]:
        """Start a kernel: its pidfd and pid."""
        if not self._ready:
            self._reply(READY_SECONDS)
            self._ready = True
        request = {"argv": argv, "cwd": cwd, "env": env, "client": os.getpid()}
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        self.process.stdin.flush()
        pid = self._reply(FORK_SECONDS)["pid"]
        # Before the next request, the only time the server collects an
        # ended kernel: until then the pid is the kernel's.
        return os.pidfd_open(pid), pid

    def close(self) -> None:
        stop_server(self.process)


_server: KernelServer | None = None
_server_lock = threading.Lock()


def fork_kernel(argv: list[str], cwd: str, env: dict[str, str]) -> tuple[int, int]:
    """A new kernel from this process's server (started, or restarted if it
    has died, for the python of ``argv``): its pidfd and pid."""
    global _server
    with _server_lock:
        if _server is not None and _server.process.poll() is not None:
            atexit.unregister(_server.close)
            _server.close()
            _server = None
        if _server is None:
            _server = KernelServer(argv[0])
            atexit.register(_server.close)
        if argv[0] != _server.python:
            raise RuntimeError(f"the kernel server runs {_server.python}, not {argv}")
        return _server.fork_kernel(argv, cwd, env)


def server_pid() -> int | None:
    """The kernel server's pid, if it is running (for tests)."""
    return _server.process.pid if _server is not None else None


class ForkedKernelProvisioner(LocalProvisioner):
    """A kernel forked by the kernel server rather than launched.

    ``poll`` and ``wait`` say whether it has ended, not its exit status: the
    server, its parent, collects that (they return 0 once it has ended).
    """

    pidfd: int | None = None

    @property
    def has_process(self) -> bool:
        return self.pidfd is not None

    async def launch_kernel(self, cmd: list[str], **kwargs):
        cwd = str(kwargs.get("cwd") or os.getcwd())
        self.pidfd, self.pid = fork_kernel(cmd, cwd, kwargs["env"])
        self.pgid = self.pid  # it leads its own process group
        self.cwd = cwd
        return self.connection_info

    async def poll(self) -> int | None:
        if self.pidfd is None or select.select([self.pidfd], [], [], 0)[0]:
            return 0
        return None

    async def wait(self) -> int | None:
        if self.pidfd is None:
            return 0
        if await self.poll() is None:
            loop = asyncio.get_running_loop()
            ended = loop.create_future()
            loop.add_reader(self.pidfd, lambda: ended.done() or ended.set_result(0))
            try:
                await ended
            finally:
                loop.remove_reader(self.pidfd)
        os.close(self.pidfd)
        self.pidfd = None
        return 0

    async def send_signal(self, signum: int) -> None:
        if self.pidfd is None:
            return
        try:
            os.killpg(self.pgid, signum)  # and whatever its cells started
        except OSError:
            signal.pidfd_send_signal(self.pidfd, signum)

    async def kill(self, restart: bool = False) -> None:
        with contextlib.suppress(ProcessLookupError):
            await self.send_signal(signal.SIGKILL)

    async def terminate(self, restart: bool = False) -> None:
        with contextlib.suppress(ProcessLookupError):
            await self.send_signal(signal.SIGTERM)


class _ForkedKernelSpecs(KernelSpecManager):
    """The installed kernelspecs, each naming the forked-kernel provisioner."""

    def get_kernel_spec(self, kernel_name: str):
        spec = super().get_kernel_spec(kernel_name)
        spec.metadata = {
            **spec.metadata,
            "kernel_provisioner": {"provisioner_name": PROVISIONER},
        }
        return spec


def kernel_manager(**kwargs) -> KernelManager:
    """A KernelManager (as jupyter_client's, same arguments) whose kernels
    are forked by the kernel server."""
    return KernelManager(kernel_spec_manager=_ForkedKernelSpecs(), **kwargs)
