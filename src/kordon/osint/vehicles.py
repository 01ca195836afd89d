"""Vehicles seized as goods: stolen cars bound abroad and vehicles exported without a licence.

English reports of such seizures name each vehicle by its model year and make ("a stolen 2012
Mercedes-Benz", "a 2023 Bentley and a 2022 Mercedes", "a 1990 M923 A2 military truck") and no
figure: each sentence that names vehicles so is one find, counted in vehicles. A vehicle named
so in a report of anything else is a conveyance, never goods, and "the black 2012 Mercedes-Benz"
names again one already counted.
"""

from __future__ import annotations

import re

from kordon.domain.quantity import Quantity, QuantityUnit
from kordon.osint.findings import Finding, is_aggregate, is_background
from kordon.osint.quantities import FoundQuantity, Qualifier
from kordon.osint.report import Report, Sentence

VEHICLE = "motor vehicle"

# The report's subject: vehicles stolen, or vehicles being exported; "a stolen 2021 BMW X5"
# names a stolen vehicle by its model year.
_VEHICLES_AS_GOODS = re.compile(
    r"\bstolen\s+(?:\w+\s+){0,3}(?:vehicles?|cars?|trucks?|suvs?|automobiles?)\b"
    r"|\b(?:vehicles?|cars?|trucks?|suvs?|automobiles?)\s+(?:\w+\s+){0,4}"
    r"(?:stolen|set\s+(?:to\s+be\s+exported|for\s+export)|slated\s+for\s+export"
    r"|bound\s+for\s+export)\b"
    r"|\bstolen\s+(?:19[5-9]\d|20[0-4]\d)\s+\w",
    re.IGNORECASE,
)
# "a stolen 2012 Mercedes-Benz", "a 1990 M923 A2 military truck": an indefinite article, at
# most two describing words, a model year and a capitalised make.
_MODEL_YEAR = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:19[5-9]\d|20[0-4]\d)\s+[A-Z][\w-]*")


def vehicle_findings(report: Report, sentences: list[Sentence]) -> list[Finding]:
    """One find per sentence naming vehicles by model year, in a report of vehicles seized as
    goods; none in any other report."""
    if _VEHICLES_AS_GOODS.search(report.body) is None:
        return []
    found = []
    for s in sentences:
        named = list(_MODEL_YEAR.finditer(s.text))
        if not named or is_aggregate(s):
            continue
        start, end = s.start + named[0].start(), s.start + named[-1].end()
        written = report.body[start:end]
        count = FoundQuantity(
            quantity=Quantity(float(len(named)), QuantityUnit.PIECES, written),
            qualifier=Qualifier.EXACT,
            start=start,
            end=end,
            tolerance=0.0,
            count_unit="vehicles",
        )
        context = "background" if is_background(s, report) else "primary"
        found.append(Finding(VEHICLE, s, context, count=count, position=start))
    return found
