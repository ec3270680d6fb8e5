"""Write notebooks/03_casualty_tables.ipynb (without outputs) with nbformat.

Usage:
    .venv/bin/python bench/make_nb_03.py
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "03_casualty_tables.ipynb"

CELLS = [
    new_markdown_cell(
        "# Casualty tables\n\n"
        "Who was killed, injured, captured, arrested or went missing, how many, **according to whom** — "
        "and where the outlets (or one outlet's own figures) disagree.\n\n"
        "- **Claims**: every figure each outlet states about this story's event, with its bounds (\"at least "
        "145\" → low 145), the sentence it stands in, who says so and whether the text says it could not be "
        "verified. A figure an outlet repeats is one row with `mentions` and every evidence sentence.\n"
        "- **Set apart**: figures about another event, place or time (an earlier attack recalled, a war, a "
        "national statistic), with the words that say so. They never enter the tables below.\n"
        "- **Reconciled**: one row per group and outcome across outlets, with low / best / high in the "
        "manner of UCDP's estimates, from each outlet's latest figure (articles of one outlet count once). "
        "A perpetrator's unverified claim is shown but never sets `best`.\n"
        "- **Consistency checks**: per-day figures against the stated total, group figures against the "
        "overall toll, within each article and across outlets.\n\n"
        "Quantity words follow a conservative convention: \"several\" ≥ 3, \"dozens\" ≥ 24, \"scores\" ≥ 40, "
        "\"hundreds\" ≥ 200 (see `presslens.casualties`)."
    ),
    new_code_cell(
        'story: str = "balochistan-2026-02"  # story slug (data/stories/<slug>) or a story folder path\n'
        'output_dir: str = ""  # report folder (tables/ and figures/ go here); empty: reports/<story slug>',
        metadata={"tags": ["parameters"]},
    ),
    new_code_cell(
        "# Check the parameters: a bad value stops here with one ValueError naming it and what it must be.\n"
        "# An empty output_dir means reports/<story slug>.\n"
        "from presslens.report.params import check_parameters\n"
        "\n"
        "story, output_dir = check_parameters(story=story, output_dir=output_dir)",
        id="check-parameters",
    ),
    new_code_cell(
        "import matplotlib\n"
        "\n"
        "import matplotlib.pyplot as plt\n"
        "from IPython.display import display\n"
        "\n"
        "from presslens.casualties.tables import (check_consistency, claim_mentions, claims, highlight_spans,\n"
        "                                       range_chart, reconcile)\n"
        "from presslens.report.display import HTML  # IPython's HTML, shown as written (no MathJax)\n"
        "from presslens.report.output import show_figure, write_table\n"
        "from presslens.report.render import escape, highlight, html_table\n"
        "from presslens.corpus.story import load_story\n"
        "\n"
        "st = load_story(story)\n"
        "mentions = claim_mentions(st)\n"
        "claim_table = claims(st)\n"
        "reconciled = reconcile(claim_table)\n"
        "checks = check_consistency(claim_table)\n"
        'write_table(claim_table, output_dir=output_dir, name="casualty_claims")\n'
        'write_table(reconciled, output_dir=output_dir, name="casualty_reconciled")\n'
        'write_table(checks, output_dir=output_dir, name="casualty_checks")\n'
        'event_claims = claim_table[claim_table.scope == "event"] if not claim_table.empty else claim_table\n'
        'other_claims = claim_table[claim_table.scope == "other"] if not claim_table.empty else claim_table\n'
        "n_articles = len(st.articles)\n"
        'display(HTML(f"<p><b>{escape(st.title)}</b>: {n_articles} article(s), {len(event_claims)} distinct claim(s) "\n'
        '             f"about this event ({len(mentions)} mention(s) in all), {len(other_claims)} figure(s) set apart."\n'
        '             f"</p>"))\n'
        "if n_articles < 2:\n"
        '    display(HTML("<p><b>Only one article in this story:</b> there is nothing to compare across outlets. "\n'
        '                 "Its own claims and within-article checks are shown; the reconciled table lists "\n'
        "                 \"each figure as a single source.</p>\"))\n"
        "if claim_table.empty:\n"
        '    display(HTML("<p><b>No casualty claims found</b> in this story (no sentence states a number of people "\n'
        '                 "killed, injured, captured, arrested or missing). The tables below are empty but "\n'
        '                 "were written with their columns.</p>"))'
    ),
    new_markdown_cell(
        "## Claims per outlet\n\n"
        "One row per distinct figure per article, about this story's event. `low`/`high` are the bounds; "
        "`attribution` is who the outlet says gives the figure (empty: the outlet's own voice); `verified` is "
        "False where the text says the claim could not be verified; `role` is `part` for one of several "
        "per-day figures below the article's total, `earlier` for a figure the article itself replaces "
        "(\"the toll has risen to ...\"). `evidence` quotes every sentence the figure appears in."
    ),
    new_code_cell(
        'claim_cols = ["outlet", "outcome", "group", "group_text", "quantity", "low", "high", "attribution",\n'
        '              "attribution_verb", "verified", "time", "mentions", "role", "evidence"]\n'
        "display(HTML(html_table(event_claims, columns=claim_cols)))"
    ),
    new_markdown_cell(
        "## Figures set apart: other events, places and times\n\n"
        "Figures the articles give about something else than this event: an earlier attack they recall, a "
        "comparison (\"the deadliest since ...\"), a war or a national statistic, another place or kind of "
        "place, or a zero beside the article's toll (another incident or moment). `scope_reason` gives the "
        "words that set each apart; read them before concluding — they are never counted below."
    ),
    new_code_cell(
        "if other_claims.empty:\n"
        '    display(HTML("<p>No figure was set apart.</p>"))\n'
        "else:\n"
        '    display(HTML(html_table(other_claims, columns=["outlet", "outcome", "group", "quantity", "low", "high",\n'
        '                                                   "scope_reason", "sentence"])))'
    ),
    new_markdown_cell(
        "## Reconciled across outlets\n\n"
        "Each outlet counts once, with the figure of its latest article. `best` is the figure most outlets "
        "give (numbers preferred over quantity words, and both over one person named; on a tie "
        "the latest report's, then the lower one); `low`/`high` are the lowest and highest outlet figures. `status`: `agree` (compatible "
        "figures), `conflict` (latest figures that cannot all be true), `revision` (an outlet replaced an "
        "earlier figure of its own, by a later article or an update line), `single source`, or "
        "`unverified claim` (only claims the text says are unverified or \"claimed\"). `by_outlet` lists "
        "each outlet's figures side by side (`→` from its earlier to its later article); `unverified` the "
        "claims that do not count."
    ),
    new_code_cell("display(HTML(html_table(reconciled)))"),
    new_markdown_cell(
        "## Consistency checks\n\n"
        "Parts against totals, on figures of this event only: `parts vs total` adds per-day figures and "
        "compares them with the total for the same group; `groups vs overall` adds civilians, security "
        "forces and others and compares them with the overall toll of people for the same time. A check "
        "is flagged (`parts short of total`, `parts exceed total`) only where a reader should look: groups "
        "that leave part of the toll unassigned, or one day's figure below the total, are `ok`. `gap` is "
        "total minus parts; `evidence` quotes both sentences; `note` a sentence that says what the total "
        "includes, when there is one."
    ),
    new_code_cell(
        "if checks.empty:\n"
        '    display(HTML("<p>No parts-against-totals comparison is possible: no outlet gives both a total and "\n'
        '                 "its parts.</p>"))\n'
        "display(HTML(html_table(checks)))"
    ),
    new_markdown_cell(
        "## Range chart\n\n"
        "One row per group and outcome: the reconciled low–high span in grey and each outlet's figures as "
        "markers (hollow: unverified claims)."
    ),
    new_code_cell(
        "fig = range_chart(claim_table, reconciled)\n"
        "if fig is None:\n"
        '    display(HTML("<p>No figures to plot.</p>"))\n'
        "else:\n"
        '    show_figure(fig, output_dir=output_dir, name="casualty_ranges")'
    ),
    new_markdown_cell(
        "## The articles, with claim phrases highlighted\n\n"
        "Hover a highlight to see its group and outcome (and whether it is set apart as another event)."
    ),
    new_code_cell(
        "for art in st.articles:\n"
        "    spans = highlight_spans(mentions, art.article_id)\n"
        '    title = f"{art.label}: {len(spans)} claim phrase(s)"\n'
        "    display(HTML(highlight(art.text, spans, title=title)))"
    ),
]


def main() -> None:
    """Write the notebook."""
    nb = new_notebook(cells=CELLS, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })
    NOTEBOOK.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, NOTEBOOK)
    print(f"wrote {NOTEBOOK}")


if __name__ == "__main__":
    main()
