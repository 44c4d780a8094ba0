"""Data safety (Qt-free): backups, restore, encryption at rest, one writer, disk errors.

What the app calls, and when (each module's docstring details its API):

At start-up, in this order::

    from hrdesk.safety import crypto, lock, backups, diskspace
    writer = lock.acquire_writer_lock(path)          # .acquired / .message (second instance)
    passphrase = ask() if crypto.is_encrypted(path) else None   # PassphraseNeeded / WrongPassphrase
    db = Database.open(path, passphrase=passphrase, read_only=not writer.acquired)
    warning = diskspace.free_space_warning(path)     # str | None
    if writer.acquired: backups.backup_if_due(db)   # a backup when the last one is older than a day

Or all of that in one call: ``startup.open_for_app(path, ask_passphrase)`` (see its docstring).

File menu: ``backups.make_backup(db)`` (or ``out=chosen_file``); restore dialog:
``backups.list_backups(db)`` then ``restore.restore_backup(file, db.path, passphrase=…,
lock=writer)`` after closing ``db``.  Settings: ``crypto.encryption_status()``,
``backups.policy(db)`` / ``backups.set_policy(db, …)``, ``crypto.encrypt_database(…)``.
Before an import, a consolidation or a merge: ``backups.backup_before(db, "import")``.

Files: ``atomic.atomic_write(path)`` writes any file atomically; ``atomic.DiskError``
is the clear error for full disks and removed media.
"""
