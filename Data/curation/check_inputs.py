#!/usr/bin/env python3
"""Verify Data/curation/inputs/ against its MANIFEST.sha256.

The curation scripts read only the files in Data/curation/inputs/ (copies of the
reference tables in ../shared/reference-data, with their licence notices). The manifest
lists every file there with its SHA-256, in `sha256sum` format with paths relative to
inputs/, so `cd Data/curation/inputs && sha256sum -c MANIFEST.sha256` checks it too.

    python3 Data/curation/check_inputs.py           # exit 1 on a changed, missing or unlisted file
    python3 Data/curation/check_inputs.py --write   # rewrite the manifest after adding an input

Plain python3, standard library only.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

INPUTS = Path(__file__).resolve().parent / "inputs"
MANIFEST = INPUTS / "MANIFEST.sha256"


def digests() -> dict[str, str]:
    """SHA-256 of every file under inputs/ except the manifest, by relative path."""
    return {
        path.relative_to(INPUTS).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(INPUTS.rglob("*"))
        if path.is_file() and path != MANIFEST
    }


def listed() -> dict[str, str]:
    """The manifest's entries: relative path -> SHA-256."""
    entries = {}
    for number, line in enumerate(MANIFEST.read_text(encoding="utf-8").splitlines(), 1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64:
            sys.exit(f"{MANIFEST}:{number}: not a sha256sum line")
        entries[name] = digest
    return entries


def main() -> int:
    actual = digests()
    if sys.argv[1:] == ["--write"]:
        MANIFEST.write_text("".join(f"{digest}  {name}\n" for name, digest in actual.items()), encoding="utf-8")
        print(f"wrote {MANIFEST} ({len(actual)} files)")
        return 0
    if sys.argv[1:]:
        sys.exit(__doc__)
    expected = listed()
    problems = [f"changed: {name}" for name in expected if name in actual and actual[name] != expected[name]]
    problems += [f"missing: {name}" for name in expected if name not in actual]
    problems += [f"not in the manifest: {name}" for name in actual if name not in expected]
    for problem in problems:
        print(f"Data/curation/inputs: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"Data/curation/inputs: {len(expected)} files match MANIFEST.sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
