<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About consular</source>
        <translation>À propos de consular</translation>
    </message>
    <message>
        <source>consular version {version}</source>
        <translation>consular version {version}</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>&amp;Copier la version</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copier les détails de la version</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked until {when}</source>
        <translation>verrouillé jusqu’à {when}</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sans mot de passe</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>The new user signs in with this password.</source>
        <translation>Le nouvel utilisateur se connecte avec ce mot de passe.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>e.g. a.sharma</source>
        <translation>ex. a.sharma</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe (confirmation) :</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>AssignItemDialog</name>
    <message>
        <source>Owner and due date: {item}</source>
        <translation>Responsable et échéance : {item}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>A family (contact.*) or one action (contact.edit)</source>
        <translation>Une famille (contact.*) ou une action (contact.edit)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d’une date</translation>
    </message>
    <message>
        <source>From date (UTC)</source>
        <translation>Date de début (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu’à une date</translation>
    </message>
    <message>
        <source>To date (UTC), included</source>
        <translation>Date de fin (UTC), incluse</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Entrées trouvées</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entrées d’audit, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <source>Why the audit trail cannot be shown</source>
        <translation>Pourquoi le journal d’audit ne peut pas être affiché</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>{problem} The filter was not changed.</source>
        <translation>{problem} Le filtre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>{count} entry(s)</source>
        <translation>
            <numerusform>{count} entrée</numerusform>
            <numerusform>{count} entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Aucune entrée ne correspond</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{action}&lt;/b&gt; on {record} in {case} by {actor} at {when}: %n field(s) changed</source>
        <translation>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; sur {record} dans {case} par {actor} le {when} : %n champ modifié</numerusform>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; sur {record} dans {case} par {actor} le {when} : %n champs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{action}&lt;/b&gt; on {record} by {actor} at {when}: %n field(s) changed</source>
        <translation>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; sur {record} par {actor} le {when} : %n champ modifié</numerusform>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; sur {record} par {actor} le {when} : %n champs modifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCheckBanner</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Alerte du journal d’audit</translation>
    </message>
    <message>
        <source>What the audit check found</source>
        <translation>Ce que la vérification d’audit a trouvé</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Every problem the audit check found</source>
        <translation>Tous les problèmes trouvés par la vérification d’audit</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: {reason}</source>
        <translation>Le journal d’audit n’a pas pu être vérifié : {reason}</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>Verifying the audit trail… {percent}%</source>
        <translation>Vérification du journal d’audit… {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified (%Ln entries).</source>
        <translation>
            <numerusform>Journal d’audit vérifié (%Ln entrée).</numerusform>
            <numerusform>Journal d’audit vérifié (%Ln entrées).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be fully checked on this machine: {problems}</source>
        <translation>Le journal d’audit n’a pas pu être entièrement vérifié sur cet ordinateur : {problems}</translation>
    </message>
    <message>
        <source>Audit trail only partly verified: see the banner.</source>
        <translation>Journal d’audit vérifié en partie seulement : voir le bandeau.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: see the red banner.</source>
        <translation>Le journal d’audit a été falsifié : voir le bandeau rouge.</translation>
    </message>
    <message>
        <source>Audit trail problems</source>
        <translation>Problèmes du journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). The command `consular audit verify` gives the full report.</source>
        <translation>
            <numerusform>%n problème. La commande `consular audit verify` donne le rapport complet.</numerusform>
            <numerusform>%n problèmes. La commande `consular audit verify` donne le rapport complet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>unchained</source>
        <translation>hors chaîne</translation>
    </message>
    <message>
        <source>Position in the audit chain</source>
        <translation>Position dans la chaîne d’audit</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the entries shown</source>
        <translation>Exporter les entrées affichées</translation>
    </message>
    <message>
        <source>Write the entries matching the filter to CSV or JSON, with the chain head</source>
        <translation>Écrire les entrées correspondant au filtre en CSV ou JSON, avec la tête de chaîne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} entry(s) to {path} (chain head {head}).</source>
        <translation>
            <numerusform>{count} entrée exportée vers {path} (tête de chaîne {head}).</numerusform>
            <numerusform>{count} entrées exportées vers {path} (tête de chaîne {head}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Unlock the backup</source>
        <translation>Déverrouiller la sauvegarde</translation>
    </message>
    <message>
        <source>&apos;{backup}&apos; was made under another key: a backup of another database, or of this one before its key was replaced. It is opened with its own key file.

Enter {username}&apos;s password as it was when the backup was made, or the backup&apos;s recovery key. Nothing is replaced until the backup has been verified and you have agreed.</source>
        <translation>« {backup} » a été créée sous une autre clé : une sauvegarde d’une autre base de données, ou de celle-ci avant le remplacement de sa clé. Elle s’ouvre avec son propre fichier de clés.

Saisissez le mot de passe de {username} tel qu’il était lors de la sauvegarde, ou la clé de récupération de la sauvegarde. Rien n’est remplacé tant que la sauvegarde n’a pas été vérifiée et que vous n’avez pas donné votre accord.</translation>
    </message>
    <message>
        <source>Password in the backup</source>
        <translation>Mot de passe dans la sauvegarde</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>or the recovery key printed for it</source>
        <translation>ou la clé de récupération imprimée pour elle</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>Why the backup did not unlock</source>
        <translation>Pourquoi la sauvegarde ne s’est pas déverrouillée</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Enter the password or the recovery key.</source>
        <translation>Saisissez le mot de passe ou la clé de récupération.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>{field}: calendar</source>
        <translation>{field} : calendrier</translation>
    </message>
    <message>
        <source>Pick the day on a calendar (Alt+Down)</source>
        <translation>Choisir le jour dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>Message de recherche</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <source>Export the case list as shown</source>
        <translation>Exporter la liste des dossiers telle qu’affichée</translation>
    </message>
    <message>
        <source>Write the cases shown, with these filters and this sort, to XLSX or CSV</source>
        <translation>Écrire les dossiers affichés, avec ces filtres et ce tri, en XLSX ou CSV</translation>
    </message>
    <message>
        <source>Search cases, people, counterparts and contact notes  (Ctrl+F)</source>
        <translation>Rechercher dossiers, personnes, interlocuteurs et notes de contact  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Type to search titles, names, counterparts and contact notes; the list narrows as you type. Press Down or Enter to move to the results.</source>
        <translation>Tapez pour rechercher dans les titres, noms, interlocuteurs et notes de contact ; la liste se réduit au fil de la saisie. Appuyez sur Bas ou Entrée pour aller aux résultats.</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show cases in this status</source>
        <translation>Afficher les dossiers ayant ce statut</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Show cases of this kind</source>
        <translation>Afficher les dossiers de ce type</translation>
    </message>
    <message>
        <source>Post filter</source>
        <translation>Filtre de poste</translation>
    </message>
    <message>
        <source>Show cases handled by this post</source>
        <translation>Afficher les dossiers suivis par ce poste</translation>
    </message>
    <message>
        <source>Assigned to filter</source>
        <translation>Filtre d’attribution</translation>
    </message>
    <message>
        <source>Show cases this person leads or supervises</source>
        <translation>Afficher les dossiers que cette personne pilote ou supervise</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Press Enter to open the selected case; the menu key for more.</source>
        <translation>Appuyez sur Entrée pour ouvrir le dossier sélectionné ; la touche menu pour plus d’options.</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Filtres de la recherche</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear the filters and search every case</source>
        <translation>Effacer les filtres et rechercher dans tous les dossiers</translation>
    </message>
    <message>
        <source>Search every case, whatever its status, kind, post or assignee</source>
        <translation>Rechercher dans tous les dossiers, quels que soient leur statut, type, poste ou attribution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Searching within: {filters}</source>
        <translation>Recherche limitée à : {filters}</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open or active</source>
        <translation>Ouverts ou actifs</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>No database is open. Use File → Open database… (Ctrl+O).</source>
        <translation>Aucune base de données n’est ouverte. Utilisez Fichier → Ouvrir une base de données… (Ctrl+O).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>{count}+ cases match “{words}”</source>
        <translation>{count}+ dossiers correspondent à « {words} »</translation>
    </message>
    <message numerus="yes">
        <source>{count} case(s) match “{words}”</source>
        <translation>
            <numerusform>{count} dossier correspond à « {words} »</numerusform>
            <numerusform>{count} dossiers correspondent à « {words} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} case(s)</source>
        <translation>
            <numerusform>{count} dossier</numerusform>
            <numerusform>{count} dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>{cases} · {count} loaded</source>
        <translation>{cases} · {count} chargés</translation>
    </message>
    <message>
        <source>No case matches “{words}”.
Try fewer words, or clear the filters.</source>
        <translation>Aucun dossier ne correspond à « {words} ».
Essayez avec moins de mots, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Aucun dossier ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>There are no cases yet. Open one with Case → New case… (Ctrl+N).</source>
        <translation>Aucun dossier pour l’instant. Ouvrez-en un avec Dossier → Nouveau dossier… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>Ouvrir {reference}</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>Imprimer une note…</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <source>{purpose}: which case?</source>
        <translation>{purpose} : quel dossier ?</translation>
    </message>
    <message>
        <source>Choose the case for {purpose}</source>
        <translation>Choisir le dossier pour : {purpose}</translation>
    </message>
    <message>
        <source>{purpose} — type a reference, a name or a word, then press Enter.</source>
        <translation>{purpose} — saisissez une référence, un nom ou un mot, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>Trouver le dossier</translation>
    </message>
    <message>
        <source>e.g. BAM-2025-0001, Kayes, Gaddam</source>
        <translation>ex. BAM-2025-0001, Kayes, Gaddam</translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation>Dossiers correspondants</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nouveau mot de passe (confirmation) :</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Edit charge</source>
        <translation>Modifier le chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Record a charge</source>
        <translation>Enregistrer un chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record charge</source>
        <translation>Enregistrer le chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
</context>
<context>
    <name>ChronologyText</name>
    <message numerus="yes">
        <source>{name}: held %n day(s)</source>
        <translation>
            <numerusform>{name} : détenu depuis %n jour</numerusform>
            <numerusform>{name} : détenu depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n day(s) in captivity, {status}</source>
        <translation>
            <numerusform>{name} : %n jour de captivité, {status}</numerusform>
            <numerusform>{name} : %n jours de captivité, {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) shown</source>
        <translation>
            <numerusform>%n heure affichée</numerusform>
            <numerusform>%n heures affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) shown</source>
        <translation>
            <numerusform>%n jour affiché</numerusform>
            <numerusform>%n jours affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) shown</source>
        <translation>
            <numerusform>%n mois affiché</numerusform>
            <numerusform>%n mois affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} événement</numerusform>
            <numerusform>{count} événements</numerusform>
        </translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Aucun événement à afficher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
