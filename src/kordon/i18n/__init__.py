"""Kordon in Azerbaijani, Russian and English: gettext catalogs, language choice, formatting.

Strings are marked for extraction with `_()` where they are shown and with `N_()` where they are
defined before the language is known (the edge translates them when it shows them).
"""

from __future__ import annotations

from kordon.domain.text import N_, Message
from kordon.i18n.catalogs import CATALOG_DIR, DOMAIN, translations
from kordon.i18n.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    is_language,
    negotiate,
    translate_message,
)

__all__ = [
    "CATALOG_DIR",
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "N_",
    "Message",
    "is_language",
    "negotiate",
    "translate_message",
    "translations",
]
