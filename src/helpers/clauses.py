"""Clause grammar over the tokens of one sentence, without a parser: who is the subject of a verb, what
follows it, whether a phrase can speak, and where a reported clause ends. Shared by quotations
(:mod:`helpers.quotes`) and reported speech (:mod:`helpers.reported`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter

from . import speakers as sp
from .clean import CleanSpan
from .lexicon import abbreviations, is_common_word, reporting_verbs, usual_tag

_WEB_ADDRESS = re.compile(sp.WEB_ADDRESS)
# (a word may end in a web address's ending, which makes it one word: "fivethirtyeight.com", "Change.org"; an
# optional ending after the word costs nothing on words without one)
# (Latin Extended-A's letters open one too: "Łukasz", "Şahin" would otherwise lose their first letter; a range,
# where "[^\W_]" would look up every character's category)
_WORD_TOKEN = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9](?:[\w’'-]*\w)?(?:" + sp.WEB_ENDING + r")?"
# (capitals joined by "&" are one name: "AT&T", "PG&E", "S&P")
# (and capitalised names joined by "/" are one, a poll's sponsors: "CNN/ORC", "NBC/WSJ/Marist")
_AMPERSAND = sp.AMPERSAND_NAME + r"|[A-Z][\w&-]*(?:/[A-Z][\w&-]*)+|"
# A plain word first, which most tokens are, and which every other alternative would cut the same, or leave for
# the word pattern: a letter, then lower-case letters, and no character that could continue it (a fifth less time
# in the pattern; the tokens are the same)
_PLAIN_WORD = r"[A-Za-z][a-z]*(?![\w’'.&/+-])|"
# (no capturing group in either pattern: _tokens_between reads them with findall)
_TOKEN = re.compile(_PLAIN_WORD + r"\d+(?:[.,]\d+)+|(?:[A-Za-z]\.){2,}|" + _AMPERSAND + _WORD_TOKEN + r"|[^\w\s]")
# an acronym may end in "+": "OPEC+", "LGBTQ+" (a second pattern, for the few sentences with a "+" in them)
_TOKEN_PLUS = re.compile(
    _PLAIN_WORD
    + r"\d+(?:[.,]\d+)+|(?:[A-Za-z]\.){2,}|[A-Z][A-Z0-9]+\+(?![\w+])|"
    + _AMPERSAND
    + _WORD_TOKEN
    + r"|[^\w\s]"
)
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
        "can",
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
STOP_LEFT = frozenset(
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
# sentence adverbs, written without a comma before a clause's subject: "Later the CIA said", "but ultimately
# Prager thinks"
SENTENCE_ADVERBS = frozenset(
    "later meanwhile instead separately similarly ultimately eventually finally previously subsequently afterward "
    "afterwards likewise moreover furthermore however nonetheless nevertheless again also then".split()
)
_LEADING_DROP = (
    frozenset(
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
            "least",  # "at least 21,000 said"
            "now",  # "Now the court of appeals has ruled"
        ]
    )
    | SENTENCE_ADVERBS
)
PREPOSITIONS = frozenset(
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
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = _DAYS | frozenset(
    "morning afternoon evening night week weekend month year today yesterday tonight".split()
)
_TIME_LEAD = frozenset("on last this late early earlier next".split())
_TIME_TOKENS = TIME_WORDS | _TIME_LEAD  # (the union once, not at each test)
_NEAR_LEADS = frozenset(["this", "last", "next"])  # after "earlier", "early", "late": "earlier this year"
# words that make a day a name: "Super Tuesday", "Black Friday", "Palm Sunday"
_DAY_NAMED = frozenset("super black cyber good easter palm ash bloody giving".split())


def _named_today(toks: list[Tok], n: int) -> bool:
    """Whether "Today" or "Tonight" at ``n`` ends a name, capitalised after a capitalised word: "USA Today",
    "Psychology Today", "The Tonight Show" (a time in a sentence is in lower case)."""
    return toks[n].text in ("Today", "Tonight") and n > 0 and toks[n - 1].text[0].isupper() and is_word(toks[n - 1])


QUOTE_ONLY_VERBS = frozenset(
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
        "dubbed",
        "termed",
        "write",
        "writes",
        "wrote",
        "writing",
        "quipped",
        "joked",
        "shouted",
        "yelled",
        "exclaimed",
        # reports only with a clause: "maintains that ...", not "maintains close ties"
        "maintain",
        "maintains",
        "maintained",
        "maintaining",
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
        "alleged",  # (an adjective after a determiner: "the alleged gunman", "the congressman's alleged “...”")
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
# the first word of a description that can be a speaker: "A Warren adviser", "Two officials", "Some aides"
_DESCRIPTION_START = _DETERMINERS_POSS | frozenset(
    "one two three four five several many some both other numerous".split()
)
OBJECT_VERBS = frozenset(["view", "views", "viewed", "describe", "describes", "described"])
LOWER_WORD = re.compile(r"[a-z]+")
FINDING_VERBS = frozenset("show shows showed shown find finds found ruled".split())
SHOW_VERBS = frozenset("show shows showed shown".split())
RULING_VERBS = frozenset(["ruled"])  # a finding only before "that", whoever rules ("ruled on the filings")
# capitalised words that open a sentence before a name ("Neither Alan Grayson nor ...") and are no part of it
NOT_NAME_START = frozenset(
    "The A An In On At But And If When This That It He She They We I As Neither Either Both".split()
)
# Sentence openers that are not the subject ("Earlier, ...", "Asked about it, ...", "It's ...").
_NOT_SUBJECT = frozenset(
    "earlier later still however meanwhile now then yet also instead indeed today yesterday last this that "
    "these those it there here asked ask if when while after before since as once although though because "
    "in on at for with from by all both each every early recently somewhere such many much most few several "
    "some that's it's there's what's that’s it’s there’s what’s first second third finally next even "
    # (an opening clause of place or condition: "And weeks later, on the steps of the statehouse, where he had
    # first become a candidate, Mr. Obama expressed")
    "where until unless whereas".split()
)
NOT_NAME_LOW = STOP_LEFT | _NOT_SUBJECT | PREPOSITIONS
_AFTER_PARTICIPLE = frozenset(
    "by in on at to from with for into out up down over off about around through across after against under "
    "the a an his her their its himself herself themselves".split()
)
SPEECH_CORE = frozenset(
    ["say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "write", "writes", "wrote"]
)
# participles that add a statement to one just reported: “...,” he said, adding that ...
PARTICIPLES = frozenset(
    "adding noting saying explaining arguing insisting suggesting acknowledging warning asserting claiming declaring "
    "contending predicting vowing stressing emphasizing pledging admitting alleging conceding".split()
)
ADDING = re.compile(
    r"(?:,|(?<=,[”\"’']))\s+(?P<cue>" + "|".join(sorted(PARTICIPLES)) + ")"
    r"(?:,?\s+that)?\s+(?=[\w$])"
)
# what a letter, memo or statement does: “...,” it stated / it reads
DOCUMENT_VERBS = frozenset(["state", "states", "stated", "read", "reads"])


class Tok:
    """A token of a sentence: offsets in the paragraph's clean text, its text and lower-case form."""

    __slots__ = ("start", "end", "text", "low")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text, self.low = start, end, text, text.lower()


def tokenize(
    text: str, start: int, end: int, masks: list[tuple[int, int]], commas: frozenset[int] = frozenset()
) -> list[Tok]:
    """Tokens of ``text[start:end]``; each masked span (another quotation) becomes one "¶" token, followed by
    a "," token when its start is in ``commas`` and it closes on a comma (“The Big Short,”)."""
    out: list[Tok] = []
    pos = start
    for ms, me in sorted(masks):
        if me <= start or ms >= end:
            continue
        out += _tokens_between(text, pos, max(pos, ms))
        out.append(Tok(max(ms, start), min(me, end), "¶"))
        comma = text.rfind(",", ms, me)
        if ms in commas and me <= end and comma >= 0 and not text[comma + 1 : me].strip("”\"’'"):
            out.append(Tok(comma, comma + 1, ","))
        pos = min(me, end)
    out += _tokens_between(text, pos, end)
    return out


# The spans tokenized last, newest first: (text, start, end, tokens). The rules ask for a sentence's tokens, then
# for parts of it (the reported clause, the words before a verb), which are sliced from the sentence's tokens
# rather than scanned again (about half the characters asked for). Bounded, and pure: a slice is taken only where
# scanning the part alone gives the same tokens.
_RECENT: list[tuple[str, int, int, list[Tok]]] = []
_RECENT_SIZE = 2
_START, _END = attrgetter("start"), attrgetter("end")


