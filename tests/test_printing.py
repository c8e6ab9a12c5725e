"""Printing for real: the report's own pages go to a printer (a real CUPS with a cups-pdf printer),
from the command line and through the print dialog, with copies, a page range and Cancel."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from app.main import main
from app.reports.builder import render
from app.services.report_data import report_data
from app.ui.shell.print_flow import PrintFlow, print_report
from app.ui.shell.printing import chosen_pages, print_pdf, printer_named
from tests.cups_tools import PRINTER, assert_printed_as, jobs_of, printed_folder, wait_for_printed
from tests.report_tools import pdf_text


@pytest.fixture(scope="module")
def cups():
    return printed_folder()


@pytest.fixture
def demo_file(tmp_path):
    from app.services.bootstrap import open_database

    path = tmp_path / "demo.db"
    open_database(str(path)).close()
    return str(path)


def _report(database: str, session_id: int = 1, **options) -> bytes:
    from app.services.bootstrap import open_database

    store = open_database(database, must_exist=True)
    try:
        return render(report_data(store, session_id), **options)
    finally:
        store.close()


def test_the_print_command_prints_every_page_of_the_report(cups, demo_file, capsys, qapp):
    before = jobs_of(cups, "sessieverslag-1")
    assert main(["print", "--session", "1", "--printer", PRINTER, "--database", demo_file]) == 0
    original = _report(demo_file)
    pages = len(pdf_text_pages(original))
    assert f"printed: {pages} pages on {PRINTER}" in capsys.readouterr().out
    printed = wait_for_printed(cups, "sessieverslag-1", before)
    assert_printed_as(printed.read_bytes(), original, list(range(pages)))


def test_copies_are_made_by_the_spooler(cups, demo_file, capsys, qapp):
    before = jobs_of(cups, "report-1")
    assert (
        main(
            [
                "print",
                "--session",
                "1",
                "--printer",
                PRINTER,
                "--copies",
                "2",
                "--lang",
                "en",
                "--database",
                demo_file,
            ]
        )
        == 0
    )
    original = _report(demo_file, lang="en")
    pages = len(pdf_text_pages(original))
    assert f"printed: {pages} pages, 2 copies on {PRINTER}" in capsys.readouterr().out
    printed = wait_for_printed(cups, "report-1", before)
    assert_printed_as(printed.read_bytes(), original, list(range(pages)) * 2)


def test_an_unknown_printer_is_named_with_the_ones_there_are(cups, demo_file, capsys, qapp):
    assert main(["print", "--session", "1", "--printer", "Nergens", "--database", demo_file]) == 1
    err = capsys.readouterr().err
    assert "nothing printed: no printer named 'Nergens'" in err and PRINTER in err
    assert main(["print", "--session", "99", "--database", demo_file]) == 1
    assert "there is no session 99" in capsys.readouterr().err


def pdf_text_pages(pdf: bytes) -> list[str]:
    from tests.report_tools import pdf_pages

    return pdf_pages(pdf)


def _answer_print_dialog(choose) -> list[str]:
    """Answer the print dialog once it is open: choose(dialog) sets it up, then OK."""
    seen: list[str] = []

    def look():
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QPrintDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        choose(dialog)
        seen.append(dialog.windowTitle())
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(50, look)
    return seen


def test_print_dialog_prints_the_pages_chosen_on_the_printer_chosen(
    cups, qtbot, demo_store, demo_session_id
):
    def choose(dialog):
        printers = dialog.findChild(QComboBox, "printers")
        printers.setCurrentIndex(printers.findText(PRINTER))
        dialog.findChild(QRadioButton, "printRange").click()
        dialog.findChild(QSpinBox, "to").setValue(3)
        dialog.findChild(QSpinBox, "from").setValue(2)
        # two-sided printing is offered; cups-pdf cannot do it, so it stays greyed out here
        duplex = dialog.findChild(QRadioButton, "duplexLong")
        found["duplex enabled"] = duplex.isEnabled()

    found: dict[str, bool] = {}
    before = jobs_of(cups, f"sessieverslag-{demo_session_id}")
    seen = _answer_print_dialog(choose)
    flow = print_report(None, demo_store, demo_session_id, lang="nl")
    with qtbot.waitSignal(flow.done, timeout=120000) as done:
        pass
    assert done.args == [2]
    assert flow.printer.printerName() == PRINTER
    assert seen == ["Print the report"] and found == {"duplex enabled": False}
    printed = wait_for_printed(cups, f"sessieverslag-{demo_session_id}", before)
    original = render(report_data(demo_store, demo_session_id))
    assert_printed_as(printed.read_bytes(), original, [1, 2])


def test_cancel_stops_after_the_page_being_painted(cups, qtbot, demo_store, demo_session_id):
    original = render(report_data(demo_store, demo_session_id))
    title = f"cancelled-{uuid.uuid4().hex[:8]}"
    printer = printer_named(PRINTER)
    printer.setDocName(title)
    flow = PrintFlow(None)
    flow.print_on(printer, original)
    progress = flow.progress
    assert progress.labelText() == "Sending the pages to the printer…"
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=60000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    with qtbot.waitSignal(flow.stopped, timeout=60000) as stopped:
        pass
    sent, total = stopped.args
    assert 1 <= sent < total == len(pdf_text_pages(original))
    assert flow.progress is None
    # Qt cannot withdraw a job: the pages painted before Cancel are printed, and no more
    printed = wait_for_printed(cups, title, set())
    assert_printed_as(printed.read_bytes(), original, list(range(sent)))


def test_a_page_range_prints_those_pages_to_any_printer(
    qapp, demo_store, demo_session_id, tmp_path
):
    """Without CUPS too: Qt's own PDF printer receives the chosen pages, each as its original."""
    original = render(report_data(demo_store, demo_session_id))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 4)
    assert chosen_pages(printer, 11) == [2, 3]
    seen: list[tuple[int, int]] = []
    assert print_pdf(original, printer, lambda done, total: seen.append((done, total)) or True) == 2
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert_printed_as(out.read_bytes(), original, [2, 3])
    assert "Intervisie en doorkijk" in pdf_text(original)
