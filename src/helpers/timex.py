"""Time expressions in English news: find them and normalise them TIMEX3-style.

Rules, not a model: a handful of regular expressions over the words of dates, times, durations and sets
(the expression classes of TimeML), each with a function that turns the match into a type, a value and a
granularity. Relative expressions ("Sunday", "last week", "a year ago") are resolved against a reference
date, normally the publication date; without one they keep a relative value ("XXXX-WXX-7") and a plain
description ("the Sunday before publication") so events can still be ordered.

Extents follow the TimeML guidelines as annotated in TimeBank: determiners and modifiers belong to the
expression ("the third quarter", "nearly two years"), prepositions do not ("on Sunday" -> "Sunday").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4,
    "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5,
}  # fmt: skip
FUZZY = {"few", "several", "some", "many", "couple", "dozens", "hundreds", "thousands", "the", "recent", "coming"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C", "centurie": "C", "millenium": "L",
    "millennium": "L", "millennia": "L",
}  # fmt: skip
SET_WORDS = {
    "daily": ("XXXX-XX-XX", "P1D"), "nightly": ("XXXX-XX-XXTNI", "P1D"), "weekly": ("XXXX-WXX", "P1W"),
    "monthly": ("XXXX-XX", "P1M"), "quarterly": ("XXXX-QX", "P1Q"), "annually": ("XXXX", "P1Y"),
    "yearly": ("XXXX", "P1Y"), "hourly": ("PT1H", "PT1H"), "biweekly": ("P2W", "P2W"),
}  # fmt: skip
MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "early": "START", "earlier": "START",
    "late": "END", "later": "END", "mid": "MID", "the middle of": "MID", "the end of": "END",
    "the beginning of": "START", "the start of": "START",
}  # fmt: skip

# --- pattern fragments -------------------------------------------------------------------------------------
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![\w-])"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUMWORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_NUM = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|{_NUMWORD}(?:[- ]{_NUMWORD})*(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple\s+of|"
    r"a|an|few|several|some|many|couple\s+of|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+dozen)"
)
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies)|millenni(?:um|a))s?"
_PREMOD = r"(?:(?:about|around|roughly|approximately|nearly|almost|less\s+than|more\s+than|over|at\s+least|up\s+to|no\s+more\s+than|at\s+most|only|just)\s+)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_TZ = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT))?"
_CLOCK = (
    rf"(?:\d{{1,2}}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|noon|midnight|\d{{1,2}}:\d\d(?![\d:])){_TZ}"
)
_PARTDAY = r"(?:morning|afternoon|evening|night|overnight)"
_SPOKEN_YEAR = (
    r"(?:nineteen|twenty)[\s-]+(?:(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
)
_EDGE = r"(?:(?:early|late|mid|earlier|later)(?:-|\s+)|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"


@dataclass(frozen=True)
class Context:
    """What resolving an expression may use: the reference date (publication date), the sentence's tense,
    and the date most recently mentioned in the text (narrative anchor for "that day", "a year earlier")."""

    ref: date | None
    tense: str | None = None  # past | future; None: the tense of the verb nearest each expression
    last: tuple[date, str] | None = None  # (date, granularity) of an explicit date in this or the previous sentence
    quarter: date | None = None  # the reporting quarter once an article has named one (earnings news)


@dataclass(frozen=True)
class Timex:
    """One time expression: offsets into the text it was found in, TIMEX3 type and value, and for
    expressions resolved relative to an unknown date a plain description."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str  # day, week, month, quarter, season, half, year, decade, century, time, ref, duration, set
    mod: str | None = None
    relative: str | None = None  # "the Sunday before publication" when no reference date was known
    offset_days: float | None = None  # days from the reference date (midpoint), for ordering
    anchored: str = "absolute"  # absolute | publication | text | none
    tense: str = "past"  # of the verb nearest the expression, used to resolve it


# --- date arithmetic ---------------------------------------------------------------------------------------
def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved ``n`` units (day, week, month, quarter, year, decade, century) later."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return _add_months(d, n * months)


def format_value(d: date, granularity: str) -> str:
    """TIMEX3 value of the ``granularity``-sized period holding ``d``."""
    if granularity == "day":
        return d.isoformat()
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if granularity == "season":
        return f"{d.year:04d}-{['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][d.month - 1]}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(granularity)


