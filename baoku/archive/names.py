"""Names and places as the registry compares them: a person's name key (the spellings of one name are one
person) and the place a title's body opens with."""
from __future__ import annotations

import re

from . import search as S

_DOTS = re.compile("[\u00b7\u2022\u2027\u2219\u30fb\uff65.\uff0e]")      # middle dots, and the full stops set for them
_SPACE = re.compile(r"\s+")
_PARTY = re.compile("^(?:中国共产党|中共)")
# a body that opens with a place: a name and its administrative level, followed by the organ (青川市|委)
_PLACE = re.compile("^([\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗|镇|乡|街道))"
                    "(?=[\u4e00-\u9fff])")


def name_key(name: str) -> str:
    """A name as the registry compares it: simplified characters (NFKC), no whitespace, one kind of middle dot."""
    return _DOTS.sub("·", _SPACE.sub("", S.simplify(name)))


def body_place(body: str | None) -> str | None:
    """The place a title's body opens with (青川市委 → 青川市, 中共河西区委 → 河西区, 山西省财政厅 → 山西省), or None
    (省财政厅, 国家发改委: a body that names no place, or whose place the paper's could not resolve)."""
    m = _PLACE.match(_PARTY.sub("", body or ""))
    return m.group(1) if m else None


def add_name_keys(db) -> int:
    """Migration 006: the column ``people.name_key`` (added unless there), its index, and every person's key."""
    if db.dialect == "sqlite":
        have = {r[1] for r in db.all("PRAGMA table_info(people)")}
    else:
        have = {r[0] for r in db.all("SELECT column_name FROM information_schema.columns WHERE table_name = 'people' "
                                     "AND table_schema = current_schema()")}
    if "name_key" not in have:
        db.execute("ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX IF NOT EXISTS people_by_key ON people (name_key)")
    rows = db.all("SELECT id, name FROM people")
    db.executemany("UPDATE people SET name_key = ? WHERE id = ?", [(name_key(n), i) for i, n in rows])
    return len(rows)
