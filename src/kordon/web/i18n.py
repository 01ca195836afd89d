"""The pages' language: chosen per request, installed into Jinja2's i18n extension per render."""

from __future__ import annotations

import gettext
from typing import Any

from fastapi import Request
from jinja2 import Environment, pass_context
from jinja2.runtime import Context

from kordon.domain.accounts import User
from kordon.i18n import LANGUAGES, is_language, negotiate, translate_message, translations
from kordon.settings import Settings

# A browser that is not signed in keeps its choice here; a signed-in user's is in the account.
LANGUAGE_COOKIE = "kordon_lang"


def language_of(request: Request) -> str:
    """The user's saved choice, else the browser's cookie, else Accept-Language, else the
    deployment's default."""
    user: User | None = getattr(request.state, "user", None)
    if user is not None and is_language(user.language):
        return str(user.language)
    cookie = request.cookies.get(LANGUAGE_COOKIE)
    if is_language(cookie):
        return str(cookie)
    settings: Settings = request.app.state.settings
    return negotiate(request.headers.get("accept-language"), settings.default_language)


def request_translations(request: Request) -> gettext.NullTranslations:
    """The translations of the request's language, for messages made in Python."""
    return translations(language_of(request))


def tr(request: Request, message: object) -> str:
    """A message (text, Message or an error carrying one) in the request's language."""
    return translate_message(request_translations(request), message)


def _translations(context: Context) -> gettext.NullTranslations:
    found = context.get("translations")
    return found if isinstance(found, gettext.NullTranslations) else translations("en")


@pass_context
def _gettext(context: Context, message: str) -> str:
    return _translations(context).gettext(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return _translations(context).ngettext(singular, plural, n)


@pass_context
def _pgettext(context: Context, where: str, message: str) -> str:
    return _translations(context).pgettext(where, message)


@pass_context
def _npgettext(context: Context, where: str, singular: str, plural: str, n: int) -> str:
    return _translations(context).npgettext(where, singular, plural, n)


@pass_context
def _message(context: Context, message: object) -> str:
    """A message decided in Python (N_ text, Message or error), translated where shown."""
    return translate_message(_translations(context), message)


def install_i18n(env: Environment) -> None:
    """Add Jinja2's i18n extension with gettext functions that read the render's language."""
    env.add_extension("jinja2.ext.i18n")
    # New-style gettext: `_("%(n)s left", n=3)` formats and autoescapes its values.
    env.install_gettext_callables(  # type: ignore[attr-defined]
        _gettext, _ngettext, newstyle=True, pgettext=_pgettext, npgettext=_npgettext
    )
    env.filters["t"] = _message
    env.globals["LANGUAGES"] = LANGUAGES


def i18n_context(request: Request) -> dict[str, Any]:
    """What every template needs to speak the request's language."""
    language = language_of(request)
    return {"lang": language, "translations": translations(language)}
