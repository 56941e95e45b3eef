"""Extraction (placeholder)."""
