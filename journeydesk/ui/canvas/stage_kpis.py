"""A stage header's KPIs, compact: up to two lines such as “NPS +32.0 / +40.0 ▲” with a status dot."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.core.enums import KpiDirection
from journeydesk.core.layout import Metrics
from journeydesk.figures.kpis import KpiFigure, KpiStatus, kpi_line
from journeydesk.ui.base.plain import plain_tooltip
from journeydesk.ui.style import theme

BASE_HEIGHT = Metrics().stage_header_height  # the header's name and goal; the KPI lines go below
LINE_HEIGHT = 14.0
MOST_LINES = 2
FONT_PX = 10
STATUS_COLORS = {KpiStatus.ON_TARGET: QColor("#2e9d4f"), KpiStatus.OFF_TARGET: QColor("#d64541"),
                 KpiStatus.NO_DATA: QColor("#9aa3ad")}


def header_height(lines: int) -> float:
    """A stage header tall enough for ``lines`` KPI lines (at most two) under its name and goal."""
    shown = min(MOST_LINES, lines)
    return BASE_HEIGHT + (shown * LINE_HEIGHT + 4 if shown else 0)


def figure_text(figure: KpiFigure) -> str:
    """“+32.0 / +40.0 ▲”: the current value, the target, and which way is better."""
    arrow = "▲" if figure.kpi.direction == KpiDirection.UP else "▼"
    return f"{figure.shown(figure.current)} / {figure.shown(figure.kpi.target)} {arrow}"


def kpi_text(figure: KpiFigure) -> str:
    return f"{figure.kpi.name} {figure_text(figure)}"


def kpis_tooltip(figures: Sequence[KpiFigure]) -> str:
    """Every KPI of the stage, one a line, with its target and status (plain text)."""
    return plain_tooltip("\n".join(kpi_line(figure) for figure in figures))


class StageKpisItem(QGraphicsItem):
    """The KPI lines of one stage header, drawn as its child below the name and goal; clicks go to the
    header."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(0, BASE_HEIGHT)
        self.figures: tuple[KpiFigure, ...] = ()
        self.width = 0.0

    @property
    def texts(self) -> list[str]:
        """The lines as written in full (drawn elided to the header's width)."""
        return [kpi_text(figure) for figure in self.figures[:MOST_LINES]]

    def set_figures(self, figures: Sequence[KpiFigure], width: float) -> None:
        if tuple(figures) == self.figures and width == self.width:
            return
        self.prepareGeometryChange()
        self.figures, self.width = tuple(figures), width
        self.setToolTip(kpis_tooltip(figures) if figures else "")
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, min(MOST_LINES, len(self.figures)) * LINE_HEIGHT + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colors = theme.current()
        font = QFont(painter.font())
        font.setPixelSize(FONT_PX)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        more = len(self.figures) - MOST_LINES
        for row, figure in enumerate(self.figures[:MOST_LINES]):
            top = row * LINE_HEIGHT
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATUS_COLORS[figure.status])
            painter.drawEllipse(QPointF(12, top + LINE_HEIGHT / 2), 3.5, 3.5)
            extra = f" +{more}" if more > 0 and row == MOST_LINES - 1 else ""
            room = self.width - 20 - 8 - metrics.horizontalAdvance(extra)
            numbers = figure_text(figure)
            name_room = room - metrics.horizontalAdvance(" " + numbers)
            if name_room >= metrics.horizontalAdvance("M…"):
                name = metrics.elidedText(figure.kpi.name, Qt.TextElideMode.ElideRight, name_room)
                line = f"{name} {numbers}"
            else:
                line = metrics.elidedText(kpi_text(figure), Qt.TextElideMode.ElideRight, max(0.0, room))
            area = QRectF(20, top, self.width - 28, LINE_HEIGHT)
            painter.setPen(QColor(colors.text))
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextSingleLine, line)
            if extra:
                painter.setPen(QColor(colors.muted_text))
                painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, extra)
