"""The SVG icon set as QIcons, tinted at paint time for the current palette and crisp at any scale."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeydesk.core.enums import CardKind, Category, LaneKind, Mode

Tint = Callable[[], QColor]


APP_ICON = "journeydesk"
_SVG_HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
             'stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">')
# Drawn here rather than taken from the style: Fusion's arrows are black whatever the palette, and
# lighter when disabled, which reads backwards on the dark theme.
ARROWS = {"move_up": _SVG_HEAD + '<path d="M12 19V5M5 12l7-7 7 7"/></svg>',
          "move_down": _SVG_HEAD + '<path d="M12 5v14M5 12l7 7 7-7"/></svg>'}


def icon_names() -> list[str]:
    """Every tintable icon of the set (file names without ``.svg``; the coloured app icon is not one)."""
    return sorted(p.name[:-4] for p in files("journeydesk.icons").iterdir()
                  if p.name.endswith(".svg") and p.name != f"{APP_ICON}.svg")


@cache
def _svg(name: str) -> str:
    if name in ARROWS:
        return ARROWS[name]
    return (files("journeydesk.icons") / f"{name}.svg").read_text(encoding="utf-8")


@cache
def renderer(name: str, color: str) -> QSvgRenderer:
    """The icon ``name`` drawn in ``color`` (a ``#rrggbb`` name)."""
    return QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode()))


def render(painter: QPainter, name: str, rect: QRectF, color: QColor) -> None:
    """Paint icon ``name`` into ``rect`` in ``color``: vector, so sharp at every zoom."""
    renderer(name, color.name()).render(painter, rect)


def _palette_text(mode: QIcon.Mode) -> QColor:
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
    return QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText)


class SvgIconEngine(QIconEngine):
    """Renders one SVG of the set at the requested size, in the colour of the moment."""

    def __init__(self, name: str, tint: Tint | None = None) -> None:
        super().__init__()
        self.name = name
        self.tint = tint

    def _color(self, mode: QIcon.Mode) -> QColor:
        color = self.tint() if self.tint is not None else _palette_text(mode)
        if mode == QIcon.Mode.Disabled and self.tint is not None:
            color.setAlphaF(0.4)
        return color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self._color(mode)
        painter.save()
        painter.setOpacity(painter.opacity() * color.alphaF())
        color.setAlphaF(1.0)
        side = min(rect.width(), rect.height())
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        render(painter, self.name, box, color)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.tint)

    def key(self) -> str:
        return "journeydesk-svg"


@cache
def icon(name: str) -> QIcon:
    """Icon ``name`` of the set in the palette's text colour (so it suits light and dark)."""
    if name not in icon_names() and name not in ARROWS:
        raise KeyError(f"No icon named {name!r} in journeydesk/icons.")
    return QIcon(SvgIconEngine(name))


@cache
def kind_icon(kind: CardKind) -> QIcon:
    """A card kind's icon in that kind's accent colour of the current theme."""
    from journeydesk.ui.style import theme

    return QIcon(SvgIconEngine(kind.value, lambda: theme.current().accent(kind)))


def lane_icon_name(kind: LaneKind | None) -> str:
    from journeydesk.core.kinds import LANE_CARD_KIND

    if kind == LaneKind.EMOTIONS:
        return "emotion"
    return LANE_CARD_KIND[kind].value if kind in LANE_CARD_KIND else "lane"


def badge_name(value: Category | Mode) -> str:
    """The icon of a touchpoint's category or mode (digital, human, physical; offline, online, O2O, OMO)."""
    return value.value.lower()
