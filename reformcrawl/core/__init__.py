"""The pure core: value types and what can be read from Vietnamese text alone.

`model` (Article, Figure, SessionMention), `textnorm`, `dates`, `numbers`, `lexicon`, `figures`,
`sessions`, `detect`, `relevance`, `diff`. Plain functions over plain data: no I/O, no clock, no
Scrapy, no database. Everything else in the package builds on this; it imports nothing above it.
"""
