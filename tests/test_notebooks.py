"""Every guide page has a notebook that is current and runs to the page's outputs.

Each notebook runs top to bottom in a real Jupyter kernel (nbclient and
ipykernel), one kernel per notebook, with all its cells sharing it: a snippet
that leaks state (grad mode, dtype, warning filters) into the next one shows
up here. The kernel is the normal IPKernelApp with its ZMQ channels, in a
process of its own, but forked from a per-worker server that has imported
ipykernel and torch (doccheck/kernels.py) rather than launched as a new
python: it starts in about a tenth of a second, not two. The tests at the
end prove that such a kernel looks to a cell like a launched one, never
sees an earlier notebook's state, stops a cell on an interrupt and leaves
no process behind, whatever way its run or its pytest process ends.

Each code cell's output must equal the recorded output of its snippet after
the usual normalization, with two differences that are the notebook's own:

- the kernel names a cell's file /tmp/ipykernel_<pid>/<n>.py; that name is
  read as the snippet's path;
- a notebook shows stdout and stderr in separate areas, so the recorded
  output (both streams merged in program order) must be an interleaving of
  the cell's stdout and stderr lines, every line present and in order;
- a Python stack printed while the cell runs (anomaly mode prints the stack
  of the forward call) also lists the kernel's own frames above the cell's;
  the frames above the snippet's first frame are dropped from such stacks;
- a figure snippet ends with ``sys.displayhook(SVG(markup))``: python prints
  the markup and a newline, while the kernel shows the cell's result as a
  picture; the picture's SVG, plus that newline, must be the recorded output.

Every code cell of a notebook carries the output its snippet prints (none
only when the recorded output is empty), and every figure cell, run, shows a
picture, not markup. The site shows the notebooks as stored, never run: so
before the run, each code cell's source must be its snippet file (less the
final newline, which a cell's source never has) and its stored output the
snippet's recorded output, exactly, in the form the generator writes it
(doccheck/notebooks.py): a stdout stream, a figure's SVG as the cell's
result, or an exception's recorded text as an error's traceback.
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import signal
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from processes import alive, wait_dead

from doccheck.nav import notebook_path_for, pages_with_notebooks
from doccheck.normalize import normalize_output
from doccheck.notebook_files import expected_notebooks, notebook_drift
from doccheck.paths import DOCS_DIR, OUTPUT_SUFFIX, ROOT
from doccheck.site import url_for
from doccheck.tracebacks import final_exception

REGENERATE = "make notebooks"
_CELL_FILE = re.compile(r"""[^\s"':]*ipykernel_\d+/\d+\.py""")
_TRACEBACK = "Traceback (most recent call last):\n"


def test_every_notebook_is_up_to_date():
    docs = ROOT / DOCS_DIR
    changed, orphaned = notebook_drift(ROOT, expected_notebooks(ROOT))
    stale = [
        f"{DOCS_DIR}/{rel} is stale: its page or a snippet changed"
        if (docs / rel).exists()
        else f"{DOCS_DIR}/{rel} is missing"
        for rel in changed
    ]
    orphans = [f"{DOCS_DIR}/{rel} has no page any more" for rel in orphaned]
    if stale or orphans:
        pytest.fail(
            "\n".join([*stale, *orphans, "", f"Regenerate them with: {REGENERATE}"]),
            pytrace=False,
        )


def _interleaves(merged: list[str], first: list[str], second: list[str]) -> bool:
    """Is ``merged`` the two line lists shuffled together, each kept in order?"""
    reachable = {(0, 0)}
    for line in merged:
        reachable = {
            step
            for i, j in reachable
            for step, ok in (
                ((i + 1, j), i < len(first) and first[i] == line),
                ((i, j + 1), j < len(second) and second[j] == line),
            )
            if ok
        }
        if not reachable:
            return False
    return (len(first), len(second)) in reachable


SVG = "image/svg+xml"


def _is_picture(output) -> bool:
    return output.output_type in ("execute_result", "display_data") and (
        SVG in output.get("data", {})
    )


