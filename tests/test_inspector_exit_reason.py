"""The exit reason in the inspector wraps and grows with its text, so a long reason is read whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journeydesk.core.enums import CardKind
from journeydesk.core.model import Card
from journeydesk.ui.base.editor import Editor
from journeydesk.ui.panels.inspector import Inspector
from tests.test_inspector import card_of

REASON = ("Cart abandonment (about 70 %): unexpected shipping cost at the last step and a forced sign-up "
          "before payment")


def test_a_long_exit_reason_is_shown_whole(qtbot: QtBot, editor: Editor, inspector: Inspector) -> None:
    inspector.resize(300, 700)
    card = card_of(editor, CardKind.TOUCHPOINT, exit_point=False)
    editor.select([card.id])
    inspector.field("exit_point").setChecked(True)
    reason = inspector.field("exit_reason")
    assert isinstance(reason, QPlainTextEdit) and reason.isEnabled()
    short_height = reason.height()
    reason.setFocus()
    qtbot.keyClicks(reason, REASON)
    QApplication.sendEvent(reason, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert editor.document.get(Card, card.id).exit_reason == REASON
    metrics = QFontMetrics(reason.font())
    width = reason.viewport().width()
    assert metrics.horizontalAdvance(REASON) > 2 * width  # more than two lines at this width
    lines = round(reason.document().documentLayout().documentSize().height())
    assert lines >= 3 and reason.height() > short_height
    assert reason.viewport().height() >= lines * metrics.lineSpacing()  # every line shows
    assert reason.verticalScrollBar().maximum() == 0 and reason.horizontalScrollBar().maximum() == 0
    editor.select([card_of(editor, CardKind.TOUCHPOINT, exit_point=False).id])  # another card: short again
    assert inspector.field("exit_reason").height() == short_height
