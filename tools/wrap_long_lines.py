"""Wrap lines longer than the project's limit in its own compact style, keeping every module's syntax tree.

    python tools/wrap_long_lines.py journeydesk tests benchmarks tools     wrap in place
    python tools/wrap_long_lines.py --check journeydesk tests               exit 1 if a file would change
    python tools/wrap_long_lines.py --diff tools/update_translations.py     show the changes, write nothing

One too-long line at a time is broken where the code itself allows it, never by reformatting more:

- after a comma inside brackets, the rest aligned under the first item after the innermost open bracket
  (``print(t("…", path=path,`` / ``        reason=error))``); or before ``for``, ``if``, ``else``, ``and``,
  ``or`` and ``+`` inside brackets, aligned the same way;
- after an open bracket near the end of the line, the rest indented 4 spaces more than the line;
- a string literal inside brackets, at a space, into adjacent literals (the space ends the first part),
  the second part aligned under the first; Python joins them back into the same text;
- the value of a one-line ``return``, assignment or ``assert`` without brackets, by putting brackets around
  it (kept only when it then wraps within the limit);
- a full-line comment, at a space, into several comment lines at the same indent; a trailing comment
  moves to its own line above its line (a line with a pragma such as ``# noqa`` is left alone);
- a docstring line, at a space, keeping the line's indentation.

A rest that was split off joins the next line when that line goes on with the same argument list, string
or paragraph, so a wrapped list is filled again rather than left with a short line in the middle.

Safety: after each break the module is parsed again and its ``ast.dump`` compared with the original's
(docstrings compared with their whitespace collapsed, since wrapping them changes only whitespace). A break
that changes the tree is undone and its line is listed as left alone, as is every line no rule can wrap;
a file whose tree differs at the end is not written. Tokens come from ``tokenize``, so brackets, strings and
comments are told apart exactly. Lines within the limit are never touched: running the tool twice changes
nothing the second time. The width counts East Asian wide characters as two columns, and the lines ruff
lets pass (a single word; a line that fits without its pragma comment) count as fitting, like ruff.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import io
import sys
import token
import tokenize
import unicodedata
from dataclasses import dataclass
from pathlib import Path

LIMIT = 110
OPEN, CLOSE = "([{", ")]}"
BREAK_BEFORE = {"for", "if", "else", "and", "or", "+"}
PRAGMAS = ("noqa", "type:", "pragma", "fmt:", "ruff:", "isort:")
MIN_STRING_PART = 12  # a shorter first part would wrap a string a few characters at a time
DEPTH_PENALTY = 20  # columns a deeper break must win by to be chosen over a shallower one
KEYWORD_PENALTY = 25  # the same for a break before ``if``, ``else``, ``and``, ``or`` or ``+`` (``for``: 5)
BRACKET_PENALTY = 30  # the same for a break after an open bracket, twice over when little is inside it
ORPHAN_PENALTY = 200  # a string split leaving a word or two for the second part: only when nothing else works
SHORT_TAIL = 20  # what may follow a closing bracket on a line that is broken inside the bracket
SMALL = 25  # brackets holding less than this on one line are not broken inside
FAR_RIGHT = 40  # a rest aligned within this many columns of the limit must fit, or it could not be wrapped


def width(text: str) -> int:
    """Columns the text takes, wide and full-width characters counting two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _docstring_nodes(tree: ast.AST) -> list[ast.Constant]:
    nodes = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                nodes.append(first.value)
    return nodes


