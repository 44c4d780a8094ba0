<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <source>Themes and links</source>
        <translation>Thèmes et liens</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>App</source>
        <comment>The passphrase does not open {name}. Try again:</comment>
        <translation>La phrase secrète n&apos;ouvre pas {name}. Réessayez&#xa0;:</translation>
    </message>
    <message>
        <source>App</source>
        <comment>{name} is encrypted. Passphrase:</comment>
        <translation>{name} est chiffré. Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>App</source>
        <comment>Encrypted database</comment>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Save the activity-log template</comment>
        <translation>Enregistrer le modèle de journal d&apos;activités</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>activity-log.xlsx</comment>
        <translation>journal-activites.xlsx</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Excel workbook (*.xlsx)</comment>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Template written to {path}</comment>
        <translation>Modèle écrit dans {path}</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>The template was not written: {error}</comment>
        <translation>Le modèle n&apos;a pas été écrit : {error}</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Writing the template…</comment>
        <translation>Écriture du modèle…</translation>
    </message>
    <message>
        <source>DatabaseReplacement</source>
        <comment>Another HRDesk has this database open, so this one opened it read-only and cannot replace it. Close the other HRDesk and start this one again.</comment>
        <translation>Un autre HRDesk a ouvert cette base de données ; celui-ci l&apos;a donc ouverte en lecture seule et ne peut pas la remplacer. Fermez l&apos;autre HRDesk et relancez celui-ci.</translation>
    </message>
    <message>
        <source>DatabaseReplacement</source>
        <comment>Close the open record editors first (save or cancel them).</comment>
        <translation>Fermez d&apos;abord les fiches ouvertes (enregistrez-les ou annulez).</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any SDG goal</source>
        <translation>Tous les ODD</translation>
    </message>
    <message>
        <source>Goal {n}: {title}</source>
        <translation>Objectif {n}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation>Objectif de développement durable</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Afficher les éléments supprimés</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Search title, place, partner or funding source</source>
        <translation>Rechercher un titre, un lieu, un partenaire ou une source de financement</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Résultats&#xa0;: %Ln</numerusform>
            <numerusform>Résultats&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity matches</source>
        <translation>Aucune activité ne correspond</translation>
    </message>
    <message>
        <source>Try other words or clear some filters.</source>
        <translation>Essayez d&apos;autres mots ou retirez des filtres.</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Aucune activité pour l&apos;instant</translation>
    </message>
    <message>
        <source>Record your first training, workshop or monitoring mission with “New activity” (Ctrl+N). Participants, SDG targets and recommendations are added inside the activity.</source>
        <translation>Enregistrez votre première formation, votre premier atelier ou votre première mission de surveillance avec «&#xa0;Nouvelle activité&#xa0;» (Ctrl+N). Les participants, les cibles des ODD et les recommandations s&apos;ajoutent dans l&apos;activité.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate as new</source>
        <translation>Dupliquer comme nouvelle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln fiche restaurée.</numerusform>
            <numerusform>%Ln fiches restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln activity(ies)? Their participant lists go with them. You can undo this.</source>
        <translation>
            <numerusform>Supprimer %Ln activité&#xa0;? Sa liste de participants sera supprimée avec elle. Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %Ln activités&#xa0;? Leurs listes de participants seront supprimées avec elles. Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) deleted.</source>
        <translation>
            <numerusform>%Ln activité supprimée.</numerusform>
            <numerusform>%Ln activités supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>{group}: the age groups add up to {sum}, the stated number is {stated}.</source>
        <translation>{group}&#xa0;: les tranches d&apos;âge totalisent {sum}, le nombre indiqué est {stated}.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows: copy the rows in Excel (with their heading row) first, then paste them here.</source>
        <translation>Le presse-papiers ne contient aucune ligne&#xa0;: copiez d&apos;abord les lignes dans Excel (avec leur ligne d&apos;en-tête), puis collez-les ici.</translation>
    </message>
    <message numerus="yes">
        <source>Activity saved: “{title}”, %Ln participant(s).</source>
        <translation>
            <numerusform>Activité enregistrée&#xa0;: «&#xa0;{title}&#xa0;», %Ln participant.</numerusform>
            <numerusform>Activité enregistrée&#xa0;: «&#xa0;{title}&#xa0;», %Ln participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Import an activity log</source>
        <translation>Importer un journal d&apos;activités</translation>
    </message>
    <message>
        <source>Offices that keep their activities in a spreadsheet fill in the HRDesk template (one row per activity, one row per participant), then import it here. The file is checked first; nothing is imported while it has a problem. Importing the same file again changes nothing; a corrected file updates what it created.</source>
        <translation>Les bureaux qui tiennent leurs activités dans un tableur remplissent le modèle HRDesk (une ligne par activité, une ligne par participant), puis l&apos;importent ici. Le fichier est d&apos;abord vérifié ; rien n&apos;est importé tant qu&apos;il a un problème. Importer à nouveau le même fichier ne change rien ; un fichier corrigé met à jour ce qu&apos;il a créé.</translation>
    </message>
    <message>
        <source>&amp;Save the template…</source>
        <translation>&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Choose a filled file…</source>
        <translation>&amp;Choisir un fichier rempli…</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a filled activity log to check it.</source>
        <translation>Choisissez un journal d&apos;activités rempli pour le vérifier.</translation>
    </message>
    <message>
        <source>Choose a filled activity log</source>
        <translation>Choisir un journal d&apos;activités rempli</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Tableurs ({patterns})</translation>
    </message>
    <message>
        <source>{file} is an HRDesk exchange file, not an activity log: import it on the Exchange page. Nothing was imported.</source>
        <translation>{file} est un fichier d&apos;échange HRDesk, pas un journal d&apos;activités : importez-le dans la page Échange. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Rien ne peut encore être importé : %Ln problème à corriger dans le fichier (liste ci-dessous). Corrigez le fichier, enregistrez-le et choisissez-le à nouveau.</numerusform>
            <numerusform>Rien ne peut encore être importé : %Ln problèmes à corriger dans le fichier (liste ci-dessous). Corrigez le fichier, enregistrez-le et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is ready to import. If you import it: {summary}</source>
        <translation>Le fichier est prêt à être importé. Si vous l&apos;importez : {summary}</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported. {summary}</source>
        <translation>Importé. {summary}</translation>
    </message>
    <message>
        <source>Activity log imported.</source>
        <translation>Journal d&apos;activités importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n&apos;a été importé : {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opened read-only</source>
        <translation>Ouverte en lecture seule</translation>
    </message>
    <message>
        <source>HRDesk cannot open the database</source>
        <translation>HRDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être faite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>HRDesk met an unexpected problem ({kind}). What you saved is safe; the last action may not have finished. Details are in the log file.</source>
        <translation>HRDesk a rencontré un problème inattendu ({kind}). Ce que vous avez enregistré est en sécurité&#xa0;; la dernière action n&apos;a peut-être pas abouti. Les détails figurent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Problems and
likely duplicates</source>
        <translation>Problèmes et
doublons probables</translation>
    </message>
    <message>
        <source>Choose an attendance sheet</source>
        <translation>Choisir une feuille de présence</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Feuilles de calcul ({patterns})</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Lignes collées</translation>
    </message>
    <message>
        <source>Paste rows from Excel</source>
        <translation>Coller des lignes depuis Excel</translation>
    </message>
    <message>
        <source>Add to the activity</source>
        <translation>Ajouter à l&apos;activité</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Ajouter une nouvelle personne</translation>
    </message>
    <message>
        <source>Use the existing person</source>
        <translation>Utiliser la personne existante</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>No heading row was recognised in the pasted rows. Copy the list together with its heading row (for example Name, Sex, Organisation) and paste again.</source>
        <translation>Aucune ligne d&apos;en-tête n&apos;a été reconnue dans les lignes collées. Copiez la liste avec sa ligne d&apos;en-tête (par exemple Nom, Sexe, Organisation) et collez-la de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems (shown in red). Correct them in the spreadsheet and paste again, or leave those rows out; nothing is added until then.</source>
        <translation>
            <numerusform>%Ln ligne présente des problèmes (en rouge). Corrigez-la dans la feuille de calcul et collez de nouveau, ou laissez cette ligne de côté&#xa0;; rien n&apos;est ajouté d&apos;ici là.</numerusform>
            <numerusform>%Ln lignes présentent des problèmes (en rouge). Corrigez-les dans la feuille de calcul et collez de nouveau, ou laissez ces lignes de côté&#xa0;; rien n&apos;est ajouté d&apos;ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</source>
        <translation>
            <numerusform>%Ln ligne présente des problèmes (en rouge). Corrigez le fichier et relisez-le, ou laissez cette ligne de côté&#xa0;; rien n&apos;est importé d&apos;ici là.</numerusform>
            <numerusform>%Ln lignes présentent des problèmes (en rouge). Corrigez le fichier et relisez-le, ou laissez ces lignes de côté&#xa0;; rien n&apos;est importé d&apos;ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add %Ln person(s) to the activity.</source>
        <translation>
            <numerusform>Prêt à ajouter %Ln personne à l&apos;activité.</numerusform>
            <numerusform>Prêt à ajouter %Ln personnes à l&apos;activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>In these rows: {counts}</source>
        <translation>Dans ces lignes&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Import an attendance sheet</source>
        <translation>Importer une feuille de présence</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Attendance sheet file</source>
        <translation>Fichier de la feuille de présence</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Relire le fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Every change to a record: who made it, when, and which fields changed (never the values).</source>
        <translation>Chaque modification d&apos;une fiche&#xa0;: qui l&apos;a faite, quand, et quels champs ont changé (jamais les valeurs).</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Double-click a row to see the whole history of that record.</source>
        <translation>Double-cliquez sur une ligne pour voir tout l&apos;historique de cette fiche.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln of %1 entries</source>
        <translation>
            <numerusform>%Ln entrée affichée sur %1</numerusform>
            <numerusform>%Ln entrées affichées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no longer in the database)</source>
        <translation>(n&apos;est plus dans la base de données)</translation>
    </message>
    <message>
        <source>Record id: {uuid}</source>
        <translation>Identifiant de la fiche&#xa0;: {uuid}</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>HRDesk backs up the database every day it is used, and before every import, merge, restore and encryption. Each backup is checked before it is kept. Folder: {folder}</source>
        <translation>HRDesk sauvegarde la base de données chaque jour d&apos;utilisation, et avant chaque import, fusion, restauration et chiffrement. Chaque sauvegarde est vérifiée avant d&apos;être conservée. Dossier : {folder}</translation>
    </message>
    <message>
        <source>Backups of this database, newest first</source>
        <translation>Sauvegardes de cette base, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>&amp;Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>The backups could not be read: {error}</source>
        <translation>Les sauvegardes n&apos;ont pas pu être lues : {error}</translation>
    </message>
    <message>
        <source>Encrypted.</source>
        <translation>Chiffrée.</translation>
    </message>
    <message>
        <source>No backup yet. Press “Back up now” to make the first one.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Appuyez sur « Sauvegarder maintenant » pour faire la première.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s).</source>
        <translation>
            <numerusform>%Ln sauvegarde.</numerusform>
            <numerusform>%Ln sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>Quotidienne, automatique</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Avant une fusion</translation>
    </message>
    <message>
        <source>Before a consolidation</source>
        <translation>Avant une consolidation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>Avant le chiffrement</translation>
    </message>
    <message>
        <source>Before decrypting</source>
        <translation>Avant le déchiffrement</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup made and verified: {name} ({size}).</source>
        <translation>Sauvegarde faite et vérifiée : {name} ({size}).</translation>
    </message>
    <message>
        <source>Copied to {path}.</source>
        <translation>Copiée dans {path}.</translation>
    </message>
    <message>
        <source>No backup was made: {error}</source>
        <translation>Aucune sauvegarde n&apos;a été faite : {error}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database by the backup of {when}?

