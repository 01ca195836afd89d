"""Marking a sentence for translation where it is defined, before the reader's language is known."""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark a string for extraction without translating it: it is translated where shown."""
    return message
