"""The database schema. Migrations in storage/migrations must produce exactly these tables."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# In a table's `info`: no query of the product reads the table, so its writers keep no planner
# statistics of it (autovacuum's are enough for reporting in SQL).
NOT_LOOKED_UP = "not_looked_up"

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("country", String(2), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("border_with", String(2)),
    Column("daily_capacity", Integer),
    Column("latitude", Float),
    Column("longitude", Float),
)

declarations = Table(
    "declarations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("lodged_at", DateTime, nullable=False),
    Column("checkpoint", String(32), nullable=False),
    Column("direction", String(10), nullable=False),
    Column("procedure", String(32), nullable=False),
    Column("origin", String(2)),
    Column("destination", String(2)),
    # The latest channel, kept here so that queues and filters need no join.
    Column("channel", String(10)),
    Column("content_hash", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("source", String(200), nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Index(None, "checkpoint", "lodged_at"),
    Index(None, "lodged_at"),
    Index(None, "channel"),
    # Counting a checkpoint-day's red slots reads only its red rows.
    Index(None, "checkpoint", "channel", "lodged_at"),
)

# One row per checkpoint-day that has had declarations assessed against its capacity. Deciding
# red slots takes this row's lock first, so that processes and hosts assessing the same
# checkpoint-day at once count each other's red channels; `claims` counts those decisions.
checkpoint_days = Table(
    "checkpoint_days",
    metadata,
    Column("checkpoint", String(32), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("claims", Integer, nullable=False),
)

# A declaration's goods items as columns, for reporting in SQL. The product reads the items
# from the stored document, never from here: no index beyond the key (`hs_code`'s went in
# 0014), and its writer does not analyse it.
declaration_items = Table(
    "declaration_items",
    metadata,
    Column(
        "declaration_id",
        String(64),
        ForeignKey("declarations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("line_no", Integer, primary_key=True),
    Column("hs_code", String(6), nullable=False),
    Column("origin_country", String(2)),
    Column("net_mass_kg", Float),
    Column("value", Float),
    Column("currency", String(3)),
    info={NOT_LOOKED_UP: True},
)

inspections = Table(
    "inspections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "declaration_id",
        String(64),
        ForeignKey("declarations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("inspected_at", DateTime, nullable=False),
    Column("officer", String(100), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("detection_method", String(30), nullable=False),
    Column("critical", Boolean, nullable=False, default=False),
    Column("notes", Text, nullable=False, default=""),
    Column("items", JSON, nullable=False),
    Column("persons", JSON, nullable=False),
    Column("reinspection_reason", String(500)),
    Index(None, "declaration_id"),
    Index(None, "inspected_at"),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "declaration_id",
        String(64),
        ForeignKey("declarations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("channel", String(10), nullable=False),
    Column("score", Float, nullable=False),
    Column("random_control", Boolean, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("assessed_at", DateTime, nullable=False),
    Column("engine_version", String(64), nullable=False),
    Column("profile_versions", JSON, nullable=False),
    Column("model_version", String(64)),
    Column("provider_versions", JSON, nullable=False, default=dict),
    Index(None, "declaration_id"),
)

# Which profiles fired in which assessment: profile statistics are counted from this table and
# the inspections, so they can never drift from what was actually assessed and found.
assessment_profiles = Table(
    "assessment_profiles",
    metadata,
    Column(
        "assessment_id",
        Integer,
        ForeignKey("assessments.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("profile_id", String(100), primary_key=True),
    Column("profile_version", Integer, nullable=False),
    Column("declaration_id", String(64), nullable=False),
    Index(None, "profile_id", "declaration_id"),
)

profiles = Table(
    "profiles",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("definition", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

# Every version a profile ever had, so an old assessment can be explained by the rule it used.
profile_history = Table(
    "profile_history",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("definition", Text, nullable=False),
    Column("saved_at", DateTime, nullable=False),
)

watchlist_entries = Table(
    "watchlist_entries",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("names", JSON, nullable=False),
    Column("country", String(2)),
    Column("identifiers", JSON, nullable=False),
    Column("source", Text, nullable=False),
    Column("handling_code", String(50)),
    Column("action", String(20), nullable=False),
    Column("valid_from", Date),
    Column("valid_until", Date),
    Column("notes", Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

overrides = Table(
    "overrides",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "declaration_id",
        String(64),
        ForeignKey("declarations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("from_channel", String(10), nullable=False),
    Column("to_channel", String(10), nullable=False),
    Column("reason", Text, nullable=False),
    Column("by", String(100), nullable=False),
    Column("at", DateTime, nullable=False),
    Index(None, "declaration_id"),
)

seizures = Table(
    "seizures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(20), nullable=False),
    Column("occurred_on", Date),
    Column("reported_on", Date),
    Column("country", String(2)),
    Column("place", String(200)),
    Column("checkpoint", String(32)),
    Column("declaration_id", String(64)),
    Column("inspection_id", Integer, ForeignKey("inspections.id", ondelete="SET NULL")),
    Column("detection_method", String(30)),
    Column("conveyance", String(30)),
    Column("origin_country", String(2)),
    Column("transit_countries", JSON, nullable=False),
    Column("destination_country", String(2)),
    Column("persons", JSON, nullable=False),
    Column("reporting_agency", String(200)),
    Column("provenance_url", Text),
    Column("evidence", Text),
    Column("duplicate_of", Integer),
    Column("confidence", Float),
    Column("recorded_at", DateTime, nullable=False),
    Index(None, "occurred_on"),
    Index(None, "checkpoint"),
    Index(None, "declaration_id"),
)

seizure_items = Table(
    "seizure_items",
    metadata,
    Column("seizure_id", Integer, ForeignKey("seizures.id", ondelete="CASCADE"), primary_key=True),
    Column("line_no", Integer, primary_key=True),
    Column("commodity", String(100), nullable=False),
    Column("quantity", Float),
    Column("unit", String(10), nullable=False),
    Column("quantity_as_written", String(200)),
    Column("concealment_location", String(200)),
    Column("concealment_method", String(200)),
    Column("packaging", String(200)),
    Index(None, "commodity"),
)

# Other public reports of a stored seizure: one event told by several sources is one row above.
seizure_reports = Table(
    "seizure_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seizure_id", Integer, ForeignKey("seizures.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("reported_on", Date),
    Column("language", String(8)),
    Column("evidence", Text),
    Index(None, "seizure_id"),
)

# Items of watched feeds already read, so that none is stored twice (key: sha256 of feed + item).
feed_items = Table(
    "feed_items",
    metadata,
    Column("key_sha256", String(64), primary_key=True),
    Column("feed_url", Text, nullable=False),
    Column("item_key", Text, nullable=False),
    Column("seen_at", DateTime, nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("detail", Text),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(30), nullable=False),
    Column("checkpoint", String(32)),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False),
    Column("demo_only", Boolean, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("language", String(8)),
)

# The cookie carries a random token; only its SHA-256 is stored, so a copy of the table
# cannot be replayed. Revoking a row ends the session at once.
sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),
    Column("address", String(64)),
    Index(None, "user_id"),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("last_used_at", DateTime),
    Column("revoked_at", DateTime),
    Index(None, "user_id"),
)

sign_in_attempts = Table(
    "sign_in_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("username", String(64), nullable=False),
    Column("address", String(64), nullable=False),
    Column("succeeded", Boolean, nullable=False),
    Index(None, "username", "at"),
    Index(None, "address", "at"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", DateTime, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(60), nullable=False),
    Column("subject_type", String(40), nullable=False),
    Column("subject_id", String(200), nullable=False),
    Column("details", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index(None, "subject_type", "subject_id"),
)

# The newest entry's seq and hash, written with every append: removing entries from the end
# of the log leaves the head pointing past them.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

photos = Table(
    "photos",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seizure_id", Integer, ForeignKey("seizures.id", ondelete="CASCADE")),
    Column("inspection_id", Integer, ForeignKey("inspections.id", ondelete="CASCADE")),
    Column("filename", String(200), nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("stored_as", String(200), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("uploaded_by", String(100), nullable=False),
    Column("uploaded_at", DateTime, nullable=False),
    Index(None, "seizure_id"),
)

# The entity index. Every row belongs to a generation: a rebuild writes the next one aside and
# makes it live in one transaction, so a killed rebuild leaves the live one untouched.
entity_state = Table(
    "entity_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("live_generation", Integer, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("generation", Integer, primary_key=True, autoincrement=False),
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(10), nullable=False),
    Column("label", String(300), nullable=False),
    Column("country", String(2)),
    Column("identifiers", JSON, nullable=False),
    Column("keys", JSON, nullable=False),
)

entity_keys = Table(
    "entity_keys",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("key", String(300), nullable=False),
    Column("entity_id", Integer, nullable=False),
    # With the entity id in it, the newest entities of a key are read from the index's end.
    Index(None, "generation", "key", "entity_id"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("generation", Integer, nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("record_kind", String(20), nullable=False),
    Column("record_id", String(100), nullable=False),
    Column("role", String(60), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("name", String(300), nullable=False),
    Column("country", String(2)),
    Column("identifiers", JSON, nullable=False),
    Column("on_date", Date),
    Column("checkpoint", String(32)),
    Column("link_kind", String(20)),
    Column("link_reason", String(400)),
    # The values the link's sentence is worded with in the reader's language.
    Column("link_values", JSON),
    Index(None, "generation", "entity_id"),
    Index(None, "generation", "record_kind", "record_id"),
)

# Lodged declarations whose parties are not yet in the entity index: written with the
# declarations, deleted by the transaction that indexes them (after the lodgement commits).
# A row left behind (a crash between the two) is indexed by a later lodgement or at start-up.
unindexed_declarations = Table(
    "unindexed_declarations",
    metadata,
    Column("declaration_id", String(64), primary_key=True),
    Column("queued_at", DateTime, nullable=False),
    Index(None, "queued_at"),
)

# Watchlist entries proposed from a seizure's network, accepted or rejected with a reason.
watchlist_proposals = Table(
    "watchlist_proposals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seizure_id", Integer, nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("names", JSON, nullable=False),
    Column("identifiers", JSON, nullable=False),
    Column("country", String(2)),
    Column("state", String(10), nullable=False),
    Column("reason", Text, nullable=False),
    Column("decided_by", String(100)),
    Column("decided_at", DateTime),
    Column("entry_id", String(100)),
    Column("created_at", DateTime, nullable=False),
    Index(None, "seizure_id"),
)
