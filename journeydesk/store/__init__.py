"""The .journey file: SQLite schema, migrations, write-through storage (no Qt)."""