Everything entered since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer la base de données par la sauvegarde du {when} ?

Tout ce qui a été saisi depuis est remplacé. La base telle qu&apos;elle est maintenant est d&apos;abord sauvegardée : on peut revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup&apos;s passphrase was not given.</source>
        <translation>Rien n&apos;a été restauré : la phrase secrète de la sauvegarde n&apos;a pas été donnée.</translation>
    </message>
    <message>
        <source>Restoring the backup of {when}…</source>
        <translation>Restauration de la sauvegarde du {when}…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>This backup was encrypted with another passphrase. Its passphrase:</source>
        <translation>Cette sauvegarde a été chiffrée avec une autre phrase secrète. Sa phrase secrète :</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>Rien n&apos;a été restauré : {error}</translation>
    </message>
    <message>
        <source>The backup of {when} is now the database: {a} activities, {p} participants, {r} recommendations.</source>
        <translation>La sauvegarde du {when} est maintenant la base de données : {a} activités, {p} participants, {r} recommandations.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {backup}.</source>
        <translation>La base telle qu&apos;elle était avant est conservée dans {backup}.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>The database could not be opened again: {error}. Close HRDesk and start it again.</source>
        <translation>La base de données n&apos;a pas pu être rouverte : {error}. Fermez HRDesk et relancez-le.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{label}: {value} ({percent}%)</source>
        <translation>{label}&#xa0;: {value} ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>Others ({n})</source>
        <translation>Autres ({n})</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>ClickThrough</name>
    <message>
        <source>Activities behind “{figure}”. Change a filter to see others.</source>
        <translation>Activités correspondant à «&#xa0;{figure}&#xa0;». Modifiez un filtre pour en voir d&apos;autres.</translation>
    </message>
    <message>
        <source>People behind “{figure}”. Change a filter to see others.</source>
        <translation>Personnes correspondant à «&#xa0;{figure}&#xa0;». Modifiez un filtre pour en voir d&apos;autres.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Clusters</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Put the selected recommendations in this cluster</source>
        <translation>Placer les recommandations sélectionnées dans ce groupe</translation>
    </message>
    <message>
        <source>Take the selected recommendations out of their cluster</source>
        <translation>Retirer les recommandations sélectionnées de leur groupe</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>Suggestions (recommendations not yet in a cluster)</source>
        <translation>Suggestions (recommandations qui ne sont dans aucun groupe)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln recommendation(s))</source>
        <translation>
            <numerusform>%1 (%Ln recommandation)</numerusform>
            <numerusform>%1 (%Ln recommandations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; created.</source>
        <translation>Groupe « %1 » créé.</translation>
    </message>
    <message>
        <source>Choose the cluster to rename.</source>
        <translation>Choisissez le groupe à renommer.</translation>
    </message>
    <message>
        <source>Cluster renamed to &apos;%1&apos;.</source>
        <translation>Groupe renommé « %1 ».</translation>
    </message>
    <message>
        <source>Select recommendations in the list first.</source>
        <translation>Sélectionnez d’abord des recommandations dans la liste.</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>Choisissez d’abord un groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s) changed.</source>
        <translation>
            <numerusform>%Ln recommandation modifiée.</numerusform>
            <numerusform>%Ln recommandations modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Choisissez d’abord une suggestion.</translation>
    </message>
    <message numerus="yes">
        <source>Cluster &apos;%1&apos; created with %Ln recommendation(s).</source>
        <translation>
            <numerusform>Groupe « %1 » créé avec %Ln recommandation.</numerusform>
            <numerusform>Groupe « %1 » créé avec %Ln recommandations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>Seulement les champs qui diffèrent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This database (mine)</source>
        <translation>Cette base de données (la mienne)</translation>
    </message>
    <message>
        <source>The file (theirs)</source>
        <translation>Le fichier (la leur)</translation>
    </message>
    <message>
        <source>Both versions side by side</source>
        <translation>Les deux versions côte à côte</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>{kind}: {name}
