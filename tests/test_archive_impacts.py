"""One-token queries ranked from the impacts (baoku/archive/impacts.py): the same hits, scores and order as ranking
every match, on both backends (PostgreSQL ranks every match itself), on a made-up archive of the fictional city 青川
with articles short and long, repeated words, head hits, ties, replaced pages and characters unicode61 splits at."""
from __future__ import annotations

import random
import sqlite3

import numpy as np
import pytest

from baoku import archive
from baoku.archive import impacts as I
from baoku.archive import query as Q
from baoku.archive import search as S

WORDS = ("青川 港口 码头 社区 街道 书记 市长 会议 调研 防汛 老街 改造 养老 食堂 书房 河道 治理 集装箱 "
         "公园 学校 医院 桥 水 会 港 税 路 灯 花 茶 云 雨 春 秋 3×4 café GDP 10.5%").split()


def _article(k: int, head: str, body: str) -> dict:
    fts_head, fts_body = S.index_text(head), S.index_text(body)
    return {"seq": k, "key": f"a{k}", "section": None, "kicker": None, "headline": head, "subheadline": None,
            "byline": None, "body": body, "flags": [], "confidence": 1.0, "paragraphs": [body], "captions": [],
            "people": [], "events": [], "entities": [], "fts_head": fts_head, "fts_body": fts_body,
            "fts_impacts": I.terms(fts_head, fts_body)}


def _records(n_pages: int, seed: int = 3) -> list[dict]:
    """Pages of made-up articles: lengths from a few characters to well over ``impacts.SHORT`` tokens, some
    words repeated many times, some pages copied under other dates (equal scores, ordered by date)."""
    rng = random.Random(seed)
    out = []
    for p in range(n_pages):
        arts = []
        for k in range(rng.randint(1, 5)):
            size = rng.choice((2, 5, 20, 60, 150, 400))
            hot = rng.choice(WORDS)
            words = [hot if rng.random() < 0.15 else rng.choice(WORDS) for _ in range(size)]
            head = "".join(rng.sample(WORDS, rng.randint(1, 3)))
            arts.append(_article(k, head, "，".join("".join(words[i:i + 6]) for i in range(0, len(words), 6))))
        rec = {"paper": rng.choice(("青川日报", "青川晚报")), "date": f"202{rng.randint(0, 3)}-0{rng.randint(1, 9)}-1{k}",
               "page_no": rng.randint(1, 4), "source_path": f"/fictional/impacts/{p}.md", "file_index": 0,
               "file_pages": 1, "sha256": f"{p:064x}", "format": "md", "encoding": "utf-8", "original_text": "",
               "page_json": "{}", "photos": [], "articles": arts}
        out.append(rec)
        if p % 7 == 0:                                          # a copy: the same scores, another date
            out.append(dict(rec, source_path=f"/fictional/impacts/{p}-copy.md", sha256=f"{p + 10**6:064x}",
                            date="2019-01-01"))
    return out


def test_tokens_as_unicode61_splits_them():
    """The tokens counted for the impacts are those FTS5's tokenizer makes of the indexed stream."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    streams = ["青川 川港 青 川 港", "3×4 gdp 10 5 青川", "café 港口 港 口", "x\u0483y 老街 老 街", "a_b 鿔乙 鿔 乙",
               S.index_text("青川港3×4吨，café；10.5%鿔乙")]
    for i, s in enumerate(streams):
        con.execute("INSERT INTO t (rowid, x) VALUES (?, ?)", (i, s))
        fts = [t for (t,) in con.execute("SELECT term FROM v WHERE doc = ? ORDER BY offset", (i,))]
        mine, _ = I.fts_tokens(s)
        assert len(mine) == len(fts), s
        assert [t for t in mine if t[0] > "z"] == [t for t in fts if t[0] > "z"], s


def test_bm25_in_numpy_is_fts5s(tmp_path):
    """The scores computed from the lengths and the weighted counts are FTS5's bm25, bit for bit."""
    db = archive.open(f"sqlite:///{tmp_path / 'a.db'}")
    for r in _records(40):
        db.write_record(r)
    lengths = I.Lengths()
    (rows,) = db.one("SELECT COUNT(*) FROM article_fts")
    avg = I._varints(db.one("SELECT block FROM article_fts_data WHERE id = 1")[0])
    assert avg[0] == rows
    checked = 0
    for tok in ("青川", "港", "会", "书记", "水", "3", "gdp"):
        got = db.all("SELECT rowid, bm25(article_fts, 5.0, 1.0), head, body FROM article_fts "
                     "WHERE article_fts MATCH ?", (f'"{tok}"',))
        ids = np.array([r[0] for r in got], np.int64)
        f = np.array([5.0 * I.fts_tokens(h)[0].count(tok) + I.fts_tokens(b)[0].count(tok) for _, _, h, b in got])
        idf = max(np.log((rows - len(got) + 0.5) / (len(got) + 0.5)), 0) or 1e-6
        mine = I._score(f, lengths.of(db, ids), float(idf), float(avg[1:].sum()) / float(avg[0]))
        assert mine.tolist() == [r[1] for r in got], tok
        checked += len(got)
    assert checked > 100
    db.close()


