"""Risk profiles: the rule language (YAML), its field registry, compiler and stores.

Layer: core, part of `kordon.risk`: imports only `kordon.domain` and `kordon.risk`.
"""

from kordon.risk.profiles.compile import compile_criteria
from kordon.risk.profiles.dump import dump_profiles, profile_to_data
from kordon.risk.profiles.fields import Field, Kind, lookup, registry
from kordon.risk.profiles.parse import Problem, ProfileError, load_profiles, parse_profiles
from kordon.risk.profiles.profileset import ProfileSet
from kordon.risk.profiles.repository import (
    ImportResult,
    InMemoryProfileRepository,
    ProfileRepository,
    import_profiles,
)
from kordon.risk.profiles.stats import fired_profiles, update_stats

__all__ = [
    "Field",
    "ImportResult",
    "InMemoryProfileRepository",
    "Kind",
    "Problem",
    "ProfileError",
    "ProfileRepository",
    "ProfileSet",
    "compile_criteria",
    "dump_profiles",
    "fired_profiles",
    "import_profiles",
    "load_profiles",
    "lookup",
    "parse_profiles",
    "profile_to_data",
    "registry",
    "update_stats",
]
