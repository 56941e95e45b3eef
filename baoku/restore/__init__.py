"""Restoration stages: blocks → roles → articles (grouping, joining, reattachment) → flags."""
