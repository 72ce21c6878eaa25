"""Reports built from untrusted text do not run it; nothing needs the network or a pickle at run time."""

import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import CHROMIUM_FLAGS, ROOT, SAMPLE, require_chromium

EVIL = (
    "---\ntitle: <script>document.title='PWNED-TITLE'</script>Budget vote\n"
    "outlet: <b onmouseover=alert(1)>Daily</b>\n---\n"
    "The council met on Tuesday to vote on the budget for the coming year in the city.\n"
    "“<script>document.title='PWNED'</script>We will win this vote,” the mayor said after the meeting.\n"
    "Critics said <img src=x onerror=\"document.body.setAttribute('data-pwned','yes')\"> the plan is too costly.\n"
)
# Loaded at start-up by every Python process of the test (the kernel too): refuses any connection that
# leaves the machine, and any unpickling.
GUARD = """
import pickle, socket
_connect = socket.socket.connect
def _guarded(self, address):
    host = address[0] if isinstance(address, tuple) else str(address)
    if self.family == getattr(socket, "AF_UNIX", None) or host in ("localhost", "::1") or str(host).startswith("127."):
        return _connect(self, address)
    raise OSError("network access blocked by the test: %r" % (address,))
socket.socket.connect = _guarded
def _refuse(*args, **kwargs):
    raise RuntimeError("unpickling blocked by the test")
pickle.load = pickle.loads = _refuse
"""


@pytest.fixture(scope="module")
def guarded_reports(tmp_path_factory):
    """Reports for the sample plus a malicious article, built with network and pickles blocked."""
    tmp = tmp_path_factory.mktemp("safety")
    raw = tmp / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    (raw / "evil.txt").write_text(EVIL, encoding="utf-8")
    guard = tmp / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(guard), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "helpers",
            "report",
            "--input",
            str(raw),
            "--processed",
            str(tmp / "processed"),
            "--out",
            str(tmp / "reports"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    return run, tmp / "reports"


def test_process_and_notebooks_run_with_network_and_pickles_blocked(guarded_reports):
    run, reports = guarded_reports
    assert run.returncode == 0, run.stderr[-2000:]
    assert "2 articles read, 0 failed" in run.stderr
    assert len(list((reports / "html").glob("*.html"))) >= 3


def test_article_markup_is_escaped_in_reports(guarded_reports):
    _, reports = guarded_reports
    for page in (reports / "html").glob("*.html"):
        html = page.read_text()
        assert "<script>document.title" not in html, page.name
        # no real tag carries an event handler; the article's markup only appears escaped (&lt;img ...)
        assert not re.search(r"<[a-zA-Z][^<>]*\son\w+\s*=", html), page.name
        assert not re.search(r"<img[^>]*src=x", html), page.name


def test_nothing_runs_in_the_browser_and_the_text_shows(guarded_reports, tmp_path):
    chromium = require_chromium()
    _, reports = guarded_reports
    for name in ("01_clean_and_tokenize.html", "02_quote_extraction.html"):
        dom = subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp_path / name}",
                "--dump-dom",
                (reports / "html" / name).as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        title = re.search(r"<title>(.*?)</title>", dom, re.S)
        assert title and "PWNED" not in title.group(1)
        assert not re.search(r"<body[^>]*data-pwned", dom)  # the onerror handler never ran
        assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom  # shown as text
