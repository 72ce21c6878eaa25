"""From articles to tables: ``articles``, ``paragraphs`` and ``sentences`` as pandas DataFrames and
Parquet files. This is what ``python -m helpers process`` runs."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .language import detect_language
from .load import Article, read_articles
from .paragraphs import Paragraph, split_paragraphs
from .quotes import quote_rows, quotes_frame
from .sentences import Sentence, split_sentences
from .sentiment import SCORE_COLUMNS, score_text
from .speakers import merge_speakers
from .timeline import as_date, timex_frame, timex_rows

ARTICLE_COLUMNS = [
    "article_id",
    "title",
    "outlet",
    "published",
    "published_raw",
    "url",
    "author",
    "source_path",
    "record",
    "encoding",
    "language",
    "status",
    "error",
    "warning",
    "n_chars",
    "n_paragraphs",
    "n_sentences",
    "n_words",
    "n_headings",
    "n_boilerplate",
    "n_duplicate_paragraphs",
    "duplicate_paragraphs",
    "text",
    "clean_text",
]
PARAGRAPH_COLUMNS = [
    "article_id",
    "paragraph",
    "start",
    "end",
    "kind",
    "is_heading",
    "is_duplicate",
    "duplicate_of",
    "text",
    "clean_text",
]
SENTENCE_COLUMNS = [
    "article_id",
    "paragraph",
    "sentence",
    "start",
    "end",
    "text",
    "clean_text",
    "n_words",
    "is_heading",
    "is_boilerplate",
    "is_duplicate",
]


LARGE_ARTICLE_CHARS = 1_000_000
# Beyond this an input is almost surely not one article (a whole corpus or a dump in one file); it is
# reported as failed with the way to process it anyway, so one file cannot stall a run for minutes.
MAX_ARTICLE_CHARS = 25_000_000


@dataclass
class ProcessedArticle:
    """One article after cleaning and splitting."""

    article: Article
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    quotes: list[dict] | None = None
    language: str | None = None
    timexes: list[dict] | None = None

    @property
    def clean_text(self) -> str:
        """Cleaned body: repaired Unicode, folded whitespace, paragraphs separated by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)


def process_article(
    article: Article, *, quotes: bool = True, sentiment: bool = True, timex: bool = True
) -> ProcessedArticle:
    """Clean, split into paragraphs and sentences, and (unless ``quotes=False``) extract quotations and
    (unless ``timex=False``) time expressions resolved against the publication date, for one article;
    failed articles pass through untouched."""
    if article.status != "ok":
        return ProcessedArticle(article, [], [])
    if len(article.text) > LARGE_ARTICLE_CHARS:
        article.warnings.append(
            f"very large for one article ({len(article.text) / 1e6:.1f} M characters): is this several "
            "articles in one file? Processing it anyway"
        )
    language = detect_language(article.text)
    if language != "en":  # the rules and lexicons are English: mark, do not misparse
        article.warnings.append(f"not English ({language}): sentences split, quotations and sentiment not extracted")
        quotes = timex = False
    paragraphs = split_paragraphs(article.text)
    if not paragraphs:
        article.fail("no text after cleaning")
    sentences = split_sentences(paragraphs)
    rows = quote_rows(article.text, article.article_id, paragraphs, sentences) if quotes else None
    if rows and sentiment:
        # only the quoted words are scored, never the reporter's attribution around them
        for row in rows:
            row.update(score_text(row["text"]))
    timexes = None
    if timex:
        published = parse_published(article.published)[0]
        timexes = timex_rows(article.text, article.article_id, sentences, published, rows)
    return ProcessedArticle(article, paragraphs, sentences, rows, language, timexes)


def parse_published(value: str | None) -> tuple[pd.Timestamp | None, str | None]:
    """Parse a publication date to a day-resolution timestamp: ``(timestamp, warning)``."""
    if not value:
        return None, None
    try:
        return pd.Timestamp(as_date(value)), None
    except ValueError:
        return None, f"unparseable publication date {value!r}"


def article_row(pa: ProcessedArticle) -> dict:
    a = pa.article
    published, warning = parse_published(a.published)
    if published is not None and published > pd.Timestamp.now().normalize() + pd.Timedelta(days=1):
        warning = f"publication date {published.date()} is in the future"
    warnings = [*a.warnings, *([warning] if warning else [])]
    dupes = [p.index for p in pa.paragraphs if p.is_duplicate]
    return {
        "article_id": a.article_id,
        "title": a.title,
        "outlet": a.outlet,
        "published": published,
        "published_raw": a.published,
        "url": a.url,
        "author": a.author,
        "source_path": a.source_path,
        "record": a.record,
        "encoding": a.encoding,
        "status": a.status,
        "error": a.error,
        "warning": "; ".join(warnings) or None,
        "language": pa.language,
        "n_chars": len(a.text),
        "n_paragraphs": len(pa.paragraphs),
        "n_sentences": len(pa.sentences),
        "n_words": sum(len(s.clean_text.split()) for s in pa.sentences),
        "n_headings": sum(p.is_heading for p in pa.paragraphs),
        "n_boilerplate": sum(p.kind == "boilerplate" for p in pa.paragraphs),
        "n_duplicate_paragraphs": len(dupes),
        "duplicate_paragraphs": dupes,
        "text": a.text,
        "clean_text": pa.clean_text,
    }


