"""CSV import on real byte fixtures: encodings, dialects, preambles, headers, bad input, numbers, dates,
roles."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journeydesk.imports.mapping import propose
from journeydesk.imports.reader import (
    CsvError,
    CsvSettings,
    Row,
    Table,
    TableReader,
    read_table,
    sniff,
)
from journeydesk.imports.roles import guess_columns
from journeydesk.imports.values import (
    AMBIGUOUS,
    AmbiguousDateError,
    DateOrder,
    detect_date_order,
    detect_decimal,
    parse_date,
    parse_number,
)

JAPANESE = "日付,タッチポイント,満足度\r\n2024/3/14,ウェブサイト,4\r\n2024/3/15,店舗,5\r\n"
GA = ("# ----------------------------------------\n# All Web Site Data\n# Audience Overview\n"
      "# 20240101-20240131\n# ----------------------------------------\n\n"
      "Day Index,Users,Sessions\n1/1/24,123,150\n1/2/24,130,160\n")
QUALTRICS = (
    'StartDate,EndDate,ResponseId,Q1,Q2\r\n'
    '"Start Date","End Date","Response ID","How likely are you to recommend us to a friend?",'
    '"How satisfied are you\r\nwith checkout?"\r\n'
    '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""_recordId""}",'
    '"{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"\r\n'
    "2024-03-01 10:00:00,2024-03-01 10:05:00,R_1,9,4\r\n"
    "2024-03-02 11:00:00,2024-03-02 11:04:00,R_2,6,5\r\n"
)


def load(data: bytes, **changes: object) -> Table:
    settings = sniff(data)
    return read_table(data, settings.with_(**changes) if changes else settings)


def lines_and_values(table: Table) -> list[tuple[int, list[str]]]:
    return [(row.line, row.values) for row in table.rows]


def refused(data: bytes, **changes: object) -> str:
    with pytest.raises(CsvError) as caught:
        load(data, **changes)
    return str(caught.value)


# Encodings ----------------------------------------------------------------------------------

def guess_roles(table: Table) -> dict[str, str]:
    """Each column's role; the scale for survey answers ("nps", "csat", "ces"); ignored columns left out."""
    return {g.column: g.kind if g.kind in ("nps", "csat", "ces") else g.role
            for g in guess_columns(table) if g.role != "ignore"}


def table_shape(table: Table, _roles: dict[str, str]) -> str:
    return propose(table).mapping.shape


def test_plain_utf8() -> None:
    data = b"date,stage,value\n2024-01-01,Awareness,5\n2024-01-02,Decision,7\n"
    assert sniff(data) == CsvSettings()
    table = load(data)
    assert table.columns == ["date", "stage", "value"]
    assert lines_and_values(table) == [(2, ["2024-01-01", "Awareness", "5"]),
                                       (3, ["2024-01-02", "Decision", "7"])]
    assert table.header_line == 1 and table.problems == [] and table.complete


def test_utf8_with_bom_does_not_leak_into_the_first_name() -> None:
    data = "\ufeffdate,タッチポイント\n2024-01-01,Web\n".encode()
    table = load(data)
    assert table.settings.encoding == "utf-8-sig"
    assert table.columns == ["date", "タッチポイント"]


def test_cp932_from_japanese_excel() -> None:
    table = load(JAPANESE.encode("cp932"))
    assert table.settings.encoding == "cp932"
    assert table.settings.line_ending == "\r\n"
    assert table.columns == ["日付", "タッチポイント", "満足度"]
    assert lines_and_values(table)[1] == (3, ["2024/3/15", "店舗", "5"])
    assert guess_roles(table) == {"日付": "date", "タッチポイント": "touchpoint", "満足度": "csat"}


def test_cp932_with_kanji_only_headers() -> None:
    table = load("日付,店舗,売上\n2024/3/14,東京,400\n".encode("cp932"))
    assert table.settings.encoding == "cp932" and table.columns == ["日付", "店舗", "売上"]


def test_utf16_unicode_text_from_excel() -> None:
    data = ("\ufeffDate\tChannel\tVisits\r\n2024-01-01\tWeb, "
            "mobile\t100\r\n2024-01-02\tアプリ\t200\r\n".encode("utf-16-le"))
    table = load(data)
    assert (table.settings.encoding, table.settings.delimiter) == ("utf-16", "\t")
    assert table.columns == ["Date", "Channel", "Visits"]
    assert lines_and_values(table) == [(2, ["2024-01-01", "Web, mobile", "100"]),
                                       (3, ["2024-01-02", "アプリ", "200"])]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_pattern(encoding: str) -> None:
    table = load("Date\tVisits\r\n2024-01-01\t100\r\n".encode(encoding))
    assert table.settings.encoding == encoding
    assert lines_and_values(table) == [(2, ["2024-01-01", "100"])]


