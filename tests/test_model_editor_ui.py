"""The model editor driven as a facilitator would: opened from the Community menu by keyboard,
an area renamed (Dutch, with accents) and one added, the preview redrawn, a wrong edit named and
Save held back, saved as 1.1 into the user's model folder, a shipped or saved version never
written again, the difference with 1.0 and a recorded rename."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.modeldef import catalogue
from app.modeldef.loader import ModelDefinitionError, load_definition
from app.ui.community.model_editor.window import ModelEditor
from tests.accessibility import unnamed_controls
from tests.uitools import open_window, type_text


@pytest.fixture
def editor(qtbot):
    # closed here, not by qtbot: qtbot closes its widgets before this teardown, and a closing
    # editor with edits asks first
    e = ModelEditor()
    e.resize(1024, 768)
    e.show()
    qtbot.waitExposed(e)
    yield e
    e.dirty = False  # a test's edits need no question on closing
    e.close()
    e.deleteLater()


def _settled(qtbot, e: ModelEditor) -> None:
    """After the pause in typing, the check has run."""
    qtbot.waitUntil(lambda: not e._timer.isActive(), timeout=3000)


def _retype(qtbot, e: ModelEditor, field, text: str) -> None:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    type_text(field, text)
    _settled(qtbot, e)


def _press(widget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Space)


def _area_field(e: ModelEditor, label: str):
    e.section_list.setFocus()
    page = e.page("areas")
    e.section_list.setCurrentRow(0)
    return page, next(w for p, w in page.editors.items() if w.accessibleName() == label)


def _opened(qtbot, w) -> ModelEditor:
    qtbot.waitUntil(
        lambda: getattr(w, "model_editor", None) is not None and w.model_editor.isVisible(),
        timeout=3000,
    )
    return w.model_editor


def test_the_editor_opens_from_the_community_menu_and_by_its_key(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    # keys go where the keyboard's keys go: to the widget with the focus
    QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    menu = QApplication.activePopupWidget()
    QTest.keyClick(menu, Qt.Key.Key_Up)  # from the top, Up reaches the last entry: Model…
    assert menu.activeAction().text().replace("&", "") == "Model…"
    QTest.keyClick(menu, Qt.Key.Key_Return)
    editor = _opened(qtbot, w)
    assert editor.store is w.store
    assert unnamed_controls(editor) == []
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768  # fits a projector
    editor.close()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    QTest.keyClick(
        QApplication.focusWidget() or w,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _opened(qtbot, w).close()
    w.shutdown()


def test_rename_an_area_and_add_one_then_save_as_1_1_into_the_user_folder(qtbot, editor):
    assert editor.version.text() == "1.1"  # the next free number, never the one opened
    before = editor.preview.image.copy()
    page, name = _area_field(editor, "Name (Dutch)")
    _retype(qtbot, editor, name, "Visie op de regio en één beroepspraktijk")
    assert editor.save_button.isEnabled()
    assert page.list.item(0).text() == "Visie op de regio en één beroepspraktijk"
    _press(page.add_button)
    _settled(qtbot, editor)
    key = next(w for w in page.editors.values() if w.accessibleName() == "Key of the area")
    _retype(qtbot, editor, key, "praktijkleren")
    label = next(w for w in page.editors.values() if w.accessibleName() == "Name (Dutch)")
    _retype(qtbot, editor, label, "Praktijkleren in de coöperatie")
    assert editor.save_button.isEnabled(), editor.problem.text()
    assert editor.preview.image != before  # the figure was drawn again with the new area
    assert "praktijkleren" in editor.diff.text()
    _press(editor.save_button)

    target = catalogue.user_model_dir() / "llo-community-learning-1.1.toml"
    assert target.exists()
    saved = load_definition(target)
    assert saved.version == "1.1"
    assert saved.area("visie-regio").label.nl == "Visie op de regio en één beroepspraktijk"
    assert saved.area("praktijkleren").label.nl == "Praktijkleren in de coöperatie"
    assert "Saved as version 1.1" in editor.status.text()
    # the editor goes on from 1.1: a further change becomes 1.2, never 1.1 again
    assert editor.version.text() == "1.2"


def test_an_invalid_edit_holds_save_back_and_names_the_field(qtbot, editor):
    _page, name = _area_field(editor, "Name (Dutch)")
    _retype(qtbot, editor, name, "")
    assert not editor.save_button.isEnabled()
    assert editor.problem.isVisible()
    assert "areas[0].label.nl" in editor.problem.text()
    assert "safe" in editor.problem.text()
    # and near the field itself: marked, and the problem in plain words under the fields
    page = editor.page("areas")
    assert name.styleSheet() and page.note.isVisible()
    assert "empty" in page.note.text()
    type_text(name, "Visie")
    _settled(qtbot, editor)
    assert editor.save_button.isEnabled() and not editor.problem.isVisible()
    assert not name.styleSheet() and not page.note.isVisible()


def test_a_shipped_or_saved_version_is_never_written_again(qtbot, editor):
    _retype(qtbot, editor, editor.version, "1.0")
    assert not editor.save_button.isEnabled()
    assert "exists already" in editor.problem.text()
    _retype(qtbot, editor, editor.version, "1.1")
    _press(editor.save_button)
    assert (catalogue.user_model_dir() / "llo-community-learning-1.1.toml").exists()
    _retype(qtbot, editor, editor.version, "1.1")
    assert not editor.save_button.isEnabled()
    assert "exists already" in editor.problem.text()
    # nor behind the editor's back: the catalogue refuses other content under a used version
    raw = editor.draft.tables()
    raw["model"]["version"] = "1.0"
    raw["areas"][0]["label"]["nl"] = "Anders"
    with pytest.raises(ModelDefinitionError):
        catalogue.save_user_definition(raw)


def test_a_retired_area_mapped_onto_another_is_shown_and_saved_as_a_merge(qtbot, editor):
    page, _name = _area_field(editor, "Name (Dutch)")
    page.list.setFocus()
    page.list.setCurrentRow(page.list.count() - 1)  # monitoring
    retired = editor.draft.raw["areas"][-1]["key"]
    _press(page.remove_button)
    _settled(qtbot, editor)
    assert retired in editor.diff.text()
    mapping = editor.show_page("lineage", "map")
    _press(mapping.add_button)
    old = next(
        w
        for w in mapping.editors.values()
        if w.accessibleName().startswith("Element of the version")
    )
    old.setFocus()
    old.setCurrentIndex(old.findData(retired))
    _settled(qtbot, editor)
    assert editor.save_button.isEnabled(), editor.problem.text()
    _press(editor.save_button)
    saved = load_definition(catalogue.user_model_dir() / "llo-community-learning-1.1.toml")
    assert [(m.old, m.new) for m in saved.lineage.map] == [(retired, "visie-regio")]
    assert saved.lineage.previous == "1.0"


def test_the_preview_draws_the_three_canvas_sizes(qtbot, editor):
    forms = {}
    for button in editor.preview.group.buttons():
        _press(button)
        forms[button.text()] = (editor.preview.form, editor.preview.image.size())
    assert forms["Small"][0] not in ("full", "wide")  # a compact form, as the canvas
    assert forms["Wide"][0] in ("full", "wide")
    assert len({size.width() for _f, size in forms.values()}) == 3


def test_the_status_scale_checks_contrast_as_the_colours_are_typed(qtbot, editor):
    page = editor.show_page("scale", "levels")
    page.list.setCurrentRow(3)  # level 4: white on dark blue
    assert "readable" in page.note.text()
    text = next(w for w in page.editors.values() if w.accessibleName() == "Text colour")
    _retype(qtbot, editor, text, "#3060A0")
    assert "below 4.5:1" in page.note.text().split("\n")[0]
    _retype(qtbot, editor, text, "#12")
    assert "#RRGGBB" in page.note.text()
    assert not editor.save_button.isEnabled()
    assert "scale.levels[3].text" in editor.problem.text()


def test_every_field_of_a_section_is_reached_by_tab(qtbot, editor):
    page = editor.page("areas")
    editor.section_list.setFocus()
    visited = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    for field in page.editors.values():
        assert field in visited, field.accessibleName()
    assert page.list in visited and page.add_button in visited
    assert editor.save_button in visited or not editor.save_button.isEnabled()
    assert all(w.accessibleName() for w in visited if w is not None)


def test_a_changed_key_of_an_area_is_recorded_as_a_rename(qtbot, editor):
    page, _name = _area_field(editor, "Name (Dutch)")
    page.list.setCurrentRow(page.list.count() - 1)  # monitoring
    key = next(w for w in page.editors.values() if w.accessibleName() == "Key of the area")
    _retype(qtbot, editor, key, "monitoring-kwaliteit")
    assert "monitoring → monitoring-kwaliteit" in editor.diff.text()
    assert editor.page("lineage", "map").list.count() == 1
    _retype(qtbot, editor, key, "monitoring")  # back as it was: no rename left
    assert editor.page("lineage", "map").list.count() == 0
    _retype(qtbot, editor, key, "kwaliteit")
    _press(editor.save_button)
    saved = load_definition(catalogue.user_model_dir() / "llo-community-learning-1.1.toml")
    assert [(m.old, m.new) for m in saved.lineage.map] == [("monitoring", "kwaliteit")]


@pytest.mark.both_databases
def test_a_version_only_the_database_keeps_is_offered_and_never_written_again(qtbot, store):
    from datetime import date

    from app.services import communities, sessions
    from tests.model_versions import version_1_1

    path = catalogue.save_user_definition(version_1_1())
    c = communities.create_community(store, "Versies").id
    sessions.create_session(store, c, "Op 1.1", date(2026, 5, 1), model_version="1.1")
    path.unlink()  # the file is gone; the session's model is kept in its database
    e = ModelEditor(store)  # closed below, not by qtbot (see the fixture)
    e.show()
    qtbot.waitExposed(e)
    offered = [e.source.itemText(i) for i in range(e.source.count())]
    assert any("1.1" in t and "database" in t for t in offered), offered
    assert e.version.text() == "1.2"
    _retype(qtbot, e, e.version, "1.1")
    assert not e.save_button.isEnabled() and "exists already" in e.problem.text()
    e.dirty = False
    e.close()
    e.deleteLater()


def test_closing_with_unsaved_changes_asks_first(qtbot, editor):
    from tests.uitools import answer

    _page, name = _area_field(editor, "Name (Dutch)")
    _retype(qtbot, editor, name, "Nog niet bewaard")
    answer("No")
    editor.close()
    assert editor.isVisible()  # the edits are still there
    answer("Yes")
    editor.close()
    assert not editor.isVisible()


def test_closing_the_main_window_asks_for_the_models_unsaved_changes(qtbot, tmp_path):
    from app.ui.shell.menus import open_model_editor
    from tests.uitools import answer

    w = open_window(qtbot, tmp_path)
    open_model_editor(w)
    editor = _opened(qtbot, w)
    _page, name = _area_field(editor, "Name (Dutch)")
    _retype(qtbot, editor, name, "Nog niet bewaard")
    answer("No")
    w.close()
    assert w.isVisible() and editor.isVisible()  # neither the window nor the edits went
    answer("Yes")
    w.close()
    assert not editor.isVisible() and not w.isVisible()
    w.shutdown()
