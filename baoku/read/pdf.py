"""Read PDF pages with PyMuPDF: the text layer as visual lines with fonts, sizes and boxes, and the photos.

``read_pdf_page(page)`` restores the single page of a one-page PDF (the pipeline's PDF branch);
``restore_pdf(path)`` restores every page of a PDF and links the stories that jump between pages.
Encrypted, damaged and image-only (scanned) PDFs raise ``InputError`` with one clear line.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..layout.elements import Box, Line
from ..model import Page, Source
from ..normalize import ideograph

# characters that str.splitlines() breaks on: they would cut a visual line in two
_BREAKS = str.maketrans({c: " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})
_BREAK_RX = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_GARBLED_RX = re.compile("[\ufffd\ue000-\uf8ff]")       # no character: the glyph's font has no Unicode map
_RADICAL_RX = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
_SPACES = " \t\u00a0\u3000"
MIN_PHOTO = 12.0            # points: smaller images are rules, bullets and ornaments, not photos


@dataclass
class PdfPage:
    """What the text layer of one PDF page holds."""
    number: int                         # 1-based index in the document
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    images: list[Box] = field(default_factory=list)
    vertical: list[Line] = field(default_factory=list)   # rotated or vertical text


def open_pdf(path: str | None, data: bytes | None = None):
    """Open a PDF; InputError for what cannot be read (damaged, encrypted, no pages)."""
    import pymupdf
    name = path or "<input>"
    try:
        doc = pymupdf.open(stream=data, filetype="pdf") if data is not None else pymupdf.open(path, filetype="pdf")
    except Exception as e:  # noqa: BLE001 — MuPDF raises several kinds for one cause: unreadable input
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(name, f"damaged PDF that cannot be opened ({reason})") from None
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise InputError(name, "encrypted PDF: it needs a password, which baoku does not take")
    if doc.page_count == 0:
        doc.close()
        raise InputError(name, "PDF without pages")
    return doc


def extract(doc, index: int, name: str = "<input>") -> PdfPage:
    """The lines and photos of page ``index`` (0-based)."""
    import pymupdf
    try:
        page = doc[index]
        _skip_type3_glyphs(doc, page)
        flags = pymupdf.TEXT_INHIBIT_SPACES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
        textpage = page.get_textpage(flags=flags)
        lines = _json_lines(textpage)
        if lines is None:
            lines = [_dict_line(ln) for block in textpage.extractDICT()["blocks"] for ln in block.get("lines", ())]
        # photos: where the page's images are drawn (their pixels are never decoded)
        images = [info["bbox"] for info in page.get_image_info()] if page.get_images() else []
    except Exception as e:  # noqa: BLE001
        raise InputError(name, f"page {index + 1} is damaged ({str(e).strip() or type(e).__name__})") from None
    rect = page.rect
    out = PdfPage(index + 1, rect.width, rect.height)
    for x0, y0, x1, y1 in images:
        x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, rect.width), min(y1, rect.height)
        if x1 - x0 >= MIN_PHOTO and y1 - y0 >= MIN_PHOTO:
            out.images.append((x0, y0, x1, y1))
    for line, vertical in lines:
        if line is not None:
            (out.vertical if vertical else out.lines).append(line)
    return out


def _json_lines(textpage) -> list[tuple[Line | None, bool]] | None:
    """The page's lines from MuPDF's own JSON output, several times cheaper than PyMuPDF's span dict.

    The JSON gives each line its text, box and the font of its first character: the whole story for
    horizontal lines with no spaces at either end. When a line may be otherwise (vertical, rotated or
    upside-down writing, spaces whose ink edge needs the characters' places) or the output does not parse,
    None says to read the page through the span dict instead.
    """
    from pymupdf import mupdf
    scale = 1000.0                      # the JSON's numbers are integers: read them in thousandths of a point
    buf = mupdf.fz_new_buffer(1 << 16)
    out = mupdf.FzOutput(buf)
    mupdf.fz_print_stext_page_as_json(out, textpage.this, scale)
    out.fz_close_output()
    try:
        found = _json_fields(mupdf.fz_buffer_extract(buf).decode("utf-8"))
    except ValueError:
        return None
    lines = []
    for wmode, bx, by, bw, bh, weight, size, x, y, text in found:
        x0, y0 = (bx + 0.5) / scale, (by + 0.5) / scale      # the numbers are truncated
        x1, y1 = x0 + (bw + 0.5) / scale, y0 + (bh + 0.5) / scale
        # a horizontal line's first character starts at its left and sits on a baseline in its lower half
        if (wmode or not text or text[0] in _SPACES or text[-1] in _SPACES
                or x / scale > x0 + 0.5 * (x1 - x0) or y / scale < y0 + 0.5 * (y1 - y0)):
            return None
        lines.append((_line(text, x0, y0, x1, y1, size / scale, weight == "bold"), False))
    return lines


# one line of fz_print_stext_page_as_json: I an integer, S a string's body (escapes and all)
_JSON_LINE = re.compile(
    r'\{"wmode":I,"bbox":\{"x":I,"y":I,"w":I,"h":I(?:,"flags":\d+)?\},"font":\{"name":S,"family":"[^"]*",'
    r'"weight":"([^"]*)","style":"[^"]*","size":I\},"x":I,"y":I,"text":S\}'
    .replace("I", r"(-?\d+)").replace("S", r'"([^"\\]*(?:\\.[^"\\]*)*)"'))


def _json_fields(raw: str) -> list[tuple]:
    """Each line's wmode, box, weight, size, first origin and text, as json.loads reads them (a ValueError where
    it fails), by one pattern over the whole output: a third of json.loads's time on the dev pages, whose dicts are
    never built. Output of another shape than MuPDF's usual (another version's) is read by json.loads."""
    found = _JSON_LINE.findall(raw)
    if len(found) != raw.count('{"wmode":'):
        return [(ln["wmode"], ln["bbox"]["x"], ln["bbox"]["y"], ln["bbox"]["w"], ln["bbox"]["h"], ln["font"]["weight"],
                 ln["font"]["size"], ln["x"], ln["y"], ln["text"])
                for block in json.loads(raw)["blocks"] for ln in block.get("lines", ())]
    out = []
    for wmode, bx, by, bw, bh, name, weight, size, x, y, text in found:
        if "\\" in name:
            json.loads(f'"{name}"')     # MuPDF may escape a font name in ways JSON does not allow
        if "\\" in text:
            text = json.loads(f'"{text}"')
        out.append((int(wmode), int(bx), int(by), int(bw), int(bh), weight, int(size), int(x), int(y), text))
    return out


def _dict_line(ln: dict) -> tuple[Line | None, bool]:
    """One line of PyMuPDF's span dict: the size most of its characters have, bold when most are, and the
    ink's ends (leading and trailing spaces, an indent typed as spaces, do not count); vertical or not."""
    spans = ln["spans"]
    text = "".join([s["text"] for s in spans])
    size = spans[0]["size"]
    weights: dict[float, int] = {}
    bold = 0
    for s in spans:
        n = len(s["text"])
        if s["size"] != size or weights:
            weights[s["size"]] = weights.get(s["size"], 0) + n
        if s["flags"] & 16 or "Bold" in s["font"] or "bold" in s["font"]:
            bold += n
    if weights:
        weights[spans[0]["size"]] = weights.get(spans[0]["size"], 0) + len(spans[0]["text"])
        size = max(weights, key=weights.get)
    x0, y0, x1, y1 = ln["bbox"]
    if text[:1] in _SPACES:
        for s in spans:
            t = s["text"]
            lead = len(t) - len(t.lstrip(_SPACES))
            if lead < len(t):
                x0 = s["bbox"][0] + (s["bbox"][2] - s["bbox"][0]) * lead / len(t)
                break
    if text[-1:] in _SPACES:
        for s in reversed(spans):
            t = s["text"]
            trail = len(t) - len(t.rstrip(_SPACES))
            if trail < len(t):
                x1 = s["bbox"][2] - (s["bbox"][2] - s["bbox"][0]) * trail / len(t)
                break
    dx, dy = ln["dir"]
    vertical = abs(dy) > 0.01 or dx < 0 or bool(ln.get("wmode"))
    return _line(text, x0, y0, x1, y1, size, bold > 0.5 * len(text)), vertical


