"""How names in a file are compared with the map: case and width folded, step numbering left out."""

from __future__ import annotations

import re
import unicodedata

from journeydesk.core.document import Document
from journeydesk.core.enums import CardKind

# "1. Awareness", "Step 2 – Consideration", "①", "1）", "01_", "(3) Purchase", "STEP3：購入", "第2段階 検討"
_NUMBERING = re.compile(
    r"^\s*(?:(?:step|stage|phase|stufe|étape|etape|etapa|paso|ステップ|ステージ|フェーズ)\s*\d{1,2}(?!\d)"
    r"|第\s*\d{1,2}\s*(?:段階|ステップ|ステージ)"
    r"|[(\[]\s*\d{1,2}\s*[)\]]"
    r"|\d{1,2}\s*(?:[.:)\]_\-–—/|](?!\d)|\s)"
    r"|[\u2460-\u2473\u2776-\u277f\u2780-\u2793])\s*[.:)\]_\-–—/|]?\s*",
    re.I)


def normalized(text: str) -> str:
    """Keys compare ignoring case, full-/half-width forms and runs of spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def without_numbering(text: str) -> str:
    """The name without a leading step number ("1. Awareness" → "Awareness"); the text itself if that is
    all."""
    circled = re.sub(r"^\s*[\u2460-\u2473\u2776-\u277f\u2780-\u2793]", "", text)
    stripped = _NUMBERING.sub("", unicodedata.normalize("NFKC", circled), count=1).strip()
    return stripped or text.strip()


def stage_key(text: str) -> str:
    """A stage name as matching compares it: normalised, numbering left out."""
    return normalized(without_numbering(text))


def map_keys(document: Document, journey_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """Stage names and touchpoint texts of the journey, as matching compares them, to their ids."""
    stages = {stage_key(s.name): s.id for s in document.stages(journey_id)}
    touchpoints = {normalized(c.text): c.id for c in document.cards(journey_id)
                   if c.kind == CardKind.TOUCHPOINT}
    return stages, touchpoints


__all__ = ["map_keys", "normalized", "stage_key", "without_numbering"]
