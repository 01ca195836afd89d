"""Jinja2 set-up: one environment per app, filters for domain codes in the reader's language."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from kordon.domain import Seizure
from kordon.domain import vocabulary as vocab
from kordon.domain.accounts import Role, User
from kordon.i18n import N_, formatting, translations
from kordon.services import access
from kordon.web.i18n import i18n_context, install_i18n
from kordon.web.labels import (
    HIT_DETAILS,
    METHODS,
    OUTCOMES,
    label,
    link_words,
    network_role,
    reason_text,
)

TEMPLATES = Path(__file__).parent / "templates"

CHANNEL_LABELS = {
    "red": N_("Red · physical inspection"),
    "yellow": N_("Yellow · documents"),
    "green": N_("Green · release"),
    "blue": N_("Blue · post-clearance audit"),
}
VOCABULARIES = {
    "commodity": vocab.COMMODITIES,
    "location": vocab.CONCEALMENT_LOCATIONS,
    "method": vocab.CONCEALMENT_METHODS,
    "packaging": vocab.PACKAGING,
    "person_role": vocab.PERSON_ROLES,
}


def _lang(context: Context) -> str:
    return str(context.get("lang") or "en")


@pass_context
def _country(context: Context, code: str | None) -> str:
    """A country's name in the reader's language (Babel's territory names), else English."""
    return formatting.format_country(code, _lang(context))


@pass_context
def _quantity(context: Context, value: float | None, unit: str) -> str:
    return formatting.format_quantity(value, unit, _lang(context))


@pass_context
def _number(context: Context, value: float | None) -> str:
    return formatting.format_number(value, _lang(context))


@pass_context
def _when(context: Context, value: datetime | date | None) -> str:
    return formatting.format_when(value, _lang(context))


@pass_context
def _seizure_day(context: Context, seizure: Seizure) -> Markup:
    """When a seizure happened; for a public report without a date, when it was published."""
    language = _lang(context)
    if seizure.occurred_on is not None:
        return Markup(escape(formatting.format_when(seizure.occurred_on, language)))
    if seizure.reported_on is not None:
        gettext = translations(language).gettext
        day = escape(formatting.format_when(seizure.reported_on, language))
        title = escape(gettext("the day the report was published"))
        reported = escape(gettext("reported"))
        return Markup(f'<span class="muted" title="{title}">{day} ({reported})</span>')
    return Markup("")


@pass_context
def _percent(context: Context, value: float | None) -> str:
    return formatting.format_percent(value, _lang(context))


@pass_context
def _vocab(context: Context, code: str | None, name: str) -> str:
    label = vocab.label(VOCABULARIES[name], code)
    return translations(_lang(context)).gettext(label) if label else label


@pass_context
def _role(context: Context, role: Role) -> str:
    return translations(_lang(context)).gettext(role.label)


def build_templates() -> Jinja2Templates:
    """The page templates with Kordon's filters and Jinja2's i18n extension."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    install_i18n(env)
    env.filters["country"] = _country
    env.filters["quantity"] = _quantity
    env.filters["number"] = _number
    env.filters["when"] = _when
    env.filters["seizure_day"] = _seizure_day
    env.filters["percent"] = _percent
    env.filters["vocab"] = _vocab
    env.filters["role"] = _role
    env.filters["label"] = label
    env.filters["reason_text"] = reason_text
    env.filters["link_words"] = link_words
    env.filters["network_role"] = network_role
    env.globals["CHANNEL_LABELS"] = CHANNEL_LABELS
    env.globals["OUTCOMES"] = OUTCOMES
    env.globals["METHODS"] = METHODS
    env.globals["HIT_DETAILS"] = HIT_DETAILS
    env.globals["VOCABULARIES"] = VOCABULARIES
    env.globals["access"] = access
    env.globals["Role"] = Role
    return templates


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    """Render a page in the request's language, with the signed-in user and CSRF token."""
    templates: Jinja2Templates = request.app.state.templates
    user: User | None = getattr(request.state, "user", None)
    values = {
        "user": user,
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "path": request.url.path,
        "full_path": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        **i18n_context(request),
        **(context or {}),
    }
    response = templates.TemplateResponse(request, name, values, status_code=status)
    response.headers["Content-Language"] = values["lang"]
    return response
