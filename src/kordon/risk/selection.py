"""Final channels: watchlist stops, random control, inspection capacity, overrides.

Rules shared by both forms (batch `select_channels`, streaming `decide`), per checkpoint per day:

1. A watchlist reason naming the red channel (requested action "stop") makes the declaration
   red whatever the capacity; it still uses up one inspection slot.
2. Random control: each declaration gets a draw in [0, 1) derived from the secret seed and its
   id (SHA-256), so re-running gives the same selection and no trader can predict it without
   the seed. A draw below `random_share` selects it for physical inspection as a control,
   whatever its score: the control sample is the share of ALL declarations, which is what makes
   it an unbiased measure of the violation rate. Controls come before score-based selection so
   the minimum share holds; a draw that finds no slot left is recorded as such.
3. Red candidates fill the remaining slots; over capacity they go to yellow (documentary check)
   with a CAPACITY reason that says so. Everything else keeps its candidate channel.
4. Batch only, when `fill_from` is given: slots still free after that go to the highest-scoring
   remaining declarations whose score is at least `fill_from`, with a CAPACITY reason saying
   that spare capacity was used. Inspection capacity left idle is risk left unexamined; the
   streaming form cannot know what arrives later in the day and never fills.

Batch (`select_channels`, for a day's queue): random controls take slots in order of their draw,
red candidates in order of priority (a rule naming red first, then score, then id).
Streaming (`decide`, one declaration at a time as they arrive): first come, first served, using
the count of slots already used that day, which the caller keeps and increments when the
result is red. The two agree whenever capacity is not exhausted.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from kordon.domain.assessment import Assessment, Channel, Override, Reason, ReasonSource
from kordon.domain.errors import Invalid
from kordon.domain.text import N_, english, sentence


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate assessment with the checkpoint whose capacity it competes for."""

    assessment: Assessment
    checkpoint: str


class OverrideError(Invalid, ValueError):
    """A supervisor's override that cannot be recorded."""