def _cell_streams(cell, snippet: str) -> tuple[str, str, str | None, list[str]]:
    """stdout, stderr, the final error line (if any) and unexpected outputs."""
    stdout, stderr, error, unexpected = [], [], None, []
    for output in cell.outputs:
        if output.output_type == "stream":
            (stdout if output.name == "stdout" else stderr).append(output.text)
        elif output.output_type == "error":
            error = f"{output.ename}: {output.evalue}"
        elif _is_picture(output):
            # What python prints for it: sys.displayhook writes the repr, the
            # markup, and a newline.
            stdout.append(output.data[SVG] + "\n")
        else:
            unexpected.append(
                f"{output.output_type} ({', '.join(output.get('data', {}))})"
            )

    def clean(text: str) -> str:
        return _drop_kernel_frames(
            _CELL_FILE.sub(snippet, normalize_output(text, ROOT)), snippet
        )

    return clean("".join(stdout)), clean("".join(stderr)), error, unexpected


_FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line \d+, in ')


def _drop_kernel_frames(text: str, snippet: str) -> str:
    """Remove the frames above the snippet's in each printed stack.

    In a kernel, the cell runs under a dozen frames of ipykernel and asyncio;
    under `python snippet.py` the snippet's frame is the first. Frames below
    it (torch's own, say) are kept.
    """
    kept, dropping, seen_snippet = [], False, False
    for line in text.splitlines(keepends=True):
        if match := _FRAME.match(line):
            if match.group("file") == snippet:
                seen_snippet = True
            dropping = not seen_snippet
        elif not line.startswith("    "):
            dropping = seen_snippet = False  # the stack has ended
        if not dropping:
            kept.append(line)
    return "".join(kept)


@functools.cache
def _recorded(snippet: str) -> str:
    """The recorded output of ``snippet`` (a path under the repository)."""
    return (ROOT / snippet).with_suffix(OUTPUT_SUFFIX).read_text(encoding="utf-8")


def _compare(cell) -> str | None:
    """Why a cell's output differs from its snippet's recorded output."""
    snippet = cell.metadata["snippet"]
    recorded = _recorded(snippet)
    stdout, stderr, error, unexpected = _cell_streams(cell, snippet)
    if unexpected:
        return f"{snippet}: the notebook also shows {', '.join(unexpected)}"
    if error is not None:
        before, _, traceback = recorded.partition(_TRACEBACK)
        last = traceback.rstrip("\n").rsplit("\n", 1)[-1]
        if last != error:
            return f"{snippet}: raised {error!r}, recorded {last!r}"
        recorded = before
    if not _interleaves(
        recorded.splitlines(keepends=True),
        stdout.splitlines(keepends=True),
        stderr.splitlines(keepends=True),
    ):
        return (
            f"{snippet}: the cell printed something other than its recorded "
            f"output\n--- recorded\n{recorded}--- stdout\n{stdout}--- stderr\n{stderr}"
        )
    return None


@pytest.mark.parametrize(
    "notebook",
    [
        f"notebooks/{page.removesuffix('.md')}.ipynb"
        for page in pages_with_notebooks(ROOT)
    ],
)
def test_notebook_runs_to_the_recorded_outputs(notebook: str):
    path = ROOT / DOCS_DIR / notebook
    nb = nbformat.read(path, as_version=4)
    stored = {cell.id: cell.outputs for cell in nb.cells if cell.cell_type == "code"}
    problems = _stored_differences(nb)
    run_in_kernel(nb)
    problems += [
        reason
        for cell in nb.cells
        if cell.cell_type == "code"
        if (reason := _compare(cell)) is not None
    ]
    problems += [
        f"{cell.metadata['snippet']}: a figure, but running it showed no picture"
        for cell in nb.cells
        if cell.cell_type == "code"
        if any(_is_picture(output) for output in stored[cell.id])
        if not any(_is_picture(output) for output in cell.outputs)
    ]
    if problems:
        pytest.fail(f"{DOCS_DIR}/{notebook}:\n" + "\n".join(problems), pytrace=False)


