"""How map elements look: badge and emotion colours, faces, emotion scale labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journeydesk.core import colors
from journeydesk.core.enums import Category, Mode

FACE_INK = colors.INK
MOMENT_OF_TRUTH = QColor(colors.MOMENT_OF_TRUTH)
EXIT_POINT = QColor(colors.EXIT_POINT)
POSITIVE = QColor(46, 160, 67, 70)
NEGATIVE = QColor(214, 69, 65, 70)
EMOTION_COLORS = colors.EMOTION_COLORS



translate = QCoreApplication.translate


def exit_badge() -> str:
    return translate("look", "EXIT")


def rating_tag(first: str, first_value: int | None, second: str, second_value: int | None) -> str:
    """A short tag such as “F4 · S5” (frequency, severity) or “I3 · E2” (impact, effort)."""
    letters = {"frequency": translate("look", "F"), "severity": translate("look", "S"),
               "impact": translate("look", "I"), "effort": translate("look", "E")}
    return join_tag(f"{letters[first]}{first_value or '–'}", f"{letters[second]}{second_value or '–'}")


def join_tag(*parts: str) -> str:
    """Parts of a card tag joined as the language writes it (“digital · online”, “デジタル・オンライン”)."""
    shown = [part for part in parts if part]
    text = shown[0] if shown else ""
    for part in shown[1:]:
        text = translate("look", "{0} · {1}").format(text, part)
    return text


def category_mode_tag(category: Category | None, mode: Mode | None) -> str:
    names = {Category.DIGITAL: translate("look", "digital"), Category.HUMAN: translate("look", "human"),
             Category.PHYSICAL: translate("look", "physical"), Mode.OFFLINE: translate("look", "offline"),
             Mode.ONLINE: translate("look", "online"), Mode.O2O: "O2O", Mode.OMO: "OMO"}
    return join_tag(*(names[v] for v in (category, mode) if v is not None))


def draw_face(painter: QPainter, center: QPointF, radius: float, score: int) -> None:
    """A face whose mouth follows the emotion score (−2 angry … +2 delighted)."""
    painter.save()
    ink = QColor(FACE_INK)
    painter.setPen(QPen(ink, max(1.0, radius / 8)))
    eye = radius * 0.12
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(center.x() - radius * 0.35, center.y() - radius * 0.25), eye, eye)
    painter.drawEllipse(QPointF(center.x() + radius * 0.35, center.y() - radius * 0.25), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    y = center.y() + radius * 0.35
    mouth.moveTo(center.x() - radius * 0.45, y)
    mouth.quadTo(QPointF(center.x(), y + score * radius * 0.2), QPointF(center.x() + radius * 0.45, y))
    painter.drawPath(mouth)
    painter.restore()


_emotion_labels: tuple[str, ...] = ()


def set_emotion_labels(labels: tuple[str, ...]) -> None:
    """Use these five labels (for −2…+2) on the emotion lane's scale; empty for the plain numbers."""
    global _emotion_labels
    _emotion_labels = tuple(labels) if len(labels) == 5 else ()


def emotion_scale_label(score: int) -> str:
    """“+2”, “0”, “−1”… followed by the user's label for that score when one is set."""
    number = f"{score:+d}" if score else "0"
    label = _emotion_labels[score + 2].strip() if _emotion_labels else ""
    return f"{number} {label}" if label else number
