"""Adding what a file held to a project: ids made free, one edit through History, the data rows in its
transaction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from journeydesk.core.document import Document, Edit
from journeydesk.core.entity import Entity
from journeydesk.core.history import History
from journeydesk.core.journey_commands import add_journeys, renewed_ids, with_ids
from journeydesk.core.model import Card, EmotionMarker, Evidence, Journey, Kpi, Lane, Link, Persona, Stage
from journeydesk.i18n import t
from journeydesk.interchange.common import MAX_BANDS, MAX_ENTITIES, Imported, InterchangeError
from journeydesk.store.bulk import Batch, Rollups
from journeydesk.store.store import Store

BATCH = 5_000


@dataclass(frozen=True)
class Added:
    """What an import added: the one-line summary, the new journeys, and what it could not place."""

    summary: str
    journey_ids: tuple[str, ...]
    unplaced: tuple[str, ...]


def _count(entities: list[Entity], cls: type) -> int:
    return sum(1 for e in entities if isinstance(e, cls))


def summary(entities: list[Entity], rows: int) -> str:
    """One line: the journeys added and what they hold."""
    journeys = [e for e in entities if isinstance(e, Journey)]
    names = ", ".join(f"“{j.name}”" for j in journeys)
    personas = [e.name for e in entities if isinstance(e, Persona)]
    head = (t("Added journey {names}", names=names) if len(journeys) == 1
            else t("Added {n} journeys {names}", n=len(journeys), names=names))
    counts = t("{stages} stages, {lanes} lanes, {cards} cards, {markers} emotion markers, {links} links",
               stages=_count(entities, Stage), lanes=_count(entities, Lane), cards=_count(entities, Card),
               markers=_count(entities, EmotionMarker), links=_count(entities, Link))
    evidence, kpis = _count(entities, Evidence), _count(entities, Kpi)
    if evidence:
        counts += t(", 1 evidence item") if evidence == 1 else t(", {n} evidence items", n=f"{evidence:,}")
    if kpis:
        counts += t(", 1 KPI") if kpis == 1 else t(", {n} KPIs", n=f"{kpis:,}")
    if rows:
        counts += t(", {n} data values", n=f"{rows:,}")
    if personas:
        counts += t(", persona {names}", names=", ".join(f"“{name}”" for name in personas))
    return t("{head}: {counts}.", head=head, counts=counts)


def prepared(doc: Document, imported: Imported) -> tuple[list[Entity], dict[str, list[list]]]:
    """The entities with ids free in ``doc`` (references renamed alike) and their rows renamed too."""
    mapping = renewed_ids(doc, imported.entities)
    entities = [with_ids(entity, mapping) for entity in imported.entities]
    rows = {mapping[dataset_id]: [[r[0], r[1], mapping.get(r[2], r[2]) if r[2] else None,
                                   mapping.get(r[3], r[3]) if r[3] else None, *r[4:]] for r in found]
            for dataset_id, found in imported.rows.items()}
    return entities, rows


def import_label(entities: list[Entity]) -> str:
    journeys = [e for e in entities if isinstance(e, Journey)]
    if len(journeys) == 1:
        return t("Import journey “{name}”", name=journeys[0].name)
    return t("Import {n} journeys", n=len(journeys))


def apply_import(history: History, store: Store | None, imported: Imported) -> Added:
    """Add everything ``imported`` holds as one undo step; nothing is added when any of it is refused."""
    doc = history.document
    _check_size(imported.entities)
    entities, rows = prepared(doc, imported)
    if not any(isinstance(e, Journey) for e in entities):
        raise InterchangeError(t("The file holds no journey to import."))
    edit = add_journeys(doc, entities, import_label(entities))
    values = sum(len(found) for found in rows.values())
    if rows and values and store is not None:
        _commit_with_rows(history, store, edit, rows)
    else:
        history.do(edit)
    new = tuple(e.id for e in entities if isinstance(e, Journey))
    return Added(summary(entities, values if store is not None else 0), new, tuple(imported.unplaced))


def _check_size(entities: list[Entity]) -> None:
    """Refuse what no map could show, before building an edit of it."""
    if len(entities) > MAX_ENTITIES:
        raise InterchangeError(t("The file holds {n} entries; a journey file holds at most {limit}.",
                                 n=f"{len(entities):,}", limit=f"{MAX_ENTITIES:,}"))
    bands: dict[str, int] = {}
    for entity in entities:
        if isinstance(entity, (Stage, Lane)):
            bands[entity.journey_id + type(entity).__name__] = bands.get(entity.journey_id
                                                                         + type(entity).__name__, 0) + 1
    if bands and max(bands.values()) > MAX_BANDS:
        raise InterchangeError(t("The file gives a journey more than {limit} stages or lanes.",
                                 limit=MAX_BANDS))


def _commit_with_rows(history: History, store: Store, edit: Edit, rows: dict[str, list[list]]) -> None:
    """The rows of every dataset and the edit adding them in one transaction: all of it or none."""
    filled = [dataset_id for dataset_id, found in rows.items() if found]
    pending = store.begin_import(filled[0])
    try:
        for dataset_id in filled:
            rollups = Rollups()
            store.write_import_rows(pending, _batches(rows[dataset_id], rollups), rollups,
                                    dataset_id=dataset_id)
        history.do(edit)
    finally:
        store.abort_import()


def _batches(rows: list[list], rollups: Rollups) -> Iterator[Batch]:
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        ids = [rollups.id_of((day, stage, card, channel, segment, metric))
               for _line, day, stage, card, channel, segment, metric, _value in chunk]
        yield ids, [row[0] for row in chunk], [float(row[7]) for row in chunk]