def _line(text: str, x0: float, y0: float, x1: float, y1: float, size: float, bold: bool) -> Line | None:
    """A Line, or None for a line of spaces only."""
    if _BREAK_RX.search(text):
        text = text.translate(_BREAKS)
    key = text.strip(_SPACES)
    if not key:
        return None
    if _RADICAL_RX.search(key):
        key = "".join(map(ideograph, key))
    if size < 1:                        # text set at size 0 (and scaled by its matrix): use its height
        size = max(1.0, y1 - y0)
    return Line(text, x0, y0, x1, y1, round(size, 2), bold, key)


def _skip_type3_glyphs(doc, page) -> None:
    """Empty the glyph programs of the page's Type3 fonts in memory.

    Text extraction needs a Type3 font's encoding, widths and ToUnicode map, never its glyph shapes, but
    MuPDF runs every glyph program when it loads the font: on pages printed by browsers (one Type3 font per
    few glyphs) that is most of the reading time. The file on disk is not touched.
    """
    import pymupdf
    M = pymupdf.mupdf
    try:
        res = M.pdf_dict_get_inheritable(pymupdf._as_pdf_page(page).obj(), M.PDF_ENUM_NAME_Resources)
        _strip(M, res, set(), 0)
    except Exception:  # noqa: BLE001 — an optimization only: extraction works the same without it
        return


