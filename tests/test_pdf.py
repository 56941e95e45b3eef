"""PDF pages: the fictional fixture pages of tests/fixtures/pdf/ (written by tests/make_pdf_fixtures.py),
multi-page stories, Kangxi radicals in the text layer, page regions, and the clear errors for PDFs that cannot
be read."""
import json
import unicodedata
from pathlib import Path

import pymupdf
import pytest

import baoku
from baoku.cli import main
from baoku.normalize import ideograph

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf"
TWO_PAGES = PDF / "qinghe-2023-06-03.pdf"
KANGXI = PDF / "qinghe-2023-06-04-kangxi.pdf"
LEFT = PDF / "qinghe-2023-06-05-left.pdf"      # flush-left headlines and bylines, indents typed as spaces
SCAN = PDF / "scan.pdf"


def squeeze(text):
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lstrip("—")


@pytest.fixture(scope="module")
def pages():
    return baoku.restore_pdf(TWO_PAGES)


def truth(path):
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [TWO_PAGES, LEFT], ids=["centred", "flush-left"])
def test_every_story_as_printed(path):
    """Headline groups, paragraphs (crossheads and bylines included), captions and photos match the layout."""
    got_pages = baoku.restore_pdf(path)
    assert len(got_pages) == len(truth(path))
    for page, want in zip(got_pages, truth(path)):
        got = page.to_json()
        assert len(got["articles"]) == len(want["articles"])
        for a, w in zip(got["articles"], want["articles"]):
            for field in ("kicker", "headline", "subheadline"):
                assert squeeze(a[field]) == squeeze(w.get(field)), (field, w["headline"])
            assert [squeeze(p) for p in a["paragraphs"]] == [squeeze(p) for p in w["paragraphs"]], w["headline"]
            assert [(squeeze(c["text"]), squeeze(c["credit"])) for c in a["captions"]] == \
                [(squeeze(c["text"]), squeeze(c["credit"])) for c in w.get("captions", [])]
        assert [(squeeze(p["caption"]), squeeze(p["credit"])) for p in got["photos"]] == \
            [(squeeze(p["caption"]), squeeze(p["credit"])) for p in want["photos"]]
        kinds = [f["kind"] for f in got["furniture"]]
        assert [k for k in kinds if k != "jump"] == want["furniture"]


def test_subheadline_without_dashes_and_kicker_by_size(pages):
    top = pages[0].articles[0]
    assert top.kicker.text == "十个月改造完成"
    assert top.subheadline.text == "首批二十家老字号回归"          # printed as ——首批二十家老字号回归


def test_every_character_accounted_for_and_spans_point_into_the_text(pages):
    for page in pages + [baoku.restore(KANGXI)]:
        stats = page.stats()
        assert stats["input_chars"] == stats["accounted_chars"] > 0
        text = page.source.text
        for a in page.articles:
            for p in a.paragraphs:
                joined = "".join(text[s:e] for s, e in p.spans)
                assert squeeze("".join(map(ideograph, joined))) == squeeze(p.text)
            for f in (a.kicker, a.headline, a.subheadline):
                if f:
                    assert squeeze("".join(map(ideograph, "".join(text[s:e] for s, e in f.spans)))).lstrip("—") \
                        == squeeze(f.text)


def test_justified_lines_gain_no_spaces(pages):
    """Body lines are set character by character with gaps: the text layer has no space there."""
    for a in pages[0].articles:
        for p in a.paragraphs:
            assert " " not in p.text and "\u3000" not in p.text
    assert " " not in pages[0].source.text.split("\n")[3]


def test_paragraphs_join_across_columns_and_start_at_indents(pages):
    top = pages[0].articles[0]
    second = top.paragraphs[1]
    assert len(second.boxes) == 2                          # the paragraph runs from column 1 into column 2
    assert second.boxes[0][0] < second.boxes[1][0]
    assert second.text.startswith("梧桐老街始建于清代") and second.text.endswith("按原样补配。")


