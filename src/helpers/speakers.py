"""Who a speaker mention refers to: names, titles, pronouns, role nouns, organisations and anonymous sources,
and merging spelling variants of one person across a corpus."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .lexicon import wordlist

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "who", "i"})
PRONOUNS_GROUP = frozenset({"they", "we", "them"})
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
    ]
)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'.-]*")


@cache
def titles() -> tuple[str, ...]:
    """Titles that stand before names, longest first so "Secretary of State" wins over "Secretary"."""
    return tuple(sorted(wordlist("titles.txt"), key=len, reverse=True))


@cache
def title_words() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for t in titles() for w in t.split())


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


_NATIONALITY = re.compile(
    r"^(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ican)|Western|Eastern|Northern|Southern|Israeli|Iraqi|Pakistani|Afghan|"
    r"Thai|French|Dutch|Greek|German|British|Swiss|Arab|Saudi|Emirati|Kuwaiti|Qatari|Yemeni|Omani|Nepali|"
    r"Bangladeshi|Somali|Chinese|Japanese|Vietnamese|Democratic|Republican|Federal|State|Local|Senior|Top)$"
)
_NAME_TOKEN = r"(?:[A-Z][a-zà-öø-ÿ’'-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|Mc[A-Z][a-z]+|O’[A-Z][a-z]+)"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:de|van|von|bin|al-|da|del|la|le)?\s*{_NAME_TOKEN}){{0,3}}")


def _title_pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(t) for t in titles())
    return re.compile(rf"\b(?P<title>(?:(?:[A-Z][\w.-]*|U\.S\.)\s+)?(?:{alts}))\s+(?P<name>{_NAME.pattern})")


@cache
def _titled_name() -> re.Pattern[str]:
    return _title_pattern()


def find_people(text: str) -> list[Person]:
    """Named people introduced with a title ("Turkish President Recep Tayyip Erdogan") or as two-or-more-word
    names, in order of appearance."""
    people: list[Person] = []
    for m in _titled_name().finditer(text):
        name = strip_titles(m.group("name"))
        if len(name.split()) >= 1 and not is_organisation(name) and name.split()[0].lower() not in title_words():
            people.append(Person(name, m.start("name"), m.group("title")))
    return people


class PeopleIndex:
    """The named people of one article, ready to find their later mentions by full name or surname."""

    def __init__(self, people: list[Person]):
        self.people = people
        counts = Counter(p.name for p in people if p.name.split())
        self.surnames: dict[str, str] = {}
        for name, n in counts.items():  # a surname means the full name the article uses most
            last = name.split()[-1]
            if last not in self.surnames or n > counts[self.surnames[last]]:
                self.surnames[last] = name
        keys = sorted(self.surnames, key=len, reverse=True)
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, keys)) + r")\b") if keys else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """``(position, full name)`` of every mention in ``text`` of a known person, outside quotation marks."""
        if self.pattern is None:
            return []
        from .sentences import quote_depth_at

        found = list(self.pattern.finditer(text))
        depths = quote_depth_at(text, [m.start() for m in found])
        return [(m.start(), self.surnames[m.group(1)]) for m, depth in zip(found, depths, strict=True) if not depth]


def strip_titles(name: str) -> str:
    """``name`` without leading titles or a final possessive ("Sen. Ted Cruz's" -> "Ted Cruz")."""
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in title_words():
        words = words[1:]
    # "Mr. Trump's" -> "Trump"
    if words:
        words[-1] = re.sub(r"[’']s$", "", words[-1])
    return " ".join(words)


@cache
def _organisation_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in organisation_words()) + r")\b")


def is_organisation(phrase: str) -> bool:
    return bool(_organisation_pattern().search(phrase.lower()))


def head_noun(phrase: str) -> str:
    """The head of a speaker phrase: the last word before a preposition or relative clause."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    for i, w in enumerate(words):
        if w in ("of", "with", "within", "from", "in", "at", "for", "on", "who", "familiar", "close", "inside"):
            return words[i - 1] if i else w
    return words[-1] if words else ""


def _plural(phrase: str) -> bool:
    head = head_noun(phrase)
    return head.endswith("s") and not head.endswith("ss")


