"""The arrows between cards on the map: each paints the route core/link_routes.py gives it."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from journeydesk.core.document import Document
from journeydesk.core.enums import LinkKind
from journeydesk.core.layout import JourneyLayout
from journeydesk.core.link_routes import LinkRoute, RouteCache, link_routes
from journeydesk.core.model import Card, Link
from journeydesk.ui.base.plain import plain_static, plain_tooltip
from journeydesk.ui.style import theme
from journeydesk.ui.style.map_font import map_font

LINK_Z = -1.0  # under the cards: a dragged card covers the arrows, never the other way round
ARROW_LENGTH, ARROW_WIDTH = 7.0, 6.0
CORNER = 5.0
LABEL_MAX = 40
DETAIL_THRESHOLD = 0.45
DASHES = [4.0, 3.0]  # in pen widths
_COLORS = {  # (flow, channel switch) for each theme
    "light": ("#6b7a8c", "#c05a12"),
    "dark": ("#8f9db0", "#f0a35e"),
}


_COLOR_CACHE: dict[tuple[str, LinkKind], QColor] = {}


FADED = 0.25  # the opacity of a dragged card's links until they are routed again


def link_color(kind: LinkKind) -> QColor:
    """The colour of a link of ``kind`` in the current theme."""
    name = theme.current().name
    color = _COLOR_CACHE.get((name, kind))
    if color is None:
        flow, switch = _COLORS.get(name, _COLORS["light"])
        color = _COLOR_CACHE[name, kind] = QColor(switch if kind == LinkKind.CHANNEL_SWITCH else flow)
    return color


def _plain_pen(kind: LinkKind) -> QPen:
    color = link_color(kind)
    key = (color.name(), kind)
    pen = _PEN_CACHE.get(key)
    if pen is None:
        pen = _PEN_CACHE[key] = QPen(color, 1.5)
    return pen


_PEN_CACHE: dict[tuple[str, LinkKind], QPen] = {}


def rounded_path(points: tuple[tuple[float, float], ...], radius: float = CORNER) -> QPainterPath:
    """The polyline through ``points`` with its corners rounded (never more than half a stretch)."""
    path = QPainterPath(QPointF(*points[0]))
    for index in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = points[index - 1], points[index], points[index + 1]
        before = min(radius, (abs(bx - ax) + abs(by - ay)) / 2)
        after = min(radius, (abs(cx - bx) + abs(cy - by)) / 2)
        r = min(before, after)
        into = QPointF(bx - r * _sign(bx - ax), by - r * _sign(by - ay))
        out = QPointF(bx + r * _sign(cx - bx), by + r * _sign(cy - by))
        path.lineTo(into)
        path.quadTo(QPointF(bx, by), out)
    path.lineTo(QPointF(*points[-1]))
    return path


def _sign(value: float) -> float:
    return (value > 0) - (value < 0)


def arrowhead(points: tuple[tuple[float, float], ...]) -> QPolygonF:
    """The arrow's head at the last point, pointing along the last stretch."""
    (ax, ay), (bx, by) = points[-2], points[-1]
    dx, dy = _sign(bx - ax), _sign(by - ay)
    if abs(bx - ax) + abs(by - ay) and dx and dy:  # a straight fallback line: use its true direction
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        dx, dy = (bx - ax) / length, (by - ay) / length
    tip = QPointF(bx, by)
    base = QPointF(bx - dx * ARROW_LENGTH, by - dy * ARROW_LENGTH)
    across = QPointF(-dy * ARROW_WIDTH / 2, dx * ARROW_WIDTH / 2)
    return QPolygonF([tip, base + across, base - across])


def label_font() -> QFont:
    font = QFont(map_font())
    font.setPixelSize(10)
    return font


