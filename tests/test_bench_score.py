"""The scorer's definitions and the baselines, on a fictional page (青禾市 and its people are made up)."""
from collections import Counter

import pytest

from bench.baselines import naive, whole
from bench.errors import page_errors
from bench.score import norm, score_page, summary

A0 = ["本报青禾3月2日电（记者\u00a0林沐川）三月初的清晨，青禾市北郊的白鹭河畔聚满了手持铁锹的志愿者。",
      "市园林处负责人苏晚棠介绍，今年计划在河岸两侧栽种柳树和银杏一万余株，预计五月底前全部完工。",
      "退休教师韩启明带着孙女一起挖坑浇水，他说每年春天都要来种几棵树，看着它们一年年长高。"]
A1 = ["经过半年改造，青禾市南门老街的夜市于本周五晚重新开张，八十多个摊位沿石板路一字排开。",
      "卖糖画的摊主周小满说，新装的路灯和排水沟让生意好做了许多，头一晚就卖出了两百多个糖画。"]
A2 = ["云岭乡中心小学的新图书馆日前落成，书架上摆放着社会各界捐赠的六千余册图书。",
      "校长梁远舟表示，学校将每周安排两节阅读课，让孩子们在书香中度过课余时间。"]
GOLD = [
    {"kicker": "青禾市春季植树活动启动", "title": "万株新苗扎根河岸", "subtitle": "——青禾市志愿者三天种下一片林",
     "paragraphs": A0},
    {"kicker": "", "title": "老街夜市重新开张", "subtitle": "", "paragraphs": A1},
    {"kicker": "", "title": "山区学校用上新图书馆", "subtitle": "", "paragraphs": A2},
]
LEN = [len(norm("".join(p))) for p in (A0, A1, A2)]
TOTAL = sum(LEN)


def art(headline, paragraphs, kicker=None, subheadline=None, captions=()):
    return {"kicker": kicker, "headline": headline, "subheadline": subheadline, "paragraphs": list(paragraphs),
            "captions": [{"text": c, "credit": None} for c in captions]}


def page(*articles, accounted=100):
    return {"schema": "baoku.page/1", "articles": list(articles), "photos": [], "furniture": [], "dropped": [],
            "stats": {"input_chars": 100, "accounted_chars": accounted}}


def perfect():
    return [art("万株新苗扎根河岸", [p.replace("\u00a0", " ") for p in A0], kicker="青禾市春季植树活动启动",
                subheadline="青禾市志愿者三天种下一片林"),
            art("老街夜市重新开张", A1), art("山区学校用上新图书馆", A2)]


def scored(*articles, accounted=100):
    return summary(score_page(GOLD, page(*articles, accounted=accounted)))


def test_norm_applies_nfkc_and_drops_all_whitespace():
    assert norm("记者\u00a0林 沐川（ＡＢ１２）\n") == "记者林沐川(AB12)"
    assert norm(None) == ""


def test_perfect_restore_scores_one_everywhere():
    s = scored(*perfect())
    for m in ("purity", "completeness", "grouping_f1", "headline_acc", "kicker_acc", "subheadline_acc",
              "paragraph_p", "paragraph_r", "paragraph_f1", "exact_rate", "noloss_rate", "ok_rate"):
        assert s[m] == 1.0, m
    assert s["spurious_kickers"] == s["spurious_subheadlines"] == 0


def test_split_article_lowers_completeness_only():
    a = perfect()
    first = dict(a[0], paragraphs=a[0]["paragraphs"][:1])
    rest = art(None, a[0]["paragraphs"][1:])
    s = scored(first, rest, a[1], a[2])
    head, tail = len(norm(A0[0])), len(norm(A0[1] + A0[2]))
    assert s["purity"] == 1.0
    assert s["completeness"] == pytest.approx((max(head, tail) + LEN[1] + LEN[2]) / TOTAL)
    assert s["completeness"] < 1.0


def test_merged_pair_lowers_purity_only():
    a = perfect()
    merged = art("老街夜市重新开张", A1 + A2)
    s = scored(a[0], merged)
    assert s["completeness"] == 1.0
    assert s["purity"] == pytest.approx((LEN[0] + max(LEN[1], LEN[2])) / TOTAL)
    # the merged article matches the larger gold (A1) only: A2's headline counts as missed
    assert s["headline_acc"] == pytest.approx(2 / 3)


def test_matching_needs_mutual_largest_share():
    a = perfect()
    # restored 1 holds A1 and a short bit of A2; restored 2 holds the rest of A2
    r1 = art("老街夜市重新开张", A1 + A2[:1])
    r2 = art("山区学校用上新图书馆", A2[1:])
    s = scored(a[0], r1, r2)
    # A2's largest share is in r1 (its first paragraph is longer), but r1's largest is A1: A2 is unmatched
    assert len(norm(A2[0])) > len(norm(A2[1]))
    assert s["headline_acc"] == pytest.approx(2 / 3)


def test_wrong_headline_lowers_headline_accuracy_and_exact_rate():
    a = perfect()
    a[1]["headline"] = "老街夜市"
    s = scored(*a)
    assert s["headline_acc"] == pytest.approx(2 / 3)
    assert s["exact_rate"] == pytest.approx(2 / 3)
    assert s["grouping_f1"] == 1.0


def test_spurious_kicker_and_subheadline_are_counted():
    a = perfect()
    a[1]["kicker"] = "南门老街"
    a[2]["subheadline"] = "云岭乡"
    s = scored(*a)
    assert s["spurious_kickers"] == 1 and s["spurious_subheadlines"] == 1
    assert s["kicker_acc"] == 1.0 and s["subheadline_acc"] == 1.0


