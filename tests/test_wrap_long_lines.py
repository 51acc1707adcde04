"""tools/wrap_long_lines.py wraps too-long lines in the project's style, keeps the syntax tree and is
idempotent."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "wrap_long_lines.py"

LONG = '''def report(path, error):
    # Why the code below does what it does, told at such length that it runs past 80.
    print(t("Cannot read {path}: {reason}. Check that the file exists.", path=path,
            reason=error))
    from journeydesk.a.deeply.nested.package.whose.path.goes.on.and_on import name
    return [t("The import stopped at line {line}: the file ends in a quoted value, so its last row is cut.")]
'''

WRAPPED = '''def report(path, error):
    # Why the code below does what it does, told at such length that it runs
    # past 80.
    print(t("Cannot read {path}: {reason}. Check that the file exists.",
            path=path, reason=error))
    from journeydesk.a.deeply.nested.package.whose.path.goes.on.and_on import name
    return [t("The import stopped at line {line}: the file ends in a quoted "
              "value, so its last row is cut.")]
'''


def wrap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), "--line-length", "80", *args], capture_output=True,
                          text=True)


def test_long_lines_are_wrapped_in_place_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(LONG, encoding="utf-8")

    assert wrap("--check", str(module)).returncode == 1
    assert module.read_text(encoding="utf-8") == LONG
    result = wrap(str(module))

    assert result.returncode == 0, result.stderr
    assert module.read_text(encoding="utf-8") == WRAPPED
    assert ast.dump(ast.parse(WRAPPED)) == ast.dump(ast.parse(LONG))
    assert f"left alone: {module}:6: no rule wraps it" in result.stderr
    assert wrap("--check", str(module)).returncode == 0