def test_reading_order_column_by_column_around_a_photo(pages):
    port = pages[0].articles[1]
    assert port.paragraphs[0].text.startswith("本报讯（记者黄涛）")   # under the photo in column 1
    assert port.paragraphs[0].text.endswith("同比增长百分之十一。")   # ... and on in column 2
    cap = port.captions[0]
    assert cap.photo_box[1] < cap.boxes[0][1]               # the caption sits under its photo
    assert port.byline.reporters == ["黄涛"]


def test_crosshead_in_a_larger_size_stays_in_the_story(pages):
    market = pages[0].articles[2]
    assert "快检结果天天公示" in [p.text for p in market.paragraphs]


def test_stories_side_by_side_share_out_their_row(pages):
    """Two stories whose headlines and columns start at the same heights, one gutter apart."""
    bridge, canteen = pages[1].articles[2:4]
    assert bridge.headline.text == "柳岸步行桥桥面翻新" and len(bridge.paragraphs) == 2
    assert canteen.headline.text == "东湖街道社区食堂开张" and len(canteen.paragraphs) == 3
    assert max(b[2] for p in bridge.paragraphs for b in p.boxes) < min(b[0] for p in canteen.paragraphs
                                                                     for b in p.boxes)


def test_a_row_is_shared_out_by_where_headlines_are_centred():
    from baoku.layout.analyze import _partition
    from baoku.layout.elements import Column, Heading, Line

    def col(x):
        c = Column([Line("正文", x, 100, x + 100, 110, 9)])
        c.measure()
        return c

    row = [col(10 + 110 * k) for k in range(5)]             # five columns, one gutter apart
    heads = [Heading([Line("左边的标题", 40, 60, 190, 80, 18)]),      # centred over columns 1-2
             Heading([Line("右边的另一个标题", 280, 60, 500, 80, 18)])]  # centred over columns 3-5
    assert [len(p) for p in _partition(row, heads, 9)] == [2, 3]
    heads = [Heading([Line("四栏通栏的标题", 150, 60, 300, 80, 18)]),   # centred over columns 1-4
             Heading([Line("窄标题", 470, 60, 530, 80, 18)])]             # over column 5 only
    assert [len(p) for p in _partition(row, heads, 9)] == [4, 1]


def test_a_line_sticking_out_of_its_column_does_not_move_the_edge():
    from baoku.layout.elements import Column, Line
    lines = [Line("行" * 12, 10, 10 + 15 * k, 118, 19 + 15 * k, 9) for k in range(4)]
    lines.insert(2, Line("http://www.qinghe.example/a", 10, 200, 160, 209, 9))     # wider than the column
    c = Column(lines)
    c.measure(full=108)
    assert (c.left, c.right) == (10, 118) and c.box[2] == 160


def test_regions_for_highlighting(pages):
    data = pages[0].to_json()
    width, height = 595, 842
    for a in data["articles"]:
        assert len(a["paragraph_boxes"]) == len(a["paragraphs"])
        assert a["field_boxes"]["headline"]
        for boxes in [*a["paragraph_boxes"], *a["field_boxes"].values(), *(c["boxes"] for c in a["captions"])]:
            for x0, y0, x1, y1 in boxes:
                assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
        for c in a["captions"]:
            assert len(c["photo_box"]) == 4
    assert data["photos"][0]["photo_box"] and data["photos"][0]["boxes"]
    assert {f["kind"] for f in data["furniture"]} == {"page_header", "jump", "editor"}
    assert all(f["boxes"] for f in data["furniture"])
    assert data["source"]["format"] == "pdf"


def test_jump_links_the_two_halves_of_a_story(pages):
    first, second = pages[0].articles[3], pages[1].articles[0]
    assert first.headline.text == second.headline.text == "青禾一中新校区九月启用"
    assert (first.jump_to, first.jump_to_article) == (2, second.id)
    assert (second.jump_from, second.jump_from_article) == (1, first.id)
    assert "continues_elsewhere" in first.flags and "continued_from_elsewhere" in second.flags
    assert first.to_json()["jump"] if hasattr(first, "to_json") else True
    data = pages[0].to_json()["articles"][3]["jump"]
    assert data == {"to_page": 2, "from_page": None, "to_article": "p2-a1", "from_article": None}
    assert second.paragraphs[0].text == "平峰时段每二十分钟一班。"    # （上接第1版） is furniture


