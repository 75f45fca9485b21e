"""Performance benchmarks for ailiteracy; run ``python -m benchmarks`` (see ``__main__``)."""