def mention_type(mention: str) -> str:
    """``person``, ``organisation``, ``anonymous``, ``pronoun``, ``role`` or ``unknown`` for a speaker phrase."""
    words = _WORD.findall(mention)
    if not words:
        return "unknown"
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in PRONOUNS_PERSON | PRONOUNS_GROUP:
        return "pronoun"
    head = head_noun(mention)
    named = [w for w in words if w[0].isupper() and w.lower() not in _DETERMINERS]
    # a title counts only before a name: in "Mr. King" the last word is the name even though kings exist
    capitalised_content = [
        w
        for i, w in enumerate(named)
        if (w.rstrip(".").lower() not in title_words() or (i == len(named) - 1 and low[0] != "the" and i > 0))
        and not _NATIONALITY.match(w)
    ]
    if is_organisation(mention) and head not in anonymous_heads():
        return "organisation"
    if head in anonymous_heads():
        # "a senior White House official" has capitals but no name ("spokesman John Kirby" has its head last)
        return "anonymous"
    if low[0] in ("a", "an") and head in title_words():
        return "anonymous"  # "a Democratic senator"
    if low[0] == "the" and head in title_words():
        return "role"
    if capitalised_content:
        return "person"
    if len(low) == 1 and low[0] in ("many", "some", "several", "others", "most"):
        return "anonymous"
    return "unknown"


def name_in(mention: str) -> str | None:
    """The personal name inside a speaker phrase ("U.S. Secretary of State Marco Rubio" -> "Marco Rubio")."""
    matches = list(_titled_name().finditer(mention))
    m = matches[-1] if matches else None
    if m:
        return strip_titles(m.group("name"))
    words = mention.split()
    while len(words) > 1 and (words[0].lower() in _DETERMINERS or words[0].rstrip(".").lower() in title_words()):
        words = words[1:]
    name = strip_titles(" ".join(words))
    if name and all(w[0].isupper() for w in name.split()):
        return name
    # "Democratic strategist Hank Sheinkopf": the capitalised words after the last lower-case one
    tail = re.search(r"(?:^|\s)[a-z][\w’'-]*\s+((?:[A-Z][\w’'.-]*\s*){2,4})$", mention.strip())
    return strip_titles(tail.group(1).strip()) if tail else None


@dataclass
class Resolution:
    speaker: str
    speaker_type: str


def resolve(
    mention: str, position: int, text: str, people: list[Person], history: list[tuple[int, str, str]]
) -> Resolution:
    """Resolve a speaker ``mention`` at ``position`` in the article's clean ``text``.

    ``people`` are the titled names of the article; ``history`` holds ``(position, speaker, type)`` of
    speakers and named people already seen, most recent last. Pronouns take the nearest earlier person,
    role nouns the nearest person given that title, surnames the full name given earlier; anonymous sources
    stay anonymous.
    """
    kind = mention_type(mention)
    low = mention.lower().strip()
    k = bisect_left([p.start for p in people], position) if len(people) < 5000 else len(people)
    earlier_people = [(p.start, p.name, p.title) for p in people[max(0, k - 200) : k] if p.start < position]
    if kind == "pronoun":
        if low in PRONOUNS_GROUP:
            for _, speaker, stype in reversed(history):
                if stype in ("anonymous", "organisation"):
                    return Resolution(speaker, stype)
            return Resolution("unknown", "unknown")
        candidates = sorted(
            [(pos, s, "person") for pos, s, t in history if t == "person" and pos < position]
            + [(pos, name, "person") for pos, name, _ in earlier_people]
            # "The minister said ... 'We kept our word,' she said": an unnamed singular speaker is a
            # compatible antecedent too, and stays unnamed
            + [(pos, s, t) for pos, s, t in history if t == "anonymous" and pos < position and not _plural(s)]
        )
        if not candidates:
            return Resolution("unknown", "unknown")
        _, name, stype = candidates[-1]
        return Resolution(full_name(name, people, position), "person") if stype == "person" else Resolution(name, stype)
    if kind == "role":
        role = head_noun(mention)
        for _, name, title in reversed(earlier_people):
            if title and role in title.lower():
                return Resolution(name, "person")
        return Resolution(mention.strip(), "anonymous")
    if kind == "person":
        name = name_in(mention) or mention.strip()
        return Resolution(full_name(name, people, position), "person")
    if kind == "organisation":
        return Resolution(re.sub(r"^(the|a|an)\s+", "", mention.strip(), flags=re.I), "organisation")
    if kind == "anonymous":
        return Resolution(mention.strip(), "anonymous")
    return Resolution("unknown", "unknown")


def full_name(name: str, people: list[Person], position: int | None = None) -> str:
    """The full form of ``name`` given in the article ("Trump" -> "Donald Trump").

    Among full names that fit (same surname, and the same first name when one is given), the one the
    article uses most wins, then the longest: "Mrs. Clinton" in a story about Hillary Clinton that once
    mentions Bill Clinton resolves to Hillary Clinton.
    """
    name = strip_titles(name)
    parts = name.split()
    if not parts:
        return name
    counts: Counter[str] = Counter()
    for p in people:
        if not p.name.endswith(parts[-1]) or (position is not None and p.start > position + 500):
            continue
        pp = p.name.split()
        if len(pp) > len(parts) and pp[-1] == parts[-1] and (len(parts) == 1 or name in p.name):
            counts[p.name] += 1
    if not counts:
        return name
    return max(counts, key=lambda n: (counts[n], len(n)))


