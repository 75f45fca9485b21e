"""A library day in one process: visitor after visitor through the real main window.

Command (from the project folder, with the project's virtual environment)::

    .venv/bin/python -m benchmarks.soak                 # 150 visitors, targets checked
    .venv/bin/python -m benchmarks.soak --cycles 60     # fewer (CI)
    .venv/bin/python -m benchmarks.soak --no-check      # figures only, exit 0

Each cycle is one visitor on a public PC. They sign in through the real "Who is
learning?" dialog (in turn: a new profile, the PIN profile, a guest), open lessons,
take a whole quiz (some answers wrong, so review has work), review, look at the
governance timeline, the glossary and search, switch the language to Chinese and
back, change the text size and sign out. After every cycle the script records the
resident memory, the live widgets by class, the Python objects, the open file
descriptors and the time of every step.

Targets (checked unless ``--no-check``; exit code 1 when one is missed):

* memory and live widgets flat after warm-up: from the median of the first 12
  cycles after warm-up to the median of the last 12, growth under 1% per 50 cycles.
  Memory is the process's own resident memory (on Linux ``RssAnon``), sampled after
  glibc has returned the memory it holds free (``malloc_trim``; ``--no-trim`` skips
  it). Resident pages of mapped files (fonts, libraries) and the total are reported
  but are not a target: Qt maps a CJK font collection file several times over, and
  more of it is resident each time a Chinese character is drawn for the first time,
  up to the size of the maps;
* no step slower at the end than at the start: for every step, the median of the
  last 12 cycles is at most 1.25 x (plus 25 ms for timer noise) the median of the
  first 12 cycles after warm-up. Steps are timed in processor time of this process
  (all its threads), and divided by the change of a fixed reference work timed in
  every cycle (``soak_machine_slower_at_end``): on a shared machine other programs
  make the same work take more processor time, not only more wall time. The raw
  and wall times are reported too;
* no exception and no Qt warning (or worse) during the run.

To find what grows: ``--trace-malloc`` diffs Python's allocations between the
middle and the end of the run; ``--profile quiz:15,140 --profile-dir DIR`` writes a
cProfile of that step in those cycles (compare with ``python -m pstats``).

Prints one JSON object on stdout (the last line); progress goes to stderr.
``python -m benchmarks`` runs this script and reports its figures too.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

PIN = "2468"
PIN_PROFILE = "Library card"
LESSONS_PER_VISIT = 6
SEARCH_WORDS = ("privacy", "hallucination", "source", "bias")
VISITORS = ("new", "pin", "guest")
EDGE = 12  # cycles compared at each end: a multiple of the 3 visitors and the 6 modules
# (with 10, the two ends held different mixes of visitors, whose steps differ by 2x)
SLOWER_FACTOR = 1.25
SLOWER_SLACK_MS = 25.0
GROWTH_LIMIT_PERCENT = 1.0  # per 50 cycles
TRACE_FRAMES = 6  # frames kept per allocation with --trace-malloc


def log(message: str) -> None:
    print(f"soak: {message}", file=sys.stderr, flush=True)


def rss_mib() -> float:
    """Resident memory now (Linux: /proc; elsewhere the peak, which only grows)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def memory_mib() -> dict[str, float]:
    """Resident memory now, in MiB: ``rss`` (all of it) and, on Linux, its two parts:

    * ``anon``: the process's own memory (Python objects, Qt's widgets and caches,
      the C heap); a leak shows here;
    * ``file``: pages of files the process has mapped (libraries, and fonts: every
      face of a CJK font collection that Qt opens is a separate map of the whole
      file), which the system shares with other programs and can drop at any time.
      It grows as more of those files is read (each Chinese character drawn for
      the first time) up to the size of the files, so it is reported, not a target.

    Elsewhere ``anon`` and ``file`` are ``rss`` and 0."""
    rss = rss_mib()
    out = {"rss": rss, "anon": rss, "file": 0.0}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        anon_kib = int(fields["RssAnon"].split()[0])
        file_kib = int(fields["RssFile"].split()[0])
    except (OSError, ValueError, KeyError, IndexError):
        return out
    out["anon"], out["file"] = anon_kib / 1024, file_kib / 1024
    return out


