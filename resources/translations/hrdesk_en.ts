<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Matches: %Ln</numerusform>
            <numerusform>Matches: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln record restored.</numerusform>
            <numerusform>%Ln records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln activity(ies)? Their participant lists go with them. You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln activity? Its participant list goes with it. You can undo this.</numerusform>
            <numerusform>Delete %Ln activities? Their participant lists go with them. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) deleted.</source>
        <translation>
            <numerusform>%Ln activity deleted.</numerusform>
            <numerusform>%Ln activities deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message numerus="yes">
        <source>Activity saved: “{title}”, %Ln participant(s).</source>
        <translation>
            <numerusform>Activity saved: “{title}”, %Ln participant.</numerusform>
            <numerusform>Activity saved: “{title}”, %Ln participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Nothing can be imported yet: %Ln problem to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
            <numerusform>Nothing can be imported yet: %Ln problems to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) have problems (shown in red). Correct them in the spreadsheet and paste again, or leave those rows out; nothing is added until then.</source>
        <translation>
            <numerusform>%Ln row has problems (shown in red). Correct it in the spreadsheet and paste again, or leave that row out; nothing is added until then.</numerusform>
            <numerusform>%Ln rows have problems (shown in red). Correct them in the spreadsheet and paste again, or leave those rows out; nothing is added until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</source>
        <translation>
            <numerusform>%Ln row has problems (shown in red). Correct the file and read it again, or leave that row out; nothing is imported until then.</numerusform>
            <numerusform>%Ln rows have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add %Ln person(s) to the activity.</source>
        <translation>
            <numerusform>Ready to add %Ln person to the activity.</numerusform>
            <numerusform>Ready to add %Ln people to the activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>Showing %Ln of %1 entries</source>
        <translation>
            <numerusform>Showing %Ln of %1 entries</numerusform>
            <numerusform>Showing %Ln of %1 entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%Ln backup(s).</source>
        <translation>
            <numerusform>%Ln backup.</numerusform>
            <numerusform>%Ln backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln recommendation(s))</source>
        <translation>
            <numerusform>%1 (%Ln recommendation)</numerusform>
            <numerusform>%1 (%Ln recommendations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s) changed.</source>
        <translation>
            <numerusform>%Ln recommendation changed.</numerusform>
            <numerusform>%Ln recommendations changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster &apos;%1&apos; created with %Ln recommendation(s).</source>
        <translation>
            <numerusform>Cluster &apos;%1&apos; created with %Ln recommendation.</numerusform>
            <numerusform>Cluster &apos;%1&apos; created with %Ln recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) named “{name}”</source>
        <translation>
            <numerusform>%Ln record named “{name}”</numerusform>
            <numerusform>%Ln records named “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%Ln group of likely duplicates.</numerusform>
            <numerusform>%Ln groups of likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep “{name}” and merge %Ln other record(s) into it? Their participations move to the kept record.</source>
        <translation>
            <numerusform>Keep “{name}” and merge %Ln other record into it? Its participations move to the kept record.</numerusform>
            <numerusform>Keep “{name}” and merge %Ln other records into it? Their participations move to the kept record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <source>%Ln existing backup(s) were encrypted too.</source>
        <translation>
            <numerusform>%Ln existing backup was encrypted too.</numerusform>
            <numerusform>%Ln existing backups were encrypted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Delete %Ln record(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln record? You can undo this.</numerusform>
            <numerusform>Delete %Ln records? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Delete %Ln record</numerusform>
            <numerusform>Delete %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) deleted.</source>
        <translation>
            <numerusform>%Ln record deleted.</numerusform>
            <numerusform>%Ln records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln record restored.</numerusform>
            <numerusform>%Ln records restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform>
            <numerusform>%Ln recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message numerus="yes">
        <source>Activities attended (%Ln)</source>
        <translation>
            <numerusform>Activities attended (%Ln)</numerusform>
            <numerusform>Activities attended (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Matches: %Ln</numerusform>
            <numerusform>Matches: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln person(s) from the registry? You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln person from the registry? You can undo this.</numerusform>
            <numerusform>Delete %Ln people from the registry? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) deleted.</source>
        <translation>
            <numerusform>%Ln person deleted.</numerusform>
            <numerusform>%Ln people deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message numerus="yes">
        <source>Linked activities (%Ln)</source>
        <translation>
            <numerusform>Linked activities (%Ln)</numerusform>
            <numerusform>Linked activities (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationImportDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Nothing can be imported yet: %Ln problem to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
            <numerusform>Nothing can be imported yet: %Ln problems to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Matches: %Ln</numerusform>
            <numerusform>Matches: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>{title}
{date} · %Ln participant(s)</source>
        <translation>
            <numerusform>{title}
{date} · %Ln participant</numerusform>
            <numerusform>{title}
{date} · %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainings in this scope: %Ln. Choose one:</source>
        <translation>
            <numerusform>Trainings in this scope: %Ln. Choose one:</numerusform>
            <numerusform>Trainings in this scope: %Ln. Choose one:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message numerus="yes">
        <source>%Ln submission(s) have problems (shown in red). Correct them on the server and download the export again; nothing is imported until then.</source>
        <translation>
            <numerusform>%Ln submission has problems (shown in red). Correct it on the server and download the export again; nothing is imported until then.</numerusform>
            <numerusform>%Ln submissions have problems (shown in red). Correct them on the server and download the export again; nothing is imported until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new submission(s)</source>
        <translation>
            <numerusform>%Ln new submission</numerusform>
            <numerusform>%Ln new submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edited since the last import</source>
        <translation>
            <numerusform>%Ln edited since the last import</numerusform>
            <numerusform>%Ln edited since the last import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln already imported</numerusform>
            <numerusform>%Ln already imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <source>%Ln woman/women</source>
        <translation>
            <numerusform>%Ln woman</numerusform>
            <numerusform>%Ln women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln man/men</source>
        <translation>
            <numerusform>%Ln man</numerusform>
            <numerusform>%Ln men</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other</source>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not stated</source>
        <translation>
            <numerusform>%Ln not stated</numerusform>
            <numerusform>%Ln not stated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
</TS>
