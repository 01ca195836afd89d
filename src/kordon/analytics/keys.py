"""What seizures are grouped by: commodity codes and routes, however a record spelt them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kordon.domain import Seizure, country_name
from kordon.domain import vocabulary as vocab

_BY_LABEL = {label.lower(): code for code, label in vocab.COMMODITIES.items()}


def commodity_key(text: str) -> str:
    """The vocabulary code of a commodity ('cannabis resin' -> 'cannabis_resin'), else its text."""
    folded = " ".join(text.strip().lower().split())
    code = folded.replace(" ", "_")
    if code in vocab.COMMODITIES:
        return code
    return _BY_LABEL.get(folded, folded)


def commodity_label(key: str) -> str:
    """The commodity as people read it."""
    if key in vocab.COMMODITIES:
        return vocab.COMMODITIES[key]
    return key[:1].upper() + key[1:]


@dataclass(frozen=True, slots=True, order=True)
class Route:
    """A corridor: origin, the transit countries in order, destination (ISO codes)."""

    origin: str | None
    transit: tuple[str, ...]
    destination: str | None

    @property
    def label(self) -> str:
        """The corridor as 'IR → AZ → MD', with '?' for an end the record does not give."""
        return " → ".join([self.origin or "?", *self.transit, self.destination or "?"])

    @property
    def title(self) -> str:
        """The corridor with country names, for tooltips."""
        names = [country_name(c) if c else "unknown" for c in (self.origin, *self.transit)]
        names.append(country_name(self.destination) if self.destination else "unknown")
        return " → ".join(names)

    @property
    def ends(self) -> tuple[str, str] | None:
        """Origin and destination when both are known: what links compare."""
        if self.origin and self.destination:
            return (self.origin, self.destination)
        return None


def route_of(seizure: Seizure) -> Route | None:
    """The seizure's corridor, or None when the record names no country of the route."""
    if not (seizure.origin_country or seizure.destination_country or seizure.transit_countries):
        return None
    return Route(seizure.origin_country, seizure.transit_countries, seizure.destination_country)


def route_counts(seizures: Iterable[Seizure]) -> list[tuple[Route, int]]:
    """Seizure events per corridor, most first (likely duplicates and routeless ones left out)."""
    counts: Counter[Route] = Counter()
    for seizure in seizures:
        route = route_of(seizure)
        if route is not None and seizure.duplicate_of is None:
            counts[route] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].label))