def tree_dump(source: str) -> str | None:
    """The module's ``ast.dump`` with docstring whitespace collapsed, or None when it does not parse."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    for node in _docstring_nodes(tree):
        node.value = " ".join(node.value.split())
    return ast.dump(tree)


@dataclass
class Candidate:
    """One way to break a line: the replacement text and how good it looks (higher is better)."""

    text: str
    score: float
    rows: int = 1  # how many lines it replaces: two when the rest of the line joins the next one
    trial: bool = False  # parentheses added: kept only when the line then wraps within the limit


class Line:
    """What the tokens say about one physical line: its tokens, the brackets open at its start and so on."""

    def __init__(self, source_lines: list[str], tokens: list[tokenize.TokenInfo], row: int,
                 docstrings: set[tuple[int, int]], limit: int) -> None:
        self.lines, self.tokens, self.row, self.limit = source_lines, tokens, row, limit
        self.docstrings = docstrings
        self.text = source_lines[row - 1].rstrip("\r\n")
        self.indent = self.text[:len(self.text) - len(self.text.lstrip())]

    def col(self, row: int, char_col: int) -> int:
        """Display column of a character position on a line."""
        return width(self.lines[row - 1][:char_col])

    def fits(self, text: str) -> bool:
        return width(text) <= self.limit

    def next_text(self) -> str | None:
        return self.lines[self.row].rstrip("\r\n") if self.row < len(self.lines) else None

    def first_on_next_row(self) -> tokenize.TokenInfo | None:
        ignore = (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
        return next((t for t in self.tokens if t.start[0] == self.row + 1 and t.type not in ignore), None)

    def comment_on_next_row(self) -> bool:
        return any(t.start[0] == self.row + 1 and t.type == tokenize.COMMENT for t in self.tokens)

    def last_on_row(self) -> tokenize.TokenInfo | None:
        on_row = [t for t in self.tokens if t.start[0] == self.row and t.type not in (tokenize.NL,
                                                                                      tokenize.NEWLINE)]
        return on_row[-1] if on_row else None


def _starts_prose(text: str) -> bool:
    """Whether a line of a comment or docstring goes on with the sentence above (not a list item)."""
    return bool(text) and (text[0].isalpha() or text[0] in "(`'\"") and "  " not in text


def _brackets(tokens: list[tokenize.TokenInfo]) -> tuple[dict[int, int], dict[int, int]]:
    """For each open bracket (by token index), the index of the first token after it and of its closing
    one."""
    skip = {tokenize.NL, tokenize.COMMENT, tokenize.NEWLINE}
    after, closing, stack = {}, {}, []
    for i, tok in enumerate(tokens):
        if tok.type == token.OP and tok.string in OPEN:
            j = i + 1
            while j < len(tokens) and tokens[j].type in skip:
                j += 1
            after[i] = j
            stack.append(i)
        elif tok.type == token.OP and tok.string in CLOSE and stack:
            closing[stack.pop()] = i
    return after, closing


def _split_comment(line: Line, comment: str, prefix: str) -> Candidate | None:
    body = comment[1:].strip()
    if comment.startswith("#!") or body.startswith(PRAGMAS):
        return None
    lead = prefix + "# "
    words = body.split(" ")
    for count in range(len(words) - 1, 0, -1):
        first = lead + " ".join(words[:count]).rstrip()
        if line.fits(first) and words[:count] != [""] * count:
            rest = " ".join(words[count:]).strip()
            if not rest:
                return None
            following = line.first_on_next_row()
            next_text = line.next_text()
            if (following is not None and following.type == tokenize.COMMENT and next_text is not None
                    and next_text.startswith(lead) and _starts_prose(next_text[len(lead):])
                    and not next_text[len(lead):].startswith(PRAGMAS)):
                return Candidate(first + "\n" + lead + rest + " " + next_text[len(lead):], 0, rows=2)
            return Candidate(first + "\n" + lead + rest, 0)
    return None


def _string_split(line: Line, tok: tokenize.TokenInfo) -> Candidate | None:
    """Split a one-line string literal at a space into two adjacent literals."""
    text = tok.string
    quote_at = next(i for i, c in enumerate(text) if c in "'\"")
    prefix, quote = text[:quote_at], text[quote_at]
    if text[quote_at:quote_at + 3] in ('"""', "'''") or "b" in prefix.lower():
        return None
    body = text[quote_at + 1:-1]
    is_f, is_raw = "f" in prefix.lower(), "r" in prefix.lower()
    start = tok.start[1]
    head = line.text[:start]
    brace, best, i = 0, None, 0
    while i < len(body):
        c = body[i]
        if c == "\\" and not is_raw:
            if body[i + 1:i + 2] == "N":
                i = body.index("}", i) + 1
                continue
            i += 2
            continue
        if is_f and c in "{}":
            if body[i:i + 2] in ("{{", "}}"):
                i += 2
                continue
            brace += 1 if c == "{" else -1
        elif c == " " and brace == 0 and i >= MIN_STRING_PART and i + 1 < len(body):
            first = head + prefix + quote + body[:i + 1] + quote
            if line.fits(first):
                best = i
        i += 1
    if best is None:
        return None
    first = head + prefix + quote + body[:best + 1] + quote
    following = line.first_on_next_row()
    if (line.last_on_row() is tok and following is not None and following.type == token.STRING
            and following.start[0] == following.end[0] and not line.comment_on_next_row()):
        next_text = line.next_text()
        n_quote = next(i for i, c in enumerate(following.string) if c in "'\"")
        n_prefix = following.string[:n_quote]
        if (n_prefix.lower() == prefix.lower() and following.string[n_quote] == quote
                and following.string[n_quote:n_quote + 3] != quote * 3):
            rest = (next_text[:following.start[1]] + prefix + quote + body[best + 1:]
                    + following.string[n_quote + 1:] + next_text[following.end[1]:])
            return Candidate(first + "\n" + rest, width(first), rows=2)
    rest = " " * width(head) + prefix + quote + body[best + 1:] + quote + line.text[tok.end[1]:]
    tail = len(body) - best - 1
    return Candidate(first + "\n" + rest, width(first) - (ORPHAN_PENALTY if tail < MIN_STRING_PART else 0))


