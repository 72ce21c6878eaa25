"""Which modules ``setup.py`` compiles with mypyc, and the guard that keeps an edited module from running as its
old compiled self.

Python imports a compiled module (``quotes.cpython-311-x86_64-linux-gnu.so``) before its source (``quotes.py``),
so after an edit, or a ``git pull``, the compiled one would run the code as it was when it was built.
``setup.py`` records a hash of each source it compiles (``_compiled.json``); when any compiled module is missing
or its source's hash differs, or ``HELPERS_PURE`` is set, :func:`guard` has all of them loaded from their
sources instead (together: the compiled ones call each other directly). The rows are the same either way, only
slower; ``make compile`` builds them again.
"""

import hashlib
import importlib.abc
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path

# the modules quote extraction spends its time in (loading, sentiment, time expressions and the command line
# stay Python)
COMPILED = tuple("attribution clauses clean paragraphs quote_marks quotes reported sentences speakers".split())
_HERE = Path(__file__).resolve().parent
RECORD = "_compiled.json"  # the hashes of the sources compiled, written by setup.py


def source_hashes(here: Path = _HERE) -> dict[str, str]:
    """SHA-256 of each compiled module's source, by module name."""
    return {name: hashlib.sha256((here / f"{name}.py").read_bytes()).hexdigest() for name in COMPILED}


def compiled_state(here: Path = _HERE) -> str:
    """Either "none" (nothing compiled: a plain install), "current" (every module compiled from its source as it
    is now) or "stale"."""
    built = [name for name in COMPILED if [*here.glob(f"{name}.*.so"), *here.glob(f"{name}.*.pyd")]]
    if not built:
        return "none"
    try:
        recorded = json.loads((here / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "stale"
    return "current" if len(built) == len(COMPILED) and recorded == source_hashes(here) else "stale"


class _SourcesFirst(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' Python sources before anything else does."""

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package == __package__ and name in COMPILED:
            return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")
        return None


def guard() -> None:
    """Load the compiled modules from their sources when ``HELPERS_PURE`` asks for it, or when the compiled ones
    are out of date (with a warning that says how to build them again)."""
    pure = bool(os.environ.get("HELPERS_PURE"))
    stale = not pure and compiled_state() == "stale"  # (the sources' hashes are needed only to decide this)
    if not (pure or stale):
        return
    if not any(isinstance(f, _SourcesFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourcesFirst())
    if stale:
        warnings.warn(
            "helpers: the compiled modules do not match their sources (edited since, or a build that failed), so "
            "the sources run (the same rows, slower); `make compile` builds them again",
            stacklevel=2,
        )


def report() -> str:
    """One line on whether the quotation modules run compiled, for ``make setup``."""
    return {
        "none": "helpers: the quotation modules run as Python (no C compiler, mypy rejected them, or HELPERS_PURE)",
        "current": "helpers: the quotation modules are compiled (mypyc)",
        "stale": "helpers: the compiled quotation modules do not match their sources; the sources run (`make compile`)",
    }[compiled_state()]
