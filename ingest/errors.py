"""The ingest pipeline's refusal (docs/ingest.md)."""

from core.errors import Refused


class ImportFailed(Refused):
    """Nothing was imported; `errors` name each record and field that is wrong
    ("<label>, «<field>»: <message>"), `warnings` what the readers and the writer noticed
    before they stopped. The site's refusal type (core.errors), so a view that imports gets
    its answer for free."""

    def __init__(self, errors: list[str], *, warnings: list[str] | None = None):
        super().__init__("\n".join(errors), code="import", errors=errors)
        self.errors = errors
        self.warnings = warnings or []
