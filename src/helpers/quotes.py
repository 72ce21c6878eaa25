"""Quotations and their speakers: direct, partial and indirect, with offsets into the original text.

The extractor is rule-based and needs no parser model. It reads each paragraph's cleaned text, finds
quoted spans with a quote-mark state machine (curly, straight and mixed marks; quotes running over
paragraphs; unbalanced marks stopped at the paragraph's end), then looks for the reporting verb and the
speaker phrase next to each quotation (after it: "..." the president wrote; before it: he wrote, "...";
a colon; a participle or a coordinated verb that inherits the subject). Sentences without quote marks
are searched for reported speech ("Officials familiar with the process say ..."). Speakers are resolved
by :mod:`helpers.speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from . import speakers as sp
from .clean import CleanSpan
from .lexicon import is_common_word, reporting_verbs, usual_tag
from .paragraphs import Paragraph, split_paragraphs
from .sentences import QUOTE_MARK, Sentence, mark_role, split_text

QUOTE_COLUMNS = [
    "quote_id",
    "article_id",
    "text",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker_type",
    "cue",
    "sentence",
    "paragraph",
    "continues_previous",
    "content_start",
    "content_end",
]
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-zÀ-ÖØ-öø-ÿ0-9](?:[\w’'-]*\w)?|[^\w\s]")
# Words between a subject and its verb ("has also said"): skipped when looking for the subject.
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "later",
        "then",
        "previously",
        "recently",
        "once",
        "again",
        "repeatedly",
        "publicly",
        "privately",
        "reportedly",
        "further",
        "just",
        "first",
        "often",
        "still",
        "already",
        "has",
        "had",
        "been",
        "simply",
        "flatly",
        "earlier",
        "quickly",
        "separately",
        "never",
        "always",
    ]
)
# Words that end a subject phrase when walking left from the verb.
_STOP_LEFT = frozenset(
    [
        "that",
        "and",
        "but",
        "by",
        "while",
        "as",
        "because",
        "when",
        "if",
        "although",
        "though",
        "after",
        "before",
        "since",
        "so",
        "than",
        "where",
        "which",
        "whom",
        "whose",
        "what",
        "whether",
        "or",
        "nor",
        "yet",
        "until",
        "unless",
        "once",
        "how",
        "why",
        "said",
        "says",
        "say",
        "told",
        "tells",
    ]
)
_LEADING_DROP = frozenset(
    [
        "with",
        "by",
        "for",
        "from",
        "of",
        "to",
        "in",
        "on",
        "at",
        "among",
        "including",
        "like",
        "about",
        "amid",
        "despite",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "since",
        "for",
        "with",
        "by",
        "from",
        "under",
        "despite",
        "like",
        "unlike",
        "as",
        "amid",
        "following",
        "of",
        "about",
        "against",
        "among",
        "over",
        "through",
        "without",
        "within",
        "toward",
        "towards",
        "across",
        "regarding",
        "throughout",
        "outside",
        "inside",
        "beyond",
        "besides",
        "near",
        "behind",
        "upon",
        "into",
    ]
)
# words of a time adverbial between a subject and its verb: "Grassley on Wednesday said", "Clinton late
# Sunday night told"
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week weekend "
    "month year today yesterday tonight".split()
)
_TIME_LEAD = frozenset("on last this late early earlier next".split())
_QUOTE_ONLY_VERBS = frozenset(
    [
        "post",
        "posts",
        "posted",
        "tweet",
        "tweets",
        "tweeted",
        "reply",
        "replies",
        "replied",
        "respond",
        "responds",
        "responded",
        "continue",
        "continues",
        "continued",
        "recall",
        "recalls",
        "recalled",
        "recalling",
        "remark",
        "remarks",
        "remarked",
        "comment",
        "commented",
        "ask",
        "asks",
        "asked",
        "asking",
        "call",
        "calls",
        "called",
        "calling",
        "write",
        "writes",
        "wrote",
        "writing",
        "quipped",
        "joked",
        "shouted",
        "yelled",
        "exclaimed",
    ]
)
_NOUNISH = frozenset(
    [
        "post",
        "posts",
        "tweet",
        "tweets",
        "remarks",
        "remark",
        "calls",
        "call",
        "claims",
        "claim",
        "notes",
        "note",
        "reports",
        "report",
        "views",
        "view",
        "warning",
        "warnings",
        "fears",
        "fear",
        "hopes",
        "hope",
        "comment",
        "comments",
        "estimates",
        "estimate",
        "statement",
        "signals",
        "signal",
        "reply",
        "replies",
        "response",
    ]
)
_DETERMINERS_POSS = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "separate",
        "another",
    ]
)
_OBJECT_VERBS = frozenset(["view", "views", "viewed", "describe", "describes", "described"])
_HISTORY = 200
_LOWER_WORD = re.compile(r"[a-z]+")
_FINDING_VERBS = frozenset("show shows showed shown find finds found".split())
_NOT_NAME_START = frozenset("The A An In On At But And If When This That It He She They We I As".split())
# two or three capitalised words, a middle initial allowed; inner capitals too ("Mitch McConnell", "Bruce LeVell")
_NAME_WORD = r"(?:[A-Z][a-z]*[A-Z][a-z’'-]+|[A-Z][a-z’'-]+)(?![A-Za-z])"
_FULL_NAME = re.compile(rf"\b{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_NAME_WORD}){{1,2}}")
_WORK_NOUNS = frozenset(
    "show program programme book film movie podcast series song album documentary column newspaper magazine "
    "titled entitled episode broadcast play musical segment op-ed headline on".split()
)
# Sentence openers that are not the subject ("Earlier, ...", "Asked about it, ...", "It's ...").
_NOT_SUBJECT = frozenset(
    "earlier later still however meanwhile now then yet also instead indeed today yesterday last this that "
    "these those it there here asked ask if when while after before since as once although though because "
    "in on at for with from by all both each every early recently somewhere such many much most few several "
    "some that's it's there's what's first second third finally next".split()
)
_NOT_NAME_LOW = _STOP_LEFT | _NOT_SUBJECT | _PREPOSITIONS
_AFTER_PARTICIPLE = frozenset(
    "by in on at to from with for into out up down over off about around through across after against under "
    "the a an his her their its himself herself themselves".split()
)
_SPEECH_CORE = frozenset(
    ["say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "write", "writes", "wrote"]
)
# participles that add a statement to one just reported: “...,” he said, adding that ...
_PARTICIPLES = frozenset("adding noting saying explaining arguing insisting suggesting acknowledging warning".split())
_ADDING = re.compile(
    r"(?:,|(?<=,[”\"’']))\s+(?P<cue>" + "|".join(sorted(_PARTICIPLES)) + ")"
    r"(?:,?\s+that)?\s+(?=[\w$])"
)
# what a letter, memo or statement does: “...,” it stated / it reads
_DOCUMENT_VERBS = frozenset(["state", "states", "stated", "read", "reads"])


class Tok:
    """A token of a sentence: offsets in the paragraph's clean text, its text and lower-case form."""

    __slots__ = ("start", "end", "text", "low")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text, self.low = start, end, text, text.lower()