def test_page_number_and_date_from_the_header(pages):
    assert [p.page for p in pages] == [1, 2] and {p.date for p in pages} == {"2023-06-03"}
    given = baoku.restore_pdf(TWO_PAGES, page=5, date="2023-06-04")
    assert [p.page for p in given] == [5, 6] and given[0].articles[0].id == "p5-a1"
    assert given[0].articles[3].jump_to == 2          # printed markers still say where the story goes


def test_kangxi_radicals_become_standard_ideographs():
    page = baoku.restore(KANGXI)
    assert "\u2f08" in page.source.text and "\u2ea0" in page.source.text      # ⼈ ⺠ as extracted
    art = page.articles[0]
    assert art.headline.text == "人民公园日间开放时间延长"
    assert all(not ("\u2e80" <= c <= "\u2fdf") for p in art.paragraphs for c in p.text)
    assert art.paragraphs[-1].text == "人民公园始建于上世纪五十年代，是市民休闲的主要去处。"


def _lines(path, monkeypatch=None):
    from baoku.read import pdf as reader
    if monkeypatch is not None:
        monkeypatch.setattr(reader, "_json_lines", lambda textpage: None)      # the span dict only
    doc = reader.open_pdf(str(path))
    try:
        return [reader.extract(doc, i) for i in range(doc.page_count)]
    finally:
        doc.close()


@pytest.mark.parametrize("path", [TWO_PAGES, KANGXI, LEFT], ids=["centred", "kangxi", "flush-left"])
def test_the_json_reader_and_the_span_dict_read_the_same_lines(path, monkeypatch):
    fast = _lines(path)
    slow = _lines(path, monkeypatch)
    for a, b in zip(fast, slow, strict=True):
        assert len(a.lines) == len(b.lines) and len(a.vertical) == len(b.vertical)
        for x, y in zip(a.lines + a.vertical, b.lines + b.vertical):
            assert (x.text, x.key, x.size, x.bold) == (y.text, y.key, y.size, y.bold)
            assert x.box == pytest.approx(y.box, abs=0.01)


def test_rotated_and_space_padded_lines_are_read_through_the_span_dict(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=300)
    page.insert_text((40, 60), "Harbour  news", fontsize=12)
    page.insert_text((40, 90), "   indented line", fontsize=12)
    page.insert_text((200, 120), "SIDEWAYS", fontsize=12, rotate=90)
    path = tmp_path / "rotated.pdf"
    doc.save(path)
    from baoku.read import pdf as reader
    src = reader.open_pdf(str(path))
    flags = pymupdf.TEXT_INHIBIT_SPACES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    assert reader._json_lines(src[0].get_textpage(flags=flags)) is None
    pp = reader.extract(src, 0)
    src.close()
    assert [ln.key for ln in pp.vertical] == ["SIDEWAYS"]
    indented = next(ln for ln in pp.lines if ln.key == "indented line")
    assert indented.x0 > 45                 # the ink starts after the typed spaces


def test_restore_takes_a_one_page_pdf_its_bytes_and_refuses_several_pages(tmp_path):
    one = baoku.restore(KANGXI)
    assert baoku.restore(KANGXI.read_bytes()).to_json()["articles"] == one.to_json()["articles"]
    assert baoku.restore(str(KANGXI)).page == 3
    with pytest.raises(baoku.InputError, match="restore_pdf"):
        baoku.restore(TWO_PAGES)


