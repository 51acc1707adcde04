"""Bring the translation catalogs in line with the source, and list or fill what is untranslated.

    python tools/update_translations.py              update every journeydesk/translations/*.ts
    python tools/update_translations.py --list       also print each untranslated entry
    python tools/update_translations.py --drop-obsolete   remove entries whose source is gone
    python tools/update_translations.py --export todo.tsv  untranslated entries, to fill in
    python tools/update_translations.py --import done.tsv  take translations from a filled TSV

Qt code (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) is read by Qt's
lupdate. The rest of the package (``t("…")`` and ``n_("…")`` from ``journeydesk.i18n``) is
read with the ``ast`` module into the ``journeydesk`` context of the same ``.ts`` file. New
entries come in unfinished; entries whose source is gone are marked vanished. The TSV format is
``context<TAB>source<TAB>translation`` with ``\\n`` and ``\\t`` escaped.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journeydesk.i18n import CONTEXT  # noqa: E402 - after the path set-up above
from journeydesk.translations import FOLDER, qt_tool, sources  # noqa: E402 - after the path set-up above

PACKAGE = ROOT / "journeydesk"
MARKERS = ("t", "n_")
GONE = ("vanished", "obsolete")


def _marker(node: ast.AST) -> str | None:
    """``t`` or ``n_`` when ``node`` calls one of them (also as ``i18n.t``)."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Name) and func.id in MARKERS:
        return func.id
    if (isinstance(func, ast.Attribute) and func.attr in MARKERS and isinstance(func.value, ast.Name)
            and func.value.id == "i18n"):
        return func.attr
    return None


def python_messages(package: Path = PACKAGE) -> tuple[dict[str, str], list[str]]:
    """Every ``t("…")``/``n_("…")`` literal (message → first place it is used), and calls that
    pass something other than a literal (which no catalog can hold)."""
    found: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            name = _marker(node)
            if name is None:
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{where}:{node.lineno}")
            elif not isinstance(first, (ast.Name, ast.Attribute, ast.Subscript)):
                # A variable may hold a message marked with n_(); text built here cannot be in a catalog.
                problems.append(f"{where}:{node.lineno}: {name}() needs a string literal")
    return found, problems


def known_contexts(package: Path = PACKAGE) -> set[str]:
    """Contexts Qt looks messages up in at run time: class names (``self.tr``) and the first
    argument of ``translate("…", …)`` / ``QT_TRANSLATE_NOOP("…", …)``."""
    found = {CONTEXT}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if (name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(first, ast.Constant)
                        and isinstance(first.value, str)):
                    found.add(first.value)
    return found


def context_problems(tree: ET.ElementTree, package: Path = PACKAGE) -> list[str]:
    """Contexts lupdate made up from a ``something.tr(…)`` or a bare ``tr(…)`` outside a class:
    Qt would never find those translations at run time."""
    known = known_contexts(package)
    return [f"context {name!r} ({source!r}): use self.tr inside the class, or "
            f"QCoreApplication.translate(\"ClassName\", …)"
            for name, source, message in entries(tree) if name not in known and not is_gone(message)]


def run_lupdate(catalog: Path) -> None:
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("lupdate not found: install PySide6-Essentials (pip install -e .).")
    command = [str(lupdate), "-silent", "-extensions", "py", "-locations", "none",
               "-source-language", "en", str(PACKAGE), "-ts", str(catalog)]
    if not catalog.exists():
        command[-2:-2] = ["-target-language", catalog.stem.split("_", 1)[1]]
    subprocess.run(command, check=True)


def read_tree(catalog: Path) -> ET.ElementTree:
    return ET.parse(catalog)


def write_tree(tree: ET.ElementTree, catalog: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    catalog.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")


def merge_python(tree: ET.ElementTree, messages: dict[str, str]) -> None:
    """Make the ``journeydesk`` context hold exactly ``messages``, keeping existing translations."""
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == CONTEXT), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    seen = set()
    for message in list(context.iter("message")):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source not in messages:
            translation.set("type", "vanished")
            continue
        seen.add(source)
        if translation.get("type") in GONE:
            translation.attrib.pop("type")
            if not translation.text:
                translation.set("type", "unfinished")
    for source in messages:
        if source not in seen:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")


def drop_gone(tree: ET.ElementTree) -> None:
    """Remove vanished and obsolete entries, and contexts left empty."""
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if is_gone(message):
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)


def entries(tree: ET.ElementTree):
    """(context, source, message element) for every message of every context."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def is_untranslated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation.get("type") in GONE:
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return translation.get("type") == "unfinished" or not all(texts)


def is_gone(message: ET.Element) -> bool:
    return message.find("translation").get("type") in GONE


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def export_tsv(tree: ET.ElementTree, path: Path) -> int:
    rows = [f"{_escape(c)}\t{_escape(s)}\t" for c, s, m in entries(tree) if is_untranslated(m)]
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return len(rows)


def import_tsv(tree: ET.ElementTree, path: Path) -> int:
    """Fill translations from ``path``; a numerus entry gets the one form Japanese needs."""
    wanted = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected context, source and translation separated by tabs")
        if parts[2]:
            wanted[(_unescape(parts[0]), _unescape(parts[1]))] = _unescape(parts[2])
    filled = 0
    for context, source, message in entries(tree):
        text = wanted.get((context, source))
        if text is None or is_gone(message):
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms or message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        filled += 1
    return filled


def update(catalog: Path, drop_obsolete: bool = False) -> list[str]:
    """Run lupdate and the Python extraction over ``catalog``; returns extraction problems."""
    run_lupdate(catalog)
    messages, problems = python_messages()
    tree = read_tree(catalog)
    merge_python(tree, messages)
    if drop_obsolete:
        drop_gone(tree)
    write_tree(tree, catalog)
    return problems + context_problems(tree)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every untranslated entry")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove vanished entries")
    parser.add_argument("--export", type=Path, metavar="TSV", help="write untranslated entries")
    parser.add_argument("--import", dest="import_", type=Path, metavar="TSV",
                        help="read translations from a filled-in TSV")
    parser.add_argument("--catalog", type=Path, action="append",
                        help=f"a .ts file (default: every one in {FOLDER.relative_to(ROOT)})")
    options = parser.parse_args(argv)
    status = 0
    for catalog in options.catalog or sources():
        for problem in update(catalog, options.drop_obsolete):
            print(problem, file=sys.stderr)
            status = 1
        tree = read_tree(catalog)
        if options.import_:
            print(f"{catalog.name}: {import_tsv(tree, options.import_)} translations taken")
            write_tree(tree, catalog)
        todo = [(c, s) for c, s, m in entries(tree) if is_untranslated(m)]
        gone = [(c, s) for c, s, m in entries(tree) if is_gone(m)]
        total = sum(1 for _ in entries(tree)) - len(gone)
        print(f"{catalog.name}: {total - len(todo)} of {total} translated, {len(todo)} untranslated, "
              f"{len(gone)} vanished (remove with --drop-obsolete)")
        if options.list:
            for context, source in todo:
                print(f"  [{context}] {source!r}")
        if options.export:
            print(f"{export_tsv(tree, options.export)} entries written to {options.export}")
    return status


if __name__ == "__main__":
    sys.exit(main())