def period(value: str) -> tuple[date, date] | None:
    """First and last day covered by a TIMEX3 date value ("2025-W48" -> Monday 24 to Sunday 30 November)."""
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)(-WE)?|-Q(\d)|-H(\d)|-(SP|SU|FA|WI))?(?:T.*)?$", value)
    if not m:
        d = re.match(r"^(\d{3})$", value) or re.match(r"^(\d{2})$", value)
        if not d:
            return None
        width = 10 if len(value) == 3 else 100
        y = int(value) * width
        return date(max(y, 1), 1, 1), date(y + width - 1, 12, 31)
    y = int(m.group(1))
    if m.group(3):
        day = date(y, int(m.group(2)), int(m.group(3)))
        return day, day
    if m.group(2):
        first = date(y, int(m.group(2)), 1)
        return first, _add_months(first, 1) - timedelta(days=1)
    if m.group(4):
        monday = date.fromisocalendar(y, int(m.group(4)), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6)) if m.group(5) else (monday, monday + timedelta(6))
        )
    if m.group(6):
        first = date(y, 3 * int(m.group(6)) - 2, 1)
        return first, _add_months(first, 3) - timedelta(days=1)
    if m.group(7):
        first = date(y, 6 * int(m.group(7)) - 5, 1)
        return first, _add_months(first, 6) - timedelta(days=1)
    if m.group(8):
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m.group(8)]
        first = date(y, start_month, 1)
        return first, _add_months(first, 3) - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def _number(words: str) -> float | None:
    """ "three" -> 3, "twenty-four" -> 24, "2 1/2" -> 2.5, "a few" -> None (vague)."""
    w = words.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return float(w)
    m = re.fullmatch(r"(\d+)\s+1/2", w)
    if m:
        return int(m.group(1)) + 0.5
    half = 0.5 if w.endswith("and a half") else 0
    w = re.sub(r"\s+and\s+a\s+half$", "", w)
    parts = re.split(r"[- ]+", w)
    if any(p in FUZZY or p in ("of", "dozens", "hundreds", "thousands", "dozen") for p in parts):
        return None
    total = 0.0
    for p in parts:
        if p not in SMALL:
            return None
        total = total * SMALL[p] if p == "hundred" and total else total + SMALL[p]
    return total + half


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    if w.startswith("centur"):
        return "century"
    if w.startswith("millenni"):
        return "millennium"
    return w


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (3, "month") -> "P3M", (None, "day") -> "PXD", (2.5, "year") -> "P2Y6M"."""
    code = UNIT_CODES.get(unit, "X")
    timed = unit in ("second", "minute", "hour")
    prefix = "PT" if timed else "P"
    if n is None:
        return f"{prefix}X{code}"
    if unit == "fortnight":
        n *= 2
    if n != int(n):
        if unit == "year" and (n * 12) == int(n * 12):
            return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M"
        if unit == "minute":
            return f"PT{int(n)}M{int(round((n - int(n)) * 60))}S"
        if unit == "hour":
            return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M"
        if unit == "day":
            return f"P{int(n)}DT12H"
        return f"{prefix}{n:g}{code}"
    return f"{prefix}{int(n)}{code}"


# --- expression builders -----------------------------------------------------------------------------------
def _describe(unit: str, n: int) -> str:
    if n == 0:
        return {"weekend": "the weekend of publication"}.get(unit, f"the {unit} of publication")
    word = "before" if n < 0 else "after"
    if abs(n) == 1:
        return f"the {unit} {word} publication"
    return f"{abs(n)} {unit}s {word} publication"


_UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30.4, "quarter": 91, "half": 182, "season": 91, "year": 365,
              "decade": 3652, "century": 36524}  # fmt: skip


def relative_date(unit: str, n: int, ctx: Context, granularity: str | None = None, *, anchor: str = "publication"):
    """A date ``n`` ``unit`` from the reference date: (value, granularity, relative, offset_days, anchored)."""
    gran = granularity or unit
    base = ctx.ref if anchor == "publication" else (ctx.last[0] if ctx.last else ctx.ref)
    if base is None:
        if anchor == "text":
            return "XXXX", gran, f"{_describe(unit, n)} (of the date before)", None, "none"
        value = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(gran, "XXXX")
        return value, gran, _describe(unit, n), n * _UNIT_DAYS[unit], "none"
    target = shift(base, unit, n)
    offset = (target - ctx.ref).days if ctx.ref else None
    return format_value(target, gran), gran, None, offset, anchor if ctx.ref or anchor == "text" else "none"


def weekday_date(dow: int, ctx: Context, direction: str | None = None):
    """The weekday ``dow`` (1 = Monday) nearest the reference date: before it in a past-tense sentence,
    after it in a future one; ``direction`` ("last", "next", "this") overrides the tense."""
    future = direction == "next" or (direction is None and ctx.tense == "future")
    if ctx.ref is None:
        when = "after" if future else "before"
        mid = 3.5 if future else -3.5
        return f"XXXX-WXX-{dow}", "day", f"the {WEEKDAY_NAMES[dow]} {when} publication", mid, "none"
    delta = (dow - ctx.ref.isoweekday()) % 7
    if direction == "this":
        target = ctx.ref + timedelta(days=dow - ctx.ref.isoweekday())
    elif future:
        target = ctx.ref + timedelta(days=delta or (7 if direction == "next" else 0))
    else:
        back = (ctx.ref.isoweekday() - dow) % 7
        target = ctx.ref - timedelta(days=back or (7 if direction == "last" else 0))
    return target.isoformat(), "day", None, (target - ctx.ref).days, "publication"


def infer_year(month: int, day: int | None, ctx: Context) -> tuple[int | None, str]:
    """The year of a month (and day) named without one: the reference year, moved back a year when the date
    would fall after the reference in a past-tense sentence, forward in a future one."""
    base = ctx.ref or (ctx.last[0] if ctx.last else None)
    if base is None:
        return None, "none"
    ref_key, key = (base.month, base.day), (month, day or 1)
    year = base.year
    if ctx.ref is not None:
        # news often names a date just ahead in a past-tense sentence ("payable Dec. 7"): two months' slack
        if ctx.tense == "past" and key > ref_key and month - base.month > 2:
            year -= 1
        elif ctx.tense == "future" and key < ref_key and base.month - month > 2:
            year += 1
    return year, "publication" if ctx.ref else "text"


# --- rules -------------------------------------------------------------------------------------------------
Handler = Callable[[re.Match, Context], "tuple | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handler: Handler


_MOD = re.compile(
    r"(?:the\s+)?(" + "|".join(sorted((re.escape(w) for w in MODIFIERS), key=len, reverse=True)) + r")\b", re.I
)


def _mod(text: str) -> str | None:
    m = _MOD.match(text)
    return MODIFIERS[" ".join(m.group(1).lower().split())] if m else None


def _h_full_date(m: re.Match, ctx: Context):
    g = m.groupdict()
    month = MONTHS[g["month"].lower().rstrip(".")]
    year = spoken_year(g["year"]) if g.get("year") else None
    day = int(re.match(r"\d+", g["day"]).group()) if g.get("day") else None
    anchored = "absolute"
    rel = " ".join((g.get("rel") or "").lower().split())
    if year is None and rel and ctx.ref is not None:
        year, anchored = ctx.ref.year, "publication"
        if rel in ("last", "this past") and month >= ctx.ref.month:
            year -= 1
        elif rel in ("next", "this coming") and month <= ctx.ref.month:
            year += 1
    if year is None:
        year, anchored = infer_year(month, day, ctx)
    if year is None:
        value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return "DATE", value, "day" if day else "month", None, None, "none"
    try:
        d = date(year, month, day or 1)
    except ValueError:
        return None
    gran = "day" if day else "month"
    value = format_value(d, gran)
    if g.get("time"):
        return "TIME", value + _clock_value(g["time"]), "time", None, _offset(d, ctx), anchored
    return "DATE", value, gran, None, _offset(d, ctx), anchored


def spoken_year(text: str) -> int | None:
    """ "1996" -> 1996, "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001 (broadcast transcripts)."""
    t = text.lower().strip()
    if t.isdigit():
        return int(t)
    words = re.split(r"[\s-]+", t)
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(_number(" ".join(words[3:])) or 0) if len(words) > 3 else 2000
    century = SMALL.get(words[0])
    if century is None:
        return None
    rest = [w for w in words[1:] if w != "oh"]
    n = _number(" ".join(rest)) if rest else 0
    return None if n is None else int(century * 100 + int(n))


