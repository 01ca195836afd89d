"""How the API answers an error: one JSON shape, `{"error": {status, detail, errors}}`."""

from __future__ import annotations

from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


def error_body(
    status: int, detail: str, errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The JSON shape of every API error."""
    return {"error": {"status": status, "detail": detail, "errors": errors or []}}


def json_error(
    status: int,
    detail: str,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """An API error response; a 401 says which scheme to authenticate with."""
    if status == 401 and headers is None:
        headers = {"WWW-Authenticate": "Bearer"}
    return JSONResponse(error_body(status, detail, errors), status_code=status, headers=headers)


def _reason(error: Any) -> str:
    message = str(error.get("msg", "is not valid"))
    context = error.get("ctx") or {}
    if error.get("type") == "json_invalid" and context.get("error"):
        return f"the body is not valid JSON ({context['error']} at position {error['loc'][-1]})"
    return message


def validation_error(exc: RequestValidationError) -> JSONResponse:
    """FastAPI's own validation errors in the API's shape, one entry per field."""
    errors = [
        {
            "field": ".".join(str(part) for part in error.get("loc", ())[1:]) or None,
            "reason": _reason(error),
            "location": str(error.get("loc", ("",))[0]),
        }
        for error in exc.errors()
    ]
    return JSONResponse(error_body(422, "The request is not valid.", errors), status_code=422)
