"""The rules that tie pages and snippets together, as functions of a root.

Each rule returns a list of problems, one line each, naming the file (and
line, where there is one); an empty list means the rule holds.
"""

from __future__ import annotations

from pathlib import Path

from .pages import Container, Fence, IndentedCode, Page, Prose
from .paths import OUTPUT_SUFFIX, SNIPPETS_DIR
from .snippet import output_files, snippet_files


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def snippets_without_output(root: Path) -> list[str]:
    return [
        f"{_rel(p, root)}: no {p.with_suffix(OUTPUT_SUFFIX).name} beside it"
        for p in snippet_files(root)
        if not p.with_suffix(OUTPUT_SUFFIX).exists()
    ]


def outputs_without_snippet(root: Path) -> list[str]:
    return [
        f"{_rel(p, root)}: no {p.with_suffix('.py').name} beside it"
        for p in output_files(root)
        if not p.with_suffix(".py").exists()
    ]


def unresolved_includes(root: Path, pages: list[Page]) -> list[str]:
    base = root / SNIPPETS_DIR
    return [
        f"{include.page}:{include.line}: includes {include.target!r}, which is "
        f"not a file under {SNIPPETS_DIR}/"
        for page in pages
        for include in page.includes
        if not (base / include.path).is_file()
    ]


def snippets_missing_from_their_page(root: Path, pages: list[Page]) -> list[str]:
    """Every snippet and its output must be included by its own page (the
    page whose snippet folder holds it); an include on another page does not
    count."""
    base = root / SNIPPETS_DIR
    included_by: dict[Path, list[Path]] = {}
    for page in pages:
        for include in page.includes:
            pages_of = included_by.setdefault((base / include.path).resolve(), [])
            if page.path not in pages_of:
                pages_of.append(page.path)
    by_folder = {page.snippet_dir: page for page in pages}
    problems = []
    for path in snippet_files(root):
        rel = path.relative_to(base)
        folder = rel.parent.as_posix()
        page = by_folder.get(folder)
        if page is None:
            problems.append(
                f"{SNIPPETS_DIR}/{rel.as_posix()}: its folder matches no page "
                f"(expected docs/{folder.replace('_', '-')}.md)"
            )
            continue
        for suffix in (".py", OUTPUT_SUFFIX):
            wanted = rel.with_suffix(suffix).as_posix()
            others = included_by.get(path.with_suffix(suffix).resolve(), [])
            if page.path in others:
                continue
            # An include on another page does not count: say so, since the
            # snippet does appear on the site.
            elsewhere = ", ".join(p.as_posix() for p in others)
            what = (
                f"included by {elsewhere}, but not by its own page {page.path}"
                if others
                else f"not included by {page.path}"
            )
            problems.append(f'{SNIPPETS_DIR}/{wanted}: {what} (add: --8<-- "{wanted}")')
    return problems


def includes_from_other_folders(pages: list[Page]) -> list[str]:
    problems = []
    for page in pages:
        for include in page.includes:
            folder = Path(include.path).parent.as_posix()
            if (
                include.path.endswith((".py", OUTPUT_SUFFIX))
                and folder != page.snippet_dir
            ):
                problems.append(
                    f"{include.page}:{include.line}: includes {include.path!r} "
                    f"from {SNIPPETS_DIR}/{folder}/, but this page's examples "
                    f"live in {SNIPPETS_DIR}/{page.snippet_dir}/"
                )
    return problems


def typed_in_code(pages: list[Page]) -> list[str]:
    """Blocks that show Python or an output that no snippet file produced:
    a Python block (any fence syntax), an output block (by its title, or by
    standing right after a snippet's code, whatever its title), and an
    indented code block, whose lines are not snippet includes. Other typed
    blocks (shell commands, a text diagram) are allowed."""
    problems = []
    for page in pages:
        included_lines = {include.line for include in page.includes}
        for block, role in _shown_blocks(page.blocks):
            typed = [
                n for n, text in block.body if text.strip() and n not in included_lines
            ]
            lines = ", ".join(map(str, typed))
            if isinstance(block, IndentedCode):
                if typed:
                    problems.append(
                        f"{page.path}:{block.line}: an indented code block with "
                        f"typed-in lines ({lines}); show code as a snippet "
                        "include in a fence (in a list or admonition, indent "
                        "its text by exactly one level)"
                    )
                continue
            kind = block.language or "text"
            if typed:
                what = "block" if role == block.role else "block after a snippet's code"
                problems.append(
                    f"{page.path}:{block.line}: a {kind} {what} with typed-in "
                    f"lines ({lines})"
                    + ("" if role == block.role else "; include its .out instead")
                )
            elif not block.body:
                problems.append(f"{page.path}:{block.line}: an empty {kind} block")
    return problems


def _shown_blocks(blocks: list) -> list[tuple[Fence | IndentedCode, str]]:
    """(block, role) of every block that must come from a snippet file, at
    any depth: a fence that follows a snippet's code block is its output,
    whatever its title says."""
    found: list[tuple[Fence | IndentedCode, str]] = []
    previous = None
    for block in blocks:
        if isinstance(block, Prose) and not block.text.strip():
            continue
        if isinstance(block, IndentedCode):
            found.append((block, "indented"))
        elif isinstance(block, Fence):
            role = block.role
            if (
                role == "other"
                and isinstance(previous, Fence)
                and previous.role == "code"
                and not block.language.startswith(_SHELL_LANGUAGES)
            ):
                role = "output"
            if role in ("code", "output"):
                found.append((block, role))
        elif isinstance(block, Container):
            found += _shown_blocks(block.blocks)
        previous = block
    return found


# A command block may follow a snippet (how to run it); it is not its output.
_SHELL_LANGUAGES = ("bash", "sh", "shell", "console", "zsh")
