"""Cleaning keeps the way back to the original; paragraphs are classified and repeats flagged."""

from hypothesis import given
from hypothesis import strategies as st

from helpers.clean import clean_span, fix_unicode, normalise_quotes
from helpers.paragraphs import (
    classify,
    find_near_duplicates,
    is_boilerplate,
    is_heading_like,
    paragraph_spans,
    split_paragraphs,
)
from helpers.quotes import extract_quotes


def test_mojibake_is_repaired_and_curly_quotes_kept():
    assert fix_unicode("Russiaâ€™s refusal") == "Russia’s refusal"
    assert fix_unicode("â€œWe await a ceasefire,â€\x9d he wrote") == "“We await a ceasefire,” he wrote"
    assert fix_unicode("“Keep” these") == "“Keep” these"


def test_clean_span_maps_back_to_the_original():
    original = "Intro.\nRussiaâ€™s   refusal\u00a0to  join. Done\n"
    start = original.index("Russia")
    span = clean_span(original, start, original.index("\n", start))
    assert span.text == "Russia’s refusal to join. Done"
    s, e = span.span_to_original(span.text.index("refusal"), span.text.index("join.") + 5)
    assert original[s:e] == "refusal\u00a0to  join."
    s, e = span.span_to_original(0, span.text.index(" refusal"))
    assert original[s:e] == "Russiaâ€™s"


def test_normalised_quotes_view_keeps_offsets():
    text = "“Hi,” she said, ‘no’."
    view = normalise_quotes(text)
    assert view == "\"Hi,\" she said, 'no'." and len(view) == len(text)


def test_sample_headings_and_duplicates(sample_text):
    pars = split_paragraphs(sample_text)
    headings = [p.text for p in pars if p.is_heading]
    assert headings == [
        "Geneva Rewrites a Controversial Plan",
        "Turkey Steps into the Spotlight",
        "Russia Refuses a Seat at the Table",
        "Fighting Intensifies as Diplomacy Advances",
        "Prisoner Swaps Offer Narrow Opening",
    ]
    repeats = {p.index: p.duplicate_of for p in pars if p.is_duplicate}
    assert len(repeats) == 2
    for later, earlier in repeats.items():
        assert later > earlier
    texts = {p.index: p.text for p in pars}
    starts = sorted((texts[e][:20], texts[la][:20]) for la, e in repeats.items())
    assert starts == [
        ("Despite the rejectio", "Even as global insti"),
        ("Humanitarian organiz", "Humanitarian and adv"),
    ]
    # the first line is the dek, a sentence: body, not a headline
    assert pars[0].kind == "body"


def test_headings_are_short_title_case_lines_without_final_punctuation():
    assert is_heading_like("Prisoner Swaps Offer Narrow Opening")
    assert is_heading_like("WHAT HAPPENS NEXT")
    assert not is_heading_like("The timing of the talks is stark.")
    assert not is_heading_like("the timing of the talks")
    assert not is_heading_like(
        "Zelensky Responded Online With A Markedly Different Tone, Aides Say And Then Some More Words"
    )


def test_boilerplate_lines():
    for line in [
        "Advertisement",
        "By Jane Roe and John Doe",
        "(Reporting by Jane Roe; Editing by Tim Smith)",
        "Copyright 2025 The Associated Press. All rights reserved.",
        "Sign up for our daily newsletter",
        "Photo: Getty Images",
        "Neilson Barnard via Getty Images.",
        "Carlos Barria / Reuters.",
        "Jim Watson/AFP via Getty Images",
        "Story Continued Below",  # (POLITICO's, between paragraphs)
    ]:
        assert is_boilerplate(line), line
        assert classify(line, 3) == "boilerplate"
    assert not is_boilerplate("By remaining absent for now, Russia avoids being bound to early terms.")
    # (a photographer's credit is capitalised words before the agency, not a sentence)
    assert not is_boilerplate("He said it via Reuters.")


