"""Unicode repair and whitespace normalisation that never loses track of the original text.

Every cleaned paragraph carries a map back to the article's original characters, so anything found in the
clean view (a sentence, a quotation, a date) can be reported with offsets into the original:
``original[start:end]`` is always exactly what the researcher sees in the source file.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import ftfy
from ftfy.badness import is_bad

# ftfy's default straightens curly quotes; we keep quote marks exactly as the outlet printed them.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
# (U+0085 is whitespace to Python, but in news text a Windows-1252 ellipsis that fix_unicode repairs: a token's)
_TOKEN = re.compile(r"(?:\S|\x85)+")
_EDGE_SPACE = re.compile(r"^[^\S\x85]+|[^\S\x85]+$")
_MOJIBAKE_CHARS = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")
_OTHER_SPACE = re.compile(r"[^\S ]")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
# Characters that are not "bad" to ftfy's detector but that cleaning should still touch.
_ODD = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u200b\u2028\u2029\ufeff\ufffd]")


def needs_fixing(text: str) -> bool:
    """True when ``text`` has mojibake, control characters, odd spaces or HTML entities to repair."""
    if text.isascii():
        return bool(_ENTITY.search(text)) or bool(_ODD.search(text))
    if _ODD.search(text) or _ENTITY.search(text):
        return True
    # Decomposed accents (e + U+0301) are composed; mojibake stored decomposed ("TrA\u0303\u00a9vidic" for
    # "TrÃ©vidic") hides from the detector until it is, and names with it match no name pattern.
    if not unicodedata.is_normalized("NFC", text):
        return True
    # Mojibake needs Latin-1 letters or C1 controls (the "â€" of "â€™"); text whose only non-ASCII
    # characters are curly quotes and dashes cannot be mojibake, and skips ftfy's slower detector.
    return bool(_MOJIBAKE_CHARS.search(text)) and is_bad(text)


def fix_unicode(text: str) -> str:
    """Repair mojibake, HTML entities and control characters in ``text``; keep curly quotes as they are."""
    if not needs_fixing(text):
        return text
    return ftfy.fix_text(text, _FTFY)


@dataclass(frozen=True)
class CleanSpan:
    """A cleaned view of ``original[start:end]`` with a map from clean offsets back to the original.

    ``text`` has mojibake fixed and every run of whitespace folded to one space. ``identity`` is True when
    nothing changed, the common case, so mapping is plain addition.
    """

    text: str
    start: int
    end: int
    identity: bool
    # For changed spans: per token, its start in ``text``, its length there, and its original span.
    _clean_starts: list[int] = field(default_factory=list, repr=False)
    _clean_ends: list[int] = field(default_factory=list, repr=False)
    _orig_spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _same: list[bool] = field(default_factory=list, repr=False)
    _tokens: list[str] = field(default_factory=list, repr=False)  # original text of each token

    def to_original(self, pos: int, *, side: str = "start") -> int:
        """Map a position in ``text`` to a position in the original article.

        ``side="start"`` for the first character of something, ``"end"`` for an exclusive end.
        """
        if self.identity:
            return self.start + pos
        if not self._clean_starts:
            return self.start
        k = bisect_right(self._clean_starts, pos) - 1
        if k < 0:
            return self._orig_spans[0][0]
        cs, ce = self._clean_starts[k], self._clean_ends[k]
        os_, oe = self._orig_spans[k]
        if pos >= ce:  # in the space after token k
            if side == "end" or k + 1 == len(self._orig_spans):
                return oe
            return self._orig_spans[k + 1][0]
        if self._same[k]:
            return os_ + (pos - cs)
        if pos == cs:
            return os_
        return os_ + _inside_repaired(self._original_token(k), pos - cs, side)

    def _original_token(self, k: int) -> str:
        return self._tokens[k] if self._tokens else ""

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean ``[start, end)`` span to original offsets."""
        return self.to_original(start, side="start"), self.to_original(end, side="end")


