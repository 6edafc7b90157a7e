"""The bilingual glossary (GLOSSARY.md) stays in step with the chapters' term tables.

Every chapter's "## Summary (정리)" cell holds a table whose first two columns are English | 한국어.
A row may list several terms: "weight, bias | 가중치, 편향" is two terms, and "forget / input /
output gate | 망각 / 입력 / 출력 게이트" is three (forget gate, input gate, output gate: a word
shared at the end, or in Korean at the start, belongs to every part). A row whose parts do not pair
up is one term. A term is matched (and the glossary sorted) by its English name without case and
without a leading or trailing parenthesis: "LSTM (long short-term memory)" and "LSTM" are the same
term, "(discrete) Fourier transform" sorts under F.

The test fails when a chapter's term is missing from the glossary, when the glossary gives it another
Korean rendering, or names a chapter that does not list it; its message prints the rows to add.
"""
import re
from pathlib import Path

import pytest

from conftest import ROOT, load

GLOSSARY = ROOT / "GLOSSARY.md"
CHAPTERS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def split_outside_parentheses(text: str, separator: str):
    parts, depth, current, i = [], 0, "", 0
    while i < len(text):
        if text[i] in "()":
            depth += 1 if text[i] == "(" else -1
        if depth == 0 and text.startswith(separator, i):
            parts.append(current.strip())
            current, i = "", i + len(separator)
            continue
        current += text[i]
        i += 1
    return parts + [current.strip()]


def share_words(parts):
    """'forget / input / output gate' -> forget gate, input gate, output gate (a shared last word);
    '기울기 소실 / 폭주' -> 기울기 소실, 기울기 폭주 (a shared first word)."""
    words = [p.split() for p in parts]
    if len(words[-1]) > min(len(w) for w in words[:-1]):
        return [" ".join(w + words[-1][len(w):]) for w in words[:-1]] + [parts[-1]]
    if len(words[0]) > min(len(w) for w in words[1:]):
        return [parts[0]] + [" ".join(words[0][:len(words[0]) - len(w)] + w) for w in words[1:]]
    return parts


def terms_of_row(english: str, korean: str):
    """The (English, Korean) terms one table row stands for."""
    pairs = [(english, korean)]
    for separator, share in ((", ", False), (" / ", True)):
        split = []
        for en, ko in pairs:
            en_parts, ko_parts = split_outside_parentheses(en, separator), split_outside_parentheses(ko, separator)
            if len(en_parts) != len(ko_parts):
                split.append((en, ko))
                continue
            if share and len(en_parts) > 1:
                en_parts, ko_parts = share_words(en_parts), share_words(ko_parts)
            split.extend(zip(en_parts, ko_parts))
        pairs = split
    return pairs


def key(english: str) -> str:
    """The name a term is matched and sorted by: no case, no leading or trailing parenthesis."""
    return re.sub(r"^\([^)]*\)\s*|\s*\([^)]*\)$", "", english.strip()).lower()


def table_rows(markdown: str):
    """The cells of a Markdown table's body rows (header and separator skipped)."""
    rows = [line.strip() for line in markdown.splitlines() if line.strip().startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def chapter_terms(path: Path):
    """(English, Korean) of every term in the chapter's Summary table."""
    for cell in load(path)["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.lstrip().startswith("## Summary"):
            return [term for row in table_rows(text) for term in terms_of_row(row[0], row[1])]
    return []


def glossary():
    """key -> (English, Korean, definition, chapter number) from GLOSSARY.md."""
    entries = {}
    for row in table_rows(GLOSSARY.read_text(encoding="utf-8")):
        english, korean, definition, chapter = row[:4]
        number = re.search(r"\b(\d\d)\b", chapter)
        entries[key(english)] = (english, korean, definition, number.group(1) if number else chapter)
    return entries


def problems(chapters: dict, entries: dict):
    """Readable lines for every chapter term the glossary lacks or renders differently.
    chapters: chapter number -> [(English, Korean)], entries: as glossary() returns."""
    found, missing, introduced_by = [], {}, {}
    for number in sorted(chapters):
        for english, korean in chapters[number]:
            introduced_by.setdefault(key(english), set()).add(number)
            entry = entries.get(key(english))
            if entry is None:
                missing.setdefault(key(english), (english, korean, number))
            elif entry[1] != korean:
                found.append(f"'{english}': chapter {number} writes '{korean}', GLOSSARY.md '{entry[1]}': "
                             f"make them the same")
    for k, entry in entries.items():
        if k in introduced_by and entry[3] not in introduced_by[k]:
            found.append(f"'{entry[0]}': GLOSSARY.md names chapter {entry[3]}, but only chapter(s) "
                         f"{', '.join(sorted(introduced_by[k]))} list it: name the first of them")
    if missing:
        rows = "\n".join(f"| {en} | {ko} | <one-line definition> | {number} |"
                         for en, ko, number in sorted(missing.values(), key=lambda t: key(t[0])))
        found.append(f"{len(missing)} term(s) of the chapters' Summary tables are missing from GLOSSARY.md; add "
                     f"these rows (in alphabetical order, definition written) to its table:\n{rows}")
    return found


def test_every_chapter_term_is_in_the_glossary_with_the_same_korean():
    chapters = {path.name[:2]: chapter_terms(path) for path in CHAPTERS}
    assert all(chapters.values()), [n for n, t in chapters.items() if not t]  # every chapter has a term table
    found = problems(chapters, glossary())
    assert not found, "\n".join(found)


def test_glossary_is_alphabetical_complete_and_without_duplicates():
    rows = table_rows(GLOSSARY.read_text(encoding="utf-8"))
    keys = [key(row[0]) for row in rows]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    assert keys == sorted(keys), "GLOSSARY.md's rows are not in alphabetical order of the English term"
    for row in rows:
        assert len(row) == 4 and all(row), f"a row needs English | 한국어 | definition | chapter: {row}"


def test_readme_links_the_glossary():
    assert "(GLOSSARY.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


# The rules must be able to fail, and rows must split as the docstring says.

@pytest.mark.parametrize("english, korean, terms", [
    ("weight, bias", "가중치, 편향", [("weight", "가중치"), ("bias", "편향")]),
    ("forget / input / output gate", "망각 / 입력 / 출력 게이트",
     [("forget gate", "망각 게이트"), ("input gate", "입력 게이트"), ("output gate", "출력 게이트")]),
    ("vanishing / exploding gradient", "기울기 소실 / 폭주",
     [("vanishing gradient", "기울기 소실"), ("exploding gradient", "기울기 폭주")]),
    ("convolution, filter (kernel)", "합성곱, 필터 (커널)", [("convolution", "합성곱"), ("filter (kernel)", "필터 (커널)")]),
    ("LSTM, cell state, gate", "장단기 메모리", [("LSTM, cell state, gate", "장단기 메모리")]),
])
def test_rows_split_into_terms(english, korean, terms):
    assert terms_of_row(english, korean) == terms


def test_missing_and_different_terms_are_reported_with_the_rows_to_add():
    entries = {"weight": ("weight", "가중치", "a number", "01")}
    found = problems({"08": [("weight", "웨이트"), ("attention (Attention)", "어텐션")]}, entries)
    assert any("chapter 08 writes '웨이트', GLOSSARY.md '가중치'" in line for line in found)
    assert any("names chapter 01, but only chapter(s) 08 list it" in line for line in found)
    assert any("| attention (Attention) | 어텐션 | <one-line definition> | 08 |" in line for line in found)
    assert problems({"01": [("Weight", "가중치")]}, entries) == []