def _tokens_between(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` (no masks)."""
    for seen, s, e, toks in _RECENT:
        if seen is text and s <= start and end <= e:
            i = bisect_left(toks, start, key=_START)  # the first token from ``start`` on
            j = bisect_right(toks, end, lo=i, key=_END)  # and past the last that ends by ``end``
            # (no token runs across either end, and none could have been cut short by what follows ``end``,
            # where a look-ahead of the token pattern looks: a letter, digit, "_", "&" or "+")
            clean = (i == 0 or toks[i - 1].end <= start) and (j == len(toks) or toks[j].start >= end)
            if clean and (end == e or not (text[end].isalnum() or text[end] in "_&+")):
                return toks[i:j]
            break
    token = _TOKEN_PLUS if text.find("+", start, end) >= 0 else _TOKEN
    # The tokens' strings, without a match object for each (5% of the time here, compiled), and where each starts: the
    # first place its text occurs from the end of the one before, as the characters skipped between two tokens
    # (spaces, and characters no token opens on, as "_") are none a token opens on
    toks = []
    pos = start
    for word in token.findall(text, start, end):
        at = text.find(word, pos)
        pos = at + len(word)
        toks.append(Tok(at, pos, word))
    _RECENT.insert(0, (text, start, end, toks))
    del _RECENT[_RECENT_SIZE:]
    return toks


def last_tokens(text: str, start: int, end: int, n: int) -> list[Tok]:
    """The last ``n`` tokens of ``text[start:end]``, as ``tokenize(text, start, end, [])[-n:]`` gives them, read
    from only as far back as they need: read from the sentence's start, the words before each of its quotations
    cost the square of their number in a sentence of hundreds."""
    if n <= 0:
        return []
    width = 64
    while end - width > start:
        at = end - width
        # (from just after a space: no token holds one, so the tokens from there on are the whole span's)
        while at < end and not text[at - 1].isspace():
            at += 1
        toks = _tokens_between(text, at, end)
        if len(toks) >= n:
            return toks[len(toks) - n :]
        width *= 2
    return _tokens_between(text, start, end)[-n:]


def is_word(t: Tok) -> bool:
    """Whether a token is a word or number, not punctuation."""
    return t.text[0].isalnum()


def _title_dot(toks: list[Tok], i: int) -> bool:
    """Whether the token at ``i`` is the period of an abbreviated title before a name ("Sen. Ted Cruz")."""
    return (
        toks[i].text == "."
        and 0 < i < len(toks) - 1
        and toks[i - 1].low in abbreviations()["title"]
        and toks[i + 1].text[0].isupper()
    )


def _state_noun(toks: list[Tok], j: int) -> bool:
    """ "state" as a noun, after a determiner, adjective or preposition: "her state", "secretary of state"."""
    if toks[j].low not in ("state", "states") or j == 0:
        return False
    before = toks[j - 2] if toks[j - 1].text == "¶" and j > 1 else toks[j - 1]  # 'the “disheartened” state'
    if before.low == "to" and j + 1 < len(toks) and (toks[j + 1].text in (",", ":", "¶") or toks[j + 1].low == "that"):
        return False  # "prompted the group to state, “...”", "went on to state that": the verb
    return (
        usual_tag(before.low) in _BEFORE_NOUN_TAGS
        or before.low in _STATE_KINDS
        or before.text[0].isdigit()  # "won 39 states"
        # "a wide victory in Washington state.": a place's, at the end of a clause (no name is followed by a
        # plural's verb "state")
        or (toks[j].low == "state" and before.text[0].isupper() and (j + 1 == len(toks) or not is_word(toks[j + 1])))
        # the object of a verb: "many of them represent states", "Sanders has won states with open primaries"
        or (before.text.islower() and usual_tag(before.low) in ("VB", "VBP", "VBD", "VBN") and before.low not in _AUX)
        or usual_tag(before.low) == "RBR"  # "in earlier states"
        or (usual_tag(before.low) == "RB" and j > 1 and toks[j - 2].low in PREPOSITIONS)  # "in later states"
        # what a plural is: "these are also states where Mr. Cruz is poised to do well"
        or before.low in _PLURAL_BE
        or (usual_tag(before.low) == "RB" and j > 1 and toks[j - 2].low in _PLURAL_BE)
        # a name or a month that describes them, after a plural's determiner: "the March states", "the Gulf states"
        # (no plural's subject is followed by "states"; but "the Saudis state in the white paper")
        or (
            toks[j].low == "states"
            and before.text[0].isupper()
            and j > 1
            and toks[j - 2].low in ("the", "these", "those", "all", "other")
        )
        or (j + 1 < len(toks) and toks[j + 1].low == "of")  # "the state of the campaign"
        # after an article and a word in capitals that is no plural: "a former Confederate state with an oppressive
        # history" (no singular is followed by the verb "state")
        or (
            toks[j].low == "state"
            and before.text[0].isupper()
            and not before.low.endswith("s")
            and any(t.low in ("a", "an", "the") for t in toks[max(0, j - 3) : j - 1])
        )
        # after a participle, before a noun: "is building state organizations"
        or (
            before.text.islower()
            and before.low.endswith("ing")
            and j + 1 < len(toks)
            and usual_tag(toks[j + 1].low) in ("NN", "NNS")
        )
        or sp.is_nationality(before.text)  # "in many Asian states", "the Baltic states"
        # a participle as an adjective, after a preposition or a determiner: "from neighboring states", "the
        # remaining states"
        or (
            before.low.endswith("ing")
            and j > 1
            and (toks[j - 2].low in PREPOSITIONS or toks[j - 2].low in ARTICLES_POSS)
        )
        or _after_named_modifier(toks, j)  # "a Super Tuesday state", "a Republican state"
        # a quantifier is plural: "Most states say" ("states" cannot be its verb); "most state parties" (a noun
        # follows; but "most state that")
        or (
            before.low in _QUANTIFIERS
            and (toks[j].low == "states" or (j + 1 < len(toks) and usual_tag(toks[j + 1].low) in ("NN", "NNS")))
        )
        or _after_singular_determiner(toks, j)  # "a neighboring state", "this suddenly must-have state"
        # "Wisconsin state Rep. David Bowen", "New York state officials": a place's state, before a noun or title;
        # so too after a quotation or a comma (“...,” state Senate leader Phil Berger said; "Prices rose, state
        # media reported"; "..., state officials said")
        or (
            (before.text[0].isupper() or before.text in ("¶", ","))
            and j + 1 < len(toks)
            and (toks[j + 1].text[0].isupper() or usual_tag(toks[j + 1].low) in ("NN", "NNS"))
        )
    )


def _after_singular_determiner(toks: list[Tok], j: int) -> bool:
    """Whether lower-case modifiers before "state" at ``j`` follow "a", "this", "every": "a neighboring state",
    "this suddenly must-have state" (no subject of a plural's verb begins so; quantifiers are not skipped: "a few
    state that")."""
    i = j - 1
    while i > 0 and j - i <= 3 and toks[i].low not in _SINGULAR_DETERMINERS:
        modifier = usual_tag(toks[i].low) in ("", "JJ", "RB", "VBG", "VBN") or "-" in toks[i].low
        if not (toks[i].text.islower() and is_word(toks[i]) and modifier) or toks[i].low in _QUANTIFIERS:
            return False
        i -= 1
    return i < j - 1 and toks[i].low in _SINGULAR_DETERMINERS


_SINGULAR_DETERMINERS = frozenset(["a", "an", "another", "every", "each", "this"])


def _after_named_modifier(toks: list[Tok], j: int) -> bool:
    """Whether capitalised words modify "state"/"states" at ``j``: "a Super Tuesday state", "four Super Tuesday
    states" (with "a" it cannot be the verb "state", nor with a number "states"; but "the Saudis state")."""
    i = j - 1
    while i > 0 and toks[i].text[:1].isupper() and is_word(toks[i]):
        i -= 1
    if i == j - 1:
        return False
    if toks[j].low == "state":
        return toks[i].low in ("a", "an")
    return usual_tag(toks[i].low) == "CD" or toks[i].text.isdigit() or toks[i].low in _QUANTIFIERS


_QUANTIFIERS = frozenset("several many all some few both other these those more most".split())


# nouns that make "state" a noun after them ("her adopted home state", "battleground states")
_STATE_KINDS = frozenset(
    "home swing battleground border member belt southern northern western eastern caucus primary future dozen".split()
)
_PLURAL_BE = frozenset(["are", "were"])


def has_verb_form(t: Tok) -> bool:
    """Whether a token can be a finite verb or auxiliary, what a clause needs (in any case: headlines)."""
    return t.low in _AUX or usual_tag(t.low) in FINITE_TAGS or t.low.endswith(("ed", "n’t", "n't"))


def looks_like_verb(toks: list[Tok], j: int) -> bool:
    """A lower-case past form or reporting verb that is not an adjective after a determiner."""
    t = toks[j]
    if not t.text[0].islower():
        return False
    if _state_noun(toks, j):
        return False  # "the former secretary of state"
    if t.low in reporting_verbs() or (t.low.endswith("ed") and len(t.low) > 4):
        if _think_tank(toks, j):
            return False  # "A report by think tank Quilliam"
        if j > 0 and _possessive(toks[j - 1]):
            return False  # "Trump’s remarks": a noun after a possessive (but "he’s said")
        if j > 0 and toks[j - 1].low in _DEGREE:
            return False  # "the most qualified person": an adjective
        if (
            t.low in _NOUNISH
            and j > 1
            and usual_tag(toks[j - 1].low) == "JJ"
            and (_possessive(toks[j - 2]) or toks[j - 2].low in _DETERMINERS_POSS)
        ):
            return False  # "the Fox News host’s original tweet", "a recent post": a noun after its adjective
        if t.low in _NOUNISH and not t.low.endswith("s") and _singular_before(toks, j):
            # "A blog post on Medium said", "a social media post that compared": no verb agrees with "a blog" in
            # its bare form
            return False
        if (
            t.low in _NOUNISH
            and 0 < j < len(toks) - 1
            and toks[j + 1].low in _FINITE_REPORTS
            and is_word(toks[j - 1])
            and toks[j - 1].low not in SUBJECT_PRONOUNS | THING_RELATIVES | {"who"}
        ):
            return False  # "A Facebook post said", "a blog post says": a noun, the verb after it its own
        if _plural_noun_before_verb(toks, j, reporting_verbs()):
            return False  # "Police reports say": the subject's noun
        return not (j > 0 and toks[j - 1].low in _DETERMINERS_POSS)
    return _depicting(toks, j)


# verbs of what a picture or a text shows, whose object a participle after it describes: "ads that depict real
# people saying things they never said" (no one's report: the people are shown saying it)
_DEPICT = frozenset("depict portray feature capture".split())
_DEPICTS = frozenset("depicts portrays features captures".split())


def _singular_before(toks: list[Tok], j: int) -> bool:
    """Whether one to three lower-case nouns or adjectives before ``j``, none of them a plural, follow "a",
    "an", "one" or "another" ("a blog", "a social media": a singular, which a bare verb form cannot agree with;
    not "a few analysts", "a number of people")."""
    for k in range(j - 1, max(-1, j - 5), -1):
        w = toks[k]
        if w.low in ("a", "an", "one", "another"):
            return k < j - 1
        if not (is_word(w) and w.text.islower()) or w.low.endswith("s") or w.low in _PLURALS_NO_S:
            return False
        if usual_tag(w.low) not in _MODIFIER_TAGS:
            return False  # ("A winning candidate might claim", "a position to claim": a verb's own subject)
    return False


_MODIFIER_TAGS = frozenset(["NN", "NNS", "JJ", "VBG", "VBN", ""])


_PLURALS_NO_S = frozenset(["people", "police", "few", "couple", "number", "lot", "dozen", "handful", "majority"])


def _depicting(toks: list[Tok], j: int) -> bool:
    """Whether the word at ``j`` is a verb of depiction in the present ("depict", "portrays") after its subject."""
    low, before = toks[j].low, toks[j - 1] if j > 0 else None
    if before is None or not is_word(before):
        return False
    if low in _DEPICT:
        return before.low in ("that", "which", "who", "they") or usual_tag(before.low) == "NNS"
    return low in _DEPICTS and before.low not in _DETERMINERS_POSS and usual_tag(before.low) not in ("DT", "JJ", "IN")


# a report's verb in a finite form, which a noun such as "post" or "tweet" is the subject of when right before it
_FINITE_REPORTS = frozenset(
    "said says read reads stated states wrote writes showed shows added adds noted notes".split()
)


def _think_tank(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is the noun "think" of "think tank", "think piece"."""
    return toks[k].low == "think" and k + 1 < len(toks) and toks[k + 1].low in ("tank", "tanks", "piece", "pieces")


_DEGREE = frozenset(["most", "more", "less", "least", "very", "too", "highly"])
_CONTRACTED = frozenset(["he", "she", "it", "that", "who", "there", "what", "here"])


def _participle_form(low: str) -> bool:
    """Whether ``low`` may be a past participle or a gerund ("said", "told", "claimed", "saying")."""
    return low.endswith(("ed", "ing", "en")) or low in _IRREGULAR_PARTICIPLES or low in ("said", "put", "read")


def _possessive(t: Tok) -> bool:
    """ "Trump’s", not "he’s" (he has / he is)."""
    return t.low.endswith(("'s", "’s")) and t.low[:-2] not in _CONTRACTED


# finite auxiliaries: a subject phrase never runs across one ("the play ... is performing")
FINITE_AUX = frozenset("is are was were has have had will would can could should may might must do does did am".split())
ASIDE_ADVERBS = frozenset(["however", "though", "too", "meanwhile", "instead", "also", "moreover", "nonetheless"])
_ASIDES = frozenset(
    [("once", "again"), ("in", "fact"), ("of", "course"), ("in", "turn"), ("for", "instance"), ("for", "example")]
    + [("on", "the", "other", "hand"), ("by", "the", "same", "token"), ("at", "the", "same", "time")]
    + [("in", "the", "meantime"), ("for", "their", "part"), ("for", "his", "part"), ("for", "her", "part")]
)
_HEARD = frozenset(["heard", "overheard", "caught", "filmed", "recorded", "seen"])
_OBJECT_PRONOUNS = frozenset(["him", "them", "us", "me"])
ARTICLES_POSS = frozenset("a an the his her their its our my your".split())
_POSSESSIVE_DETERMINERS = ARTICLES_POSS - {"a", "an", "the"}
_QUANTIFIER_SUBJECTS = frozenset(["many", "some", "others", "most", "few"])
_POLLED = frozenset(["polled", "surveyed", "interviewed", "questioned", "contacted"])


def imperative(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` opens the sentence with a bare verb that tells the reader what to do ("Read the full
    statement below:", "Watch more:", "Read Rubio’s statement:"): no one's name, no one's report."""
    return (
        k == 0
        and len(toks) > 1
        and usual_tag(toks[0].low) == "VB"
        and (
            (toks[1].low in _DETERMINERS_POSS | {"more", "below", "here"} and toks[1].text.islower())
            or _possessive(toks[1])
        )
    )


def finds_that(toks: list[Tok], v: int) -> bool:
    """ "Two analysts found in 2014 that ...": a finding verb with a that-clause reports a finding; without
    one ("he found the keys") it reports nothing."""
    return any(t.low == "that" for t in toks[v + 1 : v + 5])


# participles that tell where a document appeared, inside its subject phrase
_PUBLISHED = frozenset("published released issued conducted commissioned obtained filed posted".split())


_INFINITIVE_STOPS = frozenset(["that", "who", "which", "and", "but", "or", "because", "when", "while"])


_GERUND_LEADS = frozenset(["not", "for", "without", "of", "about", "like", "from"])


def issuer(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of the verb that issued the statement or letter ``rng`` ends with, which says what the
    statement says: "Black Lives Matter issued a statement saying ...", "His office put out a statement saying"
    (as PolNeAR marks it: the issuer is the source); None for anything else ("In a statement defending him, ...")."""
    a, b = rng
    if toks[b - 1].low not in _ISSUED:
        return None
    # the statement's article and adjectives ("a brief written statement"), right after the issuing verb
    d = next((n for n in range(b - 2, max(-1, b - 6), -1) if toks[n].low in ("a", "an", "the")), None)
    if d is None or not all(t.text.islower() for t in toks[d:b]):
        return None
    k = d - 1 if d > 0 and toks[d - 1].low != "out" else d - 2
    if k < 0 or toks[k].low not in _ISSUING:
        return None
    # (the issuing verb may have been taken into the subject: "She also sent a tweet", "The campaign put out")
    return subject_left(toks, k) or ((a, k) if k > a else None)


# what a speaker issues that then says something, and issuing it
_ISSUED = frozenset("statement letter memo release video tweet email e-mail post message".split())
_ISSUING = frozenset("issued released put sent posted published distributed circulated emailed e-mailed".split())


def subject_left(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the subject phrase left of the verb at ``i``, or None; past a relative clause
    with a subject of its own ("A staffer whom Gowdy fired in June says"), and a pronoun alone before its own verb
    that the lexicon reads as a noun ("He also plans to tell", "he sent a tweet stating")."""
    rng = _subject_left(toks, i)
    if rng is not None and rng[0] > 0 and toks[rng[0] - 1].low == "to" and _bare_verb(toks[rng[0]]):
        # an infinitive is no subject: "An official who spoke on condition of anonymity because he was not
        # authorized to discuss the talks said" is the official's (had been "discuss the talks")
        return _before_relative(toks, rng[0])
    if rng is None or (rng == (i - 1, i) and toks[i - 1].low in _POSSESSIVE_DETERMINERS):
        return None  # ("Her answers were brief": a possessive is no subject, the word after it a noun)
    r = _object_relative(toks, rng[0], i)
    if r is not None:
        return subject_left(toks, r)
    a, b = rng
    w = next((w for w in range(b - 2, a, -1) if toks[w].low in ("who", "whom")), None)
    if w is not None and _relative_own_subject(toks[w + 1 : b]):
        # "a man who critics say betrayed the country": the verb is the relative clause's, its subject after "who"
        return (w + 1, b)
    if (
        a > 1
        and toks[a - 1].low == "whose"
        and is_word(toks[a - 2])
        and _RELATIVE_AUX.intersection(t.low for t in toks[a:i])
    ):
        # "A mother whose daughter was at the camp said": the relative clause has its own verb, so the subject
        # is what "whose" follows (but "the firm, whose spokesman said" is the spokesman's own verb)
        return subject_left(toks, a - 1)
    if (
        b - a > 2
        and toks[a].low in SUBJECT_PRONOUNS
        and toks[b - 1].low == "to"
        and all(usual_tag(t.low) == "RB" for t in toks[a + 1 : b - 2])
    ):
        # "He also plans to tell senators": the pronoun, and the word before the infinitive its verb, though
        # the lexicon reads it as a noun
        return (a, a + 1)
    if (
        b - a > 2
        and toks[i].low.endswith("ing")
        and toks[a].low in SUBJECT_PRONOUNS
        and toks[a + 1].text.islower()
        and usual_tag(toks[a + 1].low) in ("VBD", "VBZ", "VBP")
    ):
        # "when he sent a tweet stating": a clause, its object what speaks for its subject, the pronoun
        return (a, a + 1)
    found = _past_opening_phrase(toks, *_past_opening_time(toks, *(_reduced_relative_name(toks, a, b) or rng)))
    found = _name_before_suffix(toks, found) if found else found
    found = _past_object_noun(toks, found) if found else found
    return (_list_before(toks, *found) or found) if found else found


def _past_object_noun(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """The subject after a noun that a relative clause without "that" takes as its object: "a ruling his lawyers
    said they would appeal" is the lawyers' (the ruling is what they would appeal)."""
    a, b = rng
    if b - a < 4 or toks[a].low not in ("a", "an", "the"):
        return rng
    k = next((k for k in range(a + 2, b - 1) if toks[k].low in ("his", "her", "their", "its", "our")), None)
    if (
        k is None
        or not toks[k - 1].text.islower()
        or usual_tag(toks[k - 1].low) not in ("NN", "NNS")
        or not all(u.text.islower() and usual_tag(u.low) in ("NN", "NNS", "JJ") for u in toks[k + 1 : b])
    ):
        return rng
    return (k, b)


# the tags of a sentence's capitalised first word that is no name in a list: "Still,", "Asked,", "Overall,"
_NO_LIST_ITEM = frozenset("RB RBR RBS IN CC UH DT JJ JJR JJS VBN VBG VBD".split())


def _list_before(toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """The whole list when the subject ``[a, b)`` is its last two names: "Britain, France and Germany said" (had
    been "France and Germany"), "the leaders of Unison, the GMB and Unite said"; None when the words before the
    first comma are no name opening the clause ("On Tuesday, France and Germany", "However, ...")."""
    if a < 2 or toks[a - 1].text != "," or not any(t.low == "and" for t in toks[a:b]):
        return None
    start, k = a, a - 1
    while k > 0 and toks[k].text == ",":
        j = k - 1
        while j >= 0 and k - j <= 4 and is_word(toks[j]) and toks[j].text[0].isupper():
            j -= 1
        item = toks[j + 1 : k]
        if not item:  # a comma after lower-case words ends an opening phrase: "In a statement, Britain, ..."
            return (start, b) if start < a else None
        if any(t.low in NOT_NAME_LOW or t.low in TIME_WORDS for t in item):
            return None
        if len(item) == 1 and usual_tag(item[0].low) in _NO_LIST_ITEM:
            return None  # ("Still, France and Germany said": an adverb)
        if j >= 0 and toks[j].low == "the":
            j -= 1
        start, k = j + 1, j
    if k < 0 or toks[k].text in ("¶", ",", ";", ":"):
        return (start, b)
    if toks[k].low in ("of", "from"):
        # the description the list completes: "the leaders of", "officials from"
        h = k - 1
        while h >= 0 and k - h <= 4 and (toks[h].text.islower() or toks[h].low in ("the", "a")) and is_word(toks[h]):
            h -= 1
        if h < k - 1 and (h < 0 or toks[h].text in ("¶", ",", ";", ":")):
            return (h + 1, b)
    return None


def _bare_verb(t: Tok) -> bool:
    """Whether a token is a verb's bare form in lower case ("discuss", "speak")."""
    return t.text.islower() and usual_tag(t.low) == "VB"


def _before_relative(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The phrase before the "who" that opens the relative clause holding token ``k``, when it opens the
    sentence or follows a comma and has no verb ("An official who spoke ... to discuss the talks"), else None."""
    w = next((w for w in range(k - 1, max(-1, k - 30), -1) if toks[w].low == "who" or toks[w].text in (";", ":")), None)
    if w is None or toks[w].low != "who" or w == 0:
        return None
    start = next((c + 1 for c in range(w - 1, -1, -1) if toks[c].text == ","), 0)
    words = toks[start:w]
    if (
        not words
        or len(words) > 8
        or any(not is_word(t) or looks_like_verb(toks, start + n) for n, t in enumerate(words))
    ):
        return None
    return (start, w)


# what ends a company's name after a comma: "Dow Jones, Inc.", "Amazon.com, Inc."
_COMPANY_SUFFIXES = frozenset("inc ltd llc corp co plc lp llp".split())


def _name_before_suffix(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """A subject that is only a company's suffix after a comma ("Dow Jones, Inc. said") with the name before it."""
    a, b = rng
    if not (a >= 2 and toks[a].low in _COMPANY_SUFFIXES and all(t.text == "." for t in toks[a + 1 : b])):
        return rng
    if toks[a - 1].text != "," or not toks[a - 2].text[0].isupper():
        return rng
    k = a - 2
    while k > 0 and is_word(toks[k - 1]) and toks[k - 1].text[0].isupper():
        k -= 1
    return (k, b)


# prepositions that open a sentence with a phrase of time or place before its subject, no comma between
_OPENING_PREPOSITIONS = frozenset("after before during at in following under amid".split())


def _past_opening_phrase(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """The phrase ``[a, b)`` without the rest of a phrase that a preposition opening the sentence began, when no
    comma closes it: "After the match an emotional Erling Haaland told" (Haaland), "At the rally Trump said",
    "Before the hearing his lawyer said", "After Tuesday's vote the senator said"."""
    if a == 0 or toks[a - 1].low not in _OPENING_PREPOSITIONS or not toks[a - 1].text[0].isupper():
        return (a, b)
    # (the preposition's object is short: a determiner or a possessive, and a word or two)
    for k in range(a + 1, min(b, a + 4)):
        prev, t = toks[k - 1], toks[k]
        if not is_word(prev) or prev.low in _DETERMINERS_POSS or usual_tag(prev.low) == "JJ":
            continue
        if t.low in _DETERMINERS_POSS or (t.text[0].isupper() and is_word(t) and prev.text.islower()):
            return (k, b)
    return (a, b)


def _past_opening_time(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """The phrase ``[a, b)`` without a time before its subject that no comma closes: "Last year Liu told",
    "Yesterday Liu said", "Last week the company said" (but "Monday night's moderator" is all the subject)."""
    n = time_adverbial(toks[a:b])
    if 0 < n < b - a and (
        toks[a + n].text[0].isupper() or toks[a + n].low in ("the", "a", "an") or toks[a + n].low in SUBJECT_PRONOUNS
    ):
        return (a + n, b)
    return (a, b)


def _reduced_relative_name(toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """The name that opens a relative clause with no "that" at the end of the phrase ``[a, b)`` ("passing around
    emails in a way FBI Director James Comey slammed": Comey), else None."""
    # (or a phrase on a thing that a determiner opens: "even the ones the department now says are “...”")
    k = _relative_determiner(toks, a, b)
    if k is not None:
        return (k, b)
    m = b - 1
    while m > a and toks[m].text[0].isupper() and is_word(toks[m]):
        m -= 1
    if m == b - 1 or m - 1 < a or toks[m - 1].low not in ("a", "an", "the", "this", "that"):
        return None
    # (a phrase that "a" or "an" opens only after a comma or an adverb: ", an incident Mayor Tom Ruiz described
    # as “...”"; but "The company Apple said", "There, the district GOP Chairman Chuck Williams said")
    if m - 1 == a and not (
        a > 0 and toks[a].low in ("a", "an") and (toks[a - 1].text == "," or usual_tag(toks[a - 1].low) == "RB")
    ):
        return None
    noun = toks[m]
    if not (noun.text.islower() and is_word(noun) and usual_tag(noun.low) in ("NN", "NNS")):
        return None
    if noun.low in sp.title_words() or noun.low in sp.descriptor_words() or noun.low in sp.anonymous_heads():
        return None  # ("the former governor Jeb Bush said": a description of the name)
    if noun.low in _NAMED_WORKS:
        return None  # ("A study in the journal Science suggests": the kind of work whose name follows)
    return (m + 1, b)


# kinds of work that news writes before their names: "the journal Nature", "the newspaper Le Monde"
_NAMED_WORKS = frozenset(
    "journal newspaper magazine tabloid website blog book novel memoir film movie documentary show series podcast "
    "album song".split()
)


_THING_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "those", "these"])


def _common_noun(t: Tok) -> bool:
    return t.text.islower() and is_word(t) and usual_tag(t.low) in ("NN", "NNS")


def _relative_determiner(toks: list[Tok], a: int, b: int) -> int | None:
    """Where, in the phrase ``[a, b)``, a determiner or a quantifier opens the subject of a relative clause with no
    "that" on the thing named just before it ("the ones the department", "a step the agency", "the kind of job
    many women"), else None."""
    for k in range(a + 1, b - 1):
        before = toks[k - 1]
        if (
            k > a + 1
            and toks[k].low in ("the", "a", "an")
            and toks[k - 2].low in _THING_DETERMINERS
            and _common_noun(before)
        ):
            return k
        if k > a + 1 and toks[k - 2].low in ("a", "an") and plural_subject_after_thing(toks, k, b):
            return k
        # (or a quantifier after a noun that words of its own phrase precede: "the kind of management job many
        # American women say they've had to fight for"; "the" after an adjective's noun: "other write-offs the
        # company said were"; and either after "everything": "Everything the president said")
        if toks[k].low in _RELATIVE_SUBJECT_OPENERS and toks[k].text.islower():
            if before.low in _EVERY_THING:
                return k
            if k > a + 1 and _common_noun(before) and toks[k - 2].text.islower() and is_word(toks[k - 2]):
                if toks[k].low != "the" and toks[k - 2].low not in PREPOSITIONS:
                    return k
                if toks[k].low == "the" and usual_tag(toks[k - 2].low) in ("JJ", "JJR", "JJS"):
                    return k
    return None


_RELATIVE_SUBJECT_OPENERS = frozenset(["the", "many", "some", "most"])
# nouns that "a" takes before a plural: "a few analysts", "a dozen lawmakers" (one phrase, no relative clause)
_COUNT_NOUNS = frozenset(
    "few couple dozen handful lot number score hundred thousand million billion pair trio host bunch majority "
    "minority series variety range group total".split()
)


def plural_subject_after_thing(toks: list[Tok], k: int, b: int) -> bool:
    """Whether ``[k, b)`` is a plural phrase after "a" and a singular noun, which cannot be one phrase with them: the
    subject of a relative clause on the thing ("a move Republican leaders dismissed as a stunt", "a decision union
    leaders criticized"; not "a few analysts", "a campaign official")."""
    noun, head = toks[k - 1], toks[b - 1]
    if not (_common_noun(noun) and usual_tag(noun.low) == "NN") or noun.low in _COUNT_NOUNS:
        return False
    if not (head.text.islower() and usual_tag(head.low) == "NNS") or b - k > 3:
        return False
    # (its words before the head describe it: capitalised ones, adjectives or nouns)
    return all(
        is_word(t) and (t.text[0].isupper() or usual_tag(t.low) in ("JJ", "NN")) and t.low not in PREPOSITIONS
        for t in toks[k : b - 1]
    )


_EVERY_THING = frozenset(["everything", "something", "anything", "nothing"])


def relative_on_thing(toks: list[Tok], start: int) -> bool:
    """Whether the subject at ``start`` opens a relative clause with no "that" on the thing a determiner and a
    noun name just before it ("even the ones the department now says are “...”", ", an honor Bill said he hoped
    would be “...”"): that subject speaks, not the sentence's (but "told the leaders Obama said": a listener)."""
    if start < 2 or toks[start - 2].low not in _THING_DETERMINERS or not _common_noun(toks[start - 1]):
        return False
    before = toks[start - 3] if start > 2 else None
    return before is None or not (
        before.text.islower() and (before.low in reporting_verbs() or usual_tag(before.low).startswith("VB"))
    )


def _object_relative(toks: list[Tok], a: int, i: int) -> int | None:
    """Where "who" or "whom" opens a relative clause with a subject of its own that runs past ``a``, where the
    subject found begins, to the verb at ``i`` ("A staffer whom Gowdy fired in June says": not "June"; "A
    staffer whom Trey Gowdy, R-S.C., fired in June, says": not "R-S.C."); None for none."""
    for r in range(a - 1, max(0, a - 14), -1):
        t = toks[r]
        if t.text in ("¶", ";", ":", "“", "”", '"') or t.low in SPEECH_CORE or t.low in _CLAUSE_BREAKS:
            return None
        if t.low not in ("who", "whom"):
            continue
        own = toks[r + 1]  # (the clause's own subject: a name or a pronoun, not its verb: "who was arrested")
        if not (own.low in SUBJECT_PRONOUNS or (own.text[0].isupper() and not looks_like_verb(toks, r + 1))):
            return None
        verb = next((v for v in range(r + 2, i) if toks[v].text.islower() and has_verb_form(toks[v])), None)
        if verb is None or not is_word(toks[r - 1]):
            return None
        # (the subject found inside the clause, before its verb or after it with no comma between; past a comma
        # it is the main clause's: "After Beck asked the conservative who he thought would win, D’Souza replied")
        inside = a < verb or all(toks[k].text != "," for k in range(verb, a))
        return r if inside else None
    return None


# words that open another clause: a "who" before them is no relative clause on the subject after them
_CLAUSE_BREAKS = frozenset("and but or while because although though when after before if since so".split())


# words for some of a group before "of them" ("One of them", "Neither of us")
_SHARE_OF = frozenset(
    "one two three four five six some many most several both neither either each none all few".split()
)


_RELATIVE_OBJECT = frozenset(["who", "whom", "that", "which"])


def _relative_own_subject(words: list[Tok]) -> bool:
    """Whether the words between "who" and a verb are that verb's subject: a name ("who Trump called"), or one
    plural noun ("who critics say"); not a verb and its object ("who run news organizations say")."""
    if all(t.text[0].isupper() and is_word(t) for t in words):
        return not looks_like_verb(words, 0)
    return (
        len(words) == 1
        and usual_tag(words[0].low) in ("NNS", "NN")
        and words[0].low.endswith("s")
        and not has_verb_form(words[0])
    )


def _quoted_as(toks: list[Tok], i: int) -> int | None:
    """Where "quoted" stands before the "as saying" at ``i``, right before it or past whom or where by ("is quoted
    as saying", "was quoted by The New York Times as saying", "was quoted in a local paper as saying"); else None."""
    if toks[i].low != "saying" or i < 3 or toks[i - 1].low != "as":
        return None
    if toks[i - 2].low == "quoted":
        return i - 2
    q = next((q for q in range(i - 3, max(0, i - 10), -1) if toks[q].low == "quoted"), None)
    if q is None or toks[q + 1].low not in ("by", "in") or any(not is_word(t) for t in toks[q + 1 : i - 1]):
        return None
    return q


QUOTING = frozenset(["quote", "quotes", "quoted", "quoting"])


def quoting_as(toks: list[Tok], i: int) -> int | None:
    """Where an active "quoted" or "quoting" stands before whom it quotes and the "as saying" at ``i`` ("TASS
    quoting a senior official as saying", "Kommersant quoted an unnamed diplomat as saying"); else None."""
    if toks[i].low != "saying" or i < 3 or toks[i - 1].low != "as":
        return None
    q = next((q for q in range(i - 3, max(-1, i - 12), -1) if toks[q].low in QUOTING), None)
    if q is None or not all(is_word(t) or t.text in (".", ",") for t in toks[q + 1 : i - 1]):
        return None
    if toks[q].low == "quoted" and (
        toks[q + 1].low in ("by", "in", "as") or (q > 0 and toks[q - 1].low in PASSIVE_AUX)
    ):
        return None  # ("was quoted by the Times as saying": a passive, see _quoted_as)
    return q


def _subject_left(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The subject phrase left of the verb at ``i`` as the clause's words give it (see :func:`subject_left`)."""
    caused = _caused_subject(toks, i)
    if caused:
        return caused  # "The remark prompted Senator John Smith to say": the one made to say it
    head = governing_verb(toks, i)
    if head is not None:
        return subject_left(toks, head) if head >= 0 else None
    if toks[i].low.endswith("ing") and i > 2 and toks[i - 1].low == "of" and toks[i - 2].low == "fond":
        return subject_left(toks, i - 3) if toks[i - 3].low in PASSIVE_AUX else None  # "Smith is fond of saying"
    if toks[i].low.endswith("ing") and i > 0 and toks[i - 1].low in _GERUND_LEADS:
        return None  # "for not calling the attack ...", "preventing clerks from denying": a gerund has no subject
    if (
        toks[i].low.endswith("ing")
        and i > 0
        and toks[i - 1].text.islower()
        and usual_tag(toks[i - 1].low) == "VB"
        and toks[i - 1].low not in _ASPECTUAL | _AUX | PASSIVE_AUX
        and not (i > 1 and toks[i - 2].low in _DETERMINERS_POSS)  # ("a cover saying": a noun)
    ):
        return None  # "stereotypes to justify denying women admission": the object of a verb, no one's report
    quoter = quoting_as(toks, i)
    if quoter is not None:
        # "Kommersant quoted an unnamed diplomat as saying": the one quoted says it (without an apposition: "quoted
        # Wassim Bouhlel, a Nice native, as saying")
        end = next((k for k in range(quoter + 1, i - 1) if toks[k].text == ","), i - 1)
        return (quoter + 1, end)
    quoted = _quoted_as(toks, i)
    if quoted is not None:
        i = quoted  # "Braynard is quoted as saying", "was quoted by the Times as saying": the passive's subject
    elif toks[i].low.endswith("ing") and i > 1 and toks[i - 1].low in _HEARD and toks[i - 2].low in PASSIVE_AUX:
        i -= 2  # "a reporter can be heard asking", "he was caught saying"
    j = _before_auxiliaries(toks, i)
    if j < 0:
        return None
    if toks[j].text in ("—", "–", "-") and j > 1:
        # "Democrats — and some Republicans — say", "her new ad, which — as Jonathan Chait noted — promises":
        # the subject before a dash aside (or a hyphen standing alone, or two, as plain text writes a dash:
        # "Neil Sroka - who has endorsed Sanders - said", "Sroka -- who ... -- said")
        mark = toks[j].text
        double = mark == "-" and toks[j - 1].text == "-"
        k = next((k for k in range(j - 1 - double, max(0, j - 25), -1) if toks[k].text == mark), None)
        if k is not None and double:
            k = k - 1 if k > 0 and toks[k - 1].text == "-" else None
        if k is not None and k > 0 and is_word(toks[k - 1]):
            # (the aside closes an apposition as a comma would: "John Dickey, the chief executive of Ora Media —
            # the company that owns it — told me" is Dickey)
            named = (
                _subject_before_apposition(toks, k) if any(t.text == "," for t in toks[max(0, k - 12) : k]) else None
            )
            if (
                named is not None
                and named[1] < k
                and sp.mention_type(" ".join(t.text for t in toks[named[0] : named[1]])) == "person"
            ):
                return named
            j = k - 1
    if toks[j].low == "who":
        return (j, j + 1)
    if toks[j].low in THING_RELATIVES and _relative_subject(toks, j):
        return (j, j + 1)  # "a message that said", "the company, which said": the relative pronoun speaks
    k = j
    # (and "that" before a time: "Officers who responded to the call that night said")
    while k >= 0 and (
        toks[k].low in _TIME_TOKENS or (toks[k].low == "that" and k < j and toks[k + 1].low in TIME_WORDS)
    ):
        k -= 1
    # (not after a participle that describes the subject: "A news report published Wednesday said"; nor a day
    # that is a name's: "voters going to the polls on Super Tuesday said")
    if (
        k >= 0
        and any(t.low in TIME_WORDS for t in toks[k + 1 : j + 1])
        and toks[k].low not in _PUBLISHED
        and not (toks[k].low in _DAY_NAMED and toks[k].text[0].isupper())
        and not _named_today(toks, k + 1)
    ):
        j = k
    if (toks[j].low in _OBJECT_PRONOUNS or toks[j].low == "her") and j > 1:
        # "The lawyer who represented him said", "the groups who wrote to her on Thursday say": an object
        # pronoun ends a relative clause; the subject is before "who"
        r = next((r for r in range(j - 2, max(-1, j - 5), -1) if toks[r].low == "who"), None)
        if r is not None and looks_like_verb(toks, r + 1):
            return subject_left(toks, r)
    r = _source_relative(toks, i, j)
    if r is not None:
        before = subject_left(toks, r)
        return (before[0], j + 1) if before else None  # (the clause describes the source: it stays)
    close_to = j > 1 and toks[j - 1].low == "to" and toks[j - 2].low in ("close", "closer", "loyal")
    if toks[j].low in ("them", "us") and j > 1 and toks[j - 1].low == "of" and toks[j - 2].low in _SHARE_OF:
        return (j - 2, j + 1)  # "One of them said": the one, of the group named before
    if toks[j].low in sp.PRONOUNS and toks[j].low != "it" and not close_to:
        return (j, j + 1)  # "In 2010 she said": a pronoun is the whole subject (not "a source close to him")
    if (
        toks[j].low in _QUANTIFIER_SUBJECTS
        and toks[j].text.islower()
        and (j + 1 < i or toks[j - 1].low in _RELATIVE_OBJECT)
    ):
        # "a game many are calling “...”": a quantifier before an auxiliary stands alone; so does one after a
        # relative pronoun, which is its verb's object ("a man who many believe betrayed the American people")
        return (j, j + 1)
    polled = toks[j].low in _POLLED and j > 0  # "Some 56 percent of Cuban-Americans polled said"
    if polled:
        j -= 1
        if j > 1 and toks[j - 1].low in ("that", "whom") and toks[j].text[0].isupper():
            # "Many of the Democratic chairs that POLITICO interviewed predicted": the chairs
            return subject_left(toks, j - 1)
    if toks[j].text == "," and j > 0 and toks[j - 1].text == ")":  # "Gov. John Kasich (R-OH), said"
        j -= 1
    if toks[j].text in _CLOSING_MARKS and j > 1 and toks[j - 1].text == "," and _aside_opens_before(toks, j - 1):
        # "The commander, who goes by the call sign “Bear,” says": the aside's comma inside the quote marks
        j -= 1
    if toks[j].text == ")":  # "Sen. Marco Rubio (R-Fla.) said": skip the party and state
        k = j
        while k >= 0 and toks[k].text != "(" and j - k < 12:
            k -= 1
        if k > 0 and toks[k].text == "(":
            j = k - 1
    b = j + 2 if polled else j + 1  # (the participle stays in the phrase: "those surveyed")
    j, r = _walk_left(toks, j, b)
    if r is not None:
        found = subject_left(toks, r)
        # ("Nate Silver, the polling guru who founded the site tweeted": the name the description is on,
        # when the writer left out the comma that closes it)
        return _name_before_description(toks, found) or found
    a = j + 1
    if (
        a + 1 < b
        and j > 0
        and toks[a].low in PREPOSITIONS
        and toks[a].text.islower()
        and toks[a + 1].low not in ("least", "most")  # ("but at least a dozen members of Congress told")
        and toks[j].low in ("and", "but")
        and toks[j - 1].text == ","  # (not "officials in the FBI and at the Justice Department have said")
    ):
        # "The employee first said ..., but in a later interview said": a prepositional phrase, no subject;
        # the coordinated verb's subject is the earlier one's
        a = b
    if a == b and j > 0 and toks[j].text == ",":
        share = _share_apposition(toks, j)
        if share is not None:
            return share  # "Just shy of half, 49%, say": the share and its figure
    if a == b and j >= 0 and toks[j].text == ",":
        if toks[i].low.endswith("ing"):
            return None  # "Bennett denied the notion, explaining that": a participle has no subject of its own
        return _subject_before_apposition(toks, j)
    if a == b and j > 0 and toks[j].low in ("and", "but"):
        earlier = _earlier_verb_subject(toks, j)
        if earlier:
            return earlier
    return _trimmed_subject(toks, i, a, b)


# verbs that make their object do what the infinitive after it says: "led Republicans to say"
_CAUSATIVES = frozenset(
    "led lead leads leading drove drives drive forced force forces forcing prompted prompts prompt prompting "
    "allowed allows allow allowing pushed caused causes persuaded convinced encouraged inspired spurred".split()
)


def _purpose_subject(toks: list[Tok], v: int) -> tuple[int, int] | None:
    """ "Others called friends on their cellphones to say ...": the subject of the verb that the infinitive at
    ``v`` is the purpose of, past its object and phrases; None past another infinitive ("has to step ... to
    tell") or a clause's edge."""
    if toks[v - 2].low in _INFINITIVE_NOUNS:
        return None  # "an attempt to dismiss", "efforts to admit": what the noun is, no one's report
    for k in range(v - 2, max(-1, v - 12), -1):
        t = toks[k]
        if t.low in _PURPOSE_STOPS or not (is_word(t) or t.text == "."):
            return None
        # (a finite verb: not "technology created by a company in Germany to claim")
        if t.text.islower() and has_verb_form(t) and (usual_tag(t.low) in FINITE_TAGS or not t.low.endswith("ed")):
            return subject_left(toks, k)
    return None


_PURPOSE_STOPS = _INFINITIVE_STOPS | {"to", "than"}
# nouns an infinitive completes
_INFINITIVE_NOUNS = frozenset(
    "effort efforts attempt attempts decision plan plans refusal reason pledge promise bid move push way time "
    "chance right ability need willingness desire opportunity order proposal campaign".split()
)


def infinitive_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """For an infinitive at ``i`` with no finite verb of its own, who does what it says: the object of a
    causative verb before it, or the subject of the verb it is the purpose of; None for an infinitive that
    completes a noun or has no one ("his refusal to condemn", "There's reason to believe")."""
    return _caused_subject(toks, i) or _purpose_subject(toks, i)


def _caused_subject(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """For an infinitive at ``i`` after a causative verb and its object ("the debate led Republicans to say",
    "force Sanders to acknowledge"), the object's token range; else None."""
    if not (i > 2 and toks[i - 1].low == "to"):
        return None
    end = i - 1
    if toks[i - 2].text == ",":
        # past a relative clause on the object: "prompted Dave Leip’s Atlas, which examines bellwether states, to
        # state"
        end = next(
            (
                k
                for k in range(i - 3, max(0, i - 30), -1)
                if toks[k].text == "," and toks[k + 1].low in ("which", "who")
            ),
            end,
        )
    for k in range(end - 2, max(-1, end - 10), -1):
        if toks[k].low in _CAUSATIVES and toks[k].text.islower():
            # (the object is a noun phrase, no verb in it)
            noun_phrase = all(toks[j].text == "." or not looks_like_verb(toks, j) for j in range(k + 1, end))
            return (k + 1, end) if end > k + 1 and noun_phrase else None
        if (not is_word(toks[k]) and toks[k].text != ".") or toks[k].low in _INFINITIVE_STOPS:
            return None
    return None


def governing_verb(toks: list[Tok], i: int) -> int | None:
    """For an infinitive at ``i``, the finite verb whose subject is its subject ("He went on to add", "Trump
    was quick to call", "Sanders seems to be able to claim"; the gerund in "with Lewandowski taking to Twitter
    to say"); -1 when it has none ("Using a crude expression to describe"); None for any other verb."""
    if i > 3 and toks[i - 2].low == "to" and toks[i - 1].text.islower() and usual_tag(toks[i - 1].low) == "RB":
        return governing_verb(toks, i - 1)  # a split infinitive: "If Republicans choose to not believe"
    if i > 2 and toks[i - 1].low == "to" and toks[i - 2].low in ("on", "up"):
        return i - 3
    if not (i > 2 and toks[i - 1].low == "to"):
        return None
    for k in range(i - 2, max(-1, i - 9), -1):
        if not is_word(toks[k]) or toks[k].low in _INFINITIVE_STOPS:
            break
        # ("he used to boast": "used" is tagged as a participle; not "Trump was quick to", which no one is)
        finite = toks[k].low in FINITE_AUX or usual_tag(toks[k].low) in FINITE_TAGS or toks[k].low == "used"
        if toks[k].text.islower() and finite:
            return k
        if (
            k > 0
            and toks[k].low.endswith("ing")
            and usual_tag(toks[k].low) == "VBG"
            and toks[k - 1].text[0].isupper()
            # (through a place only: not "Judge Berman professing his inability to tell")
            and all(t.text[0].isupper() or t.low in PREPOSITIONS or t.low == "to" for t in toks[k + 1 : i - 1])
        ):
            return k
        if k == 0 and toks[k].low.endswith("ing") and usual_tag(toks[k].low) == "VBG":
            return -1
    return None


_ASPECTUAL = frozenset(
    "begin begins began begun start starts started keep keeps kept continue continues continued".split()
)


def _noun_after_article(toks: list[Tok], j: int) -> bool:
    """Whether the word at ``j``, an adverb to the lexicon, is a noun after an article ("the forward said")."""
    if j > 0 and toks[j - 1].low in ARTICLES_POSS and not toks[j].low.endswith("ly"):
        return True
    # ("the French forward said", "the Liverpool forward": a player, after the words that describe him)
    return (
        toks[j].low == "forward"
        and j > 1
        and is_word(toks[j - 1])
        and (toks[j - 1].text[0].isupper() or usual_tag(toks[j - 1].low) in ("JJ", "NN", ""))
        and any(t.low in ARTICLES_POSS for t in toks[max(0, j - 3) : j - 1])
    )


_FLOATING_QUANTIFIERS = frozenset(["both", "each", "all"])


def _floating_quantifier(toks: list[Tok], j: int) -> bool:
    """ "both", "each" or "all" at ``j`` after the plural it counts: "The senators both said", "They each argued",
    "Democrats all agree" (but "Both said": the subject itself)."""
    if toks[j].text not in _FLOATING_QUANTIFIERS or j == 0:
        return False
    b = toks[j - 1]
    if b.low in ("they", "we") or (is_word(b) and (b.text[0].isupper() or usual_tag(b.low) == "NNS")):
        return True
    # (or after a plural and its phrase: "The two leading candidates for mayor both said")
    for k in range(j - 2, max(0, j - 5), -1):
        if not is_word(toks[k]):
            return False
        if toks[k].low in PREPOSITIONS:
            return usual_tag(toks[k - 1].low) == "NNS"
    return False


def _before_auxiliaries(toks: list[Tok], i: int) -> int:
    """The last token of the subject before the verb at ``i``, past auxiliaries, adverbs and asides between
    them (-1 when nothing is left)."""
    j = i - 1
    gerund = toks[i].low.endswith("ing")
    # auxiliaries and adverbs between subject and verb: "Mexican officials now say", "has long said" (but
    # not a capitalised name inside the sentence: "While Will acknowledges")
    while j >= 0 and (
        (toks[j].low in _AUX and (j == 0 or not toks[j].text[0].isupper()))
        # a verb of beginning or going on before a gerund: "Trump began saying", "The senator kept insisting"
        or (gerund and toks[j].low in _ASPECTUAL)
        # (not after an article, where the word is a noun: "the forward said"; but "a racially charged")
        or (toks[j].text.islower() and usual_tag(toks[j].low) == "RB" and not _noun_after_article(toks, j))
        # (an adverb the lexicon does not hold: "He memorably promised")
        or (
            toks[j].text.islower()
            and toks[j].low.endswith("ly")
            and len(toks[j].low) > 5
            and not usual_tag(toks[j].low)
        )
        or (toks[j].text.islower() and toks[j].low.endswith(("n't", "n’t")))  # "He doesn't think"
        # "Clinton has since said", "has long argued" ("long" is an adjective elsewhere)
        or (toks[j].low in ("since", "long") and j > 0 and toks[j - 1].low in _AUX)
        or _floating_quantifier(toks, j)  # "The senators both said", "They each argued"
    ):
        j -= 1
    # a parenthetical adverb: "Proponents of the bill, however, say", "and he, once again, pledged"
    if j > 2 and toks[j].text == "," and toks[j - 1].low in ASIDE_ADVERBS and toks[j - 2].text == ",":
        j -= 3
    elif toks[j].text == ",":
        # a phrase of two to four words: "in fact", "for instance", "on the other hand"
        n = next((n for n in (2, 3, 4) if j > n + 1 and toks[j - n - 1].text == ","), None)
        if n is not None and tuple(t.low for t in toks[j - n : j]) in _ASIDES:
            before = toks[j - n - 2]
            # (one of two words only after a pronoun or a name: not "The judges who ruled ... their laws, for
            # instance, said"; a longer one after any subject: "Supporters of abortion rights, on the other
            # hand, argued")
            if before.low in sp.PRONOUNS or before.text[:1].isupper() or n > 2:
                j -= n + 2
    # a short adverbial phrase after an auxiliary: "Beck, who has in the past described ..."
    p = next((p for p in (j - 1, j - 2) if p > 0 and toks[p].low in ("in", "at", "for", "over")), None)
    if p is not None and toks[p - 1].low in _AUX and all(t.text.islower() for t in toks[p : j + 1]):
        j = p - 1
        while j >= 0 and toks[j].low in _AUX:
            j -= 1
    return j


def _source_relative(toks: list[Tok], i: int, j: int) -> int | None:
    """Where "who" or "that" opens an unnamed source's relative clause that runs, with no commas, to the verb
    of saying at ``i`` ("A witness who asked not to be named said", "a woman who feared retaliation said",
    "A spokesperson for the union that represents library workers said"): the subject is before it, and the
    clause stays with it. None when there is no such clause."""
    if not (
        toks[i].low in SPEECH_CORE
        and toks[j].text.islower()
        # (not the subject of an object's relative clause: "an assistant that it says can run on a phone")
        and toks[j].low not in sp.PRONOUNS_PERSON
        and toks[j].low not in SUBJECT_PRONOUNS
        and toks[j].low not in ("it", "you")
        and usual_tag(toks[j].low) != "DT"  # ("officials who are granted a say": a noun)
        and j > 2
    ):
        return None
    r = next(
        (r for r in range(j - 1, max(0, j - 12), -1) if toks[r].low in ("who", "that") or not is_word(toks[r])),
        None,
    )
    # ("that" after a noun only: not "One thing in her favor is that 78 percent of voters ... say")
    relative = r is not None and (toks[r].low == "who" or usual_tag(toks[r - 1].low) in ("NN", "NNS"))
    if r is None or toks[r].low not in ("who", "that") or not relative:
        return None
    if not any(has_verb_form(toks[k]) or looks_like_verb(toks, k) for k in range(r + 1, j + 1)):
        return None  # ("below the 95 percent that experts say is needed": no verb of its own, the clause's subject)
    if toks[r].low == "who" and toks[r - 1].low in sp.anonymous_heads():
        return r
    before = subject_left(toks, r)
    kind = sp.mention_type(" ".join(t.text for t in toks[before[0] : before[1]])) if before else None
    # (or someone "who" tells is a person, described by a noun no list holds: "A bank teller who was working
    # during the robbery said")
    someone = (
        kind == "unknown"
        and toks[r].low == "who"
        and before is not None
        and toks[before[0]].low in ("a", "an", "one", "another")
    )
    return r if kind == "anonymous" or someone else None


# who only saw a document (narrower than speakers.SEEN_BY, which also strips who released or wrote it: "a
# statement released by the campaign said" keeps the campaign as the subject)
_SEEN_NOT_WRITTEN = frozenset("seen obtained reviewed viewed".split())


_PARTY_TAG = re.compile(sp.PARTY_TAG)


def _party_tag_start(toks: list[Tok], k: int) -> int | None:
    """Where a lawmaker's party and state that end at ``k`` open, "(" or ",": "(R-Ariz.)", ", R-S.C.,"; None
    when the token at ``k`` ends no such thing."""
    if toks[k].text not in (")", ","):
        return None
    opener = "(" if toks[k].text == ")" else ","
    o = next((o for o in range(k - 1, max(-1, k - 8), -1) if toks[o].text == opener), None)
    if o is None or o + 1 >= k or not _PARTY_TAG.fullmatch(toks[o + 1].text):
        return None
    return o if o > 0 and toks[o - 1].text[:1].isupper() else None


def _passive_participle_on_noun(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is a past participle right after a noun of people or of a body ("man arrested",
    "victims killed", "a company owned by", "a start-up backed by"), not a verb after its subject's pronoun or an
    auxiliary ("he was arrested"), nor a record's maker ("a survey conducted by", read elsewhere)."""
    t, p = toks[k], k - 1
    if p > 0 and toks[p].low.endswith("ly") and usual_tag(toks[p].low) == "RB":
        p -= 1  # ("a man fatally shot by police")
    prev = toks[p]
    return (
        t.text.islower()
        and (
            (usual_tag(t.low) in ("VBN", "VBD") and t.low.endswith("ed"))
            or t.low in _DONE_TO_PARTICIPLES  # ("a man shot by police", "a boy bitten by a dog")
        )
        and t.low not in sp.SEEN_BY | sp.PEOPLE_BY | sp.WRITTEN_BY
        and prev.text.islower()
        and (prev.low in sp.anonymous_heads() or prev.low in sp.organisation_words())
    )


# past participles not in -ed of what is done to people ("a man shot by police", "a boy bitten by a dog")
_DONE_TO_PARTICIPLES = frozenset(
    "shot slain struck hit bitten beaten hurt caught held taken thrown run bought sold led built won driven "
    "stung swept stolen".split()
)


def _modifiers_joined(toks: list[Tok], j: int, b: int) -> bool:
    """Whether "and" at ``j`` joins two words that modify the plural noun ending the phrase at ``b``: "federal and
    state officials", "Current and former officials" (not "Democrats and officials")."""
    after = toks[j + 1 : b]
    # (or a body's noun in the singular: "the state's fish and wildlife agency", "the search and rescue agency")
    return (
        1 < len(after) <= 3
        and all(is_word(u) and u.text.islower() for u in after)
        and (usual_tag(after[-1].low) == "NNS" or after[-1].low in _JOINED_BODY_NOUNS)
        and all(usual_tag(u.low) in ("JJ", "NN") for u in after[:-1])
        and is_word(toks[j - 1])
        and (toks[j - 1].text.islower() or j == 1 or toks[j - 2].text in (",", "¶", "—"))
        and (
            usual_tag(toks[j - 1].low) in ("JJ", "NN")
            or (after[-1].low in _JOINED_BODY_NOUNS and usual_tag(toks[j - 1].low) == "NNS")
        )
    )


# a body's nouns that two joined words of its work may come before: "fish and wildlife agency"
_JOINED_BODY_NOUNS = frozenset("agency department service office commission ministry authority board".split())


def _people_end(toks: list[Tok], a: int) -> int:
    """The end of a group of people from ``a`` that ends its clause ("council members", "the police", "two
    witnesses"), else 0."""
    b = a + (a < len(toks) and toks[a].low in ("the", "a", "an", "two", "three", "several", "other"))
    while b < len(toks) and b - a < 4 and is_word(toks[b]) and toks[b].text.islower():
        b += 1
    ends = b == len(toks) or toks[b].text in (",", ".", ";", ":", "—", "¶")
    return b if b > a and ends and toks[b - 1].low in sp.anonymous_heads() else 0


def _body_of_joined_work(toks: list[Tok], k: int) -> bool:
    """Whether "and" at ``k`` joins two lower-case words of a body's work before its noun, right after: "the
    search and rescue agency", "the parks and recreation department" (not "the mayor and council members")."""
    return (
        k + 2 < len(toks)
        and is_word(toks[k - 1])
        and toks[k - 1].text.islower()
        and toks[k + 1].text.islower()
        and usual_tag(toks[k + 1].low) in ("NN", "JJ")
        and toks[k + 2].low in _JOINED_BODY_NOUNS
    )


_CLOSING_MARKS = frozenset(['"', "”", "’", "'"])


def _aside_opens_before(toks: list[Tok], c: int) -> bool:
    """Whether a comma and "who" or "which" open an aside within twelve tokens before the comma at ``c``."""
    return any(toks[k].text == "," and toks[k + 1].low in ("who", "which") for k in range(max(0, c - 12), c - 1))


def _walk_left(toks: list[Tok], j: int, b: int) -> tuple[int, int | None]:
    """Walk left from ``j`` over the subject phrase that ends before ``b``; return the token before the
    phrase, and where "who" opens a relative clause the walk has gone through (its subject is the
    sentence's: "A man who was arrested at the scene said"), else None."""
    seen_by = 0  # (the words of "obtained by", and a place's marks, do not count towards the phrase's length)
    while j >= 0 and len(toks[b - 1 : j : -1]) < 12 + seen_by:
        t = toks[j]
        if not is_word(t):
            abbrev = j > 0 and (
                len(toks[j - 1].text) == 1
                or toks[j - 1].low in sp.title_words()
                or toks[j - 1].low in abbreviations()["title"]  # ("St. Mary's said")
                # (but "Lawrence Ltd. Mr. Panet-Raymond said": a title after it opens another sentence)
                or (toks[j - 1].low in _NAME_ENDS and (j + 1 >= b or toks[j + 1].low not in sp.title_words()))
                # "The nominee for the Nov. 8 election said": a month before a day
                or (
                    toks[j - 1].low in abbreviations()["month"]
                    and j + 2 < b
                    and toks[j + 1].text[0].isdigit()
                    and toks[j + 2].text.islower()
                )
            )
            # ("the Stamford, Conn., company", "the Stamford, Conn.-based company": a place in a description)
            # (nor a campus's name: "of the University of California, Berkeley")
            placed = _in_place(toks, j, b) or _in_listed_name(toks, j, b) or _campus_words(toks, j, b)
            # ("The No. 1 U.S. auto maker": a number's abbreviation)
            abbrev = abbrev or (
                t.text == "." and j > 0 and toks[j - 1].low == "no" and j + 1 < b and toks[j + 1].text[:1].isdigit()
            )
            # "Dow Jones & Co. said": an ampersand inside a company's name
            amp = t.text == "&" and j > 0 and toks[j - 1].text[:1].isupper() and toks[j + 1].text[:1].isupper()
            # ("26% say they are conservative": a share in figures)
            percent = t.text == "%" and j > 0 and toks[j - 1].text[0].isdigit()
            if t.text in "’'" or (t.text == "." and abbrev) or amp or percent or placed:
                # (a place's commas and stops, and an initial's stop, do not count towards the phrase's length:
                # "Stephen S. Cohen and J. Bradford DeLong of the University of California, Berkeley suggest")
                seen_by += placed or (t.text == "." and abbrev and len(toks[j - 1].text) == 1)
                j -= 1
                continue
            break
        if (
            j > 0
            and toks[j - 1].low == "to"
            and _bare_verb(t)
            and j + 1 < b < len(toks)
            and toks[b].low.endswith("ing")
            and toks[b].low != "according"
        ):
            # "agreed to pay $500 million to settle a lawsuit accusing it": the infinitive's object speaks, its
            # participle right after it
            break
        if t.low == "all" and j > 0 and toks[j - 1].low in ("was", "is"):
            break  # “...,” was all Smith would say
        if t.low == "by" and j > 1 and toks[j - 1].low in _SEEN_NOT_WRITTEN | sp.PEOPLE_BY and is_word(toks[j - 2]):
            # "A letter from the American Legion obtained by The Associated Press warns": the letter, which
            # the agency only saw; "Economists polled by Reuters expect": the economists
            j -= 2
            seen_by = 2
            continue
        if t.low == "by" and j > 1 and _passive_participle_on_noun(toks, j - 1):
            # "A man arrested by police said", "The family of a man killed by police demanded": the passive
            # describes the subject, whose agent is no speaker
            j -= 2
            seen_by = 2
            continue
        if (
            t.text == "That"
            and j == 0
            and j + 1 < b
            and toks[j + 1].text.islower()
            and is_word(toks[j + 1])
            and not looks_like_verb(toks, j + 1)
        ):
            j -= 1  # "That letter demanded": a determiner opening the sentence, not a clause's "that"
            continue
        far = 3 if j > 2 and toks[j - 1].low == "far" else 4 if j > 3 and toks[j - 1].low == "away" else 0
        if t.low == "as" and far and toks[j - far + 1].low == "as" and toks[j - far].low == "from":
            # "Fans who had traveled from as far as Australia said": a place reached, inside the subject's phrase
            # (not a comparison: "gone as far as Cameron in chiding Trump")
            j -= far
            continue
        if (t.low in STOP_LEFT and not _lone_capital(toks, j, b)) or (
            t.low == "who" and (toks[j + 1].low in sp.PRONOUNS or toks[j + 1].text[0].isupper())
        ):
            # ("Obama, who he noted was ...": the pronoun is the subject; "Hideki Matsuyama, who Trump described as
            # “...”": the relative clause's own subject)
            # "Ukrainian and Turkish officials", "Security and Co-operation": "and" inside a phrase
            if t.low == "and" and j > 0 and toks[j - 1].text[0].isupper() and toks[j + 1].text[0].isupper():
                j -= 1
                continue
            if t.low == "and" and j > 0 and _modifiers_joined(toks, j, b):
                j -= 1  # "federal and state officials", "current and former officials": one group, two kinds
                continue
            # "The New York Times and the Los Angeles Times called", "The White House and the Pentagon said": two
            # bodies by their names, one subject
            if (
                t.low == "and"
                and j > 0
                and j + 2 < b
                and is_word(toks[j - 1])
                and toks[j - 1].text[0].isupper()
                and toks[j + 1].low == "the"
                and all(is_word(u) and u.text[0].isupper() for u in toks[j + 2 : b])
            ):
                j -= 1
                continue
            tag = _party_tag_start(toks, j - 1) if t.low == "and" and j > 1 else None
            if tag is not None:
                # "Sen. John McCain (R-Ariz.) and Sen. Lindsey Graham (R-S.C.) said": two lawmakers, one subject
                seen_by += j - tag
                j = tag - 1
                continue
            if t.low == "and" and j > 0 and _group_before_and(toks, j):
                j -= 1  # ", teachers and union officials told POLITICO": two groups, one subject
                continue
            if t.low == "and" and j > 1 and _body_and_people(toks, j, b):
                j -= 1  # "the National Weather Service and local officials said": a body and a group, one subject
                continue
            if t.low == "and" and _inside_of_phrase(toks, j, b):
                j -= 1  # "The El Paso, Texas, maker of Western boots and leather accessories said"
                continue
            if t.low == "to" and j > 1 and toks[j - 1].low in ("close", "closer", "loyal") and b - j <= 4:
                j -= 2  # "a source close to him said", "people close to the president said"
                continue
            break
        if toks[j].low in sp.DESCRIBING_PARTICIPLES and j > 0 and toks[j - 1].low in sp.anonymous_heads():
            j -= 1  # "two people briefed on the plan said": a participle describing the subject
            continue
        if (
            j > 0
            and t.text.islower()
            and t.low.endswith("ed")
            and toks[j - 1].low in sp.anonymous_heads()
            and j + 2 < b
            and toks[j + 1].low in ("in", "at", "during", "by", "on", "near", "outside", "inside", "of", "with", "for")
        ):
            # "A man injured in the attack said", "The family of a worker killed in the blast said", "A lawyer for a
            # man convicted of murder told": a passive participle describing the subject (in the active, its object
            # would follow, no preposition)
            j -= 1
            continue
        if (
            (toks[j].low in sp.DESCRIBING_PARTICIPLES or toks[j].low in ("affiliated", "associated", "connected"))
            and j > 1
            and toks[j - 1].low == "not"
            and toks[j - 2].low in sp.anonymous_heads()
        ):
            j -= 2  # "Scientists not involved in the report said", "economists not affiliated with the campaign"
            continue
        if (
            looks_like_verb(toks, j)
            and not (t.low == "based" and toks[j - 1].text == "-" and _in_place(toks, j - 1, b))
            # ("federal and state officials": a noun that modifies, no verb)
            and not (j > 1 and toks[j - 1].low == "and" and _modifiers_joined(toks, j - 1, b))
        ):
            # "Obama punctuated his list by saying": the walk left a clause (but "Conn.-based" is a place's)
            if (
                toks[j].low in _PUBLISHED
                and 0 < j < b - 1
                and (
                    (
                        j > 1
                        and toks[j - 1].text.islower()
                        and any(u.low in ARTICLES_POSS for u in toks[max(0, j - 4) : j - 1])
                    )
                    # (or a bare plural that opens the phrase: "Figures published on Thursday show")
                    or (usual_tag(toks[j - 1].low) == "NNS" and (j == 1 or not is_word(toks[j - 2])))
                )
                # ("released last month", "published this week" too)
                and (toks[j + 1].low in _TIME_TOKENS or toks[j + 1].low in PREPOSITIONS)
            ):
                # "A new study published Wednesday in the journal found": the participle describes it (but
                # "The town released a statement saying" is the town's verb)
                j -= 1
                continue
            # "Another Muslim who worshiped at the mosque described", "A man who was arrested at the scene
            # said", "The officials whose laws have been invalidated say": the words after the relative
            # clause's verb are its object or adverbial; the subject is before "who"
            r = j - 1
            while r > 0 and toks[r].low in _RELATIVE_AUX:
                r -= 1
            if r > 1 and toks[r - 1].low == "whose" and is_word(toks[r]):
                r -= 1
            if r > 2 and toks[r].low in ("that", "which") and toks[r - 1].text.islower() and is_word(toks[r - 1]):
                # "A former officer who took part in the raid that killed Breonna Taylor said": a relative clause
                # inside the subject's own, whose "who" the subject is before
                r = _outer_who(toks, r - 1, r)
            if (
                r > 0
                and toks[r].low in ("who", "whose")
                and is_word(toks[r - 1])
                and (not toks[j + 1 : b] or _relative_object(toks[j + 1 : b]))
            ):
                return j, r
            break
        if (
            t.low in FINITE_AUX
            and t.text.islower()
            and (j == 0 or toks[j - 1].low != "to")
            and any(u.low in ARTICLES_POSS for u in toks[j + 1 : b])
        ):
            # "A group of comedians is performing a play called “...”": another clause's verb; its object
            j = max(k for k in range(j + 1, b) if toks[k].low in ARTICLES_POSS) - 1
            break
        if t.low == "who":
            # (a relative clause's words do not count towards the phrase's length: "The mother of a 19-year-old
            # soldier who died during a training exercise in Wales said")
            seen_by = len(toks[b - 1 : j : -1])
        j -= 1
    if j >= 0 and len(toks[b - 1 : j : -1]) >= 12 + seen_by and toks[j + 1].text[:1].isupper():
        j = _rest_of_name(toks, j)
    return j, None


def _outer_who(toks: list[Tok], k: int, r: int) -> int:
    """The "who" that opens a relative clause (a verb right after it) within ten words left of ``k``, with no
    punctuation between; else ``r``."""
    for w in range(k, max(0, k - 10), -1):
        t = toks[w]
        if not is_word(t):
            return r
        if t.low == "who":
            after = toks[w + 1]
            verb = after.text.islower() and usual_tag(after.low) in ("VBD", "VBZ", "VBP", "MD")
            return w if verb and is_word(toks[w - 1]) else r
    return r


def _rest_of_name(toks: list[Tok], j: int) -> int:
    """Where the walk that its limit stopped inside a name at ``j`` goes on to: past the rest of the name and its
    title, when that opens the clause ("In a 48-page opinion, Judge Sarah Geraghty of the U.S. District Court for
    the Northern District of Georgia wrote": not "Geraghty of ..."); else ``j``."""
    k = j
    while (
        k >= 0
        and j - k < 4
        and (
            (is_word(toks[k]) and toks[k].text[0].isupper() and toks[k].low not in NOT_NAME_LOW)
            or (toks[k].text == "." and k > 0 and toks[k - 1].low in sp.title_words())
        )
    ):
        k -= 1
    return k if k < j and (k < 0 or toks[k].text in (",", "¶", ";", ":")) else j


_SHARE_WORDS = frozenset("half third thirds quarter quarters fifth fifths majority minority plurality most".split())


def _share_apposition(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """A share of those polled and its figure between commas before the verb ("Just shy of half, 49%, say",
    "A majority, 56 percent, said"): the phrase from the share's first word to ``comma``."""
    k = next((k for k in range(comma - 1, max(-1, comma - 4), -1) if toks[k].text == ","), None)
    if k is None or not toks[k + 1].text[:1].isdigit() or toks[comma - 1].low not in ("%", "percent"):
        return None
    start = k
    while start > 0 and is_word(toks[start - 1]) and k - start < 6:
        start -= 1
    words = {t.low for t in toks[start:k]}
    return (start, comma) if start < k and words & _SHARE_WORDS else None


def _inside_of_phrase(toks: list[Tok], j: int, b: int) -> bool:
    """Whether "and" at ``j`` joins two nouns that "of" takes after a maker's noun: "maker of Western boots and
    leather accessories", "maker of hair accessories and other cosmetic products"."""
    k = next((k for k in range(j - 1, max(0, j - 5), -1) if toks[k].low == "of"), None)
    return (
        k is not None
        and k > 0
        and toks[k - 1].low.endswith(("maker", "makers", "producer", "producers", "supplier", "suppliers"))
        and all(is_word(t) and not looks_like_verb(toks, n) for n, t in enumerate(toks[k + 1 : b], k + 1) if n != j)
    )


def _in_place(toks: list[Tok], j: int, b: int) -> bool:
    """Whether the comma, full stop or hyphen at ``j`` is inside a place that a description of its subject
    names before its noun: "The Wilmington, Del., company", "the Stamford, Conn.-based company", "The El Paso,
    Texas, maker of Western boots" (not "In Austin, Texas, Cruz said", nor "in Douglas, Ariz., border
    officials": no article opens the description)."""
    t = toks[j]
    if t.text == "-":  # "Conn.-based", "N.J.-based": the state before the hyphen, the city before it
        return j + 1 < b and toks[j + 1].low == "based" and _state_before(toks, j)
    if t.text == "." and j > 0:  # "Del." before the comma or the hyphen
        return toks[j - 1].text[:1].isupper() and j + 1 < b and _in_place(toks, j + 1, b)
    if t.text != ",":
        return False
    nxt = toks[j + 1] if j + 1 < b else None
    if nxt is not None and (nxt.text == "-" or (nxt.text.islower() and nxt.text.isalpha())):
        return _state_before(toks, j)  # the comma after the state, before the noun: "Del., company"
    # the comma between the city and the state: "Stamford, Conn.-based", "Wilmington, Del., company"
    after = j + 1
    while after < b and after - j <= 4 and (toks[after].text[:1].isupper() or toks[after].text == "."):
        after += 1
    return (
        after > j + 1
        and _city_before(toks, j)
        and after < b
        and (toks[after].text == "-" or (toks[after].text == "," and _in_place(toks, after, b)))
    )


def _campus_words(toks: list[Tok], j: int, b: int) -> int:
    """How many tokens, the comma at ``j`` and the campus's name after it up to the phrase's end at ``b``, part a
    university from its campus ("the University of California, Berkeley", "the University of North Carolina,
    Chapel Hill"); 0 for none."""
    if toks[j].text != "," or not (j + 1 < b and all(t.text[:1].isupper() for t in toks[j + 1 : b])):
        return 0
    k = j - 1
    while k > 0 and toks[k].text[:1].isupper() and j - k <= 3:
        k -= 1
    return b - j if k < j - 1 and k > 0 and toks[k].low == "of" and toks[k - 1].low == "university" else 0


def _listed_body_end(toks: list[Tok], start: int, comma: int) -> int | None:
    """The comma after a body's name at ``start`` that lists its trades, before ``comma``: "The Retail, Wholesale
    and Department Store Union, which led the campaign, said" (the comma after "Union"); None if none is there."""
    if toks[start].low != "the":
        return None
    n = next(
        (
            n
            for n in range(start + 1, min(comma, start + 12))
            if not (toks[n].text[:1].isupper() or toks[n].text == ",")
        ),
        comma,
    )
    if n >= comma or toks[n].low != "and" or not any(t.text == "," for t in toks[start + 1 : n]):
        return None
    e = n + 1
    while e < comma and toks[e].text[:1].isupper():
        e += 1
    if e == n + 1 or toks[e].text != ",":
        return None
    return e if sp.mention_type(" ".join(t.text for t in toks[start + 1 : e])) == "organisation" else None


def _in_listed_name(toks: list[Tok], j: int, b: int) -> bool:
    """Whether the comma at ``j`` is inside a body's name that lists its remits, up to the phrase's end at ``b``:
    "the Department for Culture, Media and Sport", "the Bureau of Alcohol, Tobacco, Firearms and Explosives"
    (capitalised words and commas from "of" or "for" after a capitalised noun, then "and" and the last), or in
    the places of unnamed people ("officials in Paris, London and Berlin")."""
    if toks[j].text != ",":
        return False
    k = j - 1
    while k > 0 and (toks[k].text[:1].isupper() or (toks[k].text == "," and k < j - 1)):
        k -= 1
    if not (k > 0 and k < j - 1 and toks[k].low in ("of", "for", "in", "from")):
        return False
    # (a body named by its noun: "the Department for"; places of unnamed people: "Officials in Paris, London and
    # Berlin", not "Speaking in Paris, Macron and Scholz")
    if not (
        (toks[k].low in ("of", "for") and toks[k - 1].text[:1].isupper()) or toks[k - 1].low in sp.anonymous_heads()
    ):
        return False
    n = next((n for n in range(j + 1, b) if toks[n].low == "and"), None)
    return (
        n is not None
        and n > j + 1
        and n + 1 < b
        and all(t.text[:1].isupper() or t.text == "," for t in toks[j + 1 : n])
        and all(t.text[:1].isupper() for t in toks[n + 1 : b])
    )


def _state_before(toks: list[Tok], j: int) -> bool:
    """Whether a state ("Del.", "N.J.", "Texas": capitalised words) ends before ``j``, after a comma that
    follows the city of :func:`_city_before`."""
    k = j - 1
    while k > 0 and j - k <= 4 and (toks[k].text[:1].isupper() or toks[k].text == "."):
        k -= 1
    return k < j - 1 and toks[k].text == "," and _city_before(toks, k)


def _city_before(toks: list[Tok], j: int) -> bool:
    """Whether capitalised words that "the", "a" or "an" opens end right before ``j`` (a comma or hyphen):
    "The Wilmington" in "The Wilmington, Del., company"."""
    k = j - 1
    while k > 0 and j - k <= 3 and toks[k].text[:1].isupper() and is_word(toks[k]):
        k -= 1
    return k < j - 1 and toks[k].low in ("the", "a", "an")


def _participle_on_noun(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is a past participle on the noun before it, with its phrase after it: "the man
    suspected of", "a lawyer hired by", "the group charged with" (no verb of the clause)."""
    return (
        1 < k < len(toks) - 1
        and toks[k].low.endswith("ed")
        and toks[k + 1].low in ("of", "by", "with")
        and toks[k - 1].text.islower()
        and usual_tag(toks[k - 1].low) in ("NN", "NNS")
        and toks[k - 2].low in ARTICLES_POSS
    )


def _earlier_verb_subject(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """ "A spokesman for the firm declined to comment but said ...", "When asked, Ms. Sherry smiled and said":
    for a verb after "and" or "but" at ``j`` with no subject of its own, the subject of the nearest earlier
    verb that has one, within the clause."""
    listed = None  # "he looked into the camera, furrowed his brow and said": a list of verbs
    n = past_adverbs(toks, j + 1, len(toks))
    verb_after_and = n < len(toks) and (usual_tag(toks[n].low) or "").startswith("VB")
    if toks[j - 1].text == "," and n < len(toks) and toks[n].low in reporting_verbs():
        # "Netanyahu said his cabinet had approved the deal, but warned that": a report after a comma goes on
        # from the report before it, not from a verb inside what that reported
        # (not a verb inside a relative clause: "the name of Mr. Cohn, whom he has criticized, and said", "a
        # prosecutor who reports to the president, and called for")
        reports = set(verb_indexes(toks))  # (the project's one reading of a reporting verb used as one)
        said = next((k for k in range(j - 2, 0, -1) if toks[k].text in (";", ":") or k in reports), None)
        rng = subject_left(toks, said) if said is not None and toks[said].text not in (";", ":") else None
        if rng is not None and not any(t.low in RELATIVE_PRONOUNS for t in toks[max(0, rng[0] - 1) : rng[1]]):
            return rng
    for k in range(j - 1, 0, -1):
        if toks[k].text in (";", ":"):
            break
        if _adjective_in_ed(toks[k]):
            continue  # "left interest rates unchanged on Wednesday but signaled": no verb
        if _participle_on_noun(toks, k):
            continue  # "identified the man suspected of stabbing two passengers ..., and said": the police said
        # (a pronoun's irregular verb only in the same run of words, and before a word that is mostly a verb:
        # not "note that he had just bought the building, and boast", whose "and" joins "note", nor "he
        # understands the pain and fear")
        after_pronoun = _past_after_pronoun(toks, k) and all(t.text != "," for t in toks[k:j]) and verb_after_and
        if (
            looks_like_verb(toks, k)
            or _irregular_past_after_subject(toks, k)
            or after_pronoun
            or _same_form_past(toks, k)
        ):
            rng = subject_left(toks, k)
            if rng and toks[rng[0]].low == "who" and toks[j - 1].text == ",":
                continue  # "proposed a “prosecutor” who reports to her, and called for": the main clause's
            if rng and rng[0] > 0 and toks[rng[0] - 1].low in ("whom", "which") and toks[j - 1].text == ",":
                continue  # "misspelled the name of Mr. Cohn, whom he has criticized, and said": the same
            if rng and reduced_relative(toks, rng[0]):
                continue  # "wears a suit in videos he calls “...”, pointing ... and telling": the same
            if rng and _other_in_subordinate(toks, rng):
                continue  # "He mocked his rivals as they answered questions and assured": not the clause's "they"
            m = next((m for m in range(k - 2, 0, -1) if toks[m].text in (",", ";", ":")), 0)
            # (the list's first verb may have its subject right before it; but a comma that closes a relative
            # clause lists nothing: "Sen. Amy Klobuchar, who has introduced a bill, called ... but said")
            if (
                rng
                and toks[k - 1].text == ","
                and toks[m + 1].low not in RELATIVE_PRONOUNS
                and any(looks_like_verb(toks, n) for n in range(m + 1, k - 1))
            ):
                listed = listed or rng
            elif rng:
                return rng
    return listed


# clauses a coordinated verb reaches past to the main clause, when their subject is someone else
_SUBORDINATE_OPENERS = frozenset("after before when whenever as while since because until once".split())


def _other_in_subordinate(toks: list[Tok], rng: tuple[int, int]) -> bool:
    """Whether the subject ``rng`` is a pronoun opening a subordinate clause ("as they answered") whose number
    differs from the subject of the clause it hangs on ("He ... as they"): a different party, whom a verb
    coordinated after the clause does not go on with."""
    a, b = rng
    if b - a != 1 or toks[a].low not in ("he", "she", "they") or a < 2 or toks[a - 1].low not in _SUBORDINATE_OPENERS:
        return False
    outer = None
    for k in range(a - 2, -1, -1):  # (the nearest verb with a subject: "He mocked his rivals, talked over them as")
        if toks[k].text in (";", ":"):
            return False
        if looks_like_verb(toks, k):
            outer = subject_left(toks, k)
            if outer is not None:
                break
    if outer is None or outer[1] - outer[0] != 1:
        return False
    word = toks[outer[0]].low
    if word not in ("he", "she", "they"):
        return False
    return (word == "they") != (toks[a].low == "they")


# nouns that a relative clause without "where", "why" or "that" follows: "the place Pentagon officials say"
_GAP_NOUNS = frozenset("place places reason reasons way moment point extent".split())


def _trimmed_subject(toks: list[Tok], i: int, a: int, b: int) -> tuple[int, int] | None:
    """The subject phrase ``[a, b)`` before the verb at ``i`` without leading words that are no part of it,
    or None when what is left names a time, a point in time or a thing named."""
    opened = a
    while a < b and toks[a].low in _LEADING_DROP and not _lone_capital(toks, a, b):
        a += 1
    if a == opened + 1 and toks[opened].text.istitle() and toks[opened].low in PREPOSITIONS:
        # "In a statement the university’s president said": the subject after the sentence's opening phrase,
        # which the writer left without its comma, begins at its own determiner
        d = next(
            (
                k
                for k in range(b - 2, a, -1)
                if toks[k].low in ("the", "a", "an") and is_word(toks[k - 1]) and toks[k - 1].low not in _NOT_BEFORE_DT
            ),
            None,
        )
        if d is not None:
            a = d
    if a + 1 < b and toks[a].text in ("do", "does", "did"):
        a += 1  # "Nor do analysts expect": the subject after the inverted auxiliary
    if a + 1 < b and _YEAR.fullmatch(toks[a].text) and (toks[a + 1].text[0].isupper() or toks[a + 1].low == "the"):
        # "— Ted Lieu (@tedlieu) July 31, 2017 The New York Post tweeted", "In 2012 and in 2015 the White House
        # called": a date's year
        a += 1
    if a + 1 < b and a > 0 and toks[a - 1].low == "which" and toks[a].low in ("point", "time", "moment"):
        a += 1  # "at which point the crowd chanted"
    if a + 2 < b and toks[a].low == "the" and toks[a + 1].low in _GAP_NOUNS and toks[a + 2].text[0].isupper():
        # "the place Pentagon officials say ...": a noun a relative clause with no "that" is on, then its subject
        a += 2
    if a > 0 and toks[a - 1].low == "at" and toks[b - 1].low in ("point", "time", "moment") and b - a <= 2:
        return None  # ", at one point calling the mayor a “liar”": a time, not who called
    if a + 2 < b == i and relative_namer(toks, a + 2, i):
        return (a + 2, b)
    if _bare_plural_relative(toks, a, b):
        return (b - 1, b)  # ", a move supporters said would ease ...": the supporters, not "a move supporters"
    if (
        a < b
        and b == i
        and toks[a].low in ("a", "an")
        and names_thing(toks, i)
        and _relative_determiner(toks, a, b) is None
    ):
        # (but "a step the agency called “...”": the agency named it)
        return None  # "a popular play called “...”", "a super PAC called Future 45": a name given, not a speaker
    named = b - a == 1 and toks[a].text[0].isupper() and toks[a].low not in _DAYS and toks[a].low not in _MONTHS
    if all(t.low in _TIME_TOKENS for t in toks[a:b]) and not named:
        return None  # "a poll released Saturday showed": a time is no subject (but "Early said": Rex Early)
    return (a, b) if a < b else None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _bare_plural_relative(toks: list[Tok], a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` is a thing that "a" or "an" opens, then the bare plural subject of a relative
    clause on it with no "that" ("a move supporters", "a plan critics", "a costly decision analysts"): "a" never
    opens a plural, so the plural after the singular noun is a subject of its own."""
    if b - a < 3 or toks[a].low not in ("a", "an"):
        return False
    last, noun = toks[b - 1], toks[b - 2]
    # (adjectives between, no preposition: not "A letter to platform committee members", "a spokesman for
    # committee Democrats")
    return (
        last.text.islower()
        and last.low in sp.anonymous_heads()
        and usual_tag(last.low) == "NNS"
        and _common_noun(noun)
        and usual_tag(noun.low) == "NN"
        and all(t.text.islower() and is_word(t) and usual_tag(t.low) == "JJ" for t in toks[a + 1 : b - 2])
    )


# words a determiner may follow inside one phrase: "in the face of the ...", "and the", "as a"
_NOT_BEFORE_DT = PREPOSITIONS | frozenset("and or but as than to all both".split())


def _lone_capital(toks: list[Tok], k: int, b: int) -> bool:
    """A capitalised function word inside the sentence, alone before the verb at ``b`` and after no other word:
    a surname (“...,” From said, for Al From), not a preposition."""
    return k == b - 1 and k > 0 and toks[k].text[0].isupper() and not is_word(toks[k - 1])


def _relative_subject(toks: list[Tok], j: int) -> bool:
    """Whether "which" or "that" at ``j`` opens a relative clause on the noun or comma before it."""
    if j == 0:
        return False  # "That said, ..."
    before = toks[j - 1]
    if before.text in (",", "(", "—", "–"):  # (also "the sign — which read", "the sign (which read")
        return toks[j].low == "which"
    noun = is_word(before) and before.low not in STOP_LEFT and not looks_like_verb(toks, j - 1)
    if not noun or not (usual_tag(before.low) in ("NN", "NNS", "NNP", "NNPS", "") or before.text[0].isupper()):
        return False
    # a restrictive clause on a verb's object is what the subject put out: "Trump released a marketing video
    # that said", "Pelletier hoisted a sign that read" (but "T-shirts appeared ... that said", "replaced by a
    # message that said": nobody else speaks)
    k = j - 1
    while k > 0 and j - k < 8 and is_word(toks[k]) and not _verb_or_link(toks[k]):
        k -= 1
    return not (_verb_or_link(toks[k]) and usual_tag(toks[k].low).startswith("VB"))


def _verb_or_link(t: Tok) -> bool:
    return t.text.islower() and usual_tag(t.low).startswith(("VB", "IN", "TO", "MD"))


_GROUPS_OF = frozenset("group groups coalition team panel number handful couple dozens hundreds thousands".split())


def _group_before_and(toks: list[Tok], j: int) -> bool:
    """Whether the word before "and" at ``j`` is a group of unnamed people that opens the subject ("teachers and
    union officials", "Some doctors and nurses")."""
    w = toks[j - 1].low
    if w not in sp.anonymous_heads() or not w.endswith("s"):
        return False
    opens = (",", "¶", ";", "some", "many", "other", "the")
    if j < 2 or toks[j - 2].low in opens:
        return True
    if j > 2 and toks[j - 2].low == "of" and toks[j - 3].low in _GROUPS_OF:
        return True  # "A group of parents and students", "a coalition of doctors and nurses"
    # (past a word that describes the group: "local officials and residents", "Israeli officials and witnesses")
    modifier = toks[j - 2]
    described = (modifier.text.islower() and usual_tag(modifier.low) == "JJ") or sp.is_nationality(modifier.text)
    return described and (j < 3 or toks[j - 3].low in opens)


def _body_and_people(toks: list[Tok], j: int, b: int) -> bool:
    """Whether "and" at ``j`` joins a body's name after "the" ("the National Weather Service") and a group of
    unnamed people in lower case that ends the subject before ``b`` ("local officials")."""
    people = toks[j + 1 : b]
    if not 0 < len(people) <= 3 or not all(t.text.islower() and is_word(t) for t in people):
        return False
    if people[-1].low not in sp.anonymous_heads() or not people[-1].low.endswith("s"):
        return False
    k = j - 1
    while k >= 0 and j - k <= 6 and toks[k].text[0].isupper() and is_word(toks[k]) and toks[k].low != "the":
        k -= 1
    return k < j - 1 and k >= 0 and toks[k].low == "the"


# abbreviations that end a name: "Oshkosh Truck Corp. estimated", "Cal Ripken Jr. said"
_NAME_ENDS = frozenset(["corp", "inc", "co", "cos", "ltd", "bros", "jr", "sr"])


# auxiliaries of a relative clause's verb: "who was arrested", "whose laws have been invalidated"
_RELATIVE_AUX = frozenset("was were is are has have had been being".split())


def _relative_object(words: list[Tok]) -> bool:
    """Whether the words between a relative clause's verb and the main verb are a short object or adverbial
    ("him", "the exchange", "at the mosque", "Trump"), not a noun phrase whose last noun was taken for the
    main verb ("who filed multiple domestic violence reports")."""
    lows = [t.low for t in words]
    far = lows.index("far") if "far" in lows else 0
    if far and lows[far - 1] == "as":
        # ("who had traveled from as far as Australia": the words of a distance do not count)
        words = words[: far - 1] + words[far + (3 if lows[far + 1 : far + 2] == ["away"] else 2) :]
    # (a preposition's phrases may run longer: "who volunteered at a hospital in southern Gaza described")
    places = len(words) <= 8 and words[0].low in PREPOSITIONS and not any(has_verb_form(t) for t in words[1:])
    return (
        (0 < len(words) <= 4 or places)
        and all(is_word(t) for t in words)
        and (
            words[0].low in ARTICLES_POSS | _OBJECT_PRONOUNS | PREPOSITIONS
            or words[0].text[0].isupper()
            or _WEB_ADDRESS.fullmatch(words[0].text) is not None  # "who founded fivethirtyeight.com tweeted"
            # ("who raised concerns in 2019 told", "who moved there in 2010 said": a bare noun or an adverb,
            # then a preposition's phrase)
            or (
                len(words) > 1
                and words[1].low in PREPOSITIONS
                and words[0].text.islower()
                and usual_tag(words[0].low) in ("NN", "NNS", "RB", "EX")
            )
        )
    )


def names_thing(toks: list[Tok], i: int) -> bool:
    """Whether the verb at ``i`` is a naming participle after a noun: "a play called “...”", "a PAC named X"."""
    return (
        toks[i].low in NAMING_VERBS
        and i > 0
        and is_word(toks[i - 1])
        and toks[i - 1].low not in _AUX | sp.PRONOUNS
        and i + 1 < len(toks)
        and (toks[i + 1].text == "¶" or toks[i + 1].text[0].isupper())
    )


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


_APPOSITION_LINKS = frozenset(["at", "of", "for", "with", "from", "by", "in", "on", "to"])
# words opening an aside after a described subject: "A Warren adviser, who spoke on condition of anonymity,"
_DESCRIPTION_ASIDES = frozenset(
    # ("briefing", a noun to the tagger: "A senior U.S. official, briefing reporters on condition of anonymity,")
    "who whose which speaking talking writing briefing when while including asked reached contacted like unlike".split()
)
_IRREGULAR_PARTICIPLES = frozenset("found seen known held told given taken made shown".split())
_DESCRIBING_LINKS = frozenset("familiar with in at from of close to who".split())
_DESCRIPTION_OPENERS = frozenset("after before when while because since until as if and but".split())
_SUBJECT_AFTER = _DESCRIPTION_OPENERS - {"if", "and", "but"} | {"that"}


def _title_comma(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` is the comma inside a quoted title's closing mark (tokenize's ``commas``)."""
    return 0 < k < len(toks) and toks[k].text == "," and toks[k - 1].text == "¶" and toks[k].start < toks[k - 1].end


_NAME_PARTICLE = re.compile(sp.NAME_PARTICLES)
_ARTICLE_NAME = sp.ARTICLE_SURNAME_WORD


def _name_particle(head: list[Tok], n: int) -> bool:
    """Whether the word at ``n`` is a particle inside a name: "von" and "der" in "Ursula von der Leyen"."""
    return (
        0 < n < len(head) - 1
        and _NAME_PARTICLE.fullmatch(head[n].text) is not None
        and head[0].text[0].isupper()
        and head[-1].text[0].isupper()
    )


def _subject_before_apposition(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """ "Jack Mozloom, a spokesman for the federation, said": the name before an apposition or relative clause."""
    found = _opening_name(toks, comma)
    if (
        found is not None
        and found[1] - found[0] == 1
        and toks[found[0]].low in ("one", "another")
        and found[1] + 1 < comma
        and toks[found[1]].text == ","
        and toks[found[1] + 1].text[0].isupper()
    ):
        found = None  # "One, Rachael Maskell, who represents York Central, said": the name after it
    if (
        found is not None
        and found[1] - found[0] == 2
        and toks[found[0]].low == "the"
        and (toks[found[0] + 1].text in _PARTY_MEMBER or sp.is_nationality(toks[found[0] + 1].text))
        and found[1] + 1 < comma
        and toks[found[1]].text == ","
        and all(t.text[0].isupper() or t.text == "." for t in toks[found[1] + 1 : comma])
    ):
        return (found[1] + 1, comma)  # "The Republican, Dave McCormick, told supporters": the name after the epithet
    return found or _name_before_aside(toks, comma)


# a member of a party, as an epithet before a name in apposition: "The Republican, Dave McCormick,"
_PARTY_MEMBER = frozenset(["Republican", "Democrat", "Independent", "Conservative", "Liberal", "Socialist"])


def _tagged_pair(toks: list[Tok], start: int, first_comma: int, comma: int) -> tuple[int, int] | None:
    """Two lawmakers, each with party and state, before the verb after ``comma``: "Sen. John McCain, R-Ariz., and
    Sen. Lindsey Graham, R-S.C., said" (from ``start`` to the second name's end); else None."""
    second = _party_tag_start(toks, comma)
    if second is None or first_comma >= second or not _PARTY_TAG.fullmatch(toks[first_comma + 1].text):
        return None
    close = next((k for k in range(first_comma + 2, min(second, first_comma + 8)) if toks[k].text == ","), None)
    if close is None or toks[close + 1].low != "and":
        return None
    names = toks[start:first_comma] + toks[close + 2 : second]
    if not all(t.text[:1].isupper() or t.text == "." for t in names):
        return None
    return (start, second)


def _two_names(head: list[Tok]) -> bool:
    """Whether ``head`` is two names in capitals joined by "and", each maybe after "the" ("The Longshoremen's
    Association and the Maritime Alliance")."""
    joins = [n for n, t in enumerate(head) if t.low == "and"]
    if len(joins) != 1 or len(head) > 14:
        return False
    halves = (head[: joins[0]], head[joins[0] + 1 :])
    parts = tuple(part[1:] if part and part[0].low == "the" else part for part in halves)
    return all(part and all(t.text[0].isupper() or (n and t.low == "of") for n, t in enumerate(part)) for part in parts)


# a contraction that opens a clause, no description: "It’s grimly funny to watch Mitt Romney, who ..., insist"
_CONTRACTION_OPENERS = frozenset("it's that's there's here's what's".split())


def _opens_clause(head: list[Tok]) -> bool:
    """Whether the words before an aside open with a contraction that makes them a clause, no description."""
    return bool(head) and head[0].low.replace("’", "'") in _CONTRACTION_OPENERS


def _names_after_noun(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` open with words in lower case, a noun last, and then a given name: "retired teacher
    Sam Ortiz" (not "appointed by John Smith", nor a participle's object, "featuring steel worker Joe Soptic")."""
    k = a
    while k < b and toks[k].text.islower() and is_word(toks[k]):
        k += 1
    return (
        a < k < b
        and not toks[a].low.endswith("ing")
        and toks[k - 1].low not in PREPOSITIONS
        and usual_tag(toks[k - 1].low) in ("NN", "")
        and sp.is_given_name(toks[k].text)
    )


def _opening_name(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """The clause's opening name (or description), when the asides run from it to the verb after ``comma``."""
    # First the clause's opening name, when the asides run from it to the verb: "Cory James, 22, of Flint,
    # Mich., said"; "Mr. Slinker, whose start-up, Paradata, uses big data, said"
    start = next(
        (
            k + 1
            for k in range(comma - 1, max(-1, comma - 40), -1)
            if toks[k].text in ("¶", ";", ":") and not _title_comma(toks, k + 1) and not _quoted_inside(toks, k, comma)
        ),
        None,
    )
    if start is None and comma < 40:
        start = dateline_end(toks[:comma])  # (past a dateline: "BOSTON, March 3, 2025 /PRNewswire/ -- Acme ...")
    if start is not None:
        while start < comma and toks[start].low in ("and", "but", "so", "then", "yet"):
            start += 1
        first_comma = next((k for k in range(start, comma + 1) if toks[k].text == ","), comma)
        pair = _tagged_pair(toks, start, first_comma, comma)
        if pair is not None:
            return pair
        if first_comma == start + 1 and first_comma < comma and usual_tag(toks[start].low) == "RB":
            # past an opening adverb: "Similarly, William J. Bennett, a Reagan education secretary, said"
            start = first_comma + 1
            first_comma = next((k for k in range(start, comma + 1) if toks[k].text == ","), comma)
        if toks[first_comma - 1].text == ")":  # "Rep. Elijah Cummings (D-Md.), chair of ..., said"
            paren = next((k for k in range(first_comma - 1, start, -1) if toks[k].text == "("), None)
            first_comma = paren if paren is not None and first_comma - paren < 12 else first_comma
        # ("President Bush yesterday, asked whether ..., replied", "Ms. Baker on Tuesday, in an interview,
        # said": a time after the name is no part of it)
        timed = first_comma
        while timed - start > 1 and toks[timed - 1].low in TIME_WORDS:
            timed -= 1
            if timed - start > 1 and toks[timed - 1].low in _TIME_LEAD:
                timed -= 1
        if (
            timed < first_comma
            and timed - start > 1
            and usual_tag(toks[start].low) != "RB"  # (not "Just last week, J.J. Goldberg ... wrote")
            and all(t.text[0].isupper() or t.text == "." for t in toks[start:timed])
        ):
            first_comma = timed
        first_comma = _listed_body_end(toks, start, comma) or first_comma
        head = toks[start:first_comma]
        named = toks[first_comma + 1 : comma]
        aged = 1 if named and sp.AGE.fullmatch(named[0].low) else 0  # ("One of them, 9-year-old Mia Bear, says")
        if (
            head
            and head[0].low in _SHARE_OF
            and (len(head) == 1 or (len(head) == 3 and head[1].low == "of" and head[2].low in ("them", "us")))
            and aged < len(named) <= 9
            and named[aged].text[0].isupper()
            and all(t.text[0].isupper() or t.text == "." or t.low == "and" for t in named[aged:])
        ):
            return (first_comma + 1 + aged, comma)  # "One of them, Dr. Amy Bryant, said": the one the aside names
        # ("Her remarks came a day after a senior U.S. official, who spoke on condition of anonymity, said": the
        # subject is the one after the clause's subordinator, not the main clause's)
        lead = max((n for n, t in enumerate(head) if n > 1 and t.low in _SUBJECT_AFTER and t.text.islower()), default=0)
        if (
            lead
            and lead + 1 < len(head)
            and head[lead + 1].low not in PREPOSITIONS  # (not "more conciliatory than that of her campaign's")
            and any(t.text.islower() and has_verb_form(t) for t in head[1:lead])
        ):
            start += lead + 1
            head = head[lead + 1 :]
        if (
            0 < len(head) <= (9 if any(_place_link(head, n) for n in range(len(head))) else 6)
            and not _role_before(head, len(head))  # "The Prime Minister, Keir Starmer, said": the name follows
            and head[0].low not in NOT_NAME_LOW
            and (
                all(
                    # ("Ursula von der Leyen, the president of ..., said": a name's particles)
                    t.text[0].isupper()
                    or t.text == "."
                    or _place_link(head, n)
                    or _body_place(head, n)
                    or _name_particle(head, n)
                    for n, t in enumerate(head)
                )
                or (len(head) == 1 and head[0].low in sp.PRONOUNS)
            )
        ):
            return (start, first_comma)
        if _institution_name(head):
            return (start, first_comma)  # "the Institute for the Study of War, a Washington-based think tank,"
        if _two_names(head):
            # "The International Longshoremen's Association and the United States Maritime Alliance, which
            # represents the ports, said": both, not the second alone
            return (start, first_comma)
        # "A Warren adviser, who spoke on the condition of anonymity, said", "Mrs. Clinton's campaign, which
        # has been shadowed by ..., said", "Two officials, speaking on condition of anonymity, said": a
        # description before a relative or participle clause (the caller checks that it can speak)
        at = first_comma + 1
        if toks[at].text.islower() and usual_tag(toks[at].low) == "RB" and at + 1 < comma:
            at += 1  # (past an adverb: "The company, now called TC Energy, maintains")
        aside = toks[at]
        # ("Powell’s office, when contacted by Reuters, said"; "numerous veterans interviewed at rallies this
        # week, including Mr. Jebens, said"; an unnamed source's description is longer: "A person familiar with
        # the board's deliberations, who was not authorized to speak publicly, said")
        # (its verbs only in a relative clause on the head noun: "An Apple engineer who worked on the project,
        # who asked not to be named because ..., said")
        relative = next(
            (n for n, t in enumerate(head) if t.low == "who" and n > 0 and head[n - 1].low in sp.anonymous_heads()),
            len(head),
        )
        described = any(
            # (or a role after its article: "The commander of a Ukrainian drone unit, who ..., says")
            (
                t.low in sp.anonymous_heads()
                or (n == 1 and head[0].low in ("the", "a", "an") and t.low in sp.title_words())
            )
            and n + 1 < len(head)
            and head[n + 1].low in _DESCRIBING_LINKS
            for n, t in enumerate(head)
        ) and not any(t.low in FINITE_AUX or looks_like_verb(toks, start + n) for n, t in enumerate(head[:relative]))
        # (or a body's long name before its noun: "The United Kingdom Maritime Trade Operations agency, which is run
        # by the Royal Navy, said"; with "and" or "of" inside: "The United Food and Commercial Workers union")
        body = (
            bool(head)
            and head[0].low == "the"
            and all(t.text[0].isupper() or t.low in ("and", "&", "of", "for") for t in head[1:-1])
            and head[1].text[0].isupper()
        )
        body = body and sp.is_organisation(head[-1].low)
        if (
            # (a name counts as one word: "Military analysts at the Institute for the Study of War", "The USC
            # Dornsife/Los Angeles Times Daybreak tracking poll"; not in a clause, "It’s funny to watch Mitt Romney")
            1
            < len(head) - (_inside_names(head) if described or not _opens_clause(head) else 0)
            <= (12 if aside.low == "including" else 9 if described or body else 6)
            and (
                head[0].low in _DESCRIPTION_START
                or any(t.low.endswith(("'s", "’s")) for t in head)
                or head[-1].low in sp.anonymous_heads()  # "Democratic economists, like their counterparts,"
                or head[0].low in sp.anonymous_heads()  # "Leaders of several governments, including Hamas,"
                # "Computer experts familiar with the flaws, found in Intel's chip,"
                or (len(head) > 2 and head[1].low in sp.anonymous_heads() and head[2].low in _DESCRIBING_LINKS)
            )
            and (
                aside.low in _DESCRIPTION_ASIDES
                # (or a participle's aside: ", found in Intel's chip,", ", briefed on the plan,")
                # (not a verb of saying after a verb of the subject's: "The State Department obfuscated facts,
                # admitted it withheld emails")
                or (
                    aside.text.islower()
                    # (not an apposition that names, a noun of work before the name: "One volunteer, retired
                    # teacher Sam Ortiz, said" is Sam Ortiz)
                    and not _names_after_noun(toks, at, comma)
                    and (
                        aside.low.endswith("ed")
                        or aside.low in _IRREGULAR_PARTICIPLES
                        # ("One pro-Trump supporter, sporting a baseball cap, said")
                        or (aside.low.endswith("ing") and usual_tag(aside.low) == "VBG")
                    )
                    and (
                        aside.low not in reporting_verbs() - FINDING_VERBS
                        # (a name given: "The company, now called TC Energy,", "renamed Meta")
                        or (aside.low in NAMING_VERBS and toks[at + 1].text[0].isupper())
                    )
                )
                # "A volunteer, a retired nurse, said": one apposition that describes, up to the verb ("The
                # mayor, a former teacher and union organizer, said": with nouns joined, not a second one named)
                # (or, after people described by where they are, one on that place: "Workers at the plant, the
                # largest in Ohio, said"; a name there stays in the phrase: "A source in Ukraine's security
                # service, the S.B.U., told")
                or (
                    (aside.low in ("a", "an") or (aside.low == "the" and described and toks[at + 1].text.islower()))
                    # (not one that names: "The chair of the judges, the historian Simon Schama, called")
                    and not _names_after_noun(toks, at, comma)
                    and all(is_word(t) or t.text == "." for t in toks[first_comma + 1 : comma])
                    and not any(
                        t.low in ("and", "or") and not toks[n + 1].text.islower()
                        for n, t in enumerate(toks[first_comma + 1 : comma], first_comma + 1)
                    )
                )
            )
            # (a plural's possessive mark too: "The machinists’ union, whose members are on strike,")
            and all(
                is_word(t) or t.text == "." or (t.text in "’'" and n > 0 and head[n - 1].low.endswith("s"))
                for n, t in enumerate(head)
            )
        ):
            return _named_in_aside(toks, first_comma, comma) or (start, first_comma)
    return None


def _named_in_aside(toks: list[Tok], first_comma: int, comma: int) -> tuple[int, int] | None:
    """The name a describing aside ends on, given with "named" or "called": "One of them, a high school senior
    named Ava Lopez, told the board" (she is who spoke)."""
    if toks[first_comma + 1].low not in ("a", "an"):
        return None
    k = next((k for k in range(first_comma + 2, comma - 1) if toks[k].low in ("named", "called")), None)
    if k is None or comma - k < 3 or not all(t.text[0].isupper() for t in toks[k + 1 : comma]):
        return None  # (a full name, two words at least, and nothing after it)
    # (a person's: not "The shelter's operator, a nonprofit called Carry It Forward,", the operator a body)
    return (k + 1, comma) if sp.mention_type(" ".join(t.text for t in toks[k + 1 : comma])) == "person" else None


def _name_before_aside(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """The name or pronoun before the last aside that runs to ``comma`` ("Fiorina, speaking to Iowans,
    said"), or the name that is the aside ("The author of the book, Mitchell Zuckoff, said")."""
    for k in range(comma - 1, max(-1, comma - 30), -1):
        if toks[k].text == "," and k + 1 < comma:
            found = _aside_from(toks, k, comma)
            if found in (None, (k + 1, comma)) and _state_after_place(toks, k, comma):
                comma = k  # "A neighbor, Sarah Mitchell of Columbus, Ohio, said": the state ends the place
                continue
            if found is not None and found[0] > k and _in_relative_clause(toks, k):
                # "Campos Neto, who was appointed by Lula's predecessor, Jair Bolsonaro, said": a name in the
                # relative clause, not the subject; look further left
                continue
            if found is not None:
                return found
            # "Anne Richards, assistant secretary of state for population, refugees, and migration, said":
            # a comma inside the apposition; look further left
            continue
        if _quoted_inside(toks, k, comma):
            continue  # a quotation inside the aside: "Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins,"
        if toks[k].text in ("¶", ";", ":") and not _title_comma(toks, k + 1):
            return None
    return None


def _in_relative_clause(toks: list[Tok], k: int) -> bool:
    """Whether the words before the comma ``k`` end a relative clause with a verb of its own, opened after the
    comma before them ("..., who was appointed by Lula's predecessor,"), so a name after ``k`` is in the clause
    (not "..., whose lawyer," whose name is the clause's subject, nor one of a clause inside it: "who was fired
    for what the deputy campaign manager, David Bossie, called")."""
    p = next((p for p in range(k - 1, max(0, k - 15), -1) if not is_word(toks[p])), None)
    return (
        p is not None
        and toks[p].text == ","
        and toks[p + 1].low in ("who", "which")
        and any(has_verb_form(t) for t in toks[p + 2 : k])
        and not any(t.low in _INNER_CLAUSE_LEADS for t in toks[p + 2 : k])
    )


_INNER_CLAUSE_LEADS = frozenset("what that whom as when where while because after before since if and but".split())


# a kin group, which one person's name is not: "the family of", "the parents of", "relatives of"
_KIN_GROUPS = frozenset("family families relatives parents siblings children friends".split())


def _kin_of(toks: list[Tok], k: int) -> int | None:
    """Where the words just before the comma ``k`` open, when they are a kin group "of" someone ("The family of one
    victim,"), whose one-person apposition names that someone; else None."""
    for j in range(k - 1, max(0, k - 7), -1):
        if not is_word(toks[j]):
            return None
        if toks[j].low == "of":
            # (in lower case, or opening the sentence: a body's name is no kin, "The director of Friends of the Earth")
            if toks[j - 1].low not in _KIN_GROUPS or not (toks[j - 1].text.islower() or j == 1):
                return None
            return j - 2 if j > 1 and toks[j - 2].low in ("the", "a", "his", "her", "their", "its") else j - 1
    return None


def _quoted_inside(toks: list[Tok], k: int, comma: int) -> bool:
    """Whether ``toks[k]`` is a quotation between lower-case words before ``comma`` ("wearing a “Ted Cruz”
    pin"): a phrase inside the clause, not the end of an earlier one."""
    return toks[k].text == "¶" and 0 < k < comma - 1 and toks[k - 1].text.islower() and toks[k + 1].text.islower()


def _aside_from(toks: list[Tok], k: int, comma: int) -> tuple[int, int] | None:
    """The speaker for an aside that opens at the comma ``k`` and runs to ``comma``: the name before it, the
    name it is, or the description holding a place that opens the clause."""
    b = k
    if toks[b - 1].text == ")":  # "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said"
        b = next((p for p in range(b - 2, max(0, b - 12), -1) if toks[p].text == "("), b)
    a = _name_start(toks, b)
    # a name inside a description: "Robert Jones, an analyst at Kidder, Peabody & Co., said"
    # ("researchers at the University of California, Davis,": past the article)
    # (or a possessive pronoun: "The leader of his Republican People's Party, Ozgur Ozel,")
    the = 1 if a > 2 and toks[a - 1].low in ("the", "his", "her", "its", "their", "our") else 0
    if not the and a > 3 and toks[a - 1].text.islower() and _possessive(toks[a - 1]) and toks[a - 2].low == "the":
        the = 2  # (or a place's possessive: "The chairman of the county's Board of Supervisors, Bill Gates,")
    of = a - 1 - the
    body_named = False
    if the < 2 and of > 1 and toks[of].low == "of" and toks[of - 1].text[0].isupper() and is_word(toks[of - 1]):
        # a person's name before "of" and the body: "Paul Hayne of the University of Colorado, who was not
        # involved, called" (the person, not the university)
        p = _name_start(toks, of)
        if p < of and sp.mention_type(" ".join(t.text for t in toks[p:of])) == "person":
            a, the = p, 0
        elif 1 < p < of and toks[p - 1].low in ("of", "for", "at") and toks[p - 2].text.islower():
            # (or a body's name with "of the" in it, the complement of a description: "The director of Friends of
            # the Earth, Jane Doe, said" is hers, not "Earth")
            body_named = True
    linked = (
        a < b
        and a > 1 + the
        and toks[a - 1 - the].low in _APPOSITION_LINKS
        and toks[a - 1 - the].text.islower()
        # ("the massacre Tuesday in San Bernardino, California, shows": a time before the place too)
        and (
            toks[a - 2 - the].text.islower()
            or toks[a - 2 - the].low in TIME_WORDS
            or (a - 2 - the == 0 and usual_tag(toks[0].low) in ("NN", "NNS"))  # "Voters in Ames, Iowa,"
        )
    )
    if (
        a < b
        and (toks[k + 1].low in _APPOSITION_START or toks[a].text[0].isupper() or a == b - 1)
        and not _role_before(toks, b)
        and not linked
        and not (body_named and toks[k + 1].text[0].isupper())
        # (nor a town before its state: "John Smith of Wheat First Securities in Richmond, Va., said")
        and not _state_after_place(toks, k, comma)
    ):
        return (a, b)
    # "The author of the book, Mitchell Zuckoff, said": the aside is the name
    inner = toks[k + 1 : comma]
    kin = _kin_of(toks, k)
    if kin is not None and not any(t.low == "and" for t in inner):
        return (kin, k)  # "The family of one victim, Margaret Hale, said": one person names the victim, not the family
    # (past lower-case words before a title: "The bill's author, state Sen. Scott Wiener, called"; and a party's
    # or a nation's: "The law's sponsor, Republican state Sen. Jack Johnson, said")
    lead = next(
        (
            n
            for n in (1, 2)
            if n < len(inner) - 1 and inner[n].text[0].isupper() and inner[n].low.rstrip(".") in sp.title_words()
        ),
        0,
    )
    if lead and not all((t.text.islower() and is_word(t)) or sp.is_nationality(t.text) for t in inner[:lead]):
        lead = 0
    # (or past its article, which the speaker keeps: "The main farmers' union, the FNSEA, said")
    article = int(not lead and len(inner) > 1 and inner[0].low == "the" and inner[1].text[0].isupper())
    lead = lead or article
    if not lead:
        # (or past a noun of work before a given name: "Her business partner, restaurateur Daniel Cho, said", "The
        # winner, City Council member David Okafor, promised", "Swift's boyfriend, Kansas City Chiefs tight end
        # Travis Kelce, said")
        lead = next(
            (
                n + 1
                for n in range(min(6, len(inner) - 2))
                if inner[n].text.islower()
                and usual_tag(inner[n].low) in ("NN", "")
                and sp.is_given_name(inner[n + 1].text)
                and all(is_word(t) for t in inner[: n + 1])
            ),
            0,
        )
    inner = inner[lead:]
    # (or two names: "Two military analysts, Patrick Megahan and Chris Harman, found")
    # (or a name and its place: "the study's lead author, Dr. Maria Lopez of Stanford University, said")
    # ("Dana Whitfield of the American Civil Liberties Union": a body's name after "of the")
    placed = any(t.low in ("of", "at") for t in inner)
    if (
        # (words, not titles' stops: "Dr. Samuel Ortega of the University of Texas Southwestern Medical Center")
        0 < sum(t.text != "." for t in inner) <= (12 if placed else 7)
        and all(
            t.text[0].isupper()
            or t.text == "."
            or t.low == "and"
            or (
                t.low in ("of", "at")
                and 0 < n < len(inner) - 1
                and inner[n - 1].text[0].isupper()
                # ("the Alliance of Motion Picture and Television Producers"; not a title's "Head of")
                and (n > 1 or inner[0].low.rstrip(".") not in sp.title_words())
            )
            or _body_place(inner, n)
            # (a small word inside a body's name: "a parents' group, Families for Clean Reading,")
            or (
                t.low in ("for", "against")
                and 0 < n < len(inner) - 1
                and inner[n - 1].text[0].isupper()
                and inner[n + 1].text[0].isupper()
            )
            or (t.low == "the" and 2 < n < len(inner) - 1 and inner[n - 1].low in ("of", "at"))
            # (a name's particles or its Arabic article: "Ursula von der Leyen", "Majed al-Ansari")
            or _name_particle(inner, n)
            or (n > 0 and _ARTICLE_NAME.fullmatch(t.text) is not None)
            for n, t in enumerate(inner)
        )
        and inner[0].text[0].isupper()
        and (
            inner[-1].text[0].isupper()
            or _ARTICLE_NAME.fullmatch(inner[-1].text) is not None
            # (or a company's or a son's abbreviation: "The company, SkyCast Corp., said", "Donald Trump Jr.,"; not
            # a state's: "A woman in Worcester, Mass., told")
            or (inner[-1].text == "." and len(inner) > 1 and inner[-2].text.istitle() and inner[-2].low in _NAME_ENDS)
        )
        # (titles' full stops are no words: "Lt. Col. Mark Jones"; nor are a name's particles, "Hugo Eric Louis van
        # Lawick")
        and (
            sum(t.text != "." and not _name_particle(inner, n) for n, t in enumerate(inner)) <= 4
            or any(t.low in ("and", "of", "at") for t in inner)
        )
        and not (linked and len(inner) == 1)
    ):
        source = _source_in_body(toks, k) if article else None
        if source is not None:
            return (source, comma)  # "A source in Ukraine's security service, the S.B.U., told": the source
        return (k + 1 + lead - article, comma)
    if linked:
        # "a woman in Worcester, Massachusetts, told him", "Six Gannett newspapers in New Jersey,
        # including the Asbury Park Press, said": the description that holds the place, when it opens
        # the clause (not an apposition's: "Robert Jones, an analyst at Kidder, ...")
        # (through prepositions: "A 2023 study by researchers at the University of California")
        j = a - 2 - the
        while j > 0 and (
            toks[j - 1].low in _SOURCE_DETERMINERS
            or (toks[j - 1].low in _APPOSITION_LINKS and toks[j - 1].text.islower())
            or toks[j - 1].text.isdigit()
            or (
                toks[j - 1].text[0].isupper()
                and toks[j - 1].low not in NOT_NAME_LOW
                and not _opening_adverb(toks, j - 1)
            )
            or (toks[j - 1].text.islower() and usual_tag(toks[j - 1].low) in ("JJ", "NN", "NNS", "CD"))
        ):
            j -= 1
        # (after a sentence adverb too: "Later a woman in Worcester, Massachusetts, told him")
        if j == 0 or toks[j - 1].text == "¶" or toks[j - 1].low in _DESCRIPTION_OPENERS or _opening_adverb(toks, j - 1):
            return (j, comma if len(inner) == 1 and inner[0].text[0].isupper() else b)
    # "Anne Richards, assistant secretary of state for population, refugees, and migration, said":
    # a comma inside the apposition; look further left
    return None


# what opens the description of one unnamed source or group: "a woman in Worcester", "A source in the S.B.U."
_SOURCE_DETERMINERS = frozenset(["a", "an", "the", "one"])


def _source_in_body(toks: list[Tok], k: int) -> int | None:
    """Where an unnamed source opens its clause when the phrase before the comma at ``k`` is one in a body ("A
    source in Ukraine's security service", "An official at the union"): an apposition after it names the body,
    not the source. None otherwise."""
    for h in range(k - 2, max(0, k - 12), -1):
        if toks[h].low in sp.anonymous_heads() and toks[h + 1].low in ("in", "at", "from", "inside", "within"):
            d = h - 1 if toks[h - 1].low in _SOURCE_DETERMINERS else h - 2
            if d >= 0 and toks[d].low in _SOURCE_DETERMINERS and (d == 0 or toks[d - 1].text in ("¶", ";")):
                return d
            return None
    return None


def _opening_adverb(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is an adverb opening the sentence ("Later", "Meanwhile")."""
    return k == 0 and toks[0].text[0].isupper() and usual_tag(toks[0].low) == "RB"


def _name_start(toks: list[Tok], b: int) -> int:
    """Where the name (or names, or pronoun) that ends at ``b`` starts; ``b`` when there is none."""
    a = b
    while (
        a > 0
        and b - a < 7  # ("Lt. Gen. Walter Boomer": six tokens)
        and (
            (
                (
                    (
                        is_word(toks[a - 1])
                        and (toks[a - 1].text[0].isupper() or _ARTICLE_NAME.fullmatch(toks[a - 1].text))
                    )
                    or (toks[a - 1].text == "." and a > 1 and len(toks[a - 2].text) <= 4)
                )
                # not "On Tuesday, the senator, ..." (but a surname such as Early: "Rex Early")
                and (toks[a - 1].low not in NOT_NAME_LOW | TIME_WORDS or (a > 1 and sp.is_given_name(toks[a - 2].text)))
            )
            or (a > 1 and _place_link(toks, a - 1))  # "Michael Brown of Washington, D.C., explained"
            or _particle_before(toks, a)  # "Mayor Bill de Blasio, who faces reelection, said"
            # a plural's possessive inside a name: "the head of the Mexican Employers' Association, José Medina"
            or (
                toks[a - 1].text in ("'", "’")
                and a > 1
                and a < b
                and toks[a - 2].end == toks[a - 1].start
                and toks[a - 2].text[0].isupper()
                and toks[a - 2].text.endswith("s")
                and toks[a].text[0].isupper()
            )
            # "the Food and Drink Federation, which represents manufacturers,": "and" inside a name (one word
            # after it too: "A spokeswoman for Pacific Gas and Electric, the state's largest utility, said")
            or (
                toks[a - 1].text in ("and", "&")
                and a > 1
                and toks[a - 2].text[0].isupper()
                and toks[a].text[0].isupper()
                and not sp.is_given_name(toks[a].text)  # (not two people: "Jeb Bush and Hillary Clinton")
            )
        )
    ):
        a -= 1
    while a < b and toks[a].text == ".":
        a += 1  # (the walk's limit can fall between a title and its full stop: "Gov. John R. Kasich")
    a = _pair_start(toks, a, b)  # "Smith and Jones, the two economists who wrote it, said": both
    if a == b and b > 0 and toks[b - 1].low in sp.PRONOUNS:
        a = b - 1
    return a


def _particle_before(toks: list[Tok], a: int) -> bool:
    """Whether the word before ``a`` is a particle inside a name, between capitalised words: "de" in "Bill de
    Blasio", "der" and then "von" in "Ursula von der Leyen"."""
    if a < 2 or a >= len(toks) or not _NAME_PARTICLE.fullmatch(toks[a - 1].text):
        return False
    if not (toks[a].text[0].isupper() or _NAME_PARTICLE.fullmatch(toks[a].text)):  # (the walk is at "der")
        return False
    k = a - 2
    while k > 0 and _NAME_PARTICLE.fullmatch(toks[k].text):
        k -= 1
    return is_word(toks[k]) and toks[k].text[0].isupper() and toks[k].low not in NOT_NAME_LOW


_NAME_JOINERS = frozenset("for against and on of".split())


def _role_before(toks: list[Tok], b: int) -> bool:
    """Whether the phrase ending at ``b`` is a capitalised role and nothing else, which an apposition then
    names: "The Prime Minister, Keir Starmer, said", "The MP for Islington North, Jeremy Corbyn", "The
    Secretary of State, Antony Blinken" (British and international style)."""
    k = b - 1
    j = k  # a place after the role: "for Islington North", "of the United States"
    while j >= 0 and (
        (toks[j].text[0].isupper() and toks[j].low.rstrip(".") not in sp.title_words())
        # (a small word inside a body's name: "The leader of Parents for Safe Streets, Tammy Hart,")
        or (
            toks[j].low in _NAME_JOINERS
            and 0 < j < k
            and toks[j - 1].text[0].isupper()
            and toks[j - 1].low.rstrip(".") not in sp.title_words()
        )
    ):
        j -= 1
    if j < k and j >= 1 and toks[j].low == "the":
        j -= 1
    if j < k and j >= 1 and toks[j].low in ("of", "for"):
        k = j - 1
    elif j < k:
        return False  # a name
    n = k
    while n >= 0 and (
        (toks[n].low.rstrip(".") in sp.title_words() and toks[n].low != "of")
        or (toks[n].low == "of" and n > 0 and toks[n - 1].low.rstrip(".") in sp.title_words())
    ):
        n -= 1
    if n < k and n >= 0 and toks[n].low.endswith(("'s", "’s")):
        # whose role it is: "The Podesta Group's CEO, Kimberley Fritts, said"
        while n >= 0 and toks[n].text[0].isupper() and toks[n].low != "the":
            n -= 1
    elif n < k and n > 0 and n >= k - 3 and is_word(toks[n]) and toks[n].text[0].isupper():
        # a portfolio the titles do not hold before the office: "The Home Secretary, Suella Braverman", "the
        # Levelling Up Secretary, Michael Gove"
        m = n
        while (
            m > n - 2 and m > 0 and is_word(toks[m - 1]) and toks[m - 1].text[0].isupper() and toks[m - 1].low != "the"
        ):
            m -= 1
        n = m - 1 if toks[m - 1].low == "the" else n
    return n < k and (n < 0 or toks[n].low == "the" or toks[n].text in ("¶", ";", ":"))


def _name_before_description(toks: list[Tok], found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name right before a comma that opens the description ``found`` ("Nate Silver, the polling guru"),
    when the name opens its clause; else None."""
    if found is None or found[0] < 2 or toks[found[0] - 1].text != "," or toks[found[0]].low not in ("the", "a", "an"):
        return None
    b = found[0] - 1
    a = b
    while a > 0 and b - a < 4 and is_word(toks[a - 1]) and toks[a - 1].text[0].isupper():
        a -= 1
    opens = a == 0 or not is_word(toks[a - 1]) or toks[a - 1].low in ("and", "but")
    if a == b or not opens:
        return None
    return (a, b) if sp.mention_type(" ".join(t.text for t in toks[a:b])) == "person" else None


def _adjective_in_ed(t: Tok) -> bool:
    """An adjective ending in -ed that is no verb ("unchanged", "unprecedented"), unless it reports."""
    return t.low.endswith("ed") and usual_tag(t.low) == "JJ" and t.low not in reporting_verbs()


def _irregular_past_after_subject(toks: list[Tok], k: int) -> bool:
    """A past form not in -ed right after the name that opens the sentence, or after its apposition: "The Federal
    Reserve left rates unchanged"."""
    # (only after a name that opens the sentence, past a dateline: the sentence's own first verb)
    if not (toks[k].text.islower() and not toks[k].low.endswith("ed") and usual_tag(toks[k].low) in ("VBD", "VBN")):
        return False
    s = dateline_end(toks[:k])
    if toks[k - 1].text == "," and k > s + 3 and usual_tag(toks[k].low) == "VBD":
        # (or after the name's apposition: "Gary Emineth, a former state party chairman, became a delegate"; a
        # participle there describes the name: "Lazar, 44, known online as “Guccifer,”")
        c = next((n for n in range(s + 1, k - 1) if toks[n].text == ","), k - 1)
        aside = toks[c + 1 : k - 1]
        if 0 < len(aside) <= 10 and not any(t.text == "," or (t.text.islower() and has_verb_form(t)) for t in aside):
            k = c
    return (
        s < k < s + 7 and all(t.text[0].isupper() and is_word(t) for t in toks[s + 1 : k]) and toks[s].text[0].isupper()
    )


# verbs whose past is their present ("cut", "set"), which the lexicon tags as the bare form
_SAME_FORM_PAST = frozenset(
    "cut cuts put puts set sets hit hits shut shuts quit quits spread spreads hurt cost costs let lets beat beats "
    "upset upsets".split()
)
_OBJECT_OPENERS = frozenset("its the a an his her their our off back up down".split())


def _same_form_past(toks: list[Tok], k: int) -> bool:
    """Such a verb after its subject and before its object: "Nexa Semiconductor Inc. cut its forecast" (not "to
    cut the budget", "would cut the tax")."""
    return (
        0 < k < len(toks) - 1
        and toks[k].low in _SAME_FORM_PAST
        and toks[k].text.islower()
        and toks[k + 1].low in _OBJECT_OPENERS
        and (is_word(toks[k - 1]) or toks[k - 1].text == ".")  # (after "Inc.")
        and toks[k - 1].low not in _BEFORE_BARE_VERB
    )


def _past_after_pronoun(toks: list[Tok], k: int) -> bool:
    """A past or present form right after a subject pronoun: "when he brought up ... and later said" (not in
    a reported clause: "Hayek confirmed she had been and said")."""
    return (
        k > 0
        and toks[k].text.islower()
        and toks[k - 1].low in SUBJECT_PRONOUNS
        and usual_tag(toks[k].low) in ("VBD", "VBN", "VBZ")
        and not (k > 1 and (toks[k - 2].low == "that" or looks_like_verb(toks, k - 2)))
    )


def _pair_start(toks: list[Tok], a: int, b: int) -> int:
    """Where two people named together before an aside begin, when the name at ``a``..``b`` follows "and" and
    another person's name ("Smith and Jones, the two economists, said"); else ``a``."""
    if not (a > 1 and a < b and toks[a - 1].low == "and" and toks[a - 2].text[0].isupper()):
        return a
    c = a - 1
    while c > 0 and a - 1 - c < 4 and is_word(toks[c - 1]) and toks[c - 1].text[0].isupper():
        c -= 1
    if c > 0 and is_word(toks[c - 1]) and toks[c - 1].low not in ("and", "but", "then"):
        return a  # (a list or a clause before: "Ohio, Florida and Michigan")
    left = " ".join(t.text for t in toks[c : a - 1])
    right = " ".join(t.text for t in toks[a:b])
    people = sp.mention_type(left) == "person" and sp.mention_type(right) == "person"
    return c if people and sp.name_in(left) and sp.name_in(right) else a


_NAME_LINKS = frozenset(["of", "for", "the", "and", "on", "&"])


def _institution_name(head: list[Tok]) -> bool:
    """Whether ``head`` is an institution's name with its links: "the Institute for the Study of War", "the
    Department of Health and Human Services" (capitalised words and "of", "for", "the", "and" between them)."""
    return (
        2 < len(head) <= 12
        and head[0].low == "the"
        and head[1].text[0].isupper()
        and head[-1].text[0].isupper()
        and all(t.text[0].isupper() or t.low in _NAME_LINKS for t in head[1:])
        # (not a role at one: "The Podesta Group's CEO, Kimberley Fritts, said")
        and not any(_possessive(t) for t in head)
        and head[-1].low.rstrip(".") not in sp.title_words()
        and sp.is_organisation(" ".join(t.text for t in head))
    )


def _state_after_place(toks: list[Tok], k: int, comma: int) -> bool:
    """Whether the words between the commas ``k`` and ``comma`` are the state or country of a place named right
    before ``k`` after "in", "of", "from" or "at" ("in Richmond, Va.,", "of Ames, Iowa,")."""
    inner = [t.text for t in toks[k + 1 : comma]]
    state = (
        len(inner) == 2 and inner[1] == "." and inner[0].isalpha() and inner[0].istitle() and len(inner[0]) <= 5
    ) or (0 < len(inner) <= 2 and " ".join(inner) in sp.countries())
    if not state:
        return False
    a = k - 1
    while a > 0 and toks[a - 1].text[0].isupper() and is_word(toks[a - 1]):
        a -= 1
    return a > 0 and toks[a].text[0].isupper() and toks[a - 1].low in ("in", "of", "from", "at")


def _place_link(toks: list[Tok], n: int) -> bool:
    """Whether ``toks[n]`` is "of" or "from" joining a name to its place: "Rep. Lee Zeldin of New York"."""
    return (
        toks[n].low in ("of", "from")
        and 0 < n < len(toks) - 1
        and toks[n - 1].text[0].isupper()
        and is_word(toks[n - 1])
        and toks[n + 1].text[0].isupper()
    )


def _body_place(toks: list[Tok], n: int) -> bool:
    """Whether ``toks[n]`` is "in" joining a body, itself joined to a name, to its town: "John Smith of Wheat
    First Securities in Richmond"."""
    return (
        toks[n].low == "in"
        and 0 < n < len(toks) - 1
        and toks[n - 1].text[0].isupper()
        and toks[n + 1].text[0].isupper()
        and any(_place_link(toks, m) for m in range(max(1, n - 5), n - 1))
    )


def object_right(toks: list[Tok], i: int) -> tuple[int, int] | None:
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
        if t.low == "by" and b > a and toks[b - 1].low in sp.SEEN_BY | sp.PEOPLE_BY | sp.WRITTEN_BY:
            b += 1  # "according to an internal memo seen by Reuters": who saw it belongs to the document
            continue
        if t.text == "." and b > a and toks[b - 1].low in _NAME_ENDS:
            b += 1  # "Dalbar Financial Services Inc.": the company's stop, maybe the sentence's too
            break
        if t.low == "by" and b > a and toks[b - 1].low in sp.DOCUMENT_NOUNS | sp.DATA_NOUNS:
            b += 1  # "according to a report by the utility": whose the record is belongs to it, as PolNeAR marks
            continue
        if (
            t.low == "and"
            and b > a
            and toks[b - 1].text[0].isupper()
            and b + 1 < len(toks)
            and toks[b + 1].text[0].isupper()
            and is_word(toks[b + 1])
        ):
            b += 1  # "according to Employment and Social Development Canada": "and" inside a name in capitals
            continue
        if (
            t.low == "and"
            and b - 1 > a
            and toks[a].low == "the"
            and b + 2 < len(toks)
            and all(u.text.islower() and usual_tag(u.low) == "NN" for u in (toks[b - 1], toks[b + 1]))
            and toks[b + 2].text[0].isupper()
            and is_word(toks[b + 2])
            and toks[b + 2].low not in sp.title_words()  # ("the mayor and council President Jim Smith": two)
        ):
            b += 1  # "said the playwright and composer Lin-Manuel Miranda": two nouns before one name
            continue
        if t.low == "and" and _two_posts_of_one(toks, a, b):
            b += 1  # "said Volta's co-founder and chief executive, Priya Raman": two posts of the one named after
            continue
        if t.low == "and" and b > a and _body_of_joined_work(toks, b):
            b += 1  # "according to the national search and rescue agency": one body, two words of its work
            continue
        joined = (
            _people_end(toks, b + 1) if t.low == "and" and b > a and i > 0 and toks[i - 1].low == "according" else 0
        )
        if joined:
            b = joined  # "according to the mayor and council members": both, to the end
            break
        if (
            t.text in ("'", "’")
            and b > a
            and toks[b - 1].low.endswith("s")
            and toks[b - 1].end == t.start
            and b + 1 < len(toks)
            and toks[b + 1].text.islower()
            and is_word(toks[b + 1])
        ):
            b += 1  # "two diplomats coordinating their countries' responses": a plural's possessive, inside
            continue
        if not is_word(t) or t.low in STOP_LEFT:
            break
        if (
            b > a
            and t.low == "not"
            and b + 1 < len(toks)
            and toks[b + 1].low == "to"
            and not looks_like_verb(toks, b - 1)
        ):
            # "warned by a manager not to “make trouble”": what the manager said, not who (but "a woman who
            # asked not to be named" is who)
            break
        # "said McCurry on Friday", "said the official last week": the time is no part of the speaker (but
        # "familiar with his afternoon remarks" and "USA TODAY contributor" are)
        if (
            b > a
            and toks[b - 1].low not in ARTICLES_POSS
            and not t.text.isupper()
            and not _named_today(toks, b)
            and (
                t.low in TIME_WORDS
                or (t.low in _TIME_LEAD and b + 1 < len(toks) and _time_next(toks[b + 1]))
                # (a month's abbreviation before its day: "fundraising reports through Jan. 31")
                or (t.low in abbreviations()["month"] and b + 2 < len(toks) and toks[b + 1].text == ".")
            )
        ):
            if b - 1 > a and toks[b - 1].low in PREPOSITIONS:
                b -= 1  # "results tallied through Wednesday"
            break
        if b > a and t.text in _CIRCUMSTANCE and toks[b - 1].text[:1].isupper():
            break  # "said Brian May on stage", "said Sanders at a rally": where, not who (but "Al From")
        b += 1
    if b - a == 10 and b < len(toks) and is_word(toks[b]) and any(t.low == "who" for t in toks[a + 1 : b]):
        # the walk's limit inside a relative clause ("according to two people with knowledge of the meeting who
        # were not authorized to speak publicly"): the clause to its end, when it ends the sentence or a phrase
        end = next((e for e in range(b, min(len(toks), a + 20)) if not is_word(toks[e])), None)
        if end is not None and toks[end].text in (",", ".", ";"):
            b = end
    who = next((w for w in range(a + 1, b) if toks[w].low in ("who", "whom")), None)
    if who is not None and b < len(toks) and toks[b].low == "that" and b - who <= 3:
        b = who  # "said a teacher who asked that his name be withheld": the teacher, not a clause cut at "that"
    return (a, b) if b > a else None


def _two_posts_of_one(toks: list[Tok], a: int, k: int) -> bool:
    """Whether "and" at ``k``, in the phrase from ``a``, joins two posts of one person named in apposition after
    them: "the company's founder and chairman, John Smith", "its co-founder and chief executive, Priya Raman"
    (a possessive or "the" first, a noun in lower case before "and", one or two after it, then a comma and a
    name); not two people ("the mayor and council members, who").
    """
    if k - a < 2 or not (toks[a].low in ("the", "its", "his", "her", "their") or _possessive(toks[a])):
        return False
    before = toks[k - 1]
    if not (before.text.islower() and usual_tag(before.low) == "NN"):
        return False
    for n in (1, 2):
        comma = k + n + 1
        if comma + 1 >= len(toks):
            return False
        words = toks[k + 1 : comma]
        if not all(is_word(w) and w.text.islower() for w in words):
            return False
        if (
            toks[comma].text == ","
            and usual_tag(words[-1].low) == "NN"
            and toks[comma + 1].text[:1].isupper()
            and is_word(toks[comma + 1])
            and toks[comma + 1].low not in sp.title_words()
        ):
            return True
    return False


_CIRCUMSTANCE = frozenset(["on", "in", "at", "during", "after", "before", "outside", "inside", "while", "from"])
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _time_next_at(toks: list[Tok], n: int) -> bool:
    return n < len(toks) and _time_next(toks[n])


def _time_next(t: Tok) -> bool:
    return t.low in TIME_WORDS or t.low.rstrip(".") in _MONTHS or t.text[:1].isdigit()


_CONTRACTION_END = re.compile(r"[’'](?:s|re|ll|d|ve|m)$")


def is_clause(toks: list[Tok]) -> bool:
    """Whether words after a verb open a clause ("he may campaign", "Mr. Trump had disrespected ...") rather
    than name someone; only lower-case words count, so that "Will Rogers" stays a name."""
    first = _CONTRACTION_END.sub("", toks[0].low) if toks else ""  # ("said he’s with Clinton")
    # ("her" before a noun is a possessive: “...,” said her sister Alysia Vanitzian; "said her plan was" still
    # opens a clause, by its verb)
    possessive = first == "her" and len(toks) > 1 and toks[1].text.islower() and not has_verb_form(toks[1])
    if len(toks) > 1 and (first in sp.PRONOUNS or first == "it") and not possessive:
        return True  # (and "said it offered to buy ...")
    for k, t in enumerate(toks):
        if t.low in ("who", "whose", "which", "that"):
            return False  # "said a Trump supporter who runs the account": the verb is the relative clause's
        if t.text.islower() and usual_tag(t.low) in ("VBD", "VBZ", "MD"):  # not VBP: "co-host", "report"
            return True
        if k > 0 and _same_form_past(toks, k):
            return True  # "said his team let the game slip away"
        if t.text.islower() and t.low.endswith(("n't", "n’t")):
            return True  # a negated auxiliary: "said the defects don't affect the average user"
    return False


def span_text(text: str, toks: list[Tok], rng: tuple[int, int]) -> tuple[str, int, int]:
    """The text of a token range and its offsets."""
    s, e = toks[rng[0]].start, toks[rng[1] - 1].end
    return text[s:e], s, e


def is_speaker_phrase(phrase: str, people_names: set[str], *, strict: bool) -> bool:
    """Whether ``phrase`` names a speaker: a pronoun, organisation, anonymous source, role or person (with
    ``strict``, a single-word name only when the article names someone so)."""
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


FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
# (an age or a measure among the words: "the 31-year-old singer", "the 6-foot-2 guard", "the 250-pound lineman")
_DESCRIPTION = re.compile(
    r"(?i:the|an?|one|this|that|another|his|her|its|their|our)(?:\s+(?:[A-Za-z][\w’'-]*|\d{1,3}(?:-[a-z\d]+)+)){1,7}"
)
_RELATIVE = re.compile(r"\s+(?:who|whom|whose)\s")


def can_speak(phrase: str, verb: str, people: set[str]) -> bool:
    """Whether ``phrase``, the subject of reporting verb ``verb``, is a speaker: a name, pronoun, organisation
    or unnamed source; “...,” it added (a newspaper or party, resolved to the nearest organisation); or a
    description ("the gambling tycoon told Reuters", "the note says"), kept as the mention though it names
    nobody."""
    words = phrase.split()
    # (not an event a speaker is at: "A company representative at the meeting said")
    if len(words) > 1 and words[-1] in _EVENTS and not any(w in PREPOSITIONS for w in words[1:-1]):
        return False  # "as the platform committee meeting began vowing to ...": an event says nothing
    if is_speaker_phrase(phrase, people, strict=False):
        return True
    if phrase.lower() in THING_RELATIVES:  # a relative pronoun: "the report, which notes"
        return verb in reporting_verbs()
    if phrase == "One":  # one of those just spoken of, opening a sentence: "One wrote that the decision felt “...”"
        return verb in reporting_verbs() and verb not in _IT_NEVER
    if phrase.lower() == "it":  # (and "what it calls “sensible gun laws”")
        return verb in reporting_verbs() and verb not in _IT_NEVER
    # ("one of two witnesses who relayed the same story": the description before its relative clause)
    head = _RELATIVE.split(phrase, maxsplit=1)[0]
    return verb in reporting_verbs() and _DESCRIPTION.fullmatch(head) is not None


# what happens, in lower case: no speaker ("the meeting", "the hearing"), though people speak at it
_EVENTS = frozenset("meeting meetings hearing hearings session sessions ceremony game match".split())
# verbs whose subject "it" is nobody's: "it seems", "it is expected", "it means"
_IT_NEVER = frozenset(
    "believe believes believed think thinks thought view views viewed expect expects expected fear fears feared "
    "hope hopes hoped estimate estimates estimated".split()
)
_BEFORE_NOUN_TAGS = frozenset(["DT", "PRP$", "IN", "JJ", "CD", "TO", "JJS", "JJR", "PDT"])
BACK_VERBS = frozenset(["fired", "fires", "shot", "shoots", "hit", "hits", "pushed", "pushes"])
# verbs that give a name ("a play called", "a PAC named", "the book titled"): what follows is a name, no sentence
NAMING_VERBS = frozenset(
    "called described dubbed labeled labelled named nicknamed termed titled entitled branded".split()
)
ASKED_VERBS = frozenset(["asked", "questioned", "pressed"])  # (and the one asked follows: "asked by", "asked whether")
# what a question put to someone opens with: "asked about the audit", "asked whether"
QUESTION_LEADS = frozenset("whether if about how what why when who where on".split())
# words between a passive's auxiliary and its participle besides adverbs: "was first reported", "are each viewed"
_FLOATING = frozenset(["first"]) | _FLOATING_QUANTIFIERS
PASSIVE_AUX = frozenset(["be", "been", "being", "is", "was", "were", "are", "'s", "’s"])


# the passive's auxiliaries ("'s" left out: "he's called it “...”" is "he has"; and "being", whose gerund is what
# the subject speaks of: "Leyva opened up about being described as a “real woman”")
_BE_PASSIVE = PASSIVE_AUX - {"'s", "’s", "being"}
# what may stand between a naming passive and its quotation: "has been called the “...”", "was said to be “...”"
_TO_LABEL = frozenset("the a an to be as have been about".split())


def named_passively(toks: list[Tok], qi: int) -> bool:
    """Whether a passive of naming or saying introduces the quotation at ``qi``: "Duterte has been called the
    “Trump of the East”", "Priebus was said to be “furious”" (someone else's words about the subject, who is
    not their speaker); or a question about it: "Pence was asked about the “not there yet” comment"."""
    for j in range(qi - 1, 0, -1):
        asked = toks[j].low in ASKED_VERBS and toks[j + 1].low == "about"
        if toks[j].low in NAMING_VERBS or toks[j].low == "said" or asked:
            a = j - 1
            while a > 0 and toks[a].text.islower() and usual_tag(toks[a].low) == "RB":
                a -= 1  # ("was widely called", "is often said")
            # ("is being called" too)
            return toks[a].low in _BE_PASSIVE or (toks[a].low == "being" and toks[a - 1].low in _BE_PASSIVE)
        if toks[j].low in ("of", "for", "as") and j > 1 and toks[j - 1].low in _JUDGED:
            # (what the subject is accused of or praised for: "The senator was accused of “lying”", "Labour has
            # been criticised for “betraying” pensioners": the accusers' words, not the subject's)
            a = j - 2
            while a > 0 and toks[a].text.islower() and usual_tag(toks[a].low) == "RB":
                a -= 1
            return toks[a].low in _BE_PASSIVE or (toks[a].low == "being" and toks[a - 1].low in _BE_PASSIVE)
        if not (toks[j].low in _TO_LABEL or (toks[j].text.islower() and usual_tag(toks[j].low) == "JJ")):
            return False
    return False


# verbs of judging someone, whose passive before "of", "for" or "as" gives others' words about the subject
_JUDGED = frozenset(
    "accused criticized criticised condemned blamed slammed praised described mocked derided ridiculed attacked "
    "lambasted hailed lauded denounced branded".split()
)
# verbs whose object is the listener or the person spoken of, never the speaker
LISTENER_VERBS = frozenset("according tell tells told call calls called ask asks asked".split())
# how someone said it (“...,” she laughs): they name the speaker of a quotation, but report no speech of their own
# ("Dawson smiled and lifted a sign", "marveled at Trump's approach")
MANNER_VERBS = frozenset(
    "laughed laughs smiled smiles beamed beams grinned grins chuckled chuckles deadpanned deadpans marveled "
    "marvels marvelled sang sings interrupted interrupts chimed chimes".split()
)
TOLD_VERBS = frozenset(["tell", "tells", "told", "inform", "informs", "informed"])  # then the listener, not the speaker
SAY_VERBS = SPEECH_CORE | frozenset(["saying", "telling", "writing", "adding"])


@dataclass
class Attribution:
    """A speaker mention (offsets in the paragraph's clean text) and the cue that ties it to what was said."""

    mention: str
    start: int
    end: int
    cue: str
    span: CleanSpan | None = None  # the paragraph the offsets belong to, once known
    rng_start: int = -1  # token index of the mention within its sentence, while searching
    # whom the mention refers to, when the sentence says it better: "Sanders said ... Trump, who he blasted as
    # a “bully”" is he, and he is Sanders (the nearest name, Trump, is the one blasted)
    antecedent: Attribution | None = None


# words no speaker phrase ends with, and closed-class verbs none holds before a relative clause
_DANGLING = PREPOSITIONS | ARTICLES_POSS | frozenset(["to", "and", "or"])
_FINITE_INSIDE = frozenset(
    "is was were are has had have be been will would can could does did now seems seemed".split()
)
_LEADING_ADVERBS = frozenset(["Then", "Given", "Now", "So", "Even", "Only", "Also", "Indeed", "Perhaps"])
_MENTION_WORD = re.compile(r"\S+")
_CONTRACTED_PRONOUN = re.compile(r"(I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou)[’'](?:m|s|re|ve|d|ll)")


# verbs that open an inverted tag before their speaker ("Replied State Department spokesman Richard Boucher, “...”")
_INVERTING = frozenset("replied responded answered added asked countered explained noted".split())


def _finite_word(word: str) -> bool:
    """A lower-case word whose usual use is a verb in the past or third person, not in -ed ("sent", "gives")."""
    return word.islower() and not word.endswith("ed") and usual_tag(word) in ("VBD", "VBZ")


def _object_her(text: list[str], first: int, last: int) -> bool:
    """Whether the mention's last word is "her" as an object after a preposition ("people close to her"), not a
    possessive left dangling."""
    return text[last - 1].lower() == "her" and last - first > 2 and text[last - 2].lower() in PREPOSITIONS | {"to"}


def _contact_clause(text: list[str], k: int) -> bool:
    """Whether the verb at ``k`` is a relative clause's with no "who" or "that", its subject a noun with "the"
    after the noun it is on: "a message the guild sent to members", "a memo the White House sent" (as "a company he
    owns" after a pronoun)."""
    j = k - 1
    if text[j].islower():
        j -= 1
    else:
        while j > 1 and text[j][:1].isupper() and k - j <= 4:
            j -= 1
    return j >= 1 and text[j].lower() == "the" and text[j - 1].islower() and usual_tag(text[j - 1]) in ("NN", "NNS")


def tidy_mention(attr: Attribution) -> Attribution | None:
    """``attr`` with its mention trimmed to the speaker phrase when a scan ran past it: into the verb ("Police
    had last month charged", "Clinton seems to have found"), up to a function word ("the authors of the “Growth
    and Opportunity Project”", "Sanders during a Sunday"; a relative clause cut short goes: "a senior
    administration official who spoke on the condition of"), or from an adverb ("Then Mr. Rubin asked"); None
    when no speaker is left ("Given the expected fallout", "Then came a posting")."""
    words = [(m.start(), m.end()) for m in _MENTION_WORD.finditer(attr.mention)]
    text = [attr.mention[a:b] for a, b in words]
    first, last = 0, len(words)
    # (or a verb of an inverted tag before a name or a title: "Replied State Department deputy spokesman Richard
    # Boucher", "Said Dorothy Poynter"; not "Said Jalili", whose given name it is)
    inverted = (
        last > 1
        and text[0].lower() in SPEECH_CORE | _INVERTING
        and (sp.is_given_name(text[1]) or text[1].lower() in sp.title_words() or (text[1][:1].isupper() and last > 3))
    )
    if last > 1 and (text[0] in _LEADING_ADVERBS or inverted):
        first = 1
    relative = next((k for k in range(first + 1, last) if text[k] in _MENTION_RELATIVES), last)
    # (or a finite verb not in -ed after a noun: "Mrs. Clinton devotes much of her stump speech to ... praising",
    # "Rubio’s campaign sent out a press release saying"; not "a company he owns", a relative clause)
    cut = next(
        (
            k
            for k in range(first + 1, relative)
            if text[k] in _FINITE_INSIDE
            or (_finite_word(text[k]) and text[k - 1].lower() not in sp.PRONOUNS and not _contact_clause(text, k))
        ),
        None,
    )
    if cut is not None and last - cut > 1 and text[last - 1][:1].isupper() and text[last - 2][:1].isupper():
        cut = None  # "Trump reminds me of Abraham Lincoln saying": the name right before the participle says it
    if cut is not None:
        last = cut
    if text[last - 1] in _DANGLING and relative < last:
        last = relative  # (the clause ran past the words a scan takes)
    # (and an adverb the cut leaves at the end: "She also sent a tweet")
    while last > first and (
        (text[last - 1] in _DANGLING and not _object_her(text, first, last))
        or (cut is not None and last > first + 1 and usual_tag(text[last - 1]) == "RB")
    ):
        last -= 1
    if last == first:
        return None if first else attr  # (a lone "her" stays what it was)
    verb = text[first] in _FINITE_INSIDE or (usual_tag(text[first]) in ("VBD", "VBZ") and "'" not in text[first])
    if text[first].islower() and verb:
        return None  # "has drawn huge crowds", "sent a letter": a verb, no speaker
    contracted = _CONTRACTED_PRONOUN.fullmatch(text[first]) if last - first == 1 else None
    if contracted:  # "I'm old enough to remember ...", "He’s said": the pronoun without its verb
        a = words[first][0]
        return replace(attr, mention=contracted[1], start=attr.start + a, end=attr.start + a + len(contracted[1]))
    if (first, last) == (0, len(words)):
        return attr
    a, b = words[first][0], words[last - 1][1]
    return replace(attr, mention=attr.mention[a:b], start=attr.start + a, end=attr.start + b)


def _capitalised_verb(toks: list[Tok], k: int) -> bool:
    """ "“...” Murphy, the head of Right to Rise USA, Tweeted on Friday": a verb in the past that a writer
    capitalised, after a quotation or an apposition's comma and before lower case, is still a verb (not
    "Secretary of State")."""
    t = toks[k]
    return (
        t.low in _CAPITALISED_VERBS
        and k + 1 < len(toks)
        and (toks[k + 1].text[0].islower() or toks[k + 1].text in (".", ","))
        and (toks[k - 1].text == "," or any(x.text == "¶" for x in toks[:k]))
    )


_CAPITALISED_VERBS = frozenset(["tweeted", "posted", "wrote", "said", "added", "told"])


def _title_case(toks: list[Tok]) -> bool:
    """A headline in title case ("Glenn Beck Says Trump ... Pose A Threat"): capitals are no sign of a name."""
    words = [t for t in toks if t.text[0].isalpha()]
    return len(words) >= 5 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def asked_by(toks: list[Tok], k: int) -> bool:
    """A question whose asker follows: "asked by a reporter", "was pressed by the moderator"; or what was said
    to someone, its speaker after "by": "were told by their director “never to speak of it again”"."""
    return toks[k].low in _ASKED_OR_TOLD and k + 1 < len(toks) and toks[k + 1].low == "by"


_ASKED_OR_TOLD = ASKED_VERBS | {"told", "warned", "assured", "reminded", "informed"}


# bodies by their kind that speak as their people do ("the city estimates", "the company expects")
_SPEAKING_BODIES = frozenset(
    "city county town state district village province utility company firm agency government administration "
    "department ministry".split()
)


def _person_noun(word: str) -> bool:
    """Whether a lower-case noun names a person by role or job ("chief", "president", "spokesman")."""
    return word in sp.title_words() or (word in sp.anonymous_heads() and not word.endswith("s"))


_ONE_DETERMINERS = frozenset(["a", "an", "one", "another", "each", "every"])


def _one_before(toks: list[Tok], k: int) -> bool:
    """Whether a determiner of one stands right before ``k``, or before a singular noun right before it."""
    if k > 0 and toks[k - 1].low in _ONE_DETERMINERS:
        return True
    return k > 1 and toks[k - 2].low in _ONE_DETERMINERS and usual_tag(toks[k - 1].low) == "NN"


# verbs that report only with "that" after them
THAT_ONLY = frozenset(["counter", "counters", "dispute", "disputes", "worry", "worries", "worried"])
# participles that report only after a comma and before "that", on the sentence's subject: "A judge blocked the
# order, ruling that ..." (not "the ruling that struck down the law", "a finding that")
COMMA_THAT_PARTICIPLES = frozenset(["ruling", "finding", "concluding"])
_COMMA_PARTICIPLES = frozenset(["alleging"])  # (a report only after a comma)
_AGREE_FORMS = frozenset(["agree", "agrees", "agreed", "agreeing"])
# the bare form of a naming verb, a verb only after "to" or a modal (not "a phone call", "the call for")
_BARE_NAMING = frozenset(["call", "dub", "label", "brand"])
_BEFORE_BARE_VERB = frozenset("to will would can could should may might must did does do not n’t n't".split())


@cache
def _cue_words() -> frozenset[str]:
    """Every word at which :func:`verb_indexes` can find a cue (the verbs, and the first words of "according
    to", "made clear", "put it", "points out", "shot back", "cut in"): one set test skips all other tokens."""
    firsts = {"according", "made", "make", "makes", "making", "put", "puts", "point", "points", "pointing", "pointed"}
    return (
        reporting_verbs()
        | THAT_ONLY
        | COMMA_THAT_PARTICIPLES
        | _BARE_NAMING
        | BACK_VERBS
        | _CUT_IN_VERBS
        | EXPRESS_VERBS
        | firsts
    )


# base forms that report with a plural subject ("critics complain that", "analysts predict"), but after "to" are
# mostly what someone did or will do ("the only pollster to correctly predict", "to urge restraint")
_PRESENT_ONLY = frozenset(
    "complain contend predict indicate urge speculate decry denounce emphasize emphasise theorize recommend refute "
    "reassure clarify".split()
)


def _said_aside(toks: list[Tok], k: int) -> bool:
    """Whether an aside of saying follows the verb at ``k`` between commas, before "that": ", he said in a
    telephone interview, that"."""
    if k + 3 >= len(toks) or toks[k + 1].text != "," or toks[k + 3].low not in SPEECH_CORE:
        return False
    if toks[k + 2].low not in sp.PRONOUNS and not toks[k + 2].text[0].isupper():
        return False
    close = next((n for n in range(k + 4, min(len(toks) - 1, k + 12)) if toks[n].text == ","), None)
    return close is not None and toks[close + 1].low == "that"


def _infinitive(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` follows "to", maybe past an adverb ("to correctly predict")."""
    j = k - 1
    if j > 0 and toks[j].text.islower() and toks[j].low.endswith("ly"):
        j -= 1
    return j >= 0 and toks[j].low == "to"


def with_named_apposition(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
    """``rng`` with the name that follows it after a comma, when ``rng`` describes someone: "the study's lead
    author, Dr. Maria Lopez of Stanford University" (the name is who spoke)."""
    a, b = rng
    # (a description: "the study's lead author", "Johnson's mother", "Walter Munk's former student")
    owner = next((k for k in range(a, min(b, a + 4)) if not toks[k].text[0].isupper()), min(b, a + 4))
    described = (
        toks[a].low in ARTICLES_POSS
        or toks[a].low in ("one", "another")
        or any(t.low.endswith(("'s", "’s")) for t in toks[a : min(owner + 1, b)])
    )
    if b + 1 >= len(toks) or toks[b].text != "," or not described:
        return rng
    lead = b + 1
    if _names_after_noun(toks, lead, min(len(toks), lead + 6)):
        while toks[lead].text.islower():
            lead += 1  # past lower-case words of work before the name: "..., the historian Simon Schama"
    end = lead
    while end < len(toks) and end - lead <= 7 and (is_word(toks[end]) or toks[end].text == "."):
        end += 1
    if toks[end - 1].text == "." and not (len(toks[end - 2].text) == 1 or toks[end - 2].low in sp.title_words()):
        end -= 1  # the full stop of the sentence, not of "Dr."
    name = [t for t in toks[lead:end] if t.text != "."]
    # capitalised words, perhaps with "of"/"at" before a place: Dr. Maria Lopez of Stanford University
    linked = next((k for k, t in enumerate(name) if t.low in ("of", "at")), len(name))
    # (a name's particles count as its words: "Hugo van Lawick")
    own = [t.text[0].isupper() or _name_particle(name[:linked], n) for n, t in enumerate(name[:linked])]
    capitalised = all(t.text[0].isupper() or t.low in ("of", "at", "the") for t in name[linked:])
    if 2 <= linked <= 5 and capitalised and all(own):
        return (a, end)
    return rng


def it_passive(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` reports in the passive with "it" for its subject and a that-clause soon after: "it
    was revealed in March that ...", "it was widely reported that ...", "It is estimated that ..." (no one named)."""
    a = k - 1
    while a > 1 and toks[a].text.islower() and usual_tag(toks[a].low) == "RB":
        a -= 1  # ("was widely reported")
    return (
        a > 0
        and toks[a].low in PASSIVE_AUX
        and toks[a - 1].low == "it"
        and toks[k].low.endswith("ed")
        and any(x.low == "that" for x in toks[k + 1 : k + 5])
    )


def _plural_noun_before_verb(toks: list[Tok], k: int, verbs: frozenset[str]) -> bool:
    """Whether the word at ``k`` ending in "s" is a plural noun, the verb after it in the plural: "Police reports
    say", "Official estimates suggest" (but "emails she says show", "which he estimates will": a verb, which a
    subject of its own comes before)."""
    if not (0 < k < len(toks) - 1 and toks[k].low.endswith("s") and toks[k].text.islower()):
        return False
    if usual_tag(toks[k].low) == "VBZ":
        return False  # a verb far more often than a noun: "Senator says state will sue" (no "says" of senators)
    nxt, prev = toks[k + 1], toks[k - 1]
    plural_verb = nxt.text.islower() and nxt.low in verbs and not nxt.low.endswith(("s", "ed", "ing"))
    opens = k == 1 or toks[k - 2].text in ("¶", "“", '"')
    described = is_word(prev) and (prev.text.islower() or opens) and prev.low not in SUBJECT_PRONOUNS
    return plural_verb and described and usual_tag(prev.low) in ("NN", "NNS", "JJ")


# words before "note" that make it a noun (a singular subject would take "notes")
_NOTE_KINDS = frozenset(["treasury", "promissory", "ransom", "suicide", "sticky"])


# prepositions that open a clause as well as a noun phrase: "as analysts estimates ..." may go on with a verb
_CLAUSE_PREPOSITIONS = frozenset(
    "as that because while if since although though when where whereas unless until after before".split()
)


def _object_of_preposition(toks: list[Tok], k: int) -> bool:
    """Whether the plural at ``k`` ends a noun phrase that a preposition or a verb opens, with up to three names or
    words that describe it between: "revenue above Wall Street estimates", "below estimates", "beat Wall Street
    estimates" (not "what the Society of Civil Engineers estimates will be needed", nor "Dana Rubinstein at
    POLITICO New York reports", where a name's phrase ends before the verb)."""
    j = k - 1
    while j >= 0 and k - j <= 3 and (toks[j].text[0].isupper() or usual_tag(toks[j].low) in ("JJ", "NN", "NNP")):
        j -= 1
    if j < 0 or not toks[j].text.islower() or (k + 1 < len(toks) and has_verb_form(toks[k + 1])):
        return False
    tag = usual_tag(toks[j].low)
    if tag == "IN":
        named = j > 0 and j < k - 1 and toks[j - 1].text[0].isupper()
        return not named and toks[j].low not in _CLAUSE_PREPOSITIONS
    return tag.startswith("VB") and tag != "VBG" and toks[j].low not in _AUX and toks[j].low not in reporting_verbs()


def verb_indexes(toks: list[Tok]) -> list[int]:
    """Indexes of the tokens that are reporting verbs here (not names such as "Secretary of State", nouns such
    as "his remarks" or passives such as "was called"), and of "according to" and "put it"."""
    verbs = reporting_verbs()
    cue_words = _cue_words()
    out = []
    # (a comprehension finds the few cue words: most tokens are none, and a loop's body cost them time)
    for k in [k for k, t in enumerate(toks) if t.low in cue_words]:
        t = toks[k]
        # "leading advisers to counter that “...”", "experts dispute that such choices are informed" (but "to
        # counter Mr. Trump", "a dispute that", "the disputes that had divided them": no report)
        if (
            t.low in THAT_ONLY
            and k + 2 < len(toks)
            and toks[k + 1].low == "that"
            and t.text.islower()
            and not (k > 0 and (toks[k - 1].low in _OBJECT_DETERMINERS or _possessive(toks[k - 1])))
            and toks[k + 2].low not in FINITE_AUX
        ):
            out.append(k)
            continue
        if t.low in _COMMA_PARTICIPLES and not (k > 0 and toks[k - 1].text == ","):
            # "a letter the campaign sent the DNC alleging", "bribery charges alleging": a document's or a charge's
            # words, whose subject is no speaker (but "sued the landlord on Monday, alleging that ...")
            continue
        if t.low in COMMA_THAT_PARTICIPLES:
            if k > 0 and toks[k - 1].text == "," and k + 1 < len(toks) and toks[k + 1].low == "that":
                out.append(k)  # "A judge blocked the order, ruling that the government had ..."
            continue
        if (
            t.low in _AGREE_FORMS
            and k + 2 < len(toks)
            and toks[k + 1].low == "to"
            and toks[k + 2].text.islower()
            and usual_tag(toks[k + 2].low) in ("VB", "VBP", "NN")  # ("agreed to step down", not "agreed to terms")
        ):
            continue  # "Japan agrees to “renounce war”": a commitment to act, no report
        # (or after its subject, a pronoun or a plural: "which critics call “a scandal”", "They call it “...”")
        if (
            t.low in _BARE_NAMING
            and k > 0
            and (
                toks[k - 1].low in _BEFORE_BARE_VERB
                or toks[k - 1].low in ("i", "we", "you", "they")
                or usual_tag(toks[k - 1].low) == "NNS"
            )
            and t.text.islower()
        ):
            # "He went on to call Cruz “the absolutely worst politician”": the label quoted right after it (not
            # "used his address to call Mrs. Clinton a student of Saul Alinsky", a label of its own)
            label = next((m for m in range(k + 1, min(len(toks), k + 6)) if not is_word(toks[m])), None)
            if label is not None and toks[label].text == "¶":
                out.append(k)
            continue
        if t.low in verbs:
            if imperative(toks, k):
                continue  # "Read the full statement below:": the reader is told to read
            if t.low in _PRESENT_ONLY and _infinitive(toks, k):
                continue  # "the only pollster to correctly predict the margin": what someone did, no report
            if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in ("anonymity", "anonymously"):
                continue  # "spoke on condition of anonymity to describe the talks": why unnamed, no report
            if _said_aside(toks, k):
                continue  # "The documents indicate, he said in an interview, that ...": what he said, his report
            if t.low.endswith("ing") and k > 0 and toks[k - 1].low in ARTICLES_POSS and t.text.islower():
                continue  # "for the posting of a photo", "his writing": a noun
            if t.low.endswith("ed") and k > 0 and toks[k - 1].low in ("a", "an", "the"):
                continue  # "a deal worth a reported 180 million euros", "the claimed savings": an adjective
            if (
                k > 0
                and t.text[0].isupper()
                and toks[k - 1].text != "¶"
                and not (t.low in SAY_VERBS and _title_case(toks))
                and not _capitalised_verb(toks, k)
            ):
                continue  # "Secretary of State", "the United States": a name, not a verb
            if k > 0 and _possessive(toks[k - 1]) and (t.low.endswith("s") or not _participle_form(t.low)):
                # "the union's demands", "Trump's claims", "the campaign's state chairman": no verb follows a
                # possessive (he's: has, is; and a name's "has" only before a participle: "Trump's said")
                continue
            if (
                t.low in ("demands", "answers")
                and k > 0
                and toks[k - 1].text.islower()
                and (
                    toks[k - 1].low in _POSSESSIVE_DETERMINERS
                    or toks[k - 1].low in ("the", "these", "those")
                    or usual_tag(toks[k - 1].low) in ("JJ", "JJR")
                )
            ):
                # "the short-term demands of organized labor", "a summary of their answers", "Some of the answers
                # have surprised her": a noun
                continue
            if t.low == "note" and k > 0 and toks[k - 1].low in _NOTE_KINDS:
                continue  # "the yield on the 10-year Treasury note was little changed": a bond, no one's note
            if (
                t.low in _NOUNISH
                # (but after "the" and a noun for a person it is that person's verb: "in which the chief calls
                # protesters “clowns”")
                and not (
                    k > 1
                    and toks[k - 2].low == "the"
                    # (or a body's: "The city estimates that the program could create 1,000 units")
                    and (_person_noun(toks[k - 1].low) or toks[k - 1].low in _SPEAKING_BODIES)
                    # ("the official remarks were", "the conservative views of government": nouns)
                    and not (k + 1 < len(toks) and (has_verb_form(toks[k + 1]) or toks[k + 1].low == "of"))
                )
                # (nor after a determiner of one, which no plural noun follows: "Another notes her summer job",
                # "Another post notes")
                and not (t.low.endswith("s") and _one_before(toks, k))
                # (nor "alleged" after a name, which it no more describes: "The F.T.C. alleged that")
                and not (t.low == "alleged" and toks[k - 1].text[:1].isupper() and not _possessive(toks[k - 1]))
                and (
                    any(
                        x.low in _DETERMINERS_POSS or _possessive(x)  # "Trump’s repeated calls"
                        for x in toks[max(0, k - 2) : k]
                    )
                    # ("One post, which drew replies, said": a singular's determiner, which no verb follows)
                    or (not t.low.endswith("s") and (_one_before(toks, k) or _singular_before(toks, k)))
                    or (
                        k > 0
                        and (
                            # (an adjective's, in lower case or opening the sentence: a capitalised word inside it
                            # is a name, whose verb follows, "with one senior Conservative warning that ...")
                            (usual_tag(toks[k - 1].low) in ("JJ", "JJR") and (toks[k - 1].text.islower() or k == 1))
                            or toks[k - 1].low.endswith(("'s", "’s"))
                        )
                    )
                    # the object of a verb: "It just puts fear in people", "voiced hope that", "from removing posts"
                    or (
                        k > 0
                        and toks[k - 1].text.islower()
                        and (
                            usual_tag(toks[k - 1].low) in ("VBZ", "VBD", "VBP", "VB")
                            or (toks[k - 1].low.endswith("ing") and usual_tag(toks[k - 1].low) == "VBG")
                        )
                        and toks[k - 1].low not in _AUX
                    )
                )
            ):
                continue  # "a separate post", "his remarks", "Mr. Trump's more divisive remarks": a noun
            if (
                t.low in _NOUNISH
                and 0 < k < len(toks) - 1
                and toks[k - 1].text.islower()
                and usual_tag(toks[k - 1].low).startswith("NN")
                and (
                    (toks[k + 1].text.islower() and (toks[k + 1].low in verbs or toks[k + 1].low in _AUX))
                    # (or what "according to" names: "According to White House pool reports, Obama said")
                    or (toks[k + 1].text == "," and any(u.low == "according" for u in toks[max(0, k - 6) : k]))
                )
            ):
                # "Local media reports said", "Two police reports describe": the subject's noun (but "a pipeline
                # Clinton hopes can help", "which he estimates will": a verb)
                continue
            if _plural_noun_before_verb(toks, k, verbs):
                continue  # "Police reports say", "Official estimates suggest": the subject's noun
            if t.low in _NOUNISH and t.low.endswith("s") and _object_of_preposition(toks, k):
                continue  # "revenue above Wall Street estimates on Wednesday": a noun, what revenue is above
            if t.low in ("demand", "demands") and k + 1 < len(toks) and toks[k + 1].low == "for":
                continue  # "that demand for its A321neo remained strong": a noun (one demands something, not for it)
            if _state_noun(toks, k):
                continue  # "the former secretary of state", "her state", "many state workers"
            if _think_tank(toks, k):
                continue  # "a founder of the think tank Third Way", "a think piece": a noun
            if _accused_participle(toks, k):
                continue  # "Alan Gross, an American contractor accused of spying": the one accused, no report
            if _passive_on_noun(toks, k):
                continue  # "a statement posted by the agency": what was done to the statement, no report
            if _introduces_name(toks, k):
                continue  # "a company called Cambridge Analytica": a name given, no report
            if (
                t.low in _ADD_FORMS
                and k + 2 < len(toks)
                and toks[k + 1].low == "to"
                and toks[k + 2].low in _POSSESSIVE_DETERMINERS - {"her"}  # ("added to her": a listener)
            ):
                continue  # "adding to his Super Tuesday victories": making more, no report
            if (
                0 < k < len(toks) - 1
                and t.low.endswith("ed")
                and toks[k - 1].text.replace(",", "").isdigit()
                and toks[k + 1].text.islower()
                and is_word(toks[k + 1])
            ):
                continue  # "1,280 pledged delegates": an adjective after a number
            if (
                0 < k < len(toks) - 1
                and t.low.endswith("ed")
                and (_possessive(toks[k - 1]) or toks[k - 1].low in _POSSESSIVE_DETERMINERS)
                and toks[k + 1].text.islower()
                and usual_tag(toks[k + 1].low) in ("NN", "NNS", "JJ")
            ):
                continue  # "Trump’s reported net worth", "his stated goal": an adjective after a possessive
            if _after_preposition(toks, k):
                continue  # "her lead in pledged delegates", "for fear", "in hopes of": no verb
            if _naming_aside(toks, k):
                continue  # "the model, called o1, spends ...": a name given, no report
            a = k - 1
            while a > 0 and toks[a].text.islower() and (usual_tag(toks[a].low) == "RB" or toks[a].low in _FLOATING):
                a -= 1  # "was first reported by MSNBC", "was widely reported", "are each viewed positively"
            if (
                a >= 0
                and toks[a].low in PASSIVE_AUX
                # ("said to" too, though not after "’s", which is "has" there: "Priebus was said to be “furious”";
                # "it was said that ..." still reports, its speaker unnamed)
                and (
                    t.low in NAMING_VERBS
                    or t.low.endswith("ed")
                    or t.low == "told"
                    or (
                        t.low == "said" and toks[a].low in _BE_PASSIVE and k + 1 < len(toks) and toks[k + 1].low == "to"
                    )
                )
                and not asked_by(toks, k)  # (who asked is named)
                and not it_passive(toks, k)  # ("it was revealed in March that ...": a report, no one named)
            ):
                # "what had been called the “Golden Week”", "the move was reported by MSNBC": the subject of a
                # passive is not the speaker
                continue
            out.append(k)
        elif t.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            out.append(k)
        elif made_clear(toks, k):
            out.append(k)  # "Sanders has made clear that he expects ...", "made it clear that"
        elif (
            t.low in ("put", "puts")
            and k + 1 < len(toks)
            and toks[k + 1].low == "it"
            and k > 0
            and not (k + 2 < len(toks) and toks[k + 2].low in _PUT_PARTICLES)
        ):
            out.append(k)  # "as Tom Ridge put it:", "as she put it to reporters" (not "they put it on anyway")
        elif _points_out(toks, k) and k > 0:
            out.append(k)  # "Bozell points out": a verb here, though "points" alone is mostly a noun
        elif _shot_back(toks, k) and k > 0:
            out.append(k)  # "Hillary shot back, “...”", "Rubio fired back:"
        elif _cut_in(toks, k) and k > 0:
            out.append(k)  # "and her husband cut in. “...”"
    return out


# what "put it" moves somewhere takes after "it": no way of saying
_PUT_PARTICLES = frozenset(
    "on off away back down up out forward together aside through into onto over behind under toward towards there "
    "here".split()
)


def made_clear(toks: list[Tok], k: int) -> int:
    """How many words "made clear" or "made it clear" at ``k`` takes before "that" (0 if it is not there): a
    phrase that reports what its subject says; likewise a stance expressed or voiced ("expressed concern that",
    "voiced confidence that")."""
    if toks[k].low in EXPRESS_VERBS:
        stance = k + 2 < len(toks) and toks[k + 1].low in _STANCE_NOUNS and toks[k + 2].low == "that"
        return 2 if stance and toks[k].text.islower() else 0
    if toks[k].low not in ("made", "make", "makes", "making"):
        return 0
    n = 2 if k + 2 < len(toks) and toks[k + 1].low == "it" else 1
    if k + n + 1 < len(toks) and toks[k + n].low in ("clear", "plain") and toks[k + n + 1].low == "that":
        return n + 1
    return 0


EXPRESS_VERBS = frozenset("express expresses expressed expressing voice voices voiced voicing".split())
# what is expressed that a clause follows: "expressed concern that the billionaire was encouraging violence"
_STANCE_NOUNS = frozenset(
    "concern concerns confidence skepticism scepticism doubt doubts hope hopes fear fears frustration optimism "
    "alarm worry worries dismay surprise amusement disappointment regret certainty astonishment".split()
)


def _shot_back(toks: list[Tok], k: int) -> bool:
    """Whether "shot back", "fired back", "hit back" (a retort) is at ``k``; not "pushed back" with an object
    after it ("pushed back the launch", "pushed back its release to 2027": a delay; but "fired back a response")."""
    # (in lower case: "Trey Gowdy Just Fired Back After ..." is a headline)
    if not (toks[k].low in BACK_VERBS and toks[k].text.islower() and k + 1 < len(toks) and toks[k + 1].low == "back"):
        return False
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    return nxt is None or toks[k].low not in ("pushed", "pushes") or not _delayed(nxt)


def _delayed(t: Tok) -> bool:
    return t.low in _DETERMINERS_POSS - {"that"} or t.text[0].isdigit()


_CUT_IN_VERBS = frozenset(["cut", "cuts", "broke", "breaks", "butted", "butts", "jumped", "jumps"])


def _cut_in(toks: list[Tok], k: int) -> bool:
    """Whether "cut in", "broke in" or "jumped in" (an interruption) is at ``k``, closing its clause (not
    "cut in half", "broke in two")."""
    return (
        toks[k].low in _CUT_IN_VERBS
        and toks[k].text.islower()
        and k + 1 < len(toks)
        and toks[k + 1].low == "in"
        and (k + 2 == len(toks) or toks[k + 2].text in (",", ".", ":", ";", "¶", "—", "–") or toks[k + 2].low == "with")
    )


def _points_out(toks: list[Tok], k: int) -> bool:
    """Whether "points out" ("pointing out", "pointed out"; "point out" before "that": "Others point out that
    ...", not "at one point out west") is at ``k``."""
    if toks[k].low == "point":
        return k + 2 < len(toks) and toks[k + 1].low == "out" and toks[k + 2].low == "that"
    return toks[k].low in ("points", "pointing", "pointed") and k + 1 < len(toks) and toks[k + 1].low == "out"


def cue_length(toks: list[Tok], v: int) -> int:
    """How many words the reporting verb at ``v`` takes: 1, or the phrase's ("made it clear", "points out")."""
    if _points_out(toks, v) or _shot_back(toks, v) or _cut_in(toks, v):
        return 2
    return made_clear(toks, v) or 1


def cue_at(toks: list[Tok], v: int) -> str:
    """The words of the reporting verb at ``v`` as a cue: the verb, or its phrase ("made it clear")."""
    return " ".join(t.text for t in toks[v : v + cue_length(toks, v)])


# prepositions after which a reporting verb's form is an adjective or a noun
_NOUN_AFTER = frozenset("in of for with from into among about under without".split())
# (and, before a participle only, as an adjective: "against repeated attacks", "amid reported clashes")
_ADJECTIVE_AFTER = _NOUN_AFTER | frozenset("against amid despite after over by".split())


def _after_preposition(toks: list[Tok], k: int) -> bool:
    """Whether the reporting verb's form at ``k`` follows a preposition as an adjective before a noun ("a
    majority of pledged delegates", "for alleged plotters") or as a noun ("for fear", "in hopes of"); a
    gerund there still reports ("criticized him for saying")."""
    t = toks[k]
    if k == 0 or toks[k - 1].low not in _ADJECTIVE_AFTER or not toks[k - 1].text.islower() or t.low.endswith("ing"):
        return False
    if t.low.endswith("ed"):
        return k + 1 < len(toks) and toks[k + 1].text.islower() and is_word(toks[k + 1])
    return toks[k - 1].low in _NOUN_AFTER


def _accused_participle(toks: list[Tok], k: int) -> bool:
    """Whether "accused"/"charged" at ``k`` describes the noun before it ("the man accused of ...", "a prisoner
    of war now charged with desertion"), not a subject's report ("who he accused of preying on ...")."""
    if toks[k].low not in _ACCUSED or k + 1 >= len(toks) or toks[k + 1].low not in ("of", "with") or k == 0:
        return False
    j = k - 1
    while j > 0 and toks[j].text.islower() and usual_tag(toks[j].low) == "RB":
        j -= 1
    before = toks[j]
    return is_word(before) and before.low not in sp.PRONOUNS | _AUX | _RELATIVE_LEADS


def _passive_on_noun(toks: list[Tok], k: int) -> bool:
    """Whether the participle at ``k`` ("posted", "reported", "quoted") follows a common noun and goes on with
    "by" and its doer ("documents posted by the agency", "a claim repeated by Trump"): a passive that describes
    the noun, not the noun's report (but "Officials responded by saying", "answered by phone": the subject's)."""
    if not (0 < k < len(toks) - 2 and toks[k].low.endswith("ed") and toks[k + 1].low == "by"):
        return False
    noun, doer = toks[k - 1], toks[k + 2]
    return (
        noun.text.isalpha()
        and (noun.text.islower() or k == 1)  # ("Documents posted by the agency show": opening the sentence)
        and usual_tag(noun.low) in ("NN", "NNS")
        and not _person_noun(noun.low)
        and (doer.low in ARTICLES_POSS or doer.text[0].isupper())
    )


_ACCUSED = frozenset(["accused", "charged"])
_ADD_FORMS = frozenset(["add", "adds", "added", "adding"])


def _naming_aside(toks: list[Tok], k: int) -> bool:
    """Whether the naming participle at ``k`` opens an aside between commas on the noun before it that gives the
    thing's name: "the model, called o1, spends ...", "the plan, dubbed Project Freedom, would ..." (but "Trump, who
    called him a liar," and "the senator, called for ..." are no names)."""
    if not (toks[k].low in NAMING_VERBS and 1 < k < len(toks) - 2 and toks[k - 1].text == ","):
        return False
    noun = toks[k - 2]
    if not (noun.text.islower() and usual_tag(noun.low) in ("NN", "NNS")) or toks[k + 1].low in PREPOSITIONS:
        return False
    close = next((j for j in range(k + 2, min(len(toks), k + 6)) if toks[j].text == ","), None)
    return close is not None and not any(has_verb_form(t) for t in toks[k + 1 : close])


def _introduces_name(toks: list[Tok], k: int) -> bool:
    """Whether the naming participle at ``k`` (:func:`names_thing`) names a thing just introduced by "a" or "an"
    ("a company called Cambridge Analytica", "a newly formed super PAC called Future 45"): no report, where "the
    president called Clinton “crooked”" and "a woman called him a liar" are."""
    if not names_thing(toks, k) or k < 2:
        return False
    noun = toks[k - 1]
    # (not a subject of a relative clause without "that": "a decision cyclists called", "a move Trump called")
    if not noun.text.isalpha() or _person_noun(noun.low) or usual_tag(noun.low) == "NNS" or noun.text.istitle():
        return False
    # the article opens the noun phrase, with only modifiers between: "a (newly formed super) PAC"
    for j in range(k - 2, max(-1, k - 6), -1):
        if toks[j].low in ("a", "an"):
            return True
        if (
            not (toks[j].text.isalpha() or "-" in toks[j].text)
            or toks[j].low in reporting_verbs() | _DETERMINERS_POSS | sp.PRONOUNS
        ):
            return False
    return False


_RELATIVE_LEADS = frozenset(["who", "that", "which"])


def accused_subject(toks: list[Tok], start: int) -> tuple[int, int] | None:
    """The real subject when the phrase found at ``start`` is what someone is accused of ("The homeless woman
    accused of deliberately driving onto a sidewalk told police"): the noun phrase before "accused", or None."""
    if start < 2 or toks[start - 1].low not in ("of", "with") or not _accused_participle(toks, start - 2):
        return None
    return subject_left(toks, start - 2)


def relative_namer(toks: list[Tok], start: int, verb: int) -> bool:
    """Whether the subject at ``start`` of a naming verb at ``verb`` opens a relative clause on the thing named
    just before it, with or without "that": "a decision cyclists called “long overdue”", "a move many residents
    called", "a move Ruiz called", "results that experts called “modest but meaningful”": the people after it
    are the ones who call it so, not whoever spoke before in the sentence."""
    if start < 2 or toks[verb].low not in NAMING_VERBS or start >= verb:
        return False
    if toks[start - 1].low == "that":  # (a noun before "that": not "said that experts called")
        # (nor the one told: "told reporters that Mr. Hollins had called her", "told the newspaper that")
        k = start - 3
        while k > start - 5 and k > 0 and (toks[k].low in _THING_DETERMINERS or usual_tag(toks[k].low) == "JJ"):
            k -= 1  # (past the listener's determiner and adjective: "told a local newspaper that")
        listener = k >= 0 and toks[k].low in _TELLING_VERBS
        return toks[start - 2].text.islower() and usual_tag(toks[start - 2].low) in ("NN", "NNS") and not listener
    thing, head = toks[start - 1], toks[verb - 1]
    if not (toks[start - 2].low in ("a", "an") and thing.text.islower() and usual_tag(thing.low) == "NN"):
        return False
    if all(t.text.islower() and is_word(t) for t in toks[start:verb]):
        return toks[start].low in _QUANTIFIER_SUBJECTS or (head.low in sp.anonymous_heads() and head.low.endswith("s"))
    # or a person named right after the noun: "a move Ruiz called “a vote of confidence”" (not a day: "a speech
    # Monday called")
    name = toks[start:verb]
    return (
        len(name) <= 3
        and all(is_word(t) and t.text[0].isupper() and t.low not in _DAYS | _MONTHS for t in name)
        and sp.mention_type(" ".join(t.text for t in name)) == "person"
    )


# verbs whose object is the one told, before the clause told ("told reporters that", "assured the board that")
_TELLING_VERBS = TOLD_VERBS | frozenset("telling assured warned reminded notified".split())


_SHORT_OPENERS = frozenset(
    [("at", "one", "point"), ("at", "that", "point"), ("at", "times"), ("at", "one", "time"), ("by", "then")]
    + [("at", "the", "time"), ("in", "the", "end"), ("at", "first"), ("at", "last")]
)


_DASHES = frozenset(["—", "―", "–"])


def _fronted_name(toks: list[Tok], b: int) -> tuple[int, int] | None:
    """The name after a description that opens the sentence and ends at ``b`` (past a relative clause on it
    with no comma of its own), when a comma sets the description off and a verb follows the name: "A Texas
    voter who supports Trump, Golvach lost ..."; else None."""
    if b < len(toks) and toks[b].low in ("who", "that"):
        b = next((i for i in range(b + 1, min(len(toks), b + 12)) if toks[i].text == ","), len(toks))
    if not (b + 2 < len(toks) and toks[b].text == ","):
        return None
    e = b + 1
    while e < len(toks) and e - b < 4 and toks[e].text[0].isupper() and is_word(toks[e]):
        e += 1
    if e == b + 1 or e >= len(toks) or not toks[e].text.islower() or toks[e].low in reporting_verbs():
        return None  # (not "A good man, Smith said, would ...": an aside's speaker)
    return (b + 1, e) if has_verb_form(toks[e]) or looks_like_verb(toks, e) else None


# nouns that a demonstrative makes an opening phrase of time or manner: "This week, ...", "That way, ..."
_OPENING_NOUNS = TIME_WORDS | frozenset(
    "time times day days summer spring fall autumn winter season point way cycle term decade moment past".split()
)


# what can speak after a demonstrative: people, a document or message, a body ("That letter", "These officials",
# "This newspaper"; not "Those stances", "That record")
_SPEAKING_NOUNS = sp.DOCUMENT_NOUNS | frozenset(
    "statement release ad ads email e-mail message post tweet tweets company firm group organization "
    "organisation newspaper paper campaign party agency committee".split()
)


def _demonstrative_subject(toks: list[Tok], k: int) -> bool:
    """Whether "this", "that", "these" or "those" at ``k`` opens a noun phrase of someone or something that can
    speak ("That letter", "These officials", "This campaign official"), not a phrase of time ("This week,")
    nor a pronoun ("That is why")."""
    if toks[k].low not in ("this", "that", "these", "those") or k + 1 >= len(toks):
        return False
    nouns = [t.low for t in toks[k + 1 : k + 3] if t.text.islower()]
    return (
        bool(nouns)
        and toks[k + 1].text.islower()
        and toks[k + 1].low not in _OPENING_NOUNS
        and any(n in _SPEAKING_NOUNS or n in sp.anonymous_heads() for n in nouns)
    )


def _past_list(toks: list[Tok], k: int) -> int:
    """Past the rest of a list of names the opening phrase before ``k`` began ("In Colorado, | Iowa, and
    Virginia, ..."): where the list ends, else ``k``."""
    j = k
    while j < len(toks):
        last = toks[j].low in ("and", "or")
        e = j + last
        n = e
        while n < len(toks) and is_word(toks[n]) and toks[n].text[0].isupper():
            n += 1
        if n == e or n >= len(toks) or toks[n].text != ",":
            return k
        j = n + 1
        if last:
            return j
    return k


def dateline_end(toks: list[Tok]) -> int:
    """Where the sentence starts after a dateline before it ("Washington (AFP) – Democrat Hillary Clinton has
    ...", "WASHINGTON (Reuters) - The Federal Reserve left"), else 0."""
    # (or a press release's: "BOSTON, March 3, 2025 /PRNewswire/ -- Acme Robotics today announced")
    dash = next((i for i, t in enumerate(toks[:14]) if t.text in ("–", "—", "-")), None)
    if dash and all(t.text[0].isupper() or t.text.isdigit() or t.text in "().,/" for t in toks[:dash]):
        return dash + 2 if dash + 1 < len(toks) and toks[dash + 1].text == "-" else dash + 1
    return 0


def _correlative(toks: list[Tok], k: int) -> bool:
    """Whether the clause at ``k`` opens a comparative correlative, "The more ..., the more ...": "the" and a
    comparative, and ", the" and a comparative later in it (not "The older voters said")."""
    if not (k + 1 < len(toks) and toks[k].low == "the" and _comparative(toks[k + 1].low)):
        return False
    return any(
        toks[n].text == "," and toks[n + 1].low == "the" and _comparative(toks[n + 2].low)
        for n in range(k + 2, len(toks) - 2)
    )


def _comparative(word: str) -> bool:
    # (the lexicon reads "longer", "sooner" as adverbs)
    tag = usual_tag(word)
    return tag in ("JJR", "RBR") or (tag == "RB" and word.endswith("er"))


_PEOPLE_QUANTIFIERS = frozenset("some many most few several all both".split())


def _quantified_people(toks: list[Tok], k: int) -> bool:
    """Whether a quantifier at ``k`` is a subject's, before people in the plural: "Some parents opposed it,
    saying ...", "Many Republicans" (not "Some 40 people", "some say")."""
    if toks[k].low not in _PEOPLE_QUANTIFIERS or k + 1 >= len(toks):
        return False
    j = k + 1
    if j + 1 < len(toks) and toks[j].text.islower() and usual_tag(toks[j].low) in ("NN", "JJ"):
        j += 1  # ("Some trade groups oppose the move, warning ...": a word before the plural)
    return (usual_tag(toks[j].low) == "NNS" or toks[j].low in sp.anonymous_heads()) and toks[j].low.endswith("s")


def sentence_subject(text: str, toks: list[Tok], people: set[str], verb: str = "") -> tuple[str, int, int] | None:
    """The subject at the start of a clause, after any leading prepositional phrase or conjunction; one that
    can speak (see :func:`can_speak`; ``verb`` is the clause's reporting verb, if any)."""
    k = dateline_end(toks)
    while k < len(toks) and toks[k].low in ("but", "and", "so", "yet", "still", "then", "meanwhile", "now"):
        k += 1
    for _ in range(3):
        # past an opening phrase or clause to the comma that ends it: "In a statement, ...", "Last year, he
        # ...", "When she was talking about coal, she ...", "Filling in for Sanders on Sunday, West ..."
        if k + 1 >= len(toks):
            break
        if k > 0:  # the rest of a place name: "In Portsmouth, N.H., on Tuesday, Senator ..."
            place = next((i for i in range(k, min(len(toks), k + 4)) if toks[i].text == ","), None)
            if (
                place is not None
                and place + 1 < len(toks)
                and all(t.text[0].isupper() or t.text == "." for t in toks[k:place])
                and (
                    toks[place + 1].low in PREPOSITIONS
                    or toks[place + 1].low in TIME_WORDS
                    # an abbreviated state: "In the hours after ... in San Bernardino, Calif., a familiar voice"
                    or (toks[place - 1].text == "." and toks[k].low not in ("jr", "sr") and toks[k - 1].text == ",")
                )
            ):
                k = place + 1
        first = toks[k].low
        # ("Reprising one of her own favorite lines, the former secretary of state ...": an -ing opener)
        participle = (first.endswith(("ed", "ing")) and toks[k + 1].low in _AFTER_PARTICIPLE) or (
            first.endswith("ing") and len(first) > 5 and usual_tag(first) in ("VBG", "") and toks[k + 1].text.islower()
        )
        comma = next((i for i in range(k + 1, min(len(toks), k + 30)) if toks[i].text == ","), None)
        # an aside between dashes closes the opening phrase as a comma would: "Hastily politicizing the tragedy
        # in Nice ― much like he did after the attacks in Paris ― Trump cast the blame ..."
        dashes = [i for i in range(k + 1, comma or min(len(toks), k + 30)) if toks[i].text in _DASHES]
        if len(dashes) >= 2:
            comma = dashes[1]
        # "Hours later, Trump ...", "Two weeks ago, she ...": a short time phrase
        timed = (
            comma is not None
            and comma - k <= 4
            and (
                toks[comma - 1].low in ("later", "ago", "earlier")
                # ("The day before, at a rally in Concord, 14-year-old Aubrey Pelletier hoisted a sign")
                or (toks[comma - 1].low in ("before", "after") and comma - k <= 3)
                or all(t.low in _TIME_TOKENS for t in toks[k:comma])
            )
        )
        # ("Immediately after the attacks, Trump ...", "Back on American soil, he ...": an adverb's phrase)
        adverbial = toks[k].text[0].isupper() and usual_tag(first) == "RB" and comma is not None
        if _demonstrative_subject(toks, k) or _quantified_people(toks, k):
            # "That letter, on Trump Organization letterhead, demanded", "Several lawmakers, including Sen. Ron
            # Wyden, wrote": a subject, not an opener
            break
        if not (first in PREPOSITIONS or first in _NOT_SUBJECT or participle or timed or adverbial):
            break
        short = next((n for n in (2, 3) if tuple(t.low for t in toks[k : k + n]) in _SHORT_OPENERS), 0)
        if short and (comma is None or comma > k + short):
            k += short  # "at one point the crowd reprised": a short phrase of time with no comma after it
            continue
        if comma is None:
            if first in PREPOSITIONS:
                return None
            break
        k = comma + 1
        if first in PREPOSITIONS:
            k = _past_list(toks, k)  # "In Colorado, Iowa, and Virginia, Hillary Clinton’s numbers": not "Iowa"
    if k > 0 and toks[k - 1].text == ",":
        k = _past_appositions(toks, k)
    if k + 1 < len(toks) and toks[k].low == "according" and toks[k + 1].low == "to":
        rng = object_right(toks, k + 1)
        if rng is None:
            return None
        phrase, s, e = span_text(text, toks, rng)
        return (phrase, s, e) if is_speaker_phrase(phrase, people, strict=False) else None
    if (
        k >= len(toks)
        or not is_word(toks[k])
        or (toks[k].low in _NOT_SUBJECT and not _demonstrative_subject(toks, k) and not _quantified_people(toks, k))
        # a dateline, not the article "A" (nor an acronym before a title or a name: "FBI Director James Comey",
        # "GOP hopeful Chris Christie")
        or (toks[k].text.isupper() and len(toks[k].text) > 1 and not _acronym_before_name(toks, k))
    ):
        return None
    if _correlative(toks, k):
        return None  # "The longer a nurse worked nights, the higher her risk": a comparison, no one's subject
    a = b = k
    # ("Her colleague, Rep. Jamie Raskin, was not amused": "her" before a noun is a possessive)
    her_noun = toks[a].low == "her" and a + 1 < len(toks) and is_word(toks[a + 1]) and not looks_like_verb(toks, a + 1)
    if toks[a].low in sp.PRONOUNS and not her_noun:
        b = a + 1
    elif toks[a].low in CROWDS and a + 2 < len(toks) and toks[a + 1].low == "of":
        b = _noun_phrase_end(toks, a + 2)  # "Hundreds of pro-Sanders demonstrators marched ..., chanting"
    elif (
        toks[a].low in _DETERMINERS_POSS
        or _demonstrative_subject(toks, a)
        or _quantified_people(toks, a)
        or (
            # "One volunteer, a retired nurse, said": a numeral before a noun, as an article (a noun that could be a
            # verb stays with the rest: "One tweet said")
            toks[a].low == "one"
            and a + 1 < len(toks)
            and toks[a + 1].text.islower()
            and toks[a + 1].low != "of"
            and _noun_phrase_end(toks, a + 1) > a + 1
        )
    ):
        b = _apposed_name(toks, _noun_phrase_end(toks, a + 1))
        # "A Texas voter who supports Trump, Golvach lost his son": a description set before the name it is in
        # apposition to, which is the subject
        fronted = _fronted_name(toks, b)
        if fronted is not None:
            a, b = fronted
    elif k > 0 and toks[a].text.islower() and (titled_end := _titled_name_after(toks, a)) > a:
        # after an opening phrase, lower-case words of a title before a name: "After the debate, conservative
        # commentator Jonah Goldberg imagined ...", "In Iowa, former Florida Gov. Jeb Bush said"
        b = titled_end
    else:
        first = toks[a].low
        participle = first.endswith(("ed", "ing")) and a + 1 < len(toks) and toks[a + 1].low in _AFTER_PARTICIPLE
        # ("President Obama", though the paragraph writes "the president": a title before a name)
        titled = a + 1 < len(toks) and toks[a + 1].text[:1].isupper() and sp.is_title(toks[a].text)
        alone = written_alone(text, first) and not sp.AGE.fullmatch(first) and not titled
        if participle or imperative(toks, a) or alone:
            # "Preceded by ...", "Casting himself as ...", "Weeds grow ... weeds": a sentence's first word that
            # opens a participle clause, or that the paragraph also writes in lower case, is not a name
            # (while "Ted Cruz", "Fred said" and "Mohammed bin Salman" are)
            return None
        while (
            b < len(toks)
            and b - a < 8
            # (a time after the name is no part of it: "Mayor Karen Bass on Tuesday unveiled", "Bass Tuesday said")
            and not (b > a and (toks[b].low in _DAYS or (toks[b].low in _TIME_LEAD and _time_next_at(toks, b + 1))))
            and (
                (is_word(toks[b]) and toks[b].text[0].isupper())
                or (b == a and sp.AGE.fullmatch(toks[b].low) is not None)  # "76-year-old Morton Blackwell"
                or (toks[b].text == "." and b > a)
                or (toks[b].low in ("of", "and") and b + 1 < len(toks) and toks[b + 1].text[:1].isupper())
                # "Democratic presidential nominee Hillary Clinton": lower-case words of a title before a name
                or (
                    b > a
                    and toks[b].text.islower()
                    and toks[b].low not in STOP_LEFT | _AUX
                    and not looks_like_verb(toks, b)
                    and usual_tag(toks[b].low) not in ("VBD", "VBZ")  # "Bush went after Trump"
                    # (nor one right before a name that could be a verb: "Nvidia beat Wall Street estimates"; but
                    # "Radio talk host Rush Limbaugh")
                    and not (
                        usual_tag(toks[b].low) in ("VB", "VBP") and b + 1 < len(toks) and toks[b + 1].text[0].isupper()
                    )
                    # (a verb before its object's owner: "Pope Francis used his Christmas Day address")
                    and not (b + 1 < len(toks) and toks[b + 1].low in ("his", "her", "their", "its", "our", "my"))
                    # (nor a manner adverb: "Trump sarcastically thanked Omar")
                    and not (toks[b].low.endswith("ly") and len(toks[b].low) > 6 and usual_tag(toks[b].low) == "RB")
                    and (
                        any(t.text[0].isupper() for t in toks[b + 1 : b + 3])
                        # (a title with "of" before a name: "Former secretary of state Hillary Rodham Clinton")
                        or (
                            toks[b].low in sp.title_words()
                            and b + 1 < len(toks)
                            and toks[b + 1].low == "of"
                            and any(t.text[0].isupper() for t in toks[b + 1 : b + 4])
                        )
                    )
                    # ("Presidential hopeful Sen. Ted Cruz": an abbreviated title's period)
                    and all(is_word(toks[n]) or _title_dot(toks, n) for n in range(b, min(len(toks), b + 3)))
                )
            )
        ):
            b += 1
        if b > a and toks[b - 1].low.endswith(("'s", "’s")):
            b = _apposed_name(toks, _noun_phrase_end(toks, b))  # "Grayson's spokeswoman, Jane Doe,"
        else:
            if b > a and b + 1 < len(toks) and toks[b].low == "of" and toks[b - 1].low in sp.anonymous_heads():
                # "Relatives of hostages held protests ..., urging": the people, with whose they are
                of_end = _noun_phrase_end(toks, b + 1)
                finite = of_end < len(toks) and (has_verb_form(toks[of_end]) or usual_tag(toks[of_end].low) == "VBN")
                if b + 1 < of_end and finite and toks[of_end].text.islower():
                    b = of_end
            # "Federal labor organizations have ...": lower-case nouns after a capitalised adjective, up to the verb
            e = b
            # (one that is also an adjective: "Tenants of a Brooklyn apartment complex sued"; not a time,
            # "Trump last week")
            while (
                e < len(toks)
                and e - b < 3
                and toks[e].text.islower()
                and usual_tag(toks[e].low) in _NOUN_LIKE
                and toks[e].low not in _TIME_TOKENS
                and toks[e].low != "first"  # (an adverb before the verb: "Newsom first proposed")
            ):
                e += 1
            if e > b and e < len(toks) and (has_verb_form(toks[e]) or toks[e].low in reporting_verbs()):
                b = e
            elif (
                e > b + 1
                and e < len(toks)
                and usual_tag(toks[e - 2].low) == "NNS"
                and toks[e].low in _OBJECT_DETERMINERS
            ):
                # "Hospital officials dispute that figure, saying": a word the lexicon tags a noun between a plural
                # and a determiner is the plural's verb
                b = e - 1
            elif e > b and e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].low == "including":
                b = e  # "Four former Twitter executives, including ex-CEO Parag Agrawal, sued": the plural
            elif e > b and e < len(toks) and toks[e].text == "," and any(_possessive(t) for t in toks[a:b]):
                # "Trump’s Virginia state director, Mike Rubino, reached out" (not "Trump’s Virginia"): the
                # owner's nouns, with the name in apposition
                b = _apposed_name(toks, e)
    if b <= a:
        return None
    phrase, s, e = span_text(text, toks, (a, b))
    return (phrase, s, e) if (can_speak(phrase, verb, people) and phrase.lower() != "it") else None


_NOUN_LIKE = frozenset(["NN", "NNS", "JJ"])
_OBJECT_DETERMINERS = frozenset("the a an that this these those his her their its our".split())


def _apposed_name(toks: list[Tok], b: int) -> int:
    """Past the name in apposition after a subject that ends at ``b`` ("Another critic, Laurence H. Tribe,
    likened": the name belongs to the subject); ``b`` when there is none."""
    if b < len(toks) and toks[b].text == ",":
        # (maybe after lower-case words of a title: "Another, former Obama adviser David Axelrod, said")
        # (or after "the" and such words: "The chair of the judges, the historian Simon Schama, called")
        lead = b + 2 if b + 2 < len(toks) and toks[b + 1].low == "the" else b + 1
        titled = _titled_name_after(toks, lead)
        titled = b + 1 if titled == lead else titled
        if titled > b + 1 and titled < len(toks) and toks[titled].text == ",":
            return titled
        e = b + 1
        while (
            e < len(toks)
            and e - b < 9
            and (
                toks[e].text[0].isupper()
                or toks[e].text == "."
                # (a name's particle, and where the person works after two words of name: "Dr. Christopher van
                # Dyck of Yale University", "Benoit de Saint-Exupery")
                or (
                    e + 1 < len(toks)
                    and toks[e + 1].text[0].isupper()
                    and (_NAME_PARTICLE.fullmatch(toks[e].text) or (toks[e].low in ("of", "at") and e - b > 2))
                )
            )
        ):
            e += 1
        if e > b + 1 and e < len(toks) and toks[e].text == ",":
            return e
    return b


def _titled_name_after(toks: list[Tok], a: int) -> int:
    """The end of "lower-case title words, then a capitalised name" from ``a`` ("conservative commentator Jonah
    Goldberg"); ``a`` when the words there are no such thing."""
    j = a
    while (
        j < len(toks)
        and j - a < 4
        and is_word(toks[j])
        and toks[j].text.islower()
        and toks[j].low not in STOP_LEFT | _AUX
        and not looks_like_verb(toks, j)
        and usual_tag(toks[j].low) in ("NN", "JJ", "NNS")
    ):
        j += 1
    b = j
    while b < len(toks) and b - j < 6 and ((is_word(toks[b]) and toks[b].text[0].isupper()) or _title_dot(toks, b)):
        b += 1
    # (a name of two capitalised words at least after the title: not "a spokesman for Clinton")
    return b if j > a and b - j >= 2 and toks[b - 1].text != "." else a


def _acronym_before_name(toks: list[Tok], k: int) -> bool:
    """Whether the word in capitals at ``k`` is an acronym that describes the name after it ("FBI Director
    James Comey", "GOP hopeful Chris Christie"), not a dateline ("WASHINGTON (AP)")."""
    n = k + 1
    while n < len(toks) and n - k < 4 and toks[n].text.islower() and is_word(toks[n]):
        n += 1  # "GOP hopeful", "NATO chief"
    return (
        n < len(toks)
        and is_word(toks[n])
        and toks[n].text[0].isupper()
        and not toks[n].text.isupper()
        and (n > k + 1 or toks[n].low.rstrip(".") in sp.title_words() or sp.is_given_name(toks[n].text))
    )


CROWDS = frozenset(["hundreds", "thousands", "dozens", "millions"])
_CLAUSE_OPENERS = frozenset(", and as while whereas but".split())
_CLAUSE_OPENERS_WHEN = _CLAUSE_OPENERS | {"when"}
_SUBORDINATORS = frozenset("after before because since until once".split())
SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])


def dash_asides(toks: list[Tok], start: int, end: int, *, hyphen: bool = False) -> list[tuple[int, int]]:
    """The asides between dashes from ``start`` to ``end``: each pair of an opening and a closing dash (with
    ``hyphen``, a hyphen standing alone counts as a dash: "- at which point the crowd chanted “...” -")."""
    marks = _DASHES | {"-"} if hyphen else _DASHES
    dashes = [i for i in range(start, end) if toks[i].text in marks]
    return list(zip(dashes[::2], dashes[1::2], strict=False))


def clause_pronoun(toks: list[Tok], v: int, after: int = 0) -> tuple[int, int] | None:
    """Token range of the nearest pronoun or name after ``after`` and before ``v`` that opens a clause of its
    own (" as she thanked", ", he looked", " and Hillary Clinton ended") and is followed by a finite verb: the
    subject of a verb coordinated with it or a participle after it ("... as she thanked the state and then
    boomed, “...”"). A pronoun right after a reporting verb ("said he would") is what is reported, not such a
    subject."""
    asides = dash_asides(toks, after, v)
    for p in range(v - 2, after, -1):
        if any(a < p < b for a, b in asides):
            continue  # (inside an aside between dashes: "― much as she did last spring ― Mayor Lee cast ...")
        name = toks[p].text[0].isupper() and is_word(toks[p]) and toks[p].low not in NOT_NAME_LOW
        # (or people unnamed, opening a clause of place or time: "when protesters interrupted her speech,
        # shouting “...”", "where about 50 protesters had gathered, chanting “...”", "in which children use
        # a Trump action figure ..., yelling “...”")
        group = _group_clause(toks, p)
        if group is not None:
            e = p + 1
            n = past_adverbs(toks, e, v)
            # (a plural's verb may be a word more often a noun: "children use")
            if (
                n < v
                and is_word(toks[n])
                and toks[n].text.islower()
                and (has_verb_form(toks[n]) or looks_like_verb(toks, n) or usual_tag(toks[n].low) in _GROUP_VERB_TAGS)
            ):
                return group, e
            continue
        pronoun = toks[p].low in SUBJECT_PRONOUNS
        # (a pronoun also after a time: "though in a news conference last week he used stronger language, saying")
        # (and a clause of time or reason whose object the participle is on, with no comma before it: "He relented
        # after Mr. Schumer issued a joint statement pledging to “...”": Schumer's statement)
        on_object = toks[p - 1].low in _SUBORDINATORS and toks[v - 1].text.islower() and is_word(toks[v - 1])
        if not (pronoun or name) or not (
            toks[p - 1].low in _CLAUSE_OPENERS_WHEN or (pronoun and toks[p - 1].low in TIME_WORDS) or on_object
        ):
            continue
        if (
            (toks[p - 1].low == "when" or on_object)
            and not (name and p + 1 < v and toks[p + 1].low in sp.anonymous_heads())
            and (not name or _verb_after_name(toks, p, v) in reporting_verbs())
        ):
            # ("when Trump said ...": a name after "when" is the clause's, not the participle's; but "He tweeted
            # when Clinton ended a debate ..., remarking, “...”": what she did, the participle goes on with)
            continue
        if p - 2 >= 0 and toks[p - 1].text == "," and toks[p - 2].low in reporting_verbs():
            continue  # "..., Fiorina wrote, she began saying": the parenthetical's speaker holds
        e = p + 1
        while name and e < v and e - p < 4 and toks[e].text[0].isupper() and is_word(toks[e]):
            e += 1  # the rest of the name
        if name and e + 1 < v and toks[e].text == "." and toks[p].low in abbreviations()["title"]:
            e += 2  # "Mr. Schumer": past the title's stop to the name
            while e < v and e - p < 5 and toks[e].text[0].isupper() and is_word(toks[e]):
                e += 1
        if name and e < v and toks[e].text.islower() and toks[e].low in sp.anonymous_heads():
            e += 1  # "Sanders protesters", "Trump supporters": a group named for someone
        n = past_adverbs(toks, e, v)  # "he then said", "she also added"
        if n < v and toks[n].text.islower() and (has_verb_form(toks[n]) or looks_like_verb(toks, n)):
            return p, e
        if on_object and any(
            toks[k].text.islower() and usual_tag(toks[k].low) in ("VBD", "VBZ", "VBN") for k in range(e, v - 1)
        ):
            return p, e  # (the first of two the clause's verb has: "after Mr. Schumer and Mr. McConnell issued")
    return None


def _verb_after_name(toks: list[Tok], p: int, v: int) -> str:
    """The first lower-case word after the name that starts at ``p``, before ``v`` ("" when none)."""
    return next((toks[k].low for k in range(p + 1, v) if toks[k].text[0].islower()), "")


_CLAUSE_LINKS = frozenset(["when", "as", "while", "whereas"])
# words that open a clause of time or place whose own subject a participle after it can take
_GROUP_OPENERS = frozenset(["when", "where", "as", "while", "whereas"])
# what may stand before such a group's noun: "about 50 protesters", "several hundred angry supporters"
_GROUP_MODIFIER_TAGS = frozenset(["DT", "CD", "JJ", "RB", "PDT", "NN"])  # ("as a maintenance man walks")
_APPROXIMATE = frozenset(["about", "around", "nearly", "roughly", "over", "some", "almost"])
_GROUP_VERB_TAGS = frozenset(["VB", "VBD", "VBZ", "VBP", "MD", "NN"])


def _group_clause(toks: list[Tok], p: int) -> int | None:
    """Start of an unnamed group that is the subject of a clause of time or place, when the lower-case
    anonymous head at ``p`` is one ("when protesters", "where about 50 protesters", "in which children");
    else None."""
    if not (toks[p].text.islower() and toks[p].low in sp.anonymous_heads()):
        return None
    a = p
    while (
        a > p - 4
        and a > 0
        and not toks[a - 1].text[0].isupper()
        and (
            usual_tag(toks[a - 1].low) in _GROUP_MODIFIER_TAGS
            or toks[a - 1].low.replace(",", "").isdigit()
            or toks[a - 1].low in _APPROXIMATE
        )
        and toks[a - 1].low not in _GROUP_OPENERS | {"which"}
    ):
        a -= 1
    opener = toks[a - 1].low if a > 0 else ""
    if a < 2 and opener != "when":
        # (a clause opening the sentence comes before its main clause: "As voters went ..., the campaign sent
        # ... and accused"; but "When protesters interrupted her speech, shouting “...”" is theirs, as before)
        return None
    if opener in _GROUP_OPENERS or (opener == "which" and toks[a - 2].low == "in"):
        return a
    return None


def reduced_relative(toks: list[Tok], a: int) -> bool:
    """Whether the pronoun at ``a`` is the subject of a relative clause with no "that", on the common noun right
    before it ("videos he calls", "rumors he was planning", "the deal she signed")."""
    return (
        toks[a].low in SUBJECT_PRONOUNS
        and a > 0
        and toks[a - 1].text.islower()
        and usual_tag(toks[a - 1].low) in ("NN", "NNS")
    )


def past_adverbs(toks: list[Tok], n: int, end: int) -> int:
    """The index of the first token from ``n`` (before ``end``) that is not a lower-case adverb."""
    while n < end and toks[n].text.islower() and usual_tag(toks[n].low) == "RB":
        n += 1
    return n


def clause_subject(text: str, toks: list[Tok], people: set[str]) -> tuple[str, int, int] | None:
    """The speaker-like subject of the last clause in ``toks`` that opens after a link (", and", ", but", ";",
    "when", "as", "while") and has a verb of its own: "Boos rained down when Trump spoke, and at one point the
    crowd reprised “...”", "Once, when they spotted a trawler, Freddy circled it as his friends jeered, “...”";
    or "who" opening a relative clause after a name ("Trump, who has postured himself as the “law and order
    candidate,”"), or the pronoun after it that is a relative clause's subject ("Marco Rubio, who he dubbed
    “...”"). None when no such clause has one."""
    for b in range(len(toks) - 2, 0, -1):
        t = toks[b]
        if t.text == ",":
            continue  # (a relative clause closed before the end is an aside: "Pence, who is running, praised")
        if (
            t.low in RELATIVE_PRONOUNS
            and b + 2 < len(toks)
            and toks[b + 1].low in SUBJECT_PRONOUNS
            and has_verb_form(toks[past_adverbs(toks, b + 2, len(toks))])
        ):
            return toks[b + 1].text, toks[b + 1].start, toks[b + 1].end  # "Marco Rubio, who he dubbed “...”"
        if t.low == "who" and toks[b - 1].text == "," and all(x.text != "," for x in toks[b + 1 :]):
            n = past_adverbs(toks, b + 1, len(toks))
            return (t.text, t.start, t.end) if n < len(toks) and has_verb_form(toks[n]) else None
        if t.low == "who" and (toks[b - 1].text == "," or (toks[b - 1].text[0].isupper() and is_word(toks[b - 1]))):
            # (commas inside the relative clause: "his daughter Ivanka Trump, who portrayed him as a generous,
            # magnanimous executive who would be “...”"; or a name with no comma: "Clinton who is looking to
            # bring “...”"), unless the clause closed before ("Pence, who is running, praised")
            n = past_adverbs(toks, b + 1, len(toks))
            if n < len(toks) and has_verb_form(toks[n]) and not relative_closed(toks, b) and not _links(toks, n):
                return t.text, t.start, t.end
        # (the comma may be inside the quotation before: "a wish for a “... Mexico,” and he pronounced")
        before = toks[b - 1]
        comma = before.text in (",", "—", "–", "-") or (
            before.text == "¶" and text[before.start : before.end].rstrip("”’\"' ").endswith(",")
        )
        # (or a clause of its own without the comma: "The campaign ended in March and she is now backing a
        # “unity” ticket")
        pronoun_clause = False
        if t.low in ("and", "but") and not comma and toks[b + 1].low in SUBJECT_PRONOUNS:
            n = past_adverbs(toks, b + 2, len(toks))
            pronoun_clause = n < len(toks) and has_verb_form(toks[n])
        linked = (t.low in ("and", "but") and (comma or pronoun_clause)) or t.low in _CLAUSE_LINKS
        if not (linked or t.text == ";"):
            continue
        # the nearest link only: the quotation belongs to its clause or to the sentence
        found = sentence_subject(text, toks[b + 1 :], people)
        if t.low == "as" and (found is None or toks[b + 1].low in ("a", "an", "the")):
            continue  # "as" a preposition: "casts Trump as a liberal who", "postured himself as the “...”"
        if found is None:
            return None
        n = next((k for k in range(b + 1, len(toks)) if toks[k].start >= found[2]), len(toks))
        n = past_adverbs(toks, n, len(toks))  # "the crowd loudly reprised"
        return found if n < len(toks) and has_verb_form(toks[n]) else None
    return None


RELATIVE_PRONOUNS = frozenset(["which", "whom", "who"])
# relative pronouns that can be a reporting verb's subject for a thing ("a message that said", "which notes")
THING_RELATIVES = frozenset(["which", "that"])
_MENTION_RELATIVES = RELATIVE_PRONOUNS | THING_RELATIVES | {"whose"}  # (what opens a relative clause in a mention)
COPULAS = frozenset("is are was were be been being am 's ’s seems seemed remains remained".split())


def _links(toks: list[Tok], n: int) -> bool:
    """Whether the verb at ``n`` is a copula ("who is the “...”") or a passive ("who was called “...”"): its
    subject is spoken of, not speaking."""
    if toks[n].low not in COPULAS:
        return False
    k = past_adverbs(toks, n + 1, len(toks))
    return not (k < len(toks) and toks[k].low.endswith("ing"))


def relative_closed(toks: list[Tok], who: int) -> bool:
    """Whether the relative clause opened by "who" at ``who`` ends at a comma before the end of ``toks``, with
    the main clause's verb after it ("Pence, who is running, praised ...") or the quotation ("Jane Kim, who is
    running for the state Senate, “is a civil rights attorney ...”")."""
    if toks[-1].text == "," and len(toks) - who > 2:
        return True
    for c in range(who + 2, len(toks) - 1):
        if toks[c].text == ",":
            n = past_adverbs(toks, c + 1, len(toks))
            if n < len(toks) and toks[n].text.islower() and (has_verb_form(toks[n]) or looks_like_verb(toks, n)):
                return True
    return False


_RELATIVE_WORDS = frozenset(["who", "whom", "whose", "which", "where", "that"])


def _past_appositions(toks: list[Tok], k: int) -> int:
    """Past appositions to an opening phrase's last noun, to the subject they lead to: "Preceded by Joe
    Arpaio, the Arizona sheriff and hard-liner, Trump launched ...", "In his 2004 speech, a testimonial to
    John Kerry, the Democratic nominee that year, Mr. Obama decried ...", "When she moved to Jamaica Estates,
    Queens, the enclave where the Trumps lived, Freddy confided ...". ``k`` is where they would start; the
    subject must be a name or pronoun, else ``k`` stays."""
    j = k
    while j < len(toks):
        comma = next((i for i in range(j + 1, min(len(toks), j + 14)) if toks[i].text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            break
        head = toks[j]
        words = toks[j:comma]
        relative = next((i for i, t in enumerate(words) if t.low in _RELATIVE_WORDS), len(words))
        described = head.low in ("the", "a", "an") or all(t.text[0].isupper() for t in words)
        clause = any(has_verb_form(t) or looks_like_verb(toks, j + i) for i, t in enumerate(words[:relative]))
        if not described or clause:
            break
        j = comma + 1
        nxt = toks[j]
        if nxt.text[0].isupper() and nxt.low not in ("the", "a", "an") or nxt.low in SUBJECT_PRONOUNS:
            return j
    return k


def written_alone(text: str, word: str, joined_before: str = "_’'.-", joined_after: str = "_’'-") -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word, exactly as given: no letter, digit or one of the
    ``joined`` characters next to it (a plain scan: a regex per word would be compiled anew for most words)."""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if not (before.isalnum() or before in joined_before) and not (after.isalnum() or after in joined_after):
            return True
        i = text.find(word, i + 1)
    return False


def _first_of_noun(toks: list[Tok], b: int) -> bool:
    """Whether "first" at ``b`` is an adjective before a noun for a person ("the former first lady", "the first
    deputy"), not an adverb ("he first said") nor a thing's ("Trump's first tweet ... was")."""
    return toks[b].low == "first" and b + 1 < len(toks) and _person_noun(toks[b + 1].low)


def _noun_phrase_end(toks: list[Tok], b: int) -> int:
    """End of the words after a determiner or possessive, up to a verb: "the campaign's top strategist"."""
    a = b - 1
    while (
        (
            b < len(toks)
            and b - a < 6
            # (a plural's possessive is no verb: "The Chicago Bears' coach")
            and (_plural_possessive(toks, b) or (b + 1 < len(toks) and _plural_possessive(toks, b + 1)))
        )
        or (
            b < len(toks)
            and b - a < 6
            and is_word(toks[b])
            and not looks_like_verb(toks, b)
            and (toks[b].low not in _AUX or _first_of_noun(toks, b))  # ("the former first lady")
            and (toks[b].low not in STOP_LEFT and toks[b].low != "who")  # "a voter who"
            and usual_tag(toks[b].low) not in FINITE_TAGS  # "The billionaire businessman began ..."
            # "The president left no doubt": a past form after a noun is the verb, not an adjective
            and not (b > a + 1 and usual_tag(toks[b].low) == "VBN" and usual_tag(toks[b - 1].low) in ("NN", "NNS"))
            # "A federal judge on Tuesday blocked" (but "an editorial in DPRK Today, a propaganda website,")
            and not (b > a + 1 and time_adverbial(toks[b : b + 4]) and not _named_today(toks, b))
            # ("Another advised his fellow Italians": a past form before a determiner is a verb, no adjective; so is
            # one that could be a verb after the noun, "The company cut its forecast")
            and not (
                (
                    toks[b].low.endswith("ed")
                    or (b > a + 1 and usual_tag(toks[b].low) in ("VB", "VBP") and toks[b - 1].low != "to")
                )
                and b + 1 < len(toks)
                and toks[b + 1].low in ARTICLES_POSS
            )
            # "the crowd loudly reprised": an adverb in -ly after the noun goes with the verb
            and not (
                b > a + 1
                and toks[b].low.endswith("ly")
                and usual_tag(toks[b].low) == "RB"
                and b + 1 < len(toks)
                and (looks_like_verb(toks, b + 1) or usual_tag(toks[b + 1].low) in FINITE_TAGS)
            )
        )
    ):
        b += 1
    if b < len(toks) and _title_dot(toks, b):
        # "The presidential hopeful Sen. Ted Cruz": on through the name the title is on
        b += 1
        while b < len(toks) and b - a < 10 and is_word(toks[b]) and toks[b].text[0].isupper():
            b += 1
    return b


def _plural_possessive(toks: list[Tok], b: int) -> bool:
    """Whether the token at ``b`` is the apostrophe of a plural's possessive, a word after it: "The Chicago Bears'
    coach"."""
    return (
        toks[b].text in ("'", "’")
        and 0 < b < len(toks) - 1
        and toks[b].start == toks[b - 1].end
        and toks[b - 1].low.endswith("s")
        and is_word(toks[b + 1])
        and toks[b + 1].start > toks[b].end
    )


# (and participles on the report, the reporter's: "said Mr. Kasich should leave the race, echoing a memo")
_REPORTERS_PARTICIPLES = frozenset("echoing drawing prompting raising marking".split())
_CLAUSE_AFTER = PARTICIPLES | _REPORTERS_PARTICIPLES | {"according", "telling", "citing"}
# (not "although", "though": a concession is the speaker's own more often than not)
_JOINS_OWN = frozenset(["but", "while", "whereas", "yet"])


_TAG_SPEAKER_LEADS = frozenset("one a an the another two three four several some many his her their its".split())


def inverted_tag(toks: list[Tok], i: int) -> bool:
    """Whether ``toks[i]`` opens a closing tag with its verb first, "said one of the people", "says Smith": a tag on the
    whole sentence, whose speaker follows (not "said to cost", a participle)."""
    return (
        i + 1 < len(toks)
        and toks[i].low in ("said", "says")
        and toks[i].text.islower()
        and (toks[i + 1].low in _TAG_SPEAKER_LEADS or (toks[i + 1].text[0].isupper() and is_word(toks[i + 1])))
    )


_BASE_SPEECH = frozenset(["say", "tell", "add", "write"])
_MODALS_TO = frozenset("would will could can should may might must to".split())


def clause_cut(toks: list[Tok]) -> list[Tok]:
    """The reported clause without what joins on after it: "..., adding that ...", "..., but the campaign
    refused", "..., while 95 members favored Clinton", "..., and has expressed support", "... - though it is
    unclear"."""
    depth = 0
    for c in range(len(toks) - 1):
        t, nxt = toks[c], toks[c + 1]
        depth += (t.text == "(") - (t.text == ")")
        if depth < 0 and c > 0:
            return toks[:c]  # "(the utility said most would be restored by Thursday) and ...": the aside closes
        depth = max(depth, 0)
        if c > 0 and _declined_to_say(toks, c):
            return toks[:c]  # "confirmed its authenticity but declined to elaborate": the reporter's, on the speaker
        if (
            0 < c < 5
            and t.low == "and"
            and nxt.low in FINITE_AUX
            and is_word(toks[0])
            and toks[0].low not in sp.PRONOUNS  # ("he fears returning home and is seeking asylum": his clause)
            and not any_verb_form(toks[:c])
        ):
            return toks[:c]  # "disagrees with their position and is letting them know ...": the subject's next act
        if c < 3:
            continue
        if t.text == ";" or (t.text in ("—", "–", "-") and nxt.low in _CLAUSE_AFTER | {"and"}):
            return toks[:c]
        if t.text == "," and (nxt.low in _CLAUSE_AFTER):
            return toks[:c]
        if t.text == "," and inverted_tag(toks, c + 1):
            # "products that the Commission believes are sold below cost, said one of the people": the tag's
            return toks[:c]
        if t.text == "," and _main_verb_after_aside(toks, c):
            return toks[:c]
        if (
            t.text == ","
            and nxt.low == "who"
            and toks[c - 1].text[:1].isupper()
            and c + 2 < len(toks)
            and (has_verb_form(toks[c + 2]) or usual_tag(toks[c + 2].low) == "RB")
            and _relative_runs_out(toks, c + 1)
        ):
            # "they had not heard anything to pull them away from Mr. Sanders, who also held a rally ...": the
            # reporter's words on someone named, to the sentence's end (not "Sanders, who won Rhode Island, would
            # likely place ...", nor one with a subject of its own, "Hillary Clinton, who he supports")
            return toks[:c]
        if t.text in (",", "—", "–", "-", "--") and comment_on_it(toks, c + 1):
            # "said she should face no charges, a recommendation Lynch adopted", "... — a controversial proposal
            # he first floated in December": the reporter's
            return toks[:c]
        if (
            t.text == ","
            and nxt.low == "even"
            and c + 2 < len(toks)
            and toks[c + 2].low == "as"
            and not any(x.text == "," for x in toks[c + 3 : c + 7])
        ):
            # "said he will support the nominee, even as he has taken shots at him": the reporter's (not "even
            # though", as often the speaker's concession; nor an aside, "Trump, even as a candidate, had ...")
            return toks[:c]
        if (
            t.low in ("but", "and")
            and nxt.low in SPEECH_CORE
            and nxt.text.islower()
            and toks[c - 1].text != ","
            # (not a base form joined to the clause's own modal: "said it would cap class sizes and add workers")
            # (but a plural's present, "insist that Franken must resign but say that ...", reports anew)
            and not (
                nxt.low in _BASE_SPEECH
                and any(x.low in _MODALS_TO for x in toks[:c])
                and not (c + 2 < len(toks) and toks[c + 2].low == "that")
            )
        ):
            return toks[:c]  # "acknowledged the tax was unpopular but said it was necessary": the subject's next report
        if (
            t.low in ("but", "and")
            and nxt.text.islower()
            and nxt.low.endswith("ed")
            and nxt.low in reporting_verbs()
            and c + 2 < len(toks)
            and toks[c + 2].low == "that"
            # (not where the clause reports with its own verb, which this one joins: "said the ministry requested
            # that he be released and indicated that ...")
            and not any(
                x.text.islower() and y.low == "that" and (x.low in reporting_verbs() or usual_tag(x.low) == "VBD")
                for x, y in zip(toks[: c - 1], toks[1:c], strict=True)
            )
        ):
            return toks[:c]  # "said crews had saved hundreds of homes but warned that ...": the next report
        if t.text != "," or c + 2 >= len(toks):
            continue
        tail = toks[c + 2 :]
        stop = next((k for k, x in enumerate(tail) if x.text == ","), len(tail))
        # "the scandal, while troublesome, was dealt with": an aside, no clause
        aside = 0 < stop <= 2 and stop < len(tail) and not any_verb_form(tail[:stop])
        if nxt.low in _JOINS_OWN and tail[0].low != "that" and not aside and not _contrast_pair(toks, c):
            # "..., while 95 members favored Clinton", "..., but the campaign refused": the reporter's own
            # clause (but "..., but that ..." says more, and so does the Y of "not just X, but Y")
            return toks[:c]
        if nxt.low == "and" and tail[0].low != "that" and not _listed(toks, c) and any_verb_form(tail[:stop]):
            # "..., and urged that everyone take a deep breath", "..., and the A.C.L.U. has sued": another
            # clause (but "..., and that ..." says more, and "music, dancing, and speeches is" is a list)
            return toks[:c]
        if nxt.low == "and" and _named_subject_then_verb(tail, stop):
            return toks[:c]  # "..., and Meta, the parent company of Facebook, laid off 11,000": another clause
    return toks


_DECLINED = frozenset("declined declines refused refuses".split())
# what a source declines to do: say more
_SAY_MORE = frozenset(
    "comment elaborate say discuss specify answer provide give identify name respond speculate disclose offer "
    "detail explain".split()
)


def _declined_to_say(toks: list[Tok], c: int) -> bool:
    """Whether "but" or "and" at ``c`` joins on the speaker's refusal to say more: "confirmed its authenticity but
    declined to elaborate", "said the talks continued and refused to comment further" (the reporter's words)."""
    return (
        toks[c].low in ("but", "and")
        and c + 3 < len(toks)
        and toks[c + 1].low in _DECLINED
        and toks[c + 2].low == "to"
        and toks[c + 3].low in _SAY_MORE
    )


# what a reporter calls a statement in apposition after it: "..., a recommendation Lynch adopted", "..., an
# apparent swipe at Trump", "..., the latest sign that ..."
_COMMENT_NOUNS = frozenset(
    "recommendation acknowledgment acknowledgement assertion claim remark admission accusation suggestion argument "
    "sentiment prediction characterization reference allusion nod jab dig swipe rebuke retort sign signal "
    "indication reversal departure move step decision shift charge allegation contention notion view stance "
    "position promise pledge vow warning threat complaint criticism concession boast testimony revelation "
    "disclosure blow proposal play statement".split()
)


def _relative_runs_out(toks: list[Tok], k: int) -> bool:
    """Whether the relative clause opening at ``k`` runs to the end of ``toks``: no comma closes it before a verb
    of the clause it sits in."""
    return not any(
        t.text == "," and n + 1 < len(toks) and has_verb_form(toks[n + 1]) for n, t in enumerate(toks[k:], k)
    )


def comment_on_it(toks: list[Tok], k: int) -> bool:
    """Whether the words from ``k`` (after a comma) are a noun phrase that comments on what was said before it: an
    article or a possessive, at most two words, and a noun of saying, signalling or acting (``_COMMENT_NOUNS``: ", a
    recommendation Lynch adopted", ", a move cycling advocates called dangerous", ", his clearest signal yet")."""
    if k >= len(toks) or toks[k].low not in ("a", "an", "the", "his", "her", "its", "their"):
        return False
    for n in range(k + 1, min(k + 4, len(toks))):
        if toks[n].low in _COMMENT_NOUNS:
            return True
        # (a verb before it makes the noun a verb too: ", the government may move to seize ...")
        if not (toks[n].text.islower() and is_word(toks[n])) or toks[n].low in _AUX:
            return False
    return False


def _main_verb_after_aside(toks: list[Tok], c: int) -> bool:
    """Whether the comma at ``c``, the clause's first and last, closes the aside on the sentence's subject that
    the report stands in, the main clause's verb after it: "Kasich, asked whether he was telling supporters to
    vote for Cruz, sounded less than committed" (not "the plan, announced Monday, would fail")."""
    nxt = toks[c + 1]
    if not nxt.text.islower() or nxt.low in reporting_verbs():
        return False
    if not (nxt.low in _FINITE_BE or usual_tag(nxt.low) == "VBD"):
        return False  # (a present tense is mostly a plural noun's: "killed last year, suspects had been arrested")
    # (nor a list of what the subject did: "the plan would fail, was too costly and had no support")
    return not any(t.text == "," for t in toks[:c]) and not any(
        t.text == "," or t.low in ("and", "or") for t in toks[c + 1 :]
    )


_FINITE_BE = frozenset("is are was were has have had".split())


def _named_subject_then_verb(tail: list[Tok], stop: int) -> bool:
    """Whether ``tail`` opens with a name, a description of it between commas and then a verb ("Meta, the
    parent company of Facebook, laid off"); ``stop`` is the first comma's index."""
    if not 0 < stop <= 4 or stop + 2 >= len(tail) or tail[stop + 1].low not in ("the", "a", "an"):
        return False
    if not all(is_word(t) and t.text[0].isupper() for t in tail[:stop]):
        return False
    close = next((k for k in range(stop + 2, min(len(tail), stop + 12)) if tail[k].text == ","), None)
    if close is None or close + 1 >= len(tail) or any_verb_form(tail[stop + 1 : close]):
        return False
    first = tail[close + 1]
    return first.text.islower() and usual_tag(first.low) in ("VBD", "VBZ", "VBP", "VBN", "MD")


def any_verb_form(toks: list[Tok]) -> bool:
    """Whether a lower-case word of ``toks`` has a verb's form."""
    return any(has_verb_form(x) and x.text.islower() for x in toks)


def _contrast_pair(toks: list[Tok], c: int) -> bool:
    """Whether the ", but" at ``c`` closes a "not just (only, simply, merely) X, but Y" pair."""
    return any(
        toks[k].low == "not" and toks[k + 1].low in ("just", "only", "simply", "merely")
        for k in range(max(c - 12, 0), c)
    )


def _listed(toks: list[Tok], c: int) -> bool:
    """Whether the comma at ``c`` before "and" ends a list: an earlier comma with no verb between ("music,
    dancing, and speeches")."""
    prev = next((k for k in range(c - 1, max(c - 6, -1), -1) if toks[k].text == ","), None)
    return prev is not None and not any_verb_form(toks[prev + 1 : c])


def time_adverbial(after: list[Tok]) -> int:
    """How many tokens right after a verb form a short time adverbial: "on Friday", "Monday", "last week", "hours
    later", "a few days later", "two weeks ago"."""
    k = 1 if after and after[0].low in _TIME_LEAD else 0
    if k and after[0].low == "earlier" and len(after) > 2 and after[1].low == "on":
        k = 2  # "earlier on Friday"
    elif k and after[0].low in ("earlier", "early", "late") and len(after) > 2 and after[1].low in _NEAR_LEADS:
        k = 2  # "earlier this year", "late last week", "early next month"
    times = 0
    while k < len(after) and times < 3 and after[k].low in TIME_WORDS:
        k += 1
        times += 1
    return k if times else _elapsed(after)


_SPANS_OF_TIME = frozenset("minute minutes hour hours day days week weeks month months year years decades".split())
_ELAPSED = frozenset(["later", "earlier", "ago"])
_HOW_MANY = sp.NUMBER_WORDS | {"a", "an", "few", "several"}


def _elapsed(after: list[Tok]) -> int:
    """How many tokens open ``after`` with a time gone by: "hours later", "a few days later", "two weeks ago"."""
    k = _span_of_time(after)
    return k + 1 if k and k < len(after) and after[k].low in _ELAPSED else 0


def _span_of_time(words: list[Tok]) -> int:
    """How many tokens open ``words`` with an amount of time: "hours", "a few days", "two weeks" (0 if none)."""
    k = 0
    while k < min(len(words), 3) and (words[k].low in _HOW_MANY or words[k].text.isdigit()):
        k += 1
    return k + 1 if k < len(words) and words[k].low in _SPANS_OF_TIME else 0


# words of a moment close to an event: "shortly after", "moments before", "long before"
_CLOSE_IN_TIME = frozenset("shortly moments soon just immediately right long".split())


def time_span_lead(words: list[Tok]) -> int:
    """How many tokens open ``words`` with a span of time before a subordinate clause or phrase: "a day after
    the vote", "hours before", "two weeks since", "shortly after" (0 when they do not)."""
    k = _span_of_time(words) or (1 if words and words[0].low in _CLOSE_IN_TIME else 0)
    return k if k and k < len(words) and words[k].low in ("after", "before", "since", "when", "following") else 0


def ends_clause(after: list[Tok]) -> bool:
    """Nothing but punctuation or a short adverbial ("on Monday", "in a statement") follows the verb."""
    words = [t for t in after if is_word(t)]
    if not words:
        return True
    skip = time_adverbial(after)
    if skip:  # "..., officials said Tuesday." / "said Monday in a statement."
        return ends_clause(after[skip:])
    # (the medium of the report may take longer: "in a letter to faculty and staff", "in an interview with ...")
    medium = words[0].low in ("in", "on", "during") and any(t.low in MEDIUM_NOUNS for t in words[1:4])
    return words[0].low in PREPOSITIONS | {"last", "this", "earlier", "recently", "today", "yesterday"} and len(
        words
    ) - _inside_names(words) <= (9 if medium else 6)


# what a report is made in ("in a letter to faculty and staff", "in an interview with ...")
MEDIUM_NOUNS = frozenset(
    "statement interview letter email e-mail post tweet speech note memo video briefing study report paper".split()
)


def _inside_names(words: list[Tok]) -> int:
    """How many of ``words`` continue a capitalised name, so that a name counts as one word: "in The New England
    Journal of Medicine" is as short as "in the journal"."""
    n = 0
    for i in range(1, len(words)):
        w, prev = words[i].text, words[i - 1].text
        if w[0].isupper():
            n += prev[0].isupper() or (prev in _NAME_LINKS and i > 1 and words[i - 2].text[0].isupper())
        elif w in _NAME_LINKS:
            n += prev[0].isupper() and i + 1 < len(words) and words[i + 1].text[0].isupper()
    return n


def words_end(text: str, toks: list[Tok]) -> int:
    """End offset of the last word of ``toks``: trailing punctuation left out, but not a sign that belongs to
    the words ("rose 5%", "Ted Cruz (R-Texas)")."""
    while len(toks) > 1 and not is_word(toks[-1]) and not _ends_words(toks):
        toks = toks[:-1]
    return toks[-1].end


def _ends_words(toks: list[Tok]) -> bool:
    last = toks[-1].text
    if last == "%":
        return toks[-2].text[0].isdigit()
    if last in (")", "]"):
        opening = "(" if last == ")" else "["
        return any(t.text == opening for t in toks[-12:-1])
    return False
