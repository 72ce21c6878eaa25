"""Time expressions: the sample's dates exactly, the kinds of expressions real news uses, relative values
without a publication date, offsets always, the timex table, and the TimeBank figures when the data is there."""

from datetime import date

import pandas as pd
import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.timeline import dated_events, find_dates, weekly_quotes, weekly_sentiment
from helpers.timex import duration_value, period, spoken_year

TIMEBANK = SHARED / "data" / "timeml" / "timebank"


def _values(text, published=None):
    df = find_dates(text, published)
    return list(zip(df["text"], df["type"], df["value"], strict=True))


def test_sample_dates_resolved_against_publication(sample_text):
    df = find_dates(sample_text, "2025-11-25")
    got = {r.text: r.value for r in df.itertuples()}
    assert got["Sunday"] == "2025-11-23"
    assert got["Monday"] == "2025-11-24"
    assert got["this week"] == "2025-W48"
    for r in df.itertuples():
        assert sample_text[r.start : r.end] == r.text
    geneva = df[df["relative"].fillna("").str.contains("before the Turkey trip")].iloc[0]
    ankara = df[df["text"] == "this week"].iloc[0]
    assert geneva["date_end"] < ankara["date_start"]  # the Geneva meeting is placed before the Ankara one


def test_sample_dates_stay_relative_without_publication_date(sample_text):
    df = find_dates(sample_text)
    sunday = df[df["text"] == "Sunday"].iloc[0]
    assert sunday["value"] == "XXXX-WXX-7"
    assert sunday["relative"] == "the Sunday before publication"
    assert df["date_start"].isna().all()
    week = df[df["text"] == "this week"].iloc[0]
    geneva = df[df["relative"].fillna("").str.contains("before the Turkey trip")].iloc[0]
    assert geneva["offset_days"] < week["offset_days"]  # still ordered


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said on Sunday that talks had failed.", [("Sunday", "DATE", "2025-11-23")]),
        ("The minister will fly to Kyiv on Sunday.", [("Sunday", "DATE", "2025-11-30")]),
        ("Prices rose last month and will rise again next year.", [("last month", "DATE", "2025-10"), ("next year", "DATE", "2026")]),
        ("The deal was signed Oct. 28 and takes effect Jan. 1, 2026.", [("Oct. 28", "DATE", "2025-10-28"), ("Jan. 1, 2026", "DATE", "2026-01-01")]),
        ("He was elected in November 2016 and again in 2024.", [("November 2016", "DATE", "2016-11"), ("2024", "DATE", "2024")]),
        ("Officials met yesterday and again at 5 p.m. today.", [("yesterday", "DATE", "2025-11-24"), ("5 p.m. today", "TIME", "2025-11-25T17:00")]),
        ("The ceasefire could take months, and talks lasted three weeks.", [("months", "DURATION", "PXM"), ("three weeks", "DURATION", "P3W")]),
        ("Sirens echo nightly across the country.", [("nightly", "SET", "XXXX-XX-XXTNI")]),
        ("Profit fell in the third quarter from a year earlier.", [("the third quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3")]),
        ("Two years ago the plant closed; it had opened in the 1990s.", [("Two years ago", "DATE", "2023"), ("the 1990s", "DATE", "199")]),
        ("Sales recently slowed but are currently rising.", [("recently", "DATE", "PAST_REF"), ("currently", "DATE", "PRESENT_REF")]),
        ("The talks ended this morning.", [("this morning", "TIME", "2025-11-25TMO")]),
        ("Nothing here is a date: he may march to the May Day parade.", []),
        ("The 2025 model costs $2,000 and 1,500 people came.", []),
    ],
)  # fmt: skip
def test_expressions_of_real_news(sentence, expected):
    assert _values(sentence, "2025-11-25") == expected


def test_month_without_year_follows_tense():
    assert _values("The plant closed in December.", "2025-03-10") == [("December", "DATE", "2024-12")]
    assert _values("The plant will close in December.", "2025-03-10") == [("December", "DATE", "2025-12")]


