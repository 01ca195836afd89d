"""One error hierarchy for the API, rendered as JSON in one place."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kordon.services.errors import NotFoundError, ServiceError


class KordonError(Exception):
    """An error with a message for people and an HTTP status."""

    status = 500

    def __init__(self, detail: str, *, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []


class BadRequest(KordonError):
    """The request is malformed."""

    status = 400


class NotFound(KordonError):
    """The thing asked for does not exist (or the caller may not know that it does)."""

    status = 404


class Forbidden(KordonError):
    """The caller is known but may not do this."""

    status = 403


class Unauthorized(KordonError):
    """The caller is not signed in or the token is not valid."""

    status = 401


class Conflict(KordonError):
    """The request contradicts what is stored."""

    status = 409


class Unprocessable(KordonError):
    """The request is well-formed but its content is not valid."""

    status = 422


def error_body(
    status: int, detail: str, errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The JSON shape of every API error."""
    return {"error": {"status": status, "detail": detail, "errors": errors or []}}


def _reason(error: Any) -> str:
    message = str(error.get("msg", "is not valid"))
    context = error.get("ctx") or {}
    if error.get("type") == "json_invalid" and context.get("error"):
        return f"the body is not valid JSON ({context['error']} at position {error['loc'][-1]})"
    return message


def install_error_handlers(app: FastAPI) -> None:
    """Render Kordon's errors, FastAPI's validation errors and HTTP errors the same way."""

    @app.exception_handler(KordonError)
    async def kordon_error(_request: Request, exc: KordonError) -> JSONResponse:
        return JSONResponse(error_body(exc.status, exc.detail, exc.errors), status_code=exc.status)

    @app.exception_handler(ServiceError)
    async def service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        status = 404 if isinstance(exc, NotFoundError) else 422
        return JSONResponse(error_body(status, str(exc)), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "field": ".".join(str(part) for part in error.get("loc", ())[1:]) or None,
                "reason": _reason(error),
                "location": str(error.get("loc", ("",))[0]),
            }
            for error in exc.errors()
        ]
        return JSONResponse(error_body(422, "The request is not valid.", errors), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            error_body(exc.status_code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
