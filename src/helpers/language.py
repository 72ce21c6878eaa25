"""Is this English? A cheap, dependency-free check by script and by English function words.

The quotation rules, word lists and sentiment lexicons are English; an article in another language is
marked (``language`` in ``articles.parquet``) and its quotations are not extracted, rather than misparsed.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# bytes other than a to z become spaces: split() then gives the runs of a to z, the words counted
_ONLY_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# The commonest English function words: in English news they make up a third of the running words.
_ENGLISH = frozenset(
    "the of and to a in is that for it on was with as by he said at from his be are have has an not this "
    "but they who were will their had or its would been which we more she her i you about after than".split()
)
_ENGLISH_BYTES = frozenset(w.encode("ascii") for w in _ENGLISH)


def script_of(char: str) -> str:
    """The script of a letter, from its Unicode name ("LATIN", "ARABIC", "CYRILLIC", "CJK", ...)."""
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def other_letters(text: str) -> list[str]:
    """The letters of ``text`` outside A to Z, in order: what ``[^\\W\\d_A-Za-z]`` finds, from the characters
    outside ASCII only (a regex over every character cost a fifth of the check's time)."""
    return [ch for ch in _NOT_ASCII.findall(text) if ch.isalnum() and not ch.isdecimal()]


def ascii_words(text: str) -> list[bytes]:
    """The runs of a to z in ``text`` in lower case, as ASCII bytes: what ``[a-z]+`` finds in ``text.lower()``, by
    C string methods instead of a regex (twice as fast)."""
    return text.lower().encode("ascii", "replace").translate(_ONLY_A_TO_Z).split()


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """``en`` for English; otherwise ``und-Latn``, ``und-Arab``, ``und-Hebr``, ``und-Cyrl``, ``und-Hani``,
    ... (undetermined language, with the main script), or ``und`` when there are no letters."""
    head = text[:sample]
    # ASCII letters are counted in C (the ASCII bytes left when all others are deleted: no list of letters);
    # only the other letters need a look at their Unicode names
    scripts: dict[str, int] = {"LATIN": len(head.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))}
    for ch in other_letters(head)[:5000]:
        s = script_of(ch)
        scripts[s] = scripts.get(s, 0) + 1
    if not any(scripts.values()):
        return "und"
    main = max(scripts, key=scripts.get)
    if main != "LATIN":
        return "und-" + _SCRIPT_CODES.get(main, main.title()[:4])
    words = ascii_words(head)
    if len(words) < 3:
        return "und-Latn"
    share = sum(map(_ENGLISH_BYTES.__contains__, words)) / len(words)
    return "en" if share >= 0.12 else "und-Latn"


_SCRIPT_CODES = {
    "ARABIC": "Arab",
    "HEBREW": "Hebr",
    "CYRILLIC": "Cyrl",
    "GREEK": "Grek",
    "CJK": "Hani",
    "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan",
    "HANGUL": "Hang",
    "DEVANAGARI": "Deva",
    "THAI": "Thai",
    "ARMENIAN": "Armn",
    "GEORGIAN": "Geor",
    "BENGALI": "Beng",
    "TAMIL": "Taml",
}
