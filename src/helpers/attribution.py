"""The speaker and cue of one quotation, read from the words of its sentence (no parser model).

:func:`attribute` tries, in order: a label the quotation carries (a transcript's "WALLACE:", a dash and a
name after it); a tag after it (“...,” the president wrote; “...,” said Smith); the agent of a naming passive
(called “...” by Democrats); a reporting verb before it, followed out to the outermost reporter ("Ross said
Obama had told leaders that he would “...”"); a colon's subject or label; the possessor of a speech noun ("his
call for “...”"); a reporting verb later in the sentence; and last the sentence's subject. Each step's
comments give the news sentences it was written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import speakers as sp
from .clauses import (
    ARTICLES_POSS,
    ASIDE_ADVERBS,
    ASKED_VERBS,
    COPULAS,
    FINDING_VERBS,
    FINITE_AUX,
    LISTENER_VERBS,
    PARTICIPLES,
    PASSIVE_AUX,
    PREPOSITIONS,
    QUESTION_LEADS,
    QUOTING,
    RELATIVE_PRONOUNS,
    RULING_VERBS,
    SHOW_VERBS,
    SPEECH_CORE,
    THING_RELATIVES,
    TIME_WORDS,
    Attribution,
    Tok,
    asked_by,
    can_speak,
    clause_pronoun,
    clause_subject,
    cue_at,
    dash_asides,
    dateline_end,
    ends_clause,
    finds_that,
    has_verb_form,
    is_clause,
    is_speaker_phrase,
    is_word,
    issuer,
    looks_like_verb,
    named_passively,
    names_thing,
    object_right,
    past_adverbs,
    quoting_as,
    reduced_relative,
    relative_closed,
    relative_namer,
    relative_on_thing,
    sentence_subject,
    span_text,
    subject_left,
    tokenize,
    verb_indexes,
    with_named_apposition,
)
from .lexicon import is_common_word, reporting_verbs, usual_tag
from .quote_marks import QuoteSpan

_MORE_FROM = re.compile(r"(?:More f|F)rom ")
_HERE_IS = re.compile(r"Here(?:’s|'s| is) ")
_ON_TOPIC = re.compile(r"\s+on\s+")
_WHEN_WHERE = re.compile(r"\s+(?:in|on|at|during|from|after|before)\s")
_WORK_BEFORE = re.compile(r"(?:\b(?:of|in|on|for|from|at|by|with|titled|entitled|called)|\w[’']s)\s+$")
# a lawmaker's party and state closing the words before a colon: ", D-Mass." or " (R-S.C.)"
_PARTY_BEFORE = re.compile(rf"(,|\()\s*{sp.PARTY_TAG}\)?\s*$")
TRANSCRIPT_LABEL = re.compile(r"(?P<name>[A-Z][A-Z.’' -]*[A-Z])(?P<cue>:)\s")
_DASH_NAME = re.compile(
    r"[ \t]*(?P<cue>[―—–-])[ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})\.?"
    # (a lawmaker's party and state: "— Sen. Rand Paul, R-Ky.", "― Rep. Joe Wilson (R-S.C.)")
    rf"(?:,[ \t]+{sp.PARTY_TAG}|[ \t]+\({sp.PARTY_TAG}\))?"
    # (or a description that closes the paragraph: "– Pat Cullen, general secretary of the Royal College of Nursing",
    # "— Darnell Jackson, 22, of Baltimore")
    r"(?:,[ \t]+[a-z\d][^\n“”\"]{0,150}(?=\n|$))?"
    # (an embedded tweet's signature: "— Donald J. Trump (@realDonaldTrump) March 1, 2016")
    r"(?:[ \t]*\(@\w+\))?(?:[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*(?=$|\n|[“\"])"
)


def _joined_apposition(toks: list[Tok], a: int) -> bool:
    """Whether the name at ``a``, after a comma, is in apposition to the second of subjects joined by "and":
    "Mr. Schumer and the Republican leader, Senator Mitch McConnell, issued"."""
    if a < 2 or toks[a - 1].text != ",":
        return False
    for j in range(a - 2, max(-1, a - 8), -1):
        if toks[j].text == ",":
            return False
        if toks[j].low == "and":
            return True
    return False


@dataclass
class _Around:
    """A quotation's sentence as tokens, the quotation one masked token (¶) among them, with what every step
    of :func:`attribute` reads: the reporting verbs, the people named in the article, and where an opening
    clause or phrase ends."""

    text: str
    toks: list[Tok]
    qi: int  # the quotation's token
    verbs: list[int]  # the reporting verbs' tokens
    people: set[str]
    q: QuoteSpan
    sent_start: int
    first: int  # the first word after a leading "but", "and", "yet"
    opener_end: int | None  # the comma closing an opening subordinate clause
    phrase_end: int | None  # the comma closing the opening clauses and phrases

    @property
    def pre_verbs(self) -> list[int]:
        return [v for v in self.verbs if v < self.qi]

    @property
    def quote_opens(self) -> bool:
        """Whether the quotation opens its sentence (after nothing but other quotations)."""
        return all(t.text == "¶" for t in self.toks[: self.qi])

    def subject(self, vi: int) -> Attribution | None:
        """The speaker of the reporting verb at ``vi``: its subject, or the object of "according to" or of
        "asked by"."""
        text, toks, verbs, people = self.text, self.toks, self.verbs, self.people
        if toks[vi].low == "according":
            rng = object_right(toks, vi + 1)
            cue = "according to"
        elif _asked_by(toks, vi):
            rng = object_right(toks, vi + 1)  # "Rubio was asked by moderator Gerard Baker whether “...”"
            cue = toks[vi].text + " by"
        else:
            rng = subject_left(toks, vi)
            cue = cue_at(toks, vi) + (" it" if toks[vi].low in ("put", "puts") else "")
        if rng is None or any(rng[0] <= w < rng[1] and toks[w].text.islower() for w in verbs):
            return None  # "As Weiner put it in his memo explaining the deal": another report holds the subject
        # (also for a verb joined to the participle: "Mackler issued a statement saying ... and said ...")
        participle = toks[vi].low.endswith("ing") or (rng[1] < vi and toks[rng[1]].low.endswith("ing"))
        issued_by = issuer(toks, rng) if participle and rng[1] == vi else None
        if issued_by and (issued_by[0] >= rng[0] or not _joined_apposition(toks, issued_by[0])):
            # "Trump and Ryan issued a statement describing ...", "The campaign put out a statement calling him
            # “a big baby”" (though "put" was read as a noun of the subject): the issuers' words (but a name in
            # apposition may be one of several subjects, found as the object's speaker below: "Mr. Schumer and the
            # Republican leader, Senator Mitch McConnell, issued")
            rng = issued_by
        elif (
            participle
            and rng[0] > 0
            and (looks_like_verb(toks, rng[0] - 1) or usual_tag(toks[rng[0] - 1].low) in ("VBD", "VBZ"))
            # (but one quoted as saying is who says it: "The statement quoted Wang as saying that China “...”")
            and quoting_as(toks, vi) is None
        ):
            return None  # "Mackler issued a statement saying ...": the object is what speaks for the subject
        phrase, a, b = span_text(text, toks, rng)
        if "¶" in [t.text for t in toks[rng[0] : rng[1]]]:
            return None
        # papers and figures, bare in the plural, that close the sentence show what it holds: "..., records show."
        # (not "polls show that ...", which shows what follows)
        papers = (
            toks[vi].low in SHOW_VERBS
            and len(phrase.split()) <= 3
            and phrase.split()[-1].lower() in sp.DOCUMENT_NOUNS | sp.DATA_NOUNS
            and (vi + 1 == len(toks) or toks[vi + 1].text in (".", ";"))
        )
        if not (can_speak(phrase, toks[vi].low, people) or _name_after_quote(toks, rng, phrase) or papers):
            return None
        if (
            toks[vi].low in FINDING_VERBS
            and (sp.mention_type(phrase) != "organisation" or toks[vi].low in RULING_VERBS)
            and not finds_that(toks, vi)
            and not papers
        ):
            return None
        return Attribution(phrase, a, b, cue, rng_start=rng[0])

    def inverted(self, vi: int) -> Attribution | None:
        """The speaker right after the verb: said the official."""
        text, toks, people = self.text, self.toks, self.people
        rng = object_right(toks, vi)
        # "..., saying they were nitpicking": a participle's object, or a clause, is what is said
        if rng is None or toks[vi].low.endswith("ing") or is_clause(toks[rng[0] : rng[1]]):
            return None
        if toks[rng[0]].low in PREPOSITIONS:
            return None  # “deeply offensive” remarks about the LGBT community: a noun's complement, no speaker
        if rng[1] - rng[0] == 1 and toks[rng[0]].low in TIME_WORDS:
            return None  # "..., said Thursday that he would": when, not who
        if toks[vi].low in _NAMING and rng[1] < len(toks) and toks[rng[1]].low == "as":
            return None  # “in the seven figures,” described the emotional impact as ...: what is described
        rng = with_named_apposition(toks, rng)  # said the study's lead author, Dr. Maria Lopez
        who = next((w for w in range(rng[0] + 1, rng[1]) if toks[w].low == "who"), None)
        if who is not None and all(t.text[0].isupper() for t in toks[rng[0] : who]):
            # "said Oliver who offered to help": a name's relative clause, written without its comma, is no part
            # of it (a description keeps it: "said a woman who asked not to be named")
            rng = (rng[0], who)
        phrase, a, b = span_text(text, toks, rng)
        if is_speaker_phrase(phrase, people, strict=False):
            return Attribution(phrase, a, b, cue_at(toks, vi))
        # a description right after the verb speaks too (“...,” said the Democratic nominee), but not a
        # clause (“...,” saying the change was unfair)
        clause = toks[vi].low.endswith("ing") or is_clause(toks[rng[0] : rng[1]])
        return (
            None
            if clause or not can_speak(phrase, toks[vi].low, people)
            else Attribution(phrase, a, b, cue_at(toks, vi))
        )


def attribute(
    text: str,
    sent: tuple[int, int],
    q: QuoteSpan,
    quotes: list[QuoteSpan],
    people: set[str],
    inherited: Attribution | None,
    masked: MaskedSentence | None = None,
) -> Attribution | None:
    """Find the speaker phrase and cue of quotation ``q`` within its sentence ``sent``: the first step of
    the module's order that finds one (``inherited``: the speaker of the sentence before, for a participle
    or a coordinated verb that goes on with it; ``masked``: the sentence with ``quotes`` masked, from
    :func:`masked_sentence`, which a caller asking for each of its quotations makes once)."""
    label = _label(text, q)
    if label is not None:
        return label
    c = _around(text, sent, q, quotes, people, masked)
    if c is None:
        return None
    found = (
        _reported_inside(c, _tag_after(c), inherited)
        or _passive_agent(c)
        or _colon_clause_speaker(c)
        or _in_words_of(c)
        or _reporter_before(c, inherited)
        or _colon_label(c)
        or _words_owner(c)
        or _reporter_later(c)
        or _sentence_holder(c)
    )
    return _outer_reporter(c, found) if found is not None else None


# the verbs of a medium that reports a report: "X said it was “...,” state media reported"
_MEDIUM_VERBS = frozenset(["reported", "reports"])


def _reported_inside(c: _Around, tag: Attribution | None, inherited: Attribution | None) -> Attribution | None:
    """For a quotation inside a reported clause whose report a medium's tag closes ("Baghaei said it was “a clear
    violation,” Iranian state media reported"), the speaker of the report that holds the words; ``tag`` otherwise.
    The medium reports what the speaker said, as "quoted X as saying" does."""
    if tag is None or tag.cue not in _MEDIUM_VERBS or c.quote_opens:
        return tag
    # (the sentence's own report, its verb opening the words before the quotation: "Baghaei said it was ...")
    verbs = [v for v in c.pre_verbs if c.toks[v].low in SPEECH_CORE and v > c.first]
    inner = _report_at(c, verbs[0], inherited) if len(verbs) == 1 else None
    if inner is None or inner.cue not in SPEECH_CORE:
        return tag
    # (the report's subject opens the sentence, or an apposition: not "Nothing the president said “...”")
    k = next((k for k, t in enumerate(c.toks) if t.start == inner.start), c.first)
    return inner if k == c.first or c.toks[k - 1].text == "," else tag


def _outer_reporter(c: _Around, found: Attribution) -> Attribution:
    """The speaker named in the report that holds a relative clause's pronoun speaker, when that report's own
    clause opens on the same pronoun: "Rubio said that he has begun ... of Trump, whom he called a “con artist”"
    (Rubio, with the relative clause's verb as the cue); ``found`` otherwise."""
    toks = c.toks
    pronoun = found.mention.lower()
    if pronoun not in ("he", "she", "they"):
        return found
    k = next((k for k, t in enumerate(toks) if t.start == found.start), 0)
    if k < 2 or toks[k - 1].low not in RELATIVE_PRONOUNS:
        return found
    for v in reversed([v for v in c.verbs if v < k - 1]):
        # (past a time phrase in lower case: "said that over the last five days he has begun")
        j = next(
            (
                j
                for j in range(v + 1, min(v + 8, k - 1))
                if toks[j].low in sp.PRONOUNS_PERSON or not toks[j].text.islower()
            ),
            k,
        )
        if j < k - 1 and toks[j].low == pronoun:
            outer = c.subject(v)
            if outer is not None:
                return Attribution(outer.mention, outer.start, outer.end, found.cue, rng_start=outer.rng_start)
    return found


# a passive question right before the quotation, its asker unnamed: "Trump was asked, “What’s the most ...?”"
_ASKED_UNNAMED = re.compile(
    r"(?=[iawb])\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|questioned|pressed)\s*[,:]\s*$"
)


def asked_unnamed(text: str, sent: tuple[int, int], q: QuoteSpan) -> bool:
    """Whether quotation ``q`` is a question put to the sentence's subject by someone not named ("Blumenthal was
    asked, “If you had known ...?”"): the words are not the subject's, nor those of whoever answers after."""
    return sent[0] <= q.open_at and _ASKED_UNNAMED.search(text, sent[0], q.open_at) is not None


def _label(text: str, q: QuoteSpan) -> Attribution | None:
    """A transcript's speaker inside the quotation ("WALLACE: Let's start ..."), or a name after a dash
    closing the paragraph or standing before the next quotation (“...” ― Karen Bobadilla)."""
    label = TRANSCRIPT_LABEL.match(text, q.start) or _DASH_NAME.match(text, q.outer_end)
    if not label or sp.mention_type(label.group("name")) != "person":
        return None
    name, a = label.group("name"), label.start("name")
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name[:-1]  # the sentence's full stop, not an initial's
    return Attribution(name, a, a + len(name), label.group("cue"))


@dataclass(frozen=True)
class MaskedSentence:
    """A sentence's tokens with each of its quotations masked as one "¶" token, made once for all of them (see
    :func:`masked_sentence`): a sentence of hundreds of quotations, tokenized again for each, cost the square of
    their number."""

    start: int
    end: int
    commas: frozenset[int]  # where the quotations open that keep their closing comma (keeps_comma)
    toks: list[Tok]

    def tokens_for(self, q: QuoteSpan) -> list[Tok]:
        """The tokens around quotation ``q``: the same, but that ``q``'s own closing comma is never a token."""
        toks = list(self.toks)
        if q.open_at in self.commas:
            at = max(q.open_at, self.start)
            i = next((k for k, t in enumerate(toks) if t.start == at and t.text == "¶"), None)
            # (the comma inside the mask: the tokens after a mask start where it ends)
            if i is not None and i + 1 < len(toks) and toks[i + 1].text == "," and toks[i + 1].start < q.outer_end:
                del toks[i + 1]
        return toks


def keeps_comma(text: str, sentence_start: int, o: QuoteSpan) -> bool:
    """Whether the comma closing quotation ``o`` is its sentence's, a token for the other quotations to read: a
    title quoted inside the tag, "As Michael Lewis, author of “The Big Short,” put it"; a quotation closing a
    relative aside, "Jones, who called the plan “foolish,” said" (Jones said); or one closing an opening phrase,
    "In a clip that a judge called “distasteful,” Santilli said"."""
    return (
        _names_work(text, o.open_at)
        or _in_relative(text, sentence_start, o)
        or _closes_opening(text, sentence_start, o)
    )


def masked_sentence(text: str, sent: tuple[int, int], quotes: list[QuoteSpan]) -> MaskedSentence:
    """The tokens of sentence ``sent`` with ``quotes`` (quotations opening at distinct places) masked, for
    :func:`attribute` to read around each of them."""
    s0, s1 = sent
    commas = frozenset(o.open_at for o in quotes if keeps_comma(text, s0, o))
    masks = [(o.open_at, o.outer_end) for o in quotes]
    return MaskedSentence(s0, s1, commas, tokenize(text, s0, s1, masks, commas))


def _around(
    text: str,
    sent: tuple[int, int],
    q: QuoteSpan,
    quotes: list[QuoteSpan],
    people: set[str],
    masked: MaskedSentence | None = None,
) -> _Around | None:
    """The sentence ``sent`` tokenized around quotation ``q`` (None when ``q`` is not in it); ``masked``: the
    sentence with ``quotes`` masked, when the caller made it already."""
    s0 = sent[0]
    masked = masked if masked is not None else masked_sentence(text, sent, quotes)
    toks = masked.tokens_for(q)
    qi = next((k for k, t in enumerate(toks) if t.start == q.open_at and t.text == "¶"), None)
    if qi is None:
        return None
    first, opener_end, phrase_end = _openings(toks, qi)
    return _Around(text, toks, qi, verb_indexes(toks), people, q, s0, first, opener_end, phrase_end)


def _openings(toks: list[Tok], qi: int) -> tuple[int, int | None, int | None]:
    """The first word after a leading conjunction; the comma that closes an opening subordinate clause; and
    the comma that closes the opening clauses and phrases, before the quotation at ``qi``."""
    # "When Trump announced his candidacy, he referred to immigrants as “criminals”": a report inside the
    # sentence's opening clause is its circumstance; the main clause says the quotation
    first = 1 if toks and toks[0].low in ("but", "and", "yet") else 0
    if first and len(toks) > 1 and toks[1].text == ",":
        first = 2  # "And, in a clip that ..."
    elif (
        len(toks) > 2
        and toks[1].text == ","
        and usual_tag(toks[0].low) == "RB"
        and (toks[2].low in _SUBORDINATORS or toks[2].low == "while")
    ):
        first = 2  # "Similarly, while cautioning about ... reports, Fitzwater said": an adverb before the clause
    comma = next((c for c in range(first + 2, qi - 2) if toks[c].text == ","), None)  # (the first after the opener)
    opener = first < len(toks) and (
        (toks[first].low in _SUBORDINATORS and toks[first].low != "as") or toks[first].low == "while"
    )
    # (not "As Politico reported, “...”", nor "When someone shouted, “Cruz,” Beck joked": the opener's own; but "As
    # the shutdown continues, the campaign released an ad saying ... “...”": an event goes on, nobody there reports)
    going_on = (
        comma is not None
        and toks[first].low == "as"
        and toks[first + 1].low == "the"
        and toks[comma - 1].low in _GOES_ON_EVENT
    )
    opener_end = comma if opener or going_on else None
    # an opening phrase, a clause or a prepositional one, reports nothing the main clause says: "Despite what he
    # wrote in Smith's speech, Cross said he “...”", "In a series of Twitter posts Sunday, Mr. Frum wrote:"
    phrase_end = opener_end
    if phrase_end is None and first < len(toks) and toks[first].low in _OPENING_PHRASES:
        phrase_end = comma
    # one opening phrase after another: "But on Thursday, in the Trump release announcing his role, Manafort ..."
    while phrase_end is not None and phrase_end + 1 < qi and toks[phrase_end + 1].low in _OPENING_PHRASES:
        after = next((c for c in range(phrase_end + 3, qi - 2) if toks[c].text == ","), None)
        if after is None:
            break
        phrase_end = after
    return first, opener_end, phrase_end


def _tag_after(c: _Around) -> Attribution | None:
    """Step 1, after the quotation: ', a senior official told' / '" the president wrote' / ', said Smith'."""
    toks, qi = c.toks, c.qi
    k = qi + 1
    while k < len(toks) and toks[k].text in (",", "—", "–"):
        k += 1
    return (
        _verb_after(c, k)
        or _dialogue_speaker(c, k)
        or _came_from(c, k)
        or _whose_reply(c, k)
        or _inverted_dialogue(c, k)
    )


def _verb_after(c: _Around, k: int) -> Attribution | None:
    """The first reporting verb after the quotation (which resumes at token ``k``) and its speaker."""
    text, toks, qi, verbs, people = c.text, c.toks, c.qi, c.verbs, c.people
    if qi > 0 and toks[qi - 1].low in _NAMING and c.subject(qi - 1) is not None:
        # what a verb before names is its namer's: "In what aides called “a reset,” the candidate said" (but a
        # passive names for the tag: could be termed “influence peddling,” The Washington Post reported)
        return None
    # (past a relative clause or a participle's aside on the speaker: “...,” one worker, who asked not to be
    # named, told the Guardian; “...,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said)
    limit, aside = k + 10, range(0)
    rel = next(
        (
            m
            for m in range(k + 1, min(k + 8, len(toks)))
            if toks[m - 1].text == "," and (toks[m].low == "who" or usual_tag(toks[m].low) == "VBG")
        ),
        None,
    )
    if rel is not None:
        close = next((m for m in range(rel + 1, min(rel + 25, len(toks))) if toks[m].text == ","), None)
        if close is not None:
            limit, aside = max(limit, close + 4), range(rel, close)
    post_verbs = [
        v
        for v in verbs
        if qi < v <= limit and v not in aside and all(toks[m].text != "¶" or m in aside for m in range(qi + 1, v))
    ]
    if not post_verbs:
        return None
    v = post_verbs[0]
    if (
        v > k
        and k < len(toks)
        and is_word(toks[k])
        and not _quote_ends_with(text, toks[qi], (",", "!", "?", "."))
        and any(u < qi and toks[u].low in SPEECH_CORE for u in verbs)
    ):
        # "said that it was “disappointed” the union had rejected the offer": a phrase quoted inside a report runs
        # on into the report's own words, whose verb is no tag
        return None
    if v == k and toks[v].low == "according":  # “...,” according to Reuters
        return c.subject(v)
    if v == k:  # inverted: said the official
        # (not a verb whose object is what it acts on: “categorically” rejects the proposals; but a quotation
        # that opens the sentence and ends with a comma is the tag's: “Stay home,” urged health officials)
        tagged = c.quote_opens and (k > qi + 1 or _quote_ends_with(text, toks[qi], (",", "!", "?")))
        return None if toks[v].low in _ACTS_ON and not tagged else c.inverted(v)
    if v + 1 < len(toks) and toks[v + 1].text == ":":
        return None  # (a verb that introduces the next quotation: “...,” Trump said: “...”)
    rng = subject_left(toks, v)
    if rng and rng[0] > k + 1 and toks[rng[0] - 1].low == "and" and _coordinated(toks[k : rng[0] - 1]):
        # “...,” the Florida senator and Republican presidential candidate said: one speaker described
        # twice (or two speakers together: the senator and the governor said)
        rng = (k, rng[1])
    # the speaker right after the quotation, not a later clause's subject; and not "who", which is what
    # is quoted (a “chief trade prosecutor” who reports to the president)
    if (
        not rng
        or rng[0] != k
        or toks[k].low == "who"
        or toks[k].low in THING_RELATIVES
        or _in_reported_opening_clause(c)
    ):
        return None
    phrase, a, b = span_text(text, toks, rng)
    # (“...,” it recommended: right after a quotation "it" is who wrote it, whatever the verb)
    if not (
        can_speak(phrase, toks[v].low, people)
        or (phrase.lower() == "it" and v == k + 1)
        or _name_after_quote(toks, rng, phrase)
    ):
        return None
    # ("Fallon fired back: “...,” he wrote": the name that introduced the quotation, not the
    # pronoun that repeats it)
    named = _named_intro(c) or _opening_reporter(c, phrase) if phrase.lower() in HOLDER_PRONOUNS else None
    return named or Attribution(phrase, a, b, cue_at(toks, v))


def _name_after_quote(toks: list[Tok], rng: tuple[int, int], phrase: str) -> bool:
    """Whether ``phrase``, one capitalised word, follows a quotation (past its comma) as the subject: a name there,
    though it is an English word too (“...,” Silver wrote; “...,” Manning said), where a sentence's first word
    might not be ("Specifically, ...")."""
    k = rng[0] - 1
    while k >= 0 and toks[k].text in (",", "—", "–"):
        k -= 1
    return (
        rng[1] - rng[0] == 1
        and k >= 0
        and toks[k].text == "¶"
        and phrase.istitle()
        and sp.mention_type(phrase) == "person"
    )


def _dialogue_speaker(c: _Around, k: int) -> Attribution | None:
    """Any verb in a tag that closes the sentence: “...,” he went on; “...!” the crowd roared back."""
    toks = c.toks
    tag = _dialogue_tag(c.text, toks, c.qi, k)
    if tag is None or _in_reported_opening_clause(c):
        return None
    phrase, a, b = span_text(c.text, toks, tag[0])
    if not (is_speaker_phrase(phrase, c.people, strict=True) or can_speak(phrase, "said", c.people)):
        return None
    v = tag[1]
    particle = v + 1 < len(toks) and toks[v + 1].low in _PARTICLES  # the cue "went on", "shot back"
    return Attribution(phrase, a, b, c.text[toks[v].start : toks[v + particle].end])


def _inverted_dialogue(c: _Around, k: int) -> Attribution | None:
    """Any verb before a person's name that closes the sentence, right after a quotation that ends with a comma:
    “...,” worries former national security adviser Zbigniew Brzezinski. (a person named, not a description:
    “...,” reads the sign outside the store)."""
    toks = c.toks
    if _in_reported_opening_clause(c) or not (
        k + 2 < len(toks)
        and toks[k].low not in FINITE_AUX
        and all(t.text == "," for t in toks[c.qi + 1 : k])
        and _quote_ends_with(c.text, toks[c.qi], (",",))
        and toks[k].text.islower()
        # (or a verb in -s that reads as a plural: "worries", "jokes")
        and usual_tag(toks[k].low) in ("VBD", "VBZ", "NNS")
    ):
        return None
    rng = object_right(toks, k)
    if rng is None or rng[1] >= len(toks) or toks[rng[1]].text not in (".", ","):
        return None
    phrase, a, b = span_text(c.text, toks, rng)
    if sp.mention_type(phrase) != "person" or not any(t.text[0].isupper() for t in toks[rng[0] : rng[1]]):
        return None
    return Attribution(phrase, a, b, toks[k].text)


def _came_from(c: _Around, k: int) -> Attribution | None:
    """“Call the roll,” came shouts from the crowd; “No,” came the reply from Mr. Smith."""
    toks = c.toks
    if not (k + 3 < len(toks) and toks[k].low == "came"):
        return None
    n = next((n for n in range(k + 1, min(k + 5, len(toks) - 1)) if toks[n].low == "from"), None)
    if n is None or not any(t.low in _CRIES for t in toks[k + 1 : n]):
        return None
    rng = object_right(toks, n)
    if rng is None:
        return None
    phrase, a, b = span_text(c.text, toks, rng)
    if not can_speak(phrase, "said", c.people):
        return None
    return Attribution(phrase, a, b, "came " + " ".join(t.text for t in toks[k + 1 : n + 1]))


_REPLIES = frozenset(
    "response reply answer retort comment reaction message verdict refrain assessment explanation".split()
)


def _whose_reply(c: _Around, k: int) -> Attribution | None:
    """“Fake news,” was Trump’s only response; “No,” was his reply: the possessor of the reply after a
    quotation that opens the sentence."""
    toks = c.toks
    if not (c.quote_opens and k + 2 < len(toks) and toks[k].low in ("was", "is")):
        return None
    owner = toks[k + 1]
    noun = next((n for n in range(k + 2, min(k + 5, len(toks))) if toks[n].low in _REPLIES), None)
    if noun is None or not all(t.text.islower() and is_word(t) for t in toks[k + 2 : noun]):
        return None
    if owner.low in ("his", "her", "their"):
        return Attribution(owner.text, owner.start, owner.end, toks[noun].text)
    name = re.sub(r"[’']s?$", "", owner.text)
    if name == owner.text or not is_speaker_phrase(name, c.people, strict=False):
        return None
    return Attribution(name, owner.start, owner.start + len(name), toks[noun].text)


def _passive_agent(c: _Around) -> Attribution | None:
    """Step 2, the agent of a passive that names what is quoted: "has been called “strategic ambiguity” by
    Joshua Hendrick", "often labeled as a “witch hunt” by Democrats", "an option seen by organizers as a
    “lifeboat”"."""
    agent = _named_by(c.toks, c.qi)
    if agent is None:
        return None
    phrase, a, b = span_text(c.text, c.toks, agent)
    return Attribution(phrase, a, b, "by") if can_speak(phrase, "said", c.people) else None


def _colon_clause_speaker(c: _Around) -> Attribution | None:
    """Step 3 begins, before the quotation. "Reid said they are “non-entities,” but he gave the Texan a
    compliment: “...”": the clause that ends with the colon has a subject of its own and no reporting verb;
    its subject speaks."""
    text, toks, qi, people = c.text, c.toks, c.qi, c.people
    colon_clause = _colon_clause(toks, qi, c.pre_verbs)
    if colon_clause is None:
        return None
    found = sentence_subject(text, toks[colon_clause : qi - 1], people)
    if not found:
        return None
    said = Attribution(found[0], found[1], found[2], ":")
    wanted = sp.pronoun_gender(found[0])
    # (and "he" there is the sentence's subject, who reported the clause before: Reid, not Cruz)
    opening = sentence_subject(text, toks[: colon_clause - 1], people) if wanted else None
    if opening and sp.mention_type(opening[0]) == "person" and sp.name_gender(opening[0]) in ("", wanted):
        said.antecedent = Attribution(opening[0], opening[1], opening[2], "")
    return said


def _reporter_before(c: _Around, inherited: Attribution | None) -> Attribution | None:
    """Step 3, the last reporting verb before the quotation that has a speaker (past one inside an opening
    subordinate clause)."""
    asides = dash_asides(c.toks, 0, c.qi, hyphen=True)
    for v in reversed(c.pre_verbs):
        if (c.opener_end is not None and v < c.opener_end) or _in_opening_phrase(c, v):
            continue
        if any(a < v < b for a, b in asides):
            # an aside between dashes, closed before the quotation, reports none of it: "he can “guarantee” ...
            # — as Rubio has said —", "He said, “...” - at which point the crowd chanted “...” - “and ...”"
            continue
        if _in_reported_opener(c, v):
            continue
        found = _report_at(c, v, inherited)
        if found is not None:
            return found
    return None


def _in_reported_opener(c: _Around, v: int) -> bool:
    """Whether the verb at ``v`` is in a subordinate clause that opens a reported clause and closes at a comma
    before the quotation: "Perry said that while he and Trump had disagreed, Trump was “the choice of the
    people”" (the quotation is Perry's report, not the disagreement's)."""
    toks = c.toks
    for s in range(v - 1, c.first, -1):
        if toks[s].text in (",", ";", ":", "¶") or toks[s].low in RELATIVE_PRONOUNS:
            return False
        if toks[s].low in _INNER_OPENERS:
            # (with its own subject: "who once said" is no clause of time)
            if s + 1 == v or (toks[s - 1].low != "that" and toks[s - 1].text != ","):
                return False
            comma = next((i for i in range(v + 1, c.qi) if toks[i].text in (",", ";", ":")), None)
            # (after a comma, a clause that ends right at the quotation introduces it: "..., when a young boy
            # shouted, “Brujas coming!”", "though he said, “I hope to”")
            return comma is not None and toks[comma].text == "," and (toks[s - 1].low == "that" or comma + 1 < c.qi)
    return False


def _in_opening_phrase(c: _Around, v: int) -> bool:
    """Whether the verb at ``v`` is in a relative clause inside the prepositional phrase that opens the
    sentence, before the quotation: "In a clip that a judge called “distasteful,” Santilli expressed a desire to
    “...”" (the quotation is Santilli's; but not "AT LEAST 10 KILLED ... Erdogan said", a headline run in)."""
    toks = c.toks
    return (
        c.phrase_end is not None
        and v < c.phrase_end < c.qi
        and toks[c.first].low in _OPENING_PREPOSITIONS
        and (
            any(t.low in ("that", "which", "who", "whom", "what") for t in toks[c.first : v])
            # (or a participle on a noun there, a reduced relative: "In a video posted on Telegram, Zelenskyy
            # thanked soldiers for “holding the line”")
            or (
                v > c.first + 1
                and toks[v].low.endswith("ed")
                and toks[v - 1].text.islower()
                and usual_tag(toks[v - 1].low) in ("NN", "NNS")
                and v + 1 < len(toks)
                and toks[v + 1].low in PREPOSITIONS
            )
        )
    )


_FAILED = frozenset(["fail", "fails", "failed", "failing", "unable"])


def _report_at(c: _Around, v: int, inherited: Attribution | None) -> Attribution | None:
    """The speaker of the quotation when the reporting verb at ``v``, before it, reports it; None to go on
    to the verb before."""
    toks, qi = c.toks, c.qi
    if v > 1 and toks[v - 1].low == "to" and toks[v - 2].low in _FAILED:
        return None  # "the state had failed to show the law was “substantially related”": no one showed it
    found = c.subject(v)
    if found and _aside_or_belief(c, v, found):
        return None
    if found and found.mention.lower() in THING_RELATIVES and _said_before(toks, v, qi):
        return None  # "He held up the sign, which read “...,” and waved it, mouthing “...”": the sign said the first
    if found and toks[v].low in FINDING_VERBS:
        # "The FBI did not find “ties of any consequence,” ..., said the bureau's director, James B. Comey":
        # a finding the sentence's closing attribution reports
        closing = _closing_tag(c)
        if closing is not None:
            return closing
    b = v - 1  # (past auxiliaries: "Moscow, it added, would respond “in kind”")
    while b > 2 and toks[b].text.islower() and (toks[b].low in FINITE_AUX or toks[b].low == "not"):
        b -= 1
    if b > 0 and toks[b].text == "," and toks[b - 1].low in SPEECH_CORE:
        # "CNN, Cruz said, called the announcement “highly significant”": the parenthetical's speaker
        aside = c.subject(b - 1)
        if aside and aside.rng_start > 0 and toks[aside.rng_start - 1].text == ",":
            found = aside
    if v > 0 and toks[v - 1].text == "," and toks[v].low in SPEECH_CORE:
        # "The paradox of Nancy, says Carl Anthony, historian at ..., is that she was “...”": a speaker
        # named in a parenthetical attribution, not the clause's subject
        rng = object_right(toks, v)
        if rng and rng[1] < qi and toks[rng[1]].text == ",":
            phrase = span_text(c.text, toks, rng)[0]
            if phrase[0].isupper() and sp.mention_type(phrase) == "person" and len(phrase.split()) > 1:
                found = c.inverted(v) or found
    if (
        not found
        # (or the sentence's first word: Said Comey, “...”; So said Ryan: “...”)
        and (v == 0 or toks[v - 1].text in (",", "¶") or (v == 1 and toks[0].low in ("so", "thus")))
        and not toks[v].low.endswith("ing")
        and toks[v].low not in LISTENER_VERBS
    ):
        # "Because of the schedule, explained Rosenberg, “...”": the speaker named after the verb, right
        # before the quotation (not "..., calling him “...”", whose object is spoken about)
        rng = object_right(toks, v)
        if rng and qi - rng[1] <= 1 and all(t.text in (",", ":") for t in toks[rng[1] : qi]):
            phrase = span_text(c.text, toks, rng)[0]
            kind = sp.mention_type(phrase)
            # (someone unnamed in lower case too, with the mark that ends the phrase: "Added one senior aide:
            # “...”"; not "So says a booming voice at the end of “Hail, Caesar!”")
            if (phrase[0].isupper() and kind in ("person", "organisation", "role")) or (
                kind == "anonymous" and qi - rng[1] == 1
            ):
                found = c.inverted(v)
    if not found:
        return _subject_elsewhere(c, v, inherited) or _main_clause_doer(c, v)
    if found.rng_start > 0 and toks[found.rng_start - 1].text == "," and v + 1 < len(toks) and toks[v + 1].text == ",":
        # a parenthetical attribution: "He sincerely believes, he said, that “...”"; its pronoun inside someone's
        # report is the reporter ("Mrs. Schlafly replied that she was pleased Ms. Friedan had said that because,
        # she said, the comment had made it plain ...": Schlafly, not the nearer Friedan)
        if found.mention.lower() in sp.PRONOUNS_PERSON:
            outer = _outermost(c, v, found, True)
            if (
                outer is not found
                and sp.mention_type(outer.mention) == "person"
                and not is_common_word(outer.mention)  # ("That said, she also noted, “...”": no one)
                and sp.name_gender(outer.mention) in ("", sp.pronoun_gender(found.mention))
            ):
                return replace(found, antecedent=outer)
        return found
    # "Trump said he responded: ...", "Trump said Fox executives were calling “every 15 minutes”": the
    # quotation is the outer speaker's report
    pronoun = found.mention.lower() in sp.PRONOUNS
    if (
        pronoun
        and toks[v].low in _NAMING
        and toks[found.rng_start - 1].low in _NAMING_LINKS
        and (v + 1 >= len(toks) or toks[v + 1].low != "for")  # ("in which she called for": a demand)
    ):
        named = _naming_pronoun(c, v, found)
        return _cataphora(c, named) if named is found else named
    outer = _outermost(c, v, found, pronoun)
    if pronoun and outer is found:
        outer = _cataphora(c, outer)
    if v > 0 and toks[v].low in PARTICIPLES and toks[v - 1].text == "," and outer.start == found.start:
        # "Smith said, adding that “...”": the participle introduces the quotation, and the verb before it the
        # clause before it (see helpers.reported.around_quotes)
        outer = replace(outer, cue=toks[v].text)
    return outer


def _main_clause_doer(c: _Around, v: int) -> Attribution | None:
    """The named subject of the clause before the participle at ``v`` that introduces the quotation, when no one
    else reports it: "First lady Jill Biden launched a campaign on Tuesday, saying the pandemic had taken “a heavy
    toll”" (the clause's own verb says nothing, so the participle is her first report)."""
    toks = c.toks
    if toks[v].low not in PARTICIPLES or v < c.first + 3 or toks[v - 1].text != ",":
        return None
    verb = next(
        (
            k
            for k in range(c.first + 1, v - 1)
            if toks[k].text.islower()
            and usual_tag(toks[k].low) in ("VBD", "VBZ", "VBN")  # ("launched", a past the lexicon reads as VBN)
            and toks[k - 1].low not in FINITE_AUX | PASSIVE_AUX | {"to"}
        ),
        None,
    )
    rng = subject_left(toks, verb) if verb is not None else None
    # (the sentence's first words, a name or a body's: not an opening phrase, "Alongside BLM", nor a pronoun)
    if rng is None or rng[0] not in (c.first, dateline_end(toks)) or rng[1] != verb:
        return None
    phrase, a, b = span_text(c.text, toks, rng)
    if sp.mention_type(phrase) not in ("person", "organisation") or not phrase[:1].isupper():
        return None
    return Attribution(phrase, a, b, cue_at(toks, v))


def _said_before(toks: list[Tok], v: int, qi: int) -> bool:
    """Whether the verb at ``v`` reports a quotation before the one at ``qi``, and a verb of another clause
    stands between them ("which read “...,” and waved it around, mouthing “...”")."""
    said = next((k for k in range(v + 1, qi) if toks[k].text == "¶"), None)
    return said is not None and any(looks_like_verb(toks, k) for k in range(said + 1, qi))


def _cataphora(c: _Around, found: Attribution) -> Attribution:
    """``found``, a pronoun inside the sentence's opening subordinate clause, with the name that opens the main
    clause after it as its antecedent: "Although he called current market conditions “highly competitive,” Mr.
    LaMothe ... said" (he is LaMothe, not someone named before)."""
    toks, qi = c.toks, c.qi
    if toks[c.first].low not in _SUBORDINATORS | {"while"} or found.rng_start <= c.first:
        return found
    if any(t.text in (",", ";", ":", "¶") for t in toks[c.first : found.rng_start]):
        return found  # (the pronoun is past the opening clause)
    comma = next((k for k in range(qi + 1, min(len(toks), qi + 3)) if toks[k].text == ","), None)
    if comma is None and _quote_ends_with(c.text, toks[qi]):
        comma = qi  # (“highly competitive,” Mr. LaMothe: the comma inside the marks)
    if comma is None:
        return found
    end = comma + 1
    while end < len(toks) and (toks[end].text[:1].isupper() or toks[end].text == ".") and end - comma <= 5:
        end += 1
    if end == comma + 1:
        return found
    phrase, a, b = span_text(c.text, toks, (comma + 1, end))
    if sp.mention_type(phrase) != "person":
        return found
    return replace(found, antecedent=Attribution(phrase, a, b, ""))


def _aside_or_belief(c: _Around, v: int, found: Attribution) -> bool:
    """Whether the verb at ``v`` with its subject ``found`` is an aside on the speaker or on what is spoken
    of, or a belief described, rather than the quotation's report."""
    toks, qi = c.toks, c.qi
    if (
        found.mention.lower() == "who"
        and toks[found.rng_start - 1].text == ","
        and toks[qi - 1].text == ":"
        # (the aside, from its verb on, closes at a comma before the main clause's verb)
        and relative_closed(toks[v : qi - 1], 0)
    ):
        return True  # "Hoff, who declined to comment, proposes language ...: “...”": an aside on the speaker
    if (
        found.mention.lower() == "who"
        and toks[found.rng_start - 1].text == ","
        and any(t.low == "according" for t in toks[: found.rng_start - 1])
        and "," in [t.text for t in toks[v + 1 : qi]]
    ):
        # "According to economists at Goldman Sachs, who expect two cuts, the minutes were “...”": an aside on the
        # source that "according to" names, closed before the quotation
        return True
    if found.mention.lower() == "who" and toks[v].low in _THINK and toks[found.rng_start - 1].text != ",":
        # "slamming candidates who think they can “outsource”": a belief described, not reported (but "said
        # Jason C. Ervin, who thinks the staff “need to be more collaborative”" is his)
        return True
    # "credits, which the Tax Foundation estimates would cost $170 billion, would risk “...”"
    return (
        found.rng_start > 1
        and toks[found.rng_start - 1].low in ("which", "whom")
        and toks[found.rng_start - 2].text == ","
        and "," in [t.text for t in toks[v + 1 : qi]]
    )


def _naming_pronoun(c: _Around, v: int, found: Attribution) -> Attribution:
    """ "The president denounced what he called the “deeply pessimistic” vision": the label is the sentence's
    subject's, named there rather than by the pronoun ``found``."""
    toks = c.toks
    opening = sentence_subject(c.text, toks[: found.rng_start - 1], c.people)
    # (someone, not a thing: "The remarks suggest Mr. Trump is ... railing against what he calls")
    if (
        not opening
        or opening[0].lower() in sp.PRONOUNS
        or sp.mention_type(opening[0]) == "unknown"
        or _not_its_pronoun(found, opening[0])
        # (nor someone of another sex, or one sex for "they": "Feldstein pressed her on messages in which she
        # described the mayor as “...”")
        or sp.mention_gender(opening[0], c.people) not in ("", sp.pronoun_gender(found.mention))
    ):
        return found  # (else the pronoun that labels it, not a reporter further out)
    if (
        found.rng_start > 1
        and toks[found.rng_start - 1].low in ("which", "whom")
        and toks[found.rng_start - 2].text == ","
    ):
        # (after a comma the relative clause is one of its own, and its pronoun names the
        # speaker: "Will called for ... Chris Christie, whom he describes as having “...”")
        return replace(found, antecedent=Attribution(opening[0], opening[1], opening[2], ""))
    return Attribution(opening[0], opening[1], opening[2], cue_at(toks, v))


def _not_its_pronoun(found: Attribution, phrase: str) -> bool:
    """Whether ``found`` is "he" or "she" and ``phrase`` an organisation, which it cannot stand for: "The
    campaign said Trump would attend the debate, which he had called “rigged”" (he is not the campaign)."""
    return found.mention.lower() in ("he", "she") and sp.mention_type(phrase) == "organisation"


_RELATIVES = RELATIVE_PRONOUNS | {"that"}


def _outermost(c: _Around, v: int, found: Attribution, pronoun: bool) -> Attribution:
    """From the reporter ``found`` of the verb at ``v`` out to the outermost one whose report holds it: "Mr.
    Ross said Mr. Obama had told leaders that he would “...”" is Mr. Ross's (also across a clause: "Hier has
    said that while he fears ..., “...”"; and past inner pronouns to a name: "Clinton said that she called
    Sanders ... what she called “...”")."""
    text, toks, people, first = c.text, c.toks, c.people, c.first
    inner, outermost, named, relative = found, None, None, False
    inner_verb = v
    if found.rng_start > 0 and toks[found.rng_start - 1].low in QUOTING:
        return found  # "TASS quoting a senior official as saying that Russia would not “...”": the one quoted
    for w in reversed([w for w in c.pre_verbs if w < v]):
        if w >= inner.rng_start:
            continue  # "Trump, who has told aides ..., said": a verb inside the subject's aside
        if inner is found and found.mention.lower() == "who" and toks[found.rng_start - 1].text == ",":
            break  # "Bundy says to Santilli, who responds: “...”": the one the relative clause is on
        if (
            inner.mention.lower() == "who"
            and toks[inner.rng_start - 1].low in sp.anonymous_heads()
            and _says_clause(toks, inner_verb)
        ):
            break  # "Obama rebuked critics who say he should ... “...”": the critics', not Obama's
        if inner.mention.lower() not in _RELATIVES and relative_on_thing(toks, inner.rng_start):
            # "called for them to be made public, even the ones the department now says are “...”": the
            # department's, not the caller's ("an honor Bill said he hoped would be “...”": Bill's)
            if inner.mention.lower() not in sp.PRONOUNS:
                break
            # ("Mr Murphy says ... a man he says was “...”": he, whom the outer reporter names)
            relative = relative or inner is found
        if inner is found and relative_namer(toks, found.rng_start, v):
            # ", a decision cyclists called “long overdue”", "in results that experts called “...”": the
            # cyclists' and the experts', not the council's or the company's that said something before
            break
        if inner.mention.lower() != "it" and toks[inner.rng_start - 1].low in RELATIVE_PRONOUNS:
            if not pronoun:
                break  # "Mukasey criticized Clinton’s email use, which an FBI investigation said was “...”"
            relative = True  # "Amano said ... resolutions, which he added “is deeply regrettable”": he, Amano
        if c.phrase_end is not None and w < c.phrase_end < v:
            break
        if toks[first].low in ASKED_VERBS and inner.rng_start > 0 and toks[inner.rng_start - 1].text == ",":
            break  # "Asked whether ..., which friends described as ..., Mr. Trump said:": the answer
        if (
            toks[w].low in ASKED_VERBS
            and toks[w + 1].low in QUESTION_LEADS
            and inner.rng_start > 0
            and toks[inner.rng_start - 1].text == ","
        ):
            break  # "Smith said ..., but asked about the audit, she said:": the answer, hers (not Smith's asking)
        gap = toks[w + 1 : inner.rng_start]
        # (a title is no break: "told ABC’s “Good Morning America” that she agrees ...")
        between = {t.low for t in gap if not (t.text == "¶" and _names_work(text, t.start))}
        # (nor "a woman asked for a photo and Clinton said": two clauses side by side; but "would argue —
        # and Sanders presumably believes — that" is an aside)
        side_by_side = len(gap) > 1 and gap[-1].low == "and" and gap[-2].text not in "—–-"
        # (nor past a colon that closes the outer clause: "Manafort comes with the right calling card: He
        # fiercely protected ..., in what Bay Buchanan ... called “...”"; but "Trump said: ...")
        colon = ":" in between and toks[w + 1].text != ":"
        # (nor past a dash that opens a clause of its own: "The stereotype of the bigot denouncing communists
        # ignored much labor history — Frank cites “...”")
        dash = bool(gap) and gap[-1].text in ("—", "–")
        if between & {";", "¶", "but"} or side_by_side or colon or dash:
            break
        if [t.text for t in gap] == [","] and inner is found and not pronoun and _introduces_directly(c, v):
            # "The Post's Robert Costa reported, his wife whispered to him: “...”": a report set before the
            # clause that hands the quotation over itself; the words are that clause's subject's
            break
        # a name reported by nobody: "Trump won, and Clinton said" / "while Clinton said"
        if not pronoun and (
            between & {"while", "whereas", "although", "though"}
            or any(a.text == "," and b.low == "and" for a, b in zip(gap, gap[1:], strict=False))
        ):
            break
        # an adverbial clause is no report: "Axelrod tweeted after Clinton argued that “...”" (Clinton's),
        # "after the interview concluded, Maher stated that “...”" (Maher's)
        # (but a condition is no event: "He says if people think the issues will be addressed by “...”"
        # is what he says)
        # ("..., with Senator John McCain telling reporters he viewed Obama as “...”": the speaker of an
        # absolute phrase, not of the clause it hangs on)
        # (unless the adverbial clause is inside what the outer verb reports: "Clinton acknowledged that she
        # had misspoken ... when she claimed that Comey had characterized as “...”" is Clinton's)
        if (
            inner.rng_start > 0
            and toks[inner.rng_start - 1].low in _NO_OUTER_REPORT
            and not (gap and gap[0].low == "that" and toks[inner.rng_start - 1].low != "with")
        ):
            break
        outer = c.subject(w)
        # (nor a question inside the clause: "a debate over how the United States responds")
        if outer and outer.rng_start > 0 and toks[outer.rng_start - 1].low in _SUBORDINATORS | _WH_WORDS:
            break
        if outer is None and pronoun and toks[w].low.endswith("ing") and toks[w - 1].text in (",", "¶"):
            # "Trump has hailed ..., telling reporters that he thinks ...": the participle's subject
            opening = sentence_subject(text, toks[:w], people, verb=toks[w].low)
            if opening and opening[0].lower() not in sp.PRONOUNS:
                return Attribution(opening[0], opening[1], opening[2], toks[w].text)
            # or the speaker of an inverted tag just before it: "“...,” said Mr. Burr, adding that he did not
            # think the party “will get there”"
            tag = next((j for j in range(w - 2, max(0, w - 8), -1) if toks[j].low in SPEECH_CORE), None)
            said = c.inverted(tag) if tag and toks[tag - 1].text in ("¶", ",") and toks[w - 1].text == "," else None
            if (
                said is not None
                and said.mention.lower() not in sp.PRONOUNS
                and toks[tag + 1].start == said.start
                and all(t.end <= said.end for t in toks[tag + 1 : w - 1])  # (the name runs to the comma)
            ):
                return replace(said, cue=toks[w].text)
        if outer:
            # on to the outermost reporter: "Mr. Ross said Mr. Obama had told leaders that he would ..."
            if outer.mention.lower() not in sp.PRONOUNS:
                named = outer
            # else the outermost reporter, as for a name: "She said, if elected, she would ask Mr. Biden to
            # help lead a “cancer moonshot”", "he said he often thinks of what his parents told him"
            outermost = inner = outer
            inner_verb = w
    if relative and (named or outermost):
        outer = named or outermost
        return found if _not_its_pronoun(found, outer.mention) else replace(found, antecedent=outer)
    return named or outermost or found


def _introduces_directly(c: _Around, v: int) -> bool:
    """Whether the verb at ``v`` hands the quotation over itself, after a colon and at most a listener ("his
    wife whispered to him: “...”")."""
    toks, qi = c.toks, c.qi
    return qi - v <= 4 and toks[qi - 1].text == ":" and all(t.low != "that" and t.text != "¶" for t in toks[v + 1 : qi])


def _says_clause(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` is one of saying with a clause after it ("who say he should", "who claim that
    the tax is"), so that a quotation further on is in what it says (not "women who complained about ... “...”",
    where the quotation is the sentence's own)."""
    return v + 1 < len(toks) and toks[v].low in reporting_verbs() and usual_tag(toks[v + 1].low) not in ("IN", "TO")


def _subject_elsewhere(c: _Around, v: int, inherited: Attribution | None) -> Attribution | None:
    """The speaker of a reporting verb at ``v`` with no subject of its own: the main verb's ("was prompted
    to say"), the main clause's after an opening participle, or an earlier clause's ("adding that ...")."""
    text, toks, qi, people = c.text, c.toks, c.qi, c.people
    left = toks[v - 1].low if v > 0 else ""
    if left == "to" and v > 2 and looks_like_verb(toks, v - 2):
        # "Mr. Trump was prompted to say, “...”", "she decided to tell them": the main verb's subject
        rng = subject_left(toks, v - 2)
        if rng:
            phrase, a, b = span_text(text, toks, rng)
            if can_speak(phrase, toks[v].low, people):
                return Attribution(phrase, a, b, cue_at(toks, v))
    if toks[v].low.endswith("ing") and (
        v == c.first or (v == c.first + 1 and toks[c.first].low in OPENING_PREPOSITIONS)
    ):
        # "Calling the plan “a disaster,” Senator Moss voted ...", "In declaring ... “not Christian,” the
        # pope ...": a participle opening the sentence reports for the main clause's subject (also where the
        # opening phrase goes on after the quotation: "But while denouncing the “perversion” of corporate tax
        # avoidance to campaign audiences, she hasn't outlined a plan")
        k = qi + 1
        if k < len(toks) and toks[k].text != "," and not _quote_ends_with(text, toks[qi]):
            k = next((m for m in range(k, min(len(toks), qi + 25)) if toks[m].text == ","), k)
        while k < len(toks) and (toks[k].text == "," or toks[k].low in ASIDE_ADVERBS):
            k += 1
        main = sentence_subject(text, toks[k:], people) if k > qi + 1 or _quote_ends_with(text, toks[qi]) else None
        if main:
            return Attribution(main[0], main[1], main[2], cue_at(toks, v))
    if left == "," and toks[v].low.endswith("ing"):
        aside = _aside_of_next_subject(c, v)
        if aside is not None:
            return aside
    if left in _GOES_ON or toks[v].low.endswith("ing"):
        return _earlier_clause(c, v, inherited)
    return None


def _aside_of_next_subject(c: _Around, v: int) -> Attribution | None:
    """The speaker of a participle in an aside between commas that the quotation closes, when a finite verb
    follows it: its subject is the participle's ("after a tabloid, citing “a source close to the couple,” reported
    that ...": the tabloid, not the sentence's first subject)."""
    toks, qi = c.toks, c.qi
    k = qi + 1
    while k < len(toks) and toks[k].text == ",":
        k += 1
    if not (
        k < len(toks)
        and (k > qi + 1 or _quote_ends_with(c.text, toks[qi]))
        and toks[k].text.islower()
        and usual_tag(toks[k].low) in ("VBD", "VBZ")
    ):
        return None
    rng = subject_left(toks[: v - 1] + toks[k:], v - 1)  # (the subject of the verb with the aside left out)
    if rng is None or rng[1] != v - 1:
        return None
    phrase, a, b = span_text(c.text, toks, rng)
    return Attribution(phrase, a, b, cue_at(toks, v)) if can_speak(phrase, toks[v].low, c.people) else None


_GOES_ON = frozenset([",", "and", "while", "before", "after", "¶", "then"])  # (before a verb that goes on)


# verbs of seeing and remembering whose object does what the participle after it says
_PERCEPTION = frozenset(
    "see sees saw seen watch watches watched hear hears heard remember remembers remembered recall recalls "
    "recalled imagine imagined picture pictured".split()
)


def _perceived_doer(c: _Around, v: int) -> Attribution | None:
    """For a participle at ``v`` after a comma or "and", the one seen or remembered doing something before it,
    who goes on doing it ("I remember President Jimmy Carter going on TV in 1977, declaring a “...” ..., and
    telling Americans that “...”": Carter, not I)."""
    toks = c.toks
    for k in range(v - 2, max(-1, v - 25), -1):
        if toks[k].low in _PERCEPTION and toks[k].text.islower():
            # the object, a name or a noun phrase, then a participle of its own
            end = next((m for m in range(k + 1, min(v - 1, k + 8)) if toks[m].low.endswith("ing")), None)
            if end is None or end == k + 1 or not all(is_word(t) or t.text == "." for t in toks[k + 1 : end]):
                return None
            phrase, a, b = span_text(c.text, toks, (k + 1, end))
            if sp.mention_type(phrase) in ("person", "anonymous", "role", "organisation"):
                return Attribution(phrase, a, b, cue_at(toks, v))
            return None
        if toks[k].text in (";", ":"):
            return None
    return None


def _earlier_clause(c: _Around, v: int, inherited: Attribution | None) -> Attribution | None:
    """ "adding that ...", "and told the press that ...": the subject of the earlier clause."""
    text, toks, people = c.text, c.toks, c.people
    left = toks[v - 1].low if v > 0 else ""
    if left in (",", "and") and toks[v].low.endswith("ing"):
        seen = _perceived_doer(c, v)
        if seen is not None:
            return seen
    # (not a verb inside the opening subordinate clause: "As the shutdown continues, the campaign released an ad
    # saying")
    # (nor one inside an aside between dashes closed before it: "painting Mr. Trump as ... - “...,” one Clinton ad
    # declared - or denouncing him as a “psychopath”")
    asides = dash_asides(toks, c.first, v, hyphen=True)
    earlier = [
        w
        for w in c.pre_verbs
        if w < v and (c.opener_end is None or w > c.opener_end) and not any(a < w < b for a, b in asides)
    ]
    # the nearest clause's own subject: "Christie acknowledged ... even as he defended ..., saying"
    near = clause_pronoun(toks, v, earlier[-1] if earlier else 0)
    if near is not None:
        phrase, a, b = span_text(text, toks, near)
        if can_speak(phrase, toks[v].low, people):
            return Attribution(phrase, a, b, cue_at(toks, v))
    for w in reversed(earlier):
        found = c.subject(w)
        if found is None and left == "and" and w > 0 and toks[w - 1].text in (",", "¶"):
            # “...,” said a former official who oversaw ... and described it as “...”: the speaker named
            # after the earlier verb goes on
            found = c.inverted(w)
        if found and reduced_relative(toks, found.rng_start):
            continue  # "Santilli wears a suit in videos he calls “...”, telling ...": the clause's subject
        if found and found.mention.lower() == "which" and {",", "—", "–", ")"} & {t.text for t in toks[w + 1 : v]}:
            continue  # "He held up the sign — which read “...” — and waved it, mouthing": an aside on a thing
        if found and found.mention.lower() == "who" and "," in [t.text for t in toks[w + 1 : v]]:
            # "Mr. Trump, who said last week that ..., issued a statement saying": the relative clause is
            # an aside, closed before the participle; the one it is on speaks
            on = sentence_subject(text, toks[: found.rng_start], people) if found.rng_start > 1 else None
            if on and toks[found.rng_start - 1].text == ",":
                return Attribution(on[0], on[1], on[2], cue_at(toks, v))
        if found:
            # ("put it in his memo explaining the deal": a participle on a noun is not the report)
            cue = cue_at(toks, v) if left in _GOES_ON else found.cue
            if toks[v].low.endswith("ing") and left == ",":
                # a participle after a clause inside someone's report goes on with the reporter: "Cardin said
                # that Republicans rejected his attempts, calling it “...”" (but an opening phrase is no
                # reporter: "Continuing to explain ..., Carson rejected ..., saying")
                pron = found.mention.lower() in sp.PRONOUNS
                outer = _outermost(c, w, found, pron)
                if usual_tag(toks[outer.rng_start].low) not in ("IN", "VBG"):
                    found = outer
            return Attribution(found.mention, found.start, found.end, cue)
    by_doer = _by_participle_doer(c, v) if left == "by" else None
    if by_doer is not None:
        return by_doer
    # "Beck has also criticized voters, declaring that ...": the sentence's own subject before one
    # carried over from an earlier sentence
    opening = sentence_subject(text, toks[:v], people, verb=toks[v].low) if v > 1 else None
    relative = _relative_before(toks, v) if opening and left == "," and toks[v].low.endswith("ing") else None
    if relative is not None and toks[relative].start > opening[2]:
        # "The senator was rallying for Eric Kingson, who is running for Congress and who worked the crowd,
        # praising “...”": the participle goes on from the relative clause right before it, on its object
        return Attribution("who", toks[relative].start, toks[relative].end, cue_at(toks, v))
    if opening:
        return Attribution(opening[0], opening[1], opening[2], cue_at(toks, v))
    doer = _participle_doer(c, v) if left == "," and toks[v].low.endswith("ing") else None
    if doer is not None:
        return doer
    if inherited is None:
        return None
    if toks[0].low == "it" and has_verb_form(toks[past_adverbs(toks, 1, v)]):
        # "The lawsuit contends that “...” It goes on to fault ..., saying ...": "it" is the
        # mention, standing for the speaker before
        return Attribution(toks[0].text, toks[0].start, toks[0].end, cue_at(toks, v), antecedent=inherited)
    return Attribution(inherited.mention, inherited.start, inherited.end, cue_at(toks, v))


def _by_participle_doer(c: _Around, v: int) -> Attribution | None:
    """For a participle at ``v`` after "by", the subject of the verb the phrase is on, in the same clause ("Tsongas
    won the primary, although Bill Clinton won the spin by declaring himself the “comeback kid”": Clinton, not
    the sentence's subject)."""
    toks = c.toks
    for k in range(v - 2, max(c.first - 1, v - 10), -1):
        if not is_word(toks[k]):
            return None
        # (the nearest verb, as a "by" phrase most often is on it; an infinitive's subject is its governing verb's)
        if toks[k].text.islower() and (usual_tag(toks[k].low) in ("VBD", "VBZ", "VBP") or looks_like_verb(toks, k)):
            rng = subject_left(toks, k)
            if rng is None or reduced_relative(toks, rng[0]):
                return None  # (as for other participles: "quashed rumors he was planning to write a book by tweeting")
            phrase, a, b = span_text(c.text, toks, rng)
            return Attribution(phrase, a, b, cue_at(toks, v)) if can_speak(phrase, toks[v].low, c.people) else None
    return None


def _relative_before(toks: list[Tok], v: int) -> int | None:
    """The "who" of a relative clause that runs, with a verb and no comma, up to the comma before ``v`` (the
    first of two joined by "and": "Eric Kingson, who is running ... and who worked the crowd,"); None when the
    clause nearest the participle states what someone is, an aside the participle does not go on from ("his vice
    president, Dick Cheney, who was in attendance, saying")."""
    found = None
    for k in range(v - 3, max(0, v - 25), -1):
        if toks[k].text in (",", ";", ":", "¶", "(", ")", "—", "–"):
            return found
        if toks[k].low == "who" and toks[k - 1].text in (",", "and") and has_verb_form(toks[k + 1]):
            if found is None and toks[k + 1].low in COPULAS:
                return None
            found = k
            if toks[k - 1].text == ",":
                return k
    return found


def _participle_doer(c: _Around, v: int) -> Attribution | None:
    """ "The first taste the audience gets of Trump is his golden head speaking from a $100 bill, calling them
    “...”": with no speaker opening the sentence, a participle after a comma goes on from the one before it in
    its clause, and from that one's subject."""
    toks = c.toks
    comma = v - 1
    # (a participle, not "thing", "during" or "meeting")
    before = next((k for k in range(comma - 1, 0, -1) if usual_tag(toks[k].text) == "VBG"), None)
    if before is None or any(t.text in (",", ";", "¶") for t in toks[before:comma]):
        return None
    rng = subject_left(toks, before)
    if rng is None:
        return None
    phrase, a, b = span_text(c.text, toks, rng)
    return Attribution(phrase, a, b, cue_at(toks, v)) if can_speak(phrase, toks[v].low, c.people) else None


# whose words a quotation is: "in Forbes’ words", "in his own words", "in the words of Mayor Tom Reed", "to
# quote Churchill"
_WORDS_OF = (
    r"(?:[Ii]n\s+(?:(?P<own>(?:(?:[A-Z](?:[\w.-]|[’'](?=[A-Z]))*\s+){0,3}[A-Z](?:[\w.-]|[’'](?=[A-Z]))*"
    r"|[Hh]is|[Hh]er|[Tt]heir)(?:[’']s?)?\s+(?:own\s+)?(?:words|view))|the\s+(?:\w+\s+)?words\s+of\s+(?P<of>[^,;:“”\"]{2,60}?))"
    r"|[Tt]o\s+quote\s+(?P<quoted>[^,;:“”\"]{2,60}?)"
    # ("per" as "according to", with someone or something that can speak after it: "Per a spokesperson, ...",
    # "..., per CTV News."; not "per hour", which no source follows)
    r"|\b[Pp]er\s+(?P<per>(?:the|a|an|his|her|their|its|[A-Z])[^,;:“”\"]{1,60}?))"
)
_VIEW_OF_FIRST = re.compile(r"To\s+(?P<to>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|him|her|them),\s")
_WORDS_OF_BEFORE = re.compile(r"\b" + _WORDS_OF + r",?\s*$")  # right before the quotation
_WORDS_OF_FIRST = re.compile(_WORDS_OF + r",\s")  # opening the sentence
# closing the sentence after the quotation: "“...” from diplomacy to the defense budget, in Bolton’s view."
# (the comma may be inside the marks: "was “a disaster,” in the words of one strategist.")
_WORDS_OF_AFTER = re.compile(r"(?:[^“”\"]{0,80}?,)?\s+" + _WORDS_OF + r"\s*[.!?]?\s*$")


def _in_words_of(c: _Around) -> Attribution | None:
    """Step 3 begins: the one whose words a phrase before the quotation says they are, right before it
    ("because, in Forbes’ words, “...”", "in the words of Mayor Tom Reed, “...”"), opening the sentence
    with no reporting verb after it ("In Reed’s words, the plan was “...”"), or closing it after the quotation
    with none ("“...” from diplomacy to the defense budget, in Bolton’s view.")."""
    text, toks, qi = c.text, c.toks, c.qi
    words = _WORDS_OF_BEFORE.search(text, max(c.sent_start, c.q.open_at - 120), c.q.open_at)
    if words is None and c.first < qi:
        # (and "To Sharp, Trump is the “kind-hearted and caring” man": the view of the one the sentence opens with)
        start = toks[c.first].start
        words = _WORDS_OF_FIRST.match(text, start, c.q.open_at) or _VIEW_OF_FIRST.match(text, start, c.q.open_at)
        if words is not None and any(toks[v].start > words.end() for v in c.pre_verbs):
            return None  # "In his words, Smith said “...”": the report's own speaker
    if words is None and c.toks[-1].end > c.q.outer_end and not any(v > qi for v in c.verbs):
        words = _WORDS_OF_AFTER.match(text, c.q.outer_end, c.toks[-1].end)
    if words is None:
        return None
    group = next(g for g in ("own", "of", "quoted", "to", "per") if words.groupdict().get(g))
    who, a = words[group], words.start(group)  # ("Forbes’ words", "his own words": whose, as "his remarks")
    if group != "own" and not is_speaker_phrase(who, c.people, strict=False):
        return None
    if group == "own" and who.endswith("view"):
        # "in Bolton’s view": the one whose view it is (a view is no one's words to resolve)
        who = re.sub(r"(?:[’']s?)?\s+(?:own\s+)?view$", "", who)
        return Attribution(who, a, a + len(who), "view")
    cue = {"own": "words", "of": "in the words of", "quoted": "to quote", "to": "view", "per": "per"}[group]
    return Attribution(who, a, a + len(who), cue)


def headline_speaker(label: str) -> tuple[str, str] | None:
    """The speaker and verb of a headline's label in capitals before its colon: "Trump Slams Cruz" -> ("Trump",
    "Slams"), "Rubio Tells Iowa" -> ("Rubio", "Tells"); None when no verb of saying in it follows a name."""
    words = label.split()
    verb = next(
        (
            k
            for k, w in enumerate(words[1:-1], 1)
            if w[0].isupper() and w.endswith("s") and w.lower() in reporting_verbs()
        ),
        None,
    )
    if verb is None or sp.mention_type(" ".join(words[:verb])) not in ("person", "organisation"):
        return None
    return " ".join(words[:verb]), words[verb]


def _words_label(c: _Around, words: re.Match[str] | None) -> Attribution | None:
    """Whose words a label before the quotation names ("His reply:", "From Bush's Facebook post:"), if anyone's."""
    if words is not None and words["pron"]:  # "His reply: “...”", "Her answer was simple:"
        return Attribution(words["pron"], words.start("pron"), words.end("pron"), ":")
    if words is None or not is_speaker_phrase(words["who"], c.people, strict=True):
        return None
    # "From Bush's Facebook post: “...”", "The senator's motto was simple: “...”": whose words they are
    return Attribution(words["who"], words.start("who"), words.end("who"), words["noun"])


# a document as a label before a colon: "From the report:" (not a page's pointer, "Read the full statement
# below:", which the sentence before tells whose it is)
_DOCUMENT_LABEL = re.compile(r"(?:From|In)\s+(?P<doc>(?:the|this|that|its|their)(?:\s+[\w-]+){1,3}?)\s*")


def _document_label(text: str, start: int, end: int) -> Attribution | None:
    """The document a label before a colon names, which speaks for whoever issued it ("From the report: “...”");
    None for any other label."""
    label = _DOCUMENT_LABEL.fullmatch(text, start, end)
    if label is None or not sp.names_document(label["doc"]):
        return None
    return Attribution(label["doc"], label.start("doc"), label.end("doc"), ":")


# one word that labels what kind of piece or medium follows, not whose words: a newsroom's kicker (or a contact
# detail: "EMAIL: fitcity@nytimes.com")
KICKERS = frozenset(
    "analysis opinion editorial commentary column perspective explainer exclusive breaking update watch video "
    "photos listen live letter letters obituary review interview podcast recap essay profile correction "
    "transcript email e-mail phone telephone fax website contact".split()
)


def _colon_label(c: _Around) -> Attribution | None:
    """Step 3 ends: a colon right before the quotation, after the sentence's subject, a label or a name."""
    text, toks, qi = c.text, c.toks, c.qi
    if qi > 1 and toks[qi - 1].text == "," and toks[qi - 2].low in ("was", "is"):
        # (or a comma after someone's words and a copula: "The governor's motto was, “...”")
        return _words_label(c, _WORDS_LABEL.fullmatch(text, toks[0].start, toks[qi - 1].start))
    if not (qi > 0 and toks[qi - 1].text == ":"):
        return None
    # (the name ends before a lawmaker's party and state: "From Sen. Elizabeth Warren, D-Mass.: “...”")
    tag = _PARTY_BEFORE.search(text, toks[0].start, toks[qi - 1].start)
    end = next((k for k in range(qi - 1) if toks[k].start == tag.start(1)), qi - 1) if tag else qi - 1
    found = (
        sentence_subject(text, toks[:end], c.people)
        or _label_before_colon(text, toks, end, c.people)
        or _named_before_colon(text, toks, end)
    )
    if not found:
        own = _OWN_WORDS.match(text, toks[0].start, toks[qi - 1].start)
        if own and _SHORT_PREDICATE.fullmatch(text, own.end(), toks[qi - 1].start):
            # "Her plan is simple: “Keep showing up.”": hers, though a plan is no speaker
            return Attribution(own["pron"], own.start(), own.end("pron"), ":")
        return _words_label(c, _WORDS_LABEL.fullmatch(text, toks[0].start, toks[qi - 1].start)) or _document_label(
            text, toks[0].start, toks[qi - 1].start
        )
    phrase, a, b = found
    if phrase.lower() in KICKERS:
        return None  # "Interview: ‘I never wanted to be a politician’": the kind of piece, no one's name
    label_rest = text[b : toks[end].start].split()
    if 0 < len(label_rest) <= 2 and all(
        w.isalpha() and w.islower() and usual_tag(w) in ("NN", "NNS") for w in label_rest
    ):
        # (the label runs to the colon, its noun after the capitalised word: "Volcano scientist: “We were lucky”")
        whole = text[a : toks[end].start].rstrip()
        if sp.mention_type(whole) in ("person", "organisation", "anonymous"):
            phrase, b = whole, a + len(whole)
    own = _OWN_WORDS.match(phrase)
    if own:  # "Her message to the committee was simple: “...”": hers
        return Attribution(own["pron"], a, a + len(own["pron"]), ":")
    lead = _MORE_FROM.match(phrase) or _HERE_IS.match(phrase)
    if lead:
        # a newsletter's "More from Jones: “...”"; "Here’s Clinton in December 1992: “...”" (where and when
        # she said it after the name)
        rest = phrase[lead.end() :]
        when = _WHEN_WHERE.search(rest)
        named = rest[: when.start()] if when else rest
        if sp.mention_type(named) in ("person", "organisation"):
            phrase, a, b = named, a + lead.end(), a + lead.end() + len(named)
    topic = _ON_TOPIC.search(phrase)
    if topic and sp.mention_type(phrase[: topic.start()]) == "person":
        # "Pompeo on Iran: “...”", "Stephen Miller on Wolff book: “...”": the speaker, then what about
        phrase, b = phrase[: topic.start()], a + topic.start()
    labelled = headline_speaker(phrase)
    if labelled is not None:
        return Attribution(labelled[0], a, a + len(labelled[0]), labelled[1])
    verb = phrase.split()[0]
    if verb.lower() in reporting_verbs() and len(phrase.split()) > 1:
        # "Says Michael Hirsch, chief investment officer of ...: “...”": the speaker after the verb
        rest = phrase[len(verb) :].lstrip()
        return Attribution(rest, b - len(rest), b, verb)
    return Attribution(phrase, a, b, ":")


def _words_owner(c: _Around) -> Attribution | None:
    """Step 4, inside someone's words, when no verb before the quotation reports them: "Trump’s controversial
    pledge to be “neutral”", "a question about her claim that she “never sent ...”", "his call for “a total
    and complete ban”" (in what the noun claims or calls for, not right after it: "the remarks were “...”");
    a verb later in the sentence is another clause's ("..., including his promise to be “neutral” ..., have
    caused concern ..., in line with what the audience hoped")."""
    text, q_open = c.text, c.q.open_at
    named = _NAMED_BEFORE.search(text, max(c.sent_start, q_open - 60), q_open)
    noun = _SPEECH_NOUN_AFTER.match(text, c.q.outer_end) if named else None
    if noun and is_speaker_phrase(named.group(1), c.people, strict=True):
        # "Obama's “if you like your plan, you can keep it” promise": the possessor's words
        a, b = named.start(1), named.end(1)
        return Attribution(text[a:b], a, b, noun.group(1))
    owner = _POSSESSED_WORDS.search(text, max(c.sent_start, q_open - 150), q_open)
    if owner and _in_content(owner):
        who = owner.group("pron") or owner.group("name")
        if owner.group("pron") or is_speaker_phrase(who, c.people, strict=True):
            a = owner.start()
            b = owner.end("noun")
            return Attribution(text[a:b], a, b, owner.group("noun"))
    owner = _WORDS_OF_OWNER.search(text, max(c.sent_start, q_open - 150), q_open)
    if owner and is_speaker_phrase(owner.group("who"), c.people, strict=True):
        # "the contention of former secretary of state Hillary Clinton that some of her emails were subjected to
        # “over-classification”": hers (not "the claim by X that", which PolNeAR gives to whoever answers it:
        # "Eric Trump knocked a statement by actor George Clooney that an “obscene amount of money” ...")
        a, b = owner.start("who"), owner.end("who")
        return Attribution(text[a:b], a, b, owner.group("noun"))
    return None


def _reporter_later(c: _Around) -> Attribution | None:
    """Step 5, a reporting verb later in the sentence with its own subject: "... ," he said; or inverted at
    the end of the sentence: Clinton “drew quite well ...” in the 2008 primary, said professor Paul Beck."""
    toks, qi = c.toks, c.qi
    # a relative clause right after the quotation is about what was quoted, to its comma, every verb in it:
    # the judge as “Spanish,” which is what some call people who they believe speak Spanish
    k = next((k for k in range(qi + 1, len(toks)) if toks[k].text != ","), len(toks))
    about = k < len(toks) and toks[k].low == "which"
    about_end = next((m for m in range(k + 1, len(toks)) if toks[m].text == ","), len(toks)) if about else qi
    for v in c.verbs:
        if v <= about_end:
            continue
        found = c.subject(v)
        if found and (
            (found.rng_start > 0 and toks[found.rng_start - 1].low in ("which", "whom"))
            or found.mention in THING_RELATIVES
            # (or about someone named after it: "the “right direction” compared to only 24 percent who said otherwise")
            or (found.mention.lower() == "who" and found.rng_start > qi + 1)
        ):
            # “...,” which Mozloom thinks will ...: a relative clause about what was quoted (or about
            # something else: "“...,” while ... letters that called him ...")
            continue
        if (
            found
            and found.rng_start < qi
            and "," in [t.text for t in toks[found.rng_start : qi]]
            and "," in [t.text for t in toks[qi + 1 : v]]
        ):
            return None  # "Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said": an aside's words
        if found and not (found.rng_start == qi + 1 and found.mention.lower() == "who"):
            return found
        if not found and toks[v].low.endswith("ing") and toks[v - 1].text in (",", "¶"):
            return None  # “...,” telling reporters that he thinks ...: later verbs are what the participle reports
        if _comma_before(c.text, toks, v) and toks[v].low != "according":
            rng = object_right(toks, v)
            if rng and (rng[1] == len(toks) or toks[rng[1]].text in (",", ".")):
                found = c.inverted(v)
                if found:
                    return found
    return None


def _comma_before(text: str, toks: list[Tok], v: int) -> bool:
    """Whether a comma comes right before token ``v``: its own token, or the one inside a quotation that closes
    there (“dead on arrival” and “a waste of time,” said Smith)."""
    before = toks[v - 1]
    return before.text == "," or (before.text == "¶" and text[before.start : before.end].rstrip("”\"’'").endswith(","))


def _sentence_holder(c: _Around) -> Attribution | None:
    """Step 6, any other verb: the quotation belongs to the subject of its sentence ("Trump is promising to
    "bomb the hell" out of ..."), when that subject can speak."""
    text, toks, qi, people = c.text, c.toks, c.qi, c.people
    pre_verbs = c.pre_verbs
    if qi <= 1 or (names_thing(toks, qi - 1) and not (pre_verbs and pre_verbs[-1] == qi - 1 and c.subject(qi - 1))):
        return None  # a name given to a thing, no one's words: "a play called “...”", "a culture called “...”"
    # with a reporting verb before the quotation, a description can be the speaker too: "The billionaire
    # businessman began by talking about the drug crisis, saying that heroin is “cheaper than candy.”"
    cue = toks[pre_verbs[-1]].low if pre_verbs else ""
    # the nearest clause's own subject first: "..., and at one point the crowd reprised “...”"
    clause = clause_subject(text, toks[:qi], people)
    # (a clause after the last reporting verb has its own subject: "Boos rained down when Trump mentioned
    # her, and at one point the crowd reprised the chant “...”")
    if clause is not None and pre_verbs and clause[1] < toks[pre_verbs[-1]].end:
        clause = None
    found = clause or sentence_subject(text, toks[:qi], people, verb=cue)
    if not found or named_passively(toks, qi) or found[0].lower() in KICKERS:
        return None  # (nor a kicker before a headline's colon: "Interview: ‘...’")
    main_verbs = [v for v in pre_verbs if (c.opener_end is None or v > c.opener_end) and not _in_opening_phrase(c, v)]
    if clause:  # (its own reporting verbs only, not those of the clause before it)
        main_verbs = [v for v in main_verbs if toks[v].start > found[1]]
    # (nor a thing's in a relative clause: "the sign, which read “...,” and waved it, mouthing “...”")
    main_verbs = [
        v for v in main_verbs if not (v > 0 and toks[v - 1].low in THING_RELATIVES and _said_before(toks, v, qi))
    ]
    # (nor a finding verb without its that-clause, which reports nothing: "found late fame as the Dowager
    # Countess in “Downton Abbey,”")
    main_verbs = [v for v in main_verbs if toks[v].low not in FINDING_VERBS or finds_that(toks, v)]
    held = Attribution(found[0], found[1], found[2], toks[main_verbs[-1]].text if main_verbs else "")
    k = next((k for k, t in enumerate(toks) if t.start == found[1]), 0)
    if k > 0 and toks[k - 1].low in RELATIVE_PRONOUNS and found[0].lower() in sp.PRONOUNS_PERSON:
        # "he also could not resist taking swipes at Marco Rubio, who he dubbed “...”": he is not Rubio
        # but the sentence's subject
        outer = sentence_subject(text, toks[: k - 1], people)
        if outer:
            held.antecedent = Attribution(outer[0], outer[1], outer[2], "")
    return held


# someone's words right before a quotation, with what they claim or call for: the noun's complement holds it
_POSSESSED_WORDS = re.compile(
    r"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?)\s+"
    # (one word that says which: "her March comment", "his Senate speech")
    r"(?:[a-z-]+\s+|[A-Z][a-z]+\s+)?(?P<noun>" + sp.SPEECH_NOUNS + r")"
    # (past a short phrase of where or when: "Mr. Obama's suggestion at a debate that she was “...”")
    r"(?P<rest>(?:\s+(?:at|in|on|during|before)\s+[^“”\"\n,]{1,40}?)?\s+(?P<link>that|to|for),?\s[^“”\"\n]*?)?\s*$"
)
# someone's words as a label before a colon: "From Bush's Facebook post", "The senator's motto was simple"
_WORDS_LABEL = re.compile(
    # (and a page's pointer to it: "Here is Rubio’s full statement:", "Read Rubio’s statement below:")
    r"(?:(?:From|In|Here(?:’s|'s|\s+is)|Read|Below\s+is)\s+)?(?:(?P<who>[Tt]he\s+[a-z]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?|(?P<pron>[Hh]is|[Hh]er|[Tt]heir))\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + sp.SPEECH_NOUNS + r")"
    r"(?:\s+(?:to|on|at|in|during)\s+[^:,“”\"]{1,40}?)?(?:\s+(?:was|is|were|read|reads)(?:\s+[a-z]+)?)?(?:\s+(?:below|here|in\s+full))?\s*"
)
# someone's words after "of", then the clause that holds the quotation: "the contention of X that ..."
_WORDS_OF_OWNER = re.compile(
    r"\b(?:the|an?)\s+(?P<noun>" + sp.SPEECH_NOUNS + r")\s+of\s+"
    r"(?P<who>(?:(?:the|an?|former)\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?)\s+(?:that|to),?\s[^“”\"\n]*?\s*$"
)
_NAMED_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s\s+$")
# (before a colon, also what someone means to do or thinks, put in their words: "Her plan is simple: “Keep
# showing up.”", "His advice to young players: “...”")
_OWN_WORDS = re.compile(
    r"(?P<pron>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:"
    + sp.SPEECH_NOUNS
    + r"|advice|plan|philosophy|explanation|reasoning|verdict|view|take|assessment|reaction|question)\b"
)
# what may follow someone's words before a colon: "is simple", "was blunt", "to young players", "for the city"
_SHORT_PREDICATE = re.compile(r"(?:\s+(?:is|was)(?:\s+[a-z]+){1,2}|\s+(?:to|for)(?:\s+[\w’'-]+){1,3})?\s*")
_SPEECH_NOUN_AFTER = re.compile(r"\s+(" + sp.SPEECH_NOUNS + r"|line|refrain)\b")
_PARTICLES = frozenset(["on", "back", "in", "out"])
_TAG_WORDS = frozenset("on back out up in aloud again loudly quietly softly simply finally later".split())


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:]*$")


def _in_relative(text: str, s0: int, o: QuoteSpan) -> bool:
    """Whether quotation ``o`` closes a relative aside: "Jones, who called the plan “foolish,” said"."""
    # what _RELATIVE_ASIDE searches for from s0 can only start at the last comma before the quotation (no comma
    # may follow it): matched there, as a sentence of hundreds of quotations asks this for each of them
    at = text.rfind(",", s0, o.open_at)
    return at >= 0 and _RELATIVE_ASIDE.match(text, at, o.open_at) is not None


_OPENING_LEAD = re.compile(r"\s*(?:(?:And|But|Yet|So),?\s+)?([A-Za-z]+)\s")


def _closes_opening(text: str, s0: int, o: QuoteSpan) -> bool:
    """Whether quotation ``o`` ends, on a comma inside its marks, the phrase that opens the sentence at ``s0``
    ("In a clip that a judge called “distasteful,” Santilli ..."): no comma before it since that phrase began."""
    lead = _OPENING_LEAD.match(text, s0, o.open_at)
    return (
        lead is not None
        and lead[1].lower() in _OPENING_PHRASES
        and "," not in text[lead.end() : o.open_at]
        and text[o.start : o.end].rstrip().endswith(",")
    )


def _names_work(text: str, at: int) -> bool:
    """Whether the quotation opening at ``at`` is the title of a work or show, after a preposition or a
    possessive ("author of “The Big Short”", "ABC’s “Good Morning America”")."""
    return _WORK_BEFORE.search(text, max(0, at - 14), at) is not None


def _colon_clause(toks: list[Tok], qi: int, pre_verbs: list[int]) -> int | None:
    """Where the clause starts that ends with a colon right before the quotation at ``qi``, when a conjunction
    after a comma or a semicolon starts it and no reporting verb is in it (else None)."""
    if qi < 2 or toks[qi - 1].text != ":":
        return None
    start = next(
        (
            c + 1
            for c in range(qi - 2, 1, -1)
            # (the comma can be inside the quotation before: “non-entities,” but he ...)
            if toks[c].text == ";" or (toks[c].low in ("but", "and", "yet") and toks[c - 1].text in (",", "¶"))
        ),
        None,
    )
    if start is None or start >= qi - 2 or any(start <= w < qi for w in pre_verbs):
        return None
    return start


def _closing_tag(c: _Around) -> Attribution | None:
    """The attribution that closes the sentence after the quotation at ``qi``: ", said Jo Ames[, ...] [on
    Monday]." or ", Jo Ames said [on Monday]."."""
    toks, qi = c.toks, c.qi
    for v in c.verbs:
        if v <= qi + 1 or toks[v].low not in SPEECH_CORE or not toks[v].text.islower():
            continue
        if toks[v - 1].text == ",":
            found = c.inverted(v)
            rng = object_right(toks, v)
            rest = toks[rng[1] :] if rng else []
            if rest and rest[0].text == ",":  # past the speaker's apposition
                close = next((k for k in range(1, len(rest)) if rest[k].text == ","), len(rest))
                rest = rest[close:]
        else:
            found = c.subject(v)
            rest = toks[v + 1 :]
            if found and (found.rng_start < 1 or toks[found.rng_start - 1].text != ","):
                found = None
        if found and ends_clause([t for t in rest if t.text != ","]):
            return found
    return None


def _named_intro(c: _Around) -> Attribution | None:
    """A named subject whose reporting verb introduces the quotation at ``qi`` ("Feinstein said “...”", "Fallon
    fired back: “...”"), for a quotation tagged again after it with a pronoun."""
    toks, qi = c.toks, c.qi
    j = qi - 1
    if j > 0 and toks[j].text in (":", ","):
        j -= 1
    particle = j > 0 and toks[j].low in _PARTICLES
    j -= particle
    if j < 1 or j not in c.verbs or not toks[j].text.islower():
        return None
    found = c.subject(j)
    if found is None or found.mention.lower() in sp.PRONOUNS:
        return None
    if sp.mention_type(found.mention) not in ("person", "organisation"):
        return None
    # (the particle once: the cue of "fired back" has it already)
    again = particle and found.cue.endswith(f" {toks[j + 1].text}")
    return replace(found, cue=f"{found.cue} {toks[j + 1].text}") if particle and not again else found


def _opening_reporter(c: _Around, pronoun: str) -> Attribution | None:
    """The named subject of the sentence's first reporting verb, when it opens the sentence ("Cruz spokesman
    Rick Tyler said that ... “...,” he said"): the pronoun tag after the quotation repeats that reporter."""
    toks = c.toks
    first = next((v for v in c.verbs if v < c.qi), None)
    if first is None or not toks[first].text.islower() or toks[first].low not in SPEECH_CORE:
        return None
    found = c.subject(first)
    if found is None or found.rng_start != 0 or sp.mention_type(found.mention) != "person":
        return None
    wanted = sp.pronoun_gender(pronoun)
    return found if not wanted or sp.name_gender(found.mention) in ("", wanted) else None


def _dialogue_tag(text: str, toks: list[Tok], qi: int, k: int) -> tuple[tuple[int, int], int] | None:
    """The subject and verb of a short tag after a quotation that ends with a comma, "?" or "!" inside its marks,
    when the tag closes the sentence or runs into a participle (“...,” Hannity started; “...,” the crowd cried
    out, booing): whatever its verb, the subject said it."""
    if k >= len(toks) or any(t.text != "," for t in toks[qi + 1 : k]):
        return None  # (a comma at most between: not a dash)
    if not _quote_ends_with(text, toks[qi], (",", "?", "!")):
        return None
    v = next(
        (
            v
            for v in range(k + 1, min(k + 7, len(toks)))
            if toks[v].text.islower()
            and (usual_tag(toks[v].low) in ("VBD", "VBZ") or looks_like_verb(toks, v) or _agrees(toks, k, v))
        ),
        None,
    )
    if v is None or not all(is_word(t) for t in toks[k:v]):
        return None
    end = v + 1
    while end < len(toks) and toks[end].low in _TAG_WORDS:
        end += 1
    if end < len(toks) and toks[end].text not in (".", ",", "!", "?"):
        return None
    rng = subject_left(toks, v)
    return (rng, v) if rng is not None and rng[0] == k else None


def _agrees(toks: list[Tok], k: int, v: int) -> bool:
    """A word in -s right after "he", "she" or "it" is its verb, whatever the word's usual tag ("he points
    out", "she quips")."""
    return v == k + 1 and toks[k].low in ("he", "she", "it") and toks[v].low.endswith("s") and len(toks[v].low) > 3


_PASSIVE_NAMING = frozenset(
    "called labeled labelled dubbed described termed branded known seen viewed derided hailed".split()
)
_LABEL_LEAD = frozenset(["as", "a", "an", "the"])


def _named_by(toks: list[Tok], qi: int) -> tuple[int, int] | None:
    """Token range of the agent of a naming passive around the quotation at ``qi`` (see :func:`attribute`, step
    2): the participle within a few words before it, "by" and the agent right after the quotation or between
    the participle and "as"."""
    v = next((v for v in range(qi - 1, max(-1, qi - 6), -1) if toks[v].low in _PASSIVE_NAMING), None)
    if v is None:
        # "described by FBI Director James Comey as “...”": an agent of several words between
        v = next(
            (
                v
                for v in range(qi - 6, max(-1, qi - 13), -1)
                if toks[v].low in _PASSIVE_NAMING and toks[v + 1].low == "by"
            ),
            None,
        )
    if v is None:
        return _named_by_after(toks, qi)
    if not toks[v].text.islower():
        return None
    if toks[v + 1].low == "by":  # "seen by organizers as a “...”"
        rng = object_right(toks, v + 1)
        if rng and all(t.low in _LABEL_LEAD for t in toks[rng[1] : qi]) and toks[rng[1]].low == "as":
            return rng
        return None
    if all(t.low in _LABEL_LEAD for t in toks[v + 1 : qi]) and qi + 1 < len(toks) and toks[qi + 1].low == "by":
        if _main_verb(toks, v, qi + 2):
            return None  # ("The report described “systemic failures” by nearly every agency": whose failures)
        return object_right(toks, qi + 1)  # "called “...” by Joshua Hendrick"
    return None


_DETERMINERS_AND_PRONOUNS = frozenset("the a an this that these those its his her their he she they it we".split())


def _main_verb(toks: list[Tok], v: int, agent: int) -> bool:
    """Whether the participle-like verb at ``v`` is its clause's own finite verb in the active ("The report, by
    a committee, described ..."): no passive auxiliary before it, and no finite verb before it in the sentence
    nor after the agent at ``agent`` short of a relative clause on it (not "a plan called “...” by critics was
    passed")."""
    # (a subject that opens the sentence with its determiner or a pronoun: not "Dr. Douglas Steinbrech, dubbed
    # the “go-to surgeon for men” by Forbes magazine", a participle on a name)
    if v == 0 or toks[v - 1].low in PASSIVE_AUX or toks[0].low not in _DETERMINERS_AND_PRONOUNS:
        return False
    finite = ("VBD", "VBZ", "VBP", "MD")
    if any(t.text.islower() and usual_tag(t.low) in finite for t in toks[:v]):
        return False
    for t in toks[agent:]:
        if t.low in RELATIVE_PRONOUNS or t.low == "that":
            return True  # ("by nearly every agency that responded": the verb is the relative clause's)
        if t.text.islower() and usual_tag(t.low) in finite:
            return False
    return True


def _named_by_after(toks: list[Tok], qi: int) -> tuple[int, int] | None:
    """ "“extremely careless,” as described by FBI Director James Comey", "being “careless” with classified
    information – as described by James Comey –": the agent of a naming passive in an "as" clause after the
    phrase that holds the quotation."""
    k = qi + 1
    while (
        k < len(toks)
        and k - qi <= 8
        and is_word(toks[k])
        and toks[k].low != "as"
        and usual_tag(toks[k].low) not in ("VBZ", "VBP", "MD")
        and not (usual_tag(toks[k].low) == "VBD" and toks[k - 1].low not in PREPOSITIONS)
    ):
        k += 1  # (the rest of the phrase, with no verb of its own: "with classified information")
    if k < len(toks) and toks[k].text in (",", "–", "—"):
        k += 1
    if (
        k + 2 < len(toks)
        and toks[k].low == "as"
        and toks[k + 1].low in _PASSIVE_NAMING
        and toks[k + 1].text.islower()
        and toks[k + 2].low == "by"
    ):
        return object_right(toks, k + 2)
    return None


def _in_content(owner: re.Match[str]) -> bool:
    """Whether the words between someone's claim, pledge or call and a quotation are what it claims ("that he
    would be a “...”"), pledges ("to be “...”") or calls for ("for “...”"): short, with no comma, no report and
    no second finite verb, which would be the main clause's ("Rubio's claim that Cruz is in favor of it is
    “simply not true”" is not Rubio's)."""
    words = owner.group("rest").split()[1:] if owner.group("rest") else None
    if words is None or len(words) > 10 or any(w.endswith(",") or w.lower() in reporting_verbs() for w in words):
        return False
    link = owner.group("link")
    if link == "to":
        return bool(words) and usual_tag(words[0].lower()) == "VB"  # (not "her comments to the FBI were")
    if link == "that":
        finite = [w for w in words if usual_tag(w.lower()) in ("VBD", "VBZ", "VBP", "MD")]
        return len(finite) <= 1
    return True


HOLDER_PRONOUNS = frozenset(["he", "she", "they"])


def _label_before_colon(text: str, toks: list[Tok], colon: int, people: set[str]) -> tuple[str, int, int] | None:
    """A name that labels a quotation, after a dash or at the start: "HEADLINE - Jeffrey M. Jones: “...”"."""
    a = colon
    while (
        a > 0
        and colon - a < 8
        and (
            toks[a - 1].text[0].isupper()
            or toks[a - 1].text == "."
            or (toks[a - 1].text == "and" and a > 1 and toks[a - 2].text[0].isupper())  # "Newport and Harter"
        )
    ):
        a -= 1
    lead = a  # (a newsletter's "HEADLINE - More from Jones: “...”")
    if lead > 0 and toks[lead - 1].text == "from":
        lead -= 2 if lead > 1 and toks[lead - 2].text == "More" else 1
    if a == colon or (lead > 0 and toks[lead - 1].text not in ("-", "—", "–")):
        return None
    if colon - a == 1 and toks[a].low in TIME_WORDS:
        return None  # a time that heads a list, no one's name: "Today: “...”", "Monday: “...”"
    phrase, s, e = span_text(text, toks, (a, colon))
    return (phrase, s, e) if sp.mention_type(phrase) in ("person", "organisation") else None


def _named_before_colon(text: str, toks: list[Tok], colon: int) -> tuple[str, int, int] | None:
    """The person named last before a colon when the sentence has no subject that can speak: "The timing of
    Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “...”"."""
    a = colon
    while a > 0 and colon - a < 4 and toks[a - 1].text[0].isupper() and is_word(toks[a - 1]):
        a -= 1
    if a == 0 or colon - a < 2 or not toks[a - 1].text.islower() or any(t.text.isupper() for t in toks[a:colon]):
        return None  # (a name of two words or more after a word of the sentence, not one opening it)
    before = toks[a - 1].low
    first = toks[a].text
    # a given name, or a word no dictionary holds after a noun that describes its bearer ("pollster Daron Shaw")
    described = usual_tag(first.lower()) == "" and (
        before in sp.title_words() or before in sp.descriptor_words() or usual_tag(before) == "NN"
    )
    if not (sp.is_given_name(first) or described):
        return None
    phrase, s, e = span_text(text, toks, (a, colon))
    return (phrase, s, e) if sp.mention_type(phrase) == "person" else None


def _coordinated(words: list[Tok]) -> bool:
    """Whether ``words`` (before an "and" that opens a subject) are a short noun phrase of their own: "the
    Florida senator", "Smith", not a clause ("he said it was over")."""
    return (
        0 < len(words) <= 5
        and all(is_word(t) for t in words)
        # (a name or a description: not "the nation's “broken” campaign finance system and he pledged")
        and (words[0].low in ARTICLES_POSS or words[0].text[0].isupper())
        and words[0].low not in sp.PRONOUNS
        and not any(looks_like_verb(words, j) for j in range(len(words)))
    )


_CRIES = frozenset(
    "shout shouts cry cries chant chants reply response answer call calls voice voices yell yells scream screams "
    "retort".split()
)


def _in_reported_opening_clause(c: _Around) -> bool:
    """Whether the quotation at ``qi`` closes an opening subordinate clause with a speaker and reporting verb
    of its own: in "Although Weiner admitted that they had “been friends,” he claimed ..." the words are
    Weiner's, not those of the main clause's subject right after them."""
    toks, qi = c.toks, c.qi
    k = 1 if toks and toks[0].low in ("but", "and", "yet") else 0
    if k >= len(toks) or toks[k].low not in _OPENERS:
        return False
    # (or a verb sharing the clause's subject: "When Trump later referred to ... and said he would “...,” the
    # crowd applauded")
    return any(c.subject(w) is not None or toks[w - 1].low == "and" for w in c.verbs if k + 1 < w < qi)


# verbs of stance whose object is what they act on, never a speaker put after them
_ACTS_ON = frozenset(
    "reject rejects rejected deny denies denied criticize criticizes criticized condemn condemns condemned "
    "denounce denounces denounced dismiss dismisses dismissed praise praises praised accuse accuses accused "
    "urge urges urged support supports supported oppose opposes opposed slam slams slammed blast blasts "
    "blasted defend defends defended attack attacks attacked blame blames blamed".split()
)
_NAMING = frozenset("call calls called describe describes described dub dubs dubbed term terms termed".split())
_NAMING_LINKS = frozenset(["what", "whom", "which", "when"])
OPENING_PREPOSITIONS = frozenset(["in", "by", "after", "while", "when", "before"])


def _asked_by(toks: list[Tok], v: int) -> bool:
    """A passive question with its asker: "was asked by a reporter whether"; or the participle opening the
    sentence: "Asked by Thrush if Clinton “gets” race, Sharpton avoided ..." (Thrush's word)."""
    opens = v == 0 or toks[v - 1].text in ("¶", ";") or (toks[v - 1].text in ("—", "–") and toks[v].text[0].isupper())
    return (opens or (v > 0 and toks[v - 1].low in PASSIVE_AUX)) and asked_by(toks, v)


def _quote_ends_with(text: str, quote: Tok, ends: tuple[str, ...] = (",",)) -> bool:
    """Whether a masked quotation ends with one of ``ends`` inside its marks (“..., ” the pope said)."""
    return text[quote.start : quote.end].rstrip("”’\"'` ").endswith(ends)


_THINK = frozenset("think thinks thought believe believes believed feel feels felt hope hopes hoped".split())
_GOES_ON_EVENT = frozenset("continues continued continue drags dragged unfolds unfolded".split())
_SUBORDINATORS = frozenset("after before when whenever as since because if until once although though".split())
_WH_WORDS = frozenset(["how", "whether", "why"])
# before an inner reporter, words that open a clause no outer report holds: an event ("after Clinton argued"),
# not a condition ("if people think"), and an absolute phrase ("with Senator John McCain telling reporters")
_NO_OUTER_REPORT = _SUBORDINATORS - {"if", "unless"} | {"with"}
_OPENERS = _SUBORDINATORS | {"while", "whereas", "where", "even"}  # ("even as Trump claimed ...")
# a clause of time, cause, condition or concession opening a reported clause (not "as", an aside on the report:
# "Trump said that, as he had argued, ...")
_INNER_OPENERS = _SUBORDINATORS - {"as"} | {"while", "whereas", "unless"}
_OPENING_PREPOSITIONS = frozenset(
    "despite in unlike like amid during following with without for on at by from to given beyond besides".split()
)
_OPENING_PHRASES = _OPENERS | _OPENING_PREPOSITIONS
