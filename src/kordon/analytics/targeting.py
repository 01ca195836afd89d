"""Targeting results: how often inspections found something, by why they were chosen.

Red-channel inspections were chosen by targeting; random-control inspections by lot, so their
hit rate estimates the violation rate of the traffic as a whole. Targeting works when the first
rate is well above the second. A rate from fewer than MIN_INSPECTIONS inspections says little,
so none is given then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from kordon.domain import Channel, DetectionMethod, Outcome
from kordon.domain.text import N_
from kordon.i18n.words import Words, words

MIN_INSPECTIONS = 20

GROUPS: dict[str, str] = {
    "red_channel": N_("Red channel (targeted)"),
    "random_control": N_("Random control"),
    "other": N_("Other inspections (not red, not random)"),
}


@dataclass(frozen=True, slots=True)
class InspectionFact:
    """An inspection with what selected its declaration for it."""

    declaration_id: str
    inspected_at: datetime
    checkpoint: str
    outcome: Outcome
    detection_method: DetectionMethod
    # The channel of the declaration's latest assessment (None: never assessed).
    channel: Channel | None
    # The latest assessment drew the declaration as a random control.
    random_control: bool


def group_of(fact: InspectionFact) -> str:
    """'random_control', 'red_channel' or 'other' (a key of GROUPS)."""
    if fact.random_control or fact.detection_method is DetectionMethod.RANDOM_CONTROL:
        return "random_control"
    if fact.channel is Channel.RED:
        return "red_channel"
    return "other"


@dataclass
class GroupResult:
    """Inspections of one group and what they found."""

    group: str
    inspections: int = 0
    findings: int = 0
    seizures: int = 0

    @property
    def label(self) -> str:
        """The group as people say it."""
        return GROUPS[self.group]

    @property
    def hit_rate(self) -> float | None:
        """Findings per inspection, None from fewer than MIN_INSPECTIONS inspections."""
        if self.inspections < MIN_INSPECTIONS:
            return None
        return self.findings / self.inspections

    @property
    def shown_rate(self) -> str:
        """The hit rate as a percentage, or why there is none."""
        return self.rate_in(words("en"))

    def rate_in(self, w: Words) -> str:
        """The hit rate as a percentage, or why there is none, in one language."""
        rate = self.hit_rate
        if rate is None:
            return w._("not enough inspections (fewer than %(n)s)") % {"n": MIN_INSPECTIONS}
        return w.percent(rate, "#,##0.0%")


@dataclass
class TargetingResults:
    """The month's inspections by group."""

    groups: dict[str, GroupResult] = field(
        default_factory=lambda: {g: GroupResult(g) for g in GROUPS}
    )

    @property
    def inspections(self) -> int:
        """Every inspection counted."""
        return sum(g.inspections for g in self.groups.values())

    @property
    def findings(self) -> int:
        """Every inspection that found something."""
        return sum(g.findings for g in self.groups.values())

    @property
    def lift(self) -> float | None:
        """Red-channel hit rate over random-control hit rate, when both are measured."""
        red = self.groups["red_channel"].hit_rate
        random = self.groups["random_control"].hit_rate
        if red is None or random is None or random == 0:
            return None
        return red / random

    @property
    def verdict(self) -> str:
        """One sentence comparing targeted and random inspections."""
        return self.verdict_in(words("en"))

    def verdict_in(self, w: Words) -> str:
        """One sentence comparing targeted and random inspections, in one language."""
        red, random = self.groups["red_channel"], self.groups["random_control"]
        if red.hit_rate is None or random.hit_rate is None:
            sentence = w._(
                "Not enough inspections to compare targeting with random control (%(red)s "
                "red-channel and %(random)s random-control inspections; each needs at least "
                "%(n)s)."
            )
            return sentence % {
                "red": red.inspections,
                "random": random.inspections,
                "n": MIN_INSPECTIONS,
            }
        red_rate = w.percent(red.hit_rate, "#,##0.0%")
        if self.lift is None:
            sentence = w._(
                "Red-channel inspections found something in %(red)s; random controls found "
                "nothing, so no ratio can be given."
            )
            return sentence % {"red": red_rate}
        sentence = w._(
            "Red-channel inspections found something in %(red)s of cases, random controls in "
            "%(random)s: targeting hits %(lift)s times as often."
        )
        return sentence % {
            "red": red_rate,
            "random": w.percent(random.hit_rate, "#,##0.0%"),
            "lift": w.number(self.lift, "#,##0.0"),
        }


def targeting_results(facts: Iterable[InspectionFact]) -> TargetingResults:
    """Inspections, findings and seizures per group."""
    results = TargetingResults()
    for fact in facts:
        group = results.groups[group_of(fact)]
        group.inspections += 1
        group.findings += fact.outcome is not Outcome.NOTHING_FOUND
        group.seizures += fact.outcome is Outcome.SEIZURE
    return results
