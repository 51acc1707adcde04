"""A CSV file's text encoding: detected from its first bytes, checked, and its errors (no Qt)."""

from __future__ import annotations

import codecs
import re
from typing import IO

from journeydesk.i18n import t

_SHIFT_JIS_NAMES = {"shift_jis", "shift-jis", "sjis", "s_jis", "shiftjis", "ms932", "windows-31j"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")


class CsvError(ValueError):
    """A file that cannot be read as a table; the message says what is wrong and what to do."""


def decode_head(head: bytes, encoding: str, partial: bool) -> str:
    """The text of the first bytes (``partial``: the file goes on, so a cut character is not an error)."""
    return codecs.getincrementaldecoder(encoding)("strict").decode(head, final=not partial)


def _try_decode(head: bytes, encoding: str, partial: bool) -> str | None:
    try:
        return decode_head(head, encoding, partial)
    except UnicodeDecodeError:
        return None


def empty_error(name: str) -> CsvError:
    """The error for a file with nothing in it."""
    return CsvError(t("{name} is empty: choose a file that contains a table.", name=name))


def binary_error(name: str, what: str) -> CsvError:
    """The error for a file that is not text (``what`` says why)."""
    return CsvError(t("{name} looks like binary data ({what}), not a CSV text file: export the data from "
                      "its application as CSV and import that file.", name=name, what=what))


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= max(2.0, 0.2 * pairs) and others <= 0.02 * pairs:
            return encoding
    return None


def _looks_japanese(text: str) -> bool:
    kana = kanji = half = other = 0
    run = previous_kanji = False
    for ch in text[:65536]:
        if ch < "\x80":
            previous_kanji = False
            continue
        code = ord(ch)
        is_kanji = False
        if 0x3000 <= code <= 0x30FF or 0xFF01 <= code <= 0xFF5E:
            kana += 1
        elif 0xFF61 <= code <= 0xFF9F:
            half += 1
        elif 0x4E00 <= code <= 0x9FFF and ch.encode("cp932")[0] <= 0x9F:
            kanji += 1
            is_kanji = True
            run = run or previous_kanji
        else:
            other += 1
        previous_kanji = is_kanji
    japanese = kana + kanji + half
    return (kana > 0 or run) and japanese >= 0.6 * (japanese + other)


def detect_encoding(head: bytes, partial: bool, name: str) -> str:
    """The encoding of a file from its first bytes: BOM, UTF-16 by its zero bytes, UTF-8, CP932, CP1252,
    Latin-1."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(head)
    if utf16 and _try_decode(head, utf16, partial) is not None:
        return utf16
    if b"\x00" in head:
        raise binary_error(name, t("it contains NUL bytes"))
    if _try_decode(head, "utf-8", partial) is not None:
        return "utf-8"
    cp932 = _try_decode(head, "cp932", partial)
    if cp932 is not None and _looks_japanese(cp932):
        return "cp932"
    if re.search(rb"[\x80-\x9f]", head) and _try_decode(head, "cp1252", partial) is not None:
        return "cp1252"
    return "latin-1"


def check_text(text: str, encoding: str, name: str) -> None:
    """Refuse text that is binary data or decoded with an encoding that does not fit it."""
    controls = len(_CONTROL.findall(text[:1_000_000]))
    if controls > max(2, len(text) // 200):
        raise binary_error(name, t("it is full of control characters"))
    if encoding in ("latin-1", "cp1252"):
        visible = len(text) - sum(text.count(c) for c in " \t\r\n")
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        in_runs = sum(len(m) for m in _NON_ASCII_RUN.findall(text))
        if non_ascii > 0.3 * visible or (non_ascii >= 4 and in_runs >= 0.5 * non_ascii):
            raise CsvError(t("The text encoding of {name} could not be recognised (it is not UTF-8, UTF-16, "
                             "Shift_JIS/CP932 or Latin-1): save it from your spreadsheet as \"CSV UTF-8\" "
                             "and import it again, or choose the encoding by hand.", name=name))


def normal_encoding(encoding: str) -> str:
    """The codec name for an encoding the user typed or the file recorded (Shift_JIS names read as CP932)."""
    if encoding.strip().lower() in _SHIFT_JIS_NAMES:
        return "cp932"
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError:
        raise CsvError(t("'{encoding}' is not a known text encoding: choose one such as UTF-8, CP932 "
                         "(Japanese Excel), UTF-16 or Latin-1.", encoding=encoding)) from None


def bad_line(data: IO[bytes], encoding: str) -> int:
    """The physical line of the first byte that does not decode (re-reading from the start)."""
    data.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("surrogateescape")
    line = 1
    while chunk := data.read(1 << 16):
        text = decoder.decode(chunk)
        bad = re.search(r"[\udc80-\udcff]", text)
        part = text[:bad.start()] if bad else text
        line += part.count("\n") + part.count("\r") - part.count("\r\n")
        if bad:
            return line
    return line


__all__ = ["CsvError", "bad_line", "binary_error", "check_text", "decode_head", "detect_encoding",
           "empty_error", "normal_encoding"]
