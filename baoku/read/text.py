"""Decode a text dump: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5, with a clear error for anything else."""
from __future__ import annotations

import codecs
import hashlib

import numpy as np

from ..errors import InputError
from ..model import Source

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str = "<input>", text: str | None = None) -> Source:
    """Decode ``data`` and return a Source; raise InputError for empty, binary or undecodable input. ``text``:
    what ``data`` was encoded from in UTF-8 (a text given as a string), taken as it is unless a BOM opens it."""
    if not data or data.isspace():             # (no stripped copy of the page made to tell)
        raise InputError(name, "empty input")
    text, encoding = (text, "utf-8") if text is not None and not text.startswith("\ufeff") else _decode(data, name)
    if _looks_binary(text):
        raise InputError(name, "binary data, not a text page")
    if not text or text.isspace():
        raise InputError(name, "empty input")
    return Source(text=text, path=None if name == "<input>" else name,
                  sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "") + "-bom"
            except UnicodeDecodeError as e:
                raise InputError(name, f"not valid {enc} despite its byte-order mark ({e.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        raise InputError(name, "binary data, not a text page")
    candidates = []
    for enc, score in (("gb18030", _gb_score), ("big5", _big5_score)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((score(text), enc, text))
    if not candidates:
        raise InputError(name, "undecodable: not UTF-8, UTF-16, GB18030 or Big5")
    _, enc, text = max(candidates)
    return text, enc


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > half * 0.1 and min(even, odd) < zeros * 0.1:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    # CJK text in UTF-16 has few NULs; accept it when it decodes to mostly CJK
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if sum("\u4e00" <= c <= "\u9fff" for c in text) > 0.6 * len(text):
            return text, enc
    return None


def _share(text: str, enc: str, lo: int, hi: int) -> float:
    """Share of ideographs whose first byte in ``enc`` falls in the common-character range [lo, hi]."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    hits = 0
    for c in han:
        try:
            b = c.encode(enc)
        except UnicodeEncodeError:
            continue
        hits += len(b) == 2 and lo <= b[0] <= hi
    return hits / len(han)


def _gb_score(text: str) -> float:
    return _share(text, "gb2312", 0xB0, 0xD7)     # GB2312 level-1: the 3,755 most used simplified characters


def _big5_score(text: str) -> float:
    return _share(text, "big5", 0xA4, 0xC6)       # Big5 frequent characters (5,401)


# which characters of the Basic Multilingual Plane are control characters, private use or U+FFFD (none beyond it)
_BINARY = np.zeros(0x10000, bool)
_BINARY[[*range(0x00, 0x09), *range(0x0E, 0x20), *range(0xE000, 0xF900), 0xFFFD]] = True


def _looks_binary(text: str) -> bool:
    """Too many of the text's first 4096 characters are of ``_BINARY`` (looked up all at once, not by a pattern
    tried at each character)."""
    sample = text[:4096]
    points = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.count_nonzero(_BINARY.take(points, mode="clip")) > max(2, len(sample) * 0.02)


def read_path(path: str) -> Source:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None
    return decode(data, path)