def random_draw(seed: str, declaration_id: str) -> float:
    """The declaration's reproducible random number in [0, 1)."""
    digest = hashlib.sha256(f"{seed}\x1f{declaration_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def is_forced(assessment: Assessment) -> bool:
    """True when a watchlist reason demands a stop (red regardless of capacity)."""
    return any(
        r.source is ReasonSource.WATCHLIST and r.channel is Channel.RED for r in assessment.reasons
    )


def _check_share(random_share: float) -> None:
    if not 0.0 <= random_share <= 1.0:
        raise ValueError(f"random_share must lie between 0 and 1, got {random_share}")


def _with(
    assessment: Assessment, channel: Channel, *extra: Reason, control: bool = False
) -> Assessment:
    return dataclasses.replace(
        assessment,
        channel=channel,
        reasons=assessment.reasons + extra,
        random_control=assessment.random_control or control,
    )


def _random_reason(draw: float, share: float, day: date) -> Reason:
    said = sentence(
        N_("Selected at random as a control (draw %(draw).6f < share %(share)g)"),
        {"draw": draw, "share": share},
    )
    return Reason(
        source=ReasonSource.RANDOM,
        code="random-control",
        description=english(said),
        channel=Channel.RED,
        details={"draw": draw, "share": share, "day": day.isoformat(), "said": said},
    )


def _no_slot_for_control(
    draw: float, share: float, checkpoint: str, capacity: int, day: date
) -> Reason:
    said = sentence(
        N_(
            "Drawn for random control (draw %(draw).6f < share %(share)g) but all %(capacity)s "
            "inspection slots of %(checkpoint)s on %(day)s were taken"
        ),
        {
            "draw": draw,
            "share": share,
            "capacity": capacity,
            "checkpoint": checkpoint,
            "day": day.isoformat(),
        },
    )
    return Reason(
        source=ReasonSource.CAPACITY,
        code="random-control-no-capacity",
        description=english(said),
        details={
            "draw": draw,
            "share": share,
            "capacity": capacity,
            "day": day.isoformat(),
            "said": said,
        },
    )


def _over_capacity(assessment: Assessment, checkpoint: str, capacity: int, day: date) -> Reason:
    said = sentence(
        N_(
            "Red candidate (score %(score)g) sent to a documentary check: all %(capacity)s "
            "inspection slots of %(checkpoint)s on %(day)s were taken"
        ),
        {
            "score": assessment.score,
            "capacity": capacity,
            "checkpoint": checkpoint,
            "day": day.isoformat(),
        },
    )
    return Reason(
        source=ReasonSource.CAPACITY,
        code="over-capacity",
        description=english(said),
        channel=Channel.YELLOW,
        details={
            "capacity": capacity,
            "candidate_channel": "red",
            "day": day.isoformat(),
            "said": said,
        },
    )


def _spare_capacity(assessment: Assessment, checkpoint: str, capacity: int, day: date) -> Reason:
    said = sentence(
        N_(
            "Sent to physical inspection on spare capacity: among the highest scores "
            "(%(score)g) of %(checkpoint)s on %(day)s, where %(capacity)s slots were available"
        ),
        {
            "score": assessment.score,
            "capacity": capacity,
            "checkpoint": checkpoint,
            "day": day.isoformat(),
        },
    )
    return Reason(
        source=ReasonSource.CAPACITY,
        code="spare-capacity",
        description=english(said),
        channel=Channel.RED,
        details={"capacity": capacity, "candidate_channel": assessment.channel.value,
                 "day": day.isoformat(), "said": said},
    )  # fmt: skip


def _red_priority(assessment: Assessment) -> tuple[bool, float, str]:
    named = any(r.channel is Channel.RED for r in assessment.reasons)
    return (not named, -assessment.score, assessment.declaration_id)


def select_channels(
    candidates: Sequence[Candidate],
    capacity_by_checkpoint: Mapping[str, int | None],
    random_share: float,
    seed: str,
    day: date,
    fill_from: float | None = None,
) -> list[Assessment]:
    """Final assessments for one day's candidates, in input order (see the module rules).

    A checkpoint missing from `capacity_by_checkpoint`, or mapped to None, has no limit.
    """
    _check_share(random_share)
    state = [c.assessment for c in candidates]
    by_checkpoint: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        by_checkpoint.setdefault(candidate.checkpoint, []).append(index)
    for checkpoint, indexes in by_checkpoint.items():
        _select_at(state, indexes, checkpoint, capacity_by_checkpoint.get(checkpoint),
                   random_share, seed, day, fill_from)  # fmt: skip
    return state


def _select_at(
    state: list[Assessment],
    indexes: list[int],
    checkpoint: str,
    capacity: int | None,
    share: float,
    seed: str,
    day: date,
    fill_from: float | None = None,
) -> None:
    """Decide one checkpoint's day in place."""
    used = 0
    draws = {i: random_draw(seed, state[i].declaration_id) for i in indexes}
    undecided: list[int] = []
    for i in indexes:
        if is_forced(state[i]):
            used += 1
            drawn = draws[i] < share
            extra = (_random_reason(draws[i], share, day),) if drawn else ()
            state[i] = _with(state[i], Channel.RED, *extra, control=drawn)
        else:
            undecided.append(i)
    controls = sorted((i for i in undecided if draws[i] < share), key=draws.__getitem__)
    for i in controls:
        if capacity is None or used < capacity:
            used += 1
            state[i] = _with(state[i], Channel.RED, _random_reason(draws[i], share, day),
                             control=True)  # fmt: skip
        else:
            note = _no_slot_for_control(draws[i], share, checkpoint, capacity, day)
            state[i] = _with(state[i], state[i].channel, note)
    reds = [i for i in undecided if not state[i].random_control and state[i].channel is Channel.RED]
    for i in sorted(reds, key=lambda i: _red_priority(state[i])):
        if capacity is None or used < capacity:
            used += 1
        else:
            state[i] = _with(state[i], Channel.YELLOW,
                             _over_capacity(state[i], checkpoint, capacity, day))  # fmt: skip
    if fill_from is None or capacity is None:
        return
    spare = [i for i in undecided if state[i].channel is not Channel.RED
             and state[i].score >= fill_from]  # fmt: skip
    for i in sorted(spare, key=lambda i: (-state[i].score, state[i].declaration_id)):
        if used >= capacity:
            break
        used += 1
        state[i] = _with(
            state[i], Channel.RED, _spare_capacity(state[i], checkpoint, capacity, day)
        )


def decide(
    candidate: Candidate,
    used_today: int,
    capacity: int | None,
    random_share: float,
    seed: str,
    day: date,
) -> Assessment:
    """The final assessment of one arriving declaration, given slots already used that day.

    The caller counts a slot as used whenever the returned channel is red.
    """
    _check_share(random_share)
    assessment = candidate.assessment
    room = capacity is None or used_today < capacity
    draw = random_draw(seed, assessment.declaration_id)
    drawn = draw < random_share
    if is_forced(assessment):
        extra = (_random_reason(draw, random_share, day),) if drawn else ()
        return _with(assessment, Channel.RED, *extra, control=drawn)
    if drawn and room:
        reason = _random_reason(draw, random_share, day)
        return _with(assessment, Channel.RED, reason, control=True)
    if drawn:
        assert capacity is not None
        note = _no_slot_for_control(draw, random_share, candidate.checkpoint, capacity, day)
        assessment = _with(assessment, assessment.channel, note)
    if assessment.channel is not Channel.RED or room:
        return assessment
    assert capacity is not None
    reason = _over_capacity(assessment, candidate.checkpoint, capacity, day)
    return _with(assessment, Channel.YELLOW, reason)


def apply_override(
    assessment: Assessment, to_channel: Channel, reason: str, by: str, at: datetime
) -> tuple[Assessment, Override]:
    """A supervisor's change of channel: the new assessment and the record of the override."""
    if not reason or not reason.strip():
        raise OverrideError("an override needs a reason: say why the channel changes")
    if not by or not by.strip():
        raise OverrideError("an override needs the name of the supervisor who makes it")
    if to_channel is assessment.channel:
        raise OverrideError(f"the declaration is already in the {to_channel.value} channel")
    record = Override(
        declaration_id=assessment.declaration_id,
        from_channel=assessment.channel,
        to_channel=to_channel,
        reason=reason.strip(),
        by=by.strip(),
        at=at,
    )
    explained = Reason(
        source=ReasonSource.OVERRIDE,
        code="override",
        description=f"Channel changed from {record.from_channel.value} to {to_channel.value} "
        f"by {record.by}: {record.reason}",
        channel=to_channel,
        details={"by": record.by, "at": at.isoformat(), "from": record.from_channel.value},
    )
    return _with(assessment, to_channel, explained), record
