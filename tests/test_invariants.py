"""Property-based invariants over random and mutated real text: no exception escapes the public functions,
every offset points into the original text, sentences cover it in order, every record gets a status."""

import re
import tempfile
from pathlib import Path
from unittest import mock

import pandas as pd
from conftest import SAMPLE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import clauses
from helpers.clean import fix_unicode
from helpers.language import detect_language
from helpers.lexicon import alternation, reporting_verbs
from helpers.load import read_file
from helpers.paragraphs import split_paragraphs
from helpers.quotes import extract_quotes
from helpers.sentences import _tokenizer, punkt_spans, split_sentences
from helpers.sentiment import score_texts

REAL = SAMPLE.read_text(encoding="utf-8")
NASTY = list("“”\"'‘’«»„\n\r\t \u00a0\u200b\u202e\ufeff.?!:;,—()[]<>&") + [
    "â€™",
    "â€œ",
    "Ã©",
    "\x00",
    "\x1b",
    "Gen.",
    "U.S.",
]


@st.composite
def mutated_text(draw):
    """A slice of the sample article with random hostile insertions and deletions."""
    start = draw(st.integers(0, len(REAL)))
    end = draw(st.integers(start, min(len(REAL), start + 3000)))
    text = REAL[start:end]
    for _ in range(draw(st.integers(0, 12))):
        pos = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:pos] + draw(st.sampled_from(NASTY)) + text[pos:]
        else:
            text = text[:pos] + text[pos + draw(st.integers(1, 20)) :]
    return text


texts = st.one_of(mutated_text(), st.text(max_size=400))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("â€™.“")  # half a mojibake sequence ends a sentence: its end must cover the whole repair
# mojibake of a space (U+2004, U+2000) inside a token: what follows the repaired space starts right after it
@example("o.\u00e2\u20ac\u201e\u201c A")
@example(".\u00e2\u20ac\u20acZelensky w")
def test_offsets_and_coverage_hold_on_any_text(text):
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(paragraphs)
    previous = 0
    for s in sentences:
        assert previous <= s.start < s.end <= len(text)  # in order, no overlap
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        previous = s.end

    # every visible character of every paragraph, once repaired, lies in some sentence (control characters
    # such as NUL, which cleaning removes, and mojibake of a space, which it repairs to one, may fall between two)
    def visible(s: str) -> int:
        return sum(1 for c in fix_unicode(s) if not c.isspace() and c.isprintable())

    covered = sum(visible(text[s.start : s.end]) for s in sentences)
    assert covered == sum(visible(text[p.start : p.end]) for p in paragraphs)
    quotes = extract_quotes(text, "x", paragraphs)
    for q in quotes.itertuples():
        assert text[q.start : q.end] == q.text
        assert 0 <= q.content_start <= q.content_end <= len(text)
        if pd.notna(q.speaker_start):
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    scored = score_texts(quotes["text"])
    assert len(scored) == len(quotes) and scored["score"].between(-1, 1).all()
    assert detect_language(text)


@settings(max_examples=300, deadline=None)
@given(st.text("‘’'“”\" ab.,:\n", max_size=80))
@example("‘a ’n’ b,’ c said. ‘d’")
def test_quotations_in_single_marks_keep_their_offsets(text):
    # texts with more single marks than double ones are read as British style (quotations in single marks)
    for q in extract_quotes(text).itertuples():
        assert text[q.start : q.end] == q.text
        if pd.notna(q.speaker_start):
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention


@settings(max_examples=200, deadline=None)
@given(texts)
@example("Mr")
@example("He said so.")
@example("What?! No")
@example("Who scares Americans the most?;")  # a break two characters before the end
def test_punkt_shortcut_gives_what_punkt_gives(text):
    # one-sentence paragraphs skip Punkt (see punkt_spans): the spans must be Punkt's own
    for part in [text, text.strip(), *text.split("\n")]:
        assert punkt_spans(part) == list(_tokenizer().span_tokenize(part))


_TITLE_TEXT = st.text("Sen.ator ", max_size=60)
_TITLES = st.lists(st.text("Sen.ator ", min_size=1, max_size=8), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(_TITLES, _TITLE_TEXT)
def test_word_list_trie_matches_like_the_longest_first_alternation(words, text):
    # titles and organisation words are compiled as a trie (lexicon.alternation) for speed
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for tail in ("", r"\b", " "):
        assert re.findall(f"(?:{alternation(words)}){tail}", text) == re.findall(f"(?:{plain}){tail}", text)


# reporting verbs, cue phrases, and the words around them that decide whether a verb reports
_CUE_VOCABULARY = sorted(reporting_verbs())[::7] + [
    "made it clear that",
    "makes clear that",
    "shot back",
    "fired back",
    "cut in",
    "broke in",
    "points out",
    "pointing out",
    "according to",
    "put it",
    "counter that",
    "to call",
    "they dub",
    *"As the she was been his remarks agreed Read Secretary of State Trump said , . : “ ”".split(),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_VOCABULARY), max_size=10))
def test_cue_word_gate_finds_every_cue_the_full_scan_finds(words):
    # verb_indexes skips tokens outside _cue_words for speed: it must find exactly what testing every token does
    text = " ".join(words)
    toks = clauses.tokenize(text, 0, len(text), [])
    everything = frozenset(t.low for t in toks)
    with mock.patch.object(clauses, "_cue_words", lambda: everything):
        full = clauses.verb_indexes(toks)
    assert clauses.verb_indexes(toks) == full


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([".txt", ".json", ".jsonl", ".csv", ".html", ".md"]))
def test_any_bytes_in_any_format_give_articles_with_a_status(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        articles = read_file(path)
    assert articles, "every file is accounted for"
    for a in articles:
        assert a.status in ("ok", "failed")
        assert a.article_id
        assert a.status == "ok" or a.error
