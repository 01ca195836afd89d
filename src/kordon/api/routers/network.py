"""Networks for machine clients: retro-targeting, declaration networks, exports, proposals."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, Field

from kordon.api.auth import ApiUser
from kordon.http.deps import EnginesDep, SettingsDep, StoreDep
from kordon.services import proposals
from kordon.services.entity_network import entity_network
from kordon.services.network_export import export_file
from kordon.services.network_graph import network_config
from kordon.services.network_ports import WatchlistProposal
from kordon.services.retro_targeting import declaration_network, seizure_network

router = APIRouter(prefix="/api", tags=["network"])


class DecisionIn(BaseModel):
    """An intelligence officer's decision on a proposed watchlist entry."""

    accept: bool
    reason: str = Field(description="Why: required for accepting and for rejecting.")


def proposal_json(p: WatchlistProposal) -> dict[str, Any]:
    """A proposal as JSON."""
    return {
        "id": p.id, "seizure_id": p.seizure_id, "entity_id": p.entity_id, "kind": p.kind,
        "names": list(p.names), "identifiers": p.identifiers, "country": p.country,
        "state": p.state, "reason": p.reason, "decided_by": p.decided_by,
        "decided_at": p.decided_at.isoformat() if p.decided_at else None, "entry_id": p.entry_id,
    }  # fmt: skip


@router.get("/seizures/{seizure_id}/network")
def seizure_network_json(
    seizure_id: int, store: StoreDep, settings: SettingsDep, user: ApiUser
) -> dict[str, Any]:
    """Declarations connected to a seizure (within the window before it, later, or not yet
    assessed), each with its hops and path, and the entities on those paths. Officers see
    their checkpoint's declarations only."""
    _, network = seizure_network(
        store, user=user, seizure_id=seizure_id, config=network_config(settings),
        window_days=settings.network_window_days,
    )  # fmt: skip
    data = network.to_dict()
    return {"declarations": data["declarations"], "entities": data["entities"]}


@router.get("/declarations/{declaration_id}/network")
def declaration_network_json(
    declaration_id: str, store: StoreDep, settings: SettingsDep, user: ApiUser
) -> dict[str, Any]:
    """What a declaration's parties and vehicles lead to: flags and connected declarations."""
    network = declaration_network(
        store, user=user, declaration_id=declaration_id, config=network_config(settings)
    )
    return network.to_dict()


@router.get("/entities/{entity_id}/network")
def entity_network_json(
    entity_id: int, store: StoreDep, settings: SettingsDep, user: ApiUser
) -> dict[str, Any]:
    """A person's, company's or vehicle's network: the entity, the records within reach that
    the caller may see, and the declarations among them with their paths."""
    found = entity_network(store, user=user, entity_id=entity_id, config=network_config(settings))
    return found.to_dict()


@router.get("/seizures/{seizure_id}/network.{fmt}")
def seizure_network_export(
    seizure_id: int, fmt: str, store: StoreDep, settings: SettingsDep, user: ApiUser,
    part: str = "edges",
) -> Response:  # fmt: skip
    """The network as GraphML, or as CSV (`part=nodes` or `part=edges`)."""
    name, text, media = export_file(
        store, user=user, seizure_id=seizure_id, config=network_config(settings),
        window_days=settings.network_window_days, fmt=fmt, part=part,
    )  # fmt: skip
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(text, media_type=media, headers=headers)


@router.get("/seizures/{seizure_id}/proposals")
def seizure_proposals(
    seizure_id: int, store: StoreDep, settings: SettingsDep, user: ApiUser
) -> list[dict[str, Any]]:
    """Proposed watchlist entries for the seizure's network (intelligence officers)."""
    found = proposals.proposals_for(
        store, user=user, seizure_id=seizure_id, config=network_config(settings),
        window_days=settings.network_window_days,
    )  # fmt: skip
    return [proposal_json(p) for p in found]


@router.post("/proposals/{proposal_id}/decision")
def decide(
    proposal_id: int, body: DecisionIn, store: StoreDep, engines: EnginesDep, user: ApiUser
) -> dict[str, Any]:
    """Accept (it becomes a watchlist entry) or reject a proposal, with a reason."""
    done = proposals.decide(store, user=user, proposal_id=proposal_id, accept=body.accept,
                            reason=body.reason, engines=engines)  # fmt: skip
    return proposal_json(done)