def run_in_kernel(nb, manager=None, **options) -> None:
    """Run every cell of ``nb`` in a new kernel, in place, from the repository
    root; the kernel and anything its cells started are gone on return.

    The kernel is forked from a server that has imported torch
    (doccheck/kernels.py) unless ``manager`` makes another KernelManager
    (jupyter_client's own launches a new python). ``options`` go to
    NotebookClient."""
    from nbclient import NotebookClient

    from doccheck.kernels import kernel_manager

    manager = manager or kernel_manager

    # The kernel's IPC sockets go in a short-lived folder of their own: by
    # default they are made in the current directory (the repository) and
    # some are left behind.
    with tempfile.TemporaryDirectory(prefix="nb-") as sockets:
        kernel = manager(
            kernel_name="python3",
            transport="ipc",
            ip=str(Path(sockets) / "kernel-ipc"),
        )
        client = NotebookClient(
            nb,
            km=kernel,
            **{"timeout": 120, **options},
            resources={"metadata": {"path": str(ROOT)}},
        )
        # In the main thread nbclient takes SIGINT and SIGTERM for itself
        # while it runs: a Ctrl-C would end only this notebook (and the run
        # go on), and SIGTERM is left at its default afterwards, undoing
        # doccheck's clean exit. In a thread of its own it leaves signals
        # alone, and this thread, waiting for it, gets them as always.
        failed: list[BaseException] = []

        def execute() -> None:
            try:
                # asyncio.run, not client.execute(): that runs nbclient on a
                # loop it never closes, where nbclient's kernel poll could be
                # left pending, and asyncio reported "Task was destroyed but
                # it is pending!" when a later test collected it. asyncio.run
                # finishes every task and closes its loop.
                asyncio.run(client.async_execute())
            except BaseException as error:
                failed.append(error)

        runner = threading.Thread(target=execute, name="notebook", daemon=True)
        runner.start()
        try:
            runner.join()
        finally:
            # nbclient leaves running a kernel it was handed, and its client's
            # channels: stop those (otherwise, when the client is collected,
            # in whatever test runs then, jupyter_client warns that it could
            # not destroy its zmq context), and kill the kernel and its
            # process group (anything a cell started) now, on every way out,
            # a Ctrl-C included, not when this worker exits.
            if not runner.is_alive() and client.kc is not None:
                client.kc.stop_channels()
            if kernel.has_kernel:
                kernel.shutdown_kernel(now=True)
        if failed:
            raise failed[0]


def _starts_a_child(pids: Path, then: str = "") -> nbformat.NotebookNode:
    """A notebook whose cell starts a process, notes its own pid and the
    child's in ``pids``, then runs ``then``."""
    nb = nbformat.v4.new_notebook()
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "import os, subprocess, time\n"
            'child = subprocess.Popen(["sleep", "300"])\n'
            f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{child.pid}}')\n" + then
        )
    )
    return nb


def test_a_notebook_run_leaves_no_process_and_keeps_the_signal_handlers(
    tmp_path: Path,
):
    handlers = [signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)]
    pids = tmp_path / "pids"
    run_in_kernel(_starts_a_child(pids))
    started = [int(pid) for pid in pids.read_text().split()]
    assert wait_dead(started) == [], (
        "the kernel, or a process its cell started, outlived the run"
    )
    # nbclient run in this thread would leave SIGTERM at its default.
    assert [signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)] == handlers


def test_ctrl_c_stops_a_notebook_at_once_and_leaves_no_process(tmp_path: Path):
    pids = tmp_path / "pids"
    nb = _starts_a_child(pids, then="time.sleep(120)")

    def press_ctrl_c() -> None:
        deadline = time.monotonic() + 60
        while not pids.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=press_ctrl_c, daemon=True).start()
    started = time.monotonic()
    # As in a terminal, even when this suite runs where SIGINT is ignored
    # (a background job of a script, nohup).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            run_in_kernel(nb)
    finally:
        signal.signal(signal.SIGINT, previous)
    # Not once the cell's two minutes are up, and not as another error.
    assert time.monotonic() - started < 60
    pids_started = [int(pid) for pid in pids.read_text().split()]
    assert wait_dead(pids_started) == [], "the kernel or its child outlived Ctrl-C"