def test_latin1_is_the_fallback() -> None:
    table = load("Touchpoint,Commentaire,Note\nCafé,Très bien,5\nCaisse,été,4\n".encode("latin-1"))
    assert table.settings.encoding == "latin-1"
    assert [row.values[0] for row in table.rows] == ["Café", "Caisse"]


def test_windows_1252_apostrophes_are_not_taken_for_japanese() -> None:
    table = load("Touchpoint,Comment\nWeb,We’re happy\nApp,It’s fine\n".encode("cp1252"))
    assert table.settings.encoding == "cp1252"
    assert table.rows[0].values == ["Web", "We’re happy"]


# Dialects, line numbers, preambles, headers ---------------------------------------------------

def test_semicolon_with_decimal_commas() -> None:
    data = b"Datum;Kanal;Wert\n14.03.2024;Web;1,5\n15.03.2024;App;2,25\n16.03.2024;Shop;1.234,5\n"
    table = load(data)
    assert (table.settings.delimiter, table.settings.decimal) == (";", ",")
    values = [parse_number(row.values[2], decimal=table.settings.decimal) for row in table.rows]
    assert values == [1.5, 2.25, 1234.5]
    assert next(parse_date(row.values[0]) for row in table.rows) == date(2024, 3, 14)


def test_pipe_and_the_excel_separator_hint() -> None:
    table = load(b"stage|touchpoint|nps\nAwareness|Ad, video|9\nDecision|Checkout|3\n")
    assert table.settings.delimiter == "|"
    assert table.rows[0].values == ["Awareness", "Ad, video", "9"]
    table = load(b"sep=;\r\nstage;value\r\nA,B;1,5\r\n")
    assert (table.settings.delimiter, table.settings.skip_lines, table.header_line) == (";", 1, 2)
    assert table.rows == [Row(3, ["A,B", "1,5"])]


def test_quoted_fields_with_newlines_and_quotes_keep_line_numbers_right() -> None:
    data = (b'id,comment,score\r\n1,"two\r\nlines, with ""quotes""",5\r\n2,plain,4\r\n'
            b'3,"a\nb\nc",3\r\n4,last,2\r\n')
    table = load(data)
    assert lines_and_values(table) == [
        (2, ["1", 'two\r\nlines, with "quotes"', "5"]), (4, ["2", "plain", "4"]),
        (5, ["3", "a\nb\nc", "3"]), (8, ["4", "last", "2"]),
    ]


def test_old_mac_line_endings_and_blank_lines() -> None:
    table = load(b"a,b\r1,2\r\r3,4\r")
    assert table.settings.line_ending == "\r"
    assert lines_and_values(table) == [(2, ["1", "2"]), (4, ["3", "4"])]


def test_single_quotes_as_quote_character() -> None:
    table = load(b"name,comment\n'Doe, J','fine'\n'Roe, K','ok'\n")
    assert table.settings.quotechar == "'"
    assert table.rows[0].values == ["Doe, J", "fine"]


def test_analytics_comment_preamble() -> None:
    table = load(GA.encode())
    assert table.settings.skip_lines == 6 and table.header_line == 7
    assert table.columns == ["Day Index", "Users", "Sessions"]
    assert lines_and_values(table)[0] == (8, ["1/1/24", "123", "150"])


def test_title_lines_padded_by_excel_are_preamble() -> None:
    table = load(
        b"Sales report,,\nGenerated 2024-02-01,,\n\nstage,touchpoint,value\nAwareness,Ad,1\nDecision,Web,2\n")
    assert table.settings.skip_lines == 3
    assert table.columns == ["stage", "touchpoint", "value"]
    assert table.rows[0] == Row(5, ["Awareness", "Ad", "1"])


def test_survey_export_with_three_header_rows() -> None:
    table = load(QUALTRICS.encode())
    assert table.settings.header_rows == 3
    assert table.columns == ["StartDate", "EndDate", "ResponseId", "Q1", "Q2"]
    assert table.descriptions[3] == "How likely are you to recommend us to a friend?"
    assert table.descriptions[4] == "How satisfied are you\r\nwith checkout?"
    assert [row.line for row in table.rows] == [5, 6]
    roles = guess_roles(table)
    assert roles == {"StartDate": "date", "Q1": "nps", "Q2": "csat"}
    assert table_shape(table, roles) == "responses"