def test_wrong_and_missing_kicker_and_subheadline():
    a = perfect()
    a[0]["kicker"] = None
    a[0]["subheadline"] = "——青禾市志愿者三天种下一片林"   # leading dashes do not matter
    s = scored(*a)
    assert s["kicker_acc"] == 0.0
    assert s["subheadline_acc"] == 1.0


def test_paragraph_split_lowers_paragraph_f1():
    a = perfect()
    cut = len(A2[0]) // 2
    a[2]["paragraphs"] = [A2[0][:cut], A2[0][cut:], A2[1]]
    s = scored(*a)
    assert s["paragraph_p"] == pytest.approx(6 / 8)
    assert s["paragraph_r"] == pytest.approx(6 / 7)
    assert s["exact_rate"] == pytest.approx(2 / 3)
    assert s["grouping_f1"] == 1.0


def test_unmatched_and_noise_articles_count_against_paragraph_scores_not_grouping():
    a = perfect()
    noise = art("广告", ["欢迎订阅本报全年报纸，详情请拨打热线电话。"], captions=["图为白鹭河畔的新苗"])
    s = scored(a[0], a[1], noise)
    assert s["purity"] == 1.0                      # noise text is attributed to no gold article
    assert s["completeness"] == pytest.approx((LEN[0] + LEN[1]) / TOTAL)
    assert s["paragraph_p"] == pytest.approx(5 / 6)
    assert s["paragraph_r"] == pytest.approx(5 / 7)


def test_captions_count_as_article_text():
    a = perfect()
    moved = art("万株新苗扎根河岸", A0[:2], captions=[A0[2]], kicker="青禾市春季植树活动启动")
    s = scored(moved, a[1], a[2])
    assert s["grouping_f1"] == 1.0
    assert s["paragraph_r"] == pytest.approx(6 / 7)


def test_no_loss_flag_per_page_and_adding_up_pages():
    c = score_page(GOLD, page(*perfect(), accounted=99))
    assert summary(c)["noloss_rate"] == 0.0
    c.update(score_page(GOLD, page(*perfect())))
    c.update(Counter(failed=1))
    s = summary(c)
    assert (s["pages"], s["failed"], s["noloss_ok"]) == (3, 1, 1)
    assert s["noloss_rate"] == 0.5 and s["ok_rate"] == pytest.approx(2 / 3)
    assert summary(score_page(GOLD, {"articles": []}))["noloss_rate"] == 0.0


def test_empty_restore_scores_zero_not_error():
    s = scored()
    assert s["purity"] is None and s["completeness"] == 0.0
    assert s["headline_acc"] == 0.0 and s["exact_rate"] == 0.0 and s["paragraph_f1"] is None


def test_page_errors_names_splits_merges_and_field_differences():
    a = perfect()
    a[0]["headline"] = "万株新苗"
    lines = page_errors(GOLD, page(a[0], art("老街夜市重新开张", A1 + A2)))
    text = "\n".join(lines)
    assert "HEADLINE gold 0" in text and "MERGED restored 1" in text and "UNMATCHED gold 2" in text
    split = page_errors(GOLD, page(art(None, A0[:1]), art(None, A0[1:]), *perfect()[1:]))
    assert any(line.startswith("SPLIT gold 0") for line in split)


MD = """青禾日报  第3版

# 老街夜市重新开张

经过半年改造，青禾市南门老街的夜市于本周五晚重新开张，八十多个摊位

沿石板路一字排开。

## 山区学校用上新图书馆

云岭乡中心小学的新图书馆日前落成。
"""


def test_naive_baseline_starts_articles_at_headings_and_joins_open_fragments():
    p = naive(MD)
    heads = [a["headline"] for a in p["articles"]]
    assert heads == [None, "老街夜市重新开张", "山区学校用上新图书馆"]
    assert p["articles"][0]["paragraphs"] == ["青禾日报  第3版"]
    assert p["articles"][1]["paragraphs"] == [
        "经过半年改造，青禾市南门老街的夜市于本周五晚重新开张，八十多个摊位沿石板路一字排开。"]
    assert p["stats"]["input_chars"] == p["stats"]["accounted_chars"] == sum(not c.isspace() for c in MD)


def test_naive_baseline_keeps_closed_fragments_apart_and_flushes_the_tail():
    p = naive("第一句完了。\n“第二句也完了。”\n没有结尾的")
    assert p["articles"][0]["paragraphs"] == ["第一句完了。", "“第二句也完了。”", "没有结尾的"]


def test_whole_baseline_is_one_article_with_a_paragraph_per_line():
    p = whole(MD)
    assert len(p["articles"]) == 1 and p["articles"][0]["headline"] is None
    assert p["articles"][0]["paragraphs"][1] == "老街夜市重新开张"
    assert len(p["articles"][0]["paragraphs"]) == 6


def test_baselines_score_below_a_perfect_restore():
    text = "\n\n".join(["# " + g["title"] + "\n\n" + "\n\n".join(g["paragraphs"]) for g in GOLD])
    n, w = summary(score_page(GOLD, naive(text))), summary(score_page(GOLD, whole(text)))
    assert n["grouping_f1"] == 1.0 and n["headline_acc"] == 1.0 and n["kicker_acc"] == 0.0
    assert w["completeness"] == 1.0 and w["purity"] == pytest.approx(max(LEN) / TOTAL)
