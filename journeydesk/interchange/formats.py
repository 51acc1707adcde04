"""The four formats by name and file extension: read a file into what it holds, write journeys to bytes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from journeydesk.core.document import Document
from journeydesk.i18n import t
from journeydesk.interchange.common import (
    MAX_JSON_BYTES,
    MAX_TEXT_BYTES,
    MAX_YAML_BYTES,
    Imported,
    InterchangeError,
    decode,
    read_bytes,
)
from journeydesk.interchange.json_export import Rows

FORMATS = ("json", "mermaid", "ems", "csv")
EXTENSIONS = {".json": "json", ".mmd": "mermaid", ".mermaid": "mermaid", ".md": "mermaid",
              ".markdown": "mermaid", ".yaml": "ems", ".yml": "ems", ".csv": "csv", ".tsv": "csv"}
SINGLE_JOURNEY = ("mermaid", "ems")  # formats that hold one journey: without --journey, the first is written
_LIMITS = {"json": MAX_JSON_BYTES, "mermaid": MAX_TEXT_BYTES, "ems": MAX_YAML_BYTES, "csv": MAX_TEXT_BYTES}


def format_of(path: str | Path, given: str | None = None) -> str:
    """The format named, else the one the extension says; one line when neither says."""
    if given:
        return given
    found = EXTENSIONS.get(Path(path).suffix.lower())
    if found is None:
        raise InterchangeError(t("Cannot tell the format of {path} from its extension; give --format json, "
                                 "mermaid, ems or csv.", path=Path(path).name))
    return found


def read_file(path: str | Path, fmt: str | None = None) -> Imported:
    """Everything a journey file holds, checked; nothing is added to any project here."""
    path = Path(path)
    fmt = format_of(path, fmt)
    data = read_bytes(path, _LIMITS[fmt])
    if fmt == "json":
        from journeydesk.interchange.json_import import read_json

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InterchangeError(t("{name} is not UTF-8 text (byte {at}); JSON files are UTF-8.",
                                     name=path.name, at=error.start)) from None
        return read_json(text, path.name)
    text = decode(data, path.name)
    if fmt == "mermaid":
        from journeydesk.interchange.mermaid_read import read_mermaid

        return read_mermaid(text, path.name)
    if fmt == "ems":
        from journeydesk.interchange.ems_read import read_ems

        return read_ems(text, path.name)
    from journeydesk.interchange.sheet import read_sheet

    return read_sheet(text, path.name)


def export_bytes(doc: Document, journey_ids: Sequence[str], fmt: str, *, rows: Rows | None = None,
                 suffix: str = "") -> bytes:
    """The journeys in ``fmt`` (Mermaid and EMS take the first); ``rows`` adds imported values to JSON.

    ``suffix`` is the output's extension: ``.tsv`` writes tabs, ``.md`` puts the diagram in a Markdown block.
    """
    suffix = suffix.lower()
    if fmt == "json":
        from journeydesk.interchange.json_export import export_json

        return export_json(doc, journey_ids, rows).encode("utf-8")
    if fmt == "mermaid":
        from journeydesk.interchange.mermaid_write import export_mermaid

        text = export_mermaid(doc, journey_ids[0])
        if suffix in (".md", ".markdown"):
            text = f"```mermaid\n{text}```\n"
        return text.encode("utf-8")
    if fmt == "ems":
        from journeydesk.interchange.ems_write import export_ems

        return export_ems(doc, journey_ids[0]).encode("utf-8")
    from journeydesk.interchange.sheet import export_csv

    return export_csv(doc, journey_ids, "\t" if suffix == ".tsv" else ",")


def write_file(path: str | Path, data: bytes) -> Path:
    """Write ``data`` beside ``path`` and move it into place, so a failed write leaves no half file."""
    path = Path(path)
    scratch = path.with_name(f".{path.name}.writing")
    try:
        scratch.write_bytes(data)
        scratch.replace(path)
    except OSError as error:
        scratch.unlink(missing_ok=True)
        raise InterchangeError(t("Cannot write {path}: {reason}.", path=path,
                                 reason=error.strerror or error)) from None
    return path
