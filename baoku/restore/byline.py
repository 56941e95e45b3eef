"""Parse a story's dateline/byline into source, reporters, place and date (resolved against the page date)."""
from __future__ import annotations

import re

from ..model import Byline, Page
from ..patterns import rx

_ROLES = re.compile(r"(?:本报|新华社|人民日报|特约|见习|实习)?(?:摄影记者|记者|通讯员|实习生)")


def parse_byline(text: str, page_date: str | None = None) -> Byline | None:
    """The byline at the start of ``text``, or None when the paragraph does not open with one."""
    t = text.strip()
    source = place = date = None
    end = 0
    m = rx("byline", "dated").match(t)
    if m:
        source, place, date, end = m.group("source"), m.group("place") or None, m.group("date"), m.end()
        date = _resolve(date, page_date)
    else:
        m = rx("byline", "xun").match(t)
        if m:
            source, place, end = m.group("source"), m.group("place") or None, m.end()
    reporters: list[str] = []
    rest = t[end:].lstrip()
    p = rx("byline", "credit_paren").match(rest)
    if p:
        reporters = _names(p.group("body"))
        end = len(t) - len(rest) + p.end()
    elif not m:
        r = rx("byline", "reporter_line").match(t)
        if not r:
            return None
        source = "本报" if r.group("role").startswith("本报") else None
        reporters = _names(r.group("names"))
        end = r.end()
    if source and source.startswith("据"):
        source = source[1:]
    return Byline(text=t[:end].strip(), source=source, reporters=reporters, place=place, date=date)


def _names(body: str) -> list[str]:
    """Names in a credit such as 记者 王明远、李 想 通讯员 黄 涛 (single spaces pad two-character names)."""
    names = []
    for segment in _ROLES.split(body):
        for part in re.split(r"[、，,和]|\s{2,}", segment):
            squeezed = re.sub(r"\s", "", part)
            pieces = [squeezed] if len(squeezed) <= 4 else part.split()
            for name in pieces:
                if 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" or c == "·" for c in name):
                    names.append(name)
    return names


def _resolve(date: str, page_date: str | None) -> str | None:
    """The dateline's date as an ISO date: its own year when it writes one (新华社北京2023年12月31日电), else the
    page's, a month back over a new year."""
    m = re.match(r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日", date)
    if m and m.group(1) and m.group(2):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if not m or not page_date:
        return None
    year, month, _ = (int(x) for x in page_date.split("-"))
    mon = int(m.group(2)) if m.group(2) else month
    if mon > month + 1:            # a December dateline in a January paper
        year -= 1
    return f"{year:04d}-{mon:02d}-{int(m.group(3)):02d}"


def parse_bylines(page: Page) -> Page:
    for art in page.articles:
        if art.paragraphs:
            art.byline = parse_byline(art.paragraphs[0].text, page.date)
    return page


