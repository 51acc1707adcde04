"""The .journey file's identity and its migration ladder: frozen SQL, one step per version."""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x4A524E59  # "JRNY"
SCHEMA_VERSION = 7

_FK = "DEFERRABLE INITIALLY DEFERRED"

# Personas get a description, and first_time becomes NULL (unknown) unless it was said. Before, every
# persona was stored as first-time unless someone cleared the box, so a stored 1 cannot be told from
# the default: it becomes unknown. A stored 0 was always a choice and stays "returning". STRICT tables
# cannot drop NOT NULL in place, so the table is rebuilt (the ladder runs with foreign keys off).
_PERSONA_DESCRIPTION: tuple[str, ...] = (
    f"""CREATE TABLE personas_v4 (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        age INTEGER,
        location TEXT NOT NULL,
        quote TEXT NOT NULL,
        goals TEXT NOT NULL,
        needs TEXT NOT NULL,
        frustrations TEXT NOT NULL,
        channels TEXT NOT NULL,
        source TEXT NOT NULL,
        first_time INTEGER,
        avatar_id TEXT REFERENCES images(id) {_FK},
        position INTEGER NOT NULL,
        description TEXT NOT NULL
    ) STRICT""",
    """INSERT INTO personas_v4 (id, name, role, age, location, quote, goals, needs, frustrations, channels,
                               source, first_time, avatar_id, position, description)
       SELECT id, name, role, age, location, quote, goals, needs, frustrations, channels, source,
              CASE WHEN first_time = 0 THEN 0 END, avatar_id, position, ''
       FROM personas ORDER BY rowid""",
    "DROP INDEX personas_avatar",
    "DROP TABLE personas",
    "ALTER TABLE personas_v4 RENAME TO personas",
    "CREATE INDEX personas_avatar ON personas(avatar_id)",
)

