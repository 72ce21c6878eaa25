"""Sentiment scores of quotations, and their aggregation by speaker."""

import math
import os

import pandas as pd
import pytest

from helpers.sentiment import (
    bootstrap_ci,
    combine,
    news_evidence,
    params,
    score_texts,
    sentiment_by_speaker,
)
from helpers.sentiment_eval import evaluate_file, learn_lexicon, macro_f1, spearman


def test_scores_have_the_public_columns_and_ranges():
    df = score_texts(
        ["It was a great victory for the people and we are proud.", "This is a disaster and a disgrace.", ""]
    )
    assert list(df.columns[:3]) == ["polarity", "subjectivity", "vader"]
    assert {"score", "label"} <= set(df.columns)
    assert df["score"].between(-1, 1).all()
    assert list(df["label"][:2]) == ["positive", "negative"]
    assert df["label"][2] == "neutral"


def test_label_and_score_agree_in_sign():
    p = params()
    for vader in (-0.9, -0.3, 0.0, 0.4, 0.95):
        for pos, neg in ((0, 0), (3, 0), (0, 3), (2, 2.5)):
            score, label = combine(vader, 0.0, pos, neg, p)
            if label == "positive":
                assert score > 0
            if label == "negative":
                assert score < 0


def test_news_lexicon_knows_criticism_verbs():
    pos, neg = news_evidence("The senator slammed the plan and blasted its authors.")
    assert neg > pos


def test_bootstrap_is_seeded_and_brackets_the_mean():
    values = [0.1, 0.5, -0.2, 0.4, 0.3, 0.0, 0.9]
    a = bootstrap_ci(values, seed=3)
    assert a == bootstrap_ci(values, seed=3)
    mean, low, high = a
    assert low <= mean <= high and mean == pytest.approx(sum(values) / len(values))
    assert math.isnan(bootstrap_ci([0.5])[1])


def test_sentiment_by_speaker_marks_too_few():
    quotes = pd.DataFrame(
        {
            "speaker": ["Donald Trump", "Trump", "Donald Trump", "a senior official", "unknown"],
            "speaker_type": ["person", "person", "person", "anonymous", "unknown"],
            "article_id": ["a", "a", "b", "a", "a"],
            "score": [0.5, -0.5, 0.2, 0.1, 0.9],
            "label": ["positive", "negative", "positive", "neutral", "positive"],
        }
    )
    table = sentiment_by_speaker(quotes, min_quotes=3).set_index("speaker")
    assert table.loc["Donald Trump", "n_quotes"] == 3 and not table.loc["Donald Trump", "too_few"]
    assert table.loc["a senior official", "too_few"]
    assert "unknown" not in table.index
    assert table.loc["Donald Trump", "share_positive"] == pytest.approx(2 / 3)


def test_learned_lexicon_and_metrics():
    import numpy as np

    lex = learn_lexicon(
        ["good win", "bad loss", "the vote", "good deal", "bad deal", "the day"] * 3,
        np.array([1, -1, 0, 1, -1, 0] * 3),
        min_count=2,
    )
    assert lex["good"][0] > lex["good"][1] and lex["bad"][1] > lex["bad"][0]
    assert macro_f1(np.array([1, 0, -1]), np.array([1, 0, -1])) == 1.0
    assert spearman(pd.Series([1, 2, 3]), pd.Series([10, 20, 35])) == pytest.approx(1.0)


def test_combined_beats_vader_on_newsmtsc_dev(tmp_path):
    from conftest import SHARED

    path = SHARED / "data" / "sentiment" / "newsmtsc" / "dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/sentiment is not present")
    table = evaluate_file(path).set_index("method")
    assert table.loc["combined", "macro_f1"] >= table.loc["VADER", "macro_f1"] + 0.03


def test_war_words_that_are_being_ended_are_not_negative():
    from helpers.sentiment import neutralise_resolutions

    text = "It is time to stop the killing and make a deal to end the war."
    assert neutralise_resolutions(text) == "It is time to stop the matter and make a deal to end the matter."
    assert neutralise_resolutions("The war goes on.") == "The war goes on."
    before, after = score_texts(["The war goes on and the killing continues."]), score_texts([text])
    assert before["label"][0] == "negative" and after["score"][0] > before["score"][0]
    official = (
        "The president has been clear that it is time to stop the killing and make a deal to end the war. "
        "President Trump believes that there is a chance to end this senseless war if flexibility is shown,"
    )
    assert score_texts([official])["label"][0] != "negative"


def test_sample_quotes_are_scored_on_their_own_words(sample_text):
    from helpers.quotes import extract_quotes

    quotes = extract_quotes(sample_text, "s")
    scored = score_texts(quotes["text"])
    assert len(scored) == len(quotes) and scored["score"].notna().all()
    grateful = quotes.index[quotes["text"].str.startswith("grateful to the United States")][0]
    assert scored.loc[grateful, "label"] == "positive"


def test_scores_are_the_same_in_every_process():
    # the evidence is summed in a fixed word order: summed in set order, the last digits changed from run to
    # run (Python salts string hashes per process), and so did the Parquet tables
    import subprocess
    import sys

    code = "from helpers.sentiment import news_evidence as e; print(repr(e(" + repr(SENTENCE) + ")))"

    def run(seed: int) -> str:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout

    runs = {run(seed) for seed in range(8)}
    assert len(runs) == 1 and runs != {""}


SENTENCE = (
    "The senator praised the brave rescuers but condemned the brutal, senseless attack as a disgrace and a "
    "tragedy, warning of grave danger, deep anger and fear while hailing hope, courage and strong support."
)
