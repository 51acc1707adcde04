"""The main window's docked panels: making them, their first-run layout, and F6 moving the focus between
them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from journeydesk.ui.panels.datasets_panel import DatasetsPanel
from journeydesk.ui.panels.inspector import Inspector
from journeydesk.ui.panels.journeys_panel import JourneysPanel
from journeydesk.ui.panels.personas_panel import PersonasPanel
from journeydesk.ui.panels.scorecard_panel import ScorecardPanel
from journeydesk.ui.panels.snapshots_panel import SnapshotsPanel

if TYPE_CHECKING:
    from journeydesk.ui.panels.palette import Palette
    from journeydesk.ui.window.parts import WindowParts

translate = QCoreApplication.translate


def build_docks(window: WindowParts, palette: Palette) -> dict[str, QDockWidget]:
    """Every panel in its dock, added to ``window``; the charts dock holds a placeholder until first shown."""
    editor = window.editor
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    return {
        "palette": _dock(window, "palette", translate("MainWindow", "Palette"), palette, left),
        "journeys": _dock(window, "journeys", translate("MainWindow", "Journeys"), JourneysPanel(editor),
                          left),
        "personas": _dock(window, "personas", translate("MainWindow", "Personas"), PersonasPanel(editor),
                          right),
        "inspector": _dock(window, "inspector", translate("MainWindow", "Inspector"), Inspector(editor),
                           right),
        "data": _dock(window, "data", translate("MainWindow", "Data"), DatasetsPanel(editor), left),
        "snapshots": _dock(window, "snapshots", translate("MainWindow", "Snapshots"), SnapshotsPanel(editor),
                           left),
        "scorecard": _dock(window, "scorecard", translate("MainWindow", "Scorecard"), ScorecardPanel(editor),
                           bottom),
        "charts": _dock(window, "charts", translate("MainWindow", "Charts"), QWidget(), bottom),
    }


def _dock(window: WindowParts, name: str, title: str, widget: QWidget,
          area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{name}_dock")
    dock.setWidget(widget)
    dock.setAccessibleName(title)
    window.addDockWidget(area, dock)
    return dock


def arrange_docks(window: WindowParts) -> None:
    """Data and Snapshots as tabs behind Journeys; the scorecard and charts closed at first."""
    docks = window.docks
    docks["charts"].visibilityChanged.connect(lambda visible: _charts_shown(window, visible))
    docks["scorecard"].visibilityChanged.connect(lambda visible: _scorecard_shown(window, visible))
    window.tabifyDockWidget(docks["journeys"], docks["data"])
    window.tabifyDockWidget(docks["journeys"], docks["snapshots"])
    docks["journeys"].raise_()
    docks["charts"].hide()
    docks["scorecard"].hide()


def _charts_shown(window: WindowParts, visible: bool) -> None:
    """The charts panel (and pyqtgraph) is loaded the first time it is shown, not at start-up."""
    dock = window.docks["charts"]
    if visible and type(dock.widget()) is QWidget:
        from journeydesk.ui.panels.charts import ChartsPanel

        dock.setWidget(ChartsPanel(window.editor))
        QTimer.singleShot(0, lambda: window.resizeDocks([dock], [320], Qt.Orientation.Vertical))


def _scorecard_shown(window: WindowParts, visible: bool) -> None:
    """A few rows of KPIs need little height: opened taller than a quarter of the window, it gets 200 px (once
    a session, so a height the person chooses afterwards stays)."""
    dock = window.docks["scorecard"]
    if visible and dock.height() > window.height() // 4 and not dock.property("opened"):
        dock.setProperty("opened", True)
        QTimer.singleShot(0, lambda: window.resizeDocks([dock], [200], Qt.Orientation.Vertical))


def fit_screen(window: WindowParts) -> bool:
    """First size: 1400×860, or the whole available screen when that is smaller (True then)."""
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    if room is None or (room.width() > 1440 and room.height() > 900):
        window.resize(1400, 860)
        return False
    window.resize(min(1400, room.width()), min(860, room.height()))
    return True


def size_docks(window: WindowParts) -> None:
    """First-run layout: slim side panels, the map gets the room (more of it on small screens)."""
    docks = window.docks
    small = window.width() < 1600
    window.resizeDocks([docks["palette"], docks["inspector"]], [190 if small else 240, 300 if small else 330],
                       Qt.Orientation.Horizontal)
    window.resizeDocks([docks["palette"], docks["journeys"]], [430, 300],
                       Qt.Orientation.Vertical)
    window.resizeDocks([docks["personas"], docks["inspector"]],
                       [240, 460] if window.height() < 900 else [280, 500], Qt.Orientation.Vertical)


def focus_next_panel(window: WindowParts, step: int) -> None:
    """F6 / Shift+F6: move the keyboard focus between the map and the open panels.

    Each panel gives the focus to its main widget (its list, or the inspector's first field);
    a panel behind another's tab is raised first, and a panel with nothing to focus is passed over.
    """
    pages = window.pages
    central = pages.currentWidget() if pages.currentWidget() is not window.map else window.map.view
    stops: list[tuple[QWidget, QDockWidget | None]] = [(central, None)]
    stops += [(dock.widget(), dock) for dock in window.docks.values()
              if dock.toggleViewAction().isChecked() and dock.isEnabled() and dock.widget() is not None]
    focus = QApplication.focusWidget()
    index = next((i for i, (panel, _dock) in enumerate(stops)
                  if focus is not None and (focus is panel or panel.isAncestorOf(focus))),
                 -1 if step > 0 else 0)
    for offset in range(1, len(stops) + 1):
        panel, dock = stops[(index + step * offset) % len(stops)]
        target = panel if dock is None else panel_focus_target(panel)
        if target is None:
            continue
        if dock is not None:
            dock.raise_()
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return


def panel_focus_target(panel: QWidget) -> QWidget | None:
    """The widget of ``panel`` that F6 focuses: its list, else its first field in tab order, else None.

    Toolbar buttons and bare scroll areas are not main widgets; a panel that is only a label has none.
    A panel whose lists are secondary (the inspector's evidence and KPIs) names its main widget itself.
    """
    named = getattr(panel, "main_widget", None)
    if callable(named):
        return named()
    def usable(widget: QWidget) -> bool:
        return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
                and (widget is panel or widget.isVisibleTo(panel)))

    chain: list[QWidget] = [panel] if usable(panel) else []
    widget = panel.nextInFocusChain()
    for _ in range(5000):
        if widget is None or widget is panel:
            break
        if panel.isAncestorOf(widget) and usable(widget) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    for kinds in ((QAbstractItemView,), (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit)):
        found = next((w for w in chain if isinstance(w, kinds)), None)
        if found is not None:
            return found
    return next((w for w in chain if not isinstance(w, (QAbstractButton, QScrollArea))), None)
