"""Run snippets in forked children of one process that has imported torch.

Started as a script (``python forkserver.py``) by ``doccheck.runner``. It
imports torch once, runs no tensor operations, then answers requests, one per
line on stdin, by forking a child per snippet. The child looks to the snippet
like ``python snippets/<x>.py`` started from the repository root: ``__main__``
is the snippet, ``sys.argv``/``sys.path[0]``/cwd are set as Python sets them,
stdout and stderr share one pipe with stdout line-buffered (as on a terminal),
and every random generator is reseeded from the OS, as in a fresh process.
When the module ends, the child does what Python's shutdown does that a
snippet can see (join non-daemon threads, run atexit handlers, flush), then
exits without tearing the interpreter down. Because each snippet runs in its
own process, nothing it changes (grad mode, default dtype, print options, RNG
state, warning filters) reaches another.

Nothing outlives the server: it leads its own session (the client starts it
so), each child leads a process group in that session and dies with the
server (PR_SET_PDEATHSIG), a child's group is killed when its run ends (so
processes a snippet left behind go too), and on any exit (the client gone,
SIGTERM, SIGINT, SIGHUP) the server kills every process of its session.

``kernelserver.py`` is this server forking notebook kernels instead: it
shares ``main``/``serve``, ``detach_child``, ``reseed_like_a_fresh_process``
and ``shut_down_like_python``.

This file imports only the standard library, greenlet, torch and the modules
in PRELOAD (which torch itself imports on first use), so that the server's
state is what ``python`` itself starts with plus ``import torch``.

Protocol (JSON, one object per line on stdin; replies on stdout; the first
reply, {"ready": true}, says torch is imported):
  {"prefetch": [request, ...]}  these come next, in this order: run them
                                ahead, one child per core (no reply)
  request = {"path": abs path, "cwd": dir, "timeout": seconds,
             "session": the pytest session asking (results run ahead for
                        one session never answer another)}
      -> {"output": str, "returncode": int|null, "signal": int|null,
          "timed_out": bool, "exception": str|null}
"""

import atexit
import builtins
import contextlib
import ctypes
import gc
import importlib
import io
import json
import os
import select
import signal
import sys
import threading
import time
import types

# What the snippet sees as sys.path[0] is set per child; the server's own
# directory must not leak into it.
_SERVER_DIR = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0]) == _SERVER_DIR:
    del sys.path[0]

# Python's recipe for a server that forks without exec (the gc module's
# docs): no collection while importing, everything imported frozen before
# the first fork, then collections as usual (serve). Collecting while torch
# and PRELOAD import took a quarter of the server's start (0.7 of 2.9 s),
# for a little garbage, which stays frozen with the modules. Only when
# started as the server: kernelserver.py, which imports this file, does the
# same at its own start, and another process importing it is left alone.
if __name__ == "__main__":
    gc.disable()

import greenlet  # noqa: E402  (after the sys.path fix on purpose)
import torch  # noqa: E402

# Modules that torch imports on first use, each paid again in every child if
# not imported here: torch._dynamo (torch.func, torch.optim and checkpoint
# pull in some 800 modules, 2-3 s) and what autograd, forward-mode AD and the
# optimizers' profiler hooks load lazily. matplotlib's font manager too: on a
# new machine its first import builds a font cache and says so on stderr,
# which must happen here rather than in some snippet's output. None of them
# prints anything else or changes a warning filter, so a child looks the same
# to its snippet; benchmark (c) compares every output with a fresh python's.
PRELOAD = (
    "torch._dynamo",
    "torch._subclasses.schema_check_mode",
    "torch._decomp.decompositions_for_jvp",
    "torch.profiler._cupti_monitor",
    "matplotlib.font_manager",
)
for _module in PRELOAD:
    importlib.import_module(_module)

# Settings the runner gave this process alone (runner.SERVER_ENVIRONMENT):
# they took effect when the process started or when torch loaded its
# libraries, and are not part of what a snippet sees.
for _name in os.environ.pop("DOCCHECK_SERVER_ONLY", "").split(","):
    os.environ.pop(_name, None)

_READ_CHUNK = 65536
# select() cannot wait longer than this; a longer deadline is waited in steps.
_MAX_WAIT = 3600.0
_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None)  # loaded once here, not in every child
_protocol_fd = None  # the server's reply pipe, closed in every child
_server_pid = None
_unreaped = []  # children that reported their status and are still exiting


def reseed_like_a_fresh_process():
    """Give every global RNG the fresh, OS-random seed a new process has."""
    import random

    random.seed()
    # The CPU generator is the one a fresh process seeds at random; torch.seed()
    # would also visit the CUDA, MPS and XPU modules, copying pages for nothing.
    torch.default_generator.seed()
    # numpy.random seeds itself from the OS when first imported; it is only
    # reseeded here if the server happens to have imported it already.
    numpy_random = sys.modules.get("numpy.random")
    if numpy_random is not None:
        numpy_random.seed()


