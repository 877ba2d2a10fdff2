#!/usr/bin/env python3
"""Checks every file `spillover analyze` wrote with a real parser: SVG, GraphML and GEXF with
expat (also the
SVGs embedded in the notebook), the notebook and any .json file with json (and nbformat),
CSV with the csv
module (every row as wide as the header; ids as the reader read them, when given), the
Markdown tables of report.md (every row has the header's number of cells, counting only
unescaped pipes) and the DOT file with GraphViz (`dot -Tcanon`).

Usage: scripts/check-outputs.py OUT_FOLDER [IDS_JSON]
IDS_JSON, when given, is a JSON list of the firm ids; metrics.csv must list exactly them.
Prints "ok N files" and exits 0, else one line per problem and exits 1.
"""
import csv, io, json, subprocess, sys, xml.parsers.expat
from pathlib import Path


def parse_xml(text, what, problems):
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(text, True)
    except xml.parsers.expat.ExpatError as error:
        problems.append(f"{what}: not well-formed XML: {error}")


def markdown_cells(line):
    """The cells of a Markdown table row: split on pipes not escaped by a backslash."""
    cells, current, escaped = [], "", False
    for c in line.strip()[1:]:
        if escaped:
            current += c
            escaped = False
        elif c == "\\":
            current += c
            escaped = True
        elif c == "|":
            cells.append(current)
            current = ""
        else:
            current += c
    return cells


def check_markdown_tables(text, what, problems):
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("| ---") or (
                lines[i].startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("|") and set(lines[i + 1]) <= set("|-: ")):
            width = len(markdown_cells(lines[i]))
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                if len(markdown_cells(lines[j])) != width:
                    problems.append(f"{what}: table row {j + 1} has {len(markdown_cells(lines[j]))} cells, the header {width}")
                j += 1
            i = j
        else:
            i += 1


def main(folder, ids_file=None):
    folder, problems, files = Path(folder), [], 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        files += 1
        what = str(path.relative_to(folder))
        text = path.read_text(encoding="utf-8")
        if path.suffix in (".svg", ".graphml", ".gexf"):
            parse_xml(text, what, problems)
        elif path.suffix == ".ipynb":
            import nbformat
            notebook = nbformat.reads(text, as_version=4)
            nbformat.validate(notebook)
            for cell in notebook.cells:
                for output in cell.get("outputs", []):
                    svg = output.get("data", {}).get("image/svg+xml")
                    if svg:
                        parse_xml(svg, f"{what} (embedded SVG)", problems)
                    markdown = output.get("data", {}).get("text/markdown")
                    if markdown:
                        check_markdown_tables(markdown, f"{what} (table output)", problems)
        elif path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(text, newline="")))
            for n, row in enumerate(rows[1:], start=2):
                if len(row) != len(rows[0]):
                    problems.append(f"{what}: row {n} has {len(row)} fields, the header {len(rows[0])}")
            if ids_file and path.name == "metrics.csv":
                ids = json.loads(Path(ids_file).read_text(encoding="utf-8"))
                column = rows[0].index("id")
                if sorted(r[column] for r in rows[1:]) != sorted(ids):
                    problems.append(f"{what}: the ids differ from the input's")
        elif path.suffix == ".json":
            try:
                json.loads(text)
            except json.JSONDecodeError as error:
                problems.append(f"{what}: not valid JSON: {error}")
        elif path.suffix == ".md":
            check_markdown_tables(text, what, problems)
        elif path.suffix == ".dot":
            done = subprocess.run(["dot", "-Tcanon", str(path)], capture_output=True, text=True)
            if done.returncode != 0:
                problems.append(f"{what}: GraphViz cannot read it: {done.stderr.strip()[:300]}")
    for p in problems:
        print(p)
    print(f"ok {files} files" if not problems else f"{len(problems)} problems in {files} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
