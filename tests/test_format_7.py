"""File format 7: evidence items, each card's evidence status and KPIs; a format-6 file climbs to it."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.core import commands
from journeydesk.core.enums import EvidenceStatus, KpiDirection, SourceType
from journeydesk.core.history import History
from journeydesk.core.model import Card, Evidence, Kpi
from journeydesk.store.schema import SCHEMA_VERSION
from journeydesk.store.store import Store

DATA = Path(__file__).resolve().parent / "data"
TABLES = ("project", "personas", "journeys", "stages", "lanes", "cards", "emotion_markers", "links", "images",
          "datasets", "snapshots")


def _raw(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_the_format_6_example_climbs_to_7_with_every_row_kept_and_cards_assumed(tmp_path: Path) -> None:
    path = tmp_path / "v6.journey"
    shutil.copy(DATA / "v6_example.journey", path)
    assert _raw(path, "PRAGMA user_version") == [(6,)]
    before = {table: _raw(path, f"SELECT * FROM {table} ORDER BY id") for table in TABLES}
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 7
        document = store.load()
    assert len(document.journeys()) == 4
    assert document.all(Evidence) == [] and document.all(Kpi) == []
    assert {card.evidence_status for card in document.all(Card)} == {EvidenceStatus.ASSUMED}
    for table, rows in before.items():
        after = _raw(path, f"SELECT * FROM {table} ORDER BY id")
        width = len(rows[0]) if rows else 0
        assert [row[:width] for row in after] == rows, table
    assert {row[-1] for row in _raw(path, "SELECT * FROM cards")} == {"assumed"}
    assert [row[1] for row in _raw(path, "PRAGMA table_info(evidence)")] == [
        "id", "journey_id", "card_id", "stage_id", "persona_id", "text", "source", "source_type", "date",
        "participant", "position"]
    assert [row[1] for row in _raw(path, "PRAGMA table_info(kpis)")] == [
        "id", "journey_id", "stage_id", "name", "metric", "value", "baseline", "target", "direction", "owner",
        "data_source", "position"]
    assert _raw(tmp_path / "v6.journey.v6.bak", "PRAGMA user_version") == [(6,)]
    assert _raw(path, "PRAGMA foreign_key_check") == []


def test_reading_commands_read_an_older_file_as_updated_and_leave_it_as_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v6.journey"
    shutil.copy(DATA / "v6_example.journey", path)
    before = path.read_bytes()
    assert main(["info", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}: JourneyDesk project, file format 6\n")
    assert "4 journeys, 4 personas, 206 cards" in out
    assert err == (
        f"journeydesk: note: {path} is in the file format of an earlier JourneyDesk (6); it is read "
                   "as updated and left as it is. Open it in JourneyDesk to update the file.\n")
    assert main(["check", str(path)]) == 0
    assert "is a sound JourneyDesk project (file format 6" in capsys.readouterr().out
    assert main(["scorecard", str(path), "--format", "json"]) == 0
    assert "read as updated" in capsys.readouterr().err
    assert main(["export-pdf", str(path), "--journey", "Customer support journey", "-o",
                 str(tmp_path.parent / "v6-report.pdf")]) == 0
    assert "read as updated and left as it is" in capsys.readouterr().err.splitlines()[0]
    with Store.open(path, read_only=True) as store:
        assert store.older_format == 6 and store.schema_version() == 6
        cards = store.load().all(Card)
    assert len(cards) == 206 and {card.evidence_status for card in cards} == {EvidenceStatus.ASSUMED}
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v6.journey"]  # no backup, no sidecar


def test_a_writing_command_updates_an_older_file_and_says_where_the_old_one_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "v6.journey"
    shutil.copy(DATA / "v6_example.journey", path)
    assert main(["kpi", str(path), "--journey", "Customer support journey", "--stage", "Resolution", "--name",
                 "Solved", "--value", "3", "--target", "4"]) == 0
    assert capsys.readouterr().err == (
        f"journeydesk: note: {path} was updated to the current file format; the file "
                                       "as it was is kept as v6.journey.v6.bak.\n")
    assert _raw(path, "PRAGMA user_version") == [(7,)]
    assert _raw(tmp_path / "v6.journey.v6.bak", "PRAGMA user_version") == [(6,)]


def test_the_app_says_it_updated_an_older_file_and_where_the_old_one_is(bare, tmp_path: Path) -> None:
    path = tmp_path / "v6.journey"
    shutil.copy(DATA / "v6_example.journey", path)
    assert bare.open_path(path)
    assert bare.statusBar().currentMessage() == ("Opened v6.journey and updated it to the current file "
                                                 "format; the file as it was is kept as v6.journey.v6.bak")
    assert _raw(tmp_path / "v6.journey.v6.bak", "PRAGMA user_version") == [(6,)]
    assert bare.shown == []


def test_evidence_status_and_kpis_are_written_through_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "v6.journey"
    shutil.copy(DATA / "v6_example.journey", path)
    with Store.open(path) as store:
        document = store.load()
        history = History(document, store)
        journey = document.journeys()[0]
        stage = document.stages(journey.id)[2]
        card = document.cards(journey.id)[0]
        history.do(commands.add_evidence(document, card.id, "「送料が高い」", source="Interview 4",
                                         source_type="interview", date="2024-06-01", participant="P4"))
        history.do(commands.set_evidence_status(document, [card.id], "observed"))
        history.do(commands.set_kpi(document, journey.id, "Checkout NPS", stage_id=stage.id, metric="NPS",
                                    baseline=10, target=30.5, direction="up", owner="Web team",
                                    data_source="Post-purchase survey"))
        history.do(commands.set_kpi(document, journey.id, "Refunds", value=4.0, target=3, direction="down"))
        saved = document.snapshot()
    with Store.open(path, read_only=True) as store:
        again = store.load()
    assert again.snapshot() == saved
    item = again.all(Evidence)[0]
    assert (item.text, item.source_type, item.date, item.participant) == (
        "「送料が高い」", SourceType.INTERVIEW,
                                                                          "2024-06-01", "P4")
    assert again.get(Card, card.id).evidence_status == EvidenceStatus.OBSERVED
    kpis = {k.name: k for k in again.all(Kpi)}
    assert kpis["Checkout NPS"].stage_id == stage.id and kpis["Checkout NPS"].target == 30.5
    assert kpis["Refunds"].stage_id is None and kpis["Refunds"].direction == KpiDirection.DOWN
    assert _raw(path, "SELECT source_type, date FROM evidence") == [("interview", "2024-06-01")]
