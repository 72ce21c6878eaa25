"""Word tokens with character offsets, from NLTK's Treebank-style word tokenizer.

NLTK rewrites quote marks (“ becomes ``), so its strings cannot be searched for in the text; we align
each token back to the sentence ourselves and report the original characters.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer

_REWRITTEN = {"``": ("“", '"', "``", "„", "«"), "''": ("”", '"', "''", "»"), '"': ('"',)}


@cache
def _tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def word_spans(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word token in ``sentence`` (offsets into ``sentence``)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for tok in _tokenizer().tokenize(sentence):
        found = -1
        for candidate in _REWRITTEN.get(tok, (tok,)):
            i = sentence.find(candidate, pos)
            if i >= 0 and (found < 0 or i < found):
                found, tok_text = i, candidate
        if found < 0:  # the tokenizer changed the characters some other way: skip, never misplace
            continue
        spans.append((found, found + len(tok_text)))
        pos = found + len(tok_text)
    return spans


def tokenize(text: str, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Word tokens of an article's original ``text`` with offsets: one row per token.

    With ``sentences`` (rows with ``start``/``end``, as in ``sentences.parquet``) tokens are found per
    sentence and carry its index; without, the whole text is one span.
    """
    rows = []
    spans = (
        [(r.sentence, r.start, r.end) for r in sentences.itertuples()] if sentences is not None else [(0, 0, len(text))]
    )
    for sent, s, e in spans:
        for i, (a, b) in enumerate(word_spans(text[s:e])):
            rows.append((sent, i, s + a, s + b, text[s + a : s + b]))
    return pd.DataFrame(rows, columns=["sentence", "token", "start", "end", "text"])
