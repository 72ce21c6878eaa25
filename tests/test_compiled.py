"""The compiled quotation modules (setup.py, helpers/_compiled.py): used only while they are current, and giving
the rows the Python sources give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLE

import helpers.quotes
from helpers._compiled import COMPILED, RECORD, _SourcesFirst, compiled_state, source_hashes


def _package(tmp_path: Path, compiled: tuple[str, ...], record: bool = True) -> Path:
    """A folder with every compiled module's source and, for ``compiled``, a built library (and the record of
    the sources' hashes that setup.py writes)."""
    for name in COMPILED:
        (tmp_path / f"{name}.py").write_text(f"# {name}\n")
    for name in compiled:
        (tmp_path / f"{name}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    if record:
        (tmp_path / RECORD).write_text(json.dumps(source_hashes(tmp_path)))
    return tmp_path


def test_a_plain_install_has_nothing_compiled(tmp_path):
    assert compiled_state(_package(tmp_path, ())) == "none"


def test_modules_compiled_from_their_sources_as_they_are_are_current(tmp_path):
    assert compiled_state(_package(tmp_path, COMPILED)) == "current"


def test_a_source_edited_after_the_build_makes_all_stale(tmp_path):
    here = _package(tmp_path, COMPILED)
    (here / "quotes.py").write_text("# quotes, edited\n")
    assert compiled_state(here) == "stale"


def test_a_module_left_uncompiled_makes_all_stale(tmp_path):
    assert compiled_state(_package(tmp_path, COMPILED[1:])) == "stale"


def test_compiled_modules_without_a_record_are_stale(tmp_path):
    assert compiled_state(_package(tmp_path, COMPILED, record=False)) == "stale"


def test_the_finder_gives_the_source_of_a_compiled_module_only():
    finder = _SourcesFirst()
    spec = finder.find_spec("helpers.quotes")
    assert spec is not None and spec.origin == str(Path(helpers.quotes.__file__).parent / "quotes.py")
    assert finder.find_spec("helpers.timex") is None  # (never compiled: found as usual)
    assert finder.find_spec("quotes") is None


def test_modules_run_compiled_exactly_when_current():
    state = compiled_state()
    suffix = Path(helpers.quotes.__file__).suffix
    if state == "current" and not os.environ.get("HELPERS_PURE"):
        assert suffix in (".so", ".pyd")
    else:
        assert suffix == ".py"


_ROWS = (
    "import json, sys; from helpers.load import read_file; from helpers.pipeline import process_article; "
    "a = read_file(sys.argv[1])[0]; "
    "print(json.dumps(process_article(a, sentiment=False, timex=False).quotes, default=str))"
)


def test_compiled_and_source_modules_give_the_same_rows():
    """The sample's rows from the modules as loaded here (compiled, when built) and from the sources alone."""
    rows = {}
    for pure in ("", "1"):
        env = {**os.environ, "HELPERS_PURE": pure}
        out = subprocess.run(
            [sys.executable, "-c", _ROWS, str(SAMPLE)], env=env, capture_output=True, text=True, check=True
        )
        rows[pure] = json.loads(out.stdout)
    assert len(rows[""]) >= 8
    assert rows[""] == rows["1"]
