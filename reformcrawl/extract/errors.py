"""Errors for input that is not a page we can read. Each carries the CLI exit code."""

from __future__ import annotations


class ExtractError(ValueError):
    """The input cannot be read as an HTML page."""

    exit_code = 4


class EmptyPage(ExtractError):
    exit_code = 4


class NotHtml(ExtractError):
    exit_code = 4


class PageTooLarge(ExtractError):
    exit_code = 5
