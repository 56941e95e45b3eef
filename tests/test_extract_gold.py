"""Person–title pairs and events on our own fictional gold passages (bench/data/extract_gold.jsonl)."""
from bench.ner_eval import eval_own


def test_pairs_and_events_floor():
    r = eval_own()
    pair_f1, event_f1 = r["pairs"][2], r["events"][2]
    assert pair_f1 >= 0.85, r
    assert event_f1 >= 0.70, r
