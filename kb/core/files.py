"""Which entries of a sources folder are source files, and reading one without trusting its kind or size.

Every entry of ``quizzes/`` (or ``scenarios/``) is either a source file (``*.yml`` / ``*.yaml``) or
gets a message: nothing is skipped silently. Only hidden files and the litter Windows leaves
behind are passed over. Messages name what the folder holds (``SourceKind``): 题库 or 情景演练.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from kb.core.limits import MAX_FILE_BYTES, too_big_error
from kb.core.problem import Problem

BANK_SUFFIXES = (".yml", ".yaml")
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""Opening a pipe must not wait for a writer (POSIX); bytes must not be translated (Windows)."""
OS_LITTER = {"thumbs.db", "desktop.ini"}
"""Files an operating system drops into any folder; they are not a trainer's work."""


FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
"""A source file's name without its extension: it becomes a page's URL."""


@dataclass(frozen=True)
class SourceKind:
    """What a sources folder holds, in the words its messages use."""

    name: str
    """``bank`` or ``scenario``: tells remembered checks of the two apart."""
    noun: str
    """``题库`` or ``情景演练``."""
    page: str
    """The page each file becomes: ``测验页``, ``情景演练页``."""
    example: str
    """A good file name, e.g. ``chatting.yml``."""
    outline: str
    """The deepest nesting such a file needs, in words: ``题库 → items → 题目 → options → 选项``."""
    empty_hint: str
    """What a file must hold at least, for the message on an empty file."""
    longest_text: str
    """The longest text such a file holds, for the message on a line over the limit."""
    reserved: frozenset[str] = frozenset()
    """File names (without extension) that generated pages beside these files already take."""
    reserved_reason: str = ""
    """Which pages take them, for the message."""


def source_paths(folder: Path) -> list[Path]:
    """Every entry of ``folder`` that is a source file or should be one, in name order.

    Hidden entries (``.git``, editor swap files) and OS litter are left out; everything else,
    including a dangling symlink, a sub-folder or a ``.json`` file, is returned so that
    ``source_file_errors`` can say what is wrong with it. A folder that cannot be listed (no
    permission) is returned itself, so that it gets a message instead of a traceback.
    """
    if not folder.is_dir():
        return []
    try:
        names = os.listdir(folder)
    except OSError:
        return [folder]
    return sorted(folder / name for name in names if not name.startswith(".") and name.lower() not in OS_LITTER)


def files_to_check(paths: list[Path], named: list[Path]) -> list[Path]:
    """``paths`` (the banks folder) then ``named``, each file once however it was named.

    A named file that is also in the folder, by another path or through a symlink, is checked
    once, under the name the user typed (so its problems are reported under that name).
    """
    seen: set[str] = set()
    unique_named = []
    for path in named:
        if os.path.realpath(path) not in seen:
            seen.add(os.path.realpath(path))
            unique_named.append(path)
    return [path for path in paths if os.path.realpath(path) not in seen] + unique_named


def _os_problem(error: OSError) -> str:
    """What the operating system refused, in words (the errno text is English)."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return "没有读取这个文件的权限。请检查文件的权限设置。"
    return f"无法读取文件：{error.strerror}。"


def _folder_problem(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "没有读取这个文件夹的权限，请检查它的权限设置"
    return f"系统说：{error.strerror}"


def _kind_problem(path: Path, kind: SourceKind) -> str | None:
    """Why ``path`` cannot be read as a file at all, or None when it is a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "这个符号链接绕成了一个圈（一路链接下去又回到了自己），读不到文件。请删掉这个链接。"
        if error.errno == errno.ENOENT and os.path.islink(path):
            return f"这个符号链接指向的文件不存在（{os.readlink(path)}）。请删掉这个链接，或者让它指向真正的{kind.noun}文件。"
        if error.errno == errno.ENOENT:
            return "找不到这个文件。请检查文件名和路径。"
        return _os_problem(error)
    outside = _link_out_of_folder(path)
    if outside:
        return outside
    if stat.S_ISDIR(mode):
        try:
            os.listdir(path)
        except OSError as error:
            return f"读不出这个文件夹里有哪些文件（{_folder_problem(error)}），所以一个{kind.noun}都没有检查。"
        return f"这是一个文件夹，不是{kind.noun}文件。{kind.noun}文件要直接放在{kind.noun}文件夹里（子文件夹里的文件不会被读取）。"
    if not stat.S_ISREG(mode):
        return f"这不是普通文件（是管道、设备或套接字），不能当{kind.noun}读取。请换成普通的 .yml 文件。"
    return None


