"""Is this an administrative-reform article? Weighted key phrases over title and text.

Every fetched page is stored; this flag only decides what the monitor alerts on. Phrases are
matched on `textnorm.fold`ed text, so "số hoá"/"số hóa" and case do not matter. "Core" phrases
name reform itself; "context" phrases (chuyển đổi số, công chức...) only count next to them, so a
farming story about "chuyển đổi số" in rice marketing is not a reform article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .textnorm import fold

_CORE = {
    "cải cách hành chính": 3,
    "cchc": 3,
    "thủ tục hành chính": 3,
    "tthc": 3,
    "dịch vụ công": 3,
    "dvc": 2,
    "bộ phận một cửa": 3,
    "một cửa liên thông": 3,
    "cơ chế một cửa": 3,
    "hành chính công": 3,
    "số hóa hồ sơ": 3,
    "số hóa kết quả": 3,
    "đề án 06": 5,  # the national population-data and e-ID programme: reform on its own
    "định danh điện tử": 2,  # its e-ID accounts
    "chữ ký số": 2,  # signing in government: digital government
    "tinh giản biên chế": 3,
    "tinh gọn bộ máy": 3,
    "sắp xếp tổ chức bộ máy": 3,
    "sắp xếp đơn vị hành chính": 3,
    "chỉ số cải cách": 3,
    "par index": 3,
    "sipas": 3,
    "papi": 3,
    "kiểm soát thủ tục": 3,
    "chính quyền điện tử": 3,
    "chính phủ điện tử": 3,
    "chính phủ số": 3,
    "chính quyền số": 3,
    "cải cách thể chế": 3,
    "cải cách chế độ công vụ": 3,
    "kỷ cương hành chính": 3,
    "cải cách tài chính công": 3,
    "đơn giản hóa": 2,
    "cắt giảm": 1,
    "quy định kinh doanh": 2,
    "phản ánh, kiến nghị": 2,
    "phản ánh kiến nghị": 2,
}
_CONTEXT = {
    "chuyển đổi số": 1,
    "công vụ": 1,
    "công chức": 1,
    "viên chức": 1,
    "biên chế": 1,
    "vneid": 1,
    "trực tuyến toàn trình": 2,
    "hồ sơ trực tuyến": 1,
    "ban chỉ đạo": 1,
    "phân cấp": 1,
    "ủy quyền": 1,
}
_TITLE_WEIGHT = 2
#: A reform article needs this much core evidence (a title phrase counts double) ...
_MIN_CORE = 5
#: ... and this much in all, context phrases included.
_MIN_TOTAL = 6


def _pattern(phrases: dict[str, int]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(p)) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


_CORE_RE, _CONTEXT_RE = _pattern(_CORE), _pattern(_CONTEXT)
_CORE_WEIGHTS = {fold(p): w for p, w in _CORE.items()}
_CONTEXT_WEIGHTS = {fold(p): w for p, w in _CONTEXT.items()}


@dataclass(frozen=True)
class Relevance:
    core: int
    context: int

    @property
    def is_reform(self) -> bool:
        return self.core >= _MIN_CORE and self.core + self.context >= _MIN_TOTAL


def score(title: str | None, text: str | None) -> Relevance:
    core = context = 0
    for part, weight in ((title or "", _TITLE_WEIGHT), (text or "", 1)):
        folded = fold(part)
        core += weight * sum(_CORE_WEIGHTS[m.group(0)] for m in _CORE_RE.finditer(folded))
        context += weight * sum(_CONTEXT_WEIGHTS[m.group(0)] for m in _CONTEXT_RE.finditer(folded))
    return Relevance(core=core, context=context)


def is_reform(title: str | None, text: str | None) -> bool:
    return score(title, text).is_reform