def fold(name: str) -> str:
    """A spelling-insensitive key for a name: no accents, case, punctuation or doubled letters, and the
    transliteration endings -yy, -iy, -y made one ("Zelenskyy", "Zelenskiy", "Zelensky")."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z ]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"(iy|yi|ij|ii|i)\b", "y", s)
    return s.strip()


def speaker_key(speaker: str, speaker_type: str) -> str:
    """Corpus-wide key: people by folded surname plus first initial; others by folded phrase."""
    if speaker_type != "person":
        return f"{speaker_type}:{fold(speaker)}"
    words = [w for w in fold(strip_titles(speaker)).split() if w]
    if not words:
        return "person:"
    return f"person:{words[-1]}"


def _canonical_groups(speakers: list[str], types: list[str]) -> dict[str, list[int]]:
    """Canonical display name -> positions of the rows that belong to it (unknown speakers left out)."""
    groups: dict[str, list[int]] = {}
    for i, (name, stype) in enumerate(zip(speakers, types, strict=True)):
        if stype != "unknown":
            groups.setdefault(speaker_key(name, stype), []).append(i)
    final: dict[str, list[int]] = {}
    for key, rows in groups.items():
        firsts = Counter(fold(speakers[i].split()[0]) for i in rows if len(speakers[i].split()) > 1)
        if key.startswith("person:") and len(firsts) > 1:
            common = firsts.most_common(1)[0][0]
            for i in rows:
                first = fold(speakers[i].split()[0]) if len(speakers[i].split()) > 1 else common
                final.setdefault(f"{key}:{first}", []).append(i)
        else:
            final[key] = rows
    named = {}
    for rows in final.values():
        names = Counter(speakers[i] for i in rows)  # insertion order = first seen
        order = {n: k for k, n in enumerate(names)}
        named[max(names, key=lambda n: (len(n.split()), names[n], -order[n]))] = rows
    return named


def canonical_speakers(quotes: pd.DataFrame) -> pd.Series:
    """The canonical speaker of every quotation row (``None`` where the speaker is unknown).

    People are merged on their spelling-folded surname, and split again when their first names clearly
    differ (Bill and Hillary Clinton), so "Zelensky", "Volodymyr Zelenskyy" and "President Zelenskiy" are one
    speaker, named by the fullest form, then the commonest spelling, then the first seen.
    """
    out: list[str | None] = [None] * len(quotes)
    for name, rows in _canonical_groups(list(quotes["speaker"]), list(quotes["speaker_type"])).items():
        for i in rows:
            out[i] = name
    return pd.Series(out, index=quotes.index, dtype=object)


def merge_speakers(quotes: pd.DataFrame, *, min_quotes: int = 3, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """One row per canonical speaker across a corpus (see :func:`canonical_speakers`), with every alias,
    counts, and (when ``quotes`` has sentiment scores) mean score with a seeded 95% bootstrap interval,
    shares positive and negative, and ``too_few`` for speakers below ``min_quotes`` quotations.
    Quotes with no attributable speaker are not counted here.
    """
    from .sentiment import bootstrap_ci

    cols = ["speaker", "speaker_type", "n_quotes", "n_articles", "n_direct", "n_partial", "n_indirect", "aliases"]
    scored = "score" in quotes.columns
    if scored:
        cols += ["mean_score", "ci_low", "ci_high", "share_positive", "share_negative", "too_few"]
    speakers, types = list(quotes["speaker"]), list(quotes["speaker_type"])
    articles, kinds_all = list(quotes["article_id"]), list(quotes["kind"])
    mentions = list(quotes["speaker_mention"])
    scores = quotes["score"].to_numpy(dtype=float) if scored else None
    labels_all = list(quotes["label"]) if scored else None
    rows = []
    for name, idx in _canonical_groups(speakers, types).items():
        kinds = Counter(kinds_all[i] for i in idx)
        row = {
            "speaker": name,
            "speaker_type": Counter(types[i] for i in idx).most_common(1)[0][0],
            "n_quotes": len(idx),
            "n_articles": len({articles[i] for i in idx}),
            "n_direct": kinds["direct"],
            "n_partial": kinds["partial"],
            "n_indirect": kinds["indirect"],
            "aliases": sorted({speakers[i] for i in idx} | {mentions[i] for i in idx if isinstance(mentions[i], str)}),
        }
        if scored:
            mean, low, high = bootstrap_ci(scores[idx], n_boot=n_boot, seed=seed)
            labels = Counter(labels_all[i] for i in idx)
            row.update(
                mean_score=mean,
                ci_low=low,
                ci_high=high,
                share_positive=labels["positive"] / len(idx),
                share_negative=labels["negative"] / len(idx),
                too_few=len(idx) < min_quotes,
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=cols).sort_values(
        ["n_quotes", "speaker"], ascending=[False, True], ignore_index=True
    )
