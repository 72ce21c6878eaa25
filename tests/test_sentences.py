"""Sentence splitting on news: Punkt plus rules, always with offsets into the original text."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from helpers.paragraphs import split_paragraphs
from helpers.sentences import break_errors, punkt_spans, split_sentences, split_text


def _split(text):
    return [text[s:e] for s, e in split_text(text)]


def test_question_in_quotes_with_attribution_is_one_sentence():
    text = (
        "“Is it really possible that big progress is being made in Peace Talks between Russia and "
        "Ukraine???” the president wrote."
    )
    assert len(punkt_spans(text)) == 2  # what Punkt alone does
    assert _split(text) == [text]


@pytest.mark.parametrize(
    "text, n",
    [
        ("Gen. Mark Milley spoke to Sen. Jim Risch. He left.", 2),
        ("Gov. Greg Abbott signed it. Lt. Gov. Dan Patrick did not.", 2),
        ("The U.S. Capitol was closed on Oct. 28. Officials said so.", 2),
        ("George W. Bush and J. K. Rowling met. Nobody knows why.", 2),
        ("It grew 3.5 percent in the U.S. The rest of the world slowed.", 2),
        ("Mr. Smith met Mrs. Jones at No. 10 Downing St. on Friday. They talked.", 2),
        ('"We will win. We always win," he said. The crowd cheered.', 2),
        # the platform X, and a letter before a quotation, end sentences (a name's initial does not)
        ("Musk posted on X. The post was deleted.", 2),
        ("She voted for Plan B. “It was the only way,” she said.", 2),
        ("The book by J. K. Rowling sold well, said J. Edgar Hoover.", 1),
        # (and a letter before a word no surname is: "against X. The commission", "Plan B. It")
        ("The commission opened proceedings against X. The company said it would appeal.", 2),
        ("They chose Plan B. It worked, and Harry S. Truman won.", 2),
        # a place's or a party's abbreviation after a comma, before a new quotation, ends the sentence
        ("“I get that,” said Sen. Lindsey Graham, R-S.C. “But he has to stop.”", 2),
        ('"It would help," said a student from Fresno, Calif. "I think so."', 2),
        ("“Hold on, Calif. “Really,” she said.”", 1),
        # and before a word that opens a sentence and is no name nor title (not "D.C. Mayor Bowser")
        ("The company fired workers in Sunnyvale, Calif. One of them, an engineer, said so.", 2),
        ("She lived in Fresno, Calif. In 2019 she moved to Ohio.", 2),
        ("He lives in Washington, D.C. Mayor Muriel Bowser spoke.", 1),
        # and an abbreviation that can end a sentence, before a new quotation (not a nickname)
        ("The blast came just after 3 a.m. “The windows flew in,” said Olena Kovalenko.", 2),
        ('"It is not over," said an analyst at Smith Barney, Harris Upham & Co. "It will get bloody."', 2),
        ("He moved to the U.S. “It is home now,” he said.", 2),
        ('In Casper, the campaign was represented by Gov. C.L. "Butch" Otter, an early endorser.', 1),
        ('Rep. Robert C. "Bobby" Scott opened his farm to voters.', 1),
        # no sentence opens on a colon: the abbreviation before it ends a name, not the sentence
        ("From Sen. Elizabeth Warren, D-Mass.: “Families paid the price.”", 1),
    ],
)
def test_news_abbreviations_initials_decimals_and_quotes(text, n):
    assert len(_split(text)) == n, _split(text)


def test_unbalanced_quote_does_not_cross_paragraphs():
    text = "“This quote never closes. It runs on.\nA new paragraph starts here. And goes on."
    sents = split_sentences(split_paragraphs(text))
    assert [text[s.start : s.end] for s in sents] == [
        "“This quote never closes. It runs on.",
        "A new paragraph starts here.",
        "And goes on.",
    ]


def test_sample_sentences(sample_text):
    pars = split_paragraphs(sample_text)
    sents = split_sentences(pars)
    texts = [sample_text[s.start : s.end] for s in sents]
    assert texts[5] == (
        "“Is it really possible that big progress is being made in Peace Talks between Russia "
        "and Ukraine???” the president wrote."
    )
    assert texts[2].startswith("“The president has been clear") and texts[2].endswith("told Military.com.")
    assert texts[10].startswith("U.S. and Ukrainian officials met in Geneva")
    assert sum(s.is_heading for s in sents) == 5
    assert sum(s.is_duplicate for s in sents) == 2
    for s in sents:
        assert sample_text[s.start : s.end] == s.clean_text  # the sample needs no repair
        para = pars[s.paragraph]
        assert para.start <= s.start < s.end <= para.end


def test_break_errors_counts_what_punkt_gets_wrong():
    text = "“Stop. Now,” he said. Gen. Smith agreed."
    assert break_errors(text, punkt_spans(text))["inside_quote"] >= 1
    assert break_errors(text, split_text(text)) == {"breaks": 1, "inside_quote": 0, "after_abbreviation": 0}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "He said.",
                " “Yes.",
                "” ",
                "Gen.",
                " Smith",
                " U.S.",
                " w.",
                "\n",
                "  ",
                "Ã©",
                "\u00a0",
                "?”",
                " she",
                " 3.5",
                '"',
                "It's",
                "\t",
            ]
        ),
        max_size=40,
    )
)
# (a repaired token whose prefixes ftfy reads as other mojibake: its second sentence had mapped to an empty span)
@example(["Ã©", "?”", "Ã©", "?”", "Gen.", "Ã©", " “Yes."])
def test_sentences_cover_the_text_in_order_without_overlap(parts):
    text = "".join(parts)
    sents = split_sentences(split_paragraphs(text))
    prev = 0
    for s in sents:
        assert prev <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        prev = s.end
    covered = "".join(text[s.start : s.end] for s in sents)
    assert len("".join(covered.split())) == len("".join(text.split()))


def test_short_attribution_tail_stays_with_its_quotation():
    text = '"That would be you?" Borger asked. The debate went on for an hour.'
    assert _split(text) == ['"That would be you?" Borger asked.', "The debate went on for an hour."]
    # a long sentence after a quotation is a sentence of its own
    text = '"No." The senator then asked the committee to adjourn until next week at the earliest.'
    assert len(_split(text)) == 2
    # and so is a short one that reports a clause of its own
    text = 'The minister said: "We will not back down." She added that talks would continue.'
    assert _split(text) == ['The minister said: "We will not back down."', "She added that talks would continue."]
    # and one after a sentence that reports its quotation with a verb of its own
    text = 'Fee said the senator remained "confident in his innocence." Prosecutors declined to comment.'
    assert _split(text) == [
        'Fee said the senator remained "confident in his innocence."',
        "Prosecutors declined to comment.",
    ]
    # a quotation closed by a full stop ends its sentence, unless a bare tag follows as copy sometimes puts it
    text = "“It’s time,” she said. “We’ve waited long enough.” Her opponent disagreed. “No,” he said."
    assert _split(text) == [
        "“It’s time,” she said.",
        "“We’ve waited long enough.”",
        "Her opponent disagreed.",
        "“No,” he said.",
    ]
    text = "“Russia, if you’re listening, I hope you’re able to find the emails.” Trump said. Critics were quick."
    assert _split(text) == [
        "“Russia, if you’re listening, I hope you’re able to find the emails.” Trump said.",
        "Critics were quick.",
    ]
    # but a quotation with its own tag after it is no bare tag (had been joined, and so taken for partial)
    text = "He called it “a disaster.” “It is,” she said. “We know.”"
    assert _split(text) == ["He called it “a disaster.”", "“It is,” she said.", "“We know.”"]


def test_a_named_tag_with_an_apposition_stays_with_its_quotation():
    # (and a quotation inside the quotation may close with it)
    text = (
        "Leaders say the visits helped. \"He just stopped and said, 'We’ve got to win Loudoun. How do we win "
        'Loudoun?’" Will Estrada, the chairman for the exurb, said of the encounter he had last week with Trump.'
    )
    assert len(_split(text)) == 2
    # but not after a quoted phrase, nor before what the verb reports
    text = (
        "Sanders called the suspension “arbitrary.” Josh Hendler, a top Democratic tech operative, warned "
        "Saturday that the move could damage the party."
    )
    assert len(_split(text)) == 2
    text = "“How do we win?” Will Estrada, the chairman for the exurb, said he would go."
    assert len(_split(text)) == 2


def test_a_sentence_ends_in_a_closing_quote_mark_with_no_space_after_it():
    # scraped pages lose the break between paragraphs: “...”“...” and “...”Former ...
    text = (
        "Ramos linked a study showing “crime is lower among immigrants.”“Your facts are wrong,” Ramos wrote. "
        "Then he added “See the study!”Former governor Jeb Bush agreed: “It was insensitive.”"
    )
    spans = split_text(text)
    assert [text[s:e] for s, e in spans] == [
        "Ramos linked a study showing “crime is lower among immigrants.”",
        "“Your facts are wrong,” Ramos wrote.",
        "Then he added “See the study!”",
        "Former governor Jeb Bush agreed: “It was insensitive.”",
    ]
    # (not inside a word, nor before lower case: “Yes.”said is no new sentence)
    assert len(split_text("She wrote “Yes.”said nothing more.")) == 1


def test_no_sentence_opens_on_a_dash():
    # a dateline's state abbreviation that Punkt takes for a sentence's end, and a dash that goes on after "?"
    text = "OMAHA, Neb. — The man who opened fire acted alone, the police said on Sunday. He was 24."
    assert [text[s:e] for s, e in split_text(text)] == [
        "OMAHA, Neb. — The man who opened fire acted alone, the police said on Sunday.",
        "He was 24.",
    ]
    text = "The baseline for truth is — are you ready for this? — Obama’s promises."
    assert len(split_text(text)) == 1


def test_a_clock_time_ends_a_sentence_before_a_word_that_opens_one():
    text = (
        "The pipe ruptured shortly after 4 a.m. Crews shut off the flow within two hours. It was at 9 p.m. Eastern. "
        "At 4 a.m. Monday it broke again. It was 5 p.m. The mayor came."
    )
    # (Punkt had read "4 a.m. Crews" and "5 p.m. The" as going on; a day or a time zone after the time still does)
    assert [text[s:e] for s, e in split_text(text)] == [
        "The pipe ruptured shortly after 4 a.m.",
        "Crews shut off the flow within two hours.",
        "It was at 9 p.m. Eastern.",
        "At 4 a.m. Monday it broke again.",
        "It was 5 p.m.",
        "The mayor came.",
    ]
