"""The evaluation command on PolNeAR dev (skipped when ../shared is absent)."""

from helpers.evaluate import evaluate, read_ann
from helpers.quotes import extract_quotes


def test_read_ann_joins_spans_into_attributions(tmp_path):
    ann = tmp_path / "x_a1.ann"
    ann.write_text(
        "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 20\tit was fine\n"
        "T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    (attr,) = read_ann(ann)
    assert attr.source == [(0, 2)] and attr.content == [(8, 20)] and attr.cue == [(3, 7)]


def test_polnear_dev_figures(polnear):
    # the first 30 dev articles; the full dev figures are in the README
    r = evaluate(polnear / "dev", limit=30)
    assert r["quote_f1"] > 0.92
    assert r["speaker_accuracy"] > 0.70
    assert r["end_to_end_f1"] > 0.65
    assert r["attribution_f1"] > 0.50


def test_split_quote_segments_form_one_attribution():
    import pandas as pd

    from helpers.evaluate import attribution_groups

    quotes = pd.DataFrame(
        {
            "start": [1, 30, 80],
            "end": [20, 50, 99],
            "kind": ["direct", "direct", "indirect"],
            "speaker_start": pd.array([22, 22, 60], dtype="Int64"),
            "paragraph": [0, 0, 1],
            "cue": ["said", "said", "said"],
        }
    )
    assert [len(g) for g in attribution_groups(quotes)] == [2, 1]


def test_a_segment_with_a_cue_of_its_own_is_a_second_attribution():
    from helpers.evaluate import attribution_groups

    text = (
        "“It’s downright ludicrous,” Sinovic said. “He is leading a historic obstruction.”\n\n"
        "“We have a lot of work ahead of us,” he said, adding, “We will get it done.”\n\n"
        "“I don’t know much about the others.”\n"
    )
    q = extract_quotes(text)
    assert list(q["cue"]) == ["said", "said", "said", "adding", "adding"]
    # the split quotation is one attribution, the added words another; a paragraph that goes on joins
    assert [len(g) for g in attribution_groups(q)] == [2, 1, 2]


def _gold_folder(folder, text, attributions):
    """A brat folder with one article; ``attributions`` are (source, cue, content) substrings of ``text``."""
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "story.txt").write_text(text, encoding="utf-8")
    lines, t = [], 0
    for n, parts in enumerate(attributions, 1):
        ids = []
        for label, words in zip(("Source", "Cue", "Content"), parts, strict=True):
            t += 1
            at = text.index(words)
            lines.append(f"T{t}\t{label} {at} {at + len(words)}\t{words}")
            ids.append(f"{label}:T{t}")
        lines.append(f"E{n}\tAttribution:T{t - 1} {' '.join(ids)}")
    (folder / "attributions" / "story_a1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_errors_lists_each_disagreement_with_offsets_into_the_text(tmp_path):
    text = (
        "Smith spoke first. “We will win this race,” Jones said.\n\n"
        "The mayor called the plan a “very bad idea” on Monday.\n\n"
        "“This is the end of the story,” the governor said.\n\n"
        "Critics dismissed the so-called “experts” as amateurs.\n"
    )
    gold = _gold_folder(
        tmp_path,
        text,
        [
            ("Smith", "said", "We will win this race,"),  # the package names Jones: a speaker error
            ("the governor", "said", "This is the end of the story,"),  # right: no row
            ("Critics", "dismissed", "experts"),  # a label after "so-called", which the package leaves out: missed
        ],
    )
    errors: list[dict] = []
    figures = evaluate(gold, errors=errors)
    assert figures["quotes_gold"] == 3 and figures["quotes_pred"] == 3
    assert [(r["error"], r["text"]) for r in errors] == [
        ("speaker", "We will win this race,"),
        ("false", "very bad idea"),
        ("missed", "experts"),
    ]
    speaker = errors[0]
    assert (speaker["speaker_mention"], speaker["gold_source"]) == ("Jones", "Smith")
    for r in errors:
        assert text[r["start"] : r["end"]] == r["text"]
    assert text[speaker["speaker_start"] : speaker["speaker_end"]] == "Jones"
    assert text[speaker["gold_source_start"] : speaker["gold_source_end"]] == "Smith"


def test_evaluate_command_writes_the_errors_table(tmp_path, capsys):
    import pandas as pd

    from helpers.__main__ import main

    text = "Smith spoke first. “We will win this race,” Jones said.\n"
    gold = _gold_folder(tmp_path / "gold", text, [("Smith", "said", "We will win this race,")])
    out = tmp_path / "audit" / "errors.csv"
    assert main(["evaluate", str(gold), "--errors", str(out)]) == 0
    assert "1 disagreements (1 speaker, 0 missed, 0 false)" in capsys.readouterr().out
    table = pd.read_csv(out)
    assert list(table[["error", "speaker_mention", "gold_source", "start"]].itertuples(index=False, name=None)) == [
        ("speaker", "Jones", "Smith", text.index("We"))
    ]


def test_gold_source_and_cue_labels_swapped_are_counted_and_scored_both_ways(tmp_path):
    text = (
        "“It was fine,” said Jillian Soto, a nurse.\n\n"
        "“This is the end of the story,” the governor said.\n\n"
        "Under state law, according to the clerk, “no vote may be cast twice.”\n"
    )
    gold = _gold_folder(
        tmp_path,
        text,
        [
            ("said", "Jillian Soto", "It was fine,"),  # the labels swapped in the annotation
            ("the governor", "said", "This is the end of the story,"),
            ("state law", "Under", "no vote may be cast twice."),  # odd, but no swap: "Under" names no one
        ],
    )
    r = evaluate(gold)
    assert r["gold_labels_swapped"] == 1
    # as annotated, "Jillian Soto" misses the source "said"; read the right way round it is right
    assert r["speaker_accuracy"] < r["speaker_accuracy_labels_repaired"]
    assert r["speaker_accuracy_labels_repaired"] - r["speaker_accuracy"] == 1 / 3
    errors: list[dict] = []
    evaluate(gold, errors=errors)
    assert [(e["text"], e["gold_labels_swapped"]) for e in errors if e["error"] == "speaker"][0] == (
        "It was fine,",
        True,
    )