def _link_out_of_folder(path: Path) -> str | None:
    """Why a symlink that leads out of the folder holding it is not read, or None.

    A build reads only the project's own files: a committed link to an absolute path or up the
    tree would make every checkout (CI included) read whatever lies there. A link to a file of
    the same folder (or a hidden file in it) is a plain alias and is read.
    """
    if not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    folder = os.path.realpath(path.parent)
    if os.path.commonpath([folder, target]) == folder:
        return None
    return (
        f"“{path.name}”是一个符号链接，指向它所在文件夹以外的“{target}”。构建只读项目里的文件，不会读它："
        "请把文件本身放进这个文件夹，或者删掉这个链接。"
    )


def _suffix_problem(path: Path, kind: SourceKind) -> str | None:
    """Why ``path``'s name is not a source file's name (.yml or .yaml, lower case), or None."""
    name = path.name
    if path.suffix in BANK_SUFFIXES:
        return None
    if path.suffix.lower() in BANK_SUFFIXES:
        return f"扩展名要用小写：请把“{name}”改名为“{path.stem}{path.suffix.lower()}”，否则构建不会读取它。"
    stem, _, extra = name.rpartition(".")
    if Path(stem).suffix.lower() in BANK_SUFFIXES:
        fixed = Path(stem).stem + Path(stem).suffix.lower()
        return f"文件名“{name}”多了扩展名“.{extra}”（Windows 可能把它隐藏了）。请改名为“{fixed}”，否则构建不会读取它。"
    if path.suffix.lower() == ".json":
        return f"{kind.noun}要用 .yml 文件：请把“{name}”改名为“{path.stem}.yml”（JSON 也是合法的 YAML），否则构建不会读取它。"
    return f"“{name}”不是{kind.noun}文件（{kind.noun}的扩展名是 .yml），构建不会读取它。请把它移出{kind.noun}文件夹，或者改成 .yml 文件。"


def source_file_errors(path: Path, kind: SourceKind) -> list[Problem]:
    """At most one message saying why ``path`` is not a readable source file (kind first, then name)."""
    problem = _kind_problem(path, kind) or _suffix_problem(path, kind)
    return [Problem(path, 1, 1, problem)] if problem else []


def read_source_bytes(path: Path, kind: SourceKind) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or None with the reason: never blocks on a pipe, never reads past the limit.

    ``source_file_errors`` has already refused what is not a regular file; this checks again on the
    open file, since it may have been replaced in between.
    """
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except OSError as error:
        return None, [Problem(path, 1, 1, _os_problem(error))]
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return None, [Problem(path, 1, 1, f"这不是普通文件（是管道、设备或套接字），不能当{kind.noun}读取。")]
        if status.st_size > MAX_FILE_BYTES:
            return None, [too_big_error(path, status.st_size, kind)]
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, [Problem(path, 1, 1, _os_problem(error))]
    finally:
        os.close(descriptor)
    if len(raw) > MAX_FILE_BYTES:  # the file grew after it was measured
        return None, [too_big_error(path, len(raw), kind)]
    return raw, []


def clashing_id_errors(paths: list[Path], kind: SourceKind) -> list[Problem]:
    """Two files that would become the same page (``x.yml`` beside ``x.yaml``)."""
    first: dict[str, Path] = {}
    errors = []
    for path in paths:
        if path.suffix not in BANK_SUFFIXES:
            continue
        other = first.setdefault(path.stem, path)
        if other is not path:
            message = f"{kind.noun} id“{path.stem}”被 {other.name} 和 {path.name} 同时使用，一个会覆盖另一个。请删掉或改名其中一个。"
            errors.append(Problem(path, 1, 1, message))
    return errors


def file_name_errors(path: Path, kind: SourceKind) -> list[Problem]:
    """The file name becomes its page's URL, so it must be plain and not taken by a generated page."""
    if path.stem in kind.reserved:
        return [Problem(path, 1, 1, f"文件名“{path.name}”被{kind.reserved_reason}占用了，请换一个名字。")]
    if FILE_NAME.match(path.stem):
        return []
    message = f"文件名“{path.name}”只能用小写字母、数字和连字符（例如 {kind.example}），因为它会成为{kind.page}的网址。"
    return [Problem(path, 1, 1, message)]
