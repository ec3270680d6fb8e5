"""Old import path of :mod:`presslens.compare.quotes`, kept for scripts that use it."""

from presslens.compare.quotes import QUOTE_COLUMNS, find_quotes, quotes_table, speakers_table

__all__ = ["QUOTE_COLUMNS", "find_quotes", "quotes_table", "speakers_table"]
