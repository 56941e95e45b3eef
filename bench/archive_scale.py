"""Archive at scale: store speed (restore excluded) and search latency on a synthetic archive of N articles.

    python -m bench.archive_scale [--articles 200000] [--base-pages 120] [--backend sqlite|postgresql|both]
                                  [--pg postgresql://postgres@127.0.0.1:5432/test] [--reps 30] [--keep DIR [--reuse]]

1. A modest set of distinct fictional pages (``--base-pages``) is written from the sentence templates and word
   lists below (fictional cities, people and numbers; nothing from ../shared), then restored and extracted once,
   in worker processes, with the project's pipeline (``baoku.restore`` + ``page_record``).
2. Page records for ``--articles`` articles are generated from them: each copy gets its own paper, date and page
   number, and its people, places and topics are swapped for others of the same length from the lists (the swap
   runs over every string of the record, so the restored spans, mentions and the page JSON stay consistent);
   the full-text fields (and their impact terms) are recomputed as ``page_record`` does. Generation is not timed.
3. Only the storing is timed: ``Archive.write_records`` on batches of ``BATCH_PAGES`` records (what ``baoku
   ingest`` does with restored pages: one transaction per batch, a savepoint per page), summed over all
   batches: stored articles per second.
4. Search latency: several queries of each kind (one character, two characters, phrase, faceted), each run
   ``--warmup`` times, then ``--reps`` times; p50 and p95 per kind over all timed runs. The first run of each query
   is timed too: it includes what is loaded once per process (the facets' doc values, see baoku/archive/docvalues.py).

PostgreSQL runs in a schema of its own (created and dropped here, or kept with ``--keep``). The table goes to
stdout; ``--json FILE`` writes the figures too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing as mp
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from baoku import archive
from baoku.archive import impacts
from baoku.archive import search as S
from baoku.archive.ingest import BATCH_PAGES

# ---- fictional word lists ------------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜"
            "戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚")
GIVEN = ("启明 晓雨 立华 雨晴 明远 思源 一帆 小舟 建国 海涛 春燕 志强 国华 丽娟 文博 子涵 振宇 秀兰 德胜 永康 嘉禾 书婷 "
         "雅静 立群 亦舒 文澜 晓光 思远 嘉怡 文涛 启航 卫东 红梅 志远 俊峰 雪松 玉洁 长青 宏伟 丹阳 晓峰 明辉 秋菊 新民 "
         "国庆 海燕 建平 淑芬 少华 光荣 云飞 若曦 梓涵 浩然 静怡 天佑 立新 向阳 学军 春生 冬梅 家豪 佳琪 晨阳 永红 树林 "
         "宝山 金凤 润之 慧敏 清远 鹏程 子墨 安然 逸飞 凌云 晓东 德明 秀英").split()
CITIES = {"青川日报": "青川市", "平城晚报": "平城市", "清河日报": "清河市", "云溪晨报": "云溪市"}
_P1, _P2 = "河临北东南西新城云松石青桃梅白柳龙黄凤金双芦长大清平安永兴", "西江塘湖岭山港关溪门林源河沙泉泥桥营阳川"
PLACES3 = [a + b + "区县镇"[(i + j) % 3] for i, a in enumerate(_P1) for j, b in enumerate(_P2) if a != b][::2]
PLACES4 = [stem + suffix for stem in ("桂花 东风 米市 鼓楼 翠竹 柳荫 东关 枫林 杏园 西门 朝阳 梧桐 红旗 兴隆 文昌 "
                                      "北关 南门 荷塘 花园 新村 石榴 银杏 丰收 光明 解放 胜利 团结 和平 幸福 前进").split()
           for suffix in ("社区", "街道")]
SITES = ("米市巷 鼓楼东街 青川老码头 清水河大桥 东湖公园 市民中心 物流园区 高铁站片区 老纺织厂 科创大厦 农业产业园 "
         "污水处理厂 湿地公园 城市书房 文化中心 体育中心 人民医院 第一中学 集贸市场 港口作业区").split()
ORGS = ("市发展改革委 市教育局 市住建局 市交通运输局 市卫生健康委 市文化广电旅游局 市农业农村局 市生态环境局 市水利局 "
        "市商务局 市应急管理局 市民政局 市市场监管局 市统计局 港务集团 市城投集团 市税务局 市科技局").split()
TITLES = ("市委书记 市长 市委副书记 副市长 市委常委 市委秘书长 区委书记 区长 县委书记 县长 镇党委书记 镇长 "
          "市人大常委会主任 市政协主席 局长 主任 党组书记 总经理 董事长 校长 院长").split()
_DOMAINS = ("老街 河道 乡村 社区 校园 园区 码头 港口 铁路 公路 农田 森林 湿地 水库 管网 电网 景区 市场 医院 养老 "
            "托育 就业 燃气 消防 防汛 粮食 春耕 学校 交通 外贸 税收 营商 科技 数字 文化 旅游 垃圾 污水 供水 供暖").split()
_ACTIONS = "改造 治理 建设 保护 提升 整治 服务 管理 升级 安全".split()
TOPICS4 = [d + a for i, d in enumerate(_DOMAINS) for j, a in enumerate(_ACTIONS) if (i + j) % 2 == 0]
TOPICS6 = ("老旧小区改造 集装箱码头建设 历史街区保护 农村人居环境 城市道路改造 防汛抗旱工作 义务教育均衡 "
           "公共文化服务 高标准农田建设 新能源汽车产业 优化营商环境 基层医疗服务 城乡供水一体 口岸通关便利").split()
FACILITIES = ("邻里食堂 城市书房 社区医院 便民服务站 口袋公园 老年大学 托育中心 共享菜园 充电站 公交首末站 "
              "体育公园 农贸市场 日间照料中心").split()
VPS = ("坚持问题导向", "压紧压实责任", "加强统筹协调", "强化要素保障", "倒排工期、挂图作战", "把好事办好、实事办实",
       "守住安全底线", "加快项目进度", "提升服务水平", "完善长效机制", "注重群众感受", "突出重点难点",
       "以钉钉子精神抓落实", "坚持规划引领", "加强部门联动", "强化督查考核", "拓宽资金渠道", "引入社会力量",
       "用好数字化手段", "补齐基础设施短板")
GOALS = ("按期完成年度任务", "群众满意", "取得实实在在的成效", "工程质量和安全", "各项工作落地见效",
         "年底前全面完工", "汛期安全", "经济平稳运行", "人民群众生命财产安全", "项目早日建成投用")
METRICS = (("地区生产总值", "亿元"), ("固定资产投资", "亿元"), ("社会消费品零售总额", "亿元"), ("集装箱吞吐量", "万标箱"),
           ("外贸进出口额", "亿元"), ("新增城镇就业", "万人"), ("接待游客", "万人次"), ("粮食产量", "万吨"),
           ("规模以上工业增加值", "亿元"), ("新登记市场主体", "万户"))
PERIODS = ("一季度", "上半年", "前三季度", "前五个月", "今年以来", "1至8月", "去年全年", "前十个月")


class Writer:
    """Fictional articles from templates: random choices from the lists above, seeded."""

    def __init__(self, rng: random.Random, city: str):
        self.r = rng
        self.city = city

    def name(self) -> str:
        return self.r.choice(SURNAMES) + self.r.choice(GIVEN)

    def num(self, lo=2, hi=90) -> str:
        return str(self.r.randint(lo, hi))

    def pct(self) -> str:
        return f"{self.r.randint(1, 30)}.{self.r.randint(0, 9)}"

    def md(self) -> str:
        return f"{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def topic(self) -> str:
        return self.r.choice(TOPICS4 + TOPICS4 + TOPICS6)

    def place(self) -> str:
        return self.r.choice(PLACES3)

    def vps(self, n=3) -> str:
        return "，".join("要" + v if i == 0 else v for i, v in enumerate(self.r.sample(VPS, n)))

    def byline(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.6:
            return f"本报讯（记者 {self.name()}）"
        if k < 0.85:
            return f"本报讯（记者 {self.name()} 通讯员 {self.name()}）"
        return f"本报{self.city[:2]}{self.md()}电（记者{self.name()}、{self.name()}）"

    # each kind: (headline, subheadline or None, paragraphs)
    def inspection(self):
        r, boss, place, topic = self.r, self.name(), self.place(), self.topic()
        title = r.choice(("市委书记", "市委副书记、市长", "市长", "副市长", "区委书记", "县委书记"))
        s1, s2, s3 = r.sample(SITES, 3)
        paras = [
            f"{self.byline()}{self.md()}，{title}{boss}到{place}调研{topic}工作。他强调，{self.vps()}，"
            f"确保{r.choice(GOALS)}。",
            f"{boss}先后来到{s1}、{s2}和{s3}，察看{self.topic()}推进情况，与{r.choice(('基层干部', '企业负责人', '社区居民', '施工人员', '种粮大户'))}"
            f"交流，详细询问{r.choice(('工程进度', '资金保障', '群众诉求', '用工情况', '安全措施'))}。",
            f"{boss}指出，{topic}事关{r.choice(('全市发展大局', '群众切身利益', '城市长远发展', '高质量发展'))}，"
            f"各级各部门{self.vps(2)}，{self.vps(2)}。",
        ]
        if r.random() < 0.7:
            paras.append(f"{boss}要求，{place}{r.choice(('要对标先进', '要主动作为', '要攻坚克难'))}，"
                         f"在{self.topic()}上{r.choice(('走在前列', '作出示范', '取得突破'))}。")
        paras.append(f"市领导{self.name()}、{self.name()}参加调研。")
        head = r.choice((f"{boss}到{place}调研{topic}", f"扎实推进{topic} {r.choice(GOALS)}",
                         f"{boss}在{place}调研时强调 {topic}要{r.choice(('见实效', '再提速', '惠民生'))}"))
        sub = f"{boss}在{place}调研时强调" if r.random() < 0.3 else None
        return head, sub, paras

    def meeting(self):
        r, boss, topic = self.r, self.name(), self.topic()
        where = r.choice((self.city, self.place()))
        paras = [
            f"{self.byline()}{self.md()}，{where}召开{topic}工作会议，{r.choice(TITLES)}{boss}出席并讲话，"
            f"{r.choice(TITLES)}{self.name()}主持会议。",
            f"会议通报了{r.choice(PERIODS)}{topic}进展情况。{r.choice(PERIODS)}，全市共实施相关项目{self.num()}个，"
            f"完成投资{self.num(3, 60)}亿元，{self.place()}、{self.place()}等地进度领先。",
            f"{boss}强调，{self.vps()}。要把{topic}同{self.topic()}结合起来，一项一项抓落实。",
            f"会议要求，各地各部门{self.vps(2)}，确保{r.choice(GOALS)}。",
        ]
        if r.random() < 0.5:
            paras.append(f"{r.choice(ORGS)}、{r.choice(ORGS)}和{self.place()}作交流发言。")
        head = r.choice((f"{where}召开{topic}工作会议", f"{where}部署{topic}工作",
                         f"全力推进{topic} 确保{r.choice(GOALS)}"))
        return head, (f"{boss}出席并讲话" if r.random() < 0.3 else None), paras

    def economy(self):
        r = self.r
        metric, unit = r.choice(METRICS)
        org, period, place = r.choice(ORGS), r.choice(PERIODS), r.choice((self.city, self.place()))
        pct = self.pct()
        paras = [
            f"{self.byline()}记者从{org}获悉，{period}，{place}{metric}{self.num(5, 900)}{unit}，同比增长{pct}%，"
            f"增速{r.choice(('高于全省平均水平', '比上年同期加快', '保持稳定'))}。",
            f"{org}负责人介绍，{period}以来，{place}围绕{self.topic()}，新开工项目{self.num()}个，"
            f"其中投资亿元以上项目{self.num(2, 30)}个。{r.choice(('外贸航线', '新兴产业', '县域经济', '民营经济'))}"
            f"增长明显，对全市增长的贡献率达到{self.num(10, 60)}%。",
            f"下一步，{place}将{self.vps(2)}，力争全年{metric}突破{self.num(100, 990)}{unit}。",
        ]
        if r.random() < 0.5:
            paras.insert(2, f"分行业看，{r.choice(('制造业', '服务业', '建筑业', '批发零售业'))}增长{self.pct()}%，"
                            f"{r.choice(('交通运输业', '住宿餐饮业', '信息服务业'))}增长{self.pct()}%。")
        head = r.choice((f"{place}{period}{metric}同比增长{pct}%", f"{period}{place}{metric}稳中有升",
                         f"{place}{metric}增速领先"))
        return head, None, paras

    def livelihood(self):
        r, place, fac = self.r, self.r.choice(PLACES4), self.r.choice(FACILITIES)
        resident = self.r.choice(SURNAMES) + r.choice(("阿婆", "大爷", "师傅", "女士", "先生"))
        paras = [
            f"{self.byline()}{self.md()}，{self.place()}{place}{fac}正式投入使用。{fac}由"
            f"{r.choice(('社区提供场地', '街道统筹建设', '爱心企业运营', '政府购买服务'))}，"
            f"可为周边{self.num(2, 30)}00余户居民提供服务。",
            f"“{r.choice(('家门口就能办事', '价钱实在，离家也近', '以前要跑好几趟，现在一次就行', '环境好了，心里也舒坦'))}。”"
            f"正在{r.choice(('排队', '用餐', '锻炼', '看书'))}的居民{resident}说。",
            f"{place}负责人{self.name()}介绍，今年以来，{place}把{self.topic()}作为民生实事，"
            f"围绕{r.choice(('一老一小', '群众急难愁盼', '便民服务', '社区治理'))}，已办成实事{self.num(3, 40)}件。",
        ]
        if r.random() < 0.5:
            paras.append(f"据了解，全市今年计划新建{fac}{self.num(5, 80)}个，年底前实现{r.choice(('街道全覆盖', '城区全覆盖', '乡镇全覆盖'))}。")
        head = r.choice((f"{place}{fac}开张", f"{fac}开到家门口", f"{self.place()}新建{fac}惠及居民"))
        return head, None, paras

    def culture(self):
        r = self.r
        n = self.num(2, 15)
        event = r.choice(("全民读书节", "非遗展演周", "乡村音乐节", "龙舟邀请赛", "菊花文化节", "青少年科技节",
                          "老字号展销会", "城市马拉松"))
        paras = [
            f"{self.byline()}{self.md()}，{self.city}第{n}届{event}在{r.choice(SITES)}开幕。本届{event}以"
            f"“{r.choice(('阅读点亮生活', '文化润城', '乡村新景', '健康同行', '匠心传承'))}”为主题，将持续至{self.num(1, 12)}月底。",
            f"活动期间，全市将举办{r.choice(('名家讲座', '亲子共读', '非遗体验', '市集展销', '专场演出'))}、"
            f"{r.choice(('图书漂流', '摄影展览', '手作体验', '文艺汇演'))}等{self.num(20, 300)}余场活动，"
            f"{self.place()}、{self.place()}还将设立分会场。",
            f"{r.choice(ORGS)}负责人{self.name()}表示，将以{event}为契机，推动{self.topic()}，让更多市民共享文化成果。",
        ]
        head = r.choice((f"{self.city}第{n}届{event}开幕", f"{event}启幕 {r.choice(SITES)}人气旺"))
        return head, None, paras

    def background(self) -> str:
        """A paragraph any kind of story may carry."""
        r = self.r
        metric, unit = r.choice(METRICS)
        return r.choice((
            lambda: f"近年来，{self.place()}持续推进{self.topic()}，累计投入资金{self.num(2, 80)}亿元，建成"
                    f"{r.choice(FACILITIES)}{self.num(3, 60)}个，{self.topic()}水平明显提升，群众获得感不断增强。",
            lambda: f"据介绍，{self.place()}把{self.topic()}纳入{r.choice(PERIODS)}重点工作，成立工作专班，实行清单化管理、"
                    f"项目化推进，每月通报一次进展，对进度滞后的项目及时督办。",
            lambda: f"{r.choice(ORGS)}相关负责人表示，下一步将{self.vps(2)}，推动{self.topic()}和{self.topic()}协同发展，"
                    f"确保{r.choice(GOALS)}。",
            lambda: f"在{r.choice(SITES)}，{self.num(10, 200)}名施工人员正在紧张作业。项目负责人{self.name()}介绍，工程已完成"
                    f"总工程量的{self.num(20, 95)}%，预计{self.md()}前完工，建成后将{r.choice(('缓解周边交通压力', '惠及沿线群众', '带动上下游产业', '补上公共服务短板'))}。",
            lambda: f"{self.place()}{r.choice(('村民', '居民', '个体户', '外卖骑手', '退休教师'))}{self.name()}告诉记者，过去"
                    f"{r.choice(('道路坑洼不平', '办事要来回跑', '一到雨天就积水', '买菜要走好几里路', '孩子上学路远'))}，如今"
                    f"{r.choice(('出门就是柏油路', '一次就能办成', '排水顺畅了', '菜市场就在楼下', '学校建到了家门口'))}，"
                    f"{r.choice(('日子越过越舒心', '心里踏实多了', '大家都说好', '生活方便了不少'))}。",
            lambda: f"针对{r.choice(('审批环节多', '群众反映集中', '项目落地慢', '监管不到位'))}等问题，{self.place()}建立了"
                    f"{r.choice(('联席会议制度', '首问负责制', '一窗受理机制', '周调度机制'))}，{self.num(3, 20)}个部门联合办公，"
                    f"群众办事时间平均缩短{self.num(10, 70)}%。",
            lambda: f"数据显示，{r.choice(PERIODS)}，全市{metric}{self.num(5, 900)}{unit}，同比增长{self.pct()}%，"
                    f"主要指标{r.choice(('好于预期', '稳中有进', '位居全省前列'))}。",
            lambda: f"{self.md()}上午，记者在{self.place()}{r.choice(PLACES4)}看到，{r.choice(FACILITIES)}前已排起长队，"
                    f"工作人员{r.choice(('耐心讲解政策', '帮助老人登记', '维持现场秩序', '发放宣传资料'))}，现场秩序井然。",
        ))()

    def article(self) -> str:
        kind = self.r.choices((self.inspection, self.meeting, self.economy, self.livelihood, self.culture),
                              weights=(3, 3, 2, 2, 1))[0]
        head, sub, paras = kind()
        for _ in range(self.r.randint(3, 8)):
            paras.insert(self.r.randint(1, len(paras) - 1), self.background())
        out = [f"# {head}", ""]
        if sub:
            out += [sub, ""]
        for p in paras:
            out += [p, ""]
        if self.r.random() < 0.2:
            out += [f"图为{self.md()}，{self.place()}{self.r.choice(FACILITIES)}一景。本报记者 {self.name()}摄", ""]
        return "\n".join(out)

    def page(self) -> str:
        arts = [self.article() for _ in range(self.r.randint(4, 8))]
        return "\n".join(arts) + f"\n责任编辑：{self.name()}\n"


# ---- base pages: restored and extracted once -----------------------------------------------------------
def _restore(args):
    from baoku import restore
    from baoku.archive.store import page_record
    i, text, paper = args
    page = restore(text, date="2020-01-01", paper=paper, page=1)
    return page_record(page, path=f"/synthetic/base/{i}.md")


def base_records(n: int, seed: int, workers: int) -> list[dict]:
    rng = random.Random(seed)
    papers = list(CITIES)
    tasks = []
    for i in range(n):
        paper = papers[i % len(papers)]
        tasks.append((i, Writer(rng, CITIES[paper]).page(), paper))
    if workers > 1:
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctx.Pool(workers) as pool:
            return pool.map(_restore, tasks, chunksize=4)
    return [_restore(t) for t in tasks]


# ---- variants: same-length swaps over every string of a record ------------------------------------------
NAMES3 = [s + g for s in SURNAMES for g in GIVEN]
_SWAPPABLE = {w: pool for pool in (PLACES3, PLACES4, TOPICS4, TOPICS6) for w in pool}
_FIND_SWAPPABLE = re.compile("|".join(sorted(map(re.escape, _SWAPPABLE), key=len, reverse=True)))


def _swap_all(obj, rx, table):
    if isinstance(obj, str):
        return rx.sub(lambda m: table[m.group(0)], obj)
    if isinstance(obj, list):
        return [_swap_all(x, rx, table) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_swap_all(x, rx, table) for x in obj)
    if isinstance(obj, dict):
        return {k: _swap_all(v, rx, table) for k, v in obj.items()}
    return obj


def variant(base: dict, k: int, rng: random.Random, paper: str, date: str, page_no: int) -> dict:
    """Copy ``k`` of a base record: other people, places, topics, paper, date and page (equal-length swaps)."""
    table = {}
    names = {p["name"] for a in base["articles"] for p in a["people"] if len(p["name"]) == 3}
    names |= {t for a in base["articles"] for typ, t, _ in a["entities"] if typ == "person" and len(t) == 3}
    for n in sorted(names):                 # sorted: the same archive on every run (sets follow string hashes)
        table[n] = rng.choice(NAMES3)
    for w in sorted(set(_FIND_SWAPPABLE.findall(base["original_text"]))):
        if rng.random() < 0.8:
            table[w] = rng.choice(_SWAPPABLE[w])
    base_city = next((c for p, c in CITIES.items() if p == base["paper"]), None)
    if base_city and base_city != CITIES[paper]:
        table[base_city] = CITIES[paper]
        table[base_city[:2]] = CITIES[paper][:2]
        table[base["paper"]] = paper
    table = {a: b for a, b in table.items() if a != b}
    rec = dict(base)
    if table:
        rx = re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)))
        rec = _swap_all(rec, rx, table)
    path = f"/synthetic/{paper}/{date}/p{page_no}-{k}.md"
    sha = hashlib.sha256(f"{k}\n{rec['original_text']}".encode()).hexdigest()
    pj = json.loads(rec["page_json"])
    pj.update(paper=paper, date=date, page=page_no)
    if isinstance(pj.get("source"), dict):
        pj["source"].update(path=path, sha256=sha)
    rec.update(paper=paper, date=date, page_no=page_no, source_path=path, sha256=sha, file_index=0, file_pages=1,
               page_json=json.dumps(pj, ensure_ascii=False))
    arts = []
    for a in rec["articles"]:
        head = "\n".join(t for t in (a["kicker"], a["headline"], a["subheadline"]) if t)
        body = a["body"] + "\n" + "\n".join(c for c, _ in a["captions"])
        fts_head, fts_body = S.index_text(head), S.index_text(body)
        arts.append(dict(a, fts_head=fts_head, fts_body=fts_body, fts_impacts=impacts.terms(fts_head, fts_body)))
    rec["articles"] = arts
    return rec


def records(bases: list[dict], n_articles: int, seed: int):
    """Page records until ``n_articles`` articles: papers round-robin, dates over ten years, pages 1–8."""
    rng = random.Random(seed + 1)
    papers = list(CITIES)
    start = dt.date(2015, 1, 1)
    made, k = 0, 0
    while made < n_articles:
        base = bases[rng.randrange(len(bases))]
        if not base["articles"]:
            continue
        paper = papers[k % len(papers)]
        date = (start + dt.timedelta(days=rng.randrange(3650))).isoformat()
        rec = variant(base, k, rng, paper, date, 1 + rng.randrange(8))
        if made + len(rec["articles"]) > n_articles:
            rec["articles"] = rec["articles"][:n_articles - made]
        made += len(rec["articles"])
        k += 1
        yield rec


# ---- measuring -------------------------------------------------------------------------------------------
QUERIES = {
    "one character": [("港", {}), ("桥", {}), ("税", {}), ("水", {}), ("会", {})],
    "two characters": [("防汛", {}), ("书记", {}), ("码头", {}), ("养老", {}), ("街道", {})],
    "phrase": [('"老旧小区改造"', {}), ('"集装箱吞吐量"', {}), ('"全民读书节"', {}), ('"优化营商环境"', {}),
               ("乡村建设 调研", {})],
    "faceted": [("调研", {"facets": ["paper", "month", "person", "title"]}),
                ("老街改造", {"facets": ["paper", "year", "person", "place"]}),
                ("会议", {"facets": ["paper", "month", "event_type"], "date_from": "2020", "date_to": "2021-06"}),
                ("港", {"facets": ["paper", "title"], "paper": "青川日报"}),
                ("社区", {"facets": ["month", "person", "title", "place"], "date_from": "2023"})],
}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs) + 0.5) - 1))]


class LoadSampler:
    """The machine's 1-minute load average, sampled every 10 s while a phase runs (the machine is shared)."""

    def __init__(self):
        import threading
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.samples.append(os.getloadavg()[0])
            self._stop.wait(10)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict:
        xs = self.samples or [os.getloadavg()[0]]
        return {"mean": round(statistics.mean(xs), 2), "min": round(min(xs), 2), "max": round(max(xs), 2)}


