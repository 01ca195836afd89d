"""Reading risk profiles from YAML, with errors that point at the spot.

Every problem names the source, the YAML line, the profile id and the path inside the
profile (e.g. `when.all[2].field`). All problems of a file are collected before raising, so one
run of `kordon profiles import --dry-run` shows them all; nothing is imported when any exists.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kordon.domain.assessment import Channel
from kordon.domain.countries import is_country
from kordon.domain.errors import Invalid
from kordon.domain.hs import VALID_CHAPTERS, hs_problem, normalise_hs
from kordon.domain.profile import AllOf, AnyOf, Condition, Criteria, Not, RiskProfile
from kordon.risk.profiles.fields import Kind, lookup, registry

OPERATORS = ("eq", "ne", "in", "not_in", "prefix", "gt", "ge", "lt", "le", "between", "exists",
             "matches")  # fmt: skip
COMBINATORS = ("all", "any", "not")
PROFILE_KEYS = ("id", "version", "description", "owner", "valid_from", "valid_until",
                "checkpoints", "weight", "channel", "when", "enabled")  # fmt: skip
_ALL_OPS = frozenset(OPERATORS)
KIND_OPERATORS: dict[Kind, frozenset[str]] = {
    Kind.TEXT: frozenset({"eq", "ne", "in", "not_in", "prefix", "matches", "exists"}),
    Kind.COUNTRY: frozenset({"eq", "ne", "in", "not_in", "exists"}),
    Kind.HS: frozenset({"eq", "ne", "in", "not_in", "prefix", "matches", "exists"}),
    Kind.NUMBER: frozenset({"eq", "ne", "in", "not_in", "gt", "ge", "lt", "le", "between",
                            "exists"}),
    Kind.BOOL: frozenset({"eq", "ne", "exists"}),
    Kind.CHOICE: frozenset({"eq", "ne", "in", "not_in", "exists"}),
    Kind.ANY: _ALL_OPS,
}  # fmt: skip
_NUMERIC_OPS = frozenset({"gt", "ge", "lt", "le", "between"})
_INVALID = object()
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a profile, and where it is."""

    message: str
    source: str = "<string>"
    line: int | None = None
    profile: str | None = None
    path: str | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        what = ", ".join(p for p in (self.profile and f"profile {self.profile}", self.path) if p)
        return f"{where}: {what}: {self.message}" if what else f"{where}: {self.message}"


