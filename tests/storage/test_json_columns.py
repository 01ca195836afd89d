"""JSON columns give back what was stored, on each database (numbers past 64 bits included)."""

from __future__ import annotations

from sqlalchemy import JSON, Column, Integer, MetaData, Table, insert, select

from kordon.storage.database import connect


def test_json_columns_read_back_exactly(database_url: str) -> None:
    engine = connect(database_url)
    metadata = MetaData()
    table = Table("json_probe", metadata, Column("id", Integer, primary_key=True),
                  Column("value", JSON))  # fmt: skip
    stored = {"n": 123456789012345678901234567890, "m": -9223372036854775809, "x": [0.1, "ş"]}
    try:
        metadata.create_all(engine)
        with engine.begin() as connection:
            connection.execute(insert(table).values(id=1, value=stored))
        with engine.connect() as connection:
            read = connection.execute(select(table.c.value)).scalar_one()
        assert read == stored
        assert isinstance(read["n"], int) and isinstance(read["m"], int)
    finally:
        metadata.drop_all(engine)
        engine.dispose()
