"""Summaries the notebooks show: what cleaning changed, repeated paragraphs, sentence statistics."""

from __future__ import annotations

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
        "status",
        "n_chars",
        "n_paragraphs",
        "n_sentences",
        "n_words",
        "n_headings",
        "n_boilerplate",
        "n_duplicate_paragraphs",
    ]
    return articles[cols]


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
