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


def speaker_sentiment(table: pd.DataFrame, top: int = 15, ax=None):
    """Dot-and-interval chart: mean sentiment score per speaker with its 95% bootstrap interval.

    ``table`` is :func:`helpers.sentiment.sentiment_by_speaker` output; speakers with too few quotations
    are drawn hollow and grey so nobody compares them by mistake.
    """
    t = table.sort_values("n_quotes", ascending=False).head(top).sort_values("mean_score")
    ax = ax or plt.subplots(figsize=(8, 0.42 * len(t) + 1.4))[1]
    y = range(len(t))
    for yi, row in zip(y, t.itertuples(), strict=True):
        colour = "C7" if row.too_few else "C0"
        if pd.notna(row.ci_low):
            ax.plot([row.ci_low, row.ci_high], [yi, yi], color=colour, lw=2, alpha=0.7)
        ax.plot(row.mean_score, yi, "o", color=colour, mfc="white" if row.too_few else colour)
    ax.set_yticks(list(y), [f"{s} (n={n})" for s, n in zip(t["speaker"], t["n_quotes"], strict=True)])
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("mean sentiment score of quoted words (-1 negative, +1 positive), 95% bootstrap interval")
    ax.set_title("Tone of what each speaker is quoted as saying")
    return ax


def polarity_subjectivity(quotes: pd.DataFrame, ax=None):
    """Scatter of TextBlob polarity against subjectivity, one dot per quotation, coloured by kind."""
    ax = ax or plt.subplots(figsize=(7, 4.5))[1]
    for kind, colour in KIND_COLOURS.items():
        q = quotes[quotes["kind"] == kind]
        ax.scatter(q["polarity"], q["subjectivity"], s=28, alpha=0.7, color=colour, label=kind)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("polarity (TextBlob)")
    ax.set_ylabel("subjectivity (TextBlob)")
    ax.set_title("Polarity and subjectivity of quotations")
    ax.grid(axis="both")
    ax.legend(loc="upper left")
    return ax
