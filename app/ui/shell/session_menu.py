"""The Session menu: the report (PDF, print), the action list as a spreadsheet, the model as a
picture, back to the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from app.ui.common import messages, mnemonics, shortcuts
from app.ui.common.file_names import safe_name
from app.ui.common.i18n import current_language

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def fill_session_menu(menu, page) -> None:
    """page: the SessionPage. Keeps its exporter alive on the page while a PDF is built."""

    def add(text: str, slot, shortcut: str | None = None) -> None:
        act = QAction(text, menu)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)

    add(
        translate("SessionMenu", "Export report as PDF…"),
        lambda: export_report(page, current_language(), False),
        shortcuts.EXPORT_REPORT,
    )
    add(
        translate("SessionMenu", "Export report with options…"),
        lambda: export_report_with_options(page),
        shortcuts.EXPORT_REPORT_OPTIONS,
    )
    add(
        translate("SessionMenu", "Print report…"),
        lambda: print_report(page),
        shortcuts.PRINT_REPORT,
    )
    add(translate("SessionMenu", "Export action list…"), lambda: export_actions(page))
    add(translate("SessionMenu", "Export placemat (A3)…"), lambda: export_placemat(page))
    menu.addSeparator()
    add(translate("SessionMenu", "Save the model as PNG…"), lambda: export_picture(page, "png"))
    add(translate("SessionMenu", "Save the model as SVG…"), lambda: export_picture(page, "svg"))
    menu.addSeparator()
    add(
        translate("SessionMenu", "Move to a newer model version…"),
        lambda: move_to_newer_model(page),
    )
    menu.addSeparator()
    add(translate("SessionMenu", "Back to communities"), page.homeRequested.emit)
    mnemonics.assign(menu)


def move_to_newer_model(page) -> None:
    """Show the group what the newer version carries and what it has no place for; move only
    when they agree. The page opens again with the session's new model."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from app.services.sessions import get_session
    from app.ui.community.model_choice import model_choices
    from app.ui.community.model_move import ModelMoveDialog

    page.flush()
    info = page.controller.read(get_session, page.controller.session_id)
    newer = model_choices(page.store, info.model_id, newer_than=info.model_version)
    if not newer:
        QMessageBox.information(
            page,
            translate("SessionMenu", "Model version"),
            translate("SessionMenu", "This session uses version %1, the newest there is.").replace(
                "%1", info.model_version
            ),
        )
        return
    dialog = ModelMoveDialog(page.store, info.id, newer, page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window = page.window()
        if hasattr(window, "open_session"):
            window.open_session(info.id)


def _default_name(page, suffix: str) -> str:
    from app.services.sessions import get_session

    info = page.controller.read(get_session, page.controller.session_id)
    return str(Path.home() / f"{safe_name(info.community_name)} {info.held_on:%Y-%m-%d}{suffix}")


def export_report(page, lang: str, anonymous: bool, summary: bool = False, **uses) -> None:
    from app.ui.shell.report_actions import export_pdf

    page.flush()
    suffix = (
        (" samenvatting" if summary else "")
        + (" anoniem" if anonymous else "")
        + (" EN" if lang == "en" else "")
        + ".pdf"
    )
    word = translate("SessionMenu", "Word document (*.docx)")
    path, chosen = QFileDialog.getSaveFileName(
        page,
        translate("SessionMenu", "Export report"),
        _default_name(page, suffix),
        "PDF (*.pdf)" if summary else f"PDF (*.pdf);;{word}",  # the summary is PDF only
    )
    if path and not path.lower().endswith((".pdf", ".docx")):
        path += ".docx" if chosen == word else ".pdf"
    if path and summary and not path.lower().endswith(".pdf"):
        path = path[: path.rfind(".")] + ".pdf"
    if path:
        # the report reads the session once, as it starts: a refusal there is the banner's
        page.report_exporter = page.controller.guarded(export_pdf)(
            page,
            page.store,
            page.controller.session_id,
            path,
            lang=lang,
            anonymous=anonymous,
            summary=summary,
            **uses,
        )


def export_report_with_options(page) -> None:
    """Language, names or roles, and the optional sections on the model's uses."""
    from PySide6.QtWidgets import QDialog

    from app.ui.shell.report_options import ReportOptions

    dialog = ReportOptions(page.store, page.controller.session_id, page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        export_report(page, summary=dialog.summary.isChecked(), **dialog.values())


def print_report(page) -> None:
    from app.ui.shell.print_flow import print_report as do_print

    page.flush()
    page.print_flow = page.controller.guarded(do_print)(  # a refused read: the banner
        page, page.store, page.controller.session_id, lang=current_language()
    )


def _write(page, write, path: str, kind: str, failure: str) -> None:
    """Run write(); a file that cannot be written is a message (the session is untouched), a
    written one is remembered so that erasing a person lists it later."""
    from app.services.written_files import remember

    try:
        write()
    except OSError as exc:
        messages.warn(
            page,
            translate("SessionMenu", "Not saved"),
            failure.replace("%1", path).replace("%2", exc.strerror or str(exc)),
        )
        return
    remember(path, kind)


def export_actions(page) -> None:
    """The session's actions as a spreadsheet (XLSX or CSV, from the name) for the owners."""
    from app.reports.actions_sheet import write_actions
    from app.services.action_list import action_list

    page.flush()
    xlsx = translate("SessionMenu", "Excel workbook (*.xlsx)")
    csv = translate("SessionMenu", "CSV for Excel (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        page,
        translate("SessionMenu", "Export action list"),
        _default_name(page, " acties.xlsx"),
        f"{xlsx};;{csv}",
    )
    if not path:
        return
    if not path.lower().endswith((".xlsx", ".csv")):
        path += ".csv" if chosen == csv else ".xlsx"
    listed = page.controller.read(action_list, session_id=page.controller.session_id)
    _write(
        page,
        lambda: write_actions(listed, path, lang=current_language()),
        path,
        "actions",
        translate(
            "SessionMenu",
            "The action list could not be written to %1: %2. Nothing in the session was changed.",
        ),
    )


def export_placemat(page) -> None:
    """The one page for the wall, A3, in the window's language."""
    from app.reports.placemat import build_placemat
    from app.services.report_data import report_data

    page.flush()
    path, _ = QFileDialog.getSaveFileName(
        page,
        translate("SessionMenu", "Export placemat"),
        _default_name(page, " placemat.pdf"),
        "PDF (*.pdf)",
    )
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    data = page.controller.read(report_data, page.controller.session_id)
    _write(
        page,
        lambda: build_placemat(data, path, lang=current_language()),
        path,
        "report",
        translate(
            "SessionMenu",
            "The placemat could not be written to %1: %2. Nothing in the session was changed.",
        ),
    )


def export_picture(page, kind: str) -> None:
    path, _ = QFileDialog.getSaveFileName(
        page,
        translate("SessionMenu", "Save the model"),
        _default_name(page, f".{kind}"),
        f"{kind.upper()} (*.{kind})",
    )
    if not path:
        return
    try:
        (page.canvas.export_png if kind == "png" else page.canvas.export_svg)(path)
    except OSError as exc:
        messages.warn(
            page,
            translate("SessionMenu", "Not saved"),
            translate("SessionMenu", "The picture could not be written: %1").replace(
                "%1", str(exc)
            ),
        )
