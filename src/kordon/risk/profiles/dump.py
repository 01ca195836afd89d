"""Writing risk profiles back to YAML in the same language `parse_profiles` reads."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from kordon.domain.profile import AllOf, AnyOf, Condition, Criteria, Not, RiskProfile


def criteria_to_data(criteria: Criteria) -> dict[str, Any]:
    """The plain-data form of a criteria tree, as written in YAML."""
    if isinstance(criteria, AllOf):
        return {"all": [criteria_to_data(p) for p in criteria.parts]}
    if isinstance(criteria, AnyOf):
        return {"any": [criteria_to_data(p) for p in criteria.parts]}
    if isinstance(criteria, Not):
        return {"not": criteria_to_data(criteria.part)}
    return {"field": criteria.field, criteria.op: _operand(criteria)}


def _operand(condition: Condition) -> Any:
    value = condition.value
    if isinstance(value, tuple):
        if condition.op == "prefix" and len(value) == 1:
            return value[0]
        return [_number(v) for v in value]
    return _number(value)


def _number(value: Any) -> Any:
    # Profiles store numbers as floats; 1200.0 reads better as 1200.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def profile_to_data(profile: RiskProfile) -> dict[str, Any]:
    """The plain-data form of one profile, keys in the documented order."""
    data: dict[str, Any] = {
        "id": profile.id,
        "version": profile.version,
        "description": profile.description,
        "owner": profile.owner,
    }
    if profile.valid_from is not None:
        data["valid_from"] = profile.valid_from
    if profile.valid_until is not None:
        data["valid_until"] = profile.valid_until
    if profile.checkpoints:
        data["checkpoints"] = list(profile.checkpoints)
    if profile.channel is not None:
        data["channel"] = profile.channel.value
    else:
        data["weight"] = _number(profile.weight)
    if not profile.enabled:
        data["enabled"] = False
    data["when"] = criteria_to_data(profile.criteria)
    return data


class _Dumper(yaml.SafeDumper):
    """Short lists on one line, digit strings quoted (HS codes, procedure codes)."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    flat = all(not isinstance(v, dict | list) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flat)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # Other YAML readers would take 0806 for the number 806.
    style = '"' if data.isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)


def dump_profiles(profiles: Iterable[RiskProfile]) -> str:
    """YAML text for `profiles`, which `parse_profiles` reads back unchanged."""
    data = [profile_to_data(p) for p in profiles]
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
