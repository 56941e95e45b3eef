"""Reading page dumps: encodings, byte-order marks, line endings, and clear errors for what is not a page."""
from __future__ import annotations

import codecs
import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baoku
from baoku import InputError

from conftest import QC_DATE, QC_MD

SIMPLIFIED = (
    "# 青川市召开防汛工作会议\n\n"
    "本报讯（记者 王明远）6月2日，青川市召开防汛工作会议，部署今年汛期各项准备工作。"
    "会议要求，各区县要压实防汛责任，加强对清水河沿岸堤防、水库和地质灾害隐患点的巡查。\n\n"
    "市防汛办负责人介绍，全市已储备编织袋、救生衣和抽水泵等物资，组建了二十支抢险队伍。\n"
)
TRADITIONAL = (
    "# 青川市舉辦龍舟邀請賽\n\n"
    "本報訊（記者 陳書婷）端午節當天，青川市第十屆龍舟邀請賽在清水河畔舉行，來自各區縣的二十支隊伍參加比賽。"
    "兩岸觀眾為選手們加油助威，現場氣氛熱烈。\n\n"
    "據介紹，本屆比賽設置了兩百米直道競速和五百米環繞賽兩個項目，吸引了數萬名市民前來觀看。\n"
)
RARE = "本报讯 青川市云岭县𠮷祥村的村民在新修的文化广场上表演传统舞蹈，庆祝丰收。\n" * 3   # 𠮷: four bytes in GB18030


