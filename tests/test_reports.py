"""The report command on the sample: every notebook runs, every page renders, charts are there."""

import re
import subprocess

import nbformat
import pytest
from conftest import CHROMIUM_FLAGS, ROOT, SAMPLE, require_chromium

from helpers.report import build_reports, notebooks

STDERR = 'data-mime-type="application/vnd.jupyter.stderr"'


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reports")
    index = build_reports(input_dir=SAMPLE.parent, processed=tmp / "processed", out=tmp / "reports")
    return index


def test_every_notebook_is_numbered_and_stripped():
    nbs = notebooks(ROOT / "notebooks")
    assert [p.name[:3] for p in nbs] == [f"{i:02d}_" for i in range(1, len(nbs) + 1)]
    for path in nbs:
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), path
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, f"{path.name} needs exactly one parameters cell"


def test_reports_are_written_for_every_notebook(reports):
    pages = sorted((reports.parent / "html").glob("*.html"))
    assert [p.stem for p in pages] == [p.stem for p in notebooks(ROOT / "notebooks")]
    for page in pages:
        html = page.read_text()
        assert "Traceback" not in html
        assert STDERR not in html, f"{page.name} has error output"
        assert html.count("data:image/png;base64") >= 2, f"{page.name} lacks its charts"
        assert "cdnjs.cloudflare.com" not in html  # opens offline
    index = reports.read_text()
    assert all(p.name in index for p in pages)


def test_sample_figures_appear_in_the_cleaning_report(reports):
    html = (reports.parent / "html" / "01_clean_and_tokenize.html").read_text()
    assert "Geneva Rewrites a Controversial Plan" in html
    assert "Even as global institutions remain cautious publicly" in html  # the flagged repeat
    assert "peace-talks-shift-to-turkey: 56 sentences" in html or "peace-talks-shift-to-turkey: 61 sentences" in html


def test_report_renders_in_headless_chromium(reports, tmp_path):
    chromium = require_chromium()
    page = reports.parent / "html" / "01_clean_and_tokenize.html"
    dom = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "What cleaning did" in dom
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64', dom)) >= 2
    assert "Traceback" not in dom and STDERR not in dom
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile2'}",
            f"--screenshot={shot}",
            "--window-size=1200,2400",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 20_000  # a rendered page, not a blank one