def _searches(db, cases):
    out = []
    for q, n, o, f in cases:
        res = db.search(q, limit=n, offset=o, facets=["month"], **f).to_json()
        res.pop("seconds")
        out.append(res)
    return out


def _same_without(db, cases, monkeypatch, name: str, used_enough) -> list:
    """The searches' results with ``impacts.<name>`` (on SQLite: ``used_enough(what it returned, results)``
    checks that it took the queries) are those with it declining every query (ranking every match)."""
    real, used = getattr(I, name), []
    monkeypatch.setattr(I, name, lambda *a, **k: used.append(real(*a, **k)) or used[-1])
    fast = _searches(db, cases)
    if db.dialect == "sqlite":
        used_enough(used, fast)
    monkeypatch.setattr(I, name, lambda *a, **k: None)
    assert _searches(db, cases) == fast
    monkeypatch.setattr(I, name, real)
    return fast


def test_one_token_ranked_from_impacts_same_results(db, monkeypatch):
    """Every one-token query (each character and bigram of the archive, and some absent), with offsets, limits
    and filters, gives the same hits, scores and order from the impacts as ranking every match; so do they after
    pages are replaced and deleted (their impact terms removed with them)."""
    from baoku.archive import docvalues as DV
    recs = _records(120)
    for r in recs:
        assert db.write_record(r) == "added"
    toks = sorted({t for r in recs for a in r["articles"] for t in I.fts_tokens(a["fts_body"])[0] if t[0] > "z"})
    rng = random.Random(5)
    cases = [(t, rng.choice((1, 3, 10, 40)), rng.choice((0, 0, 2)), {}) for t in toks]
    cases += [(t, 5, 0, {"paper": "青川晚报"}) for t in ("港", "青川", "会", "书记", "水")]
    cases += [(t, 8, 1, {"date_from": "2021", "date_to": "2022-06"}) for t in ("港", "社区", "茶")]
    cases += [("無此", 5, 0, {}), ("鿔", 5, 0, {}), ("港口", 2000, 0, {})]
    monkeypatch.setattr(DV, "DOC_VALUES_MIN", 0)                 # filters on the doc values: ranked among ids

    def used_enough(used, fast):
        assert sum(u is not None for u in used) > len(toks) // 2     # most ranked from the impacts
        assert any(u is not None and len(u) > 5 for u in used)

    def compare():
        return _same_without(db, cases, monkeypatch, "top", used_enough)

    before = compare()
    assert any(x["total"] > 20 and len(x["hits"]) > 5 for x in before)
    for r in recs[::9]:                                           # replaced: new text under new ids
        arts = [_article(k, a["headline"] + "港", a["body"] + "港港会") for k, a in enumerate(r["articles"])]
        assert db.write_record(dict(r, sha256="f" + r["sha256"][1:], articles=arts)) == "replaced"
    compare()
    if db.dialect == "sqlite":                                   # the impacts are those of a fresh archive
        fresh = archive.open(f"sqlite:///{db.path}.fresh")
        for aid, head, body in db.all("SELECT rowid, head, body FROM article_fts ORDER BY rowid"):
            fresh.execute("INSERT INTO article_impacts (rowid, terms) VALUES (?, ?)", (aid, I.terms(head, body)))
        vocab = "SELECT term, doc FROM article_impacts_vocab ORDER BY term"
        assert db.all(vocab) == fresh.all(vocab)
        fresh.close()


