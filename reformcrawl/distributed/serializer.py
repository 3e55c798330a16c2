"""JSON for requests in the shared frontier (scrapy-redis' SCHEDULER_SERIALIZER: `loads`/`dumps`).

scrapy-redis pickles requests by default: whoever can write to the Redis server could then run
code in every worker. This module writes `Request.to_dict()` as JSON instead: bytes (bodies,
headers) are tagged base64, dicts with non-string keys (headers) are tagged pair lists, and tuples
come back as lists. A request of another class than `scrapy.Request` (`_class`) is refused, since
loading it would import whatever the entry names.
"""

from __future__ import annotations

import base64
import json
from typing import Any

_BYTES, _PAIRS = "__bytes__", "__pairs__"


def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return {_BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(key, str) for key in value) and _BYTES not in value and _PAIRS not in value:
            return {key: _encode(item) for key, item in value.items()}
        return {_PAIRS: [[_encode(key), _encode(item)] for key, item in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a request in the shared frontier cannot carry {type(value).__name__} values ({value!r})")


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_BYTES}:
            return base64.b64decode(value[_BYTES])
        if set(value) == {_PAIRS}:
            return {_decode(key): _decode(item) for key, item in value[_PAIRS]}
        return {key: _decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def dumps(obj: dict[str, Any]) -> str:
    if "_class" in obj:
        raise TypeError(f"only scrapy.Request objects go into the shared frontier, not {obj['_class']}")
    return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(data: bytes | str) -> dict[str, Any]:
    obj = _decode(json.loads(data))
    if not isinstance(obj, dict) or "url" not in obj:
        raise ValueError(f"not a request from the shared frontier: {str(data)[:200]!r}")
    if "_class" in obj:
        raise ValueError(f"refusing a frontier entry naming a class to load: {obj['_class']!r}")
    return obj
