"""An independent screen-reader client: drive the real app by keyboard, listen through AT-SPI.

Runs with the system Python (which has the AT-SPI bindings, python3-gi and
gir1.2-atspi-2.0), inside ``dbus-run-session`` so it gets a private session and
accessibility bus. It starts Xvfb and the app (with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``),
sends keys with xdotool as a keyboard user would, records what a screen reader is told
(focus changes and announcements, with the names it would speak) and prints one JSON
object. The test that starts it makes the assertions.

Each key press waits for the event that shows the app handled it (a focus move, an
announcement, a drop-down's new value), so no step waits out its time limit; keys that
a screen reader hears nothing for (opening a module in the list) are sent together
with the next key, whose event comes after theirs.

    dbus-run-session -- /usr/bin/python3 client.py APP_PYTHON DATA_DIR NUMBERED

NUMBERED is a JSON list with one flag per quiz question: whether the plain key 1
chooses one of its options (where it does not, no focus move is waited for).
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
STEP_TIMEOUT = 8.0  # seconds to wait for the app to react to one key (a failing step)
# Events recorded: focus moves, announcements and changed names (a drop-down's new value).
EVENTS = {
    "object:state-changed:focused": "focus",
    "object:announcement": "announcement",
    "object:property-change:accessible-name": "name",
}


class Listener:
    """Collects the events a screen reader gets: focus moves, announcements, new names."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self._listener = Atspi.EventListener.new(self._on_event)
        # Qt tells of a drop-down's new choice (as a new name) only while someone
        # listens for value changes, so listen for those too (and keep none of them).
        for kind in (*EVENTS, "object:value-changed"):
            self._listener.register(kind)

    def _on_event(self, event) -> None:
        if event.type not in EVENTS:
            return  # a value change: the drop-down's name change says it
        if event.type.startswith("object:state-changed") and not event.detail1:
            return  # focus lost: a screen reader says nothing
        try:
            name = event.source.get_name() or ""
            role = event.source.get_role_name() or ""
            description = event.source.get_description() or ""
            label = " ".join(
                relation.get_target(0).get_name() or ""
                for relation in event.source.get_relation_set()
                if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY
                and relation.get_n_targets()
            )
        except GLib.Error:
            name = role = description = label = ""
        text = event.any_data if isinstance(event.any_data, str) else ""
        self.events.append(
            {
                "kind": EVENTS[event.type],
                "name": name,
                "role": role,
                "description": description,
                "label": label,
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
            [
                app_python,
                str(HERE / "launch_app.py"),
                "--guest",
                "--lang",
                "en",
                "--data-dir",
                data_dir,
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout.split()[0]
        # No window manager runs, so give the window the keyboard directly.
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", window], env=self.env, check=True, timeout=30
        )
        self.listener.pump(lambda e: e["kind"] == "focus", timeout=15)

    @staticmethod
    def _start_xvfb() -> tuple[subprocess.Popen, str]:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        return xvfb, f":{number}"

    def press(self, *keys: str) -> None:
        """Press ``keys`` without waiting: what they do comes before the next key's events."""
        subprocess.run(
            ["xdotool", "key", "--delay", "20", *keys], env=self.env, check=True, timeout=30
        )

    def key(self, *keys: str, until=None, timeout: float = STEP_TIMEOUT) -> dict | None:
        """Press ``keys`` and return the first screen-reader event ``until`` accepts."""
        start = len(self.listener.events)
        self.press(*keys)
        if until is None:  # any focus move or announcement, then let the app settle
            self.listener.pump(spoken, timeout)
            self.listener.pump(spoken, 0.3)
            return [e for e in self.listener.events[start:] if spoken(e)] or None
        return self.listener.pump(until, timeout)

    def close(self) -> None:
        self.app.terminate()
        try:
            self.app.wait(15)
        except subprocess.TimeoutExpired:
            self.app.kill()
        self.xvfb.terminate()
        self.xvfb.wait(15)


OPTION_ROLES = ("radio button", "check box")  # what the plain keys 1-9 choose


def focus(event: dict) -> bool:
    return event["kind"] == "focus"


def spoken(event: dict) -> bool:
    """A focus move or an announcement (not a name that changed elsewhere)."""
    return event["kind"] in ("focus", "announcement")


def new_value(event: dict) -> bool:
    """A drop-down that now shows another choice (a screen reader speaks it), in ``text``."""
    return event["kind"] == "name" and event["role"] == "combo box"


def announcement(prefix: str = ""):
    return lambda event: event["kind"] == "announcement" and event["text"].startswith(prefix)


def app_root():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        child = desktop.get_child_at_index(i)
        if child is not None and child.get_name() == "ailiteracy":
            return child
    return None


def find_named(node, name: str, limit: int = 5000):
    """The first accessible object called ``name`` under ``node`` (breadth first)."""
    queue, seen = [node], 0
    while queue and seen < limit:
        item = queue.pop(0)
        seen += 1
        if item is None:
            continue  # gone while the tree was read (or no app yet)
        try:
            if item.get_name() == name:
                return item
            queue.extend(item.get_child_at_index(i) for i in range(item.get_child_count()))
        except GLib.Error:
            continue
    return None


def wait_focused(name: str, timeout: float = STEP_TIMEOUT) -> bool:
    """Wait until the object called ``name`` has the keyboard focus (it may have it already)."""
    deadline = time.monotonic() + timeout
    node = None
    while time.monotonic() < deadline:
        node = node or find_named(app_root(), name)
        try:
            if node is not None and node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return True
        except GLib.Error:
            node = None
        time.sleep(0.05)
    return False


def read_lesson(session: Session) -> dict:
    """Open the first lesson from the module list, read its text, then Tab through it."""
    # F6 puts the keyboard in the module list. The list has it from the start, so F6
    # changes nothing a screen reader hears: wait for the list to have the focus.
    session.press("F6")
    in_list = wait_focused("Modules and lessons")
    # Right opens the first module (no event for it); Down's focus move, on its first
    # lesson, comes after Right was handled.
    opened = session.key("Right", "Down", until=focus)
    session.key("Return")
    out: dict = {"in_list": in_list, "opened": opened, "text": "", "roles": [], "tabbing": []}
    text = find_named(app_root(), "Lesson text")
    if text is not None:
        out["text"] = Atspi.Text.get_text(text, 0, Atspi.Text.get_character_count(text))
        out["roles"] = [text.get_role_name()] + [
            text.get_child_at_index(i).get_role_name() for i in range(text.get_child_count())
        ]
    label = find_named(app_root(), "Go to section:")  # the drop-down is labelled by it
    sections = next(
        (
            relation.get_target(0)
            for relation in (label.get_relation_set() if label is not None else [])
            if relation.get_relation_type() == Atspi.RelationType.LABEL_FOR
        ),
        None,
    )
    out["sections"] = []
    if sections is not None and sections.get_child_count():
        items = sections.get_child_at_index(0)
        out["sections"] = [
            items.get_child_at_index(i).get_name() for i in range(items.get_child_count())
        ]
    # Tab on from the module list: the section list, the text, and each link in it.
    in_text = False
    for _ in range(24):
        event = session.key("Tab", until=spoken)
        if event is None:
            break
        out["tabbing"].append(event)
        session.listener.pump(spoken, 0.2)
        in_text = in_text or event["name"] == "Lesson text"
        if in_text and event["kind"] == "focus" and event["role"] == "push button":
            break  # past the lesson text
    return out


def take_quiz(session: Session, numbered: list[bool]) -> dict:
    """Take the module quiz by keyboard only, recording what a screen reader is told.

    ``numbered`` says, per question, whether the plain key 1 chooses an option: there
    the client waits for the focus to move to it; elsewhere it checks at once, and a
    focus move that 1 caused all the same comes before the verdict and is recorded.
    """
    questions: list[dict] = []
    shown = session.key("alt+q", until=announcement("Question 1 "))
    # Check before answering: the app says what is missing.
    missing = session.key("ctrl+Return", until=announcement())
    while shown is not None and len(questions) < 20:
        record: dict = {
            "shown": shown["text"], "tab": [], "keys": [], "chosen": [], "feedback": None
        }  # fmt: skip
        for _ in range(40):  # Tab through the page up to the Check button
            event = session.key("Tab", until=focus)
            if event is None:
                break
            record["tab"].append(event)
            if event["role"] == "combo box" and event["name"] == "\u2014 choose \u2014":
                # A drop-down with nothing chosen: choose something, and hear the choice.
                chosen = session.key("Down", until=new_value)
                record["chosen"].append(chosen["text"] if chosen else None)
            if event["name"] == "Check answer":
                break
        # Plain 1 picks the first option (where options are numbered); Down moves on.
        if len(questions) < len(numbered) and numbered[len(questions)]:
            event = session.key("1", until=focus)
            if event is not None:
                record["keys"].append(event)
                event = session.key("Down", until=focus)
                if event is not None:
                    record["keys"].append(event)
            feedback = session.key("ctrl+Return", until=announcement())
        else:
            start = len(session.listener.events)
            session.press("1")
            feedback = session.key("ctrl+Return", until=announcement())
            before = []  # what 1 moved the focus to, if anything: it comes first
            for event in session.listener.events[start:]:
                if event is feedback:
                    break
                before.append(event)
            record["keys"] = [e for e in before if focus(e) and e["role"] in OPTION_ROLES]
        record["feedback"] = feedback["text"] if feedback else None
        questions.append(record)
        shown = session.key("ctrl+Return", until=announcement())
        if shown is not None and shown["text"].startswith("Your score"):
            return {"questions": questions, "result": shown["text"], "missing": missing}
    return {"questions": questions, "result": None, "missing": missing}


def main() -> int:
    app_python, data_dir, numbered = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    session = Session(app_python, data_dir)
    try:
        report = {"lesson": read_lesson(session), "quiz": take_quiz(session, numbered)}
    finally:
        session.close()
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