def _libc() -> Any:
    """The C library (glibc), or None where it cannot be loaded by name."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name or not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def trim_heap(libc: Any) -> None:
    """Have glibc give the memory it holds free (after a window was deleted) back to
    the system, so the sample shows what is in use, not what the allocator keeps
    for reuse. It frees nothing that is still in use: a leak still shows."""
    if libc is not None:
        libc.malloc_trim(0)


def _reference_work() -> int:
    """A fixed piece of work that uses nothing of the app: integer arithmetic and hashing."""
    import hashlib

    value = 0
    for n in range(60_000):
        value = (value * 31 + n) % 1_000_003
    data = b"ailiteracy" * 400
    for _ in range(300):
        data = hashlib.sha256(data).digest() * 125
    return value + data[0]


def reference_cpu_ms(repeats: int = 5) -> float:
    """How fast this machine runs this process now: the median processor time of the
    reference work. On a shared machine the same work takes up to half as long again
    in processor time when other programs run (they share the caches, the memory bus
    and each core's second hardware thread), so processor time alone does not take them
    out; the step targets are judged after dividing by this one's change."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        _reference_work()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def open_fds() -> int:
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(folder))
        except OSError:
            continue
    return -1


def answer_for(question, right: bool) -> Any:
    """An answer to ``question``: fully right, or wrong in a way the quiz can score."""
    from ailiteracy.core.content import QuestionType

    t = question.type
    if t == QuestionType.SINGLE:
        options = [o.id for o in question.options if o.correct == right]
        return options[0]
    if t == QuestionType.MULTIPLE:
        return [o.id for o in question.options if o.correct == right] or [question.options[0].id]
    if t == QuestionType.TRUEFALSE:
        return bool(question.answer) == right
    if t == QuestionType.CLAIM:
        verdicts = ("supported", "contradicted", "not-checkable")
        out = {}
        for claim in question.claims:
            verdict = claim.verdict.value
            if not right:
                verdict = next(v for v in verdicts if v != verdict)
            out[claim.id] = {"verdict": verdict, "source": claim.source if right else None}
        return out
    if t == QuestionType.ORDER:
        ids = [i.id for i in question.items]
        return ids if right else list(reversed(ids))
    if t == QuestionType.MATCH:
        ids = [p.id for p in question.pairs]
        return {p: (p if right else ids[(n + 1) % len(ids)]) for n, p in enumerate(ids)}
    if t == QuestionType.SPOT:
        marked = [s.id for s in question.sentences if s.wrong == right]
        return marked or [question.sentences[0].id]
    if t == QuestionType.SHORT:
        return question.answers[0].text if right else "not this"
    raise ValueError(f"no answer for question type {t}")