</context>
<context>
    <name>ChronologyView</name>
    <message>
        <source>Chronology</source>
        <extracomment>seconds per pixel: one hour is 1,200 px at the closest, three years 600 px at the farthest.</extracomment>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete task</source>
        <translation>Terminer la tâche</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Mark “{title}” as done.</source>
        <translation>Marquer « {title} » comme fait.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>Note d&apos;achèvement</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Ce qui a été fait (facultatif)</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Pourquoi ce n’a pas été enregistré</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Load the saved record and see what they changed; your typing is kept</source>
        <translation>Charger l’enregistrement sauvegardé et voir ce qui a changé ; votre saisie est conservée</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>What they changed</source>
        <translation>Ce qu’ils ont modifié</translation>
    </message>
    <message>
        <source>What they changed, side by side</source>
        <translation>Ce qu’ils ont modifié, côte à côte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: someone else changed this since you opened it.&lt;/b&gt; {reason}&lt;br&gt;Your edits are still in the form.</source>
        <translation>&lt;b&gt;Non enregistré : quelqu’un d’autre a modifié ceci depuis que vous l’avez ouvert.&lt;/b&gt; {reason}&lt;br&gt;Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reloaded.&lt;/b&gt; Their version is loaded; save again to apply your edits on top of it.</source>
        <translation>&lt;b&gt;Rechargé.&lt;/b&gt; Leur version est chargée ; enregistrez à nouveau pour appliquer vos modifications par-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>They changed %n field(s).</source>
        <translation>
            <numerusform>Ils ont modifié %n champ.</numerusform>
            <numerusform>Ils ont modifié %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>You had also changed {fields}: your text is kept in the form; compare before saving.</source>
        <translation>Vous aviez aussi modifié {fields} : votre texte est conservé dans le formulaire ; comparez avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Nothing you can see here changed (only bookkeeping, or a field not shown).</source>
        <translation>Rien de visible ici n’a changé (seulement des données de gestion, ou un champ non affiché).</translation>
    </message>
    <message>
        <source>&amp;Close this note</source>
        <translation>&amp;Fermer cette note</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>&lt;b&gt;consular hit an unexpected problem.&lt;/b&gt;&lt;br&gt;Everything saved before this moment is safe: each change is saved whole or not at all. What you were typing may need to be entered again (drafts of contact entries are kept).&lt;br&gt;Please copy the details below and send them to your administrator.</source>
        <translation>&lt;b&gt;consular a rencontré un problème inattendu.&lt;/b&gt;&lt;br&gt;Tout ce qui a été enregistré avant ce moment est en sécurité : chaque modification est enregistrée entièrement ou pas du tout. Ce que vous étiez en train de saisir devra peut-être être ressaisi (les brouillons des contacts sont conservés).&lt;br&gt;Veuillez copier les détails ci-dessous et les envoyer à votre administrateur.</translation>
    </message>
    <message>
        <source>Error: {summary}</source>
        <translation>Erreur : {summary}</translation>
    </message>
    <message>
        <source>Error details and log</source>
        <translation>Détails de l’erreur et journal</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <source>{total} in all; the first {shown} are listed</source>
        <translation>{total} au total ; les {shown} premiers sont listés</translation>
    </message>
    <message>
        <source>{shown}+</source>
        <translation>{shown}+</translation>
    </message>
    <message>
        <source>More than {shown}; the first {shown} are listed</source>
        <translation>Plus de {shown} ; les {shown} premiers sont listés</translation>
    </message>
    <message>
        <source>latest {shown}</source>
        <translation>{shown} derniers</translation>
    </message>
    <message>
        <source>The {shown} most recent entries; older ones are in each case&apos;s timeline</source>
        <translation>Les {shown} entrées les plus récentes ; les plus anciennes sont dans la chronologie de chaque dossier</translation>
    </message>
    <message>
        <source>{list}: {count}</source>
        <translation>{list} : {count}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{count} items; press Enter to open one</source>
        <translation>{count} éléments ; appuyez sur Entrée pour en ouvrir un</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Reload the figures (F5)</source>
        <translation>Recharger les chiffres (F5)</translation>
    </message>
    <message>
        <source>Families not contacted within plan</source>
        <translation>Familles non contactées selon le plan</translation>
    </message>
    <message>
        <source>Every family has been contacted as agreed.</source>
        <translation>Toutes les familles ont été contactées comme convenu.</translation>
    </message>
    <message>
        <source>Nationals held or missing</source>
        <translation>Ressortissants détenus ou disparus</translation>
    </message>
    <message>
        <source>No national is held or missing in an open case.</source>
        <translation>Aucun ressortissant n’est détenu ou disparu dans un dossier ouvert.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>Aucune tâche en retard.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’a encore été enregistré.</translation>
    </message>
    <message>
        <source>Tell the family</source>
        <translation>Informer la famille</translation>
    </message>
    <message>
        <source>No family is waiting to be told of a development.</source>
        <translation>Aucune famille n’attend d’être informée d’un fait nouveau.</translation>
    </message>
    <message>
        <source>Overdue detention requests</source>
        <translation>Demandes de détention en retard</translation>
    </message>
    <message>
        <source>No consular visit request or note verbale is waiting too long; every past hearing has its outcome.</source>
        <translation>Aucune demande de visite consulaire ni note verbale n’attend trop longtemps ; chaque audience passée a son issue.</translation>
    </message>
    <message>
        <source>task #{id} of {reference}</source>
        <translation>tâche n° {id} de {reference}</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>Ouvrir {reference}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Could not update</source>
        <translation>Mise à jour impossible</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>échéance {when}</translation>
    </message>
    <message>
        <source>Opened {opened} UTC, due {due} UTC. Open {reference} at its family log.</source>
        <translation>Ouvert le {opened} UTC, échéance le {due} UTC. Ouvrir {reference} à son journal familial.</translation>
    </message>
    <message>
        <source>{plan}. Open {reference} at its people.</source>
        <translation>{plan}. Ouvrir {reference} à ses personnes.</translation>
    </message>
    <message>
        <source>Due {when} UTC · priority {priority}</source>
        <translation>Échéance le {when} UTC · priorité {priority}</translation>
    </message>
    <message>
        <source>{what}
{reference} · since {date}</source>
        <translation>{what}
{reference} · depuis le {date}</translation>
    </message>
    <message>
        <source>Restricted: only the case team reads it.</source>
        <translation>Restreint : seule l’équipe du dossier peut le lire.</translation>
    </message>
    <message>
        <source>Open {reference} at its detention records.</source>
        <translation>Ouvrir {reference} à ses dossiers de détention.</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>Figures as of {when}</source>
        <translation>Chiffres au {when}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Record a demand</source>
        <translation>Enregistrer une revendication</translation>
    </message>
    <message>
        <source>Record demand</source>
        <translation>Enregistrer la revendication</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>As they present themselves: &apos;a man speaking for the group&apos;</source>
        <translation>Tel qu&apos;il se présente : « un homme parlant au nom du groupe »</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount and currency</source>
        <translation>Montant et devise</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Par l&apos;intermédiaire de</translation>
    </message>
    <message>
        <source>— not through an intermediary —</source>
        <translation>— sans intermédiaire —</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>— all / not named —</source>
        <translation>— tous / non précisé —</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>About the family: a threat to them or a demand made on them</source>
        <translation>Concerne la famille : une menace contre elle ou une revendication qui lui est adressée</translation>
    </message>
    <message>
        <source>Opens a &apos;tell the family&apos; item for the hostage it concerns (or each hostage)</source>
        <translation>Ouvre un point « informer la famille » pour l&apos;otage concerné (ou pour chaque otage)</translation>
    </message>
    <message>
        <source>Always restricted: only the case team reads demands.</source>
        <translation>Toujours restreint : seule l&apos;équipe du dossier lit les revendications.</translation>
    </message>
    <message>
        <source>{name} ({category})</source>
        <translation>{name} ({category})</translation>
    </message>
</context>
<context>
    <name>DemandTableModel</name>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Par l&apos;intermédiaire de</translation>
    </message>
    <message>
        <source>Came through an intermediary who was not vetted at the time</source>
        <translation>Reçue par un intermédiaire qui n&apos;était pas vérifié à ce moment-là</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>DemandsTab</name>
    <message>
        <source>Record demand…</source>
        <translation>Enregistrer une revendication…</translation>
    </message>
    <message>
        <source>Record a demand</source>
        <translation>Enregistrer une revendication</translation>
    </message>
    <message>
        <source>Response…</source>
        <translation>Réponse…</translation>
    </message>
    <message>
        <source>Record the response to the selected demand</source>
        <translation>Enregistrer la réponse à la revendication sélectionnée</translation>
    </message>
    <message>
        <source>Vetting…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Record the vetting of the selected demand&apos;s intermediary</source>
        <translation>Enregistrer la vérification de l&apos;intermédiaire de la revendication sélectionnée</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Void the selected demand</source>
        <translation>Annuler la revendication sélectionnée</translation>
    </message>
    <message>
        <source>Demands summary</source>
        <translation>Résumé des revendications</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Selected demand in full</source>
        <translation>Revendication sélectionnée en entier</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n revendication</numerusform>
            <numerusform>%n revendications</numerusform>
        </translation>
    </message>
    <message>
        <source>No demands recorded.</source>
        <translation>Aucune revendication enregistrée.</translation>
    </message>
    <message>
        <source>{count} (restricted: you are not on this case&apos;s team)</source>
        <translation>{count} (restreint : vous ne faites pas partie de l&apos;équipe de ce dossier)</translation>
    </message>
    <message>
        <source>{count}; {unanswered} without a response; {flagged} via an intermediary not vetted then</source>
        <translation>{count} ; {unanswered} sans réponse ; {flagged} par un intermédiaire alors non vérifié</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Restricted&lt;/b&gt;: a demand was recorded.</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;Restreint&lt;/b&gt; : une revendication a été enregistrée.</translation>
    </message>
    <message>
        <source>Only the case team reads demands.</source>
        <translation>Seule l&apos;équipe du dossier lit les revendications.</translation>
    </message>
    <message>
        <source>{via}, by {channel}</source>
        <translation>{via}, par {channel}</translation>
    </message>
    <message>
        <source>{name} — about the family</source>
        <translation>{name} — concerne la famille</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Par l&apos;intermédiaire de</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Came through an intermediary who was {status} at the time.</source>
        <translation>Reçue par un intermédiaire dont le statut était alors : {status}.</translation>
    </message>
    <message>
        <source>VOID: {reason}</source>
        <translation>ANNULÉ : {reason}</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>revendication</translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Detention facts</source>
        <translation>Faits relatifs à la détention</translation>
    </message>
    <message>
        <source>Detention facts…</source>
        <translation>Faits relatifs à la détention…</translation>
    </message>
    <message>
        <source>Set the detention facts</source>
        <translation>Renseigner les faits relatifs à la détention</translation>
    </message>
    <message>
        <source>The detaining authority, the place of detention (a transfer), the lawyer</source>
        <translation>L&apos;autorité de détention, le lieu de détention (un transfert), l&apos;avocat</translation>
    </message>
    <message>
        <source>Consular visits</source>
        <translation>Visites consulaires</translation>
    </message>
    <message>
        <source>Request visit…</source>
        <translation>Demander une visite…</translation>
    </message>
    <message>
        <source>Decision / visit…</source>
        <translation>Décision / visite…</translation>
    </message>
    <message>
        <source>Notes verbales</source>
        <translation>Notes verbales</translation>
    </message>
    <message>
        <source>Note verbale…</source>
        <translation>Note verbale…</translation>
    </message>
    <message>
        <source>Answer / edit…</source>
        <translation>Réponse / modifier…</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Hearing…</source>
        <translation>Audience…</translation>
    </message>
    <message>
        <source>Outcome / edit…</source>
        <translation>Issue / modifier…</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Chefs d&apos;accusation</translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation>Chef d&apos;accusation…</translation>
    </message>
    <message>
        <source>Edit charge…</source>
        <translation>Modifier le chef d&apos;accusation…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Detention records</source>
        <translation>Pièces de la détention</translation>
    </message>
    <message>
        <source>Selected detention record in full</source>
        <translation>Pièce de détention sélectionnée en entier</translation>
    </message>
    <message>
        <source>{requests}; {visits} made; {late} without a decision after {days}</source>
        <translation>{requests} ; visites effectuées : {visits} ; sans décision après {days} : {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{notes}; {unanswered} unanswered; {late} past {days}</source>
        <translation>{notes} ; sans réponse : {unanswered} ; au-delà de {days} : {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>{hearings}; {late} past without an outcome</source>
        <translation>{hearings} ; passées sans issue : {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s)</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
    <message>
        <source>No charge recorded</source>
        <translation>Aucun chef d&apos;accusation enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n chef d&apos;accusation</numerusform>
            <numerusform>%n chefs d&apos;accusation</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({count}) — {late} overdue</source>
        <translation>{title} ({count}) — en retard : {late}</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No detention facts recorded.&lt;/b&gt; Press &lt;i&gt;Detention facts…&lt;/i&gt; to record the detaining authority, the place of detention and the lawyer.</source>
        <translation>&lt;b&gt;Aucun fait relatif à la détention n&apos;est enregistré.&lt;/b&gt; Cliquez sur &lt;i&gt;Faits relatifs à la détention…&lt;/i&gt; pour enregistrer l&apos;autorité de détention, le lieu de détention et l&apos;avocat.</translation>
    </message>
    <message>
        <source>{place} (from {day})</source>
        <translation>{place} (à partir du {day})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>{place} since {day}</source>
        <translation>{place} depuis le {day}</translation>
    </message>
    <message>
        <source>authority not recorded</source>
        <translation>autorité non renseignée</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — held by &lt;b&gt;{authority}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — détenu(e) par &lt;b&gt;{authority}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <source>Before: {places}</source>
        <translation>Auparavant : {places}</translation>
    </message>
    <message>
        <source>Lawyer: {lawyer}</source>
        <translation>Avocat : {lawyer}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Restricted&lt;/b&gt;: recorded {day}. Only the case team reads it.</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;Restreint&lt;/b&gt; : enregistré le {day}. Seule l&apos;équipe du dossier peut le lire.</translation>
    </message>
    <message>
        <source>{day} by note verbale {reference}</source>
        <translation>{day} par note verbale {reference}</translation>
    </message>
    <message>
        <source>{decision} on {day}</source>
        <translation>{decision} le {day}</translation>
    </message>
    <message>
        <source>{day}, by {name}</source>
        <translation>{day}, par {name}</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation>État constaté</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>Aucune issue enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status} depuis le {day}</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>En retard.</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(restreint)</translation>
    </message>
    <message>
        <source>{what} #{number} of {name}</source>
        <translation>{what} n° {number} de {name}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit {file}</source>
        <translation>Modifier {file}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Document description</source>
        <translation>Description du document</translation>
    </message>
    <message>
        <source>What it is, where it came from, what it shows</source>
        <translation>Ce que c&apos;est, sa provenance, ce qu&apos;il montre</translation>
    </message>
    <message>
        <source>Restricted — only the case&apos;s team may see it</source>
        <translation>Restreint — seule l&apos;équipe du dossier peut le voir</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Ouvrir le document sélectionné</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Copy the selected document&apos;s SHA-256</source>
        <translation>Copier le SHA-256 du document sélectionné</translation>
    </message>
    <message>
        <source>Edit description…</source>
        <translation>Modifier la description…</translation>
    </message>
    <message>
        <source>Edit the selected document&apos;s description</source>
        <translation>Modifier la description du document sélectionné</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Void the selected document</source>
        <translation>Annuler le document sélectionné</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Taille maximale</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Problème de pièce jointe</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>État des pièces jointes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Documents are stored inside the case database, so a backup of the database includes them.</source>
        <translation>Déposez des fichiers ici pour les joindre. Les documents sont conservés dans la base de données des dossiers : une sauvegarde de la base de données les inclut.</translation>
    </message>
    <message>
        <source>Up to {size} per file</source>
        <translation>Jusqu&apos;à {size} par fichier</translation>
    </message>
    <message>
        <source>Change the description or the restricted mark (the file never changes)</source>
        <translation>Modifier la description ou la mention « restreint » (le fichier ne change jamais)</translation>
    </message>
    <message>
        <source>Select a document to void it.</source>
        <translation>Sélectionnez un document pour l&apos;annuler.</translation>
    </message>
    <message>
        <source>Void the document attached by mistake, with a reason</source>
        <translation>Annuler le document joint par erreur, en indiquant le motif</translation>
    </message>
    <message>
        <source>{file} in {reference}</source>
        <translation>{file} dans {reference}</translation>
    </message>
    <message>
        <source>document {file}</source>
        <translation>document {file}</translation>
    </message>
    <message>
        <source>Attach files to {reference}</source>
        <translation>Joindre des fichiers à {reference}</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>Ajout de {file}…</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>Non joint : {reason}</translation>
    </message>
    <message>
        <source>Not attached: {file} (unexpected error, see the report)</source>
        <translation>Non joint : {file} (erreur inattendue, voir le rapport)</translation>
    </message>
    <message>
        <source>No program to open {file} was found. A copy is at {path}.</source>
        <translation>Aucun programme ne permet d&apos;ouvrir {file}. Une copie se trouve à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Find duplicate</source>
        <translation>Doublons parmi les</translation>
    </message>
    <message>
        <source>What to find duplicates of</source>
        <translation>Dans quoi rechercher les doublons</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>interlocuteurs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop looking for duplicates</source>
        <translation>Arrêter la recherche de doublons</translation>
    </message>
    <message>
        <source>Stop looking: nothing is listed until you refresh</source>
        <translation>Arrêter la recherche : rien n’est listé tant que vous n’actualisez pas</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation>Doublons trouvés</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Fusions récentes</translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation>Annuler la fusion…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche de doublons…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Looking for duplicates… {percent}%</source>
        <translation>Recherche de doublons… {percent} %</translation>
    </message>
    <message>
        <source>Stopped: refresh to look again</source>
        <translation>Arrêté : actualisez pour relancer la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s) of people</source>
        <translation>
            <numerusform>%n paire de personnes possiblement en double</numerusform>
            <numerusform>%n paires de personnes possiblement en double</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate duplicate people</source>
        <translation>Aucune personne possiblement en double</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s) of counterparts</source>
        <translation>
            <numerusform>%n paire d’interlocuteurs possiblement en double</numerusform>
            <numerusform>%n paires d’interlocuteurs possiblement en double</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate duplicate counterparts</source>
        <translation>Aucun interlocuteur possiblement en double</translation>
    </message>
    <message>
        <source>Only supervisors and administrators merge records</source>
        <translation>Seuls les superviseurs et les administrateurs fusionnent des enregistrements</translation>
    </message>
    <message>
        <source>Merge the selected pair: choose per field, then every link moves</source>
        <translation>Fusionner la paire sélectionnée : choisissez champ par champ, puis tous les liens sont déplacés</translation>
    </message>
    <message>
        <source>Put the merged record and all its links back</source>
        <translation>Rétablir l’enregistrement fusionné et tous ses liens</translation>
    </message>
    <message>
        <source>Undo merge #{merge}? #{loser_id} {loser} comes back with every link it had, and #{winner_id} {winner} gets its values from before.</source>
        <translation>Annuler la fusion n° {merge} ? N° {loser_id} {loser} revient avec tous les liens qu’il avait, et n° {winner_id} {winner} retrouve ses valeurs d’avant.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>EscalationTray</name>
    <message>
        <source>Open consular</source>
        <extracomment>(title, text) of each notification given, newest last (shown by the tray when there is one).</extracomment>
        <translation>Ouvrir consular</translation>
    </message>
    <message>
        <source>Show my escalations</source>
        <translation>Afficher mes escalades</translation>
    </message>
