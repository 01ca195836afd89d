"""Risk profiles: list with statistics, read, create or update (as YAML), delete."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from kordon.api.auth import ApiUser
from kordon.api.schemas import ProfileIn, ProfileOut
from kordon.domain.errors import Invalid, Malformed, NotFound
from kordon.domain.profile import ProfileStats, RiskProfile
from kordon.http.deps import StoreDep
from kordon.risk.profiles import ProfileError, dump_profiles, parse_profiles
from kordon.services import access, audit
from kordon.services.catalog import save_profiles

router = APIRouter(prefix="/api/profiles", tags=["profiles"])


def _out(profile: RiskProfile, stats: ProfileStats | None) -> ProfileOut:
    stats = stats or ProfileStats()
    return ProfileOut(
        id=profile.id,
        version=profile.version,
        definition=dump_profiles([profile]),
        fired=stats.fired,
        inspected=stats.inspected,
        findings=stats.findings,
        hit_rate=stats.hit_rate,
    )


@router.get("", response_model=list[ProfileOut])
def list_profiles(store: StoreDep, user: ApiUser) -> list[ProfileOut]:
    """Every profile with its statistics: fired, inspected, findings, hit rate."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        stats = uow.profiles.stats()
        return [_out(p, stats.get(p.id)) for p in uow.profiles.list()]


@router.get("/{profile_id}", response_model=ProfileOut)
def read_profile(profile_id: str, store: StoreDep, user: ApiUser) -> ProfileOut:
    """One profile with its statistics."""
    access.require(user, access.VIEW_PROFILES, "see risk profiles")
    with store.transaction() as uow:
        profile = uow.profiles.get(profile_id)
        if profile is None:
            raise NotFound(f"No profile has the id {profile_id!r}.")
        return _out(profile, uow.profiles.stats().get(profile_id))


@router.put("/{profile_id}", response_model=ProfileOut)
def save_profile(
    profile_id: str,
    body: ProfileIn,
    request: Request,
    response: Response,
    store: StoreDep,
    user: ApiUser,
) -> ProfileOut:
    """Create or change a profile; a change becomes the profile's next version."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    try:
        parsed = parse_profiles(body.definition, source="request")
    except ProfileError as exc:
        raise Invalid(
            "The profile is not valid.",
            errors=[{"field": p.path, "line": p.line, "reason": p.message} for p in exc.problems],
        ) from exc
    if len(parsed) != 1 or parsed[0].id != profile_id:
        raise Malformed(
            f"The definition must hold exactly one profile, with the id {profile_id!r}."
        )
    with store.transaction() as uow:
        result = save_profiles(uow, parsed, actor=user.username)[0]
        saved = uow.profiles.get(profile_id)
        assert saved is not None
        response.status_code = 201 if result.action == "added" else 200
        out = _out(saved, uow.profiles.stats().get(profile_id))
    request.app.state.engines.invalidate()
    return out


@router.delete("/{profile_id}", status_code=204)
def delete_profile(profile_id: str, request: Request, store: StoreDep, user: ApiUser) -> None:
    """Remove a profile; its history stays so that past assessments remain explained."""
    access.require(user, access.EDIT_PROFILES, "delete risk profiles")
    with store.transaction() as uow:
        if not uow.profiles.delete(profile_id):
            raise NotFound(f"No profile has the id {profile_id!r}.")
        audit.record(
            uow,
            actor=user.username,
            action="profile.delete",
            subject_type="profile",
            subject_id=profile_id,
        )
    request.app.state.engines.invalidate()