class Soak:
    """Drives one AppController through visitor cycles and measures each one."""

    def __init__(self, data_dir: Path, *, trim: bool = True) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        from ailiteracy.core.policy import Policy
        from ailiteracy.ui.app import make_app
        from ailiteracy.ui.controller import AppController

        self.app = make_app()
        self.problems: list[str] = []
        self._serious = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}
        qInstallMessageHandler(self._qt_message)
        sys.excepthook = self._excepthook
        self.controller = AppController(data_dir, Policy(idle_minutes=30), language="en")
        self.controller.registry.create(PIN_PROFILE, PIN)
        self.controller.picker_factory = self._picker
        self.cycle = 0
        self.visitor = VISITORS[0]
        self.picker_shown_at = self.picker_cpu_at = 0.0
        self.step_ms: dict[str, float] = {}  # wall time
        self.step_cpu_ms: dict[str, float] = {}  # processor time of this process
        self.libc = _libc() if trim else None
        self.trace_from = 0  # cycle after which tracemalloc runs (0: it does not)
        self.snapshots: list[tuple[int, Any]] = []  # (cycle, tracemalloc snapshot)
        self.profile_step = ""  # with --profile: the step profiled, in which cycles, where
        self.profile_cycles: set[int] = set()
        self.profile_dir: Path | None = None
        self.records_file: Path | None = None  # --records

    # ------------------------------------------------------------------ problems

    def _qt_message(self, kind, _context, message: str) -> None:
        if kind in self._serious and "propagateSizeHints" not in message:
            self.problems.append(f"cycle {self.cycle}: Qt: {message}")

    def _excepthook(self, kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb)).strip()
        self.problems.append(f"cycle {self.cycle}: exception: {text}")

    # ------------------------------------------------------------------ the picker

    def _picker(self, registry, **kwargs):
        """The real "Who is learning?" dialog, driven like the next visitor would."""
        from PySide6.QtCore import QTimer

        from ailiteracy.ui.profiles.picker import ProfilePicker

        picker = ProfilePicker(registry, **kwargs)
        self.picker_shown_at, self.picker_cpu_at = time.perf_counter(), time.process_time()
        visitor = self.visitor
        QTimer.singleShot(0, picker, lambda: self._drive_picker(picker, visitor))
        return picker

    def _drive_picker(self, picker, visitor: str) -> None:
        try:
            if visitor == "stop":
                picker.reject()
            elif visitor == "guest":
                picker.guest_button.click()
            elif visitor == "new":
                picker.new_button.click()
                picker.name_edit.setText(f"Visitor {self.cycle}")
                picker.name_ok.click()
                picker.open_button.click()
            else:
                profile = next(p for p in picker.registry.list() if p.name == PIN_PROFILE)
                picker.select(profile.id)
                picker.open_button.click()
                picker.pin_edit.setText(PIN)
                picker.pin_ok.click()
            if picker.isVisible():
                self.problems.append(f"cycle {self.cycle}: the picker did not close ({visitor})")
                picker.reject()
        except Exception:  # noqa: BLE001 (every failure is a finding)
            self.problems.append(f"cycle {self.cycle}: picker: {traceback.format_exc()}")
            picker.reject()

    # ------------------------------------------------------------------ steps

    @property
    def window(self):
        window = self.controller.window
        if window is None:
            raise RuntimeError("no window is open")
        return window

    def settle(self) -> None:
        """What the event loop does between two clicks, deferred deletions included."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self.app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def step(self, name: str, action: Callable[[], object]) -> None:
        profiler = None
        if name == self.profile_step and self.cycle + 1 in self.profile_cycles:
            import cProfile

            profiler = cProfile.Profile()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            if profiler is not None:
                profiler.runcall(action)
            else:
                action()
            self.settle()
        except Exception:  # noqa: BLE001 (every failure is a finding)
            self.problems.append(f"cycle {self.cycle}: {name}: {traceback.format_exc()}")
        self.step_ms[name] = (time.perf_counter() - start) * 1000
        self.step_cpu_ms[name] = (time.process_time() - cpu) * 1000
        if profiler is not None and self.profile_dir is not None:
            profiler.dump_stats(self.profile_dir / f"{name}-{self.cycle + 1}.prof")

    def lessons(self) -> None:
        window = self.window
        catalog = window.session.catalog
        pairs = [(m.id, lesson.id) for m in catalog.modules for lesson in m.lessons]
        for n in range(LESSONS_PER_VISIT):
            module, lesson = pairs[(self.cycle * LESSONS_PER_VISIT + n) % len(pairs)]
            if not window.open_lesson(module, lesson):
                raise RuntimeError(f"lesson {module}/{lesson} did not open")
            self.app.processEvents()

    def quiz(self) -> None:
        window = self.window
        modules = [m for m in window.session.catalog.modules if m.questions]
        module = modules[self.cycle % len(modules)]
        window.open_quiz(module.id)
        quiz = window.quiz_view
        for n in range(quiz.index, len(quiz.questions)):
            quiz.widget.set_answer(answer_for(quiz.current, right=n % 3 != 0))
            if quiz.current.confidence:
                quiz.confidence_group.buttons()[-1].setChecked(True)
            if not quiz.primary.isEnabled():
                raise RuntimeError(f"question {quiz.current.id} of {module.id} not answerable")
            quiz.primary.click()
            if quiz.checked:
                quiz.primary.click()  # feedback after each question: go on
            self.app.processEvents()
        if quiz.pages.currentWidget() is not quiz.result_page:
            raise RuntimeError(f"the quiz of {module.id} did not finish")

    def review(self) -> None:
        window = self.window
        window.start_review()
        view = window.review_view
        for _ in range(3):
            question = view.current_question()
            if question is None:
                break
            view.widget.set_answer(answer_for(question, right=True))
            view.primary.click()
            view.primary.click()

    def search(self) -> None:
        window = self.window
        window.show_search()
        window.search_view.run_search(SEARCH_WORDS[self.cycle % len(SEARCH_WORDS)])

    def language(self) -> None:
        window = self.window.switch_language("zh-CN")
        self.settle()
        window.switch_language("en")

    def text_size(self) -> None:
        window = self.window
        window.step_text_size(1)
        self.settle()
        window.set_text_size(100)

    def sign_out(self) -> tuple[float, float]:
        """Sign out; the next visitor signs in through the picker.

        Returns the next sign-in's wall and processor milliseconds."""
        self.picker_shown_at = self.picker_cpu_at = 0.0
        start, cpu = time.perf_counter(), time.process_time()
        self.window.sign_out()
        self.settle()
        end, cpu_end = time.perf_counter(), time.process_time()
        if not self.picker_shown_at:
            return 0.0, 0.0
        self.step_ms["sign_out"] = (self.picker_shown_at - start) * 1000
        self.step_cpu_ms["sign_out"] = (self.picker_cpu_at - cpu) * 1000
        return (end - self.picker_shown_at) * 1000, (cpu_end - self.picker_cpu_at) * 1000

    # ------------------------------------------------------------------ cycles

    def sample(self) -> dict[str, Any]:
        from PySide6.QtWidgets import QApplication

        gc.collect()
        widgets = Counter(type(w).__name__ for w in QApplication.allWidgets())
        trim_heap(self.libc)
        memory = memory_mib()
        return {
            "rss_mib": round(memory["rss"], 1),
            "anon_mib": round(memory["anon"], 1),
            "file_mib": round(memory["file"], 1),
            "widgets": sum(widgets.values()),
            "widget_classes": dict(widgets.most_common()),
            "objects": len(gc.get_objects()),
            "fds": open_fds(),
            "reference_cpu_ms": round(reference_cpu_ms(), 2),
        }

    def trace(self, done: int, cycles: int) -> None:
        """With ``--trace-malloc``: trace Python's allocations from the end of warm-up and
        take a snapshot half-way and after the last full cycle."""
        import tracemalloc

        if not self.trace_from:
            return
        middle = self.trace_from + (cycles - 1 - self.trace_from) // 2
        if done == self.trace_from:
            tracemalloc.start(TRACE_FRAMES)
        elif done in (middle, cycles - 1) and tracemalloc.is_tracing():
            snapshot = tracemalloc.take_snapshot().filter_traces(
                [tracemalloc.Filter(False, tracemalloc.__file__)]
            )
            self.snapshots.append((done, snapshot))

    def traced_growth(self, top: int = 15) -> list[str]:
        """What grew between the two snapshots, biggest first, with where it was made."""
        if len(self.snapshots) < 2:
            return []
        (first, before), (last, after) = self.snapshots[0], self.snapshots[-1]
        lines = [f"Python allocations, cycle {first} to {last}, largest growth first:"]
        for stat in after.compare_to(before, "traceback")[:top]:
            lines.append(
                f"{stat.size_diff / 1024:+.1f} KiB in {stat.count_diff:+d} blocks "
                f"(now {stat.size / 1024:.1f} KiB)"
            )
            lines += [f"    {line}" for line in stat.traceback.format(limit=TRACE_FRAMES)]
        return lines

    def run(self, cycles: int) -> list[dict[str, Any]]:
        from PySide6.QtWidgets import QApplication

        self.visitor = VISITORS[0]
        start, cpu = time.perf_counter(), time.process_time()
        if not self.controller.begin():
            raise RuntimeError("the first visitor could not sign in")
        self.settle()
        sign_in = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
        records = []
        for cycle in range(cycles):
            self.cycle = cycle
            self.step_ms, self.step_cpu_ms = {"sign_in": sign_in[0]}, {"sign_in": sign_in[1]}
            visitor = self.visitor
            began = time.perf_counter()
            self.step("lessons", self.lessons)
            self.step("quiz", self.quiz)
            self.step("review", self.review)
            self.step("timeline", lambda: self.window.show_timeline())
            self.step("glossary", lambda: self.window.show_glossary())
            self.step("search", self.search)
            self.step("language", self.language)
            self.step("text_size", self.text_size)
            last = cycle == cycles - 1
            self.visitor = "stop" if last else VISITORS[(cycle + 1) % len(VISITORS)]
            if last:  # the figures of the last visitor are taken with their window open
                record = self.sample()
            sign_in = self.sign_out()
            cycle_s = time.perf_counter() - began
            if not last:
                record = self.sample()
            record = {"cycle": cycle + 1, "visitor": visitor, "seconds": round(cycle_s, 3)} | record
            record["steps_ms"] = {k: round(v, 1) for k, v in self.step_ms.items()}
            record["steps_cpu_ms"] = {k: round(v, 1) for k, v in self.step_cpu_ms.items()}
            slowest = max(self.step_ms, key=self.step_ms.__getitem__)
            record["slowest_step"] = slowest
            grown = Counter(record["widget_classes"])
            if records:
                grown.subtract(records[-1]["widget_classes"])
            record["widgets_grown"] = {k: n for k, n in grown.most_common(5) if n > 0}
            records.append(record)
            self.trace(cycle + 1, cycles)
            if self.records_file is not None:  # after every cycle: a cut-short run keeps them
                self.records_file.write_text(json.dumps(records, indent=1), encoding="utf-8")
            log(
                f"visitor {cycle + 1}/{cycles} ({visitor}): {cycle_s:.2f} s, "
                f"{record['rss_mib']:.1f} MiB ({record['anon_mib']:.1f} own, "
                f"{record['file_mib']:.1f} mapped files), {record['widgets']} widgets, "
                f"{record['objects']} objects, {record['fds']} fds, slowest {slowest} "
                f"{self.step_ms[slowest]:.0f} ms; more widgets: {record['widgets_grown']}"
            )
            if not last and self.controller.window is None:
                raise RuntimeError(f"visitor {cycle + 2} could not sign in")
        self.controller.shutdown()
        self.settle()
        self.widgets_at_close = len(QApplication.allWidgets())
        return records


