"""Where profiles live: a small Protocol and an in-memory store.

The database store (in `kordon.storage`) implements the same Protocol. `import_profiles`
holds the versioning rule every store shares: a changed profile gets the next version.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from kordon.domain.profile import ProfileStats, RiskProfile


class ProfileRepository(Protocol):
    """Storage of risk profiles (latest version of each) and their statistics."""

    def get(self, profile_id: str) -> RiskProfile | None:
        """The current version of a profile, or None."""
        ...

    def list(self) -> list[RiskProfile]:
        """Every profile, current versions, ordered by id."""
        ...

    def save(self, profile: RiskProfile) -> None:
        """Store `profile` as the current version of its id."""
        ...

    def stats(self) -> Mapping[str, ProfileStats]:
        """Statistics by profile id (missing ids have none yet)."""
        ...


class InMemoryProfileRepository:
    """Profiles held in a dict: for tests and one-off runs."""

    def __init__(self, profiles: Iterable[RiskProfile] = ()) -> None:
        self._profiles = {p.id: p for p in profiles}
        self.statistics: dict[str, ProfileStats] = {}

    def get(self, profile_id: str) -> RiskProfile | None:
        """The current version of a profile, or None."""
        return self._profiles.get(profile_id)

    def list(self) -> list[RiskProfile]:
        """Every profile, ordered by id."""
        return [self._profiles[k] for k in sorted(self._profiles)]

    def save(self, profile: RiskProfile) -> None:
        """Store `profile` as the current version of its id."""
        self._profiles[profile.id] = profile

    def stats(self) -> Mapping[str, ProfileStats]:
        """Statistics by profile id."""
        return self.statistics


Action = Literal["added", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing one profile did, and the version it now has."""

    id: str
    action: Action
    version: int


def import_profiles(
    repository: ProfileRepository, profiles: Iterable[RiskProfile], *, dry_run: bool = False
) -> list[ImportResult]:
    """Save new and changed profiles; a changed profile becomes the next version of its id."""
    results: list[ImportResult] = []
    for profile in profiles:
        current = repository.get(profile.id)
        if current is None:
            action: Action = "added"
            stored = profile
        elif dataclasses.replace(current, version=0) == dataclasses.replace(profile, version=0):
            results.append(ImportResult(profile.id, "unchanged", current.version))
            continue
        else:
            action = "updated"
            stored = dataclasses.replace(profile, version=current.version + 1)
        if not dry_run:
            repository.save(stored)
        results.append(ImportResult(profile.id, action, stored.version))
    return results
