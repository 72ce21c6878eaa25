from helpers.tokens import tokenize, word_spans


def test_word_spans_point_at_the_original_characters():
    sent = 'He said, “We await a full ceasefire,” adding: "it\'s fine."'
    spans = word_spans(sent)
    words = [sent[a:b] for a, b in spans]
    assert words[:6] == ["He", "said", ",", "“", "We", "await"]
    assert "”" in words and '"' in words and "'s" in words


def test_tokenize_article_with_sentences(sample_text):
    import pandas as pd

    sents = pd.DataFrame({"sentence": [0, 1], "start": [0, 152], "end": [151, 395]})
    toks = tokenize(sample_text, sents)
    assert set(toks["sentence"]) == {0, 1}
    for row in toks.itertuples():
        assert sample_text[row.start : row.end] == row.text
    assert toks.iloc[0].text == "High-stakes"
