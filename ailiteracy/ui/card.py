"""The one-page, large-print card of the SIFT checking routine, as a PDF or on paper.

The card's text is Markdown shipped with the content (``content/<locale>/sift-card.md``)
so that authors translate it like a lesson. It is rendered with the lesson renderer
(raw HTML is escaped) and laid out by a :class:`QTextDocument` on one portrait page.

Build both languages from the command line (the same way every time)::

    python -m ailiteracy.ui.card OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize, QTextDocument

from ..core import languages, paths
from ..core.render import LessonRenderer
from . import printing

CARD_FILE = "sift-card.md"
LOCALES = languages.CODES
BODY_POINTS = 16  # large print: at least 16 pt on paper
MARGIN_MM = 12

CARD_CSS = """
h1 { font-size: 26pt; font-weight: bold; color: #1d3557; margin-bottom: 4pt; }
h2 { font-size: 20pt; font-weight: bold; color: #1d3557; margin-top: 6pt; margin-bottom: 0; }
p { margin-top: 4pt; margin-bottom: 4pt; }
ul { margin-top: 0; margin-bottom: 0; }
li { margin-bottom: 2pt; }
.source { font-size: 10pt; color: #4a5560; }
"""


def card_source(locale: str, root: Path | None = None) -> str:
    """The card's Markdown for ``locale``, or the English card when it is not translated."""
    folder = root or paths.content_dir()
    for code in (locale, languages.FALLBACK):
        path = folder / code / CARD_FILE
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def card_document(locale: str, root: Path | None = None) -> QTextDocument:
    """The card, ready to print or to save as a PDF."""
    doc = QTextDocument()
    doc.setDefaultFont(printing.print_font(BODY_POINTS))
    doc.setDefaultStyleSheet(CARD_CSS)
    doc.setDocumentMargin(0)
    html = LessonRenderer().to_html(card_source(locale, root))
    doc.setHtml(html)
    title = doc.toPlainText().strip().splitlines()[0] if html else ""
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def card_pdf(
    path: Path,
    locale: str,
    page_size: printing.PageSize = QPageSize.PageSizeId.A4,
    root: Path | None = None,
) -> None:
    """Save the card for ``locale`` as a one-page PDF (written atomically)."""
    doc = card_document(locale, root)
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    printing._write_pdf(path, printing.portrait_layout(page_size, MARGIN_MM), title, doc.print_)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m ailiteracy.ui.card OUT_DIR", file=sys.stderr)
        return 2
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance() or QGuiApplication(["ailiteracy"])
    out = Path(argv[0])
    for locale in LOCALES:
        for name, size in (
            ("a4", QPageSize.PageSizeId.A4),
            ("letter", QPageSize.PageSizeId.Letter),
        ):
            target = out / f"sift-card-{locale}-{name}.pdf"
            card_pdf(target, locale, size)
            print(target)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
