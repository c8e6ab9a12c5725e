"""The exchange file itself, trusting nothing: a zip of bounded size with one entry and no path
tricks, decompressed with a cap (a zip bomb stops at the cap), then JSON without duplicate keys,
fractions, huge numbers, NULs, lone surrogates or deep nesting. The schema and the meaning are
checked after this (exchange_schema). Any problem raises ExchangeRejected with what was wrong."""

from __future__ import annotations

import json
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from app.services.errors import FileRefused
from app.vocabulary.refusals import Refusal

ENTRY_NAME = "intervisie.json"

MAX_FILE_BYTES = 64 * 1024 * 1024  # the zip on disk
MAX_JSON_BYTES = 32 * 1024 * 1024  # intervisie.json once decompressed
MAX_ZIP_ENTRIES = 16
MAX_DEPTH = 16  # the format itself nests 7 deep
MAX_NUMBER_CHARS = 15
MAX_ROWS = 200_000


class ExchangeRejected(FileRefused):
    """The file is refused as a whole; `problem` says where (the file's own words: a row, a
    key), the code's wording says the rest in the language on screen."""

    code = Refusal.FILE_REJECTED

    def __init__(self, problem: str):
        self.problem = problem
        super().__init__(
            f"This exchange file cannot be imported: {problem}. Nothing was changed.",
            params={"problem": problem},
        )


# ---- the zip ------------------------------------------------------------------------------------
def _safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or ":" in name:
        return False
    p = PurePosixPath(name)
    return not p.is_absolute() and ".." not in p.parts


def read_entry(path: Path) -> bytes:
    """intervisie.json from the zip, decompressed with a cap."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExchangeRejected(f"the file cannot be read ({exc.strerror})") from exc
    if size > MAX_FILE_BYTES:
        raise ExchangeRejected(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise ExchangeRejected(f"the archive holds {len(infos)} entries")
            bad = [i.filename for i in infos if not _safe_name(i.filename)]
            if bad:
                raise ExchangeRejected(
                    f"the archive holds an entry with an unsafe name ({bad[0]!r})"
                )
            names = [i.filename for i in infos]
            if names != [ENTRY_NAME]:
                raise ExchangeRejected(f"the archive must hold exactly {ENTRY_NAME}, not {names}")
            if infos[0].file_size > MAX_JSON_BYTES:
                raise ExchangeRejected(
                    f"{ENTRY_NAME} would unpack to more than {MAX_JSON_BYTES // 2**20} MB"
                )
            with zf.open(infos[0]) as fh:
                data = fh.read(MAX_JSON_BYTES + 1)  # the cap holds even if the header lies
    except ExchangeRejected:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        RuntimeError,
        NotImplementedError,
        ValueError,
        OSError,
    ) as exc:
        raise ExchangeRejected(f"it is not a readable Intervisie exchange file ({exc})") from exc
    if len(data) > MAX_JSON_BYTES:
        raise ExchangeRejected(f"{ENTRY_NAME} unpacks to more than {MAX_JSON_BYTES // 2**20} MB")
    return data


# ---- the JSON -----------------------------------------------------------------------------------
def _no_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise ExchangeRejected(f"the key {k!r} appears twice in one object")
        out[k] = v
    return out


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_CHARS:
        raise ExchangeRejected(f"a number has {len(text)} digits (at most {MAX_NUMBER_CHARS})")
    return int(text)


def _float(text: str):
    raise ExchangeRejected(
        f"the number {text[:20]} has a fraction or exponent; the format only has whole numbers"
    )


def _constant(text: str):
    raise ExchangeRejected(f"{text} is not a number")


def _walk(doc) -> int:
    """Depth and string checks over the parsed document; returns the number of objects."""
    objects, stack = 0, [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ExchangeRejected(f"the data is nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            objects += 1
            for key, v in value.items():
                _check_text(key)
                stack.append((v, depth + 1))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            _check_text(value)
    return objects


def _check_text(value: str) -> None:
    if "\x00" in value:
        raise ExchangeRejected("a text holds a NUL character")
    try:  # a lone surrogate (\ud800) parses as JSON but is no character: no database stores it
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExchangeRejected(
            f"a text holds an invalid character (\\u{ord(value[exc.start]):04x}, half of a pair)"
        ) from exc


def parse_json(data: bytes) -> dict:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeRejected(f"{ENTRY_NAME} is not UTF-8 text") from exc
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
        )
    except RecursionError as exc:
        raise ExchangeRejected(f"the data is nested more than {MAX_DEPTH} levels deep") from exc
    except ValueError as exc:
        raise ExchangeRejected(f"{ENTRY_NAME} is not valid JSON ({exc})") from exc
    if not isinstance(doc, dict):
        raise ExchangeRejected(f"{ENTRY_NAME} must hold one JSON object")
    if _walk(doc) > MAX_ROWS:
        raise ExchangeRejected(f"the file holds more than {MAX_ROWS} rows")
    return doc