def build_tables(processed: Iterable[ProcessedArticle], *, sentiment: bool = True) -> dict[str, pd.DataFrame]:
    """The ``articles``, ``paragraphs``, ``sentences``, ``quotes``, ``speakers`` and ``timex`` tables."""
    arts, pars, sents, quotes, timexes = [], [], [], [], []
    for pa in processed:
        quotes.extend(pa.quotes or [])
        timexes.extend(pa.timexes or [])
        aid, text = pa.article.article_id, pa.article.text
        arts.append(article_row(pa))
        pars.extend(
            (
                aid,
                p.index,
                p.start,
                p.end,
                p.kind,
                p.is_heading,
                p.is_duplicate,
                p.duplicate_of,
                text[p.start : p.end],
                p.text,
            )
            for p in pa.paragraphs
        )
        sents.extend(
            (
                aid,
                s.paragraph,
                s.index,
                s.start,
                s.end,
                text[s.start : s.end],
                s.clean_text,
                len(s.clean_text.split()),
                s.is_heading,
                s.is_boilerplate,
                s.is_duplicate,
            )
            for s in pa.sentences
        )
    articles = pd.DataFrame(arts, columns=ARTICLE_COLUMNS)
    articles["published"] = pd.to_datetime(articles["published"])
    paragraphs = pd.DataFrame(pars, columns=PARAGRAPH_COLUMNS).astype({"duplicate_of": "Int64"})
    sentences = pd.DataFrame(sents, columns=SENTENCE_COLUMNS)
    quote_table = quotes_frame(quotes, SCORE_COLUMNS if sentiment else ())
    articles["n_quotes"] = articles["article_id"].map(quote_table.groupby("article_id").size()).fillna(0).astype(int)
    return {
        "articles": articles,
        "paragraphs": paragraphs,
        "sentences": sentences,
        "quotes": quote_table,
        "speakers": merge_speakers(quote_table),
        "timex": timex_frame(timexes),
    }


def write_table(df: pd.DataFrame, path: Path) -> None:
    """Write ``df`` as Parquet atomically: a half-written file never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@dataclass
class RunSummary:
    """What a run did, for the one-line summary and for callers."""

    n_articles: int
    n_failed: int
    n_sentences: int
    n_quotes: int
    seconds: float
    out: Path
    failures: Counter

    def line(self) -> str:
        rate = self.n_articles / self.seconds if self.seconds else float("inf")
        why = ", ".join(f"{n} {reason}" for reason, n in self.failures.most_common())
        failed = f"{self.n_failed} failed ({why})" if self.n_failed else "0 failed"
        return (
            f"{self.n_articles} articles read, {failed}, {self.n_sentences} sentences, {self.n_quotes} quotes "
            f"in {self.seconds:.1f}s ({rate:.0f} articles/s) -> {self.out}"
        )


def process_path(
    input_path: str | Path,
    out: str | Path,
    *,
    progress: bool | None = None,
    log: Callable[[str], None] | None = None,
    sentiment: bool = True,
    published: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    timex: bool = True,
) -> RunSummary:
    """Read every article under ``input_path``, process it and write the tables to ``out``.

    ``progress=None`` shows a bar only on a terminal; ``sentiment=False`` skips scoring the quotations and
    ``timex=False`` finding time expressions (``timex.parquet`` is then empty);
    ``published`` (YYYY-MM-DD) is the publication date of articles that do not state one; articles longer
    than ``max_chars`` characters are reported as failed, not processed.
    Each input that fails is reported through ``log``
    (default: standard error) and kept in ``articles.parquet`` with its reason.
    """
    from tqdm.auto import tqdm

    log = log or (lambda msg: print(msg, file=sys.stderr))
    t0 = time.perf_counter()
    articles = read_articles(input_path)
    if published is not None and parse_published(published)[0] is None:
        raise ValueError(f"--published must be a date such as 2025-11-25, not {published!r}")
    for a in articles:
        if a.status == "ok" and len(a.text) > max_chars:
            a.fail(
                f"too large: {len(a.text) / 1e6:.1f} M characters (limit {max_chars / 1e6:g} M; "
                "raise --max-chars to process it)"
            )
        if published and not a.published and a.status == "ok":
            a.published = published
            a.warnings.append(f"publication date {published} given on the command line")
    if not articles:
        log(f"warning: no article files found in {input_path} (looked for {', '.join(sorted(_suffixes()))})")
    bar = tqdm(articles, desc="articles", unit="art", disable=(None if progress is None else not progress), leave=False)
    processed = [process_article(a, sentiment=sentiment, timex=timex) for a in bar]
    for pa in processed:
        a = pa.article
        where = a.source_path + (f":{a.record}" if a.record is not None else "")
        if a.status != "ok":
            log(f"failed: {where}: {a.error}")
        for w in a.warnings:
            log(f"warning: {where}: {w}")
    tables = build_tables(processed, sentiment=sentiment)
    out = Path(out)
    for name, df in tables.items():
        write_table(df, out / f"{name}.parquet")
    failed = tables["articles"].loc[tables["articles"]["status"] != "ok", "error"]
    return RunSummary(
        n_articles=len(articles),
        n_failed=len(failed),
        n_sentences=len(tables["sentences"]),
        n_quotes=len(tables["quotes"]),
        seconds=time.perf_counter() - t0,
        out=out,
        failures=Counter(failure_reason(e) for e in failed),
    )


def failure_reason(error: str) -> str:
    """The kind of a failure, for counting: "line 3: malformed JSON (...)" -> "malformed JSON"."""
    return re.split(r" \(|: |; ", re.sub(r"^(line|item) \d+: ", "", error))[0]


def _suffixes() -> set[str]:
    from .load import ARTICLE_SUFFIXES

    return set(ARTICLE_SUFFIXES)
