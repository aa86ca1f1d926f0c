"""Publishing: `make publish` (tools/publish.py) into a scratch repository.

The publication is real: mike builds the site from this checkout and commits
it to the branch `scratch` of a temporary git repository (GIT_DIR points
there, so this clone's own gh-pages branch is never touched), with the
SITE_URL and REPO_URL a deploy sets. The tests read that branch as GitHub
Pages would serve it, and open it in Chromium: the version selector lists
the torch release, and nothing fails or loads from another host.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import tarfile
import threading
from io import BytesIO
from pathlib import Path

import pytest
from filelock import FileLock
from test_browser import open_page, site_url  # noqa: F401 (site_url: a fixture)

ROOT = Path(__file__).resolve().parent.parent
VERSION = json.loads((ROOT / "snippets" / "recorded_with.json").read_text())["torch"]
SITE_URL = "https://example.org/gradients/"
REPO_URL = "https://github.com/example/gradients"
BRANCH = "scratch"
# One worker runs all of these (`--dist loadgroup`, as `make test` runs):
# spread over two, the second waited idle for the first's publication.
pytestmark = pytest.mark.xdist_group("publish")


def _git(*args: str, git_dir: Path) -> bytes:
    env = dict(os.environ, GIT_DIR=str(git_dir))
    return subprocess.run(
        ["git", *args], check=True, capture_output=True, env=env
    ).stdout


def _publish(folder: Path) -> None:
    git_dir = folder / "repo.git"
    subprocess.run(
        ["git", "init", "--quiet", "--bare", "--initial-branch=main", str(git_dir)],
        check=True,
    )
    identity = {
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    env = dict(os.environ, **identity, GIT_DIR=str(git_dir))
    # mike names the commit it publishes: the scratch repository needs one.
    tree = subprocess.run(
        ["git", "hash-object", "-t", "tree", "-w", "--stdin"],
        input=b"",
        check=True,
        capture_output=True,
        env=env,
    ).stdout.strip()
    commit = subprocess.run(
        ["git", "commit-tree", tree.decode(), "-m", "empty"],
        check=True,
        capture_output=True,
        env=env,
    ).stdout.strip()
    subprocess.run(
        ["git", "update-ref", "refs/heads/main", commit.decode()], check=True, env=env
    )
    env.update(SITE_DIR=str(folder / "site"), SITE_URL=SITE_URL, REPO_URL=REPO_URL)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "publish.py"), "--branch", BRANCH],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(
            "tools/publish.py failed:\n" + (result.stdout + result.stderr)[-3000:],
            pytrace=False,
        )
    # What GitHub Pages serves: the branch's tree (aliases are symlinks).
    pages = folder / "pages"
    archive = _git("archive", "--format=tar", BRANCH, git_dir=git_dir)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(pages, filter="data")


@pytest.fixture(scope="session")
def published(request, run_folder, built_site) -> Path:
    """The scratch branch's tree, published once per run for all workers.

    After the test site's build (``built_site``), so that this second build
    finds the math and notebook caches warm instead of redoing the same work
    on the other core at the same time. Under ``--dist loadgroup`` every test
    here must run on the worker that published: another would wait idle for
    the publication (pytest 9.2 broke pytest-xdist 3.8's grouping so, without
    a word; pytest-dev/pytest-xdist#1386)."""
    folder = run_folder / "publish"
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    with FileLock(str(run_folder / "publish.lock")):
        if not (folder / "pages").is_dir():
            folder.mkdir(exist_ok=True)
            _publish(folder)
            (folder / "worker").write_text(worker)
    publisher = (folder / "worker").read_text()
    if getattr(request.config.option, "loadgroup", False) and worker != publisher:
        pytest.fail(
            f"the publishing tests ran on {publisher} and on {worker}, which "
            "waited for the publication: --dist loadgroup did not keep their "
            "xdist_group on one worker. Check that pytest-xdist supports the "
            "pytest in requirements.txt (pytest-dev/pytest-xdist#1386).",
            pytrace=False,
        )
    return folder / "pages"


def test_the_torch_release_is_published_as_latest(published: Path):
    versions = json.loads((published / "versions.json").read_text())
    assert versions == [
        {"version": VERSION, "title": f"torch {VERSION}", "aliases": ["latest"]}
    ]
    assert (published / "latest").is_symlink()
    assert (published / "latest" / "index.html").is_file()


def test_the_root_redirects_to_latest_and_has_a_404_page(published: Path):
    assert 'url=latest/"' in (published / "index.html").read_text()
    # The root 404 is the version's own, whose links are absolute, so it
    # works at any missing address.
    root_404 = (published / "404.html").read_text()
    assert root_404 == (published / VERSION / "404.html").read_text()
    assert f'href="/gradients/{VERSION}/assets/stylesheets/' in root_404
    assert 'for="__search"' in root_404  # opens the search
    assert f'href="/gradients/{VERSION}/."' in root_404  # home, as Material writes it


def test_links_point_at_the_deployed_site_and_repository(published: Path):
    page = (
        published / VERSION / "basics" / "first-gradient" / "index.html"
    ).read_text()
    canonical = f"{SITE_URL}{VERSION}/basics/first-gradient/"
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert f'href="{REPO_URL}/edit/main/docs/basics/first-gradient.md"' in page
    sitemap = (published / VERSION / "sitemap.xml").read_text()
    assert f"<loc>{canonical}</loc>" in sitemap
    # A notebook is generated: its edit link opens the page it comes from.
    notebook = published / VERSION / "notebooks/basics/first-gradient/index.html"
    assert (
        f'href="{REPO_URL}/edit/main/docs/basics/first-gradient.md"'
        in notebook.read_text()
    )


def test_the_repository_link_fetches_nothing_from_github(published: Path):
    # Material fetches stars and forks from api.github.com for an element
    # marked data-md-component="source"; overrides/partials/source.html
    # drops the mark and keeps the link.
    page = (published / VERSION / "index.html").read_text()
    assert f'href="{REPO_URL}" title="Go to repository" class="md-source"' in page
    assert 'data-md-component="source"' not in page


def test_no_published_page_loads_from_another_host(published: Path):
    from test_site import _parse

    problems = [
        f"{page.relative_to(published)}: {what} {url}"
        for page in sorted((published / VERSION).rglob("*.html"))
        for what, url in _parse(page).resources
        if "//" in url and not url.startswith(SITE_URL)
    ]
    assert not problems, "\n".join(problems[:20])


@pytest.fixture(scope="module")
def pages_url(published: Path):
    """The published tree served at /gradients/, as GitHub Pages would."""
    served = published.parent / "served"
    served.mkdir(exist_ok=True)
    if not (served / "gradients").exists():
        (served / "gradients").symlink_to(published)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

    handler = functools.partial(Quiet, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/gradients/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["latest/", f"{VERSION}/basics/first-gradient/"])
def test_the_version_selector_lists_the_release(browser, pages_url, path):
    context, page, visit = open_page(browser, pages_url, path)
    try:
        current = page.locator(".md-version__current")
        current.wait_for(state="attached")
        assert current.inner_text().strip() == f"torch {VERSION}"
        page.wait_for_load_state("networkidle")
        assert not visit.problems, "\n".join(visit.problems)
    finally:
        context.close()


def test_the_root_404_page_works_in_the_browser(browser, pages_url):
    context, page, visit = open_page(browser, pages_url, "404.html")
    page.on(
        "response",
        lambda r: r.status >= 400 and visit.problems.append(f"{r.status}: {r.url}"),
    )
    try:
        page.wait_for_load_state("networkidle")
        assert not visit.problems, "\n".join(visit.problems)
        page.get_by_text("Search the site").click()
        assert page.locator("input.md-search__input").is_visible()
    finally:
        context.close()


def test_the_local_404_page_helps(browser, site_url):  # noqa: F811
    # The local build: no version provider, so no versions.json to request.
    context, page, visit = open_page(browser, site_url, "404.html")
    try:
        page.wait_for_load_state("networkidle")
        assert not visit.problems, "\n".join(visit.problems)
        page.get_by_text("Search the site").click()
        assert page.locator("input.md-search__input").is_visible()
        page.keyboard.press("Escape")
        page.get_by_text("Go to the home page").click()
        page.wait_for_url(site_url)
    finally:
        context.close()
