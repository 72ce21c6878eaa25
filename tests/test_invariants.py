"""Property-based invariants over random and mutated real text: no exception escapes the public functions,
every offset points into the original text, sentences cover it in order, every record gets a status."""

import re
import tempfile
from pathlib import Path
from unittest import mock

import pandas as pd
import punkt
from conftest import SAMPLE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import attribution, clauses, quotes, sentences
from helpers import speakers as sp
from helpers.clean import _EDGE_SPACE, fix_unicode
from helpers.language import ascii_words, detect_language, other_letters
from helpers.lexicon import alternation, reporting_verbs
from helpers.load import read_file
from helpers.paragraphs import split_paragraphs
from helpers.quote_marks import QuoteSpan
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
@example(".\x850")  # U+0085, whitespace to Python, is a Windows-1252 ellipsis to the repair: a token's
@example("0\x85")  # (so a sentence may end with it)
def test_offsets_and_coverage_hold_on_any_text(text):
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(paragraphs)
    previous = 0
    for s in sentences:
        assert previous <= s.start < s.end <= len(text)  # in order, no overlap
        assert _EDGE_SPACE.sub("", text[s.start : s.end]) == text[s.start : s.end]
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


@settings(max_examples=400, deadline=None)
@given(st.text(" ,;:who which whose Jonesx\n", max_size=50), st.integers(0, 50), st.integers(0, 50))
@example("Jones, who called it ", 0, 21)
@example("Jones, who, called; it, which ", 0, 29)
def test_relative_aside_found_as_its_regex_finds_it(text, s0, at):
    # matched at the last comma for speed: it must be what the regex finds searching from s0
    at = min(at, len(text))
    o = QuoteSpan(at, at, at, None)
    assert attribution._in_relative(text, s0, o) == (attribution._RELATIVE_ASIDE.search(text, s0, at) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60) | st.text("aZé_1²٣İK\u212a“’ -ß\u0307", max_size=40))
@example("İK\u212a Straße ²")  # (lower() turns the Kelvin sign and dotted capital I into ASCII letters)
def test_language_words_and_letters_are_what_the_regexes_find(text):
    # the language check finds them with string methods for speed; they must be the regexes' findings exactly
    assert [w.decode() for w in ascii_words(text)] == re.findall(r"[a-z]+", text.lower())
    assert other_letters(text) == re.findall(r"[^\W\d_A-Za-z]", text)


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


_PUNCTUATION_RUNS = st.text(".- \n\ta!,", max_size=40)


@settings(max_examples=300, deadline=None)
@given(_PUNCTUATION_RUNS)
@example(". . . x")  # two spaced dots and a third: the spaced ellipsis
@example(". . x")  # not one
@example("Wait . . . . what")  # four: all of them
@example("a -- b --- c .. d ... e")
def test_fast_punctuation_runs_match_as_punkts_pattern(text):
    # the tokenizer's faster pattern for runs of punctuation: the same matches alone, and the same words and
    # sentences inside Punkt, as the library's own
    spans = [m.span() for m in re.finditer(sentences.PUNKT_MULTI_CHAR, text)]
    assert [m.span() for m in re.finditer(sentences.FAST_MULTI_CHAR, text)] == spans
    library, ours = punkt.tokenizer_for("english"), _tokenizer()
    if library.rules.multi_char_punct_pattern != sentences.PUNKT_MULTI_CHAR:  # (a release that changed it)
        assert ours.rules == library.rules
    else:
        assert ours.rules.multi_char_punct_pattern == sentences.FAST_MULTI_CHAR
    for sub in (text, f"It was{text}over. Then{text} he left."):
        words = punkt.PunktWordTokenizer(library.rules).tokenize(sub)
        assert punkt.PunktWordTokenizer(ours.rules).tokenize(sub) == words
        assert list(ours.span_tokenize(sub)) == list(library.span_tokenize(sub))


_TOKEN_TEXT = st.lists(
    st.sampled_from(["Sen", "U.S.", "AT&T", "OPEC+", "CNN/ORC", "fivethirtyeight.com", "3.5", "it’s", "_", "ā", "é"])
    | st.text("aZ9_āé&+/.,’'- \n", max_size=6),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 3), st.integers(0, 3))
