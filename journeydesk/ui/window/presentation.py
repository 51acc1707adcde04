"""Presentation mode: full screen, the whole journey, then one stage at a time, stepped with a presenter's
keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEasingCurve,
    QEvent,
    QObject,
    QPropertyAnimation,
    QRect,
    Qt,
    QTimer,
    QVariantAnimation,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from journeydesk.core.enums import LaneKind
from journeydesk.core.model import Journey
from journeydesk.ui.window.presentation_frames import Frame, overview_frame, stage_frame
from journeydesk.ui.window.presentation_overlays import Dots, Spotlight, pill

if TYPE_CHECKING:
    from journeydesk.ui.window.parts import WindowParts

STEP_MS = 350
HINT_MS = 4000
FADE_MS = 900
FULL_SCREEN_CHECK_MS = 250


@dataclass
class SavedLayout:
    """What presenting changes, as it was before."""

    geometry: QRect
    state: QByteArray
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    zoom: float
    scroll: tuple[int, int]
    policies: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]
    alignment: Qt.AlignmentFlag
    selection: list[str]
    cell: tuple[str, str] | None
    focus: QWidget | None


class Presentation(QObject):
    """Enters and leaves presentation mode for a main window, steps through the stages, shows where it is."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.step = -1  # -1: the overview; 0…: a stage
        self.saved: SavedLayout | None = None
        self.step_ms, self.hint_ms, self.fade_ms = STEP_MS, HINT_MS, FADE_MS
        view = window.map.view
        self.progress = pill(view, "presentationProgress")
        row = QHBoxLayout(self.progress)
        row.setContentsMargins(18, 8, 18, 8)
        row.setSpacing(14)
        self.dots = Dots(self.progress)
        self.label = QLabel(self.progress)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.dots)
        row.addWidget(self.label)
        self.hint = pill(view, "presentationHint")
        hint_row = QHBoxLayout(self.hint)
        hint_row.setContentsMargins(18, 8, 18, 8)
        self.hint_label = QLabel(self.hint)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        hint_row.addWidget(self.hint_label)
        self.hint_opacity = QGraphicsOpacityEffect(self.hint)
        self.hint.setGraphicsEffect(self.hint_opacity)
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.timeout.connect(self._fade_hint)
        self.fade = QPropertyAnimation(self.hint_opacity, QByteArray(b"opacity"), self)
        self.fade.finished.connect(self.hint.hide)
        self.spotlight = Spotlight(view, lambda: self.step)
        for widget in (self.progress, self.hint, self.spotlight):
            widget.hide()
        self.motion = QVariantAnimation(self)
        self.motion.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.motion.valueChanged.connect(self._move)
        self._path: tuple[Frame, Frame] | None = None
        self.shortcuts: list[QShortcut] = []
        keys = {self.next: ("Right", "PgDown", "Space"), self.back: ("Left", "PgUp", "Shift+Space"),
                lambda: self.go(-1): ("Home",), self.last: ("End",), window.toggle_presentation: ("Esc",)}
        for slot, names in keys.items():
            for name in names:
                shortcut = QShortcut(QKeySequence(name), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setEnabled(False)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)
        view.installEventFilter(self)
        view.horizontalScrollBar().valueChanged.connect(self.spotlight.update)
        view.verticalScrollBar().valueChanged.connect(self.spotlight.update)
        view.zoom_changed.connect(self.spotlight.update)
        window.map.scene.cell_selected.connect(self._cell_selected)
        window.editor.document_changed.connect(lambda _changes: self._show_progress())
        window.editor.journey_changed.connect(lambda _journey: self.active and self.go(-1, animate=False))
        window.editor.project_changed.connect(lambda: self.active and not window.editor.has_project
                                              and self.leave())

    # ----- entering and leaving

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window, view, scene = self.window, self.window.map.view, self.window.map.scene
        if self.active or not window.editor.has_project:
            return
        scene.close_editor(commit=True)
        self.saved = SavedLayout(
            geometry=window.geometry(), state=window.saveState(), window_state=window.windowState(),
            menu_bar=window.menuBar().isVisible(), status_bar=window.statusBar().isVisible(),
            zoom=view.zoom(), scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
            alignment=view.alignment(), selection=scene.selected_ids(), cell=scene.selected_cell,
            focus=window.focusWidget())
        self.active = True
        scene.set_read_only(True)
        scene.entry_allowed = not window.editor.read_only
        scene.clearSelection()
        scene.select_cell(None)
        for dock in window.docks.values():
            dock.hide()
        for bar in window.findChildren(QToolBar):
            if window.toolBarArea(bar) != Qt.ToolBarArea.NoToolBarArea:
                bar.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # The menu bar is hidden, and with it the shortcuts of its menus: undo a typed card all the same.
        window.addActions([window.actions_by_name["undo"], window.actions_by_name["redo"]])
        for shortcut in self.shortcuts:
            shortcut.setEnabled(True)
        window.showFullScreen()
        QTimer.singleShot(FULL_SCREEN_CHECK_MS, self._fill_screen)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.hint_label.setText(self.tr("→ next · ← back · Esc leave"))
        self.hint_opacity.setOpacity(1.0)
        self.fade.stop()
        for widget in (self.spotlight, self.progress, self.hint):
            widget.show()
            widget.raise_()
        self.hint_timer.start(self.hint_ms)
        self.step = -1
        self._place_overlays()
        self.go(-1, animate=False)

    def _fill_screen(self) -> None:
        """Without a window manager that knows full screen (a bare X server), cover the screen by hand."""
        screen = self.window.screen()
        if self.active and screen is not None and self.window.geometry() != screen.geometry():
            self.window.setGeometry(screen.geometry())

    def leave(self) -> None:
        window, view, scene = self.window, self.window.map.view, self.window.map.scene
        if not self.active:
            return
        scene.close_editor(commit=True)
        self.motion.stop()
        self.hint_timer.stop()
        self.fade.stop()
        for widget in (self.progress, self.hint, self.spotlight):
            widget.hide()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
        window.removeAction(window.actions_by_name["undo"])
        window.removeAction(window.actions_by_name["redo"])
        self.active = False
        scene.entry_allowed = False
        scene.set_read_only(window.editor.read_only)
        saved, self.saved = self.saved, None
        if saved is None:
            return
        window.menuBar().setVisible(saved.menu_bar)
        window.statusBar().setVisible(saved.status_bar)
        view.setHorizontalScrollBarPolicy(saved.policies[0])
        view.setVerticalScrollBarPolicy(saved.policies[1])
        view.setAlignment(saved.alignment)
        if saved.window_state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.setGeometry(saved.geometry)
        window.restoreState(saved.state)
        scene.clearSelection()
        for entity_id in saved.selection:
            item = scene.cards.get(entity_id) or scene.headers.get(entity_id) or scene.markers.get(entity_id)
            if item is not None:
                item.setSelected(True)
        layout = scene.layout
        cell = saved.cell if layout is not None and saved.cell is not None and not saved.selection \
            and saved.cell[0] in layout.stage_rects and saved.cell[1] in layout.lane_rects else None
        scene.select_cell(cell)
        if saved.focus is not None and isValid(saved.focus) and saved.focus.isVisible():
            saved.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._restore_view(saved)
        # A window manager may apply the geometry later: put the docks and the view back once it has.
        QTimer.singleShot(0, self, lambda: self._settle(saved))

    def _settle(self, saved: SavedLayout) -> None:
        if self.active:
            return
        if self.window.saveState() != saved.state:
            self.window.restoreState(saved.state)
        self._restore_view(saved)

    def _restore_view(self, saved: SavedLayout) -> None:
        view = self.window.map.view
        view.set_zoom(saved.zoom)
        view.horizontalScrollBar().setValue(saved.scroll[0])
        view.verticalScrollBar().setValue(saved.scroll[1])

    # ----- stepping

    def stage_count(self) -> int:
        layout = self.window.map.scene.layout
        return len(layout.stages) if layout is not None else 0

    def next(self) -> None:
        self.go(min(self.step + 1, self.stage_count() - 1))

    def back(self) -> None:
        self.go(max(self.step - 1, -1))

    def last(self) -> None:
        self.go(self.stage_count() - 1)

    def go(self, step: int, *, animate: bool = True) -> None:
        """Show the overview (-1) or stage ``step``, moving there smoothly."""
        if not self.active:
            return
        scene = self.window.map.scene
        step = max(-1, min(step, self.stage_count() - 1))
        if step != self.step and scene.selected_cell is not None:
            layout = scene.layout
            if step < 0 or layout is None or scene.selected_cell[0] != layout.stages[step].id:
                scene.select_cell(None)
        self.step = step
        self._show_progress()
        self.spotlight.update()
        target = self.frame(step)
        if target is None:
            return
        self.motion.stop()
        view = self.window.map.view
        start = Frame(view.zoom(), view.mapToScene(view.viewport().rect().center()))
        if not animate or self.step_ms <= 0:
            self._apply(target)
            return
        self._path = (start, target)
        self.motion.setDuration(self.step_ms)
        self.motion.setStartValue(0.0)
        self.motion.setEndValue(1.0)
        self.motion.start()

    def frame(self, step: int) -> Frame | None:
        layout = self.window.map.scene.layout
        viewport = self.window.map.view.viewport()
        if layout is None:
            return None
        if step < 0 or not layout.stages:
            return overview_frame(layout, viewport.width(), viewport.height())
        return stage_frame(layout, step, viewport.width(), viewport.height())

    def _move(self, value: float) -> None:
        if self._path is None:
            return
        start, end = self._path
        zoom = start.zoom * (end.zoom / start.zoom) ** value
        center = start.center + (end.center - start.center) * value
        self._apply(Frame(zoom, center))

    def _apply(self, frame: Frame) -> None:
        view = self.window.map.view
        view.set_zoom(frame.zoom)
        view.centerOn(frame.center)

    @property
    def animating(self) -> bool:
        return self.motion.state() == QVariantAnimation.State.Running

    # ----- what the screen shows besides the map

    def progress_text(self) -> str:
        layout = self.window.map.scene.layout
        if layout is None:
            return ""
        if self.step < 0 or not layout.stages:
            journey = self.window.editor.document.get(Journey, layout.journey_id)
            name = journey.name if journey is not None else ""
            return self.tr("Overview · {0}").format(name) if name else self.tr("Overview")
        return self.tr("Stage {0} of {1} · {2}").format(self.step + 1, len(layout.stages),
                                                       layout.stages[self.step].name)

    def _show_progress(self) -> None:
        if not self.active:
            return
        self.step = min(self.step, self.stage_count() - 1)
        self.label.setText(self.progress_text())
        self.dots.set_state(self.stage_count(), self.step)
        self._place_overlays()

    def _fade_hint(self) -> None:
        self.fade.setDuration(self.fade_ms)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.start()

    def _place_overlays(self) -> None:
        view = self.window.map.view
        area = view.viewport().geometry()
        self.spotlight.setGeometry(area)
        for widget in (self.progress, self.hint):
            widget.adjustSize()
        self.progress.move(area.center().x() - self.progress.width() // 2,
                           area.bottom() - self.progress.height() - 12)
        self.hint.move(area.center().x() - self.hint.width() // 2,
                       self.progress.y() - self.hint.height() - 10)

    # ----- typing into the current stage, a click choosing a stage

    def _cell_selected(self) -> None:
        """Clicking a cell of another stage (or of the overview) brings that stage to the screen."""
        scene = self.window.map.scene
        if not self.active or scene.selected_cell is None or scene.layout is None:
            return
        ids = [s.id for s in scene.layout.stages]
        if scene.selected_cell[0] in ids and ids.index(scene.selected_cell[0]) != self.step:
            self.go(ids.index(scene.selected_cell[0]))

    def typing_cell(self) -> tuple[str, str] | None:
        """The cell that typing in the current stage fills: the topmost lane of cards on the screen."""
        scene, view = self.window.map.scene, self.window.map.view
        layout = scene.layout
        if layout is None or not 0 <= self.step < len(layout.stages):
            return None
        lanes = [lane for lane in layout.lanes if lane.kind != LaneKind.EMOTIONS]
        if not lanes:
            return None
        top = view.mapToScene(0, 0).y()
        shown = [lane for lane in lanes if layout.lane_rects[lane.id].y + 1 >= top]
        return layout.stages[self.step].id, (shown or lanes)[0].id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        scene = self.window.map.scene
        if event.type() == QEvent.Type.ShortcutOverride and scene.editor is not None \
                and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            # A clicker in the middle of typing: keep the text, then step.
            scene.finish_editing()
        elif event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._refit)
        elif event.type() == QEvent.Type.KeyPress:
            typed = event.text() and event.text().isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            arrow = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            if scene.editor is None and scene.selected_cell is None and not scene.selectedItems() \
                    and (typed or arrow):
                cell = self.typing_cell()
                if cell is not None:
                    scene.select_cell(cell)
                if arrow:
                    return True
        return False

    def _refit(self) -> None:
        """The screen (or the full-screen window) changed size: show the same step again, fitted anew."""
        if self.active and not self.animating:
            self._place_overlays()
            self.go(self.step, animate=False)
