"""What every format shares: the error, the size limits, reading and decoding a file, and what an import
found."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journeydesk.core.entity import Entity
from journeydesk.i18n import t
from journeydesk.imports.encoding import CsvError, check_text, detect_encoding

MAX_TEXT_BYTES = 20 * 1024 * 1024  # Mermaid, YAML and spreadsheets: far above any hand-made journey
MAX_JSON_BYTES = 256 * 1024 * 1024  # a JSON export may carry imported values (about 120 bytes each)
MAX_YAML_BYTES = 5 * 1024 * 1024  # YAML is read by pure Python, about 1 MB/s
MAX_DEPTH = 64
MAX_BANDS = 1000  # stages or lanes of one journey
MAX_ENTITIES = 500_000  # cards, markers and links of one file
MAX_UNPLACED_SHOWN = 50


class InterchangeError(Exception):
    """A file that cannot be read or written; the message is one line, ``details`` the lines under it."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


@dataclass
class Imported:
    """What reading a file gave: the entities to add, the rows of their datasets, and what could not be
    placed."""

    entities: list[Entity] = field(default_factory=list)
    rows: dict[str, list[list]] = field(default_factory=dict)  # dataset id -> rows, as in the JSON export
    unplaced: list[str] = field(default_factory=list)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refused past ``limit`` before any is read into memory."""
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise InterchangeError(t("Cannot read {path}: {reason}.", path=path.name,
                                 reason=error.strerror or error)) from None
    if len(data) > limit:
        raise InterchangeError(t("{path} is larger than {limit} MB, more than a journey can hold.",
                                 path=path.name, limit=limit // (1024 * 1024)))
    if not data.strip():
        raise InterchangeError(t("{path} is empty.", path=path.name))
    return data


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16, or CP932 from Japanese Excel."""
    try:
        encoding = detect_encoding(data, False, name)
        text = data.decode(encoding)
        check_text(text, encoding, name)
    except (CsvError, UnicodeDecodeError) as error:
        raise InterchangeError(str(error)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unplaced_lines(unplaced: list[str]) -> list[str]:
    """The lines listing what was not placed: the first ones, then how many more."""
    lines = unplaced[:MAX_UNPLACED_SHOWN]
    if len(unplaced) > MAX_UNPLACED_SHOWN:
        lines.append(t("… and {n} more.", n=len(unplaced) - MAX_UNPLACED_SHOWN))
    return lines
