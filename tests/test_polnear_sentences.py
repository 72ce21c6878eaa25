"""Sentence breaks on real political news (PolNeAR train text); skipped when ../shared is absent."""

from helpers.benchmark import sentence_break_errors
from helpers.load import read_file
from helpers.paragraphs import split_paragraphs


def test_fewer_wrong_breaks_than_punkt_alone(polnear):
    files = sorted((polnear / "train" / "text").glob("*.txt"))[:120]
    texts = [p.text for f in files for a in read_file(f) for p in split_paragraphs(a.text) if not p.is_heading]
    totals = sentence_break_errors(texts)
    punkt, ours = totals["punkt"], totals["helpers"]

    def per_k(t):
        return 1000 * (t["inside_quote"] + t["after_abbreviation"]) / t["sentences"]

    assert per_k(punkt) > 40  # Punkt alone breaks inside quotations all the time
    assert per_k(ours) < 1
    assert ours["over_600_chars"] <= 0.01 * ours["sentences"]  # joining never runs away
