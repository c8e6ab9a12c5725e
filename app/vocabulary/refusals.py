"""What the services refuse, by code, with the English wording; the interface words each code in
the chosen language (app.ui.common.service_words), the command line prints the English.

The wordings are marked with QT_TRANSLATE_NOOP so Qt's lupdate collects them into the Dutch
translation (scripts/i18n.py reads this file too); nothing here imports Qt. Placeholders are
{name}s filled from the refusal's parameters.
"""

from __future__ import annotations

from enum import StrEnum

CONTEXT = "ServiceWords"  # lupdate reads the literal in each call, not this name


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Refusal(StrEnum):
    OBSERVATION_EMPTY = "observation-empty"
    OBSERVATION_EMPTIED = "observation-emptied"
    NO_SUCH_STATUS = "no-such-status"
    NO_SUCH_COMPLEXITY = "no-such-complexity"
    SESSION_NEEDS_TITLE = "session-needs-title"
    PARTICIPANT_NEEDS_NAME = "participant-needs-name"
    COMMUNITY_NEEDS_NAME = "community-needs-name"
    FOCUS_POINT_EMPTY = "focus-point-empty"
    VOTES_NEGATIVE = "votes-negative"
    THEME_NEEDS_NAME = "theme-needs-name"
    NO_SUCH_THEME = "no-such-theme"
    STEP_EMPTY = "step-empty"
    INDICATOR_EMPTY = "indicator-empty"
    NO_SUCH_ACTION_STATUS = "no-such-action-status"
    ACTION_NEEDS_TITLE = "action-needs-title"
    END_BEFORE_START = "end-before-start"
    NO_SUCH_OUTCOME = "no-such-outcome"
    SESSION_CLOSED = "session-closed"
    DRAFT_NEEDS_PLACE = "draft-needs-place"
    NOT_STORED = "not-stored"
    NOT_FOUND = "not-found"
    CHANGED_ELSEWHERE = "changed-elsewhere"
    SESSION_IN_USE = "session-in-use"
    TEXT_TOO_LONG = "text-too-long"
    STORAGE_TROUBLE = "storage-trouble"
    FILE_REJECTED = "file-rejected"
    ALREADY_HERE = "already-here"
    CANNOT_OPEN = "cannot-open"
    ELEMENT_NOT_IN_MODEL = "element-not-in-model"
    STATUS_NOT_ON_SCALE = "status-not-on-scale"
    THEME_ELEMENT_UNKNOWN = "theme-element-unknown"
    REVIEW_NOT_EARLIER = "review-not-earlier"
    NO_SUCH_VERDICT = "no-such-verdict"
    TAKEOUT_EXISTS = "takeout-exists"
    TAKEOUT_INVALID = "takeout-invalid"
    TAKEOUT_GONE = "takeout-gone"
    TAKEOUT_NONE = "takeout-none"
    TAKEOUT_RETURNED = "takeout-returned"
    RESTORE_WHILE_OPEN = "restore-while-open"
    BACKUP_MISSING = "backup-missing"
    RESTORE_IN_USE = "restore-in-use"
    RESTORE_NO_LOCK = "restore-no-lock"
    BACKUP_NOT_WHOLE = "backup-not-whole"
    RESTORE_FAILED = "restore-failed"
    EXPORT_INVALID = "export-invalid"
    IMPORT_NEEDS_BACKUP = "import-needs-backup"
    ERASE_NEEDS_FULL_NAME = "erase-needs-full-name"
    ERASED_BACKUP_NOT_WHOLE = "erased-backup-not-whole"
    ROOM_ELEMENT_UNKNOWN = "room-element-unknown"
    ROOM_LEVEL_UNKNOWN = "room-level-unknown"
    PROPOSAL_EMPTY = "proposal-empty"
    DOTS_NOT_WHOLE = "dots-not-whole"
    TOO_MANY_DOTS = "too-many-dots"
    FOCUS_POINT_ELSEWHERE = "focus-point-elsewhere"
    LINK_SAME_COMMUNITY = "link-same-community"
    MODEL_UNKNOWN = "model-unknown"
    MODEL_VERSION_CONFLICT = "model-version-conflict"
    MODEL_MOVE_NOT_NEWER = "model-move-not-newer"
    MODEL_FILE_INVALID = "model-file-invalid"