</context>
<context>
    <name>EscalationWatch</name>
    <message>
        <source>My escalations</source>
        <translation>Mes escalades</translation>
    </message>
    <message>
        <source>Nothing overdue on the cases you supervise.</source>
        <translation>Rien en retard dans les dossiers que vous supervisez.</translation>
    </message>
    <message>
        <source>My escalations: overdue on the cases you supervise</source>
        <translation>Mes escalades : en retard dans les dossiers que vous supervisez</translation>
    </message>
    <message>
        <source>could not update</source>
        <translation>mise à jour impossible</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the timeline of {reference}</source>
        <translation>Exporter la chronologie de {reference}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Include restricted entries</source>
        <translation>Inclure les entrées restreintes</translation>
    </message>
    <message>
        <source>Redact personal identifiers (passport and ID numbers, phones, e-mails, dates of birth); leaves restricted entries out</source>
        <translation>Caviarder les identifiants personnels (numéros de passeport et de pièce d’identité, téléphones, courriels, dates de naissance) ; exclut les entrées restreintes</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Mask names too (the case&apos;s people and their families, native script included)</source>
        <translation>Masquer aussi les noms (les personnes du dossier et leurs familles, écriture d’origine comprise)</translation>
    </message>
    <message>
        <source>Mask names</source>
        <translation>Masquer les noms</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>Exports the event types shown now ({types}). Dates are whole days in the case&apos;s time zone.</source>
        <translation>Exporte les types d’événements affichés actuellement ({types}). Les dates sont des jours entiers dans le fuseau horaire du dossier.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Export timeline as</source>
        <translation>Exporter la chronologie sous</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier où écrire.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Le premier jour est postérieur au dernier.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Writing events: {done} of {total}…</source>
        <translation>Écriture des événements : {done} sur {total}…</translation>
    </message>
    <message>
        <source>Preparing the PDF: {done} of {total} events…</source>
        <translation>Préparation du PDF : {done} événements sur {total}…</translation>
    </message>
    <message>
        <source>Laying out the PDF: page {page} ({done} of {total} events)…</source>
        <translation>Mise en page du PDF : page {page} ({done} événements sur {total})…</translation>
    </message>
    <message>
        <source>Laying out the PDF: the first page ({done} of {total} events)…</source>
        <translation>Mise en page du PDF : première page ({done} événements sur {total})…</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Detention facts</source>
        <translation>Faits relatifs à la détention</translation>
    </message>
    <message>
        <source>Save facts</source>
        <translation>Enregistrer les faits</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ressortissant</translation>
    </message>
    <message>
        <source>Detaining authority</source>
        <translation>Autorité de détention</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Lieu de détention</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>There since</source>
        <translation>Sur place depuis le</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Lawyer&apos;s name</source>
        <translation>Nom de l&apos;avocat</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Lawyer&apos;s firm</source>
        <translation>Cabinet de l&apos;avocat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Lawyer&apos;s phone</source>
        <translation>Téléphone de l&apos;avocat</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Désigné le</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A .csv (any separator, UTF-8 or Windows-1252) or .xlsx file; title rows above the header are skipped.</source>
        <translation>Un fichier .csv (tout séparateur, UTF-8 ou Windows-1252) ou .xlsx ; les lignes de titre au-dessus de l’en-tête sont ignorées.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); read as {how}. {notes}</source>
        <translation>
            <numerusform>%n ligne ; lu comme {how}. {notes}</numerusform>
            <numerusform>%n lignes ; lu comme {how}. {notes}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{title}: form</source>
        <translation>{title} : formulaire</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Enter saves (Ctrl+Enter in a text box)</source>
        <translation>Entrée enregistre (Ctrl+Entrée dans une zone de texte)</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; Esc cancels</source>
        <translation>Ctrl+Entrée enregistre ; Échap annule</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Entrée ou Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. What you typed is still here.</source>
        <translation>Non enregistré : erreur inattendue. Ce que vous avez saisi est conservé.</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Edit hearing</source>
        <translation>Modifier l&apos;audience</translation>
    </message>
    <message>
        <source>Record a hearing</source>
        <translation>Enregistrer une audience</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record hearing</source>
        <translation>Enregistrer l&apos;audience</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Once the hearing is held: what was decided</source>
        <translation>Une fois l&apos;audience tenue : ce qui a été décidé</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Prochaine audience</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <extracomment>Records were imported or an import undone: open lists should reload.</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ItemDoneDialog</name>
    <message>
        <source>Done: {item}</source>
        <translation>Fait : {item}</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Debrief by</source>
        <translation>Débriefing par</translation>
    </message>
    <message>
        <source>The agency or officer who held it</source>
        <translation>L&apos;organisme ou l&apos;agent qui l&apos;a mené</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LinkCaseDialog</name>
    <message>
        <source>Link a case — {reference}</source>
        <translation>Lier un dossier — {reference}</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>button: make the link</comment>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Link {reference} with another case: taken in the same incident, or related. You must be on both cases&apos; teams (or a supervisor). Each case then shows the other.</source>
        <translation>Lier {reference} à un autre dossier : personnes enlevées lors du même incident, ou dossier connexe. Vous devez faire partie des équipes des deux dossiers (ou être superviseur). Chaque dossier affiche ensuite l&apos;autre.</translation>
    </message>
    <message>
        <source>Other case</source>
        <translation>Autre dossier</translation>
    </message>
    <message>
        <source>Other case&apos;s reference</source>
        <translation>Référence de l&apos;autre dossier</translation>
    </message>
    <message>
        <source>e.g. BAM-2025-0002</source>
        <translation>p. ex. BAM-2025-0002</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>field: the kind of link</comment>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Why linked</source>
        <translation>Motif du lien</translation>
    </message>
    <message>
        <source>Why they are linked</source>
        <translation>Pourquoi ils sont liés</translation>
    </message>
    <message>
        <source>Give the other case&apos;s reference, e.g. BAM-2025-0002.</source>
        <translation>Indiquez la référence de l&apos;autre dossier, p. ex. BAM-2025-0002.</translation>
    </message>
