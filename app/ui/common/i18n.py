"""Install the interface language. Source strings are English; Dutch (the default) comes from
resources/i18n/intervisie_nl.qm, built from the .ts by scripts/i18n.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resources_dir

_installed: list[QTranslator] = []
_language = ["nl"]


def current_language() -> str:
    """The interface language; model labels (areas, stages, themes) follow it too."""
    return _language[0]


def install_language(lang: str) -> bool:
    """Switch the interface language; True when a translation was loaded (or none is needed)."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _language[0] = lang
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    if lang == "en":
        # the source is English, but "%n session(s)" needs its two forms ("1 session")
        plurals = QTranslator(app)
        if plurals.load(str(resources_dir() / "i18n" / "intervisie_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    translator = QTranslator(app)
    if not translator.load(str(resources_dir() / "i18n" / f"intervisie_{lang}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own words (OK/Cancel in dialogs, Copy/Paste in text menus, the calendar) ship with
    # PySide6; without them a Dutch dialog still says "Cancel"
    qt_words = QTranslator(app)
    if qt_words.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    return True


def reset_language() -> None:
    """No translation loaded, the source strings, Dutch model labels: the state before
    install_language. The application object outlives a test, so a language one test installed
    must not leak into the next (tests/conftest.py)."""
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    _language[0] = "nl"
    QLocale.setDefault(QLocale.system())