class ProfileError(Invalid, ValueError):
    """Profiles that cannot be accepted, with every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def _suggest(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


class _Reader:
    """Walks YAML nodes, building profiles and collecting problems."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.profile: str | None = None
        self._constructor = SafeConstructor()

    def fail(self, node: Node | None, path: str, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(message, self.source, line, self.profile, path or None))

    def value(self, node: ScalarNode) -> Any:
        try:
            return self._constructor.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError):
            # e.g. 2026-13-01 looks like a date to YAML but is none; callers then refuse it.
            return _INVALID

    def mapping(self, node: Node, path: str, what: str) -> dict[str, tuple[Node, Node]] | None:
        if not isinstance(node, MappingNode):
            self.fail(node, path, f"expected {what} (a mapping of keys to values)")
            return None
        result: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else str(key.value)
            if name in result:
                self.fail(key, path, f"duplicate key {name!r}")
            result[name] = (key, value)
        return result

    # -- profiles -------------------------------------------------------------------------

    def profiles(self, root: Node | None) -> list[RiskProfile]:
        if root is None:
            return []
        if not isinstance(root, SequenceNode):
            self.fail(root, "", "expected a list of profiles (each item starting with '- id:')")
            return []
        found: list[RiskProfile] = []
        seen: dict[str, int] = {}
        for index, node in enumerate(root.value):
            self.profile = None
            profile = self.one_profile(node, index)
            if profile is None:
                continue
            if profile.id in seen:
                line = seen[profile.id]
                self.fail(node, "id", f"duplicate profile id (first defined on line {line})")
                continue
            seen[profile.id] = node.start_mark.line + 1
            found.append(profile)
        return found

    def one_profile(self, node: Node, index: int) -> RiskProfile | None:
        keys = self.mapping(node, f"[{index}]", "a profile")
        if keys is None:
            return None
        before = len(self.problems)
        id_node = keys.get("id", (None, None))[1]
        profile_id = self.text(id_node, "id") if id_node is not None else None
        if id_node is None:
            self.fail(node, f"[{index}]", "a profile needs an 'id'")
        elif profile_id is not None and not _ID.match(profile_id):
            self.fail(id_node, "id", "an id is 1-80 letters, digits, '.', '_' or '-'")
        self.profile = profile_id
        for name, (key, _) in keys.items():
            if name not in PROFILE_KEYS:
                self.fail(key, name, f"unknown key {name!r}{_suggest(name, PROFILE_KEYS)}")
        for required in ("description", "owner", "when"):
            if required not in keys:
                self.fail(node, required, f"a profile needs '{required}'")
        fields: dict[str, Any] = {}
        for name in ("description", "owner"):
            if name in keys:
                fields[name] = self.text(keys[name][1], name)
        fields["version"] = self.integer(keys, "version", 1)
        fields["enabled"] = self.boolean(keys, "enabled", True)
        fields["valid_from"] = self.day(keys, "valid_from")
        fields["valid_until"] = self.day(keys, "valid_until")
        start, end = fields["valid_from"], fields["valid_until"]
        if start and end and end < start:
            self.fail(keys["valid_until"][1], "valid_until", "ends before valid_from")
        fields["checkpoints"] = self.checkpoints(keys)
        fields["weight"], fields["channel"] = self.effect(node, keys)
        criteria = self.criteria(keys["when"][1], "when") if "when" in keys else None
        if len(self.problems) > before or profile_id is None or criteria is None:
            return None
        return RiskProfile(id=profile_id, criteria=criteria, **fields)

    def text(self, node: Node, path: str) -> str | None:
        if not isinstance(node, ScalarNode) or not node.value.strip():
            self.fail(node, path, "expected a non-empty text")
            return None
        return str(node.value).strip()

    def integer(self, keys: dict[str, tuple[Node, Node]], name: str, default: int) -> int:
        if name not in keys:
            return default
        node = keys[name][1]
        value = self.value(node) if isinstance(node, ScalarNode) else None
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.fail(node, name, "expected a whole number of at least 1")
            return default
        return value

    def boolean(self, keys: dict[str, tuple[Node, Node]], name: str, default: bool) -> bool:
        if name not in keys:
            return default
        node = keys[name][1]
        value = self.value(node) if isinstance(node, ScalarNode) else None
        if not isinstance(value, bool):
            self.fail(node, name, "expected true or false")
            return default
        return value

    def day(self, keys: dict[str, tuple[Node, Node]], name: str) -> date | None:
        if name not in keys:
            return None
        node = keys[name][1]
        value = self.value(node) if isinstance(node, ScalarNode) else None
        if value is None and isinstance(node, ScalarNode) and node.tag.endswith(":null"):
            return None
        if not isinstance(value, date):
            self.fail(node, name, "expected a date written YYYY-MM-DD")
            return None
        return value

    def checkpoints(self, keys: dict[str, tuple[Node, Node]]) -> tuple[str, ...]:
        if "checkpoints" not in keys:
            return ()
        node = keys["checkpoints"][1]
        if not isinstance(node, SequenceNode):
            self.fail(node, "checkpoints", "expected a list of checkpoint codes ([] for all)")
            return ()
        codes = [self.text(n, f"checkpoints[{i}]") for i, n in enumerate(node.value)]
        return tuple(c for c in codes if c)

    def effect(
        self, node: Node, keys: dict[str, tuple[Node, Node]]
    ) -> tuple[float | None, Channel | None]:
        if ("weight" in keys) == ("channel" in keys):
            self.fail(node, "", "a profile needs either 'weight' or 'channel', not both")
            return None, None
        if "weight" in keys:
            wnode = keys["weight"][1]
            value = self.value(wnode) if isinstance(wnode, ScalarNode) else None
            if not isinstance(value, int | float) or isinstance(value, bool):
                self.fail(wnode, "weight", "expected a number (score points, may be negative)")
                return None, None
            return float(value), None
        cnode = keys["channel"][1]
        raw = cnode.value if isinstance(cnode, ScalarNode) else None
        if raw not in {c.value for c in Channel}:
            choices = ", ".join(c.value for c in Channel)
            self.fail(cnode, "channel", f"expected one of {choices}")
            return None, None
        return None, Channel(raw)

    # -- criteria -------------------------------------------------------------------------

    def criteria(self, node: Node, path: str) -> Criteria | None:
        keys = self.mapping(node, path, "criteria: 'all', 'any', 'not' or a 'field' condition")
        if keys is None:
            return None
        combinators = [k for k in keys if k in COMBINATORS]
        if combinators:
            if len(keys) != 1:
                others = ", ".join(repr(k) for k in keys)
                self.fail(node, path, f"'{combinators[0]}' must stand alone; found {others}")
                return None
            name = combinators[0]
            child = keys[name][1]
            if name == "not":
                part = self.criteria(child, f"{path}.not")
                return Not(part) if part is not None else None
            if not isinstance(child, SequenceNode) or not child.value:
                self.fail(child, f"{path}.{name}", f"'{name}' expects a non-empty list")
                return None
            parts = [self.criteria(n, f"{path}.{name}[{i}]") for i, n in enumerate(child.value)]
            if any(p is None for p in parts):
                return None
            kept = tuple(p for p in parts if p is not None)
            return AllOf(kept) if name == "all" else AnyOf(kept)
        return self.condition(node, keys, path)

    def condition(
        self, node: Node, keys: dict[str, tuple[Node, Node]], path: str
    ) -> Condition | None:
        known = {"field", *OPERATORS, *COMBINATORS}
        for name, (key, _) in keys.items():
            if name not in known:
                self.fail(
                    key, f"{path}.{name}", f"unknown operator {name!r}{_suggest(name, known)}"
                )
                return None
        if "field" not in keys:
            self.fail(node, path, "a condition needs 'field' and one operator")
            return None
        field_node = keys["field"][1]
        field_name = self.text(field_node, f"{path}.field")
        if field_name is None:
            return None
        name = field_name
        field = lookup(name)
        if field is None:
            self.fail(field_node, f"{path}.field",
                      f"unknown field {name!r}{_suggest(name, registry())}")  # fmt: skip
            return None
        ops = [k for k in keys if k in _ALL_OPS]
        if len(ops) != 1:
            found = " and ".join(repr(o) for o in ops) or "none"
            self.fail(node, path, f"a condition takes exactly one operator; found {found} "
                      "(combine several with 'all')")  # fmt: skip
            return None
        op = ops[0]
        op_path = f"{path}.{op}"
        if op not in KIND_OPERATORS[field.kind]:
            allowed = ", ".join(o for o in OPERATORS if o in KIND_OPERATORS[field.kind])
            self.fail(keys[op][0], op_path,
                      f"operator {op!r} does not apply to {field.kind} field {name!r} "
                      f"(use {allowed})")  # fmt: skip
            return None
        value = self.operand(keys[op][1], op_path, op, field.kind, field.choices)
        if value is None:
            return None
        return Condition(name, op, value)

    def operand(self, node: Node, path: str, op: str, kind: Kind, choices: tuple[str, ...]) -> Any:
        if op == "exists":
            value = self.value(node) if isinstance(node, ScalarNode) else None
            if not isinstance(value, bool):
                self.fail(node, path, "expected true or false")
                return None
            return value
        if op in ("in", "not_in", "between") or (op == "prefix" and isinstance(node, SequenceNode)):
            if not isinstance(node, SequenceNode) or not node.value:
                self.fail(node, path, f"'{op}' expects a non-empty list")
                return None
            items = [
                self.item(n, f"{path}[{i}]", op, kind, choices) for i, n in enumerate(node.value)
            ]
            if any(v is None for v in items):
                return None
            if op == "between" and (len(items) != 2 or items[0] > items[1]):
                self.fail(node, path, "'between' expects [low, high] with low <= high")
                return None
            return tuple(items)
        value = self.item(node, path, op, kind, choices)
        if value is None:
            return None
        return (value,) if op == "prefix" else value

    def item(self, node: Node, path: str, op: str, kind: Kind, choices: tuple[str, ...]) -> Any:
        if not isinstance(node, ScalarNode):
            self.fail(node, path, "expected a single value")
            return None
        numeric = kind is Kind.NUMBER or (kind is Kind.ANY and op in _NUMERIC_OPS)
        if numeric:
            value = self.value(node)
            if not isinstance(value, int | float) or isinstance(value, bool):
                self.fail(node, path, f"expected a number, got {node.value!r}")
                return None
            return float(value)
        if kind is Kind.BOOL:
            value = self.value(node)
            if not isinstance(value, bool):
                self.fail(node, path, "expected true or false")
                return None
            return value
        # The raw text, never YAML's guess: 0402 stays "0402" (not octal) and NO stays "NO".
        raw = str(node.value).strip()
        if not raw:
            self.fail(node, path, "expected a non-empty value")
            return None
        if op == "matches":
            try:
                re.compile(raw)
            except re.error as exc:
                self.fail(node, path, f"invalid regular expression {raw!r}: {exc}")
                return None
            return raw
        if kind is Kind.COUNTRY:
            code = raw.upper()
            if not is_country(code):
                self.fail(node, path, f"unknown country code {raw!r} (ISO 3166-1 alpha-2)")
                return None
            return code
        if kind is Kind.HS:
            return self.hs(node, path, op, normalise_hs(raw))
        if kind is Kind.CHOICE and raw not in choices:
            self.fail(node, path, f"{raw!r} is not one of {', '.join(choices)}")
            return None
        return raw

    def hs(self, node: Node, path: str, op: str, code: str) -> str | None:
        if op == "prefix":
            if not (2 <= len(code) <= 6 and code.isascii() and code.isdigit()):
                self.fail(node, path, f"an HS prefix is 2 to 6 digits, got {code!r}")
                return None
            if code[:2] not in VALID_CHAPTERS:
                self.fail(node, path, f"HS chapter {code[:2]} does not exist")
                return None
            return code
        problem = hs_problem(code)
        if problem:
            self.fail(node, path, f"{problem} (use 'prefix' for headings and chapters)")
            return None
        return code


def parse_profiles(text: str, source: str = "<string>") -> list[RiskProfile]:
    """Parse a YAML list of profiles; raise ProfileError listing every problem found."""
    reader = _Reader(source)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise ProfileError([Problem(f"not valid YAML: {exc.problem}", source, line)]) from exc
    profiles = reader.profiles(root)
    if reader.problems:
        raise ProfileError(reader.problems)
    return profiles


def load_profiles(path: Path) -> list[RiskProfile]:
    """Read and parse a YAML profile file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError([Problem(f"cannot read the file: {exc}", str(path))]) from exc
    return parse_profiles(text, str(path))
