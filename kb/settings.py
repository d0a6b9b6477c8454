"""``extra.quiz`` in mkdocs.yml, read through a typed MkDocs config: where banks and scenarios live.

The hooks and ``scripts/kb.py`` read the settings here, so a typo or a wrong type is one message
naming the setting (``extra.quiz.banks_dir: …``), never a traceback or a site without quizzes.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError


class QuizSettings(base.Config):
    """The ``extra.quiz`` settings; folders are relative to mkdocs.yml and must exist."""

    banks_dir = c.Dir(exists=True, default="quizzes")
    """The folder of the quiz banks, one YAML file per bank."""
    scenarios_dir = c.Optional(c.Dir(exists=True))
    """The folder of the 情景演练 scenarios, one YAML file each; no scenarios when not set."""


class SettingsError(Exception):
    """``extra.quiz`` has problems: each message names the setting it is about."""

    def __init__(self, problems: list[str]) -> None:
        """The error for ``problems``, each ``extra.quiz.<name>: what is wrong``."""
        super().__init__("\n".join(problems))
        self.problems = problems


def quiz_settings(extra: Mapping[str, object] | None, config_file: str | Path) -> QuizSettings:
    """The validated ``extra.quiz`` of a config whose file is ``config_file``.

    Unknown names are errors too (MkDocs would only warn): a misspelt setting must not leave
    the site without its quizzes.
    """
    value = (extra or {}).get("quiz", {})
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise SettingsError([f"extra.quiz: Expected a key-value mapping (dict) but received: {type(value)}"])
    settings = QuizSettings(config_file_path=str(config_file))
    settings.load_dict(value)
    failed, warnings = settings.validate()
    problems = [f"extra.quiz.{name}: {error}{_did_you_mean(name, error)}" for name, error in [*failed, *warnings]]
    if problems:
        raise SettingsError(problems)
    return settings


def _did_you_mean(name: str, error: object) -> str:
    if not str(error).startswith("Unrecognised configuration name"):
        return ""
    known = [key for key, _option in QuizSettings._schema]
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else f" (known names: {', '.join(known)})"


def settings_for_build(config: MkDocsConfig, log: logging.Logger) -> QuizSettings:
    """The settings of the build under way; each problem logged, then one stop (no traceback)."""
    try:
        return quiz_settings(config.extra, config.config_file_path)
    except SettingsError as error:
        for problem in error.problems:
            log.error(f"mkdocs.yml: {problem}")
        raise PluginError(
            f"mkdocs.yml 的 extra.quiz 设置有 {len(error.problems)} 处问题，构建已停止。请按上面每一行改正"
            "（banks_dir、scenarios_dir 写成相对 mkdocs.yml 的文件夹名，文件夹要存在）。"
        ) from None
