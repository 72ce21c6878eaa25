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


KIND_COLOURS = {"direct": "C0", "partial": "C3", "indirect": "C7"}
TYPE_COLOURS = {"person": "C0", "anonymous": "C3", "organisation": "C2", "unknown": "C7"}


def quotes_per_speaker(quotes: pd.DataFrame, top: int = 15, ax=None):
    """Horizontal stacked bars: quotations per speaker, split by kind, most quoted first."""
    known = quotes[quotes["speaker"] != "unknown"]
    table = known.groupby(["speaker", "kind"]).size().unstack(fill_value=0)
    table = table.reindex(columns=[k for k in KIND_COLOURS if k in table.columns])
    table = table.loc[table.sum(axis=1).sort_values(ascending=True).index[-top:]]
    ax = ax or plt.subplots(figsize=(8, 0.4 * len(table) + 1.2))[1]
    left = pd.Series(0, index=table.index)
    for kind in table.columns:
        ax.barh(table.index, table[kind], left=left, color=KIND_COLOURS[kind], label=kind)
        left += table[kind]
    ax.set_xlabel("quotations")
    ax.set_title("Who is quoted")
    ax.legend(loc="lower right")
    return ax


def source_types(quotes: pd.DataFrame, ax=None):
    """Share of quotations by source type: named people, anonymous sources, organisations, unknown."""
    counts = quotes["speaker_type"].value_counts()
    counts = counts.reindex([t for t in TYPE_COLOURS if t in counts.index])
    ax = ax or plt.subplots(figsize=(8, 2.5))[1]
    share = counts / counts.sum()
    ax.barh(share.index[::-1], share.to_numpy()[::-1], color=[TYPE_COLOURS[t] for t in share.index[::-1]])
    for y, (t, v) in enumerate(zip(share.index[::-1], share.to_numpy()[::-1], strict=True)):
        ax.text(v, y, f" {v:.0%} ({counts[t]})", va="center")
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of quotations")
    ax.set_title("Named and anonymous sources")
    return ax
