"""The glossary: ``glossary/*.toml`` files with ``[[term]]`` tables."""

from __future__ import annotations

from pathlib import Path

from .fields import Table, forget_header_lines, read_toml
from .model import GlossaryTerm, Problem


def load_glossary(folder: Path, problems: list[Problem]) -> dict[str, GlossaryTerm]:
    terms: dict[str, GlossaryTerm] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        forget_header_lines()
        data = read_toml(path, problems)
        if data is None:
            continue
        root = Table(data, path, 0, problems)
        for t in root.tables("term", header="term"):
            term = GlossaryTerm(
                t.ident(), t.str("term"), t.str("definition"), t.str("lesson", required=False), path
            )
            if term.id in terms:
                t.error(f"glossary id {term.id!r} is already defined in {terms[term.id].path.name}")
                continue
            if t.ok:
                terms[term.id] = term
    return terms
