"""Network links and paths in the reader's language: from the kind and values each link keeps
(kordon.risk.network.words), not from the English sentence stored for the API and audit."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from gettext import NullTranslations
from typing import Any

from kordon.domain import vocabulary as vocab
from kordon.domain.text import N_
from kordon.i18n import formatting
from kordon.risk.network.words import (
    FIRST_STEP,
    IN_DECLARATION,
    IN_SEIZURE,
    NEXT_STEP,
    flag_place,
    link_text,
)

# Roles a network names besides the parties' (see kordon.risk.network.mentions).
NETWORK_ROLES = {
    "tractor": N_("tractor"),
    "trailer": N_("trailer"),
    "entry": N_("watchlist entry"),
    "person": N_("person"),
}
VEHICLE_N = N_("vehicle %(n)s")
FIRST_SEEN = N_("first seen here")
FOUND_ON = N_("seizure found on this declaration")
DETAINED = N_("detained %(role)s")


class NetworkWords:
    """Words for roles, links and paths in one language."""

    def __init__(
        self, catalog: NullTranslations, language: str, words: Callable[[str], str]
    ) -> None:
        self.gettext = catalog.gettext
        self.language = language
        self.words = words

    def role(self, role: str) -> str:
        """A mention's role: consignee, tractor, vehicle 2, detained driver."""
        if role in NETWORK_ROLES:
            return self.gettext(NETWORK_ROLES[role])
        head, _, rest = role.partition(" ")
        if head == "vehicle" and rest.isdigit():
            return self.gettext(VEHICLE_N) % {"n": rest}
        if head == "detained" and rest:
            return self.gettext(DETAINED) % {"role": self.role(rest)}
        return self.gettext(self.words(role))

    def link(self, step: Mapping[str, Any]) -> str:
        """Why a link holds: "same passport C01928374", from its kept kind and values."""
        said = step.get("link")
        if isinstance(said, dict) and isinstance(said.get("values"), dict):
            text = link_text(str(step.get("kind", "")), said["values"])
            if text is not None:
                return str(self.gettext(text) % said["values"])
        return str(step.get("reason", ""))

    def flag(self, flag: Mapping[str, Any]) -> str:
        """Where a path ends: "seizure 17, heroin, Astara, 2 okt 2026"."""
        text, values = flag_place(dict(flag))
        said = self.gettext(text) % values
        if text != IN_SEIZURE:
            return said
        bits = [said]
        bits += [
            self.gettext(vocab.label(vocab.COMMODITIES, c))
            for c in str(flag.get("commodity") or "").split(", ")
            if c
        ]
        if flag.get("place"):
            bits.append(str(flag["place"]))
        if flag.get("on"):
            bits.append(formatting.format_when(date.fromisoformat(str(flag["on"])), self.language))
        return ", ".join(bits)

    def path(self, details: Mapping[str, Any]) -> str | None:
        """A network reason's path in words, or None when its details predate the wording."""
        steps, flag = details.get("path"), details.get("flag")
        if not isinstance(steps, list) or not steps or not isinstance(flag, dict) or not flag:
            return None
        parts = []
        for n, step in enumerate(steps):
            last = n == len(steps) - 1
            where = (
                self.flag(flag) if last else self.gettext(IN_DECLARATION) % {"id": step["to"]["id"]}
            )
            role = self.role(str(step["from"]["role"]))
            values = {
                "role": role[:1].upper() + role[1:] if n == 0 else role,
                "name": step["from"]["name"],
                "link": self.link(step),
                "other": self.role(str(step["to"]["role"])),
                "where": where,
            }
            parts.append(self.gettext(FIRST_STEP if n == 0 else NEXT_STEP) % values)
        return "; ".join(parts)

    def edges(self, elements: dict[str, Any]) -> dict[str, Any]:
        """A graph's elements with each edge's hover words ("driver: same passport ...") in
        this language, beside its English reason."""
        first = self.gettext(FIRST_SEEN)
        for element in elements.get("elements", []):
            data = element["data"]
            if "source" not in data:
                continue
            if data.get("link") == "event":
                data["words"] = self.gettext(FOUND_ON)
                continue
            said = {"link": {"values": data.get("values") or {}}, "kind": data.get("link"),
                    "reason": data.get("reason")}  # fmt: skip
            why = self.link(said) if data.get("link") != "first" else ""
            data["words"] = f"{self.role(str(data.get('role', '')))}: {why or first}"
        return elements
