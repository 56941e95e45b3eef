"""CRFsuite's tagger called through its C interface (``crfsuite.h``, in pycrfsuite's extension module).

pycrfsuite's ``Tagger.tag`` spends most of its time before the Viterbi search: it encodes every feature string,
copies the sequence twice and looks each string up in the model. Here every attribute of the model is looked up
once, when the model is opened, into a dict from feature string to its record (attribute id, value 1.0, as
``crfsuite_attribute_t``); a sequence becomes one buffer of records and CRFsuite's own ``set`` and ``viterbi``
run on it. Features the model does not know are left out, as CRFsuite leaves them out: the scores are added in
the same order and the labels are the same.
"""
from __future__ import annotations

import ctypes
import struct
import sys
from ctypes import CFUNCTYPE, POINTER, Structure, byref, c_char_p, c_double, c_int, c_size_t, c_void_p
from array import array
from itertools import accumulate


def _address(b: bytes) -> int:
    """The address of the first byte of ``b`` (CPython keeps it at a fixed offset from the object)."""
    return id(b) + _BYTES_DATA


_PROBE = b"probe"
_BYTES_DATA = ctypes.cast(_PROBE, c_void_p).value - id(_PROBE)
_ITEM = struct.Struct("iiP")      # crfsuite_item_t: num_contents, cap_contents, contents (native layout)
_LOW = 0 if sys.byteorder == "little" else 3          # the offset of an int's low byte
# the array code of an unsigned 8-byte word: unsigned long where it has 8 bytes (CPython converts an int to it digit
# by digit, to unsigned long long through its general byte-array path, several times the instructions)
_WORD = "L" if array("L").itemsize == 8 else "Q"


class _Instance(Structure):
    _fields_ = [("num_items", c_int), ("cap_items", c_int), ("items", c_void_p), ("labels", c_void_p),
                ("weight", c_double), ("group", c_int)]


class _Tagger(Structure):
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", c_void_p), ("release", c_void_p),
                ("set", CFUNCTYPE(c_int, c_void_p, POINTER(_Instance))), ("length", c_void_p),
                ("viterbi", CFUNCTYPE(c_int, c_void_p, POINTER(c_int), POINTER(c_double)))]


class _Dictionary(Structure):
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", c_void_p), ("release", c_void_p),
                ("get", c_void_p), ("to_id", c_void_p),
                ("to_string", CFUNCTYPE(c_int, c_void_p, c_int, POINTER(c_char_p))),
                ("num", CFUNCTYPE(c_int, c_void_p)), ("free", CFUNCTYPE(None, c_void_p, c_char_p))]


class _Model(Structure):
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", c_void_p), ("release", c_void_p),
                ("get_tagger", CFUNCTYPE(c_int, c_void_p, POINTER(POINTER(_Tagger)))),
                ("get_labels", CFUNCTYPE(c_int, c_void_p, POINTER(POINTER(_Dictionary)))),
                ("get_attrs", CFUNCTYPE(c_int, c_void_p, POINTER(POINTER(_Dictionary))))]


class _Counts(dict):
    """By an item's length in bytes (16 a record): its count of records twice, as two ints in one 8-byte word
    (its bytes, to be joined)."""

    def __missing__(self, length: int) -> bytes:
        value = self[length] = array(_WORD, [(length >> 4) * 0x1_0000_0001]).tobytes()
        return value


_COUNTS = _Counts()


def _strings(d: "ctypes._Pointer[_Dictionary]") -> list[str]:
    """The strings of a CRFsuite dictionary, by id."""
    dic = d.contents
    out = []
    for i in range(dic.num(d)):
        s = c_char_p()
        dic.to_string(d, i, byref(s))
        out.append(s.value.decode("utf-8"))
        dic.free(d, s)
    return out


class Tagger:
    """A CRFsuite model opened from ``data`` (the model file's bytes, kept alive here); not thread-safe."""

    def __init__(self, data: bytes):
        import pycrfsuite._pycrfsuite as ext
        lib = ctypes.CDLL(ext.__file__)
        create = lib.crfsuite_create_instance_from_memory
        create.argtypes = [c_void_p, c_size_t, POINTER(c_void_p)]
        self._data = data
        model = c_void_p()
        if create(data, len(data), byref(model)):
            raise ValueError("not a CRFsuite model")
        m = ctypes.cast(model, POINTER(_Model))
        tagger, labels, attrs = POINTER(_Tagger)(), POINTER(_Dictionary)(), POINTER(_Dictionary)()
        m.contents.get_tagger(m, byref(tagger))
        m.contents.get_labels(m, byref(labels))
        m.contents.get_attrs(m, byref(attrs))
        self._model, self._tagger = m, tagger
        self.labels = _strings(labels)
        self.records = {a: struct.pack("iid", i, 0, 1.0) for i, a in enumerate(_strings(attrs))}
        self._set, self._viterbi = tagger.contents.set, tagger.contents.viterbi
        if _ITEM.size != 16:
            raise OSError("not a 64-bit build: crfsuite_item_t is not two ints and a pointer of 8 bytes")
        self._inst = _Instance(0, 0, None, None, 1.0, 0)
        self._inst_ref, self._score_ref = byref(self._inst), byref(c_double())
        self._out = (c_int * 0)()

    def tag(self, xseq: list[list[str]]) -> list[str]:
        """The labels of a sequence of items, each a list of feature strings (``pycrfsuite.Tagger.tag``; CRFsuite
        reads a feature up to its first NUL character)."""
        get = self.records.get
        return self.tag_items([b"".join(filter(None, (get(f.partition("\0")[0]) for f in row))) for row in xseq])

    def tag_items(self, items: list[bytes]) -> list[str]:
        """The labels of a sequence of items, each the records of its features joined."""
        return list(map(self.labels.__getitem__, self.tag_codes(items)))

    def tag_codes(self, items: list[bytes]) -> bytes:
        """``tag_items`` as the index of each item's label in ``labels``, one byte an item (under 256 labels)."""
        n = len(items)
        if not n:
            return b""
        buf = b"".join(items)
        lens = list(map(len, items))
        # crfsuite_item_t as two 8-byte words: the count of records twice (two ints), the address of the first
        heads = array(_WORD, bytes(16 * n))
        heads[::2] = array(_WORD, b"".join(map(_COUNTS.__getitem__, lens)))
        heads[1::2] = array(_WORD, list(accumulate(lens[:-1], initial=_address(buf))))
        inst = self._inst
        inst.num_items = inst.cap_items = n
        inst.items = heads.buffer_info()[0]
        if len(self._out) < n:
            self._out = (c_int * (2 * n))()
        self._set(self._tagger, self._inst_ref)
        self._viterbi(self._tagger, self._out, self._score_ref)
        return memoryview(self._out).cast("B")[_LOW:4 * n:4].tobytes()    # the low byte of each int
