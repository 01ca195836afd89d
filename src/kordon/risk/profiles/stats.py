"""Keeping each profile's statistics: times fired, inspected, findings, hit rate."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kordon.domain.assessment import Assessment, ReasonSource
from kordon.domain.profile import ProfileStats


def fired_profiles(assessment: Assessment) -> tuple[str, ...]:
    """Ids of the profiles whose reasons an assessment carries."""
    return tuple(r.code for r in assessment.reasons if r.source is ReasonSource.PROFILE)


def update_stats(
    stats: Mapping[str, ProfileStats],
    fired: Iterable[str],
    *,
    inspected: bool,
    found: bool,
) -> dict[str, ProfileStats]:
    """New statistics after one declaration's fate is known: call once per declaration.

    Every profile in `fired` counts one firing; when the declaration was inspected it counts
    one inspection, and one finding when that inspection found something. A finding without an
    inspection is refused, since the hit rate (findings / inspected) would then lie.
    """
    if found and not inspected:
        raise ValueError("a finding needs an inspection: found=True requires inspected=True")
    updated = dict(stats)
    for profile_id in dict.fromkeys(fired):
        old = updated.get(profile_id, ProfileStats())
        updated[profile_id] = ProfileStats(
            fired=old.fired + 1,
            inspected=old.inspected + int(inspected),
            findings=old.findings + int(found),
        )
    return updated
