"""Countries, places and agencies as Russian and Azerbaijani texts name them.

The names are data: osint/languages/gazetteer.json.

Every name maps to an ISO 3166-1 alpha-2 code; agencies map to their English name, and an
agency several countries have ("ГТК", "State Customs Committee") is named after the country the
report places it in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kordon.osint.vocabulary import PhraseTable, vocabulary


@dataclass(frozen=True, slots=True)
class Named:
    """A country, place or agency found in a text, with where it was written."""

    value: str  # an ISO code, or an agency's English name
    start: int
    end: int
    text: str
    country: str | None = None
    ending: str = ""  # the inflection after the name: "dan" in "İrandan"


@dataclass(frozen=True)
class Gazetteer:
    """The names of one language, compiled for finding in texts."""

    countries: PhraseTable[str]
    places: PhraseTable[str]
    agencies: PhraseTable[int]
    agency_rows: list[dict[str, Any]]
    customs_by_country: dict[str, str]
    border_by_country: dict[str, str]
    police_by_country: dict[str, str]

    def find_countries(self, text: str) -> list[Named]:
        """Every country named in text."""
        found = self.countries.finditer(text)
        endings = self.countries.endings(text)
        return [
            Named(c, s, e, text[s:e], c, x) for (s, e, c), x in zip(found, endings, strict=True)
        ]

    def find_places(self, text: str) -> list[Named]:
        """Every known city, region or crossing named in text, with its country."""
        found = self.places.finditer(text)
        endings = self.places.endings(text)
        return [
            Named(c, s, e, text[s:e], c, x) for (s, e, c), x in zip(found, endings, strict=True)
        ]

    def find_agencies(self, text: str) -> list[Named]:
        """Every agency named in text, by its English name (and country, when it has one)."""
        found = []
        for s, e, i in self.agencies.finditer(text):
            row = self.agency_rows[i]
            found.append(Named(row["name"], s, e, text[s:e], row.get("country")))
        return found

    def home_of(self, agency: Named) -> str | None:
        """The country of an agency named without one, when the report names no other ("ФСБ"
        in a report of a find in no named place is Russia's)."""
        rows = (row for row in self.agency_rows if row["name"] == agency.value)
        return next((str(row["home"]) for row in rows if row.get("home")), None)

    def agency_name(self, agency: Named, country: str | None) -> str | None:
        """An agency's English name, made national when the report says which country; None
        for a name that says no agency without its country ("пограничное управление", "ФСБ"
        in a report of a find outside Russia)."""
        for row in self.agency_rows:
            if row["name"] != agency.value:
                continue
            if country in row.get("by_country", {}):
                return str(row["by_country"][country])
            return None if row.get("only_by_country") else agency.value
        return agency.value


def _data() -> dict[str, Any]:
    text = resources.files("kordon.osint").joinpath("languages", "gazetteer.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


@cache
def gazetteer(code: str) -> Gazetteer:
    """The names of one supported language ("ru", "az")."""
    data = _data()
    ending = vocabulary(code).noun_ending
    countries = {f: iso for iso, names in data["countries"].items() for f in names.get(code, [])}
    places = {f: iso for iso, names in data["places"].items() for f in names.get(code, [])}
    rows = data["agencies"]
    agencies = {f: i for i, row in enumerate(rows) for f in row.get(code, [])}
    return Gazetteer(
        countries=PhraseTable(countries, ending),
        places=PhraseTable(places, ending),
        agencies=PhraseTable(agencies, ending),
        agency_rows=rows,
        customs_by_country=data["customs_by_country"],
        border_by_country=data["border_by_country"],
        police_by_country=data.get("police_by_country", {}),
    )
