"""Seizure analytics: totals kept apart by unit, routes, concealment, outliers, links, reports.

Layer: core. Pure functions over domain objects: no storage, no I/O; imports only
`kordon.domain`. Services gather the seizures and pass in how names compare (`NameKeys`), so
that links fold names the way screening does.
"""

from kordon.analytics.concealment import CATEGORIES, concealment_category, concealment_counts
from kordon.analytics.keys import Route, commodity_key, commodity_label, route_counts, route_of
from kordon.analytics.links import (
    Link,
    LinkKind,
    LinkReason,
    NameKeys,
    case_groups,
    find_links,
    links_of,
)
from kordon.analytics.outliers import Outlier, flag_outliers
from kordon.analytics.overview import Filters, Overview, overview
from kordon.analytics.period import Month, PeriodError
from kordon.analytics.report import MonthlyReport, monthly_report
from kordon.analytics.targeting import InspectionFact, TargetingResults, targeting_results
from kordon.analytics.totals import Tally, Totals, seizure_totals

__all__ = [
    "CATEGORIES",
    "Filters",
    "InspectionFact",
    "Link",
    "LinkKind",
    "LinkReason",
    "Month",
    "MonthlyReport",
    "NameKeys",
    "Outlier",
    "Overview",
    "PeriodError",
    "Route",
    "Tally",
    "TargetingResults",
    "Totals",
    "case_groups",
    "commodity_key",
    "commodity_label",
    "concealment_category",
    "concealment_counts",
    "find_links",
    "flag_outliers",
    "links_of",
    "monthly_report",
    "overview",
    "route_counts",
    "route_of",
    "seizure_totals",
    "targeting_results",
]