def test_question_text_row_without_import_ids() -> None:
    data = b"Q1,Q2\nHow likely to recommend?,Comment\n9,great\n7,ok\n10,fine\n"
    table = load(data)
    assert table.settings.header_rows == 2
    assert table.descriptions == ["How likely to recommend?", "Comment"]
    assert guess_roles(table) == {"Q1": "nps"}


def test_names_are_made_unique_and_blank_names_numbered() -> None:
    table = load(b"Value,value,,Value\n1,2,3,4\n")
    assert table.columns == ["Value", "value (2)", "Column 3", "Value (3)"]


# Ragged rows and bad input ----------------------------------------------------------------------

def test_ragged_rows_are_reported_with_their_line_numbers() -> None:
    body = ["a,b,c,d,e,f,g"] + ["1,2,3,4,5,6,7"] * 1202 + ["1,2,3,4,5", "1,2,3,4,5,6,7,8", "1,2,3,4,5,6,7,,"]
    table = load("\n".join(body).encode())
    assert [(p.line, p.message) for p in table.problems] == [
        (1204, "Line 1,204: 5 fields, expected 7: fix the row in the file or skip it."),
        (1205, "Line 1,205: 8 fields, expected 7: fix the row in the file or skip it."),
    ]
    assert table.problems[0].values == ["1", "2", "3", "4", "5"]
    assert table.problem_count == 2 and len(table.rows) == 1203 and table.rows[-1].line == 1206


def test_an_unmatched_quote_is_pointed_at() -> None:
    table = load(b'a,b,c\n1,2,3\n4,"never closed,6\n7,8,9\n')
    assert table.problems[0].message == ("Line 3: 2 fields, expected 3; the row runs on to line 4: "
                                         "check for an unmatched quote character.")


@pytest.mark.parametrize("data", [b"", b"  \r\n\n", b"\xef\xbb\xbf", "\ufeff".encode("utf-16-le")])
def test_empty_file(data: bytes) -> None:
    assert refused(data) == "The file is empty: choose a file that contains a table."


@pytest.mark.parametrize("data", [b"a,b,c\n", b"a,b,c\r\n\r\n", QUALTRICS.encode()[:QUALTRICS.index("2024")]])
def test_header_only_file(data: bytes) -> None:
    assert "has a header but no data rows: export the data again" in refused(data)


def test_comment_lines_only() -> None:
    assert "only comment lines" in refused(b"# Report\n# nothing\n")


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
       b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.mark.parametrize(("data", "what"), [
    (PNG, "an image, PDF or database file"),
    (random.Random(1).randbytes(4000), "it contains NUL bytes"),
    (b"a,b\n" + random.Random(2).randbytes(4000).replace(b"\x00", b""), "it is full of control characters"),
    (b"a,b\x00c\n1,2\n", "it contains NUL bytes"),
])
def test_binary_data_is_refused(data: bytes, what: str) -> None:
    message = refused(data)
    assert message.startswith(f"The file looks like binary data ({what}), not a CSV text file")
    assert "export the data from its application as CSV" in message


def test_an_excel_workbook_is_named() -> None:
    assert 'Save As → "CSV UTF-8"' in refused(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))


def test_undetectable_encoding() -> None:
    message = refused("날짜,채널,점수\n2024-01-01,웹사이트,5\n2024-01-02,매장,4\n".encode("euc-kr"))
    assert "could not be recognised" in message and "choose the encoding by hand" in message


# User overrides ---------------------------------------------------------------------------------

def test_encoding_override() -> None:
    data = "date,touchpoint\n2024-01-01,Web\n2024-01-02,ウェブサイト\n".encode("cp932")
    assert load(data).rows[1].values[1] == "ウェブサイト"
    assert load(data, encoding="latin-1").rows[1].values[1] != "ウェブサイト"
    assert load(data, encoding="Shift_JIS").rows[1].values[1] == "ウェブサイト"
    message = refused(data, encoding="utf-8")
    assert message.startswith(
        "The file cannot be read as utf-8 (first bad byte on line 3): choose another encoding")


def test_delimiter_and_quote_overrides() -> None:
    data = b'a,b\n"1,5",2\n'
    assert load(data).rows[0].values == ["1,5", "2"]
    assert load(data, delimiter=";").columns == ["a,b"]
    assert load(data, quotechar="").problems[0].message.startswith("Line 2: 3 fields, expected 2")


