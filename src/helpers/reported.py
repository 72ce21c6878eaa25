"""Reported speech without quote marks ("Officials familiar with the process say ...", "according to exit
polls"), and statements beside quotations ("“...,” he said, adding that ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from . import speakers as sp
from .clauses import (
    ADDING,
    ARTICLES_POSS,
    ASKED_VERBS,
    BACK_VERBS,
    COMMA_THAT_PARTICIPLES,
    CROWDS,
    DOCUMENT_VERBS,
    EXPRESS_VERBS,
    FINDING_VERBS,
    FINITE_AUX,
    FINITE_TAGS,
    LOWER_WORD,
    MANNER_VERBS,
    MEDIUM_NOUNS,
    NOT_NAME_LOW,
    OBJECT_VERBS,
    PARTICIPLES,
    PREPOSITIONS,
    QUESTION_LEADS,
    QUOTE_ONLY_VERBS,
    QUOTING,
    RELATIVE_PRONOUNS,
    RULING_VERBS,
    SAY_VERBS,
    SENTENCE_ADVERBS,
    SPEECH_CORE,
    STOP_LEFT,
    SUBJECT_PRONOUNS,
    THAT_ONLY,
    TIME_WORDS,
    TOLD_VERBS,
    Attribution,
    Tok,
    accused_subject,
    any_verb_form,
    asked_by,
    clause_cut,
    comment_on_it,
    cue_at,
    cue_length,
    ends_clause,
    finds_that,
    governing_verb,
    has_verb_form,
    infinitive_subject,
    inverted_tag,
    is_clause,
    is_speaker_phrase,
    is_word,
    issuer,
    it_passive,
    object_right,
    plural_subject_after_thing,
    reduced_relative,
    sentence_subject,
    span_text,
    subject_left,
    time_adverbial,
    time_span_lead,
    tokenize,
    verb_indexes,
    with_named_apposition,
    words_end,
)
from .lexicon import reporting_verbs, usual_tag
from .quote_marks import QuoteSpan

# "some families said", "many voters say": a quantified group
_QUANTIFIERS = frozenset("some many several most both all few other others".split())


def is_document(phrase: str) -> bool:
    """A short phrase headed by a document noun ("the report", "a new poll"): a source that is no person."""
    if sp.titled_tail(phrase):
        return False  # "the Surveys of Consumers chief economist Richard Curtin": a person
    named = phrase.split()
    if named and named[0].lower() == "the":
        named = named[1:]
    if len(named) >= 3 and all(w[:1].isupper() for w in named) and named[-1] not in ("Poll", "Polls"):
        # "the United States Geological Survey", "the British Geological Survey": a body's name (but "a Morning
        # Consult Poll" is one poll)
        return False
    words = phrase.lower().split()
    # (or a poll with its date or pollster: "a national CNN/ORC poll released Monday")
    # (and records, tallies and results: "The FEC filings show", "Last year's FBI statistics show")
    return (0 < len(words) <= 8 and (words[-1] in sp.DOCUMENT_NOUNS or words[-1] in sp.DATA_NOUNS)) or (
        0 < len(words) <= 14 and sp.head_noun(phrase) in sp.POLL_HEADS
    )


def _figures(phrase: str) -> bool:
    """Whether ``phrase`` is figures that show something: "figures published on Thursday", "new government
    numbers" (but "figures" who say things are people: "Republican figures say")."""
    words = phrase.lower().split()
    at = next((n for n, w in enumerate(words[:4]) if w in sp.FIGURE_WORDS), None)
    return at is not None and (at == len(words) - 1 or words[at + 1] in _FIGURES_AFTER)


_FIGURES_AFTER = frozenset(["published", "released", "issued", "compiled", "from", "for", "on"])
# what numbers do, which people who are "figures" do not ("Republican figures say", "NHS figures show")
_DATA_VERBS = FINDING_VERBS | frozenset("suggest suggests suggested indicate indicates indicated".split())


def figures_show(phrase: str, verb: str) -> bool:
    """Whether ``phrase`` with ``verb`` is numbers showing something ("Official figures show", "NHS figures
    suggest"), no people: the source is the figures themselves."""
    return verb.lower() in _DATA_VERBS and _figures(phrase)


# verbs of a speech act, which only someone who speaks does (unlike "Ankara maintains strong ties")
_SPEECH_ACTS = frozenset(
    "insist insists insisted claim claims claimed argue argues argued explain explains explained deny denies "
    "denied admit admits admitted acknowledge acknowledges acknowledged warn warns warned announce announces "
    "announced declare declares declared reply replies replied respond responds responded tweet tweets "
    "tweeted".split()
)
# words before "to" and a reporting verb that say it was not, or not yet, said: "declined to say", "has to
# show", "is expected to announce", "tried to explain", "was pressed to explain"
_UNSAID = frozenset(
    "decline declines declined declining refuse refuses refused refusing fail fails failed able unable have has "
    "had try tries tried trying want wants wanted need needs needed expected going ready reluctant unwilling "
    "hesitant seem seems seemed appear appears appeared chance way time pressure pressed struggled enough "
    "decided plans planned hopes hoped".split()
)
# the media told, after where or whose they are: "told local television", "told French radio"
_MEDIA = frozenset("television tv radio media press newspapers broadcasters outlets channels".split())
# who is told, when a clause follows without "that": "told reporters he would run"
_LISTENERS = frozenset(
    "me him her us them reporters supporters journalists voters viewers listeners readers investors shareholders "
    "analysts lawmakers legislators employees staff workers delegates residents donors colleagues police "
    "detectives officers".split()
)
_LISTENER_NOUNS = frozenset(
    "paper newspaper magazine station network website outlet crowd audience committee panel court jury trial "
    "hearing inquiry tribunal conference meeting rally summit gathering briefing forum assembly council".split()
)
# what a broadcast's name ends with
_SHOWS = frozenset(["programme", "program", "show", "podcast"])
_AMOUNTS = frozenset(["many", "much", "few", "little"])
_QUESTION_WORDS = frozenset(["whether", "if", "why", "how", "what", "when", "who"])
# what opens an adverbial clause after a comma, which is no verb's reported clause
_ADVERBIAL_LEADS = frozenset("as because although though while whereas since after before until unless".split())


def _compared(toks: list[Tok], subject: int, after: list[Tok]) -> bool:
    """Whether the subject at ``subject`` and its verb make a comparison with nothing reported: "faster than
    scientists had predicted, according to ...", "than previous studies have suggested - a report ..." (but
    "less credit than aides say he deserves" and "More than 6 in 10 said that ..." report)."""
    return (
        subject > 0
        and toks[subject - 1].low == "than"
        and (not after or after[0].text in (",", ".", ";", "—", "–", "-"))
    )


# the finite auxiliaries that open a yes-or-no question (the rule was measured without may, might, must, am)
_QUESTION_AUX = FINITE_AUX - {"may", "might", "must", "am"}


def _yes_no_question(toks: list[Tok], subject: int, after: list[Tok]) -> bool:
    """Whether the subject at ``subject`` follows the auxiliary that opens a question ending after the verb ("Does
    he believe ...?", "Also, do you think ...?"); not a question of why or how, which takes the report as given
    ("Why had he asserted that ...?")."""
    a = subject - 1
    if a < 0 or toks[a].low not in _QUESTION_AUX or not any(t.text == "?" for t in after):
        return False
    return a == 0 or toks[a - 1].text in (",", ";", ":", "¶") or toks[a - 1].low in ("and", "but", "so", "or")


def _reports(phrase: str, verb: str, people: set[str], clause: bool = False) -> bool:
    """Whether ``phrase``, the subject of ``verb`` in a sentence without quote marks, is a source: a speaker
    phrase as for quotations, or with a verb of saying also "it" (a document or body), a described group
    ("hacking specialists say", "Some advocates for stem cell research said") or a share of a poll ("About 4
    in 10 say"); never a bare word such as "that"."""
    # an unknown single name ("Forbes said", "Bob argued that", "Johnson insisted") only with a verb of saying or
    # a that-clause
    strict = not clause and verb not in SAY_VERBS and verb not in _SPEECH_ACTS
    words = phrase.lower().split()
    if len(words) == 2 and words[0] in _QUESTION_AUX and (words[1] in SUBJECT_PRONOUNS or words[1] == "you"):
        return False  # a question's inverted subject: "Do you think the system is rigged?" reports nothing
    if figures_show(phrase, verb):
        return True
    if is_speaker_phrase(phrase, people, strict=strict) or is_document(phrase):
        return True
    low = phrase.lower()
    words = low.split()
    if (
        len(words) == 1
        and phrase[0].isupper()
        and usual_tag(low) == "JJ"
        and not low.endswith("ly")
        and verb in SAY_VERBS
        and low not in _QUANTIFIERS
    ):
        # a lone capitalised adjective as the subject of a verb of saying is a name ("Voltaic said the cells
        # ...", a company the lexicon knows only as a word), not an opening adverb, which has no verb to itself
        return True
    if clause and words[0] == "the" and 1 < len(words) <= 4 and words[-1] in sp.descriptor_nouns():
        # "The singer announced that ...", "the veteran striker confirmed that ...": someone described, as "the
        # senator" is (with a clause reported: "the actor explained the similarities" reports nothing)
        return True
    if low in ("it", "which"):  # ("..., confirmed by the institute, which said she had been on tour")
        # (or a verb that argues a that-clause: "Planned Parenthood, which argued that the ban would ...")
        return verb in SPEECH_CORE | DOCUMENT_VERBS or (clause and verb in _CLAUSE_VERBS)
    # (with a verb of a speech act only a group: "Some staunch defenders of globalization acknowledge")
    act = verb in _SPEECH_ACTS and words[0] in _QUANTIFIERS
    if (
        (verb not in SAY_VERBS and not act)
        or len(words) > 8
        or (words[0] in NOT_NAME_LOW and words[0] not in _QUANTIFIERS)
    ):
        return False
    last = words[-1].strip(",.")
    return (
        usual_tag(last) in ("NN", "NNS", "NNP", "NNPS", "CD")
        or last == "percent"
        or last[:1].isdigit()
        or last in sp.descriptor_nouns()  # ("the French striker said": a noun of work the lexicon lacks)
    )


# where something was said: "in a statement", "in an interview", "during a news conference", "on a conference call"
_SAID_IN = MEDIUM_NOUNS | frozenset(
    "release conference call op-ed filing meeting rally hearing event podium summit forum ceremony".split()
)


def _said_in(after: list[Tok]) -> int:
    """How many tokens after a verb say where it was said, when a clause with its own subject follows them
    without "that" ("said in a statement it would appeal"); 0 otherwise."""
    if not after or after[0].low not in ("in", "on", "during", "at", "from"):
        return 0  # ("said at the meeting the plan was dead", "told reporters from the podium the bill would pass")
    head = next((k for k in range(1, min(len(after), 5)) if after[k].low in _SAID_IN), None)
    if head is None or not all(t.text.islower() and is_word(t) for t in after[1:head]):
        return 0
    k = head + 1
    k += time_adverbial(after[k:])
    rest = after[k:]
    return k if len(rest) >= 3 and is_clause(rest[:4]) else 0


# verbs that news puts before the speaker at a sentence's end, besides say, tell, add and write: "...,
# predicted Madeleine Kunin, the former Vermont governor"
_INVERTED = frozenset(
    "predicted noted explained argued insisted warned recalled observed acknowledged conceded cautioned declared "
    "remarked replied responded countered".split()
)


_CONCEDE = frozenset(["concede", "concedes", "conceded", "conceding"])
# what a loser concedes, which is no statement: "conceded defeat", "conceded the race", "conceded her bid"
_CONTESTS = frozenset("defeat race election nomination primary contest bid seat victory".split())


def _conceded_contest(after: list[Tok]) -> bool:
    """Whether the words after "conceded" say it was a contest lost ("defeat", "the race", "his bid") or when
    ("when polls closed", "after the count"), not what was conceded in words."""
    first = after[0].low
    if first in ("when", "after", "before", "late", "early", "shortly", "hours", "minutes"):
        return True
    noun = 0 if first in _CONTESTS else 1 if len(after) > 1 and first in ARTICLES_POSS else None
    if noun is None or after[noun].low not in _CONTESTS:
        return False
    # (but a clause that opens with the word: "conceded defeat was likely")
    return not (len(after) > noun + 1 and usual_tag(after[noun + 1].low) in ("VBD", "VBZ", "MD"))


def _describes_one(phrase: str) -> bool:
    """Whether ``phrase`` is an apposition that describes one person by a role or job ("chief economist at
    Moody's Analytics", "a professor at Yale"), not a group ("most voters")."""
    head = sp.head_noun(phrase)
    return not head.endswith("s") and (head in sp.title_words() or head in sp.anonymous_heads())


def _has_verb(words: list[Tok], *, finite: bool = False) -> bool:
    """Whether a phrase holds a lower-case verb before any relative clause: of any form ("doesn't forgive"), or
    with ``finite`` a past or present form or a past participle ("contractors built a cushion"); not "director
    of the group", "a Trump supporter who runs the account"."""
    for t in words:
        if t.low in ("who", "whose", "which", "that"):
            return False
        if not t.text.islower():
            continue
        tag = usual_tag(t.low)
        if finite:
            if tag in ("VBD", "VBN", "VBZ", "MD") or t.low.endswith(("n't", "n’t")):
                return True
        elif tag.startswith(("VB", "MD")) or t.low.endswith(("n't", "n’t")):
            return True
    return False


def _any_verb(words: list[Tok]) -> bool:
    """Whether a phrase holds a lower-case verb anywhere (a clause that can be reported, not a noun phrase)."""
    return any(
        t.text.islower() and (usual_tag(t.low).startswith(("VB", "MD")) or has_verb_form(t) or t.low.endswith("s"))
        for t in words
    )


def _clause_like(words: list[Tok]) -> bool:
    """Whether what stands before a reporting verb's subject can be what it reports: a clause, or words enough
    for one ("Or maybe Jeb Bush, a consultant says"); not a name's own noun ("Her husband, Bob Tenney, agreed"),
    also after a possessive ("The family's lawyer, Joseph Cotchett, disagreed")."""
    return (
        not _possessed_noun(words)
        and (_any_verb(words) or sum(is_word(t) for t in words) >= 4)
        and not _unnamed_source(words)
    )


def _unnamed_source(words: list[Tok]) -> bool:
    """Whether a phrase with no verb is someone unnamed, whose name the apposition after it gives: "A spokesman for
    the group" in "A spokesman for the group, Yahya Saree, said in a statement that ...", no report of the name's."""
    if words[0].low not in ("a", "an", "the", "one") or _any_verb(words):
        return False
    return sp.mention_type(" ".join(t.text for t in words)) == "anonymous"


def _possessed_noun(words: list[Tok]) -> bool:
    """Whether a phrase is "the" or no determiner, a possessive and one or two nouns: "The family's lawyer", "The
    plaintiffs' lawyer" (whose "'s" and plural are no verbs here)."""
    k = next((n for n, t in enumerate(words) if t.low.endswith(("'s", "’s")) or t.text in ("'", "’")), None)
    if k is None or k > 2 or (k == 2 and words[0].low != "the"):
        return False
    rest = words[k + 1 :]
    return (
        1 <= len(rest) <= 2
        and all(t.text.islower() and is_word(t) for t in rest)
        and usual_tag(rest[-1].low) in ("NN", "NNS")
        and not any(has_verb_form(t) for t in rest)
    )


# verbs of saying that take a clause ("but said it would cooperate"), unlike "praised", "defended", "criticized"
_CLAUSE_VERBS = SPEECH_CORE | frozenset(
    "insisted insists argued argues noted notes warned warns claimed claims maintained maintains suggested "
    "suggests acknowledged acknowledges conceded concedes predicted predicts".split()
)


def _object_then_report(rest: list[Tok]) -> int | None:
    """When what follows a verb is its object and then another verb of saying joined by "but" or "and" ("the
    allegations but said it would cooperate"), the object's length; else None. The clause is the second verb's
    report; the object is the first's ("Hennessey acknowledged the negligence provision, but noted ...")."""
    comma = next((n for n, t in enumerate(rest[:8]) if t.text == ","), None)
    if (
        comma
        and len(rest) > comma + 5
        and rest[comma + 1].low in PARTICIPLES
        and not _has_verb(rest[:comma])
        and all(is_word(t) for t in rest[:comma])
        and any(usual_tag(t.low) != "RB" for t in rest[:comma])  # (not "hit back again, saying": no object)
    ):
        # "defended the plan, saying the city faced a gap", "praised Putin, saying he was ...": the object, then
        # the participle's own report (see _added_statement)
        return comma
    join = next((n for n, t in enumerate(rest[:8]) if n and t.low in ("but", "and")), None)
    # (a short noun phrase, maybe closed by a comma: not "he'd be making an issue of her husband's peccadilloes
    # and alleged ...")
    obj = rest[: join - 1] if join and rest[join - 1].text == "," else rest[:join]
    if join is None or not obj or _has_verb(obj) or not all(is_word(t) and "’" not in t.text for t in obj):
        return None
    n = join + 1
    while n < len(rest) and rest[n].text.islower() and usual_tag(rest[n].low) == "RB":
        n += 1  # "but also said"
    if n + 1 >= len(rest) or rest[n].low not in _CLAUSE_VERBS:
        return None
    after = rest[n + 1 :]
    return len(obj) if after[0].low == "that" or is_clause(after) else None


@lru_cache(maxsize=4096)
def _may_report(sentence: str) -> bool:
    """Whether a sentence has a reporting verb or "according" at all: most sentences report nothing, and
    this test spares tokenizing them."""
    words = LOWER_WORD.findall(sentence.lower())
    return (
        _has_reporting_word(words)
        or "according" in words
        or ("clear" in words and "that" in words)
        or ("back" in words and not BACK_VERBS.isdisjoint(words))  # "fired back that ..."
        or ("out" in words and ("points" in words or "point" in words))  # "Bozell points out that ..."
        or ("that" in words and not COMMA_THAT_PARTICIPLES.isdisjoint(words))  # ", ruling that ..."
        or ("that" in words and not THAT_ONLY.isdisjoint(words))  # "experts dispute that ...", "worried that"
        or ("that" in words and not EXPRESS_VERBS.isdisjoint(words))  # "expressed concern that ..."
    )


