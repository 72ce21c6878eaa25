"""Who a speaker mention refers to: names, titles, pronouns, role nouns, organisations and anonymous sources,
and merging spelling variants of one person across a corpus."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from .lexicon import abbreviations, alternation, is_common_word, reporting_verbs, usual_tag, wordlist
from .timex import MONTHS, WEEKDAY_NAMES

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "who", "i"})
PRONOUNS_GROUP = frozenset({"they", "we", "them"})
# A mention that is only a pronoun must be resolved from an earlier one.
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "other",
        "one",
        "another",
    ]
)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9][\w’'.-]*")
_POSSESSIVES = frozenset(["his", "her", "its", "their", "our", "my", "your"])  # "His standing" names nobody
# words of titles that name no one alone: "Secretary of State", "Chief of Staff", "Vice President" (but "a state of
# emergency" is declared, no one speaks)
TITLE_PARTS = frozenset(
    ["state", "staff", "of", "foreign", "prime", "vice", "defence", "defense", "council", "assembly", "crown"]
)
# a possessive that stands for its owner as a mention ("His reply: “...”"), and the pronoun it resolves as
_OWNER_PRONOUNS = {"his": "he", "their": "they", "its": "it"}
_CONTRACTION = re.compile(r"[’'](?:s|re|m|ve|ll|d)$")  # he’s, they’re, I'm
AGE = re.compile(r"\d+-year-olds?")  # "the 46-year-old said": a person described by age


@cache
def titles() -> tuple[str, ...]:
    """Titles that stand before names, longest first so "Secretary of State" wins over "Secretary"."""
    return tuple(sorted(wordlist("titles.txt"), key=len, reverse=True))


@cache
def _title_set() -> frozenset[str]:
    return frozenset(titles())


def is_title(word: str) -> bool:
    """Whether ``word`` is a title as printed before a name ("President", "Sen.")."""
    return word in _title_set()


@cache
def descriptor_words() -> frozenset[str]:
    """Words that describe a person before the name without titling them, from ``data/descriptors.txt``."""
    return frozenset(wordlist("descriptors.txt"))


def describes_next(word: str, following: str) -> bool:
    """Whether capitalised ``word`` describes the person whose name ``following`` begins, and is no part of the
    name: a descriptor ("Democrat Jane Doe", "Actor Clint Howard") or a common noun before a given name
    ("Meteorologist Dan Kowalski", "Farmer John Smith"; not "Hope Hicks", whose first word is a given name too)."""
    if word in descriptor_words():
        return is_given_name(following) or usual_tag(following.lower()) == ""
    if usual_tag(word.lower()) != "NN" or is_given_name(word):
        return False
    # (a noun for a person before a name no dictionary has: "Parent Latisha Grant", whose given name the list lacks)
    return is_given_name(following) or (word.lower() in anonymous_heads() and usual_tag(following.lower()) == "")


@cache
def title_words() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for t in titles() for w in t.split())


@cache
def _dotted_title_words() -> frozenset[str]:
    """Abbreviated title words, lower case, with their dot ("sen.", "gov."): a dot after them ends no sentence."""
    return frozenset(w.lower() for t in titles() for w in t.split() if w.endswith("."))


@cache
def _title_roles() -> dict[str, str]:
    """Abbreviated title (lower case) -> the role nouns that refer back to its bearer ("sen." -> "senator")."""
    # (a title of two words is written with "_" between them: "Chief_Executive")
    return {
        abbr.lower().replace("_", " "): " ".join(roles)
        for abbr, *roles in (line.split() for line in wordlist("title_roles.txt"))
    }


def title_role_nouns(title: str) -> str:
    """A title in lower case with its abbreviations spelled out as role nouns: "Sen." -> "sen. senator",
    "Lt. Gov." -> "lt. gov. lieutenant governor", so that "the senator" finds "Sen. Ted Cruz"."""
    low = title.lower()
    words = low.split()
    roles = [r for w in words if (r := _title_roles().get(w))]
    roles += [r for pair in zip(words, words[1:], strict=False) if (r := _title_roles().get(" ".join(pair)))]
    return f"{low} {' '.join(roles)}" if roles else low


@cache
def news_outlets() -> frozenset[str]:
    """Last words of news outlets' names ("post", "news", "cnn"), from ``data/news_outlets.txt``."""
    return frozenset(wordlist("news_outlets.txt"))


@cache
def countries() -> frozenset[str]:
    """Country names that speak as governments ("Iran", "China"), from ``data/countries.txt``."""
    return frozenset(wordlist("countries.txt"))


@cache
def places_named_like_people() -> frozenset[str]:
    """Countries, states and capitals whose names are also people's ("Israel", "Jordan", "Paris"), from
    ``data/places_named_like_people.txt``: alone, the government, unless the article names a person so."""
    return frozenset(wordlist("places_named_like_people.txt"))


@cache
def capitals() -> frozenset[str]:
    """Capital cities that speak as governments ("Moscow said", "Kyiv denied"), from ``data/capitals.txt``."""
    return frozenset(wordlist("capitals.txt"))


@cache
def anonymous_heads() -> frozenset[str]:
    return frozenset(wordlist("anonymous.txt"))


@cache
def organisation_words() -> tuple[str, ...]:
    return tuple(wordlist("organisations.txt"))


@dataclass(frozen=True)
class Person:
    """A named person found in an article: full name, where, and the title it was given."""

    name: str
    start: int
    title: str | None
    gender: str = ""  # "m" or "f" where the article shows it (see :func:`with_genders`), else ""
    quoted: bool = False  # this mention is inside a quotation: it completes a surname, but no pronoun refers to it


_NATIONALITY = re.compile(
    # (the -ish adjectives by name: "Manish", "Ashish", "Hamish" are given names)
    r"^(?:[A-Z][a-z]+(?:ian|ean|ese|ican)|Irish|Turkish|Polish|Spanish|Danish|Finnish|Swedish|Kurdish|"
    r"Scottish|English|Flemish|Cornish|Jewish|Amish|Western|Eastern|Northern|Southern|Israeli|Iraqi|Pakistani|Afghan|"
    r"Thai|French|Dutch|Greek|German|British|Swiss|Arab|Saudi|Emirati|Kuwaiti|Qatari|Yemeni|Omani|Nepali|"
    r"Bangladeshi|Somali|Chinese|Japanese|Vietnamese|Democratic|Republican|Federal|State|Local|Senior|Top)$"
)


# words that open a clause of time, cause or contrast ("after it threatened", "when she said"), for patterns here
# and in quotes
SUBORDINATORS = "when|as|after|before|because|while|since|until|once|though|although"
# the lower-case letters of names, accented ones too ("José", "Erdoğan", "Lazăr": Latin-1 and Latin Extended-A)
NAME_LOWER = "a-zà-öø-ÿā-ž"
# the capitals names open with, accented ones too ("Ángel Cabrera", "Émile Zola", "Łukasz Nowak", "Şahin")
# (Latin Extended-A as one range, its small letters too, as NAME_LOWER has its capitals: a range is one
# comparison for the regex engine, a list of 63 letters one each)
NAME_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"


def is_nationality(word: str) -> bool:
    """Whether a capitalised word is a nationality or similar adjective ("Asian", "Turkish", "Western")."""
    return _NATIONALITY.match(word) is not None


# inner capitals first ("McCain", "DeSantis", "O’Rourke", "O'Hara", "D'Amato"), initials alone or run together
# ("J.B. Pritzker"), and a token ends where its word ends: otherwise "McCain" stops at "Mc"; a possessive ends the
# name ("Sen. Ted Cruz’s Iowa team" is Ted Cruz)
_NAME_TOKEN = (
    # ("Amy St. Eve": a surname after "St.", tried first, as the engine keeps the first alternative that fits)
    r"(?:St\.\s[A-Z][a-z]+|"
    # (two initials run together without stops, before a surname: "Sen. JD Vance")
    r"[A-Z]{2}(?=\s[A-Z][a-z])|"
    rf"[A-Z][a-z]*[A-Z][a-z]+|[OD][’'][A-Z][a-z]+|[{NAME_UPPER}][{NAME_LOWER}’'-]+(?:-[A-Z][{NAME_LOWER}’']+)*|(?:[A-Z]\.){{1,3}})"
    r"(?<![’'][sS])(?<![’'])(?![A-Za-z])"
)
# particles inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"): a titled name takes one (two
# slowed every title's match; "Ursula von der Leyen" is found whole without her title too)
NAME_PARTICLES = r"(?:de|van|von|der|den|ter|ten|bin|ibn|da|di|du|dos|das|del|la|le)"
ARTICLE_SURNAME = r"(?:al|el)-[A-Z]\w+"  # an Arabic surname with its article: "Abdul Amir al-Anbari"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:de|van|von|bin|al-|el-|da|del|la|le)?\s*{_NAME_TOKEN}){{0,3}}")


def _title_pattern() -> re.Pattern[str]:
    alts = alternation(titles())
    title = rf"\b(?:(?:[A-Z][\w.-]*|U\.S\.)\s+)?{alts}"
    if all(re.match("[A-Z]", t) for t in titles()):
        # titles are capitalised as printed: the pattern then opens on a capital, a class that lets the regex
        # engine skip ahead to capitals ("\b" first tried every position); after it comes the rest of a word
        # before the title ("Turkish President"), or the rest of a title that opens on that capital
        rests: dict[str, list[str]] = {}
        for t in titles():
            rests.setdefault(t[0], []).append(t[1:])
        rest = "|".join(f"(?<={re.escape(c)}){alternation(words)}" for c, words in sorted(rests.items()))
        title = rf"[A-Z](?<!\w[A-Z])(?:[\w.-]*\s+{alts}|(?<=U)\.S\.\s+{alts}|{rest})"
    return re.compile(rf"(?P<title>{title})\s+(?P<name>{_NAME.pattern})")


@cache
def _titled_name() -> re.Pattern[str]:
    return _title_pattern()


_SUFFIXES = frozenset(["Jr", "Sr", "II", "III", "IV"])


def _titled_names(text: str) -> list[re.Match[str]]:
    """Titles with the names after them, not a name ending in a title word before a suffix ("Martin Luther
    King Jr." is no "Luther King" titling "Jr."), nor an organisation after a title word ("Justice Department");
    a second title is one too ("Army Lt. Gen. Mick Bednarek": Mick Bednarek, not "Gen")."""
    out, pos, pattern = [], 0, _titled_name()
    while (m := pattern.search(text, pos)) is not None:
        first = m.group("name").split()[0]
        if is_title(first) or (text.startswith(".", m.start("name") + len(first)) and is_title(first + ".")):
            pos = m.start("name")  # (on from the second title)
            continue
        if is_organisation(m.group("name")):
            # (the title may open later, inside what read as a body's name: "Chief Cabinet Secretary Yoshimasa
            # Hayashi" is no Chief "Cabinet Secretary ...", but Cabinet Secretary Yoshimasa Hayashi)
            pos = m.start("name")
            continue
        if m.group("name").rstrip(".") not in _SUFFIXES and not _A_BEFORE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            out.append(m)
        pos = m.end()
    return out


# "a" before a title makes it a common noun, no title before a name: "In Iowa, a Senator Tests the Waters"
_A_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?)\s+$")


# words that a headline capitalises and a name never holds after its first word
HEADLINE_WORDS = frozenset("The A An And Or Of On In At To For With By From About As Into Over After".split())


def find_people(text: str) -> list[Person]:
    """Named people introduced with a title ("Turkish President Recep Tayyip Erdogan", or in lower case before
    the name in apposition: "The Ukrainian president, Volodymyr Zelensky,") or as two-or-more-word names, in
    order of appearance."""
    people: list[Person] = []
    for m in _titled_names(text):
        name = strip_titles(m.group("name") + generation_after(text, m.end("name")))  # "Pope Leo XIV"
        if HEADLINE_WORDS.intersection(name.split()[1:]):
            continue  # a headline's title case: "Texas Gov. Hears About Obama’s Gun Grab"
        if len(name.split()) >= 1 and not is_organisation(name) and name.split()[0].lower() not in title_words():
            royal = m.group("title").split()[-1]
            if " " not in name and royal.lower() in _ROYAL:
                # a monarch or pope named by one name goes by the title too, as a mention of it resolves ("the
                # King" is King Charles, as "King Charles" is; see _sole_full_name for one named in full too)
                people.append(Person(f"{royal} {name}", m.start("title") + m.group("title").rfind(royal), royal))
                continue
            people.append(Person(name, m.start("name"), m.group("title")))
    if ", " in text:
        appositive = [
            Person(
                # (a title of its own comes off the name: "The Republican leader, Senator John Thune,")
                (name := strip_titles(m["name"])),
                m.start("name") + max(m["name"].rfind(name), 0),
                _lower_titles()[m["role"].lower()]
                if not (place := m["place"] or _owning_place(m.group()))
                else f"{place} {_lower_titles()[m['role'].lower()]}",
            )
            for m in _appositive_title().finditer(text)
            if not is_organisation(m["name"]) and len(m["name"].split()) > 1
        ]
        if appositive:
            people = sorted(people + appositive, key=lambda p: p.start)
    return people


def _owning_place(found: str) -> str | None:
    """The country whose possessive opens a role in apposition ("Ukraine's foreign minister, Andrii Sybiha,":
    Ukraine), so that the title says where, as "Ukrainian Foreign Minister" would; else None."""
    owner = re.sub(r"[’']s$", "", found.split(None, 1)[0])
    return owner if owner not in ("The", "the") and is_place(owner) else None


@cache
def _lower_titles() -> dict[str, str]:
    """The titles written out in words, in lower case, to the title as printed before a name."""
    return {t.lower(): t for t in titles() if "." not in t and t[0].isupper() and t.replace(" ", "").isalpha()}


@cache
def _appositive_title() -> re.Pattern[str]:
    """ "The Ukrainian president, Volodymyr Zelensky,", "Russia’s foreign minister, Sergei Lavrov,": a title in
    lower case (or in capitals, as British papers print it: "The Chancellor, Rachel Reeves,"), with a place of
    one or two words before it ("the Lagos State Governor") or none, then the name between commas."""
    roles = alternation(sorted(_lower_titles(), key=len, reverse=True))
    return re.compile(
        # (opening on a class of letters lets the regex engine skip ahead to them: see _title_pattern)
        rf"[A-Zt](?<!\w[A-Zt])(?:(?<=[Tt])he|(?<=[A-Z])[a-z]+[’']s)\s+(?:(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:[a-z]+\s+){{0,2}}?(?P<role>(?i:{roles})),\s+"
        rf"(?P<name>{_NAME.pattern}),"
    )


class PeopleIndex:
    """The named people of one article, ready to find their later mentions by full name or surname."""

    def __init__(self, people: list[Person]):
        self.people = people
        counts = Counter(p.name for p in people if p.name.split())
        self.names = set(counts)
        self.surnames: dict[str, str] = {}
        for name, n in counts.items():  # a surname means the full name the article uses most
            last = _surname(name.split())
            if last not in self.surnames or n > counts[self.surnames[last]]:
                self.surnames[last] = name
        for p in people:
            # a family name written first ("Xi" for "Chinese President Xi Jinping", "Lee" for "Singapore's prime
            # minister, Lee Hsien Loong"): as full_name reads it, where no one has it as a surname
            first = _family_first(p)
            # (not a given name of two: "Ted" of "Sen. Ted Cruz" is no family name)
            if first and first not in self.surnames and (len(p.name.split()) == 3 or not is_given_name(first)):
                self.surnames[first] = p.name
        keys = sorted(self.surnames, key=len, reverse=True)
        # Surnames that are plain capitalised words (most articles' all) are searched for one by one (see
        # _whole_words): compiling a regex of them per article cost more. Others ("O’Neill", "Ki-moon") need the
        # regex.
        plain = all(_PLAIN_SURNAME.fullmatch(k) for k in keys)
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, keys)) + r")\b") if keys and not plain else None

    def mentions(self, text: str, single: bool = False) -> list[tuple[int, str]]:
        """``(position, full name)`` of every mention in ``text`` of a known person, outside quotation marks
        (single marks too, in an article that quotes in them)."""
        if not self.surnames:
            return []
        from .sentences import quote_depth_at

        if self.pattern is not None:
            found = [(m.start(), m.group(1)) for m in self.pattern.finditer(text)]
        else:
            found = _whole_words(text, self.surnames)
        # (not a name glued to a prefix, no one acting: "the anti-Trump vote", "pro-Clinton groups")
        found = [(at, key) for at, key in found if not (at > 0 and text[at - 1] == "-")]
        # (nor a name that describes a noun after an article: "a Trump supporter", "a Stoneman Douglas junior")
        found = [(at, key) for at, key in found if not _modifying_name(text, at, key)]
        depths = quote_depth_at(text, [at for at, _ in found], single)
        return [(at, self._whose(text, at, key)) for (at, key), depth in zip(found, depths, strict=True) if not depth]

    def _whose(self, text: str, at: int, key: str) -> str:
        """The full name a surname at ``at`` stands for: the one it closes when a given name stands right before
        it ("Rashida Jones" in a story that names Quincy Jones most), else the one the article uses most."""
        before = text[max(0, at - 30) : at].split()
        if before and before[-1][0].isupper():
            whole = f"{before[-1]} {key}"
            if whole != self.surnames[key] and whole in self.names:
                return whole
        return self.surnames[key]


def _whole_words(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """``(position, word)`` of each of ``words`` (capitalised words, ``[A-Z]\\w*``) that stands in ``text`` as a whole
    word, in order: what ``_CAPITALISED_WORD`` finds and ``words`` holds, by a search for each word (a paragraph
    has far more capitalised words than an article has surnames)."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                found.append((at, word))
            at = text.find(word, end)
    found.sort()
    return found


_WORD_CHAR = re.compile(r"\w")


def _modifying_name(text: str, at: int, key: str) -> bool:
    """Whether the name at ``at`` (ending with ``key``) stands between an article and the noun it describes: "a
    Trump supporter", "the Clinton campaign"; not "the Rev. Al Sharpton said"."""
    before = _ARTICLE_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return False
    after = _WORD_AFTER.match(text, at + len(key))
    return after is not None and usual_tag(after.group(1)) in _DESCRIBED


# the noun a name describes ("a Trump aide", "a Stoneman Douglas junior"; not "the Rev. Al Sharpton said")
_DESCRIBED = frozenset(["NN", "NNS", "JJ"])
# an article right before a name (its given names between: "a Donald Trump supporter")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w.]*\s+){0,2}$")
_WORD_AFTER = re.compile(r"\w*\s+([a-z][a-z-]+)\b")
_PLAIN_SURNAME = re.compile(r"[A-Z]\w*")
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])\w*")  # a whole word, as \b[A-Z]\w* but faster


_ELECT = re.compile(r"-elect$")


# (and peers, who go by title and one name too: "Lord Frost", "Baroness Smith")
_ROYAL = frozenset(
    "king queen prince princess pope emperor empress sultan emir sheikh lord lady baroness baron".split()
)


@lru_cache(maxsize=8192)
def strip_titles(name: str) -> str:
    """``name`` without leading titles or a final possessive ("Sen. Ted Cruz's" -> "Ted Cruz"), nor the words
    of a longer title before the name ("Chief Financial Officer Amy Hood" -> "Amy Hood")."""
    words = name.split()
    # (a title to come counts too: "Mayor-elect Rosa Delgado", "President-elect Donald Trump")
    of_body = False
    # ("for" after a title as "of": "Secretary for Health Alex Azar")
    while (
        len(words) > 1
        and (
            _ELECT.sub("", words[0].rstrip(".").lower()) in title_words()
            or (words[0] == "for" and words != name.split())
            # (a title in the plural before the first of two names: "Senators Amy Klobuchar and Cory Booker")
            or (len(words) > 2 and words[0].endswith("s") and words[0][:-1].lower() in title_words())
        )
    ):
        if words[0].lower() in _ROYAL and len(words) == 2:
            break  # a monarch's one name is no surname: "King Hussein" is not Saddam Hussein
        of_body = of_body or words[0] in ("of", "for")
        words = words[1:]
    if of_body and len(words) > 2 and all(w[0].isupper() or w == "the" for w in words):
        # "Chief of Detectives Joseph Kenny", "Secretary of the Navy Ray Mabus": the body the title is of, then
        # the name, from its given name
        words = words[next((k for k in range(len(words) - 1) if is_given_name(words[k])), 0) :]
    last_title = max(
        (
            i
            for i in range(1, len(words) - 2)
            if words[i][0].isupper()
            and words[i].rstrip(".").lower() in title_words()
            and words[i].lower() not in ("of", "the")
            and all(w[0].isupper() for w in words[i + 1 :])
        ),
        default=None,
    )
    if last_title is not None:
        words = words[last_title + 1 :]
    # "Mr. Trump's" -> "Trump"
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    while len(words) > 2 and words[-1].rstrip(",.") in _POSTNOMINALS:
        words = words[:-1]  # "Jacob Rees-Mogg MP", "Jane Smith QC"
    return " ".join(words)


# letters after a name that say what the person is, not who ("Jacob Rees-Mogg MP")
_POSTNOMINALS = frozenset(["MP", "MEP", "MSP", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "PhD"])


@cache
def _organisation_pattern() -> re.Pattern[str]:
    # (a word of its own: not "center-left", "pro-government")
    return re.compile(r"(?<![\w-])" + alternation(organisation_words()) + r"(?![\w-])")


_POSSESSIVE_END = re.compile(r"[’']s?$")
# capitalised words, the last in the possessive, as a whole speaker's phrase: "Trader Joe's", "Macy's"
_SHOP_NAME = re.compile(r"(?:(?!(?:The|A|An)\b)[A-Z][\w&.-]* ){0,3}[A-Z][\w&.-]*[’']s")
_VERB_NEXT = re.compile(r"\s+(?:also\s+|has\s+|had\s+)?([a-z]+)")


def _shop_speaking(mention: str, end: int, text: str) -> bool:
    """Whether ``mention``, a name in the possessive, is a shop's name whose reporting verb follows it ("Trader
    Joe's said it was limiting customers"): a possessive owns a noun, so one before a verb is the name's own "'s"
    (not a place's, "Britain's", nor a name the article gives without it, as a person's, "Obama's")."""
    if not _SHOP_NAME.fullmatch(mention):
        return False
    verb = _VERB_NEXT.match(text, end)
    if verb is None or verb[1] not in reporting_verbs():
        return False
    name = mention[:-2]
    if is_place(name):
        return False
    at = text.find(name)
    while at >= 0:
        if text[at + len(name) : at + len(name) + 2] not in ("'s", "’s"):
            return False
        at = text.find(name, at + 1)
    return True


@cache
def _firms_pattern() -> re.Pattern[str]:
    # (the whole name: not "Boeing" of "Boeing-Smith", nor "Barclays" inside "Barclays Center"'s capitals)
    return re.compile(r"(?<![\w’'-])" + alternation(firms()) + r"(?![\w-]| [A-Z])")


def _one_firm_named(text: str, start: int, end: int) -> str | None:
    """The firm of ``data/firms.txt`` named in ``text[start:end]``, when it is the only one named there (a firm
    after a preposition is someone's employer or a place, not counted: "an analyst at Barclays")."""
    named = {
        m.group()
        for m in _firms_pattern().finditer(text, start, end)
        if not _EMPLOYER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # (a trade by its street is no one firm: "A major Wall Street bank ... the bank")
        and not m.group().endswith((" Street", " Valley"))
    }
    return named.pop() if len(named) == 1 else None


# (a preposition and at most two words before the name, no verb in the past among them: "an analyst at London
# stockbrokers Barclays", not "Regulators in Washington fined Wells Fargo")
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|of|for|with|from|on|in|to|via)\s+(?:(?:[A-Z][\w’'&.-]*|[a-z]+(?<!ed))\s+){0,2}$"
)


@cache
def firms() -> frozenset[str]:
    """Whole names of companies that read as a person's ("Goldman Sachs", "Boeing"), from ``data/firms.txt``."""
    return frozenset(wordlist("firms.txt"))


@lru_cache(maxsize=8192)
def is_organisation(phrase: str) -> bool:
    # ("Metromedia Co.": a company's abbreviation, in its capital only; "co-author" is no company)
    phrase = phrase.strip()
    return bool(
        _organisation_pattern().search(phrase.lower())
        or not firms().isdisjoint([bare := _without_the(phrase), _POSSESSIVE_END.sub("", bare)])
        or (phrase.endswith(("Co", "Co.", "Cos", "Cos.")) and _COMPANY_END.search(phrase))
        or _NAMED_SERVICE.search(phrase)
        or ("Trust" in phrase and _NAMED_TRUST.search(phrase))  # (the word first: a cheap test, most have none)
    )


# a charity's or a fund's name: "the Trussell Trust", "the Wellcome Trust", "Pew Charitable Trusts" (a group's)
_NAMED_TRUST = re.compile(r"[A-Z][\w.&’'-]* Trusts?\b")


# capitals joined by "&", one name: "AT&T", "PG&E", "S&P" (a token of its own in clauses)
AMPERSAND_NAME = r"[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])"
# words that end a company's or a service's name and no person's ("Allina Health", "Texas Instruments")
_SERVICE_WORDS = (
    r"(?:Service|Services|Research|Securities|Capital|Partners|Associates|Analytics|Holdings|"
    r"Technologies|Technology(?! Officer)|Laboratories|Labs|Systems|Airlines|Air Lines|Airways|Motors?|"
    r"Pharmaceuticals|Economics|Insights|"
    r"Software|Automotive|Therapeutics|Biosciences|Aerospace|Robotics|Semiconductors?|Devices|Platforms|Energy|Brands|Foods|"
    r"Entertainment|Media|Networks|Solutions|Dynamics|Records|Studios|Pictures|Publishing|Management|Images|Grid|Rail|"
    r"Water|Telecom|Health|Healthcare|Instruments|Electric|Chemicals?|Petroleum|Financial|Insurance|Pharma|Logistics|"
    r"Utilities|Hotels|Resorts|Casinos|Cruises|Restaurants|Gaming|Communications|Properties|Realty|Industries|"
    r"Enterprises|Ventures|Investments|Renewables|Minerals|Mining|Solar|AI|United|City|FC)\b"
)
# a word that ends the name of an organisation in capitals ("the National Weather Service", "Counterpoint
# Research", "Wedbush Securities", "Oxford Economics"; not "the service", "research shows")
_NAMED_SERVICE = re.compile(
    r"[A-Z][\w.&-]* "
    + _SERVICE_WORDS
    # or capitals joined by "&": "AT&T", "PG&E"; or words: "Florida Power & Light", "Procter & Gamble" (a
    # company's or a firm's name: two people are "and")
    + r"|(?<![\w&])"
    + AMPERSAND_NAME
    + r"|\b[A-Z][\w.’'-]* & [A-Z][\w.-]*"
)
# a service of the state, whose name says so, no company: "the National Weather Service", "the U.S. Postal Service",
# "the Internal Revenue Service", "the Department of Health and Human Services" (but "United Parcel Service" is one)
_PUBLIC_SERVICE = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w.’'-]*\s+)*?(?:National|Federal|U\.S\.|US|Internal|Secret|Postal|Royal|Civil|"
    r"Foreign|Forest|Marshals|Immigration|Prison|Meteorological|Customs|Border|Revenue|Wildlife|Geological|"
    r"Diplomatic|Intelligence|Coast)\b|.*\b(?:Department|Ministry|Agency)\b).*\bServices?$"
)


def _company_service(name: str) -> bool:
    """Whether ``name`` ends as a company's or a firm's may ("United Parcel Service", "Wedbush Securities"), and is
    no service of the state's."""
    return bool(_NAMED_SERVICE.search(name)) and not _PUBLIC_SERVICE.search(name)


# participles that describe an unnamed source ("people briefed on the talks", "officials involved")
DESCRIBING_PARTICIPLES = frozenset("briefed involved granted authorized authorised allowed permitted based".split())
# words that end a speaker phrase's head: prepositions, relative clauses, participles ("one Republican involved
# in the planning", "a man who")
_HEAD_ENDS = DESCRIBING_PARTICIPLES | frozenset(
    "of with within from in at for on who that familiar close inside speaking working by conducted "
    "released published knowledgeable aware not here there".split()
)
_BEFORE_WITH = frozenset(["familiar", "close"])


def head_noun(phrase: str) -> str:
    """The head of a speaker phrase: the last word before a preposition or relative clause."""
    cut = _participle_object_at(phrase)
    if cut is not None and phrase[:cut].strip():
        return head_noun(phrase[:cut])  # "A lawyer representing John Doe": the lawyer
    found = _WORD.findall(phrase)
    words = [w.lower() for w in found]
    for i, w in enumerate(words):
        # ("an adviser to Bill Clinton", "the ambassador to Greece"; but not "a justice to openly criticize")
        to_someone = w == "to" and i + 1 < len(words) and (found[i + 1][0].isupper() or words[i + 1] in _DETERMINERS)
        # ("A Department for Business and Trade spokesperson": "for" inside a name in capitals)
        in_name = (
            w == "for" and 0 < i < len(words) - 1 and found[i - 1][0].isupper() and found[i + 1][0].isupper()
        ) and found[-1].islower()
        # ("officials familiar with", "a source close to"; but "a close aide", "a familiar voice" before a noun)
        adjective = w in _BEFORE_WITH and i + 1 < len(words) and words[i + 1] not in ("with", "to")
        # ("an FBI memo documenting reactions in the USSR": a participle after the head describes it)
        described = i > 1 and w.endswith("ing") and found[i].islower() and words[i - 1] in DOCUMENT_NOUNS
        # ("nurses outside the hospital", "a man near Lake Tahoe", "officials across Georgia", "voters around the
        # country"; but "outside experts", "conservative outside groups": an adjective)
        placed = (
            0 < i < len(words) - 1
            and w in ("outside", "near", "across", "throughout", "around")
            and (found[i + 1][0].isupper() or words[i + 1] in _DETERMINERS)
        )
        if (w in _HEAD_ENDS and not in_name and not adjective) or to_someone or described or placed:
            return _former(words[i - 1] if i else w)
    return _former(words[-1]) if words else ""


def _former(noun: str) -> str:
    """A head noun without "ex-": an ex-employee is an employee who was ("Ex-employee says bank ignored ...")."""
    return noun[3:] if noun.startswith("ex-") and len(noun) > 4 else noun


def _plural(phrase: str) -> bool:
    head = head_noun(phrase)
    return head.endswith("s") and not head.endswith("ss")


def _group(phrase: str) -> bool:
    """Whether a phrase names more than one: a plural in -s, one the lexicon knows ("people", "women"), or a
    collective noun ("her family", "the couple")."""
    if _plural(phrase):
        return True
    head = head_noun(phrase)
    return usual_tag(head) == "NNS" or head in _COLLECTIVES or head in _KIN_GROUPS


# a household by its collective noun, which "he" or "she" is not: "her family said ... she credited"
_KIN_GROUPS = frozenset(["family", "families", "household", "relatives", "parents"])


_MOUNT_OR_FORT = re.compile(r"(?:Mount|Mt\.|Fort)\s+[A-Z]")
_SAINTS = re.compile(r"(?:[Tt]he )?St\.? [A-Z][\w-]*(?: [A-Z][\w-]*)?[’']s")
# a name of capitalised words joined by "for": "Americans for Prosperity", "Everytown for Gun Safety"
_FOR_NAME = re.compile(
    r"(?:[Tt]he )?(?P<lead>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) for "
    r"(?:a |the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|and|of|in|the))*"
)


def _for_name(mention: str) -> bool:
    """Whether ``mention`` is a body's name with "for" in it ("Americans for Prosperity"), not a title's
    ("Secretary for Health Alex Azar": a person)."""
    m = _FOR_NAME.fullmatch(mention.strip())
    if m is None or any(w.lower() in title_words() or is_given_name(w) for w in mention.split()):
        return False  # (nor a headline about someone: "Lindsey Graham Is Running for President")
    lead = m["lead"].split()
    cause = mention.strip()[m.end("lead") + 5 :].split()
    if cause[0].lower().endswith("ing"):
        return False  # a headline's clause: "Berman Rips Mo Brooks for Defending Trump"
    # people who work for someone are unnamed people ("Attorneys for Clinton", "Executives for Mondelez"); a
    # group for a cause is a body ("Physicians for Human Rights")
    return not (lead[-1].lower() in anonymous_heads() and not all(is_common_word(w.lower()) for w in cause))


_POSSESSIVE_WORD = re.compile(r"\w[’']s?\s")
_BROADCAST = frozenset(["radio", "television", "tv", "broadcaster", "media"])
# a demonstrative before a singular noun, which refers back as "the" does ("those" is a group's: "Those surveyed")
_DEMONSTRATIVE = re.compile(r"\s*(?:[Tt]his|[Tt]hat)\s+(?=[a-z])")


_LIST_ITEMS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_CAPITALISED_ITEM = re.compile(r"(?:[Tt]he\s+)?(?![Tt]he\s)[A-Z]")


# a passive participle and its agent after the speaker's noun ("A man arrested by police")
_PASSIVE_BY = re.compile(r"(?<=[a-z])\s+[a-z]+ed\s+by\s+")
# people described by what was done to them, a past participle after a plural noun that opens the mention:
# "Voters interviewed this week", "Economists surveyed by Reuters", "Residents polled"
_PASSIVE_AFTER_PEOPLE = re.compile(
    r"\s*(?:[Tt]he\s+|[Mm]ost\s+|[Mm]any\s+)?([A-Za-z]+s|[Pp]eople)\s+[a-z]+ed\b(?!\s+(?:that|to)\b)"
)

# (and one person so described, maybe a place or a time after the participle: "A man injured in the attack",
# "A woman interviewed [on Monday]", "A man convicted of murder")
_PASSIVE_AFTER_ONE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?([a-z]+)\s+[a-z]+ed"
    r"(?:\s+(?:in|at|during|by|on|near|outside|inside|of|with|for)\b|\s*$)"
)
# a storm or an operation by its name
_STORM_OR_OPERATION = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:(?:Tropical|Winter|Super|Post-Tropical)\s+)?(?:Hurricane|Typhoon|Cyclone|Storm|Depression)"
    r"\s+[A-Z][a-z]+|Operation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)

# a country described, then named: "the tiny nation of Qatar", "the oil-rich kingdom of Saudi Arabia"
_NATION_OF = re.compile(
    r"(?i:the)\s+(?:[\w-]+\s+){0,3}(?:nation|country|kingdom|republic|emirate)\s+of\s+(?P<place>[A-Z][\w.’' -]+)"
)


@lru_cache(maxsize=8192)  # (pure; articles repeat their speakers: "he", "Trump", "the president")
def mention_type(mention: str) -> str:
    """``person``, ``organisation``, ``anonymous``, ``pronoun``, ``role`` or ``unknown`` for a speaker phrase."""
    cut = _participle_object_at(mention)
    if cut is not None and mention[:cut].strip():
        return mention_type(mention[:cut].rstrip(" ,"))  # "A lawyer representing John Doe": a lawyer, unnamed
    agent = _PASSIVE_BY.search(mention)
    if agent and mention[: agent.start()].strip():
        return mention_type(mention[: agent.start()])  # "A man arrested by police": the man, not the police
    described = _PASSIVE_AFTER_PEOPLE.match(mention) or _PASSIVE_AFTER_ONE.match(mention)
    if described and (described[1].lower() in anonymous_heads() or _described_group([described[1].lower()])):
        # "Voters interviewed this week said": the voters; "A man injured in the attack": the man
        return mention_type(mention[: described.end(1)])
    shares = _SHARES_OF.fullmatch(mention.strip())
    if shares and mention_type(shares[1]) in ("organisation", "person"):
        return "organisation"  # "Shares of Apple": the company by its stock (a one-word name reads as a person's)
    ex = _EX_ROLE.fullmatch(mention.strip())
    if ex and ex[2].lower() in title_words():  # "The ex-governor added": as "the former governor"
        return mention_type(f"{ex[1]}former {ex[2]}")
    demonstrative = _DEMONSTRATIVE.match(mention)
    if demonstrative:
        return mention_type("the " + mention[demonstrative.end() :])  # "That person said": the person
    words = _WORD.findall(mention)
    if not words:
        return "unknown"
    if _STORM_OR_OPERATION.fullmatch(mention.strip()):
        return "unknown"  # "Storm Daniel", "Hurricane Milton", "Operation Warp Speed": named events, no one
    nation = _NATION_OF.fullmatch(mention.strip())
    if nation and is_place(nation["place"]):
        return "organisation"  # "The predominantly Moslem nation of Bangladesh said": its government, as "Bangladesh"
    low = [w.lower() for w in words]
    bare = _without_the(mention)
    acronym = _ACRONYM.fullmatch(bare) and bare.lower() not in title_words()
    if (
        (acronym and bare != mention.strip())
        or (acronym and len(bare.replace(".", "")) <= 3 and (not is_common_word(bare.lower()) or bare == "WHO"))
        or (acronym and "-" in bare)  # "SAG-AFTRA"
        # ("HSBC", "KPMG": no name, whatever its length; but "TV", a word)
        or (acronym and _CONSONANTS.fullmatch(bare) and not is_common_word(bare.lower()))
        or _CAMEL_CASE.fullmatch(bare)
        # ("GreenEarth Disposal", "JetBlue Airways": a name in camel case, then a common noun, is a firm's)
        or (len(words) == 2 and _camel_words(words[0]) and _firm_noun(words[1]))
        or _placed_acronym(bare, mention)
    ):
        # "IBM", "the EU", "the NAACP"; "OpenAI", "YouTube" (but "DeSantis", "McConnell"; and a name in
        # capitals, "RAMOS:", or a word, "BOOM", is no acronym, save the World Health Organization's "WHO",
        # which is why this comes before the pronouns)
        return "organisation"
    if (
        len(words) > 1
        and _ACRONYM.fullmatch(words[-1])
        and low[-2] in _BODY_KINDS
        and not is_common_word(low[-1])
        and all(w.islower() for w in words[:-1])
    ):
        return "organisation"  # "public broadcaster ZDF", "the state news agency KCNA": a body described
    if described_outlet(mention):
        return "organisation"  # "Spanish newspaper Marca", "Italian daily Corriere della Sera"
    if len(low) == 1 and _CONTRACTION.sub("", low[0]) in PRONOUNS:
        return "pronoun"  # "he", and "He’s claiming that ..."
    if not firms().isdisjoint([bare, _POSSESSIVE_END.sub("", bare)]):
        return "organisation"  # a body's whole name, before its words read as people: "the United Auto Workers"
    if _placed_firm(mention):
        return "organisation"  # "the Boston Red Sox", "the Los Angeles Lakers": a team by its city and nickname
    national = _NATIONAL_BODY.fullmatch(bare) if bare[:1] == "U" else None
    if national and national[1].lower() not in title_words() and not is_given_name(national[1]):
        return "organisation"  # "USA Swimming", "U.S. Soccer", "UK Sport": a nation's body, no one's name
    if len(words) == 2 and words[1] in ("County", "Parish") and words[0][0].isupper() and low[0] not in title_words():
        return "organisation"  # "Maui County said in a lawsuit": the county's government, as "the county" is
    if (
        len(words) == 2
        and words[0] in _PUBLIC_WORKS
        and _PLACE_NAME_WORD.fullmatch(words[1])
        and low[1] not in title_words()
    ):
        return "organisation"  # "Elections Ontario", "Statistics Canada", "Sport England": a public body of a place
    items = _LIST_ITEMS.split(mention.strip()) if ", " in mention and " and " in mention else []
    kinds = {mention_type(item) for item in items} if all(_CAPITALISED_ITEM.match(item) for item in items) else ()
    if len(items) > 2 and kinds and kinds <= {"person", "organisation"}:
        # a list of three or more names: "Britain, France and Germany" (bodies, if one is), "Smith, Jones and
        # Brown" (not "Most Republican voters in Alabama, Georgia and Virginia", a description)
        return "organisation" if "organisation" in kinds else "person"
    # (also with "the" before the second: "Clinton and the DNC")
    pair = (
        _NAME_PAIR.fullmatch(mention.strip()) or _BODIES_WITH_THE.fullmatch(mention.strip())
        if " and " in mention
        else None
    )
    if pair and "organisation" in (mention_type(pair[1]), mention_type(pair[2])):
        return "organisation"  # "Russia and China", "Israel and Hamas": two bodies, no pair of people
    if pair and _words_of_a_firm(pair[1].split() + pair[2].split()):
        return "organisation"  # "Pacific Gas and Electric": a firm named in common words, no pair of people
    if _place_utility(bare):
        return "organisation"  # "Central Maine Power", "Georgia Power", "Southern California Edison"
    head = head_noun(mention)
    if _SAINTS.fullmatch(mention.strip()):
        return "organisation"  # "St. Mary's said": a hospital, a school or a church by its saint
    if _MOUNT_OR_FORT.match(bare):
        return "organisation"  # "Mount Sinai said", "Fort Worth": a hospital, a college or a town, no one's name
    if _for_name(mention):
        return "organisation"  # "Everytown for Gun Safety", "Physicians for Human Rights"
    if _NAMED_PROGRAM.fullmatch(mention.strip()):
        return "organisation"  # "The World Food Program": an agency by its name ("the program" alone is none)
    if _WEB_SITE.search(mention.strip()):
        # "Outsports.com", "the website GunBroker.com" (but a person at the site: "Anne Barrett Doyle of
        # BishopAccountability.org")
        owner = mention.strip().rsplit(" of ", 1)[0] if " of " in mention else ""
        kind = mention_type(owner) if owner else ""
        return kind if kind in ("person", "anonymous") else "organisation"
    if _IN_TEN.match(mention) or _PERCENT.match(mention) or _SHARE.search(mention.strip()):
        return "anonymous"  # "Six in 10 say", "26% say", "Just 49% say", "More than half, 56%, say": a share polled
    if (low[0] in _GROUP_QUANTIFIERS or low[0] in NUMBER_WORDS) and len(low) > 2 and low[1] == "of":
        # "Many of the Democratic chairs", "Some of the women": a share of a group; "One of the officials",
        # "Two of President Bush's sons": members of it, unnamed
        return "anonymous"
    if (
        len(low) > 3
        and low[0] in ("a", "an", "the")
        and low[1] in _COLLECTIVES
        and low[2] == "of"
        and mention_type(" ".join(words[3:])) == "anonymous"
    ):
        # "A team of researchers", "a group of Republican senators": the people they are (but "a coalition of
        # advocacy groups" stays a body)
        return "anonymous"
    if low == ["the", "band"]:
        return "organisation"  # "the band announced": a band speaks as a body, as "the team" does
    if (
        len(low) > 2
        and low[0] == "the"
        and words[-1] in ("center", "centre")
        and (is_nationality(words[-2]) or _PLAYER_BEFORE.fullmatch(words[-2]))
    ):
        return "unknown"  # "the Serbian center", "the 7-foot center": a player, as "the Danish striker" is
    if len(low) == 2 and low[0] == "the" and low[1] in _BODIES_BY_KIND:
        return "organisation"  # "The city said in a statement", "the district said": its government; "the utility"
    if low[0] in _GROUP_QUANTIFIERS and len(low) > 2 and low[1] in ("on", "in", "at", "within", "inside"):
        return "anonymous"  # "some on Twitter", "many in the party": people there
    if low[0] == "those" and len(low) > 1:
        return "anonymous"  # "Those surveyed said", "those who back her opponents say", "Those over 60 say"
    if _affiliated_name(mention) or _body_titled_name(mention):
        return "person"  # "CNN's Jake Tapper", "Media Research Center’s Dan Gainor", "Secretary of the Navy Ray Mabus"
    titles_only = [w for w in low if w not in ("the", "of")]
    if len(titles_only) > 1 and all(w in title_words() for w in titles_only) and not mention.rstrip().endswith("."):
        return "role"  # "Prime Minister", "Chief Minister", "Secretary of State" with no name: a title alone
    named = [w for w in words if w[0].isupper() and w.lower() not in _DETERMINERS and w.lower() not in _POSSESSIVES]
    # a title counts only before a name: in "Mr. King" the last word is the name even though kings exist
    capitalised_content = [
        w
        for i, w in enumerate(named)
        if (w.rstrip(".").lower() not in title_words() or (i == len(named) - 1 and low[0] != "the" and i > 0))
        # "Turkish officials", not "Guardian" or "Kardashian": a nationality stands before a noun
        and not (_NATIONALITY.match(w) and w is not words[-1])
    ]
    if (
        low[0] in ("a", "an", "one", "another", "his", "her", "its", "their", "our")
        and head in title_words() - TITLE_PARTS
    ):
        return "anonymous"  # "a Democratic senator", "a professor at Stanford University", "its foreign minister"
    if (
        low[0] in ("a", "an", "one")
        and len(words) > 2
        and words[-1].islower()
        and low[-1] in anonymous_heads()
        and all(w[0].isupper() or w in ("of", "and", "for", "the") for w in words[1:-1])
    ):
        return "anonymous"  # "A Department of Health and Social Care spokesperson": the body's, unnamed
    if _based_company(mention):
        return "organisation"  # "Salt Lake City-based First Security"
    if bare in countries() or (bare in capitals() and bare == mention.strip()):
        # "Iran said", "the United States": a state speaks as its government; so does its capital, "Moscow said"
        return "organisation"
    if " " not in bare and bare.endswith("s") and is_nationality(bare[:-1]):
        return "anonymous"  # "Americans say", "the Iraqis insisted": a people, no one named
    if _names_outlet(mention):
        return "organisation"  # "The Washington Post", "Fox News", "CNN" (but "Fox News host Sean Hannity")
    if _outlet_part(mention):
        return "organisation"  # "the front page of The Boston Herald", "the editorial board of the Times"
    if is_organisation(mention) and head in _PEOPLE_AT_WORK:
        return "anonymous"  # a person at its head: "The head of the autoworkers' union", "the newspaper's editor"
    if is_organisation(mention) and head not in anonymous_heads():
        if (
            len(low) > 1
            and words[-1].islower()
            and usual_tag(low[-1]) == "NNS"
            and head == low[-1]  # (not "a POLITICO analysis of FEC records")
            and (low[0] in _GROUP_QUANTIFIERS or (words[-2][0].isupper() and not is_organisation(" ".join(low[-2:]))))
        ):
            # "Many NASA watchers", "Some fund managers", "U.S. Air Force fliers": people, not the body named
            # (but "Ukraine's armed forces" are the body)
            return "anonymous"
        tail = _name_tail(mention)
        titled = _titled_name().search(mention)
        while titled and is_organisation(titled.group("name")):
            titled = _titled_name().search(mention, titled.start("name"))  # (as in _titled_names)
        # "Ohio State University professor Paul Beck", "Senate Majority Leader Mitch McConnell": a person
        # described by an organisation (but "Mrs. Clinton's presidential campaign" is the campaign)
        if titled and (
            titled.group().endswith(("’s", "'s"))
            or re.match(r"[’']s\b", mention[titled.end() :])
            or re.fullmatch(_SERVICE_WORDS, titled.group("name"))  # "General Electric": a company, no general
        ):
            titled = None
        if tail and _named_organisation(mention, tail):
            tail = None
        if (
            (tail and not is_organisation(tail.group(1)))
            or (titled and not is_organisation(titled.group("name")))
            or _name_before_place(mention)
            or titled_tail(mention)  # "White House Senior Adviser Jared Kushner"
        ):
            return "person"
        if (head in _one_word_titles() or head in descriptor_nouns()) and not _plural(mention):
            # "the union president", "White House press secretary", "the media mogul": a person described
            return "anonymous"
        return "organisation"
    if low[0] in _INSTITUTIONS and (len(low) == 1 or low[1] in _PLACE_PREPOSITIONS):
        # "Airports in Tampa and Orlando said", "Schools across the state said": bodies, though the sentence's
        # capital makes the first word look like a name
        return "organisation"
    if low[0] == "the" and low[-1] == head == "leader":
        return "role"  # "the Ukrainian leader": a head of state or government named before (not "a leader")
    if _team_name(words):
        return "organisation"  # "The Eagles confirmed", "the Chiefs": a team or a band by its name
    # a surname that is also such a noun: "Paul Farmer", "Mr. Farmer" (a head in capitals after a given name or a
    # title; not "White House Spokesman", "a New Hampshire Republican")
    surname = (
        len(words) > 1
        and words[-1].lower() == head
        and words[-1][0].isupper()
        and low[0] not in _DETERMINERS
        and (is_given_name(words[-2]) or words[-2].rstrip(".").lower() in title_words())
        and head not in _PARTY_MEMBERS  # ("Christian Democrats": a party, no Mr. Democrats)
    )
    unnamed = (
        head in anonymous_heads() or _PRACTITIONER.search(head) is not None or words[-1] in _JOBS_NAMES_TOO
    ) and not surname
    if unnamed or AGE.fullmatch(head) or _plural_group(words) or _plural_title(head):
        # "a senior White House official" has capitals but no name ("spokesman John Kirby" has its head last)
        return "anonymous"
    if low[0] == "the" and head in title_words():
        return "role"
    if national_post(words) is not None and not _POSSESSIVE_WORD.search(mention):
        # "Turkish president says ...": a headline's "the Turkish president", one holder a country (a possessive's,
        # "Spain's president", stays unnamed unless someone holds the post, see _resolve_anonymous)
        return "role"
    if len(words) > 1 and words[-1].islower() and head in title_words() and _POSSESSIVE_WORD.search(mention):
        return "anonymous"  # "Iraq's deputy foreign minister", "Obama’s press secretary": an official unnamed
    if len(words) > 1 and words[-1].islower() and head in _BROADCAST and "state" in low:
        return "organisation"  # "Nigeria state radio", "Iraqi state television": the state's broadcaster
    if low in (["the", "rest"], ["the", "others"], ["the", "remainder"]):
        return "anonymous"  # "The rest said they trusted neither party": the others of a group polled or named
    if len(low) == 1 and low[0] in ("many", "some", "several", "others", "most", "another"):
        return "anonymous"  # (also capitalised at the start of a sentence: "Others, reacting to ..., shouted")
    if words == ["one"]:
        return "anonymous"  # “...,” said one (but "One tweet said", "One such document": the phrase speaks)
    if (
        2 < len(words) <= 4
        and all(w[0].isupper() and w.rstrip(".").lower() not in title_words() for w in words)
        and any(_people_adjective(w) for w in words[1:-1])
        and _firm_noun(words[-1])
        and not is_given_name(words[0])
    ):
        return "organisation"  # "Chipotle Mexican Grill", "British American Tobacco": no one's name holds a nationality
    if (
        len(words) > 1
        # (a country of two words too: "Health New Zealand", "Samsung South Africa")
        and (
            words[-1] in countries()
            or words[-1] in _COUNTRY_LETTERS  # ("Age UK", "Amnesty International USA")
            or (len(words) > 2 and f"{words[-2]} {words[-1]}" in countries())
        )
        and all(w[0].isupper() for w in words)
        and not is_given_name(words[0])
        and words[0].rstrip(".").lower() not in title_words()
    ):
        return "organisation"  # "Microsoft Japan", "Amazon India": a company's branch (not "Michael Jordan")
    if capitalised_content and _thing_phrase(words, head):
        return "unknown"  # "Good information", "Celebrating Clinton", "Berlin's hesitance"
    if capitalised_content and _thing_before_preposition(words, head):
        # "drone strikes inside Ukraine", "a report in the Des Moines Register": the names are the complement's
        group = head in _GROUP_HEADS or low[0] in _GROUP_QUANTIFIERS | NUMBER_WORDS | {"none"}
        # ("some on Twitter", "a columnist for the tech news site Pando": people, unnamed)
        return "anonymous" if group or head in _PEOPLE_AT_WORK else "unknown"
    if capitalised_content and _described_group(words):
        return "anonymous"
    if capitalised_content and words[-1].islower() and head == low[-1] and len(words) > 1:
        # a common noun in lower case closes the phrase, so the capitals describe it: records and tallies
        # ("FEC filings", "a CNN tally") are documents; plurals ("Protest groups", "Muslim organizations") and
        # one of a kind ("an NBC reporter", "one Trump confidant") are people unnamed
        if head in DOCUMENT_NOUNS or head in DATA_NOUNS:
            return "unknown"
        if low[0] == "the" and head in descriptor_nouns():
            return "anonymous"  # "the GOP front-runner", "the New York businessman": someone described, no name
        if _plural(mention) and usual_tag(head) == "NNS" and not re.fullmatch(SPEECH_NOUNS, head):
            # (what someone says speaks for them: "Obama's remarks")
            people = _AGENT_PLURAL.search(head) or head in anonymous_heads() or head in _PEOPLE_PLURALS
            if not people and _bodies_plural(low, head):
                return "organisation"  # "Teachers' unions", "Iowa hospitals": bodies, unnamed, as "unions" is
            # (not "Clinton’s attacks", "Mr. Obama's eyes", "Monday night’s results": things)
            return "anonymous" if people else "unknown"
        if low[0] in ("a", "an", "one", "another") and head.endswith(_AGENT_ENDINGS):
            return "anonymous"
    if low[0] in ("a", "an", "one", "another") and words[-1].islower() and head in descriptor_nouns():
        return "anonymous"  # "One player, who asked not to be named", "a striker": someone described, no name
    if _bodies_plural(low, head) and (words[-1].islower() or (len(words) == 1 and head != "banks")):
        # "unions said", "trade unions": bodies, unnamed (not "Jim Banks"); and one word opening a sentence,
        # "Companies operating in China said" (not "Banks", a surname too)
        return "organisation"
    if len(words) == 1 and "-" in words[0] and words[0][1:].islower() and words[0].endswith(("ers", "ors", "ists")):
        return "anonymous"  # "Fact-checkers", "Caucus-goers": a plural of people, capitalised to open a sentence
    if low[0] in FIGURE_WORDS and (len(low) == 1 or head == low[0]):
        return "unknown"  # "Figures published on Thursday show", "Statistics show": numbers opening a sentence
    if capitalised_content:
        return "person"
    if len(words) == 1 and words[0][0].isupper() and words[0][1:].islower() and not words[0].endswith("."):
        return "person"  # "King says ...": a surname that is also a title, standing alone
    if _PARTICLE_SURNAME.fullmatch(words[-1]) and all(w[0].isupper() for w in words[:-1]) and len(words) <= 3:
        return "person"  # "diGenova told", "said Gail deVore": a surname that opens with its particle
    if low[0] in _GROUP_QUANTIFIERS | NUMBER_WORDS and _described_group(words):
        return "anonymous"  # "some growers", "two buyers": a plural of people no list holds, unnamed
    return "unknown"


# a country by its letters, which end a branch's or a charity's name: "Age UK", "Microsoft US"
_COUNTRY_LETTERS = frozenset(["UK", "U.K.", "US", "U.S.", "USA", "U.S.A."])


# jobs whose words are surnames or bodies' names too, which anonymous.txt leaves out ("Cook said", "the National
# Guard"): people unnamed only in lower case, as the head ("A guard, who asked not to be identified, said")
_JOBS_NAMES_TOO = frozenset(
    "guard guards cook cooks baker bakers barber barbers carpenter carpenters hunter hunters merchant merchants "
    "diver divers bailiff bailiffs apprentice apprentices trainee trainees recruit recruits cadet cadets".split()
)


def _letters_of_a_body(word: str, text: str) -> bool:
    """Whether ``word`` is four to six capitals that ``text`` never writes as a name ("FEMA", "NAACP", "NTSB";
    not "RAMOS" of a transcript that names Jorge Ramos, nor "JOHN", nor a word in capitals, "BOOM")."""
    return (
        4 <= len(word) <= 6
        and word.isalpha()
        and word.isupper()
        # (the name as a whole word: "Female" holds no "Fema")
        and re.search(rf"(?<![\w’'-]){word.title()}(?![\w’'-])", text) is None
        and not is_given_name(word.title())
        and usual_tag(word.lower()) == ""  # (no word of the dictionary)
    )


def _placed_firm(mention: str) -> bool:
    """Whether ``mention`` is "the", capitalised words and a name of ``data/firms.txt`` ("the Boston Red Sox",
    "the New York Yankees"): a team or a firm by its city and name."""
    words = mention.split()
    if len(words) < 3 or words[0].lower() != "the" or not all(w[0].isupper() for w in words[1:]):
        return False
    return any(" ".join(words[k:]) in firms() for k in range(2, len(words)))


def _team_name(words: list[str]) -> bool:
    """Whether words are "the" and a name in capitals ending in the plural of a common noun, as teams and bands
    are named ("the Eagles", "the Kansas City Chiefs", "the Rolling Stones"; not "the Clintons", a family, nor
    "the Democrats", "the Saudis", members of a party or a people)."""
    if len(words) < 2 or words[0].lower() != "the" or not all(w[0].isupper() for w in words[1:]):
        return False
    last = words[-1].lower()
    singular = _singular(last)
    return (
        last.endswith("s")
        # (or an adjective's plural as a team's noun: "the Kansas City Royals", "the Chiefs", "the Reds")
        and usual_tag(singular) in ("NN", "JJ")
        and singular not in title_words()  # ("the Supreme Court Justices": officials)
        and last not in _PARTY_MEMBERS
        and not is_nationality(words[-1][:-1])
    )


_PARTICLE_SURNAME = re.compile(r"(?:de|di|da|du|del|della|la|le|van|von)[A-Z][a-z]{2,}")


def _bodies_plural(low: list[str], head: str) -> bool:
    """Whether a short phrase ends with the plural of a word for a body ("unions", "companies"; not documents,
    "emails", "reports", which the organisation words hold too)."""
    if len(low) > 3 or head != low[-1] or not head.endswith("s"):
        return False
    return _singular(head) in _BODY_SINGULARS


def _singular(plural: str) -> str:
    """A plural noun's singular, as far as these rules need it: "companies" -> "company", "unions" -> "union"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")


_BODY_SINGULARS = frozenset(
    "union utility company group agency organization organisation association coalition foundation institute network "
    "newspaper outlet court council committee department ministry government bank airline firm university "
    "hospital school charity lender insurer retailer broadcaster publisher studio chain campaign shelter clinic "
    "museum library nonprofit team club railroad gallery army navy military".split()
)


# members of a party, named in the plural: never a surname
_PARTY_MEMBERS = frozenset(
    "democrats republicans liberals conservatives socialists tories independents nationalists communists".split()
)


# participles that open a title: "Acting Gov.", "Ranking Member", "Outgoing President"
_TITLE_PARTICIPLES = frozenset(
    "acting managing presiding ranking outgoing incoming retiring reigning sitting visiting founding commanding "
    "supervising consulting attending governing".split()
)


def _thing_phrase(words: list[str], head: str) -> bool:
    """A capitalised phrase that names a thing, not someone: a singular common noun in lower case after
    adjectives or a possessive ("Good information", "Berlin's hesitance"), or a participle before a name
    ("Celebrating Clinton")."""
    low = [w.lower() for w in words]
    first = low[0]
    if (
        words[0][0].isupper()
        and first.endswith("ing")
        and usual_tag(first) == "VBG"
        and not is_given_name(words[0])
        and len(words) > 1
        and all(w[0].isupper() for w in words[1:])
        # (nor one that is part of a title: "Acting Secretary Julie Su", "Managing Director Kristalina Georgieva";
        # but "Calling President Obama “willfully ignorant”")
        and not (first in _TITLE_PARTICIPLES and words[1].rstrip(".").lower() in title_words())
    ):
        # (a participle before a name only: not "Trailing contenders Ted Cruz and John Kasich", nor a surname
        # alone, “...,” Manning said)
        return True
    if head not in low or head in title_words() or head in anonymous_heads() or is_organisation(head):
        return False
    i = low.index(head)
    if not words[i].islower() or i == 0 or any(w[0].isupper() for w in words[i + 1 :]):
        return False
    # only a singular noun that names no one: not "Kasich's team", "Few politicians", "Walsh’s predecessor",
    # nor what speaks for someone ("Obama's remarks", "Axelrod’s memoir")
    if usual_tag(head) != "NN" or head.endswith(_AGENT_ENDINGS) or head in _BODIES | _WORKS | _SOURCE_THINGS:
        return False
    if re.fullmatch(SPEECH_NOUNS, head):
        return False
    if words[i - 1].endswith(("'s", "’s")) and i == 1:
        return True  # "Berlin's hesitance", "Welch's support"
    return all(usual_tag(w) == "JJ" and not is_given_name(words[k]) for k, w in enumerate(low[:i]))


FIGURE_WORDS = frozenset(["figures", "statistics", "numbers", "data"])
DATA_NOUNS = frozenset(
    "records filings tally tallies average statistics count polls results forecast forecasts projection "
    "projections minutes".split()
)
# plurals of people or of bodies of people that no agent ending shows
_PEOPLE_PLURALS = frozenset(
    "groups organizations organisations outlets networks sides folks hands hawks doves elders associates "
    "confidants allies aides figures insiders founders".split()
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
_BODIES = frozenset("team staff camp family crew side party group board".split())  # people together
_WORKS = frozenset(["memoir", "book", "column"])


_PEOPLE_AT_WORK = frozenset(
    "columnist columnists editor editors writer writers reporter reporters correspondent host anchor author "
    "producer commentator commentators blogger pundit pundits head".split()
)
# what a study, poll or filing says, shows or finds: "Research suggests", "the IG review found"
DOCUMENT_NOUNS = frozenset(
    "poll polls survey surveys study studies research report reports analysis review investigation audit "
    "memo letter document documents filing complaint lawsuit suit ruling data findings estimate estimates transcript "
    "readout".split()
)
# and what else speaks before a preposition: "the results of the exit polls", "an interview with The Times"
_SOURCE_THINGS = DOCUMENT_NOUNS | frozenset("results release statement order interview interviews".split())
_GROUP_HEADS = frozenset(
    "chorus handful number numbers majority majorities share group groups crowd crowds proportion mix slice "
    "fraction percentage".split()
)


def _thing_before_preposition(words: list[str], head: str) -> bool:
    """Whether the phrase's head is a common noun in lower case before a preposition, nothing capitalised before
    it, and no name in apposition closing the phrase ("master of ceremonies Asab Al-Tabchi")."""
    low = [w.lower() for w in words]
    if head not in low:
        return False
    i = low.index(head)
    if not words[i].islower() or i == len(words) - 1 or low[i + 1] not in _HEAD_ENDS:
        return False
    # (a capital opening the sentence is no name: "The timing of Sanders’ surge")
    if any(w[0].isupper() and w.lower() not in _DETERMINERS for w in words[:i]):
        return False
    if head in title_words() or head in anonymous_heads():
        return False
    if head in _SOURCE_THINGS:
        return False  # "a review of Fox transcripts", "a report in the Register": a document, which speaks
    return not (len(words) - i > 3 and words[-1][0].isupper() and words[-2][0].isupper() and words[-3].islower())


_OUTLET_PARTS = frozenset(
    "page website site board edition headline cover account feed column editorial story report article".split()
)
_PART_OF = re.compile(r"(?i:the|an?)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|in|on)\s+(\S.*)$")


def _outlet_part(mention: str) -> str | None:
    """The news outlet whose page, website or board a phrase names ("the front page of The Boston Herald"):
    the outlet speaks through it (not a person of it: "the editor of the Times")."""
    part_of = _PART_OF.match(mention)
    if part_of is None or head_noun(mention) not in _OUTLET_PARTS:
        return None
    return part_of.group(1) if _names_outlet(part_of.group(1)) else None


def _names_outlet(phrase: str) -> bool:
    """Whether a phrase is a news outlet's name: capitalised words ending in an outlet's last word ("The
    Washington Post", "Fox News"), or in one that is an outlet only after "the" ("The Guardian")."""
    bare = _without_the(phrase)
    last = bare.split()[-1].lower()
    outlet = (
        last in news_outlets()
        or (bare != phrase.strip() and f"the {last}" in news_outlets())
        or bare.lower() in news_outlets()  # a whole name: "Der Spiegel" (not Evan Spiegel)
    )
    return outlet and all(w[0].isupper() for w in bare.split())


_CAPITALS_RUN = r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"  # one to four capitalised words, as a group
_BODIES_WITH_THE = re.compile(rf"(?i:both\s+)?(?i:the\s+)?{_CAPITALS_RUN}\s+and\s+the\s+{_CAPITALS_RUN}")
_NAME_PAIR = re.compile(rf"{_CAPITALS_RUN}\s+and\s+{_CAPITALS_RUN}")
_NAME_LIST = re.compile(rf"{_CAPITALS_RUN}(?:,\s+{_CAPITALS_RUN}){{1,5}},?\s+and\s+{_CAPITALS_RUN}")  # (three or more)


def _words_of_a_firm(words: list[str]) -> bool:
    """Whether the capitalised ``words`` of a name with "and" in it are all dictionary words and no given names,
    three or more of them ("Pacific Gas and Electric"; not "Bush and Trump", two people)."""
    return len(words) >= 3 and all(usual_tag(w.lower()) != "" and not is_given_name(w) for w in words)


# the last words of utilities named for the place they serve ("Georgia Power"; not "Samantha Power")
_UTILITY_ENDS = frozenset(["Power", "Energy", "Electric", "Edison", "Gas", "Utilities"])


def _place_utility(name: str) -> bool:
    """Whether ``name`` is a utility's, a state or country and then a word such as "Power" ("Central Maine
    Power", "Southern California Edison", "Georgia Power")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _UTILITY_ENDS:
        return False
    return any(" ".join(words[k:-1]) in _states_and_countries() for k in range(len(words) - 1))


@lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    """Whether ``name`` is a US state, a country or a capital ("New York", "South Korea", "New Delhi")."""
    return name in _states_and_countries() or name in capitals()


@cache
def _states_and_countries() -> frozenset[str]:
    """The names of US states and of countries ("Maine", "Canada"), which utilities are named for."""
    return frozenset(_state_abbreviations().values()) | countries()


_TOGETHER = re.compile(r"\s+(?:both|together|each|all)$")
# a lawmaker's party and state ("R-Ariz.", "D-N.Y."), after the name: "Sen. John McCain (R-Ariz.)", "Sen.
# Lindsey Graham, R-S.C.,"
_STATE_TAG = r"[A-Z][\w.]*"  # a state as news abbreviates it after a party ("Ky.", "W.Va.", "CA", "Texas")
PARTY_TAG = rf"[RDI]-{_STATE_TAG}"
_PARTY_TAGS = re.compile(rf",\s+{PARTY_TAG},(?=\s)|\s+\({PARTY_TAG}\)")


def _described_pair(mention: str) -> tuple[str, str, str] | None:
    """Two people each named with a description ("state Senate leader Phil Berger and House Speaker Tim Moore"),
    as ``(mention, first name, second name)`` like a match of ``_NAME_PAIR``; None otherwise."""
    if " and " not in mention:
        return None
    first, second = mention.strip().split(" and ", 1)
    one, other = name_in(first), name_in(second)
    if not (one and other and " " in one and " " in other):
        return None
    if mention_type(first) != "person" or mention_type(second) != "person":
        return None
    return (mention, one, other)


_DESCRIBED_NAME = re.compile(r"(?i:an?|the)\s+((?:[a-z][\w-]*\s+){1,3})([A-Z][\w’'-]+)")


def _adjective(word: str) -> bool:
    return usual_tag(word) in ("JJ", "JJR", "JJS", "RB", "RBR") or word.endswith("ed")


POLL_HEADS = frozenset(["poll", "polls", "survey", "surveys"])
# a share of those polled: "Six in 10", "four out of ten", "Three-in-five", "two in three"
IN_TEN = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|\d)[\s-]+(?:in|out\s+of)[\s-]+"
    r"(?:10|ten|two|three|four|five|\d)\b"
)
# (maybe after a word that qualifies the share, "Nearly nine out of 10", or as a fraction: "Two-thirds of
# Democratic insiders", "Half of voters", "A majority of Republicans")
_SHARE_QUALIFIER = r"(?:(?:just|only|about|nearly|almost|roughly|some|more than|fewer than|less than)\s+)?"
_IN_TEN = re.compile(
    _SHARE_QUALIFIER
    + rf"(?:{IN_TEN}|(?:half|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)|an? (?:third|quarter|fifth|"
    r"majority|plurality)|majorities)\s+of\s)",
    re.I,
)
# a web address, one word to the tokenizer ("fivethirtyeight.com") and an organisation as a speaker
WEB_ENDING = r"\.(?:co\.uk|org\.uk|gov\.uk|com|org|net|gov|edu|io|us|info|tv|uk)\b"
WEB_ADDRESS = r"[A-Za-z0-9][\w-]*" + WEB_ENDING
_WEB_SITE = re.compile(WEB_ADDRESS + r"$")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*%")
_SHARE = re.compile(
    r"(?:^(?i:just|only|about|nearly|almost|roughly|some|over|under|more than|fewer than|less than)\s+|,\s*)"
    r"\d+(?:\.\d+)?\s*(?:%|percent)$"
)


_THE_LEAD = re.compile(r"(?:the|The)\s+")


@lru_cache(maxsize=8192)
def _without_the(mention: str) -> str:
    bare = mention.strip()
    lead = _THE_LEAD.match(bare)
    return bare[lead.end() :] if lead else bare


# (and as the New York Times prints them: "the F.B.I.", but not a state's: "Gowdy, R-S.C.,")
def _placed_acronym(bare: str, mention: str) -> bool:
    """Whether "the" opens a body's acronym after the place or words that narrow it: "the Oregon AFL-CIO", "the
    Florida NAACP", "the Texas GOP" (no person's name ends in capitals, save a numeral: "John Smith III")."""
    words = bare.split()
    return (
        bare != mention.strip()
        and len(words) > 1
        and len(words[-1].replace("-", "")) >= 3
        and _ACRONYM.fullmatch(words[-1]) is not None
        and not _ROMAN_NUMERAL.fullmatch(words[-1])
        and not all(w.isupper() for w in words[:-1])
    )


_ROMAN_NUMERAL = re.compile(r"[IVX]+")
_CONSONANTS = re.compile(r"[B-DF-HJ-NP-TV-XZ.]+")
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?|(?!(?:N\.[YJCHMD]|S\.[CD]|D\.C|R\.I)\.$)(?:[A-Z]\.){2,6}")
_JOINING = r"(?:of|for|and|on|the|de)"  # words inside a body's name: "Council on Foreign Relations"
_INITIALLED = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:" + _JOINING + r"\s+)*[A-Z][\w’'&.-]*){1,7}")


def _spelled_out(acronym: str, before: str) -> str | None:
    """The name an acronym stands for, as the text gave it before: "the Centers for Disease Control and
    Prevention (CDC)", or a name whose capitals spell it ("the World Health Organization" for WHO)."""
    given = re.search(r"(" + _INITIALLED.pattern + r")\s+\(" + re.escape(acronym) + r"\)", before)
    if given:
        return re.sub(r"^The\s+", "", given.group(1))
    for m in reversed(list(_INITIALLED.finditer(before))):
        name = re.sub(r"[’']s?$", "", re.sub(r"^The\s+", "", m.group()))  # ("the Associated Press’ count")
        # (or the words before a joining word, where the run goes on past the name: "General Motors on Monday")
        for part in (name, *(name[: j.start()] for j in _JOINING_WORD.finditer(name))):
            if _initials(part) == acronym.replace(".", ""):
                # (the whole name when all it adds is "and" and a noun: "Centers for Disease Control and
                # Prevention" for CDC; not "General Motors and Google", another body)
                tail = _AND_NOUN.match(name, len(part))
                if tail and usual_tag(tail[1].lower()) == "NN" and not is_organisation(tail[1]):
                    return name[: tail.end()]
                return part
    return None


_JOINING_WORD = re.compile(r"\s+" + _JOINING + r"\s+")
_AND_NOUN = re.compile(r"\s+and\s+([A-Z][a-z]+)(?![\w’'&-]|\s+[A-Z])")  # (the name's last word)


def _initials(name: str) -> str:
    """The capitals that open the words of ``name``: "World Health Organization" -> "WHO"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


# (also with one capital at the end: "SpaceX"; not the prefixes of surnames: "McConnell", "FitzGerald")
_CAMEL_CASE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Vander|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")


def _camel_words(word: str) -> bool:
    """Whether ``word`` is common words run together in camel case ("GreenEarth", "JetBlue", "YouTube"; not a given
    name, "RowVaughn", "KeShawn")."""
    parts = re.findall(r"[A-Z][a-z]+", word)
    return (
        _CAMEL_CASE.fullmatch(word) is not None
        and "".join(parts) == word
        and all(is_common_word(p.lower()) for p in parts)
    )


def _firm_noun(word: str) -> bool:
    """Whether a capitalised ``word`` is a common noun and no one's name ("Disposal", "Airways"; not "Smith")."""
    return usual_tag(word.lower()) in ("NN", "NNS") and not is_given_name(word) and word.lower() not in _SURNAME_NOUNS


# common nouns that are common surnames too
_SURNAME_NOUNS = frozenset(
    "smith miller taylor baker cook carter hunter walker wood stone young king hill green".split()
)


# capitalised words after the last lower-case one: the name in "Democratic strategist Hank Sheinkopf"
# (the last may be an Arabic surname with its article: "ministry spokesman Majed al-Ansari")
_NAME_TAIL = re.compile(
    rf"(?:^|\s)[a-z][\w’'-]*,?\s+((?:[{NAME_UPPER}][\w’'.-]*\s*){{1,3}}(?:[{NAME_UPPER}]|(?:al|el)-[A-Z])[\w’'.-]*\s*)$"
)


def _name_before_place(mention: str) -> bool:
    """Whether ``mention`` opens with a person's name before "of", "at", "from" or "with" and the place:
    "Robert Smith of the University of Chicago" (but "Bank of America", "The University of Chicago")."""
    words = mention.split()
    cut = next((k for k, w in enumerate(words) if w in _NAME_PLACE_LINKS), None)
    if cut is None:
        return False
    # (after a description in lower case: "Agricultural economist Tom Brennan of the University of Nebraska")
    run = cut
    while run > 0 and words[run - 1][0].isupper() and cut - run < 3:
        run -= 1
    if run > 0 and words[run - 1].islower() and cut - run >= 2 and is_given_name(words[run]):
        return not is_organisation(" ".join(words[run:cut]))
    pair = _NAME_PAIR.fullmatch(" ".join(words[:cut]))
    if pair and mention_type(pair[1]) == mention_type(pair[2]) == "person":
        return True  # "Stephen S. Cohen and J. Bradford DeLong of the University of California, Berkeley"
    return (
        2 <= cut <= 4
        # (a given name, or a word no English dictionary has, or has only as a foreign word, and no nationality:
        # "Meenakshi Ganguly of Human Rights Watch", "Mei Chen of the University of Hong Kong"; not "National
        # Academy of Sciences", "American Academy of Pediatrics")
        and (
            is_given_name(words[0]) or (usual_tag(words[0].lower()) in ("", "FW") and not _NATIONALITY.match(words[0]))
        )
        and _capitalised_name(words[:cut])
        and not is_organisation(" ".join(words[:cut]))
    )


def _capitalised_name(words: list[str]) -> bool:
    """Whether every word is capitalised but for particles inside the name ("Piep van Heuven", "Borja del Pozo
    Cruz") and an Arabic surname's article ("Majed al-Ansari")."""
    return all(
        w[0].isupper()
        or (0 < k < len(words) - 1 and _PARTICLE_WORD.fullmatch(w))
        or (k and ARTICLE_SURNAME_WORD.fullmatch(w))
        for k, w in enumerate(words)
    )


@lru_cache(maxsize=8192)  # (pure; name_in and mention_type ask it of the same mentions)
def titled_tail(mention: str) -> str | None:
    """The name that closes ``mention`` after a job's word, whatever the body before it: in lower case ("Fraternal
    Order of Police president Chuck Canterbury", "the Surveys of Consumers chief economist Richard Curtin"), or
    in capitals before a given name ("White House Senior Adviser Jared Kushner"); None when there is none."""
    tail = _name_tail(mention)
    if tail:
        word = mention.strip()[: tail.start(1)].split()[-1].rstrip(",")
        name = tail.group(1).strip()
        # (not a body's name: "Egypt's official Middle East News Agency", "a unit of DPC Acquisition Partners")
        return strip_titles(name) if _job_word(word, known=False) and not is_organisation(name) else None
    # ("White House Senior Adviser Jared Kushner", "Trump Senior Policy Adviser Stephen Miller": a job in capitals,
    # then a given name and the surname; a word only a dictionary knows as a noun, so that "Dexter Scott King"
    # stays one name)
    words = mention.split()
    if len(words) >= 3 and all(w[0].isupper() for w in words[-3:]):
        for n in (2, 3):
            if len(words) > n and is_given_name(words[-n]) and _job_word(words[-n - 1].lower(), known=True):
                return " ".join(words[-n:])
    return None


def _job_word(word: str, *, known: bool) -> bool:
    """A title, or a noun for what someone does ("chief economist", "senior analyst", "spokesman"); ``known``: a
    noun in -er, -or, -ist or -ian only when the dictionary holds it."""
    agent = word.endswith(("ist", "er", "or", "ian")) and usual_tag(word) in (("NN",) if known else ("NN", ""))
    # (not the small words of a title: "of" in "Secretary of State")
    return (word in title_words() and usual_tag(word) not in ("IN", "DT")) or word in anonymous_heads() or agent


def _name_tail(mention: str) -> re.Match[str] | None:
    """The capitalised words ending ``mention`` after a lower-case word, unless that word joins them to the
    capitalised word before it: "the Office for National Statistics", "the Bureau of Labor Statistics" are one
    name, not an office and a person."""
    mention = mention.strip()
    tail = _NAME_TAIL.search(mention)
    if tail:
        before = mention[: tail.start(1)].split()
        joins = before[-1] in _NAME_JOINS or (before[-1] == "and" and _NAME_JOINS.intersection(before[:-1]))
        if len(before) >= 2 and joins and before[-2][:1].isupper():
            return None  # (but "Jeb Bush and Chris Christie" are two people)
        place = tail.group(1).strip()
        outlet = place.split()[-1].lower() in news_outlets()
        if before and before[-1] == "in" and not (is_organisation(place) or outlet):
            return None  # a place: "Six Gannett newspapers in New Jersey" (not "an editorial in The Register")
    return tail


_NAME_JOINS = frozenset(["of", "for", "on", "de", "du", "des", "der", "von"])
_NAME_PLACE_LINKS = frozenset(["of", "at", "from", "with"])
# a surname, then adverbs a mention ran on into ("Priebus later", "Rubio only briefly")
_SURNAME_THEN_ADVERBS = re.compile(r"([A-Z][\w’'-]+)(?:\s+(?:[a-z]+ly|later|then|also|only|still|again|too|once))+")
_SURNAME_OF = re.compile(r"([A-Z][\w’'-]+)\s+(?:" + "|".join(sorted(_NAME_PLACE_LINKS)) + r")\s")


# a name after its affiliation's possessive: "CNN's Jake Tapper", "the Zionist Union Party’s Nachman Shai"
_AFFILIATED = re.compile(
    r"(?=[A-Zt])(?:(?i:the)\s+)?(?:[A-Z][\w.&’'-]*\s+){0,5}[A-Z][\w.&-]*(?:’s|'s|’|')\s+((?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]+)"
)


# a news outlet after what it is: "Spanish newspaper Marca", "the news agency Reuters", "public broadcaster ZDF"
_DESCRIBED_OUTLET = re.compile(
    # (maybe after its country's possessive: "Russia’s international news agency RIA Novosti")
    # (or two words: "Russian state news agency TASS", "Iranian state media outlet IRNA")
    r"(?:(?i:the)\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:[A-Za-z-]+\s+){0,2}(?:news\s+|media\s+)?"
    r"(?:newspaper|daily|tabloid|broadcaster|agency|network|channel|station|magazine|weekly|website|outlet)\s+"
    r"([A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|de|del|della|di|du|la|le|el|of|the))*)"
)


# a news agency with its name after it, in running text: "news agency RIA Novosti", "the agency Interfax"
_AGENCY_DESCRIBED = re.compile(r"\bagency\s+[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}")


def described_outlet(mention: str) -> str | None:
    """The name of a news outlet described before it ("Spanish newspaper Marca" -> "Marca"), not a person's
    ("broadcaster Jeremy Clarkson") nor a title's ("the agency Director John Smith"); else None."""
    m = _DESCRIBED_OUTLET.fullmatch(mention.strip())
    if m is None:
        return None
    first = m[1].split()[0]
    if is_given_name(first) or first.rstrip(".").lower() in title_words():
        return None
    return m[1]


_AFFILIATED_SURNAME = re.compile(r"(?:(?i:the)\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:’s|'s)\s+([A-Z][\w’'-]+)")


@lru_cache(maxsize=8192)
def _affiliated_name(mention: str) -> str | None:
    """The person's name after an outlet, party or institution's possessive, or None."""
    m = _AFFILIATED.fullmatch(mention.strip())
    if not m:
        return None
    name = m[1]
    first = name.split()[0]
    if is_organisation(name) or not _name_like(name):
        return None
    # (a given name that is also a word, "City's Pep Guardiola", by a surname that is none)
    last = name.split()[-1]
    return name if is_given_name(first) or usual_tag(first.lower()) == "" or usual_tag(last.lower()) == "" else None


_PARTICLES_ON = re.compile(rf"(?:\s+{NAME_PARTICLES}){{1,2}}\s+[A-Z][\w’'-]+")
# a generation or a regnal number after a name: "John Smith III", "Pope Leo XIV", "King Charles III" (not a
# letter alone: "President Joe Biden I ..." is no Biden the First)
_NUMBERED = re.compile(r"\s+(?:Jr\.?|Sr\.?|X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX][IVX]))(?![\w’'-])")


def generation_after(text: str, at: int) -> str:
    """The generation or regnal number right after a name that ends at ``at`` (" III", " Jr."), or ""."""
    numbered = _NUMBERED.match(text, at)
    return numbered.group() if numbered else ""


_TITLE_OF_BODY = re.compile(r"(?=[A-Z])\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?([A-Z][^,;:()]*)$")


@lru_cache(maxsize=8192)
def _body_titled_name(mention: str) -> str | None:
    """The name after a title that names its body after "of", from a given name on ("Former Speaker of the
    House Newt Gingrich", "Secretary of the Navy Ray Mabus", "Chief of Police Jane Smith", "Secretary of Health
    and Human Services Xavier Becerra"); None when the mention is no such phrase."""
    body = _TITLE_OF_BODY.search(mention.strip())
    if not body or body[1].lower() not in title_words():
        return None
    words = body[2].split()
    if is_given_name(words[0]) or not all(w[0].isupper() or w == "and" for w in words):
        return None
    # (the body in one to four words, then a name of two or three)
    given = [k for k in range(1, min(5, len(words) - 1)) if len(words) - k <= 3 and is_given_name(words[k])]
    return " ".join(words[given[0] :]) if given else None


@lru_cache(maxsize=8192)
def _participle_object_at(mention: str) -> int | None:
    """Where a participle after a noun of people (or of a body) opens its own phrase in ``mention``, with an object
    that is not the speaker: "Doctors treating John Smith", "a spokesman representing Sen. Ted Cruz", "Aides
    traveling with Hillary Clinton"; not a participle that describes the noun after it ("assistant managing editor
    Jim Roberts", "One GOP fundraising operative") nor one that names the speaker ("a man calling himself Paul
    Paul")."""
    if "ing" not in mention:
        return None  # (most mentions: no participle with anything after it)
    found = list(re.finditer(r"\S+", mention))
    words, starts = [m.group() for m in found], [m.start() for m in found]
    for k in range(1, len(words) - 1):
        word = words[k]
        if not (word.endswith("ing") and word.islower() and usual_tag(word) == "VBG"):
            continue
        before, after = words[k - 1].rstrip(",").lower(), words[k + 1 : k + 3]
        # (or after a body's noun: "The union representing Southwest's pilots" is the union; not a document's,
        # nor a group's members: "an FBI memo documenting", "A group including several members of")
        # (in the plural too: "Charities working in Calais", "Companies operating in China")
        singular = _singular(before)
        body = (
            (before in organisation_words() or singular in organisation_words())
            and before not in DOCUMENT_NOUNS
            and singular not in DOCUMENT_NOUNS
            and word != "including"
        )
        if not (before in anonymous_heads() or before in title_words() or _described_group([before]) or body):
            continue
        nxt = after[0].lower()
        if after[0].islower() and usual_tag(nxt) in ("NN", "NNS"):
            head = nxt in anonymous_heads() or nxt in title_words()
            if head or len(after) < 2 or usual_tag(after[1].lower()) not in ("IN", "TO"):
                continue  # a noun the participle describes ("managing editor"), not its object
        if nxt in ("himself", "herself", "themselves"):
            continue
        return starts[k]
    return None


@lru_cache(maxsize=8192)
def name_in(mention: str) -> str | None:
    """The personal name inside a speaker phrase ("U.S. Secretary of State Marco Rubio" -> "Marco Rubio")."""
    cut = _participle_object_at(mention)
    if cut is not None:
        # "A lawyer representing John Doe", "Aides traveling with Hillary Clinton": the name after the participle is
        # its object, not the speaker's name
        return name_in(mention[:cut].rstrip(" ,")) if mention[:cut].strip() else None
    kin = _KIN_NAMED.search(mention)
    if kin and kin[2] in KIN_GENDER and kin[2] not in ("girlfriend", "boyfriend", "fiancé", "fiancée"):
        return f"{kin[3]} {kin[1]}"  # "Clinton's husband, Bill": Bill Clinton, by the family's name
    affiliated = _affiliated_name(mention)
    if affiliated:
        return affiliated
    matches = _titled_names(mention)
    # (a titled name after "of" is a place's, not the speaker's: "Professor Tim Bale of Queen Mary")
    placed = [x for x in matches if mention[: x.start()].split()[-1:] in (["of"], ["at"], ["from"])]
    if len(placed) < len(matches):
        matches = [x for x in matches if x not in placed]
    m = matches[-1] if matches else None
    tail = titled_tail(mention) if m else None
    if tail and mention.rfind(tail) >= m.end("name"):
        return tail  # "Former President Obama adviser David Axelrod": the adviser, after his employer's title
    if m:
        # (the titled pattern takes one particle: "President Ursula von der Leyen" goes on past two)
        more = _PARTICLES_ON.match(mention, m.end("name"))
        name = m.group("name") + (more.group() if more else "")
        return strip_titles(name + generation_after(mention, m.start("name") + len(name)))
    words = mention.split()
    while len(words) > 1 and (
        words[0].lower() in _DETERMINERS
        or words[0].rstrip(".").lower() in title_words()
        or AGE.fullmatch(words[0])
        # "Republican Christine Todd Whitman", "Meteorologist Dan Kowalski": a description before the name
        or (len(words) > 2 and describes_next(words[0], words[1]))
        # "Co-moderator Andrea Mitchell", "Ex-senator Jim Webb": a compound of common words
        or (len(words) > 2 and "-" in words[0] and words[0].split("-", 1)[1].islower() and words[1][0].isupper())
    ):
        words = words[1:]
    # ("Former Speaker of the House Newt Gingrich": the body a title names after "of the", then the name; "Fraternal
    # Order of Police president Chuck Canterbury": the name after a job's word)
    body = _body_titled_name(mention) or titled_tail(mention)
    if body:
        return body
    name = strip_titles(" ".join(words))
    parts = name.split()
    # (particles inside: "Borja del Pozo Cruz", whose capitalised words after the last lower-case one are not his
    # name)
    if parts and _capitalised_name(parts):
        return name
    # "Mark Zandi of Moody's Analytics", "Jane Doe at the Brookings Institution": the name before the place
    # (not "the Bureau of Labor Statistics", "Majorities of Democrats": a person's name takes no article and
    # is no ordinary word)
    cut = next((k for k, w in enumerate(words) if w in _NAME_PLACE_LINKS), None)
    if cut and mention.split()[0].lower() not in _DETERMINERS:
        name = strip_titles(" ".join(words[:cut]))
        # (one word only when it is no English word: "Heiserman of the CORE Teachers", not "Footage from")
        one_word = len(name.split()) == 1 and usual_tag(name.lower()) not in ("", "NNP")
        capitalised = _capitalised_name(name.split())
        if capitalised and _name_like(name) and not is_organisation(name) and not one_word:
            return name
    # "Democratic strategist Hank Sheinkopf": the capitalised words after the last lower-case one
    named_tail = _name_tail(mention)
    return strip_titles(named_tail.group(1).strip()) if named_tail else None


_PARTICLE_WORD = re.compile(NAME_PARTICLES)
_KIN_NAMED = re.compile(r"(?<![\w’'-])([A-Z][\w-]+)[’']s\s+([a-zé]+),\s+([A-Z][a-z]+)$")


@dataclass
class Resolution:
    speaker: str
    speaker_type: str


# "Biden’s remarks", "the White House’s written statement": the possessor spoke
SPEECH_NOUNS = (
    r"(?:remarks?|comments?|words|statement|speech|tweets?|letter|message|response|answer|reply|testimony|post"
    r"|claims?|pledges?|promises?|vows?|call|warnings?|contention|assertions?|insistence|plea|demands?"
    r"|accusations?|slogan|mantra|declaration|admission|boast|threats?|suggestions?|assurances?|insinuations?|motto|dictum|quip|retort|catchphrase)"
)
# a piece of someone's writing, with where it ran: "His latest column for the Washington Examiner", "Michael Ian
# Black’s forthcoming book"
_WRITING = r"(?:" + "|".join(sorted(_WORKS | {"op-ed", "essay"})) + r")(?:\s+(?:for|in)\s+[\w’'. -]{1,40})?"
# (and to whom or on what: "Barrett’s dictum to his interns")
_SOMEONES_WORDS = re.compile(
    r"(.+?)[’']s?\s+(?:\w+\s+)?(?:"
    + SPEECH_NOUNS
    + r"(?:\s+(?:to|on|about|at|in|during)\s+[\w’' -]{1,40})?|"
    + _WRITING
    + ")"
)


# one determiner for two descriptions of one person; "the senator and the governor" are two people
_ONE_DESCRIBED_TWICE = re.compile(
    r"((?i:the)\s+(?:[\w’'.-]+\s+){0,3}?[a-z][\w-]*)\s+and\s+(?!(?:the|a|an|his|her|their|its)\s)([a-z]?[\w-]+(?:\s+[\w-]+){0,3})"
)
# a description, then the name in apposition, maybe after lower-case words of a title: "One of Mr. Obama’s key
# supporters, former adviser David Axelrod"
# (not a second person joined on: "Sen. John McCain, R-Ariz., and Sen. Lindsey Graham")
# (and a name's particles: "Its chief commercial officer, Benoit de Saint-Exupery")
_APPOSED_NAME = re.compile(
    rf".+?,\s+((?:(?!(?:and|or)\s)[a-z-]+\s+){{0,4}}(?:[{NAME_UPPER}][\w.’'-]*\s+(?:{NAME_PARTICLES}\s+)?){{1,3}}[A-Z][\w’'-]+)"
)
# participles that name who wrote or sent a document: its author follows ("a court document filed by state
# attorney Dave Aronberg", "a letter signed by 40 senators") and belongs to the mention (see _SENT_BY)
WRITTEN_BY = frozenset("filed issued signed written sent authored drafted submitted posted".split())
# participles that name who made a record ("figures released by the department"), whose it is too
_MADE_BY = frozenset("released published provided compiled prepared conducted".split())
# "a statement from the university", "the letter from Sen. Chuck Grassley", "a court document filed by state
# attorney Dave Aronberg", "documents posted by the agency", "figures released by the department", "a report from
# Bloomberg": whoever sent or made it (not whoever saw it: "a report obtained by The Times" is the report's; quotes
# keeps a poll as the poll)
# the documents someone sends (and so speaks by), one or more
_SENT_DOCUMENTS = r"(?:statement|release|letter|post|e-?mail|tweet|message|memo|note|document)s?"
_SENT_BY = re.compile(
    r"(?:(?i:an?|the)\s+(?:\w+\s+)?|(?:[a-z][\w-]*\s+)?)"
    rf"(?:{_SENT_DOCUMENTS}"
    r"|(?P<record>report|study|survey|poll|analysis|figures|data|numbers|statistics|estimates|summary|filing))\s+"
    r"(?:from|by|(?:" + "|".join(sorted(WRITTEN_BY | _MADE_BY)) + r")\s+by)\s+(?P<by>.+)"
)
# a document and who put it out, in a relative clause with no "that": "a message the guild sent to members",
# "a statement the company released on Monday" (not "a memo the AP obtained", which the AP only saw)
_SENT_CLAUSE = re.compile(
    rf"(?i:an?|the)\s+(?:\w+\s+)?{_SENT_DOCUMENTS}\s+"
    r"(?P<by>(?:[Tt]he\s+)?[\w.’'&-]+(?:\s+[A-Z][\w.’'&-]*){0,4})\s+"
    r"(?:sent|released|issued|published|posted|wrote|circulated|distributed|e-?mailed|put\s+out)\b.*"
)
_PRONOUNS_WORDS = re.compile(r"(?i:(his|her|its|their))\s+(?:\w+\s+)?(?:" + SPEECH_NOUNS + "|" + _WRITING + ")")
# a person by a part of them that speaks or shows it ("His golden head ..., calling them", "Her voice cracking")
_PRONOUNS_PART = re.compile(r"(?i:(his|her|their))\s+(?:[a-z-]+\s+)?(?:head|face|voice|eyes|mouth|lips|expression)")
_POSSESSOR = {"his": "he", "her": "she", "its": "it", "their": "they"}
_THEIR_BODY = re.compile(
    r"(?i:(his|her))\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
)  # "her campaign", "his re-election campaign"
_INSIDE_PHRASE = frozenset("of to for with about on in at by against from".split())


_COMMA_SUFFIX = re.compile(r"(?<=\w),\s+(Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.?|PLC|plc|L\.?P\.?|LLP)$")


# two people spoken of together: "the two", "the pair", "both men"
_THE_TWO = re.compile(
    r"(?i:the two|the pair|both)(?:\s+(?:men|women|leaders))?"
    # (two named together who are a couple or kin: "Mark and Priscilla Chan ... the couple said")
    r"|(?i:the (?:couple|brothers|sisters|siblings|twins|duo))"
)


_ONE_OF_THEM = re.compile(r"(?i:one of (?:them|those))")
_OF_DETERMINERS = frozenset("the these those his her their its our my your".split())


def _lower_first(phrase: str) -> str:
    """A phrase as it reads inside a sentence: its first word in lower case when it is a common word capitalised
    only to open a sentence ("Two people briefed" -> "two people briefed"; not "Republican lawmakers")."""
    first = phrase.split(None, 1)[0]
    common = is_common_word(first.lower()) and not is_nationality(first) and first.lower() not in _PARTY_LIKE
    return first.lower() + phrase[len(first) :] if first.istitle() and common else phrase


def _pair_named_before(position: int, text: str, people: list[Person]) -> str | None:
    """The two people named together ("Rachel Reeves and Wes Streeting") last in the sentence before the one at
    ``position`` or in its own, by their full names; None when no two people are named so."""
    own = _sentence_start(text, max(0, position - 600), position)
    start = _sentence_before(text, max(0, own - 600), own)
    pairs = [
        m
        for m in _NAME_PAIR.finditer(text, start, position)
        if all(mention_type(n) == "person" and _name_like(n) for n in (m[1], m[2]))
    ]
    if not pairs:
        return None
    first, second = (full_name(_past_common_words(n), people, position) for n in pairs[-1].groups()[:2])
    return f"{first} and {second}"


def _past_common_words(name: str) -> str:
    """A name past the capitalised common words that open its sentence before it: "Brothers Liam" -> "Liam"."""
    words = name.split()
    while len(words) > 1 and is_common_word(words[0].lower()) and not is_given_name(words[0]):
        words = words[1:]
    return " ".join(words)


def resolve(
    mention: str, position: int, text: str, people: list[Person], history: list[tuple[int, str, str]]
) -> Resolution:
    """Resolve a speaker ``mention`` at ``position`` in the article's clean ``text``.

    ``people`` are the titled names of the article; ``history`` holds ``(position, speaker, type)`` of
    speakers and named people already seen, most recent last. Pronouns take the nearest earlier person,
    role nouns the person given that title who was named last (see :func:`_role_holder`), surnames the full
    name given earlier; anonymous sources stay anonymous. Someone's words ("Biden’s remarks", "the campaign’s
    statement", "his comments") and a statement from someone are that someone's.
    """
    if _COMMA_SUFFIX.search(mention):  # "Dow Jones, Inc.": the company, its suffix after a comma (not "Inc.")
        return resolve(_COMMA_SUFFIX.sub(r" \1", mention), position, text, people, history)
    if mention.strip() in ("A", "Answer") and _ANSWER_A.match(text, position):
        return _resolve_first_person(position, text, people)  # a Q&A's "A:", who answers, as the answer's "I"
    owner = _OWNER_PRONOUNS.get(mention.strip().lower())
    if owner:  # "His reply: “...”": as "he"
        return resolve(owner, position, text, people, history)
    ex = _EX_ROLE.fullmatch(mention.strip())
    if ex and ex[2].lower() in title_words():  # "The ex-governor added": as "the former governor"
        return resolve(f"{ex[1]}former {ex[2]}", position, text, people, history)
    demonstrative = _DEMONSTRATIVE.match(mention)
    if demonstrative:  # "A source close to him said ... That person said": the person, as "the person"
        return resolve("the " + mention[demonstrative.end() :], position, text, people, history)
    if _THE_TWO.fullmatch(mention.strip()):
        pair = _pair_named_before(position, text, people)
        if pair:  # "Ms Reeves and Mr Streeting met union leaders. “...,” the two said": both
            return Resolution(pair, "person")
    if _ONE_OF_THEM.fullmatch(mention.strip()):
        # "Two people briefed on the discussions said ... “...,” one of them said": one of that group, still
        # unnamed (the group "they" would be)
        group = resolve("they", position, text, people, history)
        lone = group.speaker.lower() in ("they", "unknown") or group.speaker.lower().startswith("one of ")
        if group.speaker_type == "anonymous" and not lone:
            group_words = _lower_first(group.speaker)
            the = "" if group_words.split(None, 1)[0].lower() in _OF_DETERMINERS else "the "
            return Resolution(f"one of {the}{group_words}", "anonymous")
    bodies = _BODIES_WITH_THE.fullmatch(mention.strip())
    if bodies:  # "The White House and the Pentagon": as "White House and Pentagon", two bodies that speak together
        mention = f"{bodies[1]} and {bodies[2]}"
    placed = _PLACED.fullmatch(mention.strip())
    if placed:  # "The Menlo Park, Calif., company": the company, wherever it is based
        mention = f"the {placed['noun']}"
    wrapped = _resolve_wrapped(mention, position, text, people, history)
    if wrapped is not None:
        return wrapped
    alone = _without_the(mention)
    # (not a title: "the PM" after "the Prime Minister" is a person)
    acronym = _ACRONYM.fullmatch(alone) and alone.lower() not in title_words()
    spelled = _spelled_out(alone, text[max(0, position - 20000) : position]) if acronym else None
    if spelled:  # "the CDC" after "the Centers for Disease Control and Prevention (CDC)"; "WHO"
        return Resolution(spelled, "organisation")
    kind = mention_type(mention)
    if kind == "organisation" and alone in capitals() and any(p.name.endswith(f" {alone}") for p in people):
        kind = "person"  # ("Irving Berlin ... Berlin said": the man the article names, not Germany's government)
    low = mention.lower().strip()
    document = _THE_DOCUMENT.fullmatch(mention.strip())
    if document and kind in ("organisation", "unknown"):  # (see names_document)
        return _resolve_document(mention, low, document, position, text, people, history)
    if kind == "pronoun":
        low = _CONTRACTION.sub("", low)
    if low == "i":
        return _resolve_first_person(position, text, people)
    if low == "we" and not _ANSWER_LABEL.match(text, text.rfind("\n", 0, position) + 1):
        # "We asked three experts what to expect": the writers, as "I" is the writer (see _resolve_first_person);
        # not the last group named ("Economists say ...")
        return Resolution("unknown", "unknown")
    if low == "it":  # “...,” it added: the nearest organisation, or document, already quoted or named
        return _resolve_it(position, text, history)
    k = bisect_left([p.start for p in people], position) if len(people) < 5000 else len(people)
    earlier = [p for p in people[max(0, k - 200) : k] if p.start < position]
    earlier_people = [(p.start, p.name, p.title) for p in earlier]
    # (a pronoun's antecedent is named outside quotations; a role's holder may be named inside one)
    antecedents = [(p.start, p.name, p.title) for p in earlier if not p.quoted]
    # (a headline's bare title in lower case, or of two words, too: "..., sheriff says", "DNC chair dismisses ...")
    headline = not earlier and _headline_role(mention, position, text)  # (asked only before anyone is named)
    if not earlier and (headline or (kind in ("person", "role") and _BARE_TITLE.fullmatch(mention.strip()))):
        post = national_post(mention.split())
        holder = _first_holder(mention.strip().split()[-1].lower(), position, people, post)
        # "Chancellor defends tax rises as ‘necessary’", "The mayor said Tuesday that ...": a headline's title or
        # a lead's role, before anyone is named, is whom the article names with it first
        if holder:
            return Resolution(full_name(holder, people, position), "person")
        if headline:
            return Resolution(mention.strip(), "anonymous")  # "Mayor says city will add patrols": no one called Mayor
    if kind == "role" and mention[:1].isupper() and national_post(mention.split()):
        # "Spanish president said" in a story's body: as "the Spanish president", whose country must match
        res = resolve(f"the {mention.strip()}", position, text, people, history)
        return Resolution(mention.strip(), res.speaker_type) if res.speaker == f"the {mention.strip()}" else res
    owned = _PLACES_ROLE.fullmatch(mention.strip()) if not earlier and kind == "role" else None
    if owned:
        # "Uber has agreed to pay $178 million, the state's attorney general announced. ¶ Attorney General Letitia
        # James said": a lead's post of a place, before anyone is named, is whom the article names with it first
        # (the post named once after it, and so one holder: two, and which is meant the words do not say, see
        # quotes._named_later)
        role = " ".join(owned["role"].lower().split())
        post = "(?i:" + r"\s+".join(map(re.escape, role.split())) + ")"
        # (the post given a name: "Attorney General Letitia James", "the attorney general, Ken Paxton", "Gentner
        # Drummond, Oklahoma's attorney general"; not "the attorney general's office")
        naming = rf"\b{post},?\s+[A-Z]|[A-Z][\w.’'-]*,\s+(?:\S+\s+){{0,2}}{post}\b"
        holders = {
            full_name(p.name, people, p.start)
            for p in people
            if p.start > position and (p.title or "").lower().endswith(role)
        }
        named = re.findall(naming, text[position + len(mention) : position + 3000])
        if len(holders) == 1 and len(named) == 1:
            return Resolution(holders.pop(), "person")
    side = _SIDE_EPITHET.fullmatch(mention.strip())
    if side:
        # "the Arsenal manager", "the England winger": whom the article named with that side, else the person
        # named last ("Mikel Arteta admitted ... “...,” the Arsenal manager told BBC Sport")
        side_named = _named_with(side[1], position, text, earlier)
        res = (
            Resolution(full_name(side_named, people, position), "person")
            if side_named
            else _nearest_person(None, position, text, people, history, antecedents)
        )
        if res.speaker_type == "person" and _name_like(res.speaker):
            return res
    member = _STATE_MEMBER.fullmatch(mention.strip()) or _STATE_MEMBER_FROM.fullmatch(mention.strip())
    if member:  # "Sen. Mitch McConnell ... the Kentucky Republican said": the lawmaker named last
        lawmaker = _last_lawmaker(member["state"], position, text, earlier)
        if lawmaker:
            return Resolution(full_name(lawmaker, people, position), "person")
    if _THE_LAWMAKER.fullmatch(mention.strip()):
        # "Sen. Jane Smith said ... The lawmaker said": the one legislator named in the 1,500 characters before
        titled = [p for p in earlier if p.start >= position - 1500 and p.title and _LEGISLATOR.search(p.title)]
        if len({p.name for p in titled}) == 1 and not any(
            # (not after an unnamed one spoke: "A lawmaker from Ohio told reporters ... The lawmaker said")
            t == "anonymous" and at > titled[-1].start and _LEGISLATOR_WORD.search(s)
            for at, s, t in history
        ):
            return Resolution(full_name(titled[-1].name, people, position), "person")
    epithet = _EPITHET.fullmatch(mention.strip()) or _PAPER_EPITHET.fullmatch(mention.strip())
    if epithet:  # "Sen. Joe Manchin ... “It is over,” the Democrat said": the person named last
        res = _nearest_person(_EPITHET_GENDER.get(epithet[2]), position, text, people, history, antecedents)
        if res.speaker_type == "anonymous" or (res.speaker_type == "person" and _name_like(res.speaker)):
            return res
    if kind == "pronoun":
        if low in PRONOUNS_GROUP:
            # (a group named before it in its own sentence comes before any that spoke earlier: "Teachers walked
            # out over cuts they say will hurt students")
            sentence_group = group_in_sentence(text, position) or _group_opening_sentence_before(text, position)
            for at, speaker, stype in reversed(history):
                if sentence_group and at < sentence_group[1]:
                    break
                if stype == "anonymous" and noun_gender(head_noun(speaker)) is not None:
                    continue  # one man or woman, no "they": "His wife had warned him ... as they answered"
                # (or two people who spoke together: "Smith and Jones ... said. “...,” they said")
                if stype in ("anonymous", "organisation") or (stype == "person" and " and " in speaker):
                    return Resolution(speaker, stype)
            return Resolution(sentence_group[0], "anonymous") if sentence_group else Resolution("unknown", "unknown")
        return _nearest_person(_PRONOUN_GENDER.get(low), position, text, people, history, antecedents)
    if kind == "role":
        return _resolve_role(_Mentioned(mention, low, position, text, people, history, earlier_people))
    if kind == "person" and _record_head(mention):
        # a record in lower case before the names it is for or by: the record ("early results of exit polls
        # conducted for the Associated Press", had been the Associated Press typed a person)
        return Resolution(mention.strip(), "unknown")
    kin = (
        _OWNED_GIVEN_NAME.fullmatch(mention.strip())
        if kind == "person" and mention.lstrip()[:1] in "HhTtOoMm"
        else None
    )
    if kin and is_given_name(kin[1]):
        mention = kin[1]  # "Her sister Ana says", "Her husband Tom said": the one named, by the given name alone
    if kind == "person":
        res = _resolve_person(mention, position, text, people)
        word = mention.strip()
        if res.speaker == word and " " not in word:  # (one word the article names no one by in full)
            longer = _body_first_word(word, position, text)
            if longer:
                return Resolution(longer, "organisation")  # "Chipotle said" after "Chipotle Mexican Grill"
            if _ordinary_capitalised(word) and not re.compile(rf"[A-Z][\w.’'-]* {re.escape(word)}\b").search(
                text, 0, position
            ):
                # a sentence's first word, no name: "Companies say", "One says", "Multiple news reports" cut
                # short (unless the word ended a name before: "said Al From ... From said")
                lower = mention_type(word.lower())
                return Resolution(word, lower if lower in ("anonymous", "organisation") else "unknown")
            # (a body by the description in apposition after it: "according to Pollstar, a trade publication")
            after = (
                _DESCRIBED_AFTER.match(text, position + len(mention)) if text.startswith(mention, position) else None
            )
            if after and mention_type(f"the {head_noun(after[1])}") == "organisation":
                return Resolution(word, "organisation")
            # (a name in apposition after a body's description is the body's: "The company that makes the drug,
            # Eisai, said")
            described = _BODY_DESCRIBED.search(text, max(0, position - 80), position)
            if described and is_organisation(head_noun(described["desc"])):
                return Resolution(word, "organisation")
        # (a name in apposition to a body's noun is the body's: "the airline, SkyWest Atlantic, said")
        if (
            res.speaker_type == "person"
            and text.startswith(mention.strip() + ",", position)  # (an apposition, closed by its comma)
            and (body := _BODY_NOUN_BEFORE.search(text, max(0, position - 60), position))
            # (the noun opens its clause: not "In the race, Sanders argued")
            and (
                text[max(0, body.start() - 20) : body.start()].rstrip()[-1:] in ("", ".", "!", "?", ",", ";", "”", '"')
                or text[max(0, body.start() - 2) : body.start()].endswith("\n")  # (or a paragraph's first words)
            )
            and (is_organisation(noun := body["noun"].split()[-1]) or noun in _FIRM_KINDS)
            and not any(p.title and res.speaker.endswith(p.name) for p in people)
            and not is_given_name(res.speaker.split()[0])  # ("The developer, John Smith, said": a man)
        ):
            return Resolution(res.speaker, "organisation")
        # (a name that spoke as an organisation before is one still: "Paribas said Monday that it intends ...
        # Paribas says it will offer")
        if res.speaker_type == "person" and any(
            s == res.speaker and t == "organisation" and at < position for at, s, t in history
        ):
            return Resolution(res.speaker, "organisation")
        if res.speaker_type == "person" and word[-1:] == "s" and _shop_speaking(word, position + len(mention), text):
            return Resolution(word, "organisation")  # "Trader Joe's said", "Macy's says": a shop
        return res
    if kind == "organisation":
        return _resolve_organisation(mention, alone, position, text, people, history)
    if kind == "anonymous" and _titled_as_person(mention.strip(), people):
        # "said Wen Fan, a sociologist at Boston College": a surname that is also a word for someone unnamed
        # ("fan"), which the article gives a job in apposition, is a person's name
        return Resolution(mention.strip(), "person")
    if kind == "anonymous":
        return _resolve_anonymous(_Mentioned(mention, low, position, text, people, history, earlier_people))
    return _resolve_other(_Mentioned(mention, low, position, text, people, history, earlier_people))


# a description in apposition after a name: ", a trade publication," (its article and up to four words)
_DESCRIBED_AFTER = re.compile(r",\s+((?:an?|the|[A-Z][\w.-]*[’']s)\s+(?:[\w-]+\s+){0,3}[\w-]+)(?=[,.;)]|\s*\Z)")
# a body described with "the" or a possessive before a comma that a name follows: "The company that makes the
# drug, ", "Spain's weather agency, " (its head noun says what it is: not "The firm’s founder, Ortiz,")
_BODY_DESCRIBED = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<desc>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*[’']s) [^,.;“”\"]{0,60}),\s+$"
)
# a body's noun in lower case before a comma that a name in apposition follows: "the airline, " (SkyWest Atlantic)
# (or the publisher, "His publisher, Oneworld, said")
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+$"
)
# what a firm is, by what it does, that no organisation word says: "The developer, Tillbridge Solar, said"
_FIRM_KINDS = frozenset(
    "developer publisher operator maker drugmaker automaker carmaker chipmaker producer supplier distributor "
    "lender regulator".split()
)

_EX_ROLE = re.compile(r"((?i:the)\s+(?:[\w-]+\s+)?)ex-(\w+)")


_RECORD_NOUNS = DOCUMENT_NOUNS | DATA_NOUNS


def _record_head(mention: str) -> bool:
    """Whether a phrase's head is a record in lower case ("exit polls conducted for the Associated Press")."""
    head = head_noun(mention)
    return head in _RECORD_NOUNS and head in mention


class _Mentioned(NamedTuple):
    """A mention to resolve (and in lower case) at its position in the text, with the article's people, the
    speakers seen so far and the people named before it (position, name, title)."""

    mention: str
    low: str
    position: int
    text: str
    people: list[Person]
    history: list[tuple[int, str, str]]
    earlier_people: list[tuple[int, str, str | None]]


# a place's one holder of a post: "the state's attorney general", "the city's mayor"
_PLACES_ROLE = re.compile(
    # (or the place as an adjective: "the state attorney general")
    r"(?i:the)\s+(?:state|city|county|country|nation|province|town)(?:[’']s)?\s+(?P<role>[a-z]+(?:\s+[a-z]+)?)"
)
_BARE_TITLE = re.compile(r"(?:[Tt]he\s+)?[A-Za-z][a-z]+")
# (words that make a title another's: the vice president is not "President")
_NOT_THE_TITLE = frozenset("vice deputy former ex lieutenant lt. assistant shadow associate".split())


def _first_holder(role: str, position: int, people: list[Person], post: str | None = None) -> str | None:
    """The first person named after ``position`` with the title ``role`` (a title word in lower case), whose title
    ends with ``post`` when given ("prime minister", not "Foreign Minister"), or None: whom a headline's
    "Chancellor", "President" is about."""
    if role not in title_words():
        return None
    return next(
        (
            p.name
            for p in people
            if p.start > position and _titled_as(p, role) and (post is None or (p.title or "").lower().endswith(post))
        ),
        None,
    )


def _titled_as(p: Person, role: str) -> bool:
    """Whether ``p``'s title makes them a holder of ``role`` (a title word in lower case), not of another office."""
    words = (p.title or "").lower().split()
    return bool(words) and role in title_role_nouns(words[-1]).split() and not another_office(p.title or "", role)


def another_office(title: str, mention: str) -> bool:
    """Whether a word of ``title`` makes it another office than the one ``mention`` names: "Vice President" is
    not "the president" (but is "the vice president"), "Lt. Gov." is "the lieutenant governor"."""
    office = _NOT_THE_TITLE & set(title_role_nouns(title).split())
    if office <= {"lieutenant", "lt."} and mention.lower().split()[-1:] in (["general"], ["colonel"], ["commander"]):
        return False  # (an officer's rank: "Lt. Gen. Jane Doe" is "the general", where a lieutenant governor is not)
    return bool(office) and not office & set(mention.lower().split())


def _resolve_wrapped(
    mention: str, position: int, text: str, people: list[Person], history: list[tuple[int, str, str]]
) -> Resolution | None:
    """A mention that wraps another: "De Bruyne himself", "a copy of the letter reviewed by The Post" (the
    letter), "His comments", "Biden’s remarks", "the Florida senator and Republican presidential candidate",
    "a statement from the university"; the wrapped mention's resolution, or None."""
    sent = _SENT_BY.fullmatch(mention.strip())
    if sent:  # "a statement from the university": the university (before _SEEN_BY, which has "released by")
        res = resolve(sent["by"], position, text, people, history)
        if res.speaker_type == "person" and sent["record"] and " " not in sent["by"].strip():
            return Resolution(res.speaker, "organisation")  # "a report from Bloomberg": a body makes records
        if res.speaker_type != "unknown":
            return res
    issued = _SENT_CLAUSE.fullmatch(mention.strip())
    if issued:  # "a message the guild sent to members": the guild
        res = resolve(issued["by"], position, text, people, history)
        if res.speaker_type != "unknown":
            return res
    own = _REFLEXIVE_AFTER.search(mention) or _SEEN_BY.search(mention)
    if own and own.start() > 0:
        # "De Bruyne himself posted": De Bruyne; "a copy of the letter reviewed by The Post": the letter
        return resolve(mention[: own.start()], position, text, people, history)
    theirs = _PRONOUNS_WORDS.fullmatch(mention.strip()) or _PRONOUNS_PART.fullmatch(mention.strip())
    if theirs:  # "His comments", "her statement", "His face ..., as if to say": whoever the pronoun is
        res = resolve(_POSSESSOR[theirs[1].lower()], position, text, people, history)
        if res.speaker_type != "unknown":
            return res
    words = _SOMEONES_WORDS.fullmatch(mention.strip())
    # (the possessor itself, not a phrase around it: "Organizers of the push to boycott Trump's AIPAC speech")
    if words and len(words.group(1).split()) <= 4 and not _INSIDE_PHRASE & set(words.group(1).lower().split()):
        res = resolve(words.group(1), position, text, people, history)
        if res.speaker_type != "unknown":
            return res
    both = _ONE_DESCRIBED_TWICE.fullmatch(mention.strip())
    if both:  # "the Florida senator and Republican presidential candidate": whoever either half names
        for half in (both[1], f"the {both[2]}"):
            res = resolve(half, position, text, people, history)
            if res.speaker_type == "person":
                return res
    apposed = _APPOSED_NAME.fullmatch(mention.strip())
    if apposed and mention_type(apposed[1]) == "person":  # (see _APPOSED_NAME)
        res = resolve(apposed[1], position, text, people, history)
        if res.speaker_type == "person" and _name_like(res.speaker):
            return res
    return None


def _resolve_document(
    mention: str,
    low: str,
    document: re.Match[str],
    position: int,
    text: str,
    people: list[Person],
    history: list[tuple[int, str, str]],
) -> Resolution:
    """ "the statement said": whoever the article says issued it ("In a statement from the hospital ...",
    "Acme released a statement"); else the document itself, which is no organisation."""
    kind_of = (document["kind"] or document["papers"] or document["post"]).lower()
    # (a document introduced with "a" is a new one, no earlier one's: "A court document filed Thursday
    # says" is not the "teaching document by Pope John Paul II" of a live blog's earlier entry)
    new = low.startswith(("a ", "an ", "one ", "another "))
    start = max(0, position - 1500)
    found = None if new else _document_author(kind_of, text[start:position])
    if found:
        author, at = found
        # (a pronoun is resolved where it stands: "In a statement, he said ...")
        # (and a possessive where it stands: "His former co-stars said in a statement")
        owned = mention_type(author) == "pronoun" or _THEIR_BODY.fullmatch(author) is not None
        res = resolve(author, start + at if owned else position, text, people, history)
        if res.speaker_type in ("person", "organisation", "anonymous"):
            return res
    return Resolution(mention.strip(), "unknown")


_WORD_AT = re.compile(r"[A-Za-z][\w’'-]*")
_QUOTE_MARK_AT = re.compile(r"[“”\"]")
# words that can open a group's phrase before its noun: "many analysts", "some local residents"
_GROUP_LEADS = frozenset("many some most several few other all both the these those".split())
_CROWD_WORDS = frozenset(["hundreds", "thousands", "dozens", "millions"])
_PLURALS_WITHOUT_S = frozenset(["women", "men", "people", "children"])
_WHEN_WORDS = frozenset(["yesterday", "today", "tonight", *(day.lower() for day in WEEKDAY_NAMES[1:])])
_LISTENER_VERBS = frozenset("told tell tells telling asked urged warned assured reminded".split())


def group_in_sentence(text: str, position: int) -> tuple[str, int] | None:
    """The nearest group of people named in the sentence before ``position`` ("Teachers", "many analysts",
    "Hundreds of farmers"; not the listeners of "told reporters"), with where its sentence starts; None if
    none is named."""
    before = text[max(0, position - 2) : position].rstrip()
    if not before or not before[-1].isalpha():
        return None  # (a tag after a comma or a quotation goes on with the source before: "..., they say.")
    start = _sentence_start(text, max(0, position - 400), position)
    words = list(_WORD_AT.finditer(text, start, position))
    if any(
        _CONTRACTION.sub("", w.group().lower()) in ("they", "them", "their") for w in words
    ) or _QUOTE_MARK_AT.search(text, start, position):
        return None  # (a "they" already in the sentence, or a quotation, whose words are no antecedents)
    # the nearest (not one right before it, which its clause describes: "hire the employees they thought were")
    for n in range(len(words) - 2, -1, -1):
        a = _group_from(text, words, n)
        if a is not None:
            return text[words[a].start() : words[n].end()], start
    return None


def _group_from(text: str, words: list[re.Match], n: int) -> int | None:
    """Where the group of people whose noun is ``words[n]`` starts ("Hundreds of farmers", "Clinton aides"),
    as an index into ``words``; None when that word names no group (or names the listeners of "told reporters")."""
    low = words[n].group().lower()
    if not (low in anonymous_heads() and (low.endswith("s") or low in _PLURALS_WITHOUT_S)) or (
        n and words[n - 1].group().lower() in _LISTENER_VERBS
    ):
        return None
    if low in _CROWD_WORDS and n + 1 < len(words) and words[n + 1].group() == "of":
        return None  # (not "Hundreds" of "Hundreds of farmers", whose noun is nearer)
    a = n
    if a > 1 and words[a - 1].group() == "of" and words[a - 2].group().lower() in _CROWD_WORDS:
        a -= 2
    while (
        a > 0
        and n - a < 3
        and text[words[a - 1].end() : words[a].start()].isspace()
        and (
            words[a - 1].group().lower() in _GROUP_LEADS
            or (words[a - 1].group().islower() and usual_tag(words[a - 1].group()) == "JJ")
            or is_nationality(words[a - 1].group())
            # (a name that says whose: "Bernie Sanders supporters", "Clinton aides")
            or (
                words[a - 1].group()[0].isupper()
                and usual_tag(words[a - 1].group().lower()) in ("", "NNP", "NN")
                and words[a - 1].group().lower() not in _WHEN_WORDS
            )
        )
    ):
        a -= 1
    return a


def _group_opening_sentence_before(text: str, position: int) -> tuple[str, int] | None:
    """The group of people that opens the sentence before the one holding ``position``, as its subject
    ("Protesters gathered outside the hall. “...,” they said"; "Hundreds of nurses marched ..."), with where that
    sentence starts; None if it opens with no group (nor after a quotation, whose words are no antecedents)."""
    own = _sentence_start(text, max(0, position - 600), position)
    start = _sentence_before(text, max(0, own - 600), own)
    if start >= own:
        return None
    words = list(_WORD_AT.finditer(text, start, own))[:8]
    for n in range(len(words)):
        a = _group_from(text, words, n)
        if a is None:
            continue
        # (the subject: the sentence's first words, or after one opening phrase and its comma, "Outside the hall,
        # protesters chanted"; not the object of "Police arrested dozens of protesters", nor one of a list, "his
        # family, friends and employees", nor an apposition, "the party, the Ulster Unionists,")
        before = text[start : words[a].start()]
        opening = a == 0 or (
            before.rstrip().endswith(",")
            and before.count(",") == 1
            and usual_tag(words[0].group().lower()) in ("IN", "RB")
        )
        if not opening or _QUOTE_MARK_AT.search(text, start, words[n].end()):
            return None
        end = words[n].end()
        if n + 1 < len(words) and words[n + 1].group() in _DESCRIBED_BY:
            # with what describes it, up to its verb: "People briefed on the reshuffling were adamant"
            end, after = words[n + 1].end(), "IN"
            for w in list(_WORD_AT.finditer(text, end, own))[:6]:
                tag = usual_tag(w.group().lower())
                # (a noun after "the" may look like a verb: "on the reshuffling", "in the talks")
                if not text[end : w.start()].isspace() or (tag in _FINITE and after not in ("DT", "IN", "PRP$")):
                    break
                end, after = w.end(), tag
        return text[words[a].start() : end], start
    return None


_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
# what may follow a group's noun to describe it: "people briefed on the talks", "officials familiar with the plan"
_DESCRIBED_BY = DESCRIBING_PARTICIPLES | frozenset(["familiar", "close"])


def _resolve_first_person(position: int, text: str, people: list[Person]) -> Resolution:
    """ "I": the writer of an opinion piece or a letter, or the one answering in a Q&A, whom the text does not
    name; unless a Q&A labels the answer."""
    # the writer of an opinion piece or a letter, or the one answering in a Q&A: nobody the text names
    # (the nearest person named was wrong nearly every time: "I said" in Dinesh D'Souza's memoir is not
    # the judge's); unless a Q&A labels the answer: "Bass: I don't think anything “went wrong.”"
    line = text.rfind("\n", 0, position) + 1
    label = _ANSWER_LABEL.match(text, line)
    if _ANSWER_A.match(text, line):
        # "A: ... I told them": the one the interview is with, named before its first question
        # (or before its first answer, where the questions lost their labels: "QWhat would have happened?")
        first_q = QUESTION_LINE.search(text, 0, position) or ANSWER_LINE.search(text)
        named = [p for p in people if first_q and p.start < first_q.start() and " " in p.name]
        if named:
            return Resolution(named[0].name, "person")
    elif label:
        name = label[1].title() if label[1].isupper() else label[1]  # "FALLIN:" is Fallin
        if mention_type(name) == "person":
            return Resolution(full_name(name, people, position), "person")
    return Resolution("unknown", "unknown")


# "it" with a passive verb of report: "It was said that ...", "it is estimated that ...", "it was widely reported"
_IT_PASSIVE = re.compile(r"[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:said|[a-z]+ed)\b")


def _resolve_it(position: int, text: str, history: list[tuple[int, str, str]]) -> Resolution:
    """ "it": the nearest organisation, or document, already quoted or named; no one for the "it" of a passive ("it
    was reported that ...")."""
    if _IT_PASSIVE.match(text, position):
        return Resolution("unknown", "unknown")
    opening = _opening_body_of(text, position) or _apposed_body_before(text, position)
    if opening is not None:
        return opening
    found = next(
        (
            (at, speaker, stype)
            for at, speaker, stype in sorted(history, key=lambda h: h[0], reverse=True)
            if at < position and (stype == "organisation" or (stype == "unknown" and names_document(speaker)))
        ),
        None,
    )
    # or an organisation named after it as a sentence's subject, though it did not speak ("The World Bank
    # said ... Still, the Business Council of British Columbia opposed an increase. “...,” it recommended")
    # (in the sentences just before: "it" is as often a thing, "On his website ... it now says")
    subject = _body_subject(text, max(position - 400, 0 if found is None else found[0] + 1), position)
    if subject is not None:
        return Resolution(subject, "organisation")
    # (or a body of a kind named before, the subject of the sentence just before: "The company did not respond to
    # requests for comment. It has said in the past that drivers must ...", where the lawsuit had spoken)
    kinds = list(
        _KIND_SUBJECT_BEFORE.finditer(text, max(position - 300, 0 if found is None else found[0] + 1), position)
    )
    kind = kinds[-1] if kinds else None
    if kind is not None and _THE_IT_STARTS.match(text, position) and text.find("\n", kind.start(), position) < 0:
        noun = kind["noun"]
        res = _resolve_organisation(noun, _without_the(noun), kind.start("noun"), text, [], history)
        return res if res.speaker_type == "organisation" else Resolution(_without_the(noun), "organisation")
    return Resolution(found[1], found[2]) if found else Resolution("unknown", "unknown")


# a body's noun, maybe described, opening a sentence, and the body's name in apposition, then its verb
# (a body's name in apposition: capitalised words, maybe joined by "&", "of", "for" or "and": "Northern Gas & Power")
_APPOSED_BODY_NAME = r"(?P<name>[A-Z][\w.’'-]*(?: (?:&|of|for|and) [A-Z][\w.’'-]*| [A-Z][\w.’'-]*){0,4}),"
_APPOSED_BODY_SUBJECT = re.compile(
    r"(?:The|Its|Their) (?:[a-z-]+ ){0,3}(?:company|utility|firm|group|agency|union|charity|operator|owner|developer|"
    r"landlord|maker|retailer|lender|insurer|airline|carrier), " + _APPOSED_BODY_NAME + r" [a-z]+"
)


def _apposed_body_before(text: str, position: int) -> Resolution | None:
    """For "It" opening its sentence: the body named in apposition to the subject of the sentence just before
    ("The local gas utility, Northern Gas & Power, opposed the measure. It said"), else None."""
    if not _THE_IT_STARTS.match(text, position):
        return None
    own = _sentence_start(text, max(0, position - 400), position)
    before = _sentence_before(text, max(0, own - 400), own)
    while before < own and text[before] in ' “"\n':
        before += 1
    m = _APPOSED_BODY_SUBJECT.match(text, before, own)
    return Resolution(m["name"], "organisation") if m else None


def _noun_before_place(speaker: str, noun: str) -> bool:
    """Whether ``speaker``, described in lower case, has ``noun`` for its head before where it is: "school district
    in Pennsylvania" for "district"."""
    words = speaker.split()
    k = next((n for n, w in enumerate(words) if w in ("in", "of", "for", "at")), 0)
    return speaker[:1].islower() and k > 0 and words[k - 1] == noun


# "it" right after a word that opens a clause of time or cause ("after it threatened")
_IT_AFTER_OPENER = re.compile(rf"\b(?:{SUBORDINATORS})\s+$")


def _opening_body_of(text: str, position: int) -> Resolution | None:
    """The body described opening the sentence that holds "it" at ``position``, when "it" opens a clause of time or
    cause there: "A school district in Pennsylvania apologized on Friday after it threatened ... and warned that"
    is the district (it had been the headline's first word, or a body that spoke further back)."""
    if not _IT_AFTER_OPENER.search(text, max(0, position - 12), position):
        return None
    start = _sentence_start(text, max(0, position - 300), position)
    while start < position and text[start] in ' “"':
        start += 1
    m = _DESCRIBED_BODY_OPENS.match(text, start, position)
    if m is None or not _VERB_AFTER_SUBJECT.match(text, m.end(), position):
        return None
    return resolve(m.group(), start, text, [], [])


# the subject's verb right after it, maybe after a time: "apologized", "on Friday apologized"
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:on\s+[A-Z][a-z]+\s+)?[a-z]+(?:ed|s)\b")


def _resolve_role(m: _Mentioned) -> Resolution:
    """A role noun ("the president", "the minister"): the person who holds it, else an anonymous source."""
    mention, low, position, text, people, history, earlier_people = m
    holder = _role_holder(mention, position, text, earlier_people, history)
    if holder is None and low.startswith("the "):
        holder = _aged_last_speaker(low, position, text, history)
        holder = holder or _untitled_holder(mention, position, text, people, earlier_people, history)
        holder = holder or _earlier_untitled_holder(mention, position, text, people, earlier_people)
        holder = holder or _placed_holder(m)
        holder = holder or _titled_next(m)
        bare = _BARE_ROLE.fullmatch(low)
        role = bare and (bare[1] or bare[2])
        if holder is None and role and not any(role in (p.title or "").lower().split() for p in people):
            # a role no one in the article is given as a title, with no word to tell whose ("Mr. Cruz told the
            # delegation .... The former candidate said"; not "The Chinese envoy"): as a noun of work
            holder = _described_holder(m, title_words())
    if holder:
        # (history holds names as mentioned: "Mrs. Clinton" is "Clinton", whose full name the article gave)
        return Resolution(_sole_full_name(holder, people), "person")
    # ("One Labour MP, who did not want to be named, said ... “...,” the MP said": that unnamed MP; not a
    # description with "the", which may be of someone named: "the independent Vermont senator")
    return Resolution(_described_last(low, history, introduced=True) or mention.strip(), "anonymous")


# (a title with an article or a possessive is no headline's bare title: "Acme apologized, and its president
# promised ...", a story's one-line first paragraph)
_NOT_BARE = frozenset("the a an its his her their our".split())


def _headline_role(mention: str, position: int, text: str) -> bool:
    """Whether ``mention`` is a role's title bare in the headline ("..., sheriff says", "Mayor says ...", "Japan's
    prime minister vows ..."): the text's first line, short, with no full stop of a sentence."""
    first_break = text.find("\n", 0, 201)
    if not 0 <= position < first_break or text.find(". ", 0, first_break) >= 0:
        return False
    if national_post(mention.split()) is not None:
        return True
    words = mention.strip().lower().split()
    return 0 < len(words) <= 2 and words[-1] in title_words() and words[0] not in _NOT_BARE


# a country's one post: "president", "prime minister", "foreign secretary" (not "senator", "general": many hold it)
_NATIONAL_POSTS = frozenset("president premier chancellor king queen emperor leader".split())
_QUALIFIED_POSTS = frozenset(["minister", "secretary"])
# (adjectives of a direction, a party or a faith are no country's: "Western leader", "Republican leader")
_NO_COUNTRY = frozenset("Western Eastern Northern Southern Republican Christian Jewish Amish".split())


def national_post(words: list[str]) -> str | None:
    """The post of a country's one holder that ``words`` name by the country's adjective or possessive without "the"
    ("Turkish president", "Japan's prime minister", "Iranian foreign minister"), in lower case, or None."""
    if not 2 <= len(words) <= 3 or not all(w.islower() for w in words[1:]):
        return None
    country = words[0].removesuffix("’s").removesuffix("'s")
    if country == words[0]:
        own = is_nationality(country) and country not in _NO_COUNTRY
        own = own and (country in _demonyms() or any(c.startswith(country[:4]) for c in countries()))
    else:
        own = country in countries() or country in _demonyms()
    post = words[1:]
    if not own or not (
        (post[-1] in _NATIONAL_POSTS and len(post) == 1) or (post[-1] in _QUALIFIED_POSTS and len(post) == 2)
    ):
        return None
    return " ".join(post)


def _titled_next(m: _Mentioned) -> str | None:
    """The one person the paragraph goes on to name with a role's title, when no one before holds it: "The
    governor declared a state of emergency .... “...,” Governor Ellen Marsh said" (not "the former governor")."""
    _, low, position, text, people, _, earlier_people = m
    words = low.split()
    # (a place's possessive is no fourth word of the role: "the town's fire chief")
    placed = len(words) == 4 and words[1].endswith(("'s", "’s"))
    if (len(words) > 3 and not placed) or words[-1] not in title_words() or _NOT_THE_TITLE.intersection(words):
        return None
    role = words[-1]
    if any(role in (title or "").lower().split() for _, _, title in earlier_people):
        return None
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    if end < len(text) and not any(position < p.start < end for p in people):
        # (or the paragraph after one that names no one: "The fire ... was set deliberately, the town's fire chief
        # said Monday. ¶ Chief Ron Bauer said investigators had found ...", a lede and its next paragraph)
        after = end
        while after < len(text) and text[after] == "\n":
            after += 1
        nxt = text.find("\n", after)
        end = len(text) if nxt < 0 else nxt
    holders = {
        p.name
        for p in people
        if position < p.start < end
        and (p.title or "").lower().split()[-1:] == [role]
        and not _NOT_THE_TITLE.intersection((p.title or "").lower().split())
        # (a title's words the role has not: "the state's attorney general" is not "Oklahoma Attorney General")
        and all(w in words or w in title_words() for w in (p.title or "").lower().split())
    }
    return holders.pop() if len(holders) == 1 else None


# a role with no word to tell whose: one of a race's, or any held before ("the candidate", "the former secretary of
# state"; not "the judge", "the state", a new actor, nor "the cautious candidate", "The Chinese envoy")
_BARE_ROLE = re.compile(r"the (?:former )?(candidate|nominee|challenger|incumbent)|the former ([a-z-]+)(?: of [a-z]+)?")
_AFFILIATION = re.compile(r"(?<=\w)\s+(?:of|at|from)\s+(?:the\s+)?[A-Z].*$", re.S)


_GENERATION = re.compile(r"[Tt]he (?:elder|younger) (?:(?:Mr|Mrs|Ms)\.? )?([A-Z][\w’'-]+)")


def _resolve_person(mention: str, position: int, text: str, people: list[Person]) -> Resolution:
    """A name, maybe inside a description: the full name given earlier, or a company named like a person."""
    # ("Jennifer Lowe and Sarah Kim both claim": the two, with the word that says so)
    together = _PARTY_TAGS.sub("", _TOGETHER.sub("", mention.strip()))  # (and without "(R-Ariz.)", ", R-S.C.,")
    # (the two without where they work, whose name may hold an "and": not "David Albright and International
    # Security" for "David Albright of the Institute for Science and International Security")
    own = _AFFILIATION.sub("", together)
    pair = _NAME_PAIR.fullmatch(own) or _described_pair(own)
    if pair:  # "Patrick Megahan and Chris Harman found": both speak; neither alone
        return Resolution(
            f"{full_name(pair[1], people, position)} and {full_name(pair[2], people, position)}", "person"
        )
    listed = _NAME_LIST.fullmatch(own)
    if listed:  # "Carson, Fiorina and Huckabee say": each by the full name given before
        names = [full_name(n, people, position) for n in _LIST_ITEMS.split(own)]
        return Resolution(f"{', '.join(names[:-1])} and {names[-1]}", "person")
    generation = _GENERATION.fullmatch(mention.strip())
    if generation:
        # "His father, Hemant Mishra, said ... “...,” the elder Mishra said": of two or more people with the
        # surname, the one named last (not the one named most)
        kin = [p for p in people if p.start < position and " " in p.name and p.name.split()[-1] == generation[1]]
        if len({p.name for p in kin}) > 1:
            return Resolution(max(kin, key=lambda p: p.start).name, "person")
    based = _BASED.search(mention)
    name = based.group(1).strip() if based else name_in(mention)  # "Texas-based Matt Mackowiak"
    described = _DESCRIBED_NAME.fullmatch(mention.strip())
    if (
        name is None
        and described
        and all(_adjective(w) for w in described[1].split())
        and full_name(described[2], people, position) != described[2]
    ):
        name = described[2]  # "an angry Hollande", "a teary-eyed Bush": a person the article has named
    affiliated = _AFFILIATED_SURNAME.fullmatch(mention.strip())
    if affiliated and full_name(affiliated[1], people, position) != affiliated[1]:
        name = affiliated[1]  # "the Fed's Powell", "Labour's Starmer": a surname after its affiliation, named before
    linked = _SURNAME_OF.match(mention.strip()) or _SURNAME_THEN_ADVERBS.fullmatch(mention.strip())
    if name is None and linked and full_name(linked[1], people, position) != linked[1]:
        # "Trump at the time", "Baker of the Heritage Foundation", "Priebus later", "Rubio only briefly": a
        # surname named before
        name = linked[1]
    if _KNIGHTED.fullmatch(mention.strip()):
        name = mention.strip()  # (the title says which name it is: see full_name)
    full = full_name(name or mention.strip(), people, position, title_sex(mention.strip()))
    if full == mention.strip() and " " in full and full not in {p.name for p in people}:
        # "County Assessor Kim Ayers": words of a job no list holds before a name the article gives
        tail = next((p.name for p in people if " " in p.name and full.endswith(" " + p.name)), None)
        job = full[: len(full) - len(tail or "")].split()
        if tail and all(w[1:].islower() and usual_tag(w.lower()) == "NN" and not is_given_name(w) for w in job):
            full = tail
    if not _name_like(full) and full.split()[-1].rstrip(".") not in _SUFFIXES:
        # ("undecided Republican voter Stephanie Hooton of Derry", "UMWA Director of Government Affairs Phil
        # Smith": the name inside a description that no rule above took apart)
        full = _given_name_run(full) or full
    company = _company_named(full, position, text, people)
    if company is None and mention.strip().endswith(("'s", "’s")):
        # "McDonald's said" after "McDonald's Corp.": a company named with its possessive, not Mr. McDonald
        company = _company_named(mention.strip(), position, text, people)
    if company is None and _speaks_as_it(full, position, mention, text, people):
        company = full  # "Starbucks said on Tuesday that it had hired ...": a body, by the pronoun it uses
    if company is None and name is None and full == mention.strip() and _no_name(full):
        # capitals that name no one: someone unnamed ("Melania’s speechwriter", "DNC chair", "Proponents of
        # the new bill"), else a sentence's first word before common ones ("Exit polling", "Do you", "Let me")
        # or a thing of someone's ("Clinton’s broadside")
        head = head_noun(full)
        someone = (
            head in anonymous_heads()
            or head in title_words()
            or head in _PEOPLE_PLURALS
            # (a singular agent noun: "speechwriter", "predecessor"; not "agreement", "statement")
            or (head.endswith(("er", "or", "ist", "ian")) and usual_tag(head) in ("NN", ""))
            or _AGENT_PLURAL.search(head) is not None
        )
        return Resolution(full, "anonymous" if someone else "unknown")
    if company is None and full == mention.strip() and full in places_named_like_people():
        company = full  # "Israel said": the government, as no one the article names goes by the name
    if company is None and full == mention.strip() and _letters_of_a_body(full, text):
        company = full  # "FEMA said", "NAACP said": letters, where a name in capitals ("RAMOS:") is written out
    return Resolution(company, "organisation") if company else Resolution(full, "person")


ARTICLE_SURNAME_WORD = re.compile(ARTICLE_SURNAME)  # (one word: "al-Ansari")


def _no_name(phrase: str) -> bool:
    """Whether a phrase's one capitalised word opens it, before words in lower case only ("Exit polling", "Do
    you", "Clinton’s broadside"; not "Band member Flea", nor a name alone, nor one with an Arabic surname's
    article: "Taher al-Nunu")."""
    words = phrase.split()
    caps = [
        i
        for i, w in enumerate(words)
        if w[0].isupper() or ARTICLE_SURNAME_WORD.fullmatch(w) or _PARTICLE_SURNAME.fullmatch(w)  # ("Gail deVore")
    ]
    return len(caps) == 1 and caps[0] == 0 and len(words) > 1 and all(w[0].islower() for w in words[1:])


# a central bank by its kind, and by its name ("the Federal Reserve", "the European Central Bank", "the Bank
# of England", "the Reserve Bank of India", "the People's Bank of China", "the Swiss National Bank", "the ECB")
# ("the bank" too, for a central bank named just before and no other bank: see _resolve_organisation)
_THE_CENTRAL_BANK = re.compile(r"(?i:the)\s+(?:(?:[A-Z][\w-]*\s+)?central\s+)?bank")
# ("the Bank of" a country only: not Bank of America, Bank of Montreal; and a country's described in lower case:
# "Turkey's central bank")
_CENTRAL_BANK_NAMED = re.compile(
    r"\b(?:Federal Reserve|European Central Bank|ECB|Bundesbank|Riksbank|(?:Reserve |People[’']s |National )Bank of "
    r"[A-Z][a-z]+|Bank of (?P<country>[A-Z][a-z]+)|[A-Z][a-z]+ (?:National|Reserve|Central) Bank|"
    r"(?P<owner>[A-Z][a-z]+)[’']s central bank)\b"
)


# an unnamed voice of a body named before its noun: "a Target spokesperson", "an Abbott representative"
_BODYS_VOICE = re.compile(
    r"(?i:an?|the)\s+((?:[A-Z][\w&.’'-]*\s+){0,2}[A-Z][\w&.’'-]*)\s+"
    r"(?:spokesperson|spokesman|spokeswoman|representative|executive)"
)


def _company_voice_before(
    text: str, position: int, history: list[tuple[int, str, str]], people: list[Person]
) -> str | None:
    """The body whose unnamed voice spoke last, in this paragraph or the one before, when nothing else spoke
    since: "“...,” a Target spokesperson said. The company said" is Target (not a country's or a party's
    spokesman, nor one of a government's, "a White House spokesman", nor a person's, "a Trump spokesman")."""
    start = _paragraph_before(text, max(0, position - 1500), position)
    last = next(((at, s, t) for at, s, t in reversed(history) if at < position), None)
    if last is None or last[0] < start or last[2] != "anonymous":
        return None
    voice = _BODYS_VOICE.fullmatch(last[1].strip())
    if voice is None:
        return None
    name = voice[1]
    if (
        is_place(name)
        or is_nationality(name)
        or name in countries()
        or mention_type(name) not in ("organisation", "person")
        or (" " not in name and is_given_name(name))
        or any(p.name.split()[-1] == name.split()[-1] for p in people)
    ):
        return None
    return name if _kind_of(name) in (None, "company") else None


def _a_countrys(bank: re.Match[str]) -> bool:
    """Whether a central bank found by its name is a country's ("Bank of England", not "Bank of America")."""
    country = bank["country"] or bank["owner"]
    return country is None or country in countries()


# a bloc or an alliance of states by its kind ("the bloc", "the 27-nation bloc", "the military alliance") and the
# names of the ones news calls so
_THE_BLOC = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,2}?(?P<kind>bloc|alliance)")
_BLOC_NAMED = {
    "bloc": re.compile(
        r"\b(?:European Union|EU|E\.U\.|ASEAN|Association of Southeast Asian Nations|Mercosur|African Union|"
        r"BRICS|OPEC\+?|Gulf Cooperation Council|Eurasian Economic Union)(?![\w-])"
    ),
    "alliance": re.compile(r"\b(?:NATO|North Atlantic Treaty Organization|AUKUS)(?![\w-])"),
}

# a company by one of its sites, its name saying its trade: "the Harmon Chemical plant", "a Tyson Foods plant" (not
# "the Detroit plant", "an Amazon warehouse": a place's, or a name no trade word tells from one)
_SITE_NAMED = re.compile(
    r"\b(?:[Tt]he|an?|[Ii]ts)\s+((?:[A-Z][\w&’'-]*\s+){1,2}(?:Chemicals?|Steel|Foods?|Motors|Energy|Paper|Plastics|"
    r"Manufacturing|Metals|Pharmaceuticals|Industries|Mining|Oil|Power|Electric|Textiles|Poultry|Farms|Packing|"
    r"Refining|Aluminum|Lumber|Brands|Products))\s+"
    r"(?:plant|factory|mill|refinery|warehouse|store|facility|mine|smelter|distribution center)\b"
)

# a company's stock, which stands for the company in a sentence's subject: "Shares of Micron", "Stock in Apple"
_SHARES_OF = re.compile(r"(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+([A-Z].*)")


# a program named in capitals, an agency or a fund: "The World Food Program", "the National Flood Insurance Program"
_NAMED_PROGRAM = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}Program")


def _resolve_organisation(
    mention: str, alone: str, position: int, text: str, people: list[Person], history: list[tuple[int, str, str]]
) -> Resolution:
    """An organisation: by its name, or for "her campaign", "the company", "the agency", the one meant."""
    outlet = described_outlet(mention)
    if outlet:
        return Resolution(outlet, "organisation")  # "Spanish newspaper Marca": Marca
    shares = _SHARES_OF.fullmatch(mention.strip())
    if shares:
        # "Shares of Micron fell ..., saying": the company speaks, not its stock
        return _resolve_organisation(shares[1], shares[1], position, text, people, history)
    owned = _whose(mention, position, text, people, history)
    if owned:  # "Her campaign said", "his office": the campaign of whoever the pronoun is
        return Resolution(owned, "organisation")
    # (a name of several words too: "Dow Jones said" after "Dow Jones & Co."; but a place's is no company's
    # short name: "New York" before "New York City")
    company = _company_named(alone, position, text, people) if " " not in alone or not is_place(alone) else None
    if company:
        return Resolution(company, "organisation")  # "LIN said" after "LIN Broadcasting Corp."
    central = _THE_CENTRAL_BANK.fullmatch(mention.strip())
    if central:
        # "The Federal Reserve held rates ... The central bank said": the central bank named last, in this
        # paragraph or the one before
        start = _paragraph_before(text, max(0, position - 2500), position)
        banks = [m for m in _CENTRAL_BANK_NAMED.finditer(text, start, position) if _a_countrys(m)]
        # ("Turkey's central bank raised rates ... The bank said": no other bank named since)
        no_other = " central " in mention.lower() or (
            bool(banks)
            and not _BANK_NAME.search(text, banks[-1].end(), position)
            and not _COMPANY_NAMED.search(text, banks[-1].end(), position)
            and not any(at > banks[-1].start() and stype == "organisation" for at, _, stype in history)
        )
        if banks and no_other:
            return Resolution(banks[-1].group(), "organisation")
        # (or further back, the one central bank the article has named: "The Federal Reserve left rates
        # unchanged ... [four paragraphs] ... The central bank said in its statement")
        earlier = {m.group() for m in _CENTRAL_BANK_NAMED.finditer(text, 0, start) if _a_countrys(m)}
        if len(earlier) == 1 and " central " in mention.lower():
            return Resolution(earlier.pop(), "organisation")
    bloc = _THE_BLOC.fullmatch(mention.strip())
    if bloc:
        # "The European Union agreed on sanctions ... The bloc said": the bloc or alliance of states named last
        # in this paragraph or the one before (else "the alliance" for a body whose name says so, below)
        blocs = list(
            _BLOC_NAMED[bloc["kind"]].finditer(
                text, _paragraph_before(text, max(0, position - 2500), position), position
            )
        )
        if blocs:
            return Resolution(blocs[-1].group(), "organisation")
    carrier = _AIRLINE_NOUN.search(mention) and _airline_before(text, position)
    if carrier:
        # "the airline said": the one whose name says it is an airline, named last ("A United Airlines jet ...
        # The Boeing 737 returned ... the airline said": United Airlines, not the plane's maker)
        return Resolution(carrier, "organisation")
    if _the_company(mention.strip()):
        # "the company said", "the truck maker said": the company named last, as "it" would be
        spoke: tuple[int, str] | None = next(
            (
                (at, speaker)
                for at, speaker, stype in reversed(history)
                if stype == "organisation"
                and speaker[:1].isupper()
                and (
                    _COMPANY_END.search(speaker)
                    or _company_service(speaker)
                    or _BANK_NAME.search(speaker)  # ("Benjamin Franklin Federal Savings and Loan Association")
                    # (a one-word name the article calls a company: "appliance maker Brightline")
                    or (" " not in speaker and _called_company(speaker, text))
                )
            ),
            None,
        )
        # or named later as a sentence's subject, though it did not speak ("Acme Corp. cut 500 jobs on Monday.
        # The company said"; after a dateline's dash, "SEATTLE (AP) — Boeing Co. on Wednesday named"; not the
        # firm of an analyst quoted in between: "said Jo Ames of Salomon Brothers Inc.")
        # (but not one named before the one-word name that opened the sentence just before, see below: "The SITE
        # Intelligence Group said ... Twitter acknowledged ... “...,” the company said")
        subject: tuple[int, str] | None = _company_subject_before(
            text, position, people, own_sentence=True
        ) or _company_subject_before(text, position, people)
        if subject and spoke is not None and subject[0] < spoke[0]:
            subject = None
        start = max(0, position - 1500, spoke[0] if spoke else 0, subject[0] + 1 if subject else 0)
        for found in reversed(list(_COMPANY_NAMED.finditer(text, start, position))):
            before = text[max(0, found.start() - 3) : found.start()]
            # (a paragraph's start too; not after initials, the name's own: "R.D. Werner Co.")
            initials = re.search(r"[A-Z]\.\s+$", before) is not None
            if "\n" in before or (before.strip()[-1:] in ("", ".", "”", '"', "—", "–") and not initials):
                return Resolution(found.group().rstrip(",").strip(), "organisation")
        # or one described by where it is based, anywhere in a sentence ("The drug, made by Boston-based Sarepta
        # Therapeutics, will cost $3 million, the company said"; not "Texas-based Matt Mackowiak")
        for based in reversed(list(_BASED_NAMED.finditer(text, start, position))):
            if not is_given_name(based[1].split()[0]):
                return Resolution(based[1], "organisation")
        # or the one-word name that opened the sentence just before ("Amazon rose $6.20. The online retail giant
        # reported", not Alphabet, the company that spoke before it)
        if subject:
            # (by the full name given before: "Ralston" after "Ralston Purina Co.")
            return Resolution(_company_named(subject[1], position, text, people) or subject[1], "organisation")
        # or, when no company spoke before, the one firm named, anywhere in a sentence, in this paragraph or the
        # one before ("Regulators fined Wells Fargo $185 million ... The bank said"), when no other is named there
        # (not "the combined company", another body)
        firm = (
            _one_firm_named(text, _paragraph_before(text, start, position), position)
            if spoke is None and _OTHER_BODY.search(mention) is None
            else None
        )
        if firm:
            return Resolution(firm, "organisation")
        if spoke:
            return Resolution(spoke[1], "organisation")
        voice = _company_voice_before(text, position, history, people) if _OTHER_BODY.search(mention) is None else None
        if voice:
            return Resolution(voice, "organisation")
        later = _company_opens_next_paragraph(text, position) if subject is None else None
        if later:
            return Resolution(later, "organisation")
        # or, last, the one company whose site the window names by its trade ("two workers were dead at the Harmon
        # Chemical plant ... The company said"; not a place's, "the Detroit plant")
        sites = {m[1].strip() for m in _SITE_NAMED.finditer(text, start, position)}
        if spoke is None and len(sites) == 1:
            return Resolution(sites.pop(), "organisation")
    if _THE_REGULATOR.fullmatch(mention.strip()):
        # "The Data Protection Commission found ... The regulator also said": the public body that spoke last
        for at, speaker, stype in reversed(history):
            if stype == "organisation" and position - 1500 < at < position and _REGULATOR_NAME.search(speaker):
                return Resolution(speaker, stype)
    body = _THE_BODY.fullmatch(mention.strip())
    if body:
        # "the agency", "the committee": the body of that kind named last ("the Environmental Protection
        # Agency", "the House Intelligence Committee")
        head = body.group(1).capitalize()
        bodies = [
            (m.start(), m.group(1).strip()) for m in _named_body(head).finditer(text, max(0, position - 3000), position)
        ]
        # (or one named without "the" that opens a sentence: "Pepperdine University closed its campus. The
        # university said")
        bodies += [
            (m.start(1), m.group(1))
            for m in _opening_body(head).finditer(text, max(0, position - 3000), position)
            if m.group(1).split()[0] not in _OPENING_WORDS
        ]
        # (or one named without "the" that spoke: "Pepperdine University told students ... the university said";
        # or one described in lower case that spoke: "The Swiss foreign ministry said ... the ministry said")
        bodies += [
            (at, speaker)
            for at, speaker, stype in history
            if stype == "organisation"
            and position - 3000 <= at < position
            # (its noun last, or before where it is: "school district in Pennsylvania")
            and (speaker.split()[-1].capitalize() == head or _noun_before_place(speaker, head.lower()))
        ]
        # (or a place's, in lower case: "Italy's health ministry issued ... the ministry said")
        bodies += [
            (m.start(), m.group())
            for m in _placed_body(head.lower()).finditer(text, max(0, position - 3000), position)
            if is_place(m[1])
        ]
        # (or one named in apposition to its noun: "The local gas utility, Northern Gas & Power, opposed")
        bodies += [
            (m.start(), m["name"])
            for m in _apposed_body(head.lower()).finditer(text, max(0, position - 3000), position)
        ]
        if bodies:
            return Resolution(max(bodies)[1], "organisation")
        if head == "Agency":
            # (or a government agency whose name says so otherwise, that spoke just before: "The Centers for
            # Disease Control and Prevention said ... The agency recommended")
            for at, speaker, stype in reversed(history):
                if stype == "organisation" and at > position - 1500 and _AGENCY_NAME.search(speaker):
                    return Resolution(speaker, stype)
            # (or one named, not quoted, in this paragraph or the one before: "The Centers for Disease Control and
            # Prevention has recorded 286 cases, the agency said"; not "the Trump Administration", a government)
            agencies = [
                m.group(1)
                for m in _AGENCY_NAMED.finditer(
                    text, _paragraph_before(text, max(0, position - 1500), position), position
                )
                if _AGENCY_NAME.search(m.group(1)) and len(m.group(1).split()) > 2
            ]
            if agencies:
                return Resolution(agencies[-1], "organisation")
            # (or further back, the only one named there: "Dr. Mandy Cohen, director of the Centers for Disease
            # Control and Prevention, said ... ¶ “...,” Cohen told reporters. ¶ The agency said")
            earlier = {
                m.group(1)
                for m in _AGENCY_NAMED.finditer(text, max(0, position - 1500), position)
                if _AGENCY_NAME.search(m.group(1)) and len(m.group(1).split()) > 2
            }
            if len(earlier) == 1:
                return Resolution(earlier.pop(), "organisation")
            # (or a news agency described so in the paragraphs before: "Russia’s news agency RIA Novosti reports
            # ..., which the agency calls")
            outlets_described = [
                name
                for m in _AGENCY_DESCRIBED.finditer(text, max(0, position - 1500), position)
                if (name := described_outlet(m.group()))
            ]
            if outlets_described:
                return Resolution(outlets_described[-1], "organisation")
    company = _based_company(mention)
    if company:
        return Resolution(company, "organisation")  # "Salt Lake City-based First Security"
    tail = _name_tail(mention)
    if tail and _named_organisation(mention.strip(), tail):
        return Resolution(tail.group(1).strip(), "organisation")  # "the activist group Mosul Eye"
    parts = mention.strip().rsplit(", ", 1)
    # (after a description, which has a word in lower case; not inside a name that lists: "The Retail, Wholesale
    # and Department Store Union")
    after_description = len(parts) == 2 and any(w[:1].islower() for w in parts[0].split()[1:])
    if after_description and parts[1][:1].isupper() and is_organisation(parts[1]):
        return Resolution(parts[1], "organisation")  # "Its partner, Metromedia Co.": by its name
    outlet = _outlet_part(mention.strip())
    if outlet:
        return resolve(outlet, position, text, people, history)  # "the front page of the Herald": the paper
    short = _SHORT_OUTLET.fullmatch(mention.strip())
    if short and short[1].lower() in news_outlets():
        # "The Post" after "The Washington Post", "the Times" after "The New York Times": the outlet named in
        # full last
        full = None
        for found in _outlet_in_full(short[1]).finditer(text, max(0, position - 20000), position):
            full = _without_the(found.group())
        if full:
            return Resolution(full, "organisation")
    kind = _THE_KIND.fullmatch(mention.strip())
    # (a group described is not the one named: "the trade group for the Blue Cross Blue Shield plans", "the
    # terrorist group" after "SITE Intelligence Group")
    described = kind is not None and (
        (
            _KIND_NOUNS[kind[1].lower()] == "group"
            and len(mention.split()) > 2
            and not _CAUSE_GROUP.fullmatch(mention.strip())
        )
        # (nor a body other than the one named: "Allergan, the far smaller company, ... with the combined
        # company claiming residency in Ireland")
        or _OTHER_BODY.search(mention) is not None
    )
    given = _NAME_GIVEN.match(text, position + len(mention)) if kind and text.startswith(mention, position) else None
    if given:  # "The company, now called TC Energy, maintains": the name given right after it
        return Resolution(given["name"], "organisation")
    named = _kind_antecedent(kind[1].lower(), position, text, history, people) if kind and not described else None
    if named:  # "Twitter said in a statement ... The company said": Twitter
        return Resolution(named, "organisation")
    # (by its name, not its possessive: "The Pentagon's “review”" is the Pentagon's; but "Moody's", "St. Mary's"
    # end so)
    bare = re.sub(r"^(the|a|an)\s+", "", mention.strip(), flags=re.I)
    owner = _POSSESSIVE_END.sub("", bare)
    if bare[-2:] in ("’s", "'s") and mention.strip()[:4].lower() == "the " and is_organisation(owner):
        return Resolution(owner, "organisation")
    if kind is None and bare.isalpha() and bare.islower() and mention.strip()[:4].lower() == "the ":
        # "Visitors flocked to the Louvre Museum. The museum said": the one body named with the noun closing its name
        # (a noun of a kind of body has its own rules: "the group" after "UnitedHealth Group" may be another group)
        named = _named_with_noun(bare, position, text)
        if named:
            return Resolution(named, "organisation")
    return Resolution(bare, "organisation")


# an outlet by the last word of its name: "the Post", "The Times", "the Journal"
_SHORT_OUTLET = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)")


@lru_cache(maxsize=64)
def _outlet_in_full(word: str) -> re.Pattern[str]:
    # ("The Washington Post", "the New York Times", "Wall Street Journal": capitalised words before the word,
    # "The" not among them but first)
    return re.compile(rf"(?<![\w’'-])(?:(?!The\b)[A-Z][\w.&’'-]* ){{1,3}}{word}\b")


# a body by its kind alone, maybe with a word or two before it: "the company", "the drug company", "the trade
# group", "the newspaper", "the campaign", "the ruling party"
# ("the California-based company", "the iPhone maker", "the retailer": a company by what it does)
# a group by the word its name holds ("the alliance" for "the United States Maritime Alliance")
_NAMED_GROUP_NOUNS = frozenset(
    "alliance association coalition federation foundation institute council league union committee guild".split()
)
_THE_KIND = re.compile(
    r"(?i:the)\s+(?:(?:[a-z-]+|[\w.&-]+-based|i[A-Z]\w*)\s+){0,2}?(company|firm|corporation|group|organi[sz]ation|"
    + "|".join(sorted(_NAMED_GROUP_NOUNS))
    + r"|charity|nonprofit|non-profit|newspaper|paper|campaign|party|start-?up|conglomerate|lender|insurer|airline|"
    r"retailer|manufacturer|chain|"
    r"utility|team|club|band|(?:auto|car|drug|chip|toy|steel|plane|phone)?maker)"
)
# a group by the cause it works for or the trade it speaks for, as news calls the group it has just named ("Amnesty
# International condemned ... the rights group said", "The American Beverage Association said ... the trade group
# said"; not "the terrorist group" that the SITE Intelligence Group reports on)
_CAUSE_GROUP = re.compile(
    r"(?i:the)\s+(?:(?:human|civil|animal|voting|digital|consumer|patient|gun|privacy|press|free-speech|workers')\s+)?"
    r"(?:rights|liberties|advocacy|environmental|conservation|watchdog|lobby|lobbying|activist|campaign|campaigning|"
    r"pressure|humanitarian|aid|anti-poverty|safety|protection|control|trade|industry|business)\s+"
    r"(?:group|organi[sz]ation)"
)
# one capitalised word, a place's after one of _PUBLIC_WORKS ("Ontario"; not "Secretary", a title)
_PLACE_NAME_WORD = re.compile(r"[A-Z][a-z]+")
# what a public body of a place is named for, before the place: "Elections Ontario", "Statistics Canada"
_PUBLIC_WORKS = frozenset(
    "Elections Statistics Parks Health Transport Environment Sport Tourism Infrastructure Revenue Veterans "
    "Fisheries Immigration Housing Heritage".split()
)


# someone described by whose they are, then named by a given name alone: "Her sister Ana", "his son Jake"
_OWNED_GIVEN_NAME = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z-]+\s+){1,2}([A-Z][a-z]+)")
# a country's abbreviation before one capitalised word, which no person's name opens with
_NATIONAL_BODY = re.compile(r"(?:USA|US|U\.S\.|UK|U\.K\.)\s+([A-Z][a-z]+)")
_OTHER_BODY = re.compile(r"\b(?:combined|merged|new|parent|rival|other|former|sister|holding|subsidiary)\s", re.I)
_KIND_NOUNS = (
    {
        "company": "company",
        "firm": "company",
        "corporation": "company",
        "group": "group",
        "charity": "group",  # ("the Trussell Trust said ... The charity said")
        "nonprofit": "group",
        "non-profit": "group",
        "organization": "group",
        "organisation": "group",
        "newspaper": "outlet",
        "paper": "outlet",
        "campaign": "campaign",
        "party": "party",
        "team": "team",
        "club": "team",
        "band": "team",
    }
    | dict.fromkeys(_NAMED_GROUP_NOUNS, "group")
    | dict.fromkeys(
        "startup start-up conglomerate lender insurer airline retailer manufacturer chain maker automaker carmaker "
        "utility drugmaker chipmaker toymaker steelmaker planemaker phonemaker railroad railway".split(),
        "company",
    )
)
# the last word of a group's name ("the Trayvon Martin Foundation", "Black Lives Matter", "Human Rights Watch")
_GROUP_END = (
    "Foundation|Association|Coalition|Group|Institute|Council|Union|League|Alliance|Network|Society|Fund|Project|"
    "Federation|Organization|Organisation|Committee|PAC|Center|Centre|Matter|Watch|Club|Caucus|Forum|Trust|"
    "Initiative|Action|Now|Task Force|Guild"
)
_GROUP_NAMED = re.compile(
    rf"(?<![\w’'-])(?:[A-Z][\w&’'.-]* (?:(?:of|for|on|the|and) )*){{0,5}}(?:{_GROUP_END})\b"
    r"(?: (?:of|for|on) (?:the )?[A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*){0,3})?"
)
_PARTY_NAMED = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+){1,3}Party\b|\b(?:GOP|RNC|DNC)\b")
_GOVERNMENT_END = re.compile(
    r"\b(?:Department|Ministry|Agency|Administration|Court|Police|Office|Bureau|Service|Commission|Senate|House|"
    r"Kremlin|Pentagon|Army|Navy|Government|Parliament|Congress)$"
)


def _kind_of(name: str) -> str | None:
    """What kind of body a name says it is (``company``, ``group``, ``outlet``, ``campaign``, ``party`` or
    ``government``), or None for a bare name that says nothing ("Twitter", "Monsanto")."""
    if _names_outlet(name) or _names_outlet(f"the {name}"):
        return "outlet"
    if name.endswith("campaign"):
        return "campaign"
    if _PARTY_NAMED.fullmatch(name):
        return "party"
    if _PUBLIC_SERVICE.search(name):
        return "government"  # ("the National Weather Service": no company, though its name ends as one's may)
    service = _NAMED_SERVICE.search(name)
    # (a group's name may hold a company's word: "the U.S. Preventive Services Task Force")
    if service and service.end() < len(name) and _GROUP_NAMED.fullmatch(_without_the(name)):
        return "group"
    if _COMPANY_END.search(name) or service or _BANK_NAME.search(name):
        return "company"
    if _GOVERNMENT_END.search(name) or name in countries() or _without_the(name).lower() in countries():
        return "government"
    if _GROUP_NAMED.fullmatch(_without_the(name)):
        return "group"
    return None


def _kind_antecedent(
    noun: str, position: int, text: str, history: list[tuple[int, str, str]], people: list[Person]
) -> str | None:
    """The body a noun of its kind refers back to, the nearest named or quoted within the last paragraphs:
    an organisation that spoke, its name saying it is of that kind (or nothing, for a company or a group:
    "Twitter said ... The company said"), or one named of that kind ("according to the National Golf
    Foundation ... the group says"; "the Sanders campaign said ... the campaign said")."""
    kind = _KIND_NOUNS[noun]
    start = max(0, position - 2500)
    best: tuple[int, str] | None = None
    for at, speaker, stype in history:
        if stype != "organisation" or not start <= at < position or not _BODY_NAME.fullmatch(speaker):
            continue  # (a name, not a description that spoke: "the Dutch chemical group")
        own = _kind_of(speaker)
        group_named = kind == "group" and speaker.endswith(" Group")  # ("United Gun Group ... the organization")
        if noun in _NAMED_GROUP_NOUNS and not _named_as(noun, speaker):
            continue  # ("the alliance": a body whose name says so, not the union that spoke before)
        if own == kind or (own is None and kind in ("company", "group", "team")) or group_named:
            best = max(best or (at, speaker), (at, speaker))
    finder = {
        "group": _GROUP_NAMED,
        "party": _PARTY_NAMED,
        "campaign": _SOMEONES_CAMPAIGN,
        "company": _COMPANY_CALLED,  # (by its suffix, at a sentence's start: see _resolve_organisation)
        "outlet": _OUTLET_NAMED,
        "team": _TEAM_NAMED,
    }[kind]
    # (a body only named, not quoted, in this paragraph or the one before: further back, another of its kind
    # may have come between unnoticed, "the retailer Amazon ... the oil giant Exxon Mobil. The company said")
    recent = _paragraph_before(text, start, position)
    found = list(finder.finditer(text, recent, position))
    if kind == "group":
        # (a band is a group: "The British band Coldplay has canceled its tour, the group said")
        found = sorted([*found, *_BAND_NAMED.finditer(text, recent, position)], key=lambda m: m.start())
    if best is None and not found and kind == "company":
        # (or further back, the one company the window names: "The mining company Rio Tinto apologized ... [four
        # paragraphs] ... The company said", when no other is named there to have come between)
        earlier = list(finder.finditer(text, start, recent))
        if len({_without_the(next(g for g in m.groups() if g).strip(" ,")) for m in earlier}) == 1:
            found = earlier
    for m in found:
        # (the first group that matched: "name", "named", "after", "apposed", "carrier" or "opening")
        name = (next(g for g in m.groups() if g) if m.re.groupindex else m.group()).strip(" ,")
        if kind == "team" and m["plural"] and not _team_name(["the", *name.split()]):
            continue  # ("the Clintons", "the Democrats": a family, a party's members)
        if kind == "team":
            # (not a person, nor a sentence's opening word: "Kylian Mbappe completed", "On Monday"; a name the
            # article's people hold only when it reads as a group, "The Chicago Bears")
            surnames = {p.name.split()[-1] for p in people}
            if m["opening"] and (
                is_given_name(name.split()[0])
                or (name.split()[-1] in surnames and mention_type(name) == "person")
                or name.split()[0] in _OPENING_WORDS
                or name in _CALENDAR
            ):
                continue
        elif m.re is not _BAND_NAMED and _kind_of(name) != kind and (kind != "company" or _kind_of(name) is not None):
            continue
        if noun in _NAMED_GROUP_NOUNS and not _named_as(noun, name):
            continue  # ("UnitedHealth Group" is a company, "the Orlando Sentinel" a paper)
        if kind != "outlet":
            name = _without_the(name)  # ("The Trayvon Martin Foundation was founded": a sentence's "The")
        if best is None or m.start() > best[0]:
            best = (m.start(), name)
    if best is None or _other_subject(
        text, best[0] + len(best[1]), position, best[1], people=kind == "campaign", named=people
    ):
        return None
    return best[1]


# the words a union's name holds besides "Union": "the British Medical Association", "the Writers Guild"
_UNION_NAMES = frozenset(["Union", "Association", "Federation", "Guild", "Brotherhood", "Teamsters"])


def _named_as(noun: str, name: str) -> bool:
    """Whether ``name`` says it is a body of the kind ``noun`` names ("the alliance": "... Alliance")."""
    words = set(name.split())
    return noun.title() in words or (noun == "union" and not _UNION_NAMES.isdisjoint(words))


def _other_subject(
    text: str, start: int, end: int, name: str, *, people: bool, named: list[Person] | tuple[Person, ...] = ()
) -> bool:
    """Whether a sentence between ``start`` and ``end`` opens with a name other than ``name``: another body, or
    (with ``people``, for a campaign) a person, the noun may as well refer to ("Starpointe Savings Bank rose
    after the Federal Deposit Insurance Corp. approved ... Kirschner Medical fell 4 to 15. The company said":
    Kirschner Medical); without ``people``, not one of the ``named`` people ("Burchell Hayes, a director of ...,
    said")."""
    given = {p.name.split()[0] for p in named if " " in p.name} if not people else set()
    for m in _SENTENCE_NAME.finditer(text, start, end):
        if m[1] in given:
            continue
        before = _WORD_BEFORE_STOP.search(text, max(0, m.start() - 12), m.start() + 1)
        if before and before[1].lower() in title_words():
            continue  # (a title's full stop ends no sentence: "“...,” Mr. Ortberg said")
        if not people and (m[1].lower() in title_words() or is_given_name(m[1])):
            continue  # ("Boeing named Kelly Ortberg ... Mr. Ortberg, 64, will take over ... The company said")
        word = m[1].rstrip("’'s")
        if word not in name.split() and not is_common_word(m[1]):
            return True
    return False


_WORD_BEFORE_STOP = re.compile(r"\b([A-Za-z]+)\.$")


# a sentence's first word, or the first after "The", that is capitalised ("Kirschner Medical fell", "The Dow was")
_SENTENCE_NAME = re.compile(r"[.!?][\"”’']?\s+(?:The\s+)?([A-Z][\w&’'-]*)")
# a body's name: capitalised words, maybe joined by "of", "and", "the", "&", "for" ("Twitter", "Black Lives
# Matter", "Bernie Sanders’ campaign", "Department of Health and Human Services"; not "the Dutch chemical group")
_BODY_NAME = re.compile(r"[A-Z][\w.&’'-]*(?: (?:(?:of|and|the|&|for|on) )*[A-Z][\w.&’'-]*)*(?: campaign)?")
_LINE_BREAK = re.compile(r"\n\s*")


# a company's name opening a paragraph as the subject of a report: "Harborview Partners said in a statement"
_COMPANY_OPENS = re.compile(
    r"\n+[ \t]*(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3}),?\s+(?:said|says|announced|confirmed)\b"
)


def _company_opens_next_paragraph(text: str, position: int) -> str | None:
    """The company "the company" in a lead means, before any is named, when the next paragraph opens on its
    name and a report: "A developer has abandoned plans ..., the company said on Monday. ¶ Harborview Partners
    said in a statement that ..." (only one the lead can mean: no company named before it)."""
    if _COMPANY_NAMED.search(text, 0, position):
        return None
    end = text.find("\n", position)
    found = _COMPANY_OPENS.match(text, end) if end >= 0 else None
    if found is None:
        return None
    name = found["name"]
    kind = mention_type(name)
    companyish = _COMPANY_END.search(name) or _company_service(name) or name in firms()
    return name if kind == "organisation" and companyish else None


def _paragraph_before(text: str, start: int, position: int) -> int:
    """Where the paragraph before the one holding ``position`` starts, looking back no further than ``start``."""
    breaks = [m.end() for m in _LINE_BREAK.finditer(text, start, position)]
    return breaks[-2] if len(breaks) > 1 else start


_SOMEONES_CAMPAIGN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w.-]* ){0,3}[A-Z][\w-]*(?:[’']s?)? campaign\b")
# a word that describes a company before its noun, no preposition or "and" ("the health software company"; not
# "a lawyer for the company")
_DESCRIBING = r"(?!(?:of|and|for|at|with|in|to|from|by)\b)"
# one to four capitalised words on one line, dots only inside them ("Amazon.com", not "Amazon. The")
_NAME_WORDS = r"(?:[A-Z][\w&’'-]*(?:\.[\w&’'-]+)* ){0,3}[A-Z][\w&’'-]*(?:\.[\w&’'-]+)*"
# a name the article calls a company: "Shares of Apple", "Alphabet, the parent company of Google", "the
# automaker Tesla" (a name of capitals, one to four words)
_COMPANY_CALLED = re.compile(
    rf"[Ss]hares (?:of|in) (?P<name>{_NAME_WORDS})"
    # (the words before it describe the company, no one of it: not "Ames, a lawyer for the company")
    rf"|(?<![\w’'-])(?P<named>{_NAME_WORDS}), (?:the|an?) (?:{_DESCRIBING}[\w-]+ ){{0,3}}"
    # (not a company's: "Jensen Huang, the company's chief executive" is its man)
    r"(?:company|firm|corporation|conglomerate|start-?up|lender|insurer|airline|retailer|manufacturer|[a-z]*maker)"
    r"(?![\w’'-])"
    r"|\b(?:company|firm|start-?up|conglomerate|lender|insurer|airline|retailer|manufacturer|[a-z]+maker) "
    rf"(?P<after>{_NAME_WORDS})"
    # (or in apposition after "the", closed by its comma: "says the company, Lumen AI, used"; not "Mr. Ackman's
    # firm, Pershing Square Capital Management,", whose "the company" later may be another)
    rf"|\b[Tt]he (?:company|firm|start-?up), (?P<apposed>{_NAME_WORDS})(?=,)"
    # (an airline by its name, which says what it is: "Southwest Airlines canceled ... The airline said")
    rf"|(?<![\w’'-])(?P<carrier>{_NAME_WORDS} (?:Airlines|Airways|Air Lines))(?![\w’'-])"
)
_AIRLINE_NOUN = re.compile(r"^(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}airline$")
# an airline by a name that says so: "United Airlines", "British Airways", "Air France" (not "A" or "The" before it)
_AIRLINE_NAMED = re.compile(
    # (not "Air Line" of the "Air Line Pilots Association", nor "Air Force")
    r"(?<![\w’'-])(?:(?:(?!(?:A|An|The)\b)[A-Z][\w&’'.-]* ){1,3}(?:Airlines|Airways|Air Lines)"
    r"|Air (?!Force\b|Lines?\b|National\b)[A-Z][a-z]+)"
    r"(?![\w’'-])"
)


def _airline_before(text: str, position: int) -> str | None:
    """The airline named last, by a name that says it is one, in this paragraph or the one before; or else the
    only one named in the 2,500 characters before ("Southwest Airlines CEO Bob Jordan said ... ¶ ... ¶ The airline
    said")."""
    found = list(_AIRLINE_NAMED.finditer(text, _paragraph_before(text, max(0, position - 2500), position), position))
    if found:
        return found[-1].group()
    earlier = {m.group() for m in _AIRLINE_NAMED.finditer(text, max(0, position - 2500), position)}
    return earlier.pop() if len(earlier) == 1 else None


# a name given to a body right after it: ", now called TC Energy,", ", renamed Meta in 2021"
_NAME_GIVEN = re.compile(
    r",\s+(?:(?:now|since|later|formerly|recently|then)\s+)?(?:called|named|renamed|known\s+as)\s+"
    rf"(?P<name>{_NAME_WORDS})(?=[,.;)]|\s+(?:in|since)\s)"
)
# where a sentence opens: the text's start, after a stop (and a closing quote), a line break or a dateline's dash
_SENTENCE_OPENS = r"(?:^|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n)|(?<=— ))"
# a team, a club or a band by its name: after its kind ("the rock band Green Day", "the club Palmeiras") or as a
# sentence's subject, with "the" or none ("Real Madrid completed", "The Chicago Bears fired")
_TEAM_NAMED = re.compile(
    rf"\b(?:band|team|club|side) (?P<named>{_NAME_WORDS})(?![\w’'-])"
    rf"|{_SENTENCE_OPENS}(?:The )?(?P<opening>{_NAME_WORDS})"
    r"(?= (?:has|have|had|is|was|were|will|[a-z]+ed)\b)"
    # (or a team's name in the plural anywhere: "a stadium for the Royals", see _team_name)
    r"|\b[Tt]he (?P<plural>(?:[A-Z][\w.’'-]* ){0,3}[A-Z][\w’'-]*s)\b(?![\w’'-])"
)
_OUTLET_NAMED = re.compile(rf"(?<![\w’'-])(?:[Tt]he )?{_NAME_WORDS}")
_BAND_NAMED = re.compile(rf"\bband (?P<band>{_NAME_WORDS})(?![\w’'-])")


# a role after a country's or a body's possessive: "Mexico's president", "Google’s chief executive"
_OWNED_ROLE = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")


def _resolve_anonymous(m: _Mentioned) -> Resolution:
    """An unnamed source: anonymous, unless an age or a job given with a name points back to that person; "his
    advisers", "her representatives" with whose they are ("Mira Castell’s representatives")."""
    mention, low, position, text, people, history, earlier_people = m
    aged = _THE_AGED.fullmatch(low)
    name = _named_with_age(aged[1], text[:position]) if aged else None
    if name:  # "Kyle Walker, 34, ..." then "the 34-year-old said": Kyle Walker
        return Resolution(full_name(name, people, position), "person")
    # (not an age given before with no name: "a 24-year-old man was arrested ... the 24-year-old said")
    unnamed = aged is not None and re.search(r"\b(?i:an?)\s+" + aged[1] + r"-year-old\b", text[:position])
    aged_speaker = None if unnamed else _aged_last_speaker(low, position, text, history)
    if aged_speaker:
        return Resolution(aged_speaker, "person")
    owned = _OWNED_ROLE.fullmatch(mention.strip())
    if owned and owned[2].split()[-1] in title_words() and (is_place(owned[1]) or is_organisation(owned[1])):
        # "Mexico's president" after "Mexican President Claudia Sheinbaum", "Google's chief executive" after "Google
        # Chief Executive Sundar Pichai": as "the Mexican president" is (not "Obama's press secretary", unnamed)
        holder = _role_holder(f"the {owned[1]} {owned[2]}", position, text, earlier_people, history)
        if holder:
            return Resolution(_sole_full_name(holder, people), "person")
    if low.startswith("the ") and not _plural(mention):
        # "former prosecutor Beth Carter ... the former prosecutor": the person described so (see
        # _role_holder: one of the last people mentioned); or the one the paragraph, or the next, goes on to title
        # so, as for a role ("the city's police chief said .... ¶ Chief Rhonda Kessler said")
        holder = _role_holder(mention, position, text, earlier_people, history) or _titled_next(m)
        if holder:
            return Resolution(_sole_full_name(holder, people), "person")
    source = _source_just_described(m)
    if source:
        return Resolution(source, "anonymous")
    # "Donald Trump spoke in Iowa. “...,” the GOP front-runner said"; "Rubio spoke. “...,” the Florida senator said"
    holder = _described_holder(m) or _placed_holder(m) or _adding_speaker(m)
    if holder:
        return Resolution(holder, "person")
    if _THE_TOP.match(low) and not _plural(mention):
        # "the top U.S. diplomat", "the nation’s top infectious disease expert": one of a kind, so the one person
        # named just before (see _untitled_holder)
        holder = _untitled_holder(mention, position, text, people, earlier_people, history)
        if holder:
            return Resolution(holder, "person")
    holder = _named_next(m)
    if holder:  # "A federal judge on Friday blocked ... ¶ U.S. District Judge Robert Pitman wrote"
        return Resolution(holder, "person")
    named = _named_before(mention, position, text)
    if named:  # "Her daughter, Ruth Holt-Baker, confirmed ... “...,” her daughter said": Ruth Holt-Baker
        return Resolution(full_name(named, people, position), "person")
    owner = _whose(mention, position, text, people, history)
    if owner:  # "her representatives said", "his spokesman": whose they are, still unnamed
        return Resolution(owner, "anonymous")
    return Resolution(_described_last(low, history) or mention.strip(), "anonymous")


# an indefinite title that opens a story: "A federal judge", "A former Texas governor"
_LEDE_ROLE = re.compile(r"(?:A|An)\s+(?:[\w.’'-]+\s+){0,3}([a-z]+)")
# what says a source is kept unnamed on purpose
_KEPT_UNNAMED = re.compile(r"anonymity|not (?:authorized|permitted|allowed)|not to be (?:named|identified)")


def _named_next(m: _Mentioned) -> str | None:
    """For a story's opening subject that is a title with "a" ("A federal judge on Friday blocked ..."), the person
    given that title in the next 700 characters, the only one the article gives it ("U.S. District Judge Robert
    Pitman wrote"): news names in its second paragraph whom the lede describes. None where anyone named spoke before,
    where the source is kept unnamed on purpose, or where no one or several hold the title."""
    described = _LEDE_ROLE.fullmatch(m.mention.strip())
    # (a headline's source may have spoken, unnamed or by the title the story gives: "Retired general warns of ...")
    headline_end = m.text.find("\n")
    if not described or any(t != "anonymous" and at > headline_end for at, _, t in m.history):
        return None
    role = described[1]
    if role not in title_words() or role in anonymous_heads():
        return None
    if _KEPT_UNNAMED.search(m.text, m.position, _sentence_end(m.text, m.position)):
        return None
    holders = {p.name for p in m.people if _titled_as(p, role)}
    holder = _first_holder(role, m.position, m.people)
    if holder is None or len(holders) != 1:
        return None
    first = min(p.start for p in m.people if p.name == holder)
    return holder if m.position < first <= m.position + 700 else None


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence around ``position`` ends (its full stop, or the paragraph's end)."""
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0]
    return min(ends, default=len(text))


def _source_just_described(m: _Mentioned) -> str | None:
    """The unnamed source that "the" and its noun take up again in this paragraph or the one before, when no one
    is named after it but inside its own description: "said a Republican strategist who has advised Mr. Trump.
    The strategist ... added" (not Mr. Trump); else None."""
    start = _paragraph_before(m.text, max(0, m.position - 1500), m.position)
    recent = [(at, s, t) for at, s, t in m.history if start <= at < m.position]
    source = _described_last(m.low, recent, introduced=True)
    if source is None:
        return None
    at = max(a for a, s, t in recent if s == source)
    inside = m.text.startswith(source, at)
    later = [a for a, _, t in recent if t == "person" and a > at and not (inside and a < at + len(source))]
    return None if later else source


def _adding_speaker(m: _Mentioned) -> str | None:
    """The person who spoke last, named in this paragraph or the one before, when a description of one person
    with "the" says it adds to what was said: "Dalio said ... The founder of Bridgewater Associates added that
    he expected ..." (Dalio; a new source would not "add")."""
    mention, low, position, text, people, history, _ = m
    if not low.startswith("the ") or _plural(mention) or not _ADDS.match(text, position + len(mention)):
        return None
    if head_noun(mention) not in anonymous_heads() | title_words() | descriptor_nouns():
        return None
    start = _paragraph_before(text, max(0, position - 1500), position)
    last = [(at, s, t) for at, s, t in history if start <= at < position]
    if not last or last[-1][2] != "person" or not _name_like(last[-1][1]):
        return None
    return full_name(last[-1][1], people, position)


_ADDS = re.compile(r"\s+(?:also\s+)?add(?:ed|s)\b")


def _named_before(mention: str, position: int, text: str) -> str | None:
    """The name given between commas after the same "his X" or "her X" earlier ("Her daughter, Ruth Holt-Baker,
    confirmed the death"), for one person so described; None if there is none."""
    theirs = _THEIR_BODY.fullmatch(mention.strip())
    if not theirs or _plural(mention):
        return None
    words = r"\s+".join(theirs[2].split())
    pattern = rf"(?<![\w’'-])(?i:{theirs[1]})\s+{words},\s+(?P<name>{_NAME_WORDS}),"
    found = [m["name"] for m in re.finditer(pattern, text[max(0, position - 5000) : position])]
    return found[-1] if found and _name_like(found[-1]) else None


_THE_TOP = re.compile(r"the (?:[\w.-]+[’']s )?(?:former )?top (?!(?:one|two|three|four|five)\b)")


def _whose(
    mention: str, position: int, text: str, people: list[Person], history: list[tuple[int, str, str]]
) -> str | None:
    """For "his X", "her X" ("her campaign", "his advisers"): "Owner’s X" with the person the pronoun stands
    for; None for any other mention, or when the pronoun stands for no person."""
    theirs = _THEIR_BODY.fullmatch(mention.strip())
    if not theirs:
        return None
    owner = resolve(_POSSESSOR[theirs[1].lower()], position, text, people, history)
    return f"{owner.speaker}’s {theirs[2]}" if owner.speaker_type == "person" else None


def _titled_as_person(mention: str, people: list[Person]) -> bool:
    """Whether ``mention``, two or three capitalised words, is the name of someone the article titled or gave a
    job ("Wen Fan, a sociologist")."""
    words = mention.split()
    return (
        1 < len(words) <= 3
        and all(w[0].isupper() for w in words)
        and any(p.name == mention and p.title for p in people)
    )


def _resolve_other(m: _Mentioned) -> Resolution:
    """A mention of no known kind: a record, a noun with an age, "the former", "the latter", "the singer"."""
    mention, low, position, text, people, history, earlier_people = m
    if head_noun(mention) in DOCUMENT_NOUNS | DATA_NOUNS:
        return Resolution(mention.strip(), "unknown")  # "FEC filings", "a CNN tally": the record itself
    # ("Pop star Mira Castell has canceled her tour, saying ... “...,” the 31-year-old singer wrote": a noun no
    # list holds, with an age that points back to who just spoke)
    aged_speaker = _aged_last_speaker(low, position, text, history)
    if aged_speaker:
        return Resolution(aged_speaker, "person")
    pair = _FORMER_LATTER.fullmatch(low)
    if pair:
        # "Senators Susan Collins and Chuck Schumer clashed, with the former calling it ...": the first or the
        # second of the last two people named just before
        named = list(dict.fromkeys(full_name(n, people, at) for at, n, _ in earlier_people if at >= position - 400))
        if len(named) >= 2:
            return Resolution(named[-2] if pair[1] == "former" else named[-1], "person")
    holder = _described_holder(m)  # "Taylor Swift played ... “...,” the singer told the crowd"
    if holder:
        return Resolution(holder, "person")
    described = _THE_DESCRIBED.fullmatch(low)
    apposed = _apposed_holder(described[1], position, text, people) if described else None
    if apposed:
        return Resolution(apposed, "person")  # "Jacek Stopa, a Polish grandmaster, ... the grandmaster said"
    carrier = _THE_CARRIER.fullmatch(mention.strip()) and _airline_before(text, position)
    if carrier:
        return Resolution(carrier, "organisation")  # "Coastal Airways canceled ... The carrier said": the airline
    if described and low == f"the {described[1]}":
        # "died at the Elephant Sanctuary in Tennessee, the sanctuary said": the one body named before with the
        # noun closing its name (a noun no list holds)
        body = _named_with_noun(described[1], position, text)
        if body:
            return Resolution(body, "organisation")
    return Resolution("unknown", "unknown")


# capitalised words that close before a name's last word: "Elephant " of "the Elephant Sanctuary"
_CAPITALS_CLOSING = re.compile(r"(?:(?!(?:The|A|An|At|In|On|Of|For)\s)[A-Z][\w’'&.-]*\s+){1,4}$")
# what a name goes on with after its noun: " of Elections" of "the Illinois Board of Elections"
_OF_NAME = re.compile(r" of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}")


def _named_with_noun(noun: str, position: int, text: str) -> str | None:
    """The one name in the 1,500 characters before ``position`` whose last word is ``noun`` capitalised ("the
    Elephant Sanctuary" for "the sanctuary"); None if there is none or more than one."""
    word, start = noun.title(), max(0, position - 1500)
    names = set()
    at = text.find(word, start, position)
    while at >= 0:
        before = _CAPITALS_CLOSING.search(text, max(start, at - 60), at)
        if before and not text[at + len(word) : at + len(word) + 1].isalnum():
            of = _OF_NAME.match(text, at + len(word), position)
            names.add(text[before.start() : of.end() if of else at + len(word)])
        at = text.find(word, at + 1, position)
    return names.pop() if len(names) == 1 else None


def _apposed_holder(noun: str, position: int, text: str, people: list[Person]) -> str | None:
    """The one person the article described before ``position`` by ``noun`` in apposition after the name ("Jacek
    Stopa, a 37-year-old Polish grandmaster,"), for "the grandmaster" (a noun no list holds); else None."""
    if len(noun) < 4 or text.find(noun, max(0, position - 3000), position) < 0:
        return None  # (the noun first, a cheap test: most such nouns were never used so)
    found = {
        full_name(m["name"], people, m.start())
        for m in _DESCRIBED_AFTER_NAME.finditer(text, max(0, position - 3000), position)
        if _head_of_description(m["words"]) == noun
    }
    return found.pop() if len(found) == 1 else None


def _head_of_description(words: str) -> str:
    """The head noun of a description's words, the last before a preposition or a relative pronoun: "37-year-old
    Polish grandmaster" and "Polish grandmaster who lost" have "grandmaster", "lawyer for the driver" "lawyer"."""
    head = ""
    for w in words.split():
        if w in _DESCRIPTION_STOPS:
            break
        head = w
    return head


_DESCRIPTION_STOPS = frozenset("for of at in with who which that from on to and or".split())
# a name and a description in apposition after it, "Name, a/the ... words" or "Name, 37, a ... words" (one
# pattern for every noun: compiling one for each would cost more than the search)
_DESCRIBED_AFTER_NAME = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}),(?: \d{1,3},)? (?:a|an|the) (?P<words>(?:[\w’'-]+ ){0,4}[\w’'-]+)"
)


# an airline's other noun, maybe after its kind or its country ("the Dutch carrier", "the budget carrier"; but "a
# mail carrier" is someone, so "carrier" is no body's noun of itself)
_THE_CARRIER = re.compile(
    r"[Tt]he\s+(?:(?:[A-Z][\w.-]*|budget|low-cost|low-fare|discount|national|flag|regional|state-owned)\s+){0,2}carrier"
)


def _described_holder(m: _Mentioned, nouns: frozenset[str] | None = None) -> str | None:
    """For a noun of work after "the", maybe described ("the singer", "the GOP front-runner"; or one of ``nouns``),
    the one person named just before, as for a role no one holds by title (see _untitled_holder); else None."""
    described = _THE_DESCRIBED.fullmatch(m.low)
    if not (described and described[1] in (nouns or descriptor_nouns())):
        return None
    if _holder_elsewhere(m.mention, m.position, m.text, m.earlier_people):
        return None
    holder = _sole_recent_holder(m.mention, m.position, m.text, m.people, m.earlier_people, m.history)
    if holder:
        return holder
    # (several named there: the only person of the noun's sex named or speaking in the sentence before, "Reid, 24,
    # was more modest. Asked about the goal, the striker shrugged"; not one in its own, whom it may talk about:
    # "But Trump has one thing in common with ..., the columnist suggested"; nor past a party, which no name
    # tells: "the Democratic front-runner")
    if set(m.low.split()) & _PARTY_LIKE:
        return None
    own = _sentence_start(m.text, max(0, m.position - 400), m.position)
    before = _sentence_before(m.text, max(0, own - 400), own)
    named = [(at, n) for at, n, _ in m.earlier_people if before <= at < own] + [
        (at, n) for at, n, t in m.history if t == "person" and before <= at < own
    ]
    quoted = {p.start for p in m.people if p.quoted}
    wanted, genders = noun_gender(described[1]), {p.name: p.gender for p in m.people if p.gender}
    near = {full_name(n, m.people, at) for at, n in named if at not in quoted}
    near = {n for n in near if genders.get(n, wanted) == wanted or wanted is None}
    # (a full name before a one-word name the article gives no one in full, which may be a club's or a firm's:
    # "Wrexham moved top after Paul Mullin scored ... The striker said" is Mullin)
    full = {n for n in near if " " in n}
    near = full if full and len(near) > 1 else near
    if len(near) > 1:
        # (several: the one that opens the sentence before as its subject, "Mr. Trump entered the arena as Mr. Cruz
        # was finishing. Afterward, the billionaire wrote")
        first = min((at for at, n in named if at not in quoted), default=-1)
        opener = m.text[before:first] if first >= before else "-"
        subject = {full_name(n, m.people, at) for at, n in named if at == first}
        # (not one of two joined: "Mira Castell and Tom Reed played")
        joined = any(_JOINED_AFTER.match(m.text, at + len(n)) for at, n in named if at == first)
        near = subject & near if _TITLE_OPENER.fullmatch(opener) and not joined else near
    return near.pop() if len(near) == 1 and _name_like(next(iter(near))) else None


# what joins a name to another after it: "Mira Castell and Tom Reed"
_JOINED_AFTER = re.compile(r",?\s+(?:and|or|&)\s")
# what may stand before a name that opens a sentence: nothing, or its title ("Mr. ", "Sen. ", "Gov. ")
_TITLE_OPENER = re.compile(r"\s*(?:[A-Z][a-z]{0,3}\.\s+|(?:President|Senator|Governor|Mayor|General)\s+)?")


def noun_gender(noun: str) -> str | None:
    """ "m" or "f" for a noun of work that says its holder's sex ("businessman", "actress"), else None."""
    if noun in _DESCRIBED_GENDER:
        return _DESCRIBED_GENDER[noun]
    if noun.endswith(("woman", "tress")):  # ("actress"; not "witness")
        return "f"
    return "m" if noun.endswith("man") and noun != "freshman" else None  # (a freshman lawmaker may be a woman)


_FORMER_LATTER = re.compile(r"the (former|latter)")


@cache
def descriptor_nouns() -> frozenset[str]:
    """The descriptors of people that are nouns of work ("singer", "actor", "striker"), in lower case; not
    the parties ("the Democrat" is an epithet, see resolve)."""
    return frozenset(w.lower() for w in descriptor_words()) - _PARTY_WORDS


# (and the parties of other parliaments: "the Labour leader", "the Tory MP")
_PARTY_WORDS = frozenset(
    "democrat democratic republican independent libertarian labour conservative tory liberal green".split()
)
# (and "the GOP front-runner"; and parties whose word is also a noun of work, "the Socialist leader")
_PARTY_LIKE = _PARTY_WORDS | {"gop", "socialist", "communist"}


# a document that speaks, with nothing but its kind to tell it apart
_DOCUMENT_KINDS = (
    "statement|report|letter|memo|email|e-mail|release|press release|lawsuit|suit|complaint|filing|book|ad|"
    "advertisement|study|document|tweet|transcript|ruling|poll|survey|affidavit|indictment|readout"
)
# where a post is put up, which is not who wrote it: "A Facebook post said"
_PLATFORMS = (
    "Facebook|Instagram|Twitter|X|TikTok|Truth Social|LinkedIn|Reddit|Telegram|YouTube|Threads|Bluesky|Substack"
)
# (a modifier in lower case: "the Kremlin statement" is the Kremlin's, but "a Facebook post" is nobody named; and
# court papers with no article)
_THE_DOCUMENT = re.compile(
    rf"(?:(?i:the|a|an|one|another|this|that|its|their) (?:[a-z-]+ )?(?i:(?P<kind>{_DOCUMENT_KINDS}))"
    rf"|(?i:the|a|an|one|another|this|that|its|their) (?:(?:[a-z-]+|{_PLATFORMS}) )?(?P<post>post|message)"
    r"|(?i:court) (?P<papers>documents|records|filings|papers))"
    # (where it was put up: "a message on X", which is no body that speaks)
    rf"(?: on (?:{_PLATFORMS}))?"
    # (and how it came out: "a statement released after the meeting")
    r"(?: (?:released|issued|published|posted|sent|filed|distributed)\b[^,;]*)?"
)
_AUTHOR = (
    # (not past a sentence's full stop: "... the Shreveport Police Department. The"; but past "Corp.", "U.S.")
    r"(?P<who>(?:the |a |an )?[A-Z][\w.&-]*(?:(?<![a-z]{4}\.) (?:of |for |and |the )?[A-Z][\w.&-]*){0,5}"
    # (with the body that speaks for a name: "The Cruz campaign", "Powell’s office")
    r"(?:(?:[’']s)? (?:campaign|office|team|spokesman|spokeswoman|spokesperson))?)"
)


def names_document(phrase: str) -> bool:
    """Whether a speaker phrase is a document with nothing but its kind to tell it apart ("the statement", "a
    congressional report"), which speaks for whoever issued it."""
    return _THE_DOCUMENT.fullmatch(phrase.strip()) is not None


@lru_cache(maxsize=64)
def _author_patterns(kind: str) -> tuple[re.Pattern[str], ...]:
    k = re.escape(kind)
    return (
        re.compile(rf"\b{k}(?: [\w-]+){{0,3}}? (?:from|by|issued by|released by) {_AUTHOR}"),
        re.compile(rf"{_AUTHOR}[’']s? (?:[\w-]+ )?{k}\b"),
        # (or a body's name before the kind, no possessive: "A White House readout said", "a Pentagon report"; not
        # "a TV ad", "a Monday statement", see _document_author)
        re.compile(
            rf"\b(?:[Aa]n?|[Tt]he) (?P<who>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}})(?P<body_named>) (?:[a-z-]+ )?{k}\b"
        ),
        re.compile(
            # (any verb in the past with "in", maybe with when: "Chief Darnell Hughes apologized in a written
            # statement", "Trump responded hours later in a statement")
            # (past an aside between commas: "Allina Health, which runs the hospitals, said in a statement",
            # "Montefiore Medical Center, one of the hospitals, said in a statement")
            rf"{_AUTHOR}(?:, (?:which|who|whose|the|a|an|its|his|her|their|one) [^,;“”\"]{{3,80}},)? (?:\w+ )?"
            r"(?:(?:said|[a-z]+ed)(?: [\w-]+){0,3}? in|released|issued|sent|sent out|put out|posted|filed|published|"
            r"wrote in) "
            rf"(?:a|an|its|his|her|their) (?:[\w-]+ ){{0,2}}?{k}\b"
        ),
        # "In an email, hospital spokesman Mark Reyes wrote" (the name after a description with its own commas:
        # "In a statement, the company, Character Labs, said")
        re.compile(
            rf"\b[Ii]n (?:a|an|his|her|its|their) (?:[\w-]+ ){{0,2}}?{k}, "
            r"(?:(?:the|its|his|her|their) [a-z][\w-]*(?: [a-z][\w-]*)?, (?=[A-Z]))?"
            r"(?P<who>(?:St\. )?[^,.;“”\"]{2,60}?),? (?:said|wrote|[a-z]+ed)\b"
        ),
        # "The district's chief executive, Pedro Martinez, said in a letter to families": the name in apposition
        re.compile(
            r", (?P<who>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}), (?:said|wrote|[a-z]+ed)(?: [\w-]+){0,3}? in "
            rf"(?:a|an|its|his|her|their) (?:[\w-]+ ){{0,2}}?{k}\b"
        ),
        # "The company said in a statement ... The statement said": the body meant, as "the company" resolves;
        # "His former co-stars said in a joint statement": whose they are
        re.compile(
            r"\b(?P<who>(?i:the|his|her|their) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*) (?:\w+ )?(?:said|[a-z]+ed)"
            rf"(?: [\w-]+){{0,3}}? in (?:a|an|its|his|her|their) (?:[\w-]+ ){{0,2}}?{k}\b"
        ),
        # "Trump posted on Truth Social ... The post said"
        *([re.compile(rf"{_AUTHOR} (?:\w+ )?(?:posted|wrote) (?:on|to) (?:{_PLATFORMS})\b")] if kind == "post" else []),
    )


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{4})\.$")  # a full stop after a word, not an abbreviation's ("Corp.")
_LOWER_TAIL = re.compile(
    r"(?: [a-z][a-z-]*){1,2}"
)  # words in lower case that may end a body's name ("foreign ministry")


def _document_author(kind: str, before: str) -> tuple[str, int] | None:
    """Who the text ``before`` a mention of a document of this ``kind`` says issued one, and where in ``before``:
    "a statement from the hospital", "the hospital's statement", "Acme Corp. released a statement", "In a
    statement, he said"; the last one named."""
    found = [
        m
        for p in _author_patterns(kind)
        for m in p.finditer(before)
        if not before.startswith(("’", "'"), m.end("who"))  # (not "from the State Department's inspector general")
        and not (m.end("who") < len(before) and before[m.end("who")].isalpha())  # (a name cut short)
        and m.group("who").lower() not in ("the", "a", "an")  # ("The company said in a statement": not "The")
        and ("body_named" not in m.re.groupindex or mention_type(m.group("who")) == "organisation")
    ]
    if not found:
        return None
    last = max(found, key=lambda m: (m.start("who"), len(m.group("who"))))
    who = _SENTENCE_STOP.sub("", last.group("who"))  # ("the Police Department." closing its sentence)
    tail = _LOWER_TAIL.match(before, last.end("who"))
    if tail and mention_type(who) != "organisation":
        # the body the capitals only begin: "a statement from the Saudi foreign ministry" (not "the Saudi"), up to
        # its noun (not "Holocaust Museum issued a")
        words = tail.group().split()
        longer = (
            f"{who} {' '.join(words[:n])}" for n in range(len(words), 0, -1) if usual_tag(words[n - 1]).startswith("NN")
        )
        who = next((b for b in longer if mention_type(b) == "organisation"), who)
    # (never a document itself, which would send resolve round in a circle)
    speaks = mention_type(who) in ("person", "organisation", "anonymous", "role", "pronoun") and not names_document(who)
    return (who, last.start("who")) if speaks else None


# a party or a nationality for the person just named: "the Democrat", "the Dutchman", "the Spaniard" (not "the
# Wisconsin Republican": on train as often the person named last as someone else, Obama for Paul Ryan)
_EPITHET = re.compile(
    # (an age may come first: "the 27-year-old American")
    r"(?i:the)\s+(?:\d{1,3}-year-old\s+)?((?:Dutch|French|(?:Northern )?Irish|English|Welsh|Scots|Swiss)(man|woman)|"
    r"Democrat|Republican|American|New Zealander|South African|Indian|Chinese|Filipino|Cuban|Dominican|Haitian|"
    r"Ecuadorian|Bolivian|Slovak|Slovenian|Bulgarian|Lithuanian|Latvian|Estonian|Icelander|Cameroonian|Ivorian|"
    r"Spaniard|Swede|Dane|Finn|Pole|Briton|Scot|Turk|Argentine|Czech|Croat|Serb|Greek|Israeli|Pakistani|Italian|"
    r"German|Brazilian|Russian|Ukrainian|Belgian|Norwegian|Austrian|Colombian|Mexican|Nigerian|Egyptian|Moroccan|"
    r"Korean|Japanese|Portuguese|Senegalese|Kenyan|Ethiopian|Jamaican|Chilean|Uruguayan|Peruvian|Venezuelan|"
    r"Iranian|Hungarian|Romanian|Croatian|Serbian|Ghanaian|Algerian|Canadian|Belarusian|Kazakh|Georgian|Tunisian|"
    r"Bosnian|Montenegrin|Ugandan|Tanzanian|South Korean|Taiwanese|Thai|Vietnamese|Indonesian|"
    # (and of a U.S. state: "Sen. Ted Cruz ... the Texan said"; not the Tennessean's, the Oregonian's or the New
    # Yorker's, newspapers' names)
    r"Texan|Californian|Floridian|Minnesotan|Ohioan|Iowan|Virginian|Oklahoman|Arizonan|Coloradan|"
    r"Nevadan|Kentuckian|Vermonter|Alaskan|Michigander|Wisconsinite|Marylander|Missourian|"
    r"Kansan|Nebraskan|Louisianan|Alabamian|Mississippian|Pennsylvanian|Arkansan|Idahoan|Montanan|Utahn|"
    r"South Carolinian|North Carolinian|New Jerseyan|Hoosier)"
)  # (not "the Guardian", "the Tennessean", "the Australian": newspapers)
# (and one a newspaper is named too, after "the" in lower case: "“...,” the Australian said" is the man named
# before; "The Australian reported" is the paper)
_PAPER_EPITHET = re.compile(r"the\s+(?:\d{1,3}-year-old\s+)?(Australian)()")
_EPITHET_GENDER = {"man": "m", "woman": "f"}
# a party's lawmaker by the state they represent: "the Kentucky Republican", "the New York Democrat"
_STATE_MEMBER = re.compile(r"(?i:the)\s+(?P<state>(?:[A-Z][a-z]+\s+){1,2})(?:Democrat|Republican)")
# or after the party: "the Democrat from Minnesota"
_STATE_MEMBER_FROM = re.compile(
    r"(?i:the)\s+(?:Democrat|Republican)\s+from\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
# titles of those who represent a state (or a district in it)
_LAWMAKER_TITLE = re.compile(
    r"\b(?:Sen|Senator|Senate|Rep|Representative|Congressman|Congresswoman|House|Gov|Governor|Speaker|Whip|"
    r"Majority|Minority|Committee)\b"
)


# a legislator by that word alone, maybe described ("the lawmaker", "the Republican lawmaker", "the veteran
# legislator"), and the titles of those who are one
_THE_LAWMAKER = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,2}?(?:lawmaker|legislator)")
_LEGISLATOR_WORD = re.compile(r"\b(?:lawmaker|legislator)s?\b", re.I)
_LEGISLATOR = re.compile(
    r"\b(?:Sen|Senator|Rep|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman|Assemblymember|MP)\b"
)


def _states_in(phrase: str) -> bool:
    """Whether a phrase names a country or a US state, in one word or two ("Texas", "R-Texas", "New York"), or a
    nationality ("Ukrainian")."""
    words = re.findall(r"[A-Z][a-z]+", phrase)
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    # (a party's name is no nationality: "Republican Sen. John McCain")
    nationality = any(is_nationality(w) and w.lower() not in _PARTY_WORDS for w in words)
    states = any(w in countries() for w in words) or any(pair in countries() for pair in pairs)
    return nationality or states or bool(party_states(phrase))


# a party's initial before a state, as news marks a lawmaker: "(R-Ky.)", "R-W.Va.", "(D-CA)", "R-Texas"
_PARTY_STATE = re.compile(rf"\b(?P<party>[RDI])-(?P<state>{_STATE_TAG})")


@cache
def _state_abbreviations() -> dict[str, str]:
    """A US state's abbreviation (AP's "Ky." or the postal "KY") or name -> its name, from data/us_states.txt."""
    out = {}
    for line in wordlist("us_states.txt"):
        name, *short = line.split("\t")
        out.update({form: name for form in (name, *short) if form})
    return out


_PARTY_NAMES = {"democrat": "democratic", "gop": "republican", "tory": "conservative"}
_PARTY_INITIALS = {"R": "republican", "D": "democratic"}


def parties(phrase: str) -> set[str]:
    """The parties a phrase names, by word or by initial: {"republican"} for "the GOP front-runner" or "Sen. Rand
    Paul (R-Ky.)"."""
    named = {_PARTY_NAMES.get(w, w) for w in re.findall(r"[a-z]+", phrase.lower()) if w in _PARTY_LIKE}
    return named | {_PARTY_INITIALS[m["party"]] for m in _PARTY_STATE.finditer(phrase) if m["party"] in _PARTY_INITIALS}


def party_states(phrase: str) -> set[str]:
    """The US states named after a party's initial in ``phrase``: {"Kentucky"} for "Sen. Rand Paul (R-Ky.)"."""
    known = _state_abbreviations()
    # (the period may be left off: "R-Fla")
    return {
        state for m in _PARTY_STATE.finditer(phrase) if (state := known.get(m["state"]) or known.get(f"{m['state']}."))
    }


def _last_lawmaker(state: str, position: int, text: str, earlier: list[Person]) -> str | None:
    """The person named last before ``position`` with the state named close by ("Marco Rubio of Florida",
    "Sen. Ted Cruz (R-Texas)"), else the only one named with a lawmaker's or governor's title and no other
    state close by in the 1,500 characters before ("Senate Majority Leader Mitch McConnell", not "Texas Sen.
    Ted Cruz"); None for no one, or for two."""
    state = state.strip()
    before = [p for p in earlier if p.start < position]
    for p in reversed(before):
        # (where they are from, not where they spoke: "Sen. Bernie Sanders spoke in Iowa")
        home = _home(text, p.start, p.name, 40, position)
        if state in home or state in party_states(home):
            return p.name
    titled = {
        p.name
        for p in before
        if p.start >= position - 1500
        and p.title
        and _LAWMAKER_TITLE.search(p.title)
        and not _states_in(_home(text, p.start, p.name, 40, position))
    }
    return titled.pop() if len(titled) == 1 else None


# what says where a lawmaker is from after the name: "(R-Texas)", ", D-N.Y.,", " of Florida", ", a Florida
# Republican," (not "spoke in Iowa")
_HOME_AFTER = re.compile(
    r"\s*\([^()]{1,30}\)|,\s*[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\s+of\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
    r"|,\s+(?:a|the)\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
)


def _home(text: str, start: int, name: str, before: int, limit: int) -> str:
    """The capitalised and title words in the ``before`` characters just before a person's name at ``start``
    ("Texas Sen.", not "Pelosi of California met Sen."), the name, and the words after it, up to ``limit``, that
    say where they are from."""
    end = start + len(name)
    after = _HOME_AFTER.match(text, end, limit)
    words = text[max(0, start - before) : start].split()
    if start - before > 0 and not text[start - before - 1].isspace():
        words = words[1:]  # (a word cut by the window)
    run = len(words)
    # (back to a comma or a sentence's end: "in Iowa. Sen. Bernie Sanders" is not from Iowa)
    while (
        run
        and (
            words[run - 1][-1].isalnum()
            or (words[run - 1][-1] == "." and words[run - 1].lower() in _dotted_title_words())
        )
        and (words[run - 1][0].isupper() or words[run - 1].lower() in title_words())
    ):
        run -= 1
    return " ".join([*words[run:], text[start : after.end() if after else end]])


# a player's or a manager's side before the noun: "the Arsenal manager", "the England winger", "the Brentford
# boss" (sport prints these for someone it has named)
_SIDE_EPITHET = re.compile(
    r"(?i:the)\s+(?:\d{1,3}-year-old\s+)?(?:former\s+)?((?:[A-Z][\w’'-]+\s+){1,2})"
    r"(?:manager|boss|head coach|coach|captain|skipper|winger|striker|midfielder|defender|goalkeeper|keeper|"
    r"forward|full-back|centre-back|playmaker|"
    r"batsman|batter|bowler|opener|quarterback|pitcher|frontman|international|center|centre|guard)"
)


def _named_with(side: str, position: int, text: str, earlier: list[Person]) -> str | None:
    """The person named last before ``position`` with the ``side`` words close by ("Brentford boss Thomas
    Frank", "Arsenal's Bukayo Saka"), or None."""
    side = re.escape(side.strip())
    # (the side with the name: before it, or in apposition after it; not "Bukayo Saka scored late as Arsenal beat
    # Chelsea", which names Saka with no side of his own)
    before = re.compile(side + r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}$")
    after = re.compile(r"(?:,\s+(?:the\s+)?|\s+of\s+)" + side + r"\b")
    for p in reversed(earlier):
        end = p.start + len(p.name)
        if p.start < position and (
            before.search(text, max(0, p.start - 40), p.start) or after.match(text, end, end + 40)
        ):
            return p.name
    return None


_ANSWER_A = re.compile(r"[ \t]*(?:A|Answer):[ \t]")
# a Q&A's labels of a question and of an answer, each opening a line
QUESTION_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Q|Question):[ \t]")
ANSWER_LINE = re.compile(r"(?:^|\n)[ \t]*(?:A|Answer):[ \t]")
# a name labelling a paragraph of a Q&A or transcript: "Bass: ...", "Sen. Warren: ..."
_ANSWER_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+):[ \t]")
# participles that say who saw or gave out a document: "a memo seen by Reuters" is the memo (clauses keeps "by
# Reuters" inside such a phrase)
SEEN_BY = frozenset(
    "seen obtained reviewed viewed provided shared published released prepared compiled collected gathered "
    "analyzed analysed commissioned conducted".split()
)
# participles that say who found, asked or took on the people who speak: "economists polled by Reuters", "a
# witness interviewed by congressional staff", "a lawyer hired by the family" (they speak, not who polled them)
PEOPLE_BY = frozenset(
    "interviewed surveyed polled hired briefed consulted contacted appointed employed retained questioned quoted "
    "cited".split()
)
_SEEN_BY = re.compile(r"\s+(?:" + "|".join(sorted(SEEN_BY | PEOPLE_BY)) + r")\s+by\s.*$")
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself|itself|themselves)\s*$", re.I)
_THE_HEAD = re.compile(r"the ([a-z]+)")  # "the official", "the spokesman": one noun, nothing to tell it apart
# "the singer", "the front-runner", "the Republican front-runner": a noun of work, maybe described
_THE_DESCRIBED = re.compile(r"the (?:[\w.’'-]+ ){0,3}([a-z]+(?:-[a-z]+)?)")


def introduced_source(phrase: str) -> bool:
    """Whether an unnamed source's phrase introduces it ("a spokesman", "One Labour MP", "several people in
    Clinton's orbit") rather than describing someone with "the", who may be a person named elsewhere ("the
    independent Vermont senator")."""
    return not phrase.lower().startswith("the ")


def _described_last(low: str, history: list[tuple[int, str, str]], introduced: bool = False) -> str | None:
    """The unnamed source described last with the one noun of ``low`` ("A senior State Department official
    said ... “...,” the official said"), still unnamed; None when ``low`` is more than "the" and a noun.
    ``introduced``: only a source the article introduced ("a", "one", "two" ...), not one it described with
    "the"."""
    same = _THE_HEAD.fullmatch(low) or _THE_DESCRIBED_SOURCE.fullmatch(low)
    if same:
        # (its words before the noun all describe the one before: "the senior official" after "A senior White
        # House official", "the campaign official" after "A Harris campaign official"; not "the Pentagon official")
        described = low.split()[1:-1]
        for _, speaker, stype in reversed(history):
            if introduced and not introduced_source(speaker):
                continue
            if (
                stype == "anonymous"
                and head_noun(speaker) == same[1]
                and speaker.lower() != low
                and all(w in speaker.lower().split() for w in described)
            ):
                return speaker
    return None


_THE_DESCRIBED_SOURCE = re.compile(r"the (?:[\w.’'-]+ ){1,3}([a-z]+)")


# "the Prime Minister", "the PM", "the senator": a role with "the" (one or two words before its noun)
# (the words in a lookahead: "the mess on the PM" holds two)
_THE_ROLE = re.compile(r"\b[Tt]he (?=([\w-]+)(?: ([\w-]+))?(?: ([\w-]+))?)")
_THE_AGED = re.compile(r"the (\d{1,3})-year-old(?: (?:man|woman|boy|girl))?")
_THE_AGED_DESCRIBED = re.compile(r"the \d{1,3}-year-old(?: [a-z]|$)")


def _aged_last_speaker(low: str, position: int, text: str, history: list[tuple[int, str, str]]) -> str | None:
    """The person who spoke or was named last, in the 400 characters before, that an age with "the" refers back
    to ("“...,” Nenshi said. ¶ The 62-year-old former mayor of Calgary said"), the subject of a sentence before
    any other ("Austrian Chancellor Sebastian Kurz agreed with Rutte. The 33-year-old said": Kurz); None for
    another mention."""
    if not _THE_AGED_DESCRIBED.match(low):
        return None
    found = []
    for at, speaker, stype in sorted(history, key=lambda h: h[0], reverse=True):
        if at < position - 400:
            break
        if at < position and stype == "person" and _name_like(speaker) and mention_type(speaker) == "person":
            found.append((at, speaker))
    if not found:
        return None
    # (the subject of the sentence just before, or of the mention's own, before anyone named after it there)
    own = _sentence_start(text, max(0, position - 400), position)
    before = _sentence_before(text, max(0, position - 400), own)
    subject = next((speaker for at, speaker in found if at >= before and _opens_sentence(text, at)), None)
    return subject or found[0][1]


_NAME_RUN = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,3})"


def _named_with_age(age: str, before: str) -> str | None:
    """The person ``before`` gives as ``age`` years old, the last one: "Kyle Walker, 34,", "34-year-old
    Kyle Walker", "Walker, a 34-year-old"; None when the age goes with no name ("a 34-year-old man")."""
    found = [
        (m.start(), m[1])
        for pattern in (
            _NAME_RUN + r",\s+(?:an?\s+)?" + age + r"(?:-year-old)?\b",
            r"\b" + age + r"-year-old\s+(?:[a-z]+\s+){0,2}" + _NAME_RUN,
        )
        for m in re.finditer(pattern, before)
    ]
    unnamed = [m.start() for m in re.finditer(r"\b(?i:an?)\s+" + age + r"-year-old\s+[a-z]", before)]
    if not found or (unnamed and max(unnamed) > max(found)[0]):
        return None
    return strip_titles(max(found)[1])


def _nearest_person(
    wanted: str | None,
    position: int,
    text: str,
    people: list[Person],
    history: list[tuple[int, str, str]],
    earlier_people: list[tuple[int, str, str | None]],
) -> Resolution:
    """The person a pronoun (or an epithet such as "the Dutchman") at ``position`` refers back to: the nearest
    earlier person of the ``wanted`` gender ("m", "f" or None for either), see :func:`resolve`."""
    candidates = sorted(
        [(pos, s, "person") for pos, s, t in history if t == "person" and pos < position]
        + [(pos, name, "person") for pos, name, _ in earlier_people]
        # "The minister said ... 'We kept our word,' she said": an unnamed singular speaker is a
        # compatible antecedent too, and stays unnamed
        # (not a group, in -s or not: "officials", "two people familiar with the plans")
        + [(pos, s, t) for pos, s, t in history if t == "anonymous" and pos < position and not _group(s)]
    )
    genders = {p.name: p.gender for p in people if p.gender} if wanted else {}
    titled = {p.name for p in people if p.title} if wanted else set()

    def fits(name: str) -> bool:  # (a person of no other gender than the one wanted, as far as known)
        return genders.get(full_name(name, people, position), wanted) == wanted

    for _, name, stype in _objects_last(candidates, text, position, fits if wanted else None):
        if stype != "person":
            if wanted and _DESCRIBED_GENDER.get(head_noun(name), wanted) != wanted:
                continue  # "he" is not "his wife"
            return Resolution(name, stype)
        full = full_name(name, people, position)
        if mention_type(full) in ("organisation", "anonymous") or _company_named(full, position, text, people):
            # "the Free Press", "Iran": two capitalised words or a place are no person ("the Christian
            # Democrats": nor a party's members); nor a company's short name ("Du Pont" after "Du Pont Co.")
            continue
        known = genders.get(full)
        if known is None and wanted and full.endswith(f" {name}"):
            # (a surname's sex by its courtesy title: "Mr. Harper" is a man, whose full name "Hill Harper" is
            # ordinary words)
            known = next(
                (s for p in people if p.name == name and p.title and (s := title_sex(f"{p.title} {name}"))), None
            )
        if known is None and _ordinary_words(full):
            continue  # ("Social Security", "Sandy Hook", "Election Day": capitalised words, no one's name)
        # "he" is not the nearest woman named; and a name of unknown gender must look like a person's
        # (not "New Zealand" or "Vietnam War", which pass for names elsewhere; but a title vouches for a name
        # of ordinary words: "Mayor Arno Hill")
        if known == wanted or (
            known is None
            and (
                not wanted
                or _name_like(full)
                or full in titled
                or _given_an_age(full, text)
                # (or a surname of two joined: "Winsome Earle-Sears", whose given name is a word)
                or _DOUBLE_BARRELLED.fullmatch(full) is not None
            )
        ):
            return Resolution(full, "person")
    if not candidates:
        # no one named in full before: a surname alone that opened a sentence just before, as famous people
        # are often named ("Merkel arrived in Paris on Monday. “We must act,” she said")
        lone = _lone_surname(text, position)
        if lone:
            return Resolution(lone, "person")
    # (or no one named who fits: only a park or a group before, "near Glacier National Park ... The hiker, a
    # 35-year-old man, survived. He told rangers")
    described = _described_subject(text, position, wanted)
    if described:
        return Resolution(described[1], "anonymous")
    return Resolution("unknown", "unknown")


# a surname of two joined by a hyphen, after a given name: "Winsome Earle-Sears", "Alexandria Ocasio-Cortez"
_DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+")
# a singular someone described, no name, opening a sentence: "A police officer was fired after he said", "The
# hiker, a 35-year-old man, survived. He told rangers"
_DESCRIBED_SUBJECT = re.compile(rf"{_SENTENCE_OPENS}(?:A|An|The)((?: [\w’'-]+){{1,5}})")


def _described_subject(text: str, position: int, wanted: str | None) -> tuple[int, str] | None:
    """``(offset, phrase)`` of the singular someone described, no name, who opens the sentence holding
    ``position`` or the one before ("A Republican candidate for Congress apologized for comments in which he
    suggested": the candidate, unnamed); None if there is none or another sentence comes between."""
    found = None
    for m in _DESCRIBED_SUBJECT.finditer(text, max(0, position - 400), position):
        words = m[1].split()
        # (its head the first noun of someone among its first words: "A police officer", "A Republican candidate")
        head = next(
            (n for n, w in enumerate(words) if w in anonymous_heads() or w in title_words() - TITLE_PARTS), None
        )
        if head is not None:
            found = (m.start(), text[m.start() : m.start(1)] + " " + " ".join(words[: head + 1]), words[head])
    if found is None or _DESCRIBED_GENDER.get(found[2], wanted) != wanted or usual_tag(found[2]) == "NNS":
        return None
    stops = len(re.findall(r"[.!?][”\"]?\s", text[found[0] : position]))
    return (found[0], found[1]) if stops <= 1 else None


def _ordinary_capitalised(word: str) -> bool:
    """Whether one capitalised word is an English word that is neither a singular noun nor an adjective, so no
    one's name ("Companies", "One", "There", "Syrian"; not "Swift", "Brown", nor "Sessions" or "Woods" when the
    article names someone so)."""
    if " " in word or is_given_name(word) or not word[:1].isupper():
        return False
    return is_nationality(word) or usual_tag(word.lower()) in ("NNS", "CD", "EX", "DT", "IN", "PRP")


def _given_an_age(name: str, text: str) -> bool:
    """Whether the article gives ``name`` (or its last word) an age, as only a person has: "said Hill, 70, the
    town's mayor" makes Arno Hill a person, though "Hill" is a word of places."""
    return re.search(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])}),\s+\d{{1,3}},", text) is not None


def _ordinary_words(name: str) -> bool:
    """Whether a name of two or more words is ordinary English words capitalised, the first no given name:
    "Social Security", "Sandy Hook", "Impact Movement" (not "Jan Brewer", "Tom Price", "Glass Steagall")."""
    words = name.split()
    return (
        len(words) > 1
        and not is_given_name(words[0])
        and all(usual_tag(w.lower()) not in ("", "NNP", "NNPS") for w in words)
    )


# a capitalised word opening a sentence (or a paragraph), then a verb in the past or present tense, maybe after
# an adverb: "Merkel arrived", "Trump lashed out", "Obama quickly said" (the capital first, then what stands before
# it: the pattern then starts only at capitals, four times faster than at every character)
_LONE_SUBJECT = re.compile(
    r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?][”\"’']\s[A-Z])|(?<=[.!?]\s[A-Z]))[a-z’'-]+)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", re.M
)


def _tensed(verb: str) -> bool:
    """Whether a lower-case word after a sentence's first is a verb in the past or present tense ("arrived",
    "rose", "says"), as a subject's verb is."""
    return usual_tag(verb) in ("VBD", "VBZ") or verb.endswith("ed")


def lone_subjects(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each one-word name that opens a sentence of ``text`` before a verb in the past or
    present tense: "Merkel arrived", "Maria denies"."""
    return [(m.start(1), m[1]) for m in _LONE_SUBJECT.finditer(text) if _tensed(m[2])]


def _lone_surname(text: str, position: int) -> str | None:
    """The one-word name that was the subject of a sentence in this paragraph or the one before, nearest
    first: a person's, not an ordinary word, a country, a place the article is in, a nationality or an
    organisation."""
    start = _paragraph_before(text, max(0, position - 1500), position)
    for m in reversed(list(_LONE_SUBJECT.finditer(text, start, position))):
        name, verb = m.groups()
        if not _tensed(verb):
            continue
        if not _name_like(name) or is_organisation(name) or name in countries() or name.lower() in title_words():
            continue
        if name.lower() in anonymous_heads() or name.lower() in _KIN_GROUPS or name.lower() in _COLLECTIVES:
            continue  # (a headline's noun for people, no surname: "Family says missing hiker found alive")
        if not named_as_place(name, text):
            return name
    return None


def named_as_place(name: str, text: str, *, going: bool = True) -> bool:
    """Whether the article is in ``name`` ("Paris hosted the summit" after "arrived in Paris"), or, with
    ``going``, goes to it or comes from it (which people are too: "according to Bob", "a call from Carson")."""
    prepositions = "in|at|from|to|near|across|around" if going else "in|at|near|across|around"
    return re.search(rf"\b(?:{prepositions})\s+{re.escape(name)}\b", text) is not None


# one capitalised word opening a sentence, then a verb (maybe after an adverb): "Amazon rose", "Chevron climbed"
_ONE_WORD_SUBJECT = re.compile(r"([A-Z][\w&’'-]*[a-z0-9])\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# a subordinate clause opening just before a mention: "... after the company said"
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|as|when|because|since|while)\s+(?:[\w,-]+\s+){0,6}$")
# a name of two to four capitalised words opening a sentence, then a verb: "General Motors will", "Duke Energy
# said"
_NAMES_SUBJECT = re.compile(
    r"([A-Z][\w&’'-]*[a-z0-9](?:\s+&?\s*[A-Z][\w&’'-]*[a-z0-9]){1,3})\s+(?:[a-z]+ly\s+)?([a-z]+)\b"
)
# a dateline's capitals and dash before a sentence's first words: "DETROIT — ", "ST. PAUL, Minn. — "
_DATELINE_DASH = re.compile(r"[A-Z][A-Z.,'() ]*(?:,\s+[A-Z][a-z.]+)?\s*[—–]\s+")


def _organisation_subject(text: str, start: int, end: int) -> re.Match[str] | None:
    """The match of a name of several words that opens ``text[start:end]`` before a verb, when the name is an
    organisation's by its words ("General Motors", "Duke Energy"; not "Home Depot", which reads as a person's)."""
    m = _NAMES_SUBJECT.match(text, start, end)
    return m if m and mention_type(m[1]) == "organisation" else None


def _company_subject_before(
    text: str, position: int, people: list[Person], *, own_sentence: bool = False
) -> tuple[int, str] | None:
    """``(offset, name)`` of the one-word name, neither a person's nor a country's nor an ordinary word (or a name
    of several words that make it an organisation's, "General Motors"), that opened the sentence just before the
    one at ``position``, before a verb in the past or present tense; with ``own_sentence``, the one that opened the
    mention's own sentence, whose subordinate clause the mention is in ("Weisfield's rocketed 9 1/2 after the
    jewelry store operator said") or which the mention follows after a comma ("General Motors will cut 3,000 jobs,
    the company said")."""
    lo = max(0, position - 1000)
    own = _sentence_start(text, lo, position)
    before = _sentence_before(text, lo, own)
    # (or, in its own sentence, the subject of what the mention reports after a comma: "General Motors will cut
    # 3,000 jobs in North America, the company said", the company speaking of itself)
    tag = own_sentence and text[max(0, position - 2) : position] == ", "
    if own_sentence:
        dateline = _DATELINE_DASH.match(text, own, position)
        first = dateline.end() if dateline else own
        m = _ONE_WORD_SUBJECT.match(text, first, position) or _organisation_subject(text, first, position)
        if m is None or not (tag or _SUBORDINATE_BEFORE.search(text, m.end(), position)):
            return None
    else:
        m = (
            _ONE_WORD_SUBJECT.match(text, before, own) or _organisation_subject(text, before, own)
            if before < own
            else None
        )
    if m is None:
        return None
    name, verb = m.groups()
    if not (_tensed(verb) or (tag and usual_tag(verb) == "MD")) or (tag and name.endswith(("'s", "’s"))):
        return None  # (a possessive opens no subject: "Ticketron's automated wagering business ..., the company said")
    if (
        is_given_name(name)
        or name in countries()
        or _ordinary_capitalised(name)
        or usual_tag(name.lower()) not in ("", "NNP")
        or mention_type(name) not in ("person", "organisation")  # ("Republicans fired back")
        or any(p.name.split()[-1] == name for p in people)
    ):
        return None
    # (not when another name comes between, past the first word of the mention's sentence: "Pfizer is buying
    # Allergan. Allergan, the smaller company, ..., the combined company said"; but a word inside the quotation
    # is no name of the reporter's: "Twitter acknowledged ... “... our own Twitter rules ...,” the company said")
    # (a month or a day is no name: "Boeing delivered 40 jets in May. The planemaker said")
    later = [
        c.start() - m.end()
        for c in _CAPITALISED.finditer(text, m.end(), position)
        if c.start() != own and c.group() not in _CALENDAR
    ]
    if later and not tag:
        from .sentences import quote_depth_at

        if 0 in quote_depth_at(text[m.end() : position], later):
            return None
    return m.start(1), name


# (not "As for Trump, he said": the topic of what follows; "at Brown University" is a place, not Sherrod Brown)
_AFTER_PREPOSITION = re.compile(
    # ("the burden is on Trump"; but "according to" names a source, no object)
    r"(?=[a-z])\b(?:(?<!as )for|about|with|(?<!according )to|against|of|from|than|like|toward|towards|at|near|in|into"
    r"|inside|outside|during|on|upon|between|among)"
    r"\s+(?:an?\s+|the\s+)?$",  # (also a name that qualifies a thing: "during a Martin Luther King Jr. celebration")
    re.I,
)
# a name joined to a pronoun that is an object: "a choice between him and Trump", "for me or Clinton"
_AFTER_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them|me|us)\s+(?:and|or)\s+$")


# a possessor after someone else in its sentence ("Harris shot back that Dunn's tax plan would ...": Harris, not
# Dunn, is whom a "he" after it refers back to; but "FBI Director James Comey’s statement. He called")
# (also before a quoted word: "a rejection of Mr. Modi's “arrogance.”")
_INNER_POSSESSOR = re.compile(rf"[A-Z][\w.-]*(?:\s+(?:{NAME_PARTICLES}\s+)?[A-Z][\w.-]*){{0,3}}[’']s\s+[“\"‘']?[a-z]")
_SPACE_LOWER = re.compile(r"\s[a-z]")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"‘']")  # (also before the two single marks some papers open with)


def _inner_possessor(c: tuple[int, str, str], recent: list[tuple[int, str, str]], text: str) -> bool:
    """Whether candidate ``c`` is a name's possessive after another person named in its sentence."""
    return _INNER_POSSESSOR.match(text, c[0]) is not None and _after_someone(c, c[0], recent, text)


# verbs whose past tense is their base form, which the lexicon tags as a base form
_PAST_AS_BASE = frozenset("beat hit cut put set let hurt quit shut bet cast split spread thrust burst".split())
# a word in lower case right before a name, which _inner_object passes when it is an adjective ("beating
# top-ranked Aryna Sabalenka")
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]+)\s+$")
# the word right before a name, which _inner_object asks is a verb in the past or present tense: "Zimmerman shot
# and killed Trayvon Martin", "Zelenskyy met Donald Trump" (not the end of a compound adjective: "a hoarse-voiced
# Sanders")
_VERB_BEFORE = re.compile(r"(?<![\w-])[a-z]{2,}\s+(?:[A-Z][\w.&-]*[’']s\s+)?$")
# an infinitive before a name, whose object it is: "his decision to start Raheem Sterling"
_INFINITIVE_BEFORE = re.compile(r"\bto\s+([a-z]{3,})\s+$")


def _inner_object(
    c: tuple[int, str, str],
    recent: list[tuple[int, str, str]],
    text: str,
    fits: Callable[[str], bool] | None = None,
) -> bool:
    """Whether candidate ``c`` is the object of a verb whose subject is another person named before it in its
    sentence ("George Zimmerman shot and killed Trayvon Martin ... He is now selling the handgun": Zimmerman),
    of the pronoun's gender if ``fits`` says which (in "Mr. Smith replied that Ms. Friedan had spoken because,
    she said, ..." she is Ms. Friedan)."""
    given = _GIVEN_RUN_BEFORE.search(text, max(0, c[0] - 40), c[0])
    at = given.start() if given else c[0]
    title = _TITLE_STOP_BEFORE.search(text, max(0, at - 8), at)
    if title and is_title(title[1]):
        at = title.start()  # ("Nakano said Mr. Kishida had become a liability": the title's name, reported)
    job = _JOB_BEFORE.search(text, max(0, at - 50), at)
    if job and (job[1] in descriptor_nouns() or job[1] in title_words()):
        at = job.start()  # ("he had not hit Royals shortstop Bobby Witt Jr.": the job's holder, hit)
    adjective = _ADJECTIVE_BEFORE.search(text, max(0, at - 25), at)
    if adjective and ("-" in adjective[1] or usual_tag(adjective[1]) == "JJ"):
        at = adjective.start()  # ("beating top-ranked Aryna Sabalenka", "defeated unseeded Jane Doe": the verb's)
    verb = _VERB_BEFORE.search(text, max(0, at - 20), at)
    word = verb.group().strip() if verb else ""
    # (or the subject of a clause that someone else's verb reports: "Merz demanded that Scholz call the vote")
    embedded = _THAT_BEFORE.search(text, max(0, at - 10), at) is not None
    # (also named in apposition to the clause's subject: "wrote that ... evidence that the student, Rumeysa Ozturk,
    # posed a danger")
    embedded = embedded or (
        (text.find("that ", max(0, at - 50), at) >= 0 or text.find("whether ", max(0, at - 50), at) >= 0)
        and _THAT_NOUN_BEFORE.search(text, max(0, at - 50), at) is not None
    )
    # (not "..., said Trump": an inverted tag's subject; but "Ryan told CNN's Jake Tapper": whom he told)
    word = word.split()[0] if word else ""
    told = word in ("told", "tells")
    # (or a participle's: "Gauff saved two match points before beating Elina Svitolina")
    # (a past tense that is also the verb's base form: "Carlos Alcaraz beat Novak Djokovic")
    verb_before = (
        bool(word)
        and word not in reporting_verbs()
        and (usual_tag(word) in ("VBD", "VBN", "VBZ", "VBG") or word in _PAST_AS_BASE)
    )
    if not verb_before and (infinitive := _INFINITIVE_BEFORE.search(text, max(0, at - 20), at)):
        # (or an infinitive's, whose subject is the sentence's: "Arteta defended his decision to start Sterling")
        verb_before = usual_tag(infinitive[1]) == "VB" and infinitive[1] not in reporting_verbs()
    # (a reporting verb right after its own subject reports the clause the name opens: "Arteta said Ferreira
    # would bring ..."; but not ", said Trump", an inverted tag, nor "Hannity asked Trump", who answers next)
    if not (embedded or told or verb_before):
        said = _WORD_BEFORE.search(text, max(0, at - 16), at)
        embedded = bool(
            said
            and said[1] in reporting_verbs()
            and said[1] not in _ASKING
            and (
                _SUBJECT_END.search(text, max(0, said.start() - 3), said.start())
                # (or the end of an apposition on the subject: "Koichi Nakano, a political scientist at Sophia
                # University, said Mr. Kishida had become a liability")
                or _APPOSITION_END.search(text, max(0, said.start() - 130), said.start())
                # (or a name in apposition, closed by its comma: "His former coach, Rick Carlisle, said Nowitzki")
                or _NAME_APPOSED_END.search(text, max(0, said.start() - 60), said.start())
            )
        )
    if not (embedded or told or verb_before):
        return False
    return _after_someone(c, at, recent, text, fits)


def _in_apposition(c: tuple[int, str, str], recent: list[tuple[int, str, str]], text: str) -> bool:
    """Whether candidate ``c`` is named inside the apposition or relative clause, between commas, right after
    another person's name: "David Ellison, Skydance's chief executive and the son of Oracle co-founder Larry
    Ellison, will become ... He said" (David Ellison's words), "Alcaraz, who beat Sinner ..., said"."""
    run = _CAPITALS_AT.match(text, c[0])
    if run is None:
        return False
    opened = text.rfind(",", max(0, c[0] - 150), c[0])
    if opened < 0:
        return False
    between = text[opened + 1 : c[0]]
    # (or inside a relative clause on that name: "Alcaraz, who beat Sinner three times this year, said")
    if _RELATIVE_OPENS.match(between):
        if _CLAUSE_CLOSES.match(text, run.end()) is None:
            return False
    # (a description: "the son of", "Skydance's chief executive"; not ", said David Axelrod," nor another sentence)
    elif text[run.end() : run.end() + 1] != "," or not _APPOSITION_OPENS.match(between):
        return False
    if re.search(r"[;:\n]", between):
        return False
    if _sentence_start(text, opened, c[0]) > opened:
        return False
    # (the comma ends the other person's name: "Ellison," and not a list, "Smith, Jones and Brown")
    named = _CAPITALS_BEFORE.search(text, max(0, opened - 60), opened)
    return named is not None and any(
        d[2] == "person" and named.start() <= d[0] < opened and d[1] != c[1] for d in recent
    )


_RELATIVE_OPENS = re.compile(r"\s(?:who|whom|whose)\s")
_CLAUSE_CLOSES = re.compile(r"[^,.;:!?“”\"\n]{0,80},")
_APPOSITION_OPENS = re.compile(r"\s(?:the|an?|his|her|their|its|one|another|former|[A-Z][\w-]*[’']s)\s")
_CAPITALS_AT = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_CAPITALS_BEFORE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")
_THAT_BEFORE = re.compile(
    r"\b(?:that|whether|while|whereas|when|after|before|because|until|since|although|though|once|unless)\s+$"
)
_THAT_NOUN_BEFORE = re.compile(r"\b(?:that|whether)\s+(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+$")
# a job, maybe after a team's or body's name, right before a name: "Royals shortstop ", "state Sen. " (see above)
# (capitals of a name or an abbreviation, in the sentence: not "indict Hillary Clinton. FBI director James Comey")
_JOB_BEFORE = re.compile(r"(?<![\w.-])(?:(?:[A-Z][\w&’'-]*|(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.) ){0,3}([a-z][a-z-]+) +$")
_TITLE_STOP_BEFORE = re.compile(r"(?=[A-Z])\b([A-Z][a-z]{1,4}\.)\s+$")  # "Mr. ", "Sen. ", "Gov. " before a name
_SUBJECT_END = re.compile(r"\w\s+$")
# (a description, a participle's or a relative clause, or an age: "Lowell, speaking an hour later, said Okafor
# was rewriting history", "Lowell, who chairs the panel, said", "Lowell, 71, said"; both: "Djokovic, 37, who had
# surgery, said"; or an aside, "Lindner, for his part, said Scholz had", "Lindner, however, said")
_APPOSITION_END = re.compile(
    r"[A-Z][\w’'-]*,\s+(?:\d{1,3},\s+)?"
    r"(?:(?:an?|the|who|for|in|on|at|[a-z]+ing)\s+[^,;“”\"]{1,100}|\d{1,3}|however|meanwhile|though|too|instead),\s+$"
)
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_NAME_APPOSED_END = re.compile(r"[a-z],\s+(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*,\s+$")
_ASKING = frozenset("ask asks asked questioned pressed quizzed interviewed".split())


def _after_someone(
    c: tuple[int, str, str],
    at: int,
    recent: list[tuple[int, str, str]],
    text: str,
    fits: Callable[[str], bool] | None = None,
) -> bool:
    """Whether another person among ``recent`` (one ``fits`` takes, if given) is named before ``at`` in candidate
    ``c``'s sentence."""
    others = [
        d
        for d in recent
        if d[0] < at
        and d[2] == "person"
        and (fits is None or fits(d[1]))
        and _other_person(d[1], c[1])
        # (not two readings of one run of capitalised words; a comma parts two: "Bruno Saltor, Potter's assistant")
        and (_SPACE_LOWER.search(text, d[0], c[0]) or text.find(",", d[0], c[0]) >= 0)
    ]
    if not others:
        return False
    # (from the start of the name's run of capitals: no sentence ends inside "U.S. District Judge Marcia Lyle")
    start = _sentence_start(text, min(d[0] for d in others), at)
    return any(d[0] >= start for d in others)


def _sentence_start(text: str, lo: int, b: int) -> int:
    """Where the sentence holding position ``b`` starts, looking back no further than ``lo``."""
    from .sentences import keeps_going

    start = max(lo, text.rfind("\n", lo, b) + 1)
    # the nearest break back from b that really ends a sentence (a full stop of a title or an initial does not:
    # "Senator Bernie Sanders questioned Mr. Trump's")
    for m in reversed(list(_SENTENCE_BREAK.finditer(text, start, b + 1))):
        if not keeps_going(text[start : m.start() + 1], text[m.end() - 1 : m.end() + 40]):
            return m.end() - 1
    return start


def _sentence_before(text: str, lo: int, own: int) -> int:
    """Where the sentence before the one starting at ``own`` starts, looking back no further than ``lo`` (across
    a paragraph's break too, which is no sentence of its own); ``own`` when there is none."""
    last = lo + len(text[lo:own].rstrip())
    return _sentence_start(text, lo, last - 1) if last > lo else own


def _other_person(a: str, b: str) -> bool:
    return not set(a.split()) & set(b.split())  # ("Aung San Suu" and "Suu Kyi" are one)


# a question put to someone, up to the name, within its clause: "... when asked about concerns that Sanders’s
# supporters would not support Clinton", "Asked about her vote in the event that Clinton faces Trump": whom it
# is about, not who answers
_ASKED_ABOUT = re.compile(r"(?=[Aa])\b[Aa]sked\s+(?:about|whether|if|why|how|what|when)\b[^,;.!?“”\"\n]*$")


# a past participle that opens the sentence, then its agent: "Pressed by host John Dickerson, he said"
_OPENING_AGENT = re.compile(r"(?:^|[.!?][”\"’']?\s+)[A-Z][a-z]+ed\s+by\s+(?:[a-z]+\s+)?$")


def _titles_before(text: str, start: int) -> re.Match[str] | None:
    """The capitalised words and titles' abbreviations right before the name at ``start`` ("with Sen. Joni")."""
    return _titled_run_before().search(text, max(0, start - 40), start)


def _opening_agent(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the agent of a participle that opens its sentence ("Pressed by host John
    Dickerson, he said"), and so not the one the participle describes, the sentence's subject."""
    given = _titles_before(text, start)
    at = given.start() if given else start
    return _OPENING_AGENT.search(text, max(0, at - 40), at) is not None


def _after_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` (or the full name it ends: "Clinton" in "for Hillary Clinton") follows a
    preposition."""
    given = _titles_before(text, start)
    # (not a possessor: "He" after "listening to FBI Director James Comey’s statement" is Comey)
    if given and not _POSSESSIVE_AT.match(text, start):
        start = given.start()
    found = _AFTER_PREPOSITION.search(text, max(0, start - 12), start) or _AFTER_OBJECT_PRONOUN.search(
        text, max(0, start - 12), start
    )
    if found and given and found.group().strip().lower() == "of":
        # "Secretary of State Al Schmidt": "of" inside a title before the name, not before an object (but "the
        # president of Judicial Watch" is one)
        return given.group().split()[0].rstrip(".").lower() not in title_words()
    return found is not None


_POSSESSIVE_AT = re.compile(r"[\w-]+(?:[’']s\b|s[’'](?!\w))")  # "Comey’s", "Jones’"
_GIVEN_RUN_BEFORE = re.compile(r"(?=[A-Z])(?:(?:[A-Z][\w’'-]*|(?:[A-Z]\.)+) +){1,4}$")  # (within the sentence)


@cache
def _titled_run_before() -> re.Pattern[str]:
    """As ``_GIVEN_RUN_BEFORE``, with a title's abbreviation among the words: "with Mr. Trump", "with Sen. Joni
    Ernst" (the abbreviations of ``data/abbreviations.txt``)."""
    titles = [a.capitalize() for a in abbreviations()["title"] if " " not in a]
    return re.compile(r"(?=[A-Z])(?:(?:[A-Z][\w’'-]*|[A-Z]\.|" + alternation(titles) + r"\.) +){1,3}$")


def _objects_last(
    candidates: list[tuple[int, str, str]],
    text: str,
    position: int,
    fits: Callable[[str], bool] | None = None,
) -> Iterator[tuple[int, str, str]]:
    """``candidates`` (by position) in the order a pronoun at ``position`` tries them, nearest first, with the
    ones of the last 300 characters that follow a preposition, or are a possessive or the object of a verb after
    someone else in their sentence, tried after the others of those 300 characters: "Did that mean Garcia would
    vote for Trump? “No,” he said" is Garcia's, as the subject of the sentence before outranks an object in it
    ("Harris shot back that Dunn's plan ...", "Zimmerman shot and killed Trayvon Martin. He ...", Harris's and
    Zimmerman's likewise)."""
    k = bisect_right(candidates, position - 300, key=lambda c: c[0])
    recent = candidates[k:]
    objects = []
    # (each is asked whether it is an object only when the ones after it were not taken: the caller mostly
    # takes the nearest)
    for c in reversed(recent):
        if (
            _after_preposition(text, c[0])
            or _inner_possessor(c, recent, text)
            or _inner_object(c, recent, text, fits)
            or _in_apposition(c, recent, text)
            or _ASKED_ABOUT.search(text, max(0, c[0] - 200), c[0])
            or _opening_agent(text, c[0])
        ):
            objects.append(c)
        else:
            yield c
    yield from objects
    yield from reversed(candidates[:k])


def _people_adjective(word: str) -> bool:
    """Whether ``word`` is a country's people's adjective ("Mexican", "French"; not "Western", "State")."""
    if not is_nationality(word):
        return False
    return word in _demonyms() or any(c.startswith(word[:4]) for c in countries() if " " not in c)


def _body_first_word(word: str, position: int, text: str) -> str | None:
    """The body's name that ``word`` opened earlier in ``text``, its words typed an organisation ("Chipotle Mexican
    Grill" before "Chipotle said"); None if there is none."""
    if not _NAME_WORD.fullmatch(word) or is_given_name(word) or is_place(word):
        return None  # (not "Hillary" before "Hillary Clinton White House", nor "Cleveland" before its police union)
    # (found as a literal, the capitalised words after it by one pattern: no pattern to compile per word)
    at = text.find(word, 0, position)
    while at >= 0:
        rest = _CAPITALISED_AFTER.match(text, at + len(word), position)
        if rest and not (at and (text[at - 1].isalnum() or text[at - 1] in ".’'-")):
            # ("Cleveland Police Patrolmen's Association": a body named for its place; "Xi tells Biden Taiwan is":
            # a name before a country, no branch)
            placed = rest[0].split()[0] in _PLACE_BODY_WORDS or rest[0].strip() in countries()
            if not placed and mention_type(text[at : rest.end()]) == "organisation":
                return text[at : rest.end()]
        at = text.find(word, at + 1, position)
    return None


_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w&’'-]*){1,3}")


# words after a place's name that make a body of it: "Cleveland Police", "Fresno County", "Ohio State University"
_PLACE_BODY_WORDS = frozenset(
    "Police City County State University College School Schools Public Airport Port Fire Council Metro Area".split()
)


def _company_named(word: str, position: int, text: str, people: list[Person]) -> str | None:
    """The company a name is short for, when the article named it in full before ("Hewlett announced" after
    "Hewlett-Packard Co."; "Intel" after "Intel Corp."; "Du Pont" after "Du Pont Co."), unless a person of that
    name is named."""
    words = word.split()
    # (a name, or capitals: "RMS" after "RMS International Inc."; or a name of two or three words: "Du Pont"
    # after "Du Pont Co.", "First of America" after "First of America Bank Corp.")
    named = all(_NAME_WORD.fullmatch(w) or w in ("of", "&") for w in words) and word[:1].isupper()
    if not (named or (word.isupper() and word.isalpha())) or len(words) > 3 or word.endswith("."):
        return None
    if word in countries():
        return None  # "Mexico demanded" after "Mexico City": a country speaks as its government
    # (the name found as a literal, then what follows it matched by one pattern: no pattern to compile per name;
    # in capitals too, as a business story's first words give it: "ONEIDA Ltd. declared ... Oneida said")
    for literal in dict.fromkeys([word, word.upper()]):
        at = text.find(literal, 0, position)
        while at >= 0:
            rest = _AFTER_COMPANY_WORD.match(text, at + len(literal), position)
            if rest and (at == 0 or not text[at - 1].isalnum()):  # the whole word, not "Jintel"
                # (unless a person of that name is named: "Trump" after "Trump Entertainment Resorts Inc."; the
                # words alone, untitled, are no person's name: "Du Pont announced")
                person = any(f" {p.name}".endswith(f" {word}") and (p.name != word or p.title) for p in people)
                return None if person else text[at : rest.end()]
            at = text.find(literal, at + 1, position)
    return None


def _named_organisation(mention: str, tail: re.Match[str]) -> bool:
    """Whether the capitalised words ending ``mention`` are the name of an organisation its noun before them
    describes: "the French bank group Credit Lyonnais" (but "Phil Musser of digital consulting firm IMGE"
    and "the paper's Robert Costa" are people)."""
    before = mention[: tail.start(1)].split()
    noun = before[-1].strip(",")
    described = mention[:1].islower() or mention.split()[0] in ("The", "A", "An")
    think_tank = before[-2:] == ["think", "tank"]  # "the conservative think tank Heritage Foundation"
    return described and (is_organisation(noun) or think_tank) and not noun.endswith(("’s", "'s"))


def _based_company(mention: str) -> str | None:
    """The company's name in "Salt Lake City-based First Security"; None for anything else, and for a person
    ("Texas-based Matt Mackowiak")."""
    based = _BASED.search(mention)
    return None if based is None or is_given_name(based.group(1).split()[0]) else based.group(1).strip()


# a description with the place its subject is based in between commas: "The Wilmington, Del., company", "The
# Kearny, N.J.-based maker of hair accessories" (the noun without what it makes: "the maker")
_PLACED = re.compile(
    r"(?:The|the|A|a|An|an)\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+[A-Z][\w. ]*(?:,\s+|-based\s+)"
    r"(?P<noun>[a-z][\w -]*?)(?:\s+of\s+.*)?"
)
# "the company", "the truck maker"; described by its rank ("the world's largest sportswear maker", "the nation's
# second-biggest lender", "Britain's biggest retailer") or its seat ("the Oregon-based company")
_THE_COMPANY = re.compile(
    r"(?i:the\s+)?(?:(?P<where>world|nation|country|region|state|city|industry|[A-Z][a-z]+)[’']s\s+)?"
    # (or its nationality: "the Swedish company", "the German carmaker")
    r"(?:[A-Z][\w.'-]*-based\s+|(?P<nationality>[A-Z][a-z]+)\s+)?(?:[a-z0-9-]+\s+){0,4}"
    r"(?:company|firm|concern|[a-z]*maker|corporation|lender|"
    r"retailer|insurer|airline|railroad|railway|label|studio|publisher|thrift|chain|giant|conglomerate|manufacturer|"
    r"start-?up|operator|provider|unit|(?<!central )bank)"  # (a central bank is none: see _THE_CENTRAL_BANK)
)
_CONTINENTS = frozenset("Africa America Asia Europe".split())  # (countries, Britain among them, in countries.txt)


def _the_company(mention: str) -> bool:
    """Whether ``mention`` is a company described, not named: "the company", "the world's largest retailer"
    (but not "Trump's company": his)."""
    found = _THE_COMPANY.fullmatch(mention)
    if found is None or (found["nationality"] and not _NATIONALITY.match(found["nationality"])):
        return False
    where = found["where"]
    if where is None or where.islower():
        return mention[:4].lower() == "the " or where is not None
    return where in countries() or where in _CONTINENTS


_AGENCY_NAME = re.compile(
    r"(?:Administration|Bureau|Services?|Agency|Prevention|Commission|Institutes? of Health)$|^(?:the )?[A-Z]{2,5}$"
    # (and one named with the noun: "The U.S. Customs and Border Protection agency said")
    r"|^(?:the )?[A-Z].* agency$"
    # (and the United Nations' agencies: "The World Health Organization warned ... the agency said")
    r"|^(?:the )?(?:World|United Nations|U\.N\.) .*(?:Organization|Organisation|Programme|Program|Fund)$"
)
# a regulator by its kind ("the regulator", "the competition watchdog") and a public body's name that may be one
_THE_REGULATOR = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,2}(?:regulator|watchdog)")
_REGULATOR_NAME = re.compile(rf"{_AGENCY_NAME.pattern}|(?:Authority|Board|Office|Ombudsman)$")
# what describes a player before "center" (besides a nationality), no institution's word: a height, a standing
_PLAYER_BEFORE = re.compile(r"\d+-(?:foot|foot-\d+)|veteran|rookie|young|backup|starting|star|All-Star")
# what a body is, before its acronym ("public broadcaster ZDF", "the news agency KCNA")
_BODY_KINDS = frozenset(
    "broadcaster agency network channel newspaper station outlet regulator watchdog union carrier airline bank "
    "lender insurer retailer automaker company firm group party".split()
)
# institutions in the plural, which speak as bodies
_INSTITUTIONS = frozenset(
    "schools hospitals airports universities colleges clinics museums charities shelters libraries nonprofits".split()
)
_PLACE_PREPOSITIONS = frozenset("in at across around throughout near of from".split())
# bodies "the" and their kind name: "the city said", "the district", "the utility" (local governments and
# services; see mention_type)
_BODIES_BY_KIND = frozenset("city county town township district village province municipality borough utility".split())
# bodies of the state and of learning and care, beside the kinds of _KIND_NOUNS and _BODIES_BY_KIND
_PUBLIC_BODY_NOUNS = frozenset(
    "agency department ministry commission committee council court university hospital institute school board "
    "government".split()
)
# a body described that opens its sentence as the subject: "A school district in Pennsylvania apologized" (see
# _opening_body_of)
_DESCRIBED_BODY_OPENS = re.compile(
    r"(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>"
    + "|".join(sorted(set(_KIND_NOUNS) | _BODIES_BY_KIND | _PUBLIC_BODY_NOUNS, key=len, reverse=True))
    + r")\b(?:\s+(?:in|of|for|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
)
_THE_BODY = re.compile(
    r"(?i:the)\s+(agency|department|ministry|commission|committee|council|court|university|hospital|institute|palace|"
    + "|".join(sorted(_BODIES_BY_KIND))
    + ")"
)


# capitalised words that open a sentence and are no part of a name
_OPENING_WORDS = frozenset("The A An In At On But And Or So As For With From By After Before When While".split())


@lru_cache(maxsize=64)
def _opening_body(head: str) -> re.Pattern[str]:
    """A body of the kind ``head`` by its name with no "the", opening a sentence ("Pepperdine University")."""
    return re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))((?:[A-Z][\w&’'.-]*[ \t]+){{1,3}}{head})\b(?![’']s)")


@lru_cache(maxsize=32)
def _placed_body(head: str) -> re.Pattern[str]:
    """A body of the kind ``head`` by its place's possessive and words in lower case: "Italy's health ministry" (the
    place by its name, checked by the caller)."""
    # (not before the body's name: "Russia's international news agency RIA Novosti" is RIA Novosti)
    return re.compile(rf"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+(?:[a-z-]+\s+){{0,2}}{head}\b(?!,?\s+[A-Z])")


@lru_cache(maxsize=32)
def _apposed_body(head: str) -> re.Pattern[str]:
    """A body of the kind ``head`` by its noun, maybe described, and its name in apposition: "The local gas
    utility, Northern Gas & Power," (the name in group ``name``)."""
    return re.compile(rf"\b[Tt]he (?:[a-z-]+ ){{0,3}}{head}, " + _APPOSED_BODY_NAME)


@lru_cache(maxsize=32)
def _named_body(head: str, *, joined: bool = False) -> re.Pattern[str]:
    # ("the" first: a capitalised body after it, "the Environmental Protection Agency", "the Department of
    # Health and Human Services"; with ``joined``, its words before the head joined by "and" too: "the Food and
    # Drug Administration")
    joins = r"(?:and\s+)?" if joined else ""
    return re.compile(
        rf"(?<=[Tt]he )((?:[A-Z][\w&’'.-]*\s+{joins}){{0,4}}{head}"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?!{_DATE_WORD})[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,3}})?)"
    )


# (a date after a body's name is no part of it: "the European Commission on Monday opened")
_FULL_MONTHS = [max((k for k, v in MONTHS.items() if v == n), key=len).capitalize() for n in range(1, 13)]
_CALENDAR_WORDS = WEEKDAY_NAMES[1:] + _FULL_MONTHS
_CALENDAR = frozenset(_CALENDAR_WORDS)
_DATE_WORD = rf"(?:{'|'.join(_CALENDAR_WORDS)})\b"
# a government agency named after "the" by what it is: "the Food and Drug Administration", "the National Weather
# Service", "the Centers for Disease Control and Prevention"
_AGENCY_NAMED = _named_body("(?:Administration|Bureau|Service|Commission|Centers|Institutes)", joined=True)


_BASED = re.compile(r"\w-based\s+((?:[A-Z][\w&.-]*\s*)+)$")
_BASED_NAMED = re.compile(r"\w-based[^\S\n]+((?:[A-Z][\w&-]*[^\S\n]+)*[A-Z][\w&-]*)")
# a company's legal form after its name ("Corp", "Inc.", "AG"), which speaker_key also drops to merge "Nvidia Corp"
# with "Nvidia"
_LEGAL_FORMS = r"Co|Cos|Corp|Inc|Ltd|PLC|LLC|S\.A|N\.V|AG|GmbH|Limited"
_COMPANY_SUFFIX = rf"(?:{_LEGAL_FORMS}|Group|Holdings)\b\.?"
_COMPANY_WORD = r"[A-Z][\w&’'-]*"
# what follows a company's short name in its full name: "-Packard Co.", " Bank Corp.", " & Co.", " & Gamble Co.",
# " Savings Bank" (a bank by its town: "Poughkeepsie said"), " Health" ("Allina said" after "Allina Health")
_AFTER_COMPANY_WORD = re.compile(
    rf"(?:-[A-Z][\w&]*)?(?:\s+(?:&\s+)?[A-Z][\w&-]*){{0,3}}"
    # (a comma only before a suffix, "Acme, Inc.": "Oscar Munoz, United's chief executive" names no company)
    rf"(?:,?(?:\s+&)?\s+{_COMPANY_SUFFIX}|(?:\s+&)?\s+(?:Bank\b|Bancorp\b|{_SERVICE_WORDS}))"
    # (and a body's word after its field: "Pew" is the "Pew Research Center", not "Pew Research")
    r"(?:\s+(?:Center|Centre|Institute|Foundation|Council|Group)\b)?"
)
# a company's name with its suffix, anywhere ("Acme Corp.", "Dow Jones & Co.", "Ratners Group PLC")
# (within a line: a headline above is no part of the name, "Reuters Quits\n\nReuters Holdings PLC")
_COMPANY_NAMED = re.compile(
    rf"(?<![\w&’'-]){_COMPANY_WORD}(?:[^\S\n]+(?:&[^\S\n]+)?{_COMPANY_WORD}){{0,3}},?(?:[^\S\n]+&)?[^\S\n]+"
    rf"{_COMPANY_SUFFIX}"
)
_BANK_NAME = re.compile(r"\b(?:Savings|Bank|Bancorp|Bankshares)\b")
_COMPANY_END = re.compile(rf"{_COMPANY_WORD}(?:\s+&)?\s+{_COMPANY_SUFFIX}$")  # (and "Dow Jones & Co.")


_NAME_BOUNDARY = re.compile(r"[,;]|\band\b")


def _sole_full_name(name: str, people: list[Person]) -> str:
    """The article's one full name for a surname alone ("Clinton" of "Mrs. Clinton" in a story that names only
    Hillary Clinton); the surname as it stands when no one or several share it (George W. and Jeb Bush), or
    when the surname alone is given to someone of the other sex."""
    if _KNIGHTED.fullmatch(name.strip()):
        return full_name(name, people)  # "Prince Alwaleed" after "Alwaleed Bin Talal": the prince named in full
    if " " in name.strip():
        return name
    full = {p.name: p.gender for p in people if len(p.name.split()) > 1 and p.name.split()[-1] == name}
    if len(full) != 1:
        return name
    ((whole, sex),) = full.items()
    # (nor another sex than the surname's own: "Mr. Obama" is not the Michelle Obama of the same story)
    return whole if all(p.gender in ("", sex) for p in people if p.name == name) else name


def _role_holder(
    mention: str,
    position: int,
    text: str,
    earlier_people: list[tuple[int, str, str | None]],
    history: list[tuple[int, str, str]],
) -> str | None:
    """The person a role noun refers back to ("the senator"): one of the people given that title earlier,
    among the last four people the article mentioned, the most recent first. (In an article about Sen. Ted
    Cruz that names Sen. John McCain once, "the senator" after "Cruz said" is Cruz; after "Rubio said", in an
    article that never titles Rubio, it is nobody the article titled, so it stays unresolved.) A place before
    the role ("the Florida senator") must stand next to the title ("Florida Sen. Marco Rubio")."""
    role = head_noun(mention)
    # (someone titled "former prime minister" is not "the prime minister"; but "the former governor" may be the
    # "Gov. Rick Perry" of an older quote)
    former = "former" in mention.lower()
    # and the title words before the role must be the title's too: "the chief minister" is not "Union Home
    # Minister Amit Shah", "the vice president" not "President Obama"
    qualifiers = [w for w in mention.lower().split()[1:-1] if w in title_words() and w != "of"]
    titled = [
        (at, name)
        for at, name, title in earlier_people
        if title
        and role in title_role_nouns(title)
        and (former or "former" not in title.lower())
        and all(w in title_role_nouns(title).split() for w in qualifiers)
        and not another_office(title, mention)
    ]
    if not titled:
        return None
    if _SUCCESSOR.search(mention):
        # "the new chief" after someone else was named since the holder: perhaps the holder's successor ("Chief Jane
        # Smith resigned. The city named John Doe to replace her. The new chief said"), so no one
        last = max(at for at, _ in titled)
        holders_named = {n for _, n in titled}
        if any(last < at < position and n not in holders_named for at, n, _ in earlier_people):
            return None
    words = mention.split()
    places = [w for w in words[1:-1] if w[0].isupper() and w.lower() not in title_words()]
    # (a party is no place: "the Republican governor" is the governor the article titled, unless it gives the
    # holder another party: not "Democratic Gov. Andrew Cuomo")
    party = parties(" ".join(places))
    if party:
        places = [w for w in places if not parties(w)]
        titled = [(at, n) for at, n in titled if parties(_home(text, at, n, 30, position)) <= party]
    if places:
        # ("Florida Sen. Marco Rubio", "Sen. Bill Nelson of Florida"; never the role's own words)
        # (the words before the name up to the one before it, and after it those that say where the person is from:
        # not "Sen. Marco Rubio of Florida and Sen. Ted Cruz", nor "Zelensky met Russian President Vladimir Putin";
        # and the title's own words: "The Ukrainian president, Volodymyr Zelensky," is titled "Ukrainian President")
        title_of = {(at, name): title for at, name, title in earlier_people if title}
        near = []
        for at, n in titled:
            home = _home(text, at, n, 0, position)
            # (with the state that "R-Fla." stands for)
            home += "".join(f" {state}" for state in party_states(home))
            near.append(
                (at, n, f"{_NAME_BOUNDARY.split(text[max(0, at - 30) : at])[-1]} {home} {title_of.get((at, n)) or ''}")
            )
        # (a nationality matches its country's name: "the Russian leader" is "President Vladimir V. Putin of
        # Russia", by the word's first four letters: Russ-ia, Turk-ey, Chin-a, Ukra-ine)
        matched = [(at, n) for at, n, around in near if all(_place_in(w, around) for w in places)]
        # (one holder by full name and surname: "Sen. J.D. Vance" and "Senator Vance" in a quotation)
        holders = {n for _, n in titled}
        holders = {next((m for m in holders if m != n and m.split()[-1] == n), n) for n in holders}
        if not matched and len(holders) == 1 and words[-1].islower() and _states_in(" ".join(places)):
            # no holder named with the place: the only holder, when named with no other state or country in the
            # 1,000 characters before ("Sen. Bernie Sanders ... the Vermont senator"; not "Texas Sen. Ted Cruz
            # ... the Florida senator", nor a newspaper, "The New Hampshire Union Leader")
            # (nor with a country in the title: "Ukraine's foreign minister, Andrii Sybiha," is no "Hungarian
            # minister")
            matched = [
                (at, n)
                for at, n in titled
                if at >= position - 1000
                and not _states_in(_home(text, at, n, 30, position))
                and not _states_in(title_of.get((at, n)) or "")
            ]
        titled = matched
        if not titled:
            return None  # (no holder of that place: found by hypothesis, "the plan works Gen. Smith Trump Gen")
    # the article's full name for a surname may be another holder's ("Bush" is "Jeb Bush" elsewhere)
    by_surname: dict[str, str] = {}
    for _, name in titled:
        # (a surname alone is the full name given with it: "Senator Rubio" in a quotation is "Sen. Marco Rubio")
        if not by_surname.get(name.split()[-1], "").endswith(f" {name}"):
            by_surname[name.split()[-1]] = name
    recent: set[str] = set()
    for at, name, stype in reversed(history):
        if stype == "person" and at < position and name in by_surname.values() and _name_like(name, places=False):
            return name  # (a titled holder's name may share a word with places: "Judge Alison Park")
        # (only what looks like a person's name: history also holds "Washington Post" typed as a person)
        if stype != "person" or at >= position or not _name_like(name) or is_organisation(name):
            continue
        surname = name.split()[-1]
        if surname in by_surname:
            return by_surname[surname]
        recent.add(surname)
        if len(recent) == 4:
            return None
    return by_surname[titled[-1][1].split()[-1]] if not recent else None


def _place_in(word: str, around: str) -> bool:
    """Whether ``around`` (the words next to a titled name) has the place ``word`` names, or its people's adjective:
    "Russian" is "Russia" by their first four letters (Turk-ey, Mexi-can, Ukra-ine), and "French" is "France" by
    ``data/demonyms.txt``."""
    if word in around:
        return True
    # (a country's, not a US state's, whose first letters may begin a name: "Florida", "Flores")
    country = word in countries() and word not in _state_abbreviations().values()
    if (is_nationality(word) or country) and f" {word[:4]}" in f" {around}":
        return True
    return any(f" {other}" in f" {around}" for other in _demonyms().get(word, ()))


@cache
def _demonyms() -> dict[str, tuple[str, ...]]:
    """Each country in ``data/demonyms.txt`` with its people's adjective, and each adjective with its countries."""
    pairs = [line.split("\t") for line in wordlist("demonyms.txt")]
    both: dict[str, tuple[str, ...]] = {}
    for country, adjective in pairs:
        both[country] = (*both.get(country, ()), adjective)
        both[adjective] = (*both.get(adjective, ()), country)
    return both


# words that make a role someone who took it up lately: "the new chief", "the incoming governor"
_SUCCESSOR = re.compile(r"(?i)\b(?:new|incoming|newly)\b")


# a role or job after a state's or country's name: "the Florida senator", "the former Texas governor", "the New
# York businessman", "the Vermont Democrat"
_THE_PLACED = re.compile(r"[Tt]he (?:former )?((?:[A-Z][a-z]+ ){1,2})([a-z]+|Democrat|Republican|Independent)")


def _placed_holder(m: _Mentioned) -> str | None:
    """For a role or job after a state or country that no one holds by title there ("the Florida senator" of an
    article that calls him "Marco Rubio"), the one person named from the start of the sentence before up to the
    mention, not only as a verb's object, who is not put in another state and holds no other office ("Cruz
    warned against a brokered convention. “...,” the Texas senator said": Cruz); None when no one or more than
    one was named there."""
    placed = _THE_PLACED.fullmatch(m.mention.strip())
    # (a state's or a country's name, not a nationality: "the Russian leader", "the Latin American pope" name an
    # office whose holder the article need not have named before)
    if not placed or not _states_in(placed[1]) or any(is_nationality(w) for w in placed[1].split()):
        return None
    noun = placed[2].lower()
    if not (noun in title_words() or noun in descriptor_nouns() or noun in _PARTY_WORDS):
        return None
    text, position = m.text, m.position
    own = _sentence_start(text, max(0, position - 400), position)
    end = len(text[:own].rstrip())  # (the sentence before may close the paragraph before)
    before = _sentence_start(text, max(0, position - 400), end - 1) if end > 0 else own
    named = [
        (at, full_name(name, m.people, at))
        for at, name, stype in m.history
        if before <= at < position
        and stype == "person"
        and _name_like(name)
        and mention_type(name) == "person"
        # (not someone named after a preposition: "standing beside President Enrique Peña Nieto, the New York
        # businessman"; nor a possessor: "Ted Cruz ... urged Rubio's supporters to join him")
        and not _after_preposition(text, at)
        and not _POSSESSIVE_AT.match(text, at)
    ]
    # (one person, not only a verb's object: "The host interviewed Hugh Hewitt"; "Bernie Sanders won ..., upending
    # polls that had shown Hillary Clinton with a lead. ¶ The Vermont senator told": Sanders)
    names = {name for at, name in named if not _after_verb(text, at)}
    if len(names) != 1:
        return None
    (name,) = names
    gender = "f" if noun.endswith("woman") else "m" if noun.endswith("man") else ""  # ("businessman", "congresswoman")
    if gender and name_gender(name) not in ("", gender):
        return None  # ("Debbie Wasserman Schultz ... the Florida congressman": someone else)
    place = placed[1].split()
    for at, n, title in m.earlier_people:
        if full_name(n, m.people, at) != name:
            continue
        home = _home(text, at, n, 40, position)
        if _states_in(home) and not all(w in home for w in place):
            return None  # ("Sen. Ted Cruz (R-Texas) ... the Florida senator": not Cruz)
        if title and not {w.rstrip(".") for w in title_role_nouns(title).split()} <= _COURTESY | {noun}:
            return None  # ("Gov. Jeb Bush ... the Florida senator": another office)
    return name


_VERB_BEFORE_NAME = re.compile(r"([a-z]+)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def _after_verb(text: str, at: int) -> bool:
    """Whether the name at ``at`` (or the full name it ends) follows a verb: "interviewed Hugh Hewitt"."""
    before = _VERB_BEFORE_NAME.search(text, max(0, at - 60), at)
    return before is not None and usual_tag(before[1]) in ("VB", "VBD", "VBN", "VBP", "VBZ")


def _earlier_untitled_holder(
    mention: str, position: int, text: str, people: list[Person], earlier_people: list[tuple[int, str, str | None]]
) -> str | None:
    """The holder of an untitled role named the last time the article used that role, when no one is near this
    mention: "Sir Keir Starmer vowed ... the Prime Minister told MPs ... [three paragraphs on others] The PM
    insisted" (see :func:`_untitled_holder`; "the PM" and "the Prime Minister" are one role)."""
    role = head_noun(mention)
    found = 0
    for m in reversed(list(_THE_ROLE.finditer(text, max(0, position - 3000), position))):
        words = [w for w in m.groups() if w]
        if not any(w.lower() in title_words() for w in words):
            continue  # (most "the" phrases hold no title word: "the economy")
        phrase = next(
            (
                p
                for n in range(len(words), 0, -1)
                if mention_type(p := " ".join(["the", *words[:n]])) == "role"
                and (head_noun(p) == role or role in title_role_nouns(" ".join(words[:n])).split())
            ),
            None,
        )
        if phrase is None:
            continue
        before = [p for p in earlier_people if p[0] < m.start()]
        holder = _untitled_holder(phrase, m.start(), text, people, before)
        if holder:
            return holder
        found += 1
        if found == 3:
            break
    return None


def _untitled_holder(
    mention: str,
    position: int,
    text: str,
    people: list[Person],
    earlier_people: list[tuple[int, str, str | None]],
    history: Sequence[tuple[int, str, str]] = (),
) -> str | None:
    """The person a role refers back to when the article gives no one that title: the only person it named in
    the 600 characters before, who holds no other title ("Sir Keir Starmer has promised ... Speaking at a
    hospital, the Prime Minister said"); None when no one or more than one was named there."""
    if _holder_elsewhere(mention, position, text, earlier_people):
        return None
    return _sole_recent_holder(mention, position, text, people, earlier_people, history)


def _holder_elsewhere(
    mention: str, position: int, text: str, earlier_people: list[tuple[int, str, str | None]]
) -> bool:
    """Whether a role or description says that its holder is not simply someone named just before: someone holds
    the title, it follows a preposition, or it names a place or a portfolio."""
    role = head_noun(mention)
    if any(title and role in title_role_nouns(title) for _, _, title in earlier_people):
        return True  # (someone holds the title: see _role_holder)
    # (where the role itself stands: a relative pronoun's antecedent comes before it)
    at = text.rfind(mention.strip(), max(0, position - 200), position + len(mention))
    at = position if at < 0 else at
    if _AFTER_PREPOSITION.search(text, max(0, at - 12), at) or _BY_BEFORE.search(text, max(0, at - 4), at):
        return True  # ("Jane Smith released a video. The plan was welcomed by the mayor": someone else)
    words = mention.split()[1:]
    # (the "of" inside a title is no portfolio: "the former secretary of state", "the chief of staff")
    words = _of_title().sub("title", " ".join(words)).split()
    place = [
        w
        for w in words
        if w[0].isupper()
        and w.lower() not in title_words()
        and not is_nationality(w)
        and w not in _COUNTRY_INITIALS
        and w.lower() not in _PARTY_LIKE  # (a party is no place: "the GOP front-runner")
    ]
    # ("the Texas senator", "the Latin American pope", "the minister of environment": a place or a portfolio
    # says who it is; but "the Republican presidential candidate")
    return bool(place) or "of" in words[:-1]


_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which)\b")


def _sole_recent_holder(
    mention: str,
    position: int,
    text: str,
    people: list[Person],
    earlier_people: list[tuple[int, str, str | None]],
    history: Sequence[tuple[int, str, str]] = (),
) -> str | None:
    """The only person named in the 600 characters before ``position`` (or else in its paragraph) as a
    sentence's subject, holding no other title; None for no one or more than one."""
    # (named by the writer, not inside someone's quotation: "“If Hillary Clinton ... ,” Trump said. The Republican
    # candidate appeared to ...")
    quoted = {p.start for p in people if p.quoted}
    # (nor one spoken to, who asks rather than answers: "Speaking to the BBC's Laura Kuenssberg, the chancellor
    # said", "told Fox News host Sean Hannity")
    recent = [
        (named_at, n)
        for named_at, n, _ in earlier_people
        if named_at >= position - 600
        and named_at not in quoted
        and not _SPOKEN_TO.search(text, max(0, named_at - 60), named_at)
    ]
    name = _sole_subject(recent, text, people)
    if name is None:
        # (or the only one named in the mention's own paragraph: "... Keir Starmer ... ¶ Rishi Sunak, speaking in
        # Kent, said voters faced “a clear choice”. “...,” the prime minister added")
        paragraph = text.rfind("\n", 0, position) + 1
        recent = [(named_at, n) for named_at, n in recent if named_at >= paragraph]
        # (or named by surname in the sentence before, after the full name: "Clinton said ... Donald Trump. ¶
        # Trump sought to woo voters. “...,” the Republican nominee said"; not in the mention's own, whom it may
        # talk about: "But Trump has one thing in common with ..., the columnist suggested")
        own_start = _sentence_start(text, max(paragraph, position - 400), position)
        before = max(paragraph, _sentence_before(text, max(0, own_start - 400), own_start))
        recent += [(at, n) for at, n, t in history if t == "person" and before <= at < own_start]
        # (not a place: "Trump, speaking at his resort in Palm Beach, praised"; but "took on Hillary Clinton")
        recent = [(at, n) for at, n in recent if not named_as_place(n, text, going=False)]
        name = _sole_subject(recent, text, people)
    if name is None:
        return None
    # (nor one the article gives another role around the name: "The Prime Minister, Keir Starmer, said ...
    # The Foreign Secretary, speaking in Leeds, called")
    own = {w.lower().rstrip(".,") for w in mention.split()}
    for named_at, _ in recent:
        # (in the name's paragraph: "... the Labour leader told supporters. ¶ Rishi Sunak, speaking in Kent")
        own_paragraph = text.rfind("\n", 0, named_at) + 1
        # (not a relative clause's object: "Hiran Abeysekera, who plays the prince, is 39")
        after = _RELATIVE_WORD.split(text[named_at : named_at + 60], maxsplit=1)[0]
        around = _WORD.findall(text[max(own_paragraph, named_at - 40) : named_at] + after)
        # (a lower-case "state" is the noun: "John Kasich, who won his home state of Ohio")
        if any(
            w.lower() in title_words() and w.lower() not in own | _COURTESY | _TITLE_LINKS and w != "state"
            for w in around
        ):
            return None
    titles = {title for _, n, title in earlier_people if title and full_name(n, people) == name}
    # (a knight's or a courtesy title says nothing of the office: "Sir Keir Starmer", "Mr. Trump")
    return name if all(not {w.rstrip(".") for w in title_role_nouns(t).split()} - _COURTESY for t in titles) else None


_COURTESY = frozenset("sir dame lord lady mr mister mrs ms miss dr doctor".split())
# the one someone speaks to, maybe with their outlet and job before the name: "told Fox News host", "in an
# interview with NBC's", "speaking to the BBC's"
_SPOKEN_TO = re.compile(
    r"\b(?i:(?:speak|speaks|speaking|spoke|talk|talks|talking|talked)\s+(?:to|with)|told|telling|"
    r"interview(?:ed|s)?\s+(?:with|by)|(?:asked|questioned|pressed)\s+by)\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}?[A-Z][\w.&-]*(?:[’']s)?\s+)?"
    r"(?:(?:host|anchor|presenter|interviewer|correspondent|reporter|journalist|moderator)\s+)?$"
)


def _sole_subject(recent: list[tuple[int, str]], text: str, people: list[Person]) -> str | None:
    """The one person among the ``recent`` mentions (position, name), when named as the subject of a sentence
    ("Sir Keir Starmer has promised ...", not "... told Hugh Hewitt") or as whose words a noun names ("a swift
    rebuke from Trump"); None when no one or more than one."""
    near = {full_name(name, people, at) for at, name in recent}
    if len(near) != 1:
        return None
    (name,) = near
    if not _name_like(name) or mention_type(name) != "person":
        return None
    return (
        name
        if any(
            _opens_sentence(text, at)
            or _SPEECH_FROM.search(text, max(0, at - 60), at)
            or _QUOTE_BEFORE.search(text, max(0, at - 6), at)
            for at, _ in recent
        )
        else None
    )


# the speaker of the quotation just closed, who is its sentence's subject: "“I would speak to him,” Trump told"
_QUOTE_BEFORE = re.compile(r"[,?!](?:[”\"]|'')\s+$")


# someone's words named before the name: "drew a swift rebuke from Trump", "a statement from Sen. Ted Cruz"
_SPEECH_FROM = re.compile(
    r"\b(?:" + SPEECH_NOUNS + r"|rebuke|criticism|reaction|condemnation|praise)\s+from\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"
)


_BY_BEFORE = re.compile(r"\bby\s+$")
_TITLE_LINKS = frozenset(["of", "the", "and", "for", "general"])  # ("Secretary of State", "Attorney General")
_COUNTRY_INITIALS = frozenset(["U.S.", "U.K.", "US", "UK", "EU", "E.U."])


@cache
def _of_title() -> re.Pattern[str]:
    """The titles.txt titles with "of" inside ("Secretary of State"), in any case."""
    return re.compile("|".join(rf"\b{re.escape(t)}\b" for t in titles() if " of " in t), re.IGNORECASE)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the name at ``at`` opens its sentence, after nothing but a title or description in capitals or
    title words ("Sir Keir Starmer has", "Republican Sen. Ted Cruz said"), or a short description ending in a
    title or a noun of work ("Republican presidential candidate Ben Carson said")."""
    start = _sentence_start(text, max(0, at - 120), at)
    lead = text[start:at].split()
    # (a dateline's capitals and marks too: "WASHINGTON (AP) — Donald Trump has invested")
    if all(w[0].isupper() or not w[0].isalpha() or w.lower().rstrip(".") in title_words() for w in lead):
        return True
    # (or a description of the person that ends in a title or a noun of work: "Democratic presidential candidate
    # Hillary Clinton", "billionaire businessman Donald Trump")
    last = lead[-1].lower().rstrip(".") if lead else ""
    return 1 < len(lead) <= 5 and (last in title_words() or last in descriptor_nouns()) and lead[0][0].isupper()


# titles that say whether a person is a man or a woman
_TITLE_GENDER = {
    **dict.fromkeys("mr sir lord king prince congressman spokesman chairman councilman assemblyman".split(), "m"),
    **dict.fromkeys(
        "mrs ms miss madam dame lady queen princess congresswoman spokeswoman chairwoman councilwoman".split(), "f"
    ),
}


# the roles of _TITLE_GENDER written in lower case before a name in apposition: "a spokeswoman, Kyle Patterson"
_ROLE_GENDER = {w: g for w, g in _TITLE_GENDER.items() if w.endswith("man")}


def title_sex(mention: str) -> str | None:
    """ "m" or "f" when ``mention`` opens with a title that says a sex ("Mr. Clinton", "Congresswoman Gabbard")."""
    words = mention.split()
    return _TITLE_GENDER.get(words[0].lower().rstrip(".")) if len(words) > 1 else None


def gendered_title(word: str) -> bool:
    """Whether a title or job word says man or woman ("spokeswoman", "Mrs")."""
    return word.lower().rstrip(".") in _TITLE_GENDER


def _starts_with(words: Iterable[str]) -> str:
    """A look-ahead for the first letters of ``words``. First in a pattern that opens on "\\b" or a group, it lets
    the regex engine skip to where a match can start, instead of trying every character: the same matches, in
    a half to a third of the time."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


# unnamed people whose description says whether they are a man or a woman
_DESCRIBED_GENDER = {
    **_TITLE_GENDER,
    **dict.fromkeys("man husband son father brother widower grandfather uncle nephew boy".split(), "m"),
    **dict.fromkeys("woman wife daughter mother sister widow grandmother aunt niece girl".split(), "f"),
}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
_GENDERED = re.compile(_starts_with(_PRONOUN_GENDER) + r"\b(?:" + "|".join(_PRONOUN_GENDER) + r")\b", re.I)
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*\b")  # \b[A-Z]..., faster (see quotes._FULL_NAME)


def _capitalised_words(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """``(position, word)`` of what ``_CAPITALISED`` finds in ``text`` that is one of ``words``, in order, by a
    search for each word (an article has far more capitalised words than people): where one stands, not after a
    letter, not inside a capitalised word found before it ("Smith-Jones" holds no "Jones"), and whole."""
    found = []
    for word in words:
        at = text.find(word) if word[:1].isupper() else -1
        while at >= 0:
            if not (at and _WORD_CHAR.match(text, at - 1)) and (m := _CAPITALISED.match(text, at)) and m[0] == word:
                run = at
                while run and (text[run - 1] in "’'-" or _WORD_CHAR.match(text, run - 1)):
                    run -= 1
                if run == at or not _CAPITAL_START.search(text, run, at):
                    found.append((at, word))
            at = text.find(word, at + 1)
    found.sort()
    return found


_CAPITAL_START = re.compile(r"[A-Z](?<!\w[A-Z])")
_TITLE_BEFORE = re.compile(
    _starts_with(k.capitalize() for k in _TITLE_GENDER)
    + r"\b("
    + "|".join(k.capitalize() for k in _TITLE_GENDER)
    + r")\.?\s+$"
)


@cache
def first_name_genders() -> dict[str, str]:
    """Given name -> "m", "f", or "" for a name given to both (``data/first_names.txt``)."""
    return {
        name: "" if sex == "mf" else sex for name, sex in (line.split("\t") for line in wordlist("first_names.txt"))
    }


def name_gender(name: str) -> str:
    """ "m" or "f" as a name's title or given name shows it ("Mrs. Clinton", "Harry Reid"), else ""."""
    words = name.split()
    if not words:
        return ""
    # (a given name only before a surname, as with_genders reads it: "Warren" alone is a surname)
    given = first_name_genders().get(words[0], "") if len(words) > 1 and not family_name_first(words) else ""
    return _TITLE_GENDER.get(words[0].lower().rstrip("."), "") or given


def family_name_first(words: list[str]) -> bool:
    """Whether a name's two words are a family name and a Korean given name, which says so with no title ("Ban
    Ki-moon", "Moon Jae-in", "Kim Young-soo", whose "Kim" is no English given name; not "White House-era")."""
    if len(words) != 2 or "-" not in words[1] or not _KOREAN_GIVEN.fullmatch(words[1]):
        return False
    first, second = (usual_tag(w) for w in words[1].lower().split("-", 1))
    # (a word of English joined to a noun or a verb is a compound: "House-era", "Court-based")
    return not first or not second.startswith(("NN", "VB"))


def mention_gender(phrase: str, names: Iterable[str]) -> str:
    """ "m" or "f" as the title or given name of ``phrase`` shows it, or for a surname alone the one gender of the
    full ``names`` it ends ("Feldstein" after "Mark Feldstein"), else ""."""
    name = strip_titles(phrase)
    if " " in name:
        return name_gender(name) or name_gender(phrase)
    genders = {g for n in names if n.rsplit(None, 1)[-1] == name and (g := name_gender(n))}
    return genders.pop() if len(genders) == 1 else name_gender(phrase)


def pronoun_gender(word: str) -> str:
    """ "m" or "f" for a gendered pronoun ("he", "her"), else ""."""
    return _PRONOUN_GENDER.get(word.lower(), "")


def is_given_name(word: str) -> bool:
    """Whether ``word`` is in the curated list of given names ("Will", "Rose", "Grant")."""
    return word in first_name_genders() or word.capitalize() in first_name_genders()


_SENTENCE_END = re.compile(r"[.!?;][”\"’']?\s")


def with_genders(text: str, people: list[Person]) -> list[Person]:
    """``people`` with the gender the article shows for each name, so that "she" never resolves to a man: a
    gendered title before any mention ("Mrs. Clinton", "Congresswoman Tulsi Gabbard"), else a given name that
    tells (``data/first_names.txt``: "Hillary", "Donald"), else the pronouns that follow its mentions in the
    same sentence before another person is named ("Sanders said he ...", "Erdogan told his party ..."), when
    at least two agree and at most one in four disagrees. Names with no sign stay unknown, compatible with any
    pronoun."""
    names = sorted({p.name for p in people if p.name}, key=len, reverse=True)
    if not names:
        return people
    by_last: dict[str, set[str]] = {}
    for n in names:
        by_last.setdefault(n.split()[-1], set()).add(n)
    votes: dict[str, Counter[str]] = {}  # (only for the names a pronoun follows)
    titled: dict[str, str] = {}
    for p in people:
        word = (p.title or "").split()[-1:] or [""]
        g = _TITLE_GENDER.get(word[0].lower().rstrip("."))
        if not g:
            g = _kin_gender(text, p.start)  # "her husband, Milton Berg", "His daughter, actor Rashida Jones"
        if g:
            titled.setdefault(p.name, g)
    # capitalised words that are someone's surname (searched for one by one: compiling a regex of surnames per
    # article would cost more, and the scan of every capitalised word did)
    found = _capitalised_words(text, by_last)
    for i, (start, surname) in enumerate(found):
        full = by_last[surname]
        if len(full) != 1:
            continue  # two people share the surname: which one a pronoun follows is unclear
        (name,) = full
        end_of_name = start + len(surname)
        t = _TITLE_BEFORE.search(text, max(0, start - 15), start)
        if t:
            titled.setdefault(name, _TITLE_GENDER[t.group(1).lower()])
        # the next gendered pronoun in the same sentence, before the next person is named; not one opening a
        # clause after a comma ("when I asked Hillary Clinton ..., he looked"), whose subject is anyone's
        stop = min(found[i + 1][0] if i + 1 < len(found) else len(text), end_of_name + 200)
        end = _SENTENCE_END.search(text, end_of_name, stop)
        pronoun = _GENDERED.search(text, end_of_name, end.start() if end else stop)
        if pronoun and not text[max(0, pronoun.start() - 2) : pronoun.start()].startswith(","):
            tally = votes.get(name)
            if tally is None:
                tally = votes[name] = Counter()
            tally[_PRONOUN_GENDER[pronoun.group().lower()]] += 1
    gender = {}
    given = first_name_genders()
    for n in names:
        # ("Warren" alone is a surname; "Kim" before "Young-soo" a family name)
        first = n.split()[0] if len(n.split()) > 1 and not family_name_first(n.split()) else ""
        if n in titled or given.get(first):
            gender[n] = titled.get(n) or given[first]
            continue
        (top, k), *rest = (votes[n].most_common() if n in votes else None) or [("", 0)]
        # (pronouns also follow "South Korea" and "Atlantic City": only what looks like a name gets a gender)
        if k >= 2 and k >= 3 * (rest[0][1] if rest else 0) and _name_like(n):
            gender[n] = top
    # (a gender already known stays: a given name alone, "His wife, Karen,", is no surname)
    return [Person(p.name, p.start, p.title, gender.get(p.name, p.gender), p.quoted) for p in people]


# relatives, whose word says a man or a woman ("" when it does not: a partner)
KIN_GENDER = {
    **dict.fromkeys(
        "husband son father brother uncle nephew grandson grandfather boyfriend stepson stepfather widower "
        "fiancé".split(),
        "m",
    ),
    **dict.fromkeys(
        "wife daughter mother sister aunt niece granddaughter grandmother girlfriend widow stepdaughter "
        "stepmother fiancée".split(),
        "f",
    ),
    "partner": "",
}


def _kin_gender(text: str, at: int) -> str | None:
    """The gender a kin word right before the name at ``at`` gives it, past a comma and up to two words in lower
    case ("her husband, Milton Berg", "His daughter, actor Rashida Jones"), or a role's word in apposition ("a
    park spokeswoman, Kyle Patterson", though Kyle is mostly a man's name); else None."""
    words = text[max(0, at - 40) : at].split()[-3:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k].rstrip(",").lower()
        if word in KIN_GENDER:
            return (KIN_GENDER[word] or None) if all(w.islower() for w in words[k + 1 :]) else None
        if word in _ROLE_GENDER and words[k].endswith(",") and k == len(words) - 1:
            return _ROLE_GENDER[word]
        if not words[k].islower():
            return None
    return None


# words of place and institution names, which the capitalised-words rule takes for people's names
_PLACE_WORDS = frozenset(
    """new north south east west lake city county state island war street hill institution institute valley
    river park beach bay square district center centre university college church act times post news morning
    mayor chair monday tuesday wednesday thursday friday saturday sunday san los las santa fort port mount
    sea ocean gulf strait shoal canyon desert heights zone bowl cup road avenue lane drive boulevard highway
    station bridge terrace crescent""".split()
)
_NAME_WORD = re.compile(
    rf"(?:[A-Z][{NAME_LOWER}]*(?:[A-Z][{NAME_LOWER}]+)?(?:[’'-][A-Z]?[{NAME_LOWER}]+)*\.?|(?:[A-Z]\.){{1,3}}|bin|de|van|von|da|del|la|le|al"
    rf"|{ARTICLE_SURNAME})"
)


NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_GROUP_QUANTIFIERS = frozenset(["many", "some", "several", "few", "most", "other", "both"])
_COLLECTIVES = frozenset("group team panel handful number pair trio couple band delegation".split())


def _plural_group(words: list[str]) -> bool:
    """Capitalised words that end in a plural noun name a group, not a person: "Muslim Americans", "Girl
    Scouts", "House Republicans" (but "Dorothy Woods", "David Brooks" are people, their surnames tagged as
    proper nouns)."""
    return (
        len(words) > 1
        and words[-1].endswith("s")  # (a quick test first: the tags below are all plurals in -s)
        and all(w[0].isupper() for w in words)
        and usual_tag(words[-1]) in ("NNS", "NNPS")
        and not is_given_name(words[0])
        and words[0].rstrip(".").lower() not in title_words()
    )


_AGENT_PLURAL = re.compile(r"(?:er|or|ist|ian|ant|ent)s$")
# nouns of a profession by their endings, past any list ("cardiologists", "pediatrician", "psychiatrist",
# "demographers"): people unnamed
_PRACTITIONER = re.compile(r"\w\w(?:ologists?|iatrists?|icians?|ographers?)$")


def _described_group(words: list[str]) -> bool:
    """Words that open a sentence before a plural of people, with no name: "Abortion providers", "Tech workers
    and their unions" (the first word capitalised only as the sentence's first; not "Dorothy Woods"); or that
    plural alone, "Campaigners", "Proponents" (not a surname that looks like one: "Sanders", "Peters")."""
    if len(words) == 1:
        # (or a plural the lexicon lacks whose singular it has as a noun: "Astronomers")
        tag = usual_tag(words[0]) or ("NNS" if usual_tag(words[0][:-1].lower()) == "NN" else "")
        return _AGENT_PLURAL.search(words[0]) is not None and tag == "NNS"
    rest = words[1:]
    return (
        bool(rest)
        and all(w.islower() for w in rest)
        and _AGENT_PLURAL.search(rest[-1]) is not None
        and usual_tag(rest[-1]) == "NNS"
        and (
            usual_tag(words[0].lower()) in ("NN", "NNS", "JJ", "VBG")
            or (words[0].lower() in _GROUP_QUANTIFIERS | NUMBER_WORDS and _doers(rest[-1]))
        )
        and not is_given_name(words[0])
    )


def _doers(word: str) -> bool:
    """Whether ``word`` is the plural of a noun made from a verb with "-er": "growers", "buyers", "shoppers",
    "checkers" (people who do it; not "helicopters", things no verb names; the lexicon's usual tag decides, so
    "bakers", whose "bake" it tags an adjective, is not)."""
    if not word.endswith("ers") or usual_tag(word) != "NNS":
        return False
    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any(usual_tag(s) == "VB" for s in stems)


def _plural_title(head: str) -> bool:
    """Whether ``head`` is a title in the plural, a group of its holders: "senators", "MPs", "ministers"."""
    return (
        head.endswith("s")
        and head not in ("mrs", "ms")
        and head[:-1] in _one_word_titles()
        and usual_tag(head) in ("NNS", "")  # (not "press", which is no plural of "Pres.")
    )


@cache
def _one_word_titles() -> frozenset[str]:
    # (not the words of longer titles: "states" is no group of secretaries of state)
    return frozenset(t.lower().rstrip(".") for t in titles() if " " not in t)


# initials as a given name, written without points: "JJ Redick", "TJ Watt", "CJ Stroud" (not New Jersey's "NJ")
_J_INITIALS = re.compile(r"[A-MO-Z]J")


def _name_like(name: str, *, places: bool = True) -> bool:
    """Whether ``name`` looks like a person's name: capitalised words only, none an ordinary English word
    at its start or (with ``places``) a word of place names ("Lake City", "Islamic State")."""
    words = name.split()
    return (
        bool(words)
        and all(
            # (a generation after the name: "Lonnie G. Bunch III")
            (
                _NAME_WORD.fullmatch(w)
                or (n and _generation(w))
                or (not n and len(words) > 1 and _J_INITIALS.fullmatch(w))
            )
            and not (places and w.lower().rstrip(".") in _PLACE_WORDS)
            for n, w in enumerate(words)
        )
        and not _plural_group(words)
        and not is_common_word(words[0])
        # (a given name that ends like one is a name: "Brian", "Christian", "Julian")
        and not (_NATIONALITY.match(words[0]) and not is_given_name(words[0]))
    )


def _given_name_run(phrase: str) -> str | None:
    """The person's name that heads ``phrase``, opening with a given name after the words that describe its
    bearer: "Stephanie Hooton" in "undecided Republican voter Stephanie Hooton of Derry", "Phil Smith" in "UMWA
    Director of Government Affairs Phil Smith" ("Mary Ann Smith" whole). None when a verb comes before the name
    ("activists clamoring to block Donald Trump"), or a noun after it ("an Abraham Lincoln impersonator"), or it
    is a possessor ("George W. Bush’s refusal")."""
    words = phrase.split()
    for i in range(len(words) - 2, -1, -1):
        if not (words[i][0].isupper() and is_given_name(words[i])) or (i and is_given_name(words[i - 1])):
            continue
        if any(w.lower() == "to" or usual_tag(w.lower()) in _VERB_TAGS for w in words[:i] if w.islower()):
            return None
        run = [words[i]]
        for w in words[i + 1 : i + 5]:
            if w.endswith(("’s", "'s")):
                return None
            particle = re.fullmatch(NAME_PARTICLES, w) is not None  # ("Ursula von der Leyen")
            if not (_NAME_WORD.fullmatch(w.rstrip(",")) or particle) or w.lower() in ("of", "and"):
                break
            run.append(w.rstrip(","))
            if w.endswith(","):
                break
        while len(run) > 1 and re.fullmatch(NAME_PARTICLES, run[-1]):
            run.pop()
        after = words[i + len(run) : i + len(run) + 1]
        if after and after[0].islower() and usual_tag(after[0]) in ("NN", "NNS"):
            return None
        return " ".join(run) if len(run) > 1 else None
    return None


_VERB_TAGS = frozenset(["VB", "VBD", "VBZ", "VBP", "VBG", "MD"])


def _generation(word: str) -> bool:
    """Whether ``word`` is a generation or regnal number ("Jr.", "III", "XIV")."""
    return _NUMBERED.fullmatch(" " + word) is not None


def _surname(words: list[str]) -> str:
    """The last word of a name, before a generation or regnal number ("Smith" of "John Smith III", "Harris" of
    "Harry B. Harris Jr", "Leo" of "Leo XIV")."""
    return words[-2] if len(words) > 1 and _generation(words[-1]) else words[-1]


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_first(p: Person) -> str | None:
    """The first word of a titled person's name that may be a family name written first ("Xi" of "Xi Jinping",
    "Kim" of "Kim Jong Un"; not "Lee" of "Lee Harvey Oswald", whose middle word is a given name), or of a Korean
    name, titled or not ("Ban" of "Ban Ki-moon"), else None."""
    pp = p.name.split()
    if family_name_first(pp):
        return pp[0]
    if not p.title or pp[-1].rstrip(".") in _SUFFIXES:
        return None
    if len(pp) == 2 or (len(pp) == 3 and len(pp[1]) > 2 and not is_given_name(pp[1])):
        return pp[0]
    return None


def _family_first_untitled(p: Person) -> str | None:
    """The first word of a two-word name when neither word is a given name ("Wang" of "Wang Chuanfu"), else None."""
    pp = p.name.split()
    if len(pp) == 2 and not is_given_name(pp[0]) and not is_given_name(pp[1]) and not usual_tag(pp[1].lower()):
        return pp[0]
    return None


_CAPITAL_PARTICLE = re.compile(NAME_PARTICLES.title())  # (a particle opening a sentence: "Del", "Von")


def full_name(name: str, people: list[Person], position: int | None = None, sex: str | None = None) -> str:
    """The full form of ``name`` given in the article ("Trump" -> "Donald Trump").

    Among full names that fit (same surname, and the same first name when one is given), the one the
    article uses most wins, then the longest: "Mrs. Clinton" in a story about Hillary Clinton that once
    mentions Bill Clinton resolves to Hillary Clinton; a title that says a sex keeps only names of that sex
    ("Mr. Clinton" is Bill Clinton; ``sex``, "m" or "f", says so for a name given without its title).
    """
    knighted = _KNIGHTED.fullmatch(name.strip())
    if knighted:  # "Sir Keir" after "Keir Starmer": a knight or dame goes by the given name
        given = [
            p.name
            for p in people
            if p.name.split()[0] == knighted[1]
            and len(p.name.split()) > 1
            and (position is None or p.start <= position + 500)  # (as below: named before, or about to be)
        ]
        if given:
            return Counter(given).most_common(1)[0][0]
        if knighted[0].split()[0].lower() in _ROYAL:
            return strip_titles(name)  # "King Hussein" named no further is King Hussein, not Saddam Hussein
    sex = sex or title_sex(name)
    name = strip_titles(name)
    parts = name.split()
    if not parts:
        return name
    # (a dict, not a Counter: this runs for every mention of a name, and a Counter's missing keys cost a call each)
    counts: dict[str, int] = {}
    named_before = False  # (whether any name counted is named before ``position``)
    last = _surname(parts)
    # (a particle capitalised to open a sentence is the name's own: "Del Pozo Cruz said" after "Borja del Pozo
    # Cruz", "Von der Leyen" after "Ursula von der Leyen")
    lowered = parts[0].lower() + name[len(parts[0]) :] if _CAPITAL_PARTICLE.fullmatch(parts[0]) else name
    for p in people:
        if last not in p.name or (position is not None and p.start > position + 500):
            continue
        pp = p.name.split()
        if pp[0] in countries() and not is_given_name(pp[0]):
            continue  # (a place before a surname is no given name: "a Wisconsin Trump rally")
        theirs = _surname(pp)
        # ("Assad" is Bashar al-Assad's surname without its article)
        same = theirs == last or (len(parts) == 1 and theirs[3:] == last and theirs[:3] in ("al-", "el-"))
        if len(pp) > len(parts) and same and (len(parts) == 1 or name in p.name or lowered in p.name):
            counts[p.name] = counts.get(p.name, 0) + 1
            named_before = named_before or (position is not None and p.start < position)
    if counts and len(parts) == 1 and position is not None and not named_before:
        # a paternal surname, second to last in a Spanish or Portuguese name named before, over a name named only
        # after that ends with it ("María Luisa Hernández Ruiz ... Hernández said", before "Norma Lucía Piña
        # Hernández")
        paternal = {
            p.name for p in people if p.start < position and len(p.name.split()) > 2 and p.name.split()[-2] == name
        }
        if len(paternal) == 1:
            return paternal.pop()
    if not counts and len(parts) == 1:
        # a family name written first ("Xi" after "Chinese President Xi Jinping", "Ban" after "Secretary-General
        # Ban Ki-moon", "Kim" after "North Korean leader Kim Jong Un"), when a title said the whole is a person's
        # name (not "Reed" for Reed International, a company; nor "Lee" for "Lee Harvey Oswald": a middle word
        # that is a given name)
        for p in people:
            if (
                _family_first(p) == name
                # (or a title that says a sex, "Mr.", "Ms.", does: "Mr. Wang" after "The company's chairman, Wang
                # Chuanfu", a name of two words neither of which is a given name)
                or (sex and _family_first_untitled(p) == name)
            ) and (position is None or p.start <= position + 500):
                counts[p.name] = counts.get(p.name, 0) + 1
    if not counts and len(parts) == 1:
        # a middle word before the particles of the last name, by which Portuguese and Spanish names are shortened
        # ("Lula" after "Luiz Inácio Lula da Silva")
        for p in people:
            pp = p.name.split()
            if (
                name in pp[1:-2]
                and _PARTICLE_WORD.fullmatch(pp[pp.index(name) + 1])
                and (position is None or p.start <= position + 500)
            ):
                counts[p.name] = counts.get(p.name, 0) + 1
    unknown = not is_given_name(name) and usual_tag(name.lower()) == ""
    if not counts and len(parts) == 1 and (is_given_name(name) or unknown):
        # a given name alone, as features write after the first mention ("Bill Ayers wakes up at 4 a.m. ...
        # It helps, Bill says"): the one person named before with that given name (none when two are); also
        # one our list of given names lacks, which no dictionary holds ("Abhimanyu Mishra ... “...,”
        # Abhimanyu told reporters", a boy whose father shares his surname)
        holders = [
            p
            for p in people
            if p.name.split()[0] == name
            and len(p.name.split()) > 1
            # (a word no dictionary holds only before words none holds either: not "Orkem Coatings", "Ford Motor")
            and not (unknown and any(usual_tag(w.lower()) for w in p.name.split()[1:]))
        ]
        given_names = {p.name for p in holders if position is None or p.start < position}
        if not given_names and position is not None:
            # (or named in full just after, when no one was before: "Her mother, Linda, says ... “...,” Linda
            # Reynolds says")
            given_names = {p.name for p in holders if p.start <= position + 300}
        if len(given_names) == 1:
            return given_names.pop()
    if counts and sex:
        # "Mr. Clinton" is Bill Clinton, not the Hillary Clinton the article names more often; and no one named
        # when only she is
        genders = {p.name: p.gender for p in people if p.gender}
        counts = {n: k for n, k in counts.items() if genders.get(n, sex) == sex}
        # (and one known to be of that sex over one not known: "Mrs. Reyes" is "His mother, Laura Reyes", not her
        # son Ethan Reyes, whose name tells nothing)
        known = {n: k for n, k in counts.items() if genders.get(n) == sex}
        counts = known or counts
    if not counts:
        return name
    if len(counts) == 1:
        return next(iter(counts))  # (most names: no tie to break, and no pass over the people for one)
    if position is not None and named_before:
        # (one named before over one named only just after: "Andy Murray withdrew ... Murray said" before "his
        # brother, Jamie Murray")
        earlier = {p.name for p in people if p.start < position}
        counts = {n: k for n, k in counts.items() if n in earlier} or counts
    # (on a tie, one named already before one named just after: "From Bush's Facebook post" after "Jeb Bush
    # endorsed Cruz", before "his son. George P. Bush")
    before = {p.name for p in people if position is not None and p.start < position}
    # (then one that opens with a given name or a word no dictionary holds: "Susan Sarandon", not a headline's
    # "Liberal Oscar-winner Sarandon")
    return max(counts, key=lambda n: (counts[n], _opens_like_name(n), n in before, len(n)))


def _opens_like_name(name: str) -> bool:
    """Whether a name's first word is a given name or a word no dictionary holds ("Susan", "Ammon")."""
    first = name.split()[0]
    return is_given_name(first) or usual_tag(first.lower()) == ""


# a reporting verb, a few words, then "it" or "its" opening the report: "said on Tuesday that it had hired"
_REPORTS_AS_IT = re.compile(
    # (past what it is, between commas: "NATS, the country's air traffic service, said it had identified")
    r"(?:,\s+(?:the|an?)\s+(?P<aside>[^,.;“”\"]{1,60}),)?"
    r"\s+(?:said|says|announced|announces|reported|reports|confirmed|confirms|added)\b[^.;“”\"]{0,40}?"
    r"\b(?:that\s+)?(?:its\s|it\s+(?!(?:was|is|would|will|could|might|may|had been|has been)\b)"
    # (or what a body does, not what a thing would be: "Apple said it would appeal", "it will cooperate";
    # "Trump said it would be a disaster", "it would appeal to voters", "it would close" are no company's)
    r"|it\s+(?:would|will|plans\s+to|intends\s+to)\s+(?:appeal(?!\s+to\b)|cooperate|comply|review|hire|invest|"
    r"contest|challenge|respond|refund|compensate|sue|defend)\b)"
)


# a name in capitals opening a sentence (past a short opener), before a verb in lower case: "Acme Corp. cut",
# "Still, the Business Council of British Columbia opposed"
# where a sentence's subject starts (after a dateline's dash too: "SAN FRANCISCO — Northwind Technologies on
# Tuesday unveiled"), past an opening adverb
_SUBJECT_START = (
    r"(?:^|(?<=[a-z0-9”\"')][.!?] )|(?<=\n)|(?<=[A-Z] — ))(?:(?:Still|But|And|However|Meanwhile|Separately|"
    r"Instead|Earlier|Later), )?"
)
_KIND_SUBJECT_BEFORE = re.compile(
    # (an aside after it too: "The company, in a brief statement, said")
    _SUBJECT_START + r"(?P<noun>[Tt]he (?:" + "|".join(sorted(_KIND_NOUNS, key=len, reverse=True)) + r")),?\s+[a-z]"
)
_THE_IT_STARTS = re.compile(r"It\b")  # ("It" opening its sentence, the subject the sentence before had)
_BODY_SUBJECT = re.compile(
    _SUBJECT_START + r"(?:[Tt]he )?"
    # ("the Council on Foreign Relations", but not "Acme on Tuesday")
    r"(?P<name>[A-Z][\w&.’'-]*(?: (?:of |for |and |on (?![A-Z][a-z]+day\b))?[A-Z][\w&.’'-]*){0,6})(?=,? [a-z])"
)


def _body_subject(text: str, start: int, end: int) -> str | None:
    """The organisation named last between ``start`` and ``end`` as a sentence's subject, by a name that says it
    is one ("Acme Corp."; not "the Sierra Club", where no word says so) or that the package knows for one ("The
    Pentagon released a statement"), or by a name and the kind of body it is ("The Trump campaign", "Hillary
    Clinton's campaign")."""
    last, at = None, -1
    for m in _BODY_SUBJECT.finditer(text, start, end):
        first = m["name"].split()[0].lower()
        if usual_tag(first) in ("IN", "RB", "DT", "CD"):
            continue  # "Among Supreme Court cases": an opening phrase
        if _TITLE_CASE_WORDS.intersection(m["name"].split()[1:]):
            continue  # a headline's title case: "Startup Unveils Battery It Says Charges in Five Minutes"
        if m["name"].lower() in _KIND_NOUNS:
            continue  # a headline's kind of body, no name: "Newspaper apologizes for error in obituary"
        if is_organisation(m["name"]) and mention_type(m["name"]) == "organisation":
            last, at = m["name"], m.start("name")
    # (or by the kind of body it is, named: "The Trump campaign issued a statement"; not "The company", which
    # is one named before)
    for m in _KIND_SUBJECT.finditer(text, start, end):
        if m.start("name") > at and is_organisation(m["name"]) and mention_type(m["name"]) == "organisation":
            last, at = m["name"][4:], m.start("name")
    for m in _OWNED_SUBJECT.finditer(text, start, end):
        name = m["name"]
        if name.count(" ") and usual_tag(name.rsplit(" ", 1)[1]) not in ("NN", "NNS"):
            name = name.rsplit(" ", 1)[0]  # ("Trump's campaign immediately said": an adverb after the body)
        # (a person's or a body's, not a day's: "Thursday's memo" is a document)
        if (
            m.start("name") > at
            and re.sub(r"[’']s$", "", name.split()[0]) not in _CALENDAR
            and is_organisation(name)
            and mention_type(name) == "organisation"
        ):
            last, at = name, m.start("name")
    return last


# words a headline prints in capitals and no name holds after its first word
_TITLE_CASE_WORDS = HEADLINE_WORDS | frozenset("It He She They We Is Are Was Were Will Says Said".split())
_KIND_SUBJECT = re.compile(_SUBJECT_START + r"(?P<name>[Tt]he (?:[A-Z][\w&.’'-]* ){1,3}[a-z]+)(?=,? [a-z])")
# or by whose body it is: "Hillary Clinton's campaign issued a statement", "China's commerce ministry said"
_OWNED_SUBJECT = re.compile(
    _SUBJECT_START + r"(?:[Tt]he (?=[a-z]))?"
    # (or a role's: "The governor's office released a statement")
    r"(?P<name>(?:(?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*[’']s (?:[a-z]+ )?[a-z]+"
    r"|[a-z]+[’']s (?:[a-z-]+ )?(?:office|campaign|administration|government|ministry|department|team)))(?=,? [a-z])"
)


# what a body says of itself right after its name: "said it had cut", "said on Tuesday that it will offer"
_IT_HAD = re.compile(
    r"\s+(?:said|says|announced|confirmed)\s+(?:on\s+\w+\s+|\w+day\s+)?(?:that\s+)?it\s+(?:had|has|would|will|was)\s+"
    r"(?!been\b|a\b|an\b|the\b|not\b|too\b|very\b|time\b)[a-z]+"
)


def _speaks_as_it(name: str, position: int, mention: str, text: str, people: list[Person]) -> bool:
    """Whether a one-word name no one in the article bears (not a given name) reports about itself as "it":
    "Starbucks said on Tuesday that it had hired" is a company (but "Trump said it was a disaster" is a man
    the article names), or is one the article calls a company ("Medisoft, the health software company, on
    Monday launched ...", "Shares of Medisoft rose", "Medisoft shares fell"); or whether a name of several words
    that no person's could be says "it had ..." ("Southern California Edison said it had cut power")."""
    words = name.split()
    if " " in name:
        # (a name of capitalised words, one of them a common noun or adjective and none a given name, title or
        # descriptor, that says "it had ...": "Southern California Edison said it had cut power", "Ocean Drilling
        # said it will offer"; not "Imran Khan said it had rigged the vote", whose words are a person's name)
        return (
            len(words) <= 4
            and all(w[0].isupper() for w in words)
            and not any(is_given_name(w) for w in words)
            and any(usual_tag(w.lower()) in ("NN", "NNS", "JJ", "VBG") for w in words)
            and words[0].lower() not in title_words()
            and words[0] not in descriptor_words()
            and (
                _IT_HAD.match(text, position + len(mention.rstrip())) is not None
                # (or one the article calls a company: "A utility company, Pacific Crest Power, said")
                or (f"{name}, " in text and _called_company(name, text))
            )
        )
    if is_given_name(name) or any(name in p.name.split() for p in people):
        return False
    reports = _REPORTS_AS_IT.match(text, position + len(mention.rstrip()))
    if reports is not None and not (reports["aside"] and _someone_described(reports["aside"])):
        return True  # (not "Smith, the former minister, said its ...": a person described)
    # (the literal look first: a pattern compiled for each name costs more than the search)
    if not name[:1].isupper() or (
        f"{name}, " not in text
        and f"hares of {name}" not in text
        and f"hares in {name}" not in text
        and f"{name} shares" not in text
        and f"{name}’s shares" not in text
        and f"{name}'s shares" not in text
        and not any(f"{noun} {name}" in text for noun in _COMPANY_NOUNS)
        and not any(f"{name} {place}" in text for place in _COMPANY_PLACES)
    ):
        return False
    return _called_company(name, text)


def _someone_described(phrase: str) -> bool:
    """Whether a description's last word is a person's noun: "the former minister", "a spokesman"."""
    head = phrase.split()[-1].lower()
    return head in title_words() or head in anonymous_heads() or head in descriptor_nouns()


# nouns only a company is: not "the developer", "the publisher", which a person can be, nor "filmmaker" or
# "lawmaker"
_COMPANY_NOUNS = (
    "company|firm|start-up|startup|chain|conglomerate|corporation|lender|insurer|airline|railroad|railway|retailer|"
    "manufacturer|utility|maker|automaker|carmaker|drugmaker|chipmaker".split("|")
)


# what only a company has by its name: "an Amazon warehouse", "the Tesla factory" (not "a Trump supporter")
_COMPANY_PLACES = (
    "warehouse|warehouses|store|stores|factory|factories|plant|plants|facility|facilities|outlet|outlets|"
    "dealership|dealerships|subsidiary".split("|")
)


def _called_company(name: str, text: str) -> bool:
    """Whether ``text`` calls ``name`` a company: "Medisoft, the health software company,", "A utility company,
    Pacific Crest Power,", "Shares of Medisoft", "home appliance maker Brightline", "Medisoft shares rose" (not
    "Smith shares his view"), "an Amazon warehouse"."""
    # (the words around each place the name is, by patterns compiled once: one compiled for each name cost more;
    # what precedes it looked for in the characters just before, far more than three words and a noun need)
    size, at = len(name), text.find(name)
    while at >= 0:
        after, lo = at + size, max(0, at - _CALLED_REACH)
        boundary_before = _BOUNDARY.match(text, at) is not None
        boundary_after = _BOUNDARY.match(text, after) is not None
        if (
            _CALLED_AFTER.match(text, after)
            or (text.startswith(",", after) and _CALLED_BEFORE.search(text, lo, at))
            or (boundary_after and _SHARES_OF_BEFORE.search(text, lo, at))
            or (boundary_after and not text.startswith(("’", "'"), after) and _NOUN_BEFORE.search(text, lo, at))
            or (boundary_before and (_SHARES_AFTER.match(text, after) or _PLACE_AFTER.match(text, after)))
        ):
            return True
        at = text.find(name, at + 1)
    return False


_BOUNDARY = re.compile(r"\b")
_CALLED_REACH = 300
_COMPANY_NOUN = "|".join(n for n in _COMPANY_NOUNS if n != "maker")
# "Medisoft, the health software company,"; "Ascension, one of the nation's largest health systems,"
_COMPANY_PLURAL = "|".join(
    [n[:-1] + "ies" if n.endswith("y") else n + "s" for n in _COMPANY_NOUNS if n != "maker"]
    + ["health systems", "hospital systems", "banks"]
)
_CALLED_AFTER = re.compile(
    rf",\s+(?:(?:the|an?)\s+(?:{_DESCRIBING}[\w-]+\s+){{0,3}}(?:{_COMPANY_NOUN})"
    rf"|one\s+of\s+the\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_COMPANY_PLURAL}))\b(?![’'])"
)
# the company the subject of its sentence, not whom someone speaks for: "A utility company, Pacific Crest Power,"
# (not "a spokeswoman for the airline, Maddie King,")
_CALLED_BEFORE = re.compile(
    # (or after a possessive: "Jeff Bezos's rocket company, Blue Origin, said")
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Aa]n?|[Tt]he|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s)\s+"
    r"(?:(?!(?:for|of|at|with|from|by|in|on)\s)[\w-]+\s+){0,3}"
    rf"(?:{_COMPANY_NOUN}),\s+\Z"
)
_SHARES_OF_BEFORE = re.compile(r"\b[Ss]hares\s+(?:of|in)\s+\Z")
_NOUN_BEFORE = re.compile(rf"\b(?:{_COMPANY_NOUN}|maker)\s+\Z")
_SHARES_MOVED = (
    "rose|fell|jumped|climbed|dropped|slid|gained|lost|tumbled|soared|surged|sank|slumped|plunged|rallied|closed|ended|"
    "edged|were|have|had"
)
_SHARES_AFTER = re.compile(rf"(?:[’']s)?\s+shares\s+(?:{_SHARES_MOVED})\b")
_PLACE_AFTER = re.compile(rf"\s+(?:{'|'.join(_COMPANY_PLACES)})\b")

# a knight, dame or monarch goes by the given name ("Sir Keir", "Prince Harry", "King Hussein")
_KNIGHTED = re.compile(
    r"(?:Sir|Dame|King|Queen|Prince|Princess|Pope|Emperor|Empress|Sultan|Emir|Sheikh)\s+([A-Z][\w’'-]+)"
)


def fold(name: str) -> str:
    """A spelling-insensitive key for a name: no accents, case, punctuation or doubled letters, and the
    transliteration endings -yy, -iy, -y made one ("Zelenskyy", "Zelenskiy", "Zelensky")."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = _NOT_LETTER.sub("", s)
    s = _DOUBLED.sub(r"\1", s)
    s = _Y_ENDING.sub("y", s)
    return s.strip()


_NOT_LETTER = re.compile(r"[^a-z ]")
_DOUBLED = re.compile(r"(.)\1+")
_Y_ENDING = re.compile(r"(iy|yi|ij|ii|i)\b")


@cache
def _full_given_names() -> dict[str, str]:
    """Short form -> full given name ("bernie" -> "bernard"), from ``data/nicknames.txt``."""
    lines = (line.split() for line in wordlist("nicknames.txt"))
    return {fold(short): fold(full) for full, *shorts in lines for short in shorts}  # folded: "bil" -> "wiliam"


def given_name(word: str) -> str:
    """A folded given name with its short form spelled out: "Bernie" -> "bernard", "Bill" -> "william"."""
    folded = fold(word)
    return _full_given_names().get(folded, folded)


def _first_given(name: str) -> str:
    """The given name a full name goes by, past a leading initial ("C. Stewart Verdery Jr" -> "stewart")."""
    words = name.split()
    first = words[1] if len(words) > 2 and len(words[0].rstrip(".")) == 1 else words[0]
    return given_name(first)


def speaker_key(speaker: str, speaker_type: str) -> str:
    """Corpus-wide key: people by folded surname plus first initial; a person's campaign, office or team by
    that person's surname ("Hillary Clinton’s campaign", "the Clinton campaign"); others by folded phrase."""
    if speaker_type != "person":
        body = _someones_body(speaker)
        if body:
            owner = strip_titles(body["owner"]).split()
            return f"{speaker_type}:{body['body'].lower()}:{fold(_surname(owner))}"
        if speaker_type == "organisation":
            # (a company with its legal suffix or without: "Nvidia Corp" and "Nvidia", "Apple Inc." and "Apple")
            speaker = _LEGAL_SUFFIX.sub("", speaker) or speaker
        return f"{speaker_type}:{fold(speaker)}"
    words = strip_titles(speaker).split()
    # (the surname before a generation: "Joseph R. Biden Jr" goes with "Joe Biden")
    last = fold(_surname(words)) if words else ""
    return f"person:{last or (fold(words[-1]) if words else '')}"


# a company's legal suffix at the end of its name ("Nvidia Corp", "Apple Inc.", "Dow Jones & Co."; not "Group" or
# "Holdings", which name a group of companies)
_LEGAL_SUFFIX = re.compile(rf",?\s+(?:&\s+)?(?:{_LEGAL_FORMS}|Corporation|plc)\.?$")


# a body that works for one person: "Trump’s campaign", "the Clinton campaign", "Rep. Trey Gowdy’s office"
_SOMEONES_BODY = re.compile(
    r"(?:[Tt]he )?(?P<owner>(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*?)(?:[’']s?)?\s+"
    r"(?P<body>campaign|office|team|camp|staff|administration)"
)


def _someones_body(speaker: str) -> re.Match[str] | None:
    """The owner and kind of a body that works for one person ("the Clinton campaign"), or None (not "White
    House staff")."""
    body = _SOMEONES_BODY.fullmatch(speaker.strip())
    return body if body and mention_type(body["owner"]) == "person" else None


def _canonical_names(
    pairs: list[tuple[tuple[str, str], int]], articles: dict[tuple[str, str], set] | None = None
) -> dict[tuple[str, str], str]:
    """Canonical display name of every ``(speaker, speaker_type)`` pair, given each pair's number of rows,
    pairs in the order first seen (unknown speakers left out). Working on distinct pairs, not rows, keeps a
    corpus of millions of quotations cheap. ``articles``: the articles each pair speaks in, which tell a son
    from his father (see :func:`_generations_apart`)."""
    # an organisation's acronym goes with the name whose capitals spell it ("WHO", "World Health Organization")
    spelled: dict[str, str] = {}
    for (name, stype), _ in pairs:
        if stype == "organisation" and len(name.split()) > 1:
            spelled.setdefault(_initials(name), name)
    groups: dict[str, list[tuple[tuple[str, str], int]]] = {}
    for (name, stype), n in pairs:
        if stype != "unknown":
            acronym = stype == "organisation" and _ACRONYM.fullmatch(name)
            full = spelled.get(name.replace(".", ""), name) if acronym else name
            groups.setdefault(speaker_key(full, stype), []).append(((name, stype), n))
    final: dict[str, list[tuple[tuple[str, str], int]]] = {}
    for key, members in groups.items():
        firsts: Counter = Counter()
        for (name, _), n in members:
            if len(name.split()) > 1:
                firsts[_first_given(name)] += n
        if key.startswith("person:") and len(firsts) > 1:
            common = firsts.most_common(1)[0][0]
            for (name, stype), n in members:
                first = _first_given(name) if len(name.split()) > 1 else common
                final.setdefault(f"{key}:{first}", []).append(((name, stype), n))
        else:
            final[key] = members
    if articles:
        final = _generations_apart(final, articles)
    canonical = {}
    for members in final.values():
        names: Counter = Counter()  # insertion order = first seen
        for (name, _), n in members:
            names[name] += n
        order = {n: k for k, n in enumerate(names)}
        best = max(names, key=lambda n: (len(n.split()), names[n], -order[n]))
        body = _someones_body(best) if members[0][0][1] != "person" else None
        if body:
            # "Rival Hillary Clinton’s campaign", "the Clinton campaign": the fullest name of the one it works
            # for, without titles or descriptions ("Hillary Clinton’s campaign")
            owners: Counter = Counter()
            for name, n in names.items():
                m = _someones_body(name)
                if m:
                    owners[name_in(m["owner"]) or m["owner"]] += n
            owner = max(owners, key=lambda o: (len(o.split()), owners[o]))
            # (a government goes by its head's surname: "Obama administration")
            best = (
                f"{owner.split()[-1]} administration"
                if body["body"] == "administration"
                else f"{owner}’s {body['body']}"
            )
        for pair, _ in members:
            canonical[pair] = best
    return canonical


def _generations_apart(
    groups: dict[str, list[tuple[tuple[str, str], int]]], articles: dict[tuple[str, str], set]
) -> dict[str, list[tuple[tuple[str, str], int]]]:
    """Groups of people with a name that ends in a generation ("Donald Trump Jr.") taken apart from the same
    name without it when one article quotes both (the father, "Donald J. Trump"); else one person written
    two ways ("Joseph R. Biden Jr." and "Joe Biden")."""
    out: dict[str, list[tuple[tuple[str, str], int]]] = {}
    for key, members in groups.items():
        for pair, n in members:
            words = pair[0].split()
            generation = words[-1] if key.startswith("person:") and len(words) > 2 else ""
            if generation and _generation(generation):
                mine, first = articles.get(pair, set()), _first_given(pair[0])
                rival = any(
                    other != pair
                    and len(other[0].split()) > 1
                    and not _generation(other[0].split()[-1])
                    and _first_given(other[0]) == first
                    and articles.get(other, set()) & mine
                    for other, _ in members
                )
                if rival:
                    out.setdefault(f"{key}:{generation.rstrip('.').lower()}", []).append((pair, n))
                    continue
            out.setdefault(key, []).append((pair, n))
    return out


def _canonical_column(quotes: pd.DataFrame) -> pd.Series:
    """The canonical speaker of every row of ``quotes`` (missing where the speaker is unknown)."""
    grouped = quotes.groupby(["speaker", "speaker_type"], sort=False)
    pairs = grouped.size()
    articles = grouped["article_id"].agg(set).to_dict() if "article_id" in quotes.columns else None
    names = _canonical_names(list(pairs.items()), articles)
    index = pd.MultiIndex.from_frame(quotes[["speaker", "speaker_type"]])
    lookup = pd.Series(list(names.values()), index=pd.MultiIndex.from_tuples(list(names), names=index.names))
    return pd.Series(lookup.reindex(index).to_numpy(dtype=object), index=quotes.index, dtype=object)


def canonical_speakers(quotes: pd.DataFrame) -> pd.Series:
    """The canonical speaker of every quotation row (``None`` where the speaker is unknown).

    People are merged on their spelling-folded surname, and split again when their first names clearly
    differ (Bill and Hillary Clinton), so "Zelensky", "Volodymyr Zelenskyy" and "President Zelenskiy" are one
    speaker, named by the fullest form, then the commonest spelling, then the first seen.
    """
    if quotes.empty:
        return pd.Series([None] * 0, index=quotes.index, dtype=object)
    canonical = _canonical_column(quotes)
    return canonical.where(canonical.notna(), None)


@dataclass
class _PairStats:
    """What a corpus says through one ``(speaker, speaker_type)`` pair."""

    n: int = 0
    articles: set[int] = field(default_factory=set)
    kinds: Counter = field(default_factory=Counter)
    mentions: set[str] = field(default_factory=set)
    rows: list[np.ndarray] = field(default_factory=list)
    scores: list[np.ndarray] = field(default_factory=list)
    positive: int = 0
    negative: int = 0


class SpeakerTally:
    """The speakers table built from the quotes table one part at a time: memory grows with the number of
    distinct speakers and the scores kept for their intervals, never with whole quotation rows."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], _PairStats] = {}  # in order of first appearance
        self.article_ids: dict[str, int] = {}
        self.n_rows = 0
        self.scored: bool | None = None

    def add(self, quotes: pd.DataFrame) -> None:
        """Count the rows of one part of the quotes table (parts in table order)."""
        scored = "score" in quotes.columns
        self.scored = scored if self.scored is None else self.scored and scored
        known = (quotes["speaker_type"] != "unknown").to_numpy()
        rows = np.flatnonzero(known) + self.n_rows
        self.n_rows += len(quotes)
        part = quotes[known]
        if part.empty:
            return
        articles = np.array([self.article_ids.setdefault(a, len(self.article_ids)) for a in part["article_id"]])
        kinds = part["kind"].to_numpy(dtype=object)
        mentions = part["speaker_mention"].to_numpy(dtype=object)
        if scored:
            scores = part["score"].to_numpy(dtype=float)
            labels = part["label"].to_numpy(dtype=object)
        for pair, idx in part.groupby(["speaker", "speaker_type"], sort=False).indices.items():
            st = self.pairs.setdefault(pair, _PairStats())
            st.n += len(idx)
            st.articles.update(articles[idx].tolist())
            st.kinds.update(kinds[idx].tolist())
            st.mentions.update(m for m in mentions[idx] if isinstance(m, str))
            if scored:
                st.rows.append(rows[idx])
                st.scores.append(scores[idx])
                st.positive += int((labels[idx] == "positive").sum())
                st.negative += int((labels[idx] == "negative").sum())

    def table(self, *, min_quotes: int = 3, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
        """One row per canonical speaker (see :func:`merge_speakers`)."""
        from .sentiment import bootstrap_ci

        cols = ["speaker", "speaker_type", "n_quotes", "n_articles", "n_direct", "n_partial", "n_indirect", "aliases"]
        scored = bool(self.scored)
        if scored:
            cols += ["mean_score", "ci_low", "ci_high", "share_positive", "share_negative", "too_few"]
        names = _canonical_names(
            [(pair, st.n) for pair, st in self.pairs.items()], {pair: st.articles for pair, st in self.pairs.items()}
        )
        groups: dict[str, list[tuple[str, str]]] = {}
        for pair in self.pairs:
            groups.setdefault(names[pair], []).append(pair)
        out = []
        for name, pairs in groups.items():
            stats = [self.pairs[p] for p in pairs]
            n = sum(st.n for st in stats)
            kinds = sum((st.kinds for st in stats), Counter())
            row = {
                "speaker": name,
                # (the type most of its quotations have: a name typed a person once, the AP in "exit polls
                # conducted for The Associated Press", stays the organisation it is everywhere else)
                "speaker_type": max(pairs, key=lambda p: self.pairs[p].n)[1],
                "n_quotes": n,
                "n_articles": len(set().union(*(st.articles for st in stats))),
                **{f"n_{kind}": kinds[kind] for kind in ("direct", "partial", "indirect")},
                "aliases": sorted({p[0] for p in pairs}.union(*(st.mentions for st in stats))),
            }
            if scored:
                order = np.concatenate([r for st in stats for r in st.rows])
                values = np.concatenate([v for st in stats for v in st.scores])[np.argsort(order, kind="stable")]
                mean, low, high = bootstrap_ci(values, n_boot=n_boot, seed=seed)
                row.update(
                    mean_score=mean,
                    ci_low=low,
                    ci_high=high,
                    share_positive=sum(st.positive for st in stats) / n,
                    share_negative=sum(st.negative for st in stats) / n,
                    too_few=n < min_quotes,
                )
            out.append(row)
        return pd.DataFrame(out, columns=cols).sort_values(
            ["n_quotes", "speaker"], ascending=[False, True], ignore_index=True
        )


def merge_speakers(quotes: pd.DataFrame, *, min_quotes: int = 3, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """One row per canonical speaker across a corpus (see :func:`canonical_speakers`), with every alias,
    counts, and (when ``quotes`` has sentiment scores) mean score with a seeded 95% bootstrap interval,
    shares positive and negative, and ``too_few`` for speakers below ``min_quotes`` quotations.
    Quotes with no attributable speaker are not counted here. For a table too large for memory, feed its
    parts to a :class:`SpeakerTally` instead.
    """
    tally = SpeakerTally()
    tally.add(quotes)
    return tally.table(min_quotes=min_quotes, n_boot=n_boot, seed=seed)
