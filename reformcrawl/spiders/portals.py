"""One spider class per portal definition (`portals.toml` plus any override file).

The classes are made from the definitions so that adding a portal is a matter of configuration;
`baohagiang`, `angiang`, `hochiminhcity`, `nbtv` and `baokhanhhoa` ship with the package.
"""

from __future__ import annotations

from ..portals import all_portals
from .base import PortalSpider


def spider_class(name: str) -> type[PortalSpider]:
    class_name = "".join(part.capitalize() for part in name.replace("-", "_").split("_")) + "Spider"
    return type(class_name, (PortalSpider,), {"name": name, "__module__": __name__, "__doc__": f"Crawls the {name} portal."})


SPIDERS: dict[str, type[PortalSpider]] = {name: spider_class(name) for name in all_portals()}
globals().update({cls.__name__: cls for cls in SPIDERS.values()})