def test_phrase_ranked_from_impacts_same_results(db, monkeypatch):
    """Phrases (runs of two to six characters of the archive's text, across word boundaries too), with offsets,
    limits and filters, give the same hits, scores and order from the impacts of their rarest token as ranking
    every match, also after pages are replaced; in small batches and with the fast path taken for every phrase."""
    from baoku.archive import docvalues as DV
    recs = _records(120)
    for r in recs:
        assert db.write_record(r) == "added"
    rng = random.Random(8)
    runs = [run for r in recs for a in r["articles"] for run in a["body"].split("，") if len(run) >= 6]
    phrases = sorted({run[i:i + size] for run in rng.sample(runs, 60) for size in (2, 3, 4, 6)
                      for i in (0, 1) if I.phrase_tokens(S.parse(f'"{run[i:i + size]}"'))})
    cases = [(f'"{p}"', rng.choice((1, 3, 10, 40)), rng.choice((0, 0, 2)), {}) for p in phrases]
    cases += [(f'"{p}"', 5, 0, {"paper": "青川晚报"}) for p in phrases[::7]]
    cases += [(f'"{p}"', 4, 1, {"date_from": "2021", "date_to": "2022-06"}) for p in phrases[::5]]
    monkeypatch.setattr(DV, "DOC_VALUES_MIN", 0)
    monkeypatch.setattr(I, "PHRASE_MIN", 0)
    monkeypatch.setattr(I, "PHRASE_BATCH", 4)                   # several groups, each tightening the cut

    def used_enough(used, fast):
        more = sum(x["total"] > n + o for x, (_, n, o, _) in zip(fast, cases))      # more matches than asked for
        assert more > 50 and sum(u is not None for u in used) >= more

    def compare():
        return _same_without(db, cases, monkeypatch, "top_phrase", used_enough)

    before = compare()
    assert sum(x["total"] > 10 for x in before) > 20
    for r in recs[::9]:
        arts = [_article(k, a["headline"] + "码头", a["body"] + "港口码头港口码头") for k, a in enumerate(r["articles"])]
        assert db.write_record(dict(r, sha256="e" + r["sha256"][1:], articles=arts)) == "replaced"
    compare()


def test_migration_writes_the_impacts_of_stored_articles(tmp_path):
    """An archive stored before the impacts gets them when it is opened (migration 004)."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = archive.open(url)
    for r in _records(30):
        db.write_record(r)
    vocab = "SELECT term, doc FROM article_impacts_vocab ORDER BY term"
    want = db.all(vocab)
    assert want
    with db.tx():                                                # back to schema version 3
        db.execute("DROP TABLE article_impacts_vocab")
        db.execute("DROP TABLE article_impacts")
        db.execute("DELETE FROM schema_version WHERE version >= 4")
    db.close()
    db = archive.open(url)
    assert db.schema_version() >= 4 and db.all(vocab) == want
    res = db.search("港", limit=5)
    assert res.total and len(res.hits) == min(5, res.total)
    db.close()


@pytest.mark.parametrize("n", [1, 20])
def test_impacts_used_and_exact_on_many_ties(tmp_path, n):
    """Copies of one article (every score equal): all of them are ties of the n-th, read and ordered by date."""
    db = archive.open(f"sqlite:///{tmp_path / 't.db'}")
    base = _records(1)[0]
    for k in range(30):
        db.write_record(dict(base, source_path=f"/fictional/tie/{k}.md", sha256=f"{k + 7:064x}",
                             date=f"2020-01-{k % 28 + 1:02d}"))
    node = S.parse(next(t for t in I.fts_tokens(base["articles"][0]["fts_body"])[0] if t[0] > "z"))
    top = I.top(db, node, n, Q._count_matches(db, node), I.Lengths())
    assert top is not None and sorted(top) == sorted(Q._top(db, node, n))
    db.close()
