#!/usr/bin/env python3
"""Builds assets/fonts/NotoSansSC-Subset.otf, the CJK font the GUI bundles.

Source: Noto Sans CJK (SIL Open Font License 1.1), face 2 (Simplified Chinese) of
NotoSansCJK-Regular.ttc from Debian's fonts-noto-cjk. The subset keeps every GB2312 character
(the 6,763 hanzi of everyday Simplified Chinese), ASCII, CJK and full-width punctuation, and
every character used by the locales and bundled scenarios, so the app shows Chinese on a
machine with no CJK font installed.

Run: apt-get install fonts-noto-cjk && pip install fonttools && python3 tools/make-cjk-subset.py
"""
import pathlib
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
chars.update(chr(c) for c in range(0x20, 0x7F))
for lo, hi in [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2000, 0x206F), (0x00A0, 0x00FF), (0x2190, 0x21FF), (0x25A0, 0x25FF)]:
    chars.update(chr(c) for c in range(lo, hi + 1))
for pattern in ["locales/**/*.ftl", "scenarios/**/*.ron", "scenarios/**/*.ftl", "assets/starter/*.ron"]:
    for path in root.glob(pattern):
        chars.update(path.read_text(encoding="utf-8"))
chars = sorted(c for c in chars if c.isprintable())
text_file = root / "target" / "cjk-subset-chars.txt"
text_file.parent.mkdir(exist_ok=True)
text_file.write_text("".join(chars), encoding="utf-8")
subprocess.run(
    [
        "pyftsubset",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "--font-number=2",
        f"--text-file={text_file}",
        "--layout-features=*",
        "--name-IDs=*",
        f"--output-file={root / 'assets/fonts/NotoSansSC-Subset.otf'}",
    ],
    check=True,
)
print(f"{len(chars)} characters")
