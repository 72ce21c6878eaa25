"""Paragraphs of an article: where they are, what they are (headline, heading, boilerplate, body),
and which ones repeat an earlier paragraph almost word for word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

from .clean import CleanSpan, clean_span

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[\w’'-]+")
_TERMINAL = tuple('.!?:;,"”’)»…')
_WRAP_WIDTH = 120  # (e-mail and plain text wrap at 72 to 80 characters; some tools at 100)
# Lower-case words a title-case heading may keep in lower case.
_MINOR = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "upon",
        "via",
        "vs",
        "vs.",
        "with",
    ]
)


_MAX_POSTINGS = 8
_FUNCTION = frozenset(
    "the of and to a in on for that is was with as at by it its be has have had from an are were this said "
    "will would not but or he she they his her their who which".split()
)
_FUNCTION_PAIRS = frozenset((a, b) for a in _FUNCTION for b in _FUNCTION)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its index, its original span and cleaned text, and what it is."""

    index: int
    span: CleanSpan
    kind: str  # "headline" | "heading" | "boilerplate" | "body"
    duplicate_of: int | None = None
    # the cleaned text (the span's): an attribute, not a property, as the rules read it half a million times
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.span.text)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def is_heading(self) -> bool:
        return self.kind in ("headline", "heading")

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Original ``(start, end)`` spans of the paragraphs of ``text``.

    One line is one paragraph, as in most saved and scraped news. Text hard-wrapped at a fixed width
    (blank lines between blocks, and lines inside a block that stop mid-sentence) is read block by block.
    """
    if _looks_hard_wrapped(text):
        spans, pos = [], 0
        for m in _BLANK_LINE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _looks_hard_wrapped(text: str) -> bool:
    blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]
    multi = [b for b in blocks if b.strip().count("\n") >= 1]
    if len(blocks) < 2 or len(multi) < max(1, len(blocks) // 3):
        return False
    inner = [ln.rstrip() for b in multi for ln in b.strip().split("\n")[:-1]]
    unfinished = sum(1 for ln in inner if ln and not ln.endswith(_TERMINAL))
    # (wrapped at a fixed width, the lines are short; a newsletter's lines of items that end in "[Source]" or a
    # heading are unfinished too, but long, and each is a paragraph of its own)
    short = sum(1 for ln in inner if len(ln) <= _WRAP_WIDTH)
    return unfinished >= 0.6 * max(1, len(inner)) and short >= 0.9 * len(inner)


@cache
def _boilerplate_pattern() -> re.Pattern[str]:
    lines = resources.files("helpers").joinpath("data/boilerplate.txt").read_text("utf-8").splitlines()
    # one alternation: a single search per paragraph instead of one per pattern
    return re.compile("|".join(f"(?:{ln})" for ln in lines if ln.strip() and not ln.startswith("#")), re.IGNORECASE)


def is_boilerplate(text: str) -> bool:
    """True when a cleaned paragraph is page furniture (bylines, share buttons, ads, credits)."""
    t = text.strip()
    return len(t) < 300 and _boilerplate_pattern().search(t) is not None


def is_heading_like(text: str) -> bool:
    """True for a short title-case line without final punctuation, e.g. "Geneva Rewrites a Controversial Plan"."""
    t = text.strip()
    if not t or len(t) > 120 or t.endswith(_TERMINAL):
        return False
    words = _WORD.findall(t)
    if not 1 <= len(words) <= 14:
        return False
    if t.isupper() and len(words) <= 8:
        return True
    major = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _MINOR]
    capped = sum(1 for w in major if w[0].isupper() or w[0].isdigit())
    return capped >= max(1, round(0.8 * len(major))) and (len(words) > 1 or len(t) > 3)


def classify(text: str, index: int) -> str:
    """Kind of a cleaned paragraph: ``headline`` (a heading first line), ``heading``, ``boilerplate`` or ``body``."""
    if is_boilerplate(text):
        return "boilerplate"
    if is_heading_like(text):
        return "headline" if index == 0 else "heading"
    return "body"


def find_near_duplicates(texts: list[str], *, min_words: int = 8, threshold: float = 0.6) -> dict[int, int]:
    """Map each paragraph that repeats an earlier one almost word for word to the earlier one's index.

    Two paragraphs repeat when at least ``threshold`` of the shorter one's words lie, in the same order,
    in the longer one (difflib's matching blocks), and the shorter has ``min_words`` words or more.
    Candidates come from an index of shared word pairs, so long articles stay linear in practice.
    """
    words = [_WORD.findall(t.lower()) for t in texts]
    # pairs of two function words ("of the") are in every paragraph: they only cost time
    pair_sets = {
        j: set(zip(w, w[1:], strict=False)) - _FUNCTION_PAIRS for j, w in enumerate(words) if len(w) >= min_words
    }
    # only a pair in two paragraphs or more can be shared: most are in one, and need no index (set operations
    # find the others without a loop over every pair)
    seen: set[tuple[str, str]] = set()
    repeated: set[tuple[str, str]] = set()
    for pairs in pair_sets.values():
        repeated |= seen & pairs
        seen |= pairs
    index: dict[tuple[str, str], list[int]] = {}
    dupes: dict[int, int] = {}
    for j, pairs in pair_sets.items():
        shared: dict[int, int] = {}
        for pair in pairs & repeated:
            postings = index.setdefault(pair, [])
            for i in postings:
                shared[i] = shared.get(i, 0) + 1
            # A pair seen in many paragraphs says little; capping its list keeps huge texts linear.
            if len(postings) < _MAX_POSTINGS:
                postings.append(j)
        # ties go to the earlier paragraph: set order varies between processes, the result must not
        for i, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            if i in dupes or n < 0.3 * min(len(pair_sets[i]), len(pairs)):
                continue
            a, b = (words[i], words[j]) if len(words[i]) <= len(words[j]) else (words[j], words[i])
            matched = sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
            if matched >= threshold * len(a):
                dupes[j] = i
                break
    return dupes


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of an article's original ``text``, cleaned, classified and checked for repeats."""
    spans = [clean_span(text, s, e) for s, e in paragraph_spans(text)]
    dupes = find_near_duplicates([sp.text for sp in spans])
    return [Paragraph(i, sp, classify(sp.text, i), dupes.get(i)) for i, sp in enumerate(spans)]
