"""Demo data (``hrdesk demo``, screenshots, benchmarks): invented but realistic records.

A layer of its own beside exchange and intake: it uses the services and storage, and nothing
in the product but the command line imports it.  :mod:`hrdesk.demo.fill` is the entry point
(``fill(db, scale, seed)``); :mod:`~hrdesk.demo.data` holds the invented vocabulary,
:mod:`~hrdesk.demo.people` the people and :mod:`~hrdesk.demo.write` the bulk writer."""