@dataclass
class QuoteSpan:
    """Quoted words in a paragraph's clean text: ``[start, end)`` excludes the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: no closing mark in this paragraph
    close_end: int | None = None  # just after the closing mark (marks can be two characters: '')

    @property
    def outer_end(self) -> int:
        """End of the quotation including its closing mark (or of the words, when unclosed)."""
        return self.close_end if self.close_end is not None else self.end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted spans in one paragraph: curly, straight or mixed marks; an unclosed quote ends with the paragraph."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    content_at = 0
    for m in QUOTE_MARK.finditer(text):
        i, role = m.start(), mark_role(m.group(), text, m.start())
        if open_at is None:
            if role == "close":
                continue  # a stray closing mark
            open_at, content_at = i, m.end()
        elif role == "open":
            # A new opening mark while one is open: the first was never closed; end it here.
            spans.append(QuoteSpan(content_at, _rstrip(text, content_at, i), open_at, None))
            open_at, content_at = i, m.end()
        else:
            spans.append(QuoteSpan(content_at, i, open_at, i, m.end()))
            open_at = None
    if open_at is not None:
        spans.append(QuoteSpan(content_at, _rstrip(text, content_at, len(text)), open_at, None))
    return [s for s in spans if text[s.start : s.end].strip()]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _tokens(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> list[Tok]:
    """Tokens of ``text[start:end]``; each masked span (another quotation) becomes one "¶" token."""
    out: list[Tok] = []
    pos = start
    for ms, me in sorted(masks):
        if me <= start or ms >= end:
            continue
        out += [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, pos, max(pos, ms))]
        out.append(Tok(max(ms, start), min(me, end), "¶"))
        pos = min(me, end)
    out += [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, pos, end)]
    return out


def _is_word(t: Tok) -> bool:
    return t.text[0].isalnum()


def _looks_like_verb(toks: list[Tok], j: int) -> bool:
    """A lower-case past form or reporting verb that is not an adjective after a determiner."""
    t = toks[j]
    if not t.text[0].islower():
        return False
    if t.low in reporting_verbs() or (t.low.endswith("ed") and len(t.low) > 4):
        return not (j > 0 and toks[j - 1].low in _DETERMINERS_POSS)
    return False


_POLLED = frozenset(["polled", "surveyed", "interviewed", "questioned", "contacted"])


def _finds_that(toks: list[Tok], v: int) -> bool:
    """ "Two analysts found in 2014 that ...": a finding verb with a that-clause reports a finding; without
    one ("he found the keys") it reports nothing."""
    return any(t.low == "that" for t in toks[v + 1 : v + 5])


def _subject_left(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the subject phrase left of the verb at ``i``, or None."""
    if toks[i].low.endswith("ing") and i > 0 and toks[i - 1].low in ("not", "for", "without", "of", "about"):
        return None  # "for not calling the attack ...": a gerund has no subject of its own
    j = i - 1
    # auxiliaries and adverbs between subject and verb: "Mexican officials now say", "has long said"
    while j >= 0 and (toks[j].low in _AUX or (toks[j].text.islower() and usual_tag(toks[j].low) == "RB")):
        j -= 1
    # a short adverbial phrase after an auxiliary: "Beck, who has in the past described ..."
    p = next((p for p in (j - 1, j - 2) if p > 0 and toks[p].low in ("in", "at", "for", "over")), None)
    if p is not None and toks[p - 1].low in _AUX and all(t.text.islower() for t in toks[p : j + 1]):
        j = p - 1
        while j >= 0 and toks[j].low in _AUX:
            j -= 1
    if j < 0:
        return None
    if toks[j].low == "who":
        return (j, j + 1)
    k = j
    while k >= 0 and toks[k].low in _TIME_WORDS | _TIME_LEAD:
        k -= 1
    if k >= 0 and any(t.low in _TIME_WORDS for t in toks[k + 1 : j + 1]):
        j = k
    if toks[j].low in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP and toks[j].low != "it":
        return (j, j + 1)  # "In 2010 she said": a pronoun is the whole subject
    if toks[j].text in ("—", "–") and j > 1:
        # "Democrats — and some Republicans — say": the subject before a dash aside
        k = next((k for k in range(j - 1, max(0, j - 15), -1) if toks[k].text == toks[j].text), None)
        if k is not None and k > 0 and _is_word(toks[k - 1]):
            j = k - 1
    if toks[j].low in _POLLED and j > 1:  # "Some 56 percent of Cuban-Americans polled said"
        j -= 1
    if toks[j].text == "," and j > 0 and toks[j - 1].text == ")":  # "Gov. John Kasich (R-OH), said"
        j -= 1
    if toks[j].text == ")":  # "Sen. Marco Rubio (R-Fla.) said": skip the party and state
        k = j
        while k >= 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k > 0 and toks[k].text == "(":
            j = k - 1
    b = j + 1
    while j >= 0 and len(toks[b - 1 : j : -1]) < 12:
        t = toks[j]
        if not _is_word(t):
            abbrev = j > 0 and (len(toks[j - 1].text) == 1 or toks[j - 1].low in sp.title_words())
            if t.text in "’'" or (t.text == "." and abbrev):
                j -= 1
                continue
            break
        if t.low in _STOP_LEFT or (t.low == "who" and toks[j + 1].low in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP):
            # ("Obama, who he noted was ...": the pronoun is the subject)
            # "Ukrainian and Turkish officials", "Security and Co-operation": "and" inside a phrase
            if t.low == "and" and j > 0 and toks[j - 1].text[0].isupper() and toks[j + 1].text[0].isupper():
                j -= 1
                continue
            break
        if _looks_like_verb(toks, j):  # "Obama punctuated his list by saying": the walk left a clause
            break
        j -= 1
    a = j + 1
    if a == b and j >= 0 and toks[j].text == ",":
        if toks[i].low.endswith("ing"):
            return None  # "Bennett denied the notion, explaining that": a participle has no subject of its own
        return _subject_before_apposition(toks, j)
    if a == b and j > 0 and toks[j].low in ("and", "but"):
        # "A spokesman for the firm declined to comment but said ...", "When asked, Ms. Sherry smiled and
        # said": the subject of the nearest earlier verb that has one, within the clause
        for k in range(j - 1, 0, -1):
            if toks[k].text in (";", ":"):
                break
            if _looks_like_verb(toks, k):
                rng = _subject_left(toks, k)
                if rng:
                    return rng
    while a < b and toks[a].low in _LEADING_DROP:
        a += 1
    return (a, b) if a < b else None


_APPOSITION_START = frozenset(
    [
        "who",
        "which",
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "one",
        "former",
        "also",
        "chairman",
        "chief",
        "head",
    ]
)


