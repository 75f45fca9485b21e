"""``search_ms``: one search over all shipped content, English and Chinese, in this process.

For each language the shipped catalog is loaded and its search index built once
(``search_build_ms``, per language). The queries are every glossary term of that
language, plus the same terms with one letter dropped (typos, for English, which
exercise the spelling fallback). Each query is timed on its own; ``search_ms`` is
the median over all queries of both languages.
"""

from __future__ import annotations

import statistics
import time


def queries(catalog) -> list[str]:
    terms = [t.term.split("(")[0].strip() for t in catalog.glossary.values()]
    typos = [t[:2] + t[3:] for t in terms if len(t) >= 6 and t.isascii()]
    return [t for t in terms + typos if t]


def measure() -> dict:
    from ailiteracy.core import paths
    from ailiteracy.core.content import load_catalog
    from ailiteracy.core.search import SearchIndex

    samples: list[float] = []
    build: dict[str, float] = {}
    counts: dict[str, int] = {}
    for language in ("en", "zh-CN"):
        catalog = load_catalog([paths.content_dir()], language)
        start = time.perf_counter()
        index = SearchIndex(catalog)
        build[language] = (time.perf_counter() - start) * 1000.0
        wanted = queries(catalog)
        counts[language] = len(wanted)
        for query in wanted:
            start = time.perf_counter()
            index.search(query)
            samples.append((time.perf_counter() - start) * 1000.0)
        index.close()
    return {
        "median_ms": statistics.median(samples),
        "samples_ms": samples,
        "build_ms": build,
        "queries": counts,
    }


if __name__ == "__main__":
    result = measure()
    print(
        f"search: median {result['median_ms']:.2f} ms over {sum(result['queries'].values())} "
        f"queries; index built in {result['build_ms']}"
    )
