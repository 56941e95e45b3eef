"""The command line: one page to stdout in JSON/Markdown/HTML, --explain, batches into -o DIR with a summary,
and one-line errors with the right exit codes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from baoku.cli import main

from conftest import QC_DATE, QC_LINES, QC_MD

BINARY = bytes(range(256)) * 8


def run(capsys, *argv):
    rc = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return rc, out, err


def test_one_page_json_on_stdout(capsys):
    rc, out, err = run(capsys, "restore", QC_MD, "--date", QC_DATE, "--paper", "青川日报", "--page", "2")
    assert rc == 0 and err == ""
    page = json.loads(out)
    assert page["schema"] == "baoku.page/1"
    assert (page["paper"], page["date"], page["page"]) == ("青川日报", QC_DATE, 2)
    assert page["articles"][0]["headline"] == "青川市启动清水河流域综合治理三年行动"
    assert page["articles"][0]["id"].startswith("p2-")
    assert "decisions" not in page["articles"][0]
    assert page["stats"]["input_chars"] == page["stats"]["accounted_chars"]


def test_the_date_resolves_datelines(capsys):
    def port_date(*extra):
        _, out, _ = run(capsys, "restore", QC_MD, *extra)
        return [a["byline"]["date"] for a in json.loads(out)["articles"] if a["byline"] and a["byline"]["place"]]
    assert port_date("--date", QC_DATE)[0] == "2023-06-02"
    assert port_date()[0] is None


def test_explain_adds_decisions(capsys):
    rc, out, _ = run(capsys, "restore", QC_MD, "--explain")
    assert rc == 0
    arts = json.loads(out)["articles"]
    assert all(isinstance(a["decisions"], list) for a in arts)
    assert any(a["decisions"] for a in arts)


def test_markdown_format(capsys):
    rc, out, _ = run(capsys, "restore", QC_MD, "--format", "md")
    assert rc == 0
    assert "青川市启动清水河流域综合治理三年行动" in out and "坚持生态优先 推动绿色发展" in out
    assert "临江区东湖公园的荷花竞相绽放" in out                     # the standalone photo
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_html_format(capsys):
    rc, out, _ = run(capsys, "restore", QC_MD, "--format", "html")
    assert rc == 0
    assert "<html" in out.lower() and "</html>" in out.lower()
    assert "青川市启动清水河流域综合治理三年行动" in out


def test_one_page_to_an_output_file(tmp_path, capsys):
    dest = tmp_path / "page.json"
    rc, out, _ = run(capsys, "restore", QC_MD, "-o", dest)
    assert rc == 0 and out == ""
    assert json.loads(dest.read_text(encoding="utf-8"))["schema"] == "baoku.page/1"


def test_several_inputs_into_a_directory(tmp_path, capsys):
    rc, _, err = run(capsys, "restore", QC_MD, QC_LINES, "-o", tmp_path / "out", "--format", "md")
    assert rc == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([QC_MD.stem + ".md", QC_LINES.stem + ".md"])
    assert "pages done 2, failed 0" in err


def test_a_directory_with_a_bad_page(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(QC_MD, src / "a.md")
    shutil.copy(QC_LINES, src / "sub" / "b.txt")
    (src / "broken.md").write_bytes(BINARY)
    (src / "notes.json").write_text("{}")                       # not a page file: ignored
    rc, out, err = run(capsys, "restore", src, "-o", tmp_path / "out")
    assert rc != 0
    assert out == ""
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert written == ["a.json", "sub/b.json"]          # the input tree is mirrored
    for name in written:
        assert json.loads((tmp_path / "out" / name).read_text(encoding="utf-8"))["articles"]
    assert "pages done 2, failed 1" in err
    assert "broken.md" in err and "Traceback" not in err


def test_pages_of_the_same_name_in_different_folders(tmp_path, capsys):
    src = tmp_path / "in"
    for day in ("2023-06-03", "2023-06-04"):
        (src / day).mkdir(parents=True)
        shutil.copy(QC_MD, src / day / "p2.md")
    rc, _, err = run(capsys, "restore", src, "-o", tmp_path / "out")
    assert rc == 0 and "pages done 2, failed 0" in err
    assert len([p for p in (tmp_path / "out").rglob("*.json")]) == 2


def test_several_inputs_need_an_output_directory(capsys):
    rc, out, err = run(capsys, "restore", QC_MD, QC_LINES)
    assert rc == 2 and out == ""
    assert "-o" in err


def test_missing_file(tmp_path, capsys):
    missing = tmp_path / "nowhere.md"
    rc, out, err = run(capsys, "restore", missing)
    assert rc == 1 and out == ""
    assert err.count("\n") == 1 and str(missing) in err
    assert "Traceback" not in err


def test_missing_file_without_a_page_suffix(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    rc, out, err = run(capsys, "restore", missing)
    assert rc == 1 and out == ""
    assert err.count("\n") == 1 and str(missing) in err


def test_binary_page_alone(tmp_path, capsys):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(BINARY)
    rc, out, err = run(capsys, "restore", bad)
    assert rc == 1 and out == ""
    assert err.count("\n") == 1 and str(bad) in err


@pytest.mark.parametrize("date", ["2023-13-45", "20230603", "yesterday", "2023-02-30"])
def test_bad_date(capsys, date):
    rc, out, err = run(capsys, "restore", QC_MD, "--date", date)
    assert rc == 2 and out == ""
    assert date in err and err.count("\n") == 1


def test_console_script():
    exe = shutil.which("baoku") or str(Path(sys.executable).with_name("baoku"))
    assert os.path.exists(exe), "the baoku console script is not installed (pip install -e '.[test]')"
    proc = subprocess.run([exe, "restore", str(QC_LINES), "--date", QC_DATE], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    page = json.loads(proc.stdout.decode("utf-8"))
    assert page["source"]["format"] == "lines"
    assert page["stats"]["input_chars"] == page["stats"]["accounted_chars"]
    missing = subprocess.run([exe, "restore", "/nonexistent/page.md"], capture_output=True, timeout=120)
    assert missing.returncode == 1 and b"Traceback" not in missing.stderr