</context>
<context>
    <name>LinkedCasesBox</name>
    <message>
        <source>Linked cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>Lier un dossier…</translation>
    </message>
    <message>
        <source>Link a case</source>
        <translation>Lier un dossier</translation>
    </message>
    <message>
        <source>Not linked to another case.</source>
        <translation>Lié à aucun autre dossier.</translation>
    </message>
    <message>
        <source>{kind}: {reference}; press to open it</source>
        <translation>{kind} : {reference} ; appuyez pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Linked by {name} on {day}. Open {reference}.</source>
        <translation>Lié par {name} le {day}. Ouvrir {reference}.</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Délier…</translation>
    </message>
    <message>
        <source>Unlink {reference}</source>
        <translation>Délier {reference}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>consular is locked</source>
        <translation>consular est verrouillé</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}). The window was locked after a time without use; what you were doing is kept. Enter your password to continue.</source>
        <translation>Connecté en tant que {name} ({username}). La fenêtre a été verrouillée après un temps d’inactivité ; votre travail est conservé. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Only the person signed in can unlock this window.</source>
        <translation>Seule la personne connectée peut déverrouiller cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>People and counterparts probably entered twice; merge them, or undo a merge</source>
        <translation>Personnes et interlocuteurs probablement saisis deux fois ; les fusionner, ou annuler une fusion</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create a new, empty consular database</source>
        <translation>Créer une nouvelle base de données consular vide</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another consular database</source>
        <translation>Ouvrir une autre base de données consular</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Copy the open database to a backup file, encrypted like it</source>
        <translation>Copier la base de données ouverte dans un fichier de sauvegarde, chiffré comme elle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import cases, people or contacts from a CSV or XLSX file (dry run first; undo as one action)</source>
        <translation>Importer des dossiers, des personnes ou des contacts depuis un fichier CSV ou XLSX (essai à blanc d’abord ; annulable en une seule action)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Verify a backup, then put it in place of the open database</source>
        <translation>Vérifier une sauvegarde, puis la mettre à la place de la base de données ouverte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close consular</source>
        <translation>Fermer consular</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Ouvrir un nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Consigner un contact…</translation>
    </message>
    <message>
        <source>Log a call, meeting or message</source>
        <translation>Consigner un appel, une réunion ou un message</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>&amp;Imprimer une note…</translation>
    </message>
    <message>
        <source>Make a PDF brief of a case</source>
        <translation>Établir une note de situation PDF sur un dossier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search cases, people, counterparts and contact notes</source>
        <translation>Rechercher dossiers, personnes, interlocuteurs et notes de contact</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload what is shown</source>
        <translation>Recharger ce qui est affiché</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>&amp;Fermer l’onglet du dossier</translation>
    </message>
    <message>
        <source>Close the case in front</source>
        <translation>Fermer le dossier au premier plan</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>What needs attention today</source>
        <translation>Ce qui demande votre attention aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>The list of cases</source>
        <translation>La liste des dossiers</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Reports across cases: held nationals, monthly statistics, workload, family contact</source>
        <translation>Rapports sur l’ensemble des dossiers : ressortissants détenus, statistiques mensuelles, charge de travail, contacts avec les familles</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to do each daily task</source>
        <translation>Comment effectuer chaque tâche quotidienne</translation>
    </message>
    <message>
        <source>&amp;About consular</source>
        <translation>À &amp;propos de consular</translation>
    </message>
    <message>
        <source>Version and where the data is</source>
        <translation>Version et emplacement des données</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Home, case list and open cases</source>
        <translation>Accueil, liste des dossiers et dossiers ouverts</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Shown as of</source>
        <translation>Affiché au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>This database is not encrypted by consular (encryption is not available yet). Keep it on an encrypted disk and share it only through approved channels.</source>
        <translation>Cette base de données n’est pas chiffrée par consular (le chiffrement n’est pas encore disponible). Conservez-la sur un disque chiffré et ne la partagez que par les canaux autorisés.</translation>
    </message>
    <message>
        <source>Opening {target}…</source>
        <translation>Ouverture de {target}…</translation>
    </message>
    <message>
        <source>{target} was not opened: a case with unsaved edits is open</source>
        <translation>{target} n’a pas été ouvert : un dossier avec des modifications non enregistrées est ouvert</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Création de la base de données…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de données mise à niveau</translation>
    </message>
    <message>
        <source>Created {target}</source>
        <translation>{target} créé</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Connecté en tant que {name} ({role})</translation>
    </message>
    <message>
        <source>User name: {username}</source>
        <translation>Nom d’utilisateur : {username}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: records are shown as they stood that day; changes are refused.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; : les données sont affichées telles qu’elles étaient ce jour-là ; les modifications sont refusées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;, the last day of its data: days held, “ago” and what is overdue are counted from that day, not from today.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;, dernier jour de ses données : les jours de détention, les « il y a » et les retards sont comptés à partir de ce jour, pas d’aujourd’hui.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Dossier {reference}</translation>
    </message>
    <message>
        <source>Close {reference}</source>
        <translation>Fermer {reference}</translation>
    </message>
    <message>
        <source>Close {reference} (Ctrl+W)</source>
        <translation>Fermer {reference} (Ctrl+W)</translation>
    </message>
    <message>
        <source>No posts</source>
        <translation>Aucun poste</translation>
    </message>
    <message>
        <source>This database has no posts yet; add one with the command line (consular seed demo loads examples).</source>
        <translation>Cette base de données n’a pas encore de poste ; ajoutez-en un en ligne de commande (consular seed demo charge des exemples).</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Print brief</source>
        <translation>Imprimer une note</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Who did what, when: the whole database&apos;s audit trail (supervisors and administrators)</source>
        <translation>Qui a fait quoi, et quand : le journal d’audit de toute la base (superviseurs et administrateurs)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Accounts of this database: add, disable, set the role, reset a password (administrators)</source>
        <translation>Comptes de cette base : ajouter, désactiver, définir le rôle, réinitialiser un mot de passe (administrateurs)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Change the password you sign in with</source>
        <translation>Changer le mot de passe avec lequel vous vous connectez</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Verrouiller la fenêtre</translation>
    </message>
    <message>
        <source>Cover the case data until you enter your password again</source>
        <translation>Masquer les données des dossiers jusqu’à ce que vous saisissiez à nouveau votre mot de passe</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>Associer les colonnes aux champs</translation>
    </message>
    <message>
        <source>Suggested from the header names (or the mapping you used last time); saved for next time.</source>
        <translation>Proposé d’après les noms des en-têtes (ou la correspondance utilisée la dernière fois) ; enregistré pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Refuse dates like 03/04/2025</source>
        <translation>Refuser les dates comme 03/04/2025</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>the case&apos;s country</source>
        <translation>le pays du dossier</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025</source>
        <translation>Dates comme 03/04/2025</translation>
    </message>
    <message>
        <source>Phones without +CC are from</source>
        <translation>Les téléphones sans +indicatif sont de</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>Merge two counterparts</source>
        <translation>Fusionner deux interlocuteurs</translation>
    </message>
    <message>
        <source>Reading both records…</source>
        <translation>Lecture des deux enregistrements…</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>Ce que fait la fusion</translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation>Résumé de la fusion</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The two records could not be read: {reason}</source>
        <translation>Les deux enregistrements n’ont pas pu être lus : {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;#{b_id} {b_name}&lt;/b&gt; will be merged into &lt;b&gt;#{a_id} {a_name}&lt;/b&gt;. Choose, per field, the value the person kept will have; every link to B moves to A, and B stays as a tombstone so the merge can be undone (Recent merges).</source>
        <translation>&lt;b&gt;N° {b_id} {b_name}&lt;/b&gt; sera fusionné dans &lt;b&gt;n° {a_id} {a_name}&lt;/b&gt;. Choisissez, champ par champ, la valeur que gardera la personne conservée ; chaque lien vers B passe à A, et B reste comme trace afin que la fusion puisse être annulée (Fusions récentes).</translation>
    </message>
    <message>
        <source>&lt;b&gt;#{b_id} {b_name}&lt;/b&gt; will be merged into &lt;b&gt;#{a_id} {a_name}&lt;/b&gt;. Choose, per field, the value the counterpart kept will have; every link to B moves to A, and B stays as a tombstone so the merge can be undone (Recent merges).</source>
        <translation>&lt;b&gt;N° {b_id} {b_name}&lt;/b&gt; sera fusionné dans &lt;b&gt;n° {a_id} {a_name}&lt;/b&gt;. Choisissez, champ par champ, la valeur que gardera l’interlocuteur conservé ; chaque lien vers B passe à A, et B reste comme trace afin que la fusion puisse être annulée (Fusions récentes).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>{field} from {side}: {value}</source>
        <translation>{field} depuis {side} : {value}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>When, by</source>
        <translation>Date, par</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <extracomment>The case&apos;s milestones marked shareable with family, by id (the &quot;Family&quot; marker).</extracomment>
        <translation>Modifier le jalon</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Milestone kind</source>
        <translation>Type de jalon</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation>Titre du jalon</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Who or what reported it</source>
        <translation>Qui ou quoi l&apos;a signalé</translation>
    </message>
    <message>
        <source>Concerning national</source>
        <translation>Ressortissant concerné</translation>
    </message>
    <message>
        <source>— the case as a whole —</source>
        <translation>— le dossier dans son ensemble —</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Restricted — keep out of family-facing and redacted outputs</source>
        <translation>Restreint — exclu des documents destinés à la famille et des versions caviardées</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>Communicable à la famille</translation>
    </message>
    <message>
        <source>Person #{number}</source>
        <translation>Personne n° {number}</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
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
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Restricted: kept out of family-facing and redacted outputs</source>
        <translation>Restreint : exclu des documents destinés à la famille et des versions caviardées</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Add milestone…</source>
        <translation>Ajouter un jalon…</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation>Modifier le jalon sélectionné</translation>
    </message>
    <message>
        <source>Milestone count</source>
        <translation>Nombre de jalons</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestone in full</source>
        <translation>Jalon en entier</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), oldest first</source>
        <translation>
            <numerusform>%n jalon, du plus ancien au plus récent</numerusform>
            <numerusform>%n jalons, du plus ancien au plus récent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted)</source>
        <translation>
            <numerusform>(%n annulé, non compté)</numerusform>
            <numerusform>(%n annulés, non comptés)</numerusform>
        </translation>
    </message>
    <message>
        <source>; {loaded} of {total} loaded, more as you scroll</source>
        <translation> ; {loaded} sur {total} chargés, la suite au fil du défilement</translation>
    </message>
    <message>
        <source>Milestone “{title}”</source>
        <translation>Jalon « {title} »</translation>
    </message>
    <message>
        <source>Milestone #{number} of {reference}</source>
        <translation>Jalon n° {number} de {reference}</translation>
    </message>
    <message>
        <source>milestone #{number}</source>
        <translation>jalon n° {number}</translation>
    </message>
    <message>
        <source>Correct the selected milestone (Ctrl+Enter saves)</source>
        <translation>Corriger le jalon sélectionné (Ctrl+Entrée enregistre)</translation>
    </message>
    <message>
        <source>&lt;b&gt;VOIDED&lt;/b&gt; — {note}</source>
        <translation>&lt;b&gt;ANNULÉ&lt;/b&gt; — {note}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;RESTRICTED&lt;/b&gt; — kept out of family-facing and redacted outputs</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;RESTREINT&lt;/b&gt; — exclu des documents destinés à la famille et des versions caviardées</translation>
    </message>
    <message>
        <source>Concerning: {name}</source>
        <translation>Concerne : {name}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>Recorded by {name}, {when}</source>
        <translation>Enregistré par {name}, {when}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Problem opening the case</source>
        <translation>Problème à l’ouverture du dossier</translation>
    </message>
    <message>
        <source>e.g. Abduction of three nationals, Kayes cement factory</source>
        <translation>ex. Enlèvement de trois ressortissants, cimenterie de Kayes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Incident date and time</source>
        <translation>Date et heure de l’incident</translation>
    </message>
    <message>
        <source>e.g. Diamond Cement Factory</source>
        <translation>ex. Cimenterie Diamond</translation>
    </message>
    <message>
        <source>Required when responsibility is claimed or confirmed</source>
        <translation>Obligatoire lorsque la responsabilité est revendiquée ou confirmée</translation>
    </message>
    <message>
        <source>What is known: who, what, where, how it was reported</source>
        <translation>Ce que l’on sait : qui, quoi, où, comment cela a été signalé</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>Post handling the case</source>
        <translation>Poste chargé du dossier</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Type de dossier</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>C&amp;lassification</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Marquage de classification</translation>
    </message>
    <message>
        <source>&amp;Lead caseworker</source>
        <translation>&amp;Chargé(e) de dossier principal(e)</translation>
    </message>
    <message>
        <source>Lead caseworker</source>
        <translation>Chargé(e) de dossier principal(e)</translation>
    </message>
    <message>
        <source>Super&amp;visor</source>
        <translation>Super&amp;viseur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Incident date and time, local</source>
        <translation>Date et heure de l’incident, heure locale</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone of the incident</source>
        <translation>Fuseau horaire de l’incident</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Incident site</source>
        <translation>Lieu de l’incident</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Country of the incident</source>
        <translation>Pays de l’incident</translation>
    </message>
    <message>
        <source>&amp;Attribution</source>
        <translation>&amp;Attribution</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <translation>Gro&amp;upe</translation>
    </message>
    <message>
        <source>Group responsible</source>
        <translation>Groupe responsable</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>Sour&amp;ce</translation>
    </message>
    <message>
        <source>Source of the attribution</source>
        <translation>Source de l’attribution</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New case form</source>
        <translation>Formulaire de nouveau dossier</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field} : problème</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>Not applicable: {item}</source>
        <translation>Sans objet : {item}</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marquer sans objet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Pourquoi il ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>e.g. passport found intact: no travel document needed</source>
        <translation>p. ex. passeport retrouvé intact : aucun titre de voyage nécessaire</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Record a note verbale</source>
        <translation>Enregistrer une note verbale</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note reference number</source>
        <translation>Numéro de référence de la note</translation>
    </message>
    <message>
        <source>e.g. NV/LFW/2025/114</source>
        <translation>p. ex. NV/LFW/2025/114</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressée à</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What the answer said</source>
        <translation>Contenu de la réponse</translation>
    </message>
