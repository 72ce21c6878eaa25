"""The curated word lists in ``src/helpers/data/``, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


def wordlist(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``data/NAME``."""
    text = resources.files("helpers").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def reporting_verbs() -> frozenset[str]:
    """All reporting verb forms (``data/reporting_verbs.txt``), lower case."""
    return frozenset(w.lower() for w in wordlist("reporting_verbs.txt"))
