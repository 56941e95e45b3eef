"""Render a restored page for people: Markdown or a standalone HTML page."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from .model import Page


def to_markdown(page: Page) -> str:
    out = []
    for a in page.articles:
        if a.section:
            out.append(f"**{a.section.text}**\n")
        if a.kicker:
            out.append(f"*{a.kicker.text}*\n")
        out.append(f"## {a.headline.text if a.headline else '(no headline)'}\n")
        if a.subheadline:
            out.append(f"——{a.subheadline.text}\n")
        if a.flags:
            out.append("> " + ", ".join(a.flags) + f" · confidence {a.confidence:.2f}\n")
        out += [p.text + "\n" for p in a.paragraphs]
        out += [f"> 图：{c.text}" + (f"（{c.credit}）" if c.credit else "") + "\n" for c in a.captions]
    for p in page.photos:
        out.append(f"> 图片：{p.text}" + (f"（{p.credit}）" if p.credit else "") + "\n")
    return "\n".join(out)


def to_html(page: Page) -> str:
    env = Environment(loader=PackageLoader("baoku", "templates"), autoescape=select_autoescape())
    return env.get_template("page.html").render(page=page, data=page.to_json())
