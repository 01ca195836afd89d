"""How the search box compares what was typed with names, plates and ids.

Names are compared the way watchlist screening reads them (kordon.risk.screening): each part
becomes a Latin key and a consonant skeleton, so Məhəmməd Əlizadə, Мухаммад Ализаде and
محمد علیزاده are the same name, and legal forms (LLC, ООО, MMC) are dropped from company
names. Every part typed must be found in the name; a part of four letters or more may be the
start of a longer one, so a half-typed surname finds it. Plates are compared in their
canonical form (separators, Cyrillic look-alikes and Persian digits folded).
"""

from __future__ import annotations

from dataclasses import dataclass

from kordon.domain.watchlist import WatchlistKind
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.plates import normalise_plate
from kordon.risk.screening.text import PartRole, Token

# A typed part this long may be the start of a longer name part.
PREFIX_FROM = 4
# Shorter plate fragments would match half the traffic.
PLATE_FROM = 4


def _parts(text: str, kind: WatchlistKind) -> tuple[Token, ...]:
    tokens = parse_name(text, kind).tokens
    return tuple(t for t in tokens if t.role is not PartRole.PARTICLE and (t.key or t.skeleton))


def _same_part(typed: Token, part: Token) -> bool:
    if typed.key and typed.key == part.key:
        return True
    latin = not typed.abjad and not part.abjad
    if latin and len(typed.key) >= PREFIX_FROM and part.key.startswith(typed.key):
        return True
    # Across an abjad only skeletons compare; a skeleton of one letter says nothing.
    if len(typed.skeleton) < 2:
        return False
    return typed.skeleton in {part.skeleton, part.alt} or (
        bool(typed.alt) and typed.alt in {part.skeleton, part.alt}
    )


@dataclass(frozen=True, slots=True)
class Query:
    """What was typed, read once in every way it is compared."""

    text: str
    folded: str
    plate: str
    person: tuple[Token, ...]
    company: tuple[Token, ...]

    @classmethod
    def read(cls, text: str) -> Query:
        """Read a search text."""
        text = " ".join(text.split())
        return cls(
            text=text,
            folded=text.casefold(),
            plate=normalise_plate(text),
            person=_parts(text, WatchlistKind.PERSON),
            company=_parts(text, WatchlistKind.COMPANY),
        )

    def matches_id(self, value: str | None) -> bool:
        """The typed text is part of an id (a declaration number, a seizure's declaration)."""
        return bool(value) and len(self.folded) >= 3 and self.folded in str(value).casefold()

    def matches_plate(self, plate: str | None) -> bool:
        """The typed plate, or a long enough part of it, is on the vehicle."""
        if not plate or len(self.plate) < PLATE_FROM or not any(c.isdigit() for c in self.plate):
            return False
        return self.plate in normalise_plate(plate)

    def matches_name(self, name: str | None, *, company: bool = False) -> bool:
        """Every typed part is a part of the name, across scripts and transliterations."""
        typed = self.company if company else self.person
        if not name or not typed:
            return False
        kind = WatchlistKind.COMPANY if company else WatchlistKind.PERSON
        parts = _parts(name, kind)
        return all(any(_same_part(t, p) for p in parts) for t in typed)

    def matches_text(self, value: str | None) -> bool:
        """Plain text (a place, goods) contains what was typed."""
        return bool(value) and len(self.folded) >= 3 and self.folded in str(value).casefold()
