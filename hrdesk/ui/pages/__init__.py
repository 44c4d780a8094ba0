"""The pages of the main window: each a ``Page`` subclass (:mod:`hrdesk.ui.pages.base`) with a
``key``; :data:`hrdesk.ui.main_window.PAGES` lists them in navigation order."""