def _wrap_code(line: Line, stack_at_start: list[int], content: dict[int, int],
               closing: dict[int, int]) -> list[Candidate]:
    """Breaks after commas or open brackets, before keywords, or inside strings, on this line."""
    tokens, row = line.tokens, line.row
    stack = list(stack_at_start)
    found: list[tuple[Candidate, int]] = []
    prev = None
    # depths at which a lambda's parameters or a comprehension's loop targets are being read
    no_comma_break: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.start[0] < row:
            continue
        if tok.start[0] > row:
            break
        if tok.type == token.OP and tok.string in CLOSE and stack:
            no_comma_break.discard(len(stack))
            stack.pop()
        if tok.type == token.NAME and tok.string in ("lambda", "for"):
            no_comma_break.add(len(stack))
        elif (tok.type == token.OP and tok.string == ":") or (tok.type == token.NAME and tok.string == "in"):
            no_comma_break.discard(len(stack))
        if tok.type in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            prev = tok
            continue
        after_on_line = i + 1 < len(tokens) and tokens[i + 1].start[0] == row and tokens[i + 1].type not in (
            tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
        if stack and _holds_the_overflow(line, tokens, stack[-1], closing.get(stack[-1])):
            bracket = stack[-1]
            first_tok = tokens[content[bracket]]
            align = line.col(first_tok.start[0], first_tok.start[1])
            breakable_comma = len(stack) not in no_comma_break
            if tok.type == token.OP and tok.string == "," and after_on_line and breakable_comma:
                first = line.text[:tok.end[1]]
                rest = line.text[tok.end[1]:].lstrip()
                if line.fits(first) and align < width(first):
                    found.append((_comma_break(line, first, rest, align, bracket, closing), len(stack)))
            elif (tok.string in BREAK_BEFORE and tok.type in (token.NAME, token.OP) and prev is not None
                    and after_on_line
                    and prev.start[0] == row and not (prev.type == token.OP and prev.string not in CLOSE)
                    and not (prev.type == token.NAME and prev.string in ("return", "in", "not", "lambda"))):
                first = line.text[:tok.start[1]].rstrip()
                rest = line.text[tok.start[1]:]
                if line.fits(first) and align < width(first):
                    penalty = 5 if tok.string == "for" else KEYWORD_PENALTY
                    found.append((Candidate(first + "\n" + " " * align + rest, width(first) - penalty),
                                  len(stack)))
            long_string = tok.start[0] == tok.end[0] and line.col(row, tok.end[1]) > line.limit - 10
            if tok.type == token.STRING and long_string:
                split = _string_split(line, tok)
                if split:
                    found.append((split, len(stack)))
        if tok.type == token.OP and tok.string in OPEN:
            if after_on_line:
                first = line.text[:tok.end[1]]
                rest = line.text[tok.end[1]:].lstrip()
                # a signature's parameters are indented further than the body that follows
                indent = len(line.indent) + (8 if line.text.lstrip().startswith(("def ", "async def "))
                                             else 4)
                inside = tokens[closing[i]].start if i in closing else (row + 1, 0)
                short = inside[0] == row and inside[1] - tok.end[1] < SMALL
                signature = indent > len(line.indent) + 4
                if line.fits(first) and indent < width(first) and (not short or signature):
                    penalty = BRACKET_PENALTY + (BRACKET_PENALTY if short else 0)
                    found.append((Candidate(first + "\n" + " " * indent + rest, width(first) - penalty), 0))
            stack.append(i)
        prev = tok
    found = [(c, depth) for c, depth in found if _rest_can_fit(line, c)]
    if not found:
        return []
    shallowest = min(depth for _, depth in found if depth) if any(depth for _, depth in found) else 0
    for candidate, depth in found:
        if depth:
            candidate.score -= DEPTH_PENALTY * (depth - shallowest)
    return [candidate for candidate, _ in found]


def _holds_the_overflow(line: Line, tokens: list[tokenize.TokenInfo], open_: int, close: int | None) -> bool:
    """Whether a bracket closes past the limit, on a later line or with little after it: breaking inside
    one that closes earlier would only move the overflow after it, as in ``f(a,`` / ``b) if c else d``, and a
    small one (``max(a,`` / ``b) > c``) reads badly broken."""
    if close is None or tokens[close].start[0] > line.row:
        return True
    if tokens[open_].start[0] == line.row and tokens[close].start[1] - tokens[open_].end[1] < SMALL:
        return False
    return (line.col(line.row, tokens[close].end[1]) > line.limit
            or width(line.text[tokens[close].end[1]:]) <= SHORT_TAIL)


def _rest_can_fit(line: Line, candidate: Candidate) -> bool:
    rest = candidate.text.split("\n")[1]
    align = len(rest) - len(rest.lstrip())
    return line.fits(rest) or align <= line.limit - FAR_RIGHT


def _parenthesize(line: Line, here: list[tokenize.TokenInfo]) -> Candidate | None:
    """Brackets around the value of a one-line ``return``, assignment or ``assert`` test, so it can be
    broken inside them; they change nothing in the syntax tree."""
    if not here or here[-1].type == tokenize.COMMENT or any(t.end[0] != line.row for t in here):
        return None
    text = line.text
    depth, start, end = 0, None, here[-1].end[1]
    if here[0].string in ("return", "assert") and len(here) > 1:
        start = here[1].start[1]
    for i, tok in enumerate(here):
        if tok.type != token.OP:
            continue
        if tok.string in OPEN:
            depth += 1
        elif tok.string in CLOSE:
            depth -= 1
        elif depth == 0 and here[0].string == "assert" and tok.string == ",":
            if line.fits(text[:tok.end[1]]):  # the message is what overflows
                start = here[i + 1].start[1]
            else:
                end = tok.start[1]
            break
        elif depth == 0 and tok.string.endswith("=") and tok.string not in ("==", "<=", ">=", "!="):
            start = here[i + 1].start[1] if i + 1 < len(here) else None
    if start is None or start >= end or here[0].string in ("if", "elif", "while", "for", "with", "def"):
        return None
    return Candidate(text[:start] + "(" + text[start:end] + ")" + text[end:], 0, trial=True)


def _comma_break(line: Line, first: str, rest: str, align: int, bracket: int,
                 closing: dict[int, int]) -> Candidate:
    """Break after a comma; when the line ends with a comma and the next one goes on in the same
    brackets at the same column, the rest joins the next line (an argument list re-filled)."""
    last, following = line.last_on_row(), line.first_on_next_row()
    next_text = line.next_text()
    close_row = line.tokens[closing[bracket]].start[0] if bracket in closing else 0
    if (last is not None and last.type == token.OP and last.string == "," and following is not None
            and next_text is not None and close_row > line.row
            and line.col(following.start[0], following.start[1]) == align
            and not line.comment_on_next_row()):
        return Candidate(first + "\n" + " " * align + rest + " " + next_text.lstrip(), width(first), rows=2)
    return Candidate(first + "\n" + " " * align + rest, width(first))


class Wrapper:
    """Wraps the too-long lines of one module's source, one break at a time, checking the tree each time."""

    def __init__(self, source: str, limit: int = LIMIT) -> None:
        self.original, self.source, self.limit = source, source, limit
        self.original_dump = tree_dump(source)
        self.left: dict[str, str] = {}  # line text: why it was left alone

    def long_rows(self, lines: list[str]) -> list[int]:
        return [n for n, text in enumerate(lines, 1)
                if self.too_long(text.rstrip("\r\n")) and text.rstrip("\r\n") not in self.left]

    def too_long(self, text: str) -> bool:
        """Over the limit and not one of the lines ruff lets pass: a single word, or a line that fits
        without its pragma comment."""
        if width(text) <= self.limit or len(text.split()) == 1:
            return False
        code, _, comment = text.partition("  # ")
        return not (comment.startswith(PRAGMAS) and width(code) <= self.limit)

    def run(self) -> str:
        if self.original_dump is None:
            return self.source
        for _ in range(20000):
            lines = self.source.splitlines(keepends=True)
            rows = self.long_rows(lines)
            if not rows:
                break
            row = rows[0]
            text = lines[row - 1].rstrip("\r\n")
            replacement = self.replacement(lines, row)
            if replacement is None:
                self.left[text] = "no rule wraps it"
                continue
            end = row - 1 + replacement.rows
            newline = lines[end - 1][len(lines[end - 1].rstrip("\r\n")):]
            candidate = "".join(lines[:row - 1]) + replacement.text + newline + "".join(lines[end:])
            if tree_dump(candidate) != self.original_dump:
                self.left[text] = "a break changed the syntax tree"
                continue
            if replacement.trial:
                candidate = self.try_wrapping(candidate, row)
                if candidate is None:
                    self.left[text] = "no rule wraps it"
                    continue
            self.source = candidate
        return self.source

    def try_wrapping(self, source: str, row: int) -> str | None:
        """The source with the line at ``row`` wrapped within the limit, or None when it cannot be."""
        trial = Wrapper(source, self.limit)
        trial.original_dump = self.original_dump
        lines = source.splitlines()
        trial.left = {text: "" for n, text in enumerate(lines, 1) if n != row and self.too_long(text)}
        before = set(trial.left)
        result = trial.run()
        if any(self.too_long(text) and text not in before for text in result.splitlines()):
            return None
        return result

    def replacement(self, lines: list[str], row: int) -> Candidate | None:
        """The text that replaces the line (several lines joined with newlines), or None."""
        tokens = list(tokenize.generate_tokens(io.StringIO(self.source).readline))
        docstrings = {(node.lineno, node.col_offset) for node in _docstring_nodes(ast.parse(self.source))}
        line = Line(lines, tokens, row, docstrings, self.limit)
        stack: list[int] = []
        logical_start = True
        for i, tok in enumerate(tokens):
            if tok.start[0] >= row:
                break
            if tok.type == token.OP and tok.string in OPEN:
                stack.append(i)
            elif tok.type == token.OP and tok.string in CLOSE and stack:
                stack.pop()
            if tok.type not in (tokenize.NL, tokenize.COMMENT):
                logical_start = tok.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                                             tokenize.ENCODING)
        spanning = [t for t in tokens if t.start[0] < row <= t.end[0] and t.type == token.STRING]
        here = [t for t in tokens if t.start[0] == row and t.type not in (tokenize.NL, tokenize.NEWLINE)]
        here = [t for t in here if t.type not in (tokenize.INDENT, tokenize.DEDENT)]
        multiline_here = [t for t in here if t.type == token.STRING and t.end[0] > t.start[0]]
        docstring_here = [t for t in here if t.type == token.STRING and t.start in docstrings]
        if spanning or multiline_here or docstring_here:
            string = (spanning or multiline_here or docstring_here)[0]
            if string.start not in docstrings or (here and here[-1] is not string and not spanning):
                return None
            return self._wrap_docstring_line(line, string)
        if not here:
            return None
        if here[0].type == tokenize.COMMENT:
            return _split_comment(line, here[0].string, line.indent)
        comment = here[-1] if here[-1].type == tokenize.COMMENT else None
        if comment and comment.string[1:].strip().startswith(PRAGMAS):
            return None  # a pragma applies to its line: moving code off it would change what it covers
        if comment and (logical_start or stack):
            return Candidate(line.indent + comment.string + "\n" + line.text[:comment.start[1]].rstrip(), 0)
        candidates = _wrap_code(line, stack, *_brackets(tokens))
        if not candidates:
            return _parenthesize(line, here) if logical_start and not stack else None
        return max(candidates, key=lambda c: c.score)

    def _wrap_docstring_line(self, line: Line, string: tokenize.TokenInfo) -> Candidate | None:
        text = line.text
        best = None
        for i, c in enumerate(text):
            if (c == " " and i > len(line.indent) and line.fits(text[:i].rstrip())
                    and text[i - 1] not in " \\" and text[i + 1:].strip()
                    and text[:i].strip() not in ('"""', "'''", 'r"""')):
                best = i
        if best is None:
            return None
        stripped = text.strip()
        indent = line.indent + ("  " if stripped.startswith(("- ", "* ")) else "")
        first, rest = text[:best].rstrip(), text[best + 1:].lstrip()
        next_text = line.next_text()
        if (line.row < string.end[0] and next_text is not None and "  " not in stripped
                and next_text[:len(indent)] == indent and _starts_prose(next_text[len(indent):])
                and not rest.endswith(string.string[-3:])):
            return Candidate(first + "\n" + indent + rest + " " + next_text[len(indent):], 0, rows=2)
        return Candidate(first + "\n" + indent + rest, 0)


