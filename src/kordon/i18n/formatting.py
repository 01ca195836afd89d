"""Numbers, quantities, dates and shares written the way each language writes them (Babel)."""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale
from babel.dates import format_skeleton, format_time
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

from kordon.domain import country_name
from kordon.domain.text import N_
from kordon.i18n.catalogs import translations

# Unit abbreviations as each language writes them (kq, кг ...).
# English as officers across the region read it: day before month, 24-hour clock (en_GB).
LOCALES = {"az": "az", "ru": "ru", "en": "en_GB"}
UNITS = {"kg": N_("kg"), "pieces": N_("pieces"), "litres": N_("litres"), "l": N_("l")}


def _locale(language: str) -> str:
    return LOCALES.get(language, language)


def format_number(value: float | int | None, language: str) -> str:
    """A number with the language's grouping and decimal signs (5.100.000 / 5 100 000)."""
    if value is None:
        return "–"
    return format_decimal(value, format="#,##0.###", locale=_locale(language))


def unit_label(unit: str, language: str) -> str:
    """A unit's abbreviation in the language (kg: kq in Azerbaijani, кг in Russian)."""
    source = UNITS.get(unit)
    if source is None:
        return unit
    return translations(language).gettext(source)


def format_quantity(value: float | None, unit: str, language: str) -> str:
    """A quantity with its unit: 301,475 kq, 301,475 кг, 301.475 kg."""
    if value is None:
        return translations(language).gettext("quantity unknown")
    # Millions of cigarettes read as 5,100,000 pieces, never 5.1e+06.
    pattern = "#,##0.###" if unit == "kg" or not float(value).is_integer() else "#,##0"
    number = format_decimal(value, format=pattern, locale=_locale(language))
    return f"{number} {unit_label(unit, language)}"


def format_day(value: date | None, language: str) -> str:
    """A date: 5 dek 2026, 5 дек. 2026 г., Dec 5, 2026."""
    if value is None:
        return ""
    return format_skeleton("yMMMd", value, locale=_locale(language))


def format_when(value: datetime | date | None, language: str) -> str:
    """A date, or a date and 24-hour time when it is a moment."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            f"{format_day(value, language)} {format_time(value, 'HH:mm', locale=_locale(language))}"
        )
    return format_day(value, language)


def format_month(value: date, language: str) -> str:
    """A month and year in the language's words: dekabr 2026, декабрь 2026 г."""
    return format_skeleton("yMMMM", value, locale=_locale(language))


def format_percent(value: float | None, language: str) -> str:
    """A share as a percentage (6%, 6 %), or a dash when there is none."""
    if value is None:
        return "–"
    return _babel_percent(value, locale=_locale(language))


def format_country(code: str | None, language: str) -> str:
    """A country's name in the language (Babel's territory names), else in English."""
    if not code:
        return ""
    if language != "en":
        name = Locale.parse(language).territories.get(code.upper())
        if name:
            return str(name)
    return country_name(code)
