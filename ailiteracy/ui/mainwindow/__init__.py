"""The main window, one module per part.

- ``window.py``: :class:`MainWindow` itself, building the widgets and connecting them;
- ``base.py``: what the parts share (the session, the screens, the actions);
- ``menus.py``: the menu bar and the list of keyboard shortcuts;
- ``navigation.py``: the tree of modules, lessons, practice tasks and quizzes;
- ``screens.py``: switching screens; the rarely used ones are built on first use;
- ``lessons.py``: opening lessons and quizzes, time spent and "read" marks;
- ``history.py``: Back and Forward;
- ``links.py``: links inside lessons, to the app or to the web;
- ``appearance.py``: theme, text size, icons, fitting the screen;
- ``dialogs.py``: settings, progress export and import, routine card, About;
- ``notices.py``: banners and messages about the learner's data;
- ``dragdrop.py``: assignment and progress files dropped on the window;
- ``selftest.py``: ``--self-test``.
"""

from .window import MainWindow

__all__ = ["MainWindow"]