def _bom(codec: str) -> bytes:
    return {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-8": codecs.BOM_UTF8}[codec]


# (case, text, how to encode, codec names an honest report may give, whether the report says there was a BOM)
CASES = [
    ("utf-8", SIMPLIFIED, lambda t: t.encode("utf-8"), {"utf-8"}, False),
    ("utf-8 BOM", SIMPLIFIED, lambda t: _bom("utf-8") + t.encode("utf-8"), {"utf-8"}, True),
    ("gb18030", SIMPLIFIED, lambda t: t.encode("gb18030"), {"gb18030", "gbk", "gb2312"}, False),
    ("gb18030 4-byte", RARE, lambda t: t.encode("gb18030"), {"gb18030"}, False),
    ("big5", TRADITIONAL, lambda t: t.encode("big5"), {"big5", "cp950", "big5hkscs"}, False),
    ("utf-16-le", SIMPLIFIED, lambda t: t.encode("utf-16-le"), {"utf-16-le"}, False),
    ("utf-16-be", SIMPLIFIED, lambda t: t.encode("utf-16-be"), {"utf-16-be"}, False),
    ("utf-16-le BOM", SIMPLIFIED, lambda t: _bom("utf-16-le") + t.encode("utf-16-le"), {"utf-16", "utf-16-le"}, True),
    ("utf-16-be BOM", SIMPLIFIED, lambda t: _bom("utf-16-be") + t.encode("utf-16-be"), {"utf-16", "utf-16-be"}, True),
    ("utf-16-le no BOM, no ASCII", TRADITIONAL.replace("\n", "\u3000").replace("#", "").replace(" ", ""),
     lambda t: t.encode("utf-16-le"), {"utf-16-le"}, False),
]


def _codec(reported: str) -> tuple[str, bool]:
    bom = reported.endswith("-bom")
    return codecs.lookup(reported.removesuffix("-bom")).name, bom


@pytest.mark.parametrize("case,text,encode,names,bom", CASES, ids=[c[0] for c in CASES])
def test_decodes_bytes_and_reports_the_encoding(case, text, encode, names, bom):
    page = baoku.restore(encode(text))
    assert page.source.text == text
    codec, said_bom = _codec(page.source.encoding)
    assert codec in {codecs.lookup(n).name for n in names}, page.source.encoding
    assert said_bom == bom, page.source.encoding


@pytest.mark.parametrize("case,text,encode,names,bom", CASES, ids=[c[0] for c in CASES])
def test_decodes_files_and_keeps_their_path(tmp_path, case, text, encode, names, bom):
    path = tmp_path / "page.md"
    path.write_bytes(encode(text))
    page = baoku.restore(path)
    assert page.source.text == text
    assert page.source.path == str(path)
    assert len(page.source.sha256) == 64
    assert page.to_json()["source"]["encoding"] == page.source.encoding
    # the same page whatever its encoding
    assert [a.headline.text for a in page.articles if a.headline] == \
        [a.headline.text for a in baoku.restore(text).articles if a.headline]


def test_big5_and_gb18030_pages_read_the_same_as_utf8():
    for text, enc in ((SIMPLIFIED, "gb18030"), (TRADITIONAL, "big5")):
        a, b = baoku.restore(text.encode("utf-8")), baoku.restore(text.encode(enc))
        assert b.norm == a.norm
        assert [p.text for x in b.articles for p in x.paragraphs] == [p.text for x in a.articles for p in x.paragraphs]


def normalize_ws(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_line_endings(ending):
    lf = QC_MD.read_text(encoding="utf-8")
    text = lf.replace("\n", ending)
    page, ref = baoku.restore(text.encode("utf-8"), date=QC_DATE), baoku.restore(lf, date=QC_DATE)
    assert page.source.text == text                       # the source keeps its line endings
    assert "\r" not in page.norm and page.norm == ref.norm  # the stages see LF only
    got, want = page.to_json(), ref.to_json()
    for key in ("headline", "kicker", "subheadline", "paragraphs", "captions", "flags", "byline"):
        assert [a[key] if key != "captions" else [(c["text"], c["credit"]) for c in a[key]] for a in got["articles"]] \
            == [a[key] if key != "captions" else [(c["text"], c["credit"]) for c in a[key]] for a in want["articles"]]
    assert got["stats"]["input_chars"] == got["stats"]["accounted_chars"] == want["stats"]["input_chars"]
    for a in got["articles"]:                             # spans point into the CR/CRLF text
        for para, spans in zip(a["paragraphs"], a["paragraph_spans"]):
            assert all("\r" not in text[s:e] and "\n" not in text[s:e] for s, e in spans)
            assert "".join(normalize_ws(text[s:e]) for s, e in spans) == normalize_ws(para)


BAD = {
    "empty": b"",
    "whitespace only": b"  \r\n\t\n \xe3\x80\x80\n",      # includes an ideographic space
    "binary": bytes([0x89]) + b"PNG\r\n\x1a\n" + random.Random(7).randbytes(3000),
    "nul-ridden": b"\x00\x01\x02\x03\x04" * 200,
    "undecodable": b"\x80\x81\xff" * 51,                  # invalid UTF-8, GB18030 and Big5; odd length
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_bytes_raise_input_error(name):
    with pytest.raises(InputError):
        baoku.restore(BAD[name])


@pytest.mark.parametrize("name", list(BAD))
def test_bad_files_raise_input_error_naming_the_file(tmp_path, name):
    path = tmp_path / f"{name.replace(' ', '-')}.txt"
    path.write_bytes(BAD[name])
    with pytest.raises(InputError) as exc:
        baoku.restore(path)
    assert str(path) in str(exc.value)
    assert "\n" not in str(exc.value)


def test_empty_string_and_whitespace_string():
    for text in ("", "   \n\n\t  \n"):
        with pytest.raises(InputError):
            baoku.restore(text)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError) as exc:
        baoku.restore(tmp_path / "nowhere.md")
    assert "nowhere.md" in str(exc.value)
    with pytest.raises(InputError) as exc:
        baoku.restore(tmp_path)
    assert str(tmp_path) in str(exc.value)


def test_broken_pdf_raises_input_error_naming_the_file(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(b"%PDF-1.7\n" + random.Random(3).randbytes(500))
    with pytest.raises(InputError) as exc:
        baoku.restore(path)
    assert str(path) in str(exc.value)


def test_a_string_page_keeps_its_text_and_a_bom_is_still_stripped():
    text = "# 青川市召开经济工作会议\n\n本报青川5月2日电 柳河县新建三所学校。\n"
    page = baoku.restore(text)
    assert page.source.text == text and page.source.encoding == "utf-8"
    bom = baoku.restore("\ufeff" + text)
    assert bom.source.text == text and bom.source.encoding == "utf-8-bom"


@given(st.text(alphabet=st.sampled_from(list("青川a1 \n\t\x00\x07\x0b\x0e\x1f\x7f\ue000\uf8ff\uf900\ufffd\uffff😀")
                                       + ["\ud800"]), max_size=300))
def test_binary_characters_counted_at_once_as_by_their_pattern(text):
    from baoku.read.text import _looks_binary
    found = len(re.findall("[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]", text[:4096]))
    assert _looks_binary(text) == (found > max(2, len(text[:4096]) * 0.02))
