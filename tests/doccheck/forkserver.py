"""Run snippets in forked children of one process that has imported torch.

Started as a script (``python forkserver.py``) by ``doccheck.runner``. It
imports torch once, runs no tensor operations, then answers requests, one per
line on stdin, by forking a child per snippet. The child looks to the snippet
like ``python snippets/<x>.py`` started from the repository root: ``__main__``
is the snippet, ``sys.argv``/``sys.path[0]``/cwd are set as Python sets them,
stdout and stderr share one pipe with stdout line-buffered (as on a terminal),
and every random generator is reseeded from the OS, as in a fresh process.
Because each snippet runs in its own process, nothing it changes (grad mode,
default dtype, print options, RNG state, warning filters) reaches another.

This file imports only the standard library, greenlet and torch, so that the
server's state is what ``python`` itself starts with plus ``import torch``
(and torch's own lazily imported torch._dynamo, see below).

Protocol (JSON, one object per line):
  request : {"path": abs path, "cwd": dir, "timeout": seconds}
  response: {"output": str, "returncode": int|null, "signal": int|null,
             "timed_out": bool, "exception": str|null, "elapsed": float}
"""

import builtins
import contextlib
import io
import json
import os
import select
import signal
import sys
import time
import types

# What the snippet sees as sys.path[0] is set per child; the server's own
# directory must not leak into it.
_SERVER_DIR = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0]) == _SERVER_DIR:
    del sys.path[0]

import greenlet  # noqa: E402  (after the sys.path fix on purpose)
import torch  # noqa: E402

# torch.func, torch.optim and torch.utils.checkpoint import torch._dynamo on
# first use: some 800 modules and 2-3 s, paid again in every child. Importing
# it here once prints nothing and changes no warning filter, so a child looks
# the same to its snippet (benchmark (c) compares every output with a fresh
# python's).
import torch._dynamo  # noqa: E402

_READ_CHUNK = 65536
_protocol_fd = None  # the server's reply pipe, closed in every child
_unreaped = []  # children that reported their status and are still exiting


def _reseed_like_a_fresh_process():
    """Give every global RNG the fresh, OS-random seed a new process has."""
    import random

    random.seed()
    torch.seed()
    # numpy.random seeds itself from the OS when first imported; it is only
    # reseeded here if the server happens to have imported it already.
    numpy_random = sys.modules.get("numpy.random")
    if numpy_random is not None:
        numpy_random.seed()


def _run_child(path, cwd, output_fd, status_fd):
    """Body of the forked child: never returns."""
    code = 1
    exception = None
    try:
        os.setsid()
        if _protocol_fd is not None:
            os.close(_protocol_fd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output_fd, 1)
        os.dup2(output_fd, 2)
        os.close(devnull)
        os.close(output_fd)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
        # A terminal line-buffers stdout and never buffers stderr: with both
        # on one pipe, this keeps prints and warnings in program order.
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False),
            encoding="utf-8",
            line_buffering=True,
        )
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False),
            encoding="utf-8",
            errors="backslashreplace",
            write_through=True,
        )
        sys.__stdout__, sys.__stderr__ = sys.stdout, sys.stderr
        os.chdir(cwd)
        sys.argv = [path]
        sys.path.insert(0, os.path.dirname(path))
        _reseed_like_a_fresh_process()

        with open(path, "rb") as f:
            source = f.read()
        main = types.ModuleType("__main__")
        main.__file__ = path
        main.__cached__ = None
        main.__builtins__ = builtins
        sys.modules["__main__"] = main
        try:
            compiled = compile(source, path, "exec")
            # On a greenlet's fresh stack, the snippet's module frame is the
            # bottom frame, as under `python snippet.py`: a stack it captures
            # (anomaly mode's forward trace, warnings' stacklevel) has no
            # frame of this server in it.
            greenlet.greenlet(exec).switch(compiled, main.__dict__)
            code = 0
        except SystemExit as exit_:
            if exit_.code is None:
                code = 0
            elif isinstance(exit_.code, int):
                code = exit_.code
            else:
                print(exit_.code, file=sys.stderr)
                code = 1
        except BaseException as exc:
            exception = type(exc).__name__
            # Start the traceback at the snippet's module frame, exactly as
            # `python snippet.py` prints it. (Python 3.11's excepthook reads
            # exc.__traceback__, not its third argument.)
            tb = exc.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename != path:
                tb = tb.tb_next
            exc.__traceback__ = tb
            sys.excepthook(type(exc), exc, exc.__traceback__)
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.write(2, f"doccheck fork server: {exc!r}\n".encode())
    code &= 0xFF  # as the OS truncates sys.exit(256) to 0
    try:
        # Report, then close every pipe before exiting: the server can answer
        # without waiting for the kernel to tear down this large process.
        os.write(status_fd, json.dumps({"exception": exception, "code": code}).encode())
        for fd in (1, 2, status_fd):
            os.close(fd)
    finally:
        os._exit(code)


def _read_until_eof(fds, deadline):
    """Read every fd to EOF; return (bytes per fd, timed_out)."""
    chunks = {fd: [] for fd in fds}
    open_fds = set(fds)
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return {fd: b"".join(c) for fd, c in chunks.items()}, True
        ready, _, _ = select.select(list(open_fds), [], [], remaining)
        for fd in ready:
            data = os.read(fd, _READ_CHUNK)
            if data:
                chunks[fd].append(data)
            else:
                open_fds.discard(fd)
    return {fd: b"".join(c) for fd, c in chunks.items()}, False


def run_one(path, cwd, timeout):
    out_r, out_w = os.pipe()
    status_r, status_w = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(status_r)
        _run_child(path, cwd, out_w, status_w)
    os.close(out_w)
    os.close(status_w)
    data, timed_out = _read_until_eof([out_r, status_r], start + timeout)
    os.close(out_r)
    os.close(status_r)
    try:
        report = json.loads(data[status_r])
    except ValueError:
        report = None  # it died before reporting: a crash, or killed
    result = {
        "output": data[out_r].decode("utf-8", errors="replace"),
        "returncode": None,
        "signal": None,
        "timed_out": timed_out,
        "exception": None,
        "elapsed": time.monotonic() - start,
    }
    if report is not None and not timed_out:
        _unreaped.append(pid)
        result.update(returncode=report["code"], exception=report["exception"])
        return result
    if timed_out:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status):
        result["returncode"] = os.WEXITSTATUS(status)
    elif not timed_out:
        result["signal"] = os.WTERMSIG(status)
    return result


def _reap_finished_children():
    """Collect children that reported and are now exiting in the background."""
    for pid in list(_unreaped):
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished:
            _unreaped.remove(pid)


def serve(requests, responses):
    ready = {
        "ready": True,
        "torch": torch.__version__,
        "python": ".".join(map(str, sys.version_info[:3])),
    }
    responses.write(json.dumps(ready) + "\n")
    responses.flush()
    for line in requests:
        request = json.loads(line)
        result = run_one(request["path"], request["cwd"], request["timeout"])
        responses.write(json.dumps(result) + "\n")
        responses.flush()
        _reap_finished_children()


if __name__ == "__main__":
    # The protocol owns the real stdin/stdout; anything else the server
    # prints (it should print nothing) goes to stderr.
    _protocol_fd = os.dup(1)
    os.dup2(2, 1)
    serve(sys.stdin, os.fdopen(_protocol_fd, "w"))
