"""Each role's main pages, in each language, in headless Chromium: nothing left in English on
an Azerbaijani or Russian page, and no console error anywhere."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from tests.web.browsing import SHOTS, serve_with_cases
from tests.web.seed import PASSWORD, RED_ID

from kordon.i18n.catalogs import po_path

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

MONTH = "2026-11"
PAGES = {
    "officer": ["/queue", f"/declarations/{RED_ID}", f"/declarations/{RED_ID}/inspection",
                "/seizures", "/seizures/1", "/account"],
    "analyst": ["/queue", "/profiles", "/profiles/AZ-HER-01/edit",
                "/profiles/AZ-HER-01/criteria", "/intelligence", "/search?q=Tabriz"],
    "intel": ["/watchlist", "/watchlist/WL-0042", "/watchlist/new",
              f"/declarations/{RED_ID}", "/search?q=10-AB-123"],
    "supervisor": ["/queue?channel=red", "/queues", f"/declarations/{RED_ID}"],
    "admin": ["/users", "/users/officer", "/audit"],
    "enforcement": ["/intelligence", f"/reports/monthly?month={MONTH}", "/seizures",
                    "/seizures/1/network", "/retro-targeting"],
}  # fmt: skip
# Page chrome (headings, labels, buttons, table heads) never holds data, so an English word
# there means a string that was never marked for translation.
CHROME = {"h1", "h2", "h3", "th", "dt", "label", "legend", "button", "title", "option"}
ENGLISH = re.compile(
    r"\b(the|of|and|to|with|for|from|by|is|are|was|not|yet|new|all|your|this|none|"
    r"choose|save|record|show|filter|search|edit)\b",
    re.IGNORECASE,
)


class _Text(HTMLParser):
    """Every text node of a page with the tag it sits in (script and style left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.nodes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in {"br", "input", "img", "meta", "link", "col", "hr"}:
            self.stack.append(tag)
        for name, value in attrs:
            if name in {"placeholder", "title", "aria-label", "data-confirm"} and value:
                self.nodes.append(("attribute", value.strip()))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not (self.stack and self.stack[-1] in {"script", "style"}):
            self.nodes.append((self.stack[-1] if self.stack else "", text))


def _english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """The catalog's English strings that read differently in Azerbaijani (plain, and with
    their %(placeholders)s as patterns)."""
    with po_path("az").open("rb") as source:
        catalog = read_po(source, locale="az")
    plain: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if not isinstance(english, str):
                continue
            if not english or english in strings or len(english) < 3:
                continue
            if "%(" in english:
                parts = re.split(r"%\(\w+\)[sdr]", english.replace("%%", "%"))
                if sum(len(p.strip()) for p in parts) >= 12:
                    patterns.append(re.compile(".+?".join(re.escape(p) for p in parts)))
            else:
                plain.add(english)
    return plain, patterns


def _untranslated(html: str, plain: set[str], patterns: list[re.Pattern[str]]) -> list[str]:
    parser = _Text()
    parser.feed(html)
    found = []
    for tag, text in parser.nodes:
        if text in plain or any(p.fullmatch(text) for p in patterns):
            found.append(f"{tag}: {text!r} (in the catalog, shown in English)")
        elif tag in CHROME and ENGLISH.search(text):
            found.append(f"{tag}: {text!r} (English words in the page's own text)")
    return found


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeded app with seizures and their links stored as well."""
    with serve_with_cases(tmp_path_factory.mktemp("languages")) as url:
        yield url


def _signed_in(browser: Any, live_url: str, username: str, language: str) -> tuple[Any, list[str]]:
    context = browser.new_context(
        viewport={"width": 1280, "height": 860}, extra_http_headers={"Accept-Language": language}
    )
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.goto(f"{live_url}/sign-in")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.stack button.primary")
    page.wait_for_url(f"{live_url}/queue")
    return page, problems


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_every_role_walks_its_pages_in_the_language(
    browser: Any, live_url: str, language: str
) -> None:
    plain, patterns = _english_sources()
    failures: list[str] = []
    for username, paths in PAGES.items():
        page, problems = _signed_in(browser, live_url, username, language)
        for path in paths:
            response = page.goto(f"{live_url}{path}")
            assert response is not None and response.status == 200, f"{username} {path}"
            assert page.get_attribute("html", "lang") == language
            if language != "en":
                failures += [
                    f"{username} {path}: {problem}"
                    for problem in _untranslated(page.content(), plain, patterns)
                ]
        failures += [f"{username}: {problem}" for problem in problems]
        page.context.close()
    assert not failures, "\n".join(failures)


def test_the_switch_changes_the_language_and_keeps_it(browser: Any, live_url: str) -> None:
    page, problems = _signed_in(browser, live_url, "samur", "en")
    page.goto(f"{live_url}/seizures?source=inspection")
    page.click("form.language button[value=ru]")
    page.wait_for_url(f"{live_url}/seizures?source=inspection")
    assert page.get_attribute("html", "lang") == "ru"
    assert page.inner_text("h1") == "Изъятия"
    page.goto(f"{live_url}/queue")
    assert page.get_attribute("html", "lang") == "ru"
    page.click("form.language button[value=en]")
    assert page.inner_text("h1").startswith("Queue")
    assert not problems


SCREENSHOTS = {
    "queue": "/queue",
    "declaration": f"/declarations/{RED_ID}",
    "inspection-form": f"/declarations/{RED_ID}/inspection",
    "intelligence": "/intelligence",
}


def test_screenshots_in_azerbaijani(browser: Any, live_url: str) -> None:
    # The pictures in docs/screenshots come from here (copy test-output/screenshots/az-*.png).
    for name, path in SCREENSHOTS.items():
        user = "enforcement" if name == "intelligence" else "supervisor"
        page, problems = _signed_in(browser, live_url, user, "az")
        page.goto(f"{live_url}{path}")
        page.screenshot(path=str(SHOTS / f"az-{name}.png"), full_page=True)
        assert not problems
        page.context.close()
    assert all((SHOTS / f"az-{name}.png").stat().st_size > 10_000 for name in SCREENSHOTS)


def copy_screenshots(into: Path) -> None:
    """Copy the Azerbaijani screenshots into the documentation (run after the test)."""
    for name in SCREENSHOTS:
        shutil.copy(SHOTS / f"az-{name}.png", into / f"az-{name}.png")
