"""The scorer: a restored page (``baoku.page/1`` JSON) against its gold articles.

Text is compared after NFKC with all whitespace removed. An article's text is its paragraphs (and, on the
restored side, its captions) concatenated. Each character of a restored article is attributed to the gold
article owning the character 6-grams that cover it (6-grams found in one gold article only; a majority of
the covering grams decides, the first gold on a tie). ``share[r][g]`` counts the characters of restored
article r attributed to gold g; a gold article's characters are those of its own text attributable the
same way, so a perfect restore scores 1. Matched: g and r are each the other's largest share.

Per page, ``score_page`` returns counts; counts add up over pages and ``summary`` turns them into rates:
  purity        Σ_r max_g share ÷ attributed restored characters
  completeness  Σ_g max_r share ÷ gold characters;  grouping_f1 their harmonic mean
  *_acc         share of gold articles with a non-empty headline/kicker/subheadline whose matched article
                has the same one (subheadlines compared without leading dashes: "——" is print decoration)
  spurious_*    matched articles with a kicker/subheadline where gold has none
  paragraph_*   multiset match of paragraphs between matched articles; all restored/gold paragraphs count
  exact_rate    share of gold articles whose matched article has the headline and the paragraph list right
  noloss_rate   share of pages whose stats.accounted_chars == stats.input_chars
"""
from __future__ import annotations

import unicodedata
from collections import Counter

N = 6
DASHES = "—–－-―~～"
RATES = ("purity", "completeness", "grouping_f1", "headline_acc", "kicker_acc", "subheadline_acc",
         "paragraph_p", "paragraph_r", "paragraph_f1", "exact_rate", "noloss_rate", "ok_rate")


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def norm_sub(text: str | None) -> str:
    return norm(text).lstrip(DASHES)


def gold_view(gold: list[dict]) -> list[dict]:
    """Gold articles (pagegen's kicker/title/subtitle/paragraphs) in the restored field names, normalized."""
    return [{"kicker": norm(a.get("kicker")), "headline": norm(a.get("title")),
             "subheadline": norm_sub(a.get("subtitle")), "paragraphs": _paras(a.get("paragraphs")),
             "text": norm("".join(a.get("paragraphs") or []))} for a in gold]


def restored_view(page: dict) -> list[dict]:
    """Restored articles of a page JSON, normalized."""
    out = []
    for a in page.get("articles") or []:
        paras = a.get("paragraphs") or []
        captions = [c.get("text") or "" for c in a.get("captions") or []]
        out.append({"kicker": norm(a.get("kicker")), "headline": norm(a.get("headline")),
                    "subheadline": norm_sub(a.get("subheadline")), "paragraphs": _paras(paras),
                    "text": norm("".join(paras) + "".join(captions))})
    return out


def _paras(paras) -> list[str]:
    return [p for p in map(norm, paras or []) if p]


def owners(texts: list[str]) -> dict[str, int]:
    """6-gram -> index of the one text containing it (grams found in several texts are left out)."""
    seen: dict[str, int] = {}
    for i, t in enumerate(texts):
        for gram in {t[j:j + N] for j in range(len(t) - N + 1)}:
            seen[gram] = -1 if gram in seen else i
    return {g: i for g, i in seen.items() if i >= 0}


def attribute(text: str, owner: dict[str, int]) -> Counter:
    """Characters of ``text`` per owning gold index (a window of the grams covering each character votes)."""
    own = [owner.get(text[j:j + N]) for j in range(len(text) - N + 1)]
    out, window = Counter(), Counter()
    for k in range(len(text)):
        if k < len(own) and own[k] is not None:
            window[own[k]] += 1
        if N <= k < len(own) + N and own[k - N] is not None:
            window[own[k - N]] -= 1
            if not window[own[k - N]]:
                del window[own[k - N]]
        if window:
            out[_best(window)] += 1
    return out


def _best(shares: dict[int, int]) -> int | None:
    return min(shares, key=lambda k: (-shares[k], k)) if shares else None


def alignment(golds: list[dict], restored: list[dict]):
    """(share[r][g], gold characters[g], matches {g: r})."""
    owner = owners([g["text"] for g in golds])
    share = [attribute(r["text"], owner) for r in restored]
    gold_chars = [attribute(g["text"], owner)[i] for i, g in enumerate(golds)]
    best_r = {g: _best({r: s[g] for r, s in enumerate(share) if s[g]}) for g in range(len(golds))}
    matches = {g: r for g, r in best_r.items() if r is not None and _best(share[r]) == g}
    return share, gold_chars, matches


def score_page(gold: list[dict], page: dict) -> Counter:
    """Counts of one page; add them up over pages and pass them to ``summary``."""
    golds, restored = gold_view(gold), restored_view(page)
    share, gold_chars, matches = alignment(golds, restored)
    c = Counter(pages=1, gold_articles=len(golds), restored_articles=len(restored))
    c["purity_num"] = sum(max(s.values(), default=0) for s in share)
    c["purity_den"] = sum(sum(s.values()) for s in share)
    c["completeness_num"] = sum(min(max((s[g] for s in share), default=0), gold_chars[g]) for g in range(len(golds)))
    c["completeness_den"] = sum(gold_chars)
    c["paragraph_pred"] = sum(len(r["paragraphs"]) for r in restored)
    c["paragraph_gold"] = sum(len(g["paragraphs"]) for g in golds)
    for gi, g in enumerate(golds):
        r = restored[matches[gi]] if gi in matches else None
        for f in ("headline", "kicker", "subheadline"):
            if g[f]:
                c[f + "_n"] += 1
                c[f + "_ok"] += r is not None and r[f] == g[f]
            elif r is not None and r[f] and f != "headline":
                c["spurious_" + f] += 1
        if r is not None:
            c["matched"] += 1
            c["paragraph_tp"] += sum((Counter(r["paragraphs"]) & Counter(g["paragraphs"])).values())
            c["exact"] += r["headline"] == g["headline"] and r["paragraphs"] == g["paragraphs"]
    stats = page.get("stats") or {}
    c["noloss"] += stats.get("input_chars") is not None and stats.get("accounted_chars") == stats["input_chars"]
    return c


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    return None if p is None or r is None else (2 * p * r / (p + r) if p + r else 0.0)


def summary(c: Counter) -> dict:
    """Rates and counts from the added-up counts of ``score_page`` (``failed``: pages that raised)."""
    p = _ratio(c["purity_num"], c["purity_den"])
    r = _ratio(c["completeness_num"], c["completeness_den"])
    pp = _ratio(c["paragraph_tp"], c["paragraph_pred"])
    pr = _ratio(c["paragraph_tp"], c["paragraph_gold"])
    return {
        "purity": p, "completeness": r, "grouping_f1": _f1(p, r),
        "headline_acc": _ratio(c["headline_ok"], c["headline_n"]),
        "kicker_acc": _ratio(c["kicker_ok"], c["kicker_n"]),
        "subheadline_acc": _ratio(c["subheadline_ok"], c["subheadline_n"]),
        "spurious_kickers": c["spurious_kicker"], "spurious_subheadlines": c["spurious_subheadline"],
        "paragraph_p": pp, "paragraph_r": pr, "paragraph_f1": _f1(pp, pr),
        "exact_rate": _ratio(c["exact"], c["gold_articles"]),
        "noloss_ok": c["noloss"], "noloss_rate": _ratio(c["noloss"], c["pages"]),
        "pages": c["pages"] + c["failed"], "failed": c["failed"],
        "ok_rate": _ratio(c["pages"], c["pages"] + c["failed"]),
        "gold_articles": c["gold_articles"], "restored_articles": c["restored_articles"],
    }