</context>
<context>
    <name>OpenChecklistDialog</name>
    <message>
        <source>Open a repatriation checklist</source>
        <translation>Ouvrir une liste de contrôle du rapatriement</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Ouvrir la liste</translation>
    </message>
    <message>
        <source>The items are given to the case&apos;s lead caseworker, due from the release.</source>
        <translation>Les points sont confiés au chargé de dossier principal, avec des échéances comptées à partir de la libération.</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ressortissant</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>Choose the national.</source>
        <translation>Choisissez le ressortissant.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>PostsText</name>
    <message>
        <source>Post: {name}</source>
        <translation>Poste : {name}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts: {names}</source>
        <translation>Postes : {names}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>In the case&apos;s time zone</source>
        <translation>Dans le fuseau horaire du dossier</translation>
    </message>
    <message>
        <source>In my time zone ({zone})</source>
        <translation>Dans mon fuseau horaire ({zone})</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Choisissez l’une des langues proposées.</translation>
    </message>
    <message>
        <source>Choose one of the themes offered.</source>
        <translation>Choisissez l’un des thèmes proposés.</translation>
    </message>
    <message>
        <source>Choose how times are shown.</source>
        <translation>Choisissez comment les heures sont affichées.</translation>
    </message>
    <message>
        <source>The window can lock after {low} to {high} minutes without use.</source>
        <translation>Le délai avant verrouillage doit être compris entre {low} et {high} minutes.</translation>
    </message>
    <message>
        <source>Keep from {low} to {high} daily backups.</source>
        <translation>Conservez de {low} à {high} sauvegardes quotidiennes.</translation>
    </message>
    <message>
        <source>consular will be in {language} from its next start.</source>
        <translation>consular s’affichera en {language} à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Cases already open keep their setting until you open them again.</source>
        <translation>Les dossiers déjà ouverts gardent leur réglage jusqu’à ce que vous les rouvriez.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before the window locks and asks for your password</source>
        <translation>Minutes sans saisie au clavier ni à la souris avant que la fenêtre se verrouille et demande votre mot de passe</translation>
    </message>
    <message>
        <source>How many daily automatic backups of each database are kept</source>
        <translation>Nombre de sauvegardes automatiques quotidiennes conservées pour chaque base de données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>&amp;Verrouiller la fenêtre après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Sauvegar&amp;des quotidiennes conservées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, theme, times, the idle lock and backups</source>
        <translation>Langue, thème, heures, verrouillage après inactivité et sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>{name}: summary</source>
        <translation>{name} : résumé</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>en retard de %n min</numerusform>
            <numerusform>en retard de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>en retard de %n h</numerusform>
            <numerusform>en retard de %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>The file is imported as one action; undo it below if it was the wrong file.</source>
        <translation>Le fichier est importé en une seule action ; annulez-la ci-dessous si ce n’était pas le bon fichier.</translation>
    </message>
    <message>
        <source>What importing would do, row by row. Nothing has been written.</source>
        <translation>Ce que ferait l’import, ligne par ligne. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Why undo (required)</source>
        <translation>Motif de l’annulation (obligatoire)</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Correct the file or the mapping (Back) before importing.</source>
        <translation>Corrigez le fichier ou la correspondance (Précédent) avant d’importer.</translation>
    </message>
    <message>
        <source>Recorded as import #{batch}.</source>
        <translation>Enregistré comme import n° {batch}.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l’import…</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports — consular</source>
        <translation>Rapports — consular</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
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
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All (or ML, NG…)</source>
        <translation>Tous (ou ML, NG…)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Compute the report for this selection</source>
        <translation>Calculer le rapport pour cette sélection</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>Export this report as {format} (recorded in the audit trail)</source>
        <translation>Exporter ce rapport en {format} (consigné dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Choose a report and press Show.</source>
        <translation>Choisissez un rapport et appuyez sur Afficher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : {what}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {what}. As of now: the period does not apply.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : {what}. À la date d’aujourd’hui : la période ne s’applique pas.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>Le rapport n’a pas pu être calculé.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Calcul du rapport…</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Audit chain head {head}.</source>
        <translation>Tête de la chaîne d’audit {head}.</translation>
    </message>
    <message>
        <source>Export the report as {format}</source>
        <translation>Exporter le rapport en {format}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>Writing the {format} file…</source>
        <translation>Écriture du fichier {format}…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {username}</source>
        <translation>Réinitialiser le mot de passe de {username}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>{name} signs in with the new password; a lockout is lifted.</source>
        <translation>{name} se connecte avec le nouveau mot de passe ; un éventuel verrouillage est levé.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Response to the demand: {demand}</source>
        <translation>Réponse à la revendication : {demand}</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>What was answered, or to whom it was referred</source>
        <translation>Ce qui a été répondu, ou à qui la revendication a été transmise</translation>
    </message>
</context>
<context>
    <name>ReturnItemTableModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>{state} {day}</source>
        <translation>{state} le {day}</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ressortissant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Past its due date and not done</source>
        <translation>Échéance dépassée et non fait</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Éléments</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <source>Done…</source>
        <translation>Fait…</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Marquer le point sélectionné comme fait</translation>
    </message>
    <message>
        <source>Owner and due…</source>
        <translation>Responsable et échéance…</translation>
    </message>
    <message>
        <source>Give the selected item an owner or a due date</source>
        <translation>Attribuer un responsable ou une échéance au point sélectionné</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Sans objet…</translation>
    </message>
    <message>
        <source>Mark the selected item not applicable</source>
        <translation>Marquer le point sélectionné sans objet</translation>
    </message>
    <message>
        <source>Open checklist…</source>
        <translation>Ouvrir une liste…</translation>
    </message>
    <message>
        <source>Open the checklist of a released national who has none</source>
        <translation>Ouvrir la liste de contrôle d&apos;un ressortissant libéré qui n&apos;en a pas</translation>
    </message>
    <message>
        <source>Return summary</source>
        <translation>Résumé du retour</translation>
    </message>
    <message>
        <source>Repatriation checklist</source>
        <translation>Liste de contrôle du rapatriement</translation>
    </message>
    <message>
        <source>Selected item in full</source>
        <translation>Point sélectionné en entier</translation>
    </message>
    <message>
        <source>No repatriation checklist. One opens by itself when a national is recorded released, rescued or escaped (People tab, Change status…).</source>
        <translation>Aucune liste de contrôle du rapatriement. Elle s&apos;ouvre d&apos;elle-même lorsqu&apos;un ressortissant est enregistré comme libéré, secouru ou évadé (onglet Personnes, Changer le statut…).</translation>
    </message>
    <message>
        <source>{name}, released {day}: {summary}</source>
        <translation>{name}, libéré(e) le {day} : {summary}</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when} par {name}</translation>
    </message>
    <message>
        <source>Debrief by</source>
        <translation>Débriefing par</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>Motif « sans objet »</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>En retard.</translation>
    </message>
    <message>
        <source>Ticked done in the Tasks tab without its facts: press Done… to record them.</source>
        <translation>Coché comme fait dans l&apos;onglet Tâches sans ses éléments : cliquez sur Fait… pour les enregistrer.</translation>
    </message>
</context>
<context>
    <name>SavedFiltersPanel</name>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Press Enter to apply the selected filter; the menu key for more.</source>
        <translation>Appuyez sur Entrée pour appliquer le filtre sélectionné ; la touche menu pour plus d’options.</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>Enregistrer l’affichage…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Enregistrer les filtres actuels sous un nom</translation>
    </message>
    <message>
        <source>Keep this list&apos;s filters and sort under a name, to apply them again later</source>
        <translation>Conserver les filtres et le tri de cette liste sous un nom, pour les réappliquer plus tard</translation>
    </message>
    <message>
        <source>{name} — yours, shared with {post}</source>
        <translation>{name} — le vôtre, partagé avec {post}</translation>
    </message>
    <message>
        <source>{name} — yours, only you see it</source>
        <translation>{name} — le vôtre, visible par vous seul</translation>
    </message>
    <message>
        <source>{name} — {owner}&apos;s, shared with {post}</source>
        <translation>{name} — de {owner}, partagé avec {post}</translation>
    </message>
    <message>
        <source>None yet: set the filters, then “Save current…”</source>
        <translation>Aucun pour l’instant : réglez les filtres, puis « Enregistrer l’affichage… »</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>Enregistrer les filtres</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Nom de ces filtres :</translation>
    </message>
    <message>
        <source>You already have a filter called “{name}”. Replace it?</source>
        <translation>Vous avez déjà un filtre nommé « {name} ». Le remplacer ?</translation>
    </message>
    <message>
        <source>Saving the filter…</source>
        <translation>Enregistrement du filtre…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Share with a post…</source>
        <translation>Partager avec un poste…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Saved filter “{name}”</source>
        <translation>Filtre enregistré « {name} »</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Rename filter</source>
        <translation>Renommer le filtre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete the saved filter “{name}”?</source>
        <translation>Supprimer le filtre enregistré « {name} » ?</translation>
    </message>
</context>
<context>
    <name>SavedListMixin</name>
    <message>
        <source>“{name}” names values this version no longer has ({values}); they were left out.</source>
        <translation>« {name} » cite des valeurs que cette version n’a plus ({values}) ; elles ont été ignorées.</translation>
    </message>
    <message>
        <source>Search “{words}”</source>
        <translation>Recherche « {words} »</translation>
    </message>
    <message>
        <source>sorted by best match</source>
        <translation>triés par pertinence</translation>
    </message>
    <message>
        <source>sorted by {column} (descending)</source>
        <translation>triés par {column} (décroissant)</translation>
    </message>
    <message>
        <source>sorted by {column} (ascending)</source>
        <translation>triés par {column} (croissant)</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Exporter la liste des dossiers</translation>
    </message>
</context>
<context>
    <name>SavedListText</name>
    <message numerus="yes">
        <source>Exported {count} case(s) to {path}.</source>
        <translation>
            <numerusform>{count} dossier exporté vers {path}.</numerusform>
            <numerusform>{count} dossiers exportés vers {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRoleDialog</name>
    <message>
        <source>Role of {username}</source>
        <translation>Rôle de {username}</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — consular</source>
        <translation>Connexion — consular</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to {name}</source>
        <translation>Se connecter à {name}</translation>
    </message>
    <message>
        <source>Database and post</source>
        <translation>Base de données et poste</translation>
    </message>
    <message>
        <source>Other database…</source>
        <translation>Autre base de données…</translation>
    </message>
    <message>
        <source>Sign in to another database</source>
        <translation>Se connecter à une autre base de données</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Database: {place}</source>
        <translation>Base de données : {place}</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>e.g. a.sharma</source>
        <translation>ex. a.sharma</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Why signing in failed</source>
        <translation>Pourquoi la connexion a échoué</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in failed because of an unexpected error (see the message).</source>
        <translation>La connexion a échoué à cause d’une erreur inattendue (voir le message).</translation>
    </message>
</context>
<context>
    <name>StatusTile</name>
    <message>
        <source>{status} cases</source>
        <translation>Dossiers — {status}</translation>
    </message>
    <message>
        <source>{status} cases: {count}</source>
        <translation>Dossiers — {status} : {count}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Show {status} cases in the case list</source>
        <translation>Afficher les dossiers « {status} » dans la liste des dossiers</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Intitulé de la tâche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Done: {note}</source>
        <translation>Fait : {note}</translation>
    </message>
    <message>
        <source>Raised by a contact entry</source>
        <translation>Créée à partir d&apos;un contact</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Assign / reschedule…</source>
        <translation>Attribuer / reprogrammer…</translation>
    </message>
    <message>
        <source>Assign or reschedule the selected task</source>
        <translation>Attribuer ou reprogrammer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation>Terminer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>Tâches à afficher</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Task summary</source>
        <translation>Résumé des tâches</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue, {closed} done or cancelled.</source>
        <translation>En cours : {open}, en retard : {overdue}, terminées ou abandonnées : {closed}.</translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted.)</source>
        <translation>
            <numerusform>(%n annulée, non comptée.)</numerusform>
            <numerusform>(%n annulées, non comptées.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded, more as you scroll.</source>
        <translation>{loaded} sur {total} chargées, la suite au fil du défilement.</translation>
    </message>
    <message>
        <source>Task #{number} of {reference}</source>
        <translation>Tâche n° {number} de {reference}</translation>
    </message>
    <message>
        <source>Open (assign / reschedule)…</source>
        <translation>Ouvrir (attribuer / reprogrammer)…</translation>
    </message>
    <message>
        <source>task #{number}</source>
        <translation>tâche n° {number}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show {type}</source>
        <extracomment>Types shown as icon-only toggles (the rarer ones): the row of toggles fits 1280 pixels.</extracomment>
        <translation>Afficher : {type}</translation>
    </message>
    <message>
        <source>Show or hide {type} events</source>
        <translation>Afficher ou masquer les événements : {type}</translation>
    </message>
    <message>
        <source>{type}: show or hide these events</source>
        <translation>{type} : afficher ou masquer ces événements</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Show restricted entries (marked in red)</source>
        <translation>Afficher les entrées restreintes (en rouge)</translation>
    </message>
    <message>
        <source>Filter by name or text…</source>
        <translation>Filtrer par nom ou texte…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Dézoomer (−, Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoomer (+, Ctrl+molette)</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Tout le dossier</translation>
    </message>
    <message>
        <source>Show the whole case</source>
        <translation>Afficher tout le dossier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>000 months shown</source>
        <translation>000 mois affichés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Reload the timeline</source>
        <translation>Recharger la chronologie</translation>
    </message>
    <message>
        <source>Reload timeline</source>
        <translation>Recharger la chronologie</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Événements de la chronologie</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Détail de l’événement</translation>
    </message>
    <message>
        <source>Select an event to read it here.</source>
        <translation>Sélectionnez un événement pour le lire ici.</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>Chargement de la chronologie…</translation>
    </message>
    <message>
        <source>The timeline could not be loaded.</source>
        <translation>La chronologie n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>my time</source>
        <translation>mon heure</translation>
    </message>
    <message>
        <source>case time</source>
        <translation>heure du dossier</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {count} event(s)</source>
        <translation>
            <numerusform>{shown} sur {count} événement</numerusform>
            <numerusform>{shown} sur {count} événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} événement</numerusform>
            <numerusform>{count} événements</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} ({count} restricted)</source>
        <translation>{events} ({count} restreints)</translation>
    </message>
    <message>
        <source>{events}. Times in {caption}, {zone}.</source>
        <translation>{events}. Heures affichées : {caption}, {zone}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} event(s) to {path}.</source>
        <translation>
            <numerusform>{count} événement exporté vers {path}.</numerusform>
            <numerusform>{count} événements exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>L’export a échoué ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export vers {path}…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>When (case time)</source>
        <translation>Date (heure du dossier)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>case time</source>
        <translation>heure du dossier</translation>
    </message>
    <message>
        <source>When ({caption})</source>
        <translation>Date ({caption})</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>consular — nothing overdue on the cases you supervise</source>
        <translation>consular — rien en retard dans les dossiers que vous supervisez</translation>
    </message>
    <message numerus="yes">
        <source>consular — %n item(s) overdue on the cases you supervise</source>
        <translation>
            <numerusform>consular — %n élément en retard dans les dossiers que vous supervisez</numerusform>
            <numerusform>consular — %n éléments en retard dans les dossiers que vous supervisez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in your escalation queue ({total} in all). Open consular to see them.</source>
        <translation>
            <numerusform>%n nouvel élément dans votre file d’escalade ({total} au total). Ouvrez consular pour le voir.</numerusform>
            <numerusform>%n nouveaux éléments dans votre file d’escalade ({total} au total). Ouvrez consular pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>consular — escalations</source>
        <translation>consular — escalades</translation>
    </message>
