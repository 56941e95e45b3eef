"""baoku (报库): restore raw newspaper page dumps into structured, searchable articles."""
from .errors import InputError
from .model import Page
from .pipeline import restore, restore_pdf

__all__ = ["restore", "restore_pdf", "Page", "InputError"]
__version__ = "0.1.0"