def _has_reporting_word(words: list[str]) -> bool:
    """Whether any of the lower-case ``words`` is a reporting verb's form."""
    return not reporting_verbs().isdisjoint(words)


def _indirect(
    text: str, sent: tuple[int, int], people: set[str], inner: list[tuple[Attribution, int, int]] | None = None
) -> tuple[Attribution, int, int] | None:
    """Reported speech in a sentence without quote marks: (attribution, content start, content end) for the
    first reporting verb that reports something, or for the attribution that closes the sentence; the report
    the closing one holds, if any and not a participle's, is added to ``inner``."""
    s0, s1 = sent
    if not _may_report(text[s0:s1]):
        return None
    toks = tokenize(text, s0, s1, [])
    verbs = verb_indexes(toks)
    closing = _closing_report(text, toks, verbs, people)
    first = _first_report(text, toks, verbs, people)
    if closing is None:
        return first
    # "Miller was arrested after neighbors complained about the noise, police said": the neighbors' report inside
    # the police's, up to the closing speaker's comma (but "..., citing exhaustion, her representatives said": a
    # reason, no report)
    if (
        first is not None
        and inner is not None
        and first[0].start < closing[0].start
        and not first[0].cue.endswith("ing")
        and first[1] < closing[2]
    ):
        inner.append((first[0], first[1], min(first[2], closing[2])))
    return closing


def _first_report(
    text: str, toks: list[Tok], verbs: list[int], people: set[str]
) -> tuple[Attribution, int, int] | None:
    """The report of the first reporting verb in ``toks`` that reports something."""
    for v in verbs:
        if _no_report_verb(toks, v):
            continue
        found = (
            _according_to(text, toks, v) if toks[v].low == "according" else _reported_by(text, toks, v, verbs, people)
        )
        if found is not None:
            return found
    return None


def _closing_report(
    text: str, toks: list[Tok], verbs: list[int], people: set[str]
) -> tuple[Attribution, int, int] | None:
    """The attribution that closes the sentence after a comma (", her representatives said Friday."), which
    reports all before it, participles included: "Mira Castell has canceled her tour, citing exhaustion, her
    representatives said Friday" is the representatives' report, not Castell's citing."""
    v = verbs[-1] if verbs else None
    if v is None or v < 3 or toks[v].low not in reporting_verbs() or _no_report_verb(toks, v):
        return None
    if len(verbs) < 2:
        return None  # (the cheap test first: most sentences have one reporting verb or none)
    end = len(toks)
    if len(verbs) > 2 and verbs[-2] == v - 2 and toks[v - 1].text == "," and toks[v].low.endswith("ing"):
        # "Research suggests phone bans can improve test scores, she added, citing a study": the tag before the
        # participle closes the report
        v, end = v - 2, v - 1
    inverted = next((w for w in reversed(verbs) if _inverted_closing(toks, w)), None)
    if inverted is not None and any(w < inverted - 1 for w in verbs):
        # "... products that the Commission believes are sold below cost, said one of the people, who declined to
        # be named": the tag with its verb first reports the whole sentence, the report inside it too (a verb
        # after it is the relative clause's on its speaker: "who was briefed ... and spoke anonymously")
        found = _reported_by(text, toks, inverted, verbs, people)
        # (its speaker after it, or none: not a subject found before it)
        return found if found is not None and found[0].start > toks[inverted].start else None
    rng = _subject_after_comma(toks, v)
    if rng is None or not ends_clause(toks[v + 1 : end]) or not any(w < rng[0] for w in verbs):
        return None
    if any(t.low not in ("has", "have", "had") and not t.low.endswith("ly") for t in toks[rng[1] : v]):
        return None  # (a tag is its speaker and verb: not "..., he should have insisted on getting ...")
    return _reported_by(text, toks, v, verbs, people)


def _inverted_closing(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` opens a closing tag with its speaker after it (", said one of the people.", ",
    says Smith, who ..."): the speaker ends the sentence, or a relative clause on the speaker does."""
    if not (v > 3 and toks[v - 1].text == "," and inverted_tag(toks, v)):
        return False
    rng = object_right(toks, v)
    if rng is None:
        return False
    rest = toks[rng[1] :]
    if any(t.text == "," for t in toks[v + 1 : rng[1]]):
        return False  # (one phrase: a list or an aside is no such tag's speaker)
    rest = rest[1:] if rest and rest[0].text == "," else rest
    # (a relative clause on the speaker may run to the sentence's end: "an official who was briefed ... and spoke")
    return ends_clause(rest) or any(t.low in ("who", "whose") for t in toks[rng[0] : rng[1]] + rest[:1])


def _subject_after_comma(toks: list[Tok], v: int) -> tuple[int, int] | None:
    """The subject of the verb at ``v`` when a comma stands right before it, three tokens or more into the
    clause (", her representatives said"), else None."""
    rng = subject_left(toks, v)
    return rng if rng is not None and rng[0] >= 3 and toks[rng[0] - 1].text == "," else None


# verbs of judging that also move or come from somewhere, with the words that make them do so
_MOVING = ("into", "onto", "through", "past", "off", "across", "toward", "towards")
_MOTION_AFTER = {
    **dict.fromkeys(("slams", "slammed", "slamming", "blasts", "blasted", "blasting"), _MOVING),
    **dict.fromkeys(("hails", "hailed", "hailing"), ("from",)),
}


_POINT = frozenset(["point", "points", "pointed", "pointing"])
# what is pointed at someone without saying anything
_AIMED = frozenset("gun guns handgun pistol rifle shotgun firearm weapon weapons knife laser camera flashlight".split())


_CONFIRM = frozenset(["confirm", "confirms", "confirmed", "confirming"])


def _as_role(after: list[Tok]) -> bool:
    """Whether a name of one to three capitalised words opens ``after``, then "as": "Pete Hegseth as ..."."""
    n = 0
    while n < min(len(after), 4) and is_word(after[n]) and after[n].text[0].isupper():
        n += 1
    return 0 < n < 4 and n < len(after) and after[n].low == "as"


def _no_report_verb(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` reports nothing, whatever follows: a manner of speaking, a question put to
    someone, what someone would not, could or must say."""
    verb = toks[v].low
    after = toks[v + 1 :]
    if verb in MANNER_VERBS:
        return True
    if after and after[0].low in _MOTION_AFTER.get(verb, ()):
        return True  # "Hurricane Milton slammed into the coast", "the rocket blasted off", "she hails from Ohio"
    if verb in ASKED_VERBS and v > 0 and toks[v - 1].text == "," and after and after[0].low in QUESTION_LEADS:
        return True  # "Dombrovskis, asked whether a deal was on the table, said": the question put to him
    if verb in _POINT and any(t.low in _AIMED for t in after[:3]):
        return True  # "after he pointed a handgun at them": a weapon aimed, nothing said (but "pointed a finger at")
    if verb in _CONFIRM and _as_role(after):
        return True  # "The Senate confirmed Pete Hegseth as defense secretary": an appointment, nothing said
    # "Cook declined to say whether ...", "she will have to claim ...": what someone would not, could or must
    # say is no statement (but "Trump was quick to add that ...", "went on to say")
    return v > 1 and toks[v - 1].low == "to" and toks[v - 2].low in _UNSAID


def _according_to(text: str, toks: list[Tok], v: int) -> tuple[Attribution, int, int] | None:
    """ "according to" at ``v`` names a source whatever it is: a person, "exit polls", "state law", "the
    summary"; what it reports is the clause before it or after it."""
    rng = object_right(toks, v + 1)
    if not rng or not toks[rng[0]].text[0].isalnum():
        return None
    # "..., according to the tour's promoter, Live Arena Group"; opening the sentence, the name after its comma is
    # mostly the main clause's subject
    rng = with_named_apposition(toks, rng) if v > 0 else _named_one_opening(toks, rng)
    if rng[1] - rng[0] > 2 and toks[rng[1] - 1].low in _RECORD_PARTICIPLES:
        # "according to a study published Wednesday", "according to court documents unsealed on Monday": the study,
        # the documents (but not "figures her campaign released")
        shorter = span_text(text, toks, (rng[0], rng[1] - 1))[0]
        if is_document(shorter) or sp.names_document(shorter):
            rng = (rng[0], rng[1] - 1)
    rest = toks[rng[1] :]
    close = next((k for k, t in enumerate(rest[:14]) if t.text == ","), None) if v == 0 else None
    if (
        close
        # (or a second body after "and": "conducted for The Associated Press and television networks by Edison
        # Research, at least 8 in 10 ...")
        and (rest[0].low in PREPOSITIONS or rest[0].low in sp.SEEN_BY or rest[0].low == "and")
        and not _has_verb(rest[1:close], finite=True)
        and len(rest) - close > 4
    ):
        # "According to exit polls conducted by Edison Research for the Associated Press, Clinton led", "According
        # to a Gallup poll released Monday, 52% ...": the phrase that opens the sentence is the source, to its comma
        # (and the name in apposition after it: "According to a report by the finance director, Victoria
        # Bradshaw, the council faces ...")
        rng = _named_one_opening(toks, (rng[0], rng[1] + close))
        rest = toks[rng[1] :]
    # (past "the" and a description before the name: "projections by public broadcaster ZDF", "a count by the
    # Associated Press")
    named = next((n for n in range(1, min(len(rest), 5)) if not rest[n].text.islower() or not is_word(rest[n])), 0)
    if (
        v > 0
        and len(rest) > 1
        and rest[0].low == "by"
        and named
        and rest[named].text[0].isupper()
        and all(usual_tag(t.low) in ("DT", "JJ", "NN") for t in rest[1:named])
        and toks[rng[1] - 1].low in sp.DOCUMENT_NOUNS | sp.DATA_NOUNS | _COUNTS
    ):
        # "... according to a count by The Associated Press, but ...": whose count, to the name's end
        end = named + 1
        while end < len(rest) and (
            rest[end].text[0].isupper()
            or rest[end].low in ("of", "&")
            # (an initial's or an abbreviation's stop: "Yulia V. Tymoshenko", "Dalbar Financial Services Inc.")
            # (not the sentence's own stop: "projections by public broadcaster ZDF.")
            or (
                rest[end].text == "."
                and len(rest[end - 1].text) <= 3
                and rest[end - 1].text[0].isupper()
                and end + 1 < len(rest)
            )
        ):
            end += 1
        rng = (rng[0], rng[1] + end)
        rest = toks[rng[1] :]
    phrase, a, b = span_text(text, toks, rng)
    aside = bool(rest) and rest[0].text == ","
    if aside:
        rest = rest[1:]
        # "According to the agency, which plans its own lander, the data will be shared": past the
        # relative clause on the source
        close = next((k for k, t in enumerate(rest) if t.text == ","), None) if rest else None
        if rest and rest[0].low in ("which", "who", "whose") and close is not None:
            rest = rest[close + 1 :]
        elif (
            close is not None
            and sp.mention_type(phrase) == "person"
            and (rest[0].low in ("a", "an", "the") or rest[0].text.islower())
            and len(rest) - close > 4
            and not _has_verb(rest[:close], finite=True)
            and _describes_one(span_text(text, rest, (0, close))[0])
        ):
            # "According to Mark Zandi, chief economist at Moody's Analytics, a cut is likely": past the
            # apposition on the source
            rest = rest[close + 1 :]
    before = toks[:v]
    colon = next(
        (
            k
            for k in range(len(before) - 1, -1, -1)
            if before[k].text == ":" and text[before[k].end : before[k].end + 1].isspace()
        ),
        None,
    )  # (a colon that a space follows: not the time "8:30 p.m.")
    if colon is not None and len(before) - colon > 5:
        # "... less attractive to financial firms: London was the financial capital of the world, according to
        # one global index": what the colon introduces is what the source reports
        before = before[colon + 1 :]
    source = Attribution(phrase, a, b, "according to")
    comma = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == ","), None)
    if aside and comma is not None and len(before) - comma > 3 and before[comma + 1].low in ("who", "which"):
        # "Elena Marku, who finished second according to official results, addressed the crowd": the source
        # reports the relative clause it closes, not the main clause after it
        return source, before[comma + 2].start, words_end(text, before)
    # "Verizon has struck a deal, according to the Labor Department, taking a step ...": the clause
    # before the comma is what the source reports
    # (but "He crossed the border after, according to him, the network censured ...": the clause
    # after it, when what comes before breaks off)
    # (not a sentence that ends with the source: "... than ever before, according to a study ...")
    cut_off = aside and len(before) > 1 and before[-2].low in STOP_LEFT | PREPOSITIONS | {"when"}
    # (or a short one with its verb: "The plan, according to Mayor John Smith, is final.")
    whole = len(rest) >= 4 or (sum(map(is_word, rest)) >= 2 and _has_verb(rest, finite=True))
    if aside and len(before) > 1 and before[-1].text == "," and whole and not _has_verb(before, finite=True):
        # "Among the precedents at risk, according to Ms. Epstein, are 16 ...", "One Sunday in late 2001,
        # according to the book, Fiorina sat ...": the source in the middle of one clause, which it reports whole
        return source, before[0].start, words_end(text, rest)
    if len(before) >= 5 and before[-1].text == "," and not (cut_off and len(rest) >= 4):
        return source, before[0].start, words_end(text, before[:-1])
    if (
        len(before) >= 5
        and is_word(before[-1])
        # (not a clause that breaks off before the source: "..., but, according to Jordanian officials, a line")
        and before[-1].low not in STOP_LEFT | PREPOSITIONS | {"and", "but", "or", "so", "yet", "when"}
        and (aside or not rest or rest[0].text in (";", "."))
        and _has_verb(before, finite=True)
        and before[0].low not in PREPOSITIONS
    ):
        # "Clinton leads Sanders by 271 delegates according to a count by The Associated Press, but ...": no comma
        # before the source, which closes the clause it reports
        return source, before[0].start, words_end(text, before)
    # (a short clause before, when what follows the source describes it: "The plan failed, according to John
    # Smith, who led the study")
    lead = 1 if rest and rest[0].text == "," else 0
    describes = len(rest) > lead and rest[lead].low in ("who", "which", "whose")
    if describes and len(before) >= 3 and before[-1].text == "," and _has_verb(before, finite=True):
        return source, before[0].start, words_end(text, before[:-1])
    if len(rest) >= 4:
        return source, rest[0].start, words_end(text, rest)
    if len(before) >= 4:
        return source, before[0].start, words_end(text, before)
    return None


# participles after a record that say what was done with it, not who says it: "a lawsuit filed Monday"
_RECORD_PARTICIPLES = sp.SEEN_BY | sp.WRITTEN_BY | frozenset(["unsealed", "leaked", "disclosed"])
# what is counted or worked out, by whom a name after "by" says, beside the records of speakers.DATA_NOUNS
# ("a count by The Associated Press", "calculations by Amy Glasmeier")
_COUNTS = frozenset("counts calculation calculations projection projections".split())