@example("a_b ā x", 0, 0)  # characters no token opens on, between tokens and inside a word
@example("OPEC+ and AT&T", 1, 0)
def test_tokens_are_where_the_token_pattern_finds_them(text, cut_start, cut_end):
    # tokens are read with findall and placed by searching for their text: the same as the pattern's matches
    assert clauses._TOKEN.groups == clauses._TOKEN_PLUS.groups == 0
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    pattern = clauses._TOKEN_PLUS if "+" in text[start:end] else clauses._TOKEN
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]
    assert [(t.start, t.end, t.text) for t in clauses._tokens_between(text, start, end)] == expected


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXT, st.integers(0, 3), st.integers(0, 3), st.integers(0, 8))
@example("a_b ā x " * 30, 0, 0, 6)  # a window that starts inside a word, and words no token opens on
@example("OPEC+ and " + "word " * 40, 0, 0, 3)  # a "+" before the window only
@example("x" * 100 + " a b c d e f", 0, 0, 7)  # the first window cuts the word whose whole it needs
def test_last_tokens_are_the_spans_last_tokens(text, cut_start, cut_end, n):
    # the words before a quotation are read from only as far back as they need: the same as from the start
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = [(t.start, t.end, t.text) for t in clauses.tokenize(text, start, end, [])][-n:] if n else []
    assert [(t.start, t.end, t.text) for t in clauses.last_tokens(text, start, end, n)] == expected


_MASKED_PARTS = [
    "As Michael Lewis, author of ",
    "“The Big Short,” ",
    "put it, ",
    "Jones, who called the plan ",
    "“foolish,” ",
    "said ",
    "In a clip that a judge called ",
    "“distasteful,” ",
    "Santilli said ",
    "“We will,” ",
    "he said, ",
    "“and soon.” ",
    "words like ",
    "“a,” ",
    "“b” ",
    "and ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_MASKED_PARTS), min_size=1, max_size=14))
@example(_MASKED_PARTS)
@example(["Jones, who called the plan ", "“foolish,” ", "“foolish,” ", "said ", "“We will,” ", "he said, "])
def test_a_masked_sentence_gives_each_quotation_the_tokens_of_its_own_tokenizing(parts):
    # one tokenizing of a sentence for all of its quotations: for each, the tokens tokenizing it alone gave, the
    # other quotations masked, each keeping its comma where that comma belongs to the sentence, its own never
    text = "".join(parts).strip()
    spans = quotes.find_quote_spans(text, False)
    sent = (0, len(text))
    masked = attribution.masked_sentence(text, sent, spans)
    masks = [(o.open_at, o.outer_end) for o in spans]
    for q in spans:
        commas = frozenset(o.open_at for o in spans if o is not q and attribution.keeps_comma(text, 0, o))
        alone = clauses.tokenize(text, 0, len(text), masks, commas)
        assert [(t.start, t.end, t.text) for t in masked.tokens_for(q)] == [(t.start, t.end, t.text) for t in alone]


def test_a_masked_sentence_keeps_a_quotations_comma_for_the_others_only():
    # the case the property above is about: "foolish," closes a relative aside, so its comma is the sentence's
    # for the other quotation, and no token for its own
    text = "Jones, who called the plan “foolish,” said “We will.”"
    foolish, will = quotes.find_quote_spans(text, False)
    masked = attribution.masked_sentence(text, (0, len(text)), [foolish, will])
    assert masked.commas == {foolish.open_at}
    assert [t.text for t in masked.tokens_for(will)][6:9] == ["¶", ",", "said"]
    assert [t.text for t in masked.tokens_for(foolish)][6:8] == ["¶", "said"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["“", '"', "‘", "'", "”", "’", "Jay", "Keyworth", "George", " ", "x"]), max_size=12))
@example(["George", " ", "“", "“", "Jay", "”", "”", " ", "Keyworth"])
def test_nickname_pattern_opens_on_one_mark_as_on_one_or_two(parts):
    # one mark and maybe another, which the regex engine can skip ahead to, finds what "{1,2}" marks found
    text = "".join(parts)
    pattern = quotes._NICKNAME.pattern
    mark = pattern[: pattern.index("]") + 1]
    assert pattern.startswith(f"{mark}{mark}?")
    one_or_two = re.compile(mark + "{1,2}" + pattern[2 * len(mark) + 1 :])
    found = [(m.span(), m.groups()) for m in one_or_two.finditer(text)]
    assert [(m.span(), m.groups()) for m in quotes._NICKNAME.finditer(text)] == found


