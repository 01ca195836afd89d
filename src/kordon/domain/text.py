"""Marking a sentence for translation where it is defined, before the reader's language is known."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def N_(message: str) -> str:
    """Mark a string for extraction without translating it: it is translated where shown."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Mark a sentence and its plural for extraction (as ngettext would), translated where shown."""
    return singular, plural


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence decided before the language is known: its source text and its values.

    A value may itself be a Message (a vocabulary label inside a sentence); with a plural form,
    `count` chooses between `text` and `plural` as ngettext does."""

    text: str
    # Left out of the hash (a dict has none); equality still compares the values.
    values: dict[str, Any] = field(default_factory=dict, hash=False)
    plural: str = ""
    count: int | None = None

    def source(self) -> str:
        """The English text chosen for the count."""
        return self.plural if self.plural and self.count != 1 else self.text

    def __str__(self) -> str:
        values = {k: str(v) if isinstance(v, Message) else v for k, v in self.values.items()}
        return self.source() % values if values else self.source()
