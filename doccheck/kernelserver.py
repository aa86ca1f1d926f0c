"""Start Jupyter kernels forked from one process that has imported torch.

Started as a script (``python kernelserver.py``) by ``doccheck.kernels``, one
per pytest process. It is ``forkserver.py``'s server (the same imports, the
same way of making a child a process of its own, the same clean-up of its
session on any exit) that has also imported ipykernel, IPython and zmq, but
created no zmq context, thread or event loop. Each request forks a child
that becomes what ``python -m ipykernel_launcher -f <connection file>`` would
be, from the requested folder, with the requested environment: a real
IPKernelApp, binding its own ZMQ sockets, with every random generator
reseeded. A notebook's kernel starts in some 0.1 s instead of the 2 s of a
new python importing ipykernel and torch, and a kernel never sees another's
state: each is a fresh fork of the server, which runs no code of a notebook.

Protocol (JSON, one object per line on stdin; replies on stdout; the first
reply, {"ready": true}, says everything is imported):
  {"argv": the kernel's command, [python, "-m", "ipykernel_launcher", ...],
   "cwd": dir, "env": {name: value}, "client": pid of the process whose
   stdout and stderr the kernel gets}  ->  {"pid": the kernel's pid}
The kernel leads its own process group (the client signals the group, as
jupyter_client does a kernel it launches). The server collects an exited
kernel only when the next request comes: until then its pid cannot be
reused, so the client can open a pidfd for it safely.
"""

import gc
import os
import sys

# No collection while importing, as in forkserver.py (serve turns it on).
gc.disable()

# The server's own folder (doccheck/) must not shadow any module a kernel
# imports, nor be in the kernel's sys.path.
if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(
    os.path.abspath(__file__)
):
    del sys.path[0]

_ENVIRON_AT_START = dict(os.environ)

# ipykernel reads these when imported, matplotlib (which forkserver preloads)
# its backend: as a kernel started by this server would have them.
os.environ["JPY_PARENT_PID"] = str(os.getpid())
if not os.environ.get("MPLBACKEND"):
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"

import contextlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import signal  # noqa: E402

# What a kernel imports before it runs a cell, found by comparing its
# sys.modules with the server's; none of them starts anything when imported.
# First, as in a kernel whose cells then import torch: the warning filters
# end up in the same order.
KERNEL_PRELOAD = (
    "ipykernel.kernelapp",
    "ipykernel.debugger",  # debugpy: a fifth of a second
    "IPython.core.completerlib",
    "IPython.core.debugger",
    "IPython.extensions.storemagic",
    "psutil",
    "sqlite3",
    "tornado.platform.asyncio",
)
for _module in KERNEL_PRELOAD:
    importlib.import_module(_module)

from doccheck import forkserver  # noqa: E402  (torch and forkserver.PRELOAD)

# What those imports put in the environment (torch's inductor its cache
# folder), as they would in a kernel whose environment did not have it.
_SET_BY_IMPORTS = {
    name: value
    for name, value in os.environ.items()
    if _ENVIRON_AT_START.get(name) != value
    if name not in ("JPY_PARENT_PID", "MPLBACKEND")  # a kernel sets them
}

_LAUNCHER = importlib.util.find_spec("ipykernel_launcher").origin


class _KernelStarter:
    """Forks a kernel per request; the server's loop for forkserver.serve."""

    def __init__(self, responses):
        self.responses = responses
        self.kernels = []  # pids not collected yet

    def serve(self, requests_fd):
        # Until the client closes its end: then forkserver.serve kills every
        # kernel still running, and everything they started.
        for line in os.fdopen(requests_fd, "rb", closefd=False):
            self._collect_exited()
            pid = self._fork(json.loads(line))
            self.responses.write(json.dumps({"pid": pid}) + "\n")
            self.responses.flush()

    def _collect_exited(self):
        for pid in list(self.kernels):
            if os.waitpid(pid, os.WNOHANG)[0]:
                self.kernels.remove(pid)

    def _fork(self, request):
        if request["argv"][1:3] != ["-m", "ipykernel_launcher"]:
            raise ValueError(f"not an ipykernel command: {request['argv']}")
        pid = os.fork()
        if pid == 0:
            _run_kernel(request)
        # The group exists before the client, told the pid, can signal it.
        os.setpgid(pid, pid)
        self.kernels.append(pid)
        return pid


def _run_kernel(request):
    """Body of the forked kernel: never returns."""
    code = 1
    try:
        forkserver.detach_child()
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        # What the kernel prints before its output goes to the notebook (or
        # if it fails to start) goes where a launched kernel's would: to the
        # client's stdout and stderr as they are now (pytest's capture).
        for fd in (1, 2):
            with contextlib.suppress(OSError):
                client_fd = os.open(
                    f"/proc/{request['client']}/fd/{fd}", os.O_WRONLY | os.O_APPEND
                )
                os.dup2(client_fd, fd)
                os.close(client_fd)
        os.environ.clear()
        os.environ.update({**_SET_BY_IMPORTS, **request["env"]})
        # As a launched kernel's parent poller would: the kernel goes when
        # the process that started it (this server) does.
        os.environ["JPY_PARENT_PID"] = str(os.getppid())
        os.chdir(request["cwd"])
        # A launched kernel keeps the signals its client ignores (nohup's
        # SIGHUP, a background job's SIGINT); the others start as default.
        with open(f"/proc/{request['client']}/status") as status:
            ignored = next(line for line in status if line.startswith("SigIgn:"))
        for signum in signal.valid_signals():
            if int(ignored.split()[1], 16) >> (signum - 1) & 1:
                signal.signal(signum, signal.SIG_IGN)
        sys.argv = [_LAUNCHER, *request["argv"][3:]]
        forkserver.reseed_like_a_fresh_process()
        from ipykernel import kernelapp

        try:
            kernelapp.launch_new_instance()
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        code = forkserver.shut_down_like_python(code)
    except BaseException as exc:
        os.write(2, f"doccheck kernel server: {exc!r}\n".encode())
    os._exit(code & 0xFF)


if __name__ == "__main__":
    forkserver.main(_KernelStarter)
