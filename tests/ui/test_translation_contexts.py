"""Every translated string sits in a context the running app looks up.

At run time ``self.tr()`` looks for the string under the name of each class in the
object's MRO; ``translate("Context", ...)`` under the context it names. A string
filed under any other context (pyside6-lupdate files some under an empty one when
it loses track of the class) would show in English in the Chinese interface.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from ailiteracy.core import paths
from ailiteracy.ui import translations

TS = paths.resources_dir() / "translations" / "ailiteracy_zh_CN.ts"


def known_contexts(sources: list[str]) -> set[str]:
    """Class names defined in the sources, and contexts named in translate() calls."""
    names: set[str] = set()
    for source in sources:
        tree = ast.parse(Path(source).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if name == "translate" and isinstance(first, ast.Constant):
                    names.add(str(first.value))
    return names


def test_every_translation_context_is_a_class_or_a_named_context() -> None:
    known = known_contexts(translations.sources())
    assert {"MainWindow", "WindowMenus", "ProfilePicker", "PinPages"} <= known
    contexts = {ctx.findtext("name") or "" for ctx in ET.parse(TS).getroot().iter("context")}
    assert contexts - known == set()
