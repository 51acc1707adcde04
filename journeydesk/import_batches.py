"""Converting a table's rows a batch at a time: each distinct key and value text converted once, rows kept as columns.

The result is what ``Converter.observations`` gives row by row: the same values, counts, problems
(their text and order) and unmatched keys. A row with any problem (a bad date or number, an
answer off its scale) goes through the Converter itself, which reports it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, compress, repeat
from operator import and_, eq, is_not

from journeydesk.core.model import MetricKind
from journeydesk.csv_batches import record_batches
from journeydesk.csv_import import Row, TableReader
from journeydesk.import_mapping import SCALES, normalized
from journeydesk.import_rows import Converter
from journeydesk.store.bulk import Batch, Rollups

_DISTINCT = 100_000  # distinct texts remembered; past this the caches start again
_BAD = object()  # a value cell that is not a number
_BAD_KEY, _NO_METRIC = -1, 0  # rollup ids are 1 or more
_ROLES = ("date", "stage", "touchpoint", "channel", "segment")


class _Cells(dict):
    """Distinct texts (or tuples of them) and what each converts to, converted on first sight."""

    def __init__(self, convert: Callable) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, text: object) -> object:
        value = self[text] = self.convert(text)
        return value


def _blank(fields: list[str]) -> bool:
    return not "".join(fields).strip()


class BatchConverter:
    """Rows of a TableReader converted a batch at a time into (rollup ids, lines, values)."""

    def __init__(self, converter: Converter, rollups: Rollups) -> None:
        self.converter = converter
        self.rollups = rollups
        self.check = converter.check
        self.long = converter.mapping.shape == "long"
        self.key_indexes = [converter.key_columns[role] for role in _ROLES if role in converter.key_columns]
        self.roles = [role for role in _ROLES if role in converter.key_columns]
        self.kinds = {metric: MetricKind(kind) for metric, kind in converter.mapping.metric_kinds.items()
                      if kind in SCALES}
        self.epoch = rollups.epoch
        self.unseen: set[str] = set()  # metrics given a rollup id that the Check does not list yet
        self._start()

    def _start(self) -> None:
        self.keys = _Cells(self._key)
        self.resolved: list[tuple | None] = []
        self.loose: dict[int, tuple] = {}
        self.groups = _Cells(self._group)
        self.values = _Cells(self._value)

    # ----- each distinct text converted once, with the Converter's own rules

    def _key(self, texts: tuple[str, ...]) -> int:
        """A key's index in ``resolved``: (day, stage_id, card_id, channel, segment), None for a bad date."""
        cells = dict(zip(self.roles, (text.strip() for text in texts), strict=True))
        converter = self.converter
        kid = len(self.resolved)
        try:
            day = converter.parse_day(cells.get("date", ""))
        except ValueError:
            self.resolved.append(None)
            return kid
        stage, card = cells.get("stage", ""), cells.get("touchpoint", "")
        stage_id = converter.stages.get(normalized(stage)) if stage else None
        card_id = converter.touchpoints.get(normalized(card)) if card else None
        unmatched_stage = stage if stage and stage_id is None else None
        unmatched_card = card if card and card_id is None else None
        stage_id, card_id = stage_id or None, card_id or None  # an empty override is "no match"
        loose_card = card if card and card_id is None else None
        if unmatched_stage or unmatched_card or loose_card:
            self.loose[kid] = (unmatched_stage, unmatched_card, loose_card, stage_id)
        self.resolved.append((day.isoformat() if day else None, stage_id, card_id, cells.get("channel", ""),
                              cells.get("segment", "")))
        return kid

    def _group(self, pair: tuple[int, str]) -> int:
        kid, metric = pair
        key = self.resolved[kid]
        if key is None:
            return _BAD_KEY
        if self.long:
            metric = metric.strip()
            if not metric:
                return _NO_METRIC
        if metric not in self.check.metrics:
            self.unseen.add(metric)
        return self.rollups.id_of((*key, metric))

    def _value(self, text: str) -> object:
        try:
            return self.converter.read_number(text, "")
        except ValueError:
            return _BAD

    # ----- converting

    def batches(self, reader: TableReader) -> Iterator[Batch]:
        for records, lines in record_batches(reader):
            yield self.convert(records, lines)

    def convert(self, records: list[list[str]], lines: Sequence[int]) -> Batch:
        """The rollup ids, lines and values of ``records`` (each as wide as the table)."""
        if self.epoch != self.rollups.epoch or len(self.keys) > _DISTINCT or len(self.values) > _DISTINCT:
            self.epoch = self.rollups.epoch
            self._start()
        if not records:
            return [], [], []
        columns = list(zip(*records, strict=True))
        if self.key_indexes:
            kids = list(map(self.keys.__getitem__, zip(*(columns[i] for i in self.key_indexes), strict=True)))
        else:
            kids = [self.keys[()]] * len(records)
        converter = self.converter
        if self.long:
            metric_texts = columns[converter.metric_column]
            sources: list[tuple[Iterable[str], Sequence[str]]] = [(metric_texts, columns[converter.value_column])]
        else:
            sources = [(repeat(metric), columns[index]) for index, metric in converter.metric_indexes]
        measures = [(list(map(self.groups.__getitem__, zip(kids, metrics, strict=False))),
                     list(map(self.values.__getitem__, cells))) for metrics, cells in sources]
        bad = self._off_scale(columns)
        for ids, values in measures:
            if _BAD_KEY in ids or _BAD in values:
                bad.update(index for index, (rollup_id, value) in enumerate(zip(ids, values, strict=True))
                           if rollup_id == _BAD_KEY or value is _BAD)
        batch = self._good(records, lines, kids, measures, bad)
        for observation in converter.observations([Row(lines[index], records[index]) for index in sorted(bad)]):
            rollup_id = self.rollups.id_of((observation.day.isoformat() if observation.day else None,
                                            observation.stage_id, observation.card_id, observation.channel,
                                            observation.segment, observation.metric))
            for column, value in zip(batch, (rollup_id, observation.line, observation.value), strict=True):
                column.append(value)
        return batch

    def _off_scale(self, columns: list[tuple[str, ...]]) -> set[int]:
        """The rows with an answer off its metric's scale (each distinct metric and text checked once)."""
        rows: set[int] = set()
        if not self.kinds:
            return rows
        converter = self.converter
        if self.long:
            metrics, cells = columns[converter.metric_column], columns[converter.value_column]
            names = set(metrics)
            for name in names:
                kind = self.kinds.get(name.strip())
                if kind is None:
                    continue
                these = cells if len(names) == 1 else compress(cells, map(eq, metrics, repeat(name)))
                wrong = {text for text in set(these) if not self._fits(kind, text)}
                if wrong:
                    rows.update(index for index, pair in enumerate(zip(metrics, cells, strict=True))
                                if pair[0] == name and pair[1] in wrong)
        else:
            for index, metric in converter.metric_indexes:
                kind = self.kinds.get(metric)
                if kind is not None:
                    wrong = {text for text in set(columns[index]) if not self._fits(kind, text)}
                    if wrong:
                        rows.update(row for row, text in enumerate(columns[index]) if text in wrong)
        return rows

    def _fits(self, kind: MetricKind, text: str) -> bool:
        """Whether the number in ``text`` is an answer on ``kind``'s scale (empty and bad cells pass here)."""
        value = self.values[text]
        if value is None or value is _BAD:
            return True
        low, high = SCALES[kind]
        return low <= value <= high and (kind == MetricKind.CES or value == int(value))

    def _good(self, records: list[list[str]], lines: Sequence[int], kids: list[int],
              measures: list[tuple[list, list]], bad: set[int]) -> tuple[list, list, list]:
        """The values of the rows without problems, with their share of the Check."""
        if bad:
            good = [index not in bad for index in range(len(records))]
            records, lines, kids = list(compress(records, good)), list(compress(lines, good)), list(compress(kids, good))
            measures = [(list(compress(ids, good)), list(compress(values, good))) for ids, values in measures]
        check = self.check
        rows = len(records)
        first = measures[0][1] if measures else []
        if None in first:  # blank records (the reader skips them) have no values
            rows -= sum(1 for index, value in enumerate(first) if value is None and _blank(records[index]))
        check.rows_read += rows
        if self.loose and not self.loose.keys().isdisjoint(kids):
            self._count_loose(kids)
        if len(measures) == 1:
            ((ids, values),) = measures
            if _NO_METRIC in ids or None in values:
                keep = list(map(and_, map(bool, ids), map(is_not, values, repeat(None))))
                batch = list(compress(ids, keep)), list(compress(lines, keep)), list(compress(values, keep))
            else:
                batch = ids, list(lines), values
        else:
            # A row's values one after the other, in the order of its metric columns (as row by row).
            rows_of = (zip(ids, lines, values, strict=True) for ids, values in measures)
            kept = [value for value in chain.from_iterable(zip(*rows_of, strict=True)) if value[2] is not None]
            batch = tuple(map(list, zip(*kept, strict=True))) if kept else ([], [], [])
        if self.unseen and batch[0]:
            check.metrics.update(map(self.rollups.metric_of, set(batch[0])))
            self.unseen -= check.metrics
        check.observations += len(batch[0])
        return batch

    def _count_loose(self, kids: list[int]) -> None:
        """Unmatched stage and touchpoint keys counted per row, as the Converter counts them."""
        check = self.check
        for kid, n in Counter(kids).items():
            loose = self.loose.get(kid)
            if loose is None:
                continue
            stage, card, loose_card, stage_id = loose
            if stage:
                check.unmatched_stages[stage] += n
            if card:
                check.unmatched_touchpoints[card] += n
            if loose_card:
                check.touchpoint_stages.setdefault(loose_card, Counter())[stage_id] += n


__all__ = ["BatchConverter"]
