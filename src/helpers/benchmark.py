"""``python -m helpers benchmark``: articles per second on one core, and sentence breaks that fall inside a
quotation or right after an abbreviation or initial, for raw Punkt and for our splitter, on the same text."""

from __future__ import annotations

import time
from pathlib import Path

from .load import list_inputs, read_file
from .pipeline import process_article
from .sentences import break_errors, punkt_spans, split_text


def sentence_break_errors(paragraph_texts: list[str]) -> dict[str, dict[str, int]]:
    """Break-error counts, summed over paragraphs, for ``punkt`` alone and for ``helpers``."""
    totals = {
        name: {"sentences": 0, "inside_quote": 0, "after_abbreviation": 0, "over_600_chars": 0}
        for name in ("punkt", "helpers")
    }
    for text in paragraph_texts:
        for name, splitter in (("punkt", punkt_spans), ("helpers", split_text)):
            spans = splitter(text)
            counts = break_errors(text, spans)
            totals[name]["sentences"] += len(spans)
            totals[name]["inside_quote"] += counts["inside_quote"]
            totals[name]["after_abbreviation"] += counts["after_abbreviation"]
            # Joining too eagerly (an unclosed quote mark) shows up as very long sentences.
            totals[name]["over_600_chars"] += sum(1 for s, e in spans if e - s > 600)
    return totals


def run_benchmark(input_path: str | Path, *, limit: int | None = None) -> dict:
    """Print and return speed and sentence-break figures for the articles under ``input_path``."""
    files = list_inputs(input_path)[:limit]
    t0 = time.perf_counter()
    articles = [a for f in files for a in read_file(f)]
    t_read = time.perf_counter() - t0
    # each step adds one to the last; time expressions stay off until the last step (they are not part of
    # "sentences" or "quotes", whatever process_article's defaults)
    processed = [process_article(a, quotes=False, timex=False) for a in articles]
    t_all = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_quotes = sum(len(process_article(a, sentiment=False, timex=False).quotes or []) for a in articles)
    t_quotes = t_read + time.perf_counter() - t1
    t2 = time.perf_counter()
    for a in articles:
        process_article(a, timex=False)
    t_sentiment = t_read + time.perf_counter() - t2
    t3 = time.perf_counter()
    for a in articles:
        process_article(a)
    t_timex = t_read + time.perf_counter() - t3
    n = len(articles)
    print(
        f"{n} articles, {sum(len(p.sentences) for p in processed)} sentences, {n_quotes} quotes, "
        f"{sum(len(a.text) for a in articles) / 1e6:.1f} M characters"
    )
    print(
        f"load {t_read:.2f}s; load + clean + paragraphs + sentences {t_all:.2f}s "
        f"= {n / t_all:.0f} articles/s on one core"
    )
    print(f"load + clean + sentences + quotes and speakers {t_quotes:.2f}s = {n / t_quotes:.0f} articles/s on one core")
    print(f"the same + sentiment of every quotation {t_sentiment:.2f}s = {n / t_sentiment:.0f} articles/s on one core")
    print(f"the same + time expressions {t_timex:.2f}s = {n / t_timex:.0f} articles/s on one core")
    texts = [p.text for pa in processed for p in pa.paragraphs if not p.is_heading]
    totals = sentence_break_errors(texts)
    print("\nsentence breaks that are errors by rule, per 1,000 sentences:")
    print(f"{'splitter':<10}{'sentences':>11}{'in quote':>10}{'after abbr.':>13}{'total/1k':>10}{'>600 chars':>12}")
    for name, t in totals.items():
        per_k = 1000 * (t["inside_quote"] + t["after_abbreviation"]) / max(1, t["sentences"])
        print(
            f"{name:<10}{t['sentences']:>11}{t['inside_quote']:>10}{t['after_abbreviation']:>13}{per_k:>10.2f}"
            f"{t['over_600_chars']:>12}"
        )
    return {
        "articles": n,
        "seconds": t_all,
        "articles_per_second": n / t_all,
        "quotes_articles_per_second": n / t_quotes,
        "sentiment_articles_per_second": n / t_sentiment,
        "timex_articles_per_second": n / t_timex,
        "breaks": totals,
    }
