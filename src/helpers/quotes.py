"""Quotations and their speakers: direct, partial and indirect, with offsets into the original text.

The extractor is rule-based and needs no parser model. It reads each paragraph's cleaned text, finds
quoted spans with a quote-mark state machine (curly, straight and mixed marks; quotes running over
paragraphs; unbalanced marks stopped at the paragraph's end), then looks for the reporting verb and the
speaker phrase next to each quotation (after it: "..." the president wrote; before it: he wrote, "...";
a colon; a participle or a coordinated verb that inherits the subject: :mod:`helpers.attribution`).
Sentences without quote marks are searched for reported speech ("Officials familiar with the process say
..."): :mod:`helpers.reported`. Speakers are resolved by :mod:`helpers.speakers`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby

import pandas as pd

from . import speakers as sp
from .attribution import (
    HOLDER_PRONOUNS,
    KICKERS,
    OPENING_PREPOSITIONS,
    TRANSCRIPT_LABEL,
    MaskedSentence,
    asked_unnamed,
    attribute,
    headline_speaker,
    masked_sentence,
)
from .clauses import (
    COPULAS,
    FINITE_TAGS,
    LOWER_WORD,
    NAMING_VERBS,
    NOT_NAME_LOW,
    NOT_NAME_START,
    PASSIVE_AUX,
    SPEECH_CORE,
    THING_RELATIVES,
    TIME_WORDS,
    TOLD_VERBS,
    Attribution,
    Tok,
    any_verb_form,
    cue_at,
    is_speaker_phrase,
    is_word,
    last_tokens,
    looks_like_verb,
    named_passively,
    object_right,
    sentence_subject,
    span_text,
    subject_left,
    tidy_mention,
    tokenize,
    verb_indexes,
    written_alone,
)
from .lexicon import abbreviations, is_common_word, reporting_verbs, usual_tag
from .paragraphs import Paragraph, is_heading_like, split_paragraphs
from .quote_marks import QuoteSpan, find_quote_spans
from .reported import (
    around_quotes,
    figures_show,
    indirect_all,
    is_document,
    past_adverbials,
    past_listener,
    poll_source,
    speaking_subject,
)
from .sentences import QUOTE_MARK, Sentence, quote_depth_at, split_text, uses_single_quotes
from .timex import WEEKDAY_NAMES

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
_HISTORY = 200
# a capitalised word opening a sentence before a past verb, maybe after an adverb: "Carson defied"
_LONE_SUBJECT = re.compile(r"([A-Z][a-z]+) (?:[a-z]+ly )?([a-z]+ed)\b")


def _lone_name_subject(word: str, verb: str, art: _Article) -> bool:
    """Whether a capitalised word before a past verb is a person's name: not a place, a body or a nationality,
    nor an ordinary word ("Turnout dropped", "Washington responded"), unless the article writes it only
    capitalised ("Trump")."""
    return (
        usual_tag(verb) in ("VBD", "VBN")
        and (not is_common_word(word.lower()) or word in art.names)
        and word.lower() not in TIME_WORDS
        and sp.mention_type(word) == "person"
        and not sp.is_organisation(word)
        and word not in sp.countries()
        and not sp.is_nationality(word)
        and not sp.named_as_place(word, art.text, going=False)
    )


# (the literal first lets the engine skip to each "The": checking what stands before it in the pattern cost more)
_ROLE_SUBJECT = re.compile(r"The (?:[A-Z][\w-]+ ){0,2}([a-z][\w-]+)(?= [a-z])")
# two or three capitalised words, a middle initial allowed; inner capitals too ("Mitch McConnell", "Bruce LeVell",
# "Beto O’Rourke"); a possessive ends the name ("Ted Cruz’s Super Tuesday" is no name of three words)
_LOW = sp.NAME_LOWER  # (with accents: "José Ramos", "Recep Tayyip Erdoğan", "Marcel Lazăr Lehel")
_UP = sp.NAME_UPPER  # (and "Ángel Cabrera", "Łukasz Nowak")
_NAME_WORD = (
    rf"(?:[A-Z][’'][A-Z][{_LOW}]+|[A-Z][{_LOW}]*[A-Z][{_LOW}’'-]+|[{_UP}][{_LOW}’'-]+(?:-[A-Z][{_LOW}’']+)*)"
    rf"(?<![’'][sS])(?<![’'])(?![A-Z{_LOW}])"
)
# (the first capital, then the word boundary before it: a pattern that starts with a letter class lets the regex
# engine skip ahead to candidates, one that starts with \b tries every position)
_FULL_NAME = re.compile(
    rf"[{_UP}](?<!\w[{_UP}])(?:[{_LOW}]*[A-Z][{_LOW}’'-]+|[{_LOW}’'-]+(?:-[A-Z][{_LOW}’']+)*)(?<![’'][sS])(?<![’'])(?![A-Z{_LOW}])"
    r"(?:\s+[A-Z]\.)?"
    rf"\s+{_NAME_WORD}(?:(?:\s+[A-Z]\.)?\s+{_NAME_WORD})?"  # ("Pollster Jeffrey M. Jones": an initial after a word)
)
# a given name, then particles and a surname (untitled: titled ones are found with their titles)
# (or an Arabic surname with its article: "Mohammed al-Sudani", "Khalid al-Falih")
_PARTICLE_NAME = re.compile(
    # (maybe with more given names or a first surname between: "Luiz Inácio Lula da Silva")
    rf"([{_UP}][{_LOW}]+)(?: [{_UP}][{_LOW}]+){{0,2}} "
    rf"(?:(?:{sp.NAME_PARTICLES} ){{1,2}}{_NAME_WORD}|(?:bin |ibn )?{sp.ARTICLE_SURNAME})"
)
_SECOND_SURNAME = re.compile(rf" ({_NAME_WORD})(?! [A-Z])")  # (one word, the run's last)
_PARTICLE = re.compile(rf" (?:{sp.NAME_PARTICLES} (?:{sp.NAME_PARTICLES} )?[A-Z]|[ae]l-[A-Z])")
_PRIZES = frozenset("Award Awards Prize Prizes Medal Trophy Cup Games Olympics Championship Championships".split())
_GROUP_NOUNS = frozenset(["women", "men", "people", "children"])  # (plurals no surname is)
# the kinds of storm a given name follows: "Hurricane Lena", "Typhoon Haiyan", "Tropical Storm Maria"
_STORMS = frozenset("Hurricane Typhoon Cyclone Superstorm Tropical".split())
# (after a title word: "Secretary of State ...", "Gov. J.B."; not "Martin Luther King Jr.")
_TITLE_GOES_ON = re.compile(r"\.?\s+(?:of\s+)?(?!(?:Jr|Sr|II|III|IV)\b)[A-Z]")
_OF_BEFORE = re.compile(r"([A-Z][\w&-]*) of (?:the )?$")
_OF_AND_BEFORE = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)* of (?:the )?[A-Z][\w&-]*(?: [A-Z][\w&-]*)* and $")
_PARTIES = frozenset(["Republican", "Democrat", "Democratic", "Independent", "Libertarian"])
_COMPASS = frozenset(["North", "South", "East", "West", "New"])
# a quoted nickname and the surname after it, then the given name before it: George "Jay" Keyworth (the quote
# mark first: a pattern that opens with a name is searched for far more slowly; and one mark, then another
# maybe, rather than "{1,2}" of them, which the regex engine cannot skip ahead to)
_NICKNAME = re.compile(rf"[“\"‘'][“\"‘']?[A-Z][\w.’'-]*[”\"’']{{1,2}} ({_NAME_WORD})")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][\w’'.-]*)\s+$")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.)+")
# a description of a body right after a name: ", a civil rights group,", ", the state's largest utility,"
_BODY_APPOSITIVE = re.compile(
    r",\s+(?:an?|the|[A-Z][\w.-]*[’']s)\s+(?:(?!(?:of|for|at|with|in|from|to|by|on)\s)[\w’'-]+\s+){0,4}?"
    r"(?:group|organi[sz]ation|company|firm|nonprofit|charity|coalition|union|agency|foundation|institute"
    r"|association|lobby|watchdog|think\s+tank|bank|utility|network|party|committee|startup|retailer"
    r"|manufacturer|publisher|broadcaster|chain|insurer|airline|carrier|university|college|club|team|league"
    # (and what only a firm is: not "Trump, the real-estate developer", "a crane operator", "the film's producer")
    r"|federation|school|hospital|museum|(?:grid|network|pipeline|port|airport|rail)\s+operator"
    r"|(?:drug|auto|car|chip)maker|supplier|distributor|lender|regulator)s?"
    # (the description's last word: not "a union leader", "a member of the group")
    r"(?=\s*[,.;)—]|\s+(?:that|which|based|founded|in|with)\b)"
)
_WHICH = re.compile(r",\s+which\b")
# a role in apposition after a name: ", the former prime minister," ", a senator from Ohio"
# (and before a relative clause on the role: "René Redzepi, the Danish chef whose restaurant Noma was ...")
_ROLE_AFTER = re.compile(
    r", (?:the|a|an) ((?:[\w’'.-]+ ){0,3}?([a-z][\w-]*))(?=[,.;]| (?:of|for|from|at|in|to|who|whose|which|with)\b)"
)
_JOB_WORD = re.compile(r"[a-z][\w-]*")


def _job_before(text: str, start: int) -> str | None:
    """The lower-case words of a job right before a name ("former prosecutor" before "Beth Carter", "chief
    executive" before "Tim Cook"): up to two words before a job noun (see :func:`_singular_job`), or None.
    (Plain string work: a regex searched back from each name cost about 1% of all the article time.)"""
    if start < 2 or text[start - 1] != " " or not text[start - 2].islower():
        return None
    words = text[max(0, start - 40) : start - 1].split(" ")
    head = words[-1].removeprefix("then-")
    if not _JOB_WORD.fullmatch(head) or not _singular_job(head):
        return None
    first = 1 if start > 40 else 0  # (the window's first word may be cut)
    k = len(words) - 1
    while k - 1 >= first and len(words) - k < 3 and _JOB_WORD.fullmatch(words[k - 1]):
        k -= 1
    return " ".join(words[k:])


def _singular_job(word: str) -> bool:
    """A noun for someone's job or part ("prosecutor", "strategist"), one person's: an unnamed source's head;
    not one that says man or woman, which news writes of either ("Trump spokesman Hope Hicks")."""
    heads = sp.anonymous_heads()
    return word in heads and (not word.endswith("s") or word + "es" in heads) and not sp.gendered_title(word)


# (words of longer titles, as speakers.TITLE_PARTS, or that qualify another, head no role alone: "a vice", "the
# chief", "a deputy")
_NOT_ROLES = sp.TITLE_PARTS | frozenset(["chief", "general", "executive", "deputy"])
# a given name alone, with an age: how news introduces a family member or a child by first name
_GIVEN_AGED = re.compile(r"\b([A-Z][a-z]+), \d{1,3},")
_AGE_COMMAS = re.compile(r", \d{1,3},")
# a relative named by a given name alone, in apposition: "His wife, Karen, nodded" (the name between commas
# first: a search that opens with a literal is the cheap one)
_NAME_IN_COMMAS = re.compile(r", ([A-Z][a-z]+),")
# two given names before one family name: "Tom and Linda Mercer", "Bill and Hillary Clinton"
_COUPLE = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?! [A-Z])")


def _couple_given_names(first: str, second: str) -> bool:
    """Whether two words before one family name are given names: both known ones, or a known one and then a word
    neither of the dictionary nor a place ("Maria and Josie Alvarez"; not "Tom and Ohio State", nor a surname and a
    full name, "Clinton and Bernie Sanders")."""
    if not sp.is_given_name(first):
        return False
    return sp.is_given_name(second) or (not is_common_word(second.lower()) and not sp.is_place(second))


def _couples(text: str) -> list[re.Match[str]]:
    """The matches of ``_COUPLE`` in ``text``, tried only where " and " follows a capitalised word (a search of
    the whole paragraph costs more: most have an "and", few a couple)."""
    out = []
    at = text.find(" and ")
    while at > 0:
        start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
        while start < at and not text[start].isalpha():
            start += 1  # ("(Tom and Linda Mercer", "“Bill and Hillary Clinton")
        if text[start : start + 1].isupper() and (m := _COUPLE.match(text, start)) is not None:
            out.append(m)
        at = text.find(" and ", at + 5)
    return out


_KIN_BEFORE = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:[’']s|s[’'])) (" + "|".join(sorted(sp.KIN_GENDER)) + r")$"
)
# and without commas: "Her daughter Sofia moved to Cleveland" (but not "Her daughter Sofia Alvarez", a full name)
# (found at the name, with the kin word looked for behind its capital, its last letter first: a pattern that opens
# on a capital lets the regex engine skip ahead to candidates, one that opens on a kin word tries nearly every
# position; a look-behind has one width, so there is one per length of kin word)
_KIN_THEN_NAME = re.compile(
    rf"[A-Z](?<=[{''.join(sorted({k[-1] for k in sp.KIN_GENDER}))}] [A-Z])(?:"
    + "|".join(
        rf"(?<=\b(?:{'|'.join(words)}) [A-Z])" for _, words in groupby(sorted(sorted(sp.KIN_GENDER), key=len), key=len)
    )
    + r")[a-z]+\b(?![ -][A-Z]|[’'])"
)
_KIN_ENDING = re.compile(r"\b(" + "|".join(sorted(sp.KIN_GENDER)) + r") $")
_KIN_REACH = max(map(len, sp.KIN_GENDER)) + 2  # (how far back from the name the kin word can start)
_WORK_NOUNS = frozenset(
    "show program programme book film movie podcast series song album documentary column newspaper magazine "
    "titled entitled episode broadcast play musical segment op-ed headline memoir autobiography novel thriller "
    "drama sitcom ad spot single track mixtape video trailer painting portrait sculpture mural poem opera exhibition "
    "on".split()
)
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z-]+)")
# a short apposition after a title with its comma: “The Quiet Season,” her first novel,
_WORK_APPOSITION = re.compile(r"[ \t]*(?:(?:his|her|their|its|the|a|an)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}([a-z-]+)[ \t]*,")


_LABEL_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+$")
_ORG_LINKS = frozenset(["the", "of", "for", "and", "&"])


def _clause_holder(
    text: str, sent: tuple[int, int], q: QuoteSpan, quotes: list[QuoteSpan], people: set[str]
) -> Attribution | None:
    """Whose words a quoted phrase is when no reporting verb says so: the subject of the nearest clause
    before it that names someone ("Trump stood by his comment that “Islam hates us”", "in which Clinton
    expressed confidence that the use of her server would not be an issue “that is going to affect ...”").
    Only a name, he, she, they, or an organisation by its name: a description ("many voters", "the
    refugees") holding a quoted phrase is more often its topic than its speaker."""
    toks, qi = _quote_tokens(text, sent, q, quotes)
    if qi is None or named_passively(toks, qi):
        return None  # "Duterte has been called the “Trump of the East”": someone else's name for him
    for v in range(qi - 1, 0, -1):
        t = toks[v]
        if t.text in (";", "¶"):
            return None
        if t.text == "," and v + 1 < qi and not toks[v + 1].low.endswith(("ing", "ed")):
            # (within the clause, or a participle's: "interrupted her speech, shouting “...”"; not "... on Sunday,
            # a result manager Erik ten Hag called “...”", which walked back to the sentence's subject)
            if v + 2 < qi and toks[v + 1].low in _ASIDE_OPENERS and toks[v + 2].low.endswith("ing"):
                # "And Marco Rubio, after pushing out a new video about the “...,” revamped his plans": an aside
                # on the subject before it
                found = sentence_subject(text, toks[:v], people)
                if found and _holds(found[0], people):
                    return Attribution(found[0], found[1], found[2], toks[v + 2].text)
            return None
        # (a past form the tagger takes for a participle is finite after a subject: "Mr. Ryan ... laid out a
        # vision for “...”", not after "has" or "was")
        past = usual_tag(t.low) == "VBN" and toks[v - 1].low not in _AUX_BEFORE_PARTICIPLE
        finite = usual_tag(t.low) in FINITE_TAGS or looks_like_verb(toks, v) or past
        if not (t.text.islower() and is_word(t) and finite) or toks[v - 1].low == "to":
            continue
        if t.low in COPULAS or _passive(toks, v) or (t.low in _AUX_BEFORE_PARTICIPLE and toks[v + 1].low in COPULAS):
            continue  # "Trump is the “kind-hearted” man", "records were described as “...”": what is spoken of
        rng = subject_left(toks, v)
        if rng is None:
            continue
        phrase, a, b = span_text(text, toks, rng)
        if _holds(phrase, people):
            return Attribution(phrase, a, b, t.text)
    return None


_AUX_BEFORE_PARTICIPLE = PASSIVE_AUX | {"has", "have", "had", "having"}


def _passive(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` is a past participle after a form of "be" (adverbs between)."""
    a = v - 1
    while a > 0 and toks[a].text.islower() and usual_tag(toks[a].low) == "RB":
        a -= 1
    return toks[a].low in PASSIVE_AUX and usual_tag(toks[v].low) in ("VBN", "VBD")


def _holds(phrase: str, people: set[str]) -> bool:
    """Whether a clause's subject ``phrase`` names who can hold a quoted phrase (see :func:`_clause_holder`)."""
    words = phrase.split()
    if phrase.lower() in HOLDER_PRONOUNS:
        return True
    if len(words) > 6 or phrase.endswith(("'s", "’s")):
        return False
    kind = sp.mention_type(phrase)
    if kind == "person":
        name = sp.name_in(phrase)
        return bool(name) and phrase.endswith(name) and is_speaker_phrase(phrase, people, strict=True)
    if kind == "organisation":
        return all(w[0].isupper() or w.lower() in _ORG_LINKS for w in words)
    return False


_DASH_TAG = re.compile(r"\s*[—–]\s+[^—–\n]{1,60}?\s+[—–]\s*[“\"‘']")


def _kind(text: str, q: QuoteSpan, sent: tuple[int, int]) -> str:
    content = text[q.start : q.end].strip()
    first = next((c for c in content if c.isalnum()), "")
    before = text[sent[0] : q.open_at].rstrip()
    last = before.split()[-1].lower() if before else ""
    starts_clause = (
        not before
        or before.endswith((",", ":", "—", "–", "…"))
        # (a naming verb gives a name, no sentence: 'a plan called "Safe Streets."')
        or ((last in reporting_verbs() or last == "that") and last not in NAMING_VERBS)
    )
    ends = (
        content.rstrip(" '’‘").endswith((".", "?", "!", ",", "…", "—", "–", "-"))
        or q.close_at is None
        # (or a tag between dashes after the closing mark: “We will not wait” — Smith said — “the money is there.”)
        or _DASH_TAG.match(text, q.outer_end) is not None
        # (or the punctuation after the closing mark, as British and European papers place it: “We share this
        # goal”, he said)
        or (text[q.outer_end : q.outer_end + 1] in (",", ".", "?", "!") and len(content.split()) > 2)
    )
    # (an ellipsis for the words left out at its start: "“… they still just go on with their lying.”")
    elided = content.startswith(("…", "...", ". . ."))
    if first and (first.isupper() or first.isdigit() or elided) and starts_clause and ends:
        return "direct"
    if first and first.isupper() and len(content.split()) >= 10 and starts_clause:
        return "direct"
    return "partial"


def _quoted_clause_ends(text: str, q: QuoteSpan, sent: tuple[int, int]) -> bool:
    """Whether a quoted clause of four words or more closes its sentence after an opening phrase and a comma
    ("For African-Americans, on the other hand, “you don't take job growth for granted.”"): the speaker's
    words go on, with no reporting verb of their own."""
    before = text[sent[0] : q.open_at].rstrip()
    return (
        before.endswith(",")
        and not text[q.outer_end : sent[1]].strip(" .”’\"'\n")
        and len(text[q.start : q.end].split()) >= 4
    )


_AS_FOLLOWS = re.compile(
    r"\s*(?P<what>[A-Z][^:;,\n]{0,60}?)\s+(?:(?:reads|read|is|was|are|were|goes|went)\s+)?(?:in\s+full\s+)?"
    r"as\s+follows\s*:\s*$"
)


def _colon_intro(
    text: str, sent: tuple[int, int], quotes: list[QuoteSpan], people: set[str], par: Paragraph
) -> Attribution | None:
    """The speaker of a paragraph whose last sentence ends with a colon and introduces the next paragraph's
    quotation ("He then listed the qualities a nominee needs: ¶ “...”"): the subject of its first verb."""
    s0, s1 = sent
    if not text[s0:s1].rstrip().endswith(":") or any(s0 <= o.open_at < s1 for o in quotes):
        return None
    follows = _AS_FOLLOWS.match(text, s0, s1)
    if follows and (is_document(follows["what"]) or is_speaker_phrase(follows["what"], people, strict=True)):
        # "Transcript as follows:", "The statement reads as follows:": the document, or who, that the quotation is
        a, b = follows.span("what")
        return Attribution(follows["what"], a, b, "as follows", span=par.span)
    toks = tokenize(text, s0, s1, [])
    verbs = reporting_verbs()
    if len(toks) >= 3 and toks[0].low in verbs and all(t.text[0].isupper() or t.text == "." for t in toks[1:-1]):
        # "Stated Stone:", "Added the senator:": the speaker after the verb
        a, b = toks[1].start, toks[-2].end
        return Attribution(text[a:b], a, b, toks[0].text, span=par.span)
    # the reporting verb nearest the colon ("when the moderators yielded to snark, Cruz called them on it:"),
    # else the first verb ("He then listed the qualities a nominee needs:")
    # (in lower case: "writing at The New York Post:" has no verb "post")
    # (or a cue of more words: "Murphy put it bluntly:")
    cues = set(verb_indexes(toks))
    reporting = [
        k for k in range(len(toks) - 1, 0, -1) if (toks[k].low in verbs or k in cues) and toks[k].text.islower()
    ]
    first = [next((k for k in range(1, len(toks)) if toks[k].low in verbs or looks_like_verb(toks, k)), None)]
    # else the first verb in a form the lexicon knows ("Trump had a message for his critics:", "Cruz was blunt:")
    first.append(
        next((k for k in range(1, len(toks)) if toks[k].text.islower() and usual_tag(toks[k].low) in FINITE_TAGS), None)
    )
    for k in dict.fromkeys(reporting + [k for k in first if k is not None]):  # (each verb tried once)
        rng = subject_left(toks, k)
        if rng is None:
            continue
        phrase, a, b = span_text(text, toks, rng)
        if is_speaker_phrase(phrase, people, strict=False):
            # the cue is the reporting verb ("She went on to say:"), or the colon after another verb
            return Attribution(phrase, a, b, toks[k].text if k in reporting else ":", span=par.span)
    return None


def _has_verb_outside(text: str, quotes: list[QuoteSpan]) -> bool:
    toks = tokenize(text, 0, len(text), [(o.open_at, o.outer_end) for o in quotes])
    return bool(verb_indexes(toks))


def _continues_split_quote(text: str, q: QuoteSpan, previous: tuple[QuoteSpan, str] | None) -> bool:
    if previous is None or previous[1] != "direct" or previous[0].close_at is None:
        return False
    between = text[previous[0].outer_end : q.open_at]
    # a longer attribution when the first part stops at a comma: “...,” Trump told supporters in Ohio on
    # Tuesday, “and ...”
    longest = 12 if text[previous[0].start : previous[0].end].rstrip().endswith(",") else 6
    return (
        between.rstrip().endswith((",", "—", "–"))
        and len(between.split()) <= longest
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
    before = last_tokens(text, sent[0], q.open_at, 6)
    title_case = all(w[0].isupper() or not w[0].isalpha() for w in words)
    if (
        bool(words)
        and words[0][0].isupper()
        and _title_cased(words)
        and len(words) <= 12
        and before
        and (
            before[-1].low in _WORK_NOUNS
            or before[-1].low in TOLD_VERBS
            or before[-1].low.endswith(("'s", "’s"))
            or (len(before) > 1 and before[-1].low == "s" and before[-2].text in "’'")
            or (len(before) > 1 and before[-1].text in "’'" and before[-2].low.endswith("s"))  # Fox News' “...”
            # "in an interview with “Fox News Sunday,”", "the hosts of ''Morning Joe,''", "to the tune of “...”"
            or (len(before) > 1 and before[-1].low in _MEDIA_LINKS and before[-2].low in _MEDIA_NOUNS)
            or before[-1].low in _PERFORMING  # "who proceeded to perform “Bridge Over Troubled Water”"
            or (len(before) > 1 and before[-1].low == "in" and before[-2].low in _PERFORMING)  # starred in “...”
        )
    ):
        return True  # a title: NBC's "Meet the Press", the book "Backfire: ...", told "Fox and Friends"
    if words and _title_cased(words) and len(words) <= 12 and (_made_by_before(before) or _maker_after(text, q)):
        return True  # a work by its maker: the author of ''Destiny and Power,'', the “Daily Show” host
    if (
        words
        and words[0][0].isupper()
        and _title_cased(words)
        and len(words) <= 5
        and len(before) > 1
        and before[-1].low == "of"
        and before[-2].text in _OF_A_WORK
    ):
        return True  # a work or a name: the success of “Barbie,”, the revival of “The Muppets”
    if len(words) == 1 and _nickname(text, q):
        return True  # George "Jay" Keyworth
    if len(words) == 1 and words[0].strip(".,;:!?").lower() in _PRONOUN_WORDS:
        return True  # a pronoun as a word: asked who “he” was, the “us” he speaks of, “her” elevator
    if len(words) > 5:
        return False
    if not has_cue and title_case:
        return True
    if len(words) <= 3 and before and before[-1].low == "so-called":
        return True  # a label, not anybody's words
    if len(words) <= 2:
        return not has_cue and not _sentence_has_cue(text, sent)
    return False


# pronouns, which alone in quote marks are words spoken of, not speech
_PRONOUN_WORDS = frozenset("i me you he him she her it we us they them".split())
# what is said "of" a work or a name, not of anybody's words: the success of “Barbie,” the street name of “Animal”
_OF_A_WORK = frozenset(
    "success release revival premiere sequel prequel finale season cast remake reboot adaptation debut screening "
    "publication soundtrack trailer name nickname title".split()
)
_MEDIA_LINKS = frozenset(["with", "of", "to", "on", "in"])
_MEDIA_NOUNS = frozenset(
    "interview interviews host hosts anchor anchors tune appearance appearances episode edition set taping stage "
    "cast star stars".split()
)
_PERFORMING = frozenset("perform performed performing sang sing sings starred stars starring".split())
# the people who make a work: the author of ''Hacked World Order,'', the “Orange is the New Black” star
_MAKERS = frozenset(
    "author authors co-author coauthor editor co-editor director creator co-creator producer writer host "
    "star co-star anchor publisher composer".split()
)


def _made_by_before(before: list[Tok]) -> bool:
    return len(before) > 1 and before[-1].low == "of" and before[-2].low in _MAKERS


def _maker_after(text: str, q: QuoteSpan) -> bool:
    after = re.match(r"[,]?\s+([a-z-]+)\b", text[q.outer_end : q.outer_end + 20])
    return after is not None and after.group(1) in _MAKERS


def _nickname(text: str, q: QuoteSpan) -> bool:
    """A quoted word between a given name or initials and a surname: George "Jay" Keyworth, C.L. "Butch" Otter,
    Ira "Ike" Schab (a given name our list lacks, which no dictionary holds)."""
    given = _GIVEN_BEFORE.search(text, max(0, q.open_at - 30), q.open_at)
    return (
        given is not None
        and (_given_like(given.group(1)) or _INITIALS_ONLY.fullmatch(given.group(1)) is not None)
        and re.match(r"\s+[A-Z]", text[q.outer_end : q.outer_end + 3]) is not None
        and text[q.start : q.start + 1].isupper()
    )


# “Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello: a headline and its byline
_BYLINE = re.compile(r"[ \t]*,?[ \t]+by[ \t]+(?:[A-Z][\w.&-]*[ \t]+){0,4}[A-Z][\w.&-]*[’']s?[ \t]+[A-Z]")
# “...,” by Post's Kathianne Boniello: “A Manhattan man is suing ...”: the excerpt after a byline
_BYLINE_BEFORE = re.compile(
    r"(?=b)\bby[ \t]+(?:[A-Z][\w.&-]*[ \t]+){0,4}[A-Z][\w.&-]*[’']s?"
    r"[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}:[ \t]*$"
)


def _is_excerpt(text: str, q: QuoteSpan) -> bool:
    """An article's words quoted after its byline, or leftover markup (<tweet ...>"...)."""
    return (
        text[q.start : q.start + 1] == ">"
        or _BYLINE_BEFORE.search(text, max(0, q.open_at - 120), q.open_at) is not None
    )


_ASIDE_OPENERS = OPENING_PREPOSITIONS | {"since", "despite"}  # "Rubio, after pushing out ..., revamped"
_TITLE_SMALL = frozenset("a an the of and or to in on at for by with from de del la le vs".split())


def _title_cased(words: list[str]) -> bool:
    """Every word capitalised, not a word, or a small word of a title: "Fox and Friends", "Los Hijos de Trump"."""
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _TITLE_SMALL for w in words)


def _is_title(text: str, q: QuoteSpan, attr: Attribution | None) -> bool:
    """A name of a work or programme in title case ("Los Hijos de Trump," "Morning Joe") that no reporting
    verb gives to anyone: a title, even where its comma makes it look like a sentence."""
    before = tokenize(text, max(0, q.open_at - 40), q.open_at, [])[-3:]
    listener = bool(before) and before[-1].low in TOLD_VERBS  # Fiorina told “Fox and Friends,”: the programme
    after = _NEXT_WORD.match(text, q.outer_end)
    # (or right after: on the “New Heights” podcast; or in an apposition: “The Quiet Season,” her first novel,)
    apposition = _WORK_APPOSITION.match(text, q.outer_end) if text[q.start : q.end].rstrip().endswith(",") else None
    work = (
        any(t.low in _WORK_NOUNS and t.low != "on" for t in before)
        or bool(after and after[1].lower() in _WORK_NOUNS and after[1].lower() != "on")
        or bool(apposition and apposition[1].lower() in _WORK_NOUNS)
    )
    if not listener and not work:  # "a play called ...": a work all the same
        if attr is not None and (attr.cue.lower() in reporting_verbs() or attr.cue.lower() in (":", "according to")):
            return False
        if any(t.low in reporting_verbs() for t in before):
            return False  # "has been called the “Trump of the East”": somebody's words
    words = [w.strip("“”\"‘’'()[],.:;!?—–-") for w in text[q.start : q.end].split()]
    words = [w for w in words if w]
    # one word is a title too right after the name of a kind of work (her blockbuster film, “Trainwreck.”), or
    # when a comma closes it and no reporting verb follows (''Billions,'' on Showtime, is a drama)
    # (or a name given in an aside: "Estevao, nicknamed “Messinho” in Brazil,", "the forward, known as “Messi”")
    lows = [t.low for t in before]
    nicknamed = (lows[-2:-1] == [","] and lows[-1:] in (["nicknamed"], ["dubbed"])) or lows[-3:] == [",", "known", "as"]
    one = work or nicknamed or text[q.start : q.end].rstrip().endswith(",")
    if not (1 if one else 2) <= len(words) <= 8 or text[q.start : q.end].rstrip().endswith(("!", "?")):
        return False  # (a full stop may close a title at the end of a sentence: CBS' ''60 Minutes.'')
    return (words[0][0].isupper() or words[0][0].isdigit()) and _title_cased(words)


def _sentence_has_cue(text: str, sent: tuple[int, int]) -> bool:
    return any(t.low in reporting_verbs() for t in tokenize(text, sent[0], sent[1], []))


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
    for sentence in sentences or []:
        by_paragraph.setdefault(sentence.paragraph, []).append((sentence.clean_start, sentence.clean_end))
    rows: list[dict] = []
    single = uses_single_quotes("\n".join(par.text for par in paragraphs))  # as split_sentences decides
    people_all, full_names = _people_in(text, paragraphs, single)
    # names that can stand alone later as a surname: titled people, and any two- or three-word name
    names = {p.name for p in people_all} | full_names
    names |= _capitalised_only(text) | _transcript_labels(paragraphs)
    art = _Article(text, paragraphs, people_all, sp.PeopleIndex(people_all), names, [], single)
    sentence_index = 0
    carry = _Carried()
    # (a Q&A asks under "Q:"; or, where a page lost its questions' colons, answers twice under "A:")
    answers = sp.ANSWER_LINE.findall(text, 0) if "A:" in text else []
    qa = len(answers) > 1 or (bool(answers) and sp.QUESTION_LINE.search(text) is not None)
    open_answer: dict | None = None  # the Q&A's answer being read, which may go on over paragraphs
    for par in paragraphs:
        ptext = par.text
        sents = by_paragraph.get(par.index) or ([(0, len(ptext))] if par.is_heading else split_text(ptext, single))
        first_sentence = sentence_index
        sentence_index += len(sents)
        labelled = (
            _headline_label(text, par, names, first_sentence, people_all, art.history, single)
            # (a transcript's answer, under its speaker's name in capitals, is one whatever its length)
            if (par.is_heading or len(sents) == 1 or _CAPITALS_LABEL.match(ptext))
            and not par.is_duplicate
            and par.kind != "boilerplate"
            else None
        )
        if labelled or par.is_heading or par.kind == "boilerplate":
            open_answer = None
        if (par.is_heading or par.kind == "boilerplate") and not labelled:
            carry.previous_unclosed = False
            carry.previous_speaker = None
            continue
        art.history.extend(_mentions_in(art, par))
        if labelled:  # "Sanders: Brexit's message could ...": the paragraph holds nothing else
            rows.append(labelled[0])
            # (and a paragraph that is nothing but a quotation right after it goes on with its speaker: "Cecile
            # Richards: ‘I'm Sick Of ...’ ¶ “[Trump's] comments were ...”", an interview's opening)
            carry.previous_speaker, carry.previous_unclosed = labelled[1], False
            continue
        rows_before = len(rows)
        quotes = find_quote_spans(ptext, single)
        quoted = [(o.open_at, o.outer_end) for o in quotes]
        reported_last: Attribution | None = None  # who the paragraph's last sentence reports, if anyone
        reported_in: dict[int, Attribution] = {}  # sentence -> who it reports
        for si, sent in enumerate(sents):
            # reported speech only where nothing is in quote marks: quoted words are handled below;
            # found first so that its speakers can be antecedents of pronouns next to the quotations
            if not any(a < sent[1] and b > sent[0] for a, b in quoted):
                before = sents[si - 1] if si else None
                for row, attr in _reported(
                    text, par, sent, first_sentence + si, names, people_all, art.history, before
                ):
                    rows.append(row)
                    reported_in[si] = attr
                    if si == len(sents) - 1:
                        attr.span = par.span
                        reported_last = attr
        last_attr, rows_in_sentence, attr_in_sentence = _paragraph_quotations(
            art, par, sents, first_sentence, quotes, reported_in, carry, rows
        )
        rows.extend(_reported_around(art, par, sents, first_sentence, quotes, rows_in_sentence, attr_in_sentence))
        if quotes:
            _speakers_for_pronouns(rows[rows_before:], text, people_all, art.history)
        carry.after(par, sents, quotes, last_attr, reported_last, names)
        if carry.about_previous is not None and _series_label(text, par, names):
            carry.about_previous = None  # ("Morning Briefing: Families vow ... ¶ “...”": no one the words are about)
        answered = _answer_row(text, par, first_sentence, people_all, art.history) if qa else None
        if answered or (open_answer is not None and _answer_goes_on(text, par)):
            # a Q&A's answer under "A:", and the paragraphs after it up to the next question: the one the
            # interview is with says all of it, and the quotations in it that no one else is given ("if you
            # tell people, 'We have to get these people out!'")
            if answered:
                open_answer = answered
                # (not an answer wholly in quote marks, which is its quotation's row already: "A: “Yes, for many
                # goods.”")
                if not (
                    text[answered["start"]] in _ANSWER_MARKS and any(r["kind"] == "direct" for r in rows[rows_before:])
                ):
                    rows.append(answered)
            else:
                end = par.span.to_original(len(par.text.rstrip()), side="end")
                open_answer.update({"end": end, "content_end": end, "text": text[open_answer["start"] : end]})
            for row in rows[rows_before:]:
                if row["speaker_mention"] is None:
                    row.update({k: open_answer[k] for k in _SPEAKER_FIELDS})
            continue
        open_answer = None
        if (
            len(sents) > 1
            and not par.is_duplicate
            and par.kind != "boilerplate"
            and all((r["speaker_mention"] or "").lower() in ("i", "we") for r in rows[rows_before:])
        ):
            # an answer of several sentences in a Q&A or transcript ("Bass: Perception lags reality. When
            # ..."), where nothing else in the paragraph is attributed but what the answer's "I" says ("Ruiz:
            # Honestly, I never planned to ... and I thought somebody has to do something")
            answer = _headline_label(text, par, names, first_sentence, people_all, art.history, single)
            rows.extend(answer[:1] if answer else [])
    # a "repeat" half as long again as its original is a fuller version of it (a lede's words again in the
    # body): what it adds stays
    fuller = {
        p.index
        for p in paragraphs
        if p.duplicate_of is not None and len(p.text.split()) > 1.5 * len(paragraphs[p.duplicate_of].text.split())
    }
    headlines = {p.index for p in paragraphs if p.index == 0 or p.is_heading}
    repeats = {p.index: p.duplicate_of for p in paragraphs if p.is_duplicate}
    originals = {i: _same_words(paragraphs[i].text) for i in set(repeats.values())}
    rows = _merge_repeats(rows, repeats, fuller, headlines, originals)
    _named_later(rows, text)
    rows.sort(key=lambda r: r["start"])
    for i, row in enumerate(rows):
        row["quote_id"] = f"{article_id}:q{i}"
        row["article_id"] = article_id
    return rows


# a body's or a place's one holder of a post, unnamed: "its chief executive", "the company's founder", "the state's
# attorney general"
_OWNED_ROLE = re.compile(
    r"(?:its|the\s+(?:company|firm|group|union|agency|airline|bank|carrier|automaker|retailer|network|club|team|state|"
    r"city|county)[’']s)\s+"
    r"(?P<role>chief\s+executive(?:\s+officer)?|chief\s+financial\s+officer|chief\s+operating\s+officer|president|"
    r"chairman|chairwoman|chair|founder|general\s+counsel|executive\s+director|managing\s+director|head\s+coach|"
    r"director\s+general|attorney\s+general|governor|mayor|police\s+chief|district\s+attorney)",
    re.IGNORECASE,
)
# one unnamed person of a kind ("A rebel spokesman", "A truck driver", "One MP")
_ONE_ROLE = re.compile(
    r"(?i:an?|one)\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?P<role>[A-Za-z-]+)"
    r"(?:\s+(?:to|for|of|at|with|in)\s+[\w.’' -]+)?"  # (whose: "A former aide to Senator Robert Klein")
)
# the rest of a paragraph and the next one
_TO_NEXT_PARAGRAPH = re.compile(r"[^\n]*\n+[^\n]*")
_LATER_NAME = r"\b[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}"
_LATER_OWNER = r"(?:the|its|our|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}[’']s)\s+(?:[a-z-]+\s+)?"
_LATER_VERB = r"\s+(?:said|says|told|wrote|added)\b"
_LATER_WINDOW = 3000  # characters after the unnamed mention in which its name may follow


def _named_later(rows: list[dict], text: str) -> None:
    """Name an unnamed holder of a post once the article names its one holder soon after: "Southwest apologized,
    and its chief executive promised ... ¶ “...,” Bob Jordan, the chief executive, said" (the lede's "its chief
    executive" is Bob Jordan). Only one name given the same post in apposition: none or two, and it stays."""
    for row in rows:
        mention = row["speaker_mention"] or ""
        if row["speaker_type"] != "anonymous" or row["speaker_end"] is None:
            continue
        end = int(row["speaker_end"])
        owned = _OWNED_ROLE.fullmatch(mention.strip())
        # or one unnamed person of a kind, whom "the" and that kind then name, in the paragraph or the next ("A
        # rebel spokesman ... said .... “...,” said the spokesman, Idris Kamal"; "A truck driver testified ... ¶
        # The driver, Carl Jensen, told jurors"; not "the government's spokesman", another's)
        one = _ONE_ROLE.fullmatch(mention.strip()) if owned is None else None
        if one is not None and one["role"].lower() not in sp.anonymous_heads():
            one = None
        if owned is None and one is None:
            continue
        rest = _TO_NEXT_PARAGRAPH.match(text, end)
        stop = end + _LATER_WINDOW if owned else rest.end() if rest else len(text)
        # (the post's last word must be there at all: mostly it is not, and a pattern compiled for each costs more)
        if (owned or one)["role"].split()[-1].lower() not in text[end:stop].lower():
            continue
        role = r"\s+".join((owned or one)["role"].lower().split())
        # (with a word of its own again, but no other: "the former aide, Melissa Grant"; not "the other aide")
        again = "|".join(re.escape(w) for w in one["words"].split()) if one else ""
        owner = _LATER_OWNER if owned else r"(?:[Tt]he|[Ii]ts)\s+" + (rf"(?:(?:{again})\s+)?" if again else "")
        role = role if owned else f"(?i:{role})"
        # the name, then the post in apposition ("Bob Jordan, the chief executive, said"), or the post, then the
        # name ("according to the attorney general, Ken Paxton.")
        later = re.compile(
            rf"(?P<name>{_LATER_NAME}),\s+{owner}{role}(?=[,.;]|{_LATER_VERB})"
            rf"|{owner}{role},\s+(?P<after>{_LATER_NAME})(?=[,.;]|{_LATER_VERB})"
        )
        names = {m["name"] or m["after"] for m in later.finditer(text, end, stop)}
        # (not words across a sentence's end: "the source said Monday. That, the source said,")
        names = {n for n in names if sp.mention_type(n) == "person" and not _WORD_STOP.search(n)}
        if len(names) == 1:
            row["speaker"], row["speaker_type"] = names.pop(), "person"


_WORD_STOP = re.compile(r"\w{2}\.\s")


@dataclass
class _Article:
    """What every paragraph's quotations are read against: the article's text and paragraphs, the people it
    names (with an index of their mentions), the names that can stand alone later as a surname, and the
    mentions seen so far (``history``: offset, name, type), which grows paragraph by paragraph."""

    text: str
    paragraphs: list[Paragraph]
    people: list[sp.Person]
    index: sp.PeopleIndex
    names: set[str]
    history: list[tuple[int, str, str]]
    single: bool  # quotations in single marks


@dataclass
class _Carried:
    """What one paragraph hands the next about who is speaking."""

    open_from_previous: Attribution | None = None  # the speaker of a quotation left open at its end
    previous_speaker: Attribution | None = None  # who spoke last in it
    introduced_by: Attribution | None = None  # who its last sentence introduces with a colon
    about_previous: tuple[str, tuple[int, int], Paragraph] | None = None  # its last sentence, when no one spoke
    previous_unclosed: bool = False
    # rows of a quotation running over paragraphs that have no speaker of their own (see _sign_run)
    run_rows: list[int] = field(default_factory=list)
    run_unsigned: bool = False
    run_mark: str = ""

    def after(
        self,
        par: Paragraph,
        sents: list[tuple[int, int]],
        quotes: list[QuoteSpan],
        last_attr: Attribution | None,
        reported_last: Attribution | None,
        names: set[str],
    ) -> None:
        """Hand on paragraph ``par``, whose quotations were ``quotes``, the last attributed by ``last_attr``,
        and whose last sentence reports ``reported_last``'s words."""
        ptext = par.text
        self.open_from_previous = last_attr if quotes and quotes[-1].close_at is None else None
        # "Carter said that ... would not happen. ¶ “That's because ...”": the next paragraph's quotation
        # continues the speaker of the last quotation, or of reported speech closing this paragraph
        # (a paragraph whose quotation is nobody's words introduces the next the same way: "What “go after
        # them” means is left to the imagination, since Trump spoke only in evasive bromides. ¶ “We have to
        # do something”"; but not a sentence inside an unclosed quotation)
        unsaid = (
            bool(quotes)
            and bool(sents)
            and last_attr is None
            and not any(q.open_at <= sents[-1][0] < q.outer_end for q in quotes)
        )
        if (not quotes or unsaid) and reported_last is None and sents:
            reported_last = speaking_subject(ptext, sents[-1], names)
            if reported_last is not None:
                reported_last.span = par.span
        if quotes or reported_last is not None or not (_stage_direction(ptext) or _interview_question(ptext, sents)):
            # (a stage direction between the lines of one speaker keeps them speaking: “...” ¶ She pauses. ¶
            # “Well, thank you so much.”; so does an interviewer's question: “...,” Dr Patel said. ¶ Will numbers
            # fall? ¶ “Almost certainly.”)
            # (the reporter of a last sentence after the quotations is the nearer: "Humphrey, who calls Trump
            # a “sociopath,” said .... Rather, he said, continued struggles ... ¶ “To my knowledge, ...”")
            self.previous_speaker = (
                last_attr if quotes and last_attr is not None and reported_last is None else reported_last
            )
            if quotes and reported_last is None and sents and sents[-1][0] >= quotes[-1].outer_end:
                # "“...,” Trump added. He then had a question for the crowd. ¶ “Who's going to pay for it?”": the
                # sentence after the last quotation introduces the next paragraph's by its subject
                about = _paragraph_about(ptext, sents[-1], par, names)
                if about is not None and about.mention.lower() in ("he", "she"):
                    self.previous_speaker = about
        self.introduced_by = _colon_intro(ptext, sents[-1], quotes, names, par) if sents else None
        # (found only when a quotation paragraph comes to need it: most paragraphs are no such thing)
        self.about_previous = (
            (ptext, sents[-1], par) if not quotes and reported_last is None and sents and not par.is_heading else None
        )
        self.previous_unclosed = bool(quotes) and quotes[-1].close_at is None


def _mentions_in(art: _Article, par: Paragraph) -> list[tuple[int, str, str]]:
    """The named people mentioned in paragraph ``par``, which feed pronoun resolution, and the role nouns that
    open a sentence ("The Ukrainian leader thanked Washington. “We are grateful,” he wrote"), as their
    holders; in order."""
    ptext = par.text
    seen = [(par.span.to_original(pos), name, "person") for pos, name in art.index.mentions(ptext, art.single)]
    known = {at for at, _, _ in seen}
    # (and a surname alone that opens a sentence before its verb, where the article never gives the full name:
    # "Carson defied the question. “...,” he said")
    for m in _LONE_SUBJECT.finditer(ptext):
        if m.start() > 0 and ptext[m.start() - 2 : m.start()] not in (". ", "! ", "? "):
            continue
        pos = par.span.to_original(m.start())
        if pos not in known and _lone_name_subject(m.group(1), m.group(2), art):
            seen.append((pos, m.group(1), "person"))
    for m in _ROLE_SUBJECT.finditer(ptext):
        if m.start() > 0 and ptext[m.start() - 2 : m.start()] not in (". ", "! ", "? "):
            continue  # (a sentence's first words only)
        if m.group(1) in sp.title_words() and sp.mention_type(m.group()) == "role":
            pos = par.span.to_original(m.start())
            res = sp.resolve(m.group(), pos, art.text, art.people, art.history[-_HISTORY:] + seen)
            if res.speaker_type == "person":
                seen.append((pos, res.speaker, "person"))
    return sorted(seen)


def _paragraph_quotations(
    art: _Article,
    par: Paragraph,
    sents: list[tuple[int, int]],
    first_sentence: int,
    quotes: list[QuoteSpan],
    reported_in: dict[int, Attribution],
    carry: _Carried,
    rows: list[dict],
) -> tuple[Attribution | None, dict[int, tuple[QuoteSpan, str]], dict[int, Attribution]]:
    """Append the rows of paragraph ``par``'s quotations to ``rows``; return the last speaker found, and the
    quotation (with its kind) and the speaker last found in each sentence."""
    ptext, names = par.text, art.names
    continuation = carry.previous_unclosed and bool(quotes) and quotes[0].open_at <= 1
    last_attr: Attribution | None = None
    rows_in_sentence: dict[int, tuple[QuoteSpan, str]] = {}
    attr_in_sentence: dict[int, Attribution] = {}
    masked: dict[int, MaskedSentence] = {}  # each sentence's tokens, its quotations masked, made once
    for q in quotes:
        si = next(k for k, (a, b) in enumerate(sents) if a <= q.open_at < b or k == len(sents) - 1)
        in_sentence = [o for o in quotes if sents[si][0] <= o.open_at < sents[si][1]]
        kind = _kind(ptext, q, sents[si])
        asked = asked_unnamed(ptext, sents[si], q)
        if not asked and si not in masked:
            masked[si] = masked_sentence(ptext, sents[si], in_sentence)
        attr = None if asked else attribute(ptext, sents[si], q, in_sentence, names, last_attr, masked[si])
        if attr is not None:
            attr = poll_source(ptext, sents[si], attr) or attr
            if not any(o.open_at < attr.start for o in in_sentence):  # (not a subject inside a quotation)
                attr = _pronoun_of_unnamed(ptext, sents[si], attr, names)
                attr = _pronoun_after_opener(ptext, sents[si], attr, names)
                attr = _they_of_main_clause(ptext, sents[si], attr, names)
                attr = _they_of_sentence_before(ptext, sents[si - 1] if si else None, attr, names)
            attr = _one_of_sentence_before(ptext, sents[si - 1] if si else None, sents[si], attr, quotes, names)
        own = attr is not None
        cont = continuation and q is quotes[0]
        carried = False  # a speaker carried over from the paragraph before, for want of one here
        if attr is None and cont and carry.open_from_previous is not None:
            attr, carried = carry.open_from_previous, True
        if attr is None and kind == "direct" and not asked:
            attr, carried = _speaker_going_on(art, par, sents, si, q, quotes, last_attr, carry)
            if attr is not None and attr.antecedent is None:
                # (the mention of a sentence before refers to whom it was found to for that sentence's own
                # quotation: "The governor declared ... “...,” she said. “...”" is the governor's twice)
                found = [a for a in attr_in_sentence.values() if (a.start, a.end) == (attr.start, attr.end)]
                if found and found[0].antecedent is not None:
                    attr = replace(attr, antecedent=found[0].antecedent)
        if attr is not None and attr.span is None:
            attr.span = par.span
        if kind == "partial" and _continues_split_quote(ptext, q, rows_in_sentence.get(si)):
            kind = "direct"  # "A," she said, "and b." : the second half of a split direct quotation
            # (said by whoever said the first: "Fallon fired back: “A,” he wrote, “b.”" is Fallon's)
            first_half = attr_in_sentence.get(si)
            if attr is not None and first_half is not None and attr.mention.lower() in HOLDER_PRONOUNS:
                attr = first_half
        if (
            attr is None
            and not asked
            and kind == "partial"
            and last_attr is not None
            and _quoted_clause_ends(ptext, q, sents[si])
        ):
            attr = last_attr  # “...,” Mr. Garin said. For African-Americans, “you don't take it for granted.”
        if attr is None and not asked and kind == "partial" and si > 0:
            # the speaker of the sentence before goes on, with no reporting verb of their own: “...,”
            # Hennessey added. But that's not the same thing as “properly chargeable under the law.”
            before = attr_in_sentence.get(si - 1) or reported_in.get(si - 1)
            if (
                before is not None
                and not _is_scare_quote(ptext, q, sents[si], False)
                and not _sentence_has_cue(ptext, sents[si])
            ):
                attr = before
        if kind != "direct" and _is_scare_quote(ptext, q, sents[si], attr is not None):
            continue
        if kind == "partial" and attr is not None and not attr.cue and _title_alone(ptext, q):
            continue  # "The Globe's new “Hamlet” opens with ...": a work's title held by no verb of saying
        if kind == "partial" and attr is not None and _label_in_speaker(ptext, q, attr):
            continue
        if attr is None and not asked:
            attr = _clause_holder(ptext, sents[si], q, in_sentence, names)
            if attr is not None:
                attr.span = par.span
        if _is_title(ptext, q, attr) or _BYLINE.match(ptext, q.outer_end) or _is_excerpt(ptext, q):
            continue  # a title of a work, of an article with its byline, an excerpt of one, or markup
        content = _partial_content(ptext, sents[si], q, attr) if kind == "partial" else None
        rows.append(_row(art.text, par, q, kind, attr, first_sentence + si, cont, art.people, art.history, content))
        if cont and own and ptext[q.open_at] == carry.run_mark:
            # (the same mark as the run's: not a quotation inside an excerpt that runs on, “...,” King
            # said" closing "The hearing was closed ... ¶ "King said ...)
            _sign_run(rows, carry.run_rows)
        unsigned = attr is None or carried
        if not cont:
            carry.run_rows = []
            carry.run_unsigned = unsigned  # (a run introduced by its speaker keeps that speaker)
            carry.run_mark = ptext[q.open_at]
        if carry.run_unsigned and unsigned and q is quotes[-1] and q.close_at is None:
            carry.run_rows.append(len(rows) - 1)  # (its speaker may be named where the quotation ends)
        rows_in_sentence[si] = (q, kind)
        if attr is not None:
            last_attr = attr
            attr_in_sentence[si] = attr
    return last_attr, rows_in_sentence, attr_in_sentence


def _pronoun_of_unnamed(text: str, sent: tuple[int, int], attr: Attribution, people: set[str]) -> Attribution:
    """ "A spokesman for the company said operations had a loss, magnified by charges that he described as
    “unusual”": "he" is the unnamed source who reports the sentence before it, whom no earlier row holds (a
    name between them may be the one meant, and keeps the pronoun as it was)."""
    if attr.antecedent is not None or attr.mention.lower() not in ("he", "she") or attr.start <= sent[0]:
        return attr
    subject = speaking_subject(text, (sent[0], attr.start), people)
    if (
        subject is None
        or subject.end > attr.start
        or sp.mention_type(subject.mention) != "anonymous"
        or _CAPITALISED_NAME.search(text, subject.end, attr.start)
    ):
        return attr
    return replace(attr, antecedent=subject)


def _pronoun_after_opener(text: str, sent: tuple[int, int], attr: Attribution, people: set[str]) -> Attribution:
    """ "While the mega donor didn't disclose his degree of backing for the front-runner, he did say ...": "he"
    opening the main clause is the subject that opens the clause of time, cause or contrast before it (it had
    gone to the man named last, the front-runner); not when that clause names another of the sex as its object
    ("When the officer stopped him, he said")."""
    if attr.antecedent is not None or attr.mention.lower() not in ("he", "she") or attr.start <= sent[0]:
        return attr
    toks = tokenize(text, sent[0], attr.start, [])
    first = 1 if toks and toks[0].low in ("but", "and", "yet") else 0
    if len(toks) < first + 4 or toks[first].low not in _PRONOUN_OPENERS or toks[-1].text != ",":
        return attr
    opener = toks[first + 1 : -1]
    # (its subject: the words up to its finite verb, "the mega donor" before "didn’t")
    verb = next(
        (i for i in range(1, min(len(opener), 7)) if usual_tag(opener[i].low.replace("’", "'")) in _OPENER_VERB_TAGS), 0
    )
    if not verb or opener[0].low in sp.PRONOUNS:
        return attr
    subject = span_text(text, opener, (0, verb))
    if not is_speaker_phrase(subject[0], people, strict=False):
        return attr
    kind, head = sp.mention_type(subject[0]), sp.head_noun(subject[0])
    wanted = sp.pronoun_gender(attr.mention)
    if kind == "person" and not all(t.text[0].isupper() or t.text == "." for t in opener[:verb]):
        return attr  # (a name, not "asked whether D.C.")
    if any(t.low == "and" and n.text[0].isupper() for t, n in zip(opener[verb:], opener[verb + 1 :], strict=False)):
        return attr  # (one clause, not two: "after Dena Minning came on the scene and Grayson decided to run, he")
    # (someone named, unnamed, or described by a noun of work: not "When officials", "Although the company", nor a
    # role, whose holder the article may not have titled: "Although the former secretary of state was tired")
    unnamed = kind == "anonymous" and opener[0].low in ("a", "an", "one", "another") and not head.endswith("s")
    if not (kind == "person" or unnamed or (opener[0].low == "the" and head in sp.descriptor_nouns())):
        return attr
    if sp.mention_gender(subject[0], people) not in ("", wanted) or sp.noun_gender(head) not in (None, wanted):
        return attr
    if any(t.low == ("him" if wanted == "m" else "her") for t in opener):
        return attr
    return replace(attr, antecedent=Attribution(*subject, ""))


# the words that open a clause of time, cause or contrast whose subject a pronoun after it takes up (fewer than
# reported._OPENING_SUBORDINATORS: not "if", "until", "unless", "as", "with")
_PRONOUN_OPENERS = frozenset("while although though because when after before since once".split())
_OPENER_VERB_TAGS = FINITE_TAGS | {"VBN"}  # (past forms read as participles: "Though Sanders held double-digit leads")


def _they_of_main_clause(text: str, sent: tuple[int, int], attr: Attribution, people: set[str]) -> Attribution:
    """ "Later, Democrats walked out when they said the bill was unfair": "they" opening a clause of time or cause
    is the group the main clause before it is about (it had gone to the group that spoke last)."""
    if attr.antecedent is not None or attr.mention.lower() != "they" or attr.start <= sent[0]:
        return attr
    m = _SUBORDINATOR_BEFORE.search(text, sent[0], attr.start)
    if m is None:
        # ("Farmers protested against changes that they say will force families to sell land": "they" in a
        # relative clause on a noun of the main clause)
        m = _RELATIVE_BEFORE.search(text, sent[0], attr.start)
        # (a relative clause with its subject missing after the verb, "that they say will force"; not a "that"
        # clause after a noun: "convince the courts that they should add")
        gap = _VERB_THEN_WORD.match(text, attr.end)
        finite = gap is not None and usual_tag(gap[1].lower()) in ("MD", "VBZ", "VBD", "VBP")
        m = m if m is not None and finite and usual_tag(m[1]) in ("NN", "NNS") else None
    if m is None:
        return attr
    group = sentence_subject(text, tokenize(text, sent[0], m.start(), []), people)
    if group is None or group[2] > m.start() or sp.mention_type(group[0]) not in ("anonymous", "organisation"):
        return attr
    return replace(attr, antecedent=Attribution(group[0], group[1], group[2], ""))


def _they_of_sentence_before(
    text: str, before: tuple[int, int] | None, attr: Attribution, people: set[str]
) -> Attribution:
    """ "Prosecutors had sought 24 months. In a sentencing memo, they wrote ...": "they" is the group of people
    that is the subject of the sentence before it in the paragraph (it had gone to the group or body that spoke
    last, "the Justice Department")."""
    if before is None or attr.antecedent is not None or attr.mention.lower() != "they":
        return attr
    if sp.group_in_sentence(text, attr.start):
        return attr  # (a group named before it in its own sentence: "Teachers walked out over cuts they say")
    group = sentence_subject(text, tokenize(text, before[0], before[1], []), people)
    if group is None or sp.mention_type(group[0]) != "anonymous" or not sp.head_noun(group[0]).endswith("s"):
        return attr
    if _inside_report(text, before, group[1], people):
        # (not a subject inside what someone reports: "Workers who cut their hours saw the biggest improvements,
        # the authors wrote. They cautioned" is the authors, who spoke last)
        return attr
    return replace(attr, antecedent=Attribution(group[0], group[1], group[2], ""))


def _one_of_sentence_before(
    text: str,
    before: tuple[int, int] | None,
    sent: tuple[int, int],
    attr: Attribution,
    quotes: list[QuoteSpan],
    people: set[str],
) -> Attribution:
    """ "France's fisheries minister welcomed the deal. “...,” he wrote": "he" is the one holder of a post, unnamed
    or by the post alone ("The governor declared ..."), who is the subject of the sentence before it in the
    paragraph (it had gone to whoever spoke last, further back), when no name comes before the pronoun from that
    sentence's start, outside quotation marks, and the noun says no other sex (a named holder of the other sex is
    left to :func:`_row`)."""
    pronoun = attr.mention.lower()
    if before is None or attr.antecedent is not None or pronoun not in ("he", "she") or attr.start < sent[0]:
        return attr
    subject = sentence_subject(text, tokenize(text, before[0], before[1], []), people)
    if subject is None or sp.mention_type(subject[0]) not in ("anonymous", "role"):
        return attr
    head = sp.head_noun(subject[0])
    gender = sp.noun_gender(head)
    if head.endswith("s") or head not in sp.title_words() or gender not in (None, "m" if pronoun == "he" else "f"):
        return attr  # (one person who holds a post: "the minister", "a company spokeswoman"; not "officials")
    # (nor one before it in its sentence, whom it may stand in apposition to: "First, Ellen Kullman, DuPont's
    # longtime chief executive, was shown the door. (She claimed to ‘retire.’)")
    between = [(before[0], subject[1]), (subject[2], attr.start)]
    for q in quotes:  # (outside quotation marks: a name a quotation holds is no one the pronoun refers to)
        between = [
            part for a, b in between for part in ((a, min(b, q.open_at)), (max(a, q.outer_end), b)) if part[0] < part[1]
        ]
    if any(_names_someone(m.group(), people) for a, b in between for m in _CAPITALISED_NAME.finditer(text, a, b)):
        return attr
    if _inside_report(text, before, subject[1], people):
        return attr  # (a subject inside what someone reports is not the one who goes on speaking)
    return replace(attr, antecedent=Attribution(subject[0], subject[1], subject[2], ""))


def _inside_report(text: str, sent: tuple[int, int], at: int, people: set[str]) -> bool:
    """Whether ``at`` lies inside what someone reports in sentence ``sent`` (see :func:`indirect_all`)."""
    return any(cs <= at < ce for _, cs, ce in indirect_all(text, sent, people))


def _gender_of(name: str, people: list[sp.Person]) -> str:
    """ "m" or "f" as the article shows it for the person ``name`` (see :func:`helpers.speakers.with_genders`), or
    as the name's title or given name does, else ""."""
    shown = {p.gender for p in people if p.name == name and p.gender}
    return shown.pop() if len(shown) == 1 else sp.mention_gender(name, [p.name for p in people])


def _names_someone(word: str, names: set[str]) -> bool:
    """Whether a capitalised ``word`` may name a person: a given name, or a word of a name the article gives (not
    "Sunday", "California")."""
    return sp.is_given_name(word) or any(word in n.split() for n in names)


_RELATIVE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:that|which)\s+$")
_VERB_THEN_WORD = re.compile(r"\s+[a-z]+\s+([A-Za-z]+)")
_SUBORDINATOR_BEFORE = re.compile(rf",?\s+\b(?:{sp.SUBORDINATORS})\s+$")
_CAPITALISED_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def _speaker_going_on(
    art: _Article,
    par: Paragraph,
    sents: list[tuple[int, int]],
    si: int,
    q: QuoteSpan,
    quotes: list[QuoteSpan],
    last_attr: Attribution | None,
    carry: _Carried,
) -> tuple[Attribution | None, bool]:
    """The speaker of direct quotation ``q`` when no words of its sentence name one, and whether it was
    carried over from the paragraph before: the paragraph's attribution in another sentence, a signature
    below, the speaker goes on (a later quotation in the same paragraph, or a paragraph that is nothing but
    a quotation right after one whose speaker is known), or the subject of a sentence before."""
    ptext = par.text
    if len(sents) > 1:
        attr = _paragraph_attribution(ptext, sents, si, quotes, art.names)
        if attr is not None:
            return attr, False
    signed = _signed_below(art.paragraphs, par.index)
    if signed is not None and not _has_verb_outside(ptext, quotes):
        return signed, False  # “...” ¶ - Hillary Clinton.
    if last_attr is not None:
        prev = _previous_subject(ptext, sents, si, quotes, art.names, q)
        if (
            prev is not None
            and prev.start > last_attr.end
            and prev.mention[:1].isupper()
            and sp.mention_type(prev.mention) == "person"
        ):
            # "“It's over,” Jones said. Smith shook her head. “It is not.”": the one the sentence between is about
            return prev, False
        return last_attr, False
    if q is quotes[0] and q.open_at == 0 and carry.introduced_by is not None:
        return carry.introduced_by, False
    if q.open_at == 0 and carry.previous_speaker is not None and not _has_verb_outside(ptext, quotes):
        return carry.previous_speaker, True
    if q.open_at == 0 and carry.about_previous is not None and not _has_verb_outside(ptext, quotes):
        about = _paragraph_about(*carry.about_previous, art.names)
        if about is not None:
            return about, True
    prev = _previous_subject(ptext, sents, si, quotes, art.names, q)
    if prev is None and q is quotes[0] and carry.previous_speaker is not None and _bare_intro(ptext[: q.open_at]):
        # "Then, later that month on CNN: “...”": a paragraph that opens with when or where and a colon, with no
        # verb and no one named, goes on with the speaker of the paragraph before
        return carry.previous_speaker, True
    return prev, False


_INTRO_OPENERS = frozenset("then and but later earlier also again in on at by during after before last".split())


def _bare_intro(before: str) -> bool:
    """Whether the words before a paragraph's first quotation are only a time or place and a colon ("Then, later
    that month on CNN:", "And on Twitter the next day:"), without a verb or a capitalised word but the first
    that could name a speaker ("Then Trump on Twitter:")."""
    words = before.split()
    if not words or not words[-1].endswith(":") or len(words) > 12:
        return False
    if words[0].strip(",").lower() not in _INTRO_OPENERS:
        return False
    low = {w.strip(",:").lower() for w in words}
    if low & (sp.PRONOUNS | _OWNERS) or low & reporting_verbs():
        return False  # ("But back on American soil, he returned to his familiar lines:")
    toks = tokenize(before, 0, len(before), [])
    if verb_indexes(toks):
        return False
    # (a capitalised word after a preposition is a place or an outlet: "on CNN", "in Iowa", "on Fox News")
    placed = False
    for previous, word in zip(words, words[1:], strict=False):
        placed = word[:1].isupper() and (previous.strip(",").lower() in _PLACE_PREPOSITIONS or placed)
        if word[:1].isupper() and not placed:
            return False
    return True


_OWNERS = frozenset("it its his their our my you your".split())
_PLACE_PREPOSITIONS = frozenset("in on at to from of during before after with".split())


def _label_in_speaker(ptext: str, q: QuoteSpan, attr: Attribution) -> bool:
    """ "Some in the “Bernie or Bust” crowd suggest": a label inside its speaker's phrase (but not “Build the
    wall” supporters chanted)."""
    return (
        q.outer_end <= attr.start < q.outer_end + 2
        and attr.mention[:1].islower()
        and attr.mention.lower() not in sp.PRONOUNS
        and ptext[q.end - 1 : q.end].isalnum()
        and _LABEL_DETERMINER.search(ptext, max(0, q.open_at - 8), q.open_at) is not None
    )


def _reported_around(
    art: _Article,
    par: Paragraph,
    sents: list[tuple[int, int]],
    first_sentence: int,
    quotes: list[QuoteSpan],
    rows_in_sentence: dict[int, tuple[QuoteSpan, str]],
    attr_in_sentence: dict[int, Attribution],
) -> list[dict]:
    """Rows of reported speech in sentences of ``par`` that have quote marks: outside the marks of a sentence
    whose quotation has a speaker ("“...,” he said, adding that ..."; "He said the plan had failed: “...”"),
    and in a sentence whose quote marks held nobody's words ("Tom Reyes told Reuters that the so-called
    “overflow sites” would open by Friday")."""
    ptext, out = par.text, []
    for si, attr in attr_in_sentence.items():
        in_sentence = [o for o in quotes if sents[si][0] <= o.open_at < sents[si][1]]
        for found in around_quotes(ptext, sents[si], in_sentence, attr, art.names):
            out.append(_row(art.text, par, *found, first_sentence + si, False, art.people, art.history))
    quoted = [(o.open_at, o.outer_end) for o in quotes]
    for si, sent in enumerate(sents):
        if si in rows_in_sentence or not any(a < sent[1] and b > sent[0] for a, b in quoted):
            continue
        inside = [o for o in quotes if sent[0] <= o.open_at < sent[1]]
        if any(o.open_at < sent[0] < o.outer_end for o in quotes) or sum(
            ptext.count(m, *sent) for m in '“”"'
        ) > 2 * len(inside):
            # (the end of a quotation opened before, or a mark left unpaired: its words are its speaker's)
            continue
        # (scare quotes in lower case only, or a name given in a passive ("Ohio eliminated what had been called the
        # “Golden Week,” saying ..."): not a title, “Women Who Work”, nor an unclosed quotation, which runs on with
        # nobody's words around it)
        if not inside or any(
            o.close_at is None
            or not (
                ptext[o.start : o.start + 1].islower()
                or _named_passively(ptext, sent, o, inside)
                or _show_title(ptext, o)
                or _name_given(ptext, o)
            )
            for o in inside
        ):
            continue
        out.extend(
            row
            for row, _ in _reported(
                art.text,
                par,
                sent,
                first_sentence + si,
                art.names,
                art.people,
                art.history,
                sents[si - 1] if si else None,
            )
        )
    return out


def _quote_tokens(
    text: str, sent: tuple[int, int], q: QuoteSpan, quotes: list[QuoteSpan]
) -> tuple[list[Tok], int | None]:
    """The tokens of sentence ``sent`` with its quotations masked, and the index of ``q``'s token (None if none)."""
    toks = tokenize(text, sent[0], sent[1], [(o.open_at, o.outer_end) for o in quotes])
    return toks, next((k for k, t in enumerate(toks) if t.start == q.open_at and t.text == "¶"), None)


_SMALL_TITLE_WORDS = frozenset("a an the of and or in on at to for with from by".split())
_TITLE_PLACES = re.compile(r"(?:\b(?:on|in|at|to|from|told|tells)|['’]s)\s*$")


def _title_alone(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` is one or two capitalised words and nothing else inside its marks, as a title is
    written (“Hamlet”, “The Apprentice”), not words said, which may end in punctuation ("Invisible.")."""
    words = text[q.start : q.end].split()
    return 0 < len(words) <= 2 and all(w[0].isupper() and w.isalpha() for w in words)


def _show_title(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` is the title of a show or publication where something was said ("said on “Meet
    the Press” that ...", "told ABC's “This Week” that ...", "told “Morning Joe” that"): words in title case after
    "on", "in", "told" or a possessive, nobody's words."""
    words = text[q.start : q.end].split()
    return (
        0 < len(words) <= 8
        and _TITLE_PLACES.search(text, max(0, q.open_at - 12), q.open_at) is not None
        and all(w[0].isupper() or w in _SMALL_TITLE_WORDS for w in words)
    )


def _name_given(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` is a name someone goes by ("who goes by the call sign “Bear,”", "known as “Bulldog”",
    "nicknamed “Tiny”"): three words at most, nobody's words."""
    return (
        0 < len(text[q.start : q.end].split()) <= 3
        and _NAME_GIVEN_BEFORE.search(text, max(0, q.open_at - 30), q.open_at) is not None
    )


_NAME_GIVEN_BEFORE = re.compile(
    r"(?:call ?sign|nickname[ds]?|known as|go(?:es)? by|went by|dubbed|code-?named|nom de guerre|pseudonym)"
    r"(?: of)?(?: the)?\s*\Z"
)


def _named_passively(text: str, sent: tuple[int, int], q: QuoteSpan, quotes: list[QuoteSpan]) -> bool:
    """Whether a naming passive introduces quotation ``q`` in its sentence (see :func:`named_passively`)."""
    toks, qi = _quote_tokens(text, sent, q, quotes)
    return qi is not None and named_passively(toks, qi)


def _people_in(text: str, paragraphs: list[Paragraph], single: bool) -> tuple[list[sp.Person], set[str]]:
    """The people an article names, in order, with their genders (titled names, untitled full names, names with
    particles, relatives by a given name, a transcript's speakers, nicknamed names), and the untitled full
    names, which count for surnames later."""
    people_all: list[sp.Person] = []
    full_names: set[str] = set()
    for par in paragraphs:
        if par.kind == "boilerplate":
            continue  # (a byline's writer, a photo's credit: "By Maria Chen" is no antecedent of "she told me")
        # (a name inside a quotation is what its speaker talks about: no antecedent for "she went on" after
        # “... TRICARE for the National Guard, ...”)
        titled_people = sp.find_people(par.text)
        headline = par.kind == "headline" or (par.index == 0 and is_heading_like(par.text.rstrip().removesuffix(".")))
        if headline:
            titled_people = _headline_names(titled_people)
        at = [p.start for p in titled_people]
        for p, quoted in zip(titled_people, _quoted(par.text, at, single), strict=True):
            people_all.append(sp.Person(p.name, par.span.to_original(p.start), p.title, quoted=quoted))
        # (some feeds end the title with a period: "9 Offensive Things Donald Trump Has Said About Latinos.")
        if headline:
            # (a headline's capitals are names only from a given name: "Apple Delays Smart Glasses as It Reworks
            # Display" names no one, "Why Kayla Oblisk Is Glad" does)
            full_found: set[str] = set()
            # (and once: a titled name cut before its verb is found untitled too, "Chancellor Rachel Reeves Defends")
            titled = {p.name for p in titled_people}
            # (cut before its verb as a titled one is, and two words at least: "Christie Says He" is no one)
            people_all.extend(
                p
                for p in _headline_names(_untitled_people(par, single, full_found))
                if sp.is_given_name(p.name.split()[0]) and p.name not in titled and " " in p.name
            )
            full_names.update(n for n in full_found if sp.is_given_name(n.split()[0]))
        titled_at = [
            (par.span.to_original(p.start), par.span.to_original(p.start + len(p.name)))
            for p in titled_people
            if " " in p.name
        ]
        names_before = set(full_names)
        if not headline:
            # (cut before a verb in title case, as a headline's: "Chris Christie Says He Would ..." in a live blog)
            untitled = [p for p in _headline_names(_untitled_people(par, single, full_names)) if " " in p.name]
            people_all.extend(_apart(untitled, titled_at, full_names, names_before))
        found = _named_otherwise(par, full_names, single, {(p.name, p.start) for p in people_all})
        otherwise = _apart(found, titled_at, full_names, names_before)
        # (the capitalised words that end a name with particles are not a name of their own: "Borja del Pozo
        # Cruz" is no "Pozo Cruz")
        # (as the text gives them: a couple's "Tom Mercer" is no span of "Tom and Linda Mercer")
        inside = [
            (p.start, p.start + len(p.name)) for p in otherwise if " " in p.name and text.startswith(p.name, p.start)
        ]
        if inside:
            # (nor its first words: "Luiz Inácio Lula" of "Luiz Inácio Lula da Silva")
            people_all = [
                p
                for p in people_all
                if not any(a < p.start < b or (a == p.start and p.start + len(p.name) < b) for a, b in inside)
            ]
        people_all.extend(otherwise)
        people_all.extend(_named_again(par, people_all, single))
    people_all.sort(key=lambda p: p.start)
    # (a part an actor plays is no one a pronoun refers to: "the actor best known for playing Chandler Bing ...
    # His former co-stars")
    people_all = [p for p in people_all if not _PLAYING.search(text, max(0, p.start - 40), p.start)]
    # (nor is a place or an institution named for someone, or for where it is: "Ram Manohar Lohia Hospital",
    # "Ronald Reagan Washington National Airport", "The India Meteorological Department")
    people_all = [p for p in people_all if not _INSTITUTION_AFTER.match(text, p.start + len(p.name))]
    return sp.with_genders(text, people_all), full_names


def _apart(
    found: list[sp.Person], titled_at: list[tuple[int, int]], full_names: set[str], names_before: set[str]
) -> list[sp.Person]:
    """The people of ``found`` not inside a titled name (spans ``titled_at``), whose words are no name of their own:
    "Brazilian President Luiz Inácio Lula da Silva" is neither "Inácio Lula" nor "Lula da Silva", whose "Lula"
    later would be someone else. Their names leave ``full_names`` unless they were in it before (``names_before``)."""
    inside = [p for p in found if any(a < p.start < b for a, b in titled_at)]
    full_names.difference_update(p.name for p in inside if p.name not in names_before)
    return [p for p in found if p not in inside]


# what a name in title case ends before: a verb's present tense or a pronoun ("Chris Christie Says He Would")
_HEADLINE_CUT = frozenset(["VBZ", "PRP"])


def _headline_names(people: list[sp.Person]) -> list[sp.Person]:
    """Names in title case, as a headline's, cut before its verb: "Governor Newsom Vetoes Bill" names Newsom,
    "Chancellor Defends Tax Rises" no one (a verb's present tense; not a plural, which a surname may look like:
    "Sanders"); untitled ones too, "Lindsey Graham Is Running"."""
    out = []
    for p in people:
        words = p.name.split()
        # (or a pronoun: "The 1 Thing He Thinks"; not a past tense, which given names and surnames may look like:
        # "Drew", "Shook")
        verb = next((k for k, w in enumerate(words) if usual_tag(w.lower()) in _HEADLINE_CUT), len(words))
        if verb:
            name = " ".join(words[:verb])
            # (most names have no verb to cut: the same person, without replace's copy, eleven thousand on train)
            out.append(p if name == p.name else replace(p, name=name))
    return out


_INSTITUTION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.’'-]*){0,2}?\s+(?:Hospital|Hospitals|Medical|Clinic|University|College|Institute|Academy|"
    r"Department|Ministry|Agency|Office|Council|Commission|Committee|Bureau|Service|Authority|Board|Association|"
    r"School|Library|Museum|Foundation|Center|Centre|Airport|Stadium|Arena|Park|Memorial|Bridge|Tunnel|"
    r"Highway|Expressway|Street|Avenue|Boulevard|Square|Building|Tower|Hall|Station|Theater|Theatre|Auditorium|"
    r"Cathedral|Church|Chapel|Mosque|Prize|Award|Trophy|Fellowship|Scholarship)\b"
)
# (not any "played": "Alcaraz played Djokovic in the final" names an opponent)
# (a look-ahead first in these patterns only lets the regex engine skip ahead: see speakers._starts_with)
_PLAYING = re.compile(
    r"(?=[prvf])\b(?:portray|portrays|portrayed|portraying|voiced|voicing|(?:role|part) of|for playing)\s+$"
)


def _named_again(par: Paragraph, people: list[sp.Person], single: bool) -> list[sp.Person]:
    """Someone named in full before, named again by their given name as a sentence's subject in ``par`` ("Maria
    Alvarez opened ... Maria denies that", as feature stories name members of one family): a mention of them
    there by that name, which full_name completes, so that a pronoun after it can refer to them (not when two
    full names open with the word, nor when it is someone's surname)."""
    found = [(at, word) for at, word in sp.lone_subjects(par.text) if sp.is_given_name(word)]
    out = []
    for (at, word), quoted in zip(found, _quoted(par.text, [at for at, _ in found], single), strict=True):
        start = par.span.to_original(at)
        earlier = [p.name.split() for p in people if p.start < start]
        names = {" ".join(n) for n in earlier if len(n) > 1 and n[0] == word}
        # (and no one's surname: "Hussein said" after "King Hussein" and "Hussein Kamel")
        if len(names) == 1 and not quoted and not any(n[-1] == word for n in earlier):
            # (by the given name, which full_name completes; the full name again would count as its use)
            out.append(sp.Person(word, start, None))
    return out


# "a ", "the ", or one with an adjective after it: "an early "
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:a|an|the)\s+(?:[a-z]+\s+)?$")
_ATTRIBUTIVE = re.compile(r" [a-z][a-z-]+\b(?<!\bwho)(?<!\bwhich)(?<!\band)(?<!\bor)")


def _past_party(text: str, m: re.Match[str]) -> re.Match[str]:
    """A run of capitalised words that a place and a party open ("Missouri Republican Roy Blunt", of which
    the run of at most three words holds "Missouri Republican Roy"): the name after them, when it is longer."""
    words = m.group().split()
    if len(words) == 3 and words[1] in _PARTIES:
        after = _FULL_NAME.match(text, m.start() + m.group().rindex(words[2]))
        if after is not None and after.end() > m.end():
            return after
    if (
        len(words) == 3
        and words[0] in ("Republican", "Democrat")
        and (not is_common_word(words[1].lower()) or "-" in words[2])
        and not sp.is_organisation(" ".join(words[1:]))
    ):
        # "Republican Winsome Earle-Sears": a member of a party, then the name (a given name no list holds), not
        # "the Republican National Committee", "Republican National Committeeman"
        after = _FULL_NAME.match(text, m.start() + len(words[0]) + 1)
        if after is not None:
            return after
    return m


def _name_runs(text: str) -> list[re.Match[str]]:
    """The runs of capitalised words that ``_FULL_NAME`` finds in ``text``; one that a day opens, maybe after a
    sentence opener ("On Monday Karen", "Monday Karen"), starts again past the day, where it may run further
    ("Karen Liu": the name is then not cut off by the run's length)."""
    out, pos = [], 0
    while (m := _FULL_NAME.search(text, pos)) is not None:
        words = m.group().split()
        day = 0 if words[0] in WEEKDAY_NAMES else 1 if words[0] in NOT_NAME_START and words[1] in WEEKDAY_NAMES else -1
        if day >= 0:
            again = _FULL_NAME.match(text, m.start() + m.group().index(words[day]) + len(words[day]) + 1)
            if again is not None and again.end() > m.end():
                m = again
        if (
            len(words) == 3
            and (sp.is_given_name(words[0]) or (not words[0].isascii() and sp.is_given_name(sp.fold(words[0]))))
            # (no word an ordinary one in lower case: not "Ted Cruz South Carolina", "Hillary Clinton Reassures")
            and all(usual_tag(w.lower()) in ("", "NNP", "NNPS") for w in words[1:])
        ):
            # a given name and three more, as Spanish and Portuguese names run with two given names and two
            # surnames: "María Luisa Hernández Ruiz" (the run stops at three words; the fourth is the name's too)
            fourth = _FOURTH_NAME_WORD.match(text, m.end())
            if fourth is not None and not is_common_word(fourth[1]) and not sp.is_place(fourth[1]):
                m = _FULL_NAME_OF_FOUR.match(text, m.start()) or m
        elif len(words) == 3 and _FOURTH_NAME_WORD.match(text, m.end()) and not sp.is_given_name(words[0]):
            # "State Auditor Kerri Hunter", "County Assessor Kim Ayers": common words of a job no list holds
            # before a given name; the name starts at the given name and runs on past the three words (the first
            # word no common one: "Kerri", "Kim" are in no list of given names); a title's, "Vice President Dick
            # Cheney", are found with it
            given = next(
                (k for k in (1, 2) if sp.is_given_name(words[k]) or not is_common_word(words[k].lower())), None
            )
            if (
                given is not None
                and all(usual_tag(w.lower()) == "NN" for w in words[:given])
                and words[given - 1].lower() not in sp.title_words()
            ):
                again = _FULL_NAME.match(text, m.start() + m.group().index(" " + words[given]) + 1)
                m = again if again is not None and again.end() > m.end() else m
        out.append(m)
        pos = m.end()
    return out


# (and no capitalised word after it: a headline's run of capitals, "Hillary Clinton Reassures House Democrats", is
# no name)
_FOURTH_NAME_WORD = re.compile(rf"\s+({_NAME_WORD})(?![\w’'-])(?!\s+[A-Z])")
_FULL_NAME_OF_FOUR = re.compile(rf"{_FULL_NAME.pattern}\s+{_NAME_WORD}")


_SAINT_OR_MOUNT_END = re.compile(r"\s(?:St|Ste|Mt|Ft)$")
# capitalised words listed after a comma, the last after "and": ", Wildlife and Parks", ", Tobacco, Firearms and
# Explosives"
_LISTED_WORDS_AFTER = re.compile(r",\s+(?:[A-Z][a-z]+,\s+){0,3}[A-Z][a-z]+,?\s+(?:and|&)\s+[A-Z][a-z]+\b")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _untitled_people(par: Paragraph, single: bool, full_names: set[str]) -> list[sp.Person]:
    """People named in full without a title in paragraph ``par``, with the role or job in apposition or before
    the name as their title; every full name found (``full_names``, added to) counts for surnames later."""
    out: list[sp.Person] = []
    found_names = [_past_party(par.text, m) for m in _name_runs(par.text)]
    quoted_at = _quoted(par.text, [m.start() for m in found_names], single)
    for m, depth in zip(found_names, quoted_at, strict=True):  # untitled full names count for surnames
        of = (
            _OF_BEFORE.search(par.text, max(0, m.start() - 40), m.start())
            if par.text.endswith((" of ", " of the "), 0, m.start())
            else None
        )
        if of and sp.is_organisation(of.group(1)):
            continue  # "the National Association of Securities Dealers": part of an organisation's name
        if par.text.endswith(" and ", 0, m.start()):
            # "the London School of Hygiene and Tropical Medicine", "Health and Human Services"
            joined = _OF_AND_BEFORE.search(par.text, max(0, m.start() - 80), m.start())
            if joined and sp.is_organisation(f"{joined.group()}{m.group()}"):
                continue
        run = m.group()
        if _SAINT_OR_MOUNT_END.search(run) and par.text.startswith(".", m.end()):
            continue  # "Providence St. Vincent Medical Center": a saint's or a mountain's name opens, no surname
        listed = _LISTED_WORDS_AFTER.match(par.text, m.end()) if par.text.startswith(",", m.end()) else None
        if listed and all(is_common_word(w.lower()) for w in [run.split()[-1], *_CAPITALISED.findall(listed[0])]):
            continue  # "Montana Fish, Wildlife and Parks": a body named by a list of common words, no one's name
        if run.split(None, 1)[0] in NOT_NAME_START:
            # "An Apple engineer": a run that opens on a determiner or conjunction has no name in its first word,
            # and one word left names someone only as a given name ("And Donald", not "An Apple")
            run = run.split(None, 1)[1]
        while " " in run.strip() and run.split(None, 1)[0] in WEEKDAY_NAMES:
            run = run.split(None, 1)[1]  # "On Monday Karen Liu said": the name after the day
        if " " in run.strip() or sp.is_given_name(run.strip()):
            full_names.add(run)
        if (
            (after := _ATTRIBUTIVE.match(par.text, m.end()))
            and (det := _DETERMINER_BEFORE.search(par.text, max(0, m.start() - 20), m.start()))
            and m.group().split()[0] not in sp.first_name_genders()
            # (after an adjective only before a noun: "an emotional Erling Haaland told reporters" names him)
            and (det.group().count(" ") < 2 or usual_tag(after.group().strip()) in ("NN", "NNS"))
        ):
            # "a Boca Raton lawyer", "the Bear Stearns trading floor", "an early Erling Haaland goal": a place,
            # firm or person that describes something (but "a Bernie Sanders supporter" keeps the name)
            continue
        found = _untitled_name(par.text, m)
        initial = _INITIAL_BEFORE.search(par.text, max(0, m.start() - 4), m.start()) if found else None
        if initial and found[1] == m.start():
            # "E. Jean Carroll", "J. Matthew Rice": the initial opens the name, as the speaker's mention has it
            found = (f"{initial[1]} {found[0]}", initial.start(1))
        if found:
            # "Boris Johnson, the former prime minister, said": the role in apposition titles the name, so
            # that "the former prime minister" later refers back to him
            role = _ROLE_AFTER.match(par.text, m.end())
            titled = role and role.group(2) in sp.title_words() and role.group(2) not in _NOT_ROLES
            title = role.group(1) if titled else None
            # a job before the name or in apposition after it ("former prosecutor Beth Carter", "Paul
            # Evans, a neurologist at Oxford") is how "the former prosecutor", "the neurologist" refer back
            job = _job_before(par.text, found[1]) if title is None else None
            if job:
                title = job
            elif title is None and role and _singular_job(role.group(2)):
                title = role.group(1)
            out.append(sp.Person(found[0], par.span.to_original(found[1]), title, quoted=depth))
    return out


def _named_otherwise(
    par: Paragraph, full_names: set[str], single: bool, known: set[tuple[str, int]]
) -> list[sp.Person]:
    """People paragraph ``par`` names in rarer ways: a given name with particles ("Ludwig van Beethoven"), a
    relative by a given name and age or in apposition, a transcript's speaker, a name with a nickname, a couple's
    two names ("Tom and Linda Mercer"); ``known``: (name, position) of the people found already."""
    out: list[sp.Person] = []
    particles = _PARTICLE.search(par.text)  # (rare in English: a literal search first keeps this cheap)
    matches = _PARTICLE_NAME.finditer(par.text, max(0, particles.start() - 40)) if particles else ()
    found = [m for m in matches if sp.is_given_name(m.group(1))]
    # (one named inside a quotation completes a surname, but no pronoun refers to it: "... decide the fate of
    # Bashar al-Assad,” he added.")
    for m, quoted in zip(found, _quoted(par.text, [m.start() for m in found], single), strict=True):
        # (and a second surname that is no English word: "Borja del Pozo Cruz", not "Charles de Gaulle Airport")
        second = _SECOND_SURNAME.match(par.text, m.end())
        name = m.group() + second.group() if second and not usual_tag(second[1].lower()) else m.group()
        full_names.add(name)
        out.append(sp.Person(name, par.span.to_original(m.start()), None, quoted=quoted))
    # (rare: a search for the age alone first keeps this cheap)
    for m in _GIVEN_AGED.finditer(par.text) if _AGE_COMMAS.search(par.text) else ():
        # "Santos's daughter, Elena, 24, is less diplomatic"
        words_before = par.text[max(0, m.start() - 20) : m.start()].split()
        # (not "Maria Jordan, 24")
        if sp.is_given_name(m.group(1)) and not (words_before and words_before[-1][:1].isupper()):
            out.append(sp.Person(m.group(1), par.span.to_original(m.start(1)), None))
    for m in _NAME_IN_COMMAS.finditer(par.text):  # "His wife, Karen, nodded. She had worked at the plant"
        # (a given name, or a word no dictionary holds: "Her mother, Linh, was more tired")
        name = m.group(1)
        kin = _KIN_BEFORE.search(par.text, max(0, m.start() - 30), m.start()) if _given_like(name) else None
        if kin:
            out.append(_relative(par, name, m.start(1), kin, known))
    for m in _KIN_THEN_NAME.finditer(par.text):
        word = _KIN_ENDING.search(par.text, max(0, m.start() - _KIN_REACH), m.start())
        kin = _KIN_BEFORE.search(par.text, max(0, word.start() - 30), word.end(1)) if _given_like(m[0]) else None
        # (only as a sentence's subject: not "who lost her sister Victoria at Sandy Hook", someone spoken of)
        if kin and par.text[: kin.start()].rstrip()[-1:] in ("", ".", "!", "?", "”", '"'):
            out.append(_relative(par, m[0], m.start(), kin, known))
    # "KARINE JEAN-PIERRE: ...": a transcript's speaker, named in full
    label = TRANSCRIPT_LABEL.match(par.text)
    label_words = label["name"].split() if label and "." not in label["name"] else []
    named = 1 < len(label_words) <= 4 and all(len(w) > 1 for w in label_words)
    if named and sp.mention_type(label["name"].title()) == "person":
        out.append(sp.Person(label["name"].title(), par.span.to_original(label.start("name")), None))
    for m in _couples(par.text):
        # "Tom and Linda Mercer lost their house": Tom Mercer too, whom "her husband" and "he" may be
        if _couple_given_names(m[1], m[2]) and not sp.is_given_name(m[3]):
            out.append(sp.Person(f"{m[1]} {m[3]}", par.span.to_original(m.start(1)), None))
            # (and Linda Mercer, when not found already as a full name: "Linda said" is her)
            partner = sp.Person(f"{m[2]} {m[3]}", par.span.to_original(m.start(2)), None)
            if (partner.name, partner.start) not in known:
                out.append(partner)
    for m in _INITIALS_NAME.finditer(par.text):
        # "J.D. Vance alleged", "Opposition leader V.D. Satheesan": initials for the given names, no title (not
        # "U.S. Steel", "D.C. Council", "In D.C. Obama", "J.P. Morgan Chase"; nor a middle initial, "Charles E.
        # Grassley", nor a compass point's, "N. Korea")
        initials, surname = m.group(1), m.group(2)
        before = par.text[m.start() - 1] if m.start() else " "
        if (
            not (before.isalnum() or before in "_.’'")  # (the initials' own start, not "Jr.S." or "U.S.A.")
            and initials.lower().rstrip(".") not in abbreviations()["other"]
            and initials not in ("N.", "S.", "E.", "W.")
            and not _CAPITALISED_BEFORE.search(par.text, max(0, m.start() - 30), m.start())
            and not is_common_word(surname.lower())
            and not sp.is_place(surname)
            and not sp.is_given_name(surname)
            and (surname, par.span.to_original(m.start(2))) not in known
        ):
            name = f"{initials} {surname}"
            full_names.add(name)
            out.append(sp.Person(name, par.span.to_original(m.start()), None))
    for m in _NICKNAME.finditer(par.text):  # George "Jay" Keyworth is George Keyworth
        given = _GIVEN_BEFORE.search(par.text, max(0, m.start() - 30), m.start())
        if given and _given_like(given.group(1)):  # (Ira "Ike" Schab too)
            name = f"{given.group(1)} {m.group(1)}"
            out.append(sp.Person(name, par.span.to_original(given.start(1)), None))
    return out


# initials for a person's given names, then the surname alone, no capitalised word after it: "J.D. Vance",
# "V.D. Satheesan", "P. Chidambaram"
# (the character before is tested in code: a look-behind first made the pattern three times slower)
_INITIALS_NAME = re.compile(r"([A-Z]\.(?:[A-Z]\.){0,2})\s?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w’'-])(?!\s+(?:[A-Z]|&))")
# a capitalised word right before initials, whose middle initial they are ("Charles E. Grassley")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")


def _given_like(name: str) -> bool:
    """A given name, or a word no dictionary holds: "Karen", "Linh"."""
    return sp.is_given_name(name) or usual_tag(name.lower()) == ""


def _relative(par: Paragraph, name: str, at: int, kin: re.Match[str], known: set[tuple[str, int]]) -> sp.Person:
    """A relative named by a given name at ``at`` in ``par`` (``kin``: "His son", "Santos's daughter"), with the
    gender of the name or of the kin word; and with the family's name when "his" says it is a man's child, brother
    or father ("Tom Henning ... His son, Mark," is Mark Henning), who carry it in most naming customs (a wife, or
    a woman's child, may not: "Rosa Diaz ... Her daughter Lucia" stays Lucia)."""
    given = sp.first_name_genders().get(name) or sp.KIN_GENDER[kin[1]]
    start = par.span.to_original(at)
    his = kin[0].split()[0].lower() == "his" and kin[1] in _FATHERS_NAME_KIN
    family = _family_of(start, known) if his else None
    return sp.Person(f"{name} {family}" if family else name, start, None, given)


_FATHERS_NAME_KIN = frozenset("son daughter brother father".split())


def _family_of(at: int, known: set[tuple[str, int]]) -> str | None:
    """The surname of whom "his" at ``at`` refers to: the nearest person named in full in the 1,000 characters
    before whose given name is a man's, when no woman is named nearer."""
    named = sorted(((start, n) for n, start in known if at - 1000 < start < at and " " in n), reverse=True)
    for _, n in named:
        sex = sp.first_name_genders().get(n.split()[0])
        if sex:
            return n.split()[-1] if sex == "m" else None
    return None


# an opening quotation mark, and the marks that would close it (or, for "’", be an apostrophe)
_LONE_MARKS = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}


def _balanced(text: str, cs: int, ce: int) -> tuple[int, int]:
    """A reported content ``text[cs:ce]`` with its quotation marks paired: an opening mark at its start whose
    closing one it leaves out is left out too ("tells workers 'we have to earn back trust'"), and the closing mark
    right after it of one opened inside is taken in ("warns world is on 'highway to climate hell'")."""
    mark = _LONE_MARKS.get(text[cs])
    if mark and not any(text.find(m, cs + 1, ce) >= 0 for m in mark):
        return cs + 1, ce
    # (past a full stop or comma the mark closes after: "slamming Moore on CNN's "State of the Union."")
    end = ce + 1 if text[ce : ce + 1] in (".", ",") else ce
    if end < len(text) and text[end] in "'’”\"":
        opened = max(text.rfind(m, cs, ce) for m in _LONE_MARKS)
        if opened >= 0 and (opened == cs or not text[opened - 1].isalnum()):
            closing = _LONE_MARKS[text[opened]]
            if text[end] in closing and not any(text.find(m, opened + 1, ce) >= 0 for m in closing):
                return cs, end + 1
    return cs, ce


def _reported(
    text: str,
    par: Paragraph,
    sent: tuple[int, int],
    sentence: int,
    names: set[str],
    people: list[sp.Person],
    history: list[tuple[int, str, str]],
    before: tuple[int, int] | None,
) -> list[tuple[dict, Attribution]]:
    """The rows of the reported speech in one sentence of ``par`` (``before``: the paragraph's sentence before
    it, if any), each with its attribution (a poll's source for what a poll found)."""
    out = []
    for said_by, cs, ce in indirect_all(par.text, sent, names):
        attr = poll_source(par.text, sent, said_by) or _they_of_sentence_before(
            par.text, before, _they_of_main_clause(par.text, sent, said_by, names), names
        )
        attr = _pronoun_after_opener(par.text, sent, attr, names)
        cs, ce = _balanced(par.text, cs, ce)
        if cs >= ce:
            continue  # (a lone mark was all there was: "He said“")
        q = QuoteSpan(cs, ce, cs, ce)
        out.append((_row(text, par, q, "indirect", attr, sentence, False, people, history), attr))
    return out


_PRONOUN_SPEAKERS = frozenset(["he", "she", "they", "it"])


def _speakers_for_pronouns(
    rows: list[dict], text: str, people: list[sp.Person], history: list[tuple[int, str, str]]
) -> None:
    """Resolve again, now that the paragraph's quotations have their speakers, a pronoun (or a description left
    unresolved) that reports speech after one of them: reported speech is found before the quotations, so a
    pronoun in it could not refer back to a quotation's speaker before it ("A spokesman for the committee said
    the party was “closely monitoring” the delay. He did not say whether ..." had gone to a man named
    paragraphs before)."""
    quoted_by = [r["speaker_start"] for r in rows if r["kind"] != "indirect" and r["speaker_start"] is not None]
    for row in rows:
        at = row["speaker_start"]
        if row["kind"] != "indirect" or at is None or not any(q < at for q in quoted_by):
            continue
        mention = row["speaker_mention"] or ""
        # (or a description left unresolved: "In a statement, Brightline said it was “deeply sorry.” The company
        # said consumers should ...")
        # ("A senior administration official said the president “has full confidence” ... The official said":
        # the description as the speaker, at a sentence's start)
        described = mention[:4].lower() == "the " and (row["speaker"][:1].islower() or row["speaker"] == mention)
        if mention.lower() not in _PRONOUN_SPEAKERS and not described:
            continue
        before = sorted(h for h in history if h[0] < at)[-_HISTORY:]  # (in the order of the text)
        res = sp.resolve(mention, at, text, people, before)
        if (res.speaker, res.speaker_type) == (row["speaker"], row["speaker_type"]) or res.speaker_type == "unknown":
            continue
        if described and res.speaker[:1].islower():
            continue
        # (over someone already found, only an unnamed source the paragraph introduced: "the senator" after
        # “...,” may be a role left unresolved where the pronoun had found Marco Rubio)
        introduced = res.speaker_type == "anonymous" and sp.introduced_source(res.speaker)
        # (and "they" after a group quoted in this paragraph: "The authors wrote that their findings “...” But
        # they cautioned ..." had gone to the headline's "Study")
        group = mention.lower() == "they" and any(
            r["speaker"] == res.speaker and r["kind"] != "indirect" and (r["speaker_start"] or at) < at for r in rows
        )
        if row["speaker_type"] != "unknown" and not introduced and not described and not group:
            continue
        old = (at, row["speaker"], row["speaker_type"])
        if old in history:
            history.remove(old)
        row.update(speaker=res.speaker, speaker_type=res.speaker_type)
        history.append((at, res.speaker, res.speaker_type))


def _quoted(text: str, positions: list[int], single: bool) -> list[bool]:
    """Whether each of ``positions`` (in any order) in ``text`` is inside a quotation."""
    if not positions:
        return []
    if not single and QUOTE_MARK.search(text) is None:
        return [False] * len(positions)  # (most paragraphs quote nobody: no need to pair marks)
    order = sorted(range(len(positions)), key=positions.__getitem__)
    depths = quote_depth_at(text, [positions[i] for i in order], single)
    out = [False] * len(positions)
    for i, depth in zip(order, depths, strict=True):
        out[i] = bool(depth)
    return out


_ABBREVIATION_END = re.compile(r"\b[A-Z]\.$")  # "U.S. Attorney Maya D. Song": no sentence ends there
_MODIFIED_NOUN = re.compile(
    r"[’']?s? (?!(?:and|or|of|at|in|on|for|to|from|with|by|as|is|was|are|were)\b)(?P<word>[a-z][\w-]*)"
)
_NO_NOUN_TAGS = frozenset(["VBD", "VBN", "VBZ", "VBP", "MD", "RB"])


def _modifies_noun(text: str, end: int) -> bool:
    """Whether the capitalised words ending at ``end`` qualify a noun after them ("the Bernie Sanders
    campaign"), rather than being the subject of a verb ("the Camp Fire burned their house")."""
    m = _MODIFIED_NOUN.match(text, end)
    return m is not None and usual_tag(m["word"]) not in _NO_NOUN_TAGS


# "and" or "of" and capitals after a run of capitalised words: the rest of an organisation's name it may open
_NAME_GOES_ON = re.compile(r"[ \t]+(?:and|of|for|&)[ \t]+(?:[A-Z][\w.&-]*[ \t]?){1,4}")


# a common noun in the plural with its possessive mark, just before a capitalised run ("Officers’ ")
_PLURAL_MARK = re.compile(r"(?=[A-Z])\b([A-Z][a-z]+s)[’'] $")
_CAPITAL_BEFORE = re.compile(r"(?=[A-Z])\b[A-Z][\w-]* $")  # (a capitalised word right before, in the same run)


# an initial right before a name ("E. Jean Carroll"): a single capital and its dot, after a space, a comma or
# nothing (not "U.S." nor "World War I.")
_INITIAL_BEFORE = re.compile(r"(?<![\w.’'])([A-HJ-Z]\.)[^\S\n]+\Z")


_TITLE_OF_BEFORE = re.compile(r"(?=[A-Z])\b([A-Z][a-z]+) of (?:the )?$")


def _untitled_name(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The person's name in a run of capitalised words found by ``_FULL_NAME``, and where it starts in
    ``text``; None when the words name nobody."""
    if (
        text.endswith(("the ", "The "), 0, m.start())
        and m.group().split()[0].rstrip(".").lower() not in sp.title_words()
        and not _modifies_noun(text, m.end())
    ):
        # "Mark Owens of the National Oceanic and ...", "the Denver Broncos": an institution or a thing (but
        # "the Rev. Al Sharpton", and "the Bernie Sanders campaign", where the name qualifies a noun)
        return None
    close = m.end() + (text[m.end() : m.end() + 1] in (".", ",", "!", "?"))  # (‘Little Marco.’)
    if (
        m.start() > 0
        and text[m.start() - 1] in "‘“'\""
        and text[close : close + 1] in ("’", "”", "'", '"')
        and not text[close + 1 : close + 2].isalpha()  # (not a possessive: "''Hillary Clinton's statement")
    ):
        return None  # "referring to his rivals as ‘Little Marco’": a nickname in quote marks, no one introduced
    if _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) and all(
        is_common_word(w.lower()) and not sp.is_given_name(w) for w in m.group().split()
    ):
        return None  # "the North American Free Trade Agreement": the end of a longer run of capitals, no name
    plural = (
        _PLURAL_MARK.search(text, max(0, m.start() - 30), m.start())
        if text.endswith(("s’ ", "s' "), 0, m.start())
        else None
    )
    if plural and usual_tag(plural[1].lower()) == "NNS" and not sp.is_given_name(m.group().split()[0]):
        # "the Reserve Officers’ Training Corps": after a common plural's mark the name goes on (but "Reuters’
        # Luciana Lopez", "Democracy Corps’ Stan Greenberg" are people)
        return None
    rest = _NAME_GOES_ON.match(text, m.end())
    if (
        rest is not None
        and not any(sp.is_given_name(w) for w in m.group().split())  # (not "John Smith of Acme Corp.")
        and sp.is_organisation(m.group() + rest.group().rstrip())
    ):
        return None  # "the U.S. National Oceanic and Atmospheric Administration": no "National Oceanic"
    name = sp.strip_titles(m.group() + sp.generation_after(text, m.end()))  # ("Pope Leo XIV": not "Pope Leo")
    words = name.split()
    # "Although Weiner", "When Donald Trump": a capitalised sentence opener is not part of the name
    drop = 0
    # (nor a reporting verb opening an inverted attribution: "Continued Stone:")
    while drop < len(words) and (
        words[drop] in NOT_NAME_START
        or words[drop].lower() in NOT_NAME_LOW
        or (words[drop].lower() in reporting_verbs() and words[drop].endswith("ed"))
        # "Co-moderator Andrea Mitchell": a compound of common words before the name
        or (len(words) - drop > 2 and "-" in words[drop] and words[drop].split("-", 1)[1].islower())
    ):
        drop += 1
    title_of = _TITLE_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()) if drop == 0 else None
    if title_of and title_of[1].lower() in sp.title_words() and not sp.is_given_name(words[0]):
        # "Chief of Detectives Joseph Kenny", "Speaker of the House Newt Gingrich": the body the title is of
        # comes before the name, which starts at its given name
        drop = next((k for k in range(1, len(words) - 1) if sp.is_given_name(words[k])), 0)
    # ("Only McCaw can win", "Other Bush administration officials": an ordinary word opening the
    # sentence, not a given name; inside a sentence "Robin Williams" keeps both words)
    before = text[max(0, m.start() - 8) : m.start()].rstrip()
    # (after a dateline's dash too: "ATLANTA — Former Trump campaign lawyer Kenneth Chesebro")
    opens = (not before and m.start() <= 8) or (
        before.endswith((".", "!", "?", ":", "“", '"', "—", "–", " -")) and not _ABBREVIATION_END.search(before)
    )
    # (the test inside the loop: as the loop's own condition, mypyc generates C for it that does not compile)
    while True:
        if not (opens and drop < len(words) - 1 and is_common_word(words[drop])) or sp.is_given_name(words[drop]):
            break
        drop += 1
    kept = words[drop:]
    if drop and kept:  # ("Former President Bill": a title that the dropped word stood before)
        kept = sp.strip_titles(" ".join(kept)).split()
    # "Democrat Hillary Clinton", "Actor Clint Howard" (but not the "Democratic National Convention")
    while len(kept) > 2 and sp.describes_next(kept[0], kept[1]):
        kept.pop(0)
    while len(kept) > 2 and kept[-1] in _COMPASS:
        kept.pop()  # "Ted Cruz South Carolina": a place name begins after the name
    while kept and kept[-1] in sp.countries():
        # "Xi tells Biden Taiwan is ...", "told Obama Russia was ready": a country after a surname, the object's
        # clause (countries.txt leaves out those that are people's names too: "Michael Jordan")
        kept.pop()
    while kept and kept[-1] in WEEKDAY_NAMES:
        kept.pop()  # "MSNBC’s Morning Joe Monday": a day after the name, or after a show's
    while kept and kept[0] in WEEKDAY_NAMES:
        kept.pop(0)  # "On Monday Liu said": a day before the name, with no comma
    while len(kept) > 1 and usual_tag(kept[0]) == "NNPS":
        kept.pop(0)  # "Republicans Jolly and Murphy": a group before the name
    if kept and kept[-1].rstrip(".").lower() in sp.title_words() and _TITLE_GOES_ON.match(text, m.end()):
        return None  # "Pennsylvania Secretary of State Al Schmidt", "Illinois Gov. J.B. Pritzker": a title
    if kept and kept[0] in _STORMS:
        return None  # "Hurricane Lena strengthened": a storm, no one "she" can be
    titled = [k for k, w in enumerate(kept[:-1]) if w.rstrip(".").lower() in sp.title_words()]
    if titled and all(sp.is_nationality(w) or sp.is_place(w) for w in kept[: titled[0]]):
        # "Chinese President Xi" of "Chinese President Xi Jinping", which the run of three words cut short: a
        # title, found whole with its name elsewhere
        return None
    if kept and (kept[-1] in _PARTIES or kept[-1].lower() in _GROUP_NOUNS or kept[-1] in _PRIZES):
        # "Orlando Republican", "Wisconsin Democrat": a description, no name; "International Women’s Day"; "Grammy
        # Awards", "Nobel Prize", "World Cup": an honour or a contest
        return None
    # ("Marco Rubio Miss The Mark": words of a headline in title case, not a name)
    if len(kept) < 2 or sp.is_organisation(" ".join(kept)) or sp.HEADLINE_WORDS.intersection(kept[1:]):
        return None
    if sp.is_place(" ".join(kept)):
        return None  # "drivers in New York": a place, no one "she" can be
    return " ".join(kept), m.start() + (m.group().find(" " + kept[0]) + 1 if drop else 0)


_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}: +\S")
_HEADLINE_LABEL = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}): +(?P<content>\S.{10,}?)[.\s]*$")


def _headline_label(
    text: str, par: Paragraph, people: set[str], sentence: int, people_all, history, single: bool
) -> tuple[dict, Attribution] | None:
    """A headline or paragraph that gives its words to a named source before a colon ("Sanders: Brexit's
    message could draw Trump support in US"; a Q&A's "Bass: Perception lags reality. When ..."): one indirect
    attribution with cue ":", as a row and the attribution it was given. Other headlines report nothing."""
    m = _HEADLINE_LABEL.match(par.text)
    if (
        not m
        or find_quote_spans(m.group("content"), single)
        or sp.mention_type(m.group("name")) not in ("person", "organisation")
    ):
        return None
    label = m.group("name")
    if label.isupper() and sp.is_place(label.title()):  # (capitals included)
        return None  # "NEW DELHI: Prime Minister Narendra Modi on Monday said ...": a dateline, not a speaker
    # (a transcript's speaker in capitals is a name like any: "HANNITY:" is Hannity)
    if not (
        is_speaker_phrase(label, people, strict=True)
        or (label.isupper() and is_speaker_phrase(label.title(), people, strict=True))
    ):
        return None  # (a full name or a known surname: not "Washington:" or "Update:")
    if _series_label(text, par, people):
        return None
    items = [i.split() for i in m.group("content").rstrip(" .").split(",")]
    if len(items) > 2 and all(i and _title_cased(i) for i in items):
        return None  # "Iowa: Tim Albrecht, Brad Anderson, ...": a list of names, no statement
    name, cue = headline_speaker(m.group("name")) or (m.group("name"), ":")  # "Trump Slams Cruz: ‘...’": Trump's
    attr = Attribution(name, m.start("name"), m.start("name") + len(name), cue, span=par.span)
    start, end = m.start("content"), m.end("content")
    inner = par.text[start + 1 : end - 1]
    wrapped = par.text[start] in "‘'" and par.text[end - 1] in "’'" and end - start > 2
    if wrapped and "‘" not in inner and " '" not in inner and "' " not in inner and "’ " not in inner:
        start, end = start + 1, end - 1  # (a headline quotes in single marks: the words without them)
    q = QuoteSpan(start, end, start, end)
    return _row(text, par, q, "indirect", attr, sentence, False, people_all, history), attr


# a Q&A's question whose label lost its colon, and its answer's paragraph
_GLUED_QUESTION = re.compile(r"Q[A-Z][a-z’']")  # "QWhat would have happened?"
# the marks that open an answer in quotation: curly, straight, single or guillemets
_ANSWER_MARKS = "“„«\"'‘"
_ANSWER_PARAGRAPH = re.compile(r"(?P<label>A|Answer):[ \t]+(?P<content>\S(?:.*\S)?)", re.S)


def _answer_goes_on(text: str, par: Paragraph) -> bool:
    """Whether paragraph ``par``, after a Q&A's answer, goes on with it: it has no label of its own, and a question
    or answer follows later (after the last answer, the article's own words may resume)."""
    if _HEADLINE_LABEL.match(par.text) or _GLUED_QUESTION.match(par.text) or par.is_heading:
        return False
    end = par.span.to_original(len(par.text), side="end")
    return sp.QUESTION_LINE.search(text, end) is not None or sp.ANSWER_LINE.search(text, end) is not None


def _answer_row(text: str, par: Paragraph, sentence: int, people_all, history) -> dict | None:
    """A Q&A's answer paragraph ("A: I came home from school and ..."): one indirect attribution of all its words
    to the label, cue ":", which resolves to the one the interview is with (see :func:`helpers.speakers.resolve`);
    None for any other paragraph."""
    m = _ANSWER_PARAGRAPH.match(par.text)
    if m is None:
        return None
    attr = Attribution(m["label"], m.start("label"), m.end("label"), ":", span=par.span)
    q = QuoteSpan(m.start("content"), m.end("content"), m.start("content"), m.end("content"))
    return _row(text, par, q, "indirect", attr, sentence, False, people_all, history)


def _series_label(text: str, par: Paragraph, people: set[str]) -> bool:
    """Whether paragraph ``par`` opens with a series' label and a colon, not a speaker's name: "The Latest: Cruz
    to give away shotgun" (no one's name opens with "The"), or ordinary words, "Just Leaked: Look at ...", "Fact
    Check: ...", "Paid Notice: Deaths ..." (unless they open with a given name or a known name, or their last
    word is met again in the article); one word too: "Analysis: Why Trump's attacks matter"."""
    m = _HEADLINE_LABEL.match(par.text)
    if not m or sp.mention_type(m.group("name")) not in ("person", "organisation"):
        return False
    if m.group("name").startswith("The "):
        return True
    name = headline_speaker(m.group("name"))
    words = sp.strip_titles(name[0] if name else m.group("name")).split()
    if len(words) == 1 and words[0].lower() in KICKERS:
        return True  # "Analysis: Why ...", "WATCH: ..." (but "Poll: ...", "Report: ..." say whose the words are)
    if 1 < len(words) <= 3 and words[-1].lower() in ("note", "notes", "disclosure", "clarification", "correction"):
        return True  # "EDITOR'S NOTE: This story contains ...", "Author's note:": the paper's own words
    return (
        len(words) > 1
        and all(usual_tag(w.lower()) for w in words)  # (words any dictionary holds)
        and not sp.is_given_name(words[0])
        and not any(n.split()[-1] == words[0] for n in people)
        and not _met_elsewhere(words[-1], text, par)
    )


def _met_elsewhere(word: str, text: str, par: Paragraph) -> bool:
    """Whether ``word`` is in the article ``text`` outside paragraph ``par``."""
    found = re.compile(rf"\b{re.escape(word)}\b")
    start, end = par.span.to_original(0), par.span.to_original(len(par.text), side="end")
    return found.search(text, 0, start) is not None or found.search(text, end) is not None


_MID_CAPITAL = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[a-z]+\b(?![’'.-])")  # (opens on the capital: see _FULL_NAME)


def _transcript_labels(paragraphs: list[Paragraph]) -> set[str]:
    """The speakers of a transcript, by the label in capitals that opens two of its paragraphs or more ("POWELL: I've
    had no contact."), as names ("Powell"), though the article names them nowhere else; not a question's or an
    answer's label, nor a kicker's ("UPDATE:") or a dateline's ("NEW DELHI:")."""
    labels = Counter(
        m.group().rsplit(":", 1)[0] for par in paragraphs if (m := _CAPITALS_LABEL.match(par.text)) is not None
    )
    return {
        name
        for label, n in labels.items()
        if n > 1
        and label.lower() not in KICKERS | {"q", "a", "question", "answer"}
        and not sp.is_place(name := label.title())
    }


def _capitalised_only(text: str) -> set[str]:
    """Ordinary English words that the article capitalises inside sentences and never writes in lower case
    ("Trump", "Will", "Rice"): names here, to be trusted alone as speakers like any known surname."""
    words = {w for w in set(_MID_CAPITAL.findall(text)) if w.lower() not in TIME_WORDS and is_common_word(w)}
    # a few words each: looking each up costs less than listing every lower-case word of the text
    return {w for w in words if not written_alone(text, w.lower(), joined_before="_’'-")}


def _same_words(text: str) -> str:
    return " ".join(LOWER_WORD.findall(text.lower()))


def _merge_repeats(
    rows: list[dict], duplicate_of: dict[int, int], fuller: set[int], headlines: set[int], originals: dict[int, str]
) -> list[dict]:
    """One row per quotation of a repeated paragraph (a pull quote, a paragraph printed twice): the first
    one, unless only the repeat names its speaker (“...” ¶ Dean Baker. ... “...,” said Dean Baker, ...) or only
    the repeat has a reporting verb of its own (the first's speaker was carried from the paragraph before), or
    the first is a headline's and the repeat one of the ``fuller`` paragraphs (the body's sentence that the
    headline quotes: “We do not pay candidates ...,” Zucker said during a discussion ...), in which case the
    repeat's row replaces it. What only a repeat says stays when the repeat is fuller or when its words are
    nowhere in the first (``originals``: paragraph -> its words): a lede repeated with a new quotation after
    it ("... in the fall. ''He is running a parallel policy campaign,'' said Senator Tim Scott")."""
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
        words = _same_words(row["text"])
        earlier = first.get((original, words))
        body_version = original in headlines and row["paragraph"] in fuller
        if earlier is not None and (
            (earlier["speaker_start"] is None and row["speaker_start"] is not None)
            or (not earlier["cue"] and row["cue"] and row["speaker_start"] is not None)
            or body_version
        ):
            replaced.setdefault(id(earlier), row)
        elif earlier is None and (row["paragraph"] in fuller or words not in originals[original]):
            kept.append(row)
    return [replaced.get(id(row), row) for row in rows if row["paragraph"] not in duplicate_of] + kept


_SIGNATURE = re.compile(r"\s*[―—–-]\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)\.?\s*(?:,.{0,80})?$")


def _sign_run(rows: list[dict], run_rows: list[int]) -> None:
    """Give the paragraphs of a quotation that runs over several (an opening mark on each, the closing one on
    the last) the speaker named where it ends, when they have none of their own: “... ¶ “... ¶ “...,” said
    union leader Dave Brooks (not the speaker quoted before the run, nor nobody)."""
    last = rows[-1]
    for i in run_rows:
        rows[i].update({k: last[k] for k in _SPEAKER_FIELDS})
    run_rows.clear()


_SPEAKER_FIELDS = ("speaker", "speaker_mention", "speaker_start", "speaker_end", "speaker_type", "cue")


def _signed_below(paragraphs: list[Paragraph], index: int) -> Attribution | None:
    """A quotation paragraph signed by the next one: “...” ¶ "- Hillary Clinton." (or "-President Obama,
    tweeting after Clinton's speech."), as fact checks and "quotable" boxes print them."""
    nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    m = _SIGNATURE.match(nxt.text) if nxt is not None else None
    if m is None and nxt is not None:
        # or by a sentence that names whose words they were: “...” ¶ "Those were the words of Rep. Ilhan Omar."
        named = _named_after(nxt.text, tokenize(nxt.text, 0, len(nxt.text), []))
        return replace(named, span=nxt.span) if named is not None else None
    if m is None or sp.mention_type(m.group("name")) not in ("person", "role"):
        return None
    name = m.group("name")
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name[:-1]  # the full stop, not an initial's
    return Attribution(name, m.start("name"), m.start("name") + len(name), "—", span=nxt.span)


def _paragraph_attribution(
    text: str, sents: list[tuple[int, int]], si: int, quotes: list[QuoteSpan], people: set[str]
) -> Attribution | None:
    """A quotation alone in its sentence takes the attribution of a neighbouring sentence of its paragraph:
    one that introduces it with a colon, attributes another quotation, or has a speaker and reporting verb."""
    for sj in (si - 1, si + 1):
        if not 0 <= sj < len(sents):
            continue
        inside = [o for o in quotes if sents[sj][0] <= o.open_at < sents[sj][1]]
        toks = tokenize(text, *sents[sj], [(o.open_at, o.outer_end) for o in inside])
        if sj == si - 1 and inside:
            turn = _turn_taken(text, toks, people)
            if turn is not None:
                return turn
        if sj == si + 1 and inside and text[sents[si][0] : sents[si][1]].rstrip()[-2:-1] in ("?", "!"):
            # "“... Is it two? Three?” Clinton asks as a maintenance man walks in, saying he is “...”": the
            # tag right after a question, cut off as a sentence of its own, before the next quotation's speaker
            tag = _opening_tag(text, toks, people)
            if tag is not None:
                return tag
        masked = masked_sentence(text, sents[sj], inside) if inside else None
        for o in inside:
            found = attribute(text, sents[sj], o, inside, people, None, masked)
            if found:
                return found
        if sj == si - 1 and text[sents[sj][0] : sents[sj][1]].rstrip().endswith(":"):
            subject = sentence_subject(text, toks, people)
            if subject:
                return Attribution(subject[0], subject[1], subject[2], ":")
        if sj == si + 1:
            after = _named_after(text, toks)
            if after is not None:
                return after
        for v in verb_indexes(toks):
            # a neighbour that opens with its speaker ("Bystrom agreed.") or says/tells/adds anywhere
            # (or past an apposition on the name that opens it: "Murphy, the head of Right to Rise USA, tweeted")
            near = toks[v].low in SPEECH_CORE or v <= 5
            if not near and toks[v - 1].text != ",":
                continue
            found = _subject_speaking(text, toks, v, people, opening=not near)
            if found is not None:
                return found
    return None


def _opening_tag(text: str, toks: list[Tok], people: set[str]) -> Attribution | None:
    """The name and reporting verb that open a sentence ("Clinton asks as ..."), else None."""
    v = next(iter(verb_indexes(toks)), None)
    if v is None or v > 5 or not toks[v].text.islower():
        return None
    return _subject_speaking(text, toks, v, people, opening=True)


def _subject_speaking(text: str, toks: list[Tok], v: int, people: set[str], *, opening: bool) -> Attribution | None:
    """The subject of the reporting verb at ``v`` with the verb as its cue, when it can be a speaker (with
    ``opening``, only a subject that opens the sentence), else None."""
    rng = subject_left(toks, v)
    if not rng or (opening and rng[0] != 0):
        return None
    phrase, a, b = span_text(text, toks, rng)
    return Attribution(phrase, a, b, cue_at(toks, v)) if is_speaker_phrase(phrase, people, strict=False) else None


def _named_after(text: str, toks: list[Tok]) -> Attribution | None:
    """The sentence after a quotation that names whose it was: "So said Senator Jane Smith on Tuesday.",
    "Those were the words of Senator Jane Smith.", "That quote from Commissioner Thomas Krebs appeared ..."."""
    k = None
    if len(toks) > 2 and toks[0].low in ("so", "thus") and toks[1].low in SPEECH_CORE:
        k = 1  # "So said Smith."
    elif (
        len(toks) > 4
        and toks[0].low in ("that", "this")
        and toks[1].low in ("was", "is", "’s", "'s")
        and toks[2].low == "how"
    ):
        k = 2  # "That was how Senator John Kerry summed up his career."
    elif len(toks) > 4 and toks[0].low in ("that", "this", "those", "these", "such"):
        # "Those were the words of Smith", "That quote from Smith appeared"
        m = next((m for m in range(1, min(len(toks) - 1, 6)) if toks[m].low in ("of", "from", "by")), None)
        if m is not None and any(t.low in _WORDS_SPOKEN for t in toks[1:m]):
            k = m
    if k is None:
        return None
    rng = object_right(toks, k)
    if rng is None:
        return None
    if toks[rng[0]].text[0].isupper():  # a name ends where the sentence goes on: "Thomas Krebs appeared on ..."
        end = next((e for e in range(rng[0], rng[1]) if toks[e].text[0].islower() and looks_like_verb(toks, e)), None)
        rng = (rng[0], end) if end is not None and end > rng[0] else rng
    phrase, a, b = span_text(text, toks, rng)
    if sp.mention_type(phrase) not in ("person", "organisation", "anonymous"):
        return None
    if toks[0].low in ("so", "thus"):
        return Attribution(phrase, a, b, toks[k].text)
    if toks[k].low == "how":
        verb = next((t for t in toks[rng[1] :] if t.text.islower()), None)
        return Attribution(phrase, a, b, verb.text if verb is not None else "how")
    noun = next(t for t in toks[1:k] if t.low in _WORDS_SPOKEN)
    return Attribution(phrase, a, b, f"{noun.text} {toks[k].text}")  # "quote from", "words of"


_WORDS_SPOKEN = frozenset("quote quotation words remark remarks comment comments line verdict message".split())


def _turn_taken(text: str, toks: list[Tok], people: set[str]) -> Attribution | None:
    """ "“...,” Ebeling said, and her husband chimed in.": a sentence after a quotation that ends by handing the
    floor to another speaker, who says the next quotation."""
    verbs = verb_indexes(toks)
    if not verbs or not all(t.text in (".", "!") or t.low in _TURN_PARTICLES for t in toks[verbs[-1] + 1 :]):
        return None
    v = verbs[-1]
    rng = subject_left(toks, v)
    if rng is None or rng[0] < 3 or toks[rng[0] - 1].low not in ("and", "but", "then") or toks[rng[0] - 2].text != ",":
        return None
    if not any(t.text == "¶" for t in toks[: rng[0]]):
        return None
    phrase, a, b = span_text(text, toks, rng)
    return Attribution(phrase, a, b, cue_at(toks, v)) if is_speaker_phrase(phrase, people, strict=False) else None


_TURN_PARTICLES = frozenset(["in", "up", "back", "on"])


def _interview_question(text: str, sents: list[tuple[int, int]]) -> bool:
    """A paragraph that is one short question and nothing else, as an interviewer's in a Q&A: "Will numbers
    fall?", "What do universities say?"."""
    stripped = text.strip()
    return len(sents) == 1 and stripped.endswith("?") and len(stripped.split()) <= 15 and not QUOTE_MARK.search(text)


def _stage_direction(text: str) -> bool:
    """A paragraph that only tells what someone does between lines, with no one named and nothing said: "She
    pauses.", "Pause.", "He nods." (not "Trump spoke.", "He said no.", nor "He laughs again.", a tag's verb)."""
    text = text.strip()
    words = text[:-1].split()
    if not text.endswith((".", "!")) or not 1 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return False
    if len(words) == 1:
        return words[0].istitle() and is_common_word(words[0].lower())
    # (or what the audience does: "The crowd roared.", "The audience laughed.")
    audience = len(words) > 2 and words[0] == "The" and words[1] in _AUDIENCES
    return (
        (words[0] in ("He", "She", "They") or audience)
        and all(w.islower() for w in words[1:])
        and not any(w in reporting_verbs() for w in words[1 + audience :])
    )


_AUDIENCES = frozenset(["crowd", "audience", "room", "hall"])


def _paragraph_about(text: str, last: tuple[int, int], par: Paragraph, people: set[str]) -> Attribution | None:
    """The person a paragraph without quotations is about, as its last sentence's subject: a pronoun, a role or a
    known name ("Viguerie is upbeat about Cruz’s chances ..."), for a quotation paragraph after it."""
    found = sentence_subject(text, tokenize(text, *last, []), people)
    kind = sp.mention_type(found[0]) if found else ""
    if kind in ("pronoun", "role") or (kind == "person" and any(n.split()[-1] == found[0].split()[-1] for n in people)):
        return Attribution(found[0], found[1], found[2], "", span=par.span)
    return None


def _previous_subject(
    text: str, sents: list[tuple[int, int]], si: int, quotes: list[QuoteSpan], people: set[str], q: QuoteSpan
) -> Attribution | None:
    """ "Clinton touted her credentials as a co-sponsor of the bill. “We need to ...”": a quotation that is a
    sentence of its own goes on from the person the sentence before it is about."""
    if si == 0 or text[sents[si][0] : q.open_at].strip() or text[q.outer_end : sents[si][1]].strip(" .\n"):
        return None
    toks = tokenize(text, *sents[si - 1], [(o.open_at, o.outer_end) for o in quotes])
    found = sentence_subject(text, toks, people)
    if found and (sp.mention_type(found[0]) in ("person", "pronoun", "role") or _one_described(found[0])):
        return Attribution(found[0], found[1], found[2], "")
    return None


def _one_described(phrase: str) -> bool:
    """Whether a phrase is one person described with "the" ("The Texas Democrat", "the official"), who may be
    someone named before; not a group ("the protesters")."""
    head = sp.head_noun(phrase)
    return (
        phrase[:4].lower() == "the "
        and sp.mention_type(phrase) == "anonymous"
        and not head.endswith("s")
        and usual_tag(head.lower()) != "NNS"
    )


# (the comma may close the quotation: “doomed,” adding that ...)
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|(?:,|(?<=,[”\"’']))\s(?:and|but|while|whereas|calling|saying|adding)\s"
    # (or a noun in apposition that describes the words quoted: “...,” a phrase critics said echoed ...)
    r"|(?:,|(?<=,[”\"’']))\s(?:an?|the)\s(?:\w+\s)?(?:phrase|term|remark|comment|claim|charge|allegation|"
    r"characterization|description|word|label|line|reference)s?\b"
)


_AND_VERB = re.compile(r"\s(?:and|but)\s+([a-z]+)\b")
# what the speaker would not say: “generous” but did not give details, “...” and declined to comment
_AND_DECLINED = re.compile(
    r"\s(?:and|but)\s+(?:(?:did|would|could)\s+not|didn[’']t|wouldn[’']t|declined\s+to|refused\s+to)\s"
)


def _next_report_after(text: str, start: int, end: int, cue: list[str]) -> int | None:
    """Where the speaker's next report joins on after a partial quotation: “crazy” and said ..., “insanity” and
    warned of ...: a reporting verb in the cue's tense right after "and" or "but" (a verb that is no report, or
    one in another form, may belong to the reported clause: "said the plant was “a wreck” and closed"); or
    what the speaker would not say: “generous” but did not give details."""
    declined = _AND_DECLINED.search(text, start, end)
    fallback = declined.start() if declined else None
    m = _AND_VERB.search(text, start, declined.start() if declined else end)
    if m is None or m.group(1) not in reporting_verbs():
        return fallback
    verb, own = m.group(1), cue[0] if cue else ""
    ing = verb.endswith("ing")
    if ing != own.endswith("ing") or (not ing and usual_tag(verb) not in ("VBD", "VBN", "VBZ")):
        return fallback
    return m.start()


def _before_relative(words: list[Tok]) -> list[Tok]:
    """``words`` up to a relative pronoun ("a close friend of Mrs. Clinton's" of "... who died in 2000")."""
    return next((words[:i] for i, t in enumerate(words) if t.low in ("who", "which", "that")), words)


def _partial_content(text: str, sent: tuple[int, int], q: QuoteSpan, attr: Attribution | None) -> tuple[int, int]:
    """The reported clause around a partial quotation: what the speaker is said to have said.

    "Morris says the campaign will “compete vigorously.”" -> "the campaign will “compete vigorously.”".
    """
    if attr is None or not sent[0] <= attr.start < sent[1]:
        return q.start, q.end
    if attr.end <= q.open_at:
        toks = tokenize(text, attr.end, sent[1], [])
        # after the attribution's own verb ("Obama said he expected that Americans will say “no”": what he
        # said, not what Americans will say), else the verb of saying nearest the quotation ("Clinton has
        # taken a swipe at ..., saying that"; not "the State Department")
        cue = attr.cue.lower().split()
        own = next((i for i, t in enumerate(toks) if t.start < q.open_at and cue and t.low == cue[0]), None)
        if own is not None:
            k = own + 1
            while k < len(toks) and k - own < len(cue) and toks[k].low == cue[k - own]:
                k += 1  # (the cue's other words: "fired back", "told reporters")
        else:
            verbs = [
                i for i, t in enumerate(toks) if t.start < q.open_at and t.low in reporting_verbs() and t.text.islower()
            ]
            k = verbs[-1] + 1 if verbs else 0
        if own is None and attr.cue.lower() == "according to" and k < len(toks) and toks[k].text == ",":
            # past the source's apposition: "According to Thomas Vinje, a competition lawyer in Brussels, the
            # Commission “wanted ...”"
            close = next((i for i in range(k + 1, len(toks)) if toks[i].text == ","), None)
            if (
                close is not None
                and toks[close].start < q.open_at
                and toks[k + 1].low in ("a", "an", "the")
                and not any_verb_form(_before_relative(toks[k + 2 : close]))
            ):
                k = close + 1
        rest = past_adverbials(toks[k:])  # ("said in a phone interview that ...", "said on X that ...")
        if rest and rest[0].start < q.open_at:
            k = len(toks) - len(rest)
        if own is not None and k == own + 1 and toks[own].low in TOLD_VERBS and k < len(toks):
            # past whom it was told to: "told reporters the agency would “move quickly”", "told CNN that"
            heard = past_listener(toks[k:])
            if heard and toks[k + heard - 1].start < q.open_at:
                k += heard
        while k < len(toks) and toks[k].low in ("that", ",", ":", "—"):
            k += 1
        if k >= len(toks) or toks[k].start > q.open_at:
            return q.start, q.end
        end = sent[1]
        # the reported clause ends where another clause joins on: “...,” and threatened to ...
        tail = _CLAUSE_BREAK.search(text, q.outer_end, end)
        if tail:
            end = tail.start()
        if (report := _next_report_after(text, q.outer_end, end, cue)) is not None:
            end = report
        while end > q.outer_end and text[end - 1] in " .;,-—–":  # (" - and argued": the dash is no content)
            end -= 1
        return toks[k].start, end
    if attr.start >= q.outer_end:
        # "The promise to “take our country back” ... appeals to lesser-educated whites ..., said Alan
        # Abramowitz": the clause up to the comma before the attribution
        comma = text.rfind(",", q.outer_end, attr.start)
        end = comma if comma > q.outer_end and text[q.outer_end : comma].strip() else q.outer_end
        return sent[0], end
    return q.start, q.end


def _named_in_own_report(
    pronoun: str, speaker: str, at: int, text: str, start: int, end: int, aside: bool = False
) -> bool:
    """Whether the pronoun ``pronoun`` at ``at``, after the opening of the report ``start``..``end`` it tags, was
    resolved to ``speaker`` whom that report names (by the last word of the name); with ``aside``, whether the
    pronoun's tag is an aside right after that name ("Mr. Scholz, he said, had ...")."""
    if pronoun.lower() not in ("he", "she") or not start < at or " " not in speaker:
        return False
    surname = speaker.split()[-1]
    if aside:
        before = text[max(0, start) : end].rstrip()
        return before.endswith(f"{surname},") and not before[-len(surname) - 2 : -len(surname) - 1].isalnum()
    # (found as a literal, its ends checked: no pattern to compile per name)
    named = text.find(surname, start, end)
    while named >= 0:
        after = named + len(surname)
        whole = not text[named - 1 : named].isalnum() and not text[after : after + 1].isalnum()
        # (not inside words the speaker quotes: "He always whispered in my ear, ‘Billie Jean King, you are the
        # Queen,’" she said)
        if whole and len(_INNER_OPEN.findall(text, start, named)) <= len(_INNER_CLOSE.findall(text, start, named)):
            return True
        named = text.find(surname, named + 1, end)
    return False


# the verb of a tag between commas, closing the aside: " said," (not "As for Trump, he said he's not worried")
_TAG_ASIDE_END = re.compile(r"\s+[a-z]+,")
_INNER_OPEN = re.compile(r"(?:^|(?<=[\s(“\"]))[‘']")
_INNER_CLOSE = re.compile(r"[’'](?=[\s,.;:!?)”\"]|$)")


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
        attr = tidy_mention(attr)
    if attr is not None:
        ms, me = (attr.span or par.span).span_to_original(attr.start, attr.end)
        # only the recent past can be an antecedent; bounding it keeps huge articles linear
        # a transcript's label in capitals ("PENCE:") names the person the article calls Mike Pence
        said_by = attr.mention.title() if attr.cue == ":" and attr.mention.isupper() else attr.mention
        if attr.antecedent is None:
            # (what was mentioned before it: a paragraph's reported speech, found first, may come later)
            res = sp.resolve(said_by, ms, text, people, [h for h in history[-_HISTORY:] if h[0] < ms])
            if res.speaker_type == "person" and (
                (kind == "direct" and _named_in_own_report(said_by, res.speaker, ms, text, start, end))
                # (or the subject its aside follows: "Mr. Scholz, he said, had demanded ...")
                or (
                    kind == "indirect"
                    and _TAG_ASIDE_END.match(text, me)
                    and _named_in_own_report(said_by, res.speaker, ms, text, ms - 40, ms, aside=True)
                )
            ):
                # "“Scholz broke his word,” he said": a pronoun is not the one named in the words it tags (the
                # reporter's own words may name the speaker, "Though Ms. Olivieri has lived ..., she said", and so
                # may a partial quotation's sentence), but someone before them
                # (not that one by any form of the name: "Donald Trump" after "Donald J. Trump")
                surname = res.speaker.split()[-1]
                others = [p for p in people if p.name.split()[-1] != surname]
                recent = [h for h in history[-_HISTORY:] if h[0] < ms and h[1].split()[-1:] != [surname]]
                again = sp.resolve(said_by, ms, text, others, recent)
                if again.speaker_type == "person" and again.speaker != res.speaker:
                    res = again
        else:  # the mention is whom the sentence names before it
            before = attr.antecedent
            bs, _ = (before.span or par.span).span_to_original(before.start, before.end)
            res = sp.resolve(before.mention, bs, text, people, [h for h in history[-_HISTORY:] if h[0] < bs])
            wanted = sp.pronoun_gender(said_by)
            if wanted and res.speaker_type == "person" and _gender_of(res.speaker, people) not in ("", wanted):
                # (a role's holder of the other sex is not whom the pronoun means: "Gov. Gavin Newsom toured ...
                # with Mayor Karen Bass. The governor declared ... “...,” she said")
                res = sp.resolve(said_by, ms, text, people, [h for h in history[-_HISTORY:] if h[0] < ms])
        relative = attr.mention in ("who", "Who") or attr.mention in THING_RELATIVES  # (not "the WHO")
        if relative and attr.antecedent is None:  # (else whom the sentence names before it)
            res = _resolve_relative(text, ms, attr.mention.lower() == "who", people, history)
        elif (
            is_document(attr.mention)
            and (
                res.speaker_type == "unknown"
                # (but a person the article names and says wrote it: "Pedro Martinez said in a letter ... The letter
                # said")
                or (
                    res.speaker_type == "person"
                    and not (sp.names_document(attr.mention) and any(p.name == res.speaker for p in people))
                )
                or sp.head_noun(attr.mention) in sp.POLL_HEADS
                or " " not in attr.mention  # (a headline's "Study finds ...")
            )
        ) or figures_show(attr.mention, attr.cue):
            # "Research suggests", "the IG review found": no person, so the phrase itself, typed unknown
            res = sp.Resolution(text[ms:me], "unknown")
        elif (
            res.speaker_type == "person"
            and res.speaker == sp.strip_titles(text[ms:me])
            and (_WHICH.match(text, me) or _BODY_APPOSITIVE.match(text, me))
            # (not a given name and a surname: "Eric Meyer, the publisher, said" is the paper's man)
            and not (" " in res.speaker and sp.is_given_name(res.speaker.split()[0]))
        ):
            # "Novo Nordisk, which makes the drug, said", "Color of Change, a civil rights group, called": a name a
            # relative "which" or a body's description follows is no person's
            res = sp.Resolution(res.speaker, "organisation")
        row.update(
            speaker=res.speaker,
            speaker_mention=text[ms:me],
            speaker_start=ms,
            speaker_end=me,
            speaker_type=res.speaker_type,
            cue=attr.cue,
        )
        if res.speaker_type == "person" and attr.mention in _GENDERED_PRONOUNS:
            _learn_gender(people, res.speaker, _GENDERED_PRONOUNS[attr.mention])
        # (a description a relative pronoun stands for is no one new to refer back to: "a candidate who thinks
        # ... They acknowledge")
        # (nor is nobody; but a document is, for "it": "The lawsuit contends ... It goes on to")
        known = res.speaker_type != "unknown" or sp.names_document(res.speaker)
        # (nor a transcript's speaker, whose "he" is someone spoken of: "TAPPER: ... ¶ FALLIN: ... he talked about")
        transcript = attr.cue == ":" and len(text[ms:me]) > 1 and text[ms:me].isupper()
        # (nor an unnamed questioner, whose "he" is the one who answers: "when a reporter asked if he was
        # reversing his pledge. ¶ “You know, ...,” he said")
        questioner = res.speaker_type == "anonymous" and attr.cue.split(" ")[0].lower() in _ASKING
        if (
            known
            and not transcript
            and not questioner
            and not (relative and res.speaker_type == "anonymous" and not _definite(res.speaker))
        ):
            history.append((ms, res.speaker, res.speaker_type))
    return row


_ASKING = frozenset("asked asks asking wondered questioned".split())
_GENDERED_PRONOUNS = {"he": "m", "He": "m", "she": "f", "She": "f"}


def _learn_gender(people: list[sp.Person], name: str, gender: str) -> None:
    """Give ``name`` the gender of a pronoun that was resolved to it, where the article had shown none (so that
    "she said" of Ruthzee Louijeune keeps a later "he" from her); ``people`` is changed in place. Only a full
    name learns: a surname alone may be someone else's ("Obama" after "Mrs. Obama"), and a wrong "she" would
    then keep every later "he" from him."""
    if " " not in name:
        return
    for i, p in enumerate(people):
        if p.name == name and not p.gender:
            people[i] = replace(p, gender=gender)


def _definite(description: str) -> bool:
    """Whether an unnamed source is one the reader can point to: "the county's former auditor", "his lawyer"
    (not "a candidate", "voters")."""
    return (
        description.split(" ", 1)[0].lower() in ("the", "his", "her", "their", "its")
        or "’s " in description
        or "'s " in description
    )


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*\s?){1,4}$")
# a body's name with its small words: "the Council on Foreign Relations", "Planned Parenthood Association of Utah"
_BODY_BEFORE = re.compile(r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'.&-]*){1,7}$")
_AGE_AFTER_NAME = re.compile(r"(?<=[a-z]),\s+\d{1,3}$")
_WHEN_BEFORE = re.compile(
    r"(?<=[a-z])\s+(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year)(?:\s+(?:morning|afternoon|evening|night))?$"
)
# a lawmaker's party and state after the name: "Sen. Amy Klobuchar, D-Minn.", "Rep. Joe Wilson (R-S.C.)"
_PARTY_AFTER_NAME = re.compile(rf"(?<=[a-z])(?:,\s+{sp.PARTY_TAG}|\s+\({sp.PARTY_TAG}\))$")
_NAME_PLACED_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:on|at|in|during)\s+(?:the\s+)?[a-z]+$"
)
_DESCRIPTION_BEFORE = re.compile(
    r"\b(?i:the|an?|its|their|his|her|our|one|another)(?:\s+(?!(?i:the|an?|of|from|in|at|for|with|to|by|on)\b)[\w’'-]+){1,5}$"
)


# someone unnamed and where they are from, before a place's name: "One mother in ", "a nurse from "
# (or people in the plural: "used by researchers at Cornell University, who say")
_DESCRIBED_BEFORE_PLACE = re.compile(
    r"\b((?i:an?|one|another)(?:\s+[a-z][\w’'-]*){1,3}|[a-z][\w-]*s)\s+(?:in|from|at)\s+(?:the\s+)?$"
)
# a role and what it is of, before the name of the place or body: "the mayor of ", "the king of "
_ROLE_BEFORE_PLACE = re.compile(r"\b((?i:the)(?:\s+[a-z][\w’'-]*){1,3})\s+of\s+(?:the\s+)?$")


_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+\s+){0,3}[\w’'-]+$")
_MORE_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+\s+){0,6}[\w’'-]+$")


# bodies in the plural that a "who" can be on: "siding with civil rights groups who argued"
_BODIES = frozenset("groups organizations organisations unions companies firms associations charities".split())


def _group_before(before: str) -> str | None:
    """The people a restrictive "who" is on when a plural noun for them ends ``before``, with the words that
    describe them ("rebuked Republican critics", "dismissed the residents"; not past a verb: "The mayor
    dismissed residents" is "residents")."""

    def group(w: str) -> bool:
        return (w in sp.anonymous_heads() or w in _BODIES) and w.endswith("s")

    m = _WORDS_BEFORE.search(before)
    words = m.group().split() if m else []
    if words and not group(words[-1]):
        m = _MORE_WORDS_BEFORE.search(before)
        words = m.group().split() if m else []

    # (or the noun before a short phrase on what they are for or where: "praise from advocates for changing
    # sentencing laws, who have urged")
    k = next(
        (
            j - 1
            for j in range(len(words) - 2, max(0, len(words) - 6), -1)
            if words[j] in _GROUP_PHRASE_PREPOSITIONS and group(words[j - 1])
        ),
        None,
    )
    k = len(words) - 1 if words and group(words[-1]) else k
    if k is None:
        return None
    while k > 0 and (
        usual_tag(words[k - 1].lower()) in ("JJ", "NN", "NNS")
        or words[k - 1].endswith(("’s", "'s"))  # ("his show’s listeners")
        or (words[k - 1][0].isupper() and usual_tag(words[k - 1].lower()) not in ("DT", "IN", "VBD", "VBZ", "VBP"))
    ):
        k -= 1
    if k > 0 and usual_tag(words[k - 1].lower()) in ("DT", "PRP$"):
        k -= 1  # ("the residents", "some critics", "his show’s listeners")
    if k == 0 and len(words) > 1 and words[0].endswith("ing") and before[: m.start()].rstrip().endswith(","):
        k = 1  # a participle opening its clause, whose object they are: "a record high, alarming scientists who say"
    return " ".join(words[k:])


_GROUP_PHRASE_PREPOSITIONS = frozenset(["for", "of", "in", "from", "at"])


def _apposed_name(before: str, start: int) -> re.Match[str] | None:
    """The name right before a comma that ends ``before[:start]``, which the description at ``start`` is in
    apposition to ("Giulia Rossi, a teacher from Naples"), else None."""
    prefix = before[:start].rstrip()
    return _NAME_BEFORE.search(prefix[:-1]) if prefix.endswith(",") else None


# a name and "of" before a place's name: "Senator John McCain of "
_NAME_OF_BEFORE = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s+of\s+$")


def _resolve_relative(
    text: str, position: int, person: bool, people: list[sp.Person], history: list[tuple[int, str, str]]
) -> sp.Resolution:
    """Whom the relative pronoun at ``position`` stands for (``person``: "who"; else "which" or "that"): the name
    right before it ("Mayor Jane Doe, who said"), or the one a description before it is in apposition to ("Scott
    Reed, the Chamber's chief political strategist, who added"), or the description itself ("the mayor, who
    said"; "a sign that read", a thing, never a person)."""
    before = text[max(0, position - 160) : position].rstrip(" ,—–-(")  # (also "Trump — who", "(who")
    before = _AGE_AFTER_NAME.sub("", before)  # "Ryan Cole, 31, who had testified": the name before the age
    before = _WHEN_BEFORE.sub("", before)  # "from council members on Tuesday, who said": the members, not the day
    before = _PARTY_AFTER_NAME.sub("", before)  # "Sen. Amy Klobuchar, D-Minn., who said": hers
    m = _NAME_BEFORE.search(before)
    body = _BODY_BEFORE.search(before) if m is not None and not person else None
    if body is not None and body.start() < m.start() and sp.is_organisation(body.group()):
        m = body  # "Planned Parenthood Association of Utah, which argued": the body's whole name, not "Utah"
    whose = _NAME_OF_BEFORE.search(before, 0, m.start()) if m is not None and person else None
    place = m.group().strip() if whose else ""
    if whose and sp.mention_type(whose[1]) == "person" and not sp.is_given_name(place.split()[0]):
        # "Senator John McCain of Arizona, who had criticized": the senator, not the state he is from
        return sp.resolve(whose[1], position, text, people, history)
    if m is not None and person and (described := _DESCRIBED_BEFORE_PLACE.search(before, 0, m.start())):
        # "One mother in Seminole, who asked": the mother, not the place (unless the name is someone's)
        phrase = before[described.start() :].strip()
        if sp.mention_type(described.group(1)) == "anonymous" and not any(
            p.name.endswith(m.group().strip()) for p in people
        ):
            named = _apposed_name(before, described.start())
            if named and sp.mention_type(named.group().strip()) == "person":
                # "Giulia Rossi, a teacher from Naples, who said": the name the description is in apposition to
                return sp.resolve(named.group().strip(), position, text, people, history)
            return sp.resolve(phrase, position, text, people, history)
    if m is not None and person and (role := _ROLE_BEFORE_PLACE.search(before, 0, m.start())):
        # "the mayor of Chicago, who said": the mayor, not the city
        phrase = before[role.start() :].strip()
        if sp.mention_type(role.group(1)) == "role" and not any(p.name.endswith(m.group().strip()) for p in people):
            return sp.resolve(phrase, position, text, people, history)
    placed = _NAME_PLACED_BEFORE.search(before) if m is None and person else None
    if placed:  # a name and where it was: "Bundy says to Santilli on camera, who responds"
        return sp.resolve(placed.group("name"), position, text, people, history)
    group = _group_before(before) if m is None and person else None
    if group:  # "Obama rebuked critics who say": the critics
        return sp.resolve(group, position, text, people, history)
    if m is None:
        m = _DESCRIPTION_BEFORE.search(before)
        if m is None:
            return sp.Resolution("unknown", "unknown")
        named = _apposed_name(before, m.start())
        if person and named:
            m = named  # an apposition: the name it describes
    phrase = m.group().strip().rstrip(",")
    res = sp.resolve(phrase, position, text, people, history)
    if person:
        return res
    if is_document(phrase) or res.speaker_type == "unknown":
        # "the report, which notes", as "the report says"; "the banner, which read": the thing itself, no one
        return sp.Resolution(phrase, "unknown")
    return sp.Resolution(res.speaker, "organisation" if res.speaker_type == "person" else res.speaker_type)
