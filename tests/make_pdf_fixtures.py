"""Write the PDF fixtures of tests/fixtures/pdf/ (fictional pages of a fictional city's paper) and their truth.

    python tests/make_pdf_fixtures.py

Pages are laid out here the way papers print them: a page header and an editor line, headline groups centred
over the columns of their story, justified body text set character by character (so the text layer has gaps
but no spaces), paragraphs opening with a two-character indent, photos with captions and credits, a crosshead
in a larger size inside a column, a story that jumps to the next page, two stories side by side whose columns
start at the same height, and a page whose font maps 人, 民, 日 to Kangxi radicals in its text layer. All text is
made up. Each PDF gets a ``.json`` twin with what a restorer should find.
"""
from __future__ import annotations

import json
from pathlib import Path

import pymupdf

OUT = Path(__file__).resolve().parent / "fixtures" / "pdf"
W, H = 595, 842
LEFT, RIGHT = 30, 565
BODY = 9.0
PITCH = 14.0                 # line pitch of the body
COLW, GUTTER = 126.0, 10.0   # 14 characters of 9 pt; 4 columns fill the text width
BODY_FONT, HEAD_FONT = "china-ss", "china-s"
NO_START = "，。、；：？！”）》…"      # characters a line may not start with


def col_x(k: int) -> float:
    return LEFT + k * (COLW + GUTTER)


