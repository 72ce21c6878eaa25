"""Training and measuring the sentiment scores on annotated news (``../shared/data/sentiment``).

``python -m helpers sentiment-train TRAIN.jsonl`` learns the news lexicon and chooses the weights and
thresholds on the training file only, writing ``data/news_lexicon.tsv`` and ``data/sentiment_params.json``.
``python -m helpers sentiment-eval DATA_DIR`` reports accuracy, macro-F1 and rank correlation for TextBlob
alone, VADER alone and the combined score on the development files, and the speed.
"""

from __future__ import annotations

import itertools
import json
import math
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from . import sentiment as S

_CODE = {"negative": -1, "neutral": 0, "positive": 1}


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Unweighted mean of the F1 of negative, neutral and positive."""
    scores = []
    for c in (-1, 0, 1):
        tp = int(((pred == c) & (gold == c)).sum())
        p = tp / max(1, int((pred == c).sum()))
        r = tp / max(1, int((gold == c).sum()))
        scores.append(0.0 if p + r == 0 else 2 * p * r / (p + r))
    return float(np.mean(scores))


def spearman(a: pd.Series, b: pd.Series) -> float:
    """Spearman's rank correlation: Pearson's on average ranks (no SciPy needed)."""
    return float(a.reset_index(drop=True).rank().corr(b.reset_index(drop=True).rank()))


def learn_lexicon(texts: list[str], labels: np.ndarray, *, min_count: int = 5, alpha: float = 1.0):
    """Word -> (log odds positive vs neutral, negative vs neutral) from labelled sentences (each word once
    per sentence, add-``alpha`` smoothing, words seen fewer than ``min_count`` times left out)."""
    counts = {c: Counter() for c in (-1, 0, 1)}
    totals = Counter(labels.tolist())
    for text, c in zip(texts, labels, strict=True):
        counts[int(c)].update(S.words(text))
    lexicon = {}
    for word in set().union(*counts.values()):
        if sum(counts[c][word] for c in counts) < min_count:
            continue
        rate = {c: (counts[c][word] + alpha) / (totals[c] + 2 * alpha) for c in counts}
        lexicon[word] = (math.log(rate[1] / rate[0]), math.log(rate[-1] / rate[0]))
    return lexicon


def _features(texts: list[str]) -> pd.DataFrame:
    from textblob.en import sentiment as textblob_sentiment

    vader = S._vader()
    rows = [(textblob_sentiment(t)[0], vader.polarity_scores(t)["compound"]) for t in texts]
    return pd.DataFrame(rows, columns=["polarity", "vader"])


def _lexicon_thresholds(values: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    grid = np.round(np.linspace(-0.8, 0.8, 81), 3)
    best = (-1.0, (0.0, 0.0))
    for low, high in itertools.combinations(grid, 2):
        pred = np.where(values > high, 1, np.where(values < low, -1, 0))
        best = max(best, (macro_f1(gold, pred), (float(low), float(high))))
    return best[1]


def train(train_file: str | Path, *, seed: int = 0) -> tuple[dict, dict]:
    """Learn the news lexicon and choose weights and thresholds on ``train_file`` only.

    Weights are chosen on one half with the lexicon learned on the other (so the lexicon's fit to its own
    sentences does not inflate them); the shipped lexicon is then learned on the whole file.
    """
    rows = load_jsonl(train_file)
    texts = [r["text"] for r in rows]
    gold = np.array([_CODE[r["label"]] for r in rows])
    feats = _features(texts)
    order = np.random.default_rng(seed).permutation(len(rows))
    half_a, half_b = order[: len(rows) // 2], order[len(rows) // 2 :]
    lex_a = learn_lexicon([texts[i] for i in half_a], gold[half_a])
    evidence_b = np.array([S.news_evidence(texts[i], lex_a) for i in half_b])
    fb = feats.iloc[half_b].reset_index(drop=True)
    best = (-1.0, {})
    biases = np.round(np.linspace(-2, 4, 25), 2)
    for wv, wt in itertools.product((0.0, 1.5, 3.0, 4.5), (0.0, 1.5, 3.0)):
        lean = wv * fb["vader"].to_numpy() + wt * fb["polarity"].to_numpy()
        for bp, bn in itertools.product(biases, biases):
            zp = evidence_b[:, 0] + lean - bp
            zn = evidence_b[:, 1] - lean - bn
            pred = np.where((zp > 0) & (zp >= zn), 1, np.where(zn > 0, -1, 0))
            f1 = macro_f1(gold[half_b], pred)
            if f1 > best[0]:
                best = (f1, {"w_vader": wv, "w_textblob": wt, "bias_positive": float(bp), "bias_negative": float(bn)})
    params = dict(best[1])
    params["textblob_thresholds"] = _lexicon_thresholds(feats["polarity"].to_numpy(), gold)
    params["vader_thresholds"] = _lexicon_thresholds(feats["vader"].to_numpy(), gold)
    params["trained_on"] = Path(train_file).name
    params["half_train_macro_f1"] = round(best[0], 4)
    return learn_lexicon(texts, gold), params


def write_model(lexicon: dict, params: dict, folder: Path) -> None:
    """Write ``news_lexicon.tsv`` and ``sentiment_params.json`` into ``folder``."""
    lines = [
        "# Learned by `python -m helpers sentiment-train` from NewsMTSC train (MIT licence): per word, log odds",
        "# of a positive and of a negative sentence against a neutral one. Words seen fewer than 5 times are out.",
        "word\tpositive\tnegative",
    ]
    lines += [f"{w}\t{p:.4f}\t{n:.4f}" for w, (p, n) in sorted(lexicon.items())]
    (folder / "news_lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "sentiment_params.json").write_text(json.dumps(params, indent=2) + "\n", encoding="utf-8")


def evaluate_file(path: str | Path, *, field: str = "text", only_quotes: bool = False) -> pd.DataFrame:
    """Accuracy, macro-F1 and Spearman correlation with ``gold`` for TextBlob, VADER and the combined score,
    scoring ``field`` of each row (``quote_text`` scores only the quoted words); ``only_quotes`` keeps the
    rows that hold a quotation."""
    rows = [r for r in load_jsonl(path) if r.get(field) and (r.get("has_quote") or not only_quotes)]
    gold = np.array([_CODE[r["label"]] for r in rows])
    gold_value = pd.Series([r["gold"] for r in rows], dtype=float)
    scored = S.score_texts(r[field] for r in rows)
    p = S.params()
    out = []
    for name, values, labels in (
        ("TextBlob", scored["polarity"], [S.lexicon_label(v, *p["textblob_thresholds"]) for v in scored["polarity"]]),
        ("VADER", scored["vader"], [S.lexicon_label(v, *p["vader_thresholds"]) for v in scored["vader"]]),
        ("combined", scored["score"], list(scored["label"])),
    ):
        pred = np.array([_CODE[x] for x in labels])
        out.append(
            {
                "method": name,
                "accuracy": float((pred == gold).mean()),
                "macro_f1": macro_f1(gold, pred),
                "spearman": spearman(pd.Series(values), gold_value),
            }
        )
    return pd.DataFrame(out)


def run(data_dir: str | Path) -> None:
    """Print the evaluation table for every development file under ``data_dir``, and the speed."""
    data_dir = Path(data_dir)
    for name in ("newsmtsc", "semeval2007"):
        path = data_dir / name / "dev.jsonl"
        if path.exists():
            table = evaluate_file(path)
            print(f"\n{name} dev ({len(load_jsonl(path))} texts)")
            print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    news = data_dir / "newsmtsc" / "dev.jsonl"
    for field in ("text", "quote_text"):
        table = evaluate_file(news, field=field, only_quotes=True)
        what = "the sentence" if field == "text" else "only the quoted words"
        print(f"\nnewsmtsc dev, sentences holding a quotation, scoring {what}")
        print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    quotes = [r["quote_text"] for r in load_jsonl(news) if r.get("quote_text")]
    texts = (quotes * (4000 // max(1, len(quotes)) + 1))[:4000]
    S.score_texts(texts[:10])  # load the lexicons before timing
    t0 = time.perf_counter()
    S.score_texts(texts)
    rate = len(texts) / (time.perf_counter() - t0)
    print(f"\nspeed: {rate:.0f} quotations per second on one core ({len(texts)} quotation texts)")
