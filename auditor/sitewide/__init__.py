"""Site-wide checks: a second engine stage over all audited articles together.

Stage one (per article, in the worker that audits it) keeps a small
:class:`~auditor.sitewide.facts.SiteFacts` per article: its title, description,
headline, keyphrase, the pages it links to, its images' sources and alts, its
credits. Stage two (:func:`~auditor.sitewide.stage.run_site_stage`) runs the
``site.*`` rules over those facts alone, so memory is bounded by the facts kept,
not the articles, and ``--jobs`` works unchanged. Findings land on each article
like any other, naming the related locations in the other articles.
"""
