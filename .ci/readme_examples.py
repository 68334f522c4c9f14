#!/usr/bin/env python3
"""Run every `swift run footprint ...` example of README.md, as written, from REPO_ROOT.

    python3 .ci/readme_examples.py REPO_ROOT

Examples are the lines of fenced code blocks that start with `swift run footprint` (or
`$ swift run footprint`, with `\\` continuation lines joined) and the inline code spans that
start with `swift run footprint`. Each runs in bash in REPO_ROOT and must exit with 0.
Plain python3, standard library only.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PREFIX = "swift run footprint "


def examples(readme: str) -> list[str]:
    """The example commands of `readme`, in order."""
    found: list[str] = []
    in_block = False
    pending = ""
    for line in readme.splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        if in_block:
            text = pending + line.strip() if pending else line.strip().removeprefix("$ ")
            if not pending and not text.startswith(PREFIX):
                continue
            if text.endswith("\\"):
                pending = text[:-1]
                continue
            pending = ""
            found.append(text)
        else:
            found += [span for span in re.findall(r"`([^`]+)`", line) if span.startswith(PREFIX)]
    return found


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    commands = examples((root / "README.md").read_text(encoding="utf-8"))
    failed = 0
    for command in commands:
        run = subprocess.run(["bash", "-c", command], cwd=root, capture_output=True, text=True, timeout=600)
        print(f"exit {run.returncode}: {command}")
        if run.returncode != 0:
            failed += 1
            print(run.stderr[-2000:], file=sys.stderr)
    if not commands:
        print("error: README.md has no `swift run footprint` examples", file=sys.stderr)
        return 1
    print(f"{len(commands) - failed} of {len(commands)} README examples ran")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
