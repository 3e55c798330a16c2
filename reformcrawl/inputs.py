"""Reading a file the user names, bounded: at most `limit` bytes, never a hang.

A size check on `stat().st_size` is no bound: /dev/zero reports 0 bytes and never ends, /proc files
report 0 and have content, a file can grow after it was measured, and a named pipe (FIFO) with no
writer blocks `open()` forever. So the file is opened non-blocking, only regular files are read,
and the read itself stops one byte past the limit. A stream (stdin) is read the same bounded way.
Devices, FIFOs and sockets are refused with a message that says what they are: a page or a
configuration file is a regular file, and stdin is the way to pipe one in.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

#: Configuration files (portals, schedules, alert channels) are small; anything bigger is a mistake.
CONFIG_LIMIT = 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class InputError(OSError):
    """A file or stream that cannot be read as asked; the message says why (without the path)."""


class NotARegularFile(InputError):
    pass


class InputTooLarge(InputError):
    """More than the limit. `size` is what the file system reports when that is larger, else None."""

    def __init__(self, message: str, limit: int, size: int | None) -> None:
        super().__init__(message)
        self.limit, self.size = limit, size


def describe_size(limit: int, size: int | None) -> str:
    """"page is 20.0 MB, over the 10 MB limit", or "over the 10 MB limit" when the size is unknown."""
    over = f"over the {limit / 2**20:.0f} MB limit"
    return f"is {size / 2**20:.1f} MB, {over}" if size is not None and size > limit else f"is {over}"


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes of `stream`; `InputTooLarge` when it holds more (reads limit + 1)."""
    data = bytearray()
    while len(data) <= limit:
        chunk = stream.read(limit + 1 - len(data))
        if not chunk:
            break
        data += chunk
    if len(data) > limit:
        raise InputTooLarge(describe_size(limit, None), limit, None)
    return bytes(data)


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Raises `NotARegularFile` (a directory, FIFO, device or socket: nothing is read from it),
    `InputTooLarge`, or `OSError` from the system (missing, no permission).
    """
    # O_NONBLOCK: opening a FIFO that has no writer returns at once instead of waiting for one.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            raise NotARegularFile(f"is {kind}, not a regular file")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            try:
                return read_stream(handle, limit)
            except InputTooLarge:
                size = info.st_size if info.st_size > limit else None
                raise InputTooLarge(describe_size(limit, size), limit, size) from None
    finally:
        if fd >= 0:
            os.close(fd)


def read_text_file(path: Path, limit: int = CONFIG_LIMIT) -> str:
    """A UTF-8 configuration file, bounded like `read_file` (`UnicodeDecodeError` if not UTF-8)."""
    return read_file(path, limit).decode("utf-8")