def run(url: str, bases: list[dict], args) -> dict:
    with LoadSampler() as load:
        out = _run(url, bases, args)
    out["load"] = load.summary()
    return out


def _run(url: str, bases: list[dict], args) -> dict:
    db = archive.open(url)
    if args.reuse and db.stats()["articles"]:
        out = {"articles": db.stats()["articles"], "reused": True}
        out["search"] = search_latency(db, args)
        db.close()
        return out
    store_s, store_cpu, gen_s, n_art, n_pages, n_chars = 0.0, 0.0, 0.0, 0, 0, 0
    t_all = time.perf_counter()
    last = t_all
    g0 = time.perf_counter()
    batch: list[dict] = []
    gen = records(bases, args.articles, args.seed)
    while True:
        rec = next(gen, None)
        if rec is not None:
            batch.append(rec)
            if len(batch) < BATCH_PAGES:
                continue
        if not batch:
            break
        t0, c0 = time.perf_counter(), time.process_time()
        gen_s += t0 - g0
        statuses = db.write_records(batch)          # what ``baoku ingest`` does with restored pages
        g0 = time.perf_counter()
        store_s += g0 - t0
        store_cpu += time.process_time() - c0
        assert statuses == ["added"] * len(batch), statuses
        n_art += sum(len(r["articles"]) for r in batch)
        n_chars += sum(len(a["body"]) for r in batch for a in r["articles"])
        n_pages += len(batch)
        batch = []
        if g0 - last > 30:
            last = g0
            print(f"  … {n_art:,} articles, {n_art / store_s:,.0f} stored articles/s", file=sys.stderr, flush=True)
    out = {"articles": n_art, "pages": n_pages, "store_s": round(store_s, 1), "generate_s": round(gen_s, 1),
           "articles_per_s": round(n_art / store_s, 1), "pages_per_s": round(n_pages / store_s, 1),
           "mean_body_chars": round(n_chars / max(n_art, 1)),
           # this process's CPU time: all of SQLite's work, but not the PostgreSQL server's
           "articles_per_cpu_s": round(n_art / store_cpu, 1) if store_cpu else None}
    if db.dialect == "postgresql":
        db.execute("ANALYZE")
    else:
        db.execute("ANALYZE")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    st = db.stats()
    assert st["articles"] == n_art, (st["articles"], n_art)
    out["bytes"] = st.get("bytes")
    out["search"] = search_latency(db, args)
    db.close()
    return out


