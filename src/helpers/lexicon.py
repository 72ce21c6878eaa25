"""The curated word lists in ``src/helpers/data/``, loaded once."""

from __future__ import annotations

import re
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


_LEXICON_LINE = re.compile(r"^([^;\s]\S*) (\S+)", re.M)  # "word TAG"; ";;;" lines are comments


@cache
def _brill_tags() -> dict[str, str]:
    """Word -> most likely part-of-speech tag, from the Brill lexicon that TextBlob ships as plain text
    (``textblob/en/en-lexicon.txt``, Brown corpus and Penn Treebank); empty if TextBlob lacks it."""
    try:
        text = resources.files("textblob").joinpath("en/en-lexicon.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    # one regex over the file, not a loop over its 94,000 lines: five times faster, and it runs per process
    return dict(_LEXICON_LINE.findall(text))


def usual_tag(word: str) -> str:
    """The word's most likely Penn Treebank tag in the Brill lexicon ("" if unknown), as written, else in
    lower case."""
    tags = _brill_tags()
    return tags.get(word) or tags.get(word.lower(), "")


def is_common_word(word: str) -> bool:
    """Whether a capitalised word is an ordinary English word rather than a name, by its usual tag:
    "Specifically", "Given", "Another", "Kicking" are; "Trump", "Graham", "Comey" (unknown) are not."""
    tags = _brill_tags()
    tag = tags.get(word)
    if word.endswith(("ing", "ed")) and tags.get(word.lower(), "").startswith("VB"):
        return True  # "Flying home one night, she ...": a participle, though "Flying" (Tigers) is a name too
    if tag is None:
        low = tags.get(word.lower())
        return low is not None and not low.startswith("NN")
    return not tag.startswith("NNP")
