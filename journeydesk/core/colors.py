"""The map's colours on white, shared by the app's light theme and the PDF report: card fills and accents by
kind, emotion scores, moments of truth, exit points and ink."""

from __future__ import annotations

from journeydesk.core.enums import CardKind

CARD_FILLS: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: "#d6e6fb", CardKind.ACTION: "#d9f0e3", CardKind.THOUGHT: "#fdf0c2",
    CardKind.PAIN_POINT: "#fbdad8", CardKind.OPPORTUNITY: "#e6e0fa", CardKind.CHANNEL: "#d5f1f4",
    CardKind.BACKSTAGE: "#e4e8eb", CardKind.NOTE: "#fff6b8",
}
ACCENTS: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: "#2f6fb3", CardKind.ACTION: "#2e8b57", CardKind.THOUGHT: "#b7860b",
    CardKind.PAIN_POINT: "#c0392b", CardKind.OPPORTUNITY: "#6a4cc2", CardKind.CHANNEL: "#1b8a96",
    CardKind.BACKSTAGE: "#5d6d7e", CardKind.NOTE: "#9a8a10",
}
EMOTION_COLORS: dict[int, str] = {-2: "#c0392b", -1: "#e67e22", 0: "#95a5a6", 1: "#7cb342", 2: "#2e8b57"}
MOMENT_OF_TRUTH = "#e0a100"
EXIT_POINT = "#c0392b"
INK = "#1d232b"
