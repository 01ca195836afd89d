"""Which languages Kordon speaks and how a request's language is chosen."""

from __future__ import annotations

import gettext

from kordon.domain.text import Message

# The language's own name, as the switch in the header shows it.
LANGUAGES = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "en"


def is_language(code: str | None) -> bool:
    """True when Kordon has a catalog for this language code."""
    return code in LANGUAGES


def negotiate(accept_language: str | None, default: str) -> str:
    """The best of Kordon's languages for an Accept-Language header, else the default."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        # az-Latn-AZ, ru-RU and en-GB all name a language Kordon has.
        primary = tag.strip().lower().replace("_", "-").split("-")[0]
        if quality > 0 and primary in LANGUAGES:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else default


def translate_message(tr: gettext.NullTranslations, message: object) -> str:
    """A message in the reader's language: a Message, an error carrying one, or plain text."""
    carried = getattr(message, "message", None)
    if isinstance(carried, Message):
        message = carried
    if not isinstance(message, Message):
        return tr.gettext(str(message))
    if message.plural and message.count is not None:
        text = tr.ngettext(message.text, message.plural, message.count)
    else:
        text = tr.gettext(message.text)
    if not message.values:
        return text
    values = {
        key: translate_message(tr, value) if isinstance(value, Message) else value
        for key, value in message.values.items()
    }
    return text % values
