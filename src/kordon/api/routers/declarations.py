"""Declarations: lodge one or a batch, read one, list with filters."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import date, datetime, time
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from kordon.api.auth import ApiUser
from kordon.api.fast_body import reads_its_body
from kordon.api.lodging_answer import lodging_answer
from kordon.api.mapping import assessment_out, declaration_out
from kordon.api.schemas import (
    AssessmentOut,
    DeclarationOut,
    DeclarationPage,
    ImportOut,
    OverrideIn,
)
from kordon.domain import Channel
from kordon.domain.accounts import User
from kordon.domain.errors import Malformed
from kordon.http.deps import LodgerDep, StoreDep, get_lodger
from kordon.services import declarations as declaration_reads
from kordon.services.briefing import brief
from kordon.services.group_lodging import GroupLodger
from kordon.services.overrides import override_as
from kordon.services.ports import DeclarationFilter

router = APIRouter(prefix="/api/declarations", tags=["declarations"])

MAX_PAGE = 1_000_000  # far beyond any table; keeps the row offset a 64-bit number

_BODY_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/DeclarationIn"},
                        {"type": "array", "items": {"$ref": "#/components/schemas/DeclarationIn"}},
                    ]
                }
            }
        },
    }
}


async def lodge(body: Annotated[Any, Body()], lodger: LodgerDep, user: ApiUser) -> Response:
    """Lodge one declaration or a batch, checked like a file import; each new one is assessed."""
    return await _lodged(lodger, user, body)


async def _lodge_read(request: Request, body: Any, user: User) -> Response:
    # The common request, its JSON read once by orjson and its caller checked by the guard.
    return await _lodged(await get_lodger(request), user, body)


async def _lodged(lodger: GroupLodger, user: User, body: Any) -> Response:
    documents = body if isinstance(body, list) else [body]
    # A single lodgement waits for its group without holding a thread; a batch is lodged
    # in the thread pool.
    answer = lodger.submit(user=user, documents=documents)
    if answer is not None:
        lodged = await asyncio.wrap_future(answer)
    else:
        lodged = await run_in_threadpool(lodger.lodge, user=user, documents=documents)
    summary = lodged.summary
    stored = summary.imported + summary.unchanged
    status = 201
    if summary.rejected and not stored:
        status = 422
    elif summary.rejected:
        status = 207
    elif not summary.imported:
        status = 200
    written = lodging_answer(summary.to_dict(), lodged.assessments)
    return Response(written, status, media_type="application/json")


# Described by `lodge`'s signature; the common request is answered by `_lodge_read` without
# FastAPI's body parsing and dependency resolution (see `kordon.api.fast_body`).
router.add_api_route(
    "",
    lodge,
    methods=["POST"],
    response_model=ImportOut,
    status_code=201,
    openapi_extra=_BODY_SCHEMA,
    responses={
        200: {"description": "Every declaration was already stored, unchanged."},
        207: {"description": "Some declarations were stored and some rejected."},
        422: {"description": "Every declaration was rejected; errors say where and why."},
    },
    route_class_override=reads_its_body(_lodge_read),
)


@router.get("/{declaration_id}", response_model=DeclarationOut)
def read_one(declaration_id: str, store: StoreDep, user: ApiUser) -> DeclarationOut:
    """One declaration with its current channel and latest assessment (reasons redacted to
    what the caller's role may see; other checkpoints' declarations are 404 for officers)."""
    briefing = brief(store, user=user, declaration_id=declaration_id)
    out = declaration_out(briefing.stored)
    if briefing.assessment is not None:
        shown = dataclasses.replace(briefing.assessment, reasons=briefing.reasons)
        out.assessment = assessment_out(shown)
    return out


@router.get("", response_model=DeclarationPage)
def list_declarations(
    store: StoreDep,
    user: ApiUser,
    checkpoint: Annotated[str | None, Query(description="A checkpoint code.")] = None,
    lodged_from: Annotated[date | None, Query(alias="from", description="First day.")] = None,
    lodged_to: Annotated[date | None, Query(alias="to", description="Last day.")] = None,
    channel: Annotated[Channel | None, Query(description="Current channel.")] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=500, description="Declarations per page.")] = 50,
) -> DeclarationPage:
    """Declarations, newest first, filtered by checkpoint, dates and channel."""
    if lodged_from and lodged_to and lodged_to < lodged_from:
        raise Malformed("'to' is earlier than 'from'.")
    where = DeclarationFilter(
        checkpoint=checkpoint,
        lodged_from=datetime.combine(lodged_from, time()) if lodged_from else None,
        lodged_before=datetime.combine(lodged_to, time.max) if lodged_to else None,
        channel=channel,
    )
    rows, total = declaration_reads.list_declarations(
        store, user=user, where=where, limit=per_page, offset=(page - 1) * per_page
    )
    return DeclarationPage(
        items=[declaration_out(row) for row in rows], total=total, page=page, per_page=per_page
    )


@router.post("/{declaration_id}/override", response_model=AssessmentOut)
def override(
    declaration_id: str, body: OverrideIn, store: StoreDep, user: ApiUser
) -> AssessmentOut:
    """A supervisor's change of channel, with its mandatory reason; returns the new assessment.
    The override is recorded under the token's account, whatever `by` says."""
    changed = override_as(
        store,
        user=user,
        declaration_id=declaration_id,
        to_channel=body.channel,
        reason=body.reason,
    )
    return assessment_out(changed)
