"""The library-day soak judges its own figures: what counts as growth and as slower."""

from __future__ import annotations

from benchmarks.soak import growth_percent_per_50, summarise


def cycles(
    n: int = 60,
    *,
    own=lambda c: 70.0,
    mapped=lambda c: 80.0,
    quiz=lambda c: 500.0,
    reference=lambda c: 10.0,
) -> list[dict]:
    return [
        {
            "cycle": c + 1,
            "visitor": "guest",
            "seconds": 5.0,
            "rss_mib": own(c) + mapped(c),
            "anon_mib": own(c),
            "file_mib": mapped(c),
            "widgets": 214,
            "widget_classes": {"QLabel": 214},
            "objects": 57000,
            "fds": 9,
            "steps_ms": {"quiz": quiz(c)},
            "steps_cpu_ms": {"quiz": quiz(c)},
            "slowest_step": "quiz",
            "reference_cpu_ms": reference(c),
        }
        for c in range(n)
    ]


def test_growth_is_measured_between_the_medians_of_both_ends() -> None:
    assert growth_percent_per_50([100.0] * 60) == 0.0
    values = [100.0] * 30 + [110.0] * 30
    assert growth_percent_per_50(values, edge=10) == 10.0  # 10% over the 50 cycles between


def test_mapped_font_pages_do_not_count_as_growth_but_own_memory_does() -> None:
    fonts = summarise(cycles(mapped=lambda c: 80.0 + c), 10, [], 0)
    assert fonts["soak_rss_growth_pct_per_50"] > 1  # reported
    assert fonts["targets"]["soak_memory_growth_pct_per_50"]["met"]
    leak = summarise(cycles(own=lambda c: 70.0 + 0.1 * c), 10, [], 0)
    assert not leak["targets"]["soak_memory_growth_pct_per_50"]["met"]
    assert not leak["all_targets_met"]


def test_a_step_is_slower_only_when_the_machine_is_not() -> None:
    busier = summarise(
        cycles(quiz=lambda c: 500.0 + 10 * c, reference=lambda c: 10 + 0.2 * c), 10, [], 0
    )
    assert busier["soak_machine_slower_at_end"] > 1.5
    assert busier["targets"]["soak_steps_not_slower"]["met"]
    slower = summarise(cycles(quiz=lambda c: 500.0 + 10 * c), 10, [], 0)
    assert slower["soak_machine_slower_at_end"] == 1.0
    assert slower["targets"]["soak_steps_not_slower"]["value"] == ["quiz"]
    old = [{k: v for k, v in r.items() if k != "reference_cpu_ms"} for r in cycles()]
    assert summarise(old, 10, [], 0)["soak_machine_slower_at_end"] == 1.0  # records without it
