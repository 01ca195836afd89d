"""Jinja2 set-up: one environment per app, filters for the domain's codes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from kordon.domain import Seizure, country_name
from kordon.domain import vocabulary as vocab
from kordon.domain.accounts import Role, User
from kordon.services import access

TEMPLATES = Path(__file__).parent / "templates"

CHANNEL_LABELS = {
    "red": "Red · physical inspection",
    "yellow": "Yellow · documents",
    "green": "Green · release",
    "blue": "Blue · post-clearance audit",
}
VOCABULARIES = {
    "commodity": vocab.COMMODITIES,
    "location": vocab.CONCEALMENT_LOCATIONS,
    "method": vocab.CONCEALMENT_METHODS,
    "packaging": vocab.PACKAGING,
    "person_role": vocab.PERSON_ROLES,
}


def _quantity(value: float | None, unit: str) -> str:
    if value is None:
        return "quantity unknown"
    if unit == "kg" or not float(value).is_integer():
        shown = f"{value:,.3f}".rstrip("0").rstrip(".")
    else:
        # Millions of cigarettes read as 5,100,000 pieces, not 5.1e+06.
        shown = f"{value:,.0f}"
    return f"{shown} {unit}"


def _when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y %H:%M")
    return value.strftime("%d %b %Y")


def _seizure_day(seizure: Seizure) -> Markup:
    """When a seizure happened; for a public report without a date, when it was published."""
    if seizure.occurred_on is not None:
        return Markup(escape(_when(seizure.occurred_on)))
    if seizure.reported_on is not None:
        day = escape(_when(seizure.reported_on))
        return Markup(
            f'<span class="muted" title="the day the report was published">{day} (reported)</span>'
        )
    return Markup("")


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _as_written(text: str, **values: Any) -> str:
    return text % values if values else text


def build_templates() -> Jinja2Templates:
    """The page templates with Kordon's filters."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.filters["country"] = country_name
    env.filters["quantity"] = _quantity
    env.filters["when"] = _when
    env.filters["seizure_day"] = _seizure_day
    env.filters["percent"] = _percent
    env.filters["vocab"] = lambda code, name: vocab.label(VOCABULARIES[name], code)
    env.globals["CHANNEL_LABELS"] = CHANNEL_LABELS
    env.globals["VOCABULARIES"] = VOCABULARIES
    env.globals["access"] = access
    env.globals["Role"] = Role
    # Pages mark their text with _(); without installed translations it reads as written.
    env.globals.setdefault("_", _as_written)
    return templates


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    """Render a page with the signed-in user and CSRF token available to the template."""
    templates: Jinja2Templates = request.app.state.templates
    user: User | None = getattr(request.state, "user", None)
    values = {
        "user": user,
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "path": request.url.path,
        **(context or {}),
    }
    return templates.TemplateResponse(request, name, values, status_code=status)
