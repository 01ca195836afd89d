"""The monthly report as Markdown, CSV or an HTML fragment: the same figures in each, in the
reader's language (names, places and report text stay as written)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from html import escape

from kordon.analytics.concealment import CATEGORIES
from kordon.analytics.keys import commodity_label
from kordon.analytics.period import event_day
from kordon.analytics.report import MonthlyReport
from kordon.domain import SeizureSource
from kordon.domain.text import N_
from kordon.i18n.words import Words, words

SOURCES = {
    SeizureSource.INSPECTION: N_("Kordon inspection"),
    SeizureSource.OPEN_SOURCE: N_("open source"),
}


def _qty(value: float, unit: str, w: Words, plain: bool = False) -> str:
    if plain:
        # Spreadsheets read a bare number; the unit has its own column or is in the header.
        return format(value, ".12g")
    return w.quantity(value, unit)


def _unit(unit: str, w: Words, plain: bool) -> str:
    # A CSV keeps the stored unit code, so that a spreadsheet can group by it in any language.
    return unit if plain else w.unit(unit)


def _sections(
    report: MonthlyReport, w: Words, *, plain: bool = False
) -> Iterator[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows) of every table, in the order the report shows them."""
    _ = w._
    yield (
        _("Totals by commodity and unit"),
        [_("Commodity"), _("Unit"), _("Quantity"), _("Seizures"), _("Quantity unknown"),
         _("Inspections"), _("Public reports"), _("Previous month"), _("Change")],
        [
            [_(r.label), _unit(r.unit.value, w, plain), _qty(r.quantity, r.unit.value, w, plain),
             str(r.events), str(r.unknown_quantity), str(r.inspection_events),
             str(r.open_source_events), _qty(r.previous_quantity, r.unit.value, w, plain),
             r.change_in(w)]
            for r in report.totals
        ],
    )  # fmt: skip
    yield (
        _("Top routes"),
        [_("Route"), _("Seizures")],
        [[route.label, str(n)] for route, n in report.routes],
    )
    yield (
        _("Concealment methods"),
        [_("Concealment"), _("Seizures")],
        [[_(CATEGORIES[c]), str(n)] for c, n in report.concealment],
    )
    yield (
        _("Largest seizures (per unit)"),
        [_("Seizure"), _("Date"), _("Commodity"), _("Quantity"), _("Unit"), _("Source"),
         _("Place")],
        [
            [f"#{r.seizure.id}", str(event_day(r.seizure) or ""), _(r.label),
             _qty(r.quantity, r.unit.value, w, plain), _unit(r.unit.value, w, plain),
             _(SOURCES[r.seizure.source]), r.seizure.place or r.seizure.checkpoint or ""]
            for r in report.largest
        ],
    )  # fmt: skip
    yield (
        _("Flagged outliers"),
        [_("Seizure"), _("Commodity"), _("Quantity"), _("Unit"), _("Why")],
        [
            [f"#{o.seizure.id}", _(commodity_label(o.commodity)),
             _qty(o.quantity, o.unit.value, w, plain), _unit(o.unit.value, w, plain),
             o.reason_in(w)]
            for o in report.outliers
        ],
    )  # fmt: skip
    yield (
        _("New links between cases"),
        [_("Seizure"), _("Linked to"), _("Why")],
        [
            [f"#{link.second.id}", f"#{link.first.id}",
             " ".join(w.say(r.message) for r in link.reasons)]
            for link in report.links
        ],
    )  # fmt: skip
    groups = report.targeting.groups.values()
    yield (
        _("Targeting results"),
        [_("Inspections"), _("Count"), _("Found something"), _("Seizures"), _("Hit rate")],
        [[_(g.label), str(g.inspections), str(g.findings), str(g.seizures), g.rate_in(w)]
         for g in groups],
    )  # fmt: skip


