"""The monthly report as Markdown, CSV or an HTML fragment: the same figures in each."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from html import escape

from kordon.analytics.concealment import CATEGORIES
from kordon.analytics.keys import commodity_label
from kordon.analytics.period import event_day
from kordon.analytics.report import MonthlyReport


def _qty(value: float, unit: str, plain: bool = False) -> str:
    if plain:
        # Spreadsheets read a bare number; the unit has its own column or is in the header.
        return format(value, ".12g")
    shown = f"{value:,.3f}".rstrip("0").rstrip(".") if unit == "kg" else f"{value:,.0f}"
    return f"{shown} {unit}"


def _sections(
    report: MonthlyReport, *, plain: bool = False
) -> Iterator[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows) of every table, in the order the report shows them."""
    yield (
        "Totals by commodity and unit",
        ["Commodity", "Unit", "Quantity", "Seizures", "Quantity unknown", "Inspections",
         "Public reports", "Previous month", "Change"],
        [
            [r.label, r.unit.value, _qty(r.quantity, r.unit.value, plain), str(r.events),
             str(r.unknown_quantity), str(r.inspection_events), str(r.open_source_events),
             _qty(r.previous_quantity, r.unit.value, plain), r.change_text]
            for r in report.totals
        ],
    )  # fmt: skip
    yield (
        "Top routes",
        ["Route", "Seizures"],
        [[route.label, str(n)] for route, n in report.routes],
    )
    yield (
        "Concealment methods",
        ["Concealment", "Seizures"],
        [[CATEGORIES[c], str(n)] for c, n in report.concealment],
    )
    yield (
        "Largest seizures (per unit)",
        ["Seizure", "Date", "Commodity", "Quantity", "Unit", "Source", "Place"],
        [
            [f"#{r.seizure.id}", str(event_day(r.seizure) or ""), r.label,
             _qty(r.quantity, r.unit.value, plain), r.unit.value,
             r.seizure.source.value.replace("_", " "),
             r.seizure.place or r.seizure.checkpoint or ""]
            for r in report.largest
        ],
    )  # fmt: skip
    yield (
        "Flagged outliers",
        ["Seizure", "Commodity", "Quantity", "Unit", "Why"],
        [
            [
                f"#{o.seizure.id}",
                commodity_label(o.commodity),
                _qty(o.quantity, o.unit.value, plain),
                o.unit.value,
                o.reason,
            ]
            for o in report.outliers
        ],
    )
    yield (
        "New links between cases",
        ["Seizure", "Linked to", "Why"],
        [
            [f"#{link.second.id}", f"#{link.first.id}", " ".join(r.text for r in link.reasons)]
            for link in report.links
        ],
    )
    groups = report.targeting.groups.values()
    yield (
        "Targeting results",
        ["Inspections", "Count", "Found something", "Seizures", "Hit rate"],
        [[g.label, str(g.inspections), str(g.findings), str(g.seizures), g.shown_rate]
         for g in groups],
    )  # fmt: skip


def _summary(report: MonthlyReport) -> list[str]:
    return [
        f"{report.events} seizure events in {report.month.label} ({report.inspection_events} "
        f"from Kordon inspections, {report.open_source_events} from public reports); "
        f"{report.duplicates} likely duplicate{'s' * (report.duplicates != 1)} left out of "
        "the totals.",
        "Quantities are added only within one unit (kg, pieces, litres); seizures whose record "
        "gives no date are not counted in any month.",
        report.targeting.verdict,
    ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: MonthlyReport) -> str:
    """The report as Markdown."""
    lines = [f"# Seizure report, {report.month.label}", ""]
    lines += [f"Scope: {report.scope}. Generated {report.generated_at:%Y-%m-%d %H:%M} UTC.", ""]
    lines += [*_summary(report), ""]
    for title, header, rows in _sections(report):
        lines += [f"## {title}", ""]
        if not rows:
            lines += ["None.", ""]
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
        lines.append("")
    return "\n".join(lines)


def to_csv(report: MonthlyReport) -> str:
    """The report as one CSV table: a section column, then each table's own columns; no cell
    can start a spreadsheet formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["month", "section", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"])
    for title, header, rows in _sections(report, plain=True):
        writer.writerow([str(report.month), f"{title} (columns)", *map(spreadsheet_safe, header)])
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


def to_html(report: MonthlyReport) -> str:
    """The report as an HTML fragment (a <section class="report">), for a page or a file."""
    parts = [
        '<section class="report">',
        f"<h1>Seizure report, {escape(report.month.label)}</h1>",
        f'<p class="muted">Scope: {escape(report.scope)}. Generated '
        f"{report.generated_at:%Y-%m-%d %H:%M} UTC.</p>",
    ]
    parts += [f"<p>{escape(line)}</p>" for line in _summary(report)]
    for title, header, rows in _sections(report):
        parts.append(f"<h2>{escape(title)}</h2>")
        if not rows:
            parts.append('<p class="empty">None.</p>')
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


def to_html_document(report: MonthlyReport) -> str:
    """The report as a whole HTML document that prints on its own."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Seizure report {report.month}</title><style>{STANDALONE_CSS}</style></head>"
        f"<body>\n{to_html(report)}\n</body></html>\n"
    )