def _strip(M, res, seen: set, depth: int) -> None:
    if depth > 4 or not M.pdf_is_dict(res):
        return
    fonts = M.pdf_dict_get(res, M.PDF_ENUM_NAME_Font)
    subtype, type3 = M.PDF_ENUM_NAME_Subtype, M.PDF_ENUM_NAME_Type3
    for i in range(M.pdf_dict_len(fonts)):
        font = M.pdf_resolve_indirect(M.pdf_dict_get_val(fonts, i))
        if M.pdf_name_eq(M.pdf_dict_get(font, subtype), type3):
            _empty_charprocs(M, font)
    xobjects = M.pdf_dict_get(res, M.PDF_ENUM_NAME_XObject)
    for i in range(M.pdf_dict_len(xobjects)):
        xo = M.pdf_dict_get_val(xobjects, i)
        num = M.pdf_to_num(xo)
        if num in seen:
            continue
        seen.add(num)
        if M.pdf_name_eq(M.pdf_dict_get(xo, M.PDF_ENUM_NAME_Subtype), M.PDF_ENUM_NAME_Form):
            _strip(M, M.pdf_dict_get(xo, M.PDF_ENUM_NAME_Resources), seen, depth + 1)


def _empty_charprocs(M, font) -> None:
    """Give a Type3 font an empty CharProcs dict in place. Detached from its object number first (the document
    is read, never saved), the font is not copied whole into a new incremental section of the document, MuPDF's
    way of keeping edits apart for saving: a copy that took 5 % of a dev page's instructions."""
    M.pdf_set_obj_parent(font, 0)
    M.pdf_dict_put_dict(font, M.PDF_ENUM_NAME_CharProcs, 0)


# ---- restoring pages ----------------------------------------------------------------------------------

def _has_text(pp: PdfPage) -> bool:
    return any(ln.key for ln in pp.lines + pp.vertical)


