"""What PySide6 itself costs for the Qt classes the app uses: a bare window that touches them.

PySide6 creates a Qt class, with every Python enum class of it, when the class is
first used. This is ``baseline_window.py`` plus a first use of every Qt class the
app's ``--self-test`` uses, so its cost above the bare window is PySide6's own price
for those classes, which no app that uses them can avoid.

Run (from the project folder, offscreen)::

    python -m benchmarks.baseline_classes --list > classes.json  # the self-test's classes
    python benchmarks/baseline_classes.py classes.json           # the window, timed by you

``--list`` runs the self-test in a child process (with a throw-away data folder) and
prints the names of the Qt classes it used, as JSON; the second form creates them and
the bare window, and imports nothing from ``ailiteracy``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg")

PROBE = (
    f"MODULES = {MODULES!r}"
    + """
import json, sys
from ailiteracy.cli import main
code = main(["--self-test", "--data-dir", sys.argv[1]])
used = {
    module: sorted(
        name for name, value in vars(sys.modules[module]).items()
        if name.startswith("Q") and isinstance(value, type)
    )
    for module in MODULES if module in sys.modules
}
print(json.dumps({"code": code, "classes": used}))
"""
)


def list_classes() -> int:
    with tempfile.TemporaryDirectory() as data_dir:
        done = subprocess.run(
            [sys.executable, "-c", PROBE, data_dir],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if report["code"] != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    print(json.dumps(report["classes"], indent=1))
    return 0


def window(classes_file: str) -> int:
    import importlib

    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    with open(classes_file, encoding="utf-8") as handle:
        classes = json.load(handle)
    for module_name, names in classes.items():
        if module_name not in MODULES or not isinstance(names, list):
            raise SystemExit(f"{classes_file}: not a list of classes made by --list")
        module = importlib.import_module(module_name)
        for name in names:
            if isinstance(name, str) and name.startswith("Q"):
                getattr(module, name)
    app = QApplication(sys.argv[:1])
    main_window = QMainWindow()
    main_window.setCentralWidget(QTextBrowser())
    main_window.show()
    app.processEvents()
    main_window.close()
    return 0


def main(argv: list[str]) -> int:
    if argv == ["--list"]:
        return list_classes()
    if len(argv) == 1 and not argv[0].startswith("-"):
        return window(argv[0])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
