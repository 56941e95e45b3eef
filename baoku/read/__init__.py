"""Readers: turn an input file or string into a decoded ``Source`` (text dumps) or blocks (PDF)."""
