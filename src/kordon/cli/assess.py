"""`kordon assess`: assess declarations from a JSON file against a profile file.

Until declarations come from storage, the input is a JSON list of declarations written with
the field names of `kordon.domain.Declaration` (nested parties, conveyance, route, items).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from kordon.domain import (
    Assessment,
    Conveyance,
    Declaration,
    Direction,
    GoodsItem,
    Party,
    PartyKind,
    Route,
    TransportMode,
)
from kordon.risk.engine import Engine, EngineConfig
from kordon.risk.profiles import ProfileError, ProfileSet, load_profiles
from kordon.risk.selection import Candidate, select_channels


def _party(data: Mapping[str, Any] | None) -> Party | None:
    if data is None:
        return None
    return Party(PartyKind(data.get("kind", "company")), data["name"], data.get("country"),
                 dict(data.get("identifiers", {})))  # fmt: skip


def declaration_from_json(data: Mapping[str, Any]) -> Declaration:
    """A Declaration from its JSON form (field names as in the dataclasses)."""
    conveyance = data.get("conveyance")
    route = data.get("route") or {}
    return Declaration(
        id=str(data["id"]),
        lodged_at=datetime.fromisoformat(data["lodged_at"]),
        checkpoint=data["checkpoint"],
        direction=Direction(data["direction"]),
        procedure=str(data.get("procedure", "")),
        items=tuple(GoodsItem(**item) for item in data["items"]),
        declarant=_party(data.get("declarant")),
        consignor=_party(data.get("consignor")),
        consignee=_party(data.get("consignee")),
        carrier=_party(data.get("carrier")),
        drivers=tuple(p for p in map(_party, data.get("drivers", [])) if p),
        conveyance=None
        if conveyance is None
        else Conveyance(**{**conveyance, "mode": TransportMode(conveyance.get("mode", "road"))}),
        route=Route(
            route.get("origin"),
            route.get("departure"),
            tuple(route.get("transit", ())),
            route.get("destination"),
        ),
        attributes={str(k): str(v) for k, v in (data.get("attributes") or {}).items()},
    )


def _load(path: Path) -> list[Declaration]:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise typer.BadParameter(f"{path}: cannot read JSON: {exc}") from exc
    found = []
    for index, row in enumerate(rows if isinstance(rows, list) else [rows]):
        try:
            found.append(declaration_from_json(row))
        except (KeyError, TypeError, ValueError) as exc:
            raise typer.BadParameter(f"{path}: declaration [{index}]: {exc!r}") from exc
    return found


def _as_json(assessment: Assessment) -> dict[str, Any]:
    return {
        "declaration_id": assessment.declaration_id,
        "channel": assessment.channel.value,
        "score": assessment.score,
        "random_control": assessment.random_control,
        "reasons": [
            {"source": r.source.value, "code": r.code, "description": r.description,
             "weight": r.weight, "channel": r.channel.value if r.channel else None,
             "details": r.details}
            for r in assessment.reasons
        ],
        "engine_version": assessment.engine_version,
        "profile_versions": assessment.profile_versions,
        "provider_versions": assessment.provider_versions,
    }  # fmt: skip


def assess(
    declarations: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="JSON list of declarations."
    ),
    profiles: Path = typer.Option(
        Path("data/profiles/azerbaijan.yaml"),
        exists=True,
        dir_okay=False,
        help="YAML file of risk profiles.",
    ),
    capacity: int | None = typer.Option(
        None, min=0, help="Daily red capacity per checkpoint (none: no limit)."
    ),
    random_share: float = typer.Option(0.0, min=0, max=1, help="Random control share."),
    seed: str = typer.Option("kordon", help="Secret seed of the random control draw."),
    yellow_at: float = typer.Option(30.0, help="Score from which the channel is yellow."),
    red_at: float = typer.Option(60.0, help="Score from which the channel is red."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Assess declarations: channel, score and reasons, after capacity and random control."""
    try:
        profile_set = ProfileSet(load_profiles(profiles))
        config = EngineConfig(yellow_at=yellow_at, red_at=red_at)
    except (ProfileError, ValueError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    engine = Engine([profile_set], config)
    batch = _load(declarations)
    at = datetime.now().astimezone()
    by_day: dict[date, list[Candidate]] = {}
    for declaration in batch:
        candidate = Candidate(engine.assess(declaration, at), declaration.checkpoint)
        by_day.setdefault(declaration.lodged_at.date(), []).append(candidate)
    capacities = {d.checkpoint: capacity for d in batch}
    final: list[Assessment] = []
    for day, candidates in sorted(by_day.items()):
        final.extend(select_channels(candidates, capacities, random_share, seed, day))
    if as_json:
        typer.echo(json.dumps([_as_json(a) for a in final], ensure_ascii=False, indent=2))
        return
    console = Console()
    for a in final:
        console.print(f"[bold]{a.declaration_id}[/bold]  {a.channel.value.upper()}  "
                      f"score {a.score:g}", highlight=False)  # fmt: skip
        for r in a.reasons:
            effect = r.channel.value if r.channel else f"{r.weight:+g}"
            console.print(f"  {r.source.value:<9} {r.code:<32} {effect:>6}  {r.description}",
                          highlight=False, markup=False)  # fmt: skip