def test_scanned_pages_need_ocr(tmp_path):
    with pytest.raises(baoku.InputError, match="no text layer .*OCR is needed"):
        baoku.restore(SCAN)
    with pytest.raises(baoku.InputError, match="OCR"):
        baoku.restore_pdf(SCAN)
    # a document with a text page and a scanned page: the text page is restored, the scan kept as a photo
    doc = pymupdf.open(TWO_PAGES)
    doc.insert_pdf(pymupdf.open(SCAN))
    mixed = tmp_path / "mixed.pdf"
    doc.save(mixed)
    got = baoku.restore_pdf(mixed)
    assert len(got) == 3 and got[2].articles == [] and got[2].photos[0].photo_box


def _encrypted(tmp_path):
    doc = pymupdf.open(KANGXI)
    path = tmp_path / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    return path


def test_unreadable_pdfs_give_one_clear_error(tmp_path):
    with pytest.raises(baoku.InputError, match="encrypted"):
        baoku.restore(_encrypted(tmp_path))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    with pytest.raises(baoku.InputError):
        baoku.restore(broken)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(TWO_PAGES.read_bytes()[:600])
    with pytest.raises(baoku.InputError):
        baoku.restore_pdf(cut)
    with pytest.raises(baoku.InputError):
        baoku.restore_pdf(b"not a pdf at all")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(baoku.InputError):
        baoku.restore(empty)
    named = tmp_path / "text.pdf"
    named.write_text("青禾日报\n老街重新开街\n", encoding="utf-8")
    with pytest.raises(baoku.InputError, match="not a PDF"):
        baoku.restore(named)