</context>
<context>
    <name>UnlinkCaseDialog</name>
    <message>
        <source>Unlink {other} — {reference}</source>
        <translation>Délier {other} — {reference}</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>{reference} and {other} will no longer show each other. The link stays on record with who undid it, when and why.</source>
        <translation>{reference} et {other} ne s&apos;afficheront plus l&apos;un l&apos;autre. Le lien reste consigné, avec l&apos;auteur, la date et le motif de sa suppression.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why they are unlinked</source>
        <translation>Pourquoi ils sont déliés</translation>
    </message>
    <message>
        <source>Say why the cases are unlinked; it is kept with the link.</source>
        <translation>Indiquez pourquoi les dossiers sont déliés ; le motif est conservé avec le lien.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Set &amp;role…</source>
        <translation>Définir le &amp;rôle…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Added {username} ({role}).</source>
        <translation>{username} ajouté ({role}).</translation>
    </message>
    <message>
        <source>{username} is now {role}.</source>
        <translation>{username} est maintenant {role}.</translation>
    </message>
    <message>
        <source>The password of {username} was reset.</source>
        <translation>Le mot de passe de {username} a été réinitialisé.</translation>
    </message>
    <message>
        <source>{username} was enabled.</source>
        <translation>{username} a été activé.</translation>
    </message>
    <message>
        <source>{username} was disabled.</source>
        <translation>{username} a été désactivé.</translation>
    </message>
</context>
<context>
    <name>VettingDialog</name>
    <message>
        <source>Vetting: {name}</source>
        <translation>Vérification : {name}</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>e.g. the MFA crisis cell, the gendarmerie</source>
        <translation>p. ex. la cellule de crise du ministère, la gendarmerie</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
    <message>
        <source>Vetting history</source>
        <translation>Historique des vérifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Never vetted: unvetted.</source>
        <translation>Jamais vérifié : non vérifié.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Consular visit</source>
        <translation>Visite consulaire</translation>
    </message>
    <message>
        <source>Request a consular visit</source>
        <translation>Demander une visite consulaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>By note verbale</source>
        <translation>Par note verbale</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation>Visite le</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>Visite effectuée par</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation>État constaté</translation>
    </message>
    <message>
        <source>Note verbale #{number}</source>
        <translation>Note verbale n° {number}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>Annuler l&apos;entrée</translation>
    </message>
    <message>
        <source>The {what} stays in the history, struck through, with your name and the reason; it no longer counts anywhere (counts, briefs, timeline, exports).</source>
        <translation>L&apos;entrée ({what}) reste dans l&apos;historique, barrée, avec votre nom et le motif ; elle n&apos;est plus prise en compte nulle part (décomptes, notes de situation, chronologie, exports).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>{what} to void</source>
        <translation>{what} à annuler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Motif de l&apos;annulation</translation>
    </message>
    <message>
        <source>Required: why this entry is wrong, e.g. &apos;Recorded for the wrong person&apos;</source>
        <translation>Obligatoire : pourquoi cette entrée est erronée, p. ex. « Enregistrée pour la mauvaise personne »</translation>
    </message>
    <message>
        <source>Choose the entry to void.</source>
        <translation>Choisissez l&apos;entrée à annuler.</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the voided entry.</source>
        <translation>Indiquez le motif ; il est conservé avec l&apos;entrée annulée.</translation>
    </message>
