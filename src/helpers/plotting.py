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


def speaker_colours(speakers) -> dict[str, str]:
    """One colour per speaker, the same in every chart of a report: the order given (most quoted first)
    takes the palette's colours in turn; anyone beyond the palette and unknown speakers are grey."""
    palette = ["C0", "C1", "C2", "C3", "C4", "C5", "C6", "C8", "C9"]
    colours = {s: palette[i] for i, s in enumerate(dict.fromkeys(speakers)) if i < len(palette)}
    return colours


def event_timeline(events: pd.DataFrame, colours: dict[str, str] | None = None, ax=None, title: str | None = None):
    """One article's dated events on a time axis, one line each so labels never overlap: a dot at the date
    (a bar over a period such as "this week"), and on the left who (if the event is a quotation), what
    (a short label from the sentence) and the words that date it.

    ``events`` is :func:`helpers.timeline.dated_events` output; its ``when`` is a date, or days from
    publication when the article's date is unknown.
    """
    import textwrap

    import matplotlib.dates as mdates

    colours = colours or {}
    n = len(events)
    ax = ax or plt.subplots(figsize=(10, 0.75 * n + 1.4))[1]
    if n == 0:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    is_date = pd.api.types.is_datetime64_any_dtype(events["when"])
    labels = []
    for y, row in enumerate(events.itertuples()):
        speaker = row.speaker if isinstance(row.speaker, str) else None
        colour = colours.get(speaker, "C7") if speaker else "black"
        start, end = row.begins, row.ends
        if is_date and pd.notna(start) and pd.notna(end) and end > start:
            ax.plot(
                [start, end + pd.Timedelta(hours=20)], [y, y], color=colour, lw=6, alpha=0.45, solid_capstyle="butt"
            )
        ax.plot([row.when], [y], "o", color=colour, ms=8)
        who = f"{speaker}: " if speaker else ""
        words = row.relative if isinstance(row.relative, str) else row.expression
        labels.append(textwrap.fill(f"{who}{row.label} [“{words}”]", 58))
    ax.set_yticks(range(n), labels, fontsize=9)
    ax.set_ylim(n - 0.5, -0.5)
    xs = list(events["begins"]) + list(events["ends"]) + list(events["when"])
    lo, hi = min(x for x in xs if pd.notna(x)), max(x for x in xs if pd.notna(x))
    if is_date:
        pad = max(pd.Timedelta(days=1), (hi - lo) * 0.08)
        ax.set_xlim(lo - pad, hi + pad)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%a\n%d %b"))
        years = sorted({lo.year, hi.year})
        ax.set_xlabel("–".join(str(y) for y in years))
    else:
        pad = max(1.0, (hi - lo) * 0.08)
        ax.set_xlim(lo - pad, hi + pad)
        ax.set_xlabel("days from publication (date unknown: approximate, for order only)")
    ax.grid(axis="x")
    ax.set_title(title or "Timeline of the story")
    return ax


def quotes_per_week(table: pd.DataFrame, colours: dict[str, str] | None = None, ax=None):
    """Lines of quotations per speaker per week (``helpers.timeline.weekly_quotes`` output)."""
    import matplotlib.dates as mdates

    ax = ax or plt.subplots(figsize=(9, 4))[1]
    colours = colours or {}
    if table.empty:
        ax.figure.set_size_inches(9, 0.6)
        ax.text(
            0.5,
            0.5,
            "no dated quotations: set publication dates to see weeks",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
        ax.set_axis_off()
        return ax
    for speaker in table.columns:
        ax.plot(table.index, table[speaker], marker="o", color=colours.get(speaker, "C7"), label=speaker)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    ax.set_ylabel("quotations")
    ax.set_xlabel("week of publication (starting Monday)")
    ax.set_title("Who is quoted, week by week")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    ax.grid(axis="y")
    return ax


def sentiment_over_time(table: pd.DataFrame, colours: dict[str, str] | None = None, ax=None):
    """Mean sentiment per speaker per week with 95% intervals (``helpers.timeline.weekly_sentiment``);
    weeks with too few quotations are hollow."""
    import matplotlib.dates as mdates

    ax = ax or plt.subplots(figsize=(9, 4))[1]
    colours = colours or {}
    if table.empty:
        ax.figure.set_size_inches(9, 0.6)
        ax.text(0.5, 0.5, "no dated, scored quotations", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    speakers = list(dict.fromkeys(table["speaker"]))
    step = pd.Timedelta(hours=14)  # side by side within a week, so intervals do not hide each other
    for i, speaker in enumerate(speakers):
        g = table[table["speaker"] == speaker]
        x = g["week"] + (i - (len(speakers) - 1) / 2) * step
        colour = colours.get(speaker, "C7")
        ax.vlines(x, g["ci_low"], g["ci_high"], color=colour, alpha=0.6)
        ax.plot(x, g["mean_score"], color=colour, lw=1, alpha=0.5)
        for xi, row in zip(x, g.itertuples(), strict=True):
            ax.plot(xi, row.mean_score, "o", color=colour, mfc="white" if row.too_few else colour)
        ax.plot([], [], "o", color=colour, label=speaker)
    ax.axhline(0, color="black", lw=0.8)
    ax.set_ylim(-1, 1)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    ax.set_ylabel("mean sentiment of quoted words")
    ax.set_xlabel("week of publication (starting Monday); hollow: fewer than 3 quotations")
    ax.set_title("Tone of each speaker's quotations over time, 95% intervals")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    return ax
