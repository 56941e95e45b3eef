#!/usr/bin/env python3
"""Train the naive-Bayes model that orders two unmarked headline fields (kicker + headline, or headline +
subheadline) from the People's Daily corpus in ../shared (issues of 2019-02, 2019-10 and 2020-01 that the
dev and gate sets do not use; 2020-02 is kept for the check set). Writes baoku/data/heading_order.json:
the class counts and, per feature, how often it holds in each class. No corpus text is stored.

    python scripts/train_heading_order.py [--corpus ../shared/corpus/rmrb-dev.jsonl.gz]
"""
import argparse
import gzip
import json

from fitting import ROOT, held_out

from baoku.restore.headings import KICKER_END, order_features


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "rmrb-dev.jsonl.gz"))
    args = ap.parse_args()
    counts = {"kicker": 0, "subheadline": 0}
    feats: dict[str, dict[str, int]] = {"kicker": {}, "subheadline": {}}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["is_ad_or_empty"] or held_out(a["date"]):
                continue
            k, t, s = (a[x].replace("\u00a0", " ").strip() for x in ("kicker", "title", "subtitle"))
            if k and not s and not k.endswith(KICKER_END):
                cls, pair = "kicker", (k, t)
            elif s and not k and not s.startswith(("——", "（", "(")):
                cls, pair = "subheadline", (t, s)
            else:
                continue
            counts[cls] += 1
            for name, on in order_features(*pair).items():
                feats[cls][name] = feats[cls].get(name, 0) + on
    out = {"note": "naive Bayes over two unmarked headline fields (first, second): is the first a kicker "
                   "(kicker + headline) or the second a subheadline (headline + subheadline)? Trained by "
                   "scripts/train_heading_order.py on People's Daily articles of 2019-02, 2019-10 and 2020-01 "
                   "(../shared/corpus/rmrb-dev.jsonl.gz) from issues the dev, gate and check sets never use; "
                   "feature counts only.",
           "classes": counts, "features": feats}
    path = ROOT / "baoku" / "data" / "heading_order.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: {counts}")


if __name__ == "__main__":
    main()