_TITLE_TEXT = st.text("Sen.ator ", max_size=60)
_TITLES = st.lists(st.text("Sen.ator ", min_size=1, max_size=8), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(_TITLES, _TITLE_TEXT)
def test_word_list_trie_matches_like_the_longest_first_alternation(words, text):
    # titles and organisation words are compiled as a trie (lexicon.alternation) for speed
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for tail in ("", r"\b", " "):
        assert re.findall(f"(?:{alternation(words)}){tail}", text) == re.findall(f"(?:{plain}){tail}", text)


# Patterns that open on a class of characters so that the regex engine skips ahead to candidates, each against
# the plain pattern it stands for (the form a reader would write): they must find the same, group for group.
_MARK_TEXT = st.text("`'’\"“”„«» 5x", max_size=40)
_NAME_WORDS = "son grandson stepson widow widower fiancé fiancée wife aunt mother Her his Maria's Jack Jo Ann- Lee’s "
_NAME_WORDS += "Sofia Sen. Senator U.S. Turkish President the The president foreign minister Russia’s Sergei Lavrov "
_NAME_WORDS += "Recep Tayyip Erdogan e xson , ."
_NAME_TEXT = st.lists(st.sampled_from(_NAME_WORDS.split()), max_size=12).map(lambda w: " ".join(w).replace(" ,", ","))


def _groups(pattern: re.Pattern, text: str, start: int = 0) -> list[tuple]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text, start)]


@settings(max_examples=300, deadline=None)
@given(_MARK_TEXT)
@example("6'5\" and ``a'' '''b'' 5’11”")
def test_quote_mark_pattern_finds_what_the_plain_alternation_finds(text):
    plain = re.compile("``|''(?!')|[“„«”»\"](?<!\\d['’]\\d.)(?<!\\d['’]\\d\\d.)")
    assert [m.span() for m in sentences.QUOTE_MARK.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_NAME_TEXT)
@example("Turkish President Recep Tayyip Erdogan and U.S. Sen. Jo Lee’s grandson Jack")
@example("Russia’s foreign minister, Sergei Lavrov, and The president, Recep Erdogan, said")
@example("He met the president, Recep Erdogan, and Jo’s aunt Maria")
@example("Maria's son president, Jack,")
def test_name_patterns_find_what_their_plain_forms_find(text):
    kin = re.compile(rf"\b({'|'.join(sorted(sp.KIN_GENDER))}) ([A-Z][a-z]+)\b(?![ -][A-Z]|[’'])")
    assert [m.start(2) for m in kin.finditer(text)] == [m.start() for m in quotes._KIN_THEN_NAME.finditer(text)]
    titles = alternation(sp.titles())
    titled = re.compile(rf"\b(?P<title>(?:(?:[A-Z][\w.-]*|U\.S\.)\s+)?{titles})\s+(?P<name>{sp._NAME.pattern})")
    assert _groups(sp._titled_name(), text) == _groups(titled, text)
    roles = alternation(sorted(sp._lower_titles(), key=len, reverse=True))
    # (a place of one or two words, and up to two words that describe the role: "Ukraine's energy minister, ...")
    appositive = re.compile(
        rf"\b(?:[Tt]he|[A-Z][a-z]+[’']s)\s+(?:(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:[a-z]+\s+){{0,2}}?"
        rf"(?P<role>(?i:{roles})),\s+(?P<name>{sp._NAME.pattern}),"
    )
    assert _groups(sp._appositive_title(), text) == _groups(appositive, text)


@settings(max_examples=200, deadline=None)
@given(st.text('Inc.vs  “"A,', max_size=30))
def test_abbreviation_before_quote_needs_what_its_quick_search_finds(text):
    # _abbreviated_breaks runs the abbreviation's pattern only where the quick search finds a period before a quote
    if sentences._ABBREVIATION_BEFORE_QUOTE.search(text):
        assert sentences._DOT_BEFORE_QUOTE.search(text)


_TOKEN_TEXT = st.lists(
    st.sampled_from(
        "said U.S. 1,000 2.5 don’t AT&T S&P OPEC+ CNN/ORC Change.org x.com co-op ’ ' & + _ “ ” , .".split()
    ),
    max_size=14,
).flatmap(
    lambda words: st.lists(st.sampled_from(["", " ", "  "]), min_size=len(words), max_size=len(words)).map(
        lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True))
    )
)


