"""The curated word lists in ``src/helpers/data/``, loaded once."""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path


def wordlist(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``data/NAME``."""
    text = resources.files("helpers").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex matching any of ``words`` literally, written as a trie ("S(?:en(?:\\.|ator)|ecretary)"), so
    that a failed match costs one test per character instead of one per word. Where one word is the start of
    another the longer is tried first, as in an alternation sorted longest first."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@cache
def abbreviations() -> dict[str, frozenset[str]]:
    """Category ("title", "month", "number", ...) -> abbreviations in lower case, without their full stop
    (``data/abbreviations.txt``)."""
    table: dict[str, set[str]] = {}
    for line in wordlist("abbreviations.txt"):
        category, abbrev = line.split("\t")
        table.setdefault(category, set()).add(abbrev.lower())
    return {k: frozenset(v) for k, v in table.items()}


@cache
def reporting_verbs() -> frozenset[str]:
    """All reporting verb forms (``data/reporting_verbs.txt``), lower case."""
    return frozenset(w.lower() for w in wordlist("reporting_verbs.txt"))


_LEXICON_LINE = re.compile(r"^([^;\s]\S*) (\S+)", re.M)  # "word TAG"; ";;;" lines are comments


@cache
def _brill_tags() -> dict[str, str]:
    """Word -> most likely part-of-speech tag, from the Brill lexicon that TextBlob ships as plain text
    (``textblob/en/en-lexicon.txt``, Brown corpus and Penn Treebank); empty if TextBlob lacks it."""
    # found without importing TextBlob (and NLTK under it), which runs without sentiment never need
    spec = importlib.util.find_spec("textblob")
    folders = list(spec.submodule_search_locations or []) if spec else []
    try:
        text = Path(folders[0], "en", "en-lexicon.txt").read_text("utf-8")
    except (IndexError, FileNotFoundError):
        return {}
    # one regex over the file, not a loop over its 94,000 lines: five times faster, and it runs per process
    return dict(_LEXICON_LINE.findall(text))


@lru_cache(maxsize=16384)
def usual_tag(word: str) -> str:
    """The word's most likely Penn Treebank tag in the Brill lexicon ("" if unknown), as written, else in
    lower case."""
    tags = _brill_tags()
    return tags.get(word) or tags.get(word.lower(), "")


_STRAY_TAGS = frozenset(["NN", "VB", "FW"])


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """Whether a capitalised word is an ordinary English word rather than a name, by its usual tag:
    "Specifically", "Given", "Another", "Kicking" are; "Trump", "Graham", "Comey" (unknown) are not."""
    tags = _brill_tags()
    tag = tags.get(word)
    if word.endswith(("ing", "ed")) and tags.get(word.lower(), "").startswith("VB"):
        return True  # "Flying home one night, she ...": a participle, though "Flying" (Tigers) is a name too
    if tag is None:
        low = tags.get(word.lower())
        # (a foreign word is no English one: "Mei", "Khan", "Santos", "De" of "De Niro" open names)
        return low is not None and not low.startswith("NN") and low != "FW"
    if tag in _STRAY_TAGS and word.lower() not in tags:
        # (a capitalised entry with no lower-case one and a noun's, verb's or foreign word's tag is mostly a name
        # the lexicon's corpus mistagged: "Fleisher" VB, "Claudia" NN, "Frist" FW)
        return False
    return not tag.startswith("NNP")