class Page:
    def __init__(self, doc: pymupdf.Document, header: str):
        self.pdf = doc.new_page(width=W, height=H)
        self.truth = {"articles": [], "photos": [], "furniture": []}
        self.chars: set[str] = set()
        self.align = "centre"            # headline groups centred over their columns, or set flush "left"
        self.space_indent = False        # indents typed as two ideographic spaces instead of moving the line
        self.text(LEFT, 22, header, BODY)
        self.pdf.draw_line((LEFT, 36), (RIGHT, 36), width=1)
        self.truth["furniture"].append("page_header")

    # ---- drawing -----------------------------------------------------------------------------------
    def text(self, x: float, top: float, s: str, size: float, font: str = BODY_FONT, width: float | None = None):
        """Set ``s`` at ``x`` (top of the line at ``top``) one character at a time; with ``width``, spread the
        characters so the line fills it (justification), without adding any space character."""
        gap = 0.0
        if width is not None and len(s) > 1:
            gap = (width - len(s) * size) / (len(s) - 1)
        for i, c in enumerate(s):
            self.pdf.insert_text((x + i * (size + gap), top + size * 0.88), c, fontname=font, fontsize=size)
            if font == BODY_FONT:
                self.chars.add(c)

    def centred(self, x0: float, x1: float, top: float, s: str, size: float, font: str = HEAD_FONT):
        x = x0 if self.align == "left" else (x0 + x1) / 2 - len(s) * size / 2
        self.text(x, top, s, size, font)

    def photo(self, box: tuple[float, float, float, float], shade: int):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 3), False)
        pix.set_rect(pix.irect, (shade, 180, 255 - shade))
        self.pdf.insert_image(pymupdf.Rect(*box), pixmap=pix, keep_proportion=False)

    # ---- story parts -------------------------------------------------------------------------------
    def heading(self, x0: float, x1: float, top: float, kicker: str | None, headline: str, sub: str | None,
                size: float = 18.0) -> float:
        """A headline group centred between x0 and x1; returns the top of what follows it."""
        y = top
        if kicker:
            self.centred(x0, x1, y, kicker, 11)
            y += 16
        per_line = int((x1 - x0) // size)
        for k in range(0, len(headline), per_line):
            self.centred(x0, x1, y, headline[k:k + per_line], size)
            y += size * 1.3
        if sub:
            y += 2
            self.centred(x0, x1, y, sub, 11)
            y += 16
        return y + 8

    def lines(self, paragraphs: list[str], per_line: int = 14) -> list[tuple[str, bool, bool]]:
        """Break paragraphs into (text, indented, last line of its paragraph) lines of a column."""
        out = []
        for p in paragraphs:
            rest, first = p, True
            while rest:
                n = per_line - 2 if first else per_line
                cut = min(n, len(rest))
                while 0 < cut < len(rest) and rest[cut] in NO_START:
                    cut -= 1                # kinsoku: the line gives its last character to the next one
                start = cut
                while 0 < start < len(rest) and rest[start - 1].isascii() and rest[start].isascii():
                    start -= 1              # a Latin word or handle is not broken: it goes to the next line
                if start > 0:
                    cut = start
                out.append((rest[:cut], first, cut == len(rest)))
                rest, first = rest[cut:], False
        return out

    def column(self, x: float, top: float, lines: list[tuple[str, bool, bool]]) -> float:
        y = top
        for s, indented, last in lines:
            x0 = x + (2 * BODY if indented and not self.space_indent else 0)
            if indented and self.space_indent:
                s = "\u3000\u3000" + s
            self.text(x0, y, s, BODY, width=None if last else x + COLW - x0)
            y += PITCH
        return y

    def story(self, cols: list[int], top: float, truth: dict, paragraphs: list[str], size: float = 18.0,
              photo: dict | None = None, crosshead: tuple[int, str] | None = None, byline: str | None = None,
              jump_line: str | None = None, continued: bool = False, photo_after: dict | None = None) -> float:
        """A story over grid columns ``cols``: headline group, optional centred line under it (a byline or a
        jump marker), then the body in balanced columns. A photo with its caption may open the first column;
        a crosshead in 10 pt may sit before paragraph ``crosshead[0]``; ``jump_line`` is set flush right
        below the last line; ``continued``: the first paragraph goes on from another page (no indent);
        ``photo_after``: a photo with its caption under the columns, as wide as the story."""
        x0, x1 = col_x(cols[0]), col_x(cols[-1]) + COLW
        y = self.heading(x0, x1, top, truth.get("kicker"), truth["headline"], truth.get("subheadline"), size)
        if byline:
            self.centred(x0, x1, y, byline, BODY, BODY_FONT)
            y += PITCH + 4
        truth["paragraphs"] = ([byline] if byline and not byline.startswith("（") else []) + list(paragraphs)
        if crosshead:
            truth["paragraphs"].insert(crosshead[0] + (len(truth["paragraphs"]) - len(paragraphs)), crosshead[1])
        lines = self.lines(paragraphs)
        if continued:
            lines[0] = (lines[0][0], False, lines[0][2])
        photo_lines = 0
        if photo:
            photo_lines = int(-(-(photo["height"] + 4 + 22 + 6) // PITCH))
        per_col = -(-(len(lines) + photo_lines) // len(cols))
        bottom = y
        start = 0
        for i, k in enumerate(cols):
            x = col_x(k)
            cy = y
            room = per_col
            if i == 0 and photo:
                self.photo((x, cy, x + COLW, cy + photo["height"]), 90)
                cy += photo["height"] + 4
                self.text(x, cy, photo["caption"], 8)
                cy += 11
                self.text(x + COLW - len(photo["credit"]) * 8, cy, photo["credit"], 8)
                cy = y + photo_lines * PITCH
                room -= photo_lines
                truth["captions"] = [{"text": photo["caption"], "credit": photo["credit"]}]
            chunk = lines[start:start + room] if i < len(cols) - 1 else lines[start:]
            at = self._cross_at(lines, crosshead[0]) - start if crosshead else -1
            if 0 <= at < len(chunk):
                cy = self.column(x, cy, chunk[:at])
                self.text(x + (COLW - len(crosshead[1]) * 10) / 2, cy + 2, crosshead[1], 10, HEAD_FONT)
                cy += PITCH + 6
                cy = self.column(x, cy, chunk[at:])
            else:
                cy = self.column(x, cy, chunk)
            start += len(chunk)
            bottom = max(bottom, cy)
        if jump_line:
            x = col_x(cols[-1]) + COLW - len(jump_line) * BODY
            self.text(x, bottom, jump_line, BODY)
            bottom += PITCH
        if photo_after:
            top = bottom + 8
            self.photo((x0, top, x1, top + photo_after["height"]), 140)
            top += photo_after["height"] + 4
            self.text(x0, top, photo_after["caption"], 8)
            self.text(x1 - len(photo_after["credit"]) * 8, top + 11, photo_after["credit"], 8)
            truth.setdefault("captions", []).append({"text": photo_after["caption"], "credit": photo_after["credit"]})
            bottom = top + 22
        self.truth["articles"].append(truth)
        return bottom

    @staticmethod
    def _cross_at(lines, para_index: int) -> int:
        n = -1
        for i, (_, indented, _) in enumerate(lines):
            n += indented
            if n == para_index and indented:
                return i
        return len(lines)

    def standalone_photo(self, cols: list[int], top: float, height: float, caption: str, credit: str) -> float:
        x0, x1 = col_x(cols[0]), col_x(cols[-1]) + COLW
        self.photo((x0, top, x1, top + height), 200)
        y = top + height + 4
        self.text(x0, y, caption, 8)
        self.text(x1 - len(credit) * 8, y + 11, credit, 8)
        self.truth["photos"].append({"caption": caption, "credit": credit})
        return y + 22

    def footer(self, s: str):
        self.text(LEFT, H - 30, s, 8)
        self.truth["furniture"].append("editor")


# ---- the fictional paper of 青禾市 -----------------------------------------------------------------------

OLD_STREET = [
    "本报讯（记者林小舟）6月2日上午，经过十个月改造的梧桐老街重新开街，首批二十家老字号店铺同日回归营业。",
    "梧桐老街始建于清代，全长六百余米，两侧保留着四十多栋砖木结构的老房子。改造中，施工方按照“修旧如旧”的原则，对每栋老房子逐一测绘建档，能保留的构件全部保留，缺损的木雕和青砖按原样补配。",
    "街面下的管线也换了新。老街原有的雨污合流管道被拆除，新铺设的排水管、燃气管和通信线路全部入地，街上再也看不到“蜘蛛网”一样的电线。",
    "开街当天，不少老街坊早早赶来。七十八岁的陈秋生在街口的茶铺里坐了一上午，他说：“小时候天天在这条街上跑，现在房子还是那些房子，可住着舒服多了。”",
    "据梧桐区住建局介绍，老街下一步将引入非遗工坊和社区书屋，周末夜间还将举办市集。",
]
PORT = [
    "本报讯（记者黄涛）记者从青禾港务集团获悉，今年一季度，青禾港完成集装箱吞吐量四十二万标准箱，同比增长百分之十一。",
    "增长主要来自新开通的两条近洋航线。三月起，每周有六个航班往返于青禾港和周边港口之间，冷链和汽车零部件运输需求明显上升。",
    "港务集团负责人表示，码头二期自动化改造将于年内完工，届时单箱作业时间可再缩短三成。",
]
MARKET = [
    "河西菜市场改造后于本周一重新开门，一百二十个摊位统一更换了不锈钢台面和电子秤。",
    "市场管理方在入口处设置了快检室，每天抽检蔬菜和水产品，结果在电子屏上公示。",
    "摊主刘桂兰在市场卖了十五年豆腐，她说，现在地面干爽了，顾客也愿意多逛一会儿。",
]
SCHOOL = [
    "本报讯（记者周晓梅）青禾一中新校区主体工程日前完工，计划今年九月启用，可容纳学生两千四百人。",
    "新校区位于梧桐区北部，建有实验楼、图书馆和四百米标准田径场，教室全部配备新风系统。为方便学生出行，公交公司将新开一条直达校门口的线路，早晚高峰加密班次，",
]
SCHOOL_2 = [
    "平峰时段每二十分钟一班。",
    "校方介绍，新校区启用后，老校区将改建为青禾市青少年活动中心，向全市中小学生开放。",
]
LIBRARY = [
    "青禾市图书馆少儿分馆本月起延长开放时间，工作日开放至晚上八点，周末开放至晚上九点。",
    "分馆还新增了绘本阅读角和自习区。@qinghe_kids账号每周发布新书推荐，读者也可在线预约座位。",
]
BRIDGE = [
    "横跨清溪河的柳岸步行桥近日完成桥面翻新，新铺的防滑木板取代了原来的水泥面。",
    "施工期间，步行桥两端设置了临时通道，市民可绕行下游的新华桥过河。",
]
PEOPLE = [
    "东湖街道近日开设社区食堂，为辖区七十岁以上老人提供优惠午餐。",
    "食堂每天供应两荤两素一汤，老人凭卡就餐，行动不便的还可以预约送餐上门。",
    "街道负责人说，食堂的菜单每周更换一次，菜品由居民代表投票选出。",
]


def page_one(doc) -> Page:
    pg = Page(doc, "青禾日报 2023年6月3日 星期六 第1版 要闻")
    y = pg.story([0, 1, 2, 3], 46, {"kicker": "十个月改造完成", "headline": "青禾市梧桐老街重新开街",
                                   "subheadline": "——首批二十家老字号回归"}, OLD_STREET, size=20)
    y += 14
    pg.story([0, 1], y, {"headline": "青禾港一季度集装箱吞吐量增长一成"}, PORT, size=13,
             photo={"height": 70, "caption": "青禾港集装箱码头一角。", "credit": "本报记者黄涛摄"})
    yc = pg.story([2], y, {"headline": "河西菜市场完成改造"}, MARKET, size=14, crosshead=(1, "快检结果天天公示"))
    yd = pg.story([3], y, {"headline": "青禾一中新校区九月启用"}, SCHOOL, size=14, jump_line="（下转第2版）")
    pg.truth["articles"][-1]["jump"] = {"to_page": 2, "from_page": None}
    pg.standalone_photo([2, 3], max(yc, yd) + 20, 60, "6月2日，游客在清溪河畔观赏荷花。", "本报记者周晓梅摄")
    pg.footer("责任编辑：周晓梅 版式设计：王一")
    return pg


def page_two(doc) -> Page:
    pg = Page(doc, "青禾日报 2023年6月3日 星期六 第2版 城事")
    y = pg.story([0, 1], 46, {"headline": "青禾一中新校区九月启用"}, SCHOOL_2, size=14, byline="（上接第1版）",
                 continued=True)
    pg.truth["articles"][-1]["jump"] = {"to_page": None, "from_page": 1}
    y2 = pg.story([2, 3], 46, {"headline": "图书馆少儿分馆延时开放"}, LIBRARY, size=14, byline="本报通讯员 方明")
    # two stories side by side: their headlines and columns start at the same heights, one gutter apart
    y = max(y, y2) + 14
    pg.story([0, 1], y, {"headline": "柳岸步行桥桥面翻新"}, BRIDGE, size=14)
    pg.story([2, 3], y, {"headline": "东湖街道社区食堂开张"}, PEOPLE, size=14)
    pg.footer("责任编辑：李可 版式设计：王一")
    return pg


MARKET_FAIR = [
    "本报讯（记者林小舟 黄涛）6月4日，第三届青禾农产品交易会在梧桐区会展中心开幕，来自全市十二个乡镇的三百多家合作社参展。",
    "展会设置了果蔬、茶叶、水产和农产品加工四个展区。开幕首日，现场签约金额超过一亿元，比上届增长两成。",
    "“今年第一次带着自家的蓝莓来参展，一上午就谈下了三家超市。”云岭乡蓝莓合作社负责人赵明说。",
    "交易会将持续三天，市民可凭身份证免费入场。",
]
TEA = [
    "青禾市今年春茶采摘已经结束，全市春茶产量约一千二百吨，同比增长百分之八。",
    "市农业农村局介绍，今年全市新建标准化茶园三千亩，茶农人均增收约两千元。",
]
RAIL = [
    "青禾至云岭的城际铁路日前完成全线铺轨，预计年底开通运营。",
    "线路全长四十二公里，设六座车站，开通后两地通行时间将缩短至二十分钟以内。",
    "建设单位表示，接下来将进行接触网安装和联调联试。",
]
FERRY = [
    "清溪河上的渡口迎来了新的电动渡船，每班可载客六十人。",
    "电动渡船噪声小、零排放，渡口管理站计划年内再增加两艘。",
    "新渡船首航当天，不少市民专程前来乘坐，在船上拍下清溪河两岸的风景。",
]


def left_page(doc) -> Page:
    """Headline groups and bylines set flush left, indents typed as ideographic spaces, a photo under a story."""
    pg = Page(doc, "青禾日报 2023年6月5日 星期一 第4版 经济")
    pg.align, pg.space_indent = "left", True
    y = pg.story([0, 1, 2], 46, {"kicker": "三百多家合作社参展", "headline": "青禾农产品交易会开幕"}, MARKET_FAIR,
                 size=18, byline="本报记者 林小舟 黄涛")
    pg.truth["articles"][-1]["paragraphs"][1] = pg.truth["articles"][-1]["paragraphs"][1].replace(
        "（记者林小舟 黄涛）", "（记者林小舟 黄涛）")
    y4 = pg.story([3], 46, {"headline": "全市春茶产量增长百分之八"}, TEA, size=14)
    y = max(y, y4) + 14
    pg.story([0, 1], y, {"headline": "城际铁路全线铺轨"}, RAIL, size=14,
             photo_after={"height": 50, "caption": "城际铁路云岭站施工现场。", "credit": "本报记者黄涛摄"})
    pg.story([2, 3], y, {"headline": "清溪河渡口启用电动渡船"}, FERRY, size=14)
    pg.footer("责任编辑：方明")
    return pg


def kangxi_page(doc) -> Page:
    pg = Page(doc, "青禾日报 2023年6月4日 星期日 第3版 民生")
    pg.story([0, 1, 2], 46, {"headline": "人民公园日间开放时间延长"}, [
        "本报讯（记者林小舟）从本月起，青禾市人民公园日间开放时间延长一小时，每日早六时开园。",
        "公园管理处介绍，延时开放后，晨练的市民可以更早进园。日均入园人数已超过八千人次。",
        "人民公园始建于上世纪五十年代，是市民休闲的主要去处。"], size=18)
    return pg


def kangxi_tounicode(doc, page: Page) -> None:
    """Make the body font's text layer give Kangxi and CJK radicals for 人, 民 and 日, as some producers do."""
    radicals = {"人": "\u2f08", "民": "\u2ea0", "日": "\u2f47"}
    xref = next(f[0] for f in page.pdf.get_fonts() if f[4] == BODY_FONT)
    pairs = [f"<{ord(c):04X}> <{ord(radicals.get(c, c)):04X}>" for c in sorted(page.chars) if ord(c) < 0x10000]
    blocks = []
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    sx = doc.get_new_xref()
    doc.update_object(sx, "<<>>")
    doc.update_stream(sx, cmap.encode("ascii"))
    doc.xref_set_key(xref, "ToUnicode", f"{sx} 0 R")


def save(doc, out: Path, name: str, pages: list[Page]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for p in doc:
        p.clean_contents()           # one content stream per page instead of one per character
    doc.save(out / f"{name}.pdf", garbage=4, deflate=True, no_new_id=True)
    (out / f"{name}.json").write_text(json.dumps([p.truth for p in pages], ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")


def main(out: Path = OUT) -> None:
    doc = pymupdf.open()
    pages = [page_one(doc), page_two(doc)]
    save(doc, out, "qinghe-2023-06-03", pages)

    doc = pymupdf.open()
    save(doc, out, "qinghe-2023-06-05-left", [left_page(doc)])

    doc = pymupdf.open()
    pg = kangxi_page(doc)
    kangxi_tounicode(doc, pg)
    save(doc, out, "qinghe-2023-06-04-kangxi", [pg])

    doc = pymupdf.open()                 # a scanned page: an image and no text layer
    page = doc.new_page(width=W, height=H)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 8, 8), False)
    pix.set_rect(pix.irect, (230,))
    page.insert_image(pymupdf.Rect(20, 20, W - 20, H - 20), pixmap=pix)
    doc.save(out / "scan.pdf", garbage=4, deflate=True, no_new_id=True)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
