"""The fast name count gives what reading every record with the csv module gives, whatever the file holds."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter

import pytest

from journeydesk.imports import keycount
from journeydesk.imports.keycount import can_count, count_file

NAMES = ["Awareness", "Consideration", " Purchase ", "Post-purchase", "認知", "検討", "Café", "", "a,b",
         'say "hi"', "two\nlines", "two\r\nlines", "x" * 300, ",,,,,"]


def _expected(text: str, skip: int, width: int, columns: list[int], delimiter: str = ",") -> dict[
        int, Counter]:
    """Counted in plain Python: every record of the right width (a longer one only with blank extra
    fields)."""
    body = io.StringIO(text, newline="")
    for _ in range(skip):
        body.readline()
    counts = {c: Counter() for c in columns}
    for fields in csv.reader(body, delimiter=delimiter, strict=False):
        if len(fields) < width or (len(fields) > width and "".join(fields[width:]).strip()):
            continue
        for c in columns:
            counts[c][fields[c]] += 1
    return counts


def _table(rows: int, seed: int, newline: str = "\n") -> str:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(["date", "stage", "touchpoint", "value"])
    for n in range(rows):
        writer.writerow([f"2024-03-{1 + n % 28:02d}", rng.choice(NAMES), rng.choice(NAMES),
                         str(rng.randint(0, 10))])
        if rng.random() < 0.05:
            out.write(rng.choice(["", "short,row", "a,b,c,d,e,f", ",,,", "x,y,z,1,,  ", "\n"]) + newline)
    return out.getvalue()


@pytest.mark.parametrize("block", [16, 64, 1 << 20])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_counts_match_the_csv_module(monkeypatch: pytest.MonkeyPatch, block: int, newline: str) -> None:
    monkeypatch.setattr(keycount, "BLOCK", block)
    for seed in range(5):
        text = _table(400, seed, newline)
        data = text.encode("utf-8")
        found = count_file(data, 1, 4, [1, 2], "utf-8", ",", '"')
        assert found == _expected(text, 1, 4, [1, 2])


@pytest.mark.parametrize("quoting", [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])
def test_quoted_fields_are_read_as_their_contents(quoting: int) -> None:
    rng = random.Random(3)
    out = io.StringIO()
    writer = csv.writer(out, quoting=quoting)
    writer.writerow(["date", "stage", "touchpoint", "value"])
    for n in range(500):
        writer.writerow([f"2024-03-{1 + n % 28:02d}", rng.choice(NAMES), rng.choice(NAMES), n % 11])
    text = out.getvalue() + 'x,"a"b,c,1\n' + 'y,5" screen,c,1\n' + 'z,"lone,c,1\n"\n'
    assert count_file(text.encode(), 1, 4, [1, 2], "utf-8", ",", '"') == _expected(text, 1, 4, [1, 2])


def test_a_line_inside_a_quoted_field_is_not_taken_for_a_record() -> None:
    text = 'a,b,c\n1,"start\nx,y,z\nend",3\n2,Stage,9\n'
    assert count_file(text.encode(), 1, 3, [0, 1], "utf-8", ",", '"') == _expected(text, 1, 3, [0, 1])


def test_cp932_semicolons_tabs_and_a_bom() -> None:
    text = "日付;ステージ;値\n2024-01-01;認知;1\n2024-01-02;検討;2\n2024-01-03;認知;3\n"
    assert count_file(text.encode("cp932"), 1, 3, [1], "cp932", ";", '"') == _expected(text, 1, 3, [1], ";")
    tabbed = "stage\tvalue\nAwareness\t1\nAwareness\t2\n"
    assert count_file(b"\xef\xbb\xbf" + tabbed.encode(), 0, 2, [0], "utf-8-sig", "\t", "") == \
        {0: Counter({"stage": 1, "Awareness": 2})}


def test_only_encodings_whose_delimiters_stand_for_themselves_take_the_fast_path() -> None:
    assert can_count("utf-8", ",", '"') and can_count("cp932", ",", '"') and can_count("latin-1", ";", "")
    assert not can_count("utf-16", "\t", '"') and not can_count("cp932", "|", '"')
