"""Chinese interface strings use full-width punctuation next to Chinese text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ailiteracy.core import paths

TS = paths.resources_dir() / "translations" / "ailiteracy_zh_CN.ts"
CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”]"
HALF_WIDTH_NEXT_TO_CHINESE = re.compile(rf"{CJK}[,:;?!]|[,:;?!]{CJK}|\(&.\)[,:;?!]")
PARENTHESES = re.compile(r"\(([^()]*)\)")


def half_width(text: str) -> list[str]:
    text = text.replace(";;", "\n")  # Qt's separator between file filters stays as it is
    found = [m.group(0) for m in HALF_WIDTH_NEXT_TO_CHINESE.finditer(text)]
    for m in PARENTHESES.finditer(text):
        inner = m.group(1)
        if inner.startswith("&") or "*" in inner:  # a mnemonic (&F) or a file filter (*.pdf)
            continue
        around = text[max(0, m.start() - 1) : m.end() + 1]
        if re.search(CJK, around):
            found.append(m.group(0))
    return found


def test_the_check_catches_half_width_punctuation() -> None:
    assert half_width("访客模式:您离开后,这个列表") == ["式:", "后,"]
    assert half_width("无法读取这个文件(%1)。") == ["(%1)"]
    assert half_width("打开(&O)… 作业 (*%1);;所有文件 (*)") == []
    assert half_width("机构(&B):") == ["(&B):"]
    assert half_width("访客模式：您离开后，这个列表（%1）") == []


def test_chinese_interface_strings_use_full_width_punctuation() -> None:
    bad = {}
    for message in ET.parse(TS).getroot().iter("message"):
        text = message.findtext("translation") or ""
        if re.search(CJK, text) and half_width(text):
            bad[message.findtext("source")] = half_width(text)
    assert bad == {}
