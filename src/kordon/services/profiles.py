"""Risk profiles as use cases: read with statistics, import, edit, delete, all audited.

The API, the pages and the command line call these; each change is recorded on the audit trail
in one format and tells the engine cache to look at the stored rules again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kordon.domain import Channel
from kordon.domain.accounts import User
from kordon.domain.errors import Invalid, Malformed
from kordon.domain.profile import ProfileStats, RiskProfile
from kordon.risk.profiles import ImportResult, ProfileError, dump_profiles, import_profiles
from kordon.risk.profiles import parse_profiles as parse_definition
from kordon.services import access, audit, rules
from kordon.services.engines import EngineCache
from kordon.services.ports import Store, UnitOfWork

# What the audit trail compares between a profile's versions.
_AUDITED = ("description", "weight", "channel", "enabled", "owner", "checkpoints",
            "valid_from", "valid_until")  # fmt: skip


@dataclass(frozen=True, slots=True)
class ProfileView:
    """A risk profile with its statistics and its definition as written."""

    profile: RiskProfile
    stats: ProfileStats
    definition: str

    @property
    def id(self) -> str:
        """The profile's id."""
        return self.profile.id


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """What a risk analyst may change on a profile from the pages."""

    description: str
    weight: float | None
    channel: Channel | None
    enabled: bool

    def check(self) -> None:
        """Refuse a change that gives both a weight and a channel, or neither."""
        if (self.weight is None) == (self.channel is None):
            raise Invalid(
                "A profile has either a weight or a channel: give one of them, not both.",
                field="weight",
            )


def _view(uow: UnitOfWork, profile: RiskProfile) -> ProfileView:
    stats = uow.profiles.stats().get(profile.id, ProfileStats())
    return ProfileView(profile, stats, dump_profiles([profile]))


def stored_profiles(store: Store) -> list[ProfileView]:
    """Every stored profile with its statistics (the command line: no role to check)."""
    with store.transaction() as uow:
        stats = uow.profiles.stats()
        return [
            ProfileView(p, stats.get(p.id, ProfileStats()), dump_profiles([p]))
            for p in uow.profiles.list()
        ]


def list_profiles(store: Store, *, user: User) -> list[ProfileView]:
    """Every profile with its statistics: fired, inspected, findings, hit rate."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    return stored_profiles(store)


def get_profile(store: Store, *, user: User, profile_id: str) -> ProfileView:
    """One profile; NotVisible when there is none."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        found = uow.profiles.get(profile_id)
        if found is None:
            raise access.NotVisible(f"No risk profile has the id {profile_id!r}.")
        return _view(uow, found)


def _audited(profile: RiskProfile) -> dict[str, Any]:
    values = {name: getattr(profile, name) for name in _AUDITED}
    values["channel"] = profile.channel.value if profile.channel else None
    values["checkpoints"] = list(profile.checkpoints)
    return values


def _record(
    uow: UnitOfWork,
    *,
    actor: str,
    result: ImportResult,
    before: RiskProfile | None,
    details: dict[str, Any] | None,
) -> None:
    saved = uow.profiles.get(result.id)
    assert saved is not None
    entry: dict[str, Any] = {
        "version": result.version,
        "action": result.action,
        "definition": dump_profiles([saved]),
    }
    if before is not None:
        old, new = _audited(before), _audited(saved)
        entry["changed"] = {k: {"from": old[k], "to": new[k]} for k in _AUDITED if old[k] != new[k]}
    audit.record(uow, actor=actor, action="profile.edit", subject_type="profile",
                 subject_id=result.id, details={**entry, **(details or {})})  # fmt: skip


def save_profiles(
    store: Store,
    profiles: Sequence[RiskProfile],
    *,
    actor: str,
    dry_run: bool = False,
    details: dict[str, Any] | None = None,
    engines: EngineCache | None = None,
) -> list[ImportResult]:
    """Store new and changed profiles (a change is the next version) and audit each change."""
    with store.transaction() as uow:
        before = {p.id: uow.profiles.get(p.id) for p in profiles}
        results = import_profiles(uow.profiles, profiles, dry_run=dry_run)
        if not dry_run:
            for result in results:
                if result.action != "unchanged":
                    _record(uow, actor=actor, result=result, before=before[result.id],
                            details=details)  # fmt: skip
    if not dry_run:
        rules.changed(engines)
    return results


def parse_profile(definition: str, *, profile_id: str) -> RiskProfile:
    """The one profile a definition holds, which must carry the id given."""
    try:
        parsed = parse_definition(definition, source="request")
    except ProfileError as exc:
        problems = [{"field": p.path, "line": p.line, "reason": p.message} for p in exc.problems]
        raise Invalid("The profile is not valid.", errors=problems) from exc
    if len(parsed) != 1 or parsed[0].id != profile_id:
        raise Malformed(
            f"The definition must hold exactly one profile, with the id {profile_id!r}."
        )
    return parsed[0]


def put_profile(
    store: Store, *, user: User, profile_id: str, definition: str, engines: EngineCache | None
) -> tuple[ProfileView, ImportResult]:
    """Create or change one profile from its YAML definition; a change is the next version."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    profile = parse_profile(definition, profile_id=profile_id)
    (result,) = save_profiles(store, [profile], actor=user.username, engines=engines)
    with store.transaction() as uow:
        saved = uow.profiles.get(profile_id)
        assert saved is not None
        return _view(uow, saved), result


def edit_profile(
    store: Store,
    *,
    user: User,
    profile_id: str,
    change: ProfileChange,
    engines: EngineCache | None,
) -> RiskProfile:
    """Save a risk analyst's change as the profile's next version, in the audit trail."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    change.check()
    before = get_profile(store, user=user, profile_id=profile_id).profile
    changed = dataclasses.replace(
        before,
        description=change.description or before.description,
        weight=change.weight,
        channel=change.channel,
        enabled=change.enabled,
    )
    (result,) = save_profiles(store, [changed], actor=user.username, engines=engines)
    return dataclasses.replace(changed, version=result.version)


def delete_profile(
    store: Store, *, user: User, profile_id: str, engines: EngineCache | None
) -> None:
    """Remove a profile; its history stays so that past assessments remain explained."""
    access.require(user, access.EDIT_PROFILES, "delete risk profiles")
    rules.remove(store, lambda uow: uow.profiles.delete(profile_id), actor=user.username,
                 audited=("profile.delete", "profile", profile_id), noun="risk profile",
                 engines=engines)  # fmt: skip
