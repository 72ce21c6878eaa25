"""From articles to tables: one article through every step (:func:`process_article`), a batch of articles
to DataFrames (:func:`build_tables`), and a whole input to partitioned Parquet tables, in parallel and
resumably (:func:`process_path`, what ``python -m helpers process`` runs)."""

from __future__ import annotations

import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .language import detect_language
from .load import Article
from .paragraphs import Paragraph, split_paragraphs
from .quotes import quote_rows, quotes_frame
from .sentences import Sentence, split_sentences
from .sentiment import SCORE_COLUMNS, score_text
from .speakers import SpeakerTally, merge_speakers
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


# Articles per partition: small enough that two workers finish together and a resumed run loses little,
# large enough that writing six small Parquet files per partition costs nothing by comparison.
PARTITION_SIZE = 250
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


def article_row(pa: ProcessedArticle, n_words: int | None = None) -> dict:
    """The article's row of ``articles.parquet``; ``n_words``: its sentences' words, when counted already."""
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
        "n_words": sum(len(s.clean_text.split()) for s in pa.sentences) if n_words is None else n_words,
        "n_headings": sum(p.is_heading for p in pa.paragraphs),
        "n_boilerplate": sum(p.kind == "boilerplate" for p in pa.paragraphs),
        "n_duplicate_paragraphs": len(dupes),
        "duplicate_paragraphs": dupes,
        "text": a.text,
        "clean_text": pa.clean_text,
    }


def build_tables(
    processed: Iterable[ProcessedArticle], *, sentiment: bool = True, speakers: bool = True
) -> dict[str, pd.DataFrame]:
    """The ``articles``, ``paragraphs``, ``sentences``, ``quotes``, ``timex`` and (unless ``speakers=False``,
    as for one partition of a corpus) ``speakers`` tables."""
    arts, pars, sents, quotes, timexes = [], [], [], [], []
    for pa in processed:
        quotes.extend(pa.quotes or [])
        timexes.extend(pa.timexes or [])
        aid, text = pa.article.article_id, pa.article.text
        words = [len(s.clean_text.split()) for s in pa.sentences]  # (counted once, for both tables)
        arts.append(article_row(pa, sum(words)))
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
                n,
                s.is_heading,
                s.is_boilerplate,
                s.is_duplicate,
            )
            for s, n in zip(pa.sentences, words, strict=True)
        )
    articles = pd.DataFrame(arts, columns=ARTICLE_COLUMNS)
    articles["published"] = pd.to_datetime(articles["published"])
    paragraphs = pd.DataFrame(pars, columns=PARAGRAPH_COLUMNS).astype({"duplicate_of": "Int64"})
    sentences = pd.DataFrame(sents, columns=SENTENCE_COLUMNS)
    quote_table = quotes_frame(quotes, SCORE_COLUMNS if sentiment else ())
    articles["n_quotes"] = articles["article_id"].map(quote_table.groupby("article_id").size()).fillna(0).astype(int)
    tables = {
        "articles": articles,
        "paragraphs": paragraphs,
        "sentences": sentences,
        "quotes": quote_table,
        "timex": timex_frame(timexes),
    }
    if speakers:
        tables["speakers"] = merge_speakers(quote_table)
    return tables


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
    n_partitions: int = 0
    n_resumed: int = 0
    where: str = ""

    def line(self) -> str:
        rate = self.n_articles / self.seconds if self.seconds else float("inf")
        why = ", ".join(f"{n} {reason}" for reason, n in self.failures.most_common())
        failed = f"{self.n_failed} failed ({why})" if self.n_failed else "0 failed"
        resumed = f", {self.n_resumed} of {self.n_partitions} partitions already done" if self.n_resumed else ""
        return (
            f"{self.n_articles} articles read, {failed}, {self.n_sentences} sentences, {self.n_quotes} quotes "
            f"in {self.seconds:.1f}s ({rate:.0f} articles/s{resumed}) -> {self.out}"
        )


