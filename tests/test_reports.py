"""The report command on the sample: every notebook runs, every page renders, charts are there."""

import os
import re
import subprocess
from pathlib import Path

import nbformat
import pytest
from conftest import CHROMIUM_FLAGS, ROOT, SAMPLE, require_chromium

from helpers.report import build_reports, execute_notebook, notebooks

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


def test_a_notebook_runs_with_its_parameters_without_kernel_noise_or_leftovers(tmp_path, capfd):
    src = tmp_path / "nb" / "01_check.ipynb"
    src.parent.mkdir()
    nb = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}}
    )
    nb.cells = [
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("x * 2"),
    ]
    nbformat.write(nb, src)
    execute_notebook(src, tmp_path / "out" / "01_check.ipynb", {"x": 21})
    done = nbformat.read(tmp_path / "out" / "01_check.ipynb", as_version=4)
    assert done.cells[-1].outputs[0]["data"]["text/plain"] == "42"
    # the kernel's channels are local sockets, so no "running over TCP without encryption" on every run,
    # and none of them is left beside the notebook; nor is the kernel interrupted as it shuts down
    err = capfd.readouterr().err
    assert "without encryption" not in err and "KeyboardInterrupt" not in err, err
    assert [p.name for p in src.parent.iterdir()] == ["01_check.ipynb"]
    assert not _child_kernels(), "the kernel was left running"


def _child_kernels() -> list[str]:
    """Kernel processes this test process started and that still run (Linux's /proc; none elsewhere)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmd = (proc / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid() and b"ipykernel" in cmd:
            found.append(proc.name)
    return found


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