def test_cli_one_output_per_page(tmp_path, capsys):
    assert main(["restore", str(KANGXI)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["paragraph_boxes"] and data["source"]["format"] == "pdf"
    assert main(["restore", str(TWO_PAGES)]) == 2
    assert "-o DIR" in capsys.readouterr().err
    assert main(["restore", str(TWO_PAGES), "-o", str(tmp_path / "out")]) == 0
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["qinghe-2023-06-03-p1.json", "qinghe-2023-06-03-p2.json"]
    second = json.loads((tmp_path / "out" / written[1]).read_text(encoding="utf-8"))
    assert second["page"] == 2 and second["articles"][0]["jump"]["from_page"] == 1


def test_cli_errors_without_traceback(tmp_path, capsys):
    assert main(["restore", str(SCAN)]) == 1
    err = capsys.readouterr().err
    assert "OCR" in err and "Traceback" not in err and err.count("\n") == 1
    assert main(["restore", str(_encrypted(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "encrypted" in err and "Traceback" not in err
    batch = tmp_path / "batch"
    batch.mkdir()
    for src in (KANGXI, SCAN, TWO_PAGES):
        (batch / src.name).write_bytes(src.read_bytes())
    assert main(["restore", str(batch), "-o", str(tmp_path / "out2"), "--format", "md"]) == 1
    err = capsys.readouterr().err
    assert "scan.pdf" in err and "OCR" in err and "failed 1" in err
    assert len(list((tmp_path / "out2").iterdir())) == 3


def test_fixture_script_writes_what_the_restorer_reads(tmp_path):
    """tests/make_pdf_fixtures.py still produces pages whose truth the restorer finds."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_pdf_fixtures", PDF.parent.parent / "make_pdf_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.main(tmp_path)
    fresh = tmp_path / TWO_PAGES.name
    assert json.loads(fresh.with_suffix(".json").read_text(encoding="utf-8")) == truth(TWO_PAGES)
    assert [a.headline.text for p in baoku.restore_pdf(fresh) for a in p.articles] == \
        [a["headline"] for p in truth(TWO_PAGES) for a in p["articles"]]


def _type3_page(tmp_path):
    """A page whose two characters are set in a Type3 font (glyph programs that draw squares) with a ToUnicode
    map, as browsers print CJK text; returns its path and the font's object number."""
    doc = pymupdf.open()
    page = doc.new_page(width=200, height=100)

    def stream(data: bytes, head: str = "<<>>") -> int:
        xref = doc.get_new_xref()
        doc.update_object(xref, head)
        doc.update_stream(xref, data)
        return xref
    glyph = b"1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f"
    square_a, square_b = stream(glyph), stream(glyph)
    cmap = stream(b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def /CMapType 2 def "
                  b"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <9752> <42> <79BE> "
                  b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/Type3/FontBBox[0 0 1000 1000]/FontMatrix[0.001 0 0 0.001 0 0]"
                            "/FirstChar 65/LastChar 66/Widths[1000 1000]/Encoding<</Differences[65/ga/gb]>>"
                            f"/CharProcs<</ga {square_a} 0 R/gb {square_b} 0 R>>/ToUnicode {cmap} 0 R>>")
    doc.xref_set_key(page.xref, "Resources", f"<</Font<</F1 {font} 0 R>>>>")
    doc.xref_set_key(page.xref, "Contents", f"{stream(b'BT /F1 20 Tf 20 50 Td (AB) Tj ET')} 0 R")
    path = tmp_path / "type3.pdf"
    doc.save(path)
    return path, font


def test_type3_fonts_are_read_without_their_glyph_programs_and_the_document_is_left_unchanged(tmp_path):
    from baoku.read import pdf as reader
    path, font = _type3_page(tmp_path)
    doc = reader.open_pdf(str(path))
    pp = reader.extract(doc, 0)
    assert [ln.key for ln in pp.lines] == ["青禾"]
    assert doc.xref_get_key(font, "CharProcs") == ("dict", "<<>>")
    assert not doc.is_dirty                 # the font was emptied in place, not copied into an incremental section
    doc.close()


def _json_line(text, name="Type3 (4 0 R)", bbox_extra=',"flags":0'):
    return ('{"wmode":0,"bbox":{"x":15000,"y":-10169,"w":76020,"h":9750' + bbox_extra + '},"font":{"name":"' + name
            + '","family":"serif","weight":"bold","style":"normal","size":9750},"x":15000,"y":18750,"text":"'
            + text + '"}')


def _json_page(*lines):
    return '{"blocks":[{"type":"text","bbox":{"x":0,"y":0,"w":1,"h":1},"lines":[' + ",".join(lines) + ']}]}'


@pytest.mark.parametrize("bbox_extra", [',"flags":0', ""], ids=["with-flags", "without"])
def test_the_json_pattern_reads_every_line_as_json_loads_does(bbox_extra):
    from baoku.read import pdf as reader
    raw = _json_page(_json_line(r'青禾 \"老街\" a\\b\u0001', bbox_extra=bbox_extra),
                     _json_line("二版", name=r"Song\\Ti", bbox_extra=bbox_extra))
    want = [(ln["wmode"], ln["bbox"]["x"], ln["bbox"]["y"], ln["bbox"]["w"], ln["bbox"]["h"], ln["font"]["weight"],
             ln["font"]["size"], ln["x"], ln["y"], ln["text"]) for ln in json.loads(raw)["blocks"][0]["lines"]]
    assert reader._JSON_LINE.findall(raw) and reader._json_fields(raw) == want
    assert want[0][-1] == '青禾 "老街" a\\b\x01'
    other = raw.replace('"style":"normal",', '"style":"normal","colour":0,')     # another version's shape
    assert not reader._JSON_LINE.findall(other) and reader._json_fields(other) == want
    with pytest.raises(ValueError):     # a font name escaped as JSON does not allow: json.loads fails the same
        reader._json_fields(_json_page(_json_line("二版", name=r"Song\x01Ti")))


def test_a_text_layer_is_usable_while_at_most_30_percent_of_its_characters_are_unmapped():
    from baoku.layout.elements import Line
    from baoku.read import pdf as reader

    def page(*keys):
        return reader.PdfPage(1, 100, 100, [Line(k, 0, 0, 10, 10, 10, key=k) for k in keys])
    assert reader._usable(page("青禾日报 老街", "\ufffd\ue000"))                  # 2 of 8 (the space not counted)
    assert reader._usable(page("青禾日报", "老街", "\ufffd\ue001\uf8ff", "一二"))    # 3 of 11
    assert not reader._usable(page("青禾日报", "\ufffd\ue001\uf8ff"))             # 3 of 7
    assert reader._usable(page("青禾日报\u3000"))
