"""The baseline for ``startup_s`` and ``peak_rss_mb``: the least a PySide6 reader window costs.

Creates a QApplication and a QMainWindow with a QTextBrowser as its central widget,
shows it, processes events once and exits. Nothing from ``ailiteracy`` is imported.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/baseline_window.py``
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTextBrowser())
    window.show()
    app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
