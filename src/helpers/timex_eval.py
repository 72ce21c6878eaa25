"""Score time-expression tagging against TimeML documents (TimeBank as released for TempEval-3).

``python -m helpers timex-eval ../shared/data/timeml/timebank`` prints, for the package and for
dateparser's ``search_dates`` run the same way, extraction precision/recall/F1 (strict: same offsets;
relaxed: overlapping) and the accuracy of normalised values on the gold DATE expressions found.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    doc_id: str
    dct: date
    text: str
    timexes: list[GoldTimex]


def read_timeml(path: str | Path) -> TimeMLDoc:
    """One TimeML file: creation date, the plain text of <TEXT> (tags removed, nothing else changed) and
    its TIMEX3 annotations with offsets into that text."""
    raw = Path(path).read_text("utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", raw, re.S)
    if not dct_m:
        raise ValueError(f"{path}: no document creation time")
    dct = date(int(dct_m.group(1)), int(dct_m.group(2)), int(dct_m.group(3)))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not body:
        raise ValueError(f"{path}: no <TEXT>")
    src = body.group(1)
    out: list[str] = []
    length = 0
    pos = 0
    open_timex: tuple[int, dict] | None = None
    timexes = []
    for m in _TAG.finditer(src):
        chunk = src[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex:
            start, a = open_timex
            timexes.append(GoldTimex(start, length, "", a.get("type", ""), a.get("value", "")))
            open_timex = None
    out.append(src[pos:])
    text = "".join(out)
    timexes = [GoldTimex(t.start, t.end, text[t.start : t.end], t.type, t.value) for t in timexes]
    return TimeMLDoc(Path(path).stem, dct, text, timexes)


def read_corpus(folder: str | Path) -> list[TimeMLDoc]:
    """Every ``*.tml`` document under ``folder``, sorted by name."""
    files = sorted(Path(folder).rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files under {folder}")
    return [read_timeml(f) for f in files]


def split_of(doc_id: str) -> str:
    """A fixed split for tuning: about a third of the documents ("test") are held out from rule writing."""
    import zlib

    return "test" if zlib.crc32(doc_id.encode()) % 3 == 0 else "train"


@dataclass
class Prediction:
    start: int
    end: int
    type: str
    value: str | None


def package_tagger(doc: TimeMLDoc) -> list[Prediction]:
    from .timeline import find_dates

    df = find_dates(doc.text, doc.dct)
    return [Prediction(int(r.start), int(r.end), r.type, r.value) for r in df.itertuples()]


def dateparser_tagger(doc: TimeMLDoc) -> list[Prediction]:
    """dateparser's ``search_dates`` with RELATIVE_BASE at the creation date; values at day granularity
    (it returns datetimes), offsets found by searching each returned substring in order."""
    from datetime import datetime

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(doc.dct.year, doc.dct.month, doc.dct.day), "PREFER_DATES_FROM": "past"}
    preds = []
    # sentence by sentence: dateparser's search is slow and unreliable on long texts
    from .paragraphs import split_paragraphs
    from .sentences import split_sentences

    for s in split_sentences(split_paragraphs(doc.text)):
        chunk = doc.text[s.start : s.end]
        try:
            found = search_dates(chunk, languages=["en"], settings=settings) or []
        except Exception:  # dateparser raises on some inputs; count them as nothing found
            found = []
        pos = 0
        for substring, when in found:
            i = chunk.find(substring, pos)
            if i < 0:
                continue
            pos = i + len(substring)
            preds.append(Prediction(s.start + i, s.start + pos, "DATE", when.date().isoformat()))
    return preds


@dataclass
class Scores:
    strict: tuple[float, float, float]
    relaxed: tuple[float, float, float]
    value_accuracy: float
    value_accuracy_found: float  # on the gold DATE expressions the tagger found (relaxed match)
    n_gold: int
    n_pred: int
    n_gold_dates: int
    seconds: float


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def value_matches(gold: str, pred: str | None) -> bool:
    """A predicted value is right when it equals the gold one; a day-resolution prediction is also right
    for a gold value at a finer resolution on that day (dateparser gives days, never weeks or months)."""
    if pred is None:
        return False
    return pred == gold or (len(gold) > 10 and gold.startswith(pred) and gold[10] == "T")


def score(docs: list[TimeMLDoc], tagger) -> tuple[Scores, list[tuple]]:
    """Score ``tagger`` (doc -> predictions) on ``docs``; also returns the errors for inspection."""
    n_gold = n_pred = strict_tp = rel_tp_pred = rel_tp_gold = 0
    n_dates = dates_right = dates_found = 0
    errors = []
    t0 = time.perf_counter()
    for doc in docs:
        preds = tagger(doc)
        n_gold += len(doc.timexes)
        n_pred += len(preds)
        gold_spans = {(g.start, g.end) for g in doc.timexes}
        strict_tp += sum((p.start, p.end) in gold_spans for p in preds)
        rel_tp_pred += sum(any(p.start < g.end and g.start < p.end for g in doc.timexes) for p in preds)
        for p in preds:
            if not any(p.start < g.end and g.start < p.end for g in doc.timexes):
                errors.append(("fp", doc.doc_id, doc.text[p.start : p.end], p.type, p.value, ""))
        for g in doc.timexes:
            hits = [p for p in preds if p.start < g.end and g.start < p.end]
            if hits:
                rel_tp_gold += 1
            else:
                errors.append(("fn", doc.doc_id, g.text, g.type, g.value, _context(doc.text, g)))
            if g.type == "DATE":
                n_dates += 1
                ok = any(value_matches(g.value, p.value) for p in hits)
                dates_right += ok
                dates_found += bool(hits)
                if hits and not ok:
                    errors.append(("value", doc.doc_id, g.text, g.value, hits[0].value, _context(doc.text, g)))
    seconds = time.perf_counter() - t0
    scores = Scores(
        strict=_prf(strict_tp, n_pred, strict_tp, n_gold),
        relaxed=_prf(rel_tp_pred, n_pred, rel_tp_gold, n_gold),
        value_accuracy=dates_right / n_dates if n_dates else 0.0,
        value_accuracy_found=dates_right / dates_found if dates_found else 0.0,
        n_gold=n_gold,
        n_pred=n_pred,
        n_gold_dates=n_dates,
        seconds=seconds,
    )
    return scores, errors


def _context(text: str, g: GoldTimex) -> str:
    return " ".join(text[max(0, g.start - 50) : g.end + 30].split())


def run(folder: str | Path, *, baseline: bool = True, split: str = "all", show_errors: int = 0) -> str:
    """The evaluation table (Markdown) for the package and, unless ``baseline=False``, dateparser."""
    docs = read_corpus(folder)
    if split != "all":
        docs = [d for d in docs if split_of(d.doc_id) == split]
    taggers = [("helpers", package_tagger)]
    if baseline:
        try:
            import dateparser  # noqa: F401

            taggers.append(("dateparser search_dates", dateparser_tagger))
        except ImportError:
            taggers.append(("dateparser (not installed: pip install dateparser)", None))
    n_gold = sum(len(d.timexes) for d in docs)
    lines = [
        f"{len(docs)} documents ({split}), {n_gold} gold time expressions",
        "",
        "| tagger | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | DATE value acc "
        "(all gold DATEs) | DATE value acc (DATEs found) | docs/s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, tagger in taggers:
        if tagger is None:
            lines.append(f"| {name} | | | | | | | | | |")
            continue
        s, errors = score(docs, tagger)
        lines.append(
            f"| {name} | {s.strict[0]:.3f} | {s.strict[1]:.3f} | {s.strict[2]:.3f} | {s.relaxed[0]:.3f} | "
            f"{s.relaxed[1]:.3f} | {s.relaxed[2]:.3f} | {s.value_accuracy:.3f} (of {s.n_gold_dates}) | "
            f"{s.value_accuracy_found:.3f} | {len(docs) / s.seconds:.1f} |"
        )
        if show_errors and name == "helpers":
            for e in errors[:show_errors]:
                lines.append("    " + " | ".join(str(x) for x in e))
    return "\n".join(lines)
