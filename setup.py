"""Build hook: compiles the quotation modules to C with mypyc when it can, for speed (about a third faster on
PolNeAR train, see docs/measurements.md), and otherwise installs them as plain Python, which gives the same
rows. Everything else about the package is in pyproject.toml.

Set HELPERS_PURE=1 when installing to skip compiling; ``helpers`` itself falls back to the Python sources when
the compiled modules are missing or were built from other sources (see ``helpers/_compiled.py``).
"""

import json
import os
import runpy
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# (read from the file, not imported: the package's own imports need what is being installed)
_COMPILED = runpy.run_path("src/helpers/_compiled.py")


class _BuildExt(build_ext):
    """Compiles the modules, and records the hashes of their sources only when all of them compiled: without a
    record ``helpers`` runs its sources, so a half-built set (no C compiler, a compiler error) is never used."""

    def run(self) -> None:
        record = os.path.join("src", "helpers", _COMPILED["RECORD"])
        if os.path.exists(record):
            os.remove(record)
        try:
            super().run()
        except Exception as err:  # (distutils' CompileError and LinkError, a missing compiler)
            print(f"helpers: compiling failed ({err!r}); the package runs as plain Python", file=sys.stderr)
            return
        if self.extensions:
            with open(record, "w", encoding="utf-8") as f:
                json.dump(_COMPILED["source_hashes"](), f, indent=1)


def _ext_modules() -> list:
    if os.environ.get("HELPERS_PURE"):
        return []
    try:
        from mypyc.build import mypycify

        return mypycify([f"src/helpers/{name}.py" for name in _COMPILED["COMPILED"]], opt_level="3")
    except (SystemExit, Exception) as err:  # (mypy's type check, failing, stops with SystemExit)
        print(f"helpers: not compiling ({err!r}); the package runs as plain Python", file=sys.stderr)
        return []


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": _BuildExt})
