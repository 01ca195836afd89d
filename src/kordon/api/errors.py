"""One error hierarchy for the API, rendered as JSON in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request, Response
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


HtmlErrors = Callable[[Request, int, str], Response]


def _respond(
    request: Request,
    status: int,
    detail: str,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    # Pages get an HTML page; the API and machine clients get the JSON error shape.
    html: HtmlErrors | None = getattr(request.app.state, "html_errors", None)
    if html is not None and not request.url.path.startswith(("/api/", "/healthz")):
        return html(request, status, detail)
    if status == 401 and headers is None:
        headers = {"WWW-Authenticate": "Bearer"}
    return JSONResponse(error_body(status, detail, errors), status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Render Kordon's errors, FastAPI's validation errors and HTTP errors the same way."""
    from kordon.services.access import AccessDenied, NotVisible

    @app.exception_handler(KordonError)
    async def kordon_error(request: Request, exc: KordonError) -> Response:
        return _respond(request, exc.status, exc.detail, exc.errors)

    @app.exception_handler(AccessDenied)
    async def access_denied(request: Request, exc: AccessDenied) -> Response:
        return _respond(request, 403, str(exc))

    @app.exception_handler(NotVisible)
    async def not_visible(request: Request, exc: NotVisible) -> Response:
        return _respond(request, 404, str(exc.args[0]) if exc.args else "Not found.")

    @app.exception_handler(ServiceError)
    async def service_error(request: Request, exc: ServiceError) -> Response:
        status = 404 if isinstance(exc, NotFoundError) else 422
        return _respond(request, status, str(exc))

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
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _respond(
            request, exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None)
        )