def detach_child():
    """First thing in a forked child: make it a process of its own, as far
    as the server's state goes."""
    # Its own process group (killed with everything it starts), in the
    # server's session; and it dies if the server dies.
    os.setpgid(0, 0)
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != _server_pid:
        os._exit(1)  # the server died before prctl took effect
    # python's own signal handling, not the server's.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # Handlers the server's imports registered are not the child's: a fresh
    # python runs them too, but they print nothing and cost time.
    atexit._clear()
    if _protocol_fd is not None:
        os.close(_protocol_fd)


def _run_child(path, cwd, output_fd, status_fd):
    """Body of the forked child: never returns."""
    code = 1
    exception = None
    try:
        detach_child()
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output_fd, 1)
        os.dup2(output_fd, 2)
        os.close(devnull)
        os.close(output_fd)
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
        # The streams python makes when both are a terminal (what the
        # subprocess runner gives it): buffered, flushed at each line break.
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(io.FileIO(1, "w", closefd=False)),
            encoding="utf-8",
            line_buffering=True,
        )
        sys.stderr = io.TextIOWrapper(
            io.BufferedWriter(io.FileIO(2, "w", closefd=False)),
            encoding="utf-8",
            errors="backslashreplace",
            line_buffering=True,
        )
        sys.__stdout__, sys.__stderr__ = sys.stdout, sys.stderr
        os.chdir(cwd)
        sys.argv = [path]
        sys.path.insert(0, os.path.dirname(path))
        reseed_like_a_fresh_process()

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
            _flush_io()
        except SystemExit as exit_:
            _flush_io()
            if exit_.code is None:
                code = 0
            elif isinstance(exit_.code, int):
                code = exit_.code
            else:
                print(exit_.code, file=sys.stderr)
                code = 1
        except BaseException as exc:
            _flush_io()  # python does, before it prints the traceback
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
        code = shut_down_like_python(code)
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


def _flush_io():
    """What python does when the main module ends, before any traceback:
    flush stderr, then stdout."""
    for stream in (sys.stderr, sys.stdout):
        with contextlib.suppress(BaseException):
            stream.flush()


