"""A facilitator at the keyboard: drives the real windows the way a person does (typing, Enter,
Ctrl+digit for a status, Space to tick, clicks on buttons), for the end-to-end tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.uitools import type_text


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)


def choose(combo, value) -> None:
    """Pick a value in a combo box with the keyboard, as a person does: focus, then arrows."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, (value, [combo.itemData(i) for i in range(combo.count())])
    while combo.currentIndex() != target:
        press(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def tick(check_list, key) -> None:
    item = check_list.item_for(key)
    assert item is not None, key
    check_list.setFocus()
    check_list.setCurrentItem(item)
    if item.checkState() != Qt.CheckState.Checked:
        press(check_list, Qt.Key.Key_Space)
    # the list may be refilled by the save: ask it again
    assert check_list.item_for(key).checkState() == Qt.CheckState.Checked, key


class Facilitator:
    def __init__(self, window):
        self.window = window

    @property
    def page(self):
        return self.window.session_page

    def stage(self, key: str):
        digit = ("opening", "vertrekpunt", "focus", "vervolg", "aanpak", "closing").index(key) + 1
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is None or not self.page.isAncestorOf(focused):
            self.page.setFocus()
            QApplication.processEvents()
        # the keys go where the keyboard's keys go: to the widget with the focus
        press(
            QApplication.focusWidget() or self.page,
            getattr(Qt.Key, f"Key_{digit}"),
            Qt.KeyboardModifier.AltModifier,
        )
        assert self.page.current_stage() == key
        return self.page.page_by_key[key]

    # -- opening ----------------------------------------------------------------------------------
    def opening(self, location: str, facilitator: str, participants: list[tuple]) -> None:
        page = self.stage("opening")
        for field, text in ((page.location, location), (page.facilitator, facilitator)):
            field.setFocus()
            field.selectAll()
            type_text(field, text)
        panel = page.participants
        for name, organisation, helix in participants:
            panel.list.entry.setFocus()
            type_text(panel.list.entry, name)
            press(panel.list.entry, Qt.Key.Key_Return)
            row = panel.list.table.rowCount() - 1
            org = panel.list.table.cellWidget(row, 0)
            org.setFocus()
            type_text(org, organisation)
            choose(panel.list.table.cellWidget(row, 1), helix)
        self.page.flush()

    # -- 1 vertrekpunt ----------------------------------------------------------------------------
    def observation(self, vp, text: str, status, complexity=None, transition=None) -> None:
        lst = vp.current_list
        first, _, rest = text.partition("\n")
        lst.entry.setFocus()
        type_text(lst.entry, first)
        press(lst.entry, Qt.Key.Key_Return)
        row = lst.table.rowCount() - 1
        lst.table.setFocus()
        lst.table.selectRow(row)
        if rest:  # line breaks are added by editing the line in place (F2, Shift+Enter)
            press(lst.table, Qt.Key.Key_F2)
            editor = QApplication.focusWidget()
            press(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            type_text(editor, "\n" + rest)
            press(editor, Qt.Key.Key_Return)
            self.page.flush()
            lst.table.setFocus()
            lst.table.selectRow(row)
        if status is not None:
            press(lst.table, getattr(Qt.Key, f"Key_{status}"), Qt.KeyboardModifier.ControlModifier)
        if complexity is not None:
            choose(lst.table.cellWidget(row, 1), complexity)
            lst.table.cellWidget(row, 1).activated.emit(lst.table.cellWidget(row, 1).currentIndex())
        if transition is not None:
            box = lst.table.cellWidget(row, 2)
            choose(box, transition)
            box.activated.emit(box.currentIndex())

    def element(self, key: str, status, context: str, observations: list[dict]) -> None:
        vp = self.page.page_by_key["vertrekpunt"]
        vp.navigator.setFocus()
        vp.show_element(key)
        assert vp.navigator.current_key() == key
        for o in observations:
            self.observation(
                vp, o["text"], o.get("status"), o.get("complexity"), o.get("transition")
            )
        if status is not None:
            choose(vp.status, status)
            vp.status.activated.emit(vp.status.currentIndex())
        if context:
            vp.note.setFocus()
            type_text(vp.note, context)
        self.page.flush()

    # -- 2 focus ------------------------------------------------------------------------------------
    def focus_point(self, key: str, text: str, from_observation: str | None) -> None:
        page = self.page.page_by_key["focus"]
        page.show_element(key)
        if from_observation is not None:
            obs = page.observations
            for i in range(obs.count()):
                if obs.item(i).text().split("  ", 1)[1] == from_observation:
                    obs.setFocus()
                    obs.setCurrentRow(i)
                    break
            else:
                raise AssertionError(f"observation {from_observation} not offered")
            press(obs, Qt.Key.Key_Return)
            if text:  # the group words the accelerator itself: edit the new point in place
                lst = page.focus_list
                lst.table.setFocus()
                press(lst.table, Qt.Key.Key_F2)
                editor = QApplication.focusWidget()
                press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                type_text(editor, text)
                press(editor, Qt.Key.Key_Return)
                self.page.flush()
        else:
            page.focus_list.entry.setFocus()
            type_text(page.focus_list.entry, text)
            press(page.focus_list.entry, Qt.Key.Key_Return)

    # -- 3 vervolg ----------------------------------------------------------------------------------
    def vervolg(self, themes: list[str], ambition: str, steps: list[str]) -> None:
        page = self.stage("vervolg")
        for key in themes:
            tick(page.themes, ("model", key))
        page.ambition.setFocus()
        for i, paragraph in enumerate(ambition.split("\n")):
            if i:
                press(page.ambition, Qt.Key.Key_Return)
            type_text(page.ambition, paragraph)
        for text in steps:
            page.steps.entry.setFocus()
            type_text(page.steps.entry, text)
            press(page.steps.entry, Qt.Key.Key_Return)
        self.page.flush()

    # -- 4 aanpak -----------------------------------------------------------------------------------
    def action(self, a: dict) -> None:
        page = self.stage("aanpak")
        page.actions.entry.setFocus()
        type_text(page.actions.entry, a["title"])
        press(page.actions.entry, Qt.Key.Key_Return)
        page.actions.table.selectRow(page.actions.table.rowCount() - 1)
        ed = page.editor
        ed.description.setFocus()
        type_text(ed.description, a.get("description", ""))
        ed.owner.setFocus()
        ed.owner.lineEdit().selectAll()
        type_text(ed.owner.lineEdit(), a.get("owner", ""))
        press(ed.owner.lineEdit(), Qt.Key.Key_Return)
        for partner in a.get("partners", []):
            if ed.partners.item_for(partner) is not None:
                tick(ed.partners, partner)
            else:
                ed.new_partner.setFocus()
                type_text(ed.new_partner, partner)
                press(ed.new_partner, Qt.Key.Key_Return)
        ed.indicator.setFocus()
        type_text(ed.indicator, a.get("indicator", ""))
        for key in a.get("characteristics", []):
            tick(ed.characteristics, key)
        self.page.flush()

    # -- closing --------------------------------------------------------------------------------------
    def closing(self, note: str, next_on: date, close: bool) -> None:
        page = self.stage("closing")
        page.note.setFocus()
        type_text(page.note, note)
        if page.no_date.isChecked():
            QTest.mouseClick(page.no_date, Qt.MouseButton.LeftButton)
        page.next_date.setFocus()
        page.next_date.selectAll()
        type_text(page.next_date, f"{next_on:%d%m%Y}")
        press(page.next_date, Qt.Key.Key_Return)
        self.page.flush()
        if close:
            QTest.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
            QTest.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
