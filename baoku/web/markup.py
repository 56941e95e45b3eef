"""HTML pieces built in Python (always escaped): text with entities marked and linked, the original page text
cut into spans that name the article (and field) each piece went to, the PDF boxes of a page's articles placed
over its image, snippets with highlighted matches."""
from __future__ import annotations

import re
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

HIT_OPEN, HIT_CLOSE = "\x01", "\x02"


def highlight(snippet: str | None) -> Markup:
    """A snippet made with mark=(HIT_OPEN, HIT_CLOSE): escaped, matches in <mark>."""
    if not snippet:
        return Markup("")
    s = str(escape(snippet))
    return Markup(s.replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def brackets(snippet: str | None) -> str | None:
    """A snippet with its matches in [ ] (as the archive and the CLI give them)."""
    return snippet.replace(HIT_OPEN, "[").replace(HIT_CLOSE, "]") if snippet else snippet


def search_url(**params) -> str:
    return "/search?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def entity_href(e: dict) -> str | None:
    t, text = e.get("type"), e.get("text") or ""
    if t == "person":
        return "/people/" + quote(text, safe="")
    if t == "title":
        return search_url(title=text)
    if t == "place":
        return search_url(place=text)
    if t == "org":
        return search_url(q='"' + text.replace('"', "") + '"')
    if t == "date":
        v = e.get("value")
        if isinstance(v, str) and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", v):
            return search_url(date_from=v, date_to=v)
    return None


def mark_text(text: str, items: list[dict]) -> Markup:
    """``text`` with each item ``{start, end, cls, href?, title?}`` wrapped in a link or span; overlapping
    items after the first (by start, longest first) are left out."""
    items = sorted((i for i in items if 0 <= i["start"] < i["end"] <= len(text)),
                   key=lambda i: (i["start"], -(i["end"] - i["start"])))
    out, pos = [], 0
    for i in items:
        if i["start"] < pos:
            continue
        out.append(str(escape(text[pos:i["start"]])))
        inner = str(escape(text[i["start"]:i["end"]]))
        title = f' title="{escape(i["title"])}"' if i.get("title") else ""
        if i.get("href"):
            out.append(f'<a class="{i["cls"]}" href="{escape(i["href"])}"{title}>{inner}</a>')
        else:
            out.append(f'<span class="{i["cls"]}"{title}>{inner}</span>')
        pos = i["end"]
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


ENTITY_LABEL = {"person": "人物", "title": "职务", "place": "地点", "org": "机构", "date": "日期"}


def article_markup(pa: dict | None, paragraphs: list[str]) -> dict:
    """Marked HTML of an article's headline fields and paragraphs from its page-JSON article ``pa``."""
    fields = {f: (pa or {}).get(f) for f in ("section", "kicker", "headline", "subheadline")}
    per_para: dict[int, list] = {}
    per_field: dict[str, list] = {}
    for e in (pa or {}).get("entities", []):
        item = {"start": e["start"], "end": e["end"], "cls": f"ent ent-{e['type']}", "href": entity_href(e),
                "title": ENTITY_LABEL.get(e["type"], e["type"]) + (f" {e['value']}" if e.get("value") else "")}
        if "paragraph" in e:
            per_para.setdefault(e["paragraph"], []).append(item)
        elif "field" in e:
            per_field.setdefault(e["field"], []).append(item)
    for ev in (pa or {}).get("events", []):
        sp = ev.get("trigger_span")
        if sp and "paragraph" in ev:
            per_para.setdefault(ev["paragraph"], []).append(
                {"start": sp[0], "end": sp[1], "cls": "ev", "href": "/events?" + urlencode({"type": ev["type"]}),
                 "title": "事件 " + ev["type"]})
    return {
        "fields": {f: mark_text(v, per_field.get(f, [])) if v else None for f, v in fields.items()},
        "paragraphs": [mark_text(t, per_para.get(k, [])) for k, t in enumerate(paragraphs)],
    }


def original_markup(text: str, pj: dict) -> tuple[Markup, list[dict]]:
    """The original page text as HTML, each piece that went somewhere wrapped in
    ``<span class="src" data-a=KEY data-k=KIND>``; and the list of pieces (start, end, article, kind)."""
    pieces = []

    def add(spans, article, kind):
        for s, e in spans or ():
            pieces.append({"start": s, "end": e, "article": article, "kind": kind})

    for a in pj.get("articles", []):
        for k, spans in enumerate(a.get("paragraph_spans") or []):
            add(spans, a["id"], f"p{k}")
        for f, spans in (a.get("field_spans") or {}).items():
            add(spans, a["id"], f)
        for c in a.get("captions") or []:
            add(c.get("spans"), a["id"], "caption")
    for p in pj.get("photos", []):
        add(p.get("spans"), "", "photo")
    for f in pj.get("furniture", []):
        add(f.get("spans"), "", f.get("kind") or "furniture")
    for d in pj.get("dropped", []):
        add(d.get("spans"), "", "dropped")
    pieces.sort(key=lambda p: (p["start"], p["end"]))
    out, pos = [], 0
    for p in pieces:
        s, e = max(p["start"], pos), min(p["end"], len(text))
        if s >= e:
            continue
        out.append(str(escape(text[pos:s])))
        cls = "src" if p["article"] else f"src other {p['kind']}"
        out.append(f'<span class="{cls}" data-a="{escape(p["article"])}" data-k="{escape(p["kind"])}">'
                   f'{escape(text[s:e])}</span>')
        pos = e
    out.append(str(escape(text[pos:])))
    return Markup("".join(out)), pieces


def pdf_boxes(pj: dict, width: float, height: float) -> list[dict]:
    """Every PDF box an article of the page came from (headline fields, paragraphs, captions), as percentages
    of the page (``l``, ``t``, ``w``, ``h``) with the article key ``a`` and ``kind`` (head, p, cap)."""
    out = []
    if width <= 0 or height <= 0:
        return out
    for a in pj.get("articles", []):
        boxes = [("head", b) for bs in (a.get("field_boxes") or {}).values() for b in bs]
        boxes += [("p", b) for bs in a.get("paragraph_boxes") or [] for b in bs]
        boxes += [("cap", b) for c in a.get("captions") or [] for b in c.get("boxes") or []]
        for kind, (x0, y0, x1, y1) in boxes:
            x0, x1 = (max(0.0, min(100.0, 100 * v / width)) for v in (x0, x1))
            y0, y1 = (max(0.0, min(100.0, 100 * v / height)) for v in (y0, y1))
            if x1 > x0 and y1 > y0:
                out.append({"a": a["id"], "kind": kind, "l": round(x0, 3), "t": round(y0, 3),
                            "w": round(x1 - x0, 3), "h": round(y1 - y0, 3)})
    return out