def test_skip_lines_and_header_rows_overrides() -> None:
    data = b"Report,\nstage,value\nAwareness,1\n"
    assert load(data).columns == ["stage", "value"]
    table = load(data, skip_lines=0, header_rows=0)
    assert table.columns == ["Column 1", "Column 2"] and table.header_line == 0
    assert table.rows[0] == Row(1, ["Report", ""])
    assert load(data, skip_lines=0).columns == ["Report", "Column 2"]
    assert "lower the number of lines to skip" in refused(data, skip_lines=10)


@pytest.mark.parametrize(("changes", "expected"), [
    ({"encoding": "klingon"}, "'klingon' is not a known text encoding: choose one such as UTF-8"),
    ({"encoding": "base64"}, "'base64' is not a text encoding: choose one"),
    ({"delimiter": "ab"}, "The delimiter must be one character other than the quote character and line "
                          "breaks (found 'ab'): choose comma, semicolon, tab or pipe."),
    ({"delimiter": '"'}, "(found '\"')"),
    ({"skip_lines": -1}, "Lines to skip and header rows cannot be negative: enter 0 or more."),
])
def test_impossible_settings_are_refused(changes: dict[str, object], expected: str) -> None:
    assert expected in refused(b"a,b\n1,2\n", **changes)


def test_limit_and_streaming(tmp_path) -> None:
    data = b"a,b\n" + b"".join(b"%d,x\n" % i for i in range(100))
    preview = read_table(data, sniff(data), limit=10)
    assert len(preview.rows) == 10 and not preview.complete
    assert read_table(data, sniff(data), limit=100).complete
    path = tmp_path / "big.csv"
    path.write_bytes(data)
    with path.open("rb") as stream:
        reader = TableReader(stream, sniff(data))
        assert reader.columns == ["a", "b"]
        assert [row.line for row in reader][-1] == 101


# Numbers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "decimal", "expected"), [
    ("1,234.5", ".", 1234.5), ("1.234,5", ",", 1234.5), ("1 234,5", ",", 1234.5),
    ("1\u202f234.5", ".", 1234.5), ("1'234.5", ".", 1234.5), ("1,234", ".", 1234.0),
    ("1,5", ",", 1.5), ("45%", ".", 45.0), ("４５％", ".", 45.0), ("１２３", ".", 123.0),
    ("-3.5", ".", -3.5), ("−3,5", ",", -3.5), ("(1,200)", ".", -1200.0), ("1.5e3", ".", 1500.0),
    ("", ".", None), ("  ", ".", None), ("-", ".", None), ("n/a", ".", None), ("NA", ".", None),
    ("#N/A", ".", None),
])
def test_parse_number(text: str, decimal: str, expected: float | None) -> None:
    assert parse_number(text, decimal=decimal) == expected


@pytest.mark.parametrize(("text", "decimal"), [("abc", "."), ("1.234,5", "."), ("1,23", "."),
                                               ("1,234.5", ","), ("12 apples", ".")])
def test_not_a_number_names_the_text(text: str, decimal: str) -> None:
    with pytest.raises(ValueError, match=f"^'{text}' is not a number .*: correct the cell"):
        parse_number(text, decimal=decimal)


def test_decimal_detection() -> None:
    assert detect_decimal(["1,5", "2,25", "3"]) == ","
    assert detect_decimal(["1.234.567", "12"]) == ","
    assert detect_decimal(["1,234", "2,000"]) == "."
    assert detect_decimal(["1,234.5", "14.03.2024"]) == "."


# Dates -----------------------------------------------------------------------------------------

