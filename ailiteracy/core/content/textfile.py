"""Reading a content file's text: UTF-8 only, with a plain-language message otherwise."""

from __future__ import annotations

from pathlib import Path

from ..fileformat import read_file

CONTENT_MAX_BYTES = 16 * 1024 * 1024  # per file: lessons and quizzes are far smaller

SAVE_AS_UTF8 = (
    "save it as UTF-8 (Notepad: File > Save as, Encoding: UTF-8; "
    "LibreOffice: Save as > Text, character set Unicode (UTF-8))"
)


class ContentTextError(ValueError):
    """A content file that is not UTF-8 text; the message names the encoding and the fix."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


def read_content_text(path: Path | str) -> str:
    """A content file's text. UTF-8, with or without a BOM (Notepad writes one).

    Raises:
        ContentTextError: the file is UTF-16 or UTF-32 (Word and "Unicode" in
            Notepad), or another encoding such as Windows-1252.
        OSError: it cannot be read.
    """
    data = read_file(path, CONTENT_MAX_BYTES)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 1 and b"\x00" in data[:200]):
        raise ContentTextError(
            f'the file is saved as UTF-16 ("Unicode"), not UTF-8; {SAVE_AS_UTF8}'
        )
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            sample = data[exc.start : exc.start + 1].decode("cp1252")
            guess = f"it looks like Windows-1252 ('{sample}' on this line)"
        except UnicodeDecodeError:
            guess = "its encoding is unknown"
        raise ContentTextError(
            f"the file is not UTF-8 text: {guess}; {SAVE_AS_UTF8}", line
        ) from None