def _printed(nb) -> list[str]:
    """What each code cell of a run notebook printed on stdout."""
    return [
        "".join(o.text for o in cell.outputs if o.get("name") == "stdout")
        for cell in nb.cells
    ]


_STATE = """\
import os, random, numpy, torch
print(os.getpid(), "leaked" in globals(), torch.get_default_dtype(),
      torch.is_grad_enabled(), random.random(), torch.rand(1).item(),
      numpy.random.rand())
"""


def test_a_kernel_never_sees_an_earlier_notebooks_state():
    leaky = nbformat.v4.new_notebook()
    leaky.cells.append(
        nbformat.v4.new_code_cell(
            "import random, torch\n"
            "leaked = 1\n"
            "torch.set_default_dtype(torch.float64)\n"
            "torch.set_grad_enabled(False)\n"
            "import numpy\n"
            "random.seed(0)\n"
            "torch.manual_seed(0)\n"
            "numpy.random.seed(0)\n" + _STATE
        )
    )
    later = [nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(_STATE)])]
    later.append(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(_STATE)]))
    for nb in (leaky, *later):
        run_in_kernel(nb)
    runs = [_printed(nb)[0].split() for nb in (leaky, *later)]
    assert runs[0][1:4] == ["True", "torch.float64", "False"]
    for run in runs[1:]:
        assert run[1:4] == ["False", "torch.float32", "True"]
    assert len({run[0] for run in runs}) == 3, "a kernel process was reused"
    # Every random generator is seeded afresh, as in a new process: not the
    # server's state, copied into every kernel alike. (CPython itself
    # reseeds random in a forked child, so that check guards against
    # something undoing it, not against doccheck forgetting to reseed it.
    # torch and numpy, which the server has imported, are doccheck's to
    # reseed: forkserver.reseed_like_a_fresh_process.)
    assert len({run[4] for run in runs}) == 3, "python's random repeats itself"
    assert len({run[5] for run in runs}) == 3, "torch's generator repeats itself"
    assert len({run[6] for run in runs}) == 3, "numpy's generator repeats itself"


# What a cell can see of the process it runs in (the connection file's name
# and the parent's pid aside), once it has imported what the kernel server
# imports ahead: a forked kernel must show the same as one jupyter_client
# launches.
_PROCESS = """\
import gc, json, os, signal, sys, threading, warnings
import matplotlib, torch
import doccheck.forkserver  # torch and what it preloads
# ipykernel's shell adds this when the kernel starts: after the server's
# torch in a forked kernel, before a cell's in a launched one. It matches
# none of torch's warnings, so where it stands makes no difference.
shell_filters = [f for f in warnings.filters if "Trio" in str(f[1])]
print(json.dumps({
    "argv": sys.argv[:2] + sys.argv[3:],
    "path": sys.path,
    "cwd": os.getcwd(),
    "env": {k: v for k, v in os.environ.items() if k != "JPY_PARENT_PID"},
    "flags": str(sys.flags),
    "collector": [gc.isenabled(), gc.get_threshold()],
    "filters": [repr(f) for f in warnings.filters if f not in shell_filters]
    + [repr(f) for f in shell_filters],
    "signals": {s.name: repr(signal.getsignal(s)) for s in signal.Signals},
    "threads": sorted(type(t).__name__ for t in threading.enumerate()),
    "leads its group": os.getpgid(0) == os.getpid(),
    "parent pid": int(os.environ["JPY_PARENT_PID"]) == os.getppid(),
    "backend": matplotlib.get_backend(),
    "dtype": str(torch.get_default_dtype()),
    "torch threads": torch.get_num_threads(),
    "main": sys.modules["__main__"].__name__,
}, indent=1, sort_keys=True))
"""


