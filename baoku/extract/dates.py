"""Date values: a date mention resolved against the page's date into an ISO 8601 date, month, year or range.

Values: ``2022-06-16``, ``2022-06``, ``2022``, ranges ``2022-04-06/2022-06-15``, and ``../2022-06-17`` for "on
or before the page date" (日前, 近日). A year is a calendar year only when it is written with four digits
(2022年, 二〇二二年) or two (98年); a year written as a count (太和十三年, 民国三十年: an era's year) has no
value, nor has a word such as 当时. The two date rules of ``ner.entities`` are here too: time words the tagger
left out (`_time_words`), and the values of the dates found, two joined by 至, 到 or a dash made one range (`_dates`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from ..lexicon import Matcher, words
from .base import Entity, _word_aligned
from .features import FOLD

_CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
       "九": 9}
_NUM = r"[0-9]{1,4}|[〇零一二三四五六七八九十两]{1,4}"
_RX = re.compile(
    rf"^(?:(?P<year>[0-9]{{4}}|[0-9]{{2}}(?=年)|[〇零一二三四五六七八九]{{4}}|[〇零一二三四五六七八九十]+)年"
    rf"|(?P<ryear>今年|去年|明年|前年|上年|同年|当年))?"
    rf"(?P<period1>年初|年底|年末|年中|上半年|下半年|年内)?"
    rf"(?:(?P<month>{_NUM}|元)月份?|(?P<rmonth>本月|上月|下月|当月))?"
    rf"(?:(?P<day>{_NUM})[日号])?"
    rf"(?P<period2>上旬|中旬|下旬|初|底|末|中)?"
    rf"(?:上午|下午|中午|晚上|凌晨|清晨|早晨|早上|傍晚|夜间|深夜|白天|晚|[0-9一二三四五六七八九十]{{1,3}}[时点](?:[0-9]{{1,2}}分|半)?)*$")
_BEFORE = {"日前", "近日", "近期", "最近", "不久前", "前不久", "此前", "日前召开", "连日来", "近来"}
_DAYS = {"今天": 0, "今日": 0, "今晨": 0, "今晚": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "明天": 1, "明日": 1,
         "前天": -2, "后天": 2}
_RANGE = re.compile(r"^(?P<a>.+?)(?:至|到|—|－|-|～|~)(?P<b>.+)$")


def parse_page_date(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _CN.get(a, 1) if a else 1
        return tens * 10 + (_CN.get(b, 0) if b else 0) if all(c in _CN for c in a + b) else None
    if all(c in _CN for c in s):
        v = 0
        for c in s:
            v = v * 10 + _CN[c]
        return v
    return None


@lru_cache(maxsize=4096)
def normalize(text: str, page_date: str | dt.date | None = None) -> str | None:
    """The ISO value of a date mention, or None when it has none (or needs a page date it lacks); cached (the
    same mentions recur: 今年, 1月5日)."""
    ref = page_date if isinstance(page_date, dt.date) else parse_page_date(page_date)
    t = text.translate(FOLD).strip()
    t = re.sub(r"^(?:从|自|于|在|截至|截止到?|到)", "", t)
    if t in _BEFORE:
        return f"../{ref.isoformat()}" if ref else None
    day_word = re.sub(r"(?:上午|下午|中午|晚上|凌晨|清晨|早晨|早上|傍晚|夜间|深夜|白天)$", "", t)
    if day_word in _DAYS:
        t = day_word
    if t in _DAYS:
        return (ref + dt.timedelta(days=_DAYS[t])).isoformat() if ref else None
    m = _RANGE.match(t)
    if m and not _RX.match(t):
        a = _parts(m.group("a"), ref)
        b = _parts(m.group("b"), ref, inherit=a)
        if a and b:
            va, vb = _value(a, ref), _value(b, ref)
            if va and vb:
                return f"{va.split('/')[0]}/{vb.split('/')[-1]}"
        return None
    p = _parts(t, ref)
    return _value(p, ref) if p else None


def _parts(t: str, ref: dt.date | None, inherit: dict | None = None) -> dict | None:
    m = _RX.match(t)
    if not m or not m.group(0):
        return None
    g = m.groupdict()
    year = month = day = None
    if g["year"]:
        y = g["year"]
        if "十" in y:
            return {"era": True}           # a count of years (an era's year), not a calendar year
        year = _num(y)
        if year is None:
            return None
        if len(y) == 2:
            if ref is None:
                return None
            year += 1900 if year > ref.year % 100 + 1 else 2000
    elif g["ryear"]:
        if ref is None or g["ryear"] in ("同年", "当年"):
            return None
        year = ref.year + {"今年": 0, "去年": -1, "上年": -1, "明年": 1, "前年": -2}[g["ryear"]]
    if g["month"]:
        month = 1 if g["month"] == "元" else _num(g["month"])
        if not month or not 1 <= month <= 12:
            return None
    elif g["rmonth"]:
        if ref is None or g["rmonth"] == "当月":
            return None
        d = {"本月": 0, "上月": -1, "下月": 1}[g["rmonth"]]
        month = (ref.month - 1 + d) % 12 + 1
        year = year or ref.year + (ref.month - 1 + d) // 12
    if g["day"]:
        day = _num(g["day"])
        if not day or not 1 <= day <= 31:
            return None
    period = g["period1"] or g["period2"]
    if inherit and not inherit.get("era"):
        if year is None and month is None and day is not None:
            year, month = inherit.get("year"), inherit.get("month")
        elif year is None:
            year = inherit.get("year")
    if year is None and month is None and day is None:
        if not g["period1"] or ref is None:
            return None
        year = ref.year
    return {"year": year, "month": month, "day": day, "period": period}


def _value(p: dict, ref: dt.date | None) -> str | None:
    if p.get("era"):
        return None
    year, month, day, period = p["year"], p["month"], p["day"], p["period"]
    if year is None:
        if ref is None:
            return None
        year = ref.year
        if month is None:
            month = ref.month
            if day is not None and day - ref.day > 10:       # 28日 in a paper of the 2nd: last month
                month -= 1
                if month == 0:
                    year, month = year - 1, 12
        elif month - ref.month > 6:                          # 12月 in a January paper: last year
            year -= 1
    if month is None:
        if period in ("年初",):
            return f"{year:04d}-01"
        if period in ("年底", "年末"):
            return f"{year:04d}-12"
        if period == "上半年":
            return f"{year:04d}-01/{year:04d}-06"
        if period == "下半年":
            return f"{year:04d}-07/{year:04d}-12"
        return f"{year:04d}"
    last = calendar.monthrange(year, month)[1]
    if day is None:
        if period == "上旬" or period == "初":
            return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-10"
        if period == "中旬":
            return f"{year:04d}-{month:02d}-11/{year:04d}-{month:02d}-20"
        if period in ("下旬", "底", "末"):
            return f"{year:04d}-{month:02d}-21/{year:04d}-{month:02d}-{last:02d}"
        return f"{year:04d}-{month:02d}"
    if day > last:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_RANGE_JOIN = re.compile(r"(?:至|到|—|－|-|～|~)")


@lru_cache(maxsize=1)
def _time_word_rx() -> Matcher:
    """The time words that the tagger's features do not mark (`times.txt` [unmarked]); a text without the last two
    characters of one is not scanned."""
    return Matcher(words("times", "unmarked"), screened=True)


def _time_words(text: str, ents: list[Entity]) -> list[Entity]:
    """A time word of `times.txt` [unmarked] (当时, 刚才, 往年) that the tagger left out is a date where jieba's words
    begin and end with it: in the 1998 training sentences each is labelled a date in 90 % of its occurrences or
    more (当时 90 times of 92)."""
    added = [Entity("date", m.start(), m.end(), m.group()) for m in _time_word_rx().finditer(text)
             if not any(x.start < m.end() and m.start() < x.end for x in ents) and _word_aligned(text, *m.span())]
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _dates(text: str, ents: list[Entity], date: str | None) -> list[Entity]:
    out: list[Entity] = []
    for ent in ents:
        if ent.type == "date":
            prev = out[-1] if out else None
            if (prev is not None and prev.type == "date" and "range" not in prev.parts
                    and _RANGE_JOIN.fullmatch(text[prev.end:ent.start])):
                merged = Entity("date", prev.start, ent.end, text[prev.start:ent.end],
                                parts={"range": [(prev.start, prev.end), (ent.start, ent.end)]})
                merged.value = normalize(merged.text, date)
                out[-1] = merged
                continue
            ent.value = normalize(ent.text, date)
        out.append(ent)
    return out
