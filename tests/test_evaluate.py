"""The evaluation command on PolNeAR dev (skipped when ../shared is absent)."""

from helpers.evaluate import evaluate, read_ann


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
        }
    )
    assert [len(g) for g in attribution_groups(quotes)] == [2, 1]