def clean_span(original: str, start: int, end: int) -> CleanSpan:
    """Clean ``original[start:end]`` (a paragraph) and keep the way back to the original offsets."""
    raw = original[start:end]
    # (str.strip is the pattern, many times faster, where no U+0085 is there to keep)
    stripped = _EDGE_SPACE.sub("", raw) if "\x85" in raw else raw.strip()
    if stripped and _is_single_spaced(stripped) and not needs_fixing(stripped):
        lead = raw.index(stripped)
        return CleanSpan(stripped, start + lead, start + lead + len(stripped), True)
    pieces: list[str] = []
    clean_starts, clean_ends, orig_spans, same = [], [], [], []
    pos = 0
    for m in _TOKEN.finditer(raw):
        tok = m.group()
        fixed = fix_unicode(tok).strip() or tok
        # A repair that introduces whitespace would break the one-token-one-piece map; keep it folded.
        fixed = " ".join(fixed.split())
        if pieces:
            pos += 1
        clean_starts.append(pos)
        clean_ends.append(pos + len(fixed))
        orig_spans.append((start + m.start(), start + m.end()))
        same.append(fixed == tok)
        pieces.append(fixed)
        pos += len(fixed)
    text = " ".join(pieces)
    s = orig_spans[0][0] if orig_spans else start
    e = orig_spans[-1][1] if orig_spans else start
    tokens = [original[a:b] for a, b in orig_spans]
    return CleanSpan(text, s, e, False, clean_starts, clean_ends, orig_spans, same, tokens)


def _inside_repaired(token: str, offset: int, side: str) -> int:
    """Where clean offset ``offset`` of a repaired token falls in the original token.

    The repair is redone on growing prefixes of the original: a start lands after the longest prefix that
    repairs to exactly ``offset`` characters, an end after the shortest that repairs to at least ``offset``
    (a start with no such prefix lands where the end would).
    Tokens are short and repairs rare, so this costs nothing in practice.
    """
    whole = " ".join(fix_unicode(token).split())
    # (whitespace folded but kept at a prefix's end: "o.â€„“" repairs to "o. “", and its prefix "o.â€„" to "o. ",
    # where "“" starts)
    repaired = [_RUN_OF_SPACE.sub(" ", fix_unicode(token[:n])) for n in range(len(token) + 1)]
    # only prefixes that repair to a prefix of the whole repair count: half a mojibake sequence ("â€" of
    # "â€™") repairs to nothing the clean text holds
    lengths = [(n, len(r)) for n, r in enumerate(repaired) if whole.startswith(r)]
    end = next((n for n, length in lengths if length >= offset and n < len(token)), None)
    if end is None:
        # no prefix short of the whole token repairs to as much as the clean text up to ``offset`` ("Ã©?”Ã©?”Gen.Ã©":
        # ftfy reads the prefixes after the first "?”" as other mojibake): then where the rest of the token repairs
        # to exactly what follows ``offset``, read from the token's end ("Gen.Ã©" for "Gen.é"), else its end
        rest = whole[offset:]
        tails = [n for n in range(len(token) + 1) if _RUN_OF_SPACE.sub(" ", fix_unicode(token[n:])) == rest]
        end = (tails[0] if side == "end" else tails[-1]) if tails else len(token)
    if side == "end":
        return end
    # a start where some prefix repairs to exactly ``offset`` characters; else the end's own position, so that
    # what starts here never begins before what ends here ("?”Ã©?”He": ftfy reads the prefixes "?”Ã©" and
    # "?”Ã©?" as other mojibake, and the longest prefix short enough was "?”", inside the sentence before)
    return max((n for n, length in lengths if length == offset), default=end)


_RUN_OF_SPACE = re.compile(r"\s+")


def _is_single_spaced(text: str) -> bool:
    return "  " not in text and not _OTHER_SPACE.search(text)


def normalise_quotes(text: str) -> str:
    """A view of ``text`` with curly quotes, primes and guillemets as straight ASCII quotes.

    The replacement is one character for one, so offsets in the view are offsets in ``text``.
    """
    return text.translate(_QUOTE_TABLE)


_QUOTE_TABLE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2039": "'",
        "\u203a": "'",
    }
)