@settings(max_examples=400, deadline=None)
@given(_TOKEN_TEXT, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), min_size=1, max_size=6))
@example("OPEC+said AT&Tx", [(0, 5), (10, 14)])  # (a look-ahead past the part: "OPEC+" alone is one token)
def test_tokens_sliced_from_a_span_are_the_tokens_of_the_part(text, spans):
    # tokenize slices a part of a span it has just tokenized (see clauses._RECENT): the tokens must be those of
    # scanning the part alone
    clauses._RECENT.clear()
    for a, b in [(0, len(text)), *spans]:  # (the whole first, then parts, some of them sliced from it)
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        pattern = clauses._TOKEN_PLUS if "+" in text[start:end] else clauses._TOKEN
        alone = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, end)]
        assert [(t.start, t.end, t.text) for t in clauses.tokenize(text, start, end, [])] == alone


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TOKEN_TEXT, st.text("aAbZz é.’'-&/+_1 ,“", max_size=20)), st.integers(0, 20))
@example("e.g. Sen. AT&T a-b A/B OPEC+ x.com Bob’s ab_c", 0)
def test_token_patterns_cut_what_they_cut_without_the_plain_word_path(text, start):
    # clauses._PLAIN_WORD only takes the plain words first: every token stays what the other alternatives make
    for pattern in (clauses._TOKEN, clauses._TOKEN_PLUS):
        plain = re.compile(pattern.pattern.removeprefix(clauses._PLAIN_WORD))
        assert plain.pattern != pattern.pattern
        spans = [m.span() for m in pattern.finditer(text, min(start, len(text)))]
        assert spans == [m.span() for m in plain.finditer(text, min(start, len(text)))]


_COMPANY_TEXT = st.lists(
    st.sampled_from(
        "Medisoft Medisoft’s Medisoft's XMedisoft Pacific Crest the a An The health-care software company maker "
        "utility for shares Shares of in rose have store , . \n".split(" ")
    ),
    max_size=12,
).flatmap(
    lambda words: st.lists(st.sampled_from(["", " ", "  "]), min_size=len(words), max_size=len(words)).map(
        lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True))
    )
)


