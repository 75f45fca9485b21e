"""An independent screen-reader client: drive the real app by keyboard, listen through AT-SPI.

Runs with the system Python (which has the AT-SPI bindings, python3-gi and
gir1.2-atspi-2.0), inside ``dbus-run-session`` so it gets a private session and
accessibility bus. It starts Xvfb and the app (with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``),
sends keys with xdotool as a keyboard user would, records what a screen reader is told
(focus changes and announcements, with the names it would speak) and prints one JSON
object. The test that starts it makes the assertions.

    dbus-run-session -- /usr/bin/python3 client.py APP_PYTHON DATA_DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

HERE = Path(__file__).resolve().parent
STEP_TIMEOUT = 8.0  # seconds to wait for the app to react to one key


class Listener:
    """Collects the events a screen reader gets: focus moves and announcements."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        for kind in ("object:state-changed:focused", "object:announcement"):
            self._listener.register(kind)

    def _on_event(self, event) -> None:
        if event.type.startswith("object:state-changed") and not event.detail1:
            return  # focus lost: a screen reader says nothing
        try:
            name = event.source.get_name() or ""
            role = event.source.get_role_name() or ""
            description = event.source.get_description() or ""
        except GLib.Error:
            name = role = description = ""
        text = event.any_data if isinstance(event.any_data, str) else ""
        self.events.append(
            {
                "kind": "announcement" if event.type == "object:announcement" else "focus",
                "name": name,
                "role": role,
                "description": description,
                "text": text,
            }
        )

    def pump(self, until=None, timeout: float = STEP_TIMEOUT) -> dict | None:
        """Dispatch events until one satisfies ``until`` (returned) or the time is up."""
        context = GLib.MainContext.default()
        start = len(self.events)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            while context.pending():
                context.iteration(False)
            for event in self.events[start:]:
                if until is not None and until(event):
                    return event
            if until is None and len(self.events) > start:
                return self.events[-1]
            time.sleep(0.02)
        return None


class Session:
    def __init__(self, app_python: str, data_dir: str) -> None:
        self.xvfb, display = self._start_xvfb()
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
        }
        self.env.pop("WAYLAND_DISPLAY", None)
        self.listener = Listener()
        self.app = subprocess.Popen(
            [app_python, str(HERE / "launch_app.py"), "--guest", "--lang", "en",
             "--data-dir", data_dir],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env, capture_output=True, text=True, timeout=60, check=True,
        ).stdout.split()[0]
        # No window manager runs, so give the window the keyboard directly.
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.env, check=True,
                       timeout=30)
        self.listener.pump(lambda e: e["kind"] == "focus", timeout=15)

    @staticmethod
    def _start_xvfb() -> tuple[subprocess.Popen, str]:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,), stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        return xvfb, f":{number}"

    def key(self, *keys: str, until=None, timeout: float = STEP_TIMEOUT) -> dict | None:
        """Press ``keys`` and return the first screen-reader event ``until`` accepts."""
        start = len(self.listener.events)
        subprocess.run(["xdotool", "key", "--delay", "20", *keys], env=self.env, check=True,
                       timeout=30)
        event = self.listener.pump(until, timeout)
        if until is None:
            self.listener.pump(None, 0.3)  # let the app settle
            return self.listener.events[start:] or None
        return event

    def close(self) -> None:
        self.app.terminate()
        try:
            self.app.wait(15)
        except subprocess.TimeoutExpired:
            self.app.kill()
        self.xvfb.terminate()
        self.xvfb.wait(15)


def focus(event: dict) -> bool:
    return event["kind"] == "focus"


def find(node, role: str, limit: int = 4000) -> list:
    """Accessible objects with ``role`` under ``node`` (breadth first, bounded)."""
    found, queue, seen = [], [node], 0
    while queue and seen < limit:
        item = queue.pop(0)
        seen += 1
        try:
            if item.get_role_name() == role:
                found.append(item)
            queue.extend(item.get_child_at_index(i) for i in range(item.get_child_count()))
        except GLib.Error:
            continue
    return found


def app_root():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        child = desktop.get_child_at_index(i)
        if child is not None and child.get_name() == "ailiteracy":
            return child
    return None


def read_lesson(session: Session) -> dict:
    """Open the first lesson from the module list and read what AT-SPI exposes of it."""
    session.key("F6", until=focus)
    session.key("Right")  # expand the first module
    session.key("Down", until=focus)
    session.key("Return")
    root = app_root()
    out: dict = {"headings": [], "links": [], "sections": [], "text": ""}
    for box in find(root, "combo box"):
        if box.get_name() == "Go to section":
            out["sections"] = [
                box.get_child_at_index(0).get_child_at_index(i).get_name()
                for i in range(box.get_child_at_index(0).get_child_count())
            ] if box.get_child_count() else []
    for text in find(root, "text") + find(root, "document text"):
        if text.get_name() == "Lesson text":
            iface = text.get_text_iface()
            out["text"] = iface.get_text(0, iface.get_character_count()) if iface else ""
    for heading in find(root, "heading"):
        out["headings"].append(heading.get_name())
    for link in find(root, "link"):
        out["links"].append(link.get_name())
    # Tab into the lesson text and on to its links: each one must be spoken.
    spoken = []
    event = session.key("F6", until=focus)  # back to the module list
    for _ in range(12):
        event = session.key("Tab", until=lambda e: True)
        if event is None:
            break
        spoken.append(event)
        if event["kind"] == "focus" and event["role"] == "push button":
            break
    out["tabbing"] = spoken
    return out


def take_quiz(session: Session) -> dict:
    """Take the module quiz by keyboard only, recording what a screen reader says."""
    questions = []
    shown = session.key("alt+q", until=focus)
    for _ in range(20):
        record = {"shown": shown, "tab": [], "arrows": [], "feedback": []}
        # Tab through the page to the Check button, answering on the way.
        for _ in range(40):
            event = session.key("Tab", until=focus)
            if event is None:
                break
            record["tab"].append(event)
            name = event["name"]
            if name.startswith(("Verdict for claim", "Match for")):
                session.key("Down")  # choose something in every drop-down
            if name == "Check answer":
                break
        # The plain key 1 picks option 1 (where options are numbered); Down moves on.
        event = session.key("1", until=focus, timeout=2)
        if event is not None:
            record["arrows"].append(event)
            down = session.key("Down", until=focus, timeout=2)
            if down is not None:
                record["arrows"].append(down)
        record["feedback"] = [
            e
            for e in [session.key("ctrl+Return", until=lambda e: True)]
            if e is not None
        ]
        more = session.listener.pump(None, 0.5)
        if more is not None and more not in record["feedback"]:
            record["feedback"].append(more)
        questions.append(record)
        shown = session.key("ctrl+Return", until=focus)
        if shown is None or shown["name"].startswith("Your score"):
            return {"questions": questions, "result": shown}
    return {"questions": questions, "result": None}


def main() -> int:
    app_python, data_dir = sys.argv[1], sys.argv[2]
    session = Session(app_python, data_dir)
    try:
        report = {"lesson": read_lesson(session), "quiz": take_quiz(session)}
    finally:
        session.close()
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
