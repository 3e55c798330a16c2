import sys, json, importlib
sys.path.insert(0, "/work/main")
from lib import OUT
from reformcrawl.mirror.corpus import parse_article
mods = [m for m in ["p_baohagiang", "p_angiang", "p_hochiminhcity", "p_nbtv", "p_baokhanhhoa"]]
bad = 0; n = 0
for m in mods:
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError as e:
        if e.name == m: continue
        raise
    for a in mod.A:
        errs = a.check()
        parse_article(a.d, a.d["key"])
        if errs:
            bad += 1; print(a.d["key"], errs)
        a.write(); n += 1
print(n, "articles written,", bad, "with errors")