def shut_down_like_python(code):
    """What Python's shutdown does that a snippet can see, in its order: wait
    for non-daemon threads (forever, as python does: the timeout ends it),
    run the atexit handlers, flush the streams. The exit status it returns
    changes only if one of them calls sys.exit."""
    try:
        threading._shutdown()
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException as exc:
        with contextlib.suppress(BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    # atexit prints (and ignores) an exception in a handler, as python does.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BaseException):
            stream.flush()
    return code


class _Child:
    """One snippet running in a forked child, and what it has printed so far."""

    def __init__(self, request):
        self.request = request
        out_r, out_w = os.pipe()
        status_r, status_w = os.pipe()
        self.deadline = time.monotonic() + request["timeout"]
        self.pid = os.fork()
        if self.pid == 0:
            os.close(out_r)
            os.close(status_r)
            _run_child(request["path"], request["cwd"], out_w, status_w)
        os.close(out_w)
        os.close(status_w)
        self.out_r, self.status_r = out_r, status_r
        self.chunks = {out_r: [], status_r: []}
        self.open_fds = {out_r, status_r}

    def read(self, fd):
        """Read what is ready on fd; True once the child has reported (or
        died): its status pipe closes after its last output is written."""
        data = os.read(fd, _READ_CHUNK)
        if data:
            self.chunks[fd].append(data)
            return False
        self.open_fds.discard(fd)
        os.close(fd)
        if fd == self.status_r and self.out_r in self.open_fds:
            # A process the snippet started may hold the output pipe open;
            # python does not wait for it, so take what is there and go on.
            os.set_blocking(self.out_r, False)
            with contextlib.suppress(BlockingIOError):
                while data := os.read(self.out_r, _READ_CHUNK):
                    self.chunks[self.out_r].append(data)
        return fd == self.status_r or not self.open_fds

    def kill_group(self):
        """Kill the child's process group: the child, if still running, and
        whatever it started and left behind."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)

    def finish(self, timed_out):
        """How the run ended, as the reply the client gets."""
        for fd in self.open_fds:
            os.close(fd)
        self.open_fds = set()
        output = b"".join(self.chunks[self.out_r])
        try:
            report = json.loads(b"".join(self.chunks[self.status_r]))
        except ValueError:
            report = None  # it died before reporting: a crash, or killed
        result = {
            # Bytes that are not UTF-8 show as \\xNN, never silently replaced.
            "output": output.decode("utf-8", errors="backslashreplace"),
            "returncode": None,
            "signal": None,
            "timed_out": timed_out,
            "exception": None,
        }
        if report is not None and not timed_out:
            self.kill_group()  # what the snippet left running; not the child
            _unreaped.append(self.pid)  # reaped later: its exit takes ~10 ms
            result.update(returncode=report["code"], exception=report["exception"])
            return result
        self.kill_group()
        _, status = os.waitpid(self.pid, 0)
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


def _key(request):
    """Which run a request means: results run ahead for one pytest session
    never answer another (a process may run several, one after another)."""
    return request.get("session", ""), request["path"]


class _Scheduler:
    """Runs snippets as the client asks, and ahead of it when told what's next.

    A request {"path", "cwd", "timeout", "session"} is answered with how that
    snippet's run ended. A request {"prefetch": [...]} (sent once by a pytest
    that will run those snippets in that order) lets up to PARALLEL children
    run ahead, each in its own fresh process, so a single pytest process uses
    every core. A request from a new session drops what an earlier one left.
    """

    PARALLEL = max(1, min(os.cpu_count() or 1, 8))

    def __init__(self, responses):
        self.responses = responses
        self.session = None  # the session of the latest request
        self.queue = []  # prefetched requests not started yet, in order
        self.running = {}  # (session, path) -> _Child
        self.done = {}  # (session, path) -> result not asked for yet
        self.wanted = None  # the (session, path) the client waits for

    def _enter_session(self, session):
        if session != self.session:
            self.session = session
            self.queue = [r for r in self.queue if _key(r)[0] == session]
            self.done = {k: v for k, v in self.done.items() if k[0] == session}

    def request(self, request):
        if "prefetch" in request:
            runs = request["prefetch"]
            if runs:
                self._enter_session(_key(runs[0])[0])
            known = set(self.running) | set(self.done)
            self.queue += [r for r in runs if _key(r) not in known]
            return
        key = _key(request)
        self._enter_session(key[0])
        self.queue = [r for r in self.queue if _key(r) != key]
        if key in self.done:
            self.reply(self.done.pop(key))
            return
        self.wanted = key
        if key not in self.running:
            self.queue.insert(0, request)  # asked for now: runs first

    def reply(self, result):
        self.responses.write(json.dumps(result) + "\n")
        self.responses.flush()

    def start_children(self):
        # What the client waits for starts at once, even with every slot
        # busy; the rest fill the free slots, in the order pytest runs them.
        if self.queue and _key(self.queue[0]) == self.wanted:
            request = self.queue.pop(0)
            self.running[_key(request)] = _Child(request)
        while self.queue and len(self.running) < self.PARALLEL:
            request = self.queue.pop(0)
            self.running[_key(request)] = _Child(request)

    def finished(self, child, timed_out):
        key = _key(child.request)
        del self.running[key]
        result = child.finish(timed_out)
        if key == self.wanted:
            self.wanted = None
            self.reply(result)
        elif key[0] == self.session:
            self.done[key] = result
        _reap_finished_children()

    def serve(self, requests_fd):
        pending = b""
        while True:
            self.start_children()
            fds = {
                fd: child for child in self.running.values() for fd in child.open_fds
            }
            deadlines = [c.deadline for c in self.running.values()]
            wait = (
                min(_MAX_WAIT, max(0.0, min(deadlines) - time.monotonic()))
                if deadlines
                else None
            )
            ready, _, _ = select.select([requests_fd, *fds], [], [], wait)
            for fd in ready:
                if fd == requests_fd:
                    data = os.read(requests_fd, _READ_CHUNK)
                    if not data:  # the client has gone: stop every child
                        return
                    pending += data
                    *lines, pending = pending.split(b"\n")
                    for line in lines:
                        self.request(json.loads(line))
                elif fd not in fds[fd].open_fds:
                    continue  # closed when its child finished, earlier in this loop
                elif fds[fd].read(fd):
                    self.finished(fds[fd], timed_out=False)
            now = time.monotonic()
            for child in list(self.running.values()):
                if child.deadline <= now and _key(child.request) in self.running:
                    self.finished(child, timed_out=True)


def _kill_session():
    """SIGKILL every other process of this server's session: the children
    and anything they started (that did not start a session of its own)."""
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == me:  # state, ppid, pgrp, session
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(int(entry), signal.SIGKILL)


def _exit_on_signal(signum, frame):
    raise SystemExit(128 + signum)


def serve(requests_fd, responses, server=_Scheduler):
    """Say the server is ready, then let ``server(responses)`` answer what
    comes in on ``requests_fd`` until the client goes."""
    global _server_pid
    _server_pid = os.getpid()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _exit_on_signal)
    # Children never collect the objects imported here: the collector would
    # touch (and so copy) every page the server shares with them. From here
    # on the server and its children collect as any process does.
    gc.freeze()
    gc.enable()
    try:
        responses.write(json.dumps({"ready": True}) + "\n")
        responses.flush()
        server(responses).serve(requests_fd)
    finally:
        _kill_session()


def main(server=_Scheduler):
    """Run a server on stdin/stdout until its client goes; never returns."""
    global _protocol_fd
    # The protocol owns the real stdin/stdout; anything else the server
    # prints (it should print nothing) goes to stderr.
    _protocol_fd = os.dup(1)
    os.dup2(2, 1)
    try:
        serve(0, os.fdopen(_protocol_fd, "w"), server)
    except SystemExit as stop:  # a signal: every child is already killed
        os._exit(stop.code if isinstance(stop.code, int) else 1)
    # The client has gone and every reply is flushed: exit at once rather
    # than spend a quarter of a second tearing down torch's interpreter state
    # (pytest waits for this when it finishes).
    os._exit(0)


if __name__ == "__main__":
    main()