# Snapshots and future states. A snapshot is one row holding its journey's rows (and the figures of its
# datasets at that moment) as JSON text, so it never mixes with the live tables; its journey_id is a plain
# text column (no foreign key): a snapshot outlives its journey and can be restored as a new one. A future
# state ("to-be") names the journey it was copied from in journeys.future_of; each copied stage, lane,
# card and marker names the one it was copied from in origin_id (no foreign key either: the origin is in
# another journey and may be deleted later, after which the tie simply finds nothing).
_SNAPSHOTS_AND_TIES: tuple[str, ...] = (
    f"ALTER TABLE journeys ADD COLUMN future_of TEXT REFERENCES journeys(id) {_FK}",
    "ALTER TABLE stages ADD COLUMN origin_id TEXT",
    "ALTER TABLE lanes ADD COLUMN origin_id TEXT",
    "ALTER TABLE cards ADD COLUMN origin_id TEXT",
    "ALTER TABLE emotion_markers ADD COLUMN origin_id TEXT",
    """CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL,
        name TEXT NOT NULL,
        note TEXT NOT NULL,
        taken_at INTEGER NOT NULL,
        content TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX journeys_future ON journeys(future_of)",
    "CREATE INDEX snapshots_journey ON snapshots(journey_id)",
)

# Evidence and KPIs. Every card gets an evidence status; a file from before had no way to say what
# backed a card, so its cards are what the room believed: "assumed". An evidence item belongs to one
# card, stage or persona (its journey_id is NULL for a persona's); a KPI to a journey, and to one of its
# stages unless it is the journey's own (stage_id NULL).
_EVIDENCE_AND_KPIS: tuple[str, ...] = (
    "ALTER TABLE cards ADD COLUMN evidence_status TEXT NOT NULL DEFAULT 'assumed'",
    f"""CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        journey_id TEXT REFERENCES journeys(id) {_FK},
        card_id TEXT REFERENCES cards(id) {_FK},
        stage_id TEXT REFERENCES stages(id) {_FK},
        persona_id TEXT REFERENCES personas(id) {_FK},
        text TEXT NOT NULL,
        source TEXT NOT NULL,
        source_type TEXT NOT NULL,
        date TEXT NOT NULL,
        participant TEXT NOT NULL,
        position INTEGER NOT NULL
    ) STRICT""",
    f"""CREATE TABLE kpis (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
        stage_id TEXT REFERENCES stages(id) {_FK},
        name TEXT NOT NULL,
        metric TEXT NOT NULL,
        value REAL,
        baseline REAL,
        target REAL,
        direction TEXT NOT NULL,
        owner TEXT NOT NULL,
        data_source TEXT NOT NULL,
        position INTEGER NOT NULL
    ) STRICT""",
    "CREATE INDEX evidence_journey ON evidence(journey_id)",
    "CREATE INDEX evidence_card ON evidence(card_id)",
    "CREATE INDEX evidence_stage ON evidence(stage_id)",
    "CREATE INDEX evidence_persona ON evidence(persona_id)",
    "CREATE INDEX kpis_journey ON kpis(journey_id)",
    "CREATE INDEX kpis_stage ON kpis(stage_id)",
)

# MIGRATIONS[v] takes a file from version v to v + 1. Never edit a released step; add one.
# Version 2 adds imported datasets: their entities, their rows and the rollups built from them.
# Rows are not Document entities (a million-row import is not a million Changes), so they have
# no foreign keys: undoing an import removes the dataset entity and its rows stay until compacted.
# Version 3 makes observations lean: each row names its rollup (which holds the day and keys as
# text) by an integer id, with its line and value; rollups get that id as their primary key.
# Version 4 records when the project was last edited (the date its PDF reports carry); an upgraded
# file starts from the time the upgrade was made, which Store replaces with the file's own mtime.
# Version 5 gives personas a description and lets first_time be unknown (NULL); see _PERSONA_DESCRIPTION.
# Version 6 adds snapshots and the ties of a future state to its origin; see _SNAPSHOTS_AND_TIES.
# Version 7 adds evidence items, the cards' evidence status and KPIs; see _EVIDENCE_AND_KPIS.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE project (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            client TEXT NOT NULL,
            author TEXT NOT NULL,
            brand_color TEXT NOT NULL,
            language TEXT NOT NULL
        ) STRICT""",
        """CREATE TABLE images (
            id TEXT PRIMARY KEY,
            media_type TEXT NOT NULL,
            data BLOB NOT NULL
        ) STRICT""",
        f"""CREATE TABLE personas (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            age INTEGER,
            location TEXT NOT NULL,
            quote TEXT NOT NULL,
            goals TEXT NOT NULL,
            needs TEXT NOT NULL,
            frustrations TEXT NOT NULL,
            channels TEXT NOT NULL,
            source TEXT NOT NULL,
            first_time INTEGER NOT NULL,
            avatar_id TEXT REFERENCES images(id) {_FK},
            position INTEGER NOT NULL
        ) STRICT""",
        f"""CREATE TABLE journeys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            persona_id TEXT REFERENCES personas(id) {_FK},
            position INTEGER NOT NULL
        ) STRICT""",
        f"""CREATE TABLE stages (
            id TEXT PRIMARY KEY,
            journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            goal TEXT NOT NULL,
            color TEXT NOT NULL,
            width INTEGER NOT NULL,
            position INTEGER NOT NULL
        ) STRICT""",
        f"""CREATE TABLE lanes (
            id TEXT PRIMARY KEY,
            journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            height INTEGER NOT NULL,
            position INTEGER NOT NULL
        ) STRICT""",
        f"""CREATE TABLE cards (
            id TEXT PRIMARY KEY,
            journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
            stage_id TEXT NOT NULL REFERENCES stages(id) {_FK},
            lane_id TEXT NOT NULL REFERENCES lanes(id) {_FK},
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL,
            color TEXT NOT NULL,
            channel TEXT NOT NULL,
            category TEXT,
            mode TEXT,
            owner TEXT NOT NULL,
            moment_of_truth INTEGER NOT NULL,
            exit_point INTEGER NOT NULL,
            exit_reason TEXT NOT NULL,
            frequency INTEGER,
            severity INTEGER,
            impact INTEGER,
            effort INTEGER
        ) STRICT""",
        f"""CREATE TABLE emotion_markers (
            id TEXT PRIMARY KEY,
            journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
            stage_id TEXT NOT NULL REFERENCES stages(id) {_FK},
            lane_id TEXT NOT NULL REFERENCES lanes(id) {_FK},
            score INTEGER NOT NULL,
            label TEXT NOT NULL,
            offset REAL NOT NULL
        ) STRICT""",
        f"""CREATE TABLE links (
            id TEXT PRIMARY KEY,
            journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
            source_id TEXT NOT NULL REFERENCES cards(id) {_FK},
            target_id TEXT NOT NULL REFERENCES cards(id) {_FK},
            kind TEXT NOT NULL,
            label TEXT NOT NULL
        ) STRICT""",
        "CREATE INDEX personas_avatar ON personas(avatar_id)",
        "CREATE INDEX journeys_persona ON journeys(persona_id)",
        "CREATE INDEX stages_journey ON stages(journey_id)",
        "CREATE INDEX lanes_journey ON lanes(journey_id)",
        "CREATE INDEX cards_journey ON cards(journey_id)",
        "CREATE INDEX cards_cell ON cards(stage_id, lane_id)",
        "CREATE INDEX cards_lane ON cards(lane_id)",
        "CREATE INDEX markers_journey ON emotion_markers(journey_id)",
        "CREATE INDEX markers_stage ON emotion_markers(stage_id)",
        "CREATE INDEX markers_lane ON emotion_markers(lane_id)",
        "CREATE INDEX links_journey ON links(journey_id)",
        "CREATE INDEX links_source ON links(source_id)",
        "CREATE INDEX links_target ON links(target_id)",
    ),
    (
        f"""CREATE TABLE datasets (
            id TEXT PRIMARY KEY,
            journey_id TEXT NOT NULL REFERENCES journeys(id) {_FK},
            name TEXT NOT NULL,
            source_path TEXT NOT NULL,
            settings TEXT NOT NULL,
            mapping TEXT NOT NULL,
            metrics TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            skipped_rows INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            position INTEGER NOT NULL
        ) STRICT""",
        """CREATE TABLE observations (
            dataset_id TEXT NOT NULL,
            line INTEGER NOT NULL,
            day TEXT,
            stage_id TEXT,
            card_id TEXT,
            channel TEXT NOT NULL,
            segment TEXT NOT NULL,
            metric TEXT NOT NULL,
            value REAL NOT NULL
        ) STRICT""",
        """CREATE TABLE rollups (
            dataset_id TEXT NOT NULL,
            day TEXT,
            stage_id TEXT,
            card_id TEXT,
            channel TEXT NOT NULL,
            segment TEXT NOT NULL,
            metric TEXT NOT NULL,
            n INTEGER NOT NULL,
            total REAL NOT NULL,
            promoters INTEGER NOT NULL,
            detractors INTEGER NOT NULL,
            satisfied INTEGER NOT NULL
        ) STRICT""",
        "CREATE INDEX datasets_journey ON datasets(journey_id)",
        "CREATE INDEX observations_dataset ON observations(dataset_id, metric)",
        "CREATE INDEX rollups_dataset ON rollups(dataset_id, metric)",
    ),
    (
        """CREATE TABLE rollups_v3 (
            id INTEGER PRIMARY KEY,
            dataset_id TEXT NOT NULL,
            day TEXT,
            stage_id TEXT,
            card_id TEXT,
            channel TEXT NOT NULL,
            segment TEXT NOT NULL,
            metric TEXT NOT NULL,
            n INTEGER NOT NULL,
            total REAL NOT NULL,
            promoters INTEGER NOT NULL,
            detractors INTEGER NOT NULL,
            satisfied INTEGER NOT NULL
        ) STRICT""",
        """CREATE TABLE observations_v3 (
            rollup_id INTEGER NOT NULL,
            line INTEGER NOT NULL,
            value REAL NOT NULL
        ) STRICT""",
        """INSERT INTO rollups_v3 (dataset_id, day, stage_id, card_id, channel, segment, metric, n, total,
                                   promoters, detractors, satisfied)
           SELECT dataset_id, day, stage_id, card_id, channel, segment, metric, n, total, promoters,
                  detractors, satisfied FROM rollups ORDER BY rowid""",
        "CREATE INDEX rollups_v3_key ON rollups_v3(dataset_id, day, stage_id, card_id, channel, segment, "
        "metric)",
        # Rows whose key has no rollup (none are written so; a file edited by hand might have some)
        # get one, so that no row is lost.
        """INSERT INTO rollups_v3 (dataset_id, day, stage_id, card_id, channel, segment, metric, n, total,
                                   promoters, detractors, satisfied)
           SELECT dataset_id, day, stage_id, card_id, channel, segment, metric, COUNT(*), SUM(value),
                  SUM(value >= 9), SUM(value <= 6), SUM(value >= 4)
           FROM observations AS o WHERE NOT EXISTS (
               SELECT 1 FROM rollups_v3 AS r WHERE r.dataset_id = o.dataset_id AND r.day IS o.day
               AND r.stage_id IS o.stage_id AND r.card_id IS o.card_id AND r.channel = o.channel
               AND r.segment = o.segment AND r.metric = o.metric)
           GROUP BY dataset_id, day, stage_id, card_id, channel, segment, metric""",
        """INSERT INTO observations_v3 (rollup_id, line, value)
           SELECT (SELECT MIN(r.id) FROM rollups_v3 AS r WHERE r.dataset_id = o.dataset_id AND r.day IS o.day
                   AND r.stage_id IS o.stage_id AND r.card_id IS o.card_id AND r.channel = o.channel
                   AND r.segment = o.segment AND r.metric = o.metric), o.line, o.value
           FROM observations AS o ORDER BY o.rowid""",
        "DROP INDEX rollups_v3_key",
        "DROP TABLE observations",
        "DROP TABLE rollups",
        "ALTER TABLE rollups_v3 RENAME TO rollups",
        "ALTER TABLE observations_v3 RENAME TO observations",
        "CREATE INDEX rollups_dataset ON rollups(dataset_id, metric)",
    ),
    (
        "CREATE TABLE edited (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL) STRICT",
        "INSERT INTO edited (id, at) VALUES (1, CAST(strftime('%s', 'now') AS INTEGER))",
    ),
    _PERSONA_DESCRIPTION,
    _SNAPSHOTS_AND_TIES,
    _EVIDENCE_AND_KPIS,
]