</context>
<context>
    <name>ZonedDateTimeEdit</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>{field}: time zone</source>
        <translation>{field} : fuseau horaire</translation>
    </message>
    <message>
        <source>{field}: switch time zone</source>
        <translation>{field} : changer de fuseau horaire</translation>
    </message>
    <message>
        <source>Show in my time</source>
        <translation>Afficher dans mon heure</translation>
    </message>
    <message>
        <source>Show and enter this time in your zone, {zone}</source>
        <translation>Afficher et saisir cette heure dans votre fuseau, {zone}</translation>
    </message>
    <message>
        <source>Show in case time</source>
        <translation>Afficher dans l’heure du dossier</translation>
    </message>
    <message>
        <source>Show and enter this time in the case&apos;s zone, {zone}</source>
        <translation>Afficher et saisir cette heure dans le fuseau du dossier, {zone}</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>National</source>
        <translation>Ressortissant</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message>
        <source>Case tracking for consular staff handling the abduction, hostage-taking, wrongful detention or disappearance of nationals abroad: cases, people, the contact log, tasks, milestones, documents and briefs.</source>
        <translation>Suivi des dossiers pour les agents consulaires chargés de l’enlèvement, de la prise d’otages, de la détention arbitraire ou de la disparition de ressortissants à l’étranger : dossiers, personnes, journal des contacts, tâches, jalons, documents et notes de situation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Base de données :&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Dossier des données :&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Fichier journal :&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Devanagari (SIL Open Font License 1.1).</source>
        <translation>Polices : Noto Sans et Noto Sans Devanagari (SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>backup_actions</name>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Une base de données sur serveur se sauvegarde avec les outils du serveur (pg_dump).</translation>
    </message>
    <message>
        <source>Only supervisors and administrators back the database up to a file: a backup holds every case and keeps today&apos;s key slots. The daily backup is made for you in this computer&apos;s backups folder.</source>
        <translation>Seuls les superviseurs et les administrateurs sauvegardent la base dans un fichier : une sauvegarde contient tous les dossiers et conserve les emplacements de clés actuels. La sauvegarde quotidienne est faite pour vous dans le dossier de sauvegardes de cet ordinateur.</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Sauvegarder la base de données vers</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}, {seconds} s).</source>
        <translation>Sauvegardé vers {path} ({size}, {seconds} s).</translation>
    </message>
    <message>
        <source>Its key file: {path}</source>
        <translation>Son fichier de clés : {path}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé vers {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>SHA-256 {digest}…; audit chain head {head}.</source>
        <translation>SHA-256 {digest}… ; tête de la chaîne d’audit {head}.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Every page and the schema check out ({seconds} s).</source>
        <translation>Toutes les pages et le schéma sont corrects ({seconds} s).</translation>
    </message>
    <message>
        <source>Audit trail: {audit}.</source>
        <translation>Journal d’audit : {audit}.</translation>
    </message>
    <message>
        <source>It did not verify, so it cannot be restored:
{problems}</source>
        <translation>La vérification a échoué, la sauvegarde ne peut donc pas être restaurée :
{problems}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore works on a SQLite database file; open one first.</source>
        <translation>La restauration porte sur un fichier de base de données SQLite ; ouvrez-en un d’abord.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup: it replaces every case for everyone.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde : elle remplace tous les dossiers, pour tout le monde.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>Sauvegardes (*.bak *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no backup file &apos;{path}&apos;.</source>
        <translation>Le fichier de sauvegarde « {path} » n’existe pas.</translation>
    </message>
    <message>
        <source>Unlocking the backup…</source>
        <translation>Déverrouillage de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup did not verify</source>
        <translation>La sauvegarde n’a pas été vérifiée</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>its last entry</source>
        <translation>sa dernière entrée</translation>
    </message>
    <message>
        <source>If you restore it:</source>
        <translation>Si vous la restaurez :</translation>
    </message>
    <message>
        <source>• The open database &apos;{name}&apos; is closed and replaced by this backup. The current file is kept beside it as &apos;{name}.replaced-…&apos;, with its key file.</source>
        <translation>• La base de données ouverte « {name} » est fermée et remplacée par cette sauvegarde. Le fichier actuel est conservé à côté sous le nom « {name}.replaced-… », avec son fichier de clés.</translation>
    </message>
    <message>
        <source>• Whatever was written after the backup was made (its audit trail ends at entry {head}) is no longer in the database. The restore is recorded in it, and anchors printed since are reported as rolled back.</source>
        <translation>• Tout ce qui a été écrit après la sauvegarde (son journal d’audit s’arrête à l’entrée {head}) ne figure plus dans la base. La restauration y est consignée, et les ancres imprimées depuis sont signalées comme annulées.</translation>
    </message>
    <message>
        <source>• The backup keeps its own key file: afterwards the database opens with the passwords it had then, not today&apos;s.</source>
        <translation>• La sauvegarde garde son propre fichier de clés : ensuite, la base s’ouvre avec les mots de passe d’alors, pas ceux d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Replace the open database with this backup?</source>
        <translation>Remplacer la base de données ouverte par cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Restored {backup} to {path}.</source>
        <translation>{backup} restauré vers {path}.</translation>
    </message>
    <message>
        <source>The replaced file is kept as {path}.</source>
        <translation>Le fichier remplacé est conservé sous {path}.</translation>
    </message>
    <message>
        <source>The restore is recorded in its audit trail (history forked after entry #{entry}).</source>
        <translation>La restauration est consignée dans son journal d’audit (historique bifurqué après l’entrée n° {entry}).</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>{reason}

The database was not replaced; it is opened again.</source>
        <translation>{reason}

La base de données n’a pas été remplacée ; elle est rouverte.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>Sauvegarde quotidienne effectuée : {name}</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>Échec de la sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>La sauvegarde quotidienne n’a pas pu être effectuée : {reason}</translation>
    </message>
</context>
<context>
    <name>case_picker</name>
    <message>
        <source>{reference} — open in a tab</source>
        <translation>{reference} — ouvert dans un onglet</translation>
    </message>
</context>
<context>
    <name>case_table</name>
    <message>
        <source>Abduction</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <source>Hostage-taking</source>
        <translation>Prise d’otages</translation>
    </message>
    <message>
        <source>Wrongful detention</source>
        <translation>Détention arbitraire</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>Personne disparue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>Aucun contact consigné pour l’instant</translation>
    </message>
    <message>
        <source>Last contact: {when}</source>
        <translation>Dernier contact : {when}</translation>
    </message>
    <message>
        <source>Overdue: {when}</source>
        <translation>En retard : {when}</translation>
    </message>
    <message>
        <source>Due: {when}</source>
        <translation>Échéance : {when}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column} : {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>{title}
Lead: {lead} · Post: {post} · Priority: {priority}</source>
        <translation>{title}
Pilote : {lead} · Poste : {post} · Priorité : {priority}</translation>
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
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Incident: {when}</source>
        <translation>Incident : {when}</translation>
    </message>
    <message>
        <source>Days since the incident</source>
        <translation>Jours depuis l’incident</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Détenus</translation>
    </message>
    <message>
        <source>{held} held of {total} nationals concerned</source>
        <translation>{held} détenus sur {total} ressortissants concernés</translation>
    </message>
    <message>
        <source>Nationals still held (or unaccounted for) / nationals concerned</source>
        <translation>Ressortissants encore détenus (ou dont le sort est inconnu) / ressortissants concernés</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Time since the last logged contact</source>
        <translation>Temps écoulé depuis le dernier contact consigné</translation>
    </message>
    <message>
        <source>Next task due</source>
        <translation>Prochaine tâche</translation>
    </message>
    <message>
        <source>The earliest open task; overdue ones in orange</source>
        <translation>La première tâche ouverte ; celles en retard en orange</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Pourquoi il correspond</translation>
    </message>
    <message>
        <source>What the search found in this case</source>
        <translation>Ce que la recherche a trouvé dans ce dossier</translation>
    </message>
</context>
<context>
    <name>chart_widget</name>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Missing since {date} (UTC).</source>
        <translation>Disparu depuis le {date} (UTC).</translation>
    </message>
    <message>
        <source>Held since {date} (UTC).</source>
        <translation>Détenu depuis le {date} (UTC).</translation>
    </message>
    <message>
        <source>Last verified proof of life: {date}.</source>
        <translation>Dernière preuve de vie vérifiée : {date}.</translation>
    </message>
    <message>
        <source>No verified proof of life on record.</source>
        <translation>Aucune preuve de vie vérifiée au dossier.</translation>
    </message>
    <message>
        <source>Needs attention: {flags}.</source>
        <translation>Requiert votre attention : {flags}.</translation>
    </message>
    <message>
        <source>Open {reference} at its people.</source>
        <translation>Ouvrir {reference} à ses personnes.</translation>
    </message>
</context>
<context>
    <name>database_dialogs</name>
    <message>
        <source>consular databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données consular (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists. Use File → Open database… to open it, or choose a new file name.</source>
        <translation>« {name} » existe déjà. Utilisez Fichier → Ouvrir une base de données… pour l’ouvrir, ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>A new database is created with its first administrator: run `consular --db {target} db init --admin NAME`, then open it here.</source>
        <translation>Une nouvelle base de données se crée avec son premier administrateur : exécutez `consular --db {target} db init --admin NAME`, puis ouvrez-la ici.</translation>
    </message>
    <message>
        <source>Not a consular database</source>
        <translation>Pas une base de données consular</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in &apos;{name}&apos;.</source>
        <translation>{reason}

Rien n’a été modifié dans « {name} ».</translation>
    </message>
    <message>
        <source>Database from a newer consular</source>
        <translation>Base de données d’une version plus récente de consular</translation>
    </message>
    <message>
        <source>{reason}

This is consular {version}. The file was left as it is.</source>
        <translation>{reason}

Ceci est consular {version}. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Database is in use</source>
        <translation>Base de données en cours d’utilisation</translation>
    </message>
    <message>
        <source>{reason}

Another program (or another consular window) is writing to &apos;{name}&apos;. Close it, or wait a moment, and open the file again.</source>
        <translation>{reason}

Un autre programme (ou une autre fenêtre consular) écrit dans « {name} ». Fermez-le, ou attendez un instant, puis rouvrez le fichier.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database was upgraded to the format of this version of consular.

A copy of it as it was before the upgrade is kept at:
{path}</source>
        <translation>La base de données a été mise au format de cette version de consular.

Une copie de son état avant la mise à niveau est conservée ici :
{path}</translation>
    </message>
    <message>
        <source>Open a consular database</source>
        <translation>Ouvrir une base de données consular</translation>
    </message>
    <message>
        <source>Create a new consular database</source>
        <translation>Créer une nouvelle base de données consular</translation>
    </message>
</context>
<context>
    <name>demands_tab</name>
    <message>
        <source>{name} ({status} then)</source>
        <translation>{name} ({status} à l&apos;époque)</translation>
    </message>
</context>
<context>
    <name>detention_dialogs</name>
    <message>
        <source>Restricted — only the case team reads it</source>
        <translation>Restreint — seule l&apos;équipe du dossier peut le lire</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ressortissant</translation>
    </message>
</context>
<context>
    <name>detention_tab</name>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>note verbale</source>
        <translation>note verbale</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Void the selected visit</source>
        <translation>Annuler la visite sélectionnée</translation>
    </message>
    <message>
        <source>Void the selected note verbale</source>
        <translation>Annuler la note verbale sélectionnée</translation>
    </message>
    <message>
        <source>Void the selected hearing</source>
        <translation>Annuler l&apos;audience sélectionnée</translation>
    </message>
    <message>
        <source>Void the selected charge</source>
        <translation>Annuler le chef d&apos;accusation sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE (%n day(s))</source>
        <translation>
            <numerusform>EN RETARD (%n jour)</numerusform>
            <numerusform>EN RETARD (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ressortissant</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided {day}</source>
        <translation>Décision le {day}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite le</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>Visite effectuée par</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>OVERDUE — no outcome recorded</source>
        <translation>EN RETARD — aucune issue enregistrée</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Prochaine date</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>documents_tab</name>
    <message>
        <source>Select a document to edit its description.</source>
        <translation>Sélectionnez un document pour modifier sa description.</translation>
    </message>
    <message>
        <source>Restricted: only the case&apos;s team, supervisors and administrators may see or edit it.</source>
        <translation>Restreint : seuls l&apos;équipe du dossier, les superviseurs et les administrateurs peuvent le voir ou le modifier.</translation>
    </message>
    <message>
        <source>Voided by {name}: {reason}. A voided document stays as it was.</source>
        <translation>Annulé par {name} : {reason}. Un document annulé reste tel quel.</translation>
    </message>
</context>
<context>
    <name>duplicates_dialog</name>
    <message>
        <source>no case</source>
        <translation>aucun dossier</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>escalation_panel</name>
    <message>
        <source>family contact</source>
        <translation>contact avec la famille</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>Family contact due {when} UTC, overdue by more than {days}. Open {reference}.</source>
        <translation>Contact avec la famille prévu le {when} UTC, en retard de plus de {days}. Ouvrir {reference}.</translation>
    </message>
    <message>
        <source>Task due {when} UTC, overdue by more than {days}. Open {reference}.</source>
        <translation>Tâche à échéance le {when} UTC, en retard de plus de {days}. Ouvrir {reference}.</translation>
    </message>
</context>
<context>
    <name>form_rows</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Erreur : {field}</translation>
    </message>
</context>
<context>
    <name>gui.forms.contact_form</name>
    <message>
        <source>&apos;{name}&apos; is typed but not added: press Enter in the field to add it, or clear it.</source>
        <translation>« {name} » est saisi mais pas ajouté : appuyez sur Entrée dans le champ pour l&apos;ajouter, ou effacez-le.</translation>
    </message>
    <message>
        <source>follow-up task</source>
        <comment>the field named in a validation message</comment>
        <translation>tâche de suivi</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>the field named in a validation message</comment>
        <translation>résumé</translation>
    </message>
    <message>
        <source>The contact time is in the future; check the date and time zone.</source>
        <translation>L&apos;heure du contact est dans le futur ; vérifiez la date et le fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>gui.forms.detention_forms</name>
    <message>
        <source>Say when the charge was dropped.</source>
        <translation>Indiquez quand le chef d&apos;accusation a été abandonné.</translation>
    </message>
    <message>
        <source>Say when the charge was convicted.</source>
        <translation>Indiquez quand la condamnation a été prononcée.</translation>
    </message>
    <message>
        <source>Say when the charge was acquitted.</source>
        <translation>Indiquez quand l&apos;acquittement a été prononcé.</translation>
    </message>
    <message>
        <source>Say when the request was granted.</source>
        <translation>Indiquez quand la demande a été accordée.</translation>
    </message>
    <message>
        <source>Say when the request was refused.</source>
        <translation>Indiquez quand la demande a été refusée.</translation>
    </message>
    <message>
        <source>Say when the request was no answer (closed).</source>
        <translation>Indiquez quand la demande a été close sans réponse.</translation>
    </message>
    <message>
        <source>Give its reference number.</source>
        <translation>Indiquez son numéro de référence.</translation>
    </message>
    <message>
        <source>Give to whom.</source>
        <translation>Indiquez le destinataire.</translation>
    </message>
    <message>
        <source>Give its subject.</source>
        <translation>Indiquez son objet.</translation>
    </message>
    <message>
        <source>Say what the charge is.</source>
        <translation>Indiquez le chef d&apos;accusation.</translation>
    </message>
    <message>
        <source>Give the date the charge was filed.</source>
        <translation>Indiquez la date de dépôt du chef d&apos;accusation.</translation>
    </message>
    <message>
        <source>The charge&apos;s filing date is in the future; check the date.</source>
        <translation>La date de dépôt du chef d&apos;accusation est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The status date is before the charge was filed.</source>
        <translation>La date du statut est antérieure au dépôt du chef d&apos;accusation.</translation>
    </message>
    <message>
        <source>Give the hearing&apos;s date.</source>
        <translation>Indiquez la date de l&apos;audience.</translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation>Indiquez la juridiction.</translation>
    </message>
    <message>
        <source>The next hearing ({next}) is before this hearing ({held}); check both dates.</source>
        <translation>La prochaine audience ({next}) est antérieure à celle-ci ({held}) ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>The hearing is still to come: record its outcome once held.</source>
        <translation>L&apos;audience n&apos;a pas encore eu lieu : enregistrez son issue une fois tenue.</translation>
    </message>
    <message>
        <source>Give the date of the request.</source>
        <translation>Indiquez la date de la demande.</translation>
    </message>
    <message>
        <source>The request&apos;s date is in the future; check the date.</source>
        <translation>La date de la demande est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The decision ({decided}) is dated before the request ({requested}); check both.</source>
        <translation>La décision ({decided}) est datée d&apos;avant la demande ({requested}) ; vérifiez les deux.</translation>
    </message>
    <message>
        <source>A visit is recorded only on a granted request; choose Granted first.</source>
        <translation>Une visite ne s&apos;enregistre que sur une demande accordée ; choisissez d&apos;abord Accordée.</translation>
    </message>
    <message>
        <source>Findings and welfare are recorded after the visit: give its date.</source>
        <translation>Les constatations et l&apos;état de la personne s&apos;enregistrent après la visite : indiquez sa date.</translation>
    </message>
    <message>
        <source>Give the date it was sent.</source>
        <translation>Indiquez la date d&apos;envoi.</translation>
    </message>
    <message>
        <source>The answer is dated before the note was sent.</source>
        <translation>La réponse est datée d&apos;avant l&apos;envoi de la note.</translation>
    </message>
    <message>
        <source>Say what the answer said (a line is enough).</source>
        <translation>Indiquez ce que disait la réponse (une ligne suffit).</translation>
    </message>
    <message>
        <source>Give the date of the answer as well as what it said.</source>
        <translation>Indiquez la date de la réponse en plus de son contenu.</translation>
    </message>
</context>
<context>
    <name>gui.forms.family_forms</name>
    <message>
        <source>Choose the next of kin who was told.</source>
        <extracomment>Problem the time field itself reports (unparseable text), shown as a told_at error.</extracomment>
        <translation>Choisissez le proche qui a été informé.</translation>
    </message>
    <message>
        <source>Say how they were told (phone, in person, ...).</source>
        <translation>Indiquez comment il a été informé (téléphone, en personne…).</translation>
    </message>
    <message>
        <source>what was told</source>
        <comment>the field named in a validation message</comment>
        <translation>ce qui a été dit</translation>
    </message>
    <message>
        <source>Item #{number} is not open any more; reload.</source>
        <translation>Le point n° {number} n&apos;est plus ouvert ; rechargez.</translation>
    </message>
    <message>
        <source>Choose the next of kin.</source>
        <translation>Choisissez le proche.</translation>
    </message>
    <message>
        <source>Choose a different officer: this one is already theirs.</source>
        <translation>Choisissez un autre agent : celui-ci est déjà le sien.</translation>
    </message>
    <message>
        <source>Say why the officer changes; it is shown on the brief.</source>
        <translation>Indiquez pourquoi l&apos;agent change ; le motif figure sur la note de situation.</translation>
    </message>
</context>
<context>
    <name>gui.forms.import_form</name>
    <message>
        <source>Choose a file first.</source>
        <extracomment>field name → header of the file (&quot;&quot; when no column holds it)</extracomment>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
</context>
<context>
    <name>gui.forms.key_facts</name>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation>L&apos;heure de l&apos;incident est dans le futur ; vérifiez la date et le fuseau.</translation>
    </message>
</context>
<context>
    <name>gui.forms.new_case</name>
    <message>
        <source>Name the group when attribution is claimed.</source>
        <translation>Nommez le groupe lorsque l&apos;acte est revendiqué.</translation>
    </message>
    <message>
        <source>Name the group when attribution is confirmed.</source>
        <translation>Nommez le groupe lorsque l&apos;attribution est confirmée.</translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation>fuseau inconnu</translation>
    </message>
    <message>
        <source>local time, {offset}</source>
        <translation>heure locale, {offset}</translation>
    </message>
    <message>
        <source>Required: the group that claimed it</source>
        <translation>Obligatoire : le groupe qui l&apos;a revendiqué</translation>
    </message>
    <message>
        <source>Optional: suspected or named group</source>
        <translation>Facultatif : groupe soupçonné ou nommé</translation>
    </message>
    <message>
        <source>Choose the post handling the case.</source>
        <translation>Choisissez le poste qui traite le dossier.</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>Indiquez quand l&apos;incident a eu lieu.</translation>
    </message>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation>L&apos;heure de l&apos;incident est dans le futur ; vérifiez la date et le fuseau.</translation>
    </message>
</context>
<context>
    <name>gui.forms.people_forms</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name as in the passport</source>
        <translation>Nom complet comme sur le passeport</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>e.g. रवि वर्मा</source>
        <translation>p. ex. रवि वर्मा</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Home state</source>
        <translation>État d&apos;origine</translation>
    </message>
    <message>
        <source>Home district</source>
        <translation>District d&apos;origine</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>e.g. Hindi, Telugu, English</source>
        <translation>p. ex. hindi, télougou, anglais</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type the date of birth as YYYY-MM-DD (it must exist in the calendar).</source>
        <translation>« {text} » n&apos;est pas une date : saisissez la date de naissance au format AAAA-MM-JJ (elle doit exister dans le calendrier).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation>La date de naissance est antérieure à 1900 ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message>
        <source>Choose whose next of kin this is.</source>
        <translation>Choisissez de qui cette personne est le proche.</translation>
    </message>
    <message>
        <source>Enter the next of kin&apos;s name.</source>
        <translation>Saisissez le nom du proche.</translation>
    </message>
    <message>
        <source>Say how they are related (e.g. Wife, Father).</source>
        <translation>Indiquez le lien de parenté (p. ex. épouse, père).</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is released</source>
        <extracomment>Outcomes that end a captivity: recorded only with a source and the person&apos;s name typed out.</extracomment>
        <translation>Saisissez {name} pour confirmer que {name} est libéré(e)</translation>
    </message>
    <message>
        <source>Say where the news that {name} is released comes from (the source).</source>
        <translation>Indiquez d&apos;où vient la nouvelle de la libération de {name} (la source).</translation>
    </message>
    <message>
        <source>To record {name} as released, type their name ({name}) to confirm; no name was given.</source>
        <translation>Pour enregistrer {name} comme libéré(e), saisissez son nom ({name}) pour confirmer ; aucun nom n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>To record {name} as released, type their name ({name}) to confirm; it does not match.</source>
        <translation>Pour enregistrer {name} comme libéré(e), saisissez son nom ({name}) pour confirmer ; le nom saisi ne correspond pas.</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is rescued</source>
        <translation>Saisissez {name} pour confirmer que {name} est secouru(e)</translation>
    </message>
    <message>
        <source>Say where the news that {name} is rescued comes from (the source).</source>
        <translation>Indiquez d&apos;où vient la nouvelle de le sauvetage de {name} (la source).</translation>
    </message>
    <message>
        <source>To record {name} as rescued, type their name ({name}) to confirm; no name was given.</source>
        <translation>Pour enregistrer {name} comme secouru(e), saisissez son nom ({name}) pour confirmer ; aucun nom n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>To record {name} as rescued, type their name ({name}) to confirm; it does not match.</source>
        <translation>Pour enregistrer {name} comme secouru(e), saisissez son nom ({name}) pour confirmer ; le nom saisi ne correspond pas.</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is escaped</source>
        <translation>Saisissez {name} pour confirmer que {name} est évadé(e)</translation>
    </message>
    <message>
        <source>Say where the news that {name} is escaped comes from (the source).</source>
        <translation>Indiquez d&apos;où vient la nouvelle de l&apos;évasion de {name} (la source).</translation>
    </message>
    <message>
        <source>To record {name} as escaped, type their name ({name}) to confirm; no name was given.</source>
        <translation>Pour enregistrer {name} comme évadé(e), saisissez son nom ({name}) pour confirmer ; aucun nom n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>To record {name} as escaped, type their name ({name}) to confirm; it does not match.</source>
        <translation>Pour enregistrer {name} comme évadé(e), saisissez son nom ({name}) pour confirmer ; le nom saisi ne correspond pas.</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is deceased</source>
        <translation>Saisissez {name} pour confirmer que {name} est décédé(e)</translation>
    </message>
    <message>
        <source>Say where the news that {name} is deceased comes from (the source).</source>
        <translation>Indiquez d&apos;où vient la nouvelle de le décès de {name} (la source).</translation>
    </message>
    <message>
        <source>To record {name} as deceased, type their name ({name}) to confirm; no name was given.</source>
        <translation>Pour enregistrer {name} comme décédé(e), saisissez son nom ({name}) pour confirmer ; aucun nom n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>To record {name} as deceased, type their name ({name}) to confirm; it does not match.</source>
        <translation>Pour enregistrer {name} comme décédé(e), saisissez son nom ({name}) pour confirmer ; le nom saisi ne correspond pas.</translation>
    </message>
    <message>
        <source>Type {name} to confirm the new status</source>
        <translation>Saisissez {name} pour confirmer le nouveau statut</translation>
    </message>
    <message>
        <source>Choose the new status; nothing is chosen for you.</source>
        <translation>Choisissez le nouveau statut ; rien n&apos;est présélectionné.</translation>
    </message>
    <message>
        <source>The status change is in the future; check the date.</source>
        <translation>Le changement de statut est dans le futur ; vérifiez la date.</translation>
    </message>
</context>
<context>
    <name>gui.forms.record_forms</name>
    <message>
        <source>Give the milestone a title.</source>
        <translation>Donnez un titre au jalon.</translation>
    </message>
    <message>
        <source>Say when it happened.</source>
        <translation>Indiquez quand cela s&apos;est produit.</translation>
    </message>
    <message>
        <source>The milestone is in the future; check the date.</source>
        <translation>Le jalon est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Say which national this proof of life concerns.</source>
        <translation>Indiquez quel ressortissant cette preuve de vie concerne.</translation>
    </message>
    <message>
        <source>Give the counterpart&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;interlocuteur.</translation>
    </message>
    <message>
        <source>reliability note</source>
        <comment>the field named in a validation message</comment>
        <translation>note de fiabilité</translation>
    </message>
</context>
<context>
    <name>gui.forms.return_forms</name>
    <message>
        <source>Say when it was done.</source>
        <translation>Indiquez quand cela a été fait.</translation>
    </message>
    <message>
        <source>The item cannot be closed in the future; check the date.</source>
        <translation>Le point ne peut pas être clos dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Say who held the debrief (an agency or an officer).</source>
        <translation>Indiquez qui a mené le débriefing (un organisme ou un agent).</translation>
    </message>
    <message>
        <source>Say whether psychosocial support was offered, accepted or declined.</source>
        <translation>Indiquez si un soutien psychosocial a été proposé, accepté ou refusé.</translation>
    </message>
    <message>
        <source>Choose who owns the item.</source>
        <translation>Choisissez le responsable du point.</translation>
    </message>
    <message>
        <source>Nothing changed: choose another owner or another due date.</source>
        <translation>Rien n&apos;a changé : choisissez un autre responsable ou une autre échéance.</translation>
    </message>
    <message>
        <source>Say why the item does not apply (it stays on the record).</source>
        <translation>Indiquez pourquoi le point est sans objet (il reste consigné).</translation>
    </message>
</context>
<context>
    <name>gui.forms.values</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Enter a date and time as {hint}.</source>
        <translation>Saisissez une date et une heure au format {hint}.</translation>
    </message>
    <message>
        <source>Enter a date as {hint}.</source>
        <translation>Saisissez une date au format {hint}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type it as {hint}, e.g. {example}.</source>
        <translation>« {text} » n&apos;est pas une date et une heure : saisissez-la au format {hint}, p. ex. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {hint}, e.g. {example}.</source>
        <translation>« {text} » n&apos;est pas une date : saisissez-la au format {hint}, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The year {year} is not plausible; check the date.</source>
        <translation>L&apos;année {year} n&apos;est pas plausible ; vérifiez la date.</translation>
    </message>
    <message>
        <source>There is no month {month}: months run from 01 to 12.</source>
        <translation>Il n&apos;y a pas de mois {month} : les mois vont de 01 à 12.</translation>
    </message>
    <message>
        <source>{date} is not a date: {month} has {days} days. Nothing was changed.</source>
        <translation>{date} n&apos;est pas une date : {month} compte {days} jours. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{time} is not a time of day: use 00:00 to 23:59.</source>
        <translation>{time} n&apos;est pas une heure valide : utilisez 00:00 à 23:59.</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>People in cases</source>
        <translation>Personnes des dossiers</translation>
    </message>
    <message>
        <source>Contacts (the contact log)</source>
        <translation>Contacts (le journal des contacts)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>rapproché</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>assumed {what}</source>
        <translation>supposé : {what}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Restricted: kept out of family-facing and redacted outputs</source>
        <translation>Restreint : exclu des documents destinés aux familles et des sorties caviardées</translation>
    </message>
</context>
<context>
    <name>linked_cases</name>
    <message>
        <source> — &lt;i&gt;details restricted to that case&apos;s team&lt;/i&gt;</source>
        <translation> — &lt;i&gt;détails réservés à l&apos;équipe de ce dossier&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>list_export_action</name>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Feuille de calcul (*.xlsx);;CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Export de la liste…</translation>
    </message>
</context>
<context>
    <name>merge_dialog</name>
    <message>
        <source>cases taken part in</source>
        <translation>dossiers auxquels elle a participé</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>identifiants</translation>
    </message>
    <message>
        <source>next-of-kin relations (as the relative)</source>
        <translation>liens de parenté (en tant que proche)</translation>
    </message>
    <message>
        <source>next-of-kin relations (as the national)</source>
        <translation>liens de parenté (en tant que ressortissant)</translation>
    </message>
    <message>
        <source>counterpart records</source>
        <translation>fiches d’interlocuteur</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>jalons</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>revendications</translation>
    </message>
    <message>
        <source>proof-of-life questions</source>
        <translation>questions de preuve de vie</translation>
    </message>
    <message>
        <source>questions agreed</source>
        <translation>questions convenues</translation>
    </message>
    <message>
        <source>records merged into it before</source>
        <translation>enregistrements déjà fusionnés dans celui-ci</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>next-of-kin relations</source>
        <translation>liens de parenté</translation>
    </message>
    <message>
        <source>demands passed on</source>
        <translation>revendications transmises</translation>
    </message>
    <message>
        <source>vetting decisions</source>
        <translation>décisions de vérification</translation>
    </message>
    <message>
        <source>#{a_id} {a_name} is kept, taking {fields} from #{b_id}.</source>
        <translation>N° {a_id} {a_name} est conservé, en reprenant {fields} de n° {b_id}.</translation>
    </message>
    <message>
        <source>#{a_id} {a_name} is kept.</source>
        <translation>N° {a_id} {a_name} est conservé.</translation>
    </message>
</context>
<context>
    <name>milestones_tab</name>
    <message>
        <source>Select a milestone to edit.</source>
        <translation>Sélectionnez un jalon à modifier.</translation>
    </message>
    <message>
        <source>A voided milestone stays as it was recorded.</source>
        <translation>Un jalon annulé reste tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>Restricted: only the case&apos;s team, supervisors and administrators may see or edit it.</source>
        <translation>Restreint : seuls l&apos;équipe du dossier, les superviseurs et les administrateurs peuvent le voir ou le modifier.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>row_menu</name>
    <message>
        <source>Actions for {subject}</source>
        <translation>Actions pour {subject}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>Copy {reference} to the clipboard (cleared again after 30 seconds)</source>
        <translation>Copier {reference} dans le presse-papiers (effacé au bout de 30 secondes)</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler l’entrée…</translation>
    </message>
    <message>
        <source>Mark this entry as a mistake, with a reason; it stays in the history, struck through</source>
        <translation>Marquer cette entrée comme une erreur, avec un motif ; elle reste dans l’historique, barrée</translation>
    </message>
</context>
<context>
    <name>saved_filters_panel</name>
    <message>
        <source>Not shared (only me)</source>
        <translation>Non partagé (moi seul)</translation>
    </message>
    <message>
        <source>Share with a post</source>
        <translation>Partager avec un poste</translation>
    </message>
    <message>
        <source>Share this filter with:</source>
        <translation>Partager ce filtre avec :</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
</context>
<context>
    <name>security_status</name>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Restore latest backup…</source>
        <translation>Restaurer la dernière sauvegarde…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opened read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Ouverte en lecture seule.&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Verify {backup} and put it in place of this file</source>
        <translation>Vérifier {backup} et le mettre à la place de ce fichier</translation>
    </message>
    <message>
        <source>Not TLS</source>
        <translation>Sans TLS</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <source>Show voided entries</source>
        <translation>Afficher les entrées annulées</translation>
    </message>
    <message>
        <source>Voided entries stay in the history, struck through, with who voided them and why</source>
        <translation>Les entrées annulées restent dans l’historique, barrées, avec qui les a annulées et pourquoi</translation>
    </message>
    <message>
        <source>Voided by {name} on {when}: {reason}</source>
        <translation>Annulée par {name} le {when} : {reason}</translation>
    </message>
    <message>
        <source>Voided by {name} on {when}</source>
        <translation>Annulée par {name} le {when}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <extracomment>The translation context the columns&apos; headers and header tips were marked in (``QT_TRANSLATE_NOOP(TR_CONTEXT, &quot;Reference&quot;)``); None: shown as declared.</extracomment>
        <translation>{column} : {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
</context>
<context>
    <name>timeline.detail</name>
    <message>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
    </message>
    <message>
        <source>&lt;b&gt;People:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Personnes :&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Enregistré par {name}</translation>
    </message>
    <message>
        <source>open {record}</source>
        <translation>ouvrir {record}</translation>
    </message>
</context>
<context>
    <name>times</name>
    <message>
        <source>Type the date and time as YYYY-MM-DD HH:MM (&apos;-&apos;, &apos; &apos; and &apos;:&apos; are typed like any other character). Up/Down changes the part under the cursor, Alt+Down or the calendar button picks a day. An impossible date (2026-02-30) is refused with a message, never changed. Tab goes on to the next field.</source>
        <translation>Saisissez la date et l’heure au format AAAA-MM-JJ HH:MM (« - », « » et « : » se tapent comme les autres caractères). Haut/Bas modifie la partie sous le curseur, Alt+Bas ou le bouton calendrier choisit un jour. Une date impossible (2026-02-30) est refusée avec un message, jamais modifiée. Tab passe au champ suivant.</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (&apos;-&apos; is typed like any other character). Up/Down changes the part under the cursor, Alt+Down or the calendar button picks a day. An impossible date (2026-02-30) is refused with a message, never changed.</source>
        <translation>Saisissez la date au format AAAA-MM-JJ (« - » se tape comme les autres caractères). Haut/Bas modifie la partie sous le curseur, Alt+Bas ou le bouton calendrier choisit un jour. Une date impossible (2026-02-30) est refusée avec un message, jamais modifiée.</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (&apos;-&apos; is typed like any other character). Up/Down changes the part under the cursor, Alt+Down or the calendar button picks a day. An impossible date (2026-02-30) is refused with a message, never changed. Leave it empty for no date.</source>
        <translation>Saisissez la date au format AAAA-MM-JJ (« - » se tape comme les autres caractères). Haut/Bas modifie la partie sous le curseur, Alt+Bas ou le bouton calendrier choisit un jour. Une date impossible (2026-02-30) est refusée avec un message, jamais modifiée. Laissez le champ vide pour ne pas indiquer de date.</translation>
    </message>
</context>
<context>
    <name>users_combo</name>
    <message>
        <source>— nobody —</source>
        <translation>— personne —</translation>
    </message>
</context>
<context>
    <name>users_dialog</name>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques ; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>void_dialog</name>
    <message>
        <source>Already voided by {name}: {reason}</source>
        <translation>Déjà annulé par {name} : {reason}</translation>
    </message>
    <message>
        <source>Your access is read-only</source>
        <translation>Votre accès est en lecture seule</translation>
    </message>
    <message>
        <source>Only its author or a supervisor can void it</source>
        <translation>Seul son auteur ou un superviseur peut l&apos;annuler</translation>
    </message>
</context>
</TS>
