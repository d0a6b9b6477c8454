"""Checks that topic sections and source paragraphs cite each other as CONTRIBUTING.md asks."""

from __future__ import annotations

from kb.content.citations import SourcePage, TopicSection


def section_problems(sections: list[TopicSection], sources: dict[str, SourcePage]) -> list[str]:
    """Sections without a citation line, and citations of paragraphs that do not exist."""
    problems = []
    for section in sections:
        where = f"{section.page}:{section.line} “{section.title}”"
        if not section.anchor:
            problems.append(f"{where}: 缺少稳定的标题 id（{{#id}}）")
        if not section.refs:
            problems.append(f"{where}: 没有出处行（{{: .kb-cite }}）或出处行里没有段落链接")
        for ref in section.refs:
            problems += [f"{where}: {problem}" for problem in ref.problems()]
            source = sources.get(ref.source_file)
            if source is None:
                problems.append(f"{where}: 引用的原文页 {ref.source_file} 不存在")
                continue
            missing = [number for number in ref.paragraphs if number not in source.paragraphs]
            if missing:
                problems.append(f"{where}: 引用了 {ref.source_file} 不存在的段落 ¶{'、¶'.join(map(str, missing))}")
    return problems


def paragraph_problems(sections: list[TopicSection], sources: dict[str, SourcePage]) -> list[str]:
    """Paragraphs nobody cites and nobody explains, and numbering that is not 1..N."""
    cited: dict[str, set[int]] = {}
    for section in sections:
        for ref in section.refs:
            cited.setdefault(ref.source_file, set()).update(ref.paragraphs)
    problems = []
    for file, source in sources.items():
        if source.paragraphs != list(range(1, len(source.paragraphs) + 1)):
            problems.append(f"sources/{file}: 段落编号不是从 ¶1 起连续编号")
        wrong_labels = [n for n, label in source.labels.items() if label != n]
        if wrong_labels:
            problems.append(f"sources/{file}: 这些段落的 **¶N** 编号和锚点不一致：{wrong_labels}")
        for number in source.paragraphs:
            is_cited = number in cited.get(file, set())
            if not is_cited and number not in source.unused:
                problems.append(f"sources/{file}: ¶{number} 没有被任何专题小节引用，也没有列为未使用")
            if number in source.unused and not source.unused[number]:
                problems.append(f"sources/{file}: ¶{number} 列为未使用，但没有写理由")
            if is_cited and number in source.unused:
                problems.append(f"sources/{file}: ¶{number} 既被引用，又列为未使用")
    return problems
