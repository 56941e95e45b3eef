"""Paragraph end or column cut (restore/breaks.py): the trained model on fictional fragments."""
import pytest

import baoku
from baoku.restore import breaks


def test_a_word_cut_by_a_column_break_is_joined():
    alone, p = breaks.stands_alone("青川港务集团今年计划新开三条内贸航线，并扩建二号码头的集装",
                                   "箱堆场，预计年底投用。", "md")
    assert not alone and p < 0.5


def test_a_cut_before_punctuation_is_joined():
    alone, _ = breaks.stands_alone("老街改造分三期进行，首期工程涉及沿街四十多栋老房子",
                                   "，以及地下的排水管网。", "md")
    assert not alone


def test_a_short_summary_line_ends_its_paragraph_in_a_line_dump():
    fragment = "老街改造让居民出行更方便"
    after = "据了解，老街改造工程于去年三月开工，目前已完成主体施工。"
    alone, p = breaks.stands_alone(fragment, after, "lines", ends_short=True, opens_indented=True)
    _, p_full_line = breaks.stands_alone(fragment, after, "lines", ends_short=False, opens_indented=False)
    assert alone and p > p_full_line


def test_restored_page_keeps_stopless_list_items_apart_and_joins_cut_prose():
    page = baoku.restore("# 青川港新航线开通\n\n本报讯（记者 周启明）青川港务集团今年计划新开三条内贸航线，并扩建二号码头的集装\n\n"
                         "箱堆场，预计年底投用。\n\n准备材料：雨衣、手电筒、应急药品\n\n第一步：检查门窗是否关好；\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[0].endswith("二号码头的集装箱堆场，预计年底投用。")
    assert "准备材料：雨衣、手电筒、应急药品" in paras


def test_a_summary_line_printed_again_in_the_story_stands_alone():
    summary = "住户的事情由住户说了算，改造方案交给居民议事会投票决定"
    after = "改造方案公示以后，议事会收到意见二百多条。"
    assert not breaks.stands_alone(summary, after, "md")[0]          # the model alone would join them
    page = baoku.restore("# 老街新生（青川时评）\n\n" + summary + "\n\n" + after + "\n\n"
                         "有人问，改造为什么慢？" + summary + "。慢一点，街坊才能留下来。\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[:2] == [summary, after]


def test_a_cut_fragment_that_recurs_only_as_a_prefix_elsewhere_is_still_judged_by_the_model():
    text = ("# 青川港新航线开通\n\n本报讯（记者 周启明）青川港务集团今年计划新开三条内贸航线，并扩建二号码头的集装\n\n"
            "箱堆场，预计年底投用。\n\n# 另一条消息\n\n本报讯（记者 周启明）青川港务集团今年计划新开三条内贸航线的消息传开后，"
            "货主纷纷来电。\n")
    page = baoku.restore(text)
    assert page.articles[0].paragraphs[0].text.endswith("二号码头的集装箱堆场，预计年底投用。")


def test_a_column_cut_fragment_that_a_summary_quotes_whole_is_still_joined():
    cut = "截至五月底，青川港务集团已开通内贸集装箱航线十一条，集装箱"
    page = baoku.restore("# 青川港集装箱航线通达沿海\n\n■" + cut + "吞吐量同比增长两成\n\n"
                         "本报讯（记者 周启明）青川港近年来加快发展集装箱运输。\n\n" + cut + "\n\n"
                         "吞吐量同比增长两成，创历史新高。\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[-1] == cut + "吞吐量同比增长两成，创历史新高。"


def test_lines_of_verse_stay_apart():
    page = baoku.restore("# 老街新韵（漫画）\n\n老街换新颜，\n\n骑楼添光彩。\n\n"
                         "街坊常来往，\n\n烟火不曾改。\n\n青川市老街改造首期完工，二十多家老字号重新开张。\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[:4] == ["老街换新颜，", "骑楼添光彩。", "街坊常来往，", "烟火不曾改。"]


def test_a_title_cut_from_the_names_of_its_holders_is_joined():
    from baoku.restore.punct import titles_names
    assert titles_names("市委常委、市人大常委会副主任", "周启航、林雅静出席会议。")
    assert not titles_names("做群众贴心的好书记", "周启航是临江区的老支书。")        # no list of names
    fragment, after = "市委常委、市城市更新工作领导小组副组长", "周启航、林雅静、陈国栋出席会议。"
    assert breaks.stands_alone(fragment, after, "md")[0]             # the model alone would keep them apart
    page = baoku.restore("# 青川市召开城市更新工作会议\n\n本报讯（记者 周启明）6月2日，青川市城市更新工作会议召开。\n\n"
                         + fragment + "\n\n" + after + "\n")
    assert page.articles[0].paragraphs[-1].text == fragment + after


def test_a_paragraph_that_is_one_stopless_quotation_stands_alone():
    quote = "“一座港口能走多远，要看它的航线能连起多少城市”"
    after = "港务集团的成长过程中，开航线是一条主线。上世纪80年代，集团开始引进吊机。"
    assert not breaks.stands_alone(quote, after, "md")[0]            # the model alone would join them
    page = baoku.restore("# 老街新生\n\n本报讯（记者 周启明）青川老街改造首期完工。\n\n" + quote + "\n\n" + after + "\n")
    assert [p.text for p in page.articles[0].paragraphs][1:] == [quote, after]


def test_prose_cut_after_a_conjunction_is_joined():
    # the text after each cut opens like a paragraph (a number, a quotation), but nothing ends on 与
    for fragment, after in (("青川港务集团负责人介绍，新航线开通后将与", "24家沿海企业签订长期运输协议。"),
                            ("老街改造要求街区风貌统一，骑楼、石板路与", "“老字号”招牌一起保留下来。")):
        assert breaks.stands_alone(fragment, after, "md-stream")[0]         # what the model alone would say
        page = baoku.restore(f"# 青川老街改造二期启动\n\n{fragment}\n\n{after}\n")
        assert [p.text for p in page.articles[0].paragraphs] == [fragment + after]


def test_a_line_ending_on_a_noun_is_not_taken_for_a_cut_conjunction():
    from baoku.restore.punct import ends_binding
    assert ends_binding("老街改造要求保留青石板路、骑楼与") and ends_binding("名是第")
    assert not ends_binding("区域协同") and not ends_binding("关键在于") and not ends_binding("老街的味道")


def test_a_particle_opens_no_paragraph_but_a_word_that_starts_with_it_may():
    from baoku.restore.punct import opens_bound
    assert opens_bound("了市民和游客的关注") and opens_bound("的老房子")
    assert not opens_bound("了解到，老街改造") and not opens_bound("的确，老街变了")


def test_the_segmenter_is_asked_only_where_a_word_can_hold_the_particle_or_conjunction():
    import jieba
    from baoku.restore.punct import ends_binding, opens_bound
    for text in ("了市民和游客的关注", "了解到，老街改造", "的老房子", "的确，老街变了", "的士司机说", "着力推进老街改造",
                 "们纷纷点赞", "吗？", "呢喃细语", "吧台前的读者", "了2019年的计划"):
        assert opens_bound(text) == (jieba.lcut(text[:6], HMM=False)[0] in "了的着们吗呢吧")
    for text in ("青石板路、骑楼与", "名是第", "参与", "以及", "青川港与", "并且", "老街改造对于", "关键在于",
                 "书房由", "交给居民议事会由", "与"):
        last = jieba.lcut(text[-6:], HMM=False)[-1]
        assert ends_binding(text) == (len(last) == 1 and last in "与及或并且而把被将对从向以于跟由按据让使给第")


def test_a_word_across_a_break_is_the_segmenters_own_cut_of_the_block_around_it():
    import jieba
    from baoku.restore.punct import _cut_across, _dictionary_word_across, _word_across

    def segmenter(a: str, b: str) -> bool:     # (only where a dictionary word spans the break, as before)
        if not _dictionary_word_across(a, b):
            return False
        pos = 0
        for tok in jieba.lcut(a + b, HMM=False):
            if pos < len(a) < pos + len(tok):
                return True
            pos += len(tok)
        return False

    pairs = [("扩建二号", "码头的集"), ("集团有", "限公司"), ("老街", "改造"), ("青川", "港务"), ("年底投", "用"),
             ("书房将", "在六月"), ("计划新开", "三条内贸"), ("AB", "12"), ("计划A", "B测试"), ("版本2", "0发布"),
             ("发展", "鿖鿗"), ("鿖发", "展改"), ("二号码头", "-3区"), ("有限", "公司"), ("中国人", "民银行")]
    for a, b in pairs:
        assert _word_across.__wrapped__(a, b) == segmenter(a, b), (a, b)
    assert _cut_across("集团有限公司", 3) and not _cut_across("老街改造", 2)
    assert _cut_across("ab12", 2)           # single letters and digits in a row: one word


def test_a_piece_cut_at_a_columns_foot_fills_whole_lines():
    # a column of 12 characters a line: an indented piece of 2 + 34 characters fills three lines; line-breaking
    # rules may leave a line a character short, never a line half full
    assert breaks.fills_lines(2 + 34, 12) and breaks.fills_lines(2 + 33, 12)
    assert not breaks.fills_lines(2 + 28, 12) and not breaks.fills_lines(2 + 39, 12)


def test_the_column_measure_is_reckoned_from_the_stopless_pieces():
    pieces = [2 + 24, 2 + 37, 52, 2 + 11, 2 + 62, 2 + 30]       # all but the last fill lines of 13 characters
    assert breaks.column_measure(pieces) == 13
    assert breaks.column_measure(pieces[:3]) is None                 # too few to tell
    assert breaks.column_measure([2 + 17, 2 + 29, 2 + 44, 2 + 8, 2 + 20]) is None      # no measure fits most


def test_a_fragment_that_fills_whole_lines_of_the_reckoned_column_is_joined():
    # a markdown dump whose column holds 12 characters a line, reckoned from its stop-less pieces: with the
    # indent of two, 34, 10 and 22 characters fill whole lines, as pieces cut at a column's foot do
    cuts = [("青川老街改造首期工程昨天完工，二十多家老字号重新开张，街坊们回到了老", "街。"),
            ("老师傅说，老房子都修", "好了，招牌也保住了。"),
            ("街坊们说，老街改造以后，出门买菜、看病都方便了，老街的烟火气也回来了，孩子们爱回老", "街了。"),
            ("老街改造指挥部的负责人说，老街的石板路和骑楼", "修缮工程已全部完工，老字号陆续回迁。")]
    fragment, after = cuts[-1]
    assert breaks.stands_alone(fragment, after, "md")[0]                # the first model alone keeps them apart
    assert not breaks.stands_alone(fragment, after, "md", fills=True)[0]
    assert breaks.stands_alone(fragment, after, "md", fills=False)[0]
    page = baoku.restore("# 青川老街改造首期完工\n\n" + "".join(f"{f}\n\n{a}\n\n" for f, a in cuts))
    assert [p.text for p in page.articles[0].paragraphs] == ["".join(c) for c in cuts]


def test_a_stopless_paragraph_whose_last_line_stops_short_over_an_indented_line_ends_in_a_line_dump():
    # a sentence cut by a column break leaves its column's last line full: here the line stops short and the
    # next paragraph's first line is indented, whatever the model would say of the words alone
    from conftest import lines_dump
    fragment = "清水河是青川的母亲河，讲生态是第一位的。从全流域把脉治理存在的问题，才能不断推动流域治理"
    after = "治理并不神秘，更不抽象，关键在于截污和清淤。"
    assert not breaks.stands_alone(fragment, after, "lines", ends_short=True, opens_indented=True)[0]
    lead = ("本报讯（记者 周启明）6月2日，青川市清水河流域综合治理三年行动启动会在临江区召开。根据行动方案，全市将在"
            "三年内实施截污纳管、河道清淤、生态补水和岸线修复四大类共六十三个项目。")
    page = baoku.restore("青川市启动清水河流域综合治理三年行动\n" + lines_dump([lead, fragment, after, lead]))
    assert page.source.format == "lines"
    assert [p.text for p in page.articles[0].paragraphs] == [lead, fragment, after, lead]


def test_a_stopless_quotation_with_a_finished_sentence_inside_stands_alone():
    # a pull quote of two sentences, no stop before its closing mark, in a column whose cut pieces it fills
    # as they do (the column model alone would join it to the text after it)
    cut = ["青川老街改造首期工程上月完工，沿街的二十多", "老街的骑楼按原样修缮，老砖老瓦都用上了，因",
           "街坊们说，改造以后老街的路平了，排水也通畅", "临江区管委会说，老街夜市的摊位正在重新规划"]
    rest = ["座骑楼全部修缮一新。", "此老街还是原来的样子。", "了，下雨天不再积水。", "，预计下个月重开。"]
    quote = "“骑楼修好了，街坊都回来了。可夜市还没重开”"
    after = "“夜市什么时候重开？”记者走访了老街十余户商家，大家都盼着夜市早日重开。"
    body = "\n\n".join(c + "\n\n" + r for c, r in zip(cut, rest))
    page = baoku.restore("# 老街夜市何时重开\n\n" + body + "\n\n" + quote + "\n\n" + after + "\n")
    assert [p.text for p in page.articles[0].paragraphs][-2:] == [quote, after]


def test_a_heading_line_opening_on_bing_alone_goes_on_from_the_title_over_it():
    # ……出席招待会 / 并致辞: 并 as a word by itself joins a second act to the title's first; no title opens on it
    from baoku.restore.punct import opens_conjunction
    assert opens_conjunction("并致辞") and opens_conjunction("并讲话")
    assert not opens_conjunction("并购重组提速") and not opens_conjunction("并肩守护清水河")


def test_a_fragment_filling_its_column_s_lines_at_even_odds_of_ending_is_joined():
    # the column model holds the fragment (which fills whole lines of the reckoned column) a hair over even odds
    # to end its paragraph: a coin toss, which the thresholds leave to the cut sentence going on
    alone, p = breaks.stands_alone("临江区的新书房由青川市园林局", "联合企业建设。", "md", fills=True)
    assert not alone and 0.5 < p < 0.52


def test_a_sentence_printed_twice_and_cut_mid_word_at_a_column_foot_is_joined():
    # another story quotes the sentence whole; here it is cut inside a word (通 / 道), no pull quote's end
    quote = "青川港是临江区最大的内河港口，也是全市货物进出的主要通"
    page = baoku.restore("## 青川港扩建工程启动\n\n本报青川6月2日电 青川港扩建工程今天启动。" + quote + "道。\n\n"
                         "## 港城新貌\n\n" + quote + "\n\n道。港务局局长林小舟说，扩建后港口年吞吐量将翻一番。\n")
    assert page.articles[1].paragraphs[0].text.startswith(quote + "道。港务局")


_MEASURED = [("青川港今年新开通了三条内贸集装箱航线，港口的货物吞吐量比上年同", "期增长了两成。"),
             ("临江区老街改造二期工程日前启动，骑楼和石板路将按原样修缮，工程", "预计年底完工。"),
             ("青川市图书馆新馆上月开馆以来，每天接待读者三千多人次，周末的读", "者更多。"),
             ("清水河流域综合治理三年行动已完成过半，沿河新建了十二处湿地公园", "和步道。")]


@pytest.mark.parametrize("cut, rest, joined", [
    ("这几年，青川市新建了一批群众身边的", "“城市书房”，书房遍布城乡。", True),
    ("老街改造，街坊的心愿是最要紧的", "“骑楼要修旧如旧。”林小舟说。", False)])
def test_prose_ending_on_de_goes_on_unless_a_shi_de_clause(cut, rest, joined):
    # column-cut pieces fill whole lines of their column; the short piece under them does not, yet a
    # clause ending on 的 (no 是……的 clause) leaves the word it qualifies to the next column
    body = "\n\n".join(a + "\n\n" + b for a, b in _MEASURED)
    page = baoku.restore("## 青川文化生活更丰富\n\n" + body + "\n\n" + cut + "\n\n" + rest + "\n")
    paras = [p.text for p in page.articles[0].paragraphs]
    assert paras[4:] == ([cut + rest] if joined else [cut, rest])


@pytest.mark.parametrize("cut, rest", [
    ("今年以来，临江区各街道的文化志愿者坚持线", "上与线下相结合，通过举办讲座、发放手册等方式，向街坊们宣传防骗知识。"),
    ("老街夜市重开以后，一群孩子坐在戏台前的石阶", "上，听老艺人讲述老街的故事，夜市的客流比去年多了一倍。")])
def test_prose_cut_before_a_word_of_place_and_a_stop_goes_on(cut, rest):
    # no paragraph opens on 上 followed by a stop or 与: the noun it follows was cut off by a break
    lead = "本报青川6月2日电（记者林小舟）傍晚六点，临江区的老街又热闹起来，摊主们支起了小桌，街坊们三三两两走进夜市。"
    page = baoku.restore(f"# 青川夜市重开\n\n{lead}\n\n{cut}\n\n{rest}\n")
    assert [p.text for p in page.articles[0].paragraphs] == [lead, cut + rest]


def test_a_piece_whose_last_line_line_breaking_rules_leave_full_wraps_at_the_column_s_edge():
    # a column of 13 characters a line: the title's brackets and the number held whole leave the lines short of
    # 13, so the indented piece's 24.4 em fill no whole lines, yet set line by line its last line has no room
    # for what opens the text after it
    piece = "《青川市老街保护规划（2021—2035年）》显示，"
    assert not breaks.fills_lines(2 + 22.4, 13)
    assert breaks.wraps_at_edge(piece, "全市将分三批修缮老字号店铺。", 13, 2)
    assert not breaks.wraps_at_edge(piece, "全市将分三批修缮老字号店铺。", 14, 2)     # a wider column leaves room
    assert not breaks.wraps_at_edge("老街的骑楼修好了，", "街坊们都回来了。", 13, 2)      # a short last line


def test_digits_set_narrow_leave_a_line_room_that_as_many_wide_characters_fill():
    # ten characters fill a line of ten; with a year among them (digits half as wide) the line has room left
    assert breaks.wraps_at_edge("青川老街骑楼今年修好", "了。", 10, 0)
    assert not breaks.wraps_at_edge("青川老街骑楼2021年", "修好了。", 10, 0)


def test_a_piece_cut_at_a_column_s_foot_by_line_breaking_rules_is_joined():
    # four pieces cut mid-sentence fill whole lines of a 13-character column (its measure is reckoned from them);
    # the piece that ends on a comma fills none by its width, but set under line-breaking rules it wraps at the
    # column's edge: the sentence goes on after it
    sentences = [("青川港今年新开通了三条内贸集装箱航线，港口的货物吞吐量比上年同期增长了两成。", 24),
                 ("临江区老街改造二期工程日前启动，骑楼和石板路将按原样修缮，沿街的二十多家老字号店铺将陆续回迁。", 37),
                 ("青川市图书馆新馆上月开馆以来，每天接待读者三千多人次，周末的读者更多。", 24),
                 ("清水河流域综合治理三年行动已完成过半，沿河新建了十二处湿地公园和步道，沿岸居民的生活环境明显改善。", 37)]
    cut = ("《青川市老街保护规划（2021—2035年）》显示，", "全市将分三批修缮“老字号”店铺一百二十家，预计年底前完成第一批。")
    pieces = [(s[:k], s[k:]) for s, k in sentences]
    pieces[2:2] = [cut]
    page = baoku.restore("# 青川老街迎来新变化\n\n" + "".join(f"{f}\n\n{a}\n\n" for f, a in pieces))
    assert [p.text for p in page.articles[0].paragraphs] == ["".join(p) for p in pieces]


def test_a_markdown_fragment_that_fills_no_lines_of_its_column_ends_its_paragraph_at_lower_odds():
    # the column model holds this stop-less line under even odds of ending; it neither fills whole lines of the
    # reckoned column nor leaves its last line too full, so no column's foot cut it: it ends its paragraph
    fragment, after = "居民们纷纷表示，夜市重开让这条老街又热闹起来了", "家住东门的林小舟说，夜市重开后生意好了不少。"
    assert not breaks.stands_alone(fragment, after, "md-stream")[0]     # the first model alone joins them
    alone, p = breaks.stands_alone(fragment, after, "md-stream", fills=False)
    assert alone and p < 0.52
    assert not breaks.stands_alone(fragment, after, "md-stream", fills=True)[0]



# four pieces cut mid-sentence that fill whole lines of a column of 13 characters (its measure is reckoned from them)
MEASURED = [("青川港的渡轮今春换上了新船，两岸街坊过江只要六分钟，早晚的班次也多了一倍。", 24),
            ("临江区的骑楼修好以后，老字号一家家搬了回来，卖糖画的林师傅把摊子摆回了当年的街角，生意比从前还好。", 37),
            ("青川港口书屋的流动书车每周进村两回，孩子们在车旁排起长队，借书的孩子排到了村口。", 24),
            ("清水河边新修的步道连起了七个村子，傍晚散步的街坊天天来，河边的柳树也是村民们自己一棵棵种下的。", 37)]


def _measured_page(title: str, middle: list[str]) -> tuple[str, list[str]]:
    """A markdown page of the measured pieces with ``middle`` read between the second and the third cut sentence;
    the paragraphs it holds."""
    pieces = [(s[:k], s[k:]) for s, k in MEASURED]
    text = "".join(f"{f}\n\n{a}\n\n" for f, a in pieces[:2]) + "".join(f"{p}\n\n" for p in middle) \
        + "".join(f"{f}\n\n{a}\n\n" for f, a in pieces[2:])
    return f"# {title}\n\n" + text, [s for s, _ in MEASURED[:2]] + middle + [s for s, _ in MEASURED[2:]]


def test_a_piece_closing_on_a_stop_and_a_note_in_brackets_ends_its_paragraph():
    # the piece fills whole lines of the reckoned column, as a piece cut at a column's foot does, but it closes on
    # a finished sentence and a note: its paragraph ends there
    noted = ["青川市市长林小舟开幕时讲了几句话，他要街坊们把老街的故事一代一代地讲下去。（林小舟的讲话另见青川版）",
             "开幕以后，客人们沿着石板路一路走到了渡口。"]
    text, paras = _measured_page("青川老街过节", noted)
    assert [p.text for p in baoku.restore(text).articles[0].paragraphs] == paras


def test_marks_set_next_to_each_other_give_up_half_an_em_each():
    assert breaks.trimmed_pairs("从《老街记忆》《骑楼往事》，到") == 2          # 》《 and 》，
    assert breaks.trimmed_pairs("“骑楼修好了！”他说。") == 0              # an exclamation mark keeps its width
    assert breaks.trimmed_pairs("他说：“骑楼修好了。”") == 2              # ：“ and 。”


def test_a_piece_that_fills_whole_lines_once_its_paired_marks_are_trimmed_is_joined():
    # the piece holding two pairs of marks (》《, 》，) is a character wider than three lines of the reckoned column
    # by its count, but the pairs give up half an em each: it fills them, and the sentence goes on after it
    cut = ("林小舟这些年写了许多本关于老街的书，从他早年写的《老街记忆》《骑楼往事》，到",
           "近年出版的《青川风物志》，写的都是他家门口的石板街。")
    assert breaks.stands_alone(*cut, "md-stream", fills=False)[0]
    assert not breaks.stands_alone(*cut, "md-stream", fills=True)[0]
    text, paras = _measured_page("青川老街的书", list(cut))
    paras[2:4] = ["".join(cut)]
    assert [p.text for p in baoku.restore(text).articles[0].paragraphs] == paras


def test_title_end_read_off_the_last_characters():
    from baoku.restore.punct import _ends_with_title
    assert _ends_with_title("临江区副区长") and _ends_with_title("青川港务集团总经理")
    assert _ends_with_title("临江区副区长\n")       # (as a pattern's $ matched before one closing newline)
    assert not _ends_with_title("副区长来了") and not _ends_with_title("")


@pytest.mark.parametrize("fragment, sentences", [
    ("", 0.0), ("。", 0.0), ("青川港今年新开航线。", 0.0), ("青川港今年新开航线。扩建码头 ", 1.0),
    ("老街夜市重开了吗？居民说", 1.0), ("老街夜市重开了！", 0.0), ("老街夜市，重开", 0.0)])
def test_sentences_counts_only_the_stops_before_a_fragments_last_character(fragment, sentences):
    assert breaks.features(fragment, "钟楼旁的老槐树。", "md")["sentences"] == sentences


def test_a_models_probability_adds_its_terms_as_sum_does():
    model = breaks.logistic.load(breaks.MODEL)
    feats = breaks.features("老街夜市重开以后，青川人晚饭后常去逛", "一逛，买些小吃。", "md")
    z = model["bias"] + sum(w * (feats[k] - mean) / scale for k, w, mean, scale in model["terms"])
    assert breaks.logistic.probability(model, feats) == 1 / (1 + breaks.math.exp(-max(-30.0, min(30.0, z))))
