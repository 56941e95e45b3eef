"""The restore models' training scripts (scripts/train_*.py) still fit the restorer they hook into: each one's
``collect`` runs over a page folder laid out like the bench's train pages (the fictional fixture page in its three
dumps, with a gold made from its restored markdown) and yields rows that carry every feature its model weighs."""
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

import baoku
from baoku.restore import articles, breaks, crosshead, headings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DUMPS = {"md-xycut": "qingchuan-2023-06-03-p2.md", "md-stream": "qingchuan-2023-06-03-p2-unmarked.md",
         "lines": "qingchuan-2023-06-03-p2-lines.txt"}


def script(name: str):
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))      # the scripts import their shared fitting module
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def model_features(name: str) -> set[str]:
    return set(json.loads((ROOT / "baoku" / "data" / f"{name}.json").read_text(encoding="utf-8"))["weights"])


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("train") / "2023-06-03-02"
    d.mkdir()
    for fmt, name in DUMPS.items():
        shutil.copy(FIXTURES / name, d / f"{fmt}.txt")
    page = baoku.restore(FIXTURES / DUMPS["md-xycut"]).to_json()
    gold = [{"kicker": a["kicker"], "title": a["headline"], "subtitle": a["subheadline"],
             "paragraphs": a["paragraphs"]} for a in page["articles"]]
    (d / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return d


@pytest.mark.parametrize("name, model", [("train_breaks", "breaks"), ("train_crosshead", "crosshead")])
def test_collect_labels_decisions_with_the_models_features(folder, name, model):
    rows, labels = script(name).collect([folder], True)
    assert rows and len(rows) == len(labels) and set(labels) <= {0, 1}
    assert all(model_features(model) <= set(row) for row in rows)
    assert articles.is_crosshead is crosshead.is_crosshead and articles.stands_alone is breaks.stands_alone


@pytest.mark.parametrize("name, args", [("train_column", ()), ("train_wraps", (True,))])
def test_collect_runs_through_the_restorer_and_gives_its_hooks_back(folder, name, args):
    wraps = headings.continues_line
    rows, labels = script(name).collect([folder], *args)
    assert len(rows) == len(labels)
    assert articles.stands_alone is breaks.stands_alone and headings.continues_line is wraps
