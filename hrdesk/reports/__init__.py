"""Reports: one scope (:mod:`.scope`), one query layer (:mod:`.figures`), renderings to
Excel (:mod:`.excel`) and PDF (:mod:`.pdf_report`), training reports and certificates
(:mod:`.training`), and the service API used by the app and the CLI (:mod:`.service`).
Qt-free."""
