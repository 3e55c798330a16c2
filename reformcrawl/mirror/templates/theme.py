"""A portal theme's inline stylesheet and scripts, from the files in `assets/`.

CSS files hold one rule a line (@media blocks indented) and are joined back into the one-line,
minified form the pages carry; JS files are kept as written. Both are `string.Template`s: `${p}`
is the theme's class prefix, other names are the portal's class names or script settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from string import Template

from .common import ICON_NAMES

_ASSETS = resources.files(__package__).joinpath("assets")


@cache
def _asset(name: str) -> Template:
    return Template(_ASSETS.joinpath(name).read_text(encoding="utf-8"))


def css(name: str, names: Mapping[str, str]) -> str:
    """A CSS asset minified to one line (its lines stripped and joined), names filled in."""
    text = _asset(name).substitute(names)
    return "".join(line.strip() for line in text.splitlines())


def script(name: str, **settings: str) -> str:
    """A JS asset as an inline <script> element; a one-line script stays on its line."""
    text = _asset(name).substitute(settings).rstrip("\n")
    return f"<script>{text}</script>" if "\n" not in text else f"<script>\n{text}\n</script>"


def _grid(prefix: str, container: int) -> list[str]:
    """Bootstrap-like container, 12-column grid per breakpoint, spacing/type/colour utilities."""
    out = [f".{prefix}-wrap{{width:100%;max-width:{container}px;margin:0 auto;padding:0 15px}}",
           f".{prefix}-row{{display:flex;flex-wrap:wrap;margin:0 -15px}}"]
    for bp, width in (("", 0), ("sm-", 576), ("md-", 768), ("lg-", 992), ("xl-", 1200)):
        rules = []
        for i in range(1, 13):
            pct = round(100 * i / 12, 6)
            rules.append(f".{prefix}-col-{bp}{i}{{flex:0 0 {pct}%;max-width:{pct}%;position:relative;padding:0 15px}}")
        for i in range(12):
            rules.append(f".{prefix}-off-{bp}{i}{{margin-left:{round(100 * i / 12, 6)}%}}")
        for i in range(1, 6):
            rules.append(f".{prefix}-order-{bp}{i}{{order:{i}}}")
        rules.append(f".{prefix}-hide-{bp}x{{display:none!important}}.{prefix}-show-{bp}x{{display:block!important}}")
        block = "".join(rules)
        out.append(f"@media (min-width:{width}px){{{block}}}" if width else block)
    sizes = (0, 4, 8, 12, 16, 24, 32)
    sides = (("t", ("top",)), ("b", ("bottom",)), ("l", ("left",)), ("r", ("right",)),
             ("x", ("left", "right")), ("y", ("top", "bottom")), ("", ("top", "right", "bottom", "left")))
    for short, prop in (("m", "margin"), ("p", "padding")):
        for s, names in sides:
            for k, size in enumerate(sizes):
                decl = ";".join(f"{prop}-{n}:{size}px!important" for n in names)
                out.append(f".{prefix}-{short}{s}-{k}{{{decl}}}")
    for k, size in enumerate((11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32)):
        out.append(f".{prefix}-fs-{k}{{font-size:{size}px}}")
    for name, value in (("l", "left"), ("c", "center"), ("r", "right"), ("j", "justify")):
        out.append(f".{prefix}-ta-{name}{{text-align:{value}}}")
    return out


def _palette(prefix: str, accent: str, accent2: str) -> list[str]:
    palette = (("acc", accent), ("acc2", accent2), ("muted", "#777"), ("dark", "#222"), ("light", "#f5f5f5"),
               ("line", "#e5e5e5"), ("white", "#fff"), ("red", "#c00"))
    return [f".{prefix}-c-{name}{{color:{color}!important}}.{prefix}-bg-{name}{{background-color:{color}!important}}"
            f".{prefix}-bd-{name}{{border-color:{color}!important}}" for name, color in palette]


def stylesheet(components: str, names: Mapping[str, str], *, accent: str, accent2: str, font: str,
               container: int = 1170) -> str:
    """The page's inline stylesheet: reset, grid and utilities, the portal's components
    (asset `components`, filled with `names`, whose "p" is the class prefix), icons, print rules."""
    prefix = names["p"]
    icons = css("icons.css", {"p": prefix}) + "".join(
        f".{prefix}-ic-{name}:before,.ic-{name}:before{{content:\"\\e{900 + i:03x}\"}}" for i, name in enumerate(ICON_NAMES))
    return "\n".join([
        f"/* {prefix} theme - compiled */", css("reset.css", {}), f"body{{font-family:{font}}}",
        *_grid(prefix, container), *_palette(prefix, accent, accent2),
        css(components, names), icons, css("print.css", {"p": prefix}),
    ])


def standard_scripts(*, site: str, measurement_id: str, ad_zones: Sequence[str]) -> list[str]:
    """Analytics, ad slots and image lazy-loading: every portal's head carries these."""
    zones = ", ".join(f"'{z}'" for z in ad_zones)
    return [script("analytics.js", site=site, measurement_id=measurement_id), script("ads.js", zones=zones),
            script("lazyload.js")]
