"""Sentiment of what speakers are quoted as saying: TextBlob, VADER, and a combined news score.

Only the words inside a quotation are scored, never the reporter's attribution around them. Lexicons read
news badly: war words in a conciliatory statement, diplomatic understatement, criticism verbs they do not
know. The combined score adds a small news lexicon of word weights learned from the NewsMTSC training
sentences (``data/news_lexicon.tsv``, rebuilt by ``python -m helpers sentiment-train``) to VADER and TextBlob;
its weights and thresholds were chosen on that training data only (``data/sentiment_params.json``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

import numpy as np
import pandas as pd

LABELS = ("negative", "neutral", "positive")
SCORE_COLUMNS = ["polarity", "subjectivity", "vader", "news_positive", "news_negative", "score", "label"]
_WORD = re.compile(r"[a-z’']+")


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()  # the lexicon ships inside the package: no download


@cache
def params() -> dict:
    """Frozen weights and thresholds (``data/sentiment_params.json``)."""
    return json.loads(resources.files("helpers").joinpath("data/sentiment_params.json").read_text("utf-8"))


@cache
def news_lexicon() -> dict[str, tuple[float, float]]:
    """Word -> (evidence for positive, evidence for negative), each against neutral, as log odds."""
    out = {}
    text = resources.files("helpers").joinpath("data/news_lexicon.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("word\t"):
            word, pos, neg = line.split("\t")
            out[word] = (float(pos), float(neg))
    return out


def words(text: str) -> set[str]:
    """The distinct lower-case words of ``text`` (each counts once, as in training)."""
    return set(_WORD.findall(text.lower().replace("’", "'")))


def news_evidence(text: str, lexicon: dict[str, tuple[float, float]] | None = None) -> tuple[float, float]:
    """Summed news-lexicon evidence for positive and for negative in ``text``."""
    lexicon = news_lexicon() if lexicon is None else lexicon
    pos = neg = 0.0
    for w in sorted(words(text)):  # in a fixed order: float sums in set order differ between runs
        if w in lexicon:
            p, n = lexicon[w]
            pos += p
            neg += n
    return pos, neg


def combine(vader: float, polarity: float, pos: float, neg: float, p: dict | None = None) -> tuple[float, str]:
    """The combined score in [-1, 1] and its label from the lexicon scores and news evidence."""
    p = params() if p is None else p
    lean = p["w_vader"] * vader + p["w_textblob"] * polarity
    z_pos = pos + lean - p["bias_positive"]  # evidence for positive over neutral
    z_neg = neg - lean - p["bias_negative"]  # evidence for negative over neutral
    label = "positive" if z_pos > 0 and z_pos >= z_neg else "negative" if z_neg > 0 else "neutral"
    # score = P(positive) - P(negative) under a softmax of (z_pos, z_neg, 0): the label is the most likely
    # class, so a positive label always has a positive score and a negative label a negative one
    e_pos, e_neg = math.exp(min(z_pos, 50)), math.exp(min(z_neg, 50))
    return (e_pos - e_neg) / (e_pos + e_neg + 1), label


# "to stop the killing and make a deal to end the war": harm words that are the object of a verb that
# ends or prevents them are the opposite of negative. They are masked before scoring.
_RESOLVING = re.compile(
    r"\b(?P<verb>end|ends|ended|ending|stop|stops|stopped|stopping|halt|halts|halted|prevent|prevents|"
    r"prevented|avoid|avoids|avoided|resolve|resolves|resolved|de-escalate|reduce|reduces|reduced|curb|curbs)"
    r"(?P<gap>(?:\s+(?:the|this|that|these|those|a|an|all|any|his|her|their|our|its|senseless|brutal|"
    r"ongoing|deadly|bloody|\w+'s|\w+’s)){0,3}\s+)(?P<harm>war|wars|killing|killings|fighting|violence|"
    r"bloodshed|conflict|conflicts|crisis|suffering|attacks|bombing|bombings|terror|terrorism|hostilities|"
    r"occupation|invasion|aggression|genocide|famine|death|deaths)\b",
    re.IGNORECASE,
)


def neutralise_resolutions(text: str) -> str:
    """``text`` with harm words after a resolving verb masked: "end the war" -> "end the matter"."""
    return _RESOLVING.sub(lambda m: m.group("verb") + m.group("gap") + "matter", text)


def lexicon_label(value: float, low: float, high: float) -> str:
    """Label of a single lexicon score with its own thresholds."""
    return "positive" if value > high else "negative" if value < low else "neutral"


def score_text(text: str) -> dict:
    """The scores of one text as a dict with the keys of ``SCORE_COLUMNS`` (see :func:`score_texts`)."""
    # TextBlob's own pattern analyser, called without building a TextBlob per text: the same numbers as
    # TextBlob(text).sentiment, three times faster
    from textblob.en import sentiment as textblob_sentiment

    text = neutralise_resolutions(text or "")
    polarity, subjectivity = textblob_sentiment(text)
    v = _vader().polarity_scores(text)["compound"]
    pos, neg = news_evidence(text, news_lexicon())
    score, label = combine(v, polarity, pos, neg, params())
    return dict(zip(SCORE_COLUMNS, (polarity, subjectivity, v, pos, neg, score, label), strict=True))


def score_texts(texts: Iterable[str]) -> pd.DataFrame:
    """One row per text: TextBlob ``polarity`` and ``subjectivity``, VADER ``vader`` (compound), the news
    lexicon evidence, the combined ``score`` (-1..1) and its ``label``."""
    return pd.DataFrame([score_text(t) for t in texts], columns=SCORE_COLUMNS)


def bootstrap_ci(values: Sequence[float], *, n_boot: int = 1000, seed: int = 0, level: float = 0.95):
    """Mean of ``values`` with a percentile bootstrap interval (seeded: the same input gives the same CI)."""
    arr = np.asarray(values, dtype=float)
    if len(arr) == 0:
        return float("nan"), float("nan"), float("nan")
    if len(arr) == 1:
        return float(arr[0]), float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    # Resamples in blocks of about 4 M draws: a speaker with 100,000 quotations would otherwise need
    # gigabytes. Drawing in blocks gives the same numbers as drawing all at once.
    rows = max(1, 4_000_000 // len(arr))
    means = np.concatenate(
        [
            arr[rng.integers(0, len(arr), size=(min(rows, n_boot - k), len(arr)))].mean(axis=1)
            for k in range(0, n_boot, rows)
        ]
    )
    tail = (1 - level) / 2 * 100
    return float(arr.mean()), float(np.percentile(means, tail)), float(np.percentile(means, 100 - tail))


def sentiment_by_speaker(
    quotes: pd.DataFrame,
    *,
    by: Sequence[str] = (),
    min_quotes: int = 3,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Per canonical speaker, and per ``by`` columns (e.g. ``outlet``, ``month``): quotes, articles, mean
    score with a seeded 95% bootstrap interval, shares positive and negative; ``too_few`` marks groups below
    ``min_quotes``. ``quotes`` needs ``speaker``, ``speaker_type``, ``article_id``, ``score`` and ``label``.
    """
    from .speakers import canonical_speakers

    cols = [
        "speaker",
        *by,
        "speaker_type",
        "n_quotes",
        "n_articles",
        "mean_score",
        "ci_low",
        "ci_high",
        "share_positive",
        "share_negative",
        "too_few",
    ]
    q = quotes.assign(speaker=canonical_speakers(quotes)).dropna(subset=["speaker"])
    rows = []
    for keys, g in q.groupby(["speaker", *by], sort=True, dropna=False):
        keys = keys if isinstance(keys, tuple) else (keys,)
        mean, low, high = bootstrap_ci(g["score"].to_numpy(), n_boot=n_boot, seed=seed)
        labels = Counter(g["label"])
        rows.append(
            {
                **dict(zip(["speaker", *by], keys, strict=True)),
                "speaker_type": g["speaker_type"].mode().iloc[0],
                "n_quotes": len(g),
                "n_articles": g["article_id"].nunique(),
                "mean_score": mean,
                "ci_low": low,
                "ci_high": high,
                "share_positive": labels["positive"] / len(g),
                "share_negative": labels["negative"] / len(g),
                "too_few": len(g) < min_quotes,
            }
        )
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["too_few", "n_quotes", "speaker"], ascending=[True, False, True], ignore_index=True)


def with_article_fields(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` with the article's ``outlet`` and publication ``month`` (``YYYY-MM``) for grouping."""
    meta = articles[["article_id", "outlet", "published"]].drop_duplicates("article_id")
    out = quotes.merge(meta, on="article_id", how="left")
    out["month"] = pd.to_datetime(out["published"]).dt.strftime("%Y-%m")
    return out
