#!/usr/bin/env python3
"""Train the paragraph-start model: how much likelier a paragraph is to open with a given character pair
(or character) than an arbitrary point of running text. Column breaks cut text anywhere; paragraphs open
with time phrases, quotes, names, 据了解 and the like, so the ratio tells a new paragraph from the rest of a
cut one.

Counts come from People's Daily articles of 2019-02, 2019-10 and 2020-01 in ../shared/corpus, from issues
the dev and gate sets do not use (2020-02 is kept for the check set). Writes baoku/data/para_starts.json:
log ratios for the most frequent paragraph-initial pairs and characters, the same for the ends of paragraphs
without a stop, and for the pairs that open and close kickers, headlines and subheadlines (the wrap model of
line dumps weighs them); nothing else.

    python scripts/train_para_starts.py [--corpus ../shared/corpus/rmrb-dev.jsonl.gz] [--keep 4000] [--min-count 20]
                                        [--min-head 3]
"""
import argparse
import gzip
import json
import math
import unicodedata
from collections import Counter

from fitting import ROOT, held_out


def clean(p: str) -> str:
    return "".join(unicodedata.normalize("NFKC", p).split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "rmrb-dev.jsonl.gz"))
    ap.add_argument("--keep", type=int, default=4000)
    ap.add_argument("--min-count", type=int, default=20, help="paragraph starts a pair needs to be kept")
    ap.add_argument("--min-head", type=int, default=3, help="times a pair needs to occur in headlines to be kept")
    args = ap.parse_args()
    start2, start1, any2, any1 = Counter(), Counter(), Counter(), Counter()
    end2, end1 = Counter(), Counter()       # ends of paragraphs without a closing stop (crossheads, labels)
    head_start, head_end, head_any = Counter(), Counter(), Counter()     # kickers, headlines, subheadlines
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["is_ad_or_empty"] or held_out(a["date"]):
                continue
            for p in a["paragraphs"]:
                t = clean(p)
                if len(t) < 2:
                    continue
                start2[t[:2]] += 1
                start1[t[0]] += 1
                if t[-1] not in "。！？…；：!?:”’）)":
                    end2[t[-2:]] += 1
                    end1[t[-1]] += 1
                any2.update(t[i:i + 2] for i in range(1, len(t) - 1))
                any1.update(t[1:])
            for h in (a["kicker"], a["title"], a["subtitle"]):
                t = clean(h).lstrip("—")
                if len(t) >= 4:
                    head_start[t[:2]] += 1
                    head_end[t[-2:]] += 1
                    head_any.update(t[i:i + 2] for i in range(1, len(t) - 2))
    n_s2, n_a2, n_s1, n_a1, n_e2, n_e1 = (sum(c.values()) for c in (start2, any2, start1, any1, end2, end1))

    def ratio(s, a, ns, na):
        return round(math.log(((s + 0.5) / ns) / ((a + 0.5) / na)), 3)

    pairs = {k: ratio(v, any2[k], n_s2, n_a2) for k, v in start2.most_common(args.keep) if v >= args.min_count}
    chars = {k: ratio(start1[k], v, n_s1, n_a1) for k, v in any1.most_common(args.keep)}
    end_pairs = {k: ratio(v, any2[k], n_e2, n_a2) for k, v in end2.most_common(args.keep) if v >= args.min_count}
    end_chars = {k: ratio(end1[k], v, n_e1, n_a1) for k, v in any1.most_common(args.keep)}
    n_hs, n_he, n_ha = (sum(c.values()) for c in (head_start, head_end, head_any))
    common = [k for k, v in (head_start + head_end + head_any).items() if v >= args.min_head]
    head_starts = {k: ratio(head_start[k], head_any[k], n_hs, n_ha) for k in common}
    head_ends = {k: ratio(head_end[k], head_any[k], n_he, n_ha) for k in common}
    out = {"note": "log(P(paragraph opens with x) / P(x inside a paragraph)) for character pairs and characters, "
                   "and the same for the ends of paragraphs that close without a stop (crossheads), and for the character "
                   "pairs that open and close a kicker, headline or subheadline against those inside one; "
                   "trained by scripts/train_para_starts.py on People's Daily articles of 2019-02, 2019-10 and "
                   "2020-01 (../shared/corpus/rmrb-dev.jsonl.gz) from issues the dev, gate and check sets never use; "
                   "ratios only, no text.",
           "pairs": pairs, "chars": chars, "end_pairs": end_pairs, "end_chars": end_chars,
           "head_starts": head_starts, "head_ends": head_ends}
    path = ROOT / "baoku" / "data" / "para_starts.json"
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(pairs)} pairs, {len(chars)} characters, {len(head_starts)} headline pairs")


if __name__ == "__main__":
    main()
