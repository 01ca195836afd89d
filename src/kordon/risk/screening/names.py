"""Parsed names: the tokens and legal form screening compares."""

from __future__ import annotations

from dataclasses import dataclass

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.legal_forms import is_generic, split_legal_form
from kordon.risk.screening.text import PartRole, Token, name_parts, skeleton, tokens_from_parts


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name as written, with its tokens and (for companies) its legal form's code."""

    text: str
    kind: WatchlistKind
    tokens: tuple[Token, ...]
    legal_form: str | None = None
    generic: tuple[bool, ...] = ()
    # The proper name parts' Latin keys without spaces, in written order, and its skeleton.
    joined: str = ""
    joined_skeleton: str = ""


def parse_name(text: str, kind: WatchlistKind) -> ParsedName:
    """Tokenize a person's or company's name; companies lose their legal form."""
    parts = name_parts(text)
    legal_form = None
    if kind == WatchlistKind.COMPANY:
        parts, legal_form = split_legal_form(parts)
    tokens = tokens_from_parts(parts, inverted="," in text)
    if kind == WatchlistKind.COMPANY:
        generic = tuple(is_generic(t.key) for t in tokens)
        if all(generic):
            generic = tuple(False for _ in tokens)
    else:
        generic = tuple(False for _ in tokens)
    joined = "".join(t.key for t in tokens if t.role == PartRole.NAME)
    return ParsedName(text, kind, tokens, legal_form, generic, joined, skeleton(joined))
