"""Tying the file's stage and touchpoint keys to the journey's stages and touchpoint cards, and finding what
is missing."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind, LaneKind
from journeydesk.imports.keycount import can_count, count_file
from journeydesk.imports.mapping import Mapping
from journeydesk.imports.names import map_keys, normalized, stage_key, without_numbering
from journeydesk.imports.pipeline import opened
from journeydesk.imports.reader import CsvSettings, TableReader
from journeydesk.imports.records import row_batches
from journeydesk.imports.rows import Check


def count_keys(source: Path | bytes, settings: CsvSettings, mapping: Mapping, name: str,
               cancelled: Callable[[], bool] | None = None) -> dict[str, Counter] | None:
    """Rows per stage and touchpoint key in the whole file (keys equal once normalised count as one).

    Pure reading: may run off the GUI thread. Returns None when ``cancelled`` says stop.
    """
    with TableReader(opened(source), settings, name=name) as reader:
        indexes = {role: reader.columns.index(column) for role in ("stage", "touchpoint")
                   if (column := mapping.column_of(role)) in reader.columns}
        if not indexes:
            return {}
        read, width, first = reader.settings, len(reader.columns), reader.take_first()
        if first is not None and can_count(read.encoding, read.delimiter, read.quotechar):
            found = count_file(source, first[0] - 1, width, indexes.values(), read.encoding,
                               read.delimiter, read.quotechar, cancelled)
            raw = {role: found.get(index, Counter()) for role, index in indexes.items()}
        else:
            raw = {role: Counter() for role in indexes}
            if first is not None and len(first[1]) >= width:
                for role, index in indexes.items():
                    raw[role][first[1][index]] += 1
            for rows in row_batches(reader):
                for role, index in indexes.items():
                    raw[role].update(map(itemgetter(index), rows))
                if cancelled is not None and cancelled():
                    return None
    if cancelled is not None and cancelled():
        return None
    counts: dict[str, Counter] = {role: Counter() for role in indexes}
    for role, found_keys in raw.items():
        fold = _fold(role)
        shown: dict[str, str] = {}
        for text, n in found_keys.items():
            key = text.strip()
            if key:
                counts[role][shown.setdefault(fold(key), key)] += n
    return counts


def match_choices(document: Document, journey_id: str, role: str) -> list[tuple[str, str]]:
    """(id, label) of the journey's stages or touchpoints, for choosing matches."""
    stages = document.stages(journey_id)
    if role == "stage":
        return [(s.id, s.name) for s in stages]
    names = {s.id: s.name for s in stages}
    order = {s.id: i for i, s in enumerate(stages)}
    cards = sorted((c for c in document.cards(journey_id) if c.kind == CardKind.TOUCHPOINT),
                   key=lambda c: (order.get(c.stage_id, len(order)), c.position))
    return [(c.id, f"{' '.join(c.text.split())[:80]} ({names.get(c.stage_id, '')})") for c in cards]


def _overrides(mapping: Mapping, role: str) -> dict[str, str]:
    return mapping.stage_matches if role == "stage" else mapping.touchpoint_matches


def _fold(role: str) -> Callable[[str], str]:
    return stage_key if role == "stage" else normalized


def auto_match(document: Document, journey_id: str, role: str, key: str) -> str | None:
    """The id of the stage or touchpoint whose name matches ``key``, if any."""
    stages, touchpoints = map_keys(document, journey_id)
    return (stages if role == "stage" else touchpoints).get(_fold(role)(key))


def current_match(document: Document, journey_id: str, mapping: Mapping, role: str, key: str) -> str | None:
    """The id the key will be tied to: the override if there is one, else the match by name."""
    fold = _fold(role)
    folded = fold(key)
    for known, entity_id in _overrides(mapping, role).items():
        if fold(known) == folded:
            return entity_id or None
    return auto_match(document, journey_id, role, key)


def with_match(document: Document, journey_id: str, mapping: Mapping, role: str, key: str,
               entity_id: str | None) -> Mapping:
    """``mapping`` with ``key`` tied to ``entity_id`` (an override only where it differs from the match by
    name)."""
    fold = _fold(role)
    folded = fold(key)
    overrides = {k: v for k, v in _overrides(mapping, role).items() if fold(k) != folded}
    if (entity_id or None) != auto_match(document, journey_id, role, key):
        overrides[key] = entity_id or ""
    field = "stage_matches" if role == "stage" else "touchpoint_matches"
    return dataclasses.replace(mapping, **{field: overrides})


def missing_stages(mapping: Mapping, check: Check) -> list[str]:
    """Stage names the file uses that match nothing (and were not set to "no match"), in the file's order,
    without their step numbers."""
    overridden = {stage_key(k) for k in mapping.stage_matches}
    names: dict[str, str] = {}
    for key in sorted(check.unmatched_stages, key=lambda k: check.first_lines.get(k, 0)):
        folded = stage_key(key)
        if folded not in overridden:
            names.setdefault(folded, without_numbering(key))
    return list(names.values())


def missing_touchpoints(document: Document, journey_id: str, mapping: Mapping, check: Check) -> list[tuple[
        str, str]]:
    """(stage id, text) for each touchpoint key that matched nothing: in the stage its rows name most,
    else the first stage. Empty when the journey has no touchpoints lane or no stage."""
    stages = document.stages(journey_id)
    lanes = [lane for lane in document.lanes(journey_id) if lane.kind == LaneKind.TOUCHPOINTS]
    if not stages or not lanes:
        return []
    overridden = {normalized(k) for k in mapping.touchpoint_matches}
    found, seen = [], set()
    for key in sorted(check.unmatched_touchpoints):
        folded = normalized(key)
        if folded in seen or folded in overridden:
            continue
        seen.add(folded)
        counts = check.touchpoint_stages.get(key, Counter())
        stage_id = next((s for s, _ in counts.most_common() if s is not None), stages[0].id)
        found.append((stage_id, key))
    return found
