"""Seizure intelligence: trends, routes, concealment, outliers, links, and the monthly report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from kordon.analytics import CATEGORIES, Month, MonthlyReport, commodity_label
from kordon.analytics.keys import Route
from kordon.analytics.render import to_csv, to_html, to_markdown
from kordon.analytics.route_map import route_map
from kordon.analytics.svg import legend
from kordon.domain import SeizureSource
from kordon.domain import vocabulary as vocab
from kordon.domain.errors import Invalid
from kordon.http.deps import StoreDep
from kordon.i18n import translations
from kordon.i18n.formatting import format_country
from kordon.services import access
from kordon.services.seizure_analysis import (
    build_monthly_report,
    read_filters,
    read_month,
    seizure_overview,
)
from kordon.web.auth import PageUser
from kordon.web.i18n import language_of
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)

# How many of the top routes the map draws (the table lists 15).
ROUTES_MAPPED = 15
# How many links the page lists (the groups above them cover all of them).
LINKS_SHOWN = 100

# The report as a download: how it is written, its media type and its file extension.
_DOWNLOADS: dict[str, tuple[Callable[[MonthlyReport], str], str, str]] = {
    "csv": (to_csv, "text/csv", "csv"),
    "markdown": (to_markdown, "text/markdown", "md"),
}


def _route_map(request: Request, routes: list[tuple[Route, int]]) -> str:
    """The route map with country names and tooltips in the reader's language."""
    language = language_of(request)
    gettext = translations(language)

    def leg_words(origin: str, destination: str, seizures: int) -> str:
        text = gettext.ngettext(
            "%(origin)s → %(destination)s: %(num)s seizure",
            "%(origin)s → %(destination)s: %(num)s seizures",
            seizures,
        )
        return text % {"origin": origin, "destination": destination, "num": seizures}

    return route_map(
        routes,
        title=gettext.gettext("Map of routes"),
        name=lambda code: format_country(code, language),
        leg_words=leg_words,
    )


@router.get("/intelligence")
def intelligence(
    request: Request,
    user: PageUser,
    store: StoreDep,
    start: str = "",
    end: str = "",
    commodity: str = "",
    source: str = "",
) -> Response:
    """Seizure trends per commodity and unit, routes, concealment, outliers and linked cases."""
    access.require(user, access.VIEW_SEIZURE_ANALYSIS, "see seizure intelligence")
    filters = read_filters(start=start, end=end, commodity=commodity, source=source)
    found = seizure_overview(store, user=user, filters=filters)
    commodities = dict(vocab.COMMODITIES)
    for key, _ in found.totals.series():
        commodities.setdefault(key, commodity_label(key))
    context = {
        "o": found,
        "form": {
            "start": start,
            "end": end,
            "commodity": filters.commodity or "",
            "source": filters.source.value if filters.source else "",
        },
        "commodities": dict(sorted(commodities.items(), key=lambda kv: kv[1])),
        "categories": CATEGORIES,
        "links_shown": LINKS_SHOWN,
        "legend": Markup(legend()),
        "SeizureSource": SeizureSource,
        "charts": {s.label: Markup(s.chart) for s in found.series},  # escaped where built
        "route_map": Markup(_route_map(request, found.routes[:ROUTES_MAPPED])),
    }
    return render(request, "intelligence.html", context)


@router.get("/reports/monthly")
def monthly(
    request: Request, user: PageUser, store: StoreDep, month: str = "", format: str = "html"
) -> Response:
    """The printable monthly report (format=markdown or csv downloads the same figures)."""
    access.require(user, access.VIEW_SEIZURE_ANALYSIS, "see seizure reports")
    # Without a month the report opens on the last complete one: the current month is still
    # filling, so its figures would all look low.
    last_complete = Month.of(datetime.now(UTC).date()).previous()
    chosen = read_month(month) if month.strip() else last_complete
    if format not in {"html", "markdown", "csv"}:
        raise Invalid(f"format: {format!r} is not html, markdown or csv.")
    report = build_monthly_report(store, month=chosen, user=user)
    if format in _DOWNLOADS:
        write, media_type, extension = _DOWNLOADS[format]
        name = f"seizure-report-{chosen}.{extension}"
        return Response(
            write(report),
            media_type=f"{media_type}; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    body = Markup(to_html(report))  # to_html escapes every value
    context = {"month": str(chosen), "body": body, "report": report}
    return render(request, "report_monthly.html", context)
