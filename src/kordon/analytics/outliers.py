"""Unusually large or small seizures, flagged (never dropped) with the reason.

Within each commodity and unit, quantities are compared on a log scale (seizures range from
grams to tonnes) with the median and the median absolute deviation (MAD), which a few extreme
seizures cannot drag along as they drag a mean and a standard deviation. The robust z-score
0.6745 * (log q - median) / MAD above 3.5 in either direction is the Iglewicz-Hoaglin rule.
A group needs MIN_GROUP seizures with a quantity before anything in it is called unusual.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kordon.analytics.keys import commodity_key, commodity_label
from kordon.domain import QuantityUnit, Seizure
from kordon.i18n.words import Words, words

THRESHOLD = 3.5
MIN_GROUP = 5


@dataclass(frozen=True, slots=True)
class Outlier:
    """A seizure whose quantity is unusual for its commodity and unit, and why."""

    seizure: Seizure
    commodity: str
    unit: QuantityUnit
    quantity: float
    median: float
    group_size: int
    z: float

    @property
    def label(self) -> str:
        """The commodity as people read it."""
        return commodity_label(self.commodity)

    @property
    def direction(self) -> str:
        """'large' or 'small'."""
        return "large" if self.z > 0 else "small"

    @property
    def reason(self) -> str:
        """Why the seizure is flagged, in a sentence."""
        return self.reason_in(words("en"))

    def reason_in(self, w: Words) -> str:
        """Why the seizure is flagged, in a sentence in one language."""
        ratio = self.quantity / self.median
        if ratio >= 1:
            times = w._("%(ratio)s times") % {"ratio": w.number(ratio, "#,##0.0")}
        else:
            times = w._("1/%(ratio)s of") % {"ratio": w.number(1 / ratio, "#,##0")}
        sentence = w._(
            "%(quantity)s is %(times)s the median %(commodity)s seizure (%(median)s, %(count)s "
            "seizures in %(unit)s); robust z %(z)s, beyond ±%(threshold)s."
        )
        return sentence % {
            "quantity": _amount(self.quantity, self.unit, w),
            "times": times,
            "commodity": w._(commodity_label(self.commodity)).lower(),
            "median": _amount(self.median, self.unit, w),
            "count": self.group_size,
            "unit": w.unit(self.unit.value),
            "z": w.number(self.z, "+0.0;-0.0"),
            "threshold": w.number(THRESHOLD),
        }


def _amount(value: float, unit: QuantityUnit, w: Words) -> str:
    # Three significant digits below 100 (0.25 kg, 12.5 kg), whole numbers above.
    return f"{w.number(value, '@@#' if value < 100 else '#,##0')} {w.unit(unit.value)}"


def _quantities(
    seizures: Iterable[Seizure],
) -> dict[tuple[str, QuantityUnit], list[tuple[Seizure, float]]]:
    groups: dict[tuple[str, QuantityUnit], list[tuple[Seizure, float]]] = {}
    for seizure in seizures:
        if seizure.duplicate_of is not None:
            continue
        summed: dict[tuple[str, QuantityUnit], float] = {}
        for item in seizure.items:
            if item.quantity is not None and item.quantity > 0:
                key = (commodity_key(item.commodity), item.unit)
                summed[key] = summed.get(key, 0.0) + item.quantity
        for key, quantity in summed.items():
            groups.setdefault(key, []).append((seizure, quantity))
    return groups


def flag_outliers(
    seizures: Sequence[Seizure], *, reference: Sequence[Seizure] | None = None
) -> list[Outlier]:
    """The unusual seizures among `seizures`, judged against `reference` (default: themselves).

    Likely duplicates are neither judged nor part of the reference."""
    judged = _quantities(seizures)
    base = judged if reference is None else _quantities(reference)
    found: list[Outlier] = []
    for key, rows in judged.items():
        logs = [math.log10(q) for _, q in base.get(key, [])]
        if len(logs) < MIN_GROUP:
            continue
        median = statistics.median(logs)
        mad = statistics.median(abs(x - median) for x in logs)
        if mad == 0:
            # Over half the seizures weigh the same: the mean absolute deviation, scaled as
            # Iglewicz and Hoaglin do (z = (x - median) / (1.2533 * mean deviation)), still does.
            mad = 0.6745 * 1.2533 * statistics.fmean(abs(x - median) for x in logs)
        if mad == 0:
            continue
        for seizure, quantity in rows:
            z = 0.6745 * (math.log10(quantity) - median) / mad
            if abs(z) > THRESHOLD:
                found.append(Outlier(seizure, key[0], key[1], quantity, 10**median, len(logs), z))
    return sorted(found, key=lambda o: -abs(o.z))
