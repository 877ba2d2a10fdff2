#!/usr/bin/env python3
"""Checks that a spillover report reproduces: runs every command the notebook stores, from
the report's folder, and compares what it prints and the figures it writes with the
outputs stored in the notebook (exactly, character for character).

Usage: scripts/check-report.py REPORT_FOLDER SPILLOVER_BINARY
       scripts/check-report.py --executed EXECUTED.ipynb REPORT_FOLDER
The second form compares a notebook executed by Jupyter (nbconvert --execute) with the
stored one instead: every output of every code cell must be the same.
Prints "ok N commands" (or "ok N cells") and exits 0, else names each difference and
exits 1.
"""
import json, shlex, subprocess, sys
from pathlib import Path


def joined(value):
    return "".join(value) if isinstance(value, list) else value


def code_cells(notebook):
    return [c for c in json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]


def stored_outputs(cell):
    return [{mime: joined(text) for mime, text in o.get("data", {}).items()} for o in cell.get("outputs", [])]


def calls(cell):
    """The spillover(...) and figure(...) calls of a cell, as (name, argument) pairs."""
    out = []
    for line in joined(cell["source"]).splitlines():
        for name in ("spillover", "figure"):
            if line.startswith(name + "(") and line.endswith(")"):
                out.append((name, json.loads(line[len(name) + 1:-1])))
    return out


def embed_limit(cells):
    """FIGURE_EMBED_LIMIT of the notebook's setup cell: larger figures are linked, not shown."""
    for cell in cells:
        for line in joined(cell["source"]).splitlines():
            if line.startswith("FIGURE_EMBED_LIMIT = "):
                return int(line.split("=")[1].split("#")[0])
    return None


def figure_output(folder, path, limit):
    """What the notebook's figure(path) shows: the SVG, or a link when it is too large."""
    size = (folder / path).stat().st_size
    if limit is not None and size > limit:
        text = f"*[{path}]({path}) ({size} bytes) is too large to show in the notebook; open the file.*\n"
        return {"text/markdown": text, "text/plain": text}
    return {"image/svg+xml": (folder / path).read_text(encoding="utf-8"), "text/plain": f"<figure {path}>"}


def check_commands(folder, binary):
    folder, binary = Path(folder), str(Path(binary).resolve())
    failures, commands = [], 0
    cells = code_cells(folder / "report.ipynb")
    limit = embed_limit(cells)
    for cell in cells:
        steps = calls(cell)
        if not steps:
            continue
        produced = []
        for name, argument in steps:
            if name == "spillover":
                words = shlex.split(argument)
                assert words[0] == "spillover", argument
                done = subprocess.run([binary, *words[1:]], cwd=folder, stdin=subprocess.DEVNULL, capture_output=True, encoding="utf-8")
                commands += 1
                if done.returncode != 0:
                    failures.append(f"{argument}: exit status {done.returncode}: {done.stderr.strip()}")
                    continue
                if done.stdout:
                    produced.append({"text/markdown": done.stdout, "text/plain": done.stdout})
            else:
                produced.append(figure_output(folder, argument, limit))
        stored = stored_outputs(cell)
        if produced != stored:
            failures.append(f"{steps[0][1]}: its outputs differ from the stored ones\n" + diff(stored, produced))
    return failures, f"ok {commands} commands"


def diff(stored, produced):
    lines = []
    for i, (a, b) in enumerate(zip(stored, produced)):
        for mime in sorted(set(a) | set(b)):
            if a.get(mime) != b.get(mime):
                lines.append(f"  output {i} {mime}: stored {a.get(mime, '')[:200]!r} ... now {b.get(mime, '')[:200]!r}")
    if len(stored) != len(produced):
        lines.append(f"  {len(stored)} outputs stored, {len(produced)} now")
    return "\n".join(lines)


def check_executed(executed, folder):
    failures, cells = [], 0
    for a, b in zip(code_cells(Path(folder) / "report.ipynb"), code_cells(executed), strict=True):
        cells += 1
        if stored_outputs(a) != stored_outputs(b):
            failures.append(f"cell {joined(a['source'])[:120]!r}: outputs differ\n" + diff(stored_outputs(a), stored_outputs(b)))
    return failures, f"ok {cells} cells"


if __name__ == "__main__":
    if sys.argv[1] == "--executed":
        failures, summary = check_executed(sys.argv[2], sys.argv[3])
    else:
        failures, summary = check_commands(sys.argv[1], sys.argv[2])
    for f in failures:
        print(f)
    print(summary if not failures else f"{len(failures)} failed")
    sys.exit(1 if failures else 0)