def _offset(d: date, ctx: Context) -> float | None:
    return (d - ctx.ref).days if ctx.ref else None


def _clock_value(text: str) -> str:
    t = text.lower().strip()
    if t.startswith("noon"):
        return "T12:00"
    if t.startswith("midnight"):
        return "T24:00"
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m|p\.?m)?", t)
    if not m:
        return ""
    hour, minute = int(m.group(1)), m.group(2)
    if m.group(3) and m.group(3).startswith("p") and hour < 12:
        hour += 12
    if m.group(3) and m.group(3).startswith("a") and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute}" if minute else f"T{hour:02d}:00"


def _h_numeric_date(m: re.Match, ctx: Context):
    g = m.groupdict()
    y = int(g["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    try:
        d = date(y, int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    if g.get("hh"):
        value = f"{d.isoformat()}T{int(g['hh']):02d}:{g['mm']}" + (f":{g['ss']}" if g.get("ss") else "")
        return "TIME", value, "time", None, _offset(d, ctx), "absolute"
    return "DATE", d.isoformat(), "day", None, _offset(d, ctx), "absolute"


def _h_year(m: re.Match, ctx: Context):
    text = m.group(0).lower()
    y = int(m.group("year"))
    if text.rstrip().endswith("s") and re.search(r"\d0'?s$", text):
        return "DATE", f"{y // 10:03d}", "decade", _mod(text), _offset(date(y, 1, 1), ctx), "absolute"
    return "DATE", f"{y:04d}", "year", _mod(text), _offset(date(y, 1, 1), ctx), "absolute"


def _h_deictic_day(m: re.Match, ctx: Context):
    word = m.group("word").lower()
    n = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[word]
    value, gran, rel, off, anch = relative_date("day", n, ctx)
    part = m.group("part")
    mod = _mod(m.group(0))
    if word == "tonight" or part:
        code = "NI" if word == "tonight" else PARTS_OF_DAY[part.lower()]
        return "TIME", value + "T" + code, "time", mod, off, anch, rel
    rel = {"today": "the day of publication", "yesterday": "the day before publication",
           "tomorrow": "the day after publication"}[word] if rel else None  # fmt: skip
    return "DATE", value, gran, mod, off, anch, rel


def _h_this_partday(m: re.Match, ctx: Context):
    if m.group("rel2"):  # "overnight": the night before
        value, _, rel, off, anch = relative_date("day", -1, ctx)
        return "TIME", value + "TNI", "time", None, off, anch, rel
    value, _, rel, off, anch = relative_date("day", 0, ctx)
    code = PARTS_OF_DAY[m.group("part").lower()]
    if m.group("rel") and m.group("rel").lower() == "last" and code == "NI":
        value, _, rel, off, anch = relative_date("day", -1, ctx)
    return "TIME", value + "T" + code, "time", _mod(m.group(0)), off, anch, rel


def _h_weekday(m: re.Match, ctx: Context):
    word = m.group("weekday").lower().rstrip(".")
    dow = WEEKDAYS[word]
    rel_word = (m.group("rel") or "").lower() or None
    if m.group("plural"):
        return "SET", f"XXXX-WXX-{dow}", "set", None, None, "absolute"
    value, gran, rel, off, anch = weekday_date(dow, ctx, rel_word)
    part = m.group("part") or m.group("part2")
    clock = m.group("clock") or m.group("clock2")
    if clock:
        return "TIME", value + _clock_value(clock), "time", _mod(m.group(0)), off, anch, rel
    if part:
        return "TIME", value + "T" + PARTS_OF_DAY[part.lower()], "time", _mod(m.group(0)), off, anch, rel
    return "DATE", value, gran, _mod(m.group(0)), off, anch, rel


def _h_clock(m: re.Match, ctx: Context):
    n = {"yesterday": -1, "tomorrow": 1}.get((m.group("day") or "").lower(), 0)
    value, _, rel, off, anch = relative_date("day", n, ctx)
    return "TIME", value + _clock_value(m.group("clock")), "time", _mod(m.group(0)), off, anch, rel


_REL_N = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def _h_relative_unit(m: re.Match, ctx: Context):
    rel = m.group("rel").lower()
    unit = m.group("unit").lower()
    edge = m.group("edge")
    mod = _mod(edge) if edge else None
    if unit in SEASONS:
        n = _REL_N.get(rel, 0)
        if ctx.ref is None:
            return "DATE", f"XXXX-{SEASONS[unit]}", "season", mod, None, "none", f"{rel} {unit}"
        year = ctx.ref.year + (n if n else 0)
        if rel in ("last", "past", "previous") and _season_index(unit) < _season_index_of(ctx.ref):
            year = ctx.ref.year
        if rel in ("next", "coming") and _season_index(unit) > _season_index_of(ctx.ref):
            year = ctx.ref.year
        return "DATE", f"{year}-{SEASONS[unit]}", "season", mod, None, "publication"
    if rel in ("that", "same"):
        value, gran, rel_text, off, anch = relative_date(unit, 0, ctx, anchor="text")
    elif rel in ("following",):
        value, gran, rel_text, off, anch = relative_date(unit, 1, ctx, anchor="text")
    else:
        value, gran, rel_text, off, anch = relative_date(unit, _REL_N[rel], ctx)
    return "DATE", value, gran, mod, off, anch, rel_text


def _season_index(name: str) -> int:
    return ["WI", "SP", "SU", "FA"].index(SEASONS[name])


def _season_index_of(d: date) -> int:
    return [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 0][d.month - 1]


def _h_ago(m: re.Match, ctx: Context):
    n = _number(m.group("num"))
    unit = _unit(m.group("unit"))
    direction = " ".join(m.group("dir").lower().split())
    if n is None and direction in ("ago", "earlier", "before"):
        return "DATE", "PAST_REF", "ref", None, None, "absolute"  # "several years ago"
    if unit in ("second", "minute", "hour", "fortnight", "millennium") or n is None or n != int(n):
        return "DURATION", duration_value(n, unit), "duration", _mod(m.group(0)), None, "absolute"
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if direction in ("ago", "from now", "hence"):
        return _back(unit, sign * int(n), ctx, _mod(m.group(0)), deictic=True)
    return _back(unit, sign * int(n), ctx, _mod(m.group(0)), deictic=False)


def _back(unit: str, n: int, ctx: Context, mod: str | None, *, deictic: bool):
    """A date ``n`` units from the period being talked about: in an earnings story the reporting quarter
    ("profit of $5 million a year ago" -> the same quarter last year), else an explicit date of this or the
    previous sentence ("in 1995 ... a year earlier"), else the publication date."""
    if unit == "year" and ctx.quarter is not None:
        target = shift(ctx.quarter, "year", n)
        return "DATE", format_value(target, "quarter"), "quarter", mod, _offset(target, ctx), "publication"
    if not deictic and ctx.last and ctx.last[1] in ("day", "month", "year", "quarter"):
        gran = ctx.last[1] if _UNIT_DAYS[ctx.last[1]] >= _UNIT_DAYS[unit] else unit
        target = shift(ctx.last[0], unit, n)
        return "DATE", format_value(target, gran), gran, mod, _offset(target, ctx), "text"
    value, gran, rel, off, anch = relative_date(unit, n, ctx)
    return "DATE", value, gran, mod, off, anch, rel


def _h_quarter(m: re.Match, ctx: Context):
    g = m.groupdict()
    text = m.group(0).lower()
    which = (g.get("ord") or "").lower()
    year = int(g["year"] or g["yr"]) if (g.get("year") or g.get("yr")) else None
    if g.get("ryear") and ctx.ref is not None:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[g["ryear"].lower()]
    if g.get("noun").lower() == "period" and not (which or year):
        return None
    if which in ORDINALS:
        q = ORDINALS[which]
        anchored = "absolute" if year else "publication"
        if year is None:
            base = ctx.ref or (ctx.last[0] if ctx.last else None)
            if base is None:
                return "DATE", f"XXXX-Q{q}", "quarter", None, None, "none"
            year = base.year
            if ctx.tense != "future" and q > (base.month - 1) // 3 + 1:
                year -= 1
        return "DATE", f"{year}-Q{q}", "quarter", _mod(text), None, anchored
    if which in ("latest", "last", "past", "previous", "recent", "year-earlier", "year-ago", "comparable", "") or year:
        base = _latest_quarter(ctx)
        if base is None:
            return "DATE", "XXXX-QX", "quarter", None, None, "none"
        if which in ("year-earlier", "year-ago", "comparable"):
            base = shift(base, "year", -1)
        if year:
            base = date(year, base.month, 1)
        return "DATE", format_value(base, "quarter"), "quarter", None, None, "publication"
    # "this quarter", "the current quarter": the quarter of publication
    if ctx.ref is None:
        return "DATE", "XXXX-QX", "quarter", None, None, "none"
    return "DATE", format_value(ctx.ref, "quarter"), "quarter", None, None, "publication"


def _latest_quarter(ctx: Context) -> date | None:
    """The quarter an earnings story reports on: the one it named, else the last one completed."""
    if ctx.quarter is not None:
        return ctx.quarter
    if ctx.ref is None:
        return None
    return shift(date(ctx.ref.year, 3 * ((ctx.ref.month - 1) // 3) + 1, 1), "quarter", -1)


def _h_half(m: re.Match, ctx: Context):
    which = m.group("ord").lower()
    h = 1 if which == "first" else 2  # second, last, latter
    year = int(m.group("year")) if m.group("year") else (ctx.ref.year if ctx.ref else None)
    return "DATE", f"{year if year else 'XXXX'}-H{h}", "half", None, None, "absolute" if year else "none"


def _h_duration(m: re.Match, ctx: Context):
    n = _number(m.group("num")) if m.group("num") else None
    unit = _unit(m.group("unit"))
    plural = m.group("unit").lower().endswith("s") and unit != "centuries"
    art = (m.groupdict().get("art") or "").strip().lower()
    if not m.group("num") and art in ("a", "an"):
        return "DURATION", duration_value(1, unit), "duration", _mod(m.group(0)), None, "absolute"
    if not m.group("num") and m.group("qual") is None and "x" not in m.re.groupindex:
        return None  # "the year", "quarters" without a number: a date or nothing, not a duration
    if not m.group("num") and not plural:
        return None  # "the past year": a date (relative_unit rule)
    return "DURATION", duration_value(n, unit), "duration", _mod(m.group(0)), None, "absolute"


def _h_unit_adjective(m: re.Match, ctx: Context):
    n = _number(m.group("num"))
    if n is None:
        return "DURATION", duration_value(None, _unit(m.group("unit"))), "duration", None, None, "absolute"
    return "DURATION", duration_value(n, _unit(m.group("unit"))), "duration", None, None, "absolute"


def _h_ref(m: re.Match, ctx: Context):
    w = m.group(0).lower()
    if re.search(r"futur|soon|ahead|coming|later|long term|short term", w):
        value = "FUTURE_REF"
    elif re.search(r"now|current|present|these days|today's|nowadays|at this time", w):
        value = "PRESENT_REF"
    else:
        value = "PAST_REF"
    return "DATE", value, "ref", None, None, "absolute"


def _h_set(m: re.Match, ctx: Context):
    w = m.group(0).lower()
    if w in SET_WORDS:
        return "SET", SET_WORDS[w][0], "set", None, None, "absolute"
    unit = _unit(m.group("unit"))
    return "SET", duration_value(1, unit), "set", None, None, "absolute"


def _h_decade(m: re.Match, ctx: Context):
    rel = (m.group("rel") or "").lower()
    if ctx.ref is None:
        return "DATE", "XXX", "decade", None, None, "none"
    y = ctx.ref.year + (-10 if rel in ("last", "past", "previous") else 10 if rel == "next" else 0)
    return "DATE", f"{y // 10:03d}", "decade", None, None, "publication"


def _h_year_earlier(m: re.Match, ctx: Context):
    return _back("year", -1, ctx, None, deictic=False)


def _h_year_end(m: re.Match, ctx: Context):
    base = ctx.ref or (ctx.last[0] if ctx.last else None)
    if base is None:
        return "DATE", "XXXX-12", "month", "END", None, "none"
    year = base.year - (1 if ctx.tense == "past" and base.month <= 2 else 0)
    return "DATE", f"{year}", "year", "END", None, "publication"


def _h_weekend(m: re.Match, ctx: Context):
    rel = (m.group("rel") or "the").lower()
    if ctx.ref is None:
        return (
            "DATE",
            "XXXX-WXX-WE",
            "weekend",
            None,
            None,
            "none",
            "the weekend "
            + ("after publication" if rel in ("next", "coming") or ctx.tense == "future" else "before publication"),
        )
    future = rel in ("next", "coming") or (rel in ("the", "this") and ctx.tense == "future")
    saturday = weekday_date(6, Context(ctx.ref, "future" if future else "past"), None)[0]
    d = date.fromisoformat(saturday)
    if rel == "last" and (ctx.ref - d).days < 2:
        d -= timedelta(weeks=1)
    return "DATE", format_value(d, "weekend"), "weekend", None, _offset(d, ctx), "publication"


def _h_century(m: re.Match, ctx: Context):
    n = int(re.match(r"\d+", m.group("n")).group())
    return "DATE", f"{n - 1:02d}", "century", _mod(m.group(0)), None, "absolute"


def _h_decade_name(m: re.Match, ctx: Context):
    word = m.group("dec").lower().lstrip("'")
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
            "nineties": 9}.get(word)  # fmt: skip
    if tens is None:
        tens = int(word[0])
    century = 19 if tens > 1 or ctx.ref is None or ctx.ref.year < 2000 else 20
    return "DATE", f"{century}{tens}", "decade", _mod(m.group(0)), None, "absolute"


def _h_spoken_year(m: re.Match, ctx: Context):
    y = spoken_year(m.group("sy"))
    if y is None or not 1000 <= y <= 2100:
        return None
    return "DATE", f"{y}", "year", _mod(m.group(0)), _offset(date(y, 1, 1), ctx), "absolute"


def _h_the_unit(m: re.Match, ctx: Context):
    """ "the year", "the week", "the day": the period being talked about, or a duration before "ended"."""
    unit = m.group("unit").lower()
    if unit == "fiscal year":
        unit = "year"
    if m.group("ended"):
        return "DURATION", duration_value(1, unit), "duration", None, None, "absolute"
    which = (m.group("which") or "").strip().lower()
    if which == "current":
        value, gran, rel, off, anch = relative_date(unit, 0, ctx)
        return "DATE", value, gran, None, off, anch, rel
    if which == "latest":
        value, gran, rel, off, anch = relative_date(unit, -1, ctx)
        return "DATE", value, gran, None, off, anch, rel
    if ctx.last and _UNIT_DAYS[ctx.last[1]] <= _UNIT_DAYS.get(unit, 0):
        return "DATE", format_value(ctx.last[0], unit), unit, None, _offset(ctx.last[0], ctx), "text"
    value, gran, rel, off, anch = relative_date(unit, 0, ctx)
    return "DATE", value, gran, None, off, anch, rel


def _h_season(m: re.Match, ctx: Context):
    season = m.group("season").lower()
    year = spoken_year(m.group("year")) if m.group("year") else None
    if year is None:
        if ctx.ref is None:
            return "DATE", f"XXXX-{SEASONS[season]}", "season", _mod(m.group(0)), None, "none"
        year = ctx.ref.year
    return "DATE", f"{year}-{SEASONS[season]}", "season", _mod(m.group(0)), None, "publication"


def _h_fiscal(m: re.Match, ctx: Context):
    return "DATE", m.group("year"), "year", None, None, "absolute"


def _h_before_event(m: re.Match, ctx: Context):
    n = _number(m.group("num")) if m.group("num") else None
    unit = _unit(m.group("unit"))
    return "DURATION", duration_value(n, unit), "duration", None, None, "absolute"


def _compile(p: str, flags: int = 0) -> re.Pattern:
    return re.compile(p, flags)


_I = re.IGNORECASE
RULES: list[Rule] = [
    Rule("iso_date", _compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d)(?::(?P<ss>\d\d))?)?\b"), _h_numeric_date),
    Rule("slash_date", _compile(r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])[/-](?P<d>[0-3]?\d)[/-](?P<y>\d{4}|\d\d)(?:\s+(?P<hh>[0-2]\d):(?P<mm>\d\d)(?::(?P<ss>\d\d))?)?(?:\s*(?P<hhmm>\d{4})\s*[A-Z]{2,3}T)?(?![\d/])"), _h_numeric_date),
    Rule("compact_date", _compile(r"(?<![\d.,$])(?P<y>19\d\d|20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d%])"), _h_numeric_date),
    Rule("month_day_year", _compile(
        rf"(?:(?P<edge>{_EDGE}))?(?:(?:{_WEEKDAY}),?\s+)?(?:(?P<time>{_CLOCK}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b"), _h_full_date),
    Rule("day_month_year", _compile(rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?\b"), _h_full_date),
    Rule("month_year", _compile(rf"(?:(?P<edge>{_EDGE}))?(?:(?P<rel>this|last|next|this\s+past|this\s+coming)\s+)?(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}|{_SPOKEN_YEAR}))?(?![\w-])"), _h_full_date),
    Rule("year", _compile(rf"(?<![\d.,$£€#/-])(?:(?P<edge>{_EDGE}))?(?:the\s+)?(?P<year>{_YEAR})(?:'?s)?(?![\d%.,/-]\d|\s*(?:%|percent|per\s*cent)|-(?:year|month|day)|\s+(?:{_UNIT})\b)", _I), _h_year),
    Rule("decade_word", _compile(r"\b(?:the\s+)?(?P<rel>last|past|next|this|previous)\s+decade\b", _I), _h_decade),
    Rule("fiscal", _compile(rf"\bfiscal(?:\s+year)?\s+(?P<year>{_YEAR})\b", _I), _h_fiscal),
    Rule("deictic_day", _compile(rf"\b(?:(?P<edge>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:'s)?(?:\s+(?P<part>{_PARTDAY}))?\b", _I), _h_deictic_day),
    Rule("this_partday", _compile(rf"\b(?:(?:early|late|earlier|later)\s+)?(?:(?P<rel>this|last)\s+|the\s+)(?P<part>{_PARTDAY})\b|\b(?P<rel2>overnight)\b", _I), _h_this_partday),
    Rule("weekday", _compile(
        rf"(?:(?P<edge>early|late)\s+)?(?:(?P<clock>{_CLOCK})\s+)?(?:(?P<rel>last|next|this|each|every)\s+)?(?P<weekday>{_WEEKDAY})(?P<plural>s\b)?(?:\s+(?P<part>{_PARTDAY}|(?:the\s+)?(?:morning|afternoon|evening|night)))?(?:\s+(?P<clock2>{_CLOCK}))?(?!\w)(?P<part2>)"), _h_weekday),
    Rule("clock", _compile(rf"(?:{_PREMOD})?(?<![\w.])(?P<clock>{_CLOCK})(?:\s+(?P<day>today|yesterday|tomorrow))?(?!\w)", _I), _h_clock),
    Rule("relative_unit", _compile(
        rf"\b(?:(?P<edge>{_EDGE}))?(?:the\s+)?(?P<rel>this|last|next|past|coming|previous|following|current|same|that)\s+(?P<unit>week|weekend|month|year|quarter|{_SEASON})(?!s)\b", _I), _h_relative_unit),
    Rule("ago", _compile(
        rf"\b(?:{_PREMOD})?(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence|(?:before|after)(?!\s+(?:the|a|an|his|her|their|its)\b))\b", _I), _h_ago),
    Rule("quarter", _compile(
        rf"\b(?:the\s+)?(?:(?P<ryear>this|last|next)\s+year's\s+|(?P<yr>{_YEAR})\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|latest|last|past|previous|recent|current|year-earlier|year-ago|comparable|this)?[-\s]*(?:fiscal\s+)?(?P<noun>quarter|period)(?:\s+of\s+(?:fiscal\s+)?(?P<year>{_YEAR}))?\b(?!s\b)", _I), _h_quarter),
    Rule("year_end", _compile(r"\b(?:(?:around|by|until|at|before|after|since)\s+)?(?P<x>(?:the\s+)?(?:year[-\s]end|year's\s+end|end\s+of\s+the\s+year))\b", _I), _h_year_end),
    Rule("weekend", _compile(r"\b(?:(?P<rel>this|last|next|the|coming)\s+)weekend\b", _I), _h_weekend),
    Rule("century", _compile(r"\b(?:the\s+)?(?:(?:early|late|mid)[-\s])?(?P<n>1\d|20|21|[2-9])(?:st|nd|rd|th)[-\s]century\b", _I), _h_century),
    Rule("decade_name", _compile(r"\b(?:the\s+)?(?:(?:early|late|mid)[-\s])?(?P<dec>'[2-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _I), _h_decade_name),
    Rule("spoken_year", _compile(rf"\b(?:the\s+year\s+)?(?P<sy>{_SPOKEN_YEAR})\b(?![\s-]+(?:percent|dollars|people|years|times|of)\b)", _I), _h_spoken_year),
    Rule("the_unit", _compile(r"\b(?:the|this|that)\s+(?P<which>full\s+|whole\s+|entire\s+|latest\s+|current\s+)?(?P<unit>fiscal\s+year|year|week|day|month)(?P<ended>\s+(?:ended|ending|to))?\b(?!['’]s)", _I), _h_the_unit),
    Rule("half", _compile(rf"\b(?:the\s+)?(?P<ord>first|second|last|latter)\s+half(?:\s+of\s+(?:the\s+year|(?P<year>{_YEAR})))?\b", _I), _h_half),
    Rule("season", _compile(rf"\b(?:(?P<edge>early|late|mid)[-\s]+)?(?:the\s+)?(?P<season>{_SEASON})(?:\s+(?:of\s+)?(?P<year>{_YEAR}|{_SPOKEN_YEAR}))?\b(?!\s+(?:of\s+)?(?![a-z]+ly\b)[a-z])", _I), _h_season),
    Rule("ref", _compile(
        r"\b(?:now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately|the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|(?<=in\s)future|soon|the\s+short\s+term|the\s+long\s+term|a\s+later\s+date|(?<=at\s)the\s+time|current(?!\s+account|s)|recent\s+(?:years|months|weeks|days|decades|times)|recent|(?:the\s+)?(?:past|coming)\s+(?:years|months|weeks|days|decades))\b", _I), _h_ref),
    Rule("year_earlier", _compile(r"\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:period|quarter|level|levels|figure|figures|results?))?\b", _I), _h_year_earlier),
    Rule("set", _compile(rf"\b(?:daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly|biweekly)\b|\b(?:every|each|per)\s+(?P<unit>{_UNIT})\b", _I), _h_set),
    Rule("vague_duration", _compile(r"\b(?:for|in|over)\s+(?P<x>some\s+time|a\s+(?:long\s+|short\s+|little\s+)?while|a\s+(?:\w+\s+)?(?:lengthy|long|short)\s+(?:period|time))\b", _I), lambda m, c: ("DURATION", "PXX", "duration", None, None, "absolute")),
    Rule("unit_adjective", _compile(rf"\b(?P<num>\d+(?:\.\d+)?|{_NUMWORD}(?:-{_NUMWORD})*|several|multi)-(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|century)(?:-old)?\b", _I), _h_unit_adjective),
    Rule("duration", _compile(
        rf"\b(?:{_PREMOD})?(?P<art>(?:the|a|an)\s+)?(?:(?P<qual>first|last|past|next|coming|previous|following|latest|recent|remaining|final|additional|further|early|entire|whole|full)\s+)?"
        rf"(?:(?P<num>{_NUM})\s+(?:more\s+|straight\s+|consecutive\s+|trading\s+|business\s+)?)?(?P<unit>{_UNIT})(?:\s+or\s+so)?\b", _I), _h_duration),
    Rule("bare_units", _compile(r"\b(?:for|in|over|within|after|take|took|takes|lasted|last)\s+(?P<x>(?P<qual>)(?P<num>)(?P<unit>(?:second|minute|hour|day|week|month|year|decade|centurie)s))\b", _I), _h_duration),
    Rule("before_event", _compile(rf"\b(?P<num>{_NUM})?\s*(?P<unit>hours|days|weeks|months)(?=\s+(?:before|after|ahead\s+of|prior\s+to)\s+(?:the|a|an|his|her|their|its)\b)", _I), _h_before_event),
]  # fmt: skip


_IRREGULAR_PAST = frozenset(
    "said told met made went came took gave held began became brought bought sold found left lost won paid rose "
    "fell got saw sent spent thought wrote spoke led ran knew grew drew broke chose flew forgot froze hid meant "
    "rode sang sat slept stood swore taught threw understood woke wore was were had did ago since".split()
)
_NOT_PAST = frozenset(
    "succeed exceed proceed need indeed speed feed seed breed bleed hundred united limited shed red bed ted fred".split()
)
_FUTURE_WORDS = frozenset("will won't wo shall would upcoming 'll ll".split())
_FUTURE_BEFORE_TO = frozenset(
    "going plan plans planning intend intends expect expects expected scheduled set due supposed slated".split()
)
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")


def tense_markers(sentence: str) -> list[tuple[int, str]]:
    """Positions of the verbs that tell tense in ``sentence``: (offset, "future" | "past")."""
    toks = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(sentence)]
    out = []
    for k, (pos, w) in enumerate(toks):
        nxt = toks[k + 1][1] if k + 1 < len(toks) else ""
        if w in _FUTURE_WORDS or w.endswith("'ll") or (w in _FUTURE_BEFORE_TO and nxt == "to"):
            out.append((pos, "future"))
        elif w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST):
            out.append((pos, "past"))
    return out


def tense(sentence: str, position: int | None = None, markers: list[tuple[int, str]] | None = None) -> str:
    """ "future" or "past" for a time expression at ``position`` in ``sentence``: the tense of the nearest
    verb marker (will, going to, scheduled to, 'll; said, met, -ed ...), "past" when there is none, as news
    mostly reports what has happened. Without a position, "future" if the sentence has any future marker."""
    if position is not None and re.search(
        r"(?i)\b(?:by|until|till|through|before)\s+$", sentence[max(0, position - 8) : position]
    ):
        return "future"  # "by August", "through January": a deadline ahead
    markers = tense_markers(sentence) if markers is None else markers
    if not markers:
        return "past"
    if position is None:
        return "future" if any(t == "future" for _, t in markers) else "past"
    # a marker before the expression governs it more often than one after: weigh distance after by 1.5
    best = min(markers, key=lambda mt: (position - mt[0]) if mt[0] <= position else 1.5 * (mt[0] - position))
    return best[1]


def _choose(cands: list[tuple[int, int, int, Timex]]) -> list[tuple[int, int, int, Timex]]:
    """Keep the longest of overlapping candidates (earlier rule on ties)."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    kept = []
    for c in cands:
        if any(c[0] < e and s < c[1] for s, e in taken):
            continue
        taken.append((c[0], c[1]))
        kept.append(c)
    kept.sort(key=lambda c: c[0])
    return kept


_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|by|during|last|this|next|early|late|mid|of|through|from)\s+|-)$", re.I
)


def _plausible(rule: Rule, m: re.Match, text: str) -> bool:
    s = m.group(0)
    if rule.name == "month_year" and not m.group("year"):
        month = m.group("month")
        before = text[max(0, m.start() - 12) : m.start()]
        if month in ("May", "March") and not (_MAY_CONTEXT.search(before) or m.group("rel") or m.group("edge")):
            return False
        if not month.endswith(".") and len(month) <= 4 and month not in ("May", "June", "July"):
            return False  # "Jan" without a dot or a year is more often a name than a month
    if rule.name == "year":
        after = text[m.end() : m.end() + 12]
        if re.match(r"\s*(?:[A-Z][a-z]+\s+)?(?:model|cars?|votes?|people|shares|jobs|points|feet|miles)\b", after):
            return False
        before = text[max(0, m.start() - 10) : m.start()]
        if re.search(r"(?:No\.|number|Route|Flight|Room|Article|Section|Rule|\d,)\s*$", before):
            return False
    if rule.name == "set" and re.match(r"(?i)(?:daily|weekly|monthly|quarterly|annual|yearly)$", s):
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(r"(?i)\b(?:a|an|the|its|their|his|her|our|first|regular)\s+$", before):
            return False  # an adjective ("a quarterly dividend", "the daily newspaper"), not a recurrence
    if rule.name in ("duration", "unit_adjective") and re.match(r"[\s-]*old\b", text[m.end() : m.end() + 6]):
        return False  # an age ("52 years old"), not a period of the story
    if rule.name == "weekday" and s in ("Sat.", "Sun.", "Wed."):  # also words: "Sun." ends a sentence
        return bool(re.match(r"\s*,?\s*(?:" + _MONTH + r")", text[m.end() : m.end() + 12]))
    return True


_UNIT_WORDS = "second seconds minute minutes hour hours day days week weeks fortnight month months quarter quarters year years decade decades century centuries millennium millennia"
_MONTH_WORDS = " ".join(MONTHS)
_DAY_WORDS = " ".join(WEEKDAYS)
_SEASON_WORDS = "spring summer fall autumn winter"
# Words one of which a rule's match must contain ("#" stands for any digit): most sentences have none, and
# a set lookup is far cheaper than running the rule's expression.
_TRIGGERS: dict[str, str] = {
    "iso_date": "#", "slash_date": "#", "compact_date": "#", "year": "#", "clock": "# noon midnight",
    "month_day_year": _MONTH_WORDS, "day_month_year": _MONTH_WORDS, "month_year": _MONTH_WORDS,
    "decade_word": "decade", "fiscal": "fiscal", "deictic_day": "today yesterday tomorrow tonight",
    "this_partday": "morning afternoon evening night overnight", "weekday": _DAY_WORDS,
    "relative_unit": "week weekend month year quarter " + _SEASON_WORDS, "ago": "ago earlier later before after now hence",
    "quarter": "quarter period", "year_end": "year end", "weekend": "weekend", "century": "century",
    "decade_name": "# twenties thirties forties fifties sixties seventies eighties nineties",
    "spoken_year": "nineteen twenty thousand", "the_unit": "year week day month", "half": "half",
    "season": _SEASON_WORDS, "year_earlier": "year", "vague_duration": "time while period",
    "set": "daily nightly weekly monthly quarterly annually yearly hourly biweekly every each per",
    "unit_adjective": _UNIT_WORDS, "duration": _UNIT_WORDS, "bare_units": _UNIT_WORDS, "before_event": _UNIT_WORDS,
    "ref": "now currently nowadays presently present days recently lately past future soon term date time current recent coming",
}  # fmt: skip
_TRIGGER_SETS = {name: frozenset(words.split()) for name, words in _TRIGGERS.items()}
_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


def active_rules(text: str) -> list[tuple[int, Rule]]:
    """The rules whose trigger words occur in ``text``: a quick test that spares most sentences most rules."""
    words = set(_WORD.findall(text.lower()))
    words.update(w.rstrip("s") for w in list(words) if w.endswith("s"))
    if _DIGIT.search(text):
        words.add("#")
    return [(i, r) for i, r in enumerate(RULES) if r.name not in _TRIGGER_SETS or words & _TRIGGER_SETS[r.name]]


def find_timexes(
    text: str, ctx: Context, start: int = 0, end: int | None = None, rules: list[tuple[int, Rule]] | None = None
) -> list[Timex]:
    """Time expressions in ``text[start:end]`` (one sentence, usually), resolved with ``ctx``. When
    ``ctx.tense`` is None each expression gets the tense of its nearest verb."""
    end = len(text) if end is None else end
    sentence = text[start:end]
    markers = None
    cands = []
    for i, rule in rules if rules is not None else active_rules(sentence):
        for m in rule.pattern.finditer(text, start, end):
            if not (m.end() > m.start() and m.group(0).strip() and _plausible(rule, m, text)):
                continue
            s, e = _trim(text, *(m.span("x") if "x" in m.re.groupindex else m.span()))
            if ctx.tense is None and markers is None:
                markers = tense_markers(sentence)
            local = ctx if ctx.tense else replace(ctx, tense=tense(sentence, s - start, markers))
            out = rule.handler(m, local)
            if out is None:  # the rule declined: let a shorter or later rule have the words
                continue
            typ, value, gran, mod, off, anch, *rest = out
            t = Timex(s, e, text[s:e], typ, value, gran, mod, rest[0] if rest else None, off, anch, local.tense)
            cands.append((s, e, i, t))
    return [c[3] for c in _choose(cands)]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,":
        s += 1
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    return s, e


def update_last(last: tuple[date, str] | None, t: Timex) -> tuple[date, str] | None:
    """The narrative anchor after ``t``: explicit dates move it; dates relative to publication do not."""
    if t.type not in ("DATE", "TIME") or t.anchored != "absolute" or t.granularity in ("ref", "decade", "century"):
        return last
    span = period(t.value.split("T")[0])
    if span is None:
        return last
    return (span[0], t.granularity if t.granularity != "time" else "day")


def update_quarter(quarter: date | None, t: Timex) -> date | None:
    """The reporting quarter after ``t``: the first quarter an article names in the past tense ("the third
    quarter"); earnings stories lead with it and later quarters are comparisons."""
    if quarter is not None:
        return quarter
    m = re.match(r"^(\d{4})-Q(\d)$", t.value)
    if t.type == "DATE" and m and re.search(r"(?i)first|second|third|fourth|1st|2nd|3rd|4th", t.text):
        return date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
    return quarter
