"""``python -m helpers process``: the public command and its tables."""

import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import SAMPLE

from helpers.__main__ import main

ARTICLE_COLUMNS = {
    "article_id",
    "title",
    "outlet",
    "published",
    "url",
    "author",
    "source_path",
    "status",
    "error",
    "n_chars",
    "n_sentences",
    "n_duplicate_paragraphs",
    "duplicate_paragraphs",
    "text",
    "clean_text",
}
SENTENCE_COLUMNS = {"article_id", "paragraph", "sentence", "start", "end", "text", "is_heading", "is_duplicate"}


def test_process_sample(tmp_path, capsys, sample_text):
    assert main(["process", str(SAMPLE.parent), "--out", str(tmp_path)]) == 0
    assert "1 articles read, 0 failed, 61 sentences" in capsys.readouterr().out
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    sentences = pd.read_parquet(tmp_path / "sentences.parquet")
    assert set(articles.columns) >= ARTICLE_COLUMNS
    assert set(sentences.columns) >= SENTENCE_COLUMNS
    (art,) = articles.itertuples()
    assert art.text == sample_text and art.outlet == "Military.com" and pd.isna(art.published)
    assert art.n_sentences == len(sentences) == 61
    # words are counted once per sentence for both tables: the article's count is its sentences' sum
    assert sentences["n_words"].tolist()[:2] == [23, 49] and art.n_words == sentences["n_words"].sum() == 1272
    assert (sentences["n_words"] == sentences["clean_text"].str.split().str.len()).all()
    assert art.n_duplicate_paragraphs == 2 and list(art.duplicate_paragraphs) == [30, 43]
    for row in sentences.itertuples():
        assert art.text[row.start : row.end] == row.text
    assert sentences["sentence"].tolist() == list(range(61))


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (raw / "latin1.txt").write_bytes("Der Bürgermeister sagte: «Wir schaffen das.» Gut.".encode("latin-1"))
    (raw / "cp1252.txt").write_bytes("The mayor said “we’ll see.” Then he left.".encode("cp1252"))
    (raw / "bom.txt").write_bytes("\ufeffArticle with a BOM. It has two sentences.".encode())
    (raw / "broken.jsonl").write_text('{"id": "ok1", "text": "Fine."}\n{"id": \n{"id": "ok2", "text": "Also fine."}\n')
    (raw / "future.json").write_text(json.dumps({"id": "f", "text": "Dated.", "published": "not a date"}))
    big = ("The budget plan would be balanced within three years. " * 22 + "\n") * 17_300  # over 20 MB
    (raw / "big.txt").write_text(big)
    assert main(["process", str(raw), "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("article_id")
    assert len(articles) == 10  # 8 files, one of them with 3 records
    assert articles.loc["empty", "error"] == "empty file"
    assert "binary" in articles.loc["binary", "error"]
    assert articles.loc["broken-line2", "status"] == "failed"
    assert articles.loc[["ok1", "ok2", "latin1", "cp1252", "bom", "big"], "status"].eq("ok").all()
    assert "Bürgermeister" in articles.loc["latin1", "text"]
    assert articles.loc["cp1252", "text"] == "The mayor said “we’ll see.” Then he left."
    assert not articles.loc["bom", "text"].startswith("\ufeff")
    assert articles.loc["big", "n_chars"] > 20_000_000 and "very large" in articles.loc["big", "warning"]
    assert "unparseable publication date" in articles.loc["f", "warning"]
    assert "failed: " in captured.err and "broken.jsonl:2: line 2: malformed JSON" in captured.err
    assert "10 articles read, 3 failed" in captured.out


def test_empty_folder_writes_empty_tables(tmp_path, capsys):
    (tmp_path / "raw").mkdir()
    assert main(["process", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]) == 0
    assert "no article files found" in capsys.readouterr().err
    assert len(pd.read_parquet(tmp_path / "out" / "sentences.parquet")) == 0


def test_missing_path_and_bad_option_exit_non_zero(tmp_path):
    run = [sys.executable, "-m", "helpers", "process"]
    missing = subprocess.run([*run, str(tmp_path / "nowhere"), "--out", str(tmp_path)], capture_output=True, text=True)
    assert missing.returncode == 2 and "input path does not exist" in missing.stderr
    bad = subprocess.run([*run, str(tmp_path), "--bogus"], capture_output=True, text=True)
    assert bad.returncode == 2 and "unrecognized arguments: --bogus" in bad.stderr


@pytest.mark.parametrize("args", [["process"], ["nonsense"]])
def test_usage_errors(args):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2


def test_published_override_fills_only_missing_dates(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("---\npublished: 2024-01-02\n---\nThe mayor said the plan works.\n")
    (raw / "b.txt").write_text("The mayor said the plan works.\n")
    assert main(["process", str(raw), "--out", str(tmp_path / "out"), "--published", "2025-11-25"]) == 0
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("article_id")
    assert str(arts.loc["a", "published"].date()) == "2024-01-02"
    assert str(arts.loc["b", "published"].date()) == "2025-11-25"
    assert main(["process", str(raw), "--out", str(tmp_path / "o2"), "--published", "soon"]) == 2
    assert "--published must be a date" in capsys.readouterr().err
