"""Demo accounts: one per role, random passwords, usable only in the demo environment."""

from __future__ import annotations

from kordon.domain.accounts import Role
from kordon.services.accounts import create_user, generate_password
from kordon.services.ports import Store

DEMO_USERS: tuple[tuple[str, Role, str], ...] = (
    ("officer.astara", Role.OFFICER, "Demo officer at Astara"),
    ("officer.samur", Role.OFFICER, "Demo officer at Samur"),
    ("analyst", Role.RISK_ANALYST, "Demo risk analyst"),
    ("intel", Role.INTELLIGENCE_OFFICER, "Demo intelligence officer"),
    ("supervisor", Role.SUPERVISOR, "Demo supervisor"),
    ("admin", Role.ADMINISTRATOR, "Demo administrator"),
    ("enforcement", Role.ENFORCEMENT_ANALYST, "Demo enforcement analyst"),
)


def create_demo_accounts(
    store: Store, *, astara: str = "AZ-AST", samur: str = "AZ-SAM"
) -> list[tuple[str, str, str | None, str]]:
    """Create the demo accounts (the checkpoints must exist) and return
    (username, role, checkpoint, password) for each, to print once."""
    created = []
    for username, role, name in DEMO_USERS:
        checkpoint = None
        if role is Role.OFFICER:
            checkpoint = astara if username.endswith("astara") else samur
        password = generate_password()
        create_user(
            store,
            username=username,
            role=role,
            password=password,
            checkpoint=checkpoint,
            display_name=name,
            demo_only=True,
            by="demo",
        )
        created.append((username, role.value, checkpoint, password))
    return created
