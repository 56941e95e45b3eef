"""The `baoku extract` command: JSON and CSV output, batches and errors (fictional example page)."""
import csv
import io
import json
from pathlib import Path

from baoku.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "qingchuan-2023-06-03-p1.md"


def run(capsys, *argv):
    rc = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return rc, out, err


def test_json_has_entities_people_events(capsys):
    rc, out, _ = run(capsys, EXAMPLE, "--date", "2023-06-03", "--paper", "青川日报", "--page", "1")
    assert rc == 0
    page = json.loads(out)
    first = page["articles"][0]
    for key in ("entities", "people", "events"):
        assert key in first
    for e in first["entities"]:
        where = first["paragraphs"][e["paragraph"]] if "paragraph" in e else first[e["field"]]
        assert where[e["start"]:e["end"]] == e["text"]
    people = {p["name"]: p for p in first["people"]}
    assert people["王明远"]["credits"] == ["reporter"]
    assert [t["text"] for t in people["周启明"]["titles"]] == ["市委书记"]
    assert [t["text"] for t in people["陈立华"]["titles"]] == ["市领导"]
    assert any(ev["type"] == "inspection" and ev["actors"] == ["周启明"] for ev in first["events"])
    photo_people = [p for a in page["articles"] for p in a["people"] if "photographer" in p.get("credits", [])]
    photo_people += [p for ph in page["photos"] for p in ph.get("people", [])]
    assert [p["name"] for p in photo_people] == ["林小舟"]


def test_csv_rows(capsys):
    rc, out, _ = run(capsys, EXAMPLE, "--date", "2023-06-03", "--paper", "青川日报", "--page", "1",
                     "--format", "csv")
    assert rc == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["person", "title", "body", "role", "article_id", "headline", "date", "paper", "page",
                             "source"]
    r = next(r for r in rows if r["person"] == "周启明")
    assert (r["title"], r["body"], r["role"], r["date"], r["paper"], r["page"]) == (
        "市委书记", "市委", "书记", "2023-06-03", "青川日报", "1")
    assert r["headline"] == "推进老街改造 留住城市记忆" and r["article_id"]
    reporters = {r["person"] for r in rows if r["source"] == "credit"}
    assert {"王明远", "李思源", "陈晓雯", "赵一帆", "林小舟"} <= reporters


def test_restore_keeps_working_without_extraction(capsys):
    rc = main(["restore", str(EXAMPLE), "--date", "2023-06-03"])
    out, _ = capsys.readouterr()
    assert rc == 0
    assert "people" not in json.loads(out)["articles"][0]


def test_errors_are_one_line_and_the_batch_goes_on(tmp_path, capsys):
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    good = tmp_path / "good.md"
    good.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out_csv = tmp_path / "people.csv"
    rc, _, err = run(capsys, bad, good, "--format", "csv", "-o", out_csv)
    assert rc == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("baoku:")]
    assert len(lines) == 1 and "empty" in lines[0]
    assert "周启明" in out_csv.read_text(encoding="utf-8")
    rc, _, err = run(capsys, tmp_path / "missing.md")
    assert rc == 1 and err.count("\n") == 1 and err.startswith("baoku:")
    outdir = tmp_path / "out"
    rc, _, err = run(capsys, bad, good, "-o", outdir)
    assert rc == 1 and (outdir / "good.json").exists()
    rc, _, err = run(capsys, bad, good)
    assert rc == 2 and "-o DIR" in err
