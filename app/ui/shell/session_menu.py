"""The Session menu: the report (PDF, print), the model as a picture, back to the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from app.ui.common import messages, mnemonics, shortcuts
from app.ui.common.i18n import current_language
from app.ui.common.file_names import safe_name

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
    add(translate("SessionMenu", "Print report…"), lambda: print_report(page),
        shortcuts.PRINT_REPORT)
    menu.addSeparator()
    add(translate("SessionMenu", "Save the model as PNG…"), lambda: export_picture(page, "png"))
    add(translate("SessionMenu", "Save the model as SVG…"), lambda: export_picture(page, "svg"))
    menu.addSeparator()
    add(translate("SessionMenu", "Back to communities"), page.homeRequested.emit)
    mnemonics.assign(menu)


def _default_name(page, suffix: str) -> str:
    from app.services.sessions import get_session

    info = get_session(page.store, page.controller.session_id)
    return str(Path.home() / f"{safe_name(info.community_name)} {info.held_on:%Y-%m-%d}{suffix}")


def export_report(page, lang: str, anonymous: bool, **uses) -> None:
    from app.ui.shell.report_actions import export_pdf

    page.flush()
    suffix = (" anoniem" if anonymous else "") + (" EN" if lang == "en" else "") + ".pdf"
    path, _ = QFileDialog.getSaveFileName(
        page, translate("SessionMenu", "Export report"), _default_name(page, suffix), "PDF (*.pdf)"
    )
    if path:
        page.report_exporter = export_pdf(
            page, page.store, page.controller.session_id, path, lang=lang, anonymous=anonymous,
            **uses
        )


def export_report_with_options(page) -> None:
    """Language, names or roles, and the optional sections on the model's uses."""
    from PySide6.QtWidgets import QDialog

    from app.ui.shell.report_options import ReportOptions

    dialog = ReportOptions(page.store, page.controller.session_id, page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        export_report(page, **dialog.values())


def print_report(page) -> None:
    from app.ui.shell.print_flow import print_report as do_print

    page.flush()
    page.print_flow = do_print(page, page.store, page.controller.session_id,
                               lang=current_language())


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
