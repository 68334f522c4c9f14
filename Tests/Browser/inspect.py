#!/usr/bin/env python3
"""Checks for Tests/Browser/check.sh (Python 3 standard library only).

  inspect.py html FILE   the page is self-contained (no http URL in src/href/url(), no
                         script, link, img, iframe or @import) and every chart has marks:
                         a bar of positive width or a step line with points
  inspect.py png FILE    the screenshot is not blank: enough pixels differ from the
                         background, in more than two colours
  inspect.py pdf FILE    the PDF has at least one page and some content
"""
import re
import struct
import html
import json
import sys
import zlib


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def check_html(path):
    page = open(path, encoding="utf-8").read()
    for pattern, what in [
        (r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", "a src/href to the network"),
        (r"""url\(\s*["']?\s*(?:https?:)?//""", "a url() to the network"),
        (r"@import", "an @import"),
        (r"<\s*(?:script|link|img|iframe|object|embed)\b", "an element that loads or runs something"),
    ]:
        match = re.search(pattern, page, re.IGNORECASE)
        if match:
            fail(f"{path}: {what}: {match.group(0)!r}")
    charts = re.findall(r'<svg class="chart".*?</svg>', page, re.DOTALL)
    if not charts:
        fail(f"{path}: no chart")
    for index, chart in enumerate(charts, 1):
        widths = [float(w) for w in re.findall(r'<rect class="bar[^"]*"[^>]*? width="([0-9.]+)"', chart)]
        steps = [int(s) for s in re.findall(r'class="series" data-steps="([0-9]+)"', chart)]
        if not any(w > 0 for w in widths) and not any(s > 0 for s in steps):
            fail(f"{path}: chart {index} has no bars or points")
    print(f"{path}: self-contained, {len(charts)} chart(s) with marks")


def png_pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path}: not a PNG")
    offset, idat, width = 8, b"", 0
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                fail(f"{path}: unexpected PNG format (depth {depth}, colour type {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, position = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[position], bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return [row[i:i + 3] for row in rows for i in range(0, stride, channels)]


def check_png(path):
    pixels = png_pixels(path)
    background = max(set(pixels[:2000]), key=pixels[:2000].count)
    inked = sum(1 for pixel in pixels if pixel != background)
    colours = len(set(pixels))
    share = inked / len(pixels)
    if share < 0.01 or colours < 3:
        fail(f"{path}: looks blank ({share:.1%} of pixels drawn, {colours} colours)")
    print(f"{path}: {share:.1%} of pixels drawn, {colours} colours")


def check_pdf(path):
    data = open(path, "rb").read()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    if not data.startswith(b"%PDF") or pages < 1 or len(data) < 5000:
        fail(f"{path}: no usable PDF ({pages} pages, {len(data)} bytes)")
    print(f"{path}: {pages} page(s), {len(data)} bytes")


def print_probe(path, script_path):
    """Prints the page with the measuring script before </body> (the page itself has none)."""
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    with open(script_path, encoding="utf-8") as handle:
        script = handle.read()
    if "</body>" not in page:
        fail(f"{path}: no </body>")
    sys.stdout.write(page.replace("</body>", f"<script>{script}</script></body>", 1))


def check_overflow(path):
    """Fails when the dumped DOM lists a box whose text overflows it."""
    with open(path, encoding="utf-8") as handle:
        dom = handle.read()
    found = re.search(r'data-overflow="([^"]*)"', dom)
    if not found:
        fail(f"{path}: the overflow probe did not run (no data-overflow in the dumped DOM)")
    overflowing = json.loads(html.unescape(found.group(1)))
    if overflowing:
        fail(f"{path}: text overflows its box: " + "; ".join(overflowing[:5]))
    print(f"{path}: no box overflows")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "probe":
        print_probe(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if len(sys.argv) != 3 or sys.argv[1] not in ("html", "png", "pdf", "overflow"):
        sys.exit("usage: inspect.py html|png|pdf|overflow FILE, or inspect.py probe PAGE SCRIPT")
    {"html": check_html, "png": check_png, "pdf": check_pdf, "overflow": check_overflow}[sys.argv[1]](sys.argv[2])
