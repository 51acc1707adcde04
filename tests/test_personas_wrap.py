"""A long persona role wraps in the Personas panel: no sideways scrolling, the whole text on hover."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from journeydesk.core import commands
from journeydesk.ui.panels.personas_panel import PersonasPanel

ROLE = ("Head of Operations at a 60-person logistics company, responsible for the warehouse, "
        "the drivers and the customer service desk")


def test_a_long_role_wraps_without_a_horizontal_scroll_bar(qtbot, personas: PersonasPanel) -> None:
    editor = personas.editor
    assert editor.run(lambda d: commands.add_persona(d, "Daniel Reyes", role=ROLE))
    personas.resize(260, 400)
    qtbot.wait(50)
    view = personas.list
    row = next(r for r in range(view.count()) if view.item(r).text().startswith("Daniel Reyes"))
    rect = view.visualItemRect(view.item(row))
    metrics = QFontMetrics(view.font())
    assert metrics.horizontalAdvance(ROLE) > 2 * view.viewport().width()  # it cannot fit on one line
    assert rect.right() <= view.viewport().width()
    assert rect.height() >= 4 * metrics.lineSpacing()  # the name and at least three lines of role
    assert not view.horizontalScrollBar().isVisible() and view.horizontalScrollBar().maximum() == 0
    tip = view.item(row).toolTip()
    assert "Daniel Reyes" in tip and ROLE in tip
    personas.resize(520, 400)  # wider: fewer lines
    qtbot.wait(50)
    assert view.visualItemRect(view.item(row)).height() < rect.height()
