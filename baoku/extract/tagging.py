"""The character tagger: the CRFsuite model shipped in ``data/extract/ner.crfsuite.gz`` (or the one named by
``BAOKU_NER_MODEL``), its feature options, one tagger per thread (``crf.Tagger`` on CRFsuite's C interface, or
pycrfsuite's), and the reading of its BIOES labels into (start, end, type) spans. ``ner.entities`` starts from
``tag_spans`` and finishes its spans with the rules."""
from __future__ import annotations

import json
import os
import re
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .features import RecordEncoder, featurize

MODEL_FILE = "ner.crfsuite.gz"      # gzip'd CRFsuite model, opened in memory
_LOCAL = threading.local()
def model_path():
    """The shipped model, or the file named by ``BAOKU_NER_MODEL`` (to evaluate a newly trained one)."""
    alt = os.environ.get("BAOKU_NER_MODEL")
    if alt:
        return Path(alt)
    return resources.files("baoku.data").joinpath("extract").joinpath(MODEL_FILE)


@lru_cache(maxsize=1)
def feature_options() -> dict:
    """The feature options the model was trained with (``features`` of its card, ``ner.crfsuite.json``)."""
    p = model_path()
    card = p.parent.joinpath(p.name.removesuffix(".gz") + ".json")
    try:
        meta = json.loads(card.read_text(encoding="utf-8"))
    except FileNotFoundError:
        meta = {}
    return dict(meta.get("features") or {"words": False})


def tagger():
    """One CRFsuite tagger per thread (taggers are not thread-safe), with the encoder of its features when the
    model was trained with the options ``RecordEncoder`` knows and CRFsuite's C interface is at hand (else None)."""
    tg = getattr(_LOCAL, "tagger", None)
    if tg is None:
        import gzip
        _LOCAL.model = gzip.decompress(model_path().read_bytes())    # the tagger reads this buffer: keep it
        tg = _open(_LOCAL.model)
        _LOCAL.encoder = _encoder(tg, feature_options())
        if _LOCAL.encoder is not None:      # each label index's code (``_CODES``), for ``bytes.translate``
            _LOCAL.codes = bytes(map(ord, map(_CODES.__getitem__, tg.labels))).ljust(256, b"x")
            _LOCAL.parts = list(map(_PARTS.__getitem__, tg.labels))
            _LOCAL.letters, _LOCAL.tokens, _LOCAL.token_types = (
                _token_table(tg.labels) if len(tg.labels) <= len(_LETTERS) else (None, None, None))
        _LOCAL.tagger = tg
    return tg


def _encoder(tg, opts: dict) -> RecordEncoder | None:
    """The record encoder of the tagger's features, or None when it cannot encode them."""
    if not (hasattr(tg, "tag_codes") and len(tg.labels) < 256 and RecordEncoder.fits(opts)):
        return None
    try:
        return RecordEncoder(tg.records, opts.get("hmm", False))
    except ValueError:          # n-grams of characters it cannot read off UTF-16: featurize's strings
        return None


def _open(model: bytes):
    """``crf.Tagger`` on the model, or pycrfsuite's (the same labels, slower) when pycrfsuite's extension module
    does not export CRFsuite's C interface."""
    try:
        from .crf import Tagger
        return Tagger(model)
    except (OSError, AttributeError):
        import pycrfsuite
        tg = pycrfsuite.Tagger()
        tg.open_inmemory(model)
        return tg


def tag_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the tagger's entities (labels PER LOC ORG TITLE DATE)."""
    if not text:
        return []
    tg = tagger()
    if _LOCAL.encoder is not None and "\0" not in text:
        ids = tg.tag_codes(_LOCAL.encoder.items(text))
        spans = _token_spans(ids.translate(_LOCAL.letters).decode("ascii")) if _LOCAL.tokens is not None else None
        return spans if spans is not None else _spans(ids.translate(_LOCAL.codes).decode("ascii"), ids, _LOCAL.parts)
    return label_spans(tg.tag(featurize(text, **feature_options())))


_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWYZabcdefghijklmnopqrstuvwyz"     # neither O nor x


def _token_table(labels: list[str]) -> tuple[bytes, re.Pattern, dict[str, str]]:
    """Each label index's letter for ``bytes.translate`` (O for O, x for an index of no label), the pattern of an
    entity's letters written whole (B, I or M any times, E; or S; all of one type) and the type of each such entity's
    first letter."""
    letters = ["O" if lab == "O" else _LETTERS[k] for k, lab in enumerate(labels)]
    of = {_PARTS[lab]: c for lab, c in zip(labels, letters) if lab != "O"}
    alts, types = [], {}
    for pos, typ in sorted(of):
        if pos == "B" and ("E", typ) in of:
            mids = "".join(of[p, typ] for p in ("I", "M") if (p, typ) in of)
            alts.append(of["B", typ] + (f"[{mids}]*" if mids else "") + of["E", typ])
            types[of["B", typ]] = typ
        elif pos == "S":
            alts.append(of["S", typ])
            types[of["S", typ]] = typ
    return "".join(letters).encode("ascii").ljust(256, b"x"), re.compile("|".join(alts)), types


def _token_spans(letters: str) -> list[tuple[int, int, str]] | None:
    """``label_spans`` of a text whose labels' letters (`_token_table`) are ``letters`` when every label other than
    O is in an entity written whole (`_token_table`: nearly every text), else None."""
    types = _LOCAL.token_types
    out = []
    held = 0
    for m in _LOCAL.tokens.finditer(letters):
        s, e = m.span()
        out.append((s, e, types[letters[s]]))
        held += e - s
    return out if held == len(letters) - letters.count("O") else None


def label_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the entities in a sequence of BIOES labels (B-PER, E-PER, S-LOC, O …)."""
    return _spans("".join(map(_CODES.__getitem__, labels)), range(len(labels)), list(map(_PARTS.__getitem__, labels)))


def _spans(codes: str, ids, parts: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """``label_spans`` of the labels whose codes (O for O, x for any other) are ``codes``; ``parts[ids[i]]`` is
    the i-th label's position and type (``_PARTS``)."""
    out = []
    # only the runs of labels other than O matter (an O ends any entity)
    for run in _NOT_O.finditer(codes):
        start = -1
        cur = None
        for i in range(run.start(), run.end()):
            pos, typ = parts[ids[i]]
            if pos == "S":
                if cur is not None:
                    out.append((start, i, cur))
                out.append((i, i + 1, typ))
                cur = None
            elif pos == "B" or cur != typ:
                if cur is not None:
                    out.append((start, i, cur))
                start, cur = i, typ
                if pos == "E":
                    out.append((i, i + 1, typ))
                    cur = None
            elif pos == "E":
                out.append((start, i + 1, typ))
                cur = None
        if cur is not None:
            out.append((start, run.end(), cur))
    return out


# x+, written so that re looks for its first character: a pattern that begins with a repeat (x+, [A-Z]{3}) or a
# lookbehind is tried at every place of the text, one that begins with a character or a class is not
_NOT_O = re.compile("xx*")


class _Codes(dict):
    """A label's code: O for O, x for any other (kept once made)."""

    def __missing__(self, label: str) -> str:
        code = self[label] = "O" if label == "O" else "x"
        return code


_CODES = _Codes()


class _Parts(dict):
    """A label's position and type (B-PER: B, PER), kept once made."""

    def __missing__(self, label: str) -> tuple[str, str]:
        part = self[label] = (label[0], label[2:])
        return part


_PARTS = _Parts()
