"""``python -m helpers evaluate GOLD_DIR``: score quotation and speaker extraction against attribution
annotations in brat standoff format (PolNeAR: ``GOLD_DIR/text/*.txt`` and ``GOLD_DIR/attributions/*.ann``).

Direct quotations: the gold ones are the quoted spans inside an attribution's content. A predicted quotation
(direct or partial) matches a gold one when they overlap by at least half of the longer. Speaker accuracy:
on matched quotations, the predicted speaker mention overlaps the gold source span. End-to-end: quotation and
speaker both right. All attributions: every predicted quotation (indirect too) against every gold content
span, same matching rule. ``--errors FILE`` lists every disagreement on quotations (see :func:`quotation_errors`).

The headline figures score the annotations as they are. A few gold attributions have their source and cue
labels swapped (source "said", cue "Jillian Soto"), which no extractor can match; the report also gives speaker
accuracy and end-to-end F1 with those labels read the right way round (see :func:`labels_swapped`), and how
many there are, so the two readings can be told apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import speakers as sp
from .lexicon import reporting_verbs, usual_tag
from .load import read_file
from .pipeline import process_article
from .quote_marks import find_quote_spans
from .quotes import quotes_frame
from .sentences import uses_single_quotes


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


def read_ann(path: Path) -> list[GoldAttribution]:
    """Attributions of one brat ``.ann`` file (text-bound spans joined through ``E`` events)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in p.split()) for p in offsets.split(";")]
            spans[parts[0]] = (label, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in parts[1].split()])
    out = []
    for args in events:
        attr = GoldAttribution()
        for role, tid in args:
            role = re.sub(r"\d+$", "", role).lower()
            if tid in spans and hasattr(attr, role) and role != "attribution":
                getattr(attr, role).extend(spans[tid][1])
        if attr.content:
            out.append(attr)
    return out


def labels_swapped(text: str, attr: GoldAttribution) -> bool:
    """Whether ``attr``'s source and cue labels are swapped in the annotation: its "source" is a reporting verb
    in lower case ("said", "said in a statement") and its "cue" names someone ("Jillian Soto", "Steve Duprey, a
    Republican National Committee member")."""
    if len(attr.source) != 1 or not attr.cue:
        return False
    source = text[attr.source[0][0] : attr.source[0][1]].split()
    cue = text[attr.cue[0][0] : attr.cue[0][1]]
    return (
        bool(source)
        # (a verb in lower case: not "State Department cables", nor "state law")
        and source[0] in reporting_verbs()
        and usual_tag(source[0]) in ("VBD", "VBZ", "VBN")
        and cue[:1].isupper()
        and cue.split()[0].lower() not in reporting_verbs()
        and cue.split()[0].lower() != "according"  # (not "According to": a cue)
        and sp.mention_type(cue) in ("person", "organisation", "role", "anonymous")
    )


def _read_right_way_round(text: str, attr: GoldAttribution) -> GoldAttribution:
    """``attr`` with its source and cue labels swapped back when :func:`labels_swapped` says they are."""
    if not labels_swapped(text, attr):
        return attr
    return GoldAttribution(content=attr.content, source=attr.cue, cue=attr.source)