ENGLISH: dict[Refusal, str] = {
    Refusal.OBSERVATION_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "An observation needs text."),
    Refusal.OBSERVATION_EMPTIED: QT_TRANSLATE_NOOP(
        "ServiceWords", "An observation needs text; delete it if it may go."
    ),
    Refusal.NO_SUCH_STATUS: QT_TRANSLATE_NOOP(
        "ServiceWords", "Status {status} is not on the scale."
    ),
    Refusal.NO_SUCH_COMPLEXITY: QT_TRANSLATE_NOOP(
        "ServiceWords", "Unknown type of question: {complexity}"
    ),
    Refusal.SESSION_NEEDS_TITLE: QT_TRANSLATE_NOOP("ServiceWords", "A session needs a title."),
    Refusal.PARTICIPANT_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceWords", "Fill in a name."),
    Refusal.COMMUNITY_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceWords", "Give the community a name."),
    Refusal.FOCUS_POINT_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "A focus point needs text."),
    Refusal.VOTES_NEGATIVE: QT_TRANSLATE_NOOP(
        "ServiceWords", "The number of votes cannot be negative."
    ),
    Refusal.THEME_NEEDS_NAME: QT_TRANSLATE_NOOP("ServiceWords", "Give your own theme a name."),
    Refusal.NO_SUCH_THEME: QT_TRANSLATE_NOOP("ServiceWords", "Unknown theme: {theme}"),
    Refusal.STEP_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "A step needs text."),
    Refusal.INDICATOR_EMPTY: QT_TRANSLATE_NOOP(
        "ServiceWords", "Describe the indicator or the moment of evaluation."
    ),
    Refusal.NO_SUCH_ACTION_STATUS: QT_TRANSLATE_NOOP("ServiceWords", "Unknown status: {status}"),
    Refusal.ACTION_NEEDS_TITLE: QT_TRANSLATE_NOOP("ServiceWords", "An action needs a title."),
    Refusal.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "ServiceWords", "The end date is before the start date."
    ),
    Refusal.NO_SUCH_OUTCOME: QT_TRANSLATE_NOOP("ServiceWords", "Unknown outcome: {outcome}"),
    Refusal.SESSION_CLOSED: QT_TRANSLATE_NOOP(
        "ServiceWords", "This session is closed; reopen it to change it."
    ),
    Refusal.DRAFT_NEEDS_PLACE: QT_TRANSLATE_NOOP("ServiceWords", "A draft needs a place."),
    Refusal.NOT_STORED: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The database could not store this change (a text or number that does not "
        "fit: {detail}). Nothing was saved; what you typed is still on your screen.",
    ),
    Refusal.NOT_FOUND: QT_TRANSLATE_NOOP(
        "ServiceWords", "This was removed in the meantime ({detail}). Nothing was changed."
    ),
    Refusal.CHANGED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Someone else saved this at the same moment, so this change was not saved. What "
        "you typed is still on your screen: save it again to replace theirs.",
    ),
    Refusal.SESSION_IN_USE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Someone else is running this session now, so the change was not saved. What you "
        "typed is still on your screen.",
    ),
    Refusal.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The {field} is too long: {length} characters, and it holds at most {limit}. "
        "Nothing was saved; your text is still on your screen: shorten it and it will be "
        "saved.",
    ),
    Refusal.STORAGE_TROUBLE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The database cannot be written right now. Nothing you typed is lost: it will be "
        "saved once writing is possible again.",
    ),
    Refusal.FILE_REJECTED: QT_TRANSLATE_NOOP(
        "ServiceWords", "This exchange file cannot be imported: {problem}. Nothing was changed."
    ),
    Refusal.ALREADY_HERE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "“{community}” is already in this database ({here} of the {in_file} sessions in "
        "the file are here). Merge the file into it, or keep both as separate "
        "communities? Nothing has been changed yet.",
    ),
    Refusal.CANNOT_OPEN: QT_TRANSLATE_NOOP("ServiceWords", "{detail}"),
    Refusal.ELEMENT_NOT_IN_MODEL: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The model {model} {version} of this session has no element “{element}”. Nothing "
        "was saved.",
    ),
    Refusal.STATUS_NOT_ON_SCALE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Status {status} is not on the scale of the model {model} {version} ({lowest} to "
        "{highest}). Nothing was saved.",
    ),
    Refusal.THEME_ELEMENT_UNKNOWN: QT_TRANSLATE_NOOP(
        "ServiceWords", "The model has no element “{element}”; the theme was not changed."
    ),
    Refusal.REVIEW_NOT_EARLIER: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "This action is not an open action of an earlier session of this community, so it "
        "cannot be reviewed here. Nothing was changed.",
    ),
    Refusal.NO_SUCH_VERDICT: QT_TRANSLATE_NOOP(
        "ServiceWords", "Unknown verdict: {verdict}. Nothing was changed."
    ),
    Refusal.TAKEOUT_EXISTS: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "{path} already exists: take the community out into a new file. Nothing was changed.",
    ),
    Refusal.TAKEOUT_INVALID: QT_TRANSLATE_NOOP(
        "ServiceWords", "This community cannot be taken out: {problem}. Nothing was changed."
    ),
    Refusal.TAKEOUT_GONE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The community that was taken out is no longer in this file. Nothing was changed.",
    ),
    Refusal.TAKEOUT_NONE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "This file holds no community taken out of a shared database (`intervisie "
        "takeout` makes one). Nothing was changed.",
    ),
    Refusal.TAKEOUT_RETURNED: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "This file was already brought back ({when} UTC). Take the community out again to"
        " work on it offline. Nothing was changed.",
    ),
    Refusal.RESTORE_WHILE_OPEN: QT_TRANSLATE_NOOP(
        "ServiceWords", "Close the database before restoring a backup. Nothing was changed."
    ),
    Refusal.BACKUP_MISSING: QT_TRANSLATE_NOOP(
        "ServiceWords", "The backup {path} does not exist. Nothing was changed."
    ),
    Refusal.RESTORE_IN_USE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "{path} is open in Intervisie elsewhere ({who}); close it there before restoring."
        " Nothing was changed.",
    ),
    Refusal.RESTORE_NO_LOCK: QT_TRANSLATE_NOOP(
        "ServiceWords", "The backup cannot be restored here: {problem}. Nothing was changed."
    ),
    Refusal.BACKUP_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "ServiceWords", "The backup {name} is not whole ({problem}). Nothing was changed."
    ),
    Refusal.RESTORE_FAILED: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The backup could not be restored: {problem}. The database was not replaced.",
    ),
    Refusal.EXPORT_INVALID: QT_TRANSLATE_NOOP(
        "ServiceWords", "This data cannot be exported: {problem}. No file was written."
    ),
    Refusal.IMPORT_NEEDS_BACKUP: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Before importing, a backup must be made, and that failed: {problem}. Nothing was changed.",
    ),
    Refusal.ERASE_NEEDS_FULL_NAME: QT_TRANSLATE_NOOP(
        "ServiceWords", "Give the full name of the person to erase."
    ),
    Refusal.ERASED_BACKUP_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "The backup {name} did not check out after erasing: {problem}. The database "
        "itself has been cleaned.",
    ),
    Refusal.ROOM_ELEMENT_UNKNOWN: QT_TRANSLATE_NOOP(
        "ServiceWords", "This element is not part of the session's model."
    ),
    Refusal.ROOM_LEVEL_UNKNOWN: QT_TRANSLATE_NOOP(
        "ServiceWords", "That level is not on the status scale."
    ),
    Refusal.PROPOSAL_EMPTY: QT_TRANSLATE_NOOP("ServiceWords", "A proposal needs text."),
    Refusal.DOTS_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "ServiceWords", "A number of dots is a whole number, zero or more."
    ),
    Refusal.TOO_MANY_DOTS: QT_TRANSLATE_NOOP("ServiceWords", "Each phone has {allowed} dots."),
    Refusal.FOCUS_POINT_ELSEWHERE: QT_TRANSLATE_NOOP(
        "ServiceWords", "That focus point is not in this session."
    ),
    Refusal.LINK_SAME_COMMUNITY: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Both observations belong to the same community: connecting is for the "
        "observations of two communities. Nothing was changed.",
    ),
    Refusal.MODEL_UNKNOWN: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Version {version} of the model {model} is not on this computer. Nothing was changed.",
    ),
    Refusal.MODEL_VERSION_CONFLICT: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "Version {version} of the model {model} is already here with a different "
        "content; a changed model needs a new version number. Nothing was changed.",
    ),
    Refusal.MODEL_MOVE_NOT_NEWER: QT_TRANSLATE_NOOP(
        "ServiceWords",
        "This session uses version {current} of the model; it can only move to a "
        "newer version, not to {version}. Nothing was changed.",
    ),
    Refusal.MODEL_FILE_INVALID: QT_TRANSLATE_NOOP(
        "ServiceWords", "This model file cannot be used: {detail}. Nothing was changed."
    ),
}


class _Params(dict):
    """A wording's parameters; one the raiser did not give reads as empty, never an error."""

    def __missing__(self, key: str) -> str:
        return ""


def fill(wording: str, params: dict[str, object]) -> str:
    return wording.format_map(_Params(params))


def english(code: Refusal, params: dict[str, object]) -> str:
    return fill(ENGLISH[code], params)
