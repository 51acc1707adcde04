"""Light and dark themes: the map's colours, the application palette, and following the system."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from journeydesk.core import colors
from journeydesk.core.enums import CardKind

DARK_TEXT = colors.INK
LIGHT_TEXT = "#eef1f4"
AA_CONTRAST = 4.5
OUTLINE_SHARE, DISABLED_OUTLINE_SHARE = 0.6, 0.3  # of the way from the window colour to its text


@dataclass(frozen=True, slots=True)
class Theme:
    """Every colour the map paints with, for one of the two themes."""

    name: str
    canvas: str
    canvas_alt: str
    emotion_band: str
    grid: str
    zero_line: str
    score_text: str
    lane_header: str
    header_border: str
    text: str
    muted_text: str
    curve: str
    selection: str
    placeholder: str
    legend: str
    marker_outline: str
    card_fills: dict[CardKind, str]
    accents: dict[CardKind, str]

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def card_fill(self, kind: CardKind) -> QColor:
        return QColor(self.card_fills[kind])

    def accent(self, kind: CardKind) -> QColor:
        return QColor(self.accents[kind])

    def stage_tint(self, color: QColor, share: float) -> QColor:
        """A stage colour washed towards the canvas: ``share`` of the colour, the rest canvas."""
        base = QColor(self.canvas)
        return QColor.fromRgbF(*(b + share * (c - b) for c, b in (
            (color.redF(), base.redF()), (color.greenF(), base.greenF()), (color.blueF(), base.blueF()))))


LIGHT = Theme(
    name="light", canvas="#ffffff", canvas_alt="#f9fafb", emotion_band="#fbfcfe", grid="#dde2e8",
    zero_line="#b8c2cc", score_text="#5f6b78", lane_header="#eef1f5", header_border="#c5cbd3",
    text=DARK_TEXT, muted_text="#4a5561", curve="#34495e", selection="#1a73e8", placeholder="#f4f6f8",
    legend="#ffffff", marker_outline="#ffffff",
    card_fills=colors.CARD_FILLS,
    accents=colors.ACCENTS,
)
DARK = Theme(
    name="dark", canvas="#1e2227", canvas_alt="#23282e", emotion_band="#21262c", grid="#363d46",
    zero_line="#56606b", score_text="#a3adb8", lane_header="#2b3138", header_border="#434b55",
    text=LIGHT_TEXT, muted_text="#b4bcc6", curve="#c9d3de", selection="#5aa2ff", placeholder="#2b3138",
    legend="#2b3138", marker_outline="#1e2227",
    card_fills={
        CardKind.TOUCHPOINT: "#27415f", CardKind.ACTION: "#234836", CardKind.THOUGHT: "#4d4222",
        CardKind.PAIN_POINT: "#5a2d2c", CardKind.OPPORTUNITY: "#3c3461", CardKind.CHANNEL: "#1f4a50",
        CardKind.BACKSTAGE: "#373e46", CardKind.NOTE: "#4a4620",
    },
    accents={
        CardKind.TOUCHPOINT: "#7fb2ea", CardKind.ACTION: "#6fcf97", CardKind.THOUGHT: "#e8c15a",
        CardKind.PAIN_POINT: "#f08a80", CardKind.OPPORTUNITY: "#b3a1f2", CardKind.CHANNEL: "#6fd0db",
        CardKind.BACKSTAGE: "#a9b6c3", CardKind.NOTE: "#d8cb5a",
    },
)
THEMES = {"light": LIGHT, "dark": DARK}

_current: Theme | None = None
_preference = "system"
_following = False
_native_style = ""


def current() -> Theme:
    """The theme in use (before one is applied: the one matching the application palette)."""
    if _current is not None:
        return _current
    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        return DARK
    return LIGHT


def relative_luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.x contrast ratio, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(fill: QColor) -> QColor:
    """Dark or light text, whichever reads better on ``fill`` (cards of any colour, overlays).

    Our soft black and white first; on mid-tones where neither reaches AA, pure black or white,
    one of which always does (at least 4.58:1).
    """
    for dark, light in ((DARK_TEXT, LIGHT_TEXT), ("#000000", "#ffffff")):
        best = max((QColor(dark), QColor(light)), key=lambda text: contrast_ratio(text, fill))
        if contrast_ratio(best, fill) >= AA_CONTRAST:
            return best
    return best


def mixed(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of the way from ``a`` to ``b``."""
    return QColor.fromRgbF(*(x + share * (y - x) for x, y in (
        (a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


def indicator_outline(palette: QPalette, enabled: bool = True) -> QColor:
    """The edge of a check box: at least 3:1 against the window when enabled (WCAG non-text contrast),
    fainter when disabled."""
    group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
    window = palette.color(group, QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.WindowText)
    return mixed(window, text, OUTLINE_SHARE if enabled else DISABLED_OUTLINE_SHARE)


class ContrastStyle(QProxyStyle):
    """The platform or Fusion style, with check boxes whose edge can be seen on the window (Fusion's
    unticked box is 1.2:1 on the dark palette and 1.7:1 on the light one)."""

    def __init__(self, base: str) -> None:
        super().__init__(QStyleFactory.create(base))
        self.base_name = base

    def name(self) -> str:
        """The style it draws like ("fusion", "windows11", "macos")."""
        return self.base_name

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(indicator_outline(option.palette, enabled), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(0, 0, -1, -1))
            painter.restore()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def effective_name(preference: str) -> str:
    """"light" or "dark" for a preference of "system", "light" or "dark"."""
    if preference in THEMES:
        return preference
    return "dark" if system_is_dark() else "light"


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, value in ((role.Window, "#2b2f35"), (role.WindowText, "#e8ebef"), (role.Base, "#1f2328"),
                     (role.AlternateBase, "#272c32"), (role.ToolTipBase, "#2b2f35"),
                     (role.ToolTipText, "#e8ebef"), (role.PlaceholderText, "#8b949e"),
                     (role.Text, "#e8ebef"), (role.Button, "#333940"), (role.ButtonText, "#e8ebef"),
                     (role.BrightText, "#ff6b6b"), (role.Light, "#3d444c"), (role.Midlight, "#363c43"),
                     (role.Mid, "#2a2f35"), (role.Dark, "#1a1d21"), (role.Shadow, "#0d0f11"),
                     (role.Highlight, "#2f6fb3"), (role.HighlightedText, "#ffffff"),
                     (role.Link, "#7fb2ea"), (role.LinkVisited, "#b3a1f2")):
        palette.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#7a838d"))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def apply_theme(app: QApplication, preference: str = "system") -> Theme:
    """Use the light or dark theme (Fusion with a dark palette for dark) and keep following the system."""
    global _current, _preference, _following, _native_style
    _preference = preference
    _native_style = _native_style or app.style().name()
    name = effective_name(preference)
    if name == "dark":
        _use_style(app, "fusion", dark_palette())
    elif system_is_dark():
        _use_style(app, "fusion", light_palette())
    else:
        _use_style(app, _native_style, None)
    _current = THEMES[name]
    if not _following:
        _following = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _system_changed())
    for widget in app.allWidgets():
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                item.update()  # also drops the picture a zoomed-out card keeps of itself
            widget.scene().update()
            widget.viewport().update()
    return _current


def _use_style(app: QApplication, style: str, palette: QPalette | None) -> None:
    current = app.style()
    if not isinstance(current, ContrastStyle) or current.base_name.lower() != style.lower():
        app.setStyle(ContrastStyle(style))
    app.setPalette(palette if palette is not None else app.style().standardPalette())


def apply_saved_theme(app: QApplication) -> Theme:
    """Apply the theme chosen in Preferences ("system" until one is chosen)."""
    from journeydesk.ui.base.preferences_store import load_preferences

    return apply_theme(app, load_preferences().theme)


def _system_changed() -> None:
    app = QApplication.instance()
    if app is not None and _preference == "system":
        apply_theme(app, "system")  # type: ignore[arg-type]