def test_a_forked_kernel_looks_like_a_launched_one():
    from jupyter_client.manager import KernelManager

    seen = []
    for manager in (KernelManager, None):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(_PROCESS)])
        run_in_kernel(nb, manager)
        seen.append(_printed(nb)[0])
    launched, forked = seen
    assert forked == launched


def test_an_interrupt_stops_the_cell_and_the_kernel_goes_on(tmp_path: Path):
    """What nbclient and Jupyter's stop button do: SIGINT to the kernel."""
    from doccheck.kernels import kernel_manager

    manager = kernel_manager(
        kernel_name="python3", connection_file=str(tmp_path / "kernel.json")
    )
    manager.start_kernel(cwd=str(ROOT))
    client = manager.client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=60)
        client.execute("import time; print('running', flush=True); time.sleep(60)")
        _wait_for_stdout(client, "running")  # the cell is running
        started = time.monotonic()
        manager.interrupt_kernel()
        reply = client.get_shell_msg(timeout=30)["content"]
        assert reply.get("ename") == "KeyboardInterrupt"
        assert time.monotonic() - started < 10
        client.kernel_info()
        assert client.get_shell_msg(timeout=30)["msg_type"] == "kernel_info_reply"
        assert manager.is_alive()
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def _wait_for_stdout(client, text: str, timeout: float = 60) -> None:
    """Wait until the kernel's cell has printed ``text`` on stdout."""
    deadline = time.monotonic() + timeout
    printed = ""
    while text not in printed:
        left = deadline - time.monotonic()
        assert left > 0, f"the cell never printed {text!r}"
        message = client.get_iopub_msg(timeout=left)
        if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
            printed += message["content"]["text"]


@pytest.mark.parametrize("ending", ["exits", "is killed"])
def test_the_kernel_server_and_its_kernels_end_with_their_process(
    tmp_path: Path, ending: str
):
    """However the process using them ends (an xdist worker's exit, or
    SIGKILL), its kernel server, the kernels and what their cells started go."""
    child_pid = tmp_path / "child"
    script = f"""
import sys
from doccheck import kernels
manager = kernels.kernel_manager(
    kernel_name="python3", connection_file={str(tmp_path / "kernel.json")!r}
)
manager.start_kernel(cwd={str(ROOT)!r})
client = manager.client()
client.start_channels()
client.wait_for_ready(timeout=60)
client.execute_interactive(
    "import subprocess; child = subprocess.Popen(['sleep', '300']); "
    "n = open({str(child_pid)!r}, 'w').write(str(child.pid))",
    timeout=60,
)
print(kernels.server_pid(), manager.provisioner.pid, flush=True)
sys.stdin.read()
"""
    import subprocess
    import sys

    user = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        pids = [int(pid) for pid in user.stdout.readline().split()]
        assert len(pids) == 2 and all(map(alive, pids)), "no kernel started"
        pids.append(int(child_pid.read_text()))
        if ending == "is killed":
            user.kill()
        user.stdin.close()  # the other way: it returns, exiting normally
        user.wait(timeout=30)
    finally:
        user.kill()
        user.wait()
        user.stdout.close()
    assert wait_dead(pids) == [], "the server, its kernel or the kernel's child"


def _stored_text(cell) -> tuple[str, list[str]]:
    """The recorded output a code cell's stored outputs stand for, in the
    forms doccheck/notebooks.py writes, and the outputs of no such form."""
    text, odd = [], []
    for output in cell.outputs:
        if output.output_type == "stream" and output.name == "stdout":
            text.append(output.text)
        elif output.output_type == "execute_result" and SVG in output.data:
            # The markup python prints, then the newline sys.displayhook adds;
            # its plain-text form is the markup too.
            text.append(output.data[SVG] + "\n")
            if output.data.get("text/plain") != output.data[SVG]:
                odd.append("a figure whose text form is not its markup")
        elif output.output_type == "error":
            recorded = "\n".join(output.traceback) + "\n"
            text.append(recorded)
            name, value = final_exception(recorded) or ("Exception", "")
            if (output.ename, output.evalue) != (name, value):
                odd.append(
                    f"an error {output.ename}: {output.evalue} where its "
                    f"traceback ends in {name}: {value}"
                )
        else:
            odd.append(f"a stored {output.output_type} output")
    return "".join(text), odd