def gold_quotes(text: str, attrs: list[GoldAttribution]) -> list[tuple[int, int, int]]:
    """``(start, end, attribution index)`` of the quoted spans inside gold content.

    Quote marks are paired paragraph by paragraph over the whole text (content can be discontinuous:
    "A," she said, "B." has two pieces), and a quoted span belongs to the attribution whose content pieces
    cover at least half of it.
    """
    out = []
    single = uses_single_quotes(text)  # the same quotation marks as the extractor's
    for m in re.finditer(r"[^\n]+", text):
        for q in find_quote_spans(m.group(), single):
            s, e = m.start() + q.start, m.start() + q.end
            best, cover = None, 0
            for k, a in enumerate(attrs):
                c = sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in a.content)
                if c > cover:
                    best, cover = k, c
            if best is not None and cover >= 0.5 * (e - s):
                out.append((s, e, best))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def _match(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of predicted to gold spans, best overlap first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if _overlap(p, g):
                pairs.append((min(p[1], g[1]) - max(p[0], g[0]), i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(gold_dir: str | Path, *, limit: int | None = None, errors: list[dict] | None = None) -> dict[str, float]:
    """Score the extractor on every annotated article of ``gold_dir``; return the figures.

    ``errors``: when given, a list to which one row per disagreement on quotations is appended (see
    :func:`quotation_errors`), to read what the figures count.
    """
    gold_dir = Path(gold_dir)
    anns = sorted((gold_dir / "attributions").glob("*.ann"))[:limit]
    c = dict.fromkeys(
        ["q_pred", "q_gold", "q_tp", "q_spk", "q_spk_rr", "a_pred", "a_gold", "a_tp", "a_spk", "swapped"], 0
    )
    for ann in anns:
        stem = ann.stem.rsplit("_", 1)[0]
        txt = gold_dir / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        (article,) = read_file(txt)
        text = article.text
        attrs = read_ann(ann)
        right_way = [_read_right_way_round(text, a) for a in attrs]
        c["swapped"] += sum(a is not b for a, b in zip(attrs, right_way, strict=True))
        pa = process_article(article)
        quotes = quotes_frame(pa.quotes or [])
        quoted = quotes[quotes["kind"] != "indirect"]
        gq = gold_quotes(text, attrs)
        matches = _match(list(zip(quoted["start"], quoted["end"], strict=True)), [(s, e) for s, e, _ in gq])
        c["q_pred"] += len(quoted)
        c["q_gold"] += len(gq)
        c["q_tp"] += len(matches)
        for i, j in matches:
            c["q_spk"] += _speaker_right(quoted.iloc[i], attrs[gq[j][2]])
            c["q_spk_rr"] += _speaker_right(quoted.iloc[i], right_way[gq[j][2]])
        if errors is not None:
            errors.extend(quotation_errors(stem, text, attrs, quoted, gq, matches))
        ga = [(min(s for s, _ in a.content), max(e for _, e in a.content)) for a in attrs]
        # an attribution's content: the quotation, or for a partial one the reported clause around it;
        # the segments of one quotation split by its attribution ("A," she said, "B.") are one attribution
        groups = attribution_groups(quotes)
        am = _match([(g["content_start"].min(), g["content_end"].max()) for g in groups], ga)
        c["a_pred"] += len(groups)
        c["a_gold"] += len(ga)
        c["a_tp"] += len(am)
        for i, j in am:
            c["a_spk"] += _speaker_right(groups[i].iloc[0], attrs[j])
    qp, qr, qf = _prf(c["q_tp"], c["q_pred"], c["q_gold"])
    ep, er, ef = _prf(c["q_spk"], c["q_pred"], c["q_gold"])
    ef_rr = _prf(c["q_spk_rr"], c["q_pred"], c["q_gold"])[2]
    ap, ar, af = _prf(c["a_tp"], c["a_pred"], c["a_gold"])
    xp, xr, xf = _prf(c["a_spk"], c["a_pred"], c["a_gold"])
    return {
        "articles": len(anns),
        "quotes_gold": c["q_gold"],
        "quotes_pred": c["q_pred"],
        "quote_precision": qp,
        "quote_recall": qr,
        "quote_f1": qf,
        "speaker_accuracy": c["q_spk"] / c["q_tp"] if c["q_tp"] else 0.0,
        "end_to_end_precision": ep,
        "end_to_end_recall": er,
        "end_to_end_f1": ef,
        "attributions_gold": c["a_gold"],
        "attributions_pred": c["a_pred"],
        "attribution_precision": ap,
        "attribution_recall": ar,
        "attribution_f1": af,
        "attribution_speaker_accuracy": c["a_spk"] / c["a_tp"] if c["a_tp"] else 0.0,
        "attribution_end_to_end_f1": xf,
        "gold_labels_swapped": c["swapped"],
        "speaker_accuracy_labels_repaired": c["q_spk_rr"] / c["q_tp"] if c["q_tp"] else 0.0,
        "end_to_end_f1_labels_repaired": ef_rr,
    }


ERROR_COLUMNS = [
    "article",
    "error",
    "start",
    "end",
    "text",
    "kind",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker",
    "cue",
    "gold_source",
    "gold_source_start",
    "gold_source_end",
    "gold_cue",
    "gold_labels_swapped",
    "context",
]


def errors_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows from :func:`quotation_errors` as a table, offsets as nullable integers."""
    frame = pd.DataFrame(rows, columns=ERROR_COLUMNS)
    for col in ("start", "end", "speaker_start", "speaker_end", "gold_source_start", "gold_source_end"):
        frame[col] = pd.array(frame[col].tolist(), dtype="Int64") if len(frame) else frame[col].astype("Int64")
    return frame


def quotation_errors(
    article: str,
    text: str,
    attrs: list[GoldAttribution],
    quoted: pd.DataFrame,
    gold: list[tuple[int, int, int]],
    matches: list[tuple[int, int]],
) -> list[dict]:
    """One row (see ``ERROR_COLUMNS``) per disagreement in one article: ``speaker`` for a matched quotation
    whose speaker mention misses the gold source, ``missed`` for a gold quoted span with no predicted match,
    ``false`` for a predicted quotation inside no gold content. Offsets are into ``text``, so each row can be
    found in the article; ``context`` is the text around the quotation."""
    out = []

    predicted = ("kind", "speaker_mention", "speaker_start", "speaker_end", "speaker", "cue")

    def row(error: str, start: int, end: int, pred: pd.Series | None, attr: GoldAttribution | None) -> dict:
        source = attr.source if attr is not None else []
        return {
            "article": article,
            "error": error,
            "start": start,
            "end": end,
            "text": text[start:end],
            **{col: (pred[col] if pred is not None else None) for col in predicted},
            "gold_source": " … ".join(text[a:b] for a, b in source) if attr is not None else None,
            "gold_source_start": min((a for a, _ in source), default=None),
            "gold_source_end": max((b for _, b in source), default=None),
            "gold_cue": " … ".join(text[a:b] for a, b in attr.cue) if attr is not None else None,
            "gold_labels_swapped": labels_swapped(text, attr) if attr is not None else None,
            "context": " ".join(text[max(0, start - 200) : end + 100].split()),
        }

    for i, j in matches:
        pred, attr = quoted.iloc[i], attrs[gold[j][2]]
        if not _speaker_right(pred, attr):
            out.append(row("speaker", int(pred["start"]), int(pred["end"]), pred, attr))
    matched_gold = {j for _, j in matches}
    for j, (s, e, k) in enumerate(gold):
        if j not in matched_gold:
            out.append(row("missed", s, e, None, attrs[k]))
    matched_pred = {i for i, _ in matches}
    for i in range(len(quoted)):
        if i not in matched_pred:
            pred = quoted.iloc[i]
            out.append(row("false", int(pred["start"]), int(pred["end"]), pred, None))
    return sorted(out, key=lambda r: r["start"])


def attribution_groups(quotes: pd.DataFrame) -> list[pd.DataFrame]:
    """Quotation rows grouped into attributions: consecutive quoted segments in the same or the next
    paragraph that share one speaker mention and cue (or have none of their own) form one attribution;
    everything else stands alone ("“A,” he said, adding, “B.”" is two, as the rows' cues say)."""
    rows = quotes.sort_values("start", kind="stable").reset_index(drop=True)
    spk = [None if pd.isna(v) else int(v) for v in rows["speaker_start"]]
    groups: list[list[int]] = []
    for i in range(len(rows)):
        if groups:
            j = groups[-1][-1]
            if (
                spk[i] is not None
                and spk[i] == spk[j]
                and "indirect" not in (rows.at[i, "kind"], rows.at[j, "kind"])
                and rows.at[i, "paragraph"] - rows.at[j, "paragraph"] <= 1
                and _same_cue(rows.at[i, "cue"], rows.at[groups[-1][0], "cue"])
            ):
                groups[-1].append(i)
                continue
        groups.append([i])
    return [rows.iloc[g] for g in groups]


def _same_cue(a: object, b: object) -> bool:
    """Whether a segment's cue goes on with the first segment's: the same verb ("“A,” she said, “B.”"), or none
    (a paragraph that goes on); "“A,” he said, adding, “B.”" is a second statement."""
    a = "" if pd.isna(a) else str(a).lower()
    b = "" if pd.isna(b) else str(b).lower()
    return not a.strip() or not b.strip() or a.split()[0] == b.split()[0]


def _speaker_right(row: pd.Series, attr: GoldAttribution) -> bool:
    if pd.isna(row["speaker_start"]):
        return False
    return any(_overlaps_at_all((int(row["speaker_start"]), int(row["speaker_end"])), s) for s in attr.source)


def _overlaps_at_all(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def format_report(r: dict[str, float]) -> str:
    """The figures as a small table."""
    return "\n".join(
        [
            f"{r['articles']} articles; {r['quotes_gold']} gold quoted spans, {r['quotes_pred']} predicted; "
            f"{r['attributions_gold']} gold attributions, {r['attributions_pred']} predicted",
            f"{'':<28}{'precision':>10}{'recall':>8}{'F1':>7}",
            f"{'direct quotes':<28}{r['quote_precision']:>10.3f}{r['quote_recall']:>8.3f}{r['quote_f1']:>7.3f}",
            f"{'  speaker accuracy':<28}{r['speaker_accuracy']:>25.3f}",
            f"{'  end to end':<28}{r['end_to_end_precision']:>10.3f}{r['end_to_end_recall']:>8.3f}"
            f"{r['end_to_end_f1']:>7.3f}",
            f"{'all attributions':<28}{r['attribution_precision']:>10.3f}{r['attribution_recall']:>8.3f}"
            f"{r['attribution_f1']:>7.3f}",
            f"{'  speaker accuracy':<28}{r['attribution_speaker_accuracy']:>25.3f}",
            f"{'  end to end':<28}{'':>18}{r['attribution_end_to_end_f1']:>7.3f}",
            f'{r["gold_labels_swapped"]} gold attributions have source and cue labels swapped (source "said", cue '
            f"a name); read the right way round: speaker accuracy {r['speaker_accuracy_labels_repaired']:.3f}, "
            f"end to end F1 {r['end_to_end_f1_labels_repaired']:.3f}",
        ]
    )