def test_near_duplicates_need_enough_shared_words():
    a = "The minister said on Monday that the budget would be balanced within three years."
    b = "On Monday the minister said that the budget would be balanced within three years, officials added."
    c = "The opposition said on Tuesday that the plan would never pass the upper house at all."
    assert find_near_duplicates([a, c, b]) == {2: 0}
    assert find_near_duplicates(["Short line.", "Short line."]) == {}


def test_hard_wrapped_text_is_read_block_by_block():
    text = (
        "The minister said the budget would be balanced within\nthree years, a claim the opposition\n"
        "called fantasy.\n\nA second paragraph that is also wrapped at a\nfixed width by the sender of it.\n"
    )
    spans = paragraph_spans(text)
    assert len(spans) == 2
    pars = split_paragraphs(text)
    assert pars[0].text.startswith("The minister said") and "\n" not in pars[0].text


def test_a_newsletter_of_long_lines_is_not_read_as_hard_wrapped():
    # HuffPost's digest: items that end in "[Source]" and headings are lines that stop without a full stop, but
    # they are long, each a paragraph; read as one block, the quotation left open on its first line ran on to
    # the next quoted word, four items below
    text = (
        "HUFFPOLLSTER: Indiana’s Primary\n\nThe findings are mixed, and the pollsters who ran the surveys were"
        " careful to say so in the report that they released on Monday morning.\n\nMore from the report: "
        "“Today numerous online survey vendors condition their samples on nondemographic variables in an effort"
        " to make them more representative.\nTHE WEEKEND’S POLLS\n-Donald Trump leads over Ted Cruz in Indiana,"
        " according to three polls released over the weekend by three different firms. [HuffPost, NBC, ARG]\n"
        "-Craig Fehrman explains why Indiana is “weird” for pollsters, and why the polls there have so often been"
        " wrong in past primaries. [538]\n"
    )
    assert len(paragraph_spans(text)) == 6
    quotes = extract_quotes(text)
    weird = quotes[quotes["text"] == "weird"].iloc[0]
    assert weird["speaker"] == "Craig Fehrman"
    assert not quotes["text"].str.contains("Craig").any()


@given(st.text(alphabet=st.sampled_from(list("ab “”\"'.\n\t\u00a0Ã©â€™")), max_size=200))
def test_paragraph_offsets_always_point_into_the_original(text):
    previous_end = 0
    for p in split_paragraphs(text):
        assert 0 <= previous_end <= p.start <= p.end <= len(text)
        assert text[p.start : p.end].strip() == text[p.start : p.end]
        previous_end = p.end


def test_decomposed_accents_and_decomposed_mojibake_are_repaired():
    # seen in PolNeAR: mojibake stored in decomposed form, "Ã" as "A" and a combining tilde
    original = "as prosecutor Marc TrA\u0303\u00a9vidic put it, and Jose\u0301 agreed"
    span = clean_span(original, 0, len(original))
    assert span.text == "as prosecutor Marc Trévidic put it, and José agreed"
    s, e = span.span_to_original(span.text.index("Marc"), span.text.index(" put"))
    assert original[s:e] == "Marc TrA\u0303\u00a9vidic"
    s, e = span.span_to_original(span.text.index("José"), span.text.index(" agreed"))
    assert original[s:e] == "Jose\u0301"


def test_sentences_inside_a_repaired_token_do_not_overlap():
    # found by hypothesis: ftfy reads the prefixes "?”Ã©" and "?”Ã©?" as other mojibake than the whole token,
    # and the second sentence's start mapped back to offset 2, inside the first
    from helpers.sentences import split_sentences

    text = "?”Ã©?”He said."
    sents = split_sentences(split_paragraphs(text))
    spans = [(s.start, s.end) for s in sents]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] <= b[0] and a[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))
    # (one sentence since the closing mark stays with the question it closes and "He said." with its quotation)
    assert spans == [(0, 14)]
