"""The PySide6 desktop app: the only package that imports Qt.

Pages and editors call the services (``hrdesk.services``); they never run SQL.
"""