@settings(max_examples=400, deadline=None)
@given(_COMPANY_TEXT, st.sampled_from(["Medisoft", "Pacific Crest", "Crest"]))
@example("A utility company, Pacific Crest, said", "Pacific Crest")
@example("Medisoft, the health software company, said", "Medisoft")
@example("XMedisoft shares rose, but not XMedisoft’s store, nor shares of Medisofts", "Medisoft")
def test_company_called_so_as_one_pattern_of_the_name_finds(text, name):
    # speakers._called_company looks around each place the name is with patterns compiled once; the plain form is
    # one pattern compiled for the name
    word, nouns = re.escape(name), "|".join(n for n in sp._COMPANY_NOUNS if n != "maker")
    plain = re.compile(
        rf"{word},\s+(?:the|an?)\s+(?:{sp._DESCRIBING}[\w-]+\s+){{0,3}}(?:{nouns})\b(?![’'])"
        rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:for|of|at|with|from|by|in|on)\s)[\w-]+\s+){{0,3}}"
        rf"(?:{nouns}),\s+{word},"
        rf"|\b[Ss]hares\s+(?:of|in)\s+{word}\b|\b(?:{nouns}|maker)\s+{word}\b(?![’'])"
        rf"|\b{word}(?:[’']s)?\s+shares\s+(?:{sp._SHARES_MOVED})\b"
        rf"|\b{word}\s+(?:{'|'.join(sp._COMPANY_PLACES)})\b"
    )
    assert sp._called_company(name, text) == (plain.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(st.text("ALiné_1 -’.\n", max_size=24), st.sets(st.sampled_from(["Li", "Lin", "A", "AA", "Lé", "L_1"])))
@example("Lin Li, AA AAA xLi Li1 Li_ Li-Lin", {"Li", "AA", "Lin"})
def test_surnames_found_word_by_word_are_the_capitalised_words_that_are_surnames(text, words):
    # speakers._whole_words searches for each surname; the plain form scans every capitalised word
    plain = [(m.start(), m.group()) for m in sp._CAPITALISED_WORD.finditer(text) if m.group() in words]
    assert sp._whole_words(text, words) == plain


@settings(max_examples=500, deadline=None)
@given(st.text("JonesSmithO’N é_1 -’'.\n", max_size=30), st.sets(st.sampled_from(["Jones", "Smith", "O’N", "J", "é"])))
@example("Smith-Jones, ab-Jones ’Jones Jones’ Jones’s O’N-Smith xJones", {"Jones", "Smith", "O’N"})
def test_names_found_word_by_word_are_the_capitalised_words_that_are_names(text, words):
    # speakers._capitalised_words searches for each surname; the plain form scans every capitalised word
    plain = [(m.start(), m.group()) for m in sp._CAPITALISED.finditer(text) if m.group() in words]
    assert sp._capitalised_words(text, words) == plain


@settings(max_examples=400, deadline=None)
@given(st.text("Merkl arivd quickly. ”’\n!?A", max_size=40))
@example("Merkel arrived. “No.” Obama quickly said\nTrump lashed out")
def test_sentence_subject_pattern_finds_what_its_plain_form_finds(text):
    # speakers._LONE_SUBJECT tests what stands before the capital after it; the plain form tests it first
    plain = re.compile(
        r"(?:^|(?<=[.!?][”\"’']\s)|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z’'-]+)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", re.M
    )
    assert _groups(sp._LONE_SUBJECT, text) == _groups(plain, text)


@settings(max_examples=300, deadline=None)
@given(st.text(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\xa0\u2028\u2029\u3000\u200ba", max_size=12))
@example(" a \u2028\n")
def test_paragraph_edges_strip_as_the_edge_pattern_does(text):
    # clean_span strips with str.strip where no U+0085 is there (the pattern keeps U+0085)
    assert text.strip() == _EDGE_SPACE.sub("", text)


_LOOKAHEAD_TEXT = st.lists(
    st.sampled_from(
        "he him his himself She HER herself Hers shed asked Asked about whether by By Mr Mr. Sen. Lord John Smith "
        "Smiths’ Lee’s of the The CNN’s Jake portrayed portrays role part for playing voiced is was being questioned "
        "pressed toward As as A a U.S. J. , : . ’ ' x".split()
    ),
    max_size=14,
).flatmap(
    lambda words: st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=len(words), max_size=len(words)).map(
        lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True))
    )
)
# patterns with a look-ahead for where a match can start put first, only to let the regex engine skip ahead
_LOOKAHEADS = [
    (sp._GENDERED, sp._starts_with(sp._PRONOUN_GENDER)),
    (sp._TITLE_BEFORE, sp._starts_with(k.capitalize() for k in sp._TITLE_GENDER)),
    *[(getattr(sp, name), "(?=[A-Z])") for name in ("_TITLE_OF_BODY", "_TITLE_STOP_BEFORE", "_GIVEN_RUN_BEFORE")],
    (sp._titled_run_before(), "(?=[A-Z])"),
    (sp._ASKED_ABOUT, "(?=[Aa])"),
    (sp._AFFILIATED, "(?=[A-Zt])"),
    (sp._AFTER_PREPOSITION, "(?=[a-z])"),
    *[(getattr(quotes, name), "(?=[A-Z])") for name in ("_PLURAL_MARK", "_CAPITAL_BEFORE", "_TITLE_OF_BEFORE")],
    (quotes._PLAYING, "(?=[prvf])"),
    (quotes._BYLINE_BEFORE, "(?=b)"),
    (attribution._ASKED_UNNAMED, "(?=[iawb])"),
]


@settings(max_examples=300, deadline=None)
@given(_LOOKAHEAD_TEXT)
@example(REAL)
@example("CNN’s Jake Tapper asked about it. The Smiths’ \nMr. John of the Lord by Lee’s J. Smith: ")
def test_patterns_find_what_they_find_without_their_look_ahead(text):
    for pattern, ahead in _LOOKAHEADS:
        assert pattern.pattern.startswith(ahead)
        plain = re.compile(pattern.pattern.removeprefix(ahead), pattern.flags)
        for start in range(0, len(text), max(1, len(text) // 8)):  # (as the rules search: from a position on)
            assert _groups(pattern, text, start) == _groups(plain, text, start)


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
