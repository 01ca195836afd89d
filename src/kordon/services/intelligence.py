"""Risk profiles and watchlist entries for the pages, with role checks and auditing."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kordon.domain import Channel
from kordon.domain.accounts import AuditEntry, User
from kordon.domain.profile import ProfileStats, RiskProfile
from kordon.risk.profiles import dump_profiles, import_profiles
from kordon.services import access, audit
from kordon.services.ports import Store, WatchlistView


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


def profiles(store: Store, *, user: User) -> list[ProfileView]:
    """Every profile with its statistics: fired, inspected, findings, hit rate."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        stats = uow.profiles.stats()
        return [
            ProfileView(p, stats.get(p.id, ProfileStats()), dump_profiles([p]))
            for p in uow.profiles.list()
        ]


def profile(store: Store, *, user: User, profile_id: str) -> ProfileView:
    """One profile; NotVisible when there is none."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        found = uow.profiles.get(profile_id)
        if found is None:
            raise access.NotVisible(f"No risk profile has the id {profile_id!r}.")
        stats = uow.profiles.stats().get(profile_id, ProfileStats())
    return ProfileView(found, stats, dump_profiles([found]))


def edit_profile(
    store: Store, *, user: User, profile_id: str, change: ProfileChange
) -> RiskProfile:
    """Save a risk analyst's change as the profile's next version, in the audit trail."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    with store.transaction() as uow:
        before = uow.profiles.get(profile_id)
        if before is None:
            raise access.NotVisible(f"No risk profile has the id {profile_id!r}.")
        changed = dataclasses.replace(
            before,
            description=change.description or before.description,
            weight=change.weight,
            channel=change.channel,
            enabled=change.enabled,
        )
        # The shared versioning rule: a changed profile becomes the next version of its id.
        (result,) = import_profiles(uow.profiles, [changed])
        if result.action == "unchanged":
            return before
        after = dataclasses.replace(changed, version=result.version)
        audit.record(
            uow,
            actor=user.username,
            action="profile.edit",
            subject_type="profile",
            subject_id=profile_id,
            details={
                "version": after.version,
                "from": _editable(before),
                "to": _editable(after),
            },
        )
    return after


def _editable(profile: RiskProfile) -> dict[str, object]:
    return {
        "description": profile.description,
        "weight": profile.weight,
        "channel": profile.channel.value if profile.channel else None,
        "enabled": profile.enabled,
    }


def watchlist(store: Store, *, user: User) -> list[WatchlistView]:
    """Every watchlist entry (intelligence officers only; the listing is audited)."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entries = uow.watchlist_views.list()
        audit.record(
            uow,
            actor=user.username,
            action="watchlist.list",
            subject_type="watchlist",
            subject_id="*",
            details={"entries": len(entries)},
        )
    return entries


def watchlist_entry(store: Store, *, user: User, entry_id: str) -> WatchlistView:
    """One watchlist entry with its source and handling code; every view is audited."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entry = uow.watchlist_views.get(entry_id)
        if entry is None:
            raise access.NotVisible(f"No watchlist entry has the id {entry_id!r}.")
        audit.record(
            uow,
            actor=user.username,
            action="watchlist.view",
            subject_type="watchlist_entry",
            subject_id=entry_id,
        )
    return entry


def audit_trail(store: Store, *, user: User, limit: int = 200) -> list[AuditEntry]:
    """The newest audit entries (administrators), redacted to the reader's need-to-know."""
    access.require(user, access.VIEW_AUDIT, "read the audit trail")
    with store.transaction() as uow:
        entries = uow.audit.latest(limit=limit)
    return [access.redact_audit(entry, user) for entry in entries]


def watchlist_history(store: Store, *, user: User, entry_id: str) -> list[AuditEntry]:
    """Every audit entry about one watchlist entry, newest first, in full detail."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        return uow.audit.latest(limit=200, subject_type="watchlist_entry", subject_id=entry_id)