assert len(MIGRATIONS) == SCHEMA_VERSION


def query(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    """All rows of ``sql``, with the statement finalised even when reading fails midway.

    A statement left open (say, held by a traceback) keeps the connection alive after
    ``close()``, and with it the -wal and -shm files beside the project.
    """
    cursor = conn.execute(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run the ladder from ``from_version``; each step and its version bump in one transaction."""
    for version in range(from_version, to_version):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Triggers and views: JourneyDesk makes none, so any found were added by another program."""
    rows = query(conn, "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')")
    return sorted(row[0] for row in rows)


def table_shapes(conn: sqlite3.Connection) -> dict[str, tuple[object, ...]]:
    """Table → (strictness, columns with type/not-null/key, foreign keys): what reading relies on."""
    shapes: dict[str, tuple[object, ...]] = {}
    tables = query(
        conn,
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
        "AND name NOT LIKE 'sqlite_%'",
    )
    for name, strict in tables:
        columns = tuple(
            (row[1], row[2].upper(), row[3], row[5])
            for row in query(conn, "SELECT * FROM pragma_table_xinfo(?)", (name,))
        )
        keys = tuple(sorted(
            (row[3], row[2], row[4])
            for row in query(conn, "SELECT * FROM pragma_foreign_key_list(?)", (name,))
        ))
        shapes[name] = (strict, columns, keys)
    return shapes


def expected_shapes(version: int) -> dict[str, tuple[object, ...]]:
    """The tables a file of ``version`` has when made by this ladder."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, 0, version)
        return table_shapes(conn)
    finally:
        conn.close()
