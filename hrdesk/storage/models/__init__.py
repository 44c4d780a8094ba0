"""ORM models, one module per aggregate.  Importing this package registers them all."""

from hrdesk.storage.models.activity import (  # noqa: I001 - modules add their line at the end
    Activity,
    ActivityCountry,
    ActivityMechanism,
    ActivityPartner,
    ActivityReach,
    ActivityRecommendation,
    ActivitySdgTarget,
    ActivityTheme,
)
from hrdesk.storage.models.audit import AuditEntry
from hrdesk.storage.models.intake import ImportedRow  # noqa: F401
from hrdesk.storage.models.office import Office
from hrdesk.storage.models.participant import Participant, Participation
from hrdesk.storage.models.recommendation import (
    Recommendation,
    RecommendationAffectedPerson,
    RecommendationCluster,
    RecommendationEntity,
    RecommendationHistoryEntry,
    RecommendationSdgTarget,
    RecommendationTheme,
)
from hrdesk.storage.models.setting import Setting
from hrdesk.storage.models.exchange import (
    ExchangeConflict, ExchangeListedCount, ExchangeLog, ExchangeRecipient, RecordSyncState,
)

__all__ = [
    "Activity", "ActivityCountry", "ActivityMechanism", "ActivityPartner", "ActivityReach",
    "ActivityRecommendation", "ActivitySdgTarget", "ActivityTheme", "AuditEntry", "Office",
    "Participant", "Participation", "Recommendation", "RecommendationAffectedPerson",
    "RecommendationCluster", "RecommendationEntity", "RecommendationHistoryEntry", "RecommendationSdgTarget",
    "RecommendationTheme", "Setting",
]
__all__ += ["ExchangeConflict", "ExchangeListedCount", "ExchangeLog", "ExchangeRecipient",
            "RecordSyncState"]
