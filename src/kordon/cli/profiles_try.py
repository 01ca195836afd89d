"""`kordon profiles try`: what a profile file would do to a file of declarations.

Nothing is stored: the declarations are read with the intake reader (JSON Lines, Kordon CSV or
KCS), assessed with the profile set alone, put through capacity and random control per
checkpoint and day, and every channel is printed with its reasons. Analysts use it to tune a
profile before importing it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from kordon.cli.common import fail, settings
from kordon.domain import Assessment, Declaration
from kordon.intake.errors import IntakeError
from kordon.intake.reader import read_file
from kordon.risk.engine import EngineConfig
from kordon.risk.profiles import ProfileError, load_profiles
from kordon.services.assessing import SelectionPolicy, preview


def _declarations(path: Path) -> list[Declaration]:
    found: list[Declaration] = []
    try:
        for row in read_file(path):
            if row.record is None:
                fail("; ".join(str(e) for e in row.errors) or f"{path}: line {row.line} is bad")
            found.append(row.record.declaration)
    except IntakeError as exc:
        fail(str(exc))
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


def try_profiles(
    declarations: Annotated[
        Path, typer.Argument(help="Declarations: JSON Lines, Kordon CSV or KCS CSV.")
    ],
    profiles: Annotated[Path, typer.Option(help="YAML file of risk profiles.")] = Path(
        "data/profiles/azerbaijan.yaml"
    ),
    capacity: Annotated[
        int | None, typer.Option(min=0, help="Red slots per checkpoint per day (default: none).")
    ] = None,
    random_share: Annotated[float, typer.Option(min=0, max=1, help="Random control share.")] = 0.0,
    seed: Annotated[str, typer.Option(help="Secret seed of the random control draw.")] = "kordon",
    yellow_at: Annotated[
        float | None,
        typer.Option(help="Score from which a declaration is yellow (default: KORDON_YELLOW_AT)."),
    ] = None,
    red_at: Annotated[
        float | None,
        typer.Option(help="Score from which a declaration is red (default: KORDON_RED_AT)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Try profiles on a file of declarations: channels and reasons, nothing stored."""
    current = settings()
    try:
        thresholds = EngineConfig(
            yellow_at=current.yellow_at if yellow_at is None else yellow_at,
            red_at=current.red_at if red_at is None else red_at,
        )
        rules = load_profiles(profiles)
    except (ProfileError, ValueError) as exc:
        fail(str(exc))
    policy = SelectionPolicy(random_share, seed)
    final = preview(_declarations(declarations), rules, thresholds, policy, capacity=capacity)
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
