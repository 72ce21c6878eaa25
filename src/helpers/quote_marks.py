"""Quoted spans in a paragraph: a quote-mark state machine over curly, straight and mixed marks."""

from __future__ import annotations

from dataclasses import dataclass

from .sentences import QUOTE_MARK, mark_role


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


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted spans in one paragraph: curly, straight or mixed marks; an unclosed quote ends with the paragraph."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    content_at = 0
    for m in QUOTE_MARK.finditer(text):
        i, role = m.start(), mark_role(m.group(), text, m.start())
        if open_at is None:
            if role == "close":
                continue  # a stray closing mark
            open_at, content_at = i, m.end()
        elif role == "open" and not _closes_anyway(text, m.start(), m.end()):
            # A new opening mark while one is open: the first was never closed; end it here.
            spans.append(QuoteSpan(content_at, _rstrip(text, content_at, i), open_at, None))
            open_at, content_at = i, m.end()
        else:
            spans.append(QuoteSpan(content_at, i, open_at, i, m.end()))
            open_at = None
    if open_at is not None:
        spans.append(QuoteSpan(content_at, _rstrip(text, content_at, len(text)), open_at, None))
    return [s for s in spans if text[s.start : s.end].strip()]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _closes_anyway(text: str, start: int, end: int) -> bool:
    """An opening curly mark glued to the word before it and followed by a space or punctuation, while a
    quotation is open, is its closing mark printed the wrong way round (“the best in the world“ and ...)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return text[start:end] == "\u201c" and before.isalnum() and (after.isspace() or after in ",.;:!?)")