def _summary(report: MonthlyReport, w: Words) -> list[str]:
    events = w.ngettext(
        "%(num)s seizure event in %(month)s (%(inspections)s from Kordon inspections, "
        "%(reports)s from public reports);",
        "%(num)s seizure events in %(month)s (%(inspections)s from Kordon inspections, "
        "%(reports)s from public reports);",
        report.events,
    ) % {
        "num": report.events,
        "month": w.month(report.month.first_day),
        "inspections": report.inspection_events,
        "reports": report.open_source_events,
    }
    duplicates = w.ngettext(
        "%(num)s likely duplicate left out of the totals.",
        "%(num)s likely duplicates left out of the totals.",
        report.duplicates,
    ) % {"num": report.duplicates}
    return [
        f"{events} {duplicates}",
        w._(
            "Quantities are added only within one unit (kg, pieces, litres); seizures whose "
            "record gives no date are not counted in any month."
        ),
        report.targeting.verdict_in(w),
    ]


def _title(report: MonthlyReport, w: Words) -> str:
    return w._("Seizure report, %(month)s") % {"month": w.month(report.month.first_day)}


def _scope(report: MonthlyReport, w: Words) -> str:
    return w._("Scope: %(scope)s. Generated %(when)s UTC.") % {
        "scope": w._(report.scope),
        "when": f"{report.generated_at:%Y-%m-%d %H:%M}",
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: MonthlyReport, lang: str = "en") -> str:
    """The report as Markdown, in a language (az, ru or en)."""
    w = words(lang)
    lines = [f"# {_title(report, w)}", "", _scope(report, w), ""]
    lines += [*_summary(report, w), ""]
    for title, header, rows in _sections(report, w):
        lines += [f"## {title}", ""]
        if not rows:
            lines += [w._("None."), ""]
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def to_csv(report: MonthlyReport, lang: str = "en") -> str:
    """The report as one CSV table: a section column, then each table's own columns; headers in
    the language, numbers plain and unit codes as stored, so any spreadsheet reads them; no
    cell can start a spreadsheet formula."""
    w = words(lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["month", "section", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"])
    columns = w._("%(section)s (columns)")
    for title, header, rows in _sections(report, w, plain=True):
        section = columns % {"section": title}
        writer.writerow([str(report.month), section, *map(spreadsheet_safe, header)])
        for row in rows:
            writer.writerow([str(report.month), title, *map(spreadsheet_safe, row)])
    return out.getvalue()


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet shows as text (OWASP CSV injection): text that starts with =, +,
    -, @, tab or CR gets a leading apostrophe; numbers stay numbers."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_STARTS):
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value if value[0] == "-" else "'" + value


def to_html(report: MonthlyReport, lang: str = "en") -> str:
    """The report as an HTML fragment (a <section class="report">), for a page or a file."""
    w = words(lang)
    parts = [
        '<section class="report">',
        f"<h1>{escape(_title(report, w))}</h1>",
        f'<p class="muted">{escape(_scope(report, w))}</p>',
    ]
    parts += [f"<p>{escape(line)}</p>" for line in _summary(report, w)]
    for title, header, rows in _sections(report, w):
        parts.append(f"<h2>{escape(title)}</h2>")
        if not rows:
            parts.append(f'<p class="empty">{escape(w._("None."))}</p>')
            continue
        head = "".join(f"<th>{escape(h)}</th>" for h in header)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</section>")
    return "\n".join(parts)


STANDALONE_CSS = (
    "body{font-family:system-ui,sans-serif;margin:2em;color:#1b2430}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
    "th,td{border-bottom:1px solid #d8dde3;padding:4px 8px;text-align:left}"
    ".muted{color:#5b6675}"
)


def to_html_document(report: MonthlyReport, lang: str = "en") -> str:
    """The report as a whole HTML document that prints on its own."""
    title = escape(_title(report, words(lang)))
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{STANDALONE_CSS}</style></head>"
        f"<body>\n{to_html(report, lang)}\n</body></html>\n"
    )
