"""The timeline of AI policy: ``timeline.toml`` with ``[[event]]`` tables."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .fields import Table, forget_header_lines, read_toml, unique
from .model import Problem, TimelineEvent

EVENT_KINDS = (
    "principles",
    "law",
    "declaration",
    "initiative",
    "resolution",
    "treaty",
    "position-paper",
    "institution",
)


def load_timeline(path: Path, problems: list[Problem]) -> list[TimelineEvent]:
    if not path.exists():
        return []
    forget_header_lines()
    data = read_toml(path, problems)
    if data is None:
        return []
    events = []
    root = Table(data, path, 0, problems)
    for t in unique(root.tables("event", header="event"), "id", "event"):
        event = _event(t)
        if t.ok:
            events.append(event)
    events.sort(key=lambda e: (e.date, e.id))
    return events


def _event(t: Table) -> TimelineEvent:
    date = t.data.get("date")
    if not isinstance(date, _dt.date) or isinstance(date, _dt.datetime):
        t.error("'date' must be a TOML date like 2019-05-22")
        date = _dt.date(1970, 1, 1)
    event = TimelineEvent(
        id=t.ident(),
        date=date,
        precision=t.choice("precision", ["day", "month", "year"], default="day"),
        title=t.str("title"),
        body=t.str("body"),
        kind=t.choice("kind", EVENT_KINDS),
        summary=t.str("summary"),
        lesson=t.str("lesson"),
        source=t.str("source"),
    )
    if event.source and not event.source.startswith(("http://", "https://")):
        t.error("'source' must be a link starting with https://")
    return event