def test_publication_date_forms_agree():
    text = "They met on Sunday."
    assert _values(text, "2025-11-25") == _values(text, date(2025, 11, 25)) == _values(text, pd.Timestamp("2025-11-25"))
    with pytest.raises(ValueError, match="published"):
        find_dates(text, "not a date")


def test_timex_helpers():
    assert period("2025-W48") == (date(2025, 11, 24), date(2025, 11, 30))
    assert period("2025-Q4") == (date(2025, 10, 1), date(2025, 12, 31))
    assert period("199") == (date(1990, 1, 1), date(1999, 12, 31))
    assert duration_value(2.5, "year") == "P2Y6M"
    assert duration_value(None, "day") == "PXD"
    assert duration_value(3, "hour") == "PT3H"
    assert spoken_year("nineteen ninety-six") == 1996
    assert spoken_year("two thousand and one") == 2001


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "On Sunday",
                "last week",
                "in 2019",
                "Oct. 3",
                "—",
                "“",
                "said",
                "days before the",
                "x" * 3,
                "\n\n",
                " ",
                "5 p.m.",
                "the 1990s",
            ]
        ),
        max_size=30,
    )
)
def test_offsets_always_point_at_the_expression(parts):  # fmt: skip
    text = " ".join(parts)
    df = find_dates(text, "2025-11-25")
    for r in df.itertuples():
        assert text[r.start : r.end] == r.text
        assert r.type in {"DATE", "TIME", "DURATION", "SET"}


def test_pipeline_writes_the_timex_table(tmp_path, sample_text):
    from helpers.pipeline import process_path

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("---\npublished: 2025-11-25\n---\n" + sample_text, encoding="utf-8")
    process_path(src, tmp_path / "out", progress=False, sentiment=False)
    timex = pd.read_parquet(tmp_path / "out" / "timex.parquet")
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    quotes = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    for col in ["article_id", "sentence", "start", "end", "text", "type", "value", "granularity", "quote_id"]:
        assert col in timex.columns
    original = articles.set_index("article_id")["text"]
    for r in timex.itertuples():
        assert original[r.article_id][r.start : r.end] == r.text
    monday = timex[timex["text"] == "Monday"].iloc[0]
    assert monday["value"] == "2025-11-24"
    zelensky = quotes.set_index("quote_id").loc[list(monday["quote_ids"]), "speaker"]
    assert set(zelensky) == {"Volodymyr Zelensky"}  # the Monday post dates Zelensky's quotations

    sentences = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    events = dated_events(timex, quotes, sentences, timex["article_id"].iloc[0])
    order = list(events["expression"])
    assert order.index("days") < order.index("Sunday") < order.index("Monday") < order.index("this week")
    assert events.loc[events["expression"] == "Monday", "speaker"].iloc[0] == "Volodymyr Zelensky"


def test_weekly_tables_count_and_score_by_week():
    articles = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "published": pd.to_datetime(["2025-11-18", "2025-11-25", None])}
    )
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "b", "c"],
            "speaker": ["X", "Y", "X", "X", "unknown", "X"],
            "score": [0.5, -0.5, 0.1, 0.3, 0.0, 0.9],
        }
    )
    weekly = weekly_quotes(quotes, articles)
    assert weekly.loc[pd.Timestamp("2025-11-17"), "X"] == 1
    assert weekly.loc[pd.Timestamp("2025-11-24"), "X"] == 2
    assert "unknown" not in weekly.columns  # and article c, undated, is left out
    assert weekly.to_numpy().sum() == 4
    tone = weekly_sentiment(quotes, articles, min_quotes=2)
    row = tone[(tone["speaker"] == "X") & (tone["week"] == pd.Timestamp("2025-11-24"))].iloc[0]
    assert row["mean_score"] == pytest.approx(0.2)
    assert not row["too_few"]
    assert tone[tone["speaker"] == "Y"]["too_few"].all()


def test_timebank_figures_meet_the_targets():
    if not TIMEBANK.is_dir():
        pytest.skip("../shared/data/timeml/timebank is not present")
    from helpers.timex_eval import package_tagger, read_corpus, score

    scores, _ = score(read_corpus(TIMEBANK), package_tagger)
    assert scores.relaxed[2] >= 0.88
    assert scores.value_accuracy >= 0.85