def search_latency(db, args) -> dict:
    out = {}
    for kind, qs in QUERIES.items():
        times, each, first = [], [], []
        for q, kw in qs:
            kw = dict(kw)
            facets = kw.pop("facets", ())
            t = time.perf_counter()
            db.search(q, limit=20, facets=facets, **kw)
            first.append((time.perf_counter() - t) * 1000)
            for _ in range(args.warmup - 1):
                db.search(q, limit=20, facets=facets, **kw)
            mine = []
            for _ in range(args.reps):
                t = time.perf_counter()
                res = db.search(q, limit=20, facets=facets, **kw)
                mine.append((time.perf_counter() - t) * 1000)
            times += mine
            each.append(f"{q} {dict(kw, facets=facets) if facets else kw or ''}".strip()
                        + f" → {res.total:,} hits, p50 {statistics.median(mine):.1f} ms, p95 {pct(mine, 95):.1f} ms"
                        + f", first run {first[-1]:.0f} ms")
        out[kind] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(pct(times, 95), 1),
                     "max_ms": round(max(times), 1), "runs": len(times), "first_ms": [round(x, 1) for x in first],
                     "queries": each}
    return out


def table(name: str, r: dict) -> str:
    if r.get("reused"):
        lines = [f"{name}: the archive kept from an earlier run, {r['articles']:,} articles (search only)", "",
                 "| measure | value |", "|---|---|"]
    else:
        size = f", {r['bytes'] / 1e6:,.0f} MB" if r.get("bytes") else ""
        lines = [f"{name}: {r['articles']:,} articles (body {r['mean_body_chars']} characters on average) on "
                 f"{r['pages']:,} pages stored in {r['store_s']} s{size} (generation {r['generate_s']} s, "
                 "not counted)", "", "| measure | value |", "|---|---|",
                 f"| ingest (store only) | {r['articles_per_s']:,.0f} articles/s ({r['pages_per_s']:,.0f} pages/s); "
                 f"{r['articles_per_cpu_s']:,.0f} articles per CPU second of this process |"]
    for kind, s in r["search"].items():
        lines.append(f"| search, {kind} | p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms ({s['runs']} runs); first runs "
                     f"{', '.join(f'{x:.0f}' for x in s['first_ms'])} ms |")
    if r.get("load"):
        lines.append(f"| load average (1 min) meanwhile | mean {r['load']['mean']}, {r['load']['min']}–"
                     f"{r['load']['max']} |")
    lines.append("")
    for kind, s in r["search"].items():
        lines.append(f"  {kind}:")
        lines += [f"    {q}" for q in s["queries"]]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--base-pages", type=int, default=120)
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3, help="untimed runs of each query (the first is timed apart)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes restoring the base pages")
    ap.add_argument("--keep", help="keep the SQLite archive in this directory (default: a temporary one), and the "
                    "PostgreSQL one in the schema baoku_scale_ARTICLES (default: a schema dropped at the end)")
    ap.add_argument("--reuse", action="store_true", help="with --keep: search the archives kept by an earlier run "
                    "instead of building them again")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args(argv)
    load = os.getloadavg()
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, load {load[0]:.2f} {load[1]:.2f} "
          f"{load[2]:.2f}", flush=True)
    t = time.perf_counter()
    bases = [] if args.reuse else base_records(args.base_pages, args.seed, args.workers)
    print(f"# {len(bases)} base pages, {sum(len(b['articles']) for b in bases)} articles, restored and extracted in "
          f"{time.perf_counter() - t:.0f} s (not counted)", flush=True)
    results = {"articles": args.articles, "load_start": load}
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="baoku-archive-scale-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        if args.backend in ("sqlite", "both"):
            path = tmp / f"scale-{args.articles}.db"
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                if not args.reuse:
                    p.unlink(missing_ok=True)
            results["sqlite"] = run(f"sqlite:///{path}", bases, args)
            print(table("SQLite", results["sqlite"]), flush=True)
        if args.backend in ("postgresql", "both"):
            import psycopg
            conn = psycopg.connect(args.pg, autocommit=True, connect_timeout=5)
            schema = (f"baoku_scale_{args.articles}" if args.keep
                      else f"baoku_scale_{os.getpid()}_{uuid.uuid4().hex[:6]}")
            if args.keep and not args.reuse:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            try:
                results["postgresql"] = run(f"{args.pg}?options=-csearch_path%3D{schema}", bases, args)
            finally:
                if not args.keep:
                    conn.execute(f"DROP SCHEMA {schema} CASCADE")
                conn.close()
            print(table("PostgreSQL", results["postgresql"]), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()
    results["load_end"] = load
    print(f"# load at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
