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
        <source>Matches: %n</source>
        <translation>
            <numerusform>Résultats&#xa0;: %n</numerusform>
            <numerusform>Résultats&#xa0;: %n</numerusform>
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
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate as new</source>
        <translation>Dupliquer comme nouvelle</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activity(ies)? Their participant lists go with them. You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n activité&#xa0;? Sa liste de participants sera supprimée avec elle. Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %n activités&#xa0;? Leurs listes de participants seront supprimées avec elles. Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) deleted.</source>
        <translation>
            <numerusform>%n activité supprimée.</numerusform>
            <numerusform>%n activités supprimées.</numerusform>
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
        <source>Problems and likely duplicates</source>
        <translation>Problèmes et doublons probables</translation>
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
    <message numerus="yes">
        <source>%n row(s) have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</source>
        <translation>
            <numerusform>%n ligne présente des problèmes (en rouge). Corrigez le fichier et relisez-le, ou laissez cette ligne de côté&#xa0;; rien n&apos;est importé d&apos;ici là.</numerusform>
            <numerusform>%n lignes présentent des problèmes (en rouge). Corrigez le fichier et relisez-le, ou laissez ces lignes de côté&#xa0;; rien n&apos;est importé d&apos;ici là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add %n person(s) to the activity.</source>
        <translation>
            <numerusform>Prêt à ajouter %n personne à l&apos;activité.</numerusform>
            <numerusform>Prêt à ajouter %n personnes à l&apos;activité.</numerusform>
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
        <source>Showing %n of %1 entries</source>
        <translation>
            <numerusform>%n entrée affichée sur %1</numerusform>
            <numerusform>%n entrées affichées sur %1</numerusform>
        </translation>
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
    <name>ChartCard</name>
    <message>
        <source>Others ({n})</source>
        <translation>Autres ({n})</translation>
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
        <source>The dashboard arrives with the reporting feature</source>
        <translation>Le tableau de bord arrivera avec la fonction de rapports</translation>
    </message>
    <message>
        <source>It will summarise your activities, people reached and SDG targets at a glance. Until then, record activities and participants from the pages on the left.</source>
        <translation>Il résumera d&apos;un coup d&apos;œil vos activités, les personnes touchées et les cibles des ODD. D&apos;ici là, enregistrez les activités et les participants depuis les pages de gauche.</translation>
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
    <message numerus="yes">
        <source>%n record(s) named “{name}”</source>
        <translation>
            <numerusform>%n fiche au nom de «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>%n fiches au nom de «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n groupe de doublons probables.</numerusform>
            <numerusform>%n groupes de doublons probables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>Keep “{name}” and merge %n other record(s) into it? Their participations move to the kept record.</source>
        <translation>
            <numerusform>Conserver «&#xa0;{name}&#xa0;» et y fusionner %n autre fiche&#xa0;? Ses participations passeront à la fiche conservée.</numerusform>
            <numerusform>Conserver «&#xa0;{name}&#xa0;» et y fusionner %n autres fiches&#xa0;? Leurs participations passeront à la fiche conservée.</numerusform>
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
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Exchange with your regional office arrives with the exchange feature</source>
        <translation>L&apos;échange avec votre bureau régional arrivera avec la fonction d&apos;échange</translation>
    </message>
    <message>
        <source>You will send and receive Excel workbooks here, at the privacy level you choose, without duplicates or loss.</source>
        <translation>Vous enverrez et recevrez ici des classeurs Excel, au niveau de confidentialité de votre choix, sans doublons ni pertes.</translation>
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
        <source>Delete %n record(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n fiche&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %n fiches&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>%n fiche supprimée.</numerusform>
            <numerusform>%n fiches supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n fiche restaurée.</numerusform>
            <numerusform>%n fiches restaurées.</numerusform>
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
    <message>
        <source>{a} activities · {p} participants · {r} recommendations</source>
        <translation>{a} activités · {p} participants · {r} recommandations</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données&#xa0;: {name}</translation>
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
        <source>Activities attended (%n)</source>
        <translation>
            <numerusform>Activités suivies (%n)</numerusform>
            <numerusform>Activités suivies (%n)</numerusform>
        </translation>
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
        <source>Matches: %n</source>
        <translation>
            <numerusform>Résultats&#xa0;: %n</numerusform>
            <numerusform>Résultats&#xa0;: %n</numerusform>
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
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s) from the registry? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n personne du registre&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %n personnes du registre&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) deleted.</source>
        <translation>
            <numerusform>%n personne supprimée.</numerusform>
            <numerusform>%n personnes supprimées.</numerusform>
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
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Personnes participantes</translation>
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
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>People listed: %n</source>
        <translation>
            <numerusform>Personnes inscrites&#xa0;: %n</numerusform>
            <numerusform>Personnes inscrites&#xa0;: %n</numerusform>
        </translation>
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
    <name>ReachGrid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total by age group: {n}</source>
        <translation>Total par tranche d&apos;âge&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
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
        <source>Linked activities</source>
        <translation>Activités liées</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message numerus="yes">
        <source>Linked activities (%n)</source>
        <translation>
            <numerusform>Activités liées (%n)</numerusform>
            <numerusform>Activités liées (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Search recommendations by symbol, body or words</source>
        <translation>Rechercher des recommandations par cote, organe ou mots</translation>
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
        <source>Matches: %n</source>
        <translation>
            <numerusform>Résultats&#xa0;: %n</numerusform>
            <numerusform>Résultats&#xa0;: %n</numerusform>
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
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
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
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Reports arrive with the reporting feature</source>
        <translation>Les rapports arriveront avec la fonction de rapports</translation>
    </message>
    <message>
        <source>Excel and PDF reports for a period, with figures disaggregated by sex, age and disability, will be made here. Everything you record now will be in them.</source>
        <translation>Les rapports Excel et PDF d&apos;une période, avec des chiffres ventilés par sexe, âge et handicap, seront produits ici. Tout ce que vous enregistrez maintenant y figurera.</translation>
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
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. The new language applies the next time HRDesk starts.</source>
        <translation>Enregistré. La nouvelle langue s&apos;appliquera au prochain démarrage de HRDesk.</translation>
    </message>
    <message>
        <source>Default privacy level saved.</source>
        <translation>Niveau de confidentialité par défaut enregistré.</translation>
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
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Supprimer %n fiche</numerusform>
            <numerusform>Supprimer %n fiches</numerusform>
        </translation>
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
</TS>
