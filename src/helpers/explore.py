"""Summaries the notebooks show: what cleaning changed, repeated paragraphs, sentence statistics, quotes."""

from __future__ import annotations

import html

import pandas as pd


def status_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per status and error, so failures are visible at a glance."""
    return (
        articles.assign(error=articles["error"].fillna(""))
        .groupby(["status", "error"], dropna=False)
        .size()
        .rename("articles")
        .reset_index()
    )


def article_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """One line per article: metadata and counts, without the long text columns."""
    cols = [
        "article_id",
        "title",
        "outlet",
        "published",
        "language",
        "status",
        "n_chars",
        "n_paragraphs",
        "n_sentences",
        "n_words",
        "n_headings",
        "n_boilerplate",
        "n_duplicate_paragraphs",
        "n_quotes",
    ]
    return articles[[c for c in cols if c in articles.columns]]


def cleaning_changes(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs whose cleaned text differs from the original (mojibake, odd spaces, entities)."""
    changed = paragraphs[paragraphs["text"] != paragraphs["clean_text"]]
    return changed[["article_id", "paragraph", "text", "clean_text"]].rename(
        columns={"text": "original", "clean_text": "cleaned"}
    )


def structure(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs that are not plain body text: headlines, subheadings, boilerplate, repeats."""
    mask = (paragraphs["kind"] != "body") | paragraphs["is_duplicate"]
    out = paragraphs.loc[mask, ["article_id", "paragraph", "kind", "duplicate_of", "clean_text"]]
    return out.assign(kind=out["kind"].where(~paragraphs.loc[mask, "is_duplicate"], "repeat"))


def duplicate_pairs(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Each flagged repeat beside the paragraph it repeats."""
    dup = paragraphs[paragraphs["is_duplicate"]]
    first = paragraphs.set_index(["article_id", "paragraph"])["clean_text"]
    return pd.DataFrame(
        {
            "article_id": dup["article_id"].to_numpy(),
            "first": dup["duplicate_of"].to_numpy(),
            "repeat": dup["paragraph"].to_numpy(),
            "first_text": [first[(a, int(i))] for a, i in zip(dup["article_id"], dup["duplicate_of"], strict=True)],
            "repeat_text": dup["clean_text"].to_numpy(),
        }
    )


def sentence_stats(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per article: sentences counted once (no headings, boilerplate or repeats) and their length in words."""
    body = sentences[~(sentences["is_heading"] | sentences["is_boilerplate"] | sentences["is_duplicate"])]
    return (
        body.groupby("article_id")["n_words"]
        .agg(sentences="size", words="sum", mean_words="mean", median_words="median", longest="max")
        .round(1)
        .reset_index()
    )


def quote_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The columns of the quotes table a reader wants first."""
    return quotes[["kind", "text", "speaker", "speaker_mention", "speaker_type", "cue", "sentence"]]


def quote_kinds(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes by kind (direct, partial, indirect) and by source type (named person, anonymous, ...)."""
    return quotes.groupby(["kind", "speaker_type"]).size().unstack(fill_value=0)


def quotes_in_context(articles: pd.DataFrame, quotes: pd.DataFrame, article_id: str) -> str:
    """HTML of each quotation of one article in its sentence: quote in bold, speaker mention highlighted.

    All article text is escaped, so markup in a source can never run in a report.
    """
    text = articles.set_index("article_id").loc[article_id, "text"]
    parts = []
    for q in quotes[quotes["article_id"] == article_id].itertuples():
        marks = [(q.start, q.end, "b")]
        if pd.notna(q.speaker_start):
            marks.append((int(q.speaker_start), int(q.speaker_end), "mark"))
        lo = min(s for s, _, _ in marks)
        hi = max(e for _, e, _ in marks)
        lo = max(0, text.rfind("\n", 0, lo) + 1)
        hi = text.find("\n", hi) if text.find("\n", hi) >= 0 else len(text)
        pos, out = lo, []
        for s, e, tag in sorted(marks):
            if s < pos:  # a mention inside the quote: leave it plain
                continue
            out += [html.escape(text[pos:s]), f"<{tag}>", html.escape(text[s:e]), f"</{tag}>"]
            pos = e
        out.append(html.escape(text[pos:hi]))
        who = html.escape(f"{q.kind} · {q.speaker} ({q.speaker_type})")
        parts.append(f"<p><small>{who}</small><br>{''.join(out)}</p>")
    return "\n".join(parts)


def extreme_quotes(quotes: pd.DataFrame, n: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most positive and ``n`` most negative quotations with their speakers and scores."""
    cols = ["speaker", "kind", "text", "score", "label", "vader", "polarity"]
    ranked = quotes.sort_values("score", kind="stable")
    return ranked.tail(n)[::-1][cols], ranked.head(n)[cols]
