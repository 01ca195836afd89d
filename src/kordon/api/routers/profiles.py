"""Risk profiles: list with statistics, read, create or update (as YAML), delete."""

from __future__ import annotations

from fastapi import APIRouter, Response

from kordon.api.auth import ApiUser
from kordon.api.schemas import ProfileIn, ProfileOut
from kordon.http.deps import EnginesDep, StoreDep
from kordon.services import profiles
from kordon.services.profiles import ProfileView

router = APIRouter(prefix="/api/profiles", tags=["profiles"])


def _out(view: ProfileView) -> ProfileOut:
    return ProfileOut(
        id=view.profile.id,
        version=view.profile.version,
        definition=view.definition,
        fired=view.stats.fired,
        inspected=view.stats.inspected,
        findings=view.stats.findings,
        hit_rate=view.stats.hit_rate,
    )


@router.get("", response_model=list[ProfileOut])
def list_profiles(store: StoreDep, user: ApiUser) -> list[ProfileOut]:
    """Every profile with its statistics: fired, inspected, findings, hit rate."""
    return [_out(view) for view in profiles.list_profiles(store, user=user)]


@router.get("/{profile_id}", response_model=ProfileOut)
def read_profile(profile_id: str, store: StoreDep, user: ApiUser) -> ProfileOut:
    """One profile with its statistics."""
    return _out(profiles.get_profile(store, user=user, profile_id=profile_id))


@router.put("/{profile_id}", response_model=ProfileOut)
def save_profile(
    profile_id: str,
    body: ProfileIn,
    response: Response,
    store: StoreDep,
    engines: EnginesDep,
    user: ApiUser,
) -> ProfileOut:
    """Create or change a profile; a change becomes the profile's next version."""
    view, result = profiles.put_profile(
        store, user=user, profile_id=profile_id, definition=body.definition, engines=engines
    )
    response.status_code = 201 if result.action == "added" else 200
    return _out(view)


@router.delete("/{profile_id}", status_code=204)
def delete_profile(profile_id: str, store: StoreDep, engines: EnginesDep, user: ApiUser) -> None:
    """Remove a profile; its history stays so that past assessments remain explained."""
    profiles.delete_profile(store, user=user, profile_id=profile_id, engines=engines)
