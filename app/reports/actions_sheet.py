"""The action list as a spreadsheet for the owners: XLSX (openpyxl) or CSV as Dutch Excel reads it
(UTF-8 with a byte-order mark, ';' between fields).

    write_actions(action_list, "acties.xlsx", lang="nl")   # the format follows the extension

The group's text is data, never a formula: a cell that starts with =, +, - or @ (or a tab or a
carriage return, which some spreadsheet programs skip before looking) is stored as text in the
XLSX and prefixed with an apostrophe in the CSV, as spreadsheet programs read it.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from app.paths import private_file
from app.reports.texts import Words
from app.vocabulary.report_data import ActionEntry, ActionList

FORMATS = (".xlsx", ".csv")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# (key, Dutch, English, column width in characters)
_COLUMNS = (
    ("session", "Sessie", "Session", 24),
    ("number", "Nr.", "No.", 5),
    ("title", "Actie", "Action", 36),
    ("description", "Beschrijving", "Description", 50),
    ("owner", "Eigenaar", "Owner", 22),
    ("partners", "Partners", "Partners", 30),
    ("starts_on", "Start", "Start", 12),
    ("due_on", "Uiterlijk", "Due", 12),
    ("status", "Status", "Status", 12),
    ("indicator", "Indicator", "Indicator", 36),
    ("focus_points", "Versnellers", "Accelerators", 40),
    ("themes", "Innovatiethema's", "Innovation themes", 30),
    ("history", "Verloop", "History", 40),
)
_OUTCOMES = {
    "gereed": ("Gereed", "Done"),
    "doorgezet": ("Doorgezet", "Continued"),
    "gestopt": ("Gestopt", "Stopped"),
}


def header(lang: str) -> list[str]:
    return [nl if lang != "en" else en for _key, nl, en, _width in _COLUMNS]


def _theme(entry_list: ActionList, theme, lang: str) -> str:
    if theme.theme_key is None or entry_list.model is None:
        return theme.label
    found = entry_list.model.find(entry_list.model.themes, theme.theme_key)
    return found.label.get(lang) if found else theme.theme_key


def _history(entry: ActionEntry, words: Words) -> str:
    lines = []
    for held_on, outcome, note in entry.history:
        nl, en = _OUTCOMES.get(outcome, (outcome, outcome))
        line = f"{words.short_date(held_on)}: {en if words.lang == 'en' else nl}"
        lines.append(f"{line} – {note}" if note else line)
    return "\n".join(lines)


def rows(action_list: ActionList, lang: str = "nl") -> list[list]:
    """One row per action, in the columns' order: text, numbers and dates (or None)."""
    words, out = Words(lang), []
    numbers: dict[int, int] = {}
    for e in action_list.entries:
        a, s = e.action, e.session
        numbers[s.id] = numbers.get(s.id, 0) + 1
        status = words(f"action_{a.status}") if words.has(f"action_{a.status}") else a.status
        out.append(
            [
                f"{words.short_date(s.held_on)} · {s.title}",
                numbers[s.id],
                a.title,
                a.description,
                a.owner,
                "; ".join(a.partners),
                a.starts_on,
                a.due_on,
                status,
                a.indicator,
                "\n".join(e.focus_points),
                "; ".join(_theme(action_list, t, lang) for t in e.themes),
                _history(e, words),
            ]
        )
    return out


def _unsafe(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def xlsx_bytes(action_list: ActionList, lang: str = "nl") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Acties" if lang != "en" else "Actions"
    sheet.append(header(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8ECF3")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows(action_list, lang), start=2):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            if _unsafe(value):
                # openpyxl takes a string with "=" for a formula: store it as a plain string,
                # and mark it so Excel keeps it text when someone edits the cell
                cell.value = value
                cell.data_type = "s"
                cell.quotePrefix = True
            else:
                cell.value = value if value != "" else None
            if isinstance(value, date):
                cell.number_format = "DD-MM-YYYY"
            cell.alignment = wrap
    for c, (_key, _nl, _en, width) in enumerate(_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    last = get_column_letter(len(_COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(1, sheet.max_row)}"
    sheet.freeze_panes = "A2"
    book.properties.title = (
        f"{'Acties' if lang != 'en' else 'Actions'} – {action_list.community.name}"
    )
    book.properties.language = lang
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    text = str(value)
    return "'" + text if _unsafe(text) else text


def csv_bytes(action_list: ActionList, lang: str = "nl") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header(lang))
    for values in rows(action_list, lang):
        writer.writerow([_csv_value(v) for v in values])
    return buffer.getvalue().encode("utf-8-sig")


def write_actions(action_list: ActionList, out: str | Path, lang: str = "nl") -> None:
    """Write the list as XLSX or CSV, from out's extension (ValueError for another one); the
    file appears only once it is complete."""
    path = Path(out)
    kind = path.suffix.lower()
    if kind not in FORMATS:
        raise ValueError(f"choose a file ending in {' or '.join(FORMATS)}")
    data = xlsx_bytes(action_list, lang) if kind == ".xlsx" else csv_bytes(action_list, lang)
    tmp = private_file(path.with_name(path.name + ".part"))
    tmp.write_bytes(data)
    tmp.replace(path)
