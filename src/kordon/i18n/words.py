"""Saying things in one language: its catalog and its way of writing numbers, in one object.

Code that writes sentences for people (the monthly report, the demo's summary) takes a `Words`
and asks it for every sentence and figure, so one function serves every language.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from babel.numbers import format_decimal

from kordon.i18n import formatting
from kordon.i18n.catalogs import translations
from kordon.i18n.languages import translate_message


@dataclass(frozen=True)
class Words:
    """One language's translations and number, date and quantity formats."""

    language: str
    catalog: gettext.NullTranslations = field(repr=False, compare=False)

    def _(self, text: str) -> str:
        """A marked string in this language."""
        return self.catalog.gettext(text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The singular or plural form for a count (three forms in Russian)."""
        return self.catalog.ngettext(singular, plural, count)

    def say(self, message: object) -> str:
        """A Message (or an error carrying one, or marked text) in this language."""
        return translate_message(self.catalog, message)

    def number(self, value: float | None, pattern: str = "#,##0.###") -> str:
        """A number with this language's grouping and decimal signs."""
        if value is None:
            return "–"
        return format_decimal(value, format=pattern, locale=formatting.LOCALES[self.language])

    def quantity(self, value: float | None, unit: str) -> str:
        """A quantity with its unit: 301,475 kq."""
        return formatting.format_quantity(value, unit, self.language)

    def unit(self, unit: str) -> str:
        """A unit's abbreviation: kq, кг, kg."""
        return formatting.unit_label(unit, self.language)

    def percent(self, value: float | None, pattern: str = "#,##0%") -> str:
        """A share as a percentage (pattern '#,##0.0%' for one decimal; '+#,##0%;-#' signed)."""
        if value is None:
            return "–"
        return formatting.format_share(value, self.language, pattern)

    def month(self, value: date) -> str:
        """A month and year: noyabr 2026."""
        return formatting.format_month(value, self.language)

    def month_short(self, value: date) -> str:
        """A month and year, short: noy 2026, нояб. 2026 г., Nov 2026."""
        return formatting.format_month_short(value, self.language)

    def when(self, value: datetime | date | None) -> str:
        """A date, or a date and time."""
        return formatting.format_when(value, self.language)


@cache
def words(language: str) -> Words:
    """The Words of a language (az, ru or en)."""
    return Words(language, translations(language))