JST = timezone(timedelta(hours=9))


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("2024-03-14", None, date(2024, 3, 14)),
    ("2024-03-14T13:05:07", None, datetime(2024, 3, 14, 13, 5, 7)),
    ("2024-03-14T13:05:07Z", None, datetime(2024, 3, 14, 13, 5, 7, tzinfo=UTC)),
    ("2024-03-14 13:05+09:00", None, datetime(2024, 3, 14, 13, 5, tzinfo=JST)),
    ("2024-03-14T13:05:07.250-05:00", None, datetime(2024, 3, 14, 13, 5, 7, 250000,
                                                     tzinfo=timezone(timedelta(hours=-5)))),
    ("2024/3/14", None, date(2024, 3, 14)),
    ("2024/3/14 9:05", None, datetime(2024, 3, 14, 9, 5)),
    ("2024年3月14日", None, date(2024, 3, 14)),
    ("２０２４年３月１４日(木) 13時05分", None, datetime(2024, 3, 14, 13, 5)),
    ("14.03.2024", None, date(2024, 3, 14)),
    ("14.03.2024 13:05:07", None, datetime(2024, 3, 14, 13, 5, 7)),
    ("03/14/2024", None, date(2024, 3, 14)),
    ("03/14/2024 1:05 PM", None, datetime(2024, 3, 14, 13, 5)),
    ("03/04/2024", "dmy", date(2024, 4, 3)),
    ("03/04/2024", "mdy", date(2024, 3, 4)),
    ("2024-03-04", "dmy", date(2024, 3, 4)),
    ("20240314", None, date(2024, 3, 14)),
])
def test_parse_date(text: str, order: str | None, expected: date) -> None:
    result = parse_date(text, order)
    assert result == expected and type(result) is type(expected)


def test_ambiguous_dates_are_asked_not_guessed() -> None:
    with pytest.raises(AmbiguousDateError) as caught:
        parse_date("03/04/2024")
    assert caught.value.candidates == ("dmy", "mdy")
    assert str(caught.value) == ("'03/04/2024' could be 2024-04-03 (day/month/year) or 2024-03-04 "
                                 "(month/day/year): choose the date order.")


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("14/03/2024", "mdy",
     "'14/03/2024' is not a valid month/day/year date: correct the cell or choose another"),
    ("2024-02-30", None, "'2024-02-30' is not a valid date (no such day or month): correct the cell"),
    ("yesterday", None, "'yesterday' is not a date: use a form such as 2024-03-14"),
    ("2024-03-14 25:00", None, "'2024-03-14 25:00' has an impossible time of day: correct the cell."),
])
def test_bad_dates_name_the_text(text: str, order: str | None, expected: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(text, order)
    assert str(caught.value).startswith(expected)


def test_detect_date_order() -> None:
    assert detect_date_order(["03/04/2024", "05/06/2024", ""]) == DateOrder(AMBIGUOUS, ("dmy", "mdy"))
    assert detect_date_order(["03/04/2024", "14/04/2024"]) == DateOrder("dmy", ("dmy",))
    assert detect_date_order(["03/04/2024", "03/14/2024"]) == DateOrder("mdy", ("mdy",))
    assert detect_date_order(["2024-03-04", "2024/3/5"]) == DateOrder("ymd", ("ymd",))
    assert detect_date_order(["03.04.2024"]).order == "dmy"
    assert detect_date_order(["03/04/24"]).candidates == ("ymd", "dmy", "mdy")
    with pytest.raises(ValueError, match=r"'03/14/2024' does not fit the date order .*: correct the column"):
        detect_date_order(["14/03/2024", "03/14/2024"])
    with pytest.raises(ValueError, match="None of the values is a date"):
        detect_date_order(["abc", ""])


# Roles and shapes -------------------------------------------------------------------------------

def test_long_format() -> None:
    table = load(b"Date,Stage,Touchpoint,Channel,Metric,Value\n2024-01-01,Awareness,Ad,Web,visits,100\n"
                 b"2024-01-01,Awareness,Ad,Web,clicks,7\n")
    roles = guess_roles(table)
    assert roles == {"Date": "date", "Stage": "stage", "Touchpoint": "touchpoint", "Channel": "channel",
                     "Metric": "metric", "Value": "value"}
    assert table_shape(table, roles) == "long"


def test_wide_format_and_japanese_names() -> None:
    table = load("週,段階,接点,セグメント,訪問数,推奨度\n2024-01-01,認知,広告,新規,100,-12.5\n"
                 "2024-01-08,検討,ウェブ,既存,80,3\n".encode("cp932"))
    roles = guess_roles(table)
    assert roles == {"週": "date", "段階": "stage", "接点": "touchpoint", "セグメント": "segment",
                     "訪問数": "measure", "推奨度": "measure"}
    assert table_shape(table, roles) == "wide"


def test_response_scales() -> None:
    table = load(b"respondent,NPS score,CSAT,Customer Effort,access count\nr1,10,5,2,3\nr2,0,1,7,4\n")
    roles = guess_roles(table)
    assert roles == {"NPS score": "nps", "CSAT": "csat", "Customer Effort": "ces", "access count": "measure"}
    assert table_shape(table, roles) == "responses"
