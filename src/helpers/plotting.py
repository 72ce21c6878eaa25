"""Charts for the reports, in the house style (``helpers/styles/report.mplstyle``)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd


def sentence_length_histogram(sentences: pd.DataFrame, ax=None):
    """Histogram of sentence length in words, body sentences only (headings and repeats left out)."""
    ax = ax or plt.subplots()[1]
    body = sentences[~(sentences["is_heading"] | sentences["is_boilerplate"] | sentences["is_duplicate"])]
    ax.hist(
        body["n_words"],
        bins=range(0, int(body["n_words"].max() if len(body) else 0) + 6, 5),
        color="C0",
        edgecolor="white",
    )
    ax.set_xlabel("words per sentence")
    ax.set_ylabel("sentences")
    ax.set_title(f"Sentence length ({len(body)} sentences)")
    ax.grid(axis="y")
    return ax


def paragraph_kinds_bar(paragraphs: pd.DataFrame, ax=None):
    """Bar chart of paragraphs by kind, with repeats counted apart."""
    ax = ax or plt.subplots(figsize=(8, 3))[1]
    kinds = paragraphs["kind"].where(~paragraphs["is_duplicate"], "repeat").value_counts()
    kinds = kinds.reindex(["body", "headline", "heading", "boilerplate", "repeat"]).dropna()
    ax.barh(kinds.index[::-1], kinds.to_numpy()[::-1], color="C0")
    for y, v in enumerate(kinds.to_numpy()[::-1]):
        ax.text(v, y, f" {int(v)}", va="center")
    ax.set_xlabel("paragraphs")
    ax.set_title("What the paragraphs are")
    return ax
