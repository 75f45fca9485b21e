"""Measure ailiteracy's start-up, lesson rendering, answer saving and memory.

Command (from the project folder, with the project's virtual environment)::

    .venv/bin/python -m benchmarks            # 7 whole-process runs per figure
    .venv/bin/python -m benchmarks --quick    # 5 runs
    .venv/bin/python -m benchmarks --runs 11  # any N >= 5
    .venv/bin/python -m benchmarks --check    # also exit 1 when a target is missed

Prints one JSON object first on stdout, then a readable table. Progress goes to
stderr. Every figure is measured on this machine in this run; child processes
get ``QT_QPA_PLATFORM=offscreen`` (and never ``PYTHONDONTWRITEBYTECODE``). Before the
timed runs, one untimed warm-up run of each process fills the OS file cache and
writes the compiled modules, so the figures are warm start-ups.

Figures:

``startup_s``
    Median wall time (process start to exit) of
    ``python -m ailiteracy --self-test --data-dir <fresh temp dir>``: the whole app
    starts, shows the main window, opens the first lesson and its quiz, and exits.
    A non-zero exit code from the self-test stops the benchmark with exit code 1.
``baseline_s``
    Median wall time of ``benchmarks/baseline_window.py``: a bare PySide6 process
    that creates a QApplication and a QMainWindow with a QTextBrowser as central
    widget, shows it, processes events and exits. It is what any PySide6 reader
    app must pay. The two processes alternate run by run, so drift hits both.
``startup_ratio``
    ``startup_s / baseline_s``; target <= 1.5.
``startup_nocache_s``, ``startup_nocache_ratio``
    The same self-test with the pre-built content cache switched off
    (``AILITERACY_NO_PREBUILT_CACHE=1``), as on a first start after an install that
    did not build it: the shipped content is parsed and the lesson's Markdown
    rendered. Run in the same rounds as the two above; the ratio is to
    ``baseline_s``, target <= 2.
``startup_cpu_s``, ``baseline_cpu_s``, ``startup_nocache_cpu_s``, and the ratios
``startup_cpu_ratio``, ``startup_nocache_cpu_ratio``
    The same three processes' processor time (user + system, from ``os.wait4``)
    and its ratios to the bare window's; no target. On a busy machine wall times
    grow with the other load, processor time much less.
``startup_floor_s``, ``startup_floor_ratio``, ``startup_floor_cpu_ratio``,
``startup_above_floor_ratio``
    No target: PySide6's own price for the Qt classes the app uses. Median wall time of
    ``benchmarks/baseline_classes.py``, the bare window that first makes every Qt class
    (and so all of its Python enum classes) that the self-test uses, listed once per
    benchmark by ``python -m benchmarks.baseline_classes --list``; run in the same rounds.
    Its ratio to the bare window (wall and processor time) is the least any app with
    these screens could reach; ``startup_above_floor_ratio`` is ``startup_s`` over it.
``peak_rss_mb``, ``baseline_rss_mb``, ``peak_rss_ratio``
    Median peak resident memory (``ru_maxrss`` from ``os.wait4`` on each child,
    in MiB) of the self-test and of the bare window process, and their ratio;
    target <= 1.5. Measured on the same runs as the wall times.
``lesson_open_ms``
    In one process (``benchmarks/lesson_open.py``): the lesson with the longest
    Markdown body in the shipped English content (``lesson_id``, in module
    ``lesson_module``) is opened in one shown ``LessonView``; each repetition
    times ``show_lesson`` + ``QApplication.processEvents()`` + ``view.grab()``
    (first paint). Median of 3 x runs repetitions, another lesson being shown
    untimed in between; ``lesson_open_first_ms`` is the first, cold repetition.
    Target <= 50 ms.
``answer_save_ms_100``, ``_1100``, ``_10100``, ``_50100``, ``answer_save_ratio``
    ``ProgressStore`` on a temporary folder pre-filled with 100, 1,100, 10,100
    and 50,100 answers (each leaves 100 answers in the newest 200-answer history
    file, so the timed saves write files of the same size), reopened; median of
    >= 20 single ``save_answer`` calls, each timed on its own
    (``benchmarks/answer_save.py``). Targets: <= 10 ms at 10,100, and the
    slowest size under 3 x the 100 figure (``answer_save_ratio``).
``quiz_resume_ms_10000``, ``quiz_resume_ms_50000``, ``quiz_resume_ratio``
    ``ProgressStore`` holding 10,000 (resp. 50,000) answers in finished attempts
    and one half-done attempt, reopened; median of 15 repetitions of what the quiz
    screen does when the learner reopens the quiz (the unfinished attempt and its
    latest answer per question; ``benchmarks/quiz_resume.py``).
    ``quiz_resume_cpu_ms_*`` are the same in processor time. Targets: <= 20 ms
    at 50,000, and the 50,000 figure under 1.5 x the 10,000 one or less than 1 ms
    above it (flat: at a tenth of a millisecond, timer noise alone can double a figure).
``catalog_load_ms``
    ``load_catalog`` on a content folder whose one module has a quiz of
    ``catalog_questions`` (5,000) questions, without a content cache; median of 3
    loads in this process (``benchmarks/catalog_load.py``). Loading was once
    quadratic in the number of questions; target <= 1,000 ms (most of it is
    parsing the TOML, which tomli's compiled build does about three times faster
    than the standard library's tomllib).

``bundle_size_mb``, ``bundle_startup_s``, ``bundle_startup_ratio``
    The standalone app built by ``scripts/bundle`` (built or reused first; or
    the folder given with ``--bundle DIR``; skipped with ``--no-bundle``): its
    size on disk in MiB (target < 150), and the median wall time of its own
    ``--self-test`` with a fresh data folder, run alternately with the self-test
    above; the ratio to ``startup_s`` has target <= 1 (no slower than the
    Python install).

``search_ms``
    In this process (``benchmarks/search.py``): the search index of the shipped
    catalog is built for English and for Chinese, then every glossary term (and,
    in English, each term with one letter dropped) is searched, each timed on its
    own; median over both languages. Target <= 30 ms. ``search_build_ms`` gives
    the time to build each language's index.
``soak_*`` (``benchmarks/soak.py``, one child process)
    A library day: ``--soak-cycles`` visitors (default 150) through the real main
    window, one after another. Targets: the process's own resident memory and live
    widgets grow under 1% per 50 visitors after warm-up
    (``soak_memory_growth_pct_per_50``, ``soak_widget_growth_pct_per_50``; all
    resident memory, mapped fonts included, is ``soak_rss_growth_pct_per_50``), no
    step slower at the end than at the start once the machine's own change of speed
    is taken out (``soak_steps_not_slower``, ``soak_machine_slower_at_end``), no
    exception or Qt warning (``soak_problems``).
``class_report_ms_3000``, ``class_pdf_s_3000``, ``class_pdf_pages_3000``
    (``benchmarks/class_report.py``, one child process) 3,000 learners' results files
    made through the app's own API; the teacher screen opens the folder (read, check,
    build, show: target <= 5,000 ms) and saves the class report as a PDF (target
    <= 20 s). ``--school N`` changes the number of learners (the names keep 3000).
``class_report_ms_1000``
    (the same process) the first 1,000 of those files opened on a fresh teacher
    screen: building the class report of a large class (target <= 2,000 ms).

``--skip-soak`` and ``--skip-school`` leave those parts out.

``targets`` lists every target with its value and ``"met": true/false``;
``python``, ``platform`` and ``runs`` describe the run, ``samples`` holds the
individual measurements behind each median.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import bundle

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BASELINE_SCRIPT = HERE / "baseline_window.py"
FLOOR_SCRIPT = HERE / "baseline_classes.py"
LESSON_SCRIPT = HERE / "lesson_open.py"
SCHOOL_SCRIPT = HERE / "class_report.py"
NO_PREBUILT_CACHE_ENV = "AILITERACY_NO_PREBUILT_CACHE"  # as in ailiteracy/core/paths.py
CHILD_TIMEOUT_S = 180.0
SOAK_TIMEOUT_S = 3600.0
SCHOOL_TIMEOUT_S = 1800.0
PREFILLS = (100, 1_100, 10_100, 50_100)
RESUME_SIZES = (10_000, 50_000)


class BenchmarkError(Exception):
    """The benchmark cannot produce honest figures (the message says why)."""


@dataclass
class ChildRun:
    wall_s: float
    cpu_s: float  # user + system time of the child: less affected by other load
    maxrss_mb: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool


def log(message: str) -> None:
    print(f"benchmarks: {message}", file=sys.stderr, flush=True)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop(NO_PREBUILT_CACHE_ENV, None)
    # Warm starts, as after an install: the warm-up run leaves compiled modules behind.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra or {})
    return env


def maxrss_to_mb(value: int) -> float:
    # ru_maxrss is in KiB on Linux and the BSDs, in bytes on macOS.
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def run_child(
    cmd: list[str], timeout: float = CHILD_TIMEOUT_S, env: dict[str, str] | None = None
) -> ChildRun:
    """Run one child to completion; its wall time and its own peak RSS (via wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=child_env(env), cwd=ROOT
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: tell Popen
        out.seek(0)
        err.seek(0)
        return ChildRun(
            wall_s=wall,
            cpu_s=usage.ru_utime + usage.ru_stime,
            maxrss_mb=maxrss_to_mb(usage.ru_maxrss),
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed_out=killed.is_set(),
        )


def tail(text: str, lines: int = 15) -> str:
    kept = [line for line in text.strip().splitlines() if "propagateSizeHints" not in line]
    return "\n".join("    " + line for line in kept[-lines:]) or "    (no output)"


def check(run: ChildRun, what: str, timeout: float = CHILD_TIMEOUT_S) -> ChildRun:
    if run.timed_out:
        raise BenchmarkError(f"{what} did not finish within {timeout:.0f} s; killed")
    if run.returncode != 0:
        raise BenchmarkError(
            f"{what} failed with exit code {run.returncode}.\n"
            f"  stdout:\n{tail(run.stdout)}\n  stderr:\n{tail(run.stderr)}"
        )
    return run


def self_test_run(*, cache: bool = True) -> ChildRun:
    data_dir = Path(tempfile.mkdtemp(prefix="ailiteracy-bench-data-"))
    try:
        cmd = [sys.executable, "-m", "ailiteracy", "--self-test", "--data-dir", str(data_dir)]
        env = None if cache else {NO_PREBUILT_CACHE_ENV: "1"}
        what = "the self-test (python -m ailiteracy --self-test)"
        return check(run_child(cmd, env=env), what if cache else f"{what} without the cache")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def baseline_run() -> ChildRun:
    return check(run_child([sys.executable, str(BASELINE_SCRIPT)]), "the baseline window")


def floor_classes(folder: Path) -> Path:
    """The Qt classes the self-test uses, listed by ``baseline_classes --list``, in a file."""
    listed = check(
        run_child([sys.executable, "-m", "benchmarks.baseline_classes", "--list"]),
        "listing the self-test's Qt classes (python -m benchmarks.baseline_classes --list)",
    )
    path = folder / "classes.json"
    path.write_text(listed.stdout, encoding="utf-8")
    return path


def floor_run(classes: Path) -> ChildRun:
    return check(
        run_child([sys.executable, str(FLOOR_SCRIPT), str(classes)]),
        "the bare window with the self-test's Qt classes (benchmarks/baseline_classes.py)",
    )


def bundle_run(folder: Path) -> ChildRun:
    cmd, data_dir = bundle.self_test_command(folder)
    try:
        return check(run_child(cmd), f"the standalone app's self-test ({cmd[0]})")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


@dataclass
class ProcessRuns:
    app: list[ChildRun]  # the self-test
    base: list[ChildRun]  # the bare window
    nocache: list[ChildRun]  # the self-test without the pre-built cache
    floor: list[ChildRun]  # the bare window that also makes the self-test's Qt classes
    bundle: list[ChildRun]  # the standalone app's self-test (empty without a bundle)


def measure_processes(runs: int, bundle_dir: Path | None = None) -> ProcessRuns:
    log("warm-up: one untimed self-test (with and without the cache) and one baseline run")
    self_test_run()
    self_test_run(cache=False)
    baseline_run()
    measured = ProcessRuns([], [], [], [], [])
    with tempfile.TemporaryDirectory(prefix="ailiteracy-bench-floor-") as folder:
        classes = floor_classes(Path(folder))
        floor_run(classes)
        if bundle_dir is not None:
            bundle_run(bundle_dir)
        for index in range(runs):
            if bundle_dir is not None:
                measured.bundle.append(bundle_run(bundle_dir))
            # Alternate the order so slow drift (thermal, other load) hits both alike.
            if index % 2:
                measured.app.append(self_test_run())
                measured.base.append(baseline_run())
            else:
                measured.base.append(baseline_run())
                measured.app.append(self_test_run())
            measured.nocache.append(self_test_run(cache=False))
            measured.floor.append(floor_run(classes))
            log(
                f"run {index + 1}/{runs}: self-test {measured.app[-1].wall_s:.3f} s "
                f"{measured.app[-1].maxrss_mb:.1f} MiB, baseline {measured.base[-1].wall_s:.3f} s "
                f"{measured.base[-1].maxrss_mb:.1f} MiB, without cache "
                f"{measured.nocache[-1].wall_s:.3f} s, "
                f"baseline with the Qt classes {measured.floor[-1].wall_s:.3f} s"
                + (f", bundle {measured.bundle[-1].wall_s:.3f} s" if measured.bundle else "")
            )
    return measured


def refresh_prebuilt_cache() -> None:
    """Build the source checkout's pre-built content cache, so ``startup_s`` uses a valid one.

    Its key includes a digest of the parsing code, so any change there leaves a stale
    cache that the app ignores (and ``startup_s`` would measure a start without it).
    """
    from ailiteracy.core import paths

    if paths.is_source_checkout():
        log("building the pre-built content cache")
        cmd = [sys.executable, "-m", "ailiteracy.core.cache", "build"]
        check(run_child(cmd), "the content cache build (python -m ailiteracy.core.cache build)")


def measure_lesson(repeats: int) -> dict:
    log(f"lesson open: {repeats} repetitions in one process")
    what = "the lesson-open benchmark (benchmarks/lesson_open.py)"
    run = check(run_child([sys.executable, str(LESSON_SCRIPT), "--repeats", str(repeats)]), what)
    return last_json(run, what)


def last_json(run: ChildRun, what: str) -> dict:
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    try:
        return json.loads(lines[-1])
    except (IndexError, ValueError) as exc:
        raise BenchmarkError(
            f"{what} printed no JSON result ({exc}).\n  stdout:\n{tail(run.stdout)}"
        ) from exc


def measure_soak(cycles: int) -> dict:
    """The soak's figures; its own exit code only says whether its targets were met."""
    log(f"soak: {cycles} visitors in one process (this takes a while)")
    cmd = [sys.executable, "-m", "benchmarks.soak", "--cycles", str(cycles), "--no-check"]
    what = "the soak (python -m benchmarks.soak)"
    return last_json(check(run_child(cmd, SOAK_TIMEOUT_S), what, SOAK_TIMEOUT_S), what)


def measure_school(learners: int) -> dict:
    log(f"class report: making {learners} results files, then opening them")
    cmd = [sys.executable, str(SCHOOL_SCRIPT), "--learners", str(learners)]
    what = "the class report benchmark (benchmarks/class_report.py)"
    return last_json(check(run_child(cmd, SCHOOL_TIMEOUT_S), what, SCHOOL_TIMEOUT_S), what)


def measure_saves(saves: int) -> dict[int, dict]:
    from .answer_save import measure

    results = {}
    for prefill in PREFILLS:
        log(f"answer save: pre-filling {prefill} answers, then {saves} timed saves")
        try:
            results[prefill] = measure(prefill, saves)
        except (OSError, RuntimeError) as exc:
            raise BenchmarkError(f"the answer-save benchmark failed: {exc}") from exc
    return results


def measure_resume() -> dict[int, dict]:
    from .quiz_resume import measure

    results = {}
    for answers in RESUME_SIZES:
        log(f"quiz resume: {answers} answers stored, then 15 timed resumes")
        try:
            results[answers] = measure(answers)
        except (OSError, RuntimeError) as exc:
            raise BenchmarkError(f"the quiz-resume benchmark failed: {exc}") from exc
    return results


def measure_catalog() -> dict:
    from .catalog_load import measure

    log("catalog load: a module with a 5,000-question quiz, 3 loads")
    try:
        return measure()
    except (OSError, RuntimeError) as exc:
        raise BenchmarkError(f"the catalog-load benchmark failed: {exc}") from exc


def target(value: float, limit: float, op: str) -> dict:
    met = value <= limit if op == "<=" else value < limit
    return {"target": f"{op} {limit:g}", "value": round(value, 3), "met": bool(met)}


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def build_report(
    runs: int, saves: int, soak_cycles: int = 0, school: int = 0, bundle_dir: Path | None = None
) -> dict:
    refresh_prebuilt_cache()
    measured = measure_processes(runs, bundle_dir)
    app_runs, base_runs, nocache_runs = measured.app, measured.base, measured.nocache
    floor_runs, bundle_runs = measured.floor, measured.bundle
    lesson = measure_lesson(3 * runs)
    save = measure_saves(saves)
    resume = measure_resume()
    catalog = measure_catalog()
    from .search import measure as measure_search

    log("search: every glossary term, English and Chinese")
    search = measure_search()
    soak = measure_soak(soak_cycles) if soak_cycles else None
    classes = measure_school(school) if school else None

    startup = statistics.median(r.wall_s for r in app_runs)
    baseline = statistics.median(r.wall_s for r in base_runs)
    nocache = statistics.median(r.wall_s for r in nocache_runs)
    floor = statistics.median(r.wall_s for r in floor_runs)
    cpu = {
        name: statistics.median(r.cpu_s for r in group)
        for name, group in (
            ("app", app_runs),
            ("base", base_runs),
            ("nocache", nocache_runs),
            ("floor", floor_runs),
        )
    }
    rss = statistics.median(r.maxrss_mb for r in app_runs)
    base_rss = statistics.median(r.maxrss_mb for r in base_runs)
    lesson_ms = float(lesson["median_ms"])
    save_small = float(save[100]["median_ms"])
    save_large = float(save[10_100]["median_ms"])
    save_slowest = max(float(s["median_ms"]) for s in save.values())
    resume_small = float(resume[10_000]["median_ms"])
    resume_large = float(resume[50_000]["median_ms"])

    startup_ratio = startup / baseline
    nocache_ratio = nocache / baseline
    rss_ratio = rss / base_rss
    save_ratio = save_slowest / save_small if save_small > 0 else float("inf")
    resume_ratio = resume_large / resume_small if resume_small > 0 else float("inf")

    targets = {
        "startup_ratio": target(startup_ratio, 1.5, "<="),
        "startup_nocache_ratio": target(nocache_ratio, 2, "<="),
        "lesson_open_ms": target(lesson_ms, 50, "<="),
        "answer_save_ms_10100": target(save_large, 10, "<="),
        "answer_save_ratio": target(save_ratio, 3, "<"),
        "quiz_resume_ms_50000": target(resume_large, 20, "<="),
        # flat: under 1.5 x, or less than a millisecond apart (at a tenth of a
        # millisecond, timer noise alone can double a figure)
        "quiz_resume_ratio": {
            "target": "< 1.5 (or < 1 ms apart)",
            "value": round(resume_ratio, 3),
            "met": resume_ratio < 1.5 or resume_large - resume_small < 1.0,
        },
        "peak_rss_ratio": target(rss_ratio, 1.5, "<="),
        "search_ms": target(float(search["median_ms"]), 30, "<="),
        "catalog_load_ms": target(float(catalog["median_ms"]), 1000, "<="),
    }
    standalone: dict = {}
    if bundle_dir is not None:
        bundle_startup = statistics.median(r.wall_s for r in bundle_runs)
        bundle_mb = bundle.size_mb(bundle_dir)
        targets["bundle_size_mb"] = target(bundle_mb, 150, "<")
        targets["bundle_startup_ratio"] = target(bundle_startup / startup, 1, "<=")
        standalone = {
            "bundle_size_mb": round(bundle_mb, 1),
            "bundle_startup_s": round(bundle_startup, 3),
            "bundle_startup_ratio": round(bundle_startup / startup, 3),
        }
    extra: dict = {}
    if soak is not None:
        targets.update(soak.pop("targets"))
        soak.pop("all_targets_met", None)
        extra.update(soak)
    if classes is not None:
        extra["class_report_ms_3000"] = classes["class_report_ms"]
        extra["class_report_ms_1000"] = classes["class_report_ms_1000"]
        extra["class_report_cpu_ms_1000"] = classes["class_report_cpu_ms_1000"]
        extra["class_pdf_s_3000"] = classes["class_pdf_s"]
        extra["class_pdf_pages_3000"] = classes["class_pdf_pages"]
        extra["class_report_cpu_ms_3000"] = classes["class_report_cpu_ms"]
        extra["class_pdf_cpu_s_3000"] = classes["class_pdf_cpu_s"]
        extra["class_learners"] = classes["learners"]
        targets["class_report_ms_3000"] = target(classes["class_report_ms"], 5000, "<=")
        if classes["class_files"] >= 1000:
            targets["class_report_ms_1000"] = target(classes["class_report_ms_1000"], 2000, "<=")
        targets["class_pdf_s_3000"] = target(classes["class_pdf_s"], 20, "<=")

    def ms(values: list[float]) -> list[float]:
        return [round(v, 2) for v in values]

    return {
        "startup_s": round(startup, 3),
        "baseline_s": round(baseline, 3),
        "startup_ratio": round(startup_ratio, 3),
        "startup_nocache_s": round(nocache, 3),
        "startup_nocache_ratio": round(nocache_ratio, 3),
        "startup_cpu_s": round(cpu["app"], 3),
        "baseline_cpu_s": round(cpu["base"], 3),
        "startup_nocache_cpu_s": round(cpu["nocache"], 3),
        "startup_cpu_ratio": round(cpu["app"] / cpu["base"], 3),
        "startup_nocache_cpu_ratio": round(cpu["nocache"] / cpu["base"], 3),
        "startup_floor_s": round(floor, 3),
        "startup_floor_ratio": round(floor / baseline, 3),
        "startup_floor_cpu_ratio": round(cpu["floor"] / cpu["base"], 3),
        "startup_above_floor_ratio": round(startup / floor, 3),
        "lesson_open_ms": round(lesson_ms, 2),
        "lesson_open_first_ms": round(float(lesson["first_ms"]), 2),
        "lesson_id": lesson["lesson"],
        "lesson_module": lesson["module"],
        "lesson_body_chars": lesson["body_chars"],
        **{f"answer_save_ms_{n}": round(float(save[n]["median_ms"]), 3) for n in PREFILLS},
        "answer_save_ratio": round(save_ratio, 3),
        **{f"quiz_resume_ms_{n}": round(float(resume[n]["median_ms"]), 3) for n in RESUME_SIZES},
        **{f"quiz_resume_cpu_ms_{n}": round(float(resume[n]["cpu_ms"]), 3) for n in RESUME_SIZES},
        "quiz_resume_ratio": round(resume_ratio, 3),
        "catalog_load_ms": round(float(catalog["median_ms"]), 1),
        "catalog_questions": catalog["questions"],
        "peak_rss_mb": round(rss, 1),
        "baseline_rss_mb": round(base_rss, 1),
        "peak_rss_ratio": round(rss_ratio, 3),
        **standalone,
        "search_ms": round(float(search["median_ms"]), 2),
        "search_build_ms": {k: round(v, 1) for k, v in search["build_ms"].items()},
        **extra,
        "targets": targets,
        "all_targets_met": all(t["met"] for t in targets.values()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyside6": package_version("PySide6_Essentials") or package_version("PySide6"),
        "cpus": os.cpu_count(),
        "runs": runs,
        "lesson_repeats": lesson["repeats"],
        "answer_saves": saves,
        "samples": {
            "startup_s": [round(r.wall_s, 3) for r in app_runs],
            "baseline_s": [round(r.wall_s, 3) for r in base_runs],
            "startup_nocache_s": [round(r.wall_s, 3) for r in nocache_runs],
            "startup_cpu_s": [round(r.cpu_s, 3) for r in app_runs],
            "baseline_cpu_s": [round(r.cpu_s, 3) for r in base_runs],
            "startup_nocache_cpu_s": [round(r.cpu_s, 3) for r in nocache_runs],
            "startup_floor_s": [round(r.wall_s, 3) for r in floor_runs],
            "startup_floor_cpu_s": [round(r.cpu_s, 3) for r in floor_runs],
            "peak_rss_mb": [round(r.maxrss_mb, 1) for r in app_runs],
            "baseline_rss_mb": [round(r.maxrss_mb, 1) for r in base_runs],
            "lesson_open_ms": ms(lesson["samples_ms"]),
            **{f"answer_save_ms_{n}": ms(save[n]["samples_ms"]) for n in PREFILLS},
            **{f"quiz_resume_ms_{n}": ms(resume[n]["samples_ms"]) for n in RESUME_SIZES},
            "catalog_load_ms": ms(catalog["samples_ms"]),
            **(
                {"bundle_startup_s": [round(r.wall_s, 3) for r in bundle_runs]}
                if standalone
                else {}
            ),
            "search_ms": ms(search["samples_ms"]),
        },
    }


def table(report: dict) -> str:
    t = report["targets"]

    def met(key: str) -> str:
        return "yes" if t[key]["met"] else "NO"

    def spread(key: str, fmt: str) -> str:
        values = report["samples"][key]
        return f"{format(min(values), fmt)} .. {format(max(values), fmt)}"

    lesson = (
        f"{report['lesson_module']}/{report['lesson_id']} ({report['lesson_body_chars']} chars)"
    )
    rows = [
        ("Figure", "Median", "Range", "Target", "Met"),
        (
            "Start-up, self-test (s)",
            f"{report['startup_s']:.3f}",
            spread("startup_s", ".3f"),
            "",
            "",
        ),
        (
            "Start-up, bare window (s)",
            f"{report['baseline_s']:.3f}",
            spread("baseline_s", ".3f"),
            "",
            "",
        ),
        (
            "Start-up ratio",
            f"{report['startup_ratio']:.2f}",
            "",
            t["startup_ratio"]["target"],
            met("startup_ratio"),
        ),
        (
            "Bare window with the self-test's Qt classes (s), ratio",
            f"{report['startup_floor_s']:.3f}",
            spread("startup_floor_s", ".3f"),
            f"ratio {report['startup_floor_ratio']:.2f}",
            "",
        ),
        (
            "Start-up without content cache (s)",
            f"{report['startup_nocache_s']:.3f}",
            spread("startup_nocache_s", ".3f"),
            "",
            "",
        ),
        (
            "Start-up ratio without cache",
            f"{report['startup_nocache_ratio']:.2f}",
            "",
            t["startup_nocache_ratio"]["target"],
            met("startup_nocache_ratio"),
        ),
        (
            "Start-up processor time ratio, with / without cache",
            f"{report['startup_cpu_ratio']:.2f} / {report['startup_nocache_cpu_ratio']:.2f}",
            f"{report['startup_cpu_s']:.3f} / {report['startup_nocache_cpu_s']:.3f} s",
            "",
            "",
        ),
        (
            "Peak RSS, self-test (MiB)",
            f"{report['peak_rss_mb']:.1f}",
            spread("peak_rss_mb", ".1f"),
            "",
            "",
        ),
        (
            "Peak RSS, bare window (MiB)",
            f"{report['baseline_rss_mb']:.1f}",
            spread("baseline_rss_mb", ".1f"),
            "",
            "",
        ),
        (
            "Peak RSS ratio",
            f"{report['peak_rss_ratio']:.2f}",
            "",
            t["peak_rss_ratio"]["target"],
            met("peak_rss_ratio"),
        ),
        (
            "Lesson open to first paint (ms)",
            f"{report['lesson_open_ms']:.1f}",
            spread("lesson_open_ms", ".1f"),
            t["lesson_open_ms"]["target"],
            met("lesson_open_ms"),
        ),
        ("  first, cold open (ms)", f"{report['lesson_open_first_ms']:.1f}", "", "", ""),
        (
            "Search, one query, en + zh-CN (ms)",
            f"{report['search_ms']:.2f}",
            spread("search_ms", ".2f"),
            t["search_ms"]["target"],
            met("search_ms"),
        ),
        *(
            (
                f"Save one answer, {n:,} stored (ms)",
                f"{report[f'answer_save_ms_{n}']:.2f}",
                spread(f"answer_save_ms_{n}", ".2f"),
                t[f"answer_save_ms_{n}"]["target"] if f"answer_save_ms_{n}" in t else "",
                met(f"answer_save_ms_{n}") if f"answer_save_ms_{n}" in t else "",
            )
            for n in PREFILLS
        ),
        (
            "Answer save ratio, slowest / 100",
            f"{report['answer_save_ratio']:.2f}",
            "",
            t["answer_save_ratio"]["target"],
            met("answer_save_ratio"),
        ),
        *(
            (
                f"Resume a quiz, {n:,} stored (ms)",
                f"{report[f'quiz_resume_ms_{n}']:.2f}",
                spread(f"quiz_resume_ms_{n}", ".2f"),
                t[f"quiz_resume_ms_{n}"]["target"] if f"quiz_resume_ms_{n}" in t else "",
                met(f"quiz_resume_ms_{n}") if f"quiz_resume_ms_{n}" in t else "",
            )
            for n in RESUME_SIZES
        ),
        (
            "Quiz resume ratio 50,000 / 10,000",
            f"{report['quiz_resume_ratio']:.2f}",
            "",
            t["quiz_resume_ratio"]["target"],
            met("quiz_resume_ratio"),
        ),
        (
            f"Load a {report['catalog_questions']:,}-question module (ms)",
            f"{report['catalog_load_ms']:.0f}",
            spread("catalog_load_ms", ".0f"),
            t["catalog_load_ms"]["target"],
            met("catalog_load_ms"),
        ),
    ]
    if "soak_cycles" in report:
        rows += [
            (
                f"Soak: own memory growth after warm-up, {report['soak_cycles']} visitors (%/50)",
                f"{report['soak_memory_growth_pct_per_50']:.2f}",
                f"{report['soak_memory_mib_start']} .. {report['soak_memory_mib_end']} MiB",
                t["soak_memory_growth_pct_per_50"]["target"],
                met("soak_memory_growth_pct_per_50"),
            ),
            (
                "Soak: all resident memory, fonts and libraries included (%/50)",
                f"{report['soak_rss_growth_pct_per_50']:.2f}",
                f"{report['soak_rss_mib_start']} .. {report['soak_rss_mib_end']} MiB",
                "",
                "",
            ),
            (
                "Soak: live widget growth (%/50)",
                f"{report['soak_widget_growth_pct_per_50']:.2f}",
                f"{report['soak_widgets_start']} .. {report['soak_widgets_end']} widgets",
                t["soak_widget_growth_pct_per_50"]["target"],
                met("soak_widget_growth_pct_per_50"),
            ),
            (
                "Soak: steps slower at the end",
                str(len(t["soak_steps_not_slower"]["value"])),
                f"slowest: {report['soak_slowest_step']}",
                "0",
                met("soak_steps_not_slower"),
            ),
            (
                "Soak: exceptions and Qt warnings",
                str(report["soak_problems_count"]),
                "",
                "0",
                met("soak_problems"),
            ),
        ]
    if "class_report_ms_3000" in report:
        rows += [
            (
                "Class report, 1,000 learners (ms)",
                f"{report['class_report_ms_1000']:.0f}",
                f"cpu {report['class_report_cpu_ms_1000']:.0f}",
                t["class_report_ms_1000"]["target"] if "class_report_ms_1000" in t else "",
                met("class_report_ms_1000") if "class_report_ms_1000" in t else "",
            ),
            (
                f"Class report, {report['class_learners']} learners (ms)",
                f"{report['class_report_ms_3000']:.0f}",
                "",
                t["class_report_ms_3000"]["target"],
                met("class_report_ms_3000"),
            ),
            (
                f"Class report PDF, {report['class_pdf_pages_3000']} pages (s)",
                f"{report['class_pdf_s_3000']:.1f}",
                "",
                t["class_pdf_s_3000"]["target"],
                met("class_pdf_s_3000"),
            ),
        ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    aligns = ["<", ">", ">", "<", "<"]

    def line(row: tuple[str, ...]) -> str:
        cells = (format(cell, f"{a}{w}") for cell, a, w in zip(row, aligns, widths, strict=True))
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    body = [line(rows[0]), rule, *(line(row) for row in rows[1:]), rule]
    met_count = sum(1 for v in t.values() if v["met"])
    body.append(f"Targets met: {met_count}/{len(t)}")
    body.append(f"Longest lesson: {lesson}")
    if "bundle_size_mb" in report:
        body.append(
            f"Standalone app: {report['bundle_size_mb']:.1f} MiB on disk "
            f"(target {t['bundle_size_mb']['target']}: {met('bundle_size_mb')}); self-test "
            f"{report['bundle_startup_s']:.3f} s, {report['bundle_startup_ratio']:.2f} x the "
            f"Python install (target {t['bundle_startup_ratio']['target']}: "
            f"{met('bundle_startup_ratio')})"
        )
    body.append(
        f"{report['runs']} whole-process runs per start-up figure (medians), "
        f"{report['lesson_repeats']} lesson opens, {report['answer_saves']} timed saves per store "
        f"size; Python {report['python']}, PySide6 {report['pyside6']}, "
        f"{report['cpus']} CPUs, {report['platform']}"
    )
    return "\n".join(body)


NUMBER_LIST = re.compile(r"\[\s*(-?[0-9][0-9.eE+-]*(?:,\s*-?[0-9][0-9.eE+-]*)*)\s*\]")


def to_json(report: dict) -> str:
    """Indented JSON, but with each list of numbers (the samples) kept on one line."""
    text = json.dumps(report, indent=2)
    return NUMBER_LIST.sub(lambda m: "[" + ", ".join(re.split(r",\s*", m.group(1))) + "]", text)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=(
            "Measure start-up, lesson rendering, answer saving, quiz resuming and memory "
            "of ailiteracy."
        ),
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=7,
        metavar="N",
        help="whole-process runs per start-up/memory figure (>= 5; default 7)",
    )
    parser.add_argument("--quick", action="store_true", help="5 runs (overrides --runs)")
    parser.add_argument(
        "--saves",
        type=int,
        default=30,
        metavar="N",
        help="timed single answer saves per store size (>= 20; default 30)",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit with code 1 when a target is not met"
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="DIR",
        help="standalone app folder to measure (default: build or reuse it with scripts/bundle)",
    )
    parser.add_argument(
        "--no-bundle", action="store_true", help="do not measure the standalone app"
    )
    parser.add_argument(
        "--soak-cycles", type=int, default=150, metavar="N", help="soak visitors (default 150)"
    )
    parser.add_argument("--skip-soak", action="store_true", help="leave the soak out")
    parser.add_argument(
        "--school", type=int, default=3000, metavar="N", help="learners in the class report"
    )
    parser.add_argument("--skip-school", action="store_true", help="leave the class report out")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 5
    if args.runs < 5:
        parser.error("--runs must be at least 5 (the figures are medians of >= 5 runs)")
    if args.saves < 20:
        parser.error("--saves must be at least 20")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not hasattr(os, "wait4"):
        print(
            "benchmarks: os.wait4 is not available on this system; "
            "peak memory cannot be measured per process",
            file=sys.stderr,
        )
        return 2
    try:
        bundle_dir = None if args.no_bundle else (args.bundle or bundle.build())
        if bundle_dir is not None and not bundle.executable(bundle_dir).is_file():
            raise BenchmarkError(f"no standalone app in {bundle_dir} (build it: scripts/bundle)")
        report = build_report(
            args.runs,
            args.saves,
            0 if args.skip_soak else args.soak_cycles,
            0 if args.skip_school else args.school,
            bundle_dir,
        )
    except (BenchmarkError, RuntimeError) as exc:
        print(f"benchmarks: FAILED: {exc}", file=sys.stderr)
        return 1
    print(to_json(report), flush=True)
    print()
    print(table(report), flush=True)
    if args.check and not report["all_targets_met"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
