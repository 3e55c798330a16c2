"""Helpers that write the events_blind3 corpus files (figures are annotated by hand in p_*.py)."""
import json, re, unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "corpus"

MEAS = {
    "tỷ lệ hồ sơ TTHC được số hóa": "so-hoa-ho-so-tthc",
    "tỷ lệ kết quả giải quyết TTHC được cấp bản điện tử": "ket-qua-tthc-ban-dien-tu",
    "Chỉ số cải cách hành chính (PAR INDEX)": "par-index",
    "Chỉ số cải cách hành chính trung bình của các tỉnh, thành phố": "par-index-trung-binh",
    "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)": "sipas",
    "Chỉ số PAPI": "papi",
    "chữ ký số cấp cho cán bộ, công chức": "chu-ky-so-can-bo",
    "tài khoản định danh điện tử được kích hoạt": "tai-khoan-dinh-danh-dien-tu-kich-hoat",
    "phản ánh, kiến nghị đã được xử lý": "phan-anh-kien-nghi-da-xu-ly",
    "tỷ lệ phản ánh, kiến nghị đã được xử lý": "ty-le-phan-anh-kien-nghi-da-xu-ly",
    "biên chế tinh giản": "bien-che-tinh-gian",
    "tỷ lệ hồ sơ giải quyết trước và đúng hạn": "ho-so-dung-han",
    "TTHC được phân cấp": "tthc-phan-cap",
    "hồ sơ TTHC tiếp nhận": "ho-so-tthc-tiep-nhan",
    "tỷ lệ hồ sơ trực tuyến toàn trình": "ho-so-truc-tuyen-toan-trinh",
    # new in this set
    "tỷ lệ hồ sơ tiếp nhận trực tuyến": "ho-so-truc-tuyen",
    "hồ sơ tiếp nhận trực tuyến": "ho-so-tiep-nhan-truc-tuyen",
    "tỷ lệ hồ sơ thanh toán trực tuyến": "thanh-toan-truc-tuyen",
    "dịch vụ công trực tuyến toàn trình": "dvc-truc-tuyen-toan-trinh",
    "TTHC được cắt giảm, đơn giản hóa": "tthc-cat-giam",
}
CMP = " - mức thay đổi"


def slug(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def mslug(measure: str) -> str:
    if measure.endswith(CMP):
        return mslug(measure[: -len(CMP)]) + "-muc-thay-doi"
    return MEAS.get(measure) or slug(measure)


def num(raw: str) -> float:
    m = re.search(r"\d[\d.,]*", raw)
    t = m.group(0).rstrip(".,")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    else:
        t = t.replace(".", "").replace(",", ".")
    v = float(t)
    if "triệu" in raw:
        v *= 1e6
    elif "tỷ" in raw:
        v *= 1e9
    elif "nghìn" in raw:
        v *= 1e3
    return v


class Art:
    def __init__(self, portal, province, slug_, path, section, title, published, author, lead, blocks,
                 is_reform=True, state="before", notes=""):
        self.d = dict(key=f"{portal}/be-{slug_}", portal=portal, path=path, section=section, title=title,
                      published_at=published, author=author, lead=lead,
                      blocks=[({"kind": k, "text": t} if k != "figure" else {"kind": k, "text": t, "image": img})
                              for (k, t, *img_) in blocks for img in [img_[0] if img_ else None]],
                      is_reform=is_reform, state=state, held_out=True, sessions=[], figures=[], notes=notes)
        self.province = province
        self.cur = self.d["figures"]

    def F(self, raw, subject, measure, unit, period, label, role="reading", scope=None, kind=None, value=None, denom=None):
        scope = scope or self.province
        if kind is None:
            if unit in ("percent", "percentage-points"):
                kind = "percent"
            elif unit == "lần":
                kind = "multiplier"
            elif unit == "đồng":
                kind = "money"
            elif denom is not None:
                kind = "ratio"
            else:
                kind = "count"
        self.cur.append(dict(raw=raw, value=num(raw) if value is None else value, kind=kind, denominator=denom,
                             subject=subject,
                             metric_group=f"{slug(scope)}|{mslug(measure)}|{unit if unit in ('percent','percentage-points') else slug(unit)}|{slug(period)}",
                             scope=scope, measure=measure, unit=unit, period=period, period_label=label, role=role))
        return self

    def revise(self, replacements):
        self.d["revision"] = {"replacements": [list(r) for r in replacements], "figures": []}
        self.cur = self.d["revision"]["figures"]
        return self

    def text(self, revised=False):
        parts = [self.d["title"]] + ([self.d["lead"]] if self.d["lead"] else []) + [b["text"] for b in self.d["blocks"]]
        if revised:
            for o, n in self.d["revision"]["replacements"]:
                parts = [p.replace(o, n) for p in parts]
        return "\n".join(parts)

    def check(self):
        errs = []
        sets = [(self.d["figures"], False)] + ([(self.d["revision"]["figures"], True)] if self.d.get("revision") else [])
        for figs, rev in sets:
            txt = self.text(rev)
            seen = set()
            for f in figs:
                if f["raw"] not in txt:
                    errs.append(f"raw {f['raw']!r} not in text (revised={rev})")
                if f["role"] == "reading":
                    if f["metric_group"] in seen:
                        errs.append(f"two readings in {f['metric_group']}")
                    seen.add(f["metric_group"])
        if re.search(r"(phiên họp|kỳ họp|phiên)\s+thứ", self.text().lower()):
            errs.append("numbered meeting")
        return errs

    def write(self):
        p = OUT / self.d["portal"] / (self.d["key"].split("/", 1)[1] + ".json")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(self.d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return p
