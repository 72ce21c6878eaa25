"""Quoted spans in a paragraph: a quote-mark state machine over curly, straight and mixed marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import CLOSING_DOUBLE, OPENING_DOUBLE, QUOTE_MARK, mark_role, single_quote_pairs


@dataclass
class QuoteSpan:
    """Quoted words in a paragraph's clean text: ``[start, end)`` excludes the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: no closing mark in this paragraph
    close_end: int | None = None  # just after the closing mark (marks can be two characters: '')

    @property
    def outer_end(self) -> int:
        """End of the quotation including its closing mark (or of the words, when unclosed)."""
        return self.close_end if self.close_end is not None else self.end


def find_quote_spans(text: str, single: bool = False) -> list[QuoteSpan]:
    """Quoted spans in one paragraph: curly, straight or mixed marks; an unclosed quote ends with the paragraph.
    With ``single`` (an article that quotes in single marks, see :func:`helpers.sentences.uses_single_quotes`),
    quotations in single marks count where they are not inside double ones (‘We will win,’ she said)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    content_at = 0
    marks = list(QUOTE_MARK.finditer(text))
    nested: set[int] = set()  # indexes of the marks of a quotation inside the open one
    for k, m in enumerate(marks):
        if k in nested:
            continue
        i, role = m.start(), mark_role(m.group(), text, m.start())
        if open_at is None:
            # a stray closing mark, except one that opens the paragraph: nothing is open to close there, so it
            # is an opening mark printed the wrong way round when another mark follows to close it (”… the Cruz
            # train has left,” wrote Time)
            if role == "close" and (i > 0 or QUOTE_MARK.search(text, m.end()) is None):
                continue
            open_at, content_at = i, m.end()
            while role == "close" and content_at < len(text) and text[content_at].isspace():
                content_at += 1  # (the words start after the space that follows a closing mark)
        elif role == "open" and _nests(text, marks, k):
            nested.update((k, k + 1))  # “A “B” C”: the inner pair is part of the quotation
        elif (inner := _other_marks_inside(text, marks, k, text[open_at])) is not None:
            nested.update(inner)  # “He called it "a disaster",” / "He called it “a disaster”": quoted inside
        elif role == "open" and not _closes_anyway(text, m.start(), m.end()):
            # A new opening mark while one is open: the first was never closed; end it here.
            spans.append(QuoteSpan(content_at, _rstrip(text, content_at, i), open_at, None))
            open_at, content_at = i, m.end()
        else:
            spans.append(QuoteSpan(content_at, i, open_at, i, m.end()))
            open_at = None
    if open_at is not None:
        # an unclosed quotation stops at a tag that names its speaker ("There wasn't a lot of education, said
        # Kessel, whose ..."): the closing mark was left out, not the attribution quoted
        tag = _UNCLOSED_TAG.search(text, content_at)
        end = tag.start() + 1 if tag else len(text)
        spans.append(QuoteSpan(content_at, _rstrip(text, content_at, end), open_at, None))
    if single:
        spans = _with_single_quotes(text, spans)
    return [s for s in spans if text[s.start : s.end].strip()]


def _with_single_quotes(text: str, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """``doubles`` and the quotations in single marks outside them; a double quotation inside a single one
    is a quotation within a quotation (British style: ‘He told me “never”,’ she said), not one of its own."""
    singles = [
        QuoteSpan(a + 1, b, a, b, b + 1)
        if b is not None
        else QuoteSpan(a + 1, _rstrip(text, a + 1, len(text)), a, None)
        for a, b in single_quote_pairs(text, [(q.open_at, q.outer_end) for q in doubles])
    ]
    # ("rock ‘n’ roll" is no quotation: one letter)
    singles = [q for q in singles if sum(c.isalpha() for c in text[q.start : q.end]) >= 2]
    if not singles:
        return doubles
    outer = [q for q in doubles if not any(s.open_at < q.open_at and q.outer_end <= s.outer_end for s in singles)]
    return sorted(outer + singles, key=lambda q: q.open_at)


_UNCLOSED_TAG = re.compile(r",\s+(?:said|says)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*(?=[,.])")


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _nests(text: str, marks: list[re.Match[str]], k: int) -> bool:
    """Curly double marks “ “ ” ” with no other mark between them: a quotation quoted inside an open one in
    the same marks (“His claim that a deal “has to do with Israel” makes clear ...,” wrote Klein), which
    straight marks cannot show."""
    if k + 2 >= len(marks) or marks[k].group() != "\u201c":
        return False
    return all(
        marks[j].group() == "\u201d" and mark_role(marks[j].group(), text, marks[j].start()) == "close"
        for j in (k + 1, k + 2)
    )


_CURLY = frozenset(OPENING_DOUBLE + CLOSING_DOUBLE)


def _other_marks_inside(text: str, marks: list[re.Match[str]], k: int, opened: str) -> range | None:
    """The indexes of the marks from ``k`` on that quote inside a quotation opened with ``opened`` in marks of
    the other kind, curly or straight: pairs of them, then the quotation's own closing mark (“He called it
    "a disaster" and left,” she said); None when the mark at ``k`` is of the same kind, or no such run."""
    curly = opened in _CURLY
    if (marks[k].group() in _CURLY) == curly:
        return None
    end = next((j for j in range(k, len(marks)) if (marks[j].group() in _CURLY) == curly), None)
    if end is None or (end - k) % 2 or mark_role(marks[end].group(), text, marks[end].start()) == "open":
        return None
    # each inner mark opens, then closes, by where it stands (not the straight closing mark of a quotation opened
    # curly, “We will win so much," Trump said. "You ...": the sample's own mix)
    if not all(_stands_as(text, marks[j], "open" if (j - k) % 2 == 0 else "close") for j in range(k, end)):
        return None
    # (a phrase quoted inside: a long run between the marks is more likely a quotation of its own, misprinted)
    if any(marks[j + 1].start() - marks[j].end() > 60 for j in range(k, end, 2)):
        return None
    return range(k, end)


def _stands_as(text: str, mark: re.Match[str], role: str) -> bool:
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    if role == "open":
        return (before.isspace() or before in "([—–") and after.isalnum()
    return (before.isalnum() or before in ".,!?;:)") and (after.isspace() or after in ".,;:!?)—–")


def _closes_anyway(text: str, start: int, end: int) -> bool:
    """An opening curly mark glued to the word before it and followed by a space or punctuation, while a
    quotation is open, is its closing mark printed the wrong way round (“the best in the world“ and ...)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return text[start:end] == "\u201c" and before.isalnum() and (after.isspace() or after in ",.;:!?)")
