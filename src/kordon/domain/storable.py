"""Text every store keeps alike: no NUL, no control characters, no lone surrogates."""

from __future__ import annotations

import re

# C0 controls but tab and line breaks, DEL, and UTF-16 surrogates (which UTF-8 cannot carry).
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BAD_IN_NAMES = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
# What any field refuses, or may: text without a match is plain (`plain_text`).
REFUSED_IN_ANY = _BAD_IN_NAMES


def plain_text(value: str) -> bool:
    """Whether text holds no control character (tab and line breaks included) and no lone
    surrogate: text that `text_problem` finds nothing wrong with, whatever the field."""
    return _BAD_IN_NAMES.search(value) is None


def text_problem(value: str, *, single_line: bool = False) -> str | None:
    """Why a piece of text cannot be stored, as the end of a sentence; None when it can.

    PostgreSQL refuses NUL and SQLite keeps it, and neither can encode a lone surrogate: text
    is refused here so that both stores take the same input and no batch fails part-way."""
    found = (_BAD_IN_NAMES if single_line else _BAD).search(value)
    if found is None:
        return None
    char = found.group()
    what = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
    return f"holds {what} (U+{ord(char):04X}) at position {found.start() + 1}"
