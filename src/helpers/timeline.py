"""Time expressions of articles as tables, tied to sentences and quotations, ready for timelines.

:func:`find_dates` is the entry point for one article; :func:`timex_rows` is what the pipeline calls with
the sentences and quotations it already has. Charts use :func:`event_timeline` (one article) and
:func:`weekly_quotes` (a corpus).
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date, datetime

import pandas as pd

from .paragraphs import split_paragraphs
from .sentences import Sentence, split_sentences
from .timex import Context, Timex, find_timexes, period, update_last, update_quarter

TIMEX_COLUMNS = [
    "article_id",
    "timex_id",
    "paragraph",
    "sentence",
    "start",
    "end",
    "text",
    "type",
    "value",
    "granularity",
    "mod",
    "relative",
    "anchored",
    "tense",
    "date_start",
    "date_end",
    "offset_days",
    "quote_id",
    "quote_ids",
]


def as_date(published) -> date | None:
    """A publication date from a ``date``, ``datetime``, pandas Timestamp or ISO string; ``None`` stays None."""
    if published is None or (isinstance(published, float) and pd.isna(published)) or published is pd.NaT:
        return None
    if isinstance(published, datetime | pd.Timestamp):
        return published.date()
    if isinstance(published, date):
        return published
    ts = pd.to_datetime(str(published), errors="coerce", utc=True, format="mixed")
    if pd.isna(ts):
        raise ValueError(f"published must be a date such as 2025-11-25, not {published!r}")
    return ts.tz_convert(None).date()


def tag_sentences(text: str, sentences: list[Sentence], published=None) -> list[tuple[Sentence, Timex]]:
    """Every time expression of ``text``, with its sentence.

    Two things carry over between sentences: an explicit date stays the anchor of "a year earlier" or
    "that day" for the next sentence, and a named quarter ("the third quarter") stays the reporting quarter
    of an earnings story for the rest of the article."""
    ref = as_date(published)
    last, last_sentence, quarter = None, -10, None
    out = []
    for s in sentences:
        if s.is_duplicate or s.is_boilerplate:
            continue
        recent = last if s.index - last_sentence <= 1 else None
        found = find_timexes(text, Context(ref, None, recent, quarter), s.start, s.end)
        new_last, new_quarter = recent, quarter
        for t in found:
            new_last, new_quarter = update_last(new_last, t), update_quarter(new_quarter, t)
        if len(found) > 1 and (new_last, new_quarter) != (recent, quarter):
            # "profit fell in the third quarter from a year earlier": the sentence's own dates anchor it
            found = find_timexes(text, Context(ref, None, new_last, new_quarter), s.start, s.end)
        out.extend((s, t) for t in found)
        if new_last is not recent:
            last, last_sentence = new_last, s.index
        quarter = new_quarter
    return out


def _interval(t: Timex) -> tuple[date | None, date | None]:
    """First and last day a resolved date or time covers; durations and sets cover none by themselves."""
    if t.type in ("DATE", "TIME") and t.anchored != "none":
        span = period(t.value.split("T")[0])
        if span:
            return span
    return None, None


def find_dates(text: str, published=None, *, article_id: str = "") -> pd.DataFrame:
    """Time expressions in one article's text, resolved against ``published`` (a date or ISO string).

    One row per expression with offsets into ``text`` (``text[start:end]`` is the expression), TIMEX3 type
    and value, granularity, and the interval of days it covers (``date_start``, ``date_end``). Without a
    publication date relative expressions keep a TIMEX3 value with unknown parts ("XXXX-WXX-7") and a
    ``relative`` description ("the Sunday before publication"); ``offset_days`` orders them.
    """
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(paragraphs)
    return timex_frame(timex_rows(text, article_id, sentences, published))


def timex_rows(
    text: str, article_id: str, sentences: list[Sentence], published=None, quotes: list[dict] | None = None
) -> list[dict]:
    """Rows of ``timex.parquet`` for one article; ``quotes`` (rows of the quotes table) link each
    expression to the quotations of its sentence."""
    tagged = tag_sentences(text, sentences, published)
    rows = []
    for n, (s, t) in enumerate(tagged):
        row = asdict(t)
        start, end = _interval(t)
        row.update(
            article_id=article_id,
            timex_id=f"{article_id}:t{n + 1}" if article_id else f"t{n + 1}",
            paragraph=s.paragraph,
            sentence=s.index,
            date_start=pd.Timestamp(start) if start else pd.NaT,
            date_end=pd.Timestamp(end) if end else pd.NaT,
        )
        ids = _quotes_of_sentence(s, quotes or [])
        row.update(quote_id=ids[0] if ids else None, quote_ids=ids)
        rows.append(row)
    _place_relative_events(rows, text)
    return rows


def _quotes_of_sentence(s: Sentence, quotes: list[dict]) -> list[str]:
    """Quotations whose words or attribution lie in sentence ``s``: the expression dates what was said."""
    ids = []
    for q in quotes:
        spans = [(q["start"], q["end"])]
        if pd.notna(q.get("speaker_start")):
            spans.append((q["speaker_start"], q["speaker_end"]))
        if any(a < s.end and s.start < b for a, b in spans):
            ids.append(q["quote_id"])
    return ids


def _place_relative_events(rows: list[dict], text: str) -> None:
    """Durations tied to an event ("days before the Turkey trip") are placed before (or after) the article's
    main date: the first dated expression of the lead, as news leads state when the story happens."""
    lead = next(
        (
            r
            for r in rows
            if r["type"] == "DATE" and r["granularity"] in ("day", "week", "month") and r["paragraph"] <= 2
        ),
        None,
    )
    for r in rows:
        if r["type"] != "DURATION":
            continue
        after = text[r["end"] : r["end"] + 30].lower()
        direction = "before" if after.lstrip().startswith(("before", "ahead of", "prior to")) else None
        direction = direction or ("after" if after.lstrip().startswith("after") else None)
        if direction is None:
            continue
        r["relative"] = f"{r['text']} {direction} {_anchor_phrase(text, r['end'])}"
        if lead is None:
            continue
        amount = _duration_days(r["value"])
        if pd.notna(lead["offset_days"]):
            r["offset_days"] = lead["offset_days"] + (-1 if direction == "before" else 1) * (amount + 1) / 2
        if pd.isna(lead["date_start"]):
            continue
        if direction == "before":
            r["date_end"] = lead["date_start"] - pd.Timedelta(days=1)
            r["date_start"] = lead["date_start"] - pd.Timedelta(days=amount)
        else:
            r["date_start"] = lead["date_end"] + pd.Timedelta(days=1)
            r["date_end"] = lead["date_end"] + pd.Timedelta(days=amount)
        r["anchored"] = "text"


def _anchor_phrase(text: str, end: int) -> str:
    m = re.match(
        r"\s*(?:before|after|ahead of|prior to)\s+((?:the|a|an|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+)?)",
        text[end:],
    )
    return m.group(1) if m else "an event"


def _duration_days(value: str) -> int:
    m = re.match(r"P(\d+|X)([DWMY])", value)
    if not m:
        return 3
    n = 3 if m.group(1) == "X" else int(m.group(1))
    return n * {"D": 1, "W": 7, "M": 30, "Y": 365}[m.group(2)]


def timex_frame(rows: list[dict]) -> pd.DataFrame:
    """The ``timex`` table from rows, with stable columns and dtypes even when empty."""
    df = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    for col in ("date_start", "date_end"):
        df[col] = pd.to_datetime(df[col])
    df["offset_days"] = pd.to_numeric(df["offset_days"], errors="coerce").astype(float)
    for col in ("mod", "relative", "quote_id"):
        df[col] = df[col].astype("string")
    return df.astype({"paragraph": "Int64", "sentence": "Int64", "start": "Int64", "end": "Int64"})


def _midpoint(start, end):
    return start + (end - start) / 2


def dated_events(
    timex: pd.DataFrame, quotes: pd.DataFrame, sentences: pd.DataFrame, article_id: str, *, width: int = 70
) -> pd.DataFrame:
    """The events of one article that can be placed in time, for a timeline: one row per dated expression
    (DATE or TIME, or a duration placed before/after the story's main date), with ``when`` (a date, or days
    from publication when no publication date is known), the speaker of the quotation it dates, if any, and a
    short label from its sentence. Present and past references ("now", "recently") and sets are left out."""
    t = timex[(timex["article_id"] == article_id)].copy()
    dated = t["date_start"].notna() | t["offset_days"].notna()
    t = t[dated & t["type"].isin(["DATE", "TIME", "DURATION"])]
    has_dates = t["date_start"].notna().any()
    if has_dates:
        t = t[t["date_start"].notna()]
        # a period far longer than a week (a season, a year) is context, not an event of the story
        span = (t["date_end"] - t["date_start"]).dt.days
        t = t[span <= 31]
        t["when"] = _midpoint(t["date_start"], t["date_end"]).dt.normalize()
        t["begins"], t["ends"] = t["date_start"], t["date_end"]
    else:
        t["when"] = t["begins"] = t["ends"] = t["offset_days"]
    sents = sentences[sentences["article_id"] == article_id].set_index("sentence")
    q = quotes.set_index("quote_id") if len(quotes) else None
    rows = []
    for r in t.itertuples():
        speaker = None
        if q is not None and isinstance(r.quote_id, str) and r.quote_id in q.index:
            speaker = q.at[r.quote_id, "speaker"]
        sentence = sents.at[r.sentence, "clean_text"] if r.sentence in sents.index else r.text
        rows.append(
            {
                "timex_id": r.timex_id,
                "when": r.when,
                "begins": r.begins,
                "ends": r.ends,
                "expression": r.text,
                "value": r.value,
                "relative": r.relative,
                "speaker": speaker,
                "label": _shorten(sentence, width),
                "start": r.start,
                "end": r.end,
                "quote_id": r.quote_id,
            }
        )
    columns = ["timex_id", "when", "begins", "ends", "expression", "value", "relative", "speaker", "label",
               "start", "end", "quote_id"]  # fmt: skip
    out = pd.DataFrame(rows, columns=columns).sort_values(["when", "start"], kind="stable")
    return out.astype({"speaker": "string", "quote_id": "string", "relative": "string"})


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def _dated_quotes(quotes: pd.DataFrame, articles: pd.DataFrame, top: int) -> tuple[pd.DataFrame, pd.Index]:
    """Quotations of the ``top`` most quoted known speakers in dated articles, with the ``week`` (starting
    Monday) of publication; and those speakers, most quoted first."""
    q = quotes.merge(articles[["article_id", "published"]], on="article_id", how="left")
    q = q[q["published"].notna() & (q["speaker"] != "unknown")]
    speakers = q["speaker"].value_counts().head(top).index
    q = q[q["speaker"].isin(speakers)].copy()
    q["week"] = pd.to_datetime(q["published"]).dt.to_period("W-SUN").dt.start_time
    return q, speakers


def weekly_quotes(quotes: pd.DataFrame, articles: pd.DataFrame, *, top: int = 8) -> pd.DataFrame:
    """Quotations per speaker per week of publication, for the ``top`` most quoted known speakers: a wide
    table indexed by week start (Monday), one column per speaker. Articles without a date are left out."""
    q, speakers = _dated_quotes(quotes, articles, top)
    if q.empty:
        return pd.DataFrame()
    table = q.groupby(["week", "speaker"]).size().unstack(fill_value=0)
    return table.reindex(columns=list(speakers), fill_value=0)


def weekly_sentiment(
    quotes: pd.DataFrame, articles: pd.DataFrame, *, top: int = 6, min_quotes: int = 3, seed: int = 0
) -> pd.DataFrame:
    """Mean sentiment score of each of the ``top`` most quoted speakers per week, with a seeded 95% bootstrap
    interval; weeks where a speaker has fewer than ``min_quotes`` quotations are marked ``too_few``."""
    from .sentiment import bootstrap_ci

    if "score" not in quotes.columns:
        raise ValueError("the quotes table has no sentiment scores: process without --no-sentiment")
    q, _ = _dated_quotes(quotes[quotes["score"].notna()], articles, top)
    cols = ["week", "speaker", "n_quotes", "mean_score", "ci_low", "ci_high", "too_few"]
    if q.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (week, speaker), g in q.groupby(["week", "speaker"], sort=True):
        mean, low, high = bootstrap_ci(g["score"].to_numpy(), seed=seed)
        rows.append((week, speaker, len(g), mean, low, high, len(g) < min_quotes))
    return pd.DataFrame(rows, columns=cols)


def article_timexes(
    articles: pd.DataFrame, quotes: pd.DataFrame, timex: pd.DataFrame, article_id: str, published=None
) -> pd.DataFrame:
    """The time expressions of one article: from the ``timex`` table, or, when ``published`` is given,
    resolved again against that date (a notebook parameter for articles that do not state theirs)."""
    if published is None:
        return timex[timex["article_id"] == article_id].reset_index(drop=True)
    text = articles.loc[articles["article_id"] == article_id, "text"].iloc[0]
    rows = quotes[quotes["article_id"] == article_id].to_dict("records")
    sentences = split_sentences(split_paragraphs(text))
    return timex_frame(timex_rows(text, article_id, sentences, published, rows))


def most_dated_article(timex: pd.DataFrame) -> str | None:
    """The article with the most dated expressions: a good first timeline to look at."""
    dated = timex[timex["type"].isin(["DATE", "TIME"]) & (timex["granularity"] != "ref")]
    return None if dated.empty else dated["article_id"].value_counts().index[0]
