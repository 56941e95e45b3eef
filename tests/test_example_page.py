"""The fictional example page in examples/: structure, spans, no loss, and the CLI around it."""
import json
import unicodedata
from pathlib import Path

import pytest

import baoku
from baoku.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "qingchuan-2023-06-03-p1.md"


@pytest.fixture(scope="module")
def page():
    return baoku.restore(EXAMPLE, date="2023-06-03", paper="青川日报", page=1).to_json(explain=True)


def test_articles_and_fields(page):
    heads = [a["headline"] for a in page["articles"]]
    assert heads == ["推进老街改造 留住城市记忆", "青川港一季度集装箱吞吐量同比增长一成", "河西区“邻里食堂”开张",
                     "全市高考考点完成标准化改造"]
    first = page["articles"][0]
    assert first["subheadline"] == "周启明在河西区调研时强调"
    assert len(first["paragraphs"]) == 4
    # the paragraph cut at a column break is joined with nothing between the fragments
    assert "急难愁盼问题。要引导" in first["paragraphs"][2]
    assert first["byline"]["reporters"] == ["王明远"] and first["byline"]["source"] == "本报"


def test_caption_furniture_and_jump(page):
    canteen = page["articles"][2]
    assert canteen["captions"] == [{"text": "桂花社区的志愿者为老人分餐。", "credit": "本报记者 林小舟摄",
                                    "spans": canteen["captions"][0]["spans"]}]
    assert {f["kind"] for f in page["furniture"]} == {"page_header", "editor"}
    exam = page["articles"][3]
    assert exam["jump"]["to_page"] == 2 and "continues_elsewhere" in exam["flags"]
    port = page["articles"][1]
    assert port["byline"]["reporters"] == ["李思源", "黄涛"]


def test_every_character_accounted_and_spans_map_back(page):
    assert page["stats"]["input_chars"] == page["stats"]["accounted_chars"] > 0
    source = EXAMPLE.read_text(encoding="utf-8")
    for art in page["articles"]:
        for text, spans in zip(art["paragraphs"], art["paragraph_spans"]):
            joined = "".join(source[s:e] for s, e in spans)
            assert "".join(joined.split()) == "".join(text.split())
        assert 0.0 <= art["confidence"] <= 1.0
        for key in ("id", "section", "kicker", "headline", "subheadline", "byline", "paragraphs",
                    "paragraph_spans", "captions", "flags", "jump", "confidence", "decisions"):
            assert key in art


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_same_page_in_other_encodings(tmp_path, encoding):
    text = EXAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "page.md"
    path.write_bytes(text.encode(encoding))
    pg = baoku.restore(path)
    assert [a.headline.text for a in pg.articles][0] == "推进老街改造 留住城市记忆"
    assert pg.stats()["input_chars"] == pg.stats()["accounted_chars"]


def test_kangxi_radicals_are_standard_ideographs():
    pg = baoku.restore("# ⼈⺠⽣活\n\n本报讯（记者 王明远）⽇前，青川市召开会议。\n")
    assert pg.articles[0].headline.text == "人民生活"
    assert unicodedata.name(pg.articles[0].paragraphs[0].text[11]) == "CJK UNIFIED IDEOGRAPH-65E5"


def test_cli_one_page_to_stdout(capsys):
    assert main(["restore", str(EXAMPLE), "--date", "2023-06-03"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["schema"] == "baoku.page/1" and len(out["articles"]) == 4


def test_cli_batch_survives_a_bad_page(tmp_path, capsys):
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "good.md").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (pages / "bad.md").write_bytes(b"\x00\x01\x02\x03" * 64)
    (pages / "empty.txt").write_bytes(b"")
    rc = main(["restore", str(pages), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert rc == 1
    assert (tmp_path / "out" / "good.json").exists()
    assert "bad.md: binary data" in err and "empty.txt: empty input" in err
    assert "pages done 1, failed 2" in err


def test_cli_missing_file_and_bad_date(capsys):
    assert main(["restore", "/nonexistent/page.md"]) == 1
    assert "No such file" in capsys.readouterr().err
    assert main(["restore", str(EXAMPLE), "--date", "2023-13-45"]) == 2


def test_converter_markup_is_dropped_with_a_reason():
    text = "# 青川港新航线开通\n\n![](images/p1-3.jpg)\n\n本报讯（记者 王明远）日前，青川港新开两条航线。\n\n---\n\n<table>\n"
    page = baoku.restore(text).to_json()
    assert [(d["text"], d["reason"]) for d in page["dropped"]] == [
        ("![](images/p1-3.jpg)", "markdown image reference"), ("---", "horizontal rule"), ("<table>", "HTML markup")]
    assert page["articles"][0]["paragraphs"] == ["本报讯（记者 王明远）日前，青川港新开两条航线。"]
    assert page["stats"]["input_chars"] == page["stats"]["accounted_chars"]
