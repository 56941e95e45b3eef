"""Page sets, the evaluation run and the gate, on made-up dates and a fictional page (no ../shared needed)."""
import json

import pytest

from bench import gate
from bench import pages as P
from bench.baselines import naive, read_input
from bench.restore_eval import evaluate, gaps, table

FAKE = {f"{m}-{d:02d}": list(range(1, 2 + d % 9)) for m in ("2019-02", "2019-10", "2020-01", "2020-02")
        for d in range(1, 29)}


@pytest.fixture
def fake_corpus(monkeypatch):
    monkeypatch.setattr(P, "eligible_pages", lambda: FAKE)


def test_sets_are_split_by_date_and_the_gate_is_a_subset_of_dev(fake_corpus):
    dev, gate_, check = (set(P.set_stems(s)) for s in ("dev", "gate", "check"))
    assert len(dev) >= 100 and len(gate_) >= 40 and len(check) >= 40
    assert gate_ < dev
    assert {s[:7] for s in dev} == {"2019-02", "2019-10", "2020-01"}
    assert {s[:7] for s in gate_} == {"2019-02", "2019-10", "2020-01"}
    assert {s[:7] for s in check} == {"2020-02"}


def test_a_larger_set_extends_the_same_dates(fake_corpus):
    small, large = P.set_dates("dev"), P.set_dates("dev", 300)
    assert set(small) < set(large) and len(P.set_stems("dev", 300)) >= 300
    assert P.set_dates("dev") == small


def test_locations_follow_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BAOKU_BENCH_CACHE", str(tmp_path / "c"))
    monkeypatch.setenv("BAOKU_SHARED", str(tmp_path / "s"))
    assert P.set_dir("dev") == tmp_path / "c" / "pages" / "dev"
    assert P.corpus_path() == tmp_path / "s" / "corpus" / "rmrb-dev.jsonl.gz"
    assert not P.have_shared()
    assert P.page_meta(tmp_path / "2019-10-01-04") == ("2019-10-01", 4)


def test_gate_pages_are_copied_from_a_cached_dev_set(fake_corpus, monkeypatch, tmp_path):
    monkeypatch.setenv("BAOKU_BENCH_CACHE", str(tmp_path))
    for stem in P.set_stems("dev"):
        (P.set_dir("dev") / stem).mkdir(parents=True)
        (P.set_dir("dev") / stem / "gold.json").write_text("[]", encoding="utf-8")
    folders = P.ensure("gate")
    assert [f.name for f in folders] == P.set_stems("gate")
    assert all((f / "gold.json").exists() and f.parent == P.set_dir("gate") for f in folders)


GOLD = [{"kicker": "", "title": "老街夜市重新开张", "subtitle": "",
         "paragraphs": ["经过半年改造，青禾市南门老街的夜市于本周五晚重新开张，八十多个摊位沿石板路一字排开。"]},
        {"kicker": "", "title": "山区学校用上新图书馆", "subtitle": "",
         "paragraphs": ["云岭乡中心小学的新图书馆日前落成，书架上摆放着社会各界捐赠的六千余册图书。"]}]


@pytest.fixture
def folders(tmp_path):
    out = []
    for stem in ("2019-10-01-01", "2019-10-01-02"):
        d = tmp_path / stem
        d.mkdir()
        (d / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
        md = "\n\n".join(f"# {g['title']}\n\n{g['paragraphs'][0]}" for g in GOLD)
        (d / "md-xycut.txt").write_text(md, encoding="utf-8")
        (d / "page.pdf").write_bytes(b"%PDF-1.4\n")
        out.append(d)
    return out


def stub(path, date, number):
    """A restorer that reads markdown only, and fails on the second page."""
    if path.suffix == ".pdf":
        raise NotImplementedError("no PDF reader")
    if number == 2:
        raise ValueError("boom")
    return naive(path.read_text(encoding="utf-8"))


def test_failures_are_counted_and_pdf_failing_everywhere_is_unsupported(folders, tmp_path):
    runs = {"baoku": stub, "naive": lambda p, d, n: naive(read_input(p))}
    errors = tmp_path / "errors.txt"
    res = evaluate(folders, ["md-xycut", "pdf"], runs, {"baoku": errors})
    md = res["baoku"]["md-xycut"]
    assert (md["pages"], md["failed"], md["grouping_f1"], md["noloss_ok"]) == (2, 1, 1.0, 1)
    assert md["failures"] == ["2019-10-01-02: ValueError: boom"]
    assert res["baoku"]["pdf"]["unsupported"]
    assert res["naive"]["pdf"]["failed"] == 2 and not res["naive"]["pdf"].get("unsupported")
    assert "== 2019-10-01-01 md-xycut: 0 mismatches" in errors.read_text(encoding="utf-8")
    gap = gaps(res, ["md-xycut", "pdf"])
    assert set(gap) == {"md-xycut"}
    assert gap["md-xycut"]["grouping_f1"] == 0.0 and gap["md-xycut"]["ok_rate"] == -0.5
    text = table(res, gap, ["md-xycut", "pdf"])
    assert "baoku pdf: unsupported" in text and "baoku md-xycut: failed 2019-10-01-02" in text


def test_gate_misses():
    got = {"lines": {"grouping_f1": 0.9, "kicker_acc": None}, "pdf": {"unsupported": True}}
    assert gate.misses(got, {"lines": {"grouping_f1": 0.85}}) == []
    assert gate.misses(got, {"lines": {"grouping_f1": 0.95}}) == ["lines grouping_f1: 0.9 < floor 0.95"]
    assert gate.misses(got, {"lines": {"kicker_acc": 0.0}}) == ["lines kicker_acc: None < floor 0.0"]
    assert gate.misses(got, {"lines": {"f1": 0.1}}) == ["lines: unknown metric 'f1' in floors.json"]
    assert gate.misses(got, {"pdf": {"grouping_f1": 0.5}}) == ["pdf grouping_f1: format unsupported, floor 0.5"]
    assert gate.misses(got, {"md-stream": {"grouping_f1": 0.5}}) == ["md-stream: not evaluated"]


def test_floors_file_names_known_formats_and_metrics():
    floors = json.loads(gate.FLOORS.read_text(encoding="utf-8"))
    assert set(floors) <= set(gate.FORMATS)
    assert gate.misses({f: {m: 1.0 for m in v} for f, v in floors.items()}, floors) == []


def test_gate_without_shared_skips_unless_ci(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("BAOKU_SHARED", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    assert gate.main([]) == 0
    assert "skipped" in capsys.readouterr().err
    monkeypatch.setenv("CI", "true")
    assert gate.main([]) == 1
    assert "FAIL" in capsys.readouterr().err


def test_gate_help_prints_usage_without_running(monkeypatch, capsys):
    monkeypatch.setattr(gate, "evaluate", lambda *a, **k: pytest.fail("--help ran the gate"))
    with pytest.raises(SystemExit) as stop:
        gate.main(["--help"])
    assert stop.value.code == 0
    assert "floors.json" in capsys.readouterr().out
