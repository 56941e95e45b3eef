"""Extraction: entities, people with their titles, and events, from restored articles.

    from baoku.extract import entities, extract_page
    entities("6月16日，副市长张三调研。", date="2022-06-17")      # [Entity(type, start, end, text, value)]
    page = extract_page(baoku.restore(path, date=..., paper=...))  # fills each article's extras

Each article gains ``entities[]`` ({type, start, end, text, value?, paragraph | field}; offsets into that
paragraph's text or headline field), ``people[]`` ({name, titles[] {text, body, role}, mentions[],
credits?}) and ``events[]``. Stages: ``ner`` (tagger + rules per text, then names spread over the article's
texts) → ``people`` (titles, bylines, credits) → ``events``.
"""
from __future__ import annotations

import time

from .ner import Entity, entities
from .repeats import spread_names
from .people import People, byline, credits, link_paragraph, rows
from .events import find_events, merge_events
from .titles import paper_place, parse_title

__all__ = ["entities", "Entity", "extract_page", "extract_text", "page_json", "csv_rows", "CSV_HEADER",
           "parse_title", "speed"]

FIELDS = ("kicker", "headline", "subheadline")


def extract_text(text: str, *, date: str | None = None, paper: str | None = None) -> dict:
    """Entities, people and events of a plain text (paragraphs separated by newlines)."""
    people = People(paper_place(paper), paper)
    out_ents, out_events = [], []
    paras = [p for p in text.split("\n") if p.strip()]
    found = [entities(para, date=date) for para in paras]
    spread_names(paras, found)
    for i, (para, ents) in enumerate(zip(paras, found)):
        where = {"paragraph": i}
        out_ents += [{**e.to_json(), **where} for e in ents]
        link_paragraph(people, para, ents, where)
        out_events += find_events(para, ents, where, None)
    return {"entities": out_ents, "people": people.to_list(), "events": merge_events(out_events)}


def extract_article(article, *, date: str | None = None, paper: str | None = None, place=None) -> dict:
    people = People(place, paper)
    out_ents: list[dict] = []
    out_events: list[dict] = []
    lead_date = None
    fields = [(name, getattr(article, name).text) for name in FIELDS
              if getattr(article, name) and getattr(article, name).text]
    texts = [t for _, t in fields] + [para.text for para in article.paragraphs]
    found = [entities(t, date=date) for t in texts]
    spread_names(texts, found)          # a name found once is the name where the article writes it again
    for (name, text), ents in zip(fields, found):
        where = {"field": name}
        out_ents += [{**e.to_json(), **where} for e in ents]
        link_paragraph(people, text, ents, where)
    bl = article.byline
    for i, (para, ents) in enumerate(zip(article.paragraphs, found[len(fields):])):
        where = {"paragraph": i}
        out_ents += [{**e.to_json(), **where} for e in ents]
        skip = 0
        if i == 0 and bl is not None and bl.text and para.text.startswith(bl.text):
            skip = len(bl.text)
        if i == 0:
            d = next((e for e in ents if e.type == "date" and e.value), None)
            if d is not None:
                lead_date = {"text": d.text, "value": d.value}
        link_paragraph(people, para.text, ents, where, skip_before=skip)
        out_events += find_events(para.text, ents, where, lead_date, skip_before=skip)
    out_events = merge_events(out_events)
    if bl is not None and bl.reporters:
        byline(people, bl.text, bl.reporters, bl.source)
    for c in article.captions:
        credits(people, c.credit, "photo")
    return {"entities": out_ents, "people": people.to_list(), "events": out_events}


def extract_page(page):
    """Fill each article's ``extras`` with entities, people and events; standalone photo credits go to
    ``page_json``. Returns the page."""
    place = paper_place(page.paper)
    for a in page.articles:
        a.extras.update(extract_article(a, date=page.date, paper=page.paper, place=place))
    photo_people = []
    for k, ph in enumerate(page.photos):
        ppl = People(place, page.paper)
        credits(ppl, ph.credit, "photo")
        photo_people.append(ppl.to_list())
    page.__dict__["extract_photos"] = photo_people
    return page


def page_json(page, explain: bool = False) -> dict:
    """The page's JSON with extraction: articles carry their extras; each standalone photo its ``people``."""
    data = page.to_json(explain=explain)
    for ph, ppl in zip(data.get("photos", []), page.__dict__.get("extract_photos", [])):
        ph["people"] = ppl
    return data


CSV_HEADER = ("person", "title", "body", "role", "article_id", "headline", "date", "paper", "page", "source")


def csv_rows(page):
    """One row per person, title and article (the shape of career datasets); photo credits of standalone
    photos with article id ``photo-N``."""
    def row(name, t, aid, head, source):
        return (name, t and t["text"], t and t.get("body"), t and t.get("role"), aid, head, page.date,
                page.paper, page.page, source)
    for a in page.articles:
        head = a.headline.text if a.headline else None
        for name, t in rows(a.extras.get("people", [])):
            yield row(name, t, a.id, head, "credit" if t and t.get("credit") else "text")
    for k, ppl in enumerate(page.__dict__.get("extract_photos", [])):
        for name, t in rows(ppl):
            yield row(name, t, f"photo-{k + 1}", None, "credit")


def speed(texts: list[str] | None = None, repeat: int = 1) -> float:
    """Characters per CPU second of ``entities`` over ``texts`` (a built-in fictional text when none): the
    throughput of one core, whatever else the machine runs."""
    if texts is None:
        texts = [_SPEED_TEXT] * 200
    entities(texts[0])
    n = sum(map(len, texts)) * repeat
    t0 = time.process_time()
    for _ in range(repeat):
        for t in texts:
            entities(t)
    return n / (time.process_time() - t0)


_SPEED_TEXT = ("本报讯（记者 林小舟）6月2日，市委副书记、市长周启明带队到河西区调研老街改造工作，"
               "副市长陈晓雨、何立新参加。周启明一行先后来到桂花社区、青川港集装箱码头，详细了解项目进展。"
               "他强调，要坚持问题导向，确保今年年底前完成改造任务。青川港务集团董事长赵明辉介绍了一季度生产情况。")