def _subject_before_apposition(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """ "Jack Mozloom, a spokesman for the federation, said": the name before an apposition or relative clause."""
    # First the clause's opening name, when the asides run from it to the verb: "Cory James, 22, of Flint,
    # Mich., said"; "Mr. Slinker, whose start-up, Paradata, uses big data, said"
    start = next((k + 1 for k in range(comma - 1, max(-1, comma - 40), -1) if toks[k].text in ("¶", ";", ":")), None)
    if start is None and comma < 40:
        start = 0
    if start is not None:
        while start < comma and toks[start].low in ("and", "but", "so", "then"):
            start += 1
        first_comma = next((k for k in range(start, comma + 1) if toks[k].text == ","), comma)
        if toks[first_comma - 1].text == ")":  # "Rep. Elijah Cummings (D-Md.), chair of ..., said"
            paren = next((k for k in range(first_comma - 1, start, -1) if toks[k].text == "("), None)
            first_comma = paren if paren is not None and first_comma - paren < 12 else first_comma
        head = toks[start:first_comma]
        if (
            0 < len(head) <= 6
            and head[0].low not in _NOT_NAME_LOW
            and (
                all(t.text[0].isupper() or t.text == "." for t in head)
                or (len(head) == 1 and head[0].low in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP)
            )
        ):
            return (start, first_comma)
        # "A Warren adviser, who spoke on the condition of anonymity, said", "Mrs. Clinton's campaign, which
        # has been shadowed by ..., said": a description before a relative clause (the caller checks that it
        # can speak)
        if (
            1 < len(head) <= 6
            and (head[0].low in _DETERMINERS_POSS | {"one"} or any(t.low.endswith(("'s", "’s")) for t in head))
            and toks[first_comma + 1].low in ("who", "whose", "which")
            and all(_is_word(t) or t.text == "." for t in head)
        ):
            return (start, first_comma)
    for k in range(comma - 1, max(-1, comma - 30), -1):
        if toks[k].text == "," and k + 1 < comma:
            # "Fiorina, speaking to Iowans, said": any aside, when a name or pronoun stands before it
            b = k
            if toks[b - 1].text == ")":  # "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said"
                b = next((p for p in range(b - 2, max(0, b - 12), -1) if toks[p].text == "("), b)
            a = b
            while (
                a > 0
                and b - a < 5
                and (
                    (_is_word(toks[a - 1]) and toks[a - 1].text[0].isupper())
                    or (toks[a - 1].text == "." and a > 1 and len(toks[a - 2].text) <= 4)
                )
            ):
                a -= 1
            if a == b and b > 0 and toks[b - 1].low in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP:
                a = b - 1
            if a < b and (toks[k + 1].low in _APPOSITION_START or toks[a].text[0].isupper() or a == b - 1):
                return (a, b)
            # "The author of the book, Mitchell Zuckoff, said": the aside is the name
            inner = toks[k + 1 : comma]
            if 0 < len(inner) <= 4 and all(t.text[0].isupper() or t.text == "." for t in inner):
                return (k + 1, comma)
            # "Anne Richards, assistant secretary of state for population, refugees, and migration, said":
            # a comma inside the apposition; look further left
            continue
        if toks[k].text in ("¶", ";", ":"):
            return None
    return None


def _object_right(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Phrase right after the verb at ``i`` (inverted order: ``"...," said the official``)."""
    a = i + 1
    b = a
    while b < len(toks) and b - a < 10:
        t = toks[b]
        # "said Sen. Chris Murphy (D-Conn.)": periods of titles and initials stay inside the name
        if (
            t.text == "."
            and b > a
            and (len(toks[b - 1].text) == 1 or toks[b - 1].low in sp.title_words())
            and b + 1 < len(toks)
            and toks[b + 1].text[:1].isupper()
        ):
            b += 1
            continue
        if not _is_word(t) or t.low in _STOP_LEFT:
            break
        b += 1
    return (a, b) if b > a else None


def _is_clause(toks: list[Tok]) -> bool:
    """Whether words after a verb open a clause ("he may campaign", "Mr. Trump had disrespected ...") rather
    than name someone; only lower-case words count, so that "Will Rogers" stays a name."""
    if len(toks) > 1 and toks[0].low in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP:
        return True
    for t in toks:
        if t.low in ("who", "whose", "which", "that"):
            return False  # "said a Trump supporter who runs the account": the verb is the relative clause's
        if t.text.islower() and usual_tag(t.low) in ("VBD", "VBZ", "MD"):  # not VBP: "co-host", "report"
            return True
    return False


def _span_text(text: str, toks: list[Tok], rng: tuple[int, int]) -> tuple[str, int, int]:
    s, e = toks[rng[0]].start, toks[rng[1] - 1].end
    return text[s:e], s, e


def _is_speaker_phrase(phrase: str, people_names: set[str], *, strict: bool) -> bool:
    kind = sp.mention_type(phrase)
    if kind in ("pronoun", "organisation", "anonymous", "role"):
        return phrase.lower() != "it"
    if kind == "person":
        name = sp.name_in(phrase) or phrase
        parts = name.split()
        if len(parts) == 1 and is_common_word(parts[0]) and not any(n.split()[-1] == parts[0] for n in people_names):
            return False  # "Specifically", "Given", "Another": a sentence's first word, not a name
        if not strict:
            return True
        return len(parts) >= 2 or any(n.split()[-1] == parts[-1] for n in people_names if parts)
    return False


_TRANSCRIPT_LABEL = re.compile(r"(?P<name>[A-Z][A-Z.’' -]*[A-Z])(?P<cue>:)\s")
_DASH_NAME = re.compile(
    r"[ \t]*(?P<cue>[―—–-])[ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})\.?[ \t]*(?=$|\n|[“\"])"
)
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
_DESCRIPTION = re.compile(r"(?i:the|an?|one|this|that)(?:\s+[A-Za-z][\w’'-]*){1,4}")


def _speaks(phrase: str, verb: str, people: set[str]) -> bool:
    """Whether ``phrase``, the subject of reporting verb ``verb``, is a speaker: a name, pronoun, organisation
    or unnamed source; “...,” it added (a newspaper or party, resolved to the nearest organisation); or a
    description ("the gambling tycoon told Reuters", "the note says"), kept as the mention though it names
    nobody."""
    if _is_speaker_phrase(phrase, people, strict=False):
        return True
    if phrase.lower() == "it":
        return verb in _SPEECH_CORE | _DOCUMENT_VERBS
    return verb in reporting_verbs() and _DESCRIPTION.fullmatch(phrase) is not None


_BEFORE_NOUN_TAGS = frozenset(["DT", "PRP$", "IN", "JJ", "CD", "TO", "JJS", "JJR", "PDT"])
_NAMING_VERBS = frozenset(["called", "described", "dubbed", "labeled", "labelled", "named", "termed", "branded"])
_PASSIVE_AUX = frozenset(["be", "been", "being", "is", "was", "were", "are", "'s", "’s"])
# verbs whose object is the listener or the person spoken of, never the speaker
_LISTENER_VERBS = frozenset("according tell tells told call calls called ask asks asked".split())
# "some families said", "many voters say": a quantified group
_QUANTIFIERS = frozenset("some many several most both all few other others".split())
# what a study, poll or filing says, shows or finds: "Research suggests", "the IG review found"
_DOCUMENT_NOUNS = frozenset(
    "poll polls survey surveys study studies research report reports analysis review investigation audit "
    "memo letter document documents filing complaint lawsuit ruling data findings estimate estimates".split()
)


def _is_document(phrase: str) -> bool:
    words = phrase.lower().split()
    return 0 < len(words) <= 8 and words[-1] in _DOCUMENT_NOUNS


_QUESTION_WORDS = frozenset(["whether", "if", "why", "how", "what", "when", "who"])
_SAY_VERBS = _SPEECH_CORE | frozenset(["saying", "telling", "writing", "adding"])


def _reports(phrase: str, verb: str, people: set[str], clause: bool = False) -> bool:
    """Whether ``phrase``, the subject of ``verb`` in a sentence without quote marks, is a source: a speaker
    phrase as for quotations, or with a verb of saying also "it" (a document or body), a described group
    ("hacking specialists say", "Some advocates for stem cell research said") or a share of a poll ("About 4
    in 10 say"); never a bare word such as "that"."""
    # an unknown single name ("Forbes said", "Bob argued that") only with a verb of saying or a that-clause
    if _is_speaker_phrase(phrase, people, strict=not clause and verb not in _SAY_VERBS) or _is_document(phrase):
        return True
    low = phrase.lower()
    if low == "it":
        return verb in _SPEECH_CORE | _DOCUMENT_VERBS
    words = low.split()
    if verb not in _SAY_VERBS or len(words) > 8 or (words[0] in _NOT_NAME_LOW and words[0] not in _QUANTIFIERS):
        return False
    last = words[-1].strip(",.")
    return usual_tag(last) in ("NN", "NNS", "NNP", "NNPS", "CD") or last == "percent" or last[:1].isdigit()


@dataclass
class Attribution:
    mention: str
    start: int
    end: int
    cue: str
    span: CleanSpan | None = None  # the paragraph the offsets belong to, once known
    rng_start: int = -1  # token index of the mention within its sentence, while searching


def _verb_indexes(toks: list[Tok]) -> list[int]:
    verbs = reporting_verbs()
    out = []
    words = [t for t in toks if _is_word(t) and t.text[0].isalpha()]
    # a headline in title case ("Glenn Beck Says Trump ... Pose A Threat"): capitals are no sign of a name
    title_case = len(words) >= 5 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
    for k, t in enumerate(toks):
        if t.low in verbs:
            if k > 0 and t.text[0].isupper() and toks[k - 1].text != "¶" and not (title_case and t.low in _SAY_VERBS):
                continue  # "Secretary of State", "the United States": a name, not a verb
            if t.low in _NOUNISH and (
                any(x.low in _DETERMINERS_POSS for x in toks[max(0, k - 2) : k])
                or (k > 0 and (usual_tag(toks[k - 1].low) in ("JJ", "JJR") or toks[k - 1].low.endswith(("'s", "’s"))))
            ):
                continue  # "a separate post", "his remarks", "Mr. Trump's more divisive remarks": a noun
            if t.low in ("state", "states") and k > 0 and usual_tag(toks[k - 1].low) in _BEFORE_NOUN_TAGS:
                continue  # "the former secretary of state", "her state", "many state workers"
            if k > 0 and toks[k - 1].low in _PASSIVE_AUX and (t.low in _NAMING_VERBS or t.low.endswith("ed")):
                # "what had been called the “Golden Week”", "the move was reported by MSNBC": the subject of a
                # passive is not the speaker
                continue
            out.append(k)
        elif t.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            out.append(k)
        elif t.low in ("put", "puts") and k + 1 < len(toks) and toks[k + 1].low == "it" and k > 0:
            out.append(k)  # "as Tom Ridge put it:"
    return out


def _attribute(
    text: str,
    sent: tuple[int, int],
    q: QuoteSpan,
    quotes: list[QuoteSpan],
    people: set[str],
    inherited: Attribution | None,
) -> Attribution | None:
    """Find the speaker phrase and cue of quotation ``q`` within its sentence ``sent``."""
    s0, s1 = sent
    # 0. Labels: a transcript's speaker inside the quotation ("WALLACE: Let's start ..."), or a name after a
    #    dash closing the paragraph or standing before the next quotation (“...” ― Karen Bobadilla)
    label = _TRANSCRIPT_LABEL.match(text, q.start) or _DASH_NAME.match(text, q.outer_end)
    if label and sp.mention_type(label.group("name")) == "person":
        name, a = label.group("name"), label.start("name")
        if name.endswith(".") and len(name.split()[-1]) > 2:
            name = name[:-1]  # the sentence's full stop, not an initial's
        return Attribution(name, a, a + len(name), label.group("cue"))
    masks = [(o.open_at, o.outer_end) for o in quotes]
    q_open = q.open_at
    toks = _tokens(text, s0, s1, masks)
    qi = next((k for k, t in enumerate(toks) if t.start == q_open and t.text == "¶"), None)
    if qi is None:
        return None
    verbs = _verb_indexes(toks)

    def subj(vi: int) -> Attribution | None:
        if toks[vi].low == "according":
            rng = _object_right(toks, vi + 1)
            cue = "according to"
        else:
            rng = _subject_left(toks, vi)
            cue = toks[vi].text + (" it" if toks[vi].low in ("put", "puts") else "")
        if rng is None:
            return None
        phrase, a, b = _span_text(text, toks, rng)
        if "¶" in [t.text for t in toks[rng[0] : rng[1]]] or not _speaks(phrase, toks[vi].low, people):
            return None
        if toks[vi].low in _FINDING_VERBS and sp.mention_type(phrase) != "organisation" and not _finds_that(toks, vi):
            return None
        return Attribution(phrase, a, b, cue, rng_start=rng[0])

    def inverted(vi: int) -> Attribution | None:
        """The speaker right after the verb: said the official."""
        rng = _object_right(toks, vi)
        # "..., saying they were nitpicking": a participle's object, or a clause, is what is said
        if rng is None or toks[vi].low.endswith("ing") or _is_clause(toks[rng[0] : rng[1]]):
            return None
        phrase, a, b = _span_text(text, toks, rng)
        if _is_speaker_phrase(phrase, people, strict=False):
            return Attribution(phrase, a, b, toks[vi].text)
        # a description right after the verb speaks too (“...,” said the Democratic nominee), but not a
        # clause (“...,” saying the change was unfair)
        clause = toks[vi].low.endswith("ing") or any(usual_tag(t.low) in _FINITE_TAGS for t in toks[rng[0] : rng[1]])
        return None if clause or not _speaks(phrase, toks[vi].low, people) else Attribution(phrase, a, b, toks[vi].text)

    # 1. After the quotation: ', a senior official told' / '" the president wrote' / ', said Smith'
    k = qi + 1
    while k < len(toks) and toks[k].text in (",", "—", "–"):
        k += 1
    post_verbs = [v for v in verbs if qi < v <= k + 10 and "¶" not in [t.text for t in toks[qi + 1 : v]]]
    if post_verbs:
        v = post_verbs[0]
        if v == k and toks[v].low == "according":  # “...,” according to Reuters
            found = subj(v)
            if found:
                return found
        elif v == k:  # inverted: said the official
            found = inverted(v)
            if found:
                return found
        elif v > k:
            rng = _subject_left(toks, v)
            if rng and rng[0] == k:  # the speaker right after the quotation, not a later clause's subject
                phrase, a, b = _span_text(text, toks, rng)
                if _speaks(phrase, toks[v].low, people):
                    return Attribution(phrase, a, b, toks[v].text)
    # 2. Before the quotation: the last reporting verb, or a colon after the sentence's subject.
    pre_verbs = [v for v in verbs if v < qi]
    for v in reversed(pre_verbs):
        found = subj(v)
        if v > 0 and toks[v - 1].text == "," and toks[v].low in _SPEECH_CORE:
            # "The paradox of Nancy, says Carl Anthony, historian at ..., is that she was “...”": a speaker
            # named in a parenthetical attribution, not the clause's subject
            rng = _object_right(toks, v)
            if rng and rng[1] < qi and toks[rng[1]].text == ",":
                phrase = _span_text(text, toks, rng)[0]
                if phrase[0].isupper() and sp.mention_type(phrase) == "person" and len(phrase.split()) > 1:
                    found = inverted(v) or found
        if (
            not found
            and v > 0
            and toks[v - 1].text in (",", "¶")
            and not toks[v].low.endswith("ing")
            and toks[v].low not in _LISTENER_VERBS
        ):
            # "Because of the schedule, explained Rosenberg, “...”": the speaker named after the verb, right
            # before the quotation (not "..., calling him “...”", whose object is spoken about)
            rng = _object_right(toks, v)
            if rng and qi - rng[1] <= 1 and all(t.text in (",", ":") for t in toks[rng[1] : qi]):
                phrase = _span_text(text, toks, rng)[0]
                if phrase[0].isupper() and sp.mention_type(phrase) in ("person", "organisation", "role"):
                    found = inverted(v)
        if found:
            # "Trump said he responded: ...", "Trump said Fox executives were calling “every 15 minutes”": the
            # quotation is the outer speaker's report
            pronoun = found.mention.lower() in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP
            # (also across a clause: "Hier has said that while he fears ..., “...”")
            # ("Clinton said that she called Sanders ... what she called “...”": past inner pronouns to a name)
            inner, nearest = found, None
            for w in reversed([w for w in pre_verbs if w < v]):
                if w >= inner.rng_start:
                    continue  # "Trump, who has told aides ..., said": a verb inside the subject's aside
                gap = toks[w + 1 : inner.rng_start]
                between = {t.low for t in gap}
                if between & {";", "¶", "but"}:
                    break
                # a name reported by nobody: "Trump won, and Clinton said" / "while Clinton said"
                if not pronoun and (
                    between & {"while", "whereas", "although", "though"}
                    or any(a.text == "," and b.low == "and" for a, b in zip(gap, gap[1:], strict=False))
                ):
                    break
                outer = subj(w)
                if outer:
                    if outer.mention.lower() not in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP:
                        return outer
                    inner, nearest = outer, nearest or outer
            if nearest:
                return nearest
            return found
        left = toks[v - 1].low if v > 0 else ""
        if left in (",", "and", "while", "before", "after", "¶", "then") or toks[v].low.endswith("ing"):
            # "adding that ...", "and told the press that ...": the subject of the earlier clause
            earlier = [w for w in pre_verbs if w < v]
            for w in reversed(earlier):
                found = subj(w)
                if found:
                    return Attribution(found.mention, found.start, found.end, toks[v].text)
            # "Beck has also criticized voters, declaring that ...": the sentence's own subject before one
            # carried over from an earlier sentence
            opening = _sentence_subject(text, toks[:v], people, verb=toks[v].low) if v > 1 else None
            if opening:
                return Attribution(opening[0], opening[1], opening[2], toks[v].text)
            if inherited is not None:
                return Attribution(inherited.mention, inherited.start, inherited.end, toks[v].text)
    if qi > 0 and toks[qi - 1].text == ":":
        found = _sentence_subject(text, toks[: qi - 1], people) or _label_before_colon(text, toks, qi - 1, people)
        if found:
            return Attribution(found[0], found[1], found[2], ":")
    # 3. A reporting verb later in the sentence with its own subject: "... ," he said; or inverted at the
    #    end of the sentence: Clinton “drew quite well ...” in the 2008 primary, said professor Paul Beck.
    for v in verbs:
        if v > qi:
            found = subj(v)
            if found:
                return found
            if toks[v - 1].text == "," and toks[v].low != "according":
                rng = _object_right(toks, v)
                if rng and (rng[1] == len(toks) or toks[rng[1]].text in (",", ".")):
                    found = inverted(v)
                    if found:
                        return found
    # 4. Any other verb: the quotation belongs to the subject of its sentence ("Trump is promising to
    #    "bomb the hell" out of ..."), when that subject can speak.
    if qi > 1:
        # with a reporting verb before the quotation, a description can be the speaker too: "The billionaire
        # businessman began by talking about the drug crisis, saying that heroin is “cheaper than candy.”"
        cue = toks[pre_verbs[-1]].low if pre_verbs else ""
        found = _sentence_subject(text, toks[:qi], people, verb=cue)
        if found:
            return Attribution(found[0], found[1], found[2], toks[pre_verbs[-1]].text if pre_verbs else "")
    return None


def _label_before_colon(text: str, toks: list[Tok], colon: int, people: set[str]) -> tuple[str, int, int] | None:
    """A name that labels a quotation, after a dash or at the start: "HEADLINE - Jeffrey M. Jones: “...”"."""
    a = colon
    while a > 0 and colon - a < 6 and (toks[a - 1].text[0].isupper() or toks[a - 1].text == "."):
        a -= 1
    if a == colon or (a > 0 and toks[a - 1].text not in ("-", "—", "–")):
        return None
    phrase, s, e = _span_text(text, toks, (a, colon))
    return (phrase, s, e) if sp.mention_type(phrase) in ("person", "organisation") else None


def _sentence_subject(text: str, toks: list[Tok], people: set[str], verb: str = "") -> tuple[str, int, int] | None:
    """The subject at the start of a clause, after any leading prepositional phrase or conjunction; one that
    can speak (see :func:`_speaks`; ``verb`` is the clause's reporting verb, if any)."""
    k = 0
    while k < len(toks) and toks[k].low in ("but", "and", "so", "yet", "still", "then", "meanwhile", "now"):
        k += 1
    for _ in range(2):
        # past an opening phrase or clause to the comma that ends it: "In a statement, ...", "Last year, he
        # ...", "When she was talking about coal, she ...", "Filling in for Sanders on Sunday, West ..."
        if k + 1 >= len(toks):
            break
        first = toks[k].low
        participle = first.endswith(("ed", "ing")) and toks[k + 1].low in _AFTER_PARTICIPLE
        comma = next((i for i in range(k + 1, min(len(toks), k + 30)) if toks[i].text == ","), None)
        # "Hours later, Trump ...", "Two weeks ago, she ...": a short time phrase
        timed = (
            comma is not None
            and comma - k <= 4
            and (
                toks[comma - 1].low in ("later", "ago", "earlier")
                or all(t.low in _TIME_WORDS | _TIME_LEAD for t in toks[k:comma])
            )
        )
        if not (first in _PREPOSITIONS or first in _NOT_SUBJECT or participle or timed):
            break
        if comma is None:
            if first in _PREPOSITIONS:
                return None
            break
        k = comma + 1
    if k + 1 < len(toks) and toks[k].low == "according" and toks[k + 1].low == "to":
        rng = _object_right(toks, k + 1)
        if rng is None:
            return None
        phrase, s, e = _span_text(text, toks, rng)
        return (phrase, s, e) if _is_speaker_phrase(phrase, people, strict=False) else None
    if (
        k >= len(toks)
        or not _is_word(toks[k])
        or toks[k].low in _NOT_SUBJECT
        or (toks[k].text.isupper() and len(toks[k].text) > 1)  # a dateline, not the article "A"
    ):
        return None
    a = b = k
    if toks[a].low in sp.PRONOUNS_PERSON | sp.PRONOUNS_GROUP:
        b = a + 1
    elif toks[a].low in _DETERMINERS_POSS:
        b = _noun_phrase_end(toks, a + 1)
        # "Another critic, Laurence H. Tribe, likened": the name in apposition belongs to the subject
        if b < len(toks) and toks[b].text == ",":
            e = b + 1
            while e < len(toks) and e - b < 6 and (toks[e].text[0].isupper() or toks[e].text == "."):
                e += 1
            if e > b + 1 and e < len(toks) and toks[e].text == ",":
                b = e
    else:
        first = toks[a].low
        participle = first.endswith(("ed", "ing")) and a + 1 < len(toks) and toks[a + 1].low in _AFTER_PARTICIPLE
        if participle or _written_alone(text, first):
            # "Preceded by ...", "Casting himself as ...", "Weeds grow ... weeds": a sentence's first word that
            # opens a participle clause, or that the paragraph also writes in lower case, is not a name
            # (while "Ted Cruz", "Fred said" and "Mohammed bin Salman" are)
            return None
        while (
            b < len(toks)
            and b - a < 8
            and (
                (_is_word(toks[b]) and toks[b].text[0].isupper())
                or (toks[b].text == "." and b > a)
                or (toks[b].low in ("of", "and") and b + 1 < len(toks) and toks[b + 1].text[:1].isupper())
                # "Democratic presidential nominee Hillary Clinton": lower-case words of a title before a name
                or (
                    b > a
                    and toks[b].text.islower()
                    and toks[b].low not in _STOP_LEFT | _AUX
                    and not _looks_like_verb(toks, b)
                    and any(t.text[0].isupper() for t in toks[b + 1 : b + 3])
                    and all(_is_word(t) for t in toks[b : b + 3])
                )
            )
        ):
            b += 1
        if b > a and toks[b - 1].low.endswith(("'s", "’s")):
            b = _noun_phrase_end(toks, b)  # "Grayson's spokeswoman"
    if b <= a:
        return None
    phrase, s, e = _span_text(text, toks, (a, b))
    return (phrase, s, e) if (_speaks(phrase, verb, people) and phrase.lower() != "it") else None


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word, exactly as given (a plain scan: a regex per word
    would be compiled anew for most words)."""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if not (before.isalnum() or before in "_’'.-") and not (after.isalnum() or after in "_’'-"):
            return True
        i = text.find(word, i + 1)
    return False


def _noun_phrase_end(toks: list[Tok], b: int) -> int:
    """End of the words after a determiner or possessive, up to a verb: "the campaign's top strategist"."""
    a = b - 1
    while (
        b < len(toks)
        and b - a < 6
        and _is_word(toks[b])
        and not _looks_like_verb(toks, b)
        and (toks[b].low not in _AUX and toks[b].low not in _STOP_LEFT)
        and usual_tag(toks[b].low) not in _FINITE_TAGS  # "The billionaire businessman began ..."
    ):
        b += 1
    return b


def _kind(text: str, q: QuoteSpan, sent: tuple[int, int]) -> str:
    content = text[q.start : q.end].strip()
    first = next((c for c in content if c.isalnum()), "")
    before = text[sent[0] : q.open_at].rstrip()
    starts_clause = (
        not before
        or before.endswith((",", ":", "—", "–", "…"))
        or before.split()[-1].lower() in (reporting_verbs() | {"that"})
    )
    ends = content.rstrip(" '’‘").endswith((".", "?", "!", ",", "…", "—", "–", "-")) or q.close_at is None
    if first and (first.isupper() or first.isdigit()) and starts_clause and ends:
        return "direct"
    if first and first.isupper() and len(content.split()) >= 10 and starts_clause:
        return "direct"
    return "partial"


def _colon_intro(
    text: str, sent: tuple[int, int], quotes: list[QuoteSpan], people: set[str], par: Paragraph
) -> Attribution | None:
    """The speaker of a paragraph whose last sentence ends with a colon and introduces the next paragraph's
    quotation ("He then listed the qualities a nominee needs: ¶ “...”"): the subject of its first verb."""
    s0, s1 = sent
    if not text[s0:s1].rstrip().endswith(":") or any(s0 <= o.open_at < s1 for o in quotes):
        return None
    toks = _tokens(text, s0, s1, [])
    verbs = reporting_verbs()
    # the reporting verb nearest the colon ("when the moderators yielded to snark, Cruz called them on it:"),
    # else the first verb ("He then listed the qualities a nominee needs:")
    reporting = [k for k in range(len(toks) - 1, 0, -1) if toks[k].low in verbs]
    first = next((k for k in range(1, len(toks)) if toks[k].low in verbs or _looks_like_verb(toks, k)), None)
    for k in reporting + ([first] if first is not None else []):
        rng = _subject_left(toks, k)
        if rng is None:
            continue
        phrase, a, b = _span_text(text, toks, rng)
        if _is_speaker_phrase(phrase, people, strict=False):
            return Attribution(phrase, a, b, ":", span=par.span)
    return None


def _has_verb_outside(text: str, quotes: list[QuoteSpan]) -> bool:
    toks = _tokens(text, 0, len(text), [(o.open_at, o.outer_end) for o in quotes])
    return bool(_verb_indexes(toks))


def _continues_split_quote(text: str, q: QuoteSpan, previous: tuple[QuoteSpan, str] | None) -> bool:
    if previous is None or previous[1] != "direct" or previous[0].close_at is None:
        return False
    between = text[previous[0].outer_end : q.open_at]
    return (
        between.rstrip().endswith(",")
        and len(between.split()) <= 6
        and any(w.strip(",").lower() in reporting_verbs() for w in between.split())
    )


def _is_scare_quote(text: str, q: QuoteSpan, sent: tuple[int, int], has_cue: bool) -> bool:
    """Scare quotes, titles of works and labels: short quoted phrases that are not anybody's words.

    One or two words ("called Ankara an “ideal host”") and up to five capitalised words ("The Apprentice")
    count as speech only when a speaker and reporting verb were found for them.
    """
    if q.open_at > 0 and text[q.open_at - 1] == "=":
        return True  # an attribute value in leftover markup: <tweet id="...">
    words = text[q.start : q.end].split()
    before = _tokens(text, sent[0], q.open_at, [])[-6:]
    title_case = all(w[0].isupper() or not w[0].isalpha() for w in words)
    if (
        bool(words)
        and words[0][0].isupper()
        and all(w[0].isupper() or not w[0].isalpha() or w.lower() in _TITLE_SMALL for w in words)
        and len(words) <= 12
        and before
        and (
            before[-1].low in _WORK_NOUNS | {"told", "tells", "tell"}
            or before[-1].low.endswith(("'s", "’s"))
            or (len(before) > 1 and before[-1].low == "s" and before[-2].text in "’'")
        )
    ):
        return True  # a title: NBC's "Meet the Press", the book "Backfire: ...", told "Fox and Friends"
    if len(words) > 5:
        return False
    if not has_cue and title_case:
        return True
    if len(words) <= 3 and before and before[-1].low == "so-called":
        return True  # a label, not anybody's words
    if len(words) <= 2:
        return not has_cue and not _sentence_has_cue(text, sent)
    return False


# “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: a headline and its byline
_BYLINE = re.compile(r"[ \t]*,?[ \t]+by[ \t]+(?:[A-Z][\w.&-]*[ \t]+){0,4}[A-Z][\w.&-]*[’']s?[ \t]+[A-Z]")
_TITLE_SMALL = frozenset("a an the of and or to in on at for by with from de del la le vs".split())


def _is_title(text: str, q: QuoteSpan, attr: Attribution | None) -> bool:
    """A name of a work or programme in title case ("Los Hijos de Trump," "Morning Joe") that no reporting
    verb gives to anyone: a title, even where its comma makes it look like a sentence."""
    before = _tokens(text, max(0, q.open_at - 40), q.open_at, [])[-3:]
    if not any(t.low in _WORK_NOUNS - {"on"} for t in before):  # "a play called ...": a work all the same
        if attr is not None and attr.cue.lower() in reporting_verbs() | {":", "according to"}:
            return False
        if any(t.low in reporting_verbs() for t in before):
            return False  # "has been called the “Trump of the East”": somebody's words
    words = [w.strip("“”\"‘’'()[],.:;!?—–-") for w in text[q.start : q.end].split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 8 or text[q.start : q.end].rstrip().endswith(("!", "?")):
        return False  # (a full stop may close a title at the end of a sentence: CBS' ''60 Minutes.'')
    return (words[0][0].isupper() or words[0][0].isdigit()) and all(
        w[0].isupper() or not w[0].isalpha() or w.lower() in _TITLE_SMALL for w in words
    )


def _sentence_has_cue(text: str, sent: tuple[int, int]) -> bool:
    return any(t.low in reporting_verbs() for t in _tokens(text, sent[0], sent[1], []))


def _may_report(sentence: str) -> bool:
    """Whether a sentence has a reporting verb or "according" at all: most sentences report nothing, and
    this test spares tokenizing them."""
    words = set(_LOWER_WORD.findall(sentence.lower()))
    return bool(words & reporting_verbs()) or "according" in words


def _indirect(text: str, sent: tuple[int, int], people: set[str]) -> tuple[Attribution, int, int] | None:
    """Reported speech in a sentence without quote marks: (attribution, content start, content end)."""
    s0, s1 = sent
    if not _may_report(text[s0:s1]):
        return None
    toks = _tokens(text, s0, s1, [])
    for v in _verb_indexes(toks):
        verb = toks[v].low
        after = toks[v + 1 :]
        if verb == "according":
            # "according to" names a source whatever it is: a person, "exit polls", "state law", "the summary"
            rng = _object_right(toks, v + 1)
            if not rng or not toks[rng[0]].text[0].isalnum():
                continue
            phrase, a, b = _span_text(text, toks, rng)
            rest = toks[rng[1] :]
            if rest and rest[0].text == ",":
                rest = rest[1:]
            before = toks[:v]
            # "Verizon has struck a deal, according to the Labor Department, taking a step ...": the clause
            # before the comma is what the source reports
            # (but "He crossed the border after, according to him, the network censured ...": the clause
            # after it, when what comes before breaks off)
            cut_off = len(before) > 1 and before[-2].low in _STOP_LEFT | _PREPOSITIONS | {"when"}
            if len(before) >= 5 and before[-1].text == "," and not (cut_off and len(rest) >= 4):
                return Attribution(phrase, a, b, "according to"), before[0].start, _content_end(text, before[:-1])
            if len(rest) >= 4:
                return Attribution(phrase, a, b, "according to"), rest[0].start, _content_end(text, rest)
            if len(before) >= 4:
                return Attribution(phrase, a, b, "according to"), before[0].start, _content_end(text, before)
            continue
        window = [t.low for t in after[:5]]
        rng = _subject_left(toks, v)
        obj = _object_right(toks, v) if v > 1 and toks[v - 1].text == "," and verb in _SPEECH_CORE else None
        if obj and _is_clause(toks[obj[0] : obj[1]]):
            obj = None  # "Sanders, who has ..., said he may campaign for him": what is said, not who says it
        # "..., said Democratic strategist Hank Sheinkopf." / "And Trump, said Sunshine, doesn't forgive"; with a
        # subject before too ("..., the race will be tight, said Dan Gerstein, director of ..."), a name right
        # after the verb that closes the sentence or is followed by its apposition wins
        if obj and (
            rng is None
            or (
                verb not in ("tell", "tells", "told")  # "told The Huffington Post": the listener
                and (obj[1] >= len(toks) or toks[obj[1]].text in (",", "."))
                and sp.mention_type(_span_text(text, toks, obj)[0]) in ("person", "organisation", "anonymous")
            )
        ):
            phrase, a, b = _span_text(text, toks, obj)
            if toks[obj[0]].low not in _PREPOSITIONS and _is_speaker_phrase(phrase, people, strict=False):
                rest = toks[obj[1] :]
                end = _content_end(text, rest) if len([t for t in rest if _is_word(t)]) >= 3 else toks[v - 2].end
                return Attribution(phrase, a, b, toks[v].text), toks[0].start, end
        if rng is None and verb.endswith("ing") and v > 2 and toks[v - 1].text == ",":
            # "Mr. Obama revised his plans in October, saying that ...": the sentence's subject says it
            found = _sentence_subject(text, toks[: v - 1], people, verb=verb)
            if found and sp.mention_type(found[0]) in ("person", "organisation", "anonymous", "pronoun", "role"):
                phrase, a, b = found
                k = window.index("that") + 1 if "that" in window[:2] else 0
                rest = after[k:]
                if len(rest) >= 3:
                    return Attribution(phrase, a, b, toks[v].text), rest[0].start, _content_end(text, rest)
            continue
        if rng is None:
            continue
        phrase, a, b = _span_text(text, toks, rng)
        if not _reports(phrase, verb, people, clause=bool(after) and after[0].low == "that"):
            continue
        if (
            verb in _FINDING_VERBS
            and sp.mention_type(phrase) != "organisation"
            and not _is_document(phrase)
            and not _finds_that(toks, v)
        ):
            continue  # "the poll shows", "a study found"; people "show" and "find" all sorts of things
        # "The plan will fail, officials said on Monday.": the reported clause comes first;
        # "..., a spokeswoman said on Saturday, and it has ...": around the cue
        if rng[0] > 1 and toks[rng[0] - 1].text == ",":
            told_whom = verb in ("tell", "tells", "told") and len(after) <= 7 and "that" not in window
            participle = len(after) > 1 and after[0].text == "," and after[1].low in _PARTICIPLES
            # "..., his top aide told The Huffington Post." / "..., an official said, adding that ..."
            if _ends_clause(after) or told_whom or participle:
                return Attribution(phrase, a, b, toks[v].text), toks[0].start, toks[rng[0] - 2].end
            comma = next((k for k, t in enumerate(after[:6]) if t.text == ","), None)
            if comma is not None and len(after) - comma > 3:
                return Attribution(phrase, a, b, toks[v].text), toks[0].start, _content_end(text, after)
        skip = _time_adverbial(after)
        if skip and len(after) - skip >= 3:  # "said on Friday he met ...", "said Monday that ..."
            after = after[skip:]
            window = [t.low for t in after[:5]]
        if not after or (
            after[0].low in ("to", "by", "for", "as", "on", "in", ".", "out", "up", "off") and "that" not in window
        ):
            continue
        question = next((i for i, w in enumerate(window[:4]) if w in _QUESTION_WORDS), None)
        if verb in ("asked", "asks", "asking", "wondered") and question is not None:
            pass  # "asked Sanders whether ...": the question is what was said
        elif verb in _QUOTE_ONLY_VERBS and "that" not in window:
            continue
        k = 0
        if verb in ("asked", "asks", "asking", "wondered") and question is not None:
            k = question
        elif "that" in window[:4] and verb not in _OBJECT_VERBS:
            k = window.index("that") + 1
        elif after[0].text == ",":
            k = 1
        rest = after[k:]
        if len(rest) < 3:
            continue
        return Attribution(phrase, a, b, toks[v].text), rest[0].start, _content_end(text, _clause_cut(rest))
    return None


_CLAUSE_AFTER = _PARTICIPLES | {"according"}


def _clause_cut(toks: list[Tok]) -> list[Tok]:
    """The reported clause without what joins on after it: "..., adding that ...", "..., but the campaign
    refused", "..., and has expressed support", "... - though it is unclear"."""
    for c in range(3, len(toks) - 1):
        t, nxt = toks[c], toks[c + 1]
        if t.text == ";" or (t.text in ("—", "–", "-") and nxt.low in _CLAUSE_AFTER | {"and"}):
            return toks[:c]
        if t.text == "," and (nxt.low in _CLAUSE_AFTER):
            return toks[:c]
    return toks


def _time_adverbial(after: list[Tok]) -> int:
    """How many tokens right after a verb form a short time adverbial: "on Friday", "Monday", "last week"."""
    k = 1 if after and after[0].low in _TIME_LEAD else 0
    times = 0
    while k < len(after) and times < 3 and after[k].low in _TIME_WORDS:
        k += 1
        times += 1
    return k if times else 0


_CLAUSE_JOIN = frozenset(["while", "but", "and", "whereas", "although", "though"])


def _indirect_all(text: str, sent: tuple[int, int], people: set[str]) -> list[tuple[Attribution, int, int]]:
    """Every reported statement of a sentence: "several supporters said the former president had made a good
    case, while other voters said they had not heard anything" holds two."""
    found = _indirect(text, sent, people)
    if found is None:
        return []
    attr, cs, ce = found
    m = _ADDING.search(text, ce, sent[1])
    if m and len(text[m.end() : sent[1]].split()) >= 4:
        # "..., a Chinese official said, adding that the impact was hard to estimate": a second statement
        end = sent[1]
        while end > m.end() and text[end - 1] in " \t\n.;,":
            end -= 1
        said = Attribution(attr.mention, attr.start, attr.end, m.group("cue"))
        return [found, (said, m.end(), end)]
    toks = _tokens(text, cs, sent[1], [])  # the clause may have been cut before the next one
    for c in range(1, len(toks) - 4):
        if toks[c].start > ce:
            break
        if toks[c].text in (",", ";") and toks[c + 1].low in _CLAUSE_JOIN:
            more = _indirect_all(text, (toks[c + 2].start, sent[1]), people)
            # only where the next clause opens with its own speaker and reporting verb
            if more and more[0][0].start == toks[c + 2].start:
                return [(attr, cs, _content_end(text, toks[:c])), *more]
    return [found]


def _ends_clause(after: list[Tok]) -> bool:
    """Nothing but punctuation or a short adverbial ("on Monday", "in a statement") follows the verb."""
    words = [t for t in after if _is_word(t)]
    if not words:
        return True
    return (
        words[0].low in _PREPOSITIONS | {"last", "this", "earlier", "recently", "today", "yesterday"}
        and len(words) <= 6
    )


def _content_end(text: str, toks: list[Tok]) -> int:
    end = toks[-1].end
    while toks and not _is_word(toks[-1]) and len(toks) > 1:
        toks = toks[:-1]
        end = toks[-1].end
    return end


def extract_quotes(text: str, article_id: str = "", paragraphs: list[Paragraph] | None = None) -> pd.DataFrame:
    """Every quotation in one article's original ``text``: one row per quote, columns ``QUOTE_COLUMNS``.

    Offsets refer to ``text``: ``text[start:end]`` is the quotation without its marks and
    ``text[speaker_start:speaker_end]`` the speaker mention. Headings (except "Name: words" labels) and
    boilerplate yield no quotes; a repeated paragraph yields a quote only where it names a speaker its
    original lacks, or where it is a much fuller version of it.
    """
    return quotes_frame(quote_rows(text, article_id, paragraphs))


def quotes_frame(rows: list[dict], extra: Sequence[str] = ()) -> pd.DataFrame:
    """The quotes table for rows from :func:`quote_rows` (one or many articles), with ``extra`` columns
    (such as the sentiment scores) after the standard ones."""
    return pd.DataFrame(rows, columns=[*QUOTE_COLUMNS, *extra]).astype(
        {
            "speaker_start": "Int64",
            "speaker_end": "Int64",
            "start": "int64",
            "end": "int64",
            "sentence": "int64",
            "paragraph": "int64",
            "continues_previous": "bool",
            "content_start": "int64",
            "content_end": "int64",
        }
    )


def quote_rows(
    text: str, article_id: str = "", paragraphs: list[Paragraph] | None = None, sentences: list[Sentence] | None = None
) -> list[dict]:
    """Quotations of one article as plain dicts (see :func:`extract_quotes`); ``sentences`` from
    :func:`helpers.sentences.split_sentences` avoids splitting the text twice."""
    paragraphs = paragraphs if paragraphs is not None else split_paragraphs(text)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for sent in sentences or []:
        by_paragraph.setdefault(sent.paragraph, []).append((sent.clean_start, sent.clean_end))
    rows: list[dict] = []
    history: list[tuple[int, str, str]] = []
    people_all: list[sp.Person] = []
    for par in paragraphs:
        for p in sp.find_people(par.text):
            people_all.append(sp.Person(p.name, par.span.to_original(p.start), p.title))
        for m in _FULL_NAME.finditer(par.text):  # untitled full names count for surname resolution
            name = sp.strip_titles(m.group())
            words = name.split()
            # "Although Weiner", "When Donald Trump": a capitalised sentence opener is not part of the name
            drop = 0
            while drop < len(words) and (words[drop] in _NOT_NAME_START or words[drop].lower() in _NOT_NAME_LOW):
                drop += 1
            kept = words[drop:]
            if len(kept) > 1 and not sp.is_organisation(" ".join(kept)):
                at = m.start() + (m.group().find(" " + kept[0]) + 1 if drop else 0)
                people_all.append(sp.Person(" ".join(kept), par.span.to_original(at), None))
    people_all.sort(key=lambda p: p.start)
    index = sp.PeopleIndex(people_all)
    # names that can stand alone later as a surname: titled people, and any two- or three-word name
    names = {p.name for p in people_all} | {m.group() for par in paragraphs for m in _FULL_NAME.finditer(par.text)}
    names |= _capitalised_only(text)
    sentence_index = 0
    open_from_previous: Attribution | None = None
    previous_speaker: Attribution | None = None
    introduced_by: Attribution | None = None
    previous_unclosed = False
    for par in paragraphs:
        ptext = par.text
        sents = by_paragraph.get(par.index) or ([(0, len(ptext))] if par.is_heading else split_text(ptext))
        first_sentence = sentence_index
        sentence_index += len(sents)
        labelled = (
            _headline_label(text, par, names, first_sentence, people_all, history)
            if (par.is_heading or len(sents) == 1) and not par.is_duplicate and par.kind != "boilerplate"
            else []
        )
        if (par.is_heading or par.kind == "boilerplate") and not labelled:
            previous_unclosed = False
            previous_speaker = None
            continue
        # named people mentioned in this paragraph feed pronoun resolution
        for pos, name in index.mentions(ptext):
            history.append((par.span.to_original(pos), name, "person"))
        if labelled:  # "Sanders: Brexit's message could ...": the paragraph holds nothing else
            rows.extend(labelled)
            continue
        quotes = find_quote_spans(ptext)
        quoted = [(o.open_at, o.outer_end) for o in quotes]
        reported_last: Attribution | None = None  # who the paragraph's last sentence reports, if anyone
        for si, sent in enumerate(sents):
            # reported speech only where nothing is in quote marks: quoted words are handled below;
            # found first so that its speakers can be antecedents of pronouns next to the quotations
            if not any(a < sent[1] and b > sent[0] for a, b in quoted):
                for attr, cs, ce in _indirect_all(ptext, sent, names):
                    q = QuoteSpan(cs, ce, cs, ce)
                    rows.append(_row(text, par, q, "indirect", attr, first_sentence + si, False, people_all, history))
                    if si == len(sents) - 1:
                        attr.span = par.span
                        reported_last = attr
        continuation = previous_unclosed and bool(quotes) and quotes[0].open_at <= 1
        last_attr: Attribution | None = None
        rows_in_sentence: dict[int, tuple[QuoteSpan, str]] = {}
        attr_in_sentence: dict[int, Attribution] = {}
        for q in quotes:
            si = next(k for k, (a, b) in enumerate(sents) if a <= q.open_at < b or k == len(sents) - 1)
            in_sentence = [o for o in quotes if sents[si][0] <= o.open_at < sents[si][1]]
            attr = _attribute(ptext, sents[si], q, in_sentence, names, last_attr)
            cont = continuation and q is quotes[0]
            if attr is None and cont and open_from_previous is not None:
                attr = open_from_previous
            if attr is None and len(sents) > 1:
                attr = _paragraph_attribution(ptext, sents, si, quotes, names)
            if attr is None and _kind(ptext, q, sents[si]) == "direct":
                # the speaker goes on: a later quotation in the same paragraph, or a paragraph that is
                # nothing but a quotation right after one whose speaker is known
                if last_attr is not None:
                    attr = last_attr
                elif q.open_at == 0 and previous_speaker is not None and not _has_verb_outside(ptext, quotes):
                    attr = previous_speaker
                elif q is quotes[0] and q.open_at == 0 and introduced_by is not None:
                    attr = introduced_by
                else:
                    attr = _previous_subject(ptext, sents, si, quotes, names, q)
            if attr is not None and attr.span is None:
                attr.span = par.span
            kind = _kind(ptext, q, sents[si])
            if kind == "partial" and _continues_split_quote(ptext, q, rows_in_sentence.get(si)):
                kind = "direct"  # "A," she said, "and b." : the second half of a split direct quotation
            if kind != "direct" and _is_scare_quote(ptext, q, sents[si], attr is not None):
                continue
            if _is_title(ptext, q, attr) or _BYLINE.match(ptext, q.outer_end):
                continue  # a title of a work, or of an article with its byline
            content = _partial_content(ptext, sents[si], q, attr) if kind == "partial" else None
            rows.append(_row(text, par, q, kind, attr, first_sentence + si, cont, people_all, history, content))
            rows_in_sentence[si] = (q, kind)
            if attr is not None:
                last_attr = attr
                attr_in_sentence[si] = attr
        # reported speech outside the quote marks of a sentence that has some: “...,” he said, adding that
        # ...; or "He said the plan had failed: “...”"
        for si, attr in attr_in_sentence.items():
            in_sentence = [o for o in quotes if sents[si][0] <= o.open_at < sents[si][1]]
            for found in _around_quotes(ptext, sents[si], in_sentence, attr, names):
                rows.append(_row(text, par, *found, first_sentence + si, False, people_all, history))
        open_from_previous = last_attr if quotes and quotes[-1].close_at is None else None
        # "Carter said that ... would not happen. ¶ “That's because ...”": the next paragraph's quotation
        # continues the speaker of the last quotation, or of reported speech closing this paragraph
        if not quotes and reported_last is None and sents:
            reported_last = _speaking_subject(ptext, sents[-1], names)
            if reported_last is not None:
                reported_last.span = par.span
        previous_speaker = last_attr if quotes else reported_last
        introduced_by = _colon_intro(ptext, sents[-1], quotes, names, par) if sents else None
        previous_unclosed = bool(quotes) and quotes[-1].close_at is None
    # a "repeat" half as long again as its original is a fuller version of it (a lede's words again in the
    # body): what it adds stays
    fuller = {
        p.index
        for p in paragraphs
        if p.duplicate_of is not None and len(p.text.split()) > 1.5 * len(paragraphs[p.duplicate_of].text.split())
    }
    rows = _merge_repeats(rows, {p.index: p.duplicate_of for p in paragraphs if p.is_duplicate}, fuller)
    rows.sort(key=lambda r: r["start"])
    for i, row in enumerate(rows):
        row["quote_id"] = f"{article_id}:q{i}"
        row["article_id"] = article_id
    return rows


_HEADLINE_LABEL = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}): +(?P<content>\S.{10,}?)[.\s]*$")


def _headline_label(text: str, par: Paragraph, people: set[str], sentence: int, people_all, history) -> list[dict]:
    """A headline or one-line paragraph that gives its words to a named source before a colon ("Sanders:
    Brexit's message could draw Trump support in US"): one indirect attribution with cue ":". Other headlines
    report nothing."""
    m = _HEADLINE_LABEL.match(par.text)
    if (
        not m
        or any(c in m.group("content") for c in '“”"')
        or sp.mention_type(m.group("name")) not in ("person", "organisation")
    ):
        return []
    if not _is_speaker_phrase(m.group("name"), people, strict=True):
        return []  # (a full name or a known surname: not "Washington:" or "Update:")
    attr = Attribution(m.group("name"), m.start("name"), m.end("name"), ":", span=par.span)
    q = QuoteSpan(m.start("content"), m.end("content"), m.start("content"), m.end("content"))
    return [_row(text, par, q, "indirect", attr, sentence, False, people_all, history)]


_LOWER_ONLY_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_MID_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)\b(?![’'.-])")


def _capitalised_only(text: str) -> set[str]:
    """Ordinary English words that the article capitalises inside sentences and never writes in lower case
    ("Trump", "Will", "Rice"): names here, to be trusted alone as speakers like any known surname."""
    lower = set(_LOWER_ONLY_WORD.findall(text))  # one pass: huge articles stay linear
    return {
        w
        for w in set(_MID_CAPITAL.findall(text))
        if w.lower() not in lower and w.lower() not in _TIME_WORDS and is_common_word(w)
    }


def _speaking_subject(text: str, sent: tuple[int, int], people: set[str]) -> Attribution | None:
    """A named speaker with a reporting verb in a sentence that reports no words of its own ("Howard
    continued his scathing remarks."), for a quotation that follows in the next paragraph."""
    if not _may_report(text[sent[0] : sent[1]]):
        return None
    toks = _tokens(text, sent[0], sent[1], [])
    for v in _verb_indexes(toks):
        rng = _subject_left(toks, v) if toks[v].low != "according" else None
        if rng is None:
            continue
        phrase, a, b = _span_text(text, toks, rng)
        if sp.mention_type(phrase) in ("person", "organisation", "anonymous", "pronoun") and _is_speaker_phrase(
            phrase, people, strict=True
        ):
            return Attribution(phrase, a, b, toks[v].text)
    return None


def _same_words(text: str) -> str:
    return " ".join(_LOWER_WORD.findall(text.lower()))


def _merge_repeats(rows: list[dict], duplicate_of: dict[int, int], fuller: set[int]) -> list[dict]:
    """One row per quotation of a repeated paragraph (a pull quote, a paragraph printed twice): the first
    one, unless only the repeat names its speaker (“...” ¶ Dean Baker. ... “...,” said Dean Baker, ...), in
    which case the repeat's row replaces it. What only a repeat says is dropped with it, unless the repeat
    is one of the ``fuller`` paragraphs."""
    first: dict[tuple[int, str], dict] = {}
    for row in rows:
        if row["paragraph"] not in duplicate_of:
            first.setdefault((row["paragraph"], _same_words(row["text"])), row)
    replaced: dict[int, dict] = {}
    kept: list[dict] = []
    for row in rows:
        original = duplicate_of.get(row["paragraph"])
        if original is None:
            continue
        earlier = first.get((original, _same_words(row["text"])))
        if earlier is not None and earlier["speaker_start"] is None and row["speaker_start"] is not None:
            replaced.setdefault(id(earlier), row)
        elif earlier is None and row["paragraph"] in fuller:
            kept.append(row)
    return [replaced.get(id(row), row) for row in rows if row["paragraph"] not in duplicate_of] + kept


def _paragraph_attribution(
    text: str, sents: list[tuple[int, int]], si: int, quotes: list[QuoteSpan], people: set[str]
) -> Attribution | None:
    """A quotation alone in its sentence takes the attribution of a neighbouring sentence of its paragraph:
    one that introduces it with a colon, attributes another quotation, or has a speaker and reporting verb."""
    for sj in (si - 1, si + 1):
        if not 0 <= sj < len(sents):
            continue
        inside = [o for o in quotes if sents[sj][0] <= o.open_at < sents[sj][1]]
        for o in inside:
            found = _attribute(text, sents[sj], o, inside, people, None)
            if found:
                return found
        masks = [(o.open_at, o.outer_end) for o in inside]
        toks = _tokens(text, *sents[sj], masks)
        if sj == si - 1 and text[sents[sj][0] : sents[sj][1]].rstrip().endswith(":"):
            found = _sentence_subject(text, toks, people)
            if found:
                return Attribution(found[0], found[1], found[2], ":")
        for v in _verb_indexes(toks):
            # a neighbour that opens with its speaker ("Bystrom agreed.") or says/tells/adds anywhere
            if toks[v].low in _SPEECH_CORE or v <= 5:
                rng = _subject_left(toks, v)
                if rng:
                    phrase, a, b = _span_text(text, toks, rng)
                    if _is_speaker_phrase(phrase, people, strict=False):
                        return Attribution(phrase, a, b, toks[v].text)
    return None


def _previous_subject(
    text: str, sents: list[tuple[int, int]], si: int, quotes: list[QuoteSpan], people: set[str], q: QuoteSpan
) -> Attribution | None:
    """ "Clinton touted her credentials as a co-sponsor of the bill. “We need to ...”": a quotation that is a
    sentence of its own goes on from the person the sentence before it is about."""
    if si == 0 or text[sents[si][0] : q.open_at].strip() or text[q.outer_end : sents[si][1]].strip(" .\n"):
        return None
    toks = _tokens(text, *sents[si - 1], [(o.open_at, o.outer_end) for o in quotes])
    found = _sentence_subject(text, toks, people)
    if found and sp.mention_type(found[0]) in ("person", "pronoun"):
        return Attribution(found[0], found[1], found[2], "")
    return None


_QUOTE_CHARS = '“”"‘’'


def _around_quotes(
    text: str, sent: tuple[int, int], quotes: list[QuoteSpan], attr: Attribution, people: set[str]
) -> list[tuple[QuoteSpan, str, Attribution]]:
    """Reported speech beside the quotations of a sentence, as (span, kind, attribution): a clause after the last
    quotation introduced by a participle (“...,” he said, adding that the U.S. must act), spoken by the
    quotation's speaker; and a reported clause before a colon that introduces the first one ("Trump said
    the judge was biased: “...”")."""
    out = []
    m = _ADDING.search(text, quotes[-1].outer_end, sent[1])
    if m:
        end = sent[1]
        while end > m.end() and text[end - 1] in " \t\n.;,":
            end -= 1
        rest = text[m.end() : end]
        if len(rest.split()) >= 4 and not any(c in rest for c in _QUOTE_CHARS):
            said = Attribution(attr.mention, attr.start, attr.end, m.group("cue"), span=attr.span)
            out.append((QuoteSpan(m.end(), end, m.end(), end), "indirect", said))
    first = quotes[0]
    lead = text[sent[0] : first.open_at].rstrip()
    if lead.endswith(":") and not any(c in lead for c in _QUOTE_CHARS):
        found = _indirect(text, (sent[0], sent[0] + len(lead) - 1), people)
        # the quotation's own speaker, not someone in an aside of its subject ("Trump, who has told aides ...,")
        if found and found[0].start == attr.start and len(text[found[1] : found[2]].split()) >= 4:
            out.append((QuoteSpan(found[1], found[2], found[1], found[2]), "indirect", found[0]))
    return out


_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|,\s(?:and|but|while|whereas|calling|saying|adding)\s")


def _partial_content(text: str, sent: tuple[int, int], q: QuoteSpan, attr: Attribution | None) -> tuple[int, int]:
    """The reported clause around a partial quotation: what the speaker is said to have said.

    "Morris says the campaign will “compete vigorously.”" -> "the campaign will “compete vigorously.”".
    """
    if attr is None or not sent[0] <= attr.start < sent[1]:
        return q.start, q.end
    if attr.end <= q.open_at:
        toks = _tokens(text, attr.end, sent[1], [])
        # after the reporting verb nearest the quotation: "Clinton has taken a swipe at ..., saying that"
        verbs = [i for i, t in enumerate(toks) if t.start < q.open_at and t.low in reporting_verbs()]
        k = verbs[-1] + 1 if verbs else 0
        while k < len(toks) and toks[k].low in ("that", ",", ":", "—"):
            k += 1
        if k >= len(toks) or toks[k].start > q.open_at:
            return q.start, q.end
        end = sent[1]
        # the reported clause ends where another clause joins on: “...,” and threatened to ...
        tail = _CLAUSE_BREAK.search(text, q.outer_end, end)
        if tail:
            end = tail.start()
        while end > q.outer_end and text[end - 1] in " .;,":
            end -= 1
        return toks[k].start, end
    if attr.start >= q.outer_end:
        return sent[0], q.outer_end
    return q.start, q.end


def _row(
    text: str,
    par: Paragraph,
    q: QuoteSpan,
    kind: str,
    attr: Attribution | None,
    sentence: int,
    continues: bool,
    people: list[sp.Person],
    history: list[tuple[int, str, str]],
    content: tuple[int, int] | None = None,
) -> dict:
    start, end = par.span.span_to_original(q.start, q.end)
    c_start, c_end = par.span.span_to_original(*content) if content else (start, end)
    row = {
        "content_start": c_start,
        "content_end": c_end,
        "text": text[start:end],
        "start": start,
        "end": end,
        "kind": kind,
        "sentence": sentence,
        "paragraph": par.index,
        "continues_previous": continues,
        "speaker": "unknown",
        "speaker_mention": None,
        "speaker_start": None,
        "speaker_end": None,
        "speaker_type": "unknown",
        "cue": None,
    }
    if attr is not None:
        ms, me = (attr.span or par.span).span_to_original(attr.start, attr.end)
        # only the recent past can be an antecedent; bounding it keeps huge articles linear
        # a transcript's label in capitals ("PENCE:") names the person the article calls Mike Pence
        said_by = attr.mention.title() if attr.cue == ":" and attr.mention.isupper() else attr.mention
        res = sp.resolve(said_by, ms, text, people, history[-_HISTORY:])
        if attr.mention.lower() == "who":
            res = _resolve_who(text, ms, people, history)
        elif _is_document(attr.mention) and res.speaker_type in ("person", "unknown"):
            # "Research suggests", "the IG review found": no person, so the phrase itself, typed unknown
            res = sp.Resolution(text[ms:me], "unknown")
        row.update(
            speaker=res.speaker,
            speaker_mention=text[ms:me],
            speaker_start=ms,
            speaker_end=me,
            speaker_type=res.speaker_type,
            cue=attr.cue,
        )
        if res.speaker_type != "unknown":
            history.append((ms, res.speaker, res.speaker_type))
    return row


def _resolve_who(text: str, position: int, people: list[sp.Person], history) -> sp.Resolution:
    before = text[max(0, position - 120) : position].rstrip(" ,")
    m = re.search(r"((?:[A-Z][\w’'.-]*\s?){1,4})$", before)
    if m:
        return sp.resolve(m.group(1).strip(), position, text, people, history)
    return sp.Resolution("unknown", "unknown")
