"""No loss: every non-space character of the input ends up in an article, a photo, furniture or the dropped
list — on the fixture pages, and on any text or bytes at all (restore raises nothing but InputError)."""
from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import baoku
from baoku import InputError

from conftest import FIXTURE_PAGES, QC_DATE, REPO


def assert_accounted(page) -> None:
    stats = page.stats()
    n = len(page.source.text)
    assert all(0 <= s <= e <= n for s, e in page.all_spans())
    assert stats["input_chars"] == stats["accounted_chars"], _unaccounted(page)
    assert page.to_json()["stats"] == stats


def _unaccounted(page) -> str:
    text = page.source.text
    covered = bytearray(len(text))
    for s, e in page.all_spans():
        covered[s:e] = b"\x01" * (e - s)
    return repr("".join(c if not covered[i] and not c.isspace() else "" for i, c in enumerate(text))[:200])


PAGES = [*FIXTURE_PAGES.values(), *sorted((REPO / "examples").glob("*.md"))]


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_fixture_pages_lose_nothing(path):
    page = baoku.restore(path, date=QC_DATE)
    assert_accounted(page)
    assert page.stats()["input_chars"] > 500


@pytest.mark.parametrize("path", list(FIXTURE_PAGES.values()), ids=list(FIXTURE_PAGES))
@pytest.mark.parametrize("variant", ["crlf", "cr", "gb18030", "utf-16", "no-blank-lines", "doubled", "reversed"])
def test_fixture_variants_lose_nothing(path, variant):
    text = path.read_text(encoding="utf-8")
    data = {
        "crlf": lambda: text.replace("\n", "\r\n").encode("utf-8"),
        "cr": lambda: text.replace("\n", "\r").encode("utf-8"),
        "gb18030": lambda: text.encode("gb18030"),
        "utf-16": lambda: text.encode("utf-16"),
        "no-blank-lines": lambda: "\n".join(ln for ln in text.splitlines() if ln.strip()).encode("utf-8"),
        "doubled": lambda: (text + "\n" + text).encode("utf-8"),
        "reversed": lambda: "\n".join(reversed(text.splitlines())).encode("utf-8"),
    }[variant]()
    assert_accounted(baoku.restore(data, date=QC_DATE))


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCT = st.sampled_from(list("，。、；：？！“”‘’（）《》——…·") + [" ", "\u3000", "\t"])
ODD = st.sampled_from(["⼈", "⺠", "⻓", "\uF900", "\U0002F800", "\u00a0", "\ufeff", "\u200b", "\x0c", "\ufffd",
                       "\ue000", "\x00", "𠮷", "Ａ", "５", "#", "*", ">", "-", "|", "`", "\\"])
ASCII = st.sampled_from(list(string.ascii_letters + string.digits + " .,;:!?()[]-+/%"))
PROSE = st.lists(st.one_of(CJK, CJK, CJK, PUNCT, ASCII, ODD), max_size=50).map("".join)
PREFIX = st.sampled_from(["", "", "", "# ", "## ", "### ", "#", "####### ", "> ", "- ", "* ", "1. ", "**", "——", "  ",
                          "\u3000\u3000", "本报讯（记者 ", "本报青川6月2日电（记者", "新华社北京6月2日电 ", "（下转第",
                          "（上接第", "责任编辑：", "图为", "本报记者 ", "2023年6月3日 星期六 第", "第2版", "■"])
SUFFIX = st.sampled_from(["", "", "。", "，", "摄", "）", "版）", "三版）", "！”", "——", "：", "**", " ", "  "])
LINE = st.one_of(st.tuples(PREFIX, PROSE, SUFFIX).map("".join), st.just(""), st.just("   "),
                 st.sampled_from(["2023年6月3日 星期六 第2版", "（下转第三版）", "本报记者 林小舟摄", "责任编辑：苏文澜",
                                  "智慧码头建设提速", "坚持生态优先 推动绿色发展", "文化青川·书香满城"]))
SEP = st.sampled_from(["\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n"])


@st.composite
def pages(draw):
    lines = draw(st.lists(LINE, min_size=1, max_size=40))
    sep = draw(SEP)
    return sep.join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


def _restore_or_input_error(source) -> None:
    try:
        page = baoku.restore(source, date="2023-06-03")
    except InputError:
        return
    assert_accounted(page)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
@example("# \n\n## \n\n#\n")
@example("\ufeff\n\u200b")
@example("本报讯（记者 ）\n\n（下转第版）\n\n摄")
def test_any_text_loses_nothing(text):
    _restore_or_input_error(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "big5"]))
def test_any_encoded_text_loses_nothing(text, encoding):
    _restore_or_input_error(text.encode(encoding, errors="replace"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
@example(b"%PDF-1.7\n")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
def test_any_bytes_lose_nothing(data):
    _restore_or_input_error(data)
