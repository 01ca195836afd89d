"""Watchlist entries proposed from a seizure's network, accepted or rejected with a reason."""

from __future__ import annotations

from datetime import UTC, datetime

from kordon.domain.accounts import User
from kordon.domain.errors import Conflict, Invalid, NotFound
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.risk.network.graph import NetworkGraph, Placed
from kordon.risk.network.mentions import RecordKind
from kordon.risk.network.provider import NetworkConfig
from kordon.services import access, audit, entity_index, rules
from kordon.services.engines import EngineCache
from kordon.services.network_ports import WatchlistProposal
from kordon.services.ports import Store
from kordon.services.retro_targeting import seizure_network

MAX_NAMES = 6
MAX_PROPOSALS = 40


def _proposal(seizure_id: int, entity_id: int, mentions: list[Placed]) -> WatchlistProposal:
    first = mentions[0].mention
    names = tuple(dict.fromkeys(p.mention.name for p in mentions))[:MAX_NAMES]
    identifiers = {f: v for p in mentions for f, v in p.mention.identifiers if f != "plate"}
    country = next((p.mention.country for p in mentions if p.mention.country), None)
    return WatchlistProposal(seizure_id, entity_id, first.kind.value, names, identifiers, country)


def _network_entities(graph: NetworkGraph, seizure_id: int, path_ids: set[int]) -> list[int]:
    start = (RecordKind.SEIZURE, str(seizure_id))
    own = [p for r in (start, *graph.event(start)) for p in graph.by_record.get(r, [])]
    ids = [p.entity_id for p in own if graph.carries_links(p)]
    return list(dict.fromkeys([*ids, *sorted(path_ids)]))[:MAX_PROPOSALS]


def proposals_for(
    store: Store, *, user: User, seizure_id: int, config: NetworkConfig, window_days: int
) -> list[WatchlistProposal]:
    """A proposal for each person, company and vehicle of the seizure's network, made the first
    time an intelligence officer asks and kept with its decision afterwards."""
    access.require(user, access.VIEW_WATCHLIST, "review watchlist proposals")
    _, network = seizure_network(
        store, user=user, seizure_id=seizure_id, config=config, window_days=window_days
    )
    assert network.graph is not None
    graph = network.graph
    path_ids = {e["id"] for e in network.entities}
    with store.transaction() as uow:
        known = {p.entity_id for p in uow.proposals.for_seizure(seizure_id)}
        for entity_id in _network_entities(graph, seizure_id, path_ids):
            mentions = graph.by_entity.get(entity_id, [])
            if entity_id not in known and mentions:
                uow.proposals.add(_proposal(seizure_id, entity_id, mentions))
        return uow.proposals.for_seizure(seizure_id)


def decide(
    store: Store, *, user: User, proposal_id: int, accept: bool, reason: str,
    engines: EngineCache | None = None,
) -> WatchlistProposal:  # fmt: skip
    """Accept a proposal (it becomes a watchlist entry) or reject it; both need a reason and
    both go on the audit trail."""
    access.require(user, access.VIEW_WATCHLIST, "decide on watchlist proposals")
    reason = reason.strip()
    if not reason:
        raise Invalid("Say why the proposal is accepted or rejected.")
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as uow:
        proposal = uow.proposals.get(proposal_id)
        if proposal is None:
            raise NotFound(f"No watchlist proposal has the number {proposal_id}.")
        if proposal.state != "proposed":
            raise Conflict(
                f"Proposal {proposal_id} was already {proposal.state} by {proposal.decided_by}."
            )
        entry_id = None
        if accept:
            entry_id = f"NET-{proposal.seizure_id}-{proposal.entity_id}"
            entry = WatchlistEntry(
                id=entry_id,
                kind=WatchlistKind(proposal.kind),
                names=proposal.names,
                country=proposal.country,
                identifiers=dict(proposal.identifiers),
                source=f"Network of seizure {proposal.seizure_id}",
                action=RequestedAction.INSPECT,
                notes=reason,
            )
            what = uow.watchlist.save_many([entry])[entry_id]
            entity_index.index_watchlist(uow, [entry])
            audit.record(uow, actor=user.username, action=f"watchlist.{what}",
                         subject_type="watchlist_entry", subject_id=entry_id,
                         details={"proposal_id": proposal_id})  # fmt: skip
        state = "accepted" if accept else "rejected"
        uow.proposals.decide(proposal_id, state=state, reason=reason, by=user.username, at=now,
                             entry_id=entry_id)  # fmt: skip
        audit.record(uow, actor=user.username, action=f"watchlist_proposal.{state[:-2]}",
                     subject_type="watchlist_proposal", subject_id=str(proposal_id),
                     details={"seizure_id": proposal.seizure_id, "entity_id": proposal.entity_id,
                              "reason": reason, "entry_id": entry_id}, at=now)  # fmt: skip
        decided = uow.proposals.get(proposal_id)
    assert decided is not None
    if accept:
        rules.changed(engines)
    return decided
