"""The web reader and HTTP API of an archive (``baoku serve``): see ``baoku.web.app``."""
from __future__ import annotations


def create_app(db_url: str):
    from .app import create_app as _create
    return _create(db_url)


__all__ = ["create_app"]