from {file}</source>
        <translation>{kind}&#xa0;: {name}
provenant de {file}</translation>
    </message>
    <message>
        <source>These records were changed both here and in another office since you last agreed. HRDesk kept the newer version; compare both and keep the right one.</source>
        <translation>Ces fiches ont été modifiées ici et dans un autre bureau depuis votre dernier accord. HRDesk a conservé la version la plus récente&#xa0;; comparez les deux et gardez la bonne.</translation>
    </message>
    <message>
        <source>No conflict to review. When a record was changed both here and in another office, both versions are shown here side by side.</source>
        <translation>Aucun conflit à examiner. Lorsqu&apos;une fiche a été modifiée ici et dans un autre bureau, les deux versions sont présentées ici côte à côte.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
    <message>
        <source>{kind} changed on both sides (found in {file} on {when}). Kept for now: {kept}.</source>
        <translation>{kind} modifié des deux côtés (trouvé dans {file} le {when}). Conservée pour l&apos;instant&#xa0;: {kept}.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Office of origin</source>
        <translation>Bureau d&apos;origine</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflict resolved: kept {side}.</source>
        <translation>Conflit résolu&#xa0;: {side} a été conservée.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type to search a country</source>
        <translation>Tapez pour rechercher un pays</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Click to list these records</source>
        <translation>Cliquez pour afficher la liste de ces fiches</translation>
    </message>
    <message>
        <source>No activities in this period</source>
        <translation>Aucune activité pendant cette période</translation>
    </message>
    <message>
        <source>Choose another period above, or record activities on the Activities page: they appear here as soon as they are saved.</source>
        <translation>Choisissez une autre période ci-dessus, ou enregistrez des activités dans la page Activités&#xa0;: elles apparaissent ici dès leur enregistrement.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Rien à afficher pour cette période.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. {date}</source>
        <translation>p. ex. {date}</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Not a date: type it as {date} or {iso}.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: saisissez-la sous la forme {date} ou {iso}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicate participants</source>
        <translation>Participants probablement en double</translation>
    </message>
    <message>
        <source>People below share the same name (ignoring accents, case and word order) and the same organisation or country. Pick the record to keep in a group, then merge: participations move to the kept record and the others are deleted.</source>
        <translation>Les personnes ci-dessous ont le même nom (sans tenir compte des accents, de la casse ni de l&apos;ordre des mots) et la même organisation ou le même pays. Choisissez la fiche à conserver dans un groupe, puis fusionnez&#xa0;: les participations passent à la fiche conservée et les autres sont supprimées.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Groupes de doublons probables</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Recherche des doublons probables…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) named “{name}”</source>
        <translation>
            <numerusform>%Ln fiche au nom de «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>%Ln fiches au nom de «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%Ln groupe de doublons probables.</numerusform>
            <numerusform>%Ln groupes de doublons probables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>Keep “{name}” and merge %Ln other record(s) into it? Their participations move to the kept record.</source>
        <translation>
            <numerusform>Conserver «&#xa0;{name}&#xa0;» et y fusionner %Ln autre fiche&#xa0;? Ses participations passeront à la fiche conservée.</numerusform>
            <numerusform>Conserver «&#xa0;{name}&#xa0;» et y fusionner %Ln autres fiches&#xa0;? Leurs participations passeront à la fiche conservée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Records merged.</source>
        <translation>Fiches fusionnées.</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was merged.</source>
        <translation>Fusion annulée : rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Échec de la fusion</translation>
    </message>
    <message>
        <source>Merge into selected person</source>
        <translation>Fusionner dans la personne sélectionnée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <source>The database and its backups will be encrypted with a passphrase (SQLCipher): without it nobody can read the names it holds — not even HRDesk&apos;s developers, so keep it safe. A verified backup is made first. HRDesk will ask for the passphrase each time it starts.</source>
        <translation>La base de données et ses sauvegardes seront chiffrées avec une phrase secrète (SQLCipher) : sans elle, personne ne peut lire les noms qu&apos;elle contient — pas même les développeurs de HRDesk ; gardez-la en lieu sûr. Une sauvegarde vérifiée est faite d&apos;abord. HRDesk demandera la phrase secrète à chaque démarrage.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Au moins {n} caractères</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>Déchiffrer la base de données</translation>
    </message>
    <message>
        <source>The database will be stored unencrypted again: anyone who gets the file can read the names it holds. An encrypted backup is made first; the existing backups stay encrypted.</source>
        <translation>La base de données sera de nouveau enregistrée sans chiffrement : quiconque obtient le fichier peut lire les noms qu&apos;il contient. Une sauvegarde chiffrée est faite d&apos;abord ; les sauvegardes existantes restent chiffrées.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Déchiffrer</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base de données…</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>Déchiffrement de la base de données…</translation>
    </message>
    <message>
        <source>Nothing was changed: {error}</source>
        <translation>Rien n&apos;a été modifié : {error}</translation>
    </message>
    <message>
        <source>The database is now encrypted. Keep the passphrase safe: without it nobody can read the data.</source>
        <translation>La base de données est maintenant chiffrée. Gardez la phrase secrète en lieu sûr : sans elle, personne ne peut lire les données.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing backup(s) were encrypted too.</source>
        <translation>
            <numerusform>%Ln sauvegarde existante a aussi été chiffrée.</numerusform>
            <numerusform>%Ln sauvegardes existantes ont aussi été chiffrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is now stored unencrypted.</source>
        <translation>La base de données est maintenant enregistrée sans chiffrement.</translation>
    </message>
    <message>
        <source>The backup made before: {backup}</source>
        <translation>La sauvegarde faite avant : {backup}</translation>
    </message>
    <message>
        <source>The database could not be opened again: {error}. Close HRDesk and start it again.</source>
        <translation>La base de données n&apos;a pas pu être rouverte : {error}. Fermez HRDesk et relancez-le.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Password, if the files have one</source>
        <translation>Mot de passe, si les fichiers en ont un</translation>
    </message>
    <message>
        <source>Password of the files</source>
        <translation>Mot de passe des fichiers</translation>
    </message>
    <message>
        <source>Accept files modified after export</source>
        <translation>Accepter les fichiers modifiés après exportation</translation>
    </message>
    <message>
        <source>A file whose checksum does not match was edited or damaged after it was exported. Import it only if you know why it changed.</source>
        <translation>Un fichier dont la somme de contrôle ne correspond pas a été modifié ou endommagé après son exportation. Ne l&apos;importez que si vous savez pourquoi il a changé.</translation>
    </message>
    <message>
        <source>You can also drop exchange workbooks (.xlsx) or folders anywhere on this page. Each file is imported on its own: a bad file changes nothing.</source>
        <translation>Vous pouvez aussi déposer des classeurs d&apos;échange (.xlsx) ou des dossiers n&apos;importe où sur cette page. Chaque fichier est importé séparément&#xa0;: un fichier défectueux ne change rien.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Results per file</source>
        <translation>Résultats par fichier</translation>
    </message>
    <message>
        <source>Select a file above to see everything that was found in it.</source>
        <translation>Sélectionnez un fichier ci-dessus pour voir tout ce qui y a été trouvé.</translation>
    </message>
    <message>
        <source>Problems of the selected file</source>
        <translation>Problèmes du fichier sélectionné</translation>
    </message>
    <message>
        <source>Accept modified files</source>
        <translation>Accepter les fichiers modifiés</translation>
    </message>
    <message>
        <source>Files that were edited or damaged after they were exported will be imported, and this is recorded in the exchange history. Continue?</source>
        <translation>Les fichiers modifiés ou endommagés après leur exportation seront importés, et cela sera consigné dans l&apos;historique des échanges. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Import exchange workbooks</source>
        <translation>Importer des classeurs d&apos;échange</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import every workbook of a folder</source>
        <translation>Importer tous les classeurs d&apos;un dossier</translation>
    </message>
    <message>
        <source>Wait for the current exchange to finish.</source>
        <translation>Attendez la fin de l&apos;échange en cours.</translation>
    </message>
    <message>
        <source>No .xlsx workbook there.</source>
        <translation>Aucun classeur .xlsx à cet endroit.</translation>
    </message>
    <message>
        <source>Importing files: {n}…</source>
        <translation>Importation des fichiers&#xa0;: {n}…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Some of these files are protected by a password. Type it to import them (files without a password are imported anyway):</source>
        <translation>Certains de ces fichiers sont protégés par un mot de passe. Tapez-le pour les importer (les fichiers sans mot de passe sont importés de toute façon)&#xa0;:</translation>
    </message>
    <message>
        <source>(and {n} more)</source>
        <translation>(et {n} de plus)</translation>
    </message>
    <message>
        <source>possible duplicate people from other offices: {n} (see Find duplicates on the Participants page)</source>
        <translation>doublons possibles de personnes d&apos;autres bureaux&#xa0;: {n} (voir Rechercher les doublons dans la page Participants)</translation>
    </message>
    <message>
        <source>Files read: {n}</source>
        <translation>Fichiers lus&#xa0;: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>refusés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Imported before: nothing changed.</source>
        <translation>Déjà importé auparavant&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>modified after export, accepted</source>
        <translation>modifié après exportation, accepté</translation>
    </message>
    <message>
        <source>from {office}</source>
        <translation>de {office}</translation>
    </message>
    <message>
        <source>cancelled before the other files</source>
        <translation>annulé avant les autres fichiers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>HRDesk — first run</source>
        <translation>HRDesk — premier démarrage</translation>
    </message>
    <message>
        <source>Start using HRDesk</source>
        <translation>Commencer à utiliser HRDesk</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Add a history entry</source>
        <translation>Ajouter une entrée à l&apos;historique</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Exchange history</source>
        <translation>Historique des échanges</translation>
    </message>
    <message>
        <source>No file exported or imported yet.</source>
        <translation>Aucun fichier exporté ou importé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Changes since {date}</source>
        <translation>Modifications depuis le {date}</translation>
    </message>
    <message>
        <source>{inserted} inserted, {updated} updated, {conflicts} conflicts</source>
        <translation>{inserted} ajoutés, {updated} mis à jour, {conflicts} conflits</translation>
    </message>
    <message>
        <source>modified file accepted</source>
        <translation>fichier modifié accepté</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %Ln fiche&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %Ln fiches&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Supprimer %Ln fiche</numerusform>
            <numerusform>Supprimer %Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) deleted.</source>
        <translation>
            <numerusform>%Ln fiche supprimée.</numerusform>
            <numerusform>%Ln fiches supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln fiche restaurée.</numerusform>
            <numerusform>%Ln fiches restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HRDesk</source>
        <translation>HRDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About HRDesk</source>
        <translation>À &amp;propos de HRDesk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>{page} — HRDesk</source>
        <translation>{page} — HRDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Connect to a &amp;server database…</source>
        <translation>Se connecter à une base sur &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Import an activity log…</source>
        <translation>&amp;Importer un journal d&apos;activités…</translation>
    </message>
    <message>
        <source>Save the activity-log &amp;template…</source>
        <translation>Enregistrer le &amp;modèle de journal d&apos;activités…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back&amp;ups and restore…</source>
        <translation>Sa&amp;uvegardes et restauration…</translation>
    </message>
    <message>
        <source>Decrypt the database…</source>
        <translation>Déchiffrer la base de données…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Chiffrer la base de données…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>Se connecter à une base sur serveur</translation>
    </message>
    <message>
        <source>Close the open record editors first (save or cancel them).</source>
        <translation>Fermez d&apos;abord les éditeurs de fiches ouverts (enregistrez ou annulez).</translation>
    </message>
    <message>
        <source>HRDesk cannot open the database</source>
        <translation>HRDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Backup of the server database written to {path}.</source>
        <translation>Sauvegarde de la base du serveur écrite dans {path}.</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>La sauvegarde n&apos;a pas pu être faite</translation>
    </message>
    <message>
        <source>About HRDesk</source>
        <translation>À propos de HRDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;HRDesk {version}&lt;/b&gt;&lt;br&gt;Offline records of human-rights activities, participants and recommendations.&lt;br&gt;&lt;br&gt;Database: {path}&lt;br&gt;Licence: MIT</source>
        <translation>&lt;b&gt;HRDesk {version}&lt;/b&gt;&lt;br&gt;Enregistrement hors ligne des activités, des participants et des recommandations relatives aux droits de l&apos;homme.&lt;br&gt;&lt;br&gt;Base de données&#xa0;: {path}&lt;br&gt;Licence&#xa0;: MIT</translation>
    </message>
    <message>
        <source>Office: {code} — {name}</source>
        <translation>Bureau&#xa0;: {code} — {name}</translation>
    </message>
    <message>
        <source>No office configured</source>
        <translation>Aucun bureau configuré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
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
            <numerusform>%Ln recommandation</numerusform>
            <numerusform>%Ln recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Last export: {when}</source>
        <translation>Dernière exportation&#xa0;: {when}</translation>
    </message>
    <message>
        <source>No export yet</source>
        <translation>Aucune exportation pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Follow-up matrix: click a count to list those recommendations.</source>
        <translation>Matrice de suivi : cliquez sur un nombre pour lister ces recommandations.</translation>
    </message>
    <message>
        <source>Follow-up matrix</source>
        <translation>Matrice de suivi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Hors groupe</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Votre nom *</translation>
    </message>
    <message>
        <source>Shown in the audit trail next to each change you make.</source>
        <translation>Affiché dans le journal d&apos;audit à côté de chacune de vos modifications.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This translation is not available yet.</source>
        <translation>Cette traduction n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>The code identifies this office&apos;s records in every exchange; it cannot be changed once set.</source>
        <translation>Le code identifie les fiches de ce bureau dans chaque échange&#xa0;; il ne peut plus être modifié une fois défini.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Contact (personal data)</source>
        <translation>Coordonnées (données personnelles)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Activités suivies</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message numerus="yes">
        <source>Activities attended (%Ln)</source>
        <translation>
            <numerusform>Activités suivies (%Ln)</numerusform>
            <numerusform>Activités suivies (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a person already in the registry: {names}. Save again to register a new person anyway.</source>
        <translation>Cette personne semble déjà figurer dans le registre&#xa0;: {names}. Enregistrez de nouveau pour inscrire quand même une nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Any sex</source>
        <translation>Tous les sexes</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>Catégorie d&apos;acteurs</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Rechercher les doublons…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Search name, organisation, position or e-mail</source>
        <translation>Rechercher un nom, une organisation, une fonction ou un courriel</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Résultats&#xa0;: %Ln</numerusform>
            <numerusform>Résultats&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches</source>
        <translation>Personne ne correspond</translation>
    </message>
    <message>
        <source>Try other words or clear some filters.</source>
        <translation>Essayez d&apos;autres mots ou retirez des filtres.</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Aucun participant pour l&apos;instant</translation>
    </message>
    <message>
        <source>People are added from an activity&apos;s Participants tab, or here with “New participant”. Each person is registered once and linked to every activity they attend.</source>
        <translation>Les personnes s&apos;ajoutent depuis l&apos;onglet Participants d&apos;une activité, ou ici avec «&#xa0;Nouveau participant&#xa0;». Chaque personne est enregistrée une seule fois et liée à chaque activité à laquelle elle participe.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln person(s) from the registry? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %Ln personne du registre&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %Ln personnes du registre&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) deleted.</source>
        <translation>
            <numerusform>%Ln personne supprimée.</numerusform>
            <numerusform>%Ln personnes supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Use existing person</source>
        <translation>Utiliser la personne existante</translation>
    </message>
    <message>
        <source>Add as a new person anyway</source>
        <translation>Ajouter quand même comme nouvelle personne</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>Importer une feuille de présence…</translation>
    </message>
    <message>
        <source>Add everyone on a sign-in sheet (.xlsx, .xls, .ods, .csv)</source>
        <translation>Ajouter toutes les personnes d&apos;une feuille d&apos;émargement (.xlsx, .xls, .ods, .csv)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Jours de présence</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <source>Paste rows from Excel</source>
        <translation>Coller des lignes depuis Excel</translation>
    </message>
    <message>
        <source>Copy the rows of a list in Excel (with its heading row), then paste them here (Ctrl+V) to check and add them</source>
        <translation>Copiez les lignes d&apos;une liste dans Excel (avec sa ligne d&apos;en-tête), puis collez-les ici (Ctrl+V) pour les vérifier et les ajouter</translation>
    </message>
    <message>
        <source>Form for phones…</source>
        <translation>Formulaire pour téléphones…</translation>
    </message>
    <message>
        <source>Write the registration form (XLSForm) for KoboToolbox or ODK Central</source>
        <translation>Écrire le formulaire d&apos;inscription (XLSForm) pour KoboToolbox ou ODK Central</translation>
    </message>
    <message>
        <source>Import submissions…</source>
        <translation>Importer des soumissions…</translation>
    </message>
    <message>
        <source>Import the data export of KoboToolbox or ODK Central</source>
        <translation>Importer l&apos;export de données de KoboToolbox ou d&apos;ODK Central</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Personnes participantes</translation>
    </message>
    <message>
        <source>People taking part, by sex</source>
        <translation>Personnes participantes, par sexe</translation>
    </message>
    <message>
        <source>Find a person in the registry</source>
        <translation>Rechercher une personne dans le registre</translation>
    </message>
    <message>
        <source>Type a name, organisation or e-mail</source>
        <translation>Tapez un nom, une organisation ou un courriel</translation>
    </message>
    <message>
        <source>Search the registry</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>People found in the registry</source>
        <translation>Personnes trouvées dans le registre</translation>
    </message>
    <message>
        <source>Add to the activity</source>
        <translation>Ajouter à l&apos;activité</translation>
    </message>
    <message>
        <source>{name} is already listed.</source>
        <translation>{name} figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Create and add</source>
        <translation>Créer et ajouter</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Nom complet *</translation>
    </message>
    <message>
        <source>Changed here: saved to this person&apos;s record with the activity</source>
        <translation>Modifié ici&#xa0;: enregistré dans la fiche de cette personne avec l&apos;activité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name first.</source>
        <translation>Tapez d&apos;abord le nom complet de la personne.</translation>
    </message>
    <message>
        <source>This looks like a person already in the registry: {names}. Use the existing person to keep one record per person.</source>
        <translation>Cette personne semble déjà figurer dans le registre&#xa0;: {names}. Utilisez la personne existante pour garder une seule fiche par personne.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>Double-click to change the role</source>
        <translation>Double-cliquez pour changer le rôle</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation>Cette année ({year})</translation>
    </message>
    <message>
        <source>Last year ({year})</source>
        <translation>L&apos;année dernière ({year})</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>Quarter {q} of {year}</source>
        <translation>T{q} {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>PhoneFormDialog</name>
    <message>
        <source>Registration form for phones</source>
        <translation>Formulaire d&apos;inscription pour téléphones</translation>
    </message>
    <message>
        <source>HRDesk writes an XLSForm: publish it on KoboToolbox or ODK Central, collect the registrations offline on phones, then import the data export here.</source>
        <translation>HRDesk écrit un XLSForm&#xa0;: publiez-le sur KoboToolbox ou ODK Central, recueillez les inscriptions hors ligne sur des téléphones, puis importez ici l&apos;export de données.</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Ask surname and given names separately</source>
        <translation>Demander séparément le nom de famille et les prénoms</translation>
    </message>
    <message>
        <source>Ask the Washington Group short set on disability</source>
        <translation>Poser le questionnaire court du Groupe de Washington sur le handicap</translation>
    </message>
    <message>
        <source>No tests</source>
        <translation>Aucun test</translation>
    </message>
    <message>
        <source>Pre- and post-test questions</source>
        <translation>Questions du pré-test et du post-test</translation>
    </message>
    <message>
        <source>e.g. BADC: the right answer of each question</source>
        <translation>p. ex. BADC&#xa0;: la bonne réponse à chaque question</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Réponses correctes</translation>
    </message>
    <message>
        <source>Save the form…</source>
        <translation>Enregistrer le formulaire…</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Enregistrer le formulaire</translation>
    </message>
    <message>
        <source>Form written to {path}</source>
        <translation>Formulaire écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>ReachGrid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The sum of the age groups.</source>
        <translation>La somme des tranches d&apos;âge.</translation>
    </message>
    <message>
        <source>The sum of women, men and other.</source>
        <translation>La somme des femmes, des hommes et des autres.</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Ajouter une entrée…</translation>
    </message>
    <message>
        <source>Implementation history</source>
        <translation>Historique de mise en œuvre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Activity: {title}</source>
        <translation>Activité : {title}</translation>
    </message>
    <message>
        <source>The current status is that of the newest entry; activities linked to the recommendation are listed as evidence.</source>
        <translation>L&apos;état actuel est celui de l&apos;entrée la plus récente ; les activités liées à la recommandation sont listées comme éléments de preuve.</translation>
    </message>
    <message>
        <source>Save the recommendation to start its history.</source>
        <translation>Enregistrez la recommandation pour commencer son historique.</translation>
    </message>
    <message>
        <source>Linked activities</source>
        <translation>Activités liées</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message numerus="yes">
        <source>Linked activities (%Ln)</source>
        <translation>
            <numerusform>Activités liées (%Ln)</numerusform>
            <numerusform>Activités liées (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationImportDialog</name>
    <message>
        <source>Import recommendations</source>
        <translation>Importer des recommandations</translation>
    </message>
    <message>
        <source>Import the recommendations of an export of the Universal Human Rights Index, of a UPR database or of a UPR matrix (.xlsx, .xls, .ods or .csv, one row per recommendation, headers in English, French or Spanish). The file is checked first; nothing is imported while it has a problem. Importing it again changes nothing; a newer export updates what changed.</source>
        <translation>Importez les recommandations d&apos;un export de l&apos;Index universel des droits de l&apos;homme, d&apos;une base de données ou d&apos;une matrice de l&apos;EPU (.xlsx, .xls, .ods ou .csv, une ligne par recommandation, en-têtes en anglais, français ou espagnol). Le fichier est d&apos;abord vérifié ; rien n&apos;est importé tant qu&apos;il a un problème. L&apos;importer à nouveau ne change rien ; un export plus récent met à jour ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>État examiné</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Selon le fichier</translation>
    </message>
    <message>
        <source>State under review (when the file has no Country column)</source>
        <translation>État examiné (quand le fichier n&apos;a pas de colonne Pays)</translation>
    </message>
    <message>
        <source>Mechanism (when the file has no Mechanism column)</source>
        <translation>Mécanisme (quand le fichier n&apos;a pas de colonne Mécanisme)</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Recommendations in the file</source>
        <translation>Recommandations du fichier</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a file of recommendations to check it.</source>
        <translation>Choisissez un fichier de recommandations pour le vérifier.</translation>
    </message>
    <message>
        <source>Choose a file of recommendations</source>
        <translation>Choisir un fichier de recommandations</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Classeurs ({patterns})</translation>
    </message>
    <message>
        <source>{file} is an HRDesk exchange file, not a list of recommendations: import it on the Exchange page. Nothing was imported.</source>
        <translation>{file} est un fichier d&apos;échange HRDesk, pas une liste de recommandations : importez-le dans la page Échanges. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Rien ne peut encore être importé : %Ln problème à corriger dans le fichier (listé ci-dessous). Corrigez le fichier, enregistrez-le et choisissez-le à nouveau.</numerusform>
            <numerusform>Rien ne peut encore être importé : %Ln problèmes à corriger dans le fichier (listés ci-dessous). Corrigez le fichier, enregistrez-le et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is ready to import. If you import it: {summary}</source>
        <translation>Le fichier est prêt à être importé. Si vous l&apos;importez : {summary}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Deleted here: left deleted</source>
        <translation>Supprimée ici : reste supprimée</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported. {summary}</source>
        <translation>Importé. {summary}</translation>
    </message>
    <message>
        <source>Recommendations imported.</source>
        <translation>Recommandations importées.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n&apos;a été importé : {error}</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Search recommendations by symbol, body or words</source>
        <translation>Rechercher des recommandations par cote, organe ou mots</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>Rechercher des recommandations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Any mechanism</source>
        <translation>Tous les mécanismes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <source>Import recommendations…</source>
        <translation>Importer des recommandations…</translation>
    </message>
    <message>
        <source>Bring in a list of recommendations: an export of the Universal Human Rights Index, a UPR database or a UPR matrix</source>
        <translation>Importer une liste de recommandations : un export de l&apos;Index universel des droits de l&apos;homme, une base de données ou une matrice de l&apos;EPU</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Tout cycle</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Toute réponse</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>Aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>Tout groupe</translation>
    </message>
    <message>
        <source>Any responsible entity</source>
        <translation>Toute entité responsable</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Responsible entity</source>
        <translation>Entité responsable</translation>
    </message>
    <message>
        <source>Recommendations by status</source>
        <translation>Recommandations par état</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Show the clusters × status matrix</source>
        <translation>Afficher la matrice groupes × état</translation>
    </message>
    <message>
        <source>Clusters…</source>
        <translation>Groupes…</translation>
    </message>
    <message>
        <source>Create and rename clusters, put the selected recommendations in one, see suggestions</source>
        <translation>Créer et renommer des groupes, y placer les recommandations sélectionnées, voir les suggestions</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <source>By cluster…</source>
        <translation>Par groupe…</translation>
    </message>
    <message>
        <source>By theme…</source>
        <translation>Par thème…</translation>
    </message>
    <message>
        <source>By mechanism…</source>
        <translation>Par mécanisme…</translation>
    </message>
    <message>
        <source>Compendium and follow-up matrix of the recommendations listed, Excel or PDF</source>
        <translation>Compendium et matrice de suivi des recommandations listées, Excel ou PDF</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Cycle %1</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Hors groupe</translation>
    </message>
    <message>
        <source>{status}: {n}</source>
        <comment>a status and how many recommendations have it</comment>
        <translation>{status} : {n}</translation>
    </message>
    <message>
        <source>Recommendations follow-up</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <source>Save the follow-up report</source>
        <translation>Enregistrer le rapport de suivi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Search symbol, paragraph, body or text</source>
        <translation>Rechercher une cote, un paragraphe, un organe ou un texte</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Résultats&#xa0;: %Ln</numerusform>
            <numerusform>Résultats&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation matches</source>
        <translation>Aucune recommandation ne correspond</translation>
    </message>
    <message>
        <source>Try other words or clear some filters.</source>
        <translation>Essayez d&apos;autres mots ou retirez des filtres.</translation>
    </message>
    <message>
        <source>No recommendations yet</source>
        <translation>Aucune recommandation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Record the recommendations of the Universal Periodic Review, treaty bodies and special procedures that your office follows, then link activities to them.</source>
        <translation>Enregistrez les recommandations de l&apos;Examen périodique universel, des organes conventionnels et des procédures spéciales que suit votre bureau, puis liez-y des activités.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation>Sections de la fiche</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Save them before closing?</source>
        <translation>Certaines modifications ne sont pas enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Full privacy: participants&apos; names and contact details will be in the files. Store and send them only where they are safe.</source>
        <translation>Confidentialité «&#xa0;complet&#xa0;»&#xa0;: les noms et coordonnées des participants figureront dans les fichiers. Ne les stockez et ne les envoyez que là où ils sont en sécurité.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Preview of the key figures</source>
        <translation>Aperçu des chiffres clés</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Report of this scope</source>
        <translation>Rapport sur ce champ</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>The report covers the scope chosen above.</source>
        <translation>Le rapport couvre le champ choisi ci-dessus.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Progress of the file being written</source>
        <translation>Avancement du fichier en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>Training report / certificates</source>
        <translation>Rapport de formation / certificats</translation>
    </message>
    <message>
        <source>Trainings in the scope</source>
        <translation>Formations comprises dans le champ</translation>
    </message>
    <message>
        <source>Training report…</source>
        <translation>Rapport de formation…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificats…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Click to list these records</source>
        <translation>Cliquez pour afficher la liste de ces fiches</translation>
    </message>
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
            <numerusform>Formations dans ce champ&#xa0;: %Ln. Choisissez-en une&#xa0;:</numerusform>
            <numerusform>Formations dans ce champ&#xa0;: %Ln. Choisissez-en une&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No training in this scope.</source>
        <translation>Aucune formation dans ce champ.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Export the Excel report</source>
        <translation>Exporter le rapport Excel</translation>
    </message>
    <message>
        <source>HRDesk report {period}</source>
        <translation>Rapport HRDesk {period}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Save the training report</source>
        <translation>Enregistrer le rapport de formation</translation>
    </message>
    <message>
        <source>Training report {title}</source>
        <translation>Rapport de formation {title}</translation>
    </message>
    <message>
        <source>Writing the training report…</source>
        <translation>Rédaction du rapport de formation…</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Enregistrer les certificats</translation>
    </message>
    <message>
        <source>Certificates {title}</source>
        <translation>Certificats {title}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Rédaction des certificats…</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Annulé. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Something went wrong while writing the file: {error}</source>
        <translation>Un problème est survenu lors de l&apos;écriture du fichier&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Offices: {n}</source>
        <translation>Bureaux&#xa0;: {n}</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Countries: {n}</source>
        <translation>Pays&#xa0;: {n}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kinds: {n}</source>
        <translation>Types&#xa0;: {n}</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Themes: {n}</source>
        <translation>Thèmes&#xa0;: {n}</translation>
    </message>
    <message>
        <source>All SDG goals</source>
        <translation>Tous les ODD</translation>
    </message>
    <message>
        <source>SDG goals: {n}</source>
        <translation>ODD&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Goal {n}: {title}</source>
        <translation>Objectif {n}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Include cancelled activities</source>
        <translation>Inclure les activités annulées</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Kinds of activity</source>
        <translation>Types d&apos;activité</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>SDG goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>No database at {path}.</source>
        <translation>Aucune base de données à {path}.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Search targets by code or words, e.g. 16.3 or justice</source>
        <translation>Rechercher des cibles par code ou par mots, par ex. 16.3 ou justice</translation>
    </message>
    <message>
        <source>Search SDG targets</source>
        <translation>Rechercher des cibles des ODD</translation>
    </message>
    <message>
        <source>SDG goals and targets</source>
        <translation>Objectifs et cibles des ODD</translation>
    </message>
    <message>
        <source>Goal {n}: {title}</source>
        <translation>Objectif {n}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>Sélection&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>No target selected.</source>
        <translation>Aucune cible sélectionnée.</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Write an exchange workbook for your regional office or headquarters. It can be sent by e-mail or carried on a USB stick; they import it into their HRDesk without duplicates.</source>
        <translation>Écrivez un classeur d&apos;échange pour votre bureau régional ou le siège. Il peut être envoyé par courriel ou transporté sur une clé USB&#xa0;; le destinataire l&apos;importe dans son HRDesk sans doublons.</translation>
    </message>
    <message>
        <source>For example: Regional Office for West Africa</source>
        <translation>Par exemple&#xa0;: Bureau régional pour l&apos;Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Changes since the last export to this recipient</source>
        <translation>Modifications depuis la dernière exportation vers ce destinataire</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Modifications depuis le</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Contenu à envoyer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <source>With a password, Excel and HRDesk ask for it to open the file. Tell it to the recipient another way than the file (by phone, for example).</source>
        <translation>Avec un mot de passe, Excel et HRDesk le demandent pour ouvrir le fichier. Communiquez-le au destinataire autrement qu&apos;avec le fichier (par téléphone, par exemple).</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Name a recipient to send only what changed since your last export to them.</source>
        <translation>Indiquez un destinataire pour n&apos;envoyer que ce qui a changé depuis votre dernière exportation vers lui.</translation>
    </message>
    <message>
        <source>Last export to {name}: {when}.</source>
        <translation>Dernière exportation vers {name}&#xa0;: {when}.</translation>
    </message>
    <message>
        <source>No export to {name} yet: the first one sends everything.</source>
        <translation>Aucune exportation vers {name} pour l&apos;instant&#xa0;: la première envoie tout.</translation>
    </message>
    <message>
        <source>Names, e-mails, phones and notes are in the file. Use a password.</source>
        <translation>Les noms, courriels, téléphones et notes figurent dans le fichier. Utilisez un mot de passe.</translation>
    </message>
    <message>
        <source>No names, e-mails, phones or notes; each person keeps a code, so the region still counts unique people.</source>
        <translation>Ni noms, ni courriels, ni téléphones, ni notes&#xa0;; chaque personne garde un code, de sorte que la région peut toujours compter les personnes distinctes.</translation>
    </message>
    <message>
        <source>No participant rows at all: activities with their counts only.</source>
        <translation>Aucune ligne de participant&#xa0;: seulement les activités avec leurs effectifs.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent. Tapez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose the date to send changes since.</source>
        <translation>Choisissez la date à partir de laquelle envoyer les modifications.</translation>
    </message>
    <message>
        <source>Save the exchange workbook</source>
        <translation>Enregistrer le classeur d&apos;échange</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <source>Saved {name} in {folder} ({privacy}{encrypted}). Rows: {rows}.</source>
        <translation>{name} enregistré dans {folder} ({privacy}{encrypted}). Lignes&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>, with a password</source>
        <translation>, avec mot de passe</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Annulé. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Something went wrong while writing the file: {error}</source>
        <translation>Un problème est survenu lors de l&apos;écriture du fichier&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Wrong password for {location}. Try again:</source>
        <translation>Mot de passe incorrect pour {location}. Réessayez :</translation>
    </message>
    <message>
        <source>Password for {location}:</source>
        <translation>Mot de passe pour {location} :</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Base sur serveur</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>Se connecter à une base sur serveur</translation>
    </message>
    <message>
        <source>Headquarters and regional offices can keep HRDesk&apos;s database on a PostgreSQL server, shared by several users. The administrator creates the database and your user; the password is read from your pgpass file, or asked.</source>
        <translation>Le siège et les bureaux régionaux peuvent garder la base de HRDesk sur un serveur PostgreSQL, partagée par plusieurs utilisateurs. L&apos;administrateur crée la base et votre utilisateur ; le mot de passe est lu dans votre fichier pgpass, ou demandé.</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>par ex. db.example.org</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Chiffrée si le serveur le propose</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffrée</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Chiffrée, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>Non chiffrée (réseau local seulement)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
    <message>
        <source>Give the server.</source>
        <translation>Indiquez le serveur.</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>Indiquez la base de données.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office profile</source>
        <translation>Profil du bureau</translation>
    </message>
    <message>
        <source>Save office profile</source>
        <translation>Enregistrer le profil du bureau</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>Default privacy level of exports</source>
        <translation>Niveau de confidentialité par défaut des exportations</translation>
    </message>
    <message>
        <source>Default privacy level</source>
        <translation>Niveau de confidentialité par défaut</translation>
    </message>
    <message>
        <source>Workbooks sent to other offices leave names and contact details out unless you choose otherwise for a particular export.</source>
        <translation>Les classeurs envoyés à d&apos;autres bureaux ne contiennent ni noms ni coordonnées, sauf si vous en décidez autrement pour une exportation donnée.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Backups and restore…</source>
        <translation>Sauvegardes et restauration…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Decrypt the database…</source>
        <translation>Déchiffrer la base de données…</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Chiffrer la base de données…</translation>
    </message>
    <message>
        <source>On a database server: encryption at rest (of its disks and backups) is the server&apos;s job; ask its administrator.</source>
        <translation>Sur un serveur de bases de données : le chiffrement au repos (de ses disques et sauvegardes) revient au serveur ; adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase (SQLCipher), backups included.</source>
        <translation>Chiffrée avec une phrase secrète (SQLCipher), sauvegardes comprises.</translation>
    </message>
    <message>
        <source>Not encrypted: encryption is not available on this computer (SQLCipher is not installed).</source>
        <translation>Non chiffrée : le chiffrement n’est pas disponible sur cet ordinateur (SQLCipher n’est pas installé).</translation>
    </message>
    <message>
        <source>Not encrypted. Recommended when names are stored: use “Encrypt the database…” below (or File › Encrypt the database…).</source>
        <translation>Non chiffrée. Recommandé quand des noms sont enregistrés : utilisez « Chiffrer la base de données… » ci-dessous (ou Fichier › Chiffrer la base de données…).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Default privacy level saved.</source>
        <translation>Niveau de confidentialité par défaut enregistré.</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Import submissions from phones</source>
        <translation>Importer des soumissions depuis des téléphones</translation>
    </message>
    <message>
        <source>The data export of KoboToolbox (.xlsx) or ODK Central (.csv)</source>
        <translation>L&apos;export de données de KoboToolbox (.xlsx) ou d&apos;ODK Central (.csv)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>What to do / problems and likely duplicates</source>
        <translation>Action / problèmes et doublons probables</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Data export of the submissions</source>
        <translation>Export de données des soumissions</translation>
    </message>
    <message>
        <source>Data exports ({patterns})</source>
        <translation>Exports de données ({patterns})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Use the person already known</source>
        <translation>Utiliser la personne déjà connue</translation>
    </message>
    <message>
        <source>Add as a new person (check the likely duplicate later)</source>
        <translation>Ajouter comme nouvelle personne (vérifier le doublon probable plus tard)</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Ajouter comme nouvelle personne</translation>
    </message>
    <message>
        <source>Apply the changes made since the last import</source>
        <translation>Appliquer les modifications faites depuis la dernière importation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s) have problems (shown in red). Correct them on the server and download the export again; nothing is imported until then.</source>
        <translation>
            <numerusform>%Ln soumission présente des problèmes (en rouge). Corrigez-la sur le serveur et téléchargez de nouveau l&apos;export&#xa0;; rien n&apos;est importé d&apos;ici là.</numerusform>
            <numerusform>%Ln soumissions présentent des problèmes (en rouge). Corrigez-les sur le serveur et téléchargez de nouveau l&apos;export&#xa0;; rien n&apos;est importé d&apos;ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new submission(s)</source>
        <translation>
            <numerusform>%Ln nouvelle soumission</numerusform>
            <numerusform>%Ln nouvelles soumissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edited since the last import</source>
        <translation>
            <numerusform>%Ln modifiée depuis la dernière importation</numerusform>
            <numerusform>%Ln modifiées depuis la dernière importation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln déjà importée</numerusform>
            <numerusform>%Ln déjà importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Separate entries with &apos;;&apos;</source>
        <translation>Séparez les entrées par «&#xa0;;&#xa0;»</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>HRDesk user guide</source>
        <translation>Guide d&apos;utilisation de HRDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Welcome to HRDesk</source>
        <translation>Bienvenue dans HRDesk</translation>
    </message>
    <message>
        <source>Tell HRDesk which office this computer works for. You can change this later in Settings.</source>
        <translation>Indiquez à HRDesk pour quel bureau travaille cet ordinateur. Vous pourrez le modifier plus tard dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <source>%Ln woman/women</source>
        <translation>
            <numerusform>%Ln femme</numerusform>
            <numerusform>%Ln femmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln man/men</source>
        <translation>
            <numerusform>%Ln homme</numerusform>
            <numerusform>%Ln hommes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not stated</source>
        <translation>
            <numerusform>%Ln non précisé</numerusform>
            <numerusform>%Ln non précisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>{total}: {groups}</source>
        <translation>{total}&#xa0;: {groups}</translation>
    </message>
</context>
</TS>
