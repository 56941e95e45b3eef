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


def _mutate(lines: list[str], kind: str, i: int, cut: int) -> list[str]:
    """One converter-like damage to a page's lines at line ``i``: the kinds real dumps show."""
    i %= len(lines)
    line = lines[i]
    k = cut % (len(line) + 1)
    return {
        "unmark": lambda: lines[:i] + [line.lstrip("#> ").lstrip()] + lines[i + 1:],
        "mark": lambda: lines[:i] + ["## " + line] + lines[i + 1:],
        "split": lambda: lines[:i] + [line[:k], "", line[k:]] + lines[i + 1:],
        "wrap": lambda: lines[:i] + [line[:k], line[k:]] + lines[i + 1:],
        "join": lambda: lines[:i] + [line + (lines[i + 1] if i + 1 < len(lines) else "")] + lines[i + 2:],
        "drop-blank": lambda: lines[:i] + [ln for ln in lines[i:i + 2] if ln.strip()] + lines[i + 2:],
        "move": lambda: _moved(lines, i, cut % len(lines)),
        "duplicate": lambda: lines[:i + 1] + [line] + lines[i + 1:],
        "space": lambda: lines[:i] + [" ".join(line)] + lines[i + 1:],
        "indent": lambda: lines[:i] + ["\u3000\u3000" + line] + lines[i + 1:],
    }[kind]()


def _moved(lines: list[str], i: int, j: int) -> list[str]:
    rest = lines[:i] + lines[i + 1:]
    return rest[:j] + [lines[i]] + rest[j:]


MUTATIONS = st.lists(st.tuples(st.sampled_from(["unmark", "mark", "split", "wrap", "join", "drop-blank", "move",
                                                 "duplicate", "space", "indent"]),
                               st.integers(0, 10_000), st.integers(0, 10_000)), min_size=1, max_size=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(PAGES)), MUTATIONS)
@example(REPO / "examples" / "qingchuan-2023-06-03-p2.md",     # a ——subheadline duplicated under a headline
         [("move", 9, 0), ("move", 434, 0), ("duplicate", 1940, 0), ("wrap", 0, 0), ("wrap", 0, 0), ("move", 13, 6273)])
def test_damaged_pages_lose_nothing(path, mutations):
    """Fictional pages damaged the way converters damage real ones (markers lost or added, lines cut, joined, moved,
    duplicated, justified or indented) still restore with every character accounted for."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for kind, i, cut in mutations:
        lines = _mutate(lines, kind, i, cut) or [""]
    _restore_or_input_error("\n".join(lines))
