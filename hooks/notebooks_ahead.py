"""Convert the notebooks in a second process while this one builds the pages.

In a cold build, converting the 35 notebooks (mkdocs-jupyter, nbconvert) was
about a quarter of the time, spent one notebook after another in the one
process that also converts the Markdown pages. Once the files are known
(``on_files``), this hook forks the build, and the child converts every
notebook that mkdocs-jupyter's cache does not hold yet, in the order MkDocs
reads the pages, with mkdocs-jupyter's own code: the child calls the plugin's
``on_pre_page`` and the page's ``render``, which convert the notebook and
write the cache entry. When MkDocs reaches a notebook page here, this hook
waits for the child to be done with it (``on_pre_page``), and mkdocs-jupyter
reads the page from its cache as in any warm build: the site is the same.
MkDocs reads the pages in the order of its files; while the child works the
notebooks come last, so that this process converts the Markdown pages in the
meantime, and ``on_env`` puts the order back before anything is written
(the sitemap follows it).

- Strict mode: what the child logs under ``mkdocs`` (mkdocs-jupyter's
  logger is ``mkdocs.mkdocs-jupyter``) is sent back and logged again here,
  under the same name, when the build reaches that notebook, so a warning
  fails ``--strict`` as before.
- A notebook the child fails to convert is left out of the cache and
  converted here, as without this hook, so its error stops the build with
  mkdocs-jupyter's own message and traceback.
- The child writes each entry into a folder of its own beside the cache's
  and renames it into place: a build stopped halfway leaves no half-written
  entry to be read next time.
- Nothing outlives the build: the child dies with the build process
  (``PR_SET_PDEATHSIG``), first closes every descriptor it inherited but
  its pipe and stdio (Node's pipes, the sockets of ``mkdocs serve``), and
  is reaped, or killed on an error, before the build returns. A child that
  says nothing for STALLED seconds is stopped with a warning, and the
  notebooks it had left are converted here.

A warm build, where every notebook is in the cache, starts no child.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from doccheck.runner import Replies, die_with_parent

PLUGIN = "mkdocs-jupyter"
# A notebook takes well under a second to convert; this long without a word,
# the child is taken to be stuck.
STALLED = 120.0
log = logging.getLogger(f"mkdocs.hooks.{Path(__file__).stem}")


class _Child:
    """The forked converter, and what it has reported so far."""

    def __init__(
        self, pid: int, read: int, staging: Path, todo: list[File], order: list[str]
    ) -> None:
        self.pid = pid
        self.read = read
        self.replies = Replies(read)  # one JSON line per notebook
        self.staging = staging  # where it writes, before renaming into the cache
        self.pending = {file.src_uri for file in todo}  # not reported yet
        self.reported: dict[str, dict] = {}
        self.order = order  # the files' order before on_files changed it

    def wait_for(self, src_uri: str) -> dict | None:
        """The child's report on this notebook; None if it ended without one,
        or said nothing for STALLED seconds (then it is stopped)."""
        while src_uri not in self.reported:
            try:
                reply = self.replies.next(STALLED)
            except EOFError:
                self.end()
                return None
            except TimeoutError:
                log.warning(
                    f"The process converting the notebooks ahead said nothing "
                    f"for {STALLED} s, waiting for {src_uri}; it was stopped, "
                    "and the notebooks it had left are converted here. "
                    "Report it with the output of `mkdocs build -v`."
                )
                self.end()
                return None
            self.reported[reply["src"]] = reply
        self.pending.discard(src_uri)
        return self.reported.pop(src_uri)

    def put_order_back(self, files: Files) -> None:
        for src_uri in self.order:
            file = files.src_uris[src_uri]
            files.remove(file)
            files.append(file)

    def end(self) -> None:
        """Reap the child (killed first if it still has work), and tidy up."""
        if self.pending:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.pending = set()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        if self.read >= 0:
            os.close(self.read)
            self.read = -1
        shutil.rmtree(self.staging, ignore_errors=True)


_child: _Child | None = None


def _in_cache(plugin, file: File) -> bool:
    # mkdocs-jupyter's own key and path for the notebook (its version is
    # pinned; tests/test_notebooks_ahead.py notices if they change). A wrong
    # answer only costs time: the child converts it again, or this process.
    from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path

    execute = plugin.config["execute"]
    key = _compute_cache_key(file.abs_src_path, plugin.config, execute)
    return _get_cache_path(plugin.config["cache_dir"], key).is_file()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _child
    _end_child()
    plugin = config.plugins.get(PLUGIN)
    if plugin is None or not plugin.config["cache"] or sys.platform != "linux":
        return files  # (the child's safeguards are Linux's: fork, prctl)
    todo = [
        file
        for file in files.documentation_pages()
        if plugin.should_include(file) and not _in_cache(plugin, file)
    ]
    if not todo:
        return files
    cache_dir = Path(plugin.config["cache_dir"])
    cache_dir.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_folders(cache_dir)
    read, write = os.pipe()
    parent = os.getpid()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read)
            _convert(todo, plugin, config, files, cache_dir, write, parent)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    # MkDocs reads the pages in the order of `files`: the notebooks last, so
    # that this process converts the Markdown pages while the child converts
    # the notebooks. on_env puts the order back before anything is written
    # (the sitemap follows it).
    order = [file.src_uri for file in files]
    _child = _Child(pid, read, cache_dir / f".converting-{pid}", todo, order)
    later = {file.src_uri for file in todo}
    return Files(
        [file for file in files if file.src_uri not in later]
        + [file for file in files if file.src_uri in later]
    )


def _remove_abandoned_folders(cache_dir: Path) -> None:
    # A child killed with its build (SIGKILL, a power cut) leaves its folder.
    for folder in cache_dir.glob(".converting-*"):
        pid = folder.name.removeprefix(".converting-")
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    if _child is None or page.file.src_uri not in _child.pending:
        return page
    reply = _child.wait_for(page.file.src_uri)
    if reply is None:  # the child is gone: mkdocs-jupyter converts it here
        return page
    for name, level, message in reply["records"]:
        logging.getLogger(name).log(level, "%s", message)
    return page


def on_env(env, config: MkDocsConfig, files: Files):
    if _child is not None:
        _child.put_order_back(files)
    return env


def on_post_build(config: MkDocsConfig) -> None:
    _end_child()


def on_build_error(error: Exception) -> None:
    _end_child()


def on_shutdown() -> None:
    _end_child()


def _end_child() -> None:
    global _child
    if _child is not None:
        child, _child = _child, None
        child.end()


# --- in the child ------------------------------------------------------------


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


def _convert(todo, plugin, config, files, cache_dir: Path, write: int, parent: int):
    die_with_parent()
    if os.getppid() != parent:  # the build died before the line above
        return
    os.closerange(3, write)
    os.closerange(write + 1, os.sysconf("SC_OPEN_MAX"))
    replies = os.fdopen(write, "w", encoding="utf-8")
    # Logged here, shown by the build process: the handlers it set up
    # (the terminal, strict mode's warning count) are taken off in this copy.
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    collected = _Records()
    logger.addHandler(collected)
    staging = cache_dir / f".converting-{os.getpid()}"
    staging.mkdir()
    plugin.config["cache_dir"] = str(staging)
    for file in todo:
        try:
            page = Page(None, file, config)
            plugin.on_pre_page(page, config=config, files=files)
            page.render(config, files)
            for entry in staging.iterdir():
                os.replace(entry, cache_dir / entry.name)
        except Exception:  # the build process converts it again, and says why
            for entry in staging.iterdir():
                entry.unlink()
        reply = {"src": file.src_uri, "records": collected.records}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()
        collected.records = []
