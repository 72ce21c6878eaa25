"""Quotations and speakers: the sample article exactly, the hard cases of real news, offsets always."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.quotes import extract_quotes, find_quote_spans
from helpers.speakers import fold, merge_speakers

SAMPLE_QUOTES = [
    (
        "The president has been clear that it is time to stop the killing",
        "direct",
        "a senior White House official",
        "a senior White House official",
        "anonymous",
    ),
    ("Is it really possible that big progress is being made", "direct", "Donald Trump", "the president", "person"),
    ("Ukraine leadership has expressed zero gratitude", "direct", "Donald Trump", "Trump", "person"),
    ("We await a full and lasting ceasefire", "direct", "Volodymyr Zelensky", "he", "person"),
    ("grateful to the United States, to every American heart", "partial", "Volodymyr Zelensky", "he", "person"),
    ("input from both sides", "partial", "Marco Rubio", "He", "person"),
    ("ending a complex and deadly war such as the one in Ukraine", "partial", "Marco Rubio", "He", "person"),
    ("ideal host", "partial", "Recep Tayyip Erdogan", "Erdogan", "person"),
]


@pytest.fixture(scope="module")
def sample_quotes(sample_text):
    return extract_quotes(sample_text, "sample")


def test_sample_direct_and_partial_quotes_exactly(sample_quotes, sample_text):
    quoted = sample_quotes[sample_quotes["kind"] != "indirect"]
    assert len(quoted) == len(SAMPLE_QUOTES)
    for row, (begins, kind, speaker, mention, stype) in zip(quoted.itertuples(), SAMPLE_QUOTES, strict=True):
        assert row.text.startswith(begins)
        assert (row.kind, row.speaker, row.speaker_mention, row.speaker_type) == (kind, speaker, mention, stype)
        assert sample_text[row.start : row.end] == row.text
        assert sample_text[row.speaker_start : row.speaker_end] == row.speaker_mention


def test_sample_indirect_speech(sample_quotes):
    indirect = sample_quotes[sample_quotes["kind"] == "indirect"]
    found = list(zip(indirect["speaker"], indirect["speaker_type"], indirect["cue"], strict=True))
    expected = [
        ("Marco Rubio", "person", "acknowledged"),
        ("An official within the Organization for Security and Co-operation in Europe", "anonymous", "indicated"),
        ("Turkish officials", "anonymous", "signaled"),
        ("Kremlin", "organisation", "confirmed"),
        ("Russian officials", "anonymous", "described"),
        ("Western officials", "anonymous", "view"),
        ("Ukrainian officials", "anonymous", "say"),
        ("Local officials", "anonymous", "warn"),
        ("analysts in Moscow", "anonymous", "suggesting"),
    ]
    for item in expected:
        assert item in found, item
    assert found.count(("Officials familiar with the process", "anonymous", "say")) == 2
    # the repeated paragraph ("Even as global institutions...") yields nothing a second time
    assert found.count(("Ukrainian and Turkish officials", "anonymous", "say")) == 1
    assert not (indirect["speaker_type"] == "person").sum() > 2  # anonymous never resolved to a named person


def test_split_quote_and_cue_in_the_middle():
    text = "“We will not back down,” she said, “and we will win in the end.”\n"
    q = extract_quotes("Senator Jane Roe spoke on Monday.\n" + text)
    assert list(q["kind"]) == ["direct", "direct"]
    assert list(q["speaker"]) == ["Jane Roe", "Jane Roe"]


def test_colon_cue_and_inverted_order():
    text = (
        "Gov. Greg Abbott spoke to reporters. He put it plainly: “The border is closed.”\n"
        "“It will stay closed,” said Abbott.\n"
    )
    q = extract_quotes(text)
    assert list(q["speaker"]) == ["Greg Abbott", "Greg Abbott"]
    assert list(q["cue"]) == [":", "said"]


def test_multi_paragraph_quote_and_unbalanced_mark():
    text = (
        "Mayor Ann Lee said: “The first paragraph of a long quote.\n"
        "“The second paragraph ends it.”\n"
        "A stray “mark here never closes in this long paragraph of reporting text.\n"
        "The next paragraph is plain reporting and must not be swallowed.\n"
    )
    q = extract_quotes(text)
    assert q.iloc[0]["text"] == "The first paragraph of a long quote."
    assert q.iloc[1]["continues_previous"] and q.iloc[1]["speaker"] == "Ann Lee"
    assert not q["text"].str.contains("next paragraph").any()


def test_scare_quotes_and_headlines_are_not_speech():
    text = "Trump’s “America First” Tour Begins\nThe so-called “deal” was signed on Tuesday by the two sides.\n"
    assert extract_quotes(text).empty


def test_find_quote_spans_mixed_and_straight_marks():
    text = '“Curly open, straight close," he said. "Straight both," she said.'
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["Curly open, straight close,", "Straight both,"]


def test_speakers_merge_spelling_variants():
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "c"],
            "speaker": ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy", "Hillary Clinton"],
            "speaker_type": ["person"] * 4,
            "kind": ["direct", "partial", "indirect", "direct"],
            "speaker_mention": ["he", "Zelenskyy", "President Zelenskiy", "Clinton"],
        }
    )
    table = merge_speakers(quotes).set_index("speaker")
    assert table.loc["Volodymyr Zelensky", "n_quotes"] == 3
    assert table.loc["Volodymyr Zelensky", "n_articles"] == 3
    assert "President Zelenskiy" in table.loc["Volodymyr Zelensky", "aliases"]
    assert fold("Zelenskyy") == fold("Zelenskiy") == fold("Zelensky")


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "He said",
                " Gen. Smith",
                ", ",
                ".",
                "\n",
                " told reporters ",
                "officials say ",
                "the plan works",
                ":",
                "‘no’",
                " Trump",
                "?",
            ]
        ),
        max_size=30,
    )
)
def test_quote_offsets_always_point_into_the_text(parts):
    text = "".join(parts)
    q = extract_quotes(text, "x")
    for row in q.itertuples():
        assert text[row.start : row.end] == row.text and row.text
        if pd.notna(row.speaker_start):
            assert text[row.speaker_start : row.speaker_end] == row.speaker_mention


def test_typewriter_marks_and_titled_speaker_after_the_quote():
    text = "''It is a very big deal,'' said Sen. Chris Murphy (D-Conn.). ''We will vote on it.''\n"
    q = extract_quotes(text)
    assert list(q["text"]) == ["It is a very big deal,", "We will vote on it."]
    assert list(q["speaker"]) == ["Chris Murphy", "Chris Murphy"]


def test_surname_resolves_to_the_full_name_the_article_uses_most():
    text = (
        "Hillary Clinton spoke in Ohio. Hillary Clinton was joined by Bill Clinton.\n"
        "“We will win,” Mrs. Clinton said.\n"
    )
    q = extract_quotes(text)
    assert q.iloc[0]["speaker"] == "Hillary Clinton"


def test_outer_speaker_of_a_reported_clause():
    text = "Donald Trump spoke. Trump said he responded: “When you have incoming, you cannot be too careful.”\n"
    q = extract_quotes(text)
    assert q.iloc[-1]["speaker_mention"] == "Trump"


def test_reported_speech_with_the_cue_after_or_around_it():
    q = extract_quotes("The plan will not pass the Senate this year, officials said on Monday.\n")
    assert q.iloc[0]["kind"] == "indirect" and q.iloc[0]["speaker"] == "officials"
    assert q.iloc[0]["text"] == "The plan will not pass the Senate this year"
