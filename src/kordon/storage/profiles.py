"""Risk profiles, their history and their statistics in SQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, delete, distinct, func, insert, select

from kordon.domain import Outcome, clock
from kordon.domain.profile import ProfileStats, RiskProfile
from kordon.risk.profiles import dump_profiles, parse_profiles
from kordon.storage.bulk import bulk_insert
from kordon.storage.tables import assessment_profiles, inspections, profile_history, profiles

_FIRED_COLUMNS = ("assessment_id", "profile_id", "profile_version", "declaration_id")


def _from_definition(text: str, profile_id: str) -> RiskProfile:
    return parse_profiles(text, source=f"stored profile {profile_id}")[0]


class SqlProfiles:
    """ProfileRepository on one connection; statistics are counted from what happened."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def get(self, profile_id: str) -> RiskProfile | None:
        """The current version of a profile, or None."""
        text = self.connection.execute(
            select(profiles.c.definition).where(profiles.c.id == profile_id)
        ).scalar_one_or_none()
        return _from_definition(text, profile_id) if text is not None else None

    def list(self) -> list[RiskProfile]:
        """Every profile, current versions, ordered by id."""
        rows = self.connection.execute(
            select(profiles.c.id, profiles.c.definition).order_by(profiles.c.id)
        )
        return [_from_definition(row.definition, row.id) for row in rows]

    def save(self, profile: RiskProfile) -> None:
        """Store `profile` as the current version of its id, keeping every earlier version."""
        text = dump_profiles([profile])
        now = clock.now()
        self.connection.execute(delete(profiles).where(profiles.c.id == profile.id))
        self.connection.execute(
            insert(profiles).values(
                id=profile.id, version=profile.version, definition=text, updated_at=now
            )
        )
        self.connection.execute(
            delete(profile_history).where(
                profile_history.c.id == profile.id, profile_history.c.version == profile.version
            )
        )
        self.connection.execute(
            insert(profile_history).values(
                id=profile.id, version=profile.version, definition=text, saved_at=now
            )
        )

    def fingerprint(self) -> str:
        """Changes whenever any profile is saved: engines built from older profiles are stale."""
        count, latest = self.connection.execute(
            select(func.count(), func.max(profiles.c.updated_at))
        ).one()
        return f"{count}:{latest}"

    def delete(self, profile_id: str) -> bool:
        """Remove a profile (its history stays, so past assessments remain explained)."""
        result = self.connection.execute(delete(profiles).where(profiles.c.id == profile_id))
        return bool(result.rowcount)

    def version(self, profile_id: str, version: int) -> RiskProfile | None:
        """An earlier (or the current) version of a profile."""
        text = self.connection.execute(
            select(profile_history.c.definition).where(
                profile_history.c.id == profile_id, profile_history.c.version == version
            )
        ).scalar_one_or_none()
        return _from_definition(text, profile_id) if text is not None else None

    def stats(self) -> Mapping[str, ProfileStats]:
        """Fired, inspected and findings per profile, counted per declaration."""
        query = select(
            assessment_profiles.c.profile_id,
            func.count(distinct(assessment_profiles.c.declaration_id)),
        ).group_by(assessment_profiles.c.profile_id)
        fired = {row[0]: int(row[1]) for row in self.connection.execute(query)}
        inspected = self._count_with_inspection(found_only=False)
        found = self._count_with_inspection(found_only=True)
        return {
            profile_id: ProfileStats(
                fired=count,
                inspected=inspected.get(profile_id, 0),
                findings=found.get(profile_id, 0),
            )
            for profile_id, count in fired.items()
        }

    def _count_with_inspection(self, *, found_only: bool) -> dict[str, int]:
        joined = assessment_profiles.join(
            inspections, inspections.c.declaration_id == assessment_profiles.c.declaration_id
        )
        query = select(
            assessment_profiles.c.profile_id,
            func.count(distinct(assessment_profiles.c.declaration_id)),
        ).select_from(joined)
        if found_only:
            query = query.where(inspections.c.outcome != Outcome.NOTHING_FOUND.value)
        rows = self.connection.execute(query.group_by(assessment_profiles.c.profile_id))
        return {row[0]: int(row[1]) for row in rows}

    def record_fired_many(self, fired: Sequence[tuple[int, str, Mapping[str, int]]]) -> None:
        """Note the profile versions that fired in many assessments: by COPY on PostgreSQL
        (a statement a row otherwise, which cost a batch of 500 more than its assessments'
        own COPY)."""
        rows = [
            (assessment_id, profile_id, version, declaration_id)
            for assessment_id, declaration_id, versions in fired
            for profile_id, version in versions.items()
        ]
        bulk_insert(self.connection, assessment_profiles, _FIRED_COLUMNS, rows)