class LinkItem(QGraphicsItem):
    """One link: a thin line (dashed for a channel switch) with an arrowhead and its label."""

    def __init__(self, link: Link, route: LinkRoute) -> None:
        super().__init__()
        self.entity_id = link.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(LINK_Z)
        self.link = link
        self.route = route
        self.set_link(link, route)

    def set_link(self, link: Link, route: LinkRoute) -> None:
        self.prepareGeometryChange()
        self.link, self.route = link, route
        self._path = rounded_path(route.points)
        self.polyline = QPolygonF([QPointF(x, y) for x, y in route.points])
        self._head = arrowhead(route.points)
        label = link.label if len(link.label) <= LABEL_MAX else link.label[:LABEL_MAX - 1] + "…"
        self._label: QStaticText | None = plain_static(label) if label else None
        self._label_rect = QRectF()
        if self._label is not None:
            metrics = QFontMetricsF(label_font())
            width, height = metrics.horizontalAdvance(label) + 8, metrics.height() + 2
            x, y = route.label_at
            self._label_rect = QRectF(x - width / 2, y - height / 2, width, height)
        self._shape: QPainterPath | None = None
        self._runs: tuple[tuple[float, ...], list[tuple[QPainterPath, float]]] | None = None
        xs, ys = [x for x, _ in route.points], [y for _, y in route.points]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-8, -8, 8, 8)
        if self._label is not None:
            self._bounds = self._bounds.united(self._label_rect.adjusted(-2, -2, 2, 2))
        self.setToolTip(plain_tooltip(link.label))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _visible_runs(self, exposed: QRectF) -> list[tuple[QPainterPath, float]]:
        """The stretches of the route inside ``exposed`` as paths, each with its distance from the start.

        A route may run the height of the map; stroking all of it for a small repaint was the
        main cost of painting links (about 0.3 ms a link on a 2,000-card map).
        """
        if exposed.isNull() or exposed.contains(self._bounds):
            return [(self._path, 0.0)]
        key = (exposed.x(), exposed.y(), exposed.width(), exposed.height())
        if self._runs is not None and self._runs[0] == key:
            return self._runs[1]
        runs = self._clipped_runs(exposed)
        self._runs = (key, runs)
        return runs

    def _clipped_runs(self, exposed: QRectF) -> list[tuple[QPainterPath, float]]:
        area = exposed.adjusted(-CORNER * 2, -CORNER * 2, CORNER * 2, CORNER * 2)
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        runs: list[tuple[QPainterPath, float]] = []
        run: list[tuple[float, float]] = []
        start_along = along = 0.0
        points = self.route.points
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            inside = (min(ax, bx) <= right and max(ax, bx) >= left and min(ay, by) <= bottom
                      and max(ay, by) >= top)
            if inside:
                if not run:
                    first = (min(max(ax, left), right), min(max(ay, top), bottom))
                    run = [first]
                    start_along = along + abs(first[0] - ax) + abs(first[1] - ay)
                run.append((bx, by))
            elif run:
                runs.append(self._run_path(run, left, top, right, bottom, start_along))
                run = []
            along += abs(bx - ax) + abs(by - ay)
        if run:
            runs.append(self._run_path(run, left, top, right, bottom, start_along))
        return runs

    @staticmethod
    def _run_path(run: list[tuple[float, float]], left: float, top: float, right: float, bottom: float,
                  along: float) -> tuple[QPainterPath, float]:
        x, y = run[-1]
        run[-1] = (min(max(x, left), right), min(max(y, top), bottom))
        return rounded_path(tuple(run)), along

    def shape(self) -> QPainterPath:
        if self._shape is None:  # made when first hit-tested, not for every link on every change
            stroker = QPainterPathStroker()
            stroker.setWidth(8)
            self._shape = stroker.createStroke(self._path)
            self._shape.addPolygon(self._head)
            if self._label is not None:
                self._shape.addRect(self._label_rect)
        return self._shape

    def itemChange(self, change, value):
        # A rubber band drawn to select cards does not pick up the arrows running between them.
        selecting = change == QGraphicsItem.GraphicsItemChange.ItemSelectedChange and value
        if selecting and self.scene() is not None and any(
                not view.rubberBandRect().isNull() for view in self.scene().views()):
            return False
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        detailed = painter.worldTransform().m11() >= DETAIL_THRESHOLD  # the map is never rotated
        if not detailed and not self.isSelected():
            # Zoomed out: a plain line in the link's colour; heads and dashes would be a pixel or two.
            painter.setPen(_plain_pen(self.link.kind))
            painter.drawPolyline(self.polyline)
            return
        colors = theme.current()
        color = link_color(self.link.kind)
        if self.isSelected():
            glow = QColor(colors.selection)
            glow.setAlpha(90)
            painter.setPen(QPen(glow, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            for path, _along in self._visible_runs(option.exposedRect):
                painter.drawPath(path)
            color = QColor(colors.selection)
        pen = QPen(color, 2.0 if self.isSelected() else 1.5)
        if self.link.kind == LinkKind.CHANNEL_SWITCH:
            pen.setDashPattern(DASHES)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path, along in self._visible_runs(option.exposedRect):
            if along and pen.style() != Qt.PenStyle.SolidLine:
                pen.setDashOffset(along / pen.widthF())  # the dashes stay in place wherever a repaint starts
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(self._head)
        if self._label is not None and detailed:
            back = QColor(colors.canvas)
            back.setAlpha(235)
            painter.setPen(QPen(color, 1))
            painter.setBrush(back)
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(label_font())
            painter.setPen(QColor(colors.text))
            painter.drawStaticText(self._label_rect.topLeft() + QPointF(4, 1), self._label)


class LinkLayer:
    """The link items of a scene, kept in step with the Document on every reconcile."""

    def __init__(self, scene: QGraphicsScene, adopt: Callable[[QGraphicsItem], QGraphicsItem]) -> None:
        self.scene = scene
        self.adopt = adopt  # gives a new item the scene's cache mode
        self.items: dict[str, LinkItem] = {}
        self.cache = RouteCache()

    def clear(self) -> None:
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()

    def fade(self, card_ids: set[str]) -> None:
        """Draw the links of ``card_ids`` faint (cards being dragged), the others as usual."""
        for item in self.items.values():
            item.setOpacity(FADED if item.link.source_id in card_ids or item.link.target_id in card_ids
                            else 1.0)

    def sync(self, document: Document, journey_id: str, layout: JourneyLayout) -> None:
        links = {link.id: link for link in document.links(journey_id)}
        routes = link_routes(links.values(), layout, self.cache)
        for link_id in [i for i in self.items if i not in routes]:
            self.scene.removeItem(self.items.pop(link_id))
        for link_id, route in routes.items():
            item = self.items.get(link_id)
            if item is None:
                item = self.items[link_id] = self.adopt(LinkItem(links[link_id], route))
                self.scene.addItem(item)
            elif item.link is not links[link_id] or item.route != route:
                item.set_link(links[link_id], route)


def link_ends_text(document: Document, link: Link) -> str:
    """“Source card text → target card text”, each cut to one short line."""
    def name(card_id: str) -> str:
        card = document.get(Card, card_id)
        text = " ".join(card.text.split()) if card is not None else ""
        text = text or QCoreApplication.translate("Inspector", "(card without text)")
        return text if len(text) <= 60 else text[:59] + "…"

    return f"{name(link.source_id)} → {name(link.target_id)}"
