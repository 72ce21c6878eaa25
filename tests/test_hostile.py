"""Hostile inputs (tests/fixtures/hostile and generated ones): nothing crashes, nothing is lost silently,
non-English text is marked instead of misparsed, offsets always point into the original text."""

import pandas as pd
import pytest
from conftest import ROOT

from helpers.__main__ import main

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    assert main(["process", str(HOSTILE), "--out", str(out), "--no-progress"]) == 0
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("articles", "sentences", "quotes")}


def _article(tables, article_id):
    return tables["articles"].set_index("article_id").loc[article_id]


@pytest.mark.parametrize(
    "article_id, status, reason",
    [
        ("empty", "failed", "empty file"),
        ("whitespace_only", "failed", "empty file"),
        ("binary", "failed", "binary file"),
        ("broken_and_missing-line2", "failed", "malformed JSON"),
        ("broken_and_missing-line4", "failed", "not a JSON object"),
        ("no-text", "failed", "no text field"),
        ("c-2", "failed", "empty text"),
    ],
)
def test_unreadable_inputs_are_failed_rows_with_reasons(tables, article_id, status, reason):
    row = _article(tables, article_id)
    assert row["status"] == status and reason in row["error"]


@pytest.mark.parametrize(
    "article_id, encoding, contains",
    [
        ("latin1", "cp1252", "Bürgermeister"),
        ("windows1252", "cp1252", "“we’ll rebuild the bridge”"),
        ("utf16_bom", "utf-16", "“We kept our word,”"),
    ],
)
def test_encodings_are_decoded(tables, article_id, encoding, contains):
    row = _article(tables, article_id)
    assert row["status"] == "ok" and row["encoding"] == encoding and contains in row["text"]


def test_mojibake_is_repaired_in_the_clean_view_and_quotes_map_exactly(tables):
    row = _article(tables, "mojibake")
    assert "Russia’s envoy" in row["clean_text"] and "â€" in row["text"]  # original kept as read
    quote = tables["quotes"].query("article_id == 'mojibake' and kind == 'direct'").iloc[0]
    assert quote["text"] == "We await a ceasefire," and quote["speaker"] == "the minister"


@pytest.mark.parametrize(
    "article_id, language",
    [("arabic_rtl", "und-Arab"), ("hebrew_rtl", "und-Hebr"), ("german", "und-Latn"), ("only_quote_marks", "und")],
)
def test_non_english_is_marked_not_misparsed(tables, article_id, language):
    row = _article(tables, article_id)
    assert row["status"] == "ok" and row["language"] == language and "not English" in row["warning"]
    assert (tables["quotes"]["article_id"] == article_id).sum() == 0
    assert (tables["sentences"]["article_id"] == article_id).sum() >= 1


def test_quote_marks_unbalanced_nested_and_html(tables):
    q = tables["quotes"].set_index("article_id")
    unbalanced = q.loc["unbalanced_quotes"]
    assert "next paragraph" not in " ".join(unbalanced["text"])  # the open quote stops at its paragraph
    nested = q.loc[["nested_quotes"]].iloc[0]
    assert nested["text"].startswith("He told me, ‘I will not resign,’") and nested["speaker_mention"] == "she"
    html = _article(tables, "scripts_and_iframes")
    assert "alert" not in html["text"] and "injected" not in html["text"] and "Home | News" not in html["text"]
    assert "budget for every neighbourhood" in html["text"]


def test_records_ids_and_dates(tables):
    arts = tables["articles"].set_index("article_id")
    assert {"same", "same~2", "same~3"} <= set(arts.index)
    assert "duplicate article_id" in arts.loc["same~2", "warning"]
    assert "in the future" in arts.loc["future", "warning"]
    assert "unparseable publication date" in arts.loc["garbled", "warning"] and pd.isna(
        arts.loc["garbled", "published"]
    )
    assert arts.loc["c-1", "text"] == "The mayor said:\n“We will build it.”\nThe council agreed."


def test_every_input_record_is_in_the_articles_table(tables):
    # 14 one-article files + broken_and_missing (5 records) + csv (2) + duplicates (3) + dates (2)
    assert len(tables["articles"]) == 14 + 5 + 2 + 3 + 2
    assert tables["articles"]["status"].isin(["ok", "failed"]).all()


def test_all_offsets_point_into_the_original(tables):
    texts = tables["articles"].set_index("article_id")["text"]
    for name in ("sentences", "quotes"):
        for row in tables[name].itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text


def test_huge_article_and_one_long_line(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "huge.txt").write_text("The plan would be balanced within three years, officials said. " * 800_000)  # 50 MB
    (raw / "one_line.txt").write_text("x" * 1_000_000)
    (raw / "fine.txt").write_text("The mayor said the bridge will reopen on Monday.\n")
    assert main(["process", str(raw), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("article_id")
    assert arts.loc["huge", "status"] == "failed" and "too large: 50.4 M characters" in arts.loc["huge", "error"]
    assert "raise --max-chars" in arts.loc["huge", "error"]
    assert arts.loc["one_line", "status"] == "ok" and arts.loc["one_line", "n_sentences"] == 1
    assert arts.loc["fine", "status"] == "ok"
    assert "3 articles read, 1 failed (1 too large)" in capsys.readouterr().out
