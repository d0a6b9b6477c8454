"""The banks folder and the files in it: nothing skipped silently, nothing read unbounded, no hang.

Reproductions of the reliability report's P1-4 … P1-7, P1-10 and P1-11, each through the engine
(``load_catalog(bank_paths(folder))``, what the build does) and through ``scripts/kb.py validate``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kb.content.sections import scan_docs
from kb.core.limits import MAX_LINE_CHARS
from kb.core.problem import MAX_REPORTED
from kb.quiz.catalog import bank_paths, load_catalog
from kb.scenario.catalog import load_scenarios
from tests.support.paths import FIXTURES
from tests.support.timing import time_limit
from tests.test_broken_banks import REPO_ROOT, run_validate

VALID = (FIXTURES / "site-banks" / "basics.yml").read_text(encoding="utf-8")
BROKEN = VALID.replace("type: single", "type: singel", 1)
ENGINE_SECONDS = 10
"""Generous: linear work on a 1 MB file takes well under a second; quadratic work takes minutes."""


@pytest.fixture(scope="module")
def docs():
    return scan_docs(FIXTURES / "docs")


def folder_lines(folder: Path, docs) -> list[str]:
    """What the build says about the banks folder."""
    return [error.format(folder) for error in load_catalog(bank_paths(folder), docs).errors]


def one_bank_folder(tmp_path: Path, name: str, text: str = BROKEN) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


# P1-4: a bank-looking file with the wrong name is an error, not skipped -------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("visit.YML", "扩展名要用小写：请把“visit.YML”改名为“visit.yml”，否则构建不会读取它。"),
        (
            "visit.yml.txt",
            "文件名“visit.yml.txt”多了扩展名“.txt”（Windows 可能把它隐藏了）。请改名为“visit.yml”，否则构建不会读取它。",
        ),
        (
            "visit.json",
            "题库要用 .yml 文件：请把“visit.json”改名为“visit.yml”（JSON 也是合法的 YAML），否则构建不会读取它。",
        ),
        (
            "notes.txt",
            "“notes.txt”不是题库文件（题库的扩展名是 .yml），构建不会读取它。请把它移出题库文件夹，或者改成 .yml 文件。",
        ),
    ],
)
def test_a_file_with_the_wrong_extension_in_the_banks_folder_is_an_error(tmp_path, docs, name, message):
    folder = one_bank_folder(tmp_path, name)
    assert folder_lines(folder, docs) == [f"{name}:1:1: {message}"]
    completed = run_validate(banks_dir=folder)
    assert completed.returncode == 1
    assert completed.stdout.splitlines() == [f"{(folder / name).as_posix()}:1:1: {message}"]
    assert "全部通过" not in completed.stderr


def test_a_dangling_symlink_in_the_banks_folder_is_an_error(tmp_path, docs):
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "gone.yml").symlink_to(tmp_path / "moved-away.yml")
    assert folder_lines(folder, docs) == [
        f"gone.yml:1:1: 这个符号链接指向的文件不存在（{tmp_path / 'moved-away.yml'}）。请删掉这个链接，或者让它指向真正的题库文件。"
    ]


def test_a_folder_inside_the_banks_folder_is_an_error(tmp_path, docs):
    folder = tmp_path / "banks"
    (folder / "drafts.yml").mkdir(parents=True)
    assert folder_lines(folder, docs) == [
        "drafts.yml:1:1: 这是一个文件夹，不是题库文件。题库文件要直接放在题库文件夹里（子文件夹里的文件不会被读取）。"
    ]


@pytest.mark.parametrize("name", ["index.yml", "review.yml", "today.yml"])
def test_a_bank_may_not_take_the_name_of_a_generated_page(tmp_path, docs, name):
    folder = one_bank_folder(tmp_path, name, VALID)
    assert folder_lines(folder, docs) == [
        f"{name}:1:1: 文件名“{name}”被自测题目录、错题本或今日复习页占用了，请换一个名字。"
    ]


def test_hidden_files_and_windows_thumbnails_are_passed_over(tmp_path, docs):
    folder = one_bank_folder(tmp_path, "basics.yml", VALID)
    (folder / ".basics.yml.swp").write_bytes(b"\x00swap")
    (folder / "Thumbs.db").write_bytes(b"\x00")
    assert folder_lines(folder, docs) == []


# P1-5: x.yml beside x.yaml -------------------------------------------------------------------


def test_a_yml_and_a_yaml_file_of_the_same_id_are_an_error(tmp_path, docs):
    folder = one_bank_folder(tmp_path, "same.yml", VALID)
    (folder / "same.yaml").write_text(VALID.replace("basics-", "other-"), encoding="utf-8")
    assert folder_lines(folder, docs) == [
        "same.yml:1:1: 题库 id“same”被 same.yaml 和 same.yml 同时使用，一个会覆盖另一个。请删掉或改名其中一个。"
    ]


# P1-6 / P1-7: symlinks named on the command line ------------------------------------------------


def test_validate_on_a_symlinked_bank_reports_no_false_duplicate(tmp_path):
    folder = tmp_path / "banks"
    folder.mkdir()
    hidden = folder / ".shared-bank.yml"  # a link may lead to a file of its own folder (#17)
    hidden.write_text(VALID, encoding="utf-8")
    (folder / "linked.yml").symlink_to(hidden)
    completed = run_validate(folder / "linked.yml", banks_dir=folder)
    assert (completed.returncode, completed.stdout) == (0, "")
    assert "全部通过：检查了 1 个题库文件。" in completed.stderr


def test_validate_on_a_symlinked_broken_bank_reports_each_problem_once_under_the_typed_name(tmp_path):
    folder = tmp_path / "banks"
    hidden = folder / ".drafts" / "broken-bank.yml"
    hidden.parent.mkdir(parents=True)
    hidden.write_text(BROKEN, encoding="utf-8")
    (folder / "linked.yml").symlink_to(hidden)
    completed = run_validate(folder / "linked.yml", banks_dir=folder)
    assert completed.returncode == 1
    [line] = completed.stdout.splitlines()
    assert line.startswith(f"{(folder / 'linked.yml').as_posix()}:6:11: [basics-single] “type”只能是")


def test_validate_on_a_symlink_loop_gives_a_message_not_a_traceback(tmp_path, docs):
    folder = tmp_path / "banks"
    folder.mkdir()
    loop = folder / "loop.yml"
    loop.symlink_to(loop)
    message = "这个符号链接绕成了一个圈（一路链接下去又回到了自己），读不到文件。请删掉这个链接。"
    assert folder_lines(folder, docs) == [f"loop.yml:1:1: {message}"]
    completed = run_validate(loop, banks_dir=folder)
    assert "Traceback" not in completed.stderr
    assert (completed.returncode, completed.stdout.splitlines()) == (1, [f"{loop.as_posix()}:1:1: {message}"])


def test_validate_on_a_file_that_does_not_exist_says_so(tmp_path):
    completed = run_validate(tmp_path / "nothing.yml")
    assert (completed.returncode, completed.stdout.splitlines()) == (
        1,
        [f"{(tmp_path / 'nothing.yml').as_posix()}:1:1: 找不到这个文件。请检查文件名和路径。"],
    )


# P1-10: size checked before reading; only regular files -----------------------------------------

NOT_A_FILE = "这不是普通文件（是管道、设备或套接字），不能当题库读取。请换成普通的 .yml 文件。"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, docs):
    folder = tmp_path / "banks"
    folder.mkdir()
    os.mkfifo(folder / "pipe.yml")
    assert folder_lines(folder, docs) == [f"pipe.yml:1:1: {NOT_A_FILE}"]
    completed = run_validate(folder / "pipe.yml", banks_dir=folder)
    assert completed.stdout.splitlines() == [f"{(folder / 'pipe.yml').as_posix()}:1:1: {NOT_A_FILE}"]


def test_validate_dev_zero_is_refused_without_reading_it():
    completed = run_validate(Path("/dev/zero"))
    assert "Traceback" not in completed.stderr
    assert (completed.returncode, completed.stdout.splitlines()) == (1, [f"/dev/zero:1:1: {NOT_A_FILE}"])


def test_a_one_gibibyte_bank_is_refused_by_its_size_without_being_read(tmp_path, docs):
    huge = tmp_path / "banks" / "huge.yml"
    huge.parent.mkdir()
    with huge.open("wb") as file:  # sparse: takes no disk space
        file.truncate(1024**3)
    assert folder_lines(huge.parent, docs) == [
        "huge.yml:1:1: 文件太大（1048576 KB，上限 1000 KB）。请把题库拆成几个文件。"
    ]
    completed, peak_kib = validate_with_peak_memory(huge)
    assert completed.returncode == 1
    # Far below the file's 1 GiB: reading it would need more than that. (A cold jieba cache, when
    # another process is rewriting /tmp/jieba.cache, builds the word list in memory: about 480 MiB.)
    assert peak_kib < 640 * 1024, "validate's own peak memory stays far below the file's 1 GiB"


def validate_with_peak_memory(bank: Path) -> tuple[subprocess.CompletedProcess, int]:
    """Run `kb.py validate BANK` and read that process's own peak resident memory (KiB).

    The figure comes from the child itself (getrusage of RUSAGE_SELF at exit): RUSAGE_CHILDREN
    in this process would be the largest of every child the test session ever ran.
    """
    report = (
        "import atexit, resource, runpy, sys;"
        "atexit.register(lambda: sys.stderr.write(f'\\nPEAK_KIB={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n'));"
        f"sys.argv = ['scripts/kb.py', 'validate', {str(bank)!r}];"
        "runpy.run_path('scripts/kb.py', run_name='__main__')"
    )
    completed = subprocess.run(
        [sys.executable, "-c", report], cwd=REPO_ROOT, capture_output=True, encoding="utf-8", timeout=120
    )
    peak = [line for line in completed.stderr.splitlines() if line.startswith("PEAK_KIB=")]
    assert peak, completed.stderr
    return completed, int(peak[-1].removeprefix("PEAK_KIB="))


# P1-11: a flood of problems is bounded ----------------------------------------------------------


def test_ten_thousand_empty_items_give_one_message(tmp_path, docs):
    folder = one_bank_folder(tmp_path, "flood.yml", "title: 大量空题\nitems:\n" + "  - {}\n" * 10_000)
    assert folder_lines(folder, docs) == [
        "flood.yml:3:3: 题目太多（10000 道，一个题库最多 1000 道）。请把题库拆成几个文件。"
    ]


def test_validate_prints_at_most_the_limit_and_counts_the_rest(tmp_path):
    folder = one_bank_folder(tmp_path, "flood.yml", "title: 大量空题\nitems:\n" + "  - {}\n" * 1000)
    completed = run_validate(banks_dir=folder)
    lines = completed.stdout.splitlines()
    assert completed.returncode == 1
    assert len(lines) == MAX_REPORTED + 1
    assert lines[-1] == f"…还有 {5000 - MAX_REPORTED} 处问题没有列出（共 5000 处）。先改好上面这些，再检查一次。"


# Bounded lines ------------------------------------------------------------------------------------


def test_a_line_over_the_limit_is_refused_at_that_line_before_parsing(tmp_path, docs):
    text = VALID.replace("title: ", "title: " + "长" * MAX_LINE_CHARS, 1)
    folder = one_bank_folder(tmp_path, "long.yml", text + "  bad: [\n")
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if content.startswith("title:"))
    assert folder_lines(folder, docs) == [
        f"long.yml:{line}:{MAX_LINE_CHARS + 1}: 这一行太长（{len(text.splitlines()[line - 1])} 个字符，上限 {MAX_LINE_CHARS}）。题目文字最多 3000 字；请检查是不是少了换行。"
    ]


def test_twenty_thousand_loader_errors_are_labelled_with_their_item_in_linear_time(tmp_path, docs):
    head = "title: 重复字段\nitems:\n  - id: dup-keys\n    type: true_false\n"
    folder = one_bank_folder(tmp_path, "dup.yml", head + "    question: 题干\n" * 20_001)
    with time_limit(ENGINE_SECONDS):
        errors = load_catalog(bank_paths(folder), docs).errors
    duplicates = [error for error in errors if "写了两次" in error.message]
    assert len(duplicates) == 20_000
    assert {error.subject for error in errors} == {"dup-keys"}
    assert (
        duplicates[0].format(folder)
        == "dup.yml:6:5: [dup-keys] 字段“question”写了两次（第一次在第 5 行）。请删掉其中一个。"
    )


@pytest.mark.parametrize("failure", [RecursionError, MemoryError])
def test_running_out_of_stack_or_memory_while_reading_a_bank_is_a_message(tmp_path, docs, monkeypatch, failure):
    def give_up(*arguments, **options):
        raise failure()

    monkeypatch.setattr(
        yaml, "parse", give_up
    )  # the reader builds the data from its events: where a deep file gives up
    folder = one_bank_folder(tmp_path, "basics.yml", VALID)
    assert folder_lines(folder, docs) == [
        "basics.yml:1:1: 文件的结构太复杂，无法读取。请检查缩进、括号和引号是不是配对。"
    ]


def test_any_other_exception_while_reading_a_bank_is_a_message_too(tmp_path, docs, monkeypatch):
    def fail(*arguments, **options):
        raise IndexError("string index out of range")

    monkeypatch.setattr(yaml, "parse", fail)  # a bug in PyYAML on some input
    folder = one_bank_folder(tmp_path, "basics.yml", VALID)
    assert folder_lines(folder, docs) == [
        "basics.yml:1:1: 文件的结构太复杂，无法读取。请检查缩进、括号和引号是不是配对。（IndexError）"
    ]


def test_a_bank_the_user_may_not_read_is_a_message_in_chinese(tmp_path, docs, monkeypatch):
    import errno

    import kb.core.files

    def refuse(*arguments, **options):
        raise PermissionError(errno.EACCES, "Permission denied")

    folder = one_bank_folder(tmp_path, "basics.yml", VALID)
    monkeypatch.setattr(kb.core.files.os, "open", refuse)
    assert folder_lines(folder, docs) == ["basics.yml:1:1: 没有读取这个文件的权限。请检查文件的权限设置。"]


def test_a_banks_folder_the_user_may_not_list_is_a_message_not_a_traceback(tmp_path, docs, monkeypatch):
    import errno

    import kb.core.files

    def refuse(*arguments, **options):
        raise PermissionError(errno.EACCES, "Permission denied")

    folder = one_bank_folder(tmp_path, "basics.yml", VALID)
    monkeypatch.setattr(kb.core.files.os, "listdir", refuse)
    errors = load_catalog(bank_paths(folder), docs).errors
    assert [error.format(tmp_path) for error in errors] == [
        "banks:1:1: 读不出这个文件夹里有哪些文件（没有读取这个文件夹的权限，请检查它的权限设置），所以一个题库都没有检查。"
    ]


def test_validate_with_a_banks_folder_that_does_not_exist_says_so(tmp_path):
    completed = run_validate(banks_dir=tmp_path / "no-such-folder")
    assert completed.returncode == 2
    assert completed.stderr.startswith(f"找不到题库文件夹 {tmp_path / 'no-such-folder'}。")
    assert "全部通过" not in completed.stderr


# #13a: a line separator pasted from a web page -----------------------------------------------

HIDDEN_LINE_BREAK = (
    "这里有一个看不见的换行符 {code}（{name}），常见于从网页或 Word 粘贴的文字。"
    "编辑器不显示它，YAML 却把它当成换行，会读错后面的内容。请删掉它；真要换行，就按回车。"
)


@pytest.mark.parametrize(
    ("character", "code", "name"),
    [("\u2028", "U+2028", "行分隔符"), ("\u2029", "U+2029", "段落分隔符"), ("\x85", "U+0085", "NEL，下一行")],
)
def test_a_hidden_line_break_in_a_text_is_named_at_its_own_line_and_column(tmp_path, docs, character, code, name):
    """YAML 1.1 breaks the line there; the editor does not, so the message points where the editor shows it."""
    text = VALID.replace("客户关系靠什么长期维持？", f"客户关系{character}靠什么长期维持？", 1)
    folder = one_bank_folder(tmp_path, "pasted.yml", text)
    assert folder_lines(folder, docs) == [
        f"pasted.yml:7:19: [basics-single] {HIDDEN_LINE_BREAK.format(code=code, name=name)}"
    ]


@pytest.mark.parametrize(
    ("old", "new", "position"),
    [
        (
            "    question: 客户关系",
            "\ufeff    question: 客户关系",
            "7:1",
        ),  # at a line's start libyaml starts a new stream
        ("客户关系靠什么", "客户关系\ufeff靠什么", "7:19"),  # inside a text it would stay in the question unseen
    ],
)
def test_a_byte_order_mark_inside_the_file_is_named_where_the_editor_shows_it(tmp_path, docs, old, new, position):
    """Pasted or left by joining two files; libyaml and PyYAML read it differently, so it is refused first."""
    folder = one_bank_folder(tmp_path, "joined.yml", VALID.replace(old, new, 1))
    [line] = folder_lines(folder, docs)
    assert line.startswith(f"joined.yml:{position}: [basics-single] 这里有一个看不见的字符 U+FEFF（字节顺序标记 BOM"), (
        line
    )


def test_a_line_separator_written_as_an_escape_is_refused_in_the_text_that_holds_it(tmp_path, docs):
    text = VALID.replace("question: 客户关系靠什么长期维持？", 'question: "客户关系\\L靠什么长期维持？"', 1)
    folder = one_bank_folder(tmp_path, "escaped.yml", text)
    [line] = folder_lines(folder, docs)
    assert line.startswith("escaped.yml:7:15: [basics-single] 这段文字里有控制字符 U+2028")


# #17: a bank that is a symlink out of its folder ---------------------------------------------


def link_out_of_folder_message(name: str, target: Path) -> str:
    return (
        f"“{name}”是一个符号链接，指向它所在文件夹以外的“{os.path.realpath(target)}”。构建只读项目里的文件，不会读它："
        "请把文件本身放进这个文件夹，或者删掉这个链接。"
    )


@pytest.mark.parametrize("how", ["absolute", "relative"])
def test_a_bank_linked_to_a_file_outside_its_folder_is_refused_naming_link_and_target(tmp_path, docs, how):
    """The target is a valid bank, so only the link itself can be the reason; it is never read."""
    outside = tmp_path / "elsewhere" / "secrets.yml"
    outside.parent.mkdir()
    outside.write_text(VALID, encoding="utf-8")
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "outside.yml").symlink_to(outside if how == "absolute" else Path("..") / "elsewhere" / "secrets.yml")
    message = link_out_of_folder_message("outside.yml", outside)
    assert folder_lines(folder, docs) == [f"outside.yml:1:1: {message}"]
    completed = run_validate(banks_dir=folder)
    assert (completed.returncode, completed.stdout.splitlines()) == (
        1,
        [f"{(folder / 'outside.yml').as_posix()}:1:1: {message}"],
    )


def test_a_scenario_linked_to_a_file_outside_its_folder_is_refused_too(tmp_path, docs):
    outside = tmp_path / "elsewhere" / "visit.yml"
    outside.parent.mkdir()
    outside.write_text((FIXTURES / "scenarios" / "valid.yml").read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "visit.yml").symlink_to(outside)
    catalog = load_scenarios(bank_paths(folder), docs)
    assert [error.format(folder) for error in catalog.errors] == [
        f"visit.yml:1:1: {link_out_of_folder_message('visit.yml', outside)}"
    ]