def _named_one_opening(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """``rng``, the source of an "according to" that opens its sentence, with the name in apposition after it
    when one person is described and a comma closes the name: "According to the prosecutor, Laure Beccuau, the
    thieves fled" (not "According to police, John Smith, 34, was arrested": the name is whom it is about)."""
    head = toks[rng[1] - 1].low
    one = head in sp.title_words() or (head in sp.anonymous_heads() and not head.endswith("s"))
    named = with_named_apposition(toks, rng) if one else rng
    end = named[1]
    if named == rng or end + 5 > len(toks) or toks[end].text != ",":
        return rng
    after = toks[end + 1]
    if not is_word(after) or after.text[0].isdigit() or after.low in ("who", "which", "whose"):
        return rng  # (an age or a relative clause: the name is the subject of what follows)
    if after.low in ("a", "an", "the") and any(t.text == "," for t in toks[end + 2 : end + 7]):
        return rng  # ("According to the officer, John Smith, the driver, fled": an apposition on the name)
    return named


def _question_opens(toks: list[Tok]) -> bool:
    """Whether ``toks`` open on a question put to the sentence's subject: "Asked whether ...", "Pressed about
    ..."; also past whom it is put by: "Asked by a prosecutor who he was"."""
    if len(toks) > 2 and toks[0].low in ASKED_VERBS and toks[1].low == "by":
        cut = next((n for n in range(2, len(toks)) if not is_word(toks[n])), len(toks))
        return any(t.low in QUESTION_LEADS for t in toks[3:cut])
    return len(toks) > 1 and toks[0].low in ASKED_VERBS and toks[1].low in QUESTION_LEADS


def _in_question_opener(toks: list[Tok], v: int) -> bool:
    """Whether the verb at ``v`` is inside a question put to the subject that opens the sentence and closes at
    a comma: "Asked whether he expected a rematch with the Panthers, he smiled"."""
    return (
        v > 2
        and _question_opens(toks)
        and not any(t.text == "," for t in toks[2:v])
        and any(t.text == "," for t in toks[v + 1 :])
    )


def _reported_by(
    text: str, toks: list[Tok], v: int, verbs: list[int], people: set[str]
) -> tuple[Attribution, int, int] | None:
    """What the reporting verb at ``v`` reports and who says it, or None."""
    verb = toks[v].low
    after = toks[v + 1 :]
    if _in_question_opener(toks, v):
        return None  # "Asked whether he expected a rematch, he smiled": the question put, no one's report
    if verb not in ASKED_VERBS and asked_by(toks, v):
        return _told_by(text, toks, v, people)
    if v > 1 and toks[v - 1].low == "to" and governing_verb(toks, v) is None:
        # an infinitive with no finite verb of its own: "the debate led Republicans to say" is the object's
        # report; "his refusal to condemn", "There's reason to believe" are nobody's
        rng = infinitive_subject(toks, v)
        if rng is None:
            return None
    else:
        rng = subject_left(toks, v)
        if rng is None and (g := _raised_from(toks, v)) is not None:
            rng = subject_left(toks, g)  # "Harper is said to have told colleagues that ...": the subject above
    if rng is not None and _yes_no_question(toks, rng[0], after):
        return None  # "Does he believe the plan will work?" asks; no one reports
    relative = rng is not None and toks[rng[0]].low in ("who", "which")
    if relative and verbs[-1] > v + 1 and any(t.text == "," for t in toks[v + 1 : verbs[-1]]):
        # "Those who reported long hours ... were more likely to have a stroke, the study found": the
        # relative clause is part of what the sentence's own reporter says (and one between commas on the
        # subject is an aside: see _relative_aside)
        return None
    if relative and toks[rng[0]].low == "which" and not _next_to(toks, rng[0], v):
        return None  # ("Building 100, which is to add capacity": "which" speaks only right before its verb)
    found = _speaker_after_verb(text, toks, v, rng, people)
    if found is not None:
        return found
    if rng is None and verb.endswith("ing") and v > 2 and _after_comma(toks, v):
        return _participle_report(text, toks, v, people)
    if rng is not None and verb.endswith("ing") and rng[1] < v and time_adverbial(toks[rng[1] : v]) == v - rng[1]:
        # "Shaheen wrote to Hegseth last week demanding a briefing": a participle past a time phrase goes with
        # the sentence's subject, as after a comma, not the object before the time
        found = _participle_report(text, toks, v, people)
        if found is not None:
            # (ending where the main clause resumes after a relative clause: "the Fed, which entered the year
            # predicting that it would raise rates four times, has yet to move")
            return _before_main_clause(text, toks, v, found) if _inside_relative_aside(toks, v) else found
    if rng is None or _compared(toks, rng[0], after):
        return None
    rng = accused_subject(toks, rng[0]) or rng  # (who is accused, not of what)
    rng = issuer(toks, rng) or rng  # (who issued the statement that says it)
    phrase, a, b = span_text(text, toks, rng)
    # (a that-clause past a time or place too: "Nvidia reported on Wednesday that its profit doubled")
    clause = bool(after) and (after[0].low == "that" or _that_past_adverbials(after))
    if not (
        _reports(phrase, verb, people, clause=clause)
        or _body_that_says(toks, rng, v)
        # ("it was revealed in March that ...": no one named, as "it was said that")
        or (clause and rng[1] - rng[0] == 1 and it_passive(toks, v))
    ):
        return None
    if (
        verb in FINDING_VERBS | {"read", "reads"}  # (a person reading: "Judge Ruiz read the verdict")
        and (
            (sp.mention_type(phrase) != "organisation" and not is_document(phrase) and not _figures(phrase))
            or verb in RULING_VERBS
        )
        and not finds_that(toks, v)
        and not _closing_finding(toks, v, rng[0])
    ):
        return None  # "the poll shows", "a study found"; people "show" and "find" all sorts of things
    said = Attribution(phrase, a, b, cue_at(toks, v))
    head = _gapped_object(toks, rng, after)
    if head is not None:
        # "the kind of story many Latinos had expected", "the kind of liberal jurist many Republicans fear Mrs.
        # Clinton would choose": what is expected or feared is the noun the clause is on (as PolNeAR marks it)
        return said, toks[head].start, toks[rng[0] - 1].end
    # "The plan will fail, officials said on Monday.": the reported clause comes first;
    # "..., a spokeswoman said on Saturday, and it has ...": around the cue
    # (not before a colon: "In a statement, he wrote:" introduces what follows)
    # (nor after a relative pronoun, which is on a noun before it: "..., Gruenberg, who was nominated by
    # President Barack Obama and confirmed by the U.S. Senate")
    if rng[0] > 1 and toks[rng[0] - 1].text == "," and not (after and after[0].text == ":") and not relative:
        found = _clause_before(text, toks, v, rng[0], said, people)
        if found is not None:
            return found
    found = _clause_after(text, toks, v, rng[0], said)
    if found is not None and relative and rng[0] > 0 and toks[rng[0] - 1].text == ",":
        return _before_main_clause(text, toks, v, found)
    if found is not None and _inside_relative_aside(toks, rng[0]):
        # (a report inside a relative clause's own clause ends where the main clause resumes; and a noun there is
        # no statement: "Several nurses, who spoke ... because they feared retaliation, described ...")
        cut = _before_main_clause(text, toks, v, found)
        return cut if cut == found or _has_verb(tokenize(text, cut[1], cut[2], [])) else None
    return found


def _inside_relative_aside(toks: list[Tok], i: int) -> bool:
    """Whether the token at ``i`` is inside a relative clause between commas that is not yet closed: "Several
    nurses, who spoke on the condition of anonymity because they feared retaliation, described ..." (its
    "they")."""
    for k in range(i - 1, 0, -1):
        if toks[k].text == ",":
            return False
        if toks[k].low in ("who", "which") and toks[k - 1].text == ",":
            return True
    return False


def _relative_that(after: list[Tok], that: int) -> bool:
    """Whether the "that" at ``that`` in the words after a verb is a relative pronoun on the noun before it, a verb
    right after it: "agreed to a ceasefire that will take effect", "questioned a precedent that requires courts
    to defer" (not "said that ...", where it opens the clause)."""
    if not 0 < that < len(after) - 1:
        return False
    nxt = after[that + 1]
    if nxt.low in FINITE_AUX:
        return True
    if not (nxt.text.islower() and usual_tag(after[that - 1].low) in ("NN", "NNS")):
        return False
    tag = usual_tag(nxt.low)
    # (a past form the tagger reads as a participle, when it takes an object: "dismissed a report that criticized
    # his government's record")
    return tag in ("VBZ", "VBD") or (tag == "VBN" and that + 2 < len(after) and after[that + 2].low in _OBJECT_OPENERS)


_OBJECT_OPENERS = frozenset("the a an his her their its our my your him them us me".split())


def _before_main_clause(
    text: str, toks: list[Tok], v: int, found: tuple[Attribution, int, int]
) -> tuple[Attribution, int, int]:
    """What a relative clause between commas with its verb at ``v`` reports (``found``), up to the comma before
    the main clause's verb: "Sanders, who had said he would debate the front-runner, criticized Clinton" (not
    "..., criticized Clinton"); the last such comma ("who said the plan, backed by the mayor, was flawed, left")."""
    attr, start, end = found
    resumed = next(
        (
            k
            for k in range(len(toks) - 2, v + 1, -1)
            if toks[k].text == "," and start < toks[k - 1].end <= end and _resumes_main_clause(toks, k + 1)
        ),
        None,
    )
    if resumed is None:
        return found
    return attr, start, words_end(text, [t for t in toks[:resumed] if t.start >= start])


def _resumes_main_clause(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k``, right after a comma, is a finite verb with no subject of its own: the main
    clause's, after a relative clause on its subject ("..., left.", "..., criticized Clinton")."""
    t = toks[k]
    if not (t.text.islower() and is_word(t)) or usual_tag(t.low) not in ("VBD", "VBZ", "VBN"):
        return False
    # (not a participle after its noun, "the plan, backed by ...", nor a list's verb, "..., rose and fell")
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.low not in ("by", "and", "or")


def _gapped_object(toks: list[Tok], rng: tuple[int, int], after: list[Tok]) -> int | None:
    """Where the noun phrase begins that a relative clause with no "that" is on, when the verb's object is that
    noun ("the kind of story many Latinos had expected", "a move Republican leaders dismissed as a stunt"): the
    subject ``rng``, a quantifier opening it or a plural after "a" and a noun, right after a common noun; None
    otherwise, and when the verb's own subject is what is missing ("other write-offs the company said were
    non-recurring": the clause after the verb is what is said)."""
    subject = rng[0]
    if subject < 2:
        return None
    quantified = toks[subject].low in _GAPPED_SUBJECT_OPENERS and toks[subject].text.islower()
    if not (quantified or (toks[subject - 2].low in ("a", "an") and plural_subject_after_thing(toks, *rng))):
        return None
    noun = toks[subject - 1]
    if not (noun.text.islower() and is_word(noun) and usual_tag(noun.low) in ("NN", "NNS")):
        return None
    if after and (after[0].low in FINITE_AUX or usual_tag(after[0].low) in ("MD", "VBD", "VBZ", "VBP")):
        return None
    k = subject - 1
    while k > 0 and subject - k < 10:
        t = toks[k - 1]
        if t.low in ("the", "a", "an", "this", "that"):
            k -= 1
            if not (k > 0 and toks[k - 1].low == "of"):
                return k
            continue
        if not is_word(t) or not (
            t.low == "of" or t.text[0].isupper() or usual_tag(t.low) in ("NN", "NNS", "JJ", "JJR", "JJS", "CD", "")
        ):
            return k
        k -= 1
    return k


_GAPPED_SUBJECT_OPENERS = frozenset(["many", "some", "most"])


def _body_that_says(toks: list[Tok], rng: tuple[int, int], v: int) -> bool:
    """Whether "that" right before a verb of saying is a relative pronoun on a body or group before it, which
    says it: "a campaign by a parents' group that said the books were inappropriate" (as "which" would)."""
    k = rng[0]
    return (
        rng == (k, k + 1)
        and v == k + 1
        and k > 0
        and toks[k].low == "that"
        and toks[k - 1].low in _SAYING_BODIES
        and toks[v].low in SPEECH_CORE
    )


_SAYING_BODIES = frozenset(
    "group groups organization organisation organizations company companies firm agency committee campaign union "
    "unions coalition association council department ministry government administration party".split()
)


def _closing_finding(toks: list[Tok], v: int, subject: int) -> bool:
    """Whether a verb of finding closes its sentence after its subject and a comma, the clause before being
    what was found: "Those in polluted areas were more likely to be diagnosed, the authors found."."""
    return (
        subject > 3
        and toks[subject - 1].text == ","
        and toks[v].low in ("found", "finds", "find")
        and (v + 1 == len(toks) or not is_word(toks[v + 1]) or toks[v + 1].low in _AFTER_CLOSING_FINDING)
    )


_AFTER_CLOSING_FINDING = frozenset(["in", "last", "this", "after"])


def _told_by(text: str, toks: list[Tok], v: int, people: set[str]) -> tuple[Attribution, int, int] | None:
    """What the passive at ``v`` reports its agent told: "Smith was told by aides that the bill would fail" (the
    aides'); None without a that-clause after the agent."""
    agent = object_right(toks, v + 1)
    if agent is None or agent[1] + 1 >= len(toks) or toks[agent[1]].low != "that":
        return None
    phrase, a, b = span_text(text, toks, agent)
    if not _reports(phrase, "said", people, clause=True):
        return None
    said = Attribution(phrase, a, b, f"{toks[v].text} by")
    # (what follows the agent as it follows a verb: the clause after "that")
    return _clause_after(text, toks, agent[1] - 1, agent[0], said)


def _next_to(toks: list[Tok], r: int, v: int) -> bool:
    """Whether only adverbs and auxiliaries stand between the relative pronoun at ``r`` and the verb at ``v``
    ("which originally said", "which has said")."""
    return all(t.low in _RELATIVE_AUX or (t.text.islower() and usual_tag(t.low) == "RB") for t in toks[r + 1 : v])


_RELATIVE_AUX = frozenset("has have had also later earlier".split())


def _relative_aside(
    text: str, sent: tuple[int, int], people: set[str], main: Attribution | None, main_start: int
) -> tuple[Attribution, int, int] | None:
    """What a relative clause between commas on the subject of the sentence's report says, before the report
    (``main``, its content from ``main_start``; None when the sentence reports nothing else): "The Huffington
    Post, which originally said it would cover Trump in its entertainment section, said it would treat the
    campaign as news" holds two; None for none."""
    if main is not None and main.mention.lower() in ("who", "which"):
        return None
    toks = tokenize(text, sent[0], sent[1], [])
    verbs = verb_indexes(toks)
    for v in verbs:
        if toks[v].start >= main_start:
            break
        rng = subject_left(toks, v)
        if rng is None or rng[1] - rng[0] != 1 or toks[rng[0]].low not in ("who", "which") or rng[0] < 2:
            continue
        before_main = main is None or toks[rng[0]].start >= main.end
        if toks[rng[0] - 1].text != "," or not before_main or not _next_to(toks, rng[0], v):
            continue
        phrase, a, b = span_text(text, toks, rng)
        if _no_report_verb(toks, v) or not _reports(phrase, toks[v].low, people):
            continue
        if toks[v].low in FINDING_VERBS and not finds_that(toks, v):
            continue  # ("Kasich, who has shown an understanding of economics": as in _reported_by)
        found = _clause_after(text, toks, v, rng[0], Attribution(phrase, a, b, cue_at(toks, v)))
        found = found and _before_main_clause(text, toks, v, found)
        if found and found[2] < main_start:
            return found
    return None


def _speaker_after_verb(
    text: str, toks: list[Tok], v: int, rng: tuple[int, int] | None, people: set[str]
) -> tuple[Attribution, int, int] | None:
    """ "..., said Democratic strategist Hank Sheinkopf." / "And Trump, said Sunshine, doesn't forgive": the
    speaker right after a verb that follows a comma, and what the sentence around them says."""
    verb = toks[v].low
    inverts = verb in SPEECH_CORE or verb in _INVERTED
    obj = object_right(toks, v) if v > 1 and toks[v - 1].text == "," and inverts else None
    if obj is None or is_clause(toks[obj[0] : obj[1]]) or _has_verb(toks[obj[0] : obj[1]], finite=True):
        # "Sanders, who has ..., said he may campaign for him", "..., said contractors eventually built a
        # Trump cushion into their bids": what is said, not who says it
        return None
    if (
        rng is not None
        and rng[1] < v - 1
        and toks[rng[1]].text in (",", "(")
        and not _any_verb([t for t in toks[: v - 1] if not t.low.endswith(("'s", "’s"))])
    ):
        # (a subject with its apposition before the verb speaks itself: "Rep. James Comer (R-Ky.), the committee's
        # chairman, said the adviser, Anita Dunn, had ignored ...": the adviser is in what he said)
        return None
    if (
        rng is not None
        and rng[0] == 0
        and rng[1] < v - 2
        and toks[rng[1]].text == ","
        and toks[rng[1] + 1].text.islower()
        and usual_tag(toks[rng[1] + 1].low) in ("VBN", "VBD")
    ):
        # (nor does one a participle's aside follows: "The lawsuit, filed in federal court in San Francisco, says the
        # company, Lumen AI, used ...": the company is in what the lawsuit says)
        return None
    # with a subject before too ("..., the race will be tight, said Dan Gerstein, director of ..."), a name
    # right after the verb that closes the sentence or is followed by its apposition wins
    if rng is not None and not (
        verb not in TOLD_VERBS  # "told The Huffington Post": the listener
        and (obj[1] >= len(toks) or toks[obj[1]].text in (",", "."))
        and sp.mention_type(span_text(text, toks, obj)[0]) in ("person", "organisation", "anonymous")
    ):
        return None
    obj = with_named_apposition(toks, obj)  # "..., said the company's spokesman, John Doe."
    phrase, a, b = span_text(text, toks, obj)
    if toks[obj[0]].low in PREPOSITIONS or not is_speaker_phrase(phrase, people, strict=False):
        return None
    rest = toks[obj[1] :]
    # (the clause goes on after the speaker: "And Trump, said Sunshine, doesn't forgive"; but not
    # after the speaker's apposition: "..., said Madeleine Kunin, the former Vermont governor.")
    if len(rest) > 1 and rest[0].text == ",":
        close = next((k for k in range(2, len(rest)) if rest[k].text == ","), len(rest))
        if not _has_verb(rest[1:close]):
            rest = rest[close:]  # (but "Part of the problem, say experts like Paul Bauman, a ..., is")
    lead = next((t for t in rest if is_word(t)), None)
    # (what is said about the speaker goes on without being said: "..., said David Autor, a professor of
    # economics at M.I.T., who is one of ...", "..., said a handful of Democrats who point to ...")
    # (and the clause goes on with its verb, "doesn't forgive", or it had none before the tag, or only an
    # opening phrase, "Rather than seeing the tax burden rise, said Marcia Smith, ..., Teck wants"; not "...,
    # said Ms. Gil, with games of capture the flag")
    before = _any_verb(toks[: v - 1])
    goes_on = (
        len([t for t in rest if is_word(t)]) >= 3
        and lead is not None
        and lead.low not in RELATIVE_PRONOUNS | {"whose"}
        and _any_verb(rest)
        and (not before or (lead.text.islower() and has_verb_form(lead)) or toks[0].low in _OPENERS)
    )
    if goes_on or before:
        end = words_end(text, rest) if goes_on else toks[v - 2].end
        return Attribution(phrase, a, b, cue_at(toks, v)), _past_label(toks), end
    # ("Mr. Jones, a pollster at Gallup, wrote the study": a name and its apposition say nothing;
    # the verb is the subject's and its object what was written)
    return None


# what opens a sentence before the clause it goes on with: "Rather than seeing the tax burden rise, said ..., Teck"
_OPENERS = PREPOSITIONS | _ADVERBIAL_LEADS | {"when", "if", "rather", "instead", "unlike"}


def _after_comma(toks: list[Tok], v: int) -> bool:
    """Whether a comma comes right before ``v``, or before the closing quote mark there ("the “Golden Week,”
    saying": American style sets the comma inside the marks)."""
    return toks[v - 1].text == "," or (toks[v - 1].text in _CLOSING_MARKS and toks[v - 2].text == ",")


_CLOSING_MARKS = frozenset(["”", '"', "’", "'"])


def _participle_report(text: str, toks: list[Tok], v: int, people: set[str]) -> tuple[Attribution, int, int] | None:
    """ "Mr. Obama revised his plans in October, saying that ...": the sentence's subject says it."""
    after = toks[v + 1 :]
    found = sentence_subject(text, toks[: v - 1], people, verb=toks[v].low)
    if not found or sp.mention_type(found[0]) not in ("person", "organisation", "anonymous", "pronoun", "role"):
        return None
    phrase, a, b = found
    window = [t.low for t in after[:7]]
    k = window.index("that") + 1 if "that" in window[:2] else 0
    if not k and "that" in window[2:] and window[0] in PREPOSITIONS:
        # "arguing in letters and meetings that a union would ...": past a phrase of where or how, to "that"
        that = window.index("that")
        k = 0 if any(has_verb_form(t) and t.text.islower() for t in after[1:that]) else that + 1
    if toks[v].low == "telling" and after:
        told = _told_clause(after)
        if told is None:
            return None
        k = told
    rest = after[k:]
    if len(rest) < 3 or (toks[v].low == "adding" and not k and _an_amount_added(rest)):
        return None  # (nor what is added: "rerouted hundreds of vessels, adding weeks to journeys")
    return Attribution(phrase, a, b, cue_at(toks, v)), rest[0].start, words_end(text, rest)


def _clause_before(
    text: str, toks: list[Tok], v: int, subject: int, said: Attribution, people: set[str]
) -> tuple[Attribution, int, int] | None:
    """What the clause before a speaker and verb reports, after its comma at ``subject - 1``: "The plan will
    fail, officials said on Monday."; "..., a spokeswoman said on Saturday, and it has ..."."""
    after = toks[v + 1 :]
    verb = toks[v].low
    if after and after[0].low in ("for", "against"):
        # ("In the days before ..., a group of rabbis called for a boycott": what is called for; "I marched against
        # it, I wrote against it": what is written against)
        return None
    opened = next((k for k in range(subject - 2, -1, -1) if toks[k].text == "("), None)
    if after and after[0].text == ")" and opened is not None and subject - opened > 3:
        # "her ratings (at one point as low as 19%, Gutin says) hurt her husband": the aside reports
        # what it holds before the source
        return said, toks[opened + 1].start, toks[subject - 2].end
    listener = object_right(toks, v) if verb in TOLD_VERBS else None
    # (only the listener after it: not "..., Kelly Schmdit, told POLITICO she was leaning toward Cruz")
    told_whom = (
        listener is not None
        and len(after) <= 7
        and ends_clause(toks[listener[1] :])
        and not any_verb_form(toks[listener[0] : listener[1]])
    )
    participle = len(after) > 1 and after[0].text == "," and after[1].low in PARTICIPLES
    # "..., his top aide told The Huffington Post." / "..., an official said, adding that ..."
    # (a clause before, not an opening phrase: "But a minute and a half later, a pilot calls in")
    lead = toks[: subject - 1]
    if _question_opens(lead):
        return None  # ("Asked whether he would serve, Sessions demurred": the question put to the speaker)
    if verb in _THOUGHT and after and after[0].low == "about":
        return None  # ("After he died, she thought about closing": what she thought about, no statement)
    if (
        lead
        and lead[0].low in _OPENING_ADVERBIAL
        and not any(t.text in (",", ";") for t in lead)
        and not (after and after[0].text == ",")
        and any(is_word(t) for t in after)
    ):
        # ("After he died in 2015, she thought about closing.", "As Obama appears set to veto the bill, Clinton
        # disagrees with her former boss": a clause of time or reason opens the sentence; the one after
        # its comma is the main clause, no tag on a report; but "When she got inside, she said, there were no
        # ballots" reports on past the tag, and "After Trump took the plane he changed it, records show." ends
        # with the tag, a comma left out)
        return None
    opening = (lead[0].low in PREPOSITIONS or lead[0].low in ("but", "and", "then")) and not any(
        has_verb_form(t) and usual_tag(t.low) != "RB" for t in lead
    )
    # (and a clause: "Her husband, Bob Tenney, agreed" reports nothing)
    if (ends_clause(after) or told_whom or participle) and not opening and _clause_like(lead):
        if said.mention.lower() == "they":
            # "A team of researchers has discovered a new frog, they reported": the group the clause
            # is about, named before the pronoun that closes it (not a body by its name, which the speakers
            # speak of: "The Federal Reserve might cut rates soon, they said")
            group = sentence_subject(text, lead, people)
            if group and sp.mention_type(group[0]) == "anonymous":
                said.antecedent = Attribution(group[0], group[1], group[2], "")
        described = _description_before(toks, subject)
        return said, _past_label(toks), toks[(subject if described is None else described) - 2].end
    comma = next((k for k, t in enumerate(after[:6]) if t.text == ","), None)
    if comma and not (after[0].low in PREPOSITIONS or after[0].low in TIME_WORDS or verb in TOLD_VERBS):
        comma = None  # an aside is the cue's own ("said in a statement,"), not an object ("posted earnings")
    if comma and comma + 1 < len(after) and after[comma + 1].low in ("which", "who", "whose"):
        # (nor is a relative clause on the reported clause's subject: "In March, the city told her the sign,
        # which shows a loaf of bread, broke zoning rules" reports what follows "her")
        comma = None
    if comma is not None and len(after) - comma > 3 and toks[subject - 2].low == "that":
        # "... a signal that, analysts say, Moscow intends to ...": the clause after the aside
        rest = after[comma + 1 :]
        return said, rest[0].start, words_end(text, rest)
    if comma is not None and len(after) - comma > 3:
        rest = after[comma + 1 :]
        phrase = rest[0].low in ("a", "an") and (
            not _has_verb(rest, finite=True) or _reduced_relative(rest) or comment_on_it(rest, 0)
        )
        # (or an adverb's phrase with no verb, on the figure reported: "..., the Labor Department said, roughly in
        # line with expectations", "..., up from 2 percent"; not what goes on with the report: "..., he said, not
        # by much", "..., officials said, the first by a consular officer", "proof, the government argued, of ...")
        phrase = phrase or (
            (usual_tag(rest[0].low) == "RB" or rest[0].low in ("up", "down"))
            and rest[0].low not in ("not", "never", "also", "too")
            and not any(t.text.islower() and usual_tag(t.low).startswith(("VB", "MD")) for t in rest)
        )
        if (
            (
                phrase
                or rest[0].low in ("as", "amid", "while", "after", "before", "when")
                # (or the reporter's clause of contrast: "..., their union said Monday, though a walkout is unlikely";
                # not one that reports on its own: "..., though they cautioned that ...")
                or (
                    rest[0].low in ("though", "although", "whereas")
                    and not any(t.low in reporting_verbs() for t in rest)
                )
                or _participle_phrase(rest)
                # (or a prepositional phrase with no verb: "..., the military said, in a major escalation of the
                # conflict in the Middle East")
                or (
                    rest[0].low in ("in", "amid", "despite", "during")
                    and not any(t.text.islower() and has_verb_form(t) for t in rest[1:])
                )
            )
            and _any_verb(lead)
            and not opening  # (an opening phrase is no clause: "In the early 1990s, Ms. Ripert said, when ...")
            # (not a verb's object: "are reflecting, the polls tell us, a lot of anxiety")
            and not (has_verb_form(lead[-1]) or usual_tag(lead[-1].low).startswith("VB"))
        ):
            # "The economy grew 3 percent, officials said Tuesday, a pace that surprised economists": a phrase
            # on the whole report, which ends before its speaker (and so a clause of when: "Talks stalled,
            # officials said, as strikes killed 30 people")
            return said, _past_label(toks), toks[subject - 2].end
        if opening and comma > 0 and verb not in TOLD_VERBS:
            # (an opening phrase is no clause reported around a cue with words after it: "At a campaign event in
            # St. Clairsville, Ohio, Brenda Johnson railed against immigrants, and explained ..."; but "In the
            # long run, many economists say, this effect could ripple ...", "every Friday, the former executive told
            # The Washington Post, Fiorina would lead ...")
            return None
        return said, _past_label(toks), words_end(text, after)
    return None


_RELATIVE_SUBJECTS = SUBJECT_PRONOUNS | {"you", "it"}


def _reduced_relative(rest: list[Tok]) -> bool:
    """Whether a phrase after a report's cue is a noun and a relative clause with its own subject and no "that":
    "..., the campaign said, a figure Sanders has repeated at every rally" (not the reported clause going on)."""
    for k in range(2, min(len(rest), 8)):
        tag = usual_tag(rest[k].low)
        if rest[k].text.islower() and (tag in ("VBD", "VBZ", "VBP", "MD") or tag.startswith("VBN")):
            before = rest[k - 1]
            return before.low in _RELATIVE_SUBJECTS or (before.text[0].isupper() and k - 1 > 1)
        if not is_word(rest[k]):
            return False
    return False


def _participle_phrase(rest: list[Tok]) -> bool:
    """Whether what follows a report's cue and comma is a participle on the speaker: "..., two officials said,
    speaking on condition of anonymity"; "..., the bank said, citing weak exports"."""
    return rest[0].text.islower() and usual_tag(rest[0].low) == "VBG" and rest[0].low not in _PREPOSITION_PARTICIPLES


# participles that work as prepositions and go on with the report ("The emails were on a variety of topics, the
# Times said, including speeches and meetings": PolNeAR keeps the list in the content)
_PREPOSITION_PARTICIPLES = frozenset(
    "including excluding regarding concerning involving following surrounding considering barring".split()
)


def _description_before(toks: list[Tok], subject: int) -> int | None:
    """Where the description apposed before the name at ``subject`` starts ("One man died, the Harris County
    sheriff, Ed Gonzalez, said": the sheriff is who speaks, not what is said), else None."""
    if not toks[subject].text[0].isupper():
        return None
    for c in range(subject - 2, max(0, subject - 9), -1):
        if toks[c].text == ",":
            words = toks[c + 1 : subject - 1]
            last = words[-1] if words else None
            if (
                last is not None
                and (words[0].low in ARTICLES_POSS or words[0].low.endswith(("'s", "’s")))
                and all(is_word(t) for t in words)
                and not any_verb_form(words[1:])
                and last.text.islower()
                and usual_tag(last.low) in ("NN", "")
            ):
                return c + 1
            return None
    return None


def _past_label(toks: list[Tok]) -> int:
    """Where a sentence's words start past a transcript's label ("A: Because they needed help, I think"): the
    label says who speaks, it is not what is said."""
    colon = next((n for n in range(min(4, len(toks) - 1)) if toks[n].text == ":"), None)
    if colon and all(t.text[0].isupper() or t.text == "." for t in toks[:colon]):
        return toks[colon + 1].start
    return toks[0].start


_APPOINTEES = frozenset(["nominee", "appointee", "appointment", "pick"])


def _dismissed_someone(after: list[Tok]) -> bool:
    """Whether "dismissed" (or "confirmed") has a person, a post or an appointee for its object and no "as"
    ("dismissed the army chief, Gen. Valery Zaluzhny,", "confirmed a judge"; not "dismissed Gov. Scott Walker as an
    ineffective leader", nor "dismissed the claims")."""
    end = next(
        (
            n
            for n, t in enumerate(after[:8])
            if (not is_word(t) and t.text not in ".’'") or t.low in PREPOSITIONS | {"who"}
        ),
        min(len(after), 8),
    )
    words = after[:end]
    if not words or any(t.low == "as" for t in after[: end + 8]):
        return False
    phrase = " ".join(t.text for t in words)
    if all(t.text[0].isupper() or t.text == "." for t in words):
        return sp.mention_type(phrase) == "person"  # "dismissed Lewandowski": a name
    # "dismissed Ukraine's top military commander": a post (not "dismissed Sanders' accusations"); and those
    # appointed to posts, whom a senate confirms ("to confirm a judge", "confirm Supreme Court justices")
    head = sp.head_noun(phrase)
    return head in sp.title_words() or head.removesuffix("s") in sp.title_words() | _APPOINTEES


def _raised_from(toks: list[Tok], v: int) -> int | None:
    """For a verb at ``v`` in an infinitive under a passive or raising verb ("is said to have told", "is reported to
    have told"), the finite verb above it whose subject is its subject; None when there is none."""
    i = v - 1 if v > 2 and toks[v - 1].low == "have" and toks[v - 2].low == "to" else v
    g = governing_verb(toks, i)
    return g if g is not None and g >= 0 else None


# pronouns of an object that comes before its clause's subject and verb: "the plan, which Powell notes was ..."
_OBJECT_RELATIVES = frozenset(["which", "that", "what", "whom"])
# what opens a clause after a free relative's complement and its comma ("what she said was the last time, after ...")
_FREE_RELATIVE_ENDS = frozenset("after before while when since but although though because".split())


def _clause_after(
    text: str, toks: list[Tok], v: int, subject: int, said: Attribution
) -> tuple[Attribution, int, int] | None:
    """What the verb at ``v`` reports after it, past adverbials, a listener and "that"."""
    verb = toks[v].low
    after = past_adverbials(toks[v + cue_length(toks, v) :])  # (past "made it clear", "points out")
    if subject == 1 and toks[0].low == "as" and after and after[0].text != ",":
        # "As the climate scientist James Hansen has argued for years, we cannot ...": an opening aside whose verb an
        # adverbial follows reports the main clause after its comma, as "As Hansen argued, we cannot" does
        comma = next((n for n, t in enumerate(after[:6]) if t.text == ","), None)
        # (an adverbial, no object: not "As Trump and Cruz lamented illegal immigration, Clinton took ...")
        adverbial = comma is not None and (
            after[0].low in PREPOSITIONS
            or time_adverbial(after[:comma]) >= comma
            or all(usual_tag(t.low) == "RB" or t.low in TIME_WORDS for t in after[:comma])
        )
        if adverbial and not _has_verb(after[:comma]) and _main_clause(after[comma + 1 :]):
            after = after[comma:]
    if (
        verb in _COMMITMENTS
        and len(after) > 2
        and after[0].low == "to"
        and after[1].text.islower()
        and usual_tag(after[1].low) not in ("DT", "PRP", "PRP$", "CD", "IN", "")
        and not reduced_relative(toks, subject)  # ("the divides he promised to bridge have grown": no report)
    ):
        # "Mr. Cruz pledged to oppose legal status ...": what is promised, with its "to" (as PolNeAR marks it)
        return said, after[0].start, words_end(text, clause_cut(after))
    if verb in _DENY and len(after) > 1 and after[0].low in ("him", "them", "us", "me") and not has_verb_form(after[1]):
        return None  # "denying him a first-ballot victory", "denied them a visa": a thing withheld, no statement
    if after and after[0].low in ("or", "and"):
        # "people saying or doing things they never did", "things they did not say or do": two verbs on one
        # object, which is no statement (a second verb with a clause of its own is found for itself)
        return None
    skip = time_adverbial(after)
    if skip and not any(is_word(t) for t in after[skip:]):
        return None  # "as Breitbart reported a few days later.": when, nothing reported after the verb
    window = [t.low for t in after[:5]]
    # (a "that" after a comma is a participle's: "asked for probation, arguing that ...")
    own_window = window[: next((n for n, t in enumerate(after[:5]) if t.text == ","), 5)]
    # (a "that" a verb follows is a relative pronoun on the noun before it: "agreed to a ceasefire that will take
    # effect Wednesday")
    that = own_window.index("that") if "that" in own_window else 0
    if _relative_that(after, that):
        own_window = []
    # ("said as many as 50 jets might need rework": an amount opens the clause, no "as" of manner)
    amount = (
        len(after) > 3
        and after[0].low == "as"
        and after[1].low in _AMOUNTS
        and after[2].low == "as"
        and (after[3].text[0].isdigit() or after[3].text[0] in "$£€" or after[3].low in sp.NUMBER_WORDS)
    )
    if not after or (
        after[0].low in ("to", "by", "for", "as", "on", "in", ".", "out", "up", "off")
        and "that" not in own_window
        and not amount
    ):
        return None
    if len(after) > 1 and after[0].low in _GERUND_ADVERBIAL and after[1].low.endswith("ing") and "that" not in window:
        # "Davies conceded on Wednesday after losing her bid, ending ...": when she conceded, no statement (but
        # "He explained after winning Ohio, he would have to take ...": the clause after it is what he explained)
        comma = next((n for n, t in enumerate(after) if t.text == ","), None)
        if comma is None or not _main_clause(after[comma + 1 :]):
            return None
    if verb in _CONCEDE and "that" not in window and _conceded_contest(after):
        return None  # "Brown conceded defeat early Wednesday", "Clinton conceded when polls closed": a loss owned
    if after[0].low == "from" and verb.startswith("report") and "that" not in window:
        return None  # "who reported from Saigon and Beirut for the BBC": a correspondent's work, no statement
    if verb.startswith("add") and _an_amount_added(after):
        return None  # "added a second from the penalty spot", "added another", "added 200,000 jobs": more of it
    if after[0].low in ("nothing", "little") and not _nothing_did(after):
        return None  # "Smith said nothing more", "said little about it": no statement ("nothing had changed" is)
    if verb.startswith(("dismiss", "confirm")) and _dismissed_someone(after):
        # "Zelensky dismissed Ukraine's top military commander": fired, no statement; "voted to confirm the
        # nominee": appointed
        return None
    if verb.startswith("testif") and after[0].low in PREPOSITIONS and "that" not in window:
        return None  # "who testified before Congress about conditions at the warehouse": where, no statement
    if verb in QUOTING and any(
        after[n].low == "as" and after[n + 1].low == "saying" for n in range(min(len(after) - 1, 10))
    ):
        return None  # "Kommersant quoted an unnamed diplomat as saying ...": the one quoted reports, after "saying"
    if after[0].low == "about" and verb in _THOUGHT:
        return None  # "she had thought about closing for good": what is thought about, no statement
    if (
        after[0].text.islower()
        and usual_tag(after[0].low) == "VBD"
        and usual_tag(verb) == "NNS"
        and not (subject > 0 and toks[subject - 1].low in _OBJECT_RELATIVES)
    ):
        # "yields on two-year Treasury notes fell slightly": a plural noun and its verb, nothing reported (but
        # "the plan, which Powell notes was a mistake", "what she claims happened": the object comes first)
        return None
    if verb in ("find", "finds", "found") and after[0].low in _REFLEXIVES:
        return None  # "The bank found itself at the center of the crisis": where it was, no finding
    if after[0].low == "at" and verb in BACK_VERBS:
        return None  # "Rubio fired back at Christie over ...": at whom, no statement
    question = next((i for i, w in enumerate(window[:4]) if w in _QUESTION_WORDS), None)
    asks = verb in ("asked", "asks", "asking", "wondered") and question is not None
    # (a writer inside a clause of "that" has its verb after it: "the fact that a foreign power wrote its
    # constitution did not go over well")
    inner = subject > 0 and toks[subject - 1].low == "that"
    if not asks and verb in QUOTE_ONLY_VERBS and "that" not in window and (inner or not _written_clause(verb, after)):
        return None
    if verb in _CHARGE and v + 2 < len(toks) and toks[v + 1].low == "for" and after and after[0].low == "that":
        # "Deloitte charged for hours that workers did not spend on calls": a bill, and a relative clause on what
        # was billed (past the phrase, which reads as one of time), no accusation
        return None
    if verb in _CHARGE and "that" not in window and after[0].low in PREPOSITIONS | _GERUND_ADVERBIAL:
        # "Man charged after toddler found alone in hot car", "charged in the killing": someone accused, no
        # statement (an accusation brought, "Prosecutors charged him with murder", is one as PolNeAR marks it)
        return None
    if len(after) > 1 and after[0].text == "," and after[1].low in PARTICIPLES:
        return None  # "Republicans fired back, saying the bill ...": the participle's report, not this verb's
    k = 0
    if asks and question is not None:
        k = question  # "asked Sanders whether ...": the question is what was said
    elif (aside := _aside_then_that(after)) is not None:
        k = aside  # "claimed, without evidence, that the election was rigged": past the aside
    elif (
        "that" in window[:4]
        and verb not in OBJECT_VERBS
        # (not a relative "that" a verb follows, on the object before it: "announced a program that would give
        # property owners tax breaks": the program, and what it would do, was announced)
        and not (_relative_that(after, that) and that == window.index("that"))
        and after[0].low != "against"  # ("protested against changes that they say ...": a relative "that")
        and not is_clause(after[: window.index("that")])
        # (nor a determiner after a question's word: "does not say what that message was")
        and window[window.index("that") - 1 : window.index("that")] not in [[w] for w in _QUESTION_WORDS]
    ):
        k = window.index("that") + 1
        if (
            k < len(after)
            and after[k].text == ","
            and toks[0].low in _OPENING_SUBORDINATORS
            and not any(t.text == "," for t in after[k + 1 :])
        ):
            # "When I told Ridley that, he shook his head": a pronoun, and the main clause after its comma (an
            # aside after a conjunction closes with a comma of its own: "said that, in his view, it would fail")
            return None
        # (not the object of the clause's own verb: "said she hadn't discussed that with Clinton")
        if window[k - 2 : k - 1] in (["and"], ["or"]):
            # a clause joined to an earlier one, not this verb's: "confirmations that he was pleading guilty
            # voluntarily and that he knew ...", "heard what voters are saying, and that she's just as strong"
            return None
        if k > 1 and _that_time(after, k - 1):
            # a time after the object, no conjunction: "responded to the call that night" reports nothing, "told
            # reporters that day the plan would work" what follows it
            if verb not in TOLD_VERBS:
                return None
            k += 1
        elif k < len(window) and (window[k] in FINITE_AUX or window[k] in ("isn't", "wasn't", "won't", "wouldn't")):
            k -= 1  # "said that was not enough": "that" is the clause's subject
        elif _that_time(after, k - 1):
            k -= 1  # "said that night had been the worst": "that" opens the subject
    elif after[0].text == ",":
        if len(after) > 1 and after[1].low in ("but", "and"):
            if subject > 2 and toks[subject - 1].low == "as" and toks[subject - 2].text == ",":
                # "Ailes also met with Mr. Trump that day, as The New York Times reported on Tuesday, and he will
                # ...": the clause before the aside
                return said, _past_label(toks), toks[subject - 3].end
            return None  # "His ex-wife agreed, but also contended that ...": the next verb's report, not this one's
        if (
            len(after) > 2
            and after[1].text.islower()
            and usual_tag(after[1].low) in ("VBD", "VBN")
            and after[2].low in (",", "and", "or")
        ):
            return None  # "lawyers he had scolded, praised and occasionally made laugh": a list of verbs, no clause
        k = 1
        lead = 1 if toks[0].low in ("and", "but", "so", "yet") else 0
        before = toks[lead : subject - 2]
        if (
            subject > 2
            and toks[subject - 1].low == "as"
            and toks[subject - 2].text == ","
            and len(after) > 3
            and 0 < len(before) <= 6
            # (a subject before the aside, not an opening phrase: "Just a few weeks ago, as Western Journalism
            # reported, Thor ...", "If the increases ..., as some liberals hope, activists ...")
            and before[0].low not in PREPOSITIONS | _ADVERBIAL_LEADS | {"if", "when", "while", "just"}
            and not any(t.text == "," or has_verb_form(t) or t.low in ("ago", "later", "earlier") for t in before)
            and not (len(before) == 1 and usual_tag(before[0].low) == "RB")  # ("Meanwhile, as ... reports,")
        ):
            # "And that, as Trump points out, is quite a bit": the sentence around the aside (its subject too)
            return said, before[0].start, words_end(text, clause_cut(after[1:]))
        if len(after) > 2 and after[1].low == "according" and after[2].low == "to":
            # "the $7.9 billion analysts had expected, according to LSEG": whose figure, no report (but an aside
            # before a clause: "Politico reported, according to sources in the meetings, Clinton tried")
            aside = next((n for n in range(3, min(len(after), 12)) if after[n].text == ","), None)
            if aside is None or not _main_clause(after[aside + 1 :]):
                return None
        elif len(after) > 1 and (after[1].low in _ADVERBIAL_LEADS or (span := time_span_lead(after[1:]))):
            # "... above Wall Street estimates on Wednesday, as demand ...", "conceded, a day after the vote": an
            # adverbial clause, no report (but an aside before one: "He wondered, as I do, why the senator ...")
            lead = 2 if after[1].low in _ADVERBIAL_LEADS else span + 2
            aside = next((n for n in range(lead, min(len(after), lead + 5)) if after[n].text == ","), None)
            if aside is None:
                return None
            k = aside + 1
    elif after[0].text == ":":
        k = 1  # "Some Americans say: It's time for us to get out": what the colon introduces
    if verb in TOLD_VERBS and k == 0:
        listener = past_listener(after)
        if listener is None:
            return None
        k = listener
    rest = after[k:]
    # (", who ... feared retaliation, said", "because he feared retaliation from the landlord, said")
    said_at = next((n + 1 for n in range(1, min(len(rest) - 1, 7)) if rest[n].text == ","), 1)
    if said_at > 2 and any(has_verb_form(t) or t.text == "¶" for t in rest[1 : said_at - 1]):
        said_at = 1
    if (
        len(rest) > 2
        and rest[0].text.islower()
        # (a plural right before the verb is its subject: "noted that experts say that ...")
        and usual_tag(rest[0].low) in (("NN", "NNS", "") if said_at > 1 else ("NN",))
        and rest[said_at].low in SPEECH_CORE
    ):
        # "a witness who feared retaliation said ...": the verb's object, then the sentence's own reporting
        # verb; no clause of the first verb's
        return None
    if k and after[k - 1].low == "that" and rest and rest[0].text == "," and sum(map(is_word, rest)) <= 2:
        return None  # "Sanders rejected that, too": "that" was the object, and nothing is reported
    if k == 1 and after[0].low == "that" and len(rest) > 2 and rest[1].text == "," and rest[2].low in PARTICIPLES:
        return None  # "disputed that timeline, saying its engineers ...": an object, then the participle's report
    if (
        k
        and after[k - 1].low == "that"
        and rest
        and rest[0].text.islower()
        and usual_tag(rest[0].low) in ("NN", "NNS")
        and (len(rest) < 2 or not is_word(rest[1]) or rest[1].low in PREPOSITIONS)
        and not any(has_verb_form(t) for t in rest)
    ):
        # "that" before a noun is a determiner, not a clause: right after the verb the verb has an object
        # ("questioned that determination, waging a campaign ..."); further on it is inside the clause
        # ("say they feel that way")
        if k == 1:
            return None
        k, rest = 0, after
    lead_word = next(
        (t for t in rest if not (t.text.islower() and usual_tag(t.low) == "RB")), rest[0] if rest else None
    )
    if len(rest) < 3 or (
        lead_word.low in PREPOSITIONS | {"and", "or", "but"} and not any(has_verb_form(t) for t in rest)
    ):
        return None  # "said pleasantly into the phone": a phrase, not a clause; nothing reported
    first_word = next((t for t in rest if not (t.low == "online" or usual_tag(t.low) == "RB")), lead_word)
    if k == 0 and first_word.low in _WHY_OR_WHEN and verb not in SPEECH_CORE:
        # "have complained online since the company redesigned its interface": when or why, nothing reported
        return None
    obj = _object_then_report(rest)
    if obj is not None:
        # "Fraser acknowledged the uncertainty but insisted the trend was clear": the object, and the clause is the
        # second verb's (see _reports_in)
        return said, rest[0].start, rest[obj - 1].end
    if k == 0 and verb in _DECLARE_VERBS and _declared_state(rest):
        return None  # "declared a state of emergency for two counties", "declared victory": an act, nothing said
    if k == 0 and verb in _ADD_VERBS and (_counted_object(rest) or not any(has_verb_form(t) for t in rest)):
        # "Brown added 24 points", "The company added 300 jobs", "He added a goal", "his desire to add another
        # midfielder": a thing added, no clause, nothing said
        return None
    # (and one whose own subject follows its pronoun: "The bill, which Smith said would cut taxes, was signed")
    if (subject > 0 and toks[subject].low in ("who", "which") and toks[subject - 1].text == ",") or (
        subject > 1 and toks[subject - 1].low in ("which", "who", "whom") and toks[subject - 2].text == ","
    ):
        rest = _relative_report(rest)
    if subject > 0 and toks[subject - 1].low == "what" and rest[0].low in ("was", "were", "is", "are"):
        # "walked off for what she said was the last time, after a loss ended ...": what a free relative says is
        # its complement, which a clause after a comma ends (not a list's comma: "fitness facilities, pools")
        rest = rest[
            : next(
                (n for n in range(2, len(rest) - 1) if rest[n].text == "," and rest[n + 1].low in _FREE_RELATIVE_ENDS),
                len(rest),
            )
        ]
    # (what is said opens after a comma that follows "that": "said that, in his view, the plan would fail")
    opens = rest[1].start if rest[0].text == "," and len(rest) > 1 else rest[0].start
    return said, opens, words_end(text, clause_cut(rest))


# subordinators of time or reason that open no reported clause right after a verb other than "say", "tell"
_WHY_OR_WHEN = frozenset(["since", "because", "until", "unless"])


def _written_clause(verb: str, after: list[Tok]) -> bool:
    """Whether a form of "write" reports a clause without "that": a subject of up to four words, no preposition
    among them, then a past or present verb ("Byrne also wrote the agents knew to brace for the eruptions"; not
    "wrote a book about how he was treated", "wrote him a letter")."""
    if verb not in _WRITE or not after or after[0].low not in ("the", "a", "an", "his", "her", "their", "its"):
        return False
    for t in after[1:5]:
        if not is_word(t) or t.low in PREPOSITIONS:
            return False
        if t.text.islower() and usual_tag(t.low) in ("VBD", "VBZ", "MD"):
            return True
    return False


_WRITE = frozenset("write writes wrote".split())
# the forms of "charge", which report no phrase of time or place after them
_CHARGE = frozenset("charge charges charged charging".split())
# the forms of "deny", which with an object pronoun withhold a thing ("denying him a victory"; see _clause_after)
_DENY = frozenset("deny denies denied denying".split())
# prepositions that open an adverbial on a gerund after a verb ("after losing", "without saying")
_GERUND_ADVERBIAL = frozenset("after before since despite following without upon".split())
# verbs of a promise or threat, whose content may be an infinitive
_COMMITMENTS = frozenset(
    "promise promises promised promising vow vows vowed vowing pledge pledges pledged pledging threaten threatens "
    "threatened threatening".split()
)


def _aside_then_that(after: list[Tok]) -> int | None:
    """Where the clause starts after an aside between commas and "that" right after a verb (", without evidence,
    that"), else None."""
    if not after or after[0].text != ",":
        return None
    close = next((n for n in range(2, min(len(after) - 2, 14)) if after[n].text == ","), None)
    if close is None or after[close + 1].low != "that":
        return None
    # (no verb in the aside, but for one that gives the source: ", citing three sources familiar with the matter,")
    if any_verb_form(after[1:close]) and not (after[1].low in _SOURCE_ASIDES and not any_verb_form(after[2:close])):
        return None
    return close + 2


_SOURCE_ASIDES = frozenset(["citing", "quoting"])


def _that_past_adverbials(after: list[Tok]) -> bool:
    """Whether "that" opens the words after a verb once a time or place is passed ("on Wednesday that")."""
    rest = past_adverbials(after)
    return rest is not after and bool(rest) and rest[0].low == "that"


def past_adverbials(after: list[Tok]) -> list[Tok]:
    """The words after a reporting verb past a time ("said on Friday he met ..."), a place and time before
    "that" ("said in an interview with The Associated Press last week that ...", "said while speaking to
    journalists that ..."), and "in a statement"."""
    skip = time_adverbial(after)
    if skip and len(after) - skip >= 3:  # "said on Friday he met ...", "said Monday that ..."
        after = after[skip:]
    # (the conjunction, not a time: "said in a speech that week that ...")
    that = next((k for k, t in enumerate(after[:16]) if t.low == "that" and not _that_time(after, k)), None)
    if (
        that is not None
        and that >= 2  # (a preposition and at least one word: "on X that", "in 2019 that")
        and (
            after[0].low in PREPOSITIONS
            # (or a participle's phrase of time: "said while speaking to journalists in Ikeja that ...")
            or (after[0].low in ("while", "when") and after[1].low.endswith("ing") and usual_tag(after[1].low) == "VBG")
        )
        and after[0].low != "against"  # ("protested against changes that they say ...": a relative "that")
        and all(
            # (a title in quote marks too: "said on ABC's “This Week With George Stephanopoulos” that ...")
            t.text in _TITLE_MARKS
            or (
                is_word(t)
                and (
                    t.text[0].isupper()
                    or not has_verb_form(t)
                    or (after[n - 1].low == "as" and usual_tag(t.low) == "RB")  # ("as recently as last month that")
                    or _modifying_participle(after, n)
                    or (t.low.endswith("ed") and after[n - 1].low in ARTICLES_POSS)  # "in a televised address"
                )
            )
            for n, t in enumerate(after[1:that], 1)
        )
        # (not a relative "that" on the noun: "agreed to a ceasefire that will take effect Wednesday")
        and not (that + 1 < len(after) and after[that + 1].low in FINITE_AUX)
    ):
        after = after[that:]  # "said in an interview with The Associated Press last week that ...": past it
    said_in = _said_in(after)
    if said_in:  # "said in a statement it would appeal", "said in an interview on Sunday he was ready"
        after = after[said_in:]
    return after


# the marks around a show's or paper's title between a verb and "that" ("said on “Meet the Press” that ...")
_TITLE_MARKS = frozenset(['"', "“", "”"])
# what "that" points to when it is no conjunction: "that night", "that week"
_THAT_TIMES = frozenset(
    "night day morning afternoon evening week weekend month year time season summer winter spring autumn fall".split()
)


def _that_time(words: list[Tok], k: int) -> bool:
    """Whether the "that" at ``k`` points to a time ("that night", "that week"): no conjunction."""
    return k + 1 < len(words) and words[k + 1].low in _THAT_TIMES


_IRREGULAR_PAST = frozenset("sent written made given shown taken held brought seen read".split())


def _modifying_participle(words: list[Tok], n: int) -> bool:
    """Whether the word at ``n`` is a past participle that modifies the noun before it, with a preposition after
    it ("in documents posted on its website", "in a letter sent to lawmakers"): no verb of a clause."""
    t = words[n]
    return (
        0 < n < len(words) - 1
        and (t.low.endswith("ed") or t.low in _IRREGULAR_PAST)
        and words[n - 1].text.islower()
        and usual_tag(words[n - 1].low) in ("NN", "NNS")
        and (words[n + 1].low in PREPOSITIONS or words[n + 1].low == "to")
    )


def _told_clause(after: list[Tok]) -> int | None:
    """Where what "telling" reports starts in ``after``, past the listener ("telling supporters at Howard
    University that ..."); None when no clause is told ("telling the crowd a story", "telling them to go")."""
    k = past_listener(after)
    return None if k is None or not any_verb_form(after[k:]) else k


def _people_then_clause(after: list[Tok], roles: frozenset[str] = frozenset()) -> bool:
    """Whether a "told" verb's words start with a noun for people ("jurors"; after an article, also a role in
    ``roles``: "the judge") and then the determiner of the told clause's own subject ("told jurors the trial
    could last ...")."""
    return (
        len(after) > 3
        and after[0].text.islower()
        and (after[0].low in sp.anonymous_heads() or after[0].low in roles)
        and after[1].low in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those")
    )


def _own_clause(words: list[Tok]) -> bool:
    """Whether the words after a listener are a clause of their own, by a finite verb or a past in "-ed" between a
    noun and a determiner ("the attacks targeted an oil depot"), so a "that" after them is a relative pronoun."""
    return is_clause(words) or any(
        t.text.islower()
        and t.low.endswith("ed")
        and 0 < k < len(words) - 1
        and usual_tag(words[k - 1].low) in ("NN", "NNS")
        and words[k + 1].low in ("a", "an", "the", "its", "their", "his", "her")
        for k, t in enumerate(words)
    )


def past_listener(after: list[Tok]) -> int | None:
    """Where what a "told" verb reports starts in ``after``, past the listener: "told The New York Times
    Tuesday morning that ...", "told POLITICO she was leaning toward Cruz", "told reporters he would run",
    "tells CNN, there is ..."; None when only a listener or an order follows."""
    told_that = next((n for n, t in enumerate(after[:10]) if t.low == "that"), None)
    # ("told the BBC he expected to be fit": a listener with its article)
    n = 1 if after[0].low == "the" and len(after) > 1 and after[1].text[0].isupper() else 0
    if after[0].low in ("the", "a") and len(after) > 2 and after[1].low in _LISTENER_NOUNS:
        n = 2  # "told the paper she would rather ...", "told a crowd the fight was not over"
    elif after[0].low in ("the", "a") and len(after) > 3 and _people_then_clause(after[1:], sp.title_words()):
        n = 2  # "told the judge the witness had lied"
    elif after[0].low in ("his", "her", "their", "its") and (
        noun := next((m for m in range(1, min(len(after), 4)) if after[m].low in _LISTENER_NOUNS), None)
    ):
        n = noun + 1  # "told his Democratic audience, to rowdy applause:", "told her party's conference"
    while n < min(len(after), 8) and (
        after[n].text[0].isupper()
        or after[n].text == "."
        # (a show's title in quote marks: "told “Morning Joe” that ...")
        or (after[n].text in _TITLE_MARKS and (n == 0 or after[n - 1].text[0].isupper()))
        # ("The Star-Ledger of Newark")
        or (n and after[n].low in ("of", "the") and n + 1 < len(after) and after[n + 1].text[0].isupper())
        # ("BBC Radio 4's Today programme", "Channel 4 News", "ABC's This Week program"; not a figure: "told
        # Reuters 20 people had died")
        or (n and after[n - 1].text[0].isupper() and after[n].low in _SHOWS)
        or (n and after[n].text[0].isdigit() and after[n - 1].low in ("radio", "channel"))
    ):
        n += 1
    # a medium by where or whose it is: "told local television the boat ...", "told French radio", "told Russian
    # state television"
    k = n + 1 if n + 1 < len(after) and after[n].text.islower() and after[n + 1].low in _MEDIA else n
    if k < len(after) and after[k].low in _MEDIA and (n == 0 or after[n - 1].text[0].isupper()):
        n = k + 1
        if n < len(after) and after[n].low in _LISTENER_NOUNS:
            n += 1  # ("told Britain's ITV television station")
    if n == 0 and (
        after[0].low in _LISTENERS
        # ("told investigators he discovered ...": a plural of people, then the clause's own pronoun)
        or (len(after) > 1 and usual_tag(after[0].low) == "NNS" and after[1].low in SUBJECT_PRONOUNS | {"it"})
        # ("told jurors the trial could last two weeks": people, then the clause's own subject)
        or _people_then_clause(after)
    ):
        n = 1
    n += time_adverbial(after[n:]) if n else 0  # ("told Fox News on Sunday that")
    if n and n < len(after) and after[n].text == ",":
        n += 1
    if (
        told_that is not None
        and all(is_word(t) or t.text in ".’'" for t in after[:told_that])
        # (not a relative "that" inside the clause told: "told Reuters the attacks targeted an oil depot that
        # supplies ...")
        and not (told_that > n > 0 and not has_verb_form(after[n]) and _own_clause(after[n:told_that]))
    ):
        n = told_that + 1
    if n and n < len(after) and after[n].low in ("to", "not"):
        return None  # "told Megyn not to worry", "told Jeb Bush to quiet down": an order, not a statement
    if n and (len(after) - n < 3 or after[n].text == ":"):
        return None  # "she told the Commons.": only the listener; "told the Guardian:" a quotation follows
    if (
        n == 0
        and usual_tag(after[0].low) == "NNS"
        and after[0].text.islower()
        # (a "that" past asides still opens what was told: "told friends since the spring, at fundraisers ..., that")
        and not any(t.low == "that" for t in after[:20])
        and not any(
            t.text.islower() and usual_tag(t.low) in FINITE_TAGS
            for t in after[: next((k for k, t in enumerate(after) if t.text in (",", ";")), len(after))]
        )
    ):
        # "Campbell informed players in a team meeting Sunday morning": whom, and no clause told (but "told a
        # different story" is what was told, as PolNeAR marks it)
        return None
    return n


def _relative_report(rest: list[Tok]) -> list[Tok]:
    """What a relative clause between commas reports, without the main clause after it: "Sanders, who said he
    would stay in the race, spoke in Vermont" reports "he would stay in the race"."""
    for c in range(2, len(rest) - 1):
        n = c + 1
        while n < len(rest) - 1 and rest[n].text.islower() and usual_tag(rest[n].low) == "RB":
            n += 1  # ("Compaq, which said it discovered the bugs, still plans to ...")
        nxt = rest[n]
        # (an auxiliary goes on an aside opened inside the report, else it is the main clause's: "The report,
        # which said the economy grew, was released Monday")
        aside = any(t.text == "," or t.low in RELATIVE_PRONOUNS for t in rest[:c])
        if (
            rest[c].text == ","
            and nxt.text.islower()
            # (or a modal or a plural's verb: "The policy changes, which officials said will go into effect soon,
            # will not apply to all"; not a bare verb, which may go on a list inside the report, "would cut taxes,
            # raise wages")
            and (tag := usual_tag(nxt.low)) in ("VBD", "VBZ", "VBP", "MD")
            and ((nxt.low not in _BE and tag in ("VBD", "VBZ")) or not aside)
        ):
            return rest[:c]
    return rest


_REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself".split())
_THOUGHT = frozenset("think thinks thought thinking".split())
_TIME_SUBORDINATORS = frozenset("after before when whenever while since until once".split())
_OPENING_ADVERBIAL = _TIME_SUBORDINATORS | _ADVERBIAL_LEADS  # (of time, reason or contrast)
# (an auxiliary after a comma may go on an aside inside the report: "that the law, which passed in May, is ...")
_BE = frozenset("is was has had does did".split())


_ADD_VERBS = frozenset(["add", "adds", "added", "adding"])
_DECLARE_VERBS = frozenset(["declare", "declares", "declared", "declaring"])
# what a declaration makes so by being made, rather than reports: war, victory, a state of emergency, bankruptcy
_DECLARED_STATES = frozenset(
    "war victory emergency independence bankruptcy law zone ceasefire truce holiday disaster curfew default "
    "mourning pandemic lockdown".split()
)


def _declared_state(rest: list[Tok]) -> bool:
    """Whether the words after "declared" are a state it brings about, as a phrase with no clause: "war on
    Nagorno-Karabakh", "a state of emergency for two counties", "martial law", "an air defense zone over ..."
    (not "the war over", a report that it is, nor "that the war was over")."""
    n = 0
    while n < len(rest) and is_word(rest[n]) and (rest[n].low == "of" or rest[n].low not in PREPOSITIONS):
        n += 1
    phrase = rest[:n]
    return (
        0 < n <= 5
        and phrase[0].low not in ("the", "this", "that", "his", "her", "its", "their")
        and phrase[-1].low in _DECLARED_STATES
        and not any(has_verb_form(t) for t in phrase)
    )


_COUNT_WORDS = (sp.NUMBER_WORDS - {"one"}) | CROWDS


def _counted_object(rest: list[Tok]) -> bool:
    """Whether words after a verb are a count of things and not a clause: "24 points for Boston", "three more
    counties to the list" (but "24 people had died": a clause whose subject is counted)."""
    if not rest or not (rest[0].text[0].isdigit() or rest[0].low in _COUNT_WORDS):
        return False
    n = 1
    while n < len(rest) and rest[n].low in ("more", "new", "additional", "million", "billion", "percent"):
        n += 1
    if n >= len(rest) or usual_tag(rest[n].low) != "NNS":
        return False
    return n + 1 >= len(rest) or not has_verb_form(rest[n + 1])


# a dateline in capitals ("BRUSSELS —", "WASHINGTON (AP) —", "RIVERSIDE, Calif. —", a wire's "LONDON (Reuters) -",
# "NEW DELHI:"),
# with an agency ("Washington (AFP) –"), or a live blog's time stamp ("9:15 a.m. —", "11:42 p.m.:") before the first
# words of a paragraph
_LEAD_STAMP = re.compile(
    r"(?:[A-Z][A-Z.' -]{1,40}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s*\([A-Za-z ]+\))?"
    r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*\([A-Z][\w ]*\)"
    r"|\([A-Z][\w ]*\)"  # (an agency alone: "(Reuters) -")
    # (a press release's: "BOSTON, March 3, 2025 /PRNewswire/ --")
    r"|[A-Z][A-Z.' -]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*/[\w ]+/"
    r"|\d{1,2}:\d{2}\s*(?:[ap]\.m\.)?)\s*(?:[—–]|\s-|\s--)\s+"
    r"|[A-Z][A-Z.' -]{1,40}[A-Z]:\s+"  # (South Asian papers' colon: "GUWAHATI:", "NEW DELHI:")
    r"|\d{1,2}:\d{2}\s*[ap]\.m\.:\s+"  # (a live blog's with a colon: "11:42 p.m.:")
)
_CLAUSE_JOIN = frozenset(["while", "but", "and", "whereas", "although", "though"])
_OPENING_SUBORDINATORS = _ADVERBIAL_LEADS | {"when", "if", "once", "with"}  # ("With three in 10 saying ..., the race")


# what a source asks that keeps them unnamed: "that her name not be used", "that his name be withheld"
_UNNAMED_ASKED = re.compile(
    r"(?:his|her|their)\s+(?:full\s+|last\s+)?names?\s+(?:not\s+)?be\s+"
    r"(?:used|withheld|published|printed|disclosed|revealed|given|identified|included)\b"
)


def indirect_all(text: str, sent: tuple[int, int], people: set[str]) -> list[tuple[Attribution, int, int]]:
    """Every reported statement of a sentence: "several supporters said the former president had made a good
    case, while other voters said they had not heard anything" holds two. A report inside another ends before
    the closing speaker and verb ("Investigators believe the men sold the coins ..., Brown said")."""
    found = _reports_in(text, sent, people)
    if found and any(a.cue in ("asked", "requested") for a, _, _ in found):
        # ("A teacher, who asked that his name be withheld, said": a request for anonymity, no statement)
        found = [r for r in found if r[0].cue not in ("asked", "requested") or not _UNNAMED_ASKED.match(text, r[1])]
    if not found and (text.find("per ", *sent) >= 0 or text.find("Per ", *sent) >= 0) and _PER.search(text, *sent):
        per = _per_report(text, sent, people)
        return [per] if per else []
    if len(found) != 1 or found[0][2] <= found[0][0].end:
        return found  # (only a report whose content runs on after its speaker)
    attr, cs, ce = found[0]
    last = _LAST_WORD.search(text[cs:ce])
    if last is None or last.group().lower() not in _CLOSING_VERBS:
        return found  # (the cheap test first: most contents end on no reporting verb)
    toks = tokenize(text, cs, ce, [])
    v = len(toks) - 1
    if v < 4 or toks[v].low not in _CLOSING_VERBS:
        return found
    rng = _subject_after_comma(toks, v)
    if rng is None:
        return found
    phrase = span_text(text, toks, rng)[0]
    if not is_speaker_phrase(phrase, people, strict=True):
        return found
    return [(attr, cs, toks[rng[0] - 2].end)]


# "per" as "according to", before a source that can speak: "..., per two people familiar with the matter.", "Per
# ESPN, ..." (not "per hour", "per person", "per capita": no determiner, no name, no group)
_PER = re.compile(r"(?<![\w-])[Pp]er\s")  # (a cheap test first: most sentences hold no "per")
_PER_SOURCE = (
    r"(?P<src>(?:(?:the|a|an|his|her|its|their|two|three|four|several|multiple|many|some)\s|[A-Z])"
    r"[^,;:.!?“”\"]{1,80}?)"
)
_PER_CLOSING = re.compile(rf",\s+per\s+{_PER_SOURCE}\s*[.!?]?[”\"’']?\s*$")
_PER_OPENING = re.compile(rf"\s*Per\s+{_PER_SOURCE},\s+(?P<rest>\S)")


def _per_report(text: str, sent: tuple[int, int], people: set[str]) -> tuple[Attribution, int, int] | None:
    """What a source after "per" reports: the clause before ", per ESPN." or after "Per a spokesperson, ..."."""
    closing = _PER_CLOSING.search(text, sent[0], sent[1])
    opening = None if closing else _PER_OPENING.match(text, sent[0], sent[1])
    found = closing or opening
    if found is None:
        return None
    src = found["src"].strip()
    if sp.mention_type(src) not in ("person", "organisation", "anonymous") or not is_speaker_phrase(
        src, people, strict=False
    ):
        return None
    attr = Attribution(src, found.start("src"), found.start("src") + len(src), "per")
    if closing:
        cs, ce = sent[0], closing.start()
        lead = _LEAD_STAMP.match(text, cs, ce)
        cs = lead.end() if lead else cs  # (past a dateline: "LOS ANGELES — ...")
    else:
        cs, ce = opening.start("rest"), sent[1]
    while ce > cs and text[ce - 1] in " .!?":
        ce -= 1
    return (attr, cs, ce) if len(text[cs:ce].split()) >= 3 else None


_CLOSING_VERBS = SPEECH_CORE | {"reported", "reports"}
_LAST_WORD = re.compile(r"[A-Za-z]+\Z")


def _reports_in(text: str, sent: tuple[int, int], people: set[str]) -> list[tuple[Attribution, int, int]]:
    """The reported statements of a sentence (see :func:`indirect_all`)."""
    inner: list[tuple[Attribution, int, int]] = []
    found = _indirect(text, sent, people, inner)
    if found is None:
        # ("Compaq, which said it discovered the bugs, still plans to ...": only the aside reports)
        aside = _relative_aside(text, sent, people, None, sent[1]) if _ASIDE.search(text, *sent) else None
        return [aside] if aside else []
    attr, cs, ce = found
    stamp = _LEAD_STAMP.match(text, cs, ce)
    if stamp:  # "BRUSSELS — ...", "9:15 a.m. — ...": where and when it was filed, not what was said
        cs = stamp.end()
        found = (attr, cs, ce)
    if inner:
        return [found, *inner]  # (a closing report and the report inside it: the sentence ends with them)
    if attr.cue == "according to":
        main_report = _main_after_aside(text, sent, people, attr, cs)
        if main_report is not None:
            return [found, main_report]
    main_at = _relative_then_main_verb(text, sent[0], attr, cs, ce)
    if main_at is not None:
        return [(attr, cs, main_at)]
    split = _participle_then_main_verb(text, sent[0], attr, cs, ce)
    if split is not None:
        # "The Journal, citing internal documents, reported that ...": the participle's object, then the
        # subject's own verb, which may report too
        verb_at, verb = split[1], split[2]
        if verb in FINITE_AUX:  # ("had reported that ...": the verb after the auxiliaries)
            aux_verb = _past_auxiliaries(text, verb_at, sent[1])
            verb_at, verb = aux_verb.start, aux_verb.low
        next_report = _next_report(text, verb_at, sent[1], attr) if verb in reporting_verbs() else None
        party = _FOR_PARTY.match(text, cs, split[0])
        if party and sp.mention_type(party["party"]) in ("person", "organisation", "anonymous"):
            # "Solicitor General Elizabeth Prelogar, arguing for the Biden administration, told": whom she speaks
            # for, no statement (but "arguing for a tax cut" is one)
            return [next_report] if next_report else []
        return [(attr, cs, split[0]), *([next_report] if next_report else [])]
    again = _AGAIN.match(text, ce, sent[1])
    if again is None:
        # "said crews had saved hundreds of homes but warned that ...": another verb of report, with "that"
        again = _AGAIN_THAT.match(text, ce, sent[1])
        again = again if again and again["verb"] in reporting_verbs() else None
    if again is None:
        # "acknowledged the uncertainty, but insisted the trend was clear": after an object, a verb that reports a
        # clause (not one inside a reported clause: "showed that Schilling had shared it and added his comment");
        # the content is tokenized only when such a verb follows, as few reports have one
        again = _AGAIN_CLAUSE.match(text, ce, sent[1])
        clause_joined = again is not None and again["verb"] in _CLAUSE_VERBS
        again = again if clause_joined and not _has_verb(tokenize(text, cs, ce, [])) else None
    if again:
        # "Kirsch said she had met with Manafort twice but said neither ...": the subject's next report
        again_report = _next_report(text, again.start("verb"), sent[1], attr)
        if again_report is not None:
            return [found, again_report]
    joined = _AND_AUXILIARY.match(text, ce, sent[1])
    if joined:
        # "disagrees with their position and is letting them know he believes they are wrong": the subject's next
        # act, in which a report of its own may be
        if joined["verb"] in reporting_verbs():  # ("and has said that he would ...": its next report)
            more = [m] if (m := _next_report(text, joined.start("verb"), sent[1], attr)) else []
        else:
            more = _reports_in(text, (joined.start("verb"), sent[1]), people)
        if more:
            return [found, *more]
    added = _added_statement(text, ce, sent[1])
    if added:
        # "..., a Chinese official said, adding that the impact was hard to estimate": a second statement
        cue, start, end = added
        return [found, (Attribution(attr.mention, attr.start, attr.end, cue), start, end)]
    toks = tokenize(text, cs, sent[1], [])  # the clause may have been cut before the next one
    # "While some argue Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion":
    # a report in an opening subordinate clause ends at its comma, where the main clause begins (and this
    # one may report on its own)
    lead = text[sent[0] : attr.start]
    words = lead.split()
    # (or a phrase that a subordinator ends: "At a time when it was said that ..., Bill Clinton proved")
    opening = (
        "," not in lead and (words[0].lower() in _OPENING_SUBORDINATORS or words[-1].lower() in _TIME_SUBORDINATORS)
        if words
        else False
    )
    # "Asked if she believed Putin wanted Trump to win, Clinton said she was not going to ...": the opening
    # clause is the question put to the speaker, not a statement of hers; only the main clause reports
    asked = "," not in lead and len(words) > 1 and words[0] == "Asked" and words[1] in _QUESTION_WORDS
    # ("In a statement defending Lewandowski, Trump's campaign said he will be represented by ...": the
    # statement's report ends at the comma that closes the opening phrase)
    opening = opening or asked or words == ["In"]
    main = None  # where the main clause after an opening subordinate clause begins
    for c in range(1, len(toks) - 2):
        if toks[c].start > ce:
            break
        # the next clause after a joining word, or after a semicolon alone ("...; 26 percent of Democrats say ...")
        nxt = c + 2 if toks[c].text in (",", ";") and toks[c + 1].low in _CLAUSE_JOIN else c + 1
        # (or after "and" or "but" alone, when a name and a verb of saying follow: "she'll bring in many more
        # terrorists and Trump says some of those individuals will be worse")
        # (not an inverted tag after a list: "in New York and Florida, said lobbyist Charlie Black")
        bare = (
            toks[c].low in ("and", "but")
            and toks[c + 1].text[0].isupper()
            and (say := next((n for n in range(c + 2, min(c + 5, len(toks))) if toks[n].low in SAY_VERBS), None))
            and toks[say].text.islower()
            and all(is_word(t) for t in toks[c + 1 : say])
        )
        if toks[c].text == ";" or nxt == c + 2 or (opening and toks[c].text == ",") or bare:
            more = indirect_all(text, (toks[nxt].start, sent[1]), people)
            # only where the next clause opens with its own speaker and reporting verb (after an adverb at most:
            # "but ultimately Prager thinks")
            if more and _opens_on_speaker(text, toks[nxt].start, more[0][0], people):
                if asked:
                    return more
                return [(attr, cs, _before_speaker(text, attr, cs, words_end(text, toks[: main or c]))), *more]
        if opening and main is None and toks[c].text == "," and _main_clause(toks[c + 1 :]):
            main = c
    if main is not None and asked:
        return []
    if main is not None:
        # "While officials argue that trading prisoners encourages others to target Americans, President Obama
        # has deemed ...": the report ends where the main clause begins
        return [(attr, cs, words_end(text, toks[:main]))]
    aside = _relative_aside(text, sent, people, attr, cs) if _ASIDE.search(text, sent[0], cs) else None
    return [aside, found] if aside else [found]


def _opens_on_speaker(text: str, start: int, attr: Attribution, people: set[str]) -> bool:
    """Whether the clause from ``start`` opens on the speaker of its report ``attr``: after sentence adverbs at
    most ("but ultimately Prager thinks"), or after a role in apposition to the speaker's name ("and its chief
    executive, Ed Bastian, later said": the mention found is the name, closed by a comma)."""
    gap = text[start : attr.start]
    if all(w.lower() in SENTENCE_ADVERBS for w in gap.split()):
        return True
    phrase = gap.rstrip()
    if not phrase.endswith(",") or not text.startswith(",", attr.end) or "," in phrase[:-1]:
        return False
    words = phrase[:-1].split()
    return (
        1 < len(words) <= 6
        and words[0] in _APPOSITION_DETERMINERS
        and sp.mention_type(phrase[:-1]) in ("role", "anonymous")
        and is_speaker_phrase(phrase[:-1], people, strict=False)
    )


_APPOSITION_DETERMINERS = frozenset("its his her their the a an".split())


def _before_speaker(text: str, attr: Attribution, cs: int, ce: int) -> int:
    """``ce`` moved back to the comma before the speaker when the content ``text[cs:ce]`` runs on past its own
    closing speaker ("The storm will hit Monday, officials said, though they cautioned ...": the content ends at
    "Monday")."""
    tail = text[attr.end : ce].split()
    if not cs < attr.start < ce or len(tail) > 3 or attr.cue.split()[-1:] != tail[:1]:
        return ce  # (a speaker in an aside is no end: "His leverage, they believe, isn't going anywhere")
    comma = text.rfind(",", cs, attr.start)
    return comma if comma > cs and not text[comma : attr.start].strip(", ") else ce


_ASIDE = re.compile(r", (?:who|which) ")
_AGAIN = re.compile(r"\s+(?:but|and)\s+(?:also\s+)?(?P<verb>said|says|told|tells|wrote|writes)\s")
_AGAIN_THAT = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?(?P<verb>[a-z]+ed)\s+that\s")
# (after a quotation, any reporting verb: "called the decision “a betrayal” and warned that ...")
_AGAIN_ANY = re.compile(r"\s+(?:but|and)\s+(?:also\s+)?(?P<verb>[a-z]+)\s")
# (or after a short phrase that ends the first verb's clause: "blamed what he called “criminal elements” for the
# violence and said ...")
_AGAIN_AFTER_PHRASE = re.compile(
    r"\s+(?:for|to|in|on|at|of|over|about|with|against|from|by)\s+(?:[\w’'-]+\s+){1,5}?(?:but|and)\s+(?:also\s+)?"
    r"(?P<verb>[a-z]+)\s"
)
# (or after a short aside closed by a comma or a dash: "blamed the violence on a “disturbed person,” not on his
# religion, and said ...", "had served in Vietnam - ''13 months in living hell'' - and said ...")
_AGAIN_AFTER_ASIDE = re.compile(r"(?:\s+[^,;:“”\"—–]{1,60}?,|\s+[-—–]+)\s+(?:but|and)\s+(?:also\s+)?(?P<verb>[a-z]+)\s")
# (after a participle's quotation, the subject's own verb: "..., citing “a source close to the couple,” reported")
_OWN_VERB_AFTER = re.compile(r",?\s+(?:(?:has|had|have)\s+)?(?P<verb>[a-z]+)\s")
# (after an object, the subject's next verb: "disagrees with their position and is letting them know ...")
_AND_AUXILIARY = re.compile(r"\s+and\s+(?:is|was|are|were|has|have|had)\s+(?P<verb>[a-z]+)\b")
# (after an object, with the comma before a contrast: "acknowledged the provision, but noted ...")
_AGAIN_CLAUSE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?(?P<verb>[a-z]+)\s")


_OWN_CLAUSE = frozenset(
    "that who which whom whose what how why where when whether if because as while although though unless but".split()
)
_PARTICIPLE_CUE = re.compile(r",?\s+[a-z]+ing\s+")


def _participle_then_main_verb(
    text: str, start: int, attr: Attribution, cs: int, ce: int
) -> tuple[int, int, str] | None:
    """Where a participle's object ends and its subject's own verb starts, when the participle follows the
    subject that opens the sentence at ``start`` ("A gunman claiming allegiance to the group carried out ...",
    "The Journal, citing internal documents, reported ..."), so the verb after the object is the sentence's own:
    (end of the object, start of the verb, the verb); None when the participle reports a clause ("claiming he had
    been fired", "saying what voters want to hear") or nothing follows its object."""
    if not attr.cue.endswith("ing") or not _PARTICIPLE_CUE.fullmatch(text, attr.end, cs):
        return None
    if text[start : attr.start].strip().lower() not in ("", "but", "and"):
        return None  # ("With three in 10 saying a candidate would have no effect": no subject of the sentence)
    toks = tokenize(text, cs, ce, [])
    if len(toks) < 3 or toks[0].low in SUBJECT_PRONOUNS | {"that", "to", "it"}:
        return None
    for k in range(1, len(toks)):
        t = toks[k]
        if t.low in _OWN_CLAUSE or t.low in SUBJECT_PRONOUNS or t.text in ("—", "–", ";"):
            return None  # (a clause of its own inside the object or after it: the verb after it is the clause's)
        tag = usual_tag(t.low)
        if t.text.islower() and (tag in ("VBD", "VBZ", "VBP", "MD") or t.low.endswith(("n't", "n’t"))):
            end = toks[k - 2] if toks[k - 1].text == "," else toks[k - 1]
            return (end.end, t.start, t.low) if k > 1 else None
    return None


def _past_auxiliaries(text: str, at: int, end: int) -> Tok:
    """The verb after the auxiliaries (and adverbs) at ``at``: "had reported", "has since said"."""
    toks = tokenize(text, at, min(end, at + 80), [])
    k = 0
    while k + 1 < len(toks) and (toks[k].low in _AUX_FORMS or usual_tag(toks[k].low) == "RB"):
        k += 1
    return toks[k]


# whom a participle's subject speaks for: "arguing for the administration", "on behalf of the plaintiffs"
_FOR_PARTY = re.compile(r"(?:for|on\s+behalf\s+of)\s+(?P<party>[^,]+?),?\s*$")


# where a clause inside the reported one begins, past which the subject's own verb is not looked for
_CLAUSE_STOPS = frozenset(
    ", ; : — – when whenever because after before while since although though if unless until whereas".split()
)
_NO_MAIN_AFTER = SUBJECT_PRONOUNS | RELATIVE_PRONOUNS | {"that", "to", "and", "or", "but", "it", "you"}
_AUX_FORMS = FINITE_AUX | {"be", "been", "being", "having", "get", "got", "gets"}
_CLAUSE_TAKING = _CLAUSE_VERBS | frozenset(
    "say believe believed believes think thinks thought hope hoped hopes fear feared fears expect expected expects "
    "insist argue claim know knew knows worry worried worries predict warn".split()
)


def _relative_then_main_verb(text: str, start: int, attr: Attribution, cs: int, ce: int) -> int | None:
    """Where a report inside a relative clause on the sentence's subject ends, before the subject's own verb:
    "Some conservatives who had hoped Mr. Ryan would hold out were dismayed", "Voters who said the economy was
    their top issue backed Biden" (the report had run on into "were dismayed", "backed Biden"); None when the
    relative clause is not on the subject that opens the sentence or no such verb follows."""
    if attr.mention.lower() not in ("who", "that") or attr.start <= start or attr.cue.lower() not in _CLAUSE_TAKING:
        return None  # (and only a verb that reports a clause: not "who praised his candidacy warned ...")
    lead = tokenize(text, start, attr.start, [])
    if not lead or any(t.text == "," or (t.text.islower() and usual_tag(t.low).startswith(("VB", "MD"))) for t in lead):
        return None  # (a clause before the relative one, "lack of action angered activists who", or an opening phrase)
    toks = tokenize(text, cs, ce, [])
    main = None
    for k in range(1, len(toks)):
        t = toks[k]
        if t.low in _CLAUSE_STOPS:
            break
        if (
            not t.text.islower()
            or usual_tag(t.low) not in FINITE_TAGS | {"VBN"}
            or not (k + 1 < len(toks) and is_word(toks[k + 1]))
        ):
            continue  # (a verb with words after it: not a noun ending the sentence, "his campaign promises.")
        j = k - 1
        while j > 0 and usual_tag(toks[j].low) == "RB":
            j -= 1  # ("would not hold")
        before = toks[j]
        if before.low in _NO_MAIN_AFTER or before.low in _AUX_FORMS or before.low.endswith(("n't", "n’t")):
            continue  # (a verb of the reported clause's own, "they saw", "would fail and was"; or a chain's, "were
            # dismayed")
        main = k
    if main is None or not any(t.text.islower() and usual_tag(t.low) in FINITE_TAGS for t in toks[:main]):
        return None
    return words_end(text, toks[:main])


# the comma that closes a relative clause, then the main clause's reporting verb: ", said", ", also told"
_MAIN_VERB_AFTER = re.compile(r",\s+(?:also\s+)?(?P<verb>[a-z]+)\b")


def _main_after_aside(
    text: str, sent: tuple[int, int], people: set[str], source: Attribution, cs: int
) -> tuple[Attribution, int, int] | None:
    """ "The company, which lost money according to its filings, said it would hire": after a relative clause
    that "according to" reports (``source``, its content from ``cs``), the main clause's own report, by the
    sentence's subject; None when the main verb reports nothing."""
    aside = _ASIDE.search(text, sent[0], cs)
    verb = _MAIN_VERB_AFTER.match(text, source.end, sent[1]) if aside else None
    if verb is None or verb["verb"] not in reporting_verbs() or usual_tag(verb["verb"]) not in ("VBD", "VBZ"):
        return None
    subject = sentence_subject(text, tokenize(text, sent[0], aside.start(), []), people)
    if subject is None or subject[2] != aside.start():
        return None
    return _next_report(text, verb.start("verb"), sent[1], Attribution(*subject, ""))


def _next_report(text: str, verb_at: int, end: int, attr: Attribution) -> tuple[Attribution, int, int] | None:
    """What the subject of ``attr`` reports next with the verb at ``verb_at`` ("... but said neither ...", "...
    and warned that ..."), said by the same mention; a finding verb only before "that" ("and showed flashes of
    compassion" reports nothing)."""
    toks = tokenize(text, verb_at, end, [])
    if toks[0].low in FINDING_VERBS and not finds_that(toks, 0):
        return None
    return _clause_after(
        text, toks, 0, 0, Attribution(attr.mention, attr.start, attr.end, toks[0].text, span=attr.span)
    )


def _main_clause(rest: list[Tok]) -> bool:
    """Whether ``rest`` opens with a subject and a finite verb soon after ("President Obama has deemed", "he
    appears"), not a phrase ("in line with expectations") or another subordinate clause ("how we need")."""
    if not rest or rest[0].low in PREPOSITIONS | _WH | {"though", "too", "and", "or", "but"}:
        return False
    if not (rest[0].text[0].isupper() or rest[0].low in _SUBJECT_OPENERS):
        return False
    return any_verb_form(rest[1:8])


_WH = _QUESTION_WORDS | {"where", "which"}
_SUBJECT_OPENERS = ARTICLES_POSS | frozenset("he she they it we i this that these those some many".split())


_SPEAKING = frozenset("spoke speaks speak spoken talked talks".split())
_GAVE = frozenset("gave gives delivered delivers".split())
_ADDRESSES = frozenset("speech toast eulogy address sermon remarks".split())


def speaking_subject(text: str, sent: tuple[int, int], people: set[str]) -> Attribution | None:
    """A named speaker with a reporting verb in a sentence that reports no words of its own ("Howard
    continued his scathing remarks."), for a quotation that follows in the next paragraph."""
    sentence = text[sent[0] : sent[1]]
    words = LOWER_WORD.findall(sentence)
    if not _may_report(sentence) and _SPEAKING.isdisjoint(words) and _ADDRESSES.isdisjoint(words):
        return None
    toks = tokenize(text, sent[0], sent[1], [])
    # (and a verb of speaking that reports nothing itself: "since Trump spoke only in evasive bromides
    # during the interview. ¶ “We have to do something ...”"; or a speech given: "he gave a short speech")
    spoke = [
        k
        for k, t in enumerate(toks)
        if (t.low in _SPEAKING or (t.low in _GAVE and any(u.low in _ADDRESSES for u in toks[k + 1 : k + 5])))
        and t.text.islower()
    ]
    for v in sorted(set(verb_indexes(toks)) | set(spoke)):
        rng = subject_left(toks, v) if toks[v].low != "according" else None
        if rng is None or reduced_relative(toks, rng[0]):
            continue  # (nor the verb of a clause on a noun: "a courtroom packed with lawyers he had scolded")
        phrase, a, b = span_text(text, toks, rng)
        if sp.mention_type(phrase) in ("person", "organisation", "anonymous", "pronoun") and is_speaker_phrase(
            phrase, people, strict=True
        ):
            return Attribution(phrase, a, b, cue_at(toks, v))
    return None


_QUOTE_CHARS = '“”"‘’'


def _added_statement(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The clause a participle adds after ``start`` ("..., adding that the impact was hard to estimate"), or what
    it cites ("..., citing the strategic importance of ..."): its cue and offsets, up to the sentence's end without
    closing punctuation; None when there is none or it has fewer than four words (two for what is cited)."""
    m = ADDING.search(text, start, end)
    if m is None:
        cited = _CITING.match(text, start, end)
        if cited is not None:  # "..., analysts said, citing the strategic importance of ...": what is cited
            cited_end = _clause_end(text, cited.end(), end)
            return ("citing", cited.end(), cited_end) if len(text[cited.end() : cited_end].split()) >= 2 else None
        told = _TELLING.match(text, start, end)
        if told is None:
            return None
        toks = tokenize(text, told.end("cue"), end, [])
        k = _told_clause(toks) if toks else None
        if not k or len(toks) - k < 3:
            return None
        return "telling", toks[k].start, _clause_end(text, toks[k].start, end)
    end = _clause_end(text, m.end(), end)
    return (m.group("cue"), m.end(), end) if len(text[m.end() : end].split()) >= 4 else None


_TELLING = re.compile(r",\s+(?P<cue>telling)\s")
_CITING = re.compile(r",\s+citing\s+")


def _clause_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past the sentence's closing punctuation and spaces, not before ``start``."""
    while end > start and text[end - 1] in " \t\n.;,":
        end -= 1
    return end


# the speaker's relative clause after a closing attribution that reports more: "..., who said that ..."
_WHO_SAID = re.compile(
    r"\bwho\s+(?P<cue>(?:also\s+|later\s+)?(?:said|says|added|argued|noted|predicted|acknowledged|warned))"
    r"(?:,?\s+that)?\s+(?=[\w$])"
)


def _said_again(text: str, attr: Attribution, end: int) -> tuple[QuoteSpan, str, Attribution] | None:
    """ "“...,” said Linda Crow, a retired teacher from Ames who said she was leaning toward Warren": what the
    relative clause on the closing attribution's speaker reports, as said by "who"."""
    m = _WHO_SAID.search(text, attr.end, end)
    # (in apposition to the speaker: no quotation and no other verb of saying between them)
    if m is None or any(c in text[attr.end : m.start()] for c in _QUOTE_CHARS):
        return None
    if _has_reporting_word(LOWER_WORD.findall(text[attr.end : m.start()].lower())):
        return None
    stop = _clause_end(text, m.end(), end)
    if len(text[m.end() : stop].split()) < 4 or any(c in text[m.end() : stop] for c in _QUOTE_CHARS):
        return None
    who = Attribution("who", m.start(), m.start() + 3, m.group("cue"), span=attr.span, antecedent=attr)
    return QuoteSpan(m.end(), stop, m.end(), stop), "indirect", who


def around_quotes(
    text: str, sent: tuple[int, int], quotes: list[QuoteSpan], attr: Attribution, people: set[str]
) -> list[tuple[QuoteSpan, str, Attribution]]:
    """Reported speech beside the quotations of a sentence, as (span, kind, attribution): a clause after the last
    quotation introduced by a participle (“...,” he said, adding that the U.S. must act), spoken by the
    quotation's speaker; and a reported clause before a colon that introduces the first one ("Trump said
    the judge was biased: “...”")."""
    out: list[tuple[QuoteSpan, str, Attribution]] = []
    added = _added_statement(text, quotes[-1].outer_end, sent[1])
    # (a participle after a quotation in a restrictive relative clause goes with the sentence's subject: "Obama
    # rebuked critics who say ... “radical Islamists,” saying ..." is Obama's, not the critics')
    inside = attr.mention.lower() == "who" and not text[sent[0] : attr.start].rstrip().endswith(",")
    if added and not any(c in text[added[1] : added[2]] for c in _QUOTE_CHARS):
        cue, start, end = added
        said: Attribution | None = Attribution(attr.mention, attr.start, attr.end, cue, span=attr.span)
        if inside:
            subject = sentence_subject(text, tokenize(text, sent[0], attr.start, []), people, verb=cue)
            said = Attribution(subject[0], subject[1], subject[2], cue, span=attr.span) if subject else None
        if said is not None:
            out.append((QuoteSpan(start, end, start, end), "indirect", said))
    elif attr.start >= quotes[-1].outer_end and (said_again := _said_again(text, attr, sent[1])) is not None:
        out.append(said_again)
    elif (main := _main_report_after_aside(text, sent, quotes[-1], attr, people)) is not None:
        out.append(main)
    else:
        start = max(quotes[-1].outer_end, attr.end)
        tag = text[start : sent[1]].split(",", 1)[0]
        if tag.split() and all(w == attr.cue or w.lower() in TIME_WORDS for w in tag.split()):
            start += len(tag)  # (past the tag's verb and its time: "Smith said Monday, but ...")
        again = (
            _AGAIN_ANY.match(text, start, sent[1])
            or _AGAIN_AFTER_PHRASE.match(text, start, sent[1])
            or _AGAIN_AFTER_ASIDE.match(text, start, sent[1])
            if attr.mention.lower() not in RELATIVE_PRONOUNS
            else None
        )
        more = None
        if again is None and attr.cue.endswith("ing") and attr.mention.lower() not in RELATIVE_PRONOUNS:
            # "A tabloid, citing “a source close to the couple,” reported that ...": after the participle's
            # quotation, the subject's own verb, which may report
            again = _OWN_VERB_AFTER.match(text, start, sent[1])
        verb = again.group("verb") if again else ""
        # (a finite verb in the form of the subject's first: "call it “a tax” and argue that ...", but not "said
        # Trump should ... and reveal his source", an infinitive's)
        if verb in reporting_verbs() and (
            usual_tag(verb) in ("VBD", "VBZ", "VBN")
            or usual_tag((attr.cue.split() or [""])[0].lower()) in ("VB", "VBP")
        ):
            # "Mayor Lena Ruiz called the shooting “senseless” and said the city would add patrols": the
            # speaker's next report, not a report by "the city" (whose "add" takes patrols, not a statement);
            # "said the decision was “a betrayal” and warned that roads could not cope"
            more = _next_report(text, again.start("verb"), sent[1], attr)
        if more is not None:
            said, cs, ce = more
            out.append((QuoteSpan(cs, ce, cs, ce), "indirect", said))
        else:
            out.extend(_joined_report(text, start, sent[1], people))
    joined = (
        (_JOINED_BEFORE.search(text, sent[0], attr.start) or _CLAIM_BEFORE.search(text, sent[0], attr.start))
        if attr.start < quotes[0].open_at
        else None
    )
    if joined:
        # "Several conservatives said they would oppose it, but Johnson said the House would “take a close look”";
        # "An aide testified that she was told to delete emails, a claim his office called “false”": the clause
        # before, with its own speaker
        out.extend(_clause_reports(text, sent[0], joined.start(), people))
    first = quotes[0]
    lead = text[sent[0] : first.open_at].rstrip()
    if attr.end <= first.open_at and (
        before := _reported_then_quoted(text, sent[0], lead, attr, people)
        or _reported_before_participle(text, sent[0], first, attr, people)
    ):
        out.append(before)
    if lead.endswith(":") and not any(c in lead for c in _QUOTE_CHARS):
        found = _indirect(text, (sent[0], sent[0] + len(lead) - 1), people)
        # the quotation's own speaker, not someone in an aside of its subject ("Trump, who has told aides ...,"),
        # and what the verb reports after it ("Asked about the vote, Ms. Pelosi replied:" reports nothing)
        if (
            found
            and found[0].start == attr.start
            and found[1] >= found[0].end
            and len(text[found[1] : found[2]].split()) >= 4
            # (a clause, not a listener: "she told shareholders at the annual meeting: “...”")
            and _said_clause(text, found[1], found[2])
        ):
            row = (QuoteSpan(found[1], found[2], found[1], found[2]), "indirect", found[0])
            if all(o[0] != row[0] for o in out):  # (found already as the report before the quotation's verb)
                out.append(row)
    return out


# the main clause's verb right after a quotation that closes the relative clause on its subject
_MAIN_AFTER = re.compile(r",?\s+(?P<verb>said|says|told|tells|wrote|writes|added|adds)\s")


def _main_report_after_aside(
    text: str, sent: tuple[int, int], last: QuoteSpan, attr: Attribution, people: set[str]
) -> tuple[QuoteSpan, str, Attribution] | None:
    """What the sentence's subject reports after the relative clause on it that holds the quotation: "Rick Perry,
    who once called Trump “a cancer on conservatism,” said Thursday that he would support the nominee" (Perry's)."""
    if attr.mention.lower() != "who" or not text[sent[0] : attr.start].rstrip().endswith(","):
        return None
    main = _MAIN_AFTER.match(text, last.outer_end, sent[1])
    if main is None:
        return None
    found = sentence_subject(text, tokenize(text, sent[0], attr.start, []), people, verb=main.group("verb"))
    if not found:
        return None
    more = _next_report(
        text, main.start("verb"), sent[1], Attribution(found[0], found[1], found[2], "", span=attr.span)
    )
    if more is None:
        return None
    said, cs, ce = more
    return QuoteSpan(cs, ce, cs, ce), "indirect", said


# the same subject's second verb, which introduces the quotation: "... and said, “", "... and called it “"
_THEN_QUOTED = re.compile(r",?\s+(?:and|but)\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\b[^,;:.]{0,40}?[,:]?$")


def _reported_then_quoted(
    text: str, start: int, lead: str, attr: Attribution, people: set[str]
) -> tuple[QuoteSpan, str, Attribution] | None:
    """What the quotation's speaker reports before the verb that introduces the quotation: "De Blasio said the
    move was made by Bratton and said, “Who are you going to trust?”", "Smith said the plan would fail and
    called it “doomed.”" (the clause after the first verb, said by the same mention)."""
    then = _THEN_QUOTED.search(lead, attr.end - start)
    if then is None or then.group("verb") not in reporting_verbs() or any(c in lead for c in _QUOTE_CHARS):
        return None
    if usual_tag(then.group("verb")) not in ("VBD", "VBZ", "VBN"):
        return None
    found = _indirect(text, (start, start + then.start()), people)
    if found is None or found[0].start != attr.start or found[1] < found[0].end:
        return None
    said, cs, ce = found
    # (said by a finite verb, not a verb's object: "She was defending the organization against attacks, but
    # admitted “...”", "Clinton slammed the shift as a conversion and accused Sanders of a “...”")
    cue = (said.cue.split() or [""])[0].lower()
    if usual_tag(cue) not in ("VBD", "VBZ", "VBP", "VBN") or not _said_clause(text, cs, ce):
        return None
    return (QuoteSpan(cs, ce, cs, ce), "indirect", said) if len(text[cs:ce].split()) >= 3 else None


def _reported_before_participle(
    text: str, start: int, first: QuoteSpan, attr: Attribution, people: set[str]
) -> tuple[QuoteSpan, str, Attribution] | None:
    """What the quotation's speaker reports before the participle that introduces the quotation: "The plan will
    fail, officials said Monday, calling it “a disaster.”", "Officials said the plan would fail, calling it
    “...”" (the report before the participle's comma, by the same mention)."""
    if not attr.cue.endswith("ing") or " " in attr.cue:
        return None
    comma = text.rfind(f", {attr.cue} ", attr.end, first.open_at)
    if comma < 0:
        comma = text.rfind(f", {attr.cue},", attr.end, first.open_at)  # (", saying, “They didn't ...”")
    if comma < 0 or any(c in text[start:comma] for c in _QUOTE_CHARS):
        return None
    found = _indirect(text, (start, comma), people)
    if found is None or found[0].start != attr.start or found[1] >= found[2]:
        return None
    said, cs, ce = found
    # (said by a finite verb of saying: not "Smith, standing beside the mayor, ..." nor a verb's object)
    cue = (said.cue.split() or [""])[0].lower()
    if cue not in SAY_VERBS or not _said_clause(text, cs, ce) or len(text[cs:ce].split()) < 3:
        return None
    lead = _LEAD_STAMP.match(text, cs, ce)
    cs = lead.end() if lead else cs  # (past a dateline: "WASHINGTON — ...")
    return QuoteSpan(cs, ce, cs, ce), "indirect", said


def _said_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a clause that can be said: with a finite verb ("he taught constitutional
    law") or a promise's infinitive ("to govern fairly for the whole United Kingdom"); not a listener or an
    object ("shareholders at the annual meeting", "another quote from Mr. Brown")."""
    words = tokenize(text, start, end, [])
    # (a present plural too: "American Muslims have two choices"; and a present after "he", "she" or "it", whatever
    # the lexicon makes of it: "he respects Clinton")
    return (
        text.startswith("to ", start)
        or _has_verb(words, finite=True)
        or any(t.text.islower() and usual_tag(t.low) == "VBP" for t in words)
        or (len(words) > 1 and words[0].low in ("he", "she", "it") and words[1].low.endswith("s"))
    )


# a clause joined on after a quotation and its tag, with a speaker of its own: ", but several conservatives
# said", ", though he added that ..."
_JOINED = re.compile(r"[ \t]*,?[ \t]*(?:but|and|while|whereas|though|although)[ \t]+")
# (past a clause of time or an "asked" between commas: "He said he had not seen it, and when asked whether ...,
# he said, “...”")
_JOINED_BEFORE = re.compile(
    r",[ \t]+(?:but|and|while|whereas)[ \t]+(?:(?:when|after|once|asked|pressed)\b[^,;:“”\"]{0,100},[ \t]*)?$"
)


_ORDINALS = frozenset("second third fourth fifth sixth seventh".split())


# words that say a number is near: "nearly 19 million", "more than 300"
_APPROXIMATELY = frozenset("nearly almost about around roughly approximately some over just only".split()) | {
    "more than",
    "fewer than",
    "less than",
    "at least",
    "up to",
    "close to",
}


def _nothing_did(after: list[Tok]) -> bool:
    """Whether "nothing" or "little" at ``after[0]`` opens a clause: a verb right after it ("nothing had
    changed"), or after an "of" phrase ("nothing of value was taken"); not "nothing more", "little about it"."""
    if len(after) > 1 and usual_tag(after[1].low)[:2] in ("VB", "MD"):
        return True
    return (
        len(after) > 3
        and after[1].low == "of"
        and any(t.text.islower() and usual_tag(t.low) in ("VBD", "VBZ", "MD") for t in after[3:5])
        and all(is_word(t) for t in after[1:4])
    )


def _an_amount_added(after: list[Tok]) -> bool:
    """Whether the words after "added" are what was added, not what was said: "another", "a second", "two
    more", "200,000 jobs" (a number and then no verb), "nearly 19 million subscribers", "weeks to journeys"."""
    # (a number may come after a word that says it is near: "nearly", "about", "more than", "at least")
    skip = 2 if len(after) > 2 and " ".join(t.low for t in after[:2]) in _APPROXIMATELY else 0
    skip = skip or (1 if len(after) > 1 and after[0].low in _APPROXIMATELY else 0)
    if skip and (after[skip].low[:1].isdigit() or after[skip].low in sp.NUMBER_WORDS):
        after = after[skip:]
    first = after[0].low
    number = first[:1].isdigit() or first in sp.NUMBER_WORDS
    if not (first == "another" or number or (first in ("a", "an") and len(after) > 1 and after[1].low in _ORDINALS)):
        # (or a bare noun added to something: "adding weeks to journeys", not "added the plan to cut taxes was dead")
        to = next((n for n, t in enumerate(after[:4]) if t.low == "to"), None)
        return (
            to is not None
            and 0 < to < len(after) - 1
            and all(t.text.islower() and usual_tag(t.low) in ("NN", "NNS") for t in after[:to])
            and usual_tag(after[to + 1].low) in ("NN", "NNS", "DT", "PRP$")
        )
    # (not a clause that opens so, its verb before any preposition: "added a second meeting would be held")
    for t in after[1:]:
        if not is_word(t) or t.low in PREPOSITIONS:
            break
        if t.text.islower() and has_verb_form(t) and usual_tag(t.low) not in ("NN", "NNS", "JJ"):
            return False
    return True


# a noun in apposition to the clause before it, whose relative clause holds the quotation's speaker: ", a claim
# the governor's office called “...”", ", an allegation that the company denied as “...”"
_CLAIM_BEFORE = re.compile(
    r",[ \t]+an?[ \t]+(?:claim|allegation|assertion|accusation|charge|characterization|account)[ \t]+(?:that[ \t]+)?$"
)


def _joined_report(text: str, start: int, end: int, people: set[str]) -> list[tuple[QuoteSpan, str, Attribution]]:
    """A clause joined on after the quotation (and its tag) that reports with a speaker of its own: "Johnson
    said the House would “take a close look,” but several conservatives said they would oppose it"."""
    joined = _JOINED.match(text, start, end)
    return [] if joined is None else _clause_reports(text, joined.end(), end, people)


def _clause_reports(text: str, start: int, end: int, people: set[str]) -> list[tuple[QuoteSpan, str, Attribution]]:
    """The reported speech of the clause ``text[start:end]`` beside a quotation, as indirect rows, each with a
    speaker inside the clause; none when the clause holds quote marks itself."""
    if any(c in text[start:end] for c in _QUOTE_CHARS):
        return []
    return [
        (QuoteSpan(cs, ce, cs, ce), "indirect", said)
        for said, cs, ce in indirect_all(text, (start, end), people)
        if said.start >= start
    ]


# a share of people polled: "31% of Republicans", "a majority", "six in 10 voters", "half"
_SHARE = re.compile(r"\d\s*(?:%|percent\b)|\b(?:majority|plurality|minority|half)\b|\b" + sp.IN_TEN, re.I)
_SHARE_BEFORE = re.compile(r"(?:" + _SHARE.pattern + r")[\w\s-]{0,12}?\s+of\s+$", re.I)
# the poll that asked them: "In a national CNN/ORC poll released Monday, 31% ...", "according to an AP-GfK
# poll", "The Q poll also finds that ..."
_POLL = re.compile(
    r"(?P<lead>\b(?:in|according\s+to|per|from)\s+)?"
    r"(?P<np>\b(?:an?|the|this|that|its|their)\s+(?:[\w’'./&-]+\s+){0,8}?(?:poll|survey)\b"
    r"(?:\s+(?:released|published|conducted|taken)(?:\s+(?:on|in|last))?\s+(?-i:[A-Z])\w+)?"
    r"(?:\s+(?:conducted\s+)?by\s+(?:the\s+)?(?-i:[A-Z])[\w&./-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w&./-]*){0,5})?)"
    r"(?P<verb>(?:\s+\w+ly|\s+also)?\s+(?:finds|found|shows|showed|suggests|suggested|says)\b)?",
    re.I,
)


def poll_source(text: str, sent: tuple[int, int], attr: Attribution) -> Attribution | None:
    """The poll behind a share of respondents: in "In a CNN/ORC poll released Monday, 31% of Republicans said
    ..." the poll is the source, not the 31%. None unless ``attr`` is such a share and its sentence names the
    poll as the source (after "in", "according to", or as the subject of "finds", "shows")."""
    sentence = text[sent[0] : sent[1]].lower()
    if "poll" not in sentence and "survey" not in sentence:
        return None  # (most sentences: no regex needed)
    if not (_SHARE.search(attr.mention) or _SHARE_BEFORE.search(text[sent[0] : attr.start])):
        return None
    for m in _POLL.finditer(text, sent[0], sent[1]):
        lead = m.group("lead") and (m.end() < attr.start or m.group("lead").lower().startswith("according"))
        if (lead or m.group("verb")) and not (m.start("np") < attr.end and m.end("np") > attr.start):
            cue = (m.group("lead") or m.group("verb")).strip()
            return Attribution(m.group("np"), m.start("np"), m.end("np"), cue, span=attr.span)
    return None
