"""The language switch in the header: saved in the account, and in a cookie for the browser."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from kordon.http.deps import SettingsDep, StoreDep
from kordon.i18n import is_language
from kordon.services import accounts, preferences
from kordon.web import auth
from kordon.web.i18n import LANGUAGE_COOKIE
from kordon.web.routers.session import safe_next

router = APIRouter(include_in_schema=False)

ONE_YEAR = 365 * 24 * 3600


@router.post("/language")
def choose_language(
    request: Request,
    form: auth.FormDep,
    sent: Annotated[str, Depends(auth.sent_csrf)],
    store: StoreDep,
    settings: SettingsDep,
) -> Response:
    """Switch the pages' language and go back to the page the switch was pressed on."""
    language = str(form.get("language", ""))
    target = safe_next(str(form.get("next", "")))
    token = auth.session_token(request)
    info = (
        accounts.session_user(store, token, demo=settings.demo, lifetime=auth.lifetime(settings))
        if token
        else None
    )
    if info is not None:
        # Signed in: the choice is the account's, so it follows the user to another computer.
        auth.check_csrf(request, sent, info.csrf_token)
    if not is_language(language):
        return RedirectResponse(target, status_code=303)
    if info is not None:
        preferences.set_language(store, username=info.user.username, language=language)
    response = RedirectResponse(target, status_code=303)
    # Without an account (the sign-in page) the browser keeps the choice; it only sets a cookie
    # for that browser, so it needs no CSRF token.
    response.set_cookie(
        LANGUAGE_COOKIE,
        language,
        max_age=ONE_YEAR,
        httponly=True,
        samesite="lax",
        secure=settings.cookies_secure(),
        path="/",
    )
    return response
