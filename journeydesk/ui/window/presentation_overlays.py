"""What presentation mode shows over the map: the dots of its progress, the spotlight on a stage, the dark
pills."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QWidget

from journeydesk.ui.style import theme

if TYPE_CHECKING:
    from journeydesk.ui.canvas.view import JourneyView


class Dots(QWidget):
    """One dot per stage, the current one filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = -1

    def set_state(self, count: int, current: int) -> None:
        self.count, self.current = count, current
        self.setFixedSize(max(0, 16 * count - 6), 12)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(self.count):
            color = QColor("#ffffff")
            if index != self.current:
                color.setAlpha(90)
            painter.setBrush(color)
            size = 10 if index == self.current else 8
            painter.drawEllipse(QRectF(16 * index + (10 - size) / 2, (12 - size) / 2, size, size))
        painter.end()


class Spotlight(QWidget):
    """Washes the stages other than the current one towards the canvas colour, over the view."""

    def __init__(self, view: JourneyView, current_step: Callable[[], int]) -> None:
        super().__init__(view)
        self.view = view
        self.current_step = current_step  # -1 for the overview, else the index of the stage on show
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event) -> None:
        view = self.view
        layout = view.journey_scene.layout
        index = self.current_step()
        if layout is None or not 0 <= index < len(layout.stages):
            return
        rect = layout.stage_rects[layout.stages[index].id]
        # The title and the lane names stay as they are: only the other stages' columns are washed.
        left = view.mapFromScene(QPointF(rect.x, rect.y)).toPointF()
        right = view.mapFromScene(QPointF(rect.right, layout.height)).toPointF()
        lanes = view.mapFromScene(QPointF(layout.metrics.lane_header_width, 0)).x()
        wash = QColor(theme.current().canvas)
        wash.setAlpha(150)
        painter = QPainter(self)
        painter.fillRect(QRectF(lanes, left.y(), left.x() - lanes, right.y() - left.y()), wash)
        painter.fillRect(QRectF(right.x(), left.y(), self.width() - right.x(), right.y() - left.y()), wash)
        painter.end()


def pill(parent: QWidget, name: str) -> QFrame:
    """A dark rounded strip with white text: readable on the light and the dark canvas alike."""
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    frame.setStyleSheet(f"QFrame#{name} {{ background: rgba(24, 26, 31, 215); border-radius: 16px;"
                        " border: 1px solid rgba(255, 255, 255, 60); }"
                        f" QFrame#{name} QLabel {{ color: #ffffff; background: transparent; font-size: 16px; "
                        f"}}")
    return frame