def _limit(article: Article, published: str | None, max_chars: int) -> Article:
    """Apply the run's settings to one article as read: the size limit and the default publication date."""
    if article.status == "ok" and len(article.text) > max_chars:
        article.fail(
            f"too large: {len(article.text) / 1e6:.1f} M characters (limit {max_chars / 1e6:g} M; "
            "raise --max-chars to process it)"
        )
    if published and not article.published and article.status == "ok":
        article.published = published
        article.warnings.append(f"publication date {published} given on the command line")
    return article


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
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    resume: bool = True,
) -> RunSummary:
    """Read every article under ``input_path``, process it and write the tables to ``out``.

    Articles are read as a stream and processed in partitions of ``partition_size`` (in input order), on
    ``workers`` local processes (default: one per core), or on the Dask cluster at ``scheduler``; each table
    is a folder of Parquet parts, one per partition (see :mod:`helpers.store`). A run that is stopped and
    started again skips the partitions already finished with the same inputs, settings and code
    (``resume=False`` redoes them all). ``progress=None`` shows a bar only on a terminal;
    ``sentiment=False`` skips scoring the quotations and ``timex=False`` finding time expressions;
    ``published`` (YYYY-MM-DD) is the publication date of articles that do not state one; articles longer
    than ``max_chars`` characters are reported as failed, not processed. Each input that fails is reported
    through ``log`` (default: standard error) and kept in ``articles.parquet`` with its reason.
    """
    from functools import partial

    from tqdm.auto import tqdm

    from . import store
    from .cluster import available_cores, run_all
    from .load import estimate_articles, iter_articles, list_inputs
    from .partitions import MARKERS, finished, partitions, process_partition, settings_key

    t0 = time.perf_counter()
    if published is not None and parse_published(published)[0] is None:
        raise ValueError(f"--published must be a date such as 2025-11-25, not {published!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"--workers must be at least 1, not {workers}")
    files = list_inputs(input_path)
    if not files:
        log = log or (lambda msg: print(msg, file=sys.stderr))
        log(f"warning: no article files found in {input_path} (looked for {', '.join(sorted(_suffixes()))})")
    log = log or (lambda msg: tqdm.write(msg, file=sys.stderr))
    out = Path(out)
    store.prepare_out(out)
    if not resume:
        shutil.rmtree(out / MARKERS, ignore_errors=True)

    bar = tqdm(
        total=estimate_articles(files),
        desc="articles",
        unit="art",
        disable=(None if progress is None else not progress),
        leave=False,
    )
    totals: Counter = Counter()
    failures: Counter = Counter()
    where: list[str] = []

    def count(stats: dict) -> None:
        for key in ("n_articles", "n_failed", "n_sentences", "n_quotes"):
            totals[key] += stats[key]
        failures.update(stats["failures"])
        bar.update(stats["n_articles"])

    def todo():
        articles = (_limit(a, published, max_chars) for a in iter_articles(files))
        for part in partitions(articles, partition_size, settings_key(sentiment=sentiment, timex=timex)):
            totals["partitions"] += 1
            done = finished(out, part)
            if done:
                totals["resumed"] += 1
                count(done)
            else:
                yield part

    def started(place: str) -> None:
        where.append(place)
        if place != "in this process":
            log(f"processing on a {place}")

    work = partial(process_partition, out=str(out), sentiment=sentiment, timex=timex)
    try:
        for stats in run_all(work, todo(), workers=workers or available_cores(), scheduler=scheduler, on_start=started):
            for message in stats["messages"]:
                log(message)
            count(stats)
    except BaseException as exc:  # Ctrl-C, a worker lost for good, a full disk: say what is kept, then stop
        bar.close()
        why = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"stopped by {type(exc).__name__}: {exc}"
        log(
            f"{why} after {totals['n_articles']} articles: the finished partitions are kept; "
            "run the same command again to resume"
        )
        raise
    bar.close()

    n_parts = totals["partitions"]
    _finish_tables(out, n_parts, sentiment=sentiment)
    summary = RunSummary(
        n_articles=totals["n_articles"],
        n_failed=totals["n_failed"],
        n_sentences=totals["n_sentences"],
        n_quotes=totals["n_quotes"],
        seconds=time.perf_counter() - t0,
        out=out,
        failures=failures,
        n_partitions=n_parts,
        n_resumed=totals["resumed"],
        where=where[0] if where else "",
    )
    store.write_json(
        {
            "input": str(input_path),
            "partitions": n_parts,
            "partition_size": partition_size,
            "articles": summary.n_articles,
            "failed": summary.n_failed,
            "failures": dict(failures),
            "sentences": summary.n_sentences,
            "quotes": summary.n_quotes,
            "settings": {"sentiment": sentiment, "timex": timex, "published": published, "max_chars": max_chars},
            "tables": list(store.TABLES),
        },
        out / store.MANIFEST,
    )
    return summary


def _finish_tables(out: Path, n_parts: int, *, sentiment: bool) -> None:
    """After the last partition: drop parts and records beyond it (left by an earlier, larger input), write
    empty tables when there was no input, and build the corpus-wide ``speakers`` table from ``quotes``."""
    from . import store
    from .partitions import MARKERS, PARTITIONED

    for name in PARTITIONED:
        store.remove_parts_from(out, name, max(n_parts, 1))
    for marker in (out / MARKERS).glob("part-*.json"):
        if int(marker.stem.removeprefix("part-")) >= n_parts:
            marker.unlink()
    if n_parts == 0:  # every table still exists, empty, so readers need no special case
        for name, df in build_tables([], sentiment=sentiment, speakers=False).items():
            store.write_part(df, out, name, 0)
    # one part at a time, only the columns it needs: memory follows the number of speakers, not of quotations
    columns = ["article_id", "kind", "speaker", "speaker_mention", "speaker_type"]
    columns += ["score", "label"] if sentiment else []
    tally = SpeakerTally()
    for part in store.parts(out, "quotes"):
        tally.add(pd.read_parquet(part, columns=columns))
    store.replace_table(tally.table(), out, "speakers")


def failure_reason(error: str) -> str:
    """The kind of a failure, for counting: "line 3: malformed JSON (...)" -> "malformed JSON"."""
    return re.split(r" \(|: |; ", re.sub(r"^(line|item) \d+: ", "", error))[0]


def _suffixes() -> set[str]:
    from .load import ARTICLE_SUFFIXES

    return set(ARTICLE_SUFFIXES)
