/// The first code cell of a report notebook: it finds the `spillover` tool and defines
/// `spillover(command)`, which runs one command line from the notebook's folder and shows
/// what it prints, and `figure(path)`, which shows an SVG the command wrote.
///
/// The tool is `$SPILLOVER` when set, else `spillover` on `PATH`, else the build in
/// `.build/release` (else `.build/debug`) of the notebook's folder or one above it (a
/// report exported inside a checkout of spillover). Standard error (notes, warnings,
/// progress) is kept out of the outputs and shown only when a command fails, so that
/// executing the notebook gives exactly the stored outputs.
enum NotebookSetup {
    /// What a figure larger than the embedding limit shows instead of itself; the Python
    /// below writes the same text.
    static func tooLarge(path: String, bytes: Int) -> String {
        "*[\(path)](\(path)) (\(bytes) bytes) is too large to show in the notebook; open the file.*\n"
    }

    static func source(figureEmbedLimit: Int) -> String {
        """
        # Runs this report's commands again, from the report's folder. The tool is $SPILLOVER,
        # else `spillover` on PATH, else a build in .build/ of this folder or one above it.
        import os, shlex, shutil, subprocess
        from pathlib import Path
        from IPython.display import display

        def _locate_spillover():
            if os.environ.get("SPILLOVER"):
                return os.environ["SPILLOVER"]
            if shutil.which("spillover"):
                return shutil.which("spillover")
            for folder in [Path.cwd(), *Path.cwd().parents]:
                for build in ("release", "debug"):
                    tool = folder / ".build" / build / "spillover"
                    if tool.is_file() and os.access(tool, os.X_OK):
                        return str(tool)
            raise FileNotFoundError("spillover not found: set SPILLOVER to its path, or put it on PATH")

        SPILLOVER = _locate_spillover()

        def spillover(command):
            \"\"\"Runs one `spillover …` command line; shows what it prints (a Markdown table).\"\"\"
            words = shlex.split(command)
            done = subprocess.run([SPILLOVER, *words[1:]], stdin=subprocess.DEVNULL, capture_output=True, encoding="utf-8")
            if done.returncode != 0:
                raise RuntimeError(f"{command}\\nexit status {done.returncode}\\n{done.stderr}")
            if done.stdout:
                display({"text/markdown": done.stdout, "text/plain": done.stdout}, raw=True)

        FIGURE_EMBED_LIMIT = \(figureEmbedLimit)  # bytes; a larger figure is linked, not shown

        def figure(path):
            \"\"\"Shows an SVG figure that a command wrote (a link to it when it is too large).\"\"\"
            size = Path(path).stat().st_size
            if size > FIGURE_EMBED_LIMIT:
                text = f"*[{path}]({path}) ({size} bytes) is too large to show in the notebook; open the file.*\\n"
                display({"text/markdown": text, "text/plain": text}, raw=True)
                return
            display({"image/svg+xml": Path(path).read_text(encoding="utf-8"), "text/plain": f"<figure {path}>"}, raw=True)
        """
    }

    /// `text` as a Python string literal (JSON's escapes are Python's too).
    static func pythonString(_ text: String) -> String {
        JSONValue.string(text).serialized(pretty: false)
    }
}