def python_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.py") if ".venv" not in p.parts))
        else:
            files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders of Python modules")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    parser.add_argument("--diff", action="store_true", help="write nothing; print the changes as a diff")
    parser.add_argument("--line-length", type=int, default=LIMIT, help=f"the limit (default {LIMIT})")
    options = parser.parse_args(argv)
    changed, refused, left = [], [], []
    for path in python_files(options.paths):
        old = path.read_text(encoding="utf-8")
        wrapper = Wrapper(old, options.line_length)
        new = wrapper.run()
        written = new != old and not (options.check or options.diff)
        left.extend(f"{path}:{n}: {why}" for n, text in enumerate((new if written else old).splitlines(), 1)
                    if (why := wrapper.left.get(text)))
        if new == old:
            continue
        if tree_dump(new) != tree_dump(old):
            refused.append(path)
            continue
        changed.append(path)
        if options.diff:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(keepends=True),
                                                       new.splitlines(keepends=True), str(path), str(path)))
        elif not options.check:
            path.write_text(new, encoding="utf-8")
    for entry in left:
        print(f"left alone: {entry}", file=sys.stderr)
    for path in refused:
        print(f"not written, its syntax tree would change: {path}", file=sys.stderr)
    verb = "would wrap" if options.check or options.diff else "wrapped"
    print(f"{verb} lines in {len(changed)} files; {len(left)} long lines left alone", file=sys.stderr)
    return 1 if (options.check and changed) or refused else 0


if __name__ == "__main__":
    sys.exit(main())
