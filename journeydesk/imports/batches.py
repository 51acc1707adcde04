"""Converting a table's rows a batch at a time: each distinct key and value text converted once, rows kept as
columns.

The result is what ``Converter.observations`` gives row by row: the same values, counts, problems
(their text and order) and unmatched keys. A row with any problem (a bad date or number, an
answer off its scale) goes through the Converter itself, which reports it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, compress, repeat
from operator import and_, eq, is_not

from journeydesk.core.enums import MetricKind
from journeydesk.imports.mapping import SCALES
from journeydesk.imports.names import normalized, stage_key
from journeydesk.imports.reader import Row, TableReader
from journeydesk.imports.records import block_rows, blocks
from journeydesk.imports.rows import Converter
from journeydesk.store.bulk import Batch, Rollups

_DISTINCT = 100_000  # distinct texts remembered; past this the caches start again
_BAD = object()  # a value cell that is not a number
_OTHER, _BAD_KEY, _NO_METRIC = -2, -1, 0  # rollup ids are 1 or more
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
    """Rows of a TableReader converted a batch at a time into (rollup ids, lines, values).

    In a long table whose value is its last column, a line without quotes is not split into
    fields: the text before its last delimiter (the keys and the metric) is looked up whole.
    """

    def __init__(self, converter: Converter, rollups: Rollups, width: int) -> None:
        self.converter = converter
        self.rollups = rollups
        self.check = converter.check
        self.width = width
        self.delimiter = ","
        self.long = converter.mapping.shape == "long"
        self.by_line = self.long and converter.value_column == width - 1
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
        self.cells = {column: _Cells(self._reading(read)) for column, read in self.converter.readers.items()}
        self.line_keys = _Cells(self._line_key)
        self.line_kids: dict[str, int] = {}
        self.loose_lines: set[str] = set()
        self.scale_of: dict[int, MetricKind] = {}

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
        stage_id = converter.stages.get(stage_key(stage)) if stage else None
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
                if metric in self.kinds:  # answers are checked even where no metric is named
                    self.scale_of[_NO_METRIC] = self.kinds[metric]
                return _NO_METRIC
        if metric not in self.check.metrics:
            self.unseen.add(metric)
        rollup_id = self.rollups.id_of((*key, metric))
        if metric in self.kinds:
            self.scale_of[rollup_id] = self.kinds[metric]
        return rollup_id

    def _line_key(self, text: str) -> int:
        """The rollup id of a line's text before its value; _OTHER where it does not hold width - 1 fields."""
        fields = text.split(self.delimiter)
        if len(fields) != self.width - 1:
            return _OTHER
        kid = self.keys[tuple(fields[i] for i in self.key_indexes)]
        self.line_kids[text] = kid
        if kid in self.loose:
            self.loose_lines.add(text)
        return self.groups[kid, fields[self.converter.metric_column]]

    @staticmethod
    def _reading(read: Callable[[str], float | None]) -> Callable[[str], object]:
        def value(text: str) -> object:
            try:
                return read(text)
            except ValueError:
                return _BAD

        return value

    def _fits(self, kind: MetricKind, values: _Cells, text: str) -> bool:
        """Whether the number in ``text`` is an answer on ``kind``'s scale (empty and bad cells pass here)."""
        value = values[text]
        if value is None or value is _BAD:
            return True
        low, high = SCALES[kind]
        return low <= value <= high and (kind == MetricKind.CES or value == int(value))

    # ----- converting

    def batches(self, reader: TableReader) -> Iterator[Batch]:
        """Per block of records: (rollup ids, lines, values) of the rows without problems, then of the
        rest."""
        delimiter = self.delimiter = reader.settings.delimiter
        for block in blocks(reader):
            if self.epoch != self.rollups.epoch or max(len(self.keys), len(self.line_keys),
                                                       *map(len, self.cells.values())) > _DISTINCT:
                self.epoch = self.rollups.epoch
                self._start()
            out: Batch = ([], [], [])
            bad: list[Row] = []
            lines, starts = block.lines, block.line_starts
            if self.by_line and lines:
                lines, starts = self._by_line(lines, starts, delimiter, out, bad)
            records = list(map(str.split, lines, repeat(delimiter)))
            rows, row_lines = block_rows(reader, block, records, starts)
            if rows:
                self._convert(rows, row_lines, out, bad)
            bad.sort(key=lambda row: row.line)
            for observation in self.converter.observations(bad):
                rollup_id = self.rollups.id_of((observation.day.isoformat() if observation.day else None,
                                                observation.stage_id, observation.card_id,
                                                observation.channel, observation.segment, observation.metric))
                for column, value in zip(out, (rollup_id, observation.line, observation.value), strict=True):
                    column.append(value)
            yield out

    def _by_line(self, lines: list[str], starts: list[int], delimiter: str, out: Batch,
                 bad: list[Row]) -> tuple[list[str], list[int]]:
        """Convert the lines whose text before the value is a known shape; returns the other lines."""
        keys, _, cells = zip(*map(str.rpartition, lines, repeat(delimiter)), strict=True)
        ids = list(map(self.line_keys.__getitem__, keys))
        others: tuple[list[str], list[int]] = ([], [])
        if _OTHER in ids:
            mine = [rollup_id != _OTHER for rollup_id in ids]
            theirs = [not each for each in mine]
            others = (list(compress(lines, theirs)), list(compress(starts, theirs)))
            lines, starts, keys, cells, ids = (list(compress(column, mine))
                                               for column in (lines, starts, keys, cells, ids))
        values = list(map(self.cells[self.converter.value_column].__getitem__, cells))
        wrong = self._off_scale_by_line(ids, cells)
        if wrong or _BAD_KEY in ids or _BAD in values:
            flags = [rollup_id == _BAD_KEY or value is _BAD or index in wrong
                     for index, (rollup_id, value) in enumerate(zip(ids, values, strict=True))]
            bad.extend(Row(start, line.split(delimiter)) for start, line in zip(compress(starts, flags),
                                                                                compress(lines, flags),
                                                                                strict=True))
            good = [not flag for flag in flags]
            lines, starts, keys, cells, ids, values = (list(compress(column, good))
                                                       for column in (lines, starts, keys, cells, ids,
                                                                      values))
        rows = len(lines)
        if None in values:  # blank lines (the reader skips them) have no value
            rows -= sum(1 for key, cell, value in zip(keys, cells, values, strict=True)
                        if value is None and not (key + cell).replace(delimiter, "").strip())
        self.check.rows_read += rows
        if self.loose_lines and not self.loose_lines.isdisjoint(keys):
            self._count_loose(list(map(self.line_kids.__getitem__, keys)), starts)
        self._emit(ids, starts, values, out)
        return others

    def _off_scale_by_line(self, ids: list[int], cells: Sequence[str]) -> set[int]:
        """The indexes of the answers off their metric's scale."""
        if not self.scale_of or self.scale_of.keys().isdisjoint(ids):
            return set()
        kinds = list(map(self.scale_of.get, ids))
        wrong: set[int] = set()
        for kind in set(kinds) - {None}:
            values = self.cells[self.converter.value_column]
            texts = {text for text in set(compress(cells, map(eq, kinds, repeat(kind))))
                     if not self._fits(kind, values, text)}
            if texts:
                wrong.update(index for index, (each, text) in enumerate(zip(kinds, cells, strict=True))
                             if each == kind and text in texts)
        return wrong

    def _convert(self, records: list[list[str]], lines: list[int], out: Batch, bad: list[Row]) -> None:
        """Rows split into fields (each as wide as the table): the values of those without problems to
        ``out``."""
        columns = list(zip(*records, strict=True))
        if self.key_indexes:
            kids = list(map(self.keys.__getitem__, zip(*(columns[i] for i in self.key_indexes), strict=True)))
        else:
            kids = [self.keys[()]] * len(records)
        converter = self.converter
        if self.long:
            sources: list[tuple[Iterable[str], list]] = [
                (columns[converter.metric_column],
                 list(map(self.cells[converter.value_column].__getitem__, columns[converter.value_column])))]
        else:
            sources = [(repeat(metric), list(map(self.cells[index].__getitem__, columns[index])))
                       for index, metric in converter.metric_indexes]
        if None in (sources[0][1] if sources else ()):
            # Records with nothing in them (the reader skips them) are no rows at all.
            blank = [value is None and _blank(records[index]) for index, value in enumerate(sources[0][1])]
            if any(blank):
                kept = [not each for each in blank]
                records, lines, kids = (list(compress(column, kept)) for column in (records, lines, kids))
                columns = list(zip(*records, strict=True)) if records else [() for _ in columns]
                sources = [(metrics if isinstance(metrics, repeat) else list(compress(metrics, kept)),
                            list(compress(values, kept))) for metrics, values in sources]
        if converter.mapping.count_metric and not self.long:
            sources.append((repeat(converter.mapping.count_metric), [1.0] * len(records)))
        measures = [(list(map(self.groups.__getitem__, zip(kids, metrics, strict=False))), values)
                    for metrics, values in sources]
        wrong = self._off_scale(columns)
        for ids, values in measures:
            if _BAD_KEY in ids or _BAD in values:
                wrong.update(index for index, (rollup_id, value) in enumerate(zip(ids, values, strict=True))
                             if rollup_id == _BAD_KEY or value is _BAD)
        if wrong:
            bad.extend(Row(lines[index], records[index]) for index in sorted(wrong))
            good = [index not in wrong for index in range(len(records))]
            records, lines, kids = (list(compress(records, good)), list(compress(lines, good)),
                                    list(compress(kids, good)))
            measures = [(list(compress(ids, good)), list(compress(values, good))) for ids, values in measures]
        self.check.rows_read += len(records)
        if self.loose and not self.loose.keys().isdisjoint(kids):
            self._count_loose(kids, lines)
        if len(measures) == 1:
            ((ids, values),) = measures
            self._emit(ids, lines, values, out)
        else:
            # A row's values one after the other, in the order of its metric columns (as row by row).
            rows_of_measures = (zip(ids, lines, values, strict=True) for ids, values in measures)
            kept_values = list(chain.from_iterable(zip(*rows_of_measures, strict=True)))
            if kept_values:
                ids, lines, values = (list(column) for column in zip(*kept_values, strict=True))
                self._emit(ids, lines, values, out)

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
                values = self.cells[converter.value_column]
                wrong = {text for text in set(these) if not self._fits(kind, values, text)}
                if wrong:
                    rows.update(index for index, pair in enumerate(zip(metrics, cells, strict=True))
                                if pair[0] == name and pair[1] in wrong)
        else:
            for index, metric in converter.metric_indexes:
                kind = self.kinds.get(metric)
                if kind is not None:
                    wrong = {text for text in set(columns[index]) if not self._fits(kind, self.cells[index],
                                                                                    text)}
                    if wrong:
                        rows.update(row for row, text in enumerate(columns[index]) if text in wrong)
        return rows

    def _emit(self, ids: list[int], lines: Sequence[int], values: list, out: Batch) -> None:
        """Add the values (leaving out empty cells and rows without a metric) to ``out`` and the Check.

        An empty cell of a metric is counted as "no answer" to that metric.
        """
        if _NO_METRIC in ids or None in values:
            empty = [rollup_id for rollup_id, value in zip(ids, values, strict=True) if value is None
                     and rollup_id]
            if empty:
                metric_of = self.rollups.metric_of
                for rollup_id, n in Counter(empty).items():
                    self.check.no_answers[metric_of(rollup_id)] += n
            keep = list(map(and_, map(bool, ids), map(is_not, values, repeat(None))))
            ids, lines, values = (list(compress(ids, keep)), list(compress(lines, keep)),
                                  list(compress(values, keep)))
        if not ids:
            return
        if self.unseen:
            self.check.metrics.update(map(self.rollups.metric_of, set(ids)))
            self.unseen -= self.check.metrics
        self.check.observations += len(ids)
        out[0].extend(ids)
        out[1].extend(lines)
        out[2].extend(values)

    def _count_loose(self, kids: list[int], lines: Sequence[int]) -> None:
        """Unmatched stage and touchpoint keys counted per row, as the Converter counts them."""
        check = self.check
        for kid, n in Counter(kids).items():
            loose = self.loose.get(kid)
            if loose is None:
                continue
            stage, card, loose_card, stage_id = loose
            if stage:
                check.note_unmatched_stage(stage, lines[kids.index(kid)], n)
            if card:
                check.unmatched_touchpoints[card] += n
            if loose_card:
                check.touchpoint_stages.setdefault(loose_card, Counter())[stage_id] += n


__all__ = ["BatchConverter"]
