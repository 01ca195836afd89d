"""The words the pages show for the domain's codes, marked for translation."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from fastapi import Request
from jinja2 import pass_context
from jinja2.runtime import Context

from kordon.domain import (
    CheckpointKind,
    DetectionMethod,
    Direction,
    Outcome,
    ReasonSource,
    SeizureSource,
    TransportMode,
)
from kordon.domain.assessment import Reason
from kordon.domain.text import N_
from kordon.domain.watchlist import RequestedAction, WatchlistKind
from kordon.i18n import translations
from kordon.web.i18n import language_of, request_translations
from kordon.web.network_words import NetworkWords

OUTCOMES = {
    Outcome.NOTHING_FOUND.value: N_("Nothing found"),
    Outcome.SEIZURE.value: N_("Seizure"),
    Outcome.IRREGULARITY.value: N_("Other irregularity"),
}
METHODS = {
    DetectionMethod.INTELLIGENCE.value: N_("Intelligence"),
    DetectionMethod.RISK_PROFILE.value: N_("Risk profile"),
    DetectionMethod.RANDOM_CONTROL.value: N_("Random control"),
    DetectionMethod.DOG.value: N_("Detector dog"),
    DetectionMethod.XRAY.value: N_("X-ray scanner"),
    DetectionMethod.OFFICER_INITIATIVE.value: N_("Officer's initiative"),
}
LABELS: dict[type[StrEnum], dict[str, str]] = {
    Outcome: OUTCOMES,
    DetectionMethod: {**METHODS, DetectionMethod.UNKNOWN.value: N_("not stated")},
    Direction: {"import": N_("import"), "export": N_("export"), "transit": N_("transit")},
    ReasonSource: {
        "profile": N_("profile"),
        "watchlist": N_("watchlist"),
        "model": N_("model"),
        "random": N_("random control"),
        "capacity": N_("capacity"),
        "override": N_("override"),
        "network": N_("network"),
    },
    SeizureSource: {"inspection": N_("Kordon inspection"), "open_source": N_("open source")},
    TransportMode: {
        "road": N_("Road"),
        "rail": N_("Rail"),
        "sea": N_("Sea"),
        "air": N_("Air"),
        "post": N_("Post"),
        "other": N_("Other"),
    },
    CheckpointKind: {
        "land_border": N_("land border"),
        "port": N_("port"),
        "airport": N_("airport"),
        "rail": N_("rail"),
        "inland": N_("inland"),
    },
    WatchlistKind: {"person": N_("person"), "company": N_("company"), "vehicle": N_("vehicle")},
    RequestedAction: {
        "stop": N_("stop"),
        "inspect": N_("inspect"),
        "notify": N_("notify"),
        "monitor": N_("monitor"),
    },
}
PARTY_ROLES = {
    "party": N_("party"),
    "co driver": N_("co-driver"),
    "declarant": N_("declarant"),
    "consignor": N_("consignor"),
    "consignee": N_("consignee"),
    "carrier": N_("carrier"),
    "driver": N_("driver"),
}

# What a watchlist hit shows to an intelligence officer, field by field.
HIT_DETAILS = {
    "matched_name": N_("matched name"),
    "query_name": N_("name on the declaration"),
    "score": N_("score"),
    "role": N_("role"),
    "action": N_("requested action"),
    "source": N_("source"),
    "handling_code": N_("handling code"),
    "entry_id": N_("entry"),
}

# What a search matched on a declaration, or what links two records, besides parties.
SEARCH_FIELDS = {
    "id": N_("declaration number"),
    "plate": N_("vehicle plate"),
    "name": N_("name"),
    "passport": N_("passport"),
    "national_id": N_("national identity number"),
    "tax_id": N_("tax number"),
    "declaration": N_("declaration"),
    "seizure": N_("seizure"),
}
# The kinds of network link that are not identifier types already named above.
LINK_KINDS = {"registration": N_("registration number"), "entity": N_("same entity")}
# Codes that arrive as plain strings (party roles, watchlist rows): none of them collide.
WORDS = {
    **PARTY_ROLES,
    **SEARCH_FIELDS,
    **LINK_KINDS,
    **LABELS[WatchlistKind],
    **LABELS[RequestedAction],
}


def words(value: StrEnum | str | None) -> str:
    """The English words for a code (an enum member or a string code), or the code itself."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return LABELS.get(type(value), {}).get(value.value, value.value.replace("_", " "))
    return WORDS.get(value, value.replace("_", " "))


@pass_context
def reason_text(context: Context, reason: Reason) -> str:
    """A reason's sentence in the page's language: from the sentence kept in its details, else
    its description (a profile's description is the analyst's own text and stays as written)."""
    language = str(context.get("lang") or "en")
    catalog = translations(language)
    if reason.source is ReasonSource.NETWORK:
        path = NetworkWords(catalog, language, words).path(reason.details)
        if path is not None:
            return path
    said = reason.details.get("said")
    if not isinstance(said, dict) or not isinstance(said.get("values"), dict):
        return catalog.gettext(reason.description)
    values = dict(said["values"])
    for key in said.get("words", []):
        if isinstance(values.get(key), str):
            values[key] = catalog.gettext(words(values[key]))
    try:
        return str(catalog.gettext(str(said["text"])) % values)
    except (KeyError, TypeError, ValueError):
        # A sentence stored by another version of Kordon: its English description holds.
        return reason.description


@pass_context
def label(context: Context, value: StrEnum | str | None) -> str:
    """A code in words, in the page's language."""
    text = words(value)
    return translations(str(context.get("lang") or "en")).gettext(text) if text else ""


def network_words(context: Context) -> NetworkWords:
    """Network roles, links and paths in the page's language."""
    language = str(context.get("lang") or "en")
    return NetworkWords(translations(language), language, words)


@pass_context
def link_words(context: Context, step: dict[str, Any]) -> str:
    """Why one link of a path holds, in the page's language."""
    return network_words(context).link(step)


@pass_context
def network_role(context: Context, role: str) -> str:
    """A role on a network path (tractor, vehicle 2, detained driver), in the page's language."""
    return network_words(context).role(role)


def worded_elements(request: Request, elements: dict[str, Any]) -> dict[str, Any]:
    """A graph's elements with each edge's hover words in the reader's language."""
    language = language_of(request)
    return NetworkWords(request_translations(request), language, words).edges(elements)
