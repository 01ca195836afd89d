"""Every string the code and the pages mark is in every catalog, translated in az and ru."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from kordon.i18n.catalogs import po_path

ROOT = Path(__file__).parents[2]
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "N_plural": (1, 2)}


def _extracted() -> dict[str | tuple[str, ...], str]:
    """msgid -> where it was found, from the same mapping `make messages` uses."""
    with (ROOT / "babel.cfg").open() as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    found: dict[str | tuple[str, ...], str] = {}
    for filename, line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        found.setdefault(message, f"{filename}:{line}")
    return found


@pytest.fixture(scope="module")
def extracted() -> dict[str | tuple[str, ...], str]:
    """The marked strings of the code and templates."""
    return _extracted()


def _catalog(language: str) -> Catalog:
    with po_path(language).open("rb") as source:
        return read_po(source, locale=language)


def test_extraction_finds_the_pages_and_the_code(
    extracted: dict[str | tuple[str, ...], str],
) -> None:
    places = " ".join(extracted.values())
    assert "templates/base.html" in places and "web/__init__.py" in places
    assert "Sign in to Kordon" in extracted


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_every_marked_string_is_in_the_catalog(
    language: str, extracted: dict[str | tuple[str, ...], str]
) -> None:
    catalog = _catalog(language)
    missing = [
        f"{where}: {message!r}"
        for message, where in sorted(extracted.items(), key=lambda item: item[1])
        if catalog.get(message[0] if isinstance(message, tuple) else message) is None
    ]
    assert not missing, (
        f"{len(missing)} strings are missing from the {language} catalog "
        "(run `make messages`, then translate them):\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_string_is_translated(
    language: str, extracted: dict[str | tuple[str, ...], str]
) -> None:
    catalog = _catalog(language)
    wanted = {m[0] if isinstance(m, tuple) else m for m in extracted}
    problems = []
    for message in catalog:
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if not key or key not in wanted:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        elif not all(strings):
            problems.append(f"untranslated: {key!r}")
    assert not problems, f"{language}: " + "\n".join(problems)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_translations_keep_their_placeholders(language: str) -> None:
    # Babel's checkers: the same %(name)s placeholders in msgid and msgstr, valid plural forms.
    errors = [
        f"{message.id!r}: {'; '.join(str(e) for e in found)}"
        for message, found in _catalog(language).check()
    ]
    assert not errors, "\n".join(errors)
