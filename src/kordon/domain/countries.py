"""Country codes: ISO 3166-1 alpha-2, plus the user-assigned codes customs data really uses."""

from kordon.domain.countries_data import COUNTRY_NAMES

# User-assigned codes that real declarations carry: ZZ for "unknown" (used by the KCS data and
# many customs systems), XK for Kosovo (used by the EU and the WCO until ISO assigns one).
EXTRA_COUNTRY_NAMES: dict[str, str] = {"ZZ": "Unknown", "XK": "Kosovo"}


def is_country(code: str) -> bool:
    """True when code is an accepted alpha-2 country code (upper case)."""
    return code in COUNTRY_NAMES or code in EXTRA_COUNTRY_NAMES


def country_name(code: str) -> str:
    """The short English name of a country code, or the code itself when unknown."""
    return COUNTRY_NAMES.get(code) or EXTRA_COUNTRY_NAMES.get(code) or code