# --------------------------------------------------------------------------- figures


def growth_percent_per_50(values: list[float], edge: int = EDGE) -> float:
    """How much ``values`` (one per cycle) grew, in % per 50 cycles: the median of the
    last ``edge`` cycles against the median of the first ``edge``. Medians, so one
    cycle caught while Qt had not yet deleted a closed window does not count."""
    edge = max(1, min(edge, len(values) // 2))
    if len(values) < 2:
        return 0.0
    start, end = statistics.median(values[:edge]), statistics.median(values[-edge:])
    cycles = len(values) - edge  # between the middles of the two sets
    return 100.0 * (end - start) / start * 50 / cycles if start else 0.0


def summarise(
    records: list[dict[str, Any]], warmup: int, problems: list[str], widgets_at_close: int
) -> dict:
    after = records[warmup:]
    # Every cycle is sampled with the next visitor just signed in; the last visitor has
    # no next one and is sampled with their own, well-used window: left out here.
    steady = after[:-1]
    rss = [r["rss_mib"] for r in steady]
    anon = [r.get("anon_mib", r["rss_mib"]) for r in steady]
    mapped = [r.get("file_mib", 0.0) for r in steady]
    widgets = [float(r["widgets"]) for r in steady]
    objects = [float(r["objects"]) for r in steady]
    edge = max(1, min(EDGE, len(after) // 2))
    first, last = after[:edge], after[-edge:]
    steps = sorted({k for r in after for k in r["steps_cpu_ms"]})
    # How much slower the machine itself ran this process at the end than at the start
    # (the same reference work each cycle): step times are compared after taking it out.
    reference = [
        statistics.median(r.get("reference_cpu_ms", 0.0) for r in edge_records)
        for edge_records in (first, last)
    ]
    machine = reference[1] / reference[0] if reference[0] > 0 and reference[1] > 0 else 1.0
    slower = {}
    for name in steps:
        start = statistics.median(r["steps_cpu_ms"].get(name, 0.0) for r in first)
        end = statistics.median(r["steps_cpu_ms"].get(name, 0.0) for r in last)
        slower[name] = {
            "start_cpu_ms": round(start, 1),
            "end_cpu_ms": round(end, 1),
            "end_cpu_ms_at_start_speed": round(end / machine, 1),
            "start_wall_ms": round(statistics.median(r["steps_ms"][name] for r in first), 1),
            "end_wall_ms": round(statistics.median(r["steps_ms"][name] for r in last), 1),
            "ok": end / machine <= start * SLOWER_FACTOR + SLOWER_SLACK_MS,
        }
    rss_growth = growth_percent_per_50(rss)
    memory_growth = growth_percent_per_50(anon)
    widget_growth = growth_percent_per_50(widgets)
    targets = {
        "soak_memory_growth_pct_per_50": {
            "target": f"< {GROWTH_LIMIT_PERCENT:g}",
            "value": round(memory_growth, 3),
            "met": memory_growth < GROWTH_LIMIT_PERCENT,
        },
        "soak_widget_growth_pct_per_50": {
            "target": f"< {GROWTH_LIMIT_PERCENT:g}",
            "value": round(widget_growth, 3),
            "met": widget_growth < GROWTH_LIMIT_PERCENT,
        },
        "soak_steps_not_slower": {
            "target": f"end / machine <= {SLOWER_FACTOR:g} x start + {SLOWER_SLACK_MS:g} ms",
            "value": sorted(k for k, v in slower.items() if not v["ok"]),
            "met": all(v["ok"] for v in slower.values()),
        },
        "soak_problems": {"target": "== 0", "value": len(problems), "met": not problems},
    }
    return {
        "soak_cycles": len(records),
        "soak_warmup": warmup,
        "soak_seconds": round(sum(r["seconds"] for r in records), 1),
        "soak_rss_mib_start": rss[0] if rss else None,
        "soak_rss_mib_end": rss[-1] if rss else None,
        "soak_rss_growth_pct_per_50": round(rss_growth, 3),
        "soak_memory_mib_start": anon[0] if anon else None,
        "soak_memory_mib_end": anon[-1] if anon else None,
        "soak_memory_growth_pct_per_50": round(memory_growth, 3),
        "soak_mapped_files_mib_start": mapped[0] if mapped else None,
        "soak_mapped_files_mib_end": mapped[-1] if mapped else None,
        "soak_widgets_start": int(widgets[0]) if widgets else None,
        "soak_widgets_end": int(widgets[-1]) if widgets else None,
        "soak_widget_growth_pct_per_50": round(widget_growth, 3),
        "soak_objects_start": int(objects[0]) if objects else None,
        "soak_objects_end": int(objects[-1]) if objects else None,
        "soak_objects_growth_pct_per_50": round(growth_percent_per_50(objects), 3),
        "soak_fds_start": after[0]["fds"] if after else None,
        "soak_fds_end": after[-1]["fds"] if after else None,
        "soak_widgets_after_close": widgets_at_close,
        "soak_slowest_step": statistics.mode(r["slowest_step"] for r in after),
        "soak_reference_cpu_ms_start": round(reference[0], 2),
        "soak_reference_cpu_ms_end": round(reference[1], 2),
        "soak_machine_slower_at_end": round(machine, 3),
        "soak_steps": slower,
        "soak_problems": problems[:20],
        "soak_problems_count": len(problems),
        "targets": targets,
        "all_targets_met": all(t["met"] for t in targets.values()),
    }


# Targets that are counts, not times or sizes: the same on any machine.
COUNT_TARGETS = ("soak_widget_growth_pct_per_50", "soak_problems")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.soak",
        description="Visitor after visitor through the real main window, in one process.",
    )
    parser.add_argument("--cycles", type=int, default=150, metavar="N", help="visitors (>= 34)")
    parser.add_argument(
        "--warmup",
        type=int,
        default=None,
        metavar="N",
        help="cycles left out of the growth figures (default: a fifth, at least 10)",
    )
    parser.add_argument("--no-check", action="store_true", help="always exit 0")
    parser.add_argument(
        "--check-counts-only",
        action="store_true",
        help="fail only on what counts can show (widgets that pile up, exceptions, Qt "
        "warnings); report memory and step times without failing (they vary with the "
        "machine and with what else runs on it)",
    )
    parser.add_argument(
        "--records", metavar="FILE", help="also write every cycle's figures here (as they come)"
    )
    parser.add_argument(
        "--trace-malloc",
        action="store_true",
        help="trace Python's allocations after warm-up and print what grew most (slower; "
        "the memory figures then include the tracing's own)",
    )
    parser.add_argument(
        "--profile",
        metavar="STEP:N,N",
        help="profile one step (cProfile) in the cycles given, e.g. quiz:15,140; the files "
        "(STEP-N.prof) go to --profile-dir; compare them with python -m pstats",
    )
    parser.add_argument("--profile-dir", metavar="DIR", default=".", help="default: here")
    parser.add_argument(
        "--no-trim",
        action="store_true",
        help="sample memory without first asking the C allocator to release what it "
        "holds free (glibc keeps the memory of deleted windows for reuse)",
    )
    args = parser.parse_args(argv)
    if args.cycles < 10 + 2 * EDGE:
        parser.error(f"--cycles must be at least {10 + 2 * EDGE} (warm-up plus two sets of {EDGE})")
    if args.warmup is None:
        args.warmup = max(10, args.cycles // 5)
    if not 0 <= args.warmup <= args.cycles - 2 * EDGE:
        parser.error("--warmup leaves too few cycles to compare")
    if args.profile:
        step, _, numbers = args.profile.partition(":")
        try:
            args.profile = (step, {int(n) for n in numbers.split(",") if n.strip()})
        except ValueError:
            parser.error("--profile takes a step and cycle numbers, e.g. quiz:15,140")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ailiteracy-soak-") as folder:
        soak = Soak(Path(folder) / "data", trim=not args.no_trim)
        soak.trace_from = (args.warmup or 1) if args.trace_malloc else 0
        soak.records_file = Path(args.records) if args.records else None
        if args.profile:
            soak.profile_step, soak.profile_cycles = args.profile
            soak.profile_dir = Path(args.profile_dir)
            soak.profile_dir.mkdir(parents=True, exist_ok=True)
        records = soak.run(args.cycles)
    for line in soak.traced_growth():
        log(line)
    summary = summarise(records, args.warmup, soak.problems, soak.widgets_at_close)
    for problem in soak.problems[:20]:
        log(f"problem: {problem}")
    for name, target in summary["targets"].items():
        log(
            f"{name}: {target['value']} (target {target['target']}): "
            f"{'met' if target['met'] else 'MISSED'}"
        )
    print(json.dumps(summary), flush=True)
    if args.no_check:
        return 0
    checked = COUNT_TARGETS if args.check_counts_only else summary["targets"].keys()
    return 0 if all(summary["targets"][name]["met"] for name in checked) else 1


if __name__ == "__main__":
    sys.exit(main())