def _stored_differences(nb) -> list[str]:
    """Code cells whose source is not their snippet file, or whose stored
    outputs are not its recorded output (none only when that is empty): what
    the site shows readers."""
    problems = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        snippet = cell.metadata["snippet"]
        code = (ROOT / snippet).read_text(encoding="utf-8")
        if cell.source != code.rstrip("\n"):
            problems.append(f"{snippet}: the cell's code is not the snippet's")
        recorded = _recorded(snippet)
        if not cell.outputs:
            if recorded:
                problems.append(f"{snippet}: a code cell without its output")
            continue
        stored, odd = _stored_text(cell)
        problems += [f"{snippet}: the notebook stores {what}" for what in odd]
        if stored != recorded:
            problems.append(
                f"{snippet}: the stored output is not the recorded one\n"
                f"--- recorded\n{recorded}--- stored\n{stored}"
            )
    return problems


def test_kernel_frames_are_dropped_from_stacks():
    stack = (
        "Warning: Error detected in SqrtBackward0. Traceback of forward call:\n"
        '  File "<frozen runpy>", line 198, in _run_module_as_main\n'
        '  File ".../site-packages/IPython/core/interactiveshell.py", line 3823, in run_code\n'
        "    exec(code_obj, self.user_global_ns, self.user_ns)\n"
        '  File "snippets/a/01_x.py", line 7, in <module>\n'
        "    y = torch.sqrt(x)\n"
        "        ^^^^^^^^^^^^^\n"
        '  File ".../site-packages/torch/_tensor.py", line 40, in wrapped\n'
        "    return f(*args, **kwargs)\n"
        "  return Variable._execution_engine.run_backward(\n"
    )
    assert _drop_kernel_frames(stack, "snippets/a/01_x.py") == (
        "Warning: Error detected in SqrtBackward0. Traceback of forward call:\n"
        '  File "snippets/a/01_x.py", line 7, in <module>\n'
        "    y = torch.sqrt(x)\n"
        "        ^^^^^^^^^^^^^\n"
        '  File ".../site-packages/torch/_tensor.py", line 40, in wrapped\n'
        "    return f(*args, **kwargs)\n"
        "  return Variable._execution_engine.run_backward(\n"
    )


def test_interleaving_rule():
    assert _interleaves(["a", "w", "b"], ["a", "b"], ["w"])
    assert not _interleaves(["a", "b"], ["b", "a"], [])
    assert not _interleaves(["a"], ["a", "b"], [])
    assert not _interleaves(["a", "x"], ["a"], [])


class _Buttons(HTMLParser):
    """The href of every page/notebook button (overrides/main.html)."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and "notebook-button" in (values.get("class") or "").split():
            self.hrefs.append(values.get("href") or "")


def _buttons(html: Path) -> list[str]:
    parser = _Buttons()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser.hrefs


@pytest.mark.parametrize("page", pages_with_notebooks(ROOT))
def test_page_and_notebook_link_to_each_other(built_site: Path, page: str):
    notebook = notebook_path_for(page)
    page_dir = built_site / url_for(page)
    notebook_dir = built_site / url_for(notebook)
    download = notebook_dir / Path(notebook).name

    to_notebook = [(page_dir / h).resolve() for h in _buttons(page_dir / "index.html")]
    assert notebook_dir.resolve() in to_notebook, (
        f"{page} has no button to its notebook"
    )
    from_notebook = [
        (notebook_dir / h).resolve() for h in _buttons(notebook_dir / "index.html")
    ]
    assert download.resolve() in from_notebook, f"{notebook} has no download button"
    assert page_dir.resolve() in from_notebook, (
        f"{notebook} has no button back to {page}"
    )
    # What readers download is exactly the notebook this suite runs.
    assert download.read_bytes() == (ROOT / DOCS_DIR / notebook).read_bytes()