def _usable(pp: PdfPage) -> bool:
    """A text layer that maps its glyphs to characters: at most 30 % of its characters (spaces aside) U+FFFD or
    private-use code points. The characters are counted only on a page that has such code points."""
    text = "".join([ln.key for ln in pp.lines + pp.vertical])
    bad = len(_GARBLED_RX.findall(text))
    return not bad or bad <= 0.3 * sum(1 for c in text if not c.isspace())


def restore_page(pp: PdfPage, pg: Page) -> Page:
    """Restore one extracted page into ``pg`` (whose Source gets the page's text)."""
    from ..layout.analyze import analyze
    from ..layout.assemble import build
    from ..restore.byline import parse_bylines
    from ..restore.flags import set_flags
    lay = analyze(pp.lines, pp.images, pp.width, pp.height)
    pg = build(pg, lay, pp.vertical)
    pg = parse_bylines(pg)
    pg = set_flags(pg)
    return pg


def _digest(path: str | None, data: bytes | None) -> str:
    if data is None:
        with open(path, "rb") as f:
            data = f.read()
    return hashlib.sha256(data).hexdigest()


def read_pdf_page(pg: Page, data: bytes | None = None) -> Page:
    """The pipeline's PDF branch: restore the page of a one-page PDF named by ``pg.source.path``."""
    path = pg.source.path
    pages = restore_pdf(path if data is None else data, date=pg.date, paper=pg.paper, page=pg.page, _single=True)
    return pages[0]


def restore_pdf(source: str | bytes | os.PathLike, *, date: str | None = None, paper: str | None = None,
                page: int | None = None, _single: bool = False) -> list[Page]:
    """Restore every page of a PDF; stories that jump between pages are linked through ``jump``.

    ``page`` is the printed number of the first page (later pages count on from it); without it each page's
    number is read from its header (第N版), else it is the page's place in the file.
    """
    data = source if isinstance(source, bytes) else None
    path = None if data is not None else os.fspath(source)
    name = path or "<input>"
    try:
        sha = _digest(path, data)
    except OSError as e:
        raise InputError(name, e.strerror or str(e)) from None
    doc = open_pdf(path, data)
    try:
        if _single and doc.page_count > 1:
            raise InputError(name, f"a PDF of {doc.page_count} pages: use baoku.restore_pdf() (or the CLI, which "
                                   "writes one output per page)")
        extracted = [extract(doc, i, name) for i in range(doc.page_count)]
    finally:
        doc.close()
    empty = [pp.number for pp in extracted if not _has_text(pp)]
    if len(empty) == len(extracted):
        which = "it has no" if len(extracted) == 1 else "none of its pages has a"
        raise InputError(name, f"{which} text layer (a scanned image?): OCR is needed to read it")
    garbled = [pp.number for pp in extracted if _has_text(pp) and not _usable(pp)]
    if garbled and len(garbled) + len(empty) == len(extracted):
        raise InputError(name, "its text layer maps glyphs to no characters (fonts without a Unicode map): "
                               "OCR is needed to read it")
    out = []
    for pp in extracted:
        number = page + pp.number - 1 if page is not None else None
        pg = Page(source=Source(text="", path=path, sha256=sha, format="pdf", encoding=""), date=date,
                  paper=paper, page=number)
        if not _has_text(pp):                # a scanned page among pages with text: kept as its photo
            pg.page = pg.page if pg.page is not None else pp.number
            pg.photos = [_image_item(b) for b in pp.images]
            out.append(pg)
            continue
        pg = restore_page(pp, pg)
        if pg.page is None:
            pg.page = pp.number
            for n, art in enumerate(pg.articles, 1):
                art.id = f"p{pg.page}-a{n}"
        out.append(pg)
    if len(out) > 1:
        from ..layout.jumps import link_jumps
        link_jumps(out)
    return out


def _image_item(box: Box):
    from ..model import Item
    return Item("photo", "", [], photo_box=[round(v, 2) for v in box])
