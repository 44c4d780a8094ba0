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
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activity(ies)? Their participant lists go with them. You can undo this.</source>
        <translation>
            <numerusform>Delete %n activity? Its participant list goes with it. You can undo this.</numerusform>
            <numerusform>Delete %n activities? Their participant lists go with them. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) deleted.</source>
        <translation>
            <numerusform>%n activity deleted.</numerusform>
            <numerusform>%n activities deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message numerus="yes">
        <source>Activity saved: “{title}”, %n participant(s).</source>
        <translation>
            <numerusform>Activity saved: “{title}”, %n participant.</numerusform>
            <numerusform>Activity saved: “{title}”, %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported yet: %n problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Nothing can be imported yet: %n problem to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
            <numerusform>Nothing can be imported yet: %n problems to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n row(s) have problems (shown in red). Correct them in the spreadsheet and paste again, or leave those rows out; nothing is added until then.</source>
        <translation>
            <numerusform>%n row has problems (shown in red). Correct it in the spreadsheet and paste again, or leave that row out; nothing is added until then.</numerusform>
            <numerusform>%n rows have problems (shown in red). Correct them in the spreadsheet and paste again, or leave those rows out; nothing is added until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</source>
        <translation>
            <numerusform>%n row has problems (shown in red). Correct the file and read it again, or leave that row out; nothing is imported until then.</numerusform>
            <numerusform>%n rows have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add %n person(s) to the activity.</source>
        <translation>
            <numerusform>Ready to add %n person to the activity.</numerusform>
            <numerusform>Ready to add %n people to the activity.</numerusform>
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
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n backup.</numerusform>
            <numerusform>%n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message numerus="yes">
        <source>%1 (%n recommendation(s))</source>
        <translation>
            <numerusform>%1 (%n recommendation)</numerusform>
            <numerusform>%1 (%n recommendations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) changed.</source>
        <translation>
            <numerusform>%n recommendation changed.</numerusform>
            <numerusform>%n recommendations changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster &apos;%1&apos; created with %n recommendation(s).</source>
        <translation>
            <numerusform>Cluster &apos;%1&apos; created with %n recommendation.</numerusform>
            <numerusform>Cluster &apos;%1&apos; created with %n recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n record(s) named “{name}”</source>
        <translation>
            <numerusform>%n record named “{name}”</numerusform>
            <numerusform>%n records named “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n group of likely duplicates.</numerusform>
            <numerusform>%n groups of likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep “{name}” and merge %n other record(s) into it? Their participations move to the kept record.</source>
        <translation>
            <numerusform>Keep “{name}” and merge %n other record into it? Its participations move to the kept record.</numerusform>
            <numerusform>Keep “{name}” and merge %n other records into it? Their participations move to the kept record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message numerus="yes">
        <source>%n existing backup(s) were encrypted too.</source>
        <translation>
            <numerusform>%n existing backup was encrypted too.</numerusform>
            <numerusform>%n existing backups were encrypted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Delete %n record(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n record? You can undo this.</numerusform>
            <numerusform>Delete %n records? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>%n record deleted.</numerusform>
            <numerusform>%n records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
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
        <source>Activities attended (%n)</source>
        <translation>
            <numerusform>Activities attended (%n)</numerusform>
            <numerusform>Activities attended (%n)</numerusform>
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
        <source>Delete %n person(s) from the registry? You can undo this.</source>
        <translation>
            <numerusform>Delete %n person from the registry? You can undo this.</numerusform>
            <numerusform>Delete %n people from the registry? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) deleted.</source>
        <translation>
            <numerusform>%n person deleted.</numerusform>
            <numerusform>%n people deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message numerus="yes">
        <source>Linked activities (%n)</source>
        <translation>
            <numerusform>Linked activities (%n)</numerusform>
            <numerusform>Linked activities (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationImportDialog</name>
    <message numerus="yes">
        <source>Nothing can be imported yet: %n problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Nothing can be imported yet: %n problem to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
            <numerusform>Nothing can be imported yet: %n problems to fix in the file (listed below). Correct the file, save it, and choose it again.</numerusform>
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
        <source>%n submission(s) have problems (shown in red). Correct them on the server and download the export again; nothing is imported until then.</source>
        <translation>
            <numerusform>%n submission has problems (shown in red). Correct it on the server and download the export again; nothing is imported until then.</numerusform>
            <numerusform>%n submissions have problems (shown in red). Correct them on the server and download the export again; nothing is imported until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s)</source>
        <translation>
            <numerusform>%n new submission</numerusform>
            <numerusform>%n new submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited since the last import</source>
        <translation>
            <numerusform>%n edited since the last import</numerusform>
            <numerusform>%n edited since the last import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <source>%n woman/women</source>
        <translation>
            <numerusform>%n woman</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n man/men</source>
        <translation>
            <numerusform>%n man</numerusform>
            <numerusform>%n men</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not stated</source>
        <translation>
            <numerusform>%n not stated</numerusform>
            <numerusform>%n not stated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
