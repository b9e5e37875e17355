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
    <name>AssessProofDialog</name>
    <message>
        <source>Assess a proof of life</source>
        <translation>Évaluer une preuve de vie</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>Preuve de vie</translation>
    </message>
    <message>
        <source>medium not recorded</source>
        <translation>support non indiqué</translation>
    </message>
    <message>
        <source>{when} — {title} ({medium}; {assessment})</source>
        <translation>{when} — {title} ({medium}&#xa0;; {assessment})</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Basis of the assessment</source>
        <translation>Fondement de l&apos;évaluation</translation>
    </message>
    <message>
        <source>What it rests on: the answer, the voice compared with…, the metadata…</source>
        <translation>Sur quoi elle repose&#xa0;: la réponse, la voix comparée à…, les métadonnées…</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>Date établie</translation>
    </message>
    <message>
        <source>Established as</source>
        <translation>Établie au</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>— as recorded —</source>
        <translation>— tel qu&apos;enregistré —</translation>
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
    <name>AttributionLevel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Soupçonnée</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Revendiquée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
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
    <name>BriefDialog</name>
    <message numerus="yes">
        <source>Sent to {printer} (%n copy/copies).</source>
        <translation>
            <numerusform>Envoyée à {printer} (%n exemplaire).</numerusform>
            <numerusform>Envoyée à {printer} (%n exemplaires).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the default printer (%n copy/copies).</source>
        <translation>
            <numerusform>Envoyée à l’imprimante par défaut (%n exemplaire).</numerusform>
            <numerusform>Envoyée à l’imprimante par défaut (%n exemplaires).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print brief — {reference}</source>
        <translation>Imprimer la note — {reference}</translation>
    </message>
    <message>
        <source>Print status brief</source>
        <translation>Imprimer la note de situation</translation>
    </message>
    <message>
        <source>A status brief of {reference} as a PDF: summary, nationals held, key developments, contacts, family liaison and open tasks. Each brief issued is recorded.</source>
        <translation>Une note de situation de {reference} au format PDF&#xa0;: synthèse, ressortissants retenus, faits marquants, contacts, liaison avec les familles et tâches en cours. Chaque note émise est enregistrée.</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <source>Since the previous brief (or the last 7 days)</source>
        <translation>Depuis la note précédente (ou les 7 derniers jours)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Period start date</source>
        <translation>Date de début de la période</translation>
    </message>
    <message>
        <source>Period start date error</source>
        <translation>Erreur sur la date de début de la période</translation>
    </message>
    <message>
        <source>Looking up the previous brief…</source>
        <translation>Recherche de la note précédente…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Redact for handing on</source>
        <translation>Caviarder pour transmission</translation>
    </message>
    <message>
        <source>Masks passport and other ID numbers, phone numbers, e-mail addresses, addresses and dates of birth, and leaves out restricted entries.</source>
        <translation>Masque les numéros de passeport et d’autres pièces d’identité, les numéros de téléphone, les adresses électroniques, les adresses et les dates de naissance, et omet les entrées restreintes.</translation>
    </message>
    <message>
        <source>Mask names too</source>
        <translation>Masquer aussi les noms</translation>
    </message>
    <message>
        <source>Also masks the names of the case&apos;s people and their families, native script included. Only in a redacted brief.</source>
        <translation>Masque aussi les noms des personnes du dossier et de leurs familles, y compris dans leur écriture d’origine. Uniquement dans une note caviardée.</translation>
    </message>
    <message>
        <source>Include restricted entries (case team only)</source>
        <translation>Inclure les entrées restreintes (équipe du dossier uniquement)</translation>
    </message>
    <message>
        <source>Adds restricted contacts and milestones, marked RESTRICTED. Not possible in a redacted brief.</source>
        <translation>Ajoute les contacts et jalons restreints, marqués RESTREINT. Impossible dans une note caviardée.</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translation>Marquer chaque page PROJET</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>Brief status</source>
        <translation>État de la note</translation>
    </message>
    <message>
        <source>Was a PDF issued here? Drop it on this window, or use “Check a PDF…”.</source>
        <translation>Un PDF a-t-il été émis ici&#xa0;? Déposez-le sur cette fenêtre ou utilisez «&#xa0;Vérifier un PDF…&#xa0;».</translation>
    </message>
    <message>
        <source>Brief file check</source>
        <translation>Vérification du fichier de la note</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Check a PDF…</source>
        <translation>Vérifier un PDF…</translation>
    </message>
    <message>
        <source>Whether a PDF file is, byte for byte, a brief issued from this database</source>
        <translation>Vérifie si un fichier PDF est, octet pour octet, une note émise depuis cette base de données</translation>
    </message>
    <message>
        <source>The period cannot start after today ({today}); check the date.</source>
        <translation>La période ne peut pas commencer après aujourd’hui ({today})&#xa0;; vérifiez la date.</translation>
    </message>
    <message>
        <source>Previous brief: {when} by {name} (content SHA-256 {hash}).</source>
        <translation>Note précédente&#xa0;: {when}, par {name} (SHA-256 du contenu {hash}).</translation>
    </message>
    <message>
        <source>No brief of this case has been issued yet: the last 7 days.</source>
        <translation>Aucune note n’a encore été émise pour ce dossier&#xa0;: les 7 derniers jours.</translation>
    </message>
    <message>
        <source>The brief was not written: check the period.</source>
        <translation>La note n’a pas été écrite&#xa0;: vérifiez la période.</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>Préparation de la note…</translation>
    </message>
    <message>
        <source>Preparing the status brief…</source>
        <translation>Préparation de la note de situation…</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>caviardée</translation>
    </message>
    <message>
        <source>includes restricted entries</source>
        <translation>avec entrées restreintes</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued, replacing brief #{old}: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>Note n° {id} émise, en remplacement de la note n° {old}&#xa0;: %n page, {details}, période {period}.</numerusform>
            <numerusform>Note n° {id} émise, en remplacement de la note n° {old}&#xa0;: %n pages, {details}, période {period}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>Note n° {id} émise&#xa0;: %n page, {details}, période {period}.</numerusform>
            <numerusform>Note n° {id} émise&#xa0;: %n pages, {details}, période {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content SHA-256 {hash} (printed in the footer of every page).</source>
        <translation>SHA-256 du contenu {hash} (imprimé au pied de chaque page).</translation>
    </message>
    <message>
        <source>Brief #{id} issued {when} by {name}, covering {period}. Generate again keeps this period.</source>
        <translation>Note n° {id} émise le {when} par {name}, période {period}. «&#xa0;Générer à nouveau&#xa0;» conserve cette période.</translation>
    </message>
    <message>
        <source>Generate again</source>
        <translation>Générer à nouveau</translation>
    </message>
    <message>
        <source>Issue brief #{id} again with the options chosen now: same period ({period}); the new brief records that it replaces this one</source>
        <translation>Émettre à nouveau la note n° {id} avec les options choisies maintenant&#xa0;: même période ({period})&#xa0;; la nouvelle note indique qu’elle remplace celle-ci</translation>
    </message>
    <message>
        <source>The brief was not written.</source>
        <translation>La note n’a pas été écrite.</translation>
    </message>
    <message>
        <source>The brief could not be written because of an unexpected problem.</source>
        <translation>La note n’a pas pu être écrite en raison d’un problème inattendu.</translation>
    </message>
    <message>
        <source>Check a brief</source>
        <translation>Vérifier une note</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>{file} could not be checked.</source>
        <translation>{file} n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The brief is at {path}.</source>
        <translation>Aucun programme d’affichage des PDF n’a été trouvé. La note se trouve ici&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Save brief as</source>
        <translation>Enregistrer la note sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the brief to {path}: {reason}.</source>
        <translation>Impossible d’enregistrer la note dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Print brief {reference}</source>
        <translation>Imprimer la note {reference}</translation>
    </message>
    <message>
        <source>No print service was found on this computer: the brief is opened in your PDF viewer; print it from there.</source>
        <translation>Aucun service d’impression n’a été trouvé sur cet ordinateur&#xa0;: la note est ouverte dans votre lecteur PDF&#xa0;; imprimez-la depuis celui-ci.</translation>
    </message>
    <message>
        <source>Sending the brief to the printer…</source>
        <translation>Envoi de la note à l’imprimante…</translation>
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
    <name>CaseKind</name>
    <message>
        <source>Abduction / kidnapping</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <source>Hostage-taking by a non-state group</source>
        <translation>Prise d&apos;otages par un groupe non étatique</translation>
    </message>
    <message>
        <source>Wrongful detention by a state</source>
        <translation>Détention arbitraire par un État</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>Personne disparue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CaseLinkKind</name>
    <message>
        <source>Same incident</source>
        <translation>Même incident</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Lié</translation>
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
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Case {ref}</source>
        <translation>Dossier {ref}</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Intitulé du dossier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Log a call, meeting or message (Ctrl+L)</source>
        <translation>Consigner un appel, une réunion ou un message (Ctrl+L)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload this case</source>
        <translation>Recharger ce dossier</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Heures en</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Afficher les heures en</translation>
    </message>
    <message>
        <source>case time</source>
        <translation>heure du dossier</translation>
    </message>
    <message>
        <source>my time</source>
        <translation>mon heure</translation>
    </message>
    <message>
        <source>Show every time in this case in the case&apos;s own zone or in yours</source>
        <translation>Afficher toutes les heures de ce dossier dans le fuseau du dossier ou dans le vôtre</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Could not load the case: {error}</source>
        <translation>Impossible de charger le dossier&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{priority} priority</source>
        <translation>priorité {priority}</translation>
    </message>
    <message>
        <source>day {day} since the incident</source>
        <translation>jour {day} depuis l&apos;incident</translation>
    </message>
    <message>
        <source>{held} of {total} held, {missing} missing</source>
        <translation>{held} sur {total} détenus, {missing} disparus</translation>
    </message>
    <message>
        <source>{held} of {total} held</source>
        <translation>{held} sur {total} détenus</translation>
    </message>
    <message>
        <source>last contact {ago}</source>
        <translation>dernier contact {ago}</translation>
    </message>
    <message>
        <source>case time, {zone}</source>
        <translation>heure du dossier, {zone}</translation>
    </message>
    <message>
        <source>my time, {zone}</source>
        <translation>mon heure, {zone}</translation>
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
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
    <name>ChargeStatus</name>
    <message>
        <source>Pending</source>
        <translation>En instance</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condamné</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>Acquitté</translation>
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
    <name>Classification</name>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>NON CLASSIFIÉ</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <source>Close &apos;tell the family&apos; item</source>
        <translation>Clore le point «&#xa0;informer la famille&#xa0;»</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>Clore le point</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de la clôture</translation>
    </message>
    <message>
        <source>Required, e.g. &apos;Told in person at the embassy on 26 July&apos;</source>
        <translation>Obligatoire, p. ex. «&#xa0;Informée en personne à l&apos;ambassade le 26 juillet&#xa0;»</translation>
    </message>
    <message>
        <source>Say why the item is closed without a family update.</source>
        <translation>Indiquez pourquoi le point est clos sans information à la famille.</translation>
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
    <name>ContactLogTab</name>
    <message>
        <source>Contact log</source>
        <extracomment>The case&apos;s contacts marked shareable with family, by id (the &quot;Family&quot; marker).</extracomment>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Contact log status</source>
        <translation>État du journal des contacts</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the contact log as shown</source>
        <translation>Exporter le journal des contacts tel qu&apos;affiché</translation>
    </message>
    <message>
        <source>Write the entries shown, with these filters, to XLSX or CSV</source>
        <translation>Écrire les entrées affichées, avec ces filtres, en XLSX ou CSV</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Log a call, meeting or message (Ctrl+L)</source>
        <translation>Consigner un appel, une réunion ou un message (Ctrl+L)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Modifier l&apos;entrée…</translation>
    </message>
    <message>
        <source>Edit the selected contact entry</source>
        <translation>Modifier l&apos;entrée de contact sélectionnée</translation>
    </message>
    <message>
        <source>Filter by counterpart category</source>
        <translation>Filtrer par catégorie d&apos;interlocuteur</translation>
    </message>
    <message>
        <source>All counterparts</source>
        <translation>Tous les interlocuteurs</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>Filtrer par canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>Filtrer à partir du</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From … to …</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>Filtrer jusqu&apos;au</translation>
    </message>
    <message>
        <source>Search the contact notes</source>
        <translation>Rechercher dans les notes de contact</translation>
    </message>
    <message>
        <source>Search summary, notes, outcome…</source>
        <translation>Rechercher résumé, notes, résultat…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Select an entry to read it in full</source>
        <translation>Sélectionnez une entrée pour la lire en entier</translation>
    </message>
    <message>
        <source>Selected contact</source>
        <translation>Contact sélectionné</translation>
    </message>
    <message>
        <source>Contact entry in full</source>
        <translation>Entrée de contact en entier</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>tout jour</translation>
    </message>
    <message>
        <source>From: {problem}</source>
        <translation>Du&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>To: {problem}</source>
        <translation>Au&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{problem} The filter was not changed.</source>
        <translation>{problem} Le filtre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(ies) matching the filters</source>
        <translation>
            <numerusform>%n entrée du journal des contacts correspondant aux filtres</numerusform>
            <numerusform>%n entrées du journal des contacts correspondant aux filtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(ies) in this case</source>
        <translation>
            <numerusform>%n entrée du journal des contacts dans ce dossier</numerusform>
            <numerusform>%n entrées du journal des contacts dans ce dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}, and %n voided, not counted</source>
        <translation>
            <numerusform>{entries}, et %n annulée, non comptée</numerusform>
            <numerusform>{entries}, et %n annulées, non comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries} (more load as you scroll)</source>
        <translation>{entries} (la suite se charge en faisant défiler)</translation>
    </message>
    <message>
        <source>{status}.</source>
        <comment>end of the status sentence</comment>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>The contact log could not be loaded.</source>
        <translation>Le journal des contacts n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Edit counterpart {name}…</source>
        <translation>Modifier l&apos;interlocuteur {name}…</translation>
    </message>
    <message>
        <source>Contact “{subject}”</source>
        <translation>Contact «&#xa0;{subject}&#xa0;»</translation>
    </message>
    <message>
        <source>Contact #{id} of {ref}</source>
        <translation>Contact n° {id} de {ref}</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>contact #{id}</source>
        <translation>contact n° {id}</translation>
    </message>
    <message numerus="yes">
        <source>{channel}, {direction}, %n min</source>
        <translation>
            <numerusform>{channel}, {direction}, %n min</numerusform>
            <numerusform>{channel}, {direction}, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>{channel}, {direction}</source>
        <translation>{channel}, {direction}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Personnel présent</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>by {user}, {when}</source>
        <translation>par {user}, {when}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nécessaire</translation>
    </message>
    <message>
        <source>Not vetted at the time:</source>
        <translation>Non vérifié à ce moment-là&#xa0;:</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
    </message>
    <message>
        <source>kept out of family-facing and redacted outputs</source>
        <translation>exclu des documents destinés à la famille et des versions caviardées</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Edit history (%n earlier version(s))</source>
        <translation>
            <numerusform>Historique des modifications (%n version antérieure)</numerusform>
            <numerusform>Historique des modifications (%n versions antérieures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Version {number}, written by {writer} {written}; replaced by {replacer} {replaced}</source>
        <translation>Version {number}, rédigée par {writer} {written}&#xa0;; remplacée par {replacer} {replaced}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
</context>
<context>
    <name>CounterpartCategory</name>
    <message>
        <source>Host government</source>
        <translation>Gouvernement hôte</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Other government</source>
        <translation>Autre gouvernement</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>e.g. Commissaire, Chief of Staff</source>
        <translation>p. ex. Commissaire, Chef de cabinet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Gendarmerie, Kayes</source>
        <translation>p. ex. Gendarmerie, Kayes</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A counterpart is shared by every case it is linked to: a change here shows in all of them.</source>
        <translation>Un interlocuteur est partagé par tous les dossiers auxquels il est lié&#xa0;: une modification ici apparaît dans chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Counterpart name</source>
        <translation>Nom de l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Reliability note</source>
        <translation>Note de fiabilité</translation>
    </message>
    <message>
        <source>How far what they say has held up, and why</source>
        <translation>Dans quelle mesure ses dires se sont vérifiés, et pourquoi</translation>
    </message>
</context>
<context>
    <name>CounterpartPicker</name>
    <message>
        <source>Counterparts chosen</source>
        <translation>Interlocuteurs choisis</translation>
    </message>
    <message>
        <source>More counterparts</source>
        <translation>Autres interlocuteurs</translation>
    </message>
    <message>
        <source>With: counterpart name</source>
        <translation>Avec&#xa0;: nom de l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Type a name or organisation, Enter to add (several allowed)</source>
        <translation>Tapez un nom ou une organisation, Entrée pour ajouter (plusieurs possibles)</translation>
    </message>
    <message>
        <source>Matching counterparts</source>
        <translation>Interlocuteurs correspondants</translation>
    </message>
    <message>
        <source>Counterpart error</source>
        <translation>Erreur d&apos;interlocuteur</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>Nouvel interlocuteur</translation>
    </message>
    <message>
        <source>New counterpart:</source>
        <translation>Nouvel interlocuteur&#xa0;:</translation>
    </message>
    <message>
        <source>New counterpart name</source>
        <translation>Nom du nouvel interlocuteur</translation>
    </message>
    <message>
        <source>New counterpart category</source>
        <translation>Catégorie du nouvel interlocuteur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Create this counterpart</source>
        <translation>Créer cet interlocuteur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not create a counterpart</source>
        <translation>Ne pas créer d&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Enter creates it; Esc goes back.</source>
        <translation>Entrée le crée&#xa0;; Échap revient en arrière.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>{name} ({where}) — Space or click removes it</source>
        <translation>{name} ({where}) — Espace ou un clic le retire</translation>
    </message>
    <message>
        <source>{name} — Space or click removes it</source>
        <translation>{name} — Espace ou un clic le retire</translation>
    </message>
    <message numerus="yes">
        <source>+%n more (Backspace in the field removes the last)</source>
        <translation>
            <numerusform>+%n autre (Retour arrière dans le champ retire le dernier)</numerusform>
            <numerusform>+%n autres (Retour arrière dans le champ retire le dernier)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counterpart actions</source>
        <translation>Actions sur l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les informations…</translation>
    </message>
    <message>
        <source>Remove from this contact</source>
        <translation>Retirer de ce contact</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{text}&apos; matches %n counterpart(s) ({names}); type more of the name or pick one from the list with the arrow keys.</source>
        <translation>
            <numerusform>«&#xa0;{text}&#xa0;» correspond à %n interlocuteur ({names})&#xa0;; tapez davantage du nom ou choisissez-en un dans la liste avec les flèches.</numerusform>
            <numerusform>«&#xa0;{text}&#xa0;» correspond à %n interlocuteurs ({names})&#xa0;; tapez davantage du nom ou choisissez-en un dans la liste avec les flèches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new counterpart&apos;s name.</source>
        <translation>Indiquez le nom du nouvel interlocuteur.</translation>
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
    <name>DemandKind</name>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Prisoner release</source>
        <translation>Libération de prisonniers</translation>
    </message>
    <message>
        <source>Political demand</source>
        <translation>Revendication politique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DemandResponse</name>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé réception</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Transmise</translation>
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
    <name>Direction</name>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
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
    <name>EventType</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>Hostage status</source>
        <translation>Statut de l&apos;otage</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Tâche créée</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Consular visit</source>
        <translation>Visite consulaire</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Rapatriement</translation>
    </message>
    <message>
        <source>Family update</source>
        <translation>Information de la famille</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Dossier lié</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Agent de liaison</translation>
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
    <name>FamilyLetterDialog</name>
    <message>
        <source>Family update letter — {name}</source>
        <translation>Lettre d&apos;information à la famille — {name}</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Rédiger la lettre</translation>
    </message>
    <message>
        <source>A dated letter from the post, made only of the entries marked shareable with family, in their family wording. Nothing restricted is ever included; the letter is checked before it is written.</source>
        <translation>Une lettre datée du poste, composée uniquement des entrées marquées communicables à la famille, dans leur formulation destinée à la famille. Rien de restreint n&apos;y figure jamais&#xa0;; la lettre est vérifiée avant d&apos;être rédigée.</translation>
    </message>
    <message>
        <source>Reading the next of kin&apos;s language…</source>
        <translation>Lecture de la langue du proche…</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Entries in the letter</source>
        <translation>Entrées de la lettre</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>{name}&apos;s preferred language: {language}.</source>
        <translation>Langue préférée de {name}&#xa0;: {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shareable with family in this period, about {name} or the whole case.</source>
        <translation>
            <numerusform>%n entrée communicable à la famille sur cette période, concernant {name} ou l&apos;ensemble du dossier.</numerusform>
            <numerusform>%n entrées communicables à la famille sur cette période, concernant {name} ou l&apos;ensemble du dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The letter is at {path}.</source>
        <translation>Aucun programme pour afficher les fichiers PDF n&apos;a été trouvé. La lettre se trouve ici&#xa0;: {path}.</translation>
    </message>
</context>
<context>
    <name>FamilyShareBox</name>
    <message>
        <source>Restricted entries are never shared with the family. Untick Restricted to share this entry.</source>
        <translation>Les entrées restreintes ne sont jamais communiquées à la famille. Décochez Restreint pour communiquer cette entrée.</translation>
    </message>
    <message>
        <source>What the family may be told, in plain words (empty: the entry&apos;s summary or title is said)</source>
        <translation>Ce que l&apos;on peut dire à la famille, en termes simples (vide&#xa0;: le résumé ou l&apos;intitulé de l&apos;entrée est repris)</translation>
    </message>
    <message>
        <source>Shareable with family — the family update letter may tell it</source>
        <translation>Communicable à la famille — la lettre d&apos;information à la famille peut le mentionner</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>Communicable à la famille</translation>
    </message>
    <message>
        <source>Wording for the family</source>
        <translation>Formulation pour la famille</translation>
    </message>
    <message>
        <source>Why it cannot be shared</source>
        <translation>Pourquoi elle ne peut pas être communiquée</translation>
    </message>
    <message>
        <source>Tell the family of this entry in update letters</source>
        <translation>Mentionner cette entrée à la famille dans les lettres d&apos;information</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>Record family update…</source>
        <translation>Consigner une information à la famille…</translation>
    </message>
    <message>
        <source>Record what a family was told</source>
        <translation>Consigner ce qui a été dit à une famille</translation>
    </message>
    <message>
        <source>Change liaison officer…</source>
        <translation>Changer d&apos;agent de liaison…</translation>
    </message>
    <message>
        <source>Change a next of kin&apos;s family liaison officer</source>
        <translation>Changer l&apos;agent de liaison avec la famille d&apos;un proche</translation>
    </message>
    <message>
        <source>Close item…</source>
        <translation>Clore le point…</translation>
    </message>
    <message>
        <source>Close the selected item by hand</source>
        <translation>Clore manuellement le point sélectionné</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Void the selected family update</source>
        <translation>Annuler l&apos;information à la famille sélectionnée</translation>
    </message>
    <message>
        <source>Family summary</source>
        <translation>Résumé famille</translation>
    </message>
    <message>
        <source>Family liaison officers</source>
        <translation>Agents de liaison avec la famille</translation>
    </message>
    <message>
        <source>Tell the family: open items</source>
        <translation>Informer la famille&#xa0;: points ouverts</translation>
    </message>
    <message>
        <source>Family update log</source>
        <translation>Journal des informations à la famille</translation>
    </message>
    <message>
        <source>Tell the family</source>
        <translation>Informer la famille</translation>
    </message>
    <message>
        <source>Tell the family — nothing waiting</source>
        <translation>Informer la famille — rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>Tell the family — %n open, {overdue} overdue</source>
        <translation>
            <numerusform>Informer la famille — %n ouvert, {overdue} en retard</numerusform>
            <numerusform>Informer la famille — %n ouverts, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tell the family — %n open</source>
        <translation>
            <numerusform>Informer la famille — %n ouvert</numerusform>
            <numerusform>Informer la famille — %n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family update(s)</source>
        <translation>
            <numerusform>%n point d&apos;information à la famille</numerusform>
            <numerusform>%n points d&apos;information à la famille</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No next of kin recorded: add them on the People tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun proche enregistré&#xa0;: ajoutez-les dans l&apos;onglet Personnes.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no officer</source>
        <translation>aucun agent</translation>
    </message>
    <message>
        <source>{officer} since {day}</source>
        <translation>{officer} depuis le {day}</translation>
    </message>
    <message>
        <source>; changed on {day} from {officer}: {reason}</source>
        <translation>&#xa0;; changé le {day}, auparavant {officer}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Liaison officers — {officers}</source>
        <translation>Agents de liaison — {officers}</translation>
    </message>
    <message>
        <source>family update</source>
        <translation>information à la famille</translation>
    </message>
</context>
<context>
    <name>FamilyUpdateDialog</name>
    <message>
        <source>Record family update</source>
        <translation>Consigner une information à la famille</translation>
    </message>
    <message>
        <source>Record update</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>{kin} ({relationship} of {hostage})</source>
        <translation>{kin} ({relationship} de {hostage})</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Items this update covers</source>
        <translation>Points couverts par ce point d&apos;information</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Restricted (case team only; automatic when it covers a restricted item)</source>
        <translation>Restreint (équipe du dossier uniquement&#xa0;; automatique s&apos;il couvre un point restreint)</translation>
    </message>
    <message>
        <source>No open item for the family of {hostage}</source>
        <translation>Aucun point ouvert pour la famille de {hostage}</translation>
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
    <name>HistoryTab</name>
    <message>
        <source>History of {reference}</source>
        <translation>Historique de {reference}</translation>
    </message>
</context>
<context>
    <name>HostageStatus</name>
    <message>
        <source>Held</source>
        <translation>Détenu</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Secouru</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Évadé</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>Sans nouvelles</translation>
    </message>
</context>
<context>
    <name>HostageStatusDialog</name>
    <message>
        <source>Status of {name}</source>
        <translation>Statut de {name}</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Enregistrer le statut</translation>
    </message>
    <message>
        <source>Now recorded as {status}</source>
        <translation>Actuellement enregistré comme {status}</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>— choose the new status —</source>
        <translation>— choisir le nouveau statut —</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Source de l&apos;information</translation>
    </message>
    <message>
        <source>Who or what says so, e.g. &apos;Embassy liaison officer, call with the governor&apos;</source>
        <translation>Qui ou quoi l&apos;affirme, p. ex. «&#xa0;Agent de liaison de l&apos;ambassade, appel avec le gouverneur&#xa0;»</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>Saisissez {name} pour confirmer</translation>
    </message>
    <message>
        <source>What to confirm</source>
        <translation>Ce qu&apos;il faut confirmer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{prompt}.</source>
        <comment>end of the sentence</comment>
        <translation>{prompt}.</translation>
    </message>
    <message>
        <source>Required: who or what says so</source>
        <translation>Obligatoire&#xa0;: qui ou quoi l&apos;affirme</translation>
    </message>
    <message>
        <source>Who or what says so (optional for this status)</source>
        <translation>Qui ou quoi l&apos;affirme (facultatif pour ce statut)</translation>
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
    <name>LogContactDialog</name>
    <message>
        <source>Edit contact — {ref}</source>
        <translation>Modifier le contact — {ref}</translation>
    </message>
    <message>
        <source>Log contact — {ref}</source>
        <translation>Consigner un contact — {ref}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the unsaved draft</source>
        <translation>Restaurer le brouillon non enregistré</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard the unsaved draft</source>
        <translation>Supprimer le brouillon non enregistré</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after the duration</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>One line: what the contact was about</source>
        <translation>Une ligne&#xa0;: l&apos;objet du contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was said, in full</source>
        <translation>Ce qui a été dit, en entier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agreed, decided or learnt</source>
        <translation>Ce qui a été convenu, décidé ou appris</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Personnel présent</translation>
    </message>
    <message>
        <source>Restricted — keep out of family-facing and redacted outputs</source>
        <translation>Restreint — exclure des documents destinés à la famille et des versions caviardées</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>Créer une tâche de suivi</translation>
    </message>
    <message>
        <source>Follow-up task title</source>
        <translation>Intitulé de la tâche de suivi</translation>
    </message>
    <message>
        <source>e.g. Call the police commissioner again</source>
        <translation>p. ex. Rappeler le commissaire de police</translation>
    </message>
    <message>
        <source>Follow-up assignee</source>
        <translation>Responsable du suivi</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Échéance du suivi</translation>
    </message>
    <message>
        <source>Follow-up priority</source>
        <translation>Priorité du suivi</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Follow-up task error</source>
        <translation>Erreur sur la tâche de suivi</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow-up assignee error</source>
        <translation>Erreur sur le responsable du suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up due error</source>
        <translation>Erreur sur l&apos;échéance du suivi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Follow-up priority error</source>
        <translation>Erreur sur la priorité du suivi</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Enregistrer  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Fermer  (Échap)</translation>
    </message>
    <message>
        <source>Close, keeping a draft</source>
        <translation>Fermer en gardant un brouillon</translation>
    </message>
    <message>
        <source>Close; what you typed is kept as a draft and offered next time</source>
        <translation>Fermer&#xa0;; ce que vous avez saisi est gardé comme brouillon et proposé la prochaine fois</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— personne pour l&apos;instant —</translation>
    </message>
    <message>
        <source>Could not keep a draft: {error}</source>
        <translation>Impossible de garder un brouillon&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The draft was not discarded: {error}</source>
        <translation>Le brouillon n&apos;a pas été supprimé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Draft kept {time}</source>
        <translation>Brouillon gardé à {time}</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Brouillon restauré</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Brouillon supprimé</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. Your text is kept as a draft.</source>
        <translation>Non enregistré&#xa0;: erreur inattendue. Votre texte est gardé comme brouillon.</translation>
    </message>
    <message>
        <source>Saving… the window closes when it is done.</source>
        <translation>Enregistrement… la fenêtre se fermera une fois terminé.</translation>
    </message>
    <message>
        <source>Could not keep a draft: an unexpected error (see the log).</source>
        <translation>Impossible de garder un brouillon&#xa0;: erreur inattendue (voir le journal).</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved Log contact draft(s) moved into the database</source>
        <translation>
            <numerusform>%n brouillon «&#xa0;Consigner un contact&#xa0;» non enregistré déplacé dans la base de données</numerusform>
            <numerusform>%n brouillons «&#xa0;Consigner un contact&#xa0;» non enregistrés déplacés dans la base de données</numerusform>
        </translation>
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
    <name>MarkShareDialog</name>
    <message>
        <source>Shareable with family</source>
        <translation>Communicable à la famille</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{what}: may the family be told of it in update letters, and in which words?</source>
        <translation>{what}&#xa0;: peut-on en informer la famille dans les lettres d&apos;information, et en quels termes&#xa0;?</translation>
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
    <name>MergeEntity</name>
    <message>
        <source>Person</source>
        <extracomment>Rows that mean the same thing twice once they point to one record, beyond the schema&apos;s own unique constraints: an identifier, a next-of-kin relation.</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
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
    <name>MilestoneKind</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Claim of responsibility</source>
        <translation>Revendication de l&apos;enlèvement</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>Preuve de vie</translation>
    </message>
    <message>
        <source>Welfare report</source>
        <translation>Rapport sur l&apos;état de santé</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Déclaration publique</translation>
    </message>
    <message>
        <source>Travel advisory</source>
        <translation>Conseil aux voyageurs</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Rapatriement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
    <name>NextOfKinDialog</name>
    <message>
        <source>Contact plan: {name}</source>
        <translation>Plan de contact&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Add next of kin</source>
        <translation>Ajouter un proche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Next of kin of</source>
        <translation>Proche de</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of next of kin</source>
        <translation>Nom du proche</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>e.g. Wife, Father, Brother</source>
        <translation>p. ex. Épouse, Père, Frère</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Contact every how many days</source>
        <translation>Contact tous les combien de jours</translation>
    </message>
    <message>
        <source>no agreed plan</source>
        <translation>aucun plan convenu</translation>
    </message>
    <message>
        <source>every </source>
        <comment>contact every N days</comment>
        <translation>tous les </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>contact every N days</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan channel</source>
        <translation>Canal du plan</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>tout canal</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— personne —</translation>
    </message>
    <message>
        <source>by</source>
        <comment>contact every N days by &lt;channel&gt;</comment>
        <translation>par</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>the plan&apos;s owner</comment>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Agreed contact</source>
        <translation>Contact convenu</translation>
    </message>
    <message>
        <source>Agreed contact plan</source>
        <translation>Plan de contact convenu</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Ce qui peut être communiqué</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Change the family liaison officer on the Family tab: the reason is recorded</source>
        <translation>Changez l&apos;agent de liaison avec la famille dans l&apos;onglet Famille&#xa0;: le motif est consigné</translation>
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
    <name>OfficerDialog</name>
    <message>
        <source>Change liaison officer</source>
        <translation>Changer d&apos;agent de liaison</translation>
    </message>
    <message>
        <source>Change officer</source>
        <translation>Changer d&apos;agent</translation>
    </message>
    <message>
        <source>A family should deal with the same caseworker throughout: a change is recorded with its reason and shown on the brief.</source>
        <translation>Une famille devrait avoir le même interlocuteur tout au long du dossier&#xa0;: un changement est consigné avec son motif et figure dans la note de situation.</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>{kin} ({relationship}) — now {officer}</source>
        <translation>{kin} ({relationship}) — actuellement {officer}</translation>
    </message>
    <message>
        <source>no officer</source>
        <translation>aucun agent</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <source>Required, e.g. &apos;Kiran Reddy on leave for three weeks&apos;</source>
        <translation>Obligatoire, p. ex. «&#xa0;Kiran Reddy en congé pour trois semaines&#xa0;»</translation>
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
    <name>OverviewTab</name>
    <message>
        <source>Case overview</source>
        <translation>Vue d&apos;ensemble du dossier</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translation>Conflit de modification</translation>
    </message>
    <message>
        <source>Load their version, keep my edits</source>
        <translation>Charger leur version, garder mes modifications</translation>
    </message>
    <message>
        <source>Load the other change and keep my edits</source>
        <translation>Charger l&apos;autre modification et garder les miennes</translation>
    </message>
    <message>
        <source>Edit state</source>
        <translation>État des modifications</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save changes to the key facts</source>
        <translation>Enregistrer les modifications des faits essentiels</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard changes to the key facts</source>
        <translation>Abandonner les modifications des faits essentiels</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Faits essentiels</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Incident date and time</source>
        <translation>Date et heure de l&apos;incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Incident site</source>
        <translation>Lieu de l&apos;incident</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Incident town</source>
        <translation>Ville de l&apos;incident</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Incident region</source>
        <translation>Région de l&apos;incident</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Incident country</source>
        <translation>Pays de l&apos;incident</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>latitude, e.g. 14.45</source>
        <translation>latitude, p. ex. 14.45</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>longitude, e.g. -11.44</source>
        <translation>longitude, p. ex. -11.44</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translation>Fuseau horaire du dossier</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Attribution level</source>
        <translation>Niveau d&apos;attribution</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Attributed group</source>
        <translation>Groupe mis en cause</translation>
    </message>
    <message>
        <source>Attribution source</source>
        <translation>Source de l&apos;attribution</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Lead caseworker</source>
        <translation>Chargé(e) de dossier principal(e)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Nationals concerned</source>
        <translation>Ressortissants concernés</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— personne —</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n modification non enregistrée</numerusform>
            <numerusform>%n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n problème à corriger</numerusform>
            <numerusform>Non enregistré&#xa0;: %n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. Your edits are still in the form.</source>
        <translation>Non enregistré&#xa0;: erreur inattendue. Vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this case since you opened it.&lt;/b&gt; {message} Your edits are still in the form; load their version to review both, then save again.</source>
        <translation>&lt;b&gt;Quelqu&apos;un d&apos;autre a modifié ce dossier depuis que vous l&apos;avez ouvert.&lt;/b&gt; {message} Vos modifications sont toujours dans le formulaire&#xa0;; chargez leur version pour comparer les deux, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>No nationals recorded yet (People tab → Add person).</source>
        <translation>Aucun ressortissant enregistré pour l&apos;instant (onglet Personnes → Ajouter une personne).</translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>disparu depuis %n jour</numerusform>
            <numerusform>disparu depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, missing for %n day(s)</source>
        <translation>
            <numerusform>{name}&#xa0;: {status}, disparu depuis %n jour</numerusform>
            <numerusform>{name}&#xa0;: {status}, disparu depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>{name}: {status}, missing</source>
        <translation>{name}&#xa0;: {status}, disparu</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status} depuis le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in captivity</source>
        <translation>
            <numerusform>%n jour de captivité</numerusform>
            <numerusform>%n jours de captivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, %n day(s) in captivity</source>
        <translation>
            <numerusform>{name}&#xa0;: {status}, %n jour de captivité</numerusform>
            <numerusform>{name}&#xa0;: {status}, %n jours de captivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since {day}, after %n day(s) held</source>
        <translation>
            <numerusform>depuis le {day}, après %n jour de détention</numerusform>
            <numerusform>depuis le {day}, après %n jours de détention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, after %n day(s) held</source>
        <translation>
            <numerusform>{name}&#xa0;: {status}, après %n jour de détention</numerusform>
            <numerusform>{name}&#xa0;: {status}, après %n jours de détention</numerusform>
        </translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}&#xa0;: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Last contact: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entry(ies) in the log</source>
        <translation>
            <numerusform>Dernier contact&#xa0;: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entrée au journal</numerusform>
            <numerusform>Dernier contact&#xa0;: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entrées au journal</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: &lt;b&gt;none logged yet&lt;/b&gt;</source>
        <translation>Dernier contact&#xa0;: &lt;b&gt;aucun consigné pour l&apos;instant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next task due: &lt;b&gt;{due}&lt;/b&gt; — {title}</source>
        <translation>Prochaine tâche à échéance&#xa0;: &lt;b&gt;{due}&lt;/b&gt; — {title}</translation>
    </message>
    <message>
        <source>Next task due</source>
        <translation>Prochaine tâche à échéance</translation>
    </message>
    <message>
        <source>Overdue task: &lt;b&gt;{title}&lt;/b&gt; (due {due})</source>
        <translation>Tâche en retard&#xa0;: &lt;b&gt;{title}&lt;/b&gt; (échéance {due})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Families (agreed contact)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Familles (contact convenu)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Family of {hostage}: &lt;b&gt;{kin}&lt;/b&gt; ({relationship}) — {plan}; last contact {last}</source>
        <translation>Famille de {hostage}&#xa0;: &lt;b&gt;{kin}&lt;/b&gt; ({relationship}) — {plan}&#xa0;; dernier contact {last}</translation>
    </message>
    <message>
        <source>{family} — &lt;b&gt;overdue&lt;/b&gt;</source>
        <translation>{family} — &lt;b&gt;en retard&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{family}; next due {due}</source>
        <translation>{family}&#xa0;; prochain prévu {due}</translation>
    </message>
    <message>
        <source>Family of {hostage}: {kin}, overdue</source>
        <translation>Famille de {hostage}&#xa0;: {kin}, en retard</translation>
    </message>
    <message>
        <source>Family of {hostage}: {kin}</source>
        <translation>Famille de {hostage}&#xa0;: {kin}</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>National concerned</source>
        <translation>Ressortissant concerné</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les informations…</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s details</source>
        <translation>Modifier les informations de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Change the selected national&apos;s status</source>
        <translation>Changer le statut du ressortissant sélectionné</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>Preuve de vie</translation>
    </message>
    <message>
        <source>Record a proof of life…</source>
        <translation>Enregistrer une preuve de vie…</translation>
    </message>
    <message>
        <source>Assess a proof of life…</source>
        <translation>Évaluer une preuve de vie…</translation>
    </message>
    <message>
        <source>Question bank…</source>
        <translation>Banque de questions…</translation>
    </message>
    <message>
        <source>Welfare report…</source>
        <translation>Rapport sur le bien-être…</translation>
    </message>
    <message>
        <source>Record a welfare report</source>
        <translation>Enregistrer un rapport sur le bien-être</translation>
    </message>
    <message>
        <source>Add next of kin…</source>
        <translation>Ajouter un proche…</translation>
    </message>
    <message>
        <source>Add next of kin</source>
        <translation>Ajouter un proche</translation>
    </message>
    <message>
        <source>Contact plan…</source>
        <translation>Plan de contact…</translation>
    </message>
    <message>
        <source>Change the contact plan of the selected next of kin</source>
        <translation>Modifier le plan de contact du proche sélectionné</translation>
    </message>
    <message>
        <source>Void status entry…</source>
        <translation>Annuler une entrée de statut…</translation>
    </message>
    <message>
        <source>Void a status entry of the selected national</source>
        <translation>Annuler une entrée de statut du ressortissant sélectionné</translation>
    </message>
    <message>
        <source>Mark a status entry recorded by mistake as void, with a reason</source>
        <translation>Marquer comme annulée une entrée de statut saisie par erreur, avec un motif</translation>
    </message>
    <message>
        <source>People in this case</source>
        <translation>Personnes du dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Selected person in full</source>
        <translation>Personne sélectionnée en détail</translation>
    </message>
    <message>
        <source>Nationals concerned ({count})</source>
        <translation>Ressortissants concernés ({count})</translation>
    </message>
    <message>
        <source>Medical needs: {needs}</source>
        <translation>Besoins médicaux&#xa0;: {needs}</translation>
    </message>
    <message numerus="yes">
        <source>No verified proof of life for over %n day(s)</source>
        <translation>
            <numerusform>Aucune preuve de vie vérifiée depuis plus de %n jour</numerusform>
            <numerusform>Aucune preuve de vie vérifiée depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Next of kin ({count})</source>
        <translation>Proches ({count})</translation>
    </message>
    <message>
        <source>{relationship} of {hostage}</source>
        <translation>{relationship} de {hostage}</translation>
    </message>
    <message>
        <source>{relation} — contact overdue</source>
        <translation>{relation} — contact en retard</translation>
    </message>
    <message>
        <source>{relation} — last contact {ago}</source>
        <translation>{relation} — dernier contact {ago}</translation>
    </message>
    <message>
        <source>{relation} — no contact yet</source>
        <translation>{relation} — aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>Autres ({count})</translation>
    </message>
    <message>
        <source>{status} — {situation}</source>
        <translation>{status} — {situation}</translation>
    </message>
    <message>
        <source>{day} (age {age})</source>
        <translation>{day} ({age} ans)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
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
        <source>VOID — voided by {user} on {when}: {reason}</source>
        <translation>ANNULÉ — annulé par {user} le {when}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>National concerned</source>
        <translation>Ressortissant concerné</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; since {when}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; depuis le {when}</translation>
    </message>
    <message>
        <source>Medical needs:</source>
        <translation>Besoins médicaux&#xa0;:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>{text} — shareable with family</source>
        <translation>{text} — communicable à la famille</translation>
    </message>
    <message>
        <source>(recorded by {user})</source>
        <translation>(saisi par {user})</translation>
    </message>
    <message>
        <source>Proof of life and welfare</source>
        <translation>Preuve de vie et bien-être</translation>
    </message>
    <message numerus="yes">
        <source>Medical needs, and no welfare report for over %n day(s).</source>
        <translation>
            <numerusform>Besoins médicaux, et aucun rapport sur le bien-être depuis plus de %n jour.</numerusform>
            <numerusform>Besoins médicaux, et aucun rapport sur le bien-être depuis plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Proofs of life are restricted to the case team.</source>
        <translation>Les preuves de vie sont réservées à l&apos;équipe du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for over %n day(s)</source>
        <translation>
            <numerusform>aucune preuve de vie vérifiée depuis plus de %n jour</numerusform>
            <numerusform>aucune preuve de vie vérifiée depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified proof of life: &lt;b&gt;{when}&lt;/b&gt; ({ago})</source>
        <translation>Dernière preuve de vie vérifiée&#xa0;: &lt;b&gt;{when}&lt;/b&gt; ({ago})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No verified proof of life&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune preuve de vie vérifiée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Last received: {when} ({ago}), not verified</source>
        <translation>Dernière reçue&#xa0;: {when} ({ago}), non vérifiée</translation>
    </message>
    <message>
        <source>No proof of life recorded yet.</source>
        <translation>Aucune preuve de vie enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <translation>État&#xa0;: {condition}</translation>
    </message>
    <message>
        <source>medication: {needs} — {supply}</source>
        <translation>médicaments&#xa0;: {needs} — {supply}</translation>
    </message>
    <message>
        <source>Medium not recorded</source>
        <translation>Support non indiqué</translation>
    </message>
    <message>
        <source>question put: “{question}” — answer “{answer}” matched</source>
        <translation>question posée&#xa0;: «&#xa0;{question}&#xa0;» — réponse «&#xa0;{answer}&#xa0;» conforme</translation>
    </message>
    <message>
        <source>question put: “{question}” — answer “{answer}” did NOT match</source>
        <translation>question posée&#xa0;: «&#xa0;{question}&#xa0;» — réponse «&#xa0;{answer}&#xa0;» NON conforme</translation>
    </message>
    <message>
        <source>question put: “{question}” — answer “{answer}” match not stated</source>
        <translation>question posée&#xa0;: «&#xa0;{question}&#xa0;» — réponse «&#xa0;{answer}&#xa0;», conformité non indiquée</translation>
    </message>
    <message>
        <source>claims to be from {when}</source>
        <translation>se dit datée du {when}</translation>
    </message>
    <message>
        <source>established as {when}</source>
        <translation>établie au {when}</translation>
    </message>
    <message>
        <source>Assessment: {verdict}</source>
        <translation>Évaluation&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>last contact {when} ({ago})</source>
        <translation>dernier contact {when} ({ago})</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>aucun contact consigné pour l&apos;instant</translation>
    </message>
    <message>
        <source>contact overdue</source>
        <translation>contact en retard</translation>
    </message>
    <message>
        <source>; next due {when}</source>
        <translation>&#xa0;; prochain prévu {when}</translation>
    </message>
    <message>
        <source>CONTACT OVERDUE</source>
        <translation>CONTACT EN RETARD</translation>
    </message>
    <message>
        <source>Contact plan</source>
        <translation>Plan de contact</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>none logged yet</source>
        <translation>aucun consigné pour l&apos;instant</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Prochain contact prévu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Ce qui peut être communiqué</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing to void here: only the author of an entry or a supervisor may, and the only entry left cannot be voided (record the right status first).</source>
        <translation>Rien à annuler ici&#xa0;: seul l&apos;auteur d&apos;une entrée ou un superviseur le peut, et la seule entrée restante ne peut pas être annulée (enregistrez d&apos;abord le bon statut).</translation>
    </message>
    <message>
        <source>{when} — {status} (recorded by {user})</source>
        <translation>{when} — {status} (saisi par {user})</translation>
    </message>
    <message>
        <source>status entry of {name}</source>
        <translation>entrée de statut de {name}</translation>
    </message>
    <message>
        <source>Status shareable with family…</source>
        <translation>Statut communicable à la famille…</translation>
    </message>
    <message>
        <source>Family update letter…</source>
        <translation>Lettre d&apos;information à la famille…</translation>
    </message>
    <message>
        <source>{name} in {ref}</source>
        <translation>{name} dans {ref}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Medical needs</source>
        <translation>Besoins médicaux</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PolAssessment</name>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
</context>
<context>
    <name>PolMedium</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Third-party sighting</source>
        <translation>Observation par un tiers</translation>
    </message>
</context>
<context>
    <name>PolQuestionState</name>
    <message>
        <source>Drafted</source>
        <translation>Rédigée</translation>
    </message>
    <message>
        <source>Agreed with the family</source>
        <translation>Convenue avec la famille</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Compromise</translation>
    </message>
</context>
<context>
    <name>PostKind</name>
    <message>
        <source>Embassy</source>
        <translation>Ambassade</translation>
    </message>
    <message>
        <source>High Commission</source>
        <translation>Haut-commissariat</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>Consulat</translation>
    </message>
    <message>
        <source>Ministry desk</source>
        <translation>Bureau du ministère</translation>
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
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>ProofOfLifeDialog</name>
    <message>
        <source>Proof of life: {name}</source>
        <translation>Preuve de vie&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Record proof of life</source>
        <translation>Enregistrer la preuve de vie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>What the proof of life shows</source>
        <translation>Ce que montre la preuve de vie</translation>
    </message>
    <message>
        <source>e.g. Audio message, 40 s, names the date; voice confirmed by wife</source>
        <translation>p. ex. Message audio, 40 s, cite la date&#xa0;; voix confirmée par l&apos;épouse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Question put</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <source>Loading the agreed questions…</source>
        <translation>Chargement des questions convenues…</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Yes, it matched</source>
        <translation>Oui, elle correspondait</translation>
    </message>
    <message>
        <source>No, it did not match</source>
        <translation>Non, elle ne correspondait pas</translation>
    </message>
    <message>
        <source>Answer matched</source>
        <translation>Réponse conforme</translation>
    </message>
    <message>
        <source>Date the proof claims</source>
        <translation>Date revendiquée par la preuve</translation>
    </message>
    <message>
        <source>Claims to be from</source>
        <translation>Se dit datée du</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>Date établie</translation>
    </message>
    <message>
        <source>Established as</source>
        <translation>Établie au</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Basis of the assessment</source>
        <translation>Fondement de l&apos;évaluation</translation>
    </message>
    <message>
        <source>What the assessment rests on: voice compared with, answer, metadata…</source>
        <translation>Sur quoi repose l&apos;évaluation&#xa0;: voix comparée à, réponse, métadonnées…</translation>
    </message>
    <message>
        <source>Always restricted: only the case team reads a proof of life and its check.</source>
        <translation>Toujours restreint&#xa0;: seule l&apos;équipe du dossier lit une preuve de vie et sa vérification.</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>— none put —</source>
        <translation>— aucune posée —</translation>
    </message>
    <message>
        <source>— no agreed question to put —</source>
        <translation>— aucune question convenue à poser —</translation>
    </message>
</context>
<context>
    <name>PsychosocialSupport</name>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <source>No questions yet.</source>
        <translation>Aucune question pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s); {ready} agreed and ready to put.</source>
        <translation>
            <numerusform>%n question&#xa0;; {ready} convenue(s) et prête(s) à être posée(s).</numerusform>
            <numerusform>%n questions&#xa0;; {ready} convenue(s) et prête(s) à être posée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Convenue avec</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenue le</translation>
    </message>
    <message>
        <source>Proof-of-life questions: {name}</source>
        <translation>Questions de preuve de vie&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Questions agreed with the family beforehand, whose answers only the national can know. Restricted: only the case team reads them. A question put in a proof of life becomes used; retire one whose answer may be known as compromised.</source>
        <translation>Questions convenues à l&apos;avance avec la famille, dont seul le ressortissant peut connaître les réponses. Restreint&#xa0;: seule l&apos;équipe du dossier les lit. Une question posée dans une preuve de vie devient utilisée&#xa0;; retirez comme compromise celle dont la réponse pourrait être connue.</translation>
    </message>
    <message>
        <source>Proof-of-life questions</source>
        <translation>Questions de preuve de vie</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>Afficher les réponses</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>Ajouter une question…</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Mark agreed…</source>
        <translation>Marquer comme convenue…</translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation>Marquer comme convenue</translation>
    </message>
    <message>
        <source>Mark compromised…</source>
        <translation>Marquer comme compromise…</translation>
    </message>
    <message>
        <source>Mark compromised</source>
        <translation>Marquer comme compromise</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Restricted: you are not on this case&apos;s team, so only the questions&apos; states show.</source>
        <translation>Restreint&#xa0;: vous ne faites pas partie de l&apos;équipe de ce dossier, seul l&apos;état des questions s&apos;affiche.</translation>
    </message>
    <message>
        <source>Mark this question compromised? Its answer may be known to others; it can never be put again.</source>
        <translation>Marquer cette question comme compromise&#xa0;? Sa réponse est peut-être connue d&apos;autres personnes&#xa0;; elle ne pourra plus jamais être posée.</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error.</source>
        <translation>Non enregistré&#xa0;: erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Mark the question agreed</source>
        <translation>Marquer la question comme convenue</translation>
    </message>
    <message>
        <source>Edit question for {name}</source>
        <translation>Modifier la question pour {name}</translation>
    </message>
    <message>
        <source>New question for {name}</source>
        <translation>Nouvelle question pour {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Something only the national would know, agreed with the family</source>
        <translation>Un élément que seul le ressortissant peut connaître, convenu avec la famille</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Convenue avec</translation>
    </message>
    <message>
        <source>— not yet agreed (drafted) —</source>
        <translation>— pas encore convenue (projet) —</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Say which next of kin agreed the question.</source>
        <translation>Indiquez quel proche a convenu de la question.</translation>
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
    <name>ReturnItemKind</name>
    <message>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <source>Medical assessment</source>
        <translation>Évaluation médicale</translation>
    </message>
    <message>
        <source>Flight and escort</source>
        <translation>Vol et escorte</translation>
    </message>
    <message>
        <source>Reception at arrival</source>
        <translation>Accueil à l&apos;arrivée</translation>
    </message>
    <message>
        <source>Reunion with the family</source>
        <translation>Retrouvailles avec la famille</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Psychosocial support offered</source>
        <translation>Soutien psychosocial proposé</translation>
    </message>
    <message>
        <source>Follow-up contact at 30 days</source>
        <translation>Contact de suivi à 30 jours</translation>
    </message>
    <message>
        <source>Follow-up contact at 90 days</source>
        <translation>Contact de suivi à 90 jours</translation>
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
    <name>SavedContactsMixin</name>
    <message>
        <source>“{name}” names values this version no longer has ({values}).</source>
        <translation>«&#xa0;{name}&#xa0;» cite des valeurs que cette version n&apos;a plus ({values}).</translation>
    </message>
    <message>
        <source>counterparts: {list}</source>
        <translation>interlocuteurs&#xa0;: {list}</translation>
    </message>
    <message>
        <source>channels: {list}</source>
        <translation>canaux&#xa0;: {list}</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>du {day}</translation>
    </message>
    <message>
        <source>to {day}</source>
        <translation>au {day}</translation>
    </message>
    <message>
        <source>words “{text}”</source>
        <translation>mots «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>voided entries shown</source>
        <translation>entrées annulées affichées</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>les plus récentes d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(ies) to {path}.</source>
        <translation>
            <numerusform>%Ln entrée exportée vers {path}.</numerusform>
            <numerusform>%Ln entrées exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the contact log</source>
        <translation>Exporter le journal des contacts</translation>
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
    <name>StaffPresentPicker</name>
    <message>
        <source>Staff present</source>
        <translation>Personnel présent</translation>
    </message>
    <message>
        <source>Type a name to find it; Space ticks or unticks it</source>
        <translation>Tapez un nom pour le trouver&#xa0;; Espace le coche ou le décoche</translation>
    </message>
    <message>
        <source>Our staff who took part. Type a name to find it; Space ticks or unticks it</source>
        <translation>Notre personnel qui y a pris part. Tapez un nom pour le trouver&#xa0;; Espace le coche ou le décoche</translation>
    </message>
    <message>
        <source>Staff present, ticked</source>
        <translation>Personnel présent, cochés</translation>
    </message>
    <message>
        <source>Nobody ticked</source>
        <translation>Personne n&apos;est coché</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — {ref}</source>
        <translation>Changer le statut — {ref}</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>The case is {status}. Every change is recorded with who, when and why.</source>
        <translation>Le dossier est&#xa0;: {status}. Chaque changement est consigné avec qui, quand et pourquoi.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif du changement</translation>
    </message>
    <message>
        <source>Why (required), e.g. &apos;Hostages confirmed held; case active&apos;</source>
        <translation>Pourquoi (obligatoire), p. ex. «&#xa0;Détention des otages confirmée&#xa0;; dossier actif&#xa0;»</translation>
    </message>
    <message>
        <source>Give the reason for the change; it is kept in the case history.</source>
        <translation>Indiquez le motif du changement&#xa0;; il est conservé dans l&apos;historique du dossier.</translation>
    </message>
</context>
<context>
    <name>StatusShareDialog</name>
    <message>
        <source>Status shareable with family</source>
        <translation>Statut communicable à la famille</translation>
    </message>
    <message>
        <source>Which change of {name}&apos;s status may the family be told of, and in which words? Without a wording the letter says the new status in the family&apos;s language.</source>
        <translation>De quel changement de statut de {name} peut-on informer la famille, et en quels termes&#xa0;? Sans formulation, la lettre indique le nouveau statut dans la langue de la famille.</translation>
    </message>
    <message>
        <source>Status entry</source>
        <translation>Entrée de statut</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>Communicable à la famille</translation>
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
    <name>TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
    <name>TellKind</name>
    <message>
        <source>Proof of life</source>
        <translation>Preuve de vie</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>Déclaration publique</translation>
    </message>
    <message>
        <source>Demand about the family</source>
        <translation>Revendication concernant la famille</translation>
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
    <name>UserGuideDialog</name>
    <message>
        <source>consular — user guide</source>
        <translation>consular — guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Texte du guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}).</source>
        <translation>Le guide de l&apos;utilisateur n&apos;a pas pu être lu ({error}).</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Caseworker</source>
        <translation>Chargé(e) de dossier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
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
    <name>VettingStatus</name>
    <message>
        <source>Unvetted</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Under vetting</source>
        <translation>En cours de vérification</translation>
    </message>
    <message>
        <source>Vetted</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
</context>
<context>
    <name>VisitDecision</name>
    <message>
        <source>Awaiting a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>No answer (closed)</source>
        <translation>Sans réponse (close)</translation>
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
    <name>VoidableKind</name>
    <message>
        <source>Hostage status entry</source>
        <translation>Entrée de statut d&apos;otage</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Consular visit request</source>
        <translation>Demande de visite consulaire</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Family update</source>
        <translation>Information de la famille</translation>
    </message>
</context>
<context>
    <name>WelfareCondition</name>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>WelfareDialog</name>
    <message>
        <source>Welfare report: {name}</source>
        <translation>Rapport sur le bien-être&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Record welfare report</source>
        <translation>Enregistrer le rapport sur le bien-être</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>e.g. Seen by a released hostage on 3 Aug: thin but walking</source>
        <translation>p. ex. Vu par un otage libéré le 3 août&#xa0;: amaigri mais marche</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Medication needs</source>
        <translation>Besoins en médicaments</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— inconnu —</translation>
    </message>
    <message>
        <source>Yes, supply arranged</source>
        <translation>Oui, approvisionnement organisé</translation>
    </message>
    <message>
        <source>No, not arranged</source>
        <translation>Non, pas organisé</translation>
    </message>
    <message>
        <source>Supply arranged</source>
        <translation>Approvisionnement organisé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>About {name} only (untick: about every national of the case)</source>
        <translation>Concerne {name} uniquement (décocher&#xa0;: tous les ressortissants du dossier)</translation>
    </message>
    <message>
        <source>About this national only</source>
        <translation>Concerne ce ressortissant uniquement</translation>
    </message>
    <message>
        <source>Restricted (case team only)</source>
        <translation>Restreint (équipe du dossier uniquement)</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
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
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>chaîne d&apos;option inattendue : %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>analyseur inconnu %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument « - » avec le mode %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>impossible d&apos;avoir plusieurs arguments de sous-analyseur</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>sous-analyseur en conflit : %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>alias de sous-analyseur en conflit : %s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>les arguments mutuellement exclusifs doivent être optionnels</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>« required » n&apos;est pas un argument valide pour les arguments positionnels</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>dest= est obligatoire pour les options telles que %r</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>chaîne d&apos;option non valide %(option)r : doit commencer par un caractère %(prefix_chars)r</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>valeur de conflict_resolution non valide : %r</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>impossible de fusionner les actions : deux groupes s&apos;appellent %r</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r n&apos;est pas appelable</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() non défini</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>%s argument attendu</numerusform>
            <numerusform>%s arguments attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>chaîne d&apos;option en conflit : %s</numerusform>
            <numerusform>chaînes d&apos;option en conflit : %s</numerusform>
        </translation>
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
    <name>brief_dialog</name>
    <message>
        <source>Sent to the default printer through your PDF viewer.</source>
        <extracomment>The language the brief is written in (&quot;en&quot;, &quot;fr&quot;, &quot;hi&quot;).</extracomment>
        <translation>Envoyée à l’imprimante par défaut via votre lecteur PDF.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The printer refused the brief: {reason}.</source>
        <translation>L’imprimante a refusé la note&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
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
    <name>cli.case_links</name>
    <message>
        <source>link two cases: taken in the same incident, or related (both cases&apos; team)</source>
        <translation>lier deux dossiers : pris dans le même incident, ou liés (équipe des deux dossiers)</translation>
    </message>
    <message>
        <source>Link two cases so that each shows the other on its overview, on the brief and in `cases show`. You must be on both cases&apos; teams (or a supervisor): a link tells each case&apos;s readers about the other. Readers off the other case&apos;s team see its reference and post only.</source>
        <translation>Lier deux dossiers pour que chacun affiche l&apos;autre dans sa vue d&apos;ensemble, dans la note de situation et dans `cases show`. Vous devez faire partie des équipes des deux dossiers (ou être superviseur) : un lien informe les lecteurs de chaque dossier de l&apos;existence de l&apos;autre. Les lecteurs qui ne font pas partie de l&apos;équipe de l&apos;autre dossier n&apos;en voient que la référence et le poste.</translation>
    </message>
    <message>
        <source>a case reference, e.g. BAM-2025-0001</source>
        <translation>une référence de dossier, p. ex. BAM-2025-0001</translation>
    </message>
    <message>
        <source>the case to link it with</source>
        <translation>le dossier auquel le lier</translation>
    </message>
    <message>
        <source>how they are linked (default related)</source>
        <translation>la nature du lien (par défaut related)</translation>
    </message>
    <message>
        <source>why they are linked</source>
        <translation>pourquoi ils sont liés</translation>
    </message>
    <message>
        <source>print the link as JSON</source>
        <translation>afficher le lien en JSON</translation>
    </message>
    <message>
        <source>undo the link between two cases, with a reason (kept on record)</source>
        <translation>défaire le lien entre deux dossiers, avec un motif (conservé au dossier)</translation>
    </message>
    <message>
        <source>Undo the link between two cases. The link stays on record with who undid it, when and why; `cases show` no longer lists it.</source>
        <translation>Défaire le lien entre deux dossiers. Le lien reste enregistré, avec qui l&apos;a défait, quand et pourquoi ; `cases show` ne l&apos;affiche plus.</translation>
    </message>
    <message>
        <source>why they are unlinked</source>
        <translation>pourquoi ils ne sont plus liés</translation>
    </message>
    <message>
        <source>Linked {reference} with {other} ({kind}).</source>
        <translation>{reference} lié à {other} ({kind}).</translation>
    </message>
    <message>
        <source>Unlinked {reference} from {other}; the link stays on record.</source>
        <translation>Lien entre {reference} et {other} défait ; le lien reste enregistré.</translation>
    </message>
    <message>
        <source>Linked cases ({count}):</source>
        <translation>Dossiers liés ({count}) :</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
</context>
<context>
    <name>cli.cmd_audit</name>
    <message>
        <source>verify, list and export the audit trail</source>
        <translation>vérifier, lister et exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail records every change, chained by hashes and signed with this installation&apos;s key (see README, &apos;Verifying the record&apos;).</source>
        <translation>Le journal d&apos;audit enregistre chaque modification, chaînée par des empreintes et signée avec la clé de cette installation (voir le README, « Verifying the record »).</translation>
    </message>
    <message>
        <source>check the whole chain and every audited record; exit 1 if anything was tampered with</source>
        <translation>vérifier toute la chaîne et chaque enregistrement audité ; code de sortie 1 en cas d&apos;altération</translation>
    </message>
    <message>
        <source>Walk the audit chain: name the first edited, deleted or inserted audit entry, and every record whose current state no longer matches its last audited state. Exits 0 when all is in order, 1 when anything is wrong, 2 on an error.</source>
        <translation>Parcourir la chaîne d&apos;audit : nommer la première entrée d&apos;audit modifiée, supprimée ou insérée, et chaque enregistrement dont l&apos;état actuel ne correspond plus à son dernier état audité. Code de sortie 0 quand tout est en ordre, 1 en cas de problème, 2 en cas d&apos;erreur.</translation>
    </message>
    <message>
        <source>a chain head printed on a brief or export (repeat for several); anchors this machine recorded itself are checked too</source>
        <translation>une tête de chaîne imprimée sur une note de situation ou un export (à répéter pour plusieurs) ; les ancres enregistrées par cette machine sont aussi vérifiées</translation>
    </message>
    <message>
        <source>do not check signatures (a copy on a machine without the key): hashes, gaps, head, anchors and records only</source>
        <translation>ne pas vérifier les signatures (copie sur une machine sans la clé) : empreintes, lacunes, tête, ancres et enregistrements seulement</translation>
    </message>
    <message>
        <source>check signatures with this key file too</source>
        <translation>vérifier aussi les signatures avec ce fichier de clé</translation>
    </message>
    <message>
        <source>check the chain only, not the records&apos; states</source>
        <translation>vérifier la chaîne seulement, pas l&apos;état des enregistrements</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>afficher le rapport en JSON</translation>
    </message>
    <message>
        <source>only this case</source>
        <translation>ce dossier seulement</translation>
    </message>
    <message>
        <source>only changes by this username</source>
        <translation>seulement les modifications faites par cet utilisateur</translation>
    </message>
    <message>
        <source>an action (case.status) or a family (case)</source>
        <translation>une action (case.status) ou une famille d&apos;actions (case)</translation>
    </message>
    <message>
        <source>from this day (UTC) or ISO date and time</source>
        <translation>à partir de ce jour (UTC) ou de cette date et heure ISO</translation>
    </message>
    <message>
        <source>before this day (UTC) or ISO date and time</source>
        <translation>avant ce jour (UTC) ou cette date et heure ISO</translation>
    </message>
    <message>
        <source>list audit entries, newest first</source>
        <translation>lister les entrées d&apos;audit, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>List audit entries, newest first.</source>
        <translation>Lister les entrées d&apos;audit, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>at most N entries (default 50; 0: all)</source>
        <translation>au plus N entrées (par défaut 50 ; 0 : toutes)</translation>
    </message>
    <message>
        <source>print JSON with before and after</source>
        <translation>afficher en JSON, avec l&apos;avant et l&apos;après</translation>
    </message>
    <message>
        <source>write the audit trail to CSV or JSON with the chain head</source>
        <translation>écrire le journal d&apos;audit en CSV ou JSON avec la tête de chaîne</translation>
    </message>
    <message>
        <source>Write the matching entries, oldest first, to FILE with the chain head.</source>
        <translation>Écrire les entrées correspondantes, les plus anciennes d&apos;abord, dans FILE avec la tête de chaîne.</translation>
    </message>
    <message>
        <source>file to write (replaced if it exists)</source>
        <translation>fichier à écrire (remplacé s&apos;il existe)</translation>
    </message>
    <message>
        <source>csv or json (default: from the file name)</source>
        <translation>csv ou json (par défaut : d&apos;après le nom du fichier)</translation>
    </message>
    <message>
        <source>print the chain head (SEQ:HASH) to keep as an anchor</source>
        <translation>afficher la tête de chaîne (SEQ:HASH) à conserver comme ancre</translation>
    </message>
    <message>
        <source>Print the chain head.</source>
        <translation>Afficher la tête de chaîne.</translation>
    </message>
    <message>
        <source>verified {done}/{total} entries</source>
        <translation>{done}/{total} entrées vérifiées</translation>
    </message>
    <message>
        <source>{entries} audit entries, chain head {head}; {signatures_checked} signatures, {records_checked} records and {anchors_checked} anchors checked in {seconds} s.</source>
        <translation>{entries} entrées d&apos;audit, tête de chaîne {head} ; {signatures_checked} signatures, {records_checked} enregistrements et {anchors_checked} ancres vérifiés en {seconds} s.</translation>
    </message>
    <message>
        <source>OK: the audit trail and the audited records are intact.</source>
        <translation>OK : le journal d&apos;audit et les enregistrements audités sont intacts.</translation>
    </message>
    <message>
        <source>TAMPERED: {message}</source>
        <translation>ALTÉRÉ : {message}</translation>
    </message>
    <message>
        <source>  also: {message}</source>
        <translation>  également : {message}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>at (UTC)</source>
        <translation>le (UTC)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more problem(s).</source>
        <translation>
            <numerusform>  ... et %n autre problème.</numerusform>
            <numerusform>  ... et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit entry/entries to {path} (chain head {chain_head}).</source>
        <translation>
            <numerusform>%Ln entrée d&apos;audit écrite dans {path} (tête de chaîne {chain_head}).</numerusform>
            <numerusform>%Ln entrées d&apos;audit écrites dans {path} (tête de chaîne {chain_head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_brief</name>
    <message>
        <source>write a status brief of a case as PDF (or list the briefs issued)</source>
        <translation>écrire la note de situation d’un dossier en PDF (ou lister les notes émises)</translation>
    </message>
    <message>
        <source>Write a status brief of a case as a PDF for supervisors and senior officials, and record it (who, when, period, content hash). The period runs from the end of the previous brief of the case, or the last 7 days if there is none, unless --since says otherwise. Restricted contacts and milestones show only their date (&quot;Restricted&quot;) unless --include-restricted. The brief is written in the language of --lang after the command (en, fr or hi), else in the language of the messages. Every page carries the audit chain head it was issued at: check a copy with consular audit verify --anchor SEQ:HASH.</source>
        <translation>Écrit la note de situation d’un dossier en PDF pour les superviseurs et les hauts responsables, et l’enregistre (qui, quand, période, empreinte du contenu). La période court depuis la fin de la note précédente du dossier, ou sur les 7 derniers jours s’il n’y en a pas, sauf indication contraire de --since. Les contacts et jalons restreints n’indiquent que leur date («&#xa0;Restreint&#xa0;») sauf avec --include-restricted. La note est rédigée dans la langue de --lang placé après la commande (en, fr ou hi), sinon dans la langue des messages. Chaque page porte la tête de la chaîne d’audit au moment de l’émission&#xa0;: vérifiez une copie avec consular audit verify --anchor SEQ:HASH.</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001; or &apos;verify&apos; followed by a PDF file</source>
        <translation>référence du dossier, p. ex. BAM-2025-0001&#xa0;; ou «&#xa0;verify&#xa0;» suivi d’un fichier PDF</translation>
    </message>
    <message>
        <source>with &apos;verify&apos;: the PDF to check against the briefs issued from this database (exit 0 if this exact file was issued here, 1 if not)</source>
        <translation>avec «&#xa0;verify&#xa0;»&#xa0;: le PDF à comparer aux notes émises depuis cette base de données (code de sortie 0 si ce fichier exact a été émis ici, 1 sinon)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>start of the period: YYYY-MM-DD (midnight in the case&apos;s zone) or an ISO 8601 date and time</source>
        <translation>début de la période&#xa0;: AAAA-MM-JJ (minuit dans le fuseau du dossier) ou une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>mask passport and other ID numbers, phone numbers, e-mail addresses, addresses and dates of birth; restricted entries show only their date</source>
        <translation>masquer les numéros de passeport et d’autres pièces d’identité, les numéros de téléphone, les adresses électroniques, les adresses et les dates de naissance&#xa0;; les entrées restreintes n’indiquent que leur date</translation>
    </message>
    <message>
        <source>also mask the names of the case&apos;s people and their families, native script included (implies --redact)</source>
        <translation>masquer aussi les noms des personnes du dossier et de leurs familles, y compris dans leur écriture d’origine (implique --redact)</translation>
    </message>
    <message>
        <source>include restricted contacts and milestones (for the case team only)</source>
        <translation>inclure les contacts et jalons restreints (pour l’équipe du dossier uniquement)</translation>
    </message>
    <message>
        <source>mark every page DRAFT</source>
        <translation>marquer chaque page PROJET</translation>
    </message>
    <message>
        <source>US Letter paper instead of A4</source>
        <translation>papier US Letter au lieu de A4</translation>
    </message>
    <message>
        <source>the language the brief is written in: {choices} (default: the language of the messages)</source>
        <translation>la langue de rédaction de la note&#xa0;: {choices} (par défaut&#xa0;: la langue des messages)</translation>
    </message>
    <message>
        <source>generate brief ID again (see --list), e.g. with other options: same period, recorded as replacing it</source>
        <translation>générer à nouveau la note ID (voir --list), p. ex. avec d’autres options&#xa0;: même période, enregistrée comme la remplaçant</translation>
    </message>
    <message>
        <source>list the briefs issued for the case instead</source>
        <translation>lister plutôt les notes émises pour le dossier</translation>
    </message>
    <message>
        <source>with --list or verify, print JSON</source>
        <translation>avec --list ou verify, afficher du JSON</translation>
    </message>
    <message>
        <source>Unexpected &apos;{file}&apos;: write the PDF to create with -o FILE.pdf.</source>
        <translation>«&#xa0;{file}&#xa0;» inattendu&#xa0;: indiquez le PDF à créer avec -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>Say where to write the brief: -o FILE.pdf (or use --list to see the briefs issued).</source>
        <translation>Indiquez où écrire la note&#xa0;: -o FICHIER.pdf (ou utilisez --list pour voir les notes émises).</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>caviardée</translation>
    </message>
    <message>
        <source>names masked</source>
        <translation>noms masqués</translation>
    </message>
    <message>
        <source>includes restricted</source>
        <translation>avec entrées restreintes</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>{pages}, {size}; content SHA-256 {hash}</source>
        <translation>{pages}, {size}&#xa0;; SHA-256 du contenu {hash}</translation>
    </message>
    <message>
        <source>brief #{id}; file SHA-256 {hash}; audit chain head {head}</source>
        <translation>note n° {id}&#xa0;; SHA-256 du fichier {hash}&#xa0;; tête de la chaîne d’audit {head}</translation>
    </message>
    <message>
        <source>Say which file to check: consular brief verify FILE.pdf</source>
        <translation>Indiquez le fichier à vérifier&#xa0;: consular brief verify FICHIER.pdf</translation>
    </message>
    <message>
        <source>  case:      {case}</source>
        <translation>  dossier&#xa0;:   {case}</translation>
    </message>
    <message>
        <source>  period:    {period} UTC</source>
        <translation>  période&#xa0;:   {period} UTC</translation>
    </message>
    <message>
        <source>  issued:    {when} UTC by {name}</source>
        <translation>  émise&#xa0;:     {when} UTC par {name}</translation>
    </message>
    <message>
        <source>  options:   {options}; {pages}; content SHA-256 {hash}</source>
        <translation>  options&#xa0;:   {options}&#xa0;; {pages}&#xa0;; SHA-256 du contenu {hash}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>  file SHA-256 {hash}</source>
        <translation>  SHA-256 du fichier {hash}</translation>
    </message>
    <message>
        <source>No briefs issued for {reference}.</source>
        <translation>Aucune note émise pour {reference}.</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>entrées restreintes</translation>
    </message>
    <message>
        <source>replaces #{id}</source>
        <translation>remplace n° {id}</translation>
    </message>
    <message>
        <source>NOT DELIVERED</source>
        <translation>NON LIVRÉE</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>period (UTC)</source>
        <translation>période (UTC)</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>cli.cmd_cases</name>
    <message>
        <source>list cases or show one case</source>
        <translation>lister les dossiers ou afficher un dossier</translation>
    </message>
    <message>
        <source>List cases, or show everything recorded on one case.</source>
        <translation>Lister les dossiers, ou afficher tout ce qui est enregistré sur un dossier.</translation>
    </message>
    <message>
        <source>list cases (newest incident first)</source>
        <translation>lister les dossiers (incident le plus récent d&apos;abord)</translation>
    </message>
    <message>
        <source>List cases, newest incident first. Filters may be repeated or comma-separated (--status open,active).</source>
        <translation>Lister les dossiers, incident le plus récent d&apos;abord. Les filtres peuvent être répétés ou séparés par des virgules (--status open,active).</translation>
    </message>
    <message>
        <source>only cases with this status ({values})</source>
        <translation>seulement les dossiers ayant ce statut ({values})</translation>
    </message>
    <message>
        <source>only cases of this kind ({values})</source>
        <translation>seulement les dossiers de ce type ({values})</translation>
    </message>
    <message>
        <source>only cases of this post (e.g. BAM)</source>
        <translation>seulement les dossiers de ce poste (p. ex. BAM)</translation>
    </message>
    <message>
        <source>sort by one of: {values} (default incident_at, or the saved filter&apos;s)</source>
        <translation>trier selon l&apos;un de : {values} (par défaut incident_at, ou celui du filtre enregistré)</translation>
    </message>
    <message>
        <source>apply a saved filter (yours, or one shared with a post; &apos;consular filters list&apos;); --status, --kind and --post given as well replace its values</source>
        <translation>appliquer un filtre enregistré (le vôtre, ou un filtre partagé avec un poste ; « consular filters list ») ; --status, --kind et --post donnés en plus remplacent ses valeurs</translation>
    </message>
    <message>
        <source>write the list to FILE (.csv or .xlsx) instead of printing it: an audited export that carries the audit chain head</source>
        <translation>écrire la liste dans FILE (.csv ou .xlsx) au lieu de l&apos;afficher : un export audité qui porte la tête de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>sort ascending instead of descending</source>
        <translation>trier par ordre croissant au lieu de décroissant</translation>
    </message>
    <message>
        <source>at most N cases (default: all)</source>
        <translation>au plus N dossiers (par défaut : tous)</translation>
    </message>
    <message>
        <source>print a JSON array (reference, title, kind, status, country, place, incident_at, hostages_held, hostages_total, last_contact_at, ...)</source>
        <translation>afficher un tableau JSON (reference, title, kind, status, country, place, incident_at, hostages_held, hostages_total, last_contact_at, ...)</translation>
    </message>
    <message>
        <source>show one case with its people, next of kin, milestones and tasks</source>
        <translation>afficher un dossier avec ses personnes, ses proches, ses jalons et ses tâches</translation>
    </message>
    <message>
        <source>Show one case: its facts, people (with identifiers and roles), next of kin and contact plans, milestones, tasks and the number of contacts.</source>
        <translation>Afficher un dossier : ses faits, ses personnes (avec identifiants et rôles), ses proches et leurs plans de contact, ses jalons, ses tâches et le nombre de contacts.</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation>référence du dossier, p. ex. BAM-2025-0001</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>show a case&apos;s team, or add or remove a member (supervisors)</source>
        <translation>afficher l&apos;équipe d&apos;un dossier, ou ajouter ou retirer un membre (superviseurs)</translation>
    </message>
    <message>
        <source>Show the case&apos;s team (lead, supervisor, members), who may read its restricted content; with &apos;add USER&apos; or &apos;remove USER&apos;, change its members (supervisors and administrators).</source>
        <translation>Afficher l&apos;équipe du dossier (responsable, superviseur, membres), qui peut lire son contenu restreint ; avec « add USER » ou « remove USER », modifier ses membres (superviseurs et administrateurs).</translation>
    </message>
    <message>
        <source>add or remove USER</source>
        <translation>ajouter ou retirer USER</translation>
    </message>
    <message>
        <source>user name, e.g. k.reddy</source>
        <translation>nom d&apos;utilisateur, p. ex. k.reddy</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
    <message>
        <source>saved filter &apos;{name}&apos;</source>
        <translation>filtre enregistré « {name} »</translation>
    </message>
    <message>
        <source>consular: the saved filter names values no longer known, left out: {values}</source>
        <translation>consular : le filtre enregistré cite des valeurs qui ne sont plus connues, ignorées : {values}</translation>
    </message>
    <message>
        <source>search &apos;{text}&apos;</source>
        <translation>recherche « {text} »</translation>
    </message>
    <message>
        <source>status {values}</source>
        <translation>statut {values}</translation>
    </message>
    <message>
        <source>kind {values}</source>
        <translation>type {values}</translation>
    </message>
    <message>
        <source>post {values}</source>
        <translation>poste {values}</translation>
    </message>
    <message>
        <source>assigned to {user}</source>
        <translation>attribués à {user}</translation>
    </message>
    <message>
        <source>sorted by {key} descending</source>
        <translation>triés par {key}, ordre décroissant</translation>
    </message>
    <message>
        <source>sorted by {key} ascending</source>
        <translation>triés par {key}, ordre croissant</translation>
    </message>
    <message>
        <source>--limit must be 0 (all cases) or more; got {limit}.</source>
        <translation>--limit doit valoir 0 (tous les dossiers) ou plus ; reçu {limit}.</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>Aucun dossier ne correspond.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation>INCIDENT</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>DÉTENUS</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>DERNIER CONTACT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Name the user to {change}: consular cases team {reference} {change} USER</source>
        <translation>Nommez l&apos;utilisateur à {change} : consular cases team {reference} {change} USER</translation>
    </message>
    <message>
        <source>Say &apos;add&apos; or &apos;remove&apos; before the user name.</source>
        <translation>Indiquez « add » ou « remove » avant le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>nom dans son écriture</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <source>home state</source>
        <translation>État d&apos;origine</translation>
    </message>
    <message>
        <source>home district</source>
        <translation>district d&apos;origine</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>profession</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>medical needs</source>
        <translation>besoins médicaux</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source> (source: {source})</source>
        <translation> (source : {source})</translation>
    </message>
    <message>
        <source>{classification} · status {status} · {kind} · priority {priority}</source>
        <translation>{classification} · statut {status} · {kind} · priorité {priority}</translation>
    </message>
    <message>
        <source>Post: {code} — {name}</source>
        <translation>Poste : {code} — {name}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation>Attribution : {attribution}</translation>
    </message>
    <message>
        <source>Lead caseworker: {lead} · supervisor: {supervisor}</source>
        <translation>Chargé(e) de dossier principal : {lead} · superviseur : {supervisor}</translation>
    </message>
    <message>
        <source>Contacts logged: {contacts} · last contact: {last} · documents: {documents} · version {version}</source>
        <translation>Contacts consignés : {contacts} · dernier contact : {last} · documents : {documents} · version {version}</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Circonstances :</translation>
    </message>
    <message>
        <source>Status history ({count}):</source>
        <translation>Historique des statuts ({count}) :</translation>
    </message>
    <message>
        <source>{when}  {from_status} → {to_status}  by {who}: {reason}</source>
        <translation>{when}  {from_status} → {to_status}  par {who} : {reason}</translation>
    </message>
    <message>
        <source>People ({count}):</source>
        <translation>Personnes ({count}) :</translation>
    </message>
    <message>
        <source> (since {when})</source>
        <translation> (depuis le {when})</translation>
    </message>
    <message>
        <source>, proof of life restricted to the case team</source>
        <translation>, preuve de vie réservée à l&apos;équipe du dossier</translation>
    </message>
    <message>
        <source>, last verified proof of life {when}</source>
        <translation>, dernière preuve de vie vérifiée le {when}</translation>
    </message>
    <message>
        <source>, no verified proof of life</source>
        <translation>, aucune preuve de vie vérifiée</translation>
    </message>
    <message>
        <source> (last received {when}, not verified)</source>
        <translation> (dernière reçue le {when}, non vérifiée)</translation>
    </message>
    <message>
        <source>  [VOIDED by {who} on {when}: {reason}]</source>
        <translation>  [ANNULÉ par {who} le {when} : {reason}]</translation>
    </message>
    <message>
        <source>Next of kin ({count}):</source>
        <translation>Proches ({count}) :</translation>
    </message>
    <message>
        <source> — CONTACT OVERDUE</source>
        <translation> — CONTACT EN RETARD</translation>
    </message>
    <message>
        <source>{name} ({relationship} of {hostage}) — {plan}{overdue}</source>
        <translation>{name} ({relationship} de {hostage}) — {plan}{overdue}</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation>canal préféré</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>dernier contact</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>aucun consigné</translation>
    </message>
    <message>
        <source>may be told</source>
        <translation>peut être informé(e) de</translation>
    </message>
    <message>
        <source>Milestones ({count}):</source>
        <translation>Jalons ({count}) :</translation>
    </message>
    <message>
        <source> [RESTRICTED]</source>
        <translation> [RESTREINT]</translation>
    </message>
    <message>
        <source>Tasks ({count}):</source>
        <translation>Tâches ({count}) :</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> EN RETARD</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>[{status}] due {due}  {title} — {assignee}</source>
        <translation>[{status}] échéance {due}  {title} — {assignee}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to {out}.</source>
        <translation>
            <numerusform>%Ln dossier écrit dans {out}.</numerusform>
            <numerusform>%Ln dossiers écrits dans {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incident: {when} ({timezone}), %n day(s) ago</source>
        <translation>
            <numerusform>Incident : {when} ({timezone}), il y a %n jour</numerusform>
            <numerusform>Incident : {when} ({timezone}), il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — PROOF OF LIFE OVERDUE (over %n day(s))</source>
        <translation>
            <numerusform> — PREUVE DE VIE EN RETARD (plus de %n jour)</numerusform>
            <numerusform> — PREUVE DE VIE EN RETARD (plus de %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform> — BESOINS MÉDICAUX, AUCUN RAPPORT SUR LE BIEN-ÊTRE DEPUIS PLUS DE %n JOUR</numerusform>
            <numerusform> — BESOINS MÉDICAUX, AUCUN RAPPORT SUR LE BIEN-ÊTRE DEPUIS PLUS DE %n JOURS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_contacts</name>
    <message>
        <source>log a contact on a case or list its contacts</source>
        <translation>consigner un contact sur un dossier ou lister ses contacts</translation>
    </message>
    <message>
        <source>Work with a case&apos;s contact log.</source>
        <translation>Travailler sur le journal des contacts d&apos;un dossier.</translation>
    </message>
    <message>
        <source>log a call, meeting, e-mail, video call, letter or message</source>
        <translation>consigner un appel, une réunion, un courriel, un appel vidéo, une lettre ou un message</translation>
    </message>
    <message>
        <source>Log one contact on case REF. Each --with NAME is matched against the case&apos;s counterparts (exact name, else a unique part of a name), then against every counterpart: one with exactly that name is used. Otherwise the close matches (spelt alike: Mohanty/Mohanti) are listed with their ids and nothing is logged: pick one with --with-id ID, or add --new-counterpart to create the name as a new counterpart of category &apos;other&apos; (the command says so on stderr). Prints the new entry&apos;s id.</source>
        <translation>Consigner un contact sur le dossier REF. Chaque --with NAME est rapproché des interlocuteurs du dossier (nom exact, sinon une partie unique d&apos;un nom), puis de tous les interlocuteurs : celui qui porte exactement ce nom est retenu. Sinon, les noms proches (orthographe voisine : Mohanty/Mohanti) sont listés avec leurs identifiants et rien n&apos;est consigné : choisissez-en un avec --with-id ID, ou ajoutez --new-counterpart pour créer ce nom comme nouvel interlocuteur de catégorie « other » (la commande le signale sur stderr). Affiche l&apos;identifiant de la nouvelle entrée.</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation>référence du dossier, p. ex. BAM-2025-0001</translation>
    </message>
    <message>
        <source>when, ISO 8601 (2025-07-03T14:30+00:00; without an offset, the case&apos;s local time)</source>
        <translation>quand, en ISO 8601 (2025-07-03T14:30+00:00 ; sans décalage, heure locale du dossier)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>l&apos;un de : {values}</translation>
    </message>
    <message>
        <source>counterpart spoken with (repeat for several)</source>
        <translation>interlocuteur avec qui l&apos;échange a eu lieu (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>counterpart spoken with, by id (as listed when a name has close matches)</source>
        <translation>interlocuteur avec qui l&apos;échange a eu lieu, par identifiant (tel que listé quand un nom a des correspondances proches)</translation>
    </message>
    <message>
        <source>create each --with NAME that matches no counterpart exactly as a new counterpart</source>
        <translation>créer comme nouvel interlocuteur chaque --with NAME qui ne correspond exactement à aucun interlocuteur</translation>
    </message>
    <message>
        <source>one-line subject</source>
        <translation>objet en une ligne</translation>
    </message>
    <message>
        <source>full notes</source>
        <translation>notes complètes</translation>
    </message>
    <message>
        <source>outcome / what was agreed</source>
        <translation>résultat / ce qui a été convenu</translation>
    </message>
    <message>
        <source>one of: {values} (default outgoing)</source>
        <translation>l&apos;un de : {values} (par défaut outgoing)</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>durée en minutes</translation>
    </message>
    <message>
        <source>mark RESTRICTED: kept out of family-facing and redacted outputs</source>
        <translation>marquer RESTREINT : exclu des documents destinés à la famille et des documents caviardés</translation>
    </message>
    <message>
        <source>mark that a follow-up is needed</source>
        <translation>signaler qu&apos;un suivi est nécessaire</translation>
    </message>
    <message>
        <source>print the new entry as JSON instead of its id</source>
        <translation>afficher la nouvelle entrée en JSON au lieu de son identifiant</translation>
    </message>
    <message>
        <source>list a case&apos;s contacts, newest first, with their ids</source>
        <translation>lister les contacts d&apos;un dossier, les plus récents d&apos;abord, avec leurs identifiants</translation>
    </message>
    <message>
        <source>List the contacts of case REF, newest first. Voided entries are left out unless --include-voided is given; then they are marked VOIDED with who voided them and why.</source>
        <translation>Lister les contacts du dossier REF, les plus récents d&apos;abord. Les entrées annulées sont omises sauf avec --include-voided ; elles sont alors marquées VOIDED, avec qui les a annulées et pourquoi.</translation>
    </message>
    <message>
        <source>also list voided entries, marked</source>
        <translation>lister aussi les entrées annulées, marquées comme telles</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
    <message>
        <source>Say who the contact was with: --with NAME or --with-id ID.</source>
        <translation>Indiquez avec qui le contact a eu lieu : --with NAME ou --with-id ID.</translation>
    </message>
    <message>
        <source>{at} is in the future; check the date and time zone.</source>
        <translation>{at} est dans le futur ; vérifiez la date et le fuseau horaire.</translation>
    </message>
    <message>
        <source>consular: &apos;{name}&apos; is counterpart #{id} (of {value}); linked to {reference}.</source>
        <translation>consular : « {name} » est l&apos;interlocuteur n° {id} (de {value}) ; lié à {reference}.</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>aucun dossier</translation>
    </message>
    <message>
        <source>consular: no counterpart is called &apos;{name}&apos;; added it as a new counterpart (#{id}, category other).</source>
        <translation>consular : aucun interlocuteur ne s&apos;appelle « {name} » ; ajouté comme nouvel interlocuteur (n° {id}, catégorie other).</translation>
    </message>
    <message>
        <source>Logged contact #{id} on {case_reference} at {local} with {counterpart_names}.</source>
        <translation>Contact n° {id} consigné sur {case_reference} le {local} avec {counterpart_names}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches several counterparts of {reference}: {listed}</source>
        <translation>« {name} » correspond à plusieurs interlocuteurs de {reference} : {listed}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a counterpart of {reference}; close matches: {listed}</source>
        <translation>« {name} » n&apos;est pas un interlocuteur de {reference} ; correspondances proches : {listed}</translation>
    </message>
    <message>
        <source>no counterpart is called &apos;{name}&apos; or anything like it</source>
        <translation>aucun interlocuteur ne s&apos;appelle « {name} » ni rien d&apos;approchant</translation>
    </message>
    <message>
        <source>{problems}. Give more of the name, use --with-id ID, or add --new-counterpart to create it. Nothing was logged.</source>
        <translation>{problems}. Donnez davantage du nom, utilisez --with-id ID, ou ajoutez --new-counterpart pour le créer. Rien n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>No contacts logged.</source>
        <translation>Aucun contact consigné.</translation>
    </message>
    <message>
        <source>VOIDED by {who}: {reason}</source>
        <translation>ANNULÉ par {who} : {reason}</translation>
    </message>
    <message>
        <source> [NOT VETTED: intermediary]</source>
        <translation> [NON VÉRIFIÉ : intermédiaire]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>WITH</source>
        <translation>AVEC</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>ANNULÉ</translation>
    </message>
</context>
<context>
    <name>cli.cmd_db</name>
    <message>
        <source>create or upgrade the database schema, or show its revision</source>
        <translation>créer ou mettre à niveau le schéma de la base de données, ou afficher sa révision</translation>
    </message>
    <message>
        <source>Manage the database schema.</source>
        <translation>Gérer le schéma de la base de données.</translation>
    </message>
    <message>
        <source>create a database with its first administrator</source>
        <translation>créer une base de données avec son premier administrateur</translation>
    </message>
    <message>
        <source>Create the database (or bring its schema up to date) and appoint its first administrator, who then adds the other accounts with &apos;consular users add&apos;. The password is asked twice on the terminal, or read from --password-file. Refused if the database already has an administrator.</source>
        <translation>Créer la base de données (ou mettre son schéma à jour) et nommer son premier administrateur, qui ajoute ensuite les autres comptes avec « consular users add ». Le mot de passe est demandé deux fois dans le terminal, ou lu depuis --password-file. Refusé si la base de données a déjà un administrateur.</translation>
    </message>
    <message>
        <source>user name of the first administrator</source>
        <translation>nom d&apos;utilisateur du premier administrateur</translation>
    </message>
    <message>
        <source>the administrator&apos;s full name (default: NAME)</source>
        <translation>nom complet de l&apos;administrateur (par défaut : NAME)</translation>
    </message>
    <message>
        <source>the administrator&apos;s e-mail</source>
        <translation>courriel de l&apos;administrateur</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>le poste</translation>
    </message>
    <message>
        <source>The post this database serves, created with the administrator. Its name is what the sign-in window shows before anyone signs in (an encrypted file keeps it, in the clear, in FILE.keys).</source>
        <translation>Le poste que dessert cette base de données, créé avec l&apos;administrateur. Son nom est celui qu&apos;affiche la fenêtre de connexion avant toute connexion (un fichier chiffré le conserve, en clair, dans FILE.keys).</translation>
    </message>
    <message>
        <source>the post&apos;s code, e.g. BAM (then the four below are needed)</source>
        <translation>le code du poste, p. ex. BAM (les quatre options ci-dessous sont alors nécessaires)</translation>
    </message>
    <message>
        <source>its name as on briefs, e.g. &quot;Embassy of India, Bamako&quot;</source>
        <translation>son nom tel qu&apos;il figure sur les notes de situation, p. ex. « Ambassade de l&apos;Inde, Bamako »</translation>
    </message>
    <message>
        <source>embassy (default), high_commission, consulate, ...</source>
        <translation>embassy (par défaut), high_commission, consulate, ...</translation>
    </message>
    <message>
        <source>its country, ISO 3166 code, e.g. ML</source>
        <translation>son pays, code ISO 3166, p. ex. ML</translation>
    </message>
    <message>
        <source>its city, e.g. Bamako</source>
        <translation>sa ville, p. ex. Bamako</translation>
    </message>
    <message>
        <source>its IANA time zone, e.g. Africa/Bamako</source>
        <translation>son fuseau horaire IANA, p. ex. Africa/Bamako</translation>
    </message>
    <message>
        <source>create the database or bring it to the latest schema</source>
        <translation>créer la base de données ou la mettre au dernier schéma</translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to the latest schema. A SQLite file at an older schema is copied aside first; the copy&apos;s name is printed.</source>
        <translation>Créer la base de données, ou la mettre à niveau vers le dernier schéma. Un fichier SQLite à un schéma plus ancien est d&apos;abord copié à part ; le nom de la copie est affiché.</translation>
    </message>
    <message>
        <source>print the schema revision the database is at</source>
        <translation>afficher la révision de schéma de la base de données</translation>
    </message>
    <message>
        <source>Print the database&apos;s schema revision, the newest revision this consular knows (head), and what that means.</source>
        <translation>Afficher la révision de schéma de la base de données, la révision la plus récente connue de ce consular (head), et ce que cela signifie.</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>{target} already has an administrator; they add accounts with &apos;consular users add&apos;.</source>
        <translation>{target} a déjà un administrateur ; il ajoute les comptes avec « consular users add ».</translation>
    </message>
    <message>
        <source>Upgraded the schema; the database as it was is kept in {backup}</source>
        <translation>Schéma mis à niveau ; la base de données telle qu&apos;elle était est conservée dans {backup}</translation>
    </message>
    <message>
        <source>{target} is ready; its administrator is {username}.</source>
        <translation>{target} est prête ; son administrateur est {username}.</translation>
    </message>
    <message>
        <source>It serves {name} ({code}).</source>
        <translation>Elle dessert {name} ({code}).</translation>
    </message>
    <message>
        <source>Sign in with: consular --user {username} ...  (then: consular users add NAME --role ROLE)</source>
        <translation>Connectez-vous avec : consular --user {username} ...  (puis : consular users add NAME --role ROLE)</translation>
    </message>
    <message>
        <source>--post {post} also needs {values}.</source>
        <translation>--post {post} nécessite aussi {values}.</translation>
    </message>
    <message>
        <source>{where} is already at the latest schema ({head}); nothing to do.</source>
        <translation>{where} est déjà au dernier schéma ({head}) ; rien à faire.</translation>
    </message>
    <message>
        <source>Created the consular schema ({head}) in {where}.</source>
        <translation>Schéma consular ({head}) créé dans {where}.</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {revision} to {head}.</source>
        <translation>{where} mis à niveau du schéma {revision} vers {head}.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {backup}</source>
        <translation>La base de données telle qu&apos;elle était est conservée dans {backup}</translation>
    </message>
    <message>
        <source>database: {target}</source>
        <translation>base de données : {target}</translation>
    </message>
    <message>
        <source>revision: {value}</source>
        <translation>révision : {value}</translation>
    </message>
    <message>
        <source>head:     {head}</source>
        <translation>head :     {head}</translation>
    </message>
    <message>
        <source>state:    {state} ({meaning})</source>
        <translation>état :     {state} ({meaning})</translation>
    </message>
    <message>
        <source>encrypt a plaintext SQLite database in place (SQLCipher)</source>
        <translation>chiffrer sur place une base de données SQLite en clair (SQLCipher)</translation>
    </message>
    <message>
        <source>Convert the plaintext database to SQLCipher. The plaintext file is removed only after the encrypted copy verifies. You (--user) get the first key slot, with your password; a recovery key is printed once: print it and lock it away. Other accounts unlock again once their password is set anew. Nobody else may have the database open.</source>
        <translation>Convertir la base de données en clair en SQLCipher. Le fichier en clair n&apos;est supprimé qu&apos;après vérification de la copie chiffrée. Vous (--user) recevez le premier emplacement de clé, avec votre mot de passe ; une clé de récupération est affichée une seule fois : imprimez-la et mettez-la sous clé. Les autres comptes déverrouillent à nouveau une fois leur mot de passe redéfini. Personne d&apos;autre ne doit avoir la base de données ouverte.</translation>
    </message>
    <message>
        <source>replace the database&apos;s encryption key</source>
        <translation>remplacer la clé de chiffrement de la base de données</translation>
    </message>
    <message>
        <source>Re-encrypt every page under a new random key, for when the key may have been copied (a disabled account, a lost laptop with a backup). Only your key slot is kept; the others get theirs again when their password is reset. A new recovery key is printed once. Nobody else may have it open.</source>
        <translation>Rechiffrer chaque page avec une nouvelle clé aléatoire, quand la clé a pu être copiée (un compte désactivé, un ordinateur portable perdu avec une sauvegarde). Seul votre emplacement de clé est conservé ; les autres retrouvent le leur quand leur mot de passe est réinitialisé. Une nouvelle clé de récupération est affichée une seule fois. Personne d&apos;autre ne doit l&apos;avoir ouverte.</translation>
    </message>
    <message>
        <source>copy the database, while others keep working</source>
        <translation>copier la base de données pendant que les autres continuent de travailler</translation>
    </message>
    <message>
        <source>Copy the database with SQLite&apos;s online backup: others may keep writing. The copy is encrypted like its source and its key file (FILE.keys) is written beside it.</source>
        <translation>Copier la base de données avec la sauvegarde en ligne de SQLite : les autres peuvent continuer à écrire. La copie est chiffrée comme sa source, et son fichier de clé (FILE.keys) est écrit à côté.</translation>
    </message>
    <message>
        <source>the new backup file (default: DB.&lt;time&gt;.bak beside it)</source>
        <translation>le nouveau fichier de sauvegarde (par défaut : DB.&lt;time&gt;.bak à côté)</translation>
    </message>
    <message>
        <source>put a backup back in place of the database, after verifying it (administrators)</source>
        <translation>remettre une sauvegarde à la place de la base de données, après l&apos;avoir vérifiée (administrateurs)</translation>
    </message>
    <message>
        <source>Verify FILE (every page, the schema, the audit chain) and put it and its key file in place of the database. The file it replaces is kept as DB.replaced-&lt;time&gt;. Nobody may have the database open. You sign in to the database as an administrator (to the backup, through its key file, when the database is missing or too damaged to open); an encrypted backup is opened with your password in its own key file, as it was when the backup was made. The restore is recorded in the restored database and starts a new fork of its audit history.</source>
        <translation>Vérifier FILE (chaque page, le schéma, la chaîne d&apos;audit) et le mettre, avec son fichier de clé, à la place de la base de données. Le fichier remplacé est conservé sous DB.replaced-&lt;time&gt;. Personne ne doit avoir la base de données ouverte. Vous vous connectez à la base de données en tant qu&apos;administrateur (à la sauvegarde, par son fichier de clé, quand la base de données manque ou est trop endommagée pour s&apos;ouvrir) ; une sauvegarde chiffrée s&apos;ouvre avec votre mot de passe dans son propre fichier de clé, tel qu&apos;il était au moment de la sauvegarde. La restauration est enregistrée dans la base de données restaurée et ouvre une nouvelle branche de son historique d&apos;audit.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>your password in the backup&apos;s key file, when it differs from today&apos;s (a file only you can read)</source>
        <translation>votre mot de passe dans le fichier de clé de la sauvegarde, s&apos;il diffère de celui d&apos;aujourd&apos;hui (un fichier que vous seul pouvez lire)</translation>
    </message>
    <message>
        <source>open the backup with its recovery key (printed at db init/rekey)</source>
        <translation>ouvrir la sauvegarde avec sa clé de récupération (affichée lors de db init/rekey)</translation>
    </message>
    <message>
        <source>check every page of the database</source>
        <translation>vérifier chaque page de la base de données</translation>
    </message>
    <message>
        <source>Check every page&apos;s HMAC (encrypted files), SQLite&apos;s integrity and foreign keys, and the audit chain when available. Exits 1 when something is wrong.</source>
        <translation>Vérifier le HMAC de chaque page (fichiers chiffrés), l&apos;intégrité et les clés étrangères de SQLite, et la chaîne d&apos;audit quand elle est disponible. Code de sortie 1 en cas de problème.</translation>
    </message>
    <message>
        <source>unlock with the recovery key and give an account a new key-slot password</source>
        <translation>déverrouiller avec la clé de récupération et donner à un compte un nouveau mot de passe d&apos;emplacement de clé</translation>
    </message>
    <message>
        <source>With the recovery key printed at &apos;db init&apos; (or &apos;db encrypt&apos;, &apos;db rekey&apos;), give --user a key slot under a new password. Their account password is then reset by an administrator to the same.</source>
        <translation>Avec la clé de récupération affichée lors de « db init » (ou « db encrypt », « db rekey »), donner à --user un emplacement de clé sous un nouveau mot de passe. Un administrateur réinitialise ensuite le mot de passe de son compte à la même valeur.</translation>
    </message>
    <message>
        <source>a file holding the recovery key</source>
        <translation>un fichier contenant la clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and lock it away, it unlocks the database if every password is lost):</source>
        <translation>Clé de récupération (affichée une seule fois ; imprimez-la et mettez-la sous clé, elle déverrouille la base de données si tous les mots de passe sont perdus) :</translation>
    </message>
    <message>
        <source>    {recovery}</source>
        <translation>    {recovery}</translation>
    </message>
    <message>
        <source>A server database is encrypted at rest by its server (ask for disk encryption).</source>
        <translation>Une base de données sur serveur est chiffrée au repos par son serveur (demandez le chiffrement du disque).</translation>
    </message>
    <message>
        <source>Only an administrator may encrypt the database.</source>
        <translation>Seul un administrateur peut chiffrer la base de données.</translation>
    </message>
    <message>
        <source>{path} is now encrypted (SQLCipher 4); its key slots are in {name}.keys.</source>
        <translation>{path} est maintenant chiffré (SQLCipher 4) ; ses emplacements de clé sont dans {name}.keys.</translation>
    </message>
    <message>
        <source>{target} is not an encrypted file; &apos;consular db encrypt&apos; encrypts it.</source>
        <translation>{target} n&apos;est pas un fichier chiffré ; « consular db encrypt » le chiffre.</translation>
    </message>
    <message>
        <source>{path} has a new key. Only {user}&apos;s key slot was kept: the others unlock once their password is reset.</source>
        <translation>{path} a une nouvelle clé. Seul l&apos;emplacement de clé de {user} a été conservé : les autres déverrouillent une fois leur mot de passe réinitialisé.</translation>
    </message>
    <message>
        <source>Backed up {target} to {path} ({value:.1f} MB in {seconds:.1f} s).</source>
        <translation>{target} sauvegardé dans {path} ({value:.1f} Mo en {seconds:.1f} s).</translation>
    </message>
    <message>
        <source>SHA-256 {sha256}; audit chain head {head}.</source>
        <translation>SHA-256 {sha256} ; tête de la chaîne d&apos;audit {head}.</translation>
    </message>
    <message>
        <source>Its key file is {keys}: keep the two together.</source>
        <translation>Son fichier de clé est {keys} : conservez les deux ensemble.</translation>
    </message>
    <message>
        <source>Restore a server database with the server&apos;s own tools (pg_restore).</source>
        <translation>Restaurez une base de données sur serveur avec les outils du serveur (pg_restore).</translation>
    </message>
    <message>
        <source>There is no backup file &apos;{source}&apos;.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde « {source} ».</translation>
    </message>
    <message>
        <source>There is no file {recovery_file}.</source>
        <translation>Il n&apos;y a pas de fichier {recovery_file}.</translation>
    </message>
    <message>
        <source>Verified {source} and restored it to {restored}.</source>
        <translation>{source} vérifié et restauré dans {restored}.</translation>
    </message>
    <message>
        <source>Audit trail: {audit}</source>
        <translation>Journal d&apos;audit : {audit}</translation>
    </message>
    <message>
        <source>The restore is recorded in it; its audit history forks at entry #{forked_at} (fork {fork}): anchors printed before the restore beyond that entry are reported as rolled back, not as rewritten.</source>
        <translation>La restauration y est enregistrée ; son historique d&apos;audit bifurque à l&apos;entrée n° {forked_at} (branche {fork}) : les ancres imprimées avant la restauration au-delà de cette entrée sont signalées comme annulées par retour arrière, non comme réécrites.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {replaced}</source>
        <translation>La base de données remplacée est conservée sous {replaced}</translation>
    </message>
    <message>
        <source>{target} cannot be opened to check that you are an administrator, and the plaintext backup has no key file to sign you in: copy the backup into place by hand.</source>
        <translation>{target} ne peut pas être ouvert pour vérifier que vous êtes administrateur, et la sauvegarde en clair n&apos;a pas de fichier de clé pour vous connecter : copiez la sauvegarde en place à la main.</translation>
    </message>
    <message>
        <source>{target} cannot be opened to check that you are an administrator: sign in with your password in the backup&apos;s key file (--backup-password-file), not the recovery key.</source>
        <translation>{target} ne peut pas être ouvert pour vérifier que vous êtes administrateur : connectez-vous avec votre mot de passe du fichier de clé de la sauvegarde (--backup-password-file), pas avec la clé de récupération.</translation>
    </message>
    <message>
        <source>{target}: every page checks out ({seconds:.1f} s).</source>
        <translation>{target} : toutes les pages sont saines ({seconds:.1f} s).</translation>
    </message>
    <message>
        <source>{target} is damaged or has been tampered with:</source>
        <translation>{target} est endommagé ou a été altéré :</translation>
    </message>
    <message>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <source>Latest backup: {latest}</source>
        <translation>Dernière sauvegarde : {latest}</translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>There is no file {key_file}.</source>
        <translation>Il n&apos;y a pas de fichier {key_file}.</translation>
    </message>
    <message>
        <source>{user} can unlock {target} with the new password; an administrator now sets the same account password.</source>
        <translation>{user} peut déverrouiller {target} avec le nouveau mot de passe ; un administrateur définit maintenant le même mot de passe de compte.</translation>
    </message>
</context>
<context>
    <name>cli.cmd_demands</name>
    <message>
        <source>the demands register: every demand, its deadline and the response</source>
        <translation>le registre des revendications : chaque revendication, son échéance et la réponse</translation>
    </message>
    <message>
        <source>Every demand made by the captors or on their behalf: when, by whom, through which intermediary or channel, what (money with amount and currency, a prisoner release, a political demand), the hostage it names, the deadline and the response. Always restricted: only the case team (and supervisors) read it; others see that a demand exists and when. A demand through an intermediary not vetted at the time is flagged. Void one recorded by mistake with `consular void demand ID --reason …`.</source>
        <translation>Chaque revendication formulée par les ravisseurs ou en leur nom : quand, par qui, par quel intermédiaire ou canal, quoi (de l&apos;argent avec montant et devise, une libération de prisonnier, une revendication politique), l&apos;otage qu&apos;elle nomme, l&apos;échéance et la réponse. Toujours restreint : seule l&apos;équipe du dossier (et les superviseurs) la lisent ; les autres voient qu&apos;une revendication existe et quand. Une revendication passée par un intermédiaire non vérifié à ce moment est signalée. Annulez une revendication saisie par erreur avec `consular void demand ID --reason …`.</translation>
    </message>
    <message>
        <source>a case&apos;s demands, newest first</source>
        <translation>les revendications d&apos;un dossier, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>record a demand</source>
        <translation>enregistrer une revendication</translation>
    </message>
    <message>
        <source>when it was received, in the case&apos;s zone</source>
        <translation>quand elle a été reçue, dans le fuseau du dossier</translation>
    </message>
    <message>
        <source>who made it, as they present themselves</source>
        <translation>qui l&apos;a formulée, tel qu&apos;il se présente</translation>
    </message>
    <message>
        <source>money demands: the amount, a whole number (500000)</source>
        <translation>revendications d&apos;argent : le montant, un nombre entier (500000)</translation>
    </message>
    <message>
        <source>money demands: EUR, USD, XOF, INR …</source>
        <translation>revendications d&apos;argent : EUR, USD, XOF, INR …</translation>
    </message>
    <message>
        <source>the intermediary it came through</source>
        <translation>l&apos;intermédiaire par lequel elle est arrivée</translation>
    </message>
    <message>
        <source>the hostage it names</source>
        <translation>l&apos;otage qu&apos;elle nomme</translation>
    </message>
    <message>
        <source>a linked contact</source>
        <translation>un contact lié</translation>
    </message>
    <message>
        <source>a linked document</source>
        <translation>un document lié</translation>
    </message>
    <message>
        <source>a threat to the family or a demand made on them: opens a &apos;tell the family&apos; item</source>
        <translation>une menace contre la famille ou une revendication qui lui est adressée : ouvre un point « à dire à la famille »</translation>
    </message>
    <message>
        <source>record the response to a demand</source>
        <translation>enregistrer la réponse à une revendication</translation>
    </message>
    <message>
        <source>what was answered, or to whom it was referred</source>
        <translation>ce qui a été répondu, ou à qui elle a été transmise</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>quand (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>intermediaries&apos; vetting: under vetting, vetted, rejected, with the basis</source>
        <translation>vérification des intermédiaires : en cours de vérification, vérifié, rejeté, avec le fondement</translation>
    </message>
    <message>
        <source>An intermediary&apos;s dated vetting history. Anyone may record &apos;under_vetting&apos;; only supervisors decide &apos;vetted&apos; or &apos;rejected&apos;. The basis is need-to-know (the teams of the cases the counterpart is linked to, and supervisors).</source>
        <translation>L&apos;historique daté de la vérification d&apos;un intermédiaire. Chacun peut enregistrer « under_vetting » ; seuls les superviseurs décident « vetted » ou « rejected ». Le fondement relève du besoin d&apos;en connaître (les équipes des dossiers auxquels l&apos;interlocuteur est lié, et les superviseurs).</translation>
    </message>
    <message>
        <source>record a vetting decision</source>
        <translation>enregistrer une décision de vérification</translation>
    </message>
    <message>
        <source>who did the vetting (e.g. the MFA crisis cell)</source>
        <translation>qui a mené la vérification (p. ex. la cellule de crise du ministère des Affaires étrangères)</translation>
    </message>
    <message>
        <source>when it was decided, with its UTC offset (default: now)</source>
        <translation>quand la décision a été prise, avec son décalage UTC (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>a counterpart&apos;s vetting history</source>
        <translation>l&apos;historique de vérification d&apos;un interlocuteur</translation>
    </message>
    <message>
        <source>No demands recorded.</source>
        <translation>Aucune revendication enregistrée.</translation>
    </message>
    <message>
        <source> [{vetting} INTERMEDIARY]</source>
        <translation> [INTERMÉDIAIRE : {vetting}]</translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <source>{response}; deadline {deadline}</source>
        <translation>{response} ; échéance {deadline}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Formulée par</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Recorded demand #{id}: {what} — via an {vetting} intermediary.</source>
        <translation>Revendication n° {id} enregistrée : {what} — par un intermédiaire {vetting}.</translation>
    </message>
    <message>
        <source>Recorded demand #{id}: {what}.</source>
        <translation>Revendication n° {id} enregistrée : {what}.</translation>
    </message>
    <message>
        <source>Demand #{id}: {value}.</source>
        <translation>Revendication n° {id} : {value}.</translation>
    </message>
    <message>
        <source>{counterpart_name}: {value} ({when}).</source>
        <translation>{counterpart_name} : {value} ({when}).</translation>
    </message>
    <message>
        <source>Never vetted: unvetted.</source>
        <translation>Jamais vérifié : non vérifié.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
</context>
<context>
    <name>cli.cmd_detention</name>
    <message>
        <source>a date (2025-07-14) or date and time (2025-07-14T10:30), in the case&apos;s zone</source>
        <translation>une date (2025-07-14) ou une date et heure (2025-07-14T10:30), dans le fuseau du dossier</translation>
    </message>
    <message>
        <source>the detained national (needed only when the case has more than one national concerned)</source>
        <translation>le ressortissant détenu (nécessaire seulement quand le dossier concerne plus d&apos;un ressortissant)</translation>
    </message>
    <message>
        <source>only the case team may read it</source>
        <translation>seule l&apos;équipe du dossier peut le lire</translation>
    </message>
    <message>
        <source>wrongful detention: authority, place, lawyer, charges, hearings, consular visits, notes verbales</source>
        <translation>détention arbitraire : autorité, lieu, avocat, chefs d&apos;accusation, audiences, visites consulaires, notes verbales</translation>
    </message>
    <message>
        <source>The detention file of a wrongful-detention case (kind &apos;wrongful_detention&apos;): for each detained national the detaining authority, the place of detention (each change is a dated transfer) and the lawyer; the charges, the court hearings, the requests for consular visits (decision, the visit, findings, welfare observed) and the notes verbales (sent, answered). Overdue: a visit request without a decision after CONSULAR_VISIT_ANSWER_DAYS days (default 7), a note verbale unanswered after CONSULAR_NOTE_ANSWER_DAYS days (default 14), a hearing whose date passed without an outcome. Records marked restricted are read by the case team only. Void one recorded by mistake with `consular void charge|hearing|visit|note_verbale ID --reason …`.</source>
        <translation>Le dossier de détention d&apos;un dossier de détention arbitraire (type « wrongful_detention ») : pour chaque ressortissant détenu, l&apos;autorité de détention, le lieu de détention (chaque changement est un transfert daté) et l&apos;avocat ; les chefs d&apos;accusation, les audiences, les demandes de visite consulaire (décision, visite, constatations, bien-être observé) et les notes verbales (envoyées, avec réponse). En retard : une demande de visite sans décision après CONSULAR_VISIT_ANSWER_DAYS jours (7 par défaut), une note verbale sans réponse après CONSULAR_NOTE_ANSWER_DAYS jours (14 par défaut), une audience dont la date est passée sans résultat. Les enregistrements marqués restreints ne sont lus que par l&apos;équipe du dossier. Annulez un enregistrement saisi par erreur avec `consular void charge|hearing|visit|note_verbale ID --reason …`.</translation>
    </message>
    <message>
        <source>a case&apos;s detention file (overdue items marked)</source>
        <translation>le dossier de détention d&apos;un dossier (éléments en retard signalés)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>overdue visit requests, notes verbales and hearings of every active case</source>
        <translation>demandes de visite, notes verbales et audiences en retard de tous les dossiers actifs</translation>
    </message>
    <message>
        <source>set the detaining authority, the place (a new place is a transfer) and the lawyer</source>
        <translation>définir l&apos;autorité de détention, le lieu (un nouveau lieu est un transfert) et l&apos;avocat</translation>
    </message>
    <message>
        <source>who detains the national</source>
        <translation>qui détient le ressortissant</translation>
    </message>
    <message>
        <source>where the national is held; a new place is recorded as a transfer</source>
        <translation>où le ressortissant est détenu ; un nouveau lieu est enregistré comme un transfert</translation>
    </message>
    <message>
        <source>since when they are at --place (default: now); {when_help}</source>
        <translation>depuis quand il se trouve à --place (par défaut : maintenant) ; {when_help}</translation>
    </message>
    <message>
        <source>the lawyer&apos;s name</source>
        <translation>le nom de l&apos;avocat</translation>
    </message>
    <message>
        <source>the lawyer&apos;s firm</source>
        <translation>le cabinet de l&apos;avocat</translation>
    </message>
    <message>
        <source>the lawyer&apos;s phone, with its country code</source>
        <translation>le téléphone de l&apos;avocat, avec son indicatif de pays</translation>
    </message>
    <message>
        <source>when the lawyer was appointed; {when_help}</source>
        <translation>quand l&apos;avocat a été désigné ; {when_help}</translation>
    </message>
    <message>
        <source>charges: add, or change one (its status)</source>
        <translation>chefs d&apos;accusation : en ajouter un, ou en modifier un (son statut)</translation>
    </message>
    <message>
        <source>record a charge</source>
        <translation>enregistrer un chef d&apos;accusation</translation>
    </message>
    <message>
        <source>the charge as filed</source>
        <translation>le chef d&apos;accusation tel que déposé</translation>
    </message>
    <message>
        <source>when it was filed; {when_help}</source>
        <translation>quand il a été déposé ; {when_help}</translation>
    </message>
    <message>
        <source>when it took that status (needed unless pending)</source>
        <translation>quand il a pris ce statut (nécessaire sauf s&apos;il est en attente)</translation>
    </message>
    <message>
        <source>a charge&apos;s new status (dropped, convicted, acquitted) and its date</source>
        <translation>le nouveau statut d&apos;un chef d&apos;accusation (abandonné, condamné, acquitté) et sa date</translation>
    </message>
    <message>
        <source>when; {when_help}</source>
        <translation>quand ; {when_help}</translation>
    </message>
    <message>
        <source>court hearings: add, or record one&apos;s outcome</source>
        <translation>audiences : en ajouter une, ou enregistrer son résultat</translation>
    </message>
    <message>
        <source>record a hearing (past or to come)</source>
        <translation>enregistrer une audience (passée ou à venir)</translation>
    </message>
    <message>
        <source>the hearing&apos;s date; {when_help}</source>
        <translation>la date de l&apos;audience ; {when_help}</translation>
    </message>
    <message>
        <source>what was decided (once held)</source>
        <translation>ce qui a été décidé (une fois l&apos;audience tenue)</translation>
    </message>
    <message>
        <source>the next hearing&apos;s date</source>
        <translation>la date de la prochaine audience</translation>
    </message>
    <message>
        <source>record a hearing&apos;s outcome and the next date</source>
        <translation>enregistrer le résultat d&apos;une audience et la prochaine date</translation>
    </message>
    <message>
        <source>consular visits: request, decide, record the visit</source>
        <translation>visites consulaires : demander, décider, enregistrer la visite</translation>
    </message>
    <message>
        <source>record a request for a consular visit</source>
        <translation>enregistrer une demande de visite consulaire</translation>
    </message>
    <message>
        <source>when it was requested; {when_help}</source>
        <translation>quand elle a été demandée ; {when_help}</translation>
    </message>
    <message>
        <source>the note verbale it went by</source>
        <translation>la note verbale qui l&apos;a transmise</translation>
    </message>
    <message>
        <source>record the decision on a request: granted, refused, no_answer (closed)</source>
        <translation>enregistrer la décision sur une demande : granted, refused, no_answer (close)</translation>
    </message>
    <message>
        <source>when it was decided; {when_help}</source>
        <translation>quand la décision a été prise ; {when_help}</translation>
    </message>
    <message>
        <source>record the visit made on a granted request</source>
        <translation>enregistrer la visite faite sur une demande accordée</translation>
    </message>
    <message>
        <source>when the visit took place; {when_help}</source>
        <translation>quand la visite a eu lieu ; {when_help}</translation>
    </message>
    <message>
        <source>who visited</source>
        <translation>qui a effectué la visite</translation>
    </message>
    <message>
        <source>the welfare observed</source>
        <translation>le bien-être observé</translation>
    </message>
    <message>
        <source>mark the visit restricted (its findings are sensitive)</source>
        <translation>marquer la visite comme restreinte (ses constatations sont sensibles)</translation>
    </message>
    <message>
        <source>notes verbales: add, or record one&apos;s answer</source>
        <translation>notes verbales : en ajouter une, ou enregistrer sa réponse</translation>
    </message>
    <message>
        <source>record a note verbale sent</source>
        <translation>enregistrer une note verbale envoyée</translation>
    </message>
    <message>
        <source>its reference number (NV/LFW/2025/114)</source>
        <translation>son numéro de référence (NV/LFW/2025/114)</translation>
    </message>
    <message>
        <source>when it was sent; {when_help}</source>
        <translation>quand elle a été envoyée ; {when_help}</translation>
    </message>
    <message>
        <source>to whom</source>
        <translation>à qui</translation>
    </message>
    <message>
        <source>record a note verbale&apos;s answer</source>
        <translation>enregistrer la réponse à une note verbale</translation>
    </message>
    <message>
        <source>when it was answered; {when_help}</source>
        <translation>quand la réponse a été reçue ; {when_help}</translation>
    </message>
    <message>
        <source>what the answer said</source>
        <translation>ce que disait la réponse</translation>
    </message>
    <message>
        <source>Detention file of {reference}</source>
        <translation>Dossier de détention de {reference}</translation>
    </message>
    <message>
        <source>  No detention facts recorded (consular detention set …).</source>
        <translation>  Aucun fait de détention enregistré (consular detention set …).</translation>
    </message>
    <message>
        <source>
{person_name} (person #{person_id})</source>
        <translation>
{person_name} (personne n° {person_id})</translation>
    </message>
    <message>
        <source>  Authority: {value}</source>
        <translation>  Autorité :  {value}</translation>
    </message>
    <message>
        <source>  Place:     {value}</source>
        <translation>  Lieu :      {value}</translation>
    </message>
    <message>
        <source> since {day}</source>
        <translation> depuis le {day}</translation>
    </message>
    <message>
        <source>             before: {place} from {day}</source>
        <translation>             avant : {place} à partir du {day}</translation>
    </message>
    <message>
        <source>  Lawyer:    {value}</source>
        <translation>  Avocat :    {value}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>  OVERDUE</source>
        <translation>  EN RETARD</translation>
    </message>
    <message>
        <source>
Consular visits</source>
        <translation>
Visites consulaires</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> par {who}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation>Bien-être observé</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucune</translation>
    </message>
    <message>
        <source>
Notes verbales</source>
        <translation>
Notes verbales</translation>
    </message>
    <message>
        <source>{reference}: {subject} (to {to})</source>
        <translation>{reference} : {subject} (à {to})</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>
Hearings</source>
        <translation>
Audiences</translation>
    </message>
    <message>
        <source>NO OUTCOME RECORDED</source>
        <translation>AUCUN RÉSULTAT ENREGISTRÉ</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>
Charges</source>
        <translation>
Chefs d&apos;accusation</translation>
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
    <message>
        <source>  none recorded</source>
        <translation>  aucun enregistré</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>(the first {count}; there are more)</source>
        <translation>(les {count} premiers ; il y en a d&apos;autres)</translation>
    </message>
    <message>
        <source>Detention of {person}: held by {authority} at {place}; lawyer: {lawyer}.</source>
        <translation>Détention de {person} : détenu(e) par {authority} à {place} ; avocat : {lawyer}.</translation>
    </message>
    <message>
        <source>Recorded charge #{id} against {person}: {status}.</source>
        <translation>Chef d&apos;accusation n° {id} contre {person} enregistré : {status}.</translation>
    </message>
    <message>
        <source>Charge #{id}: {status} on {day}.</source>
        <translation>Chef d&apos;accusation n° {id} : {status} le {day}.</translation>
    </message>
    <message>
        <source>Charge #{id}: {status}.</source>
        <translation>Chef d&apos;accusation n° {id} : {status}.</translation>
    </message>
    <message>
        <source>Recorded hearing #{id} on {day} at {court}.</source>
        <translation>Audience n° {id} du {day} au {court} enregistrée.</translation>
    </message>
    <message>
        <source>Hearing #{id}: outcome recorded; next hearing {day}.</source>
        <translation>Audience n° {id} : résultat enregistré ; prochaine audience le {day}.</translation>
    </message>
    <message>
        <source>Recorded consular visit request #{id} for {person} ({day}).</source>
        <translation>Demande de visite consulaire n° {id} pour {person} enregistrée ({day}).</translation>
    </message>
    <message>
        <source>Consular visit request #{id}: {decision} on {day}.</source>
        <translation>Demande de visite consulaire n° {id} : {decision} le {day}.</translation>
    </message>
    <message>
        <source>Consular visit #{id} of {day} recorded.</source>
        <translation>Visite consulaire n° {id} du {day} enregistrée.</translation>
    </message>
    <message>
        <source>Recorded note verbale #{id} ({reference}), sent {day}.</source>
        <translation>Note verbale n° {id} ({reference}) enregistrée, envoyée le {day}.</translation>
    </message>
    <message>
        <source>Note verbale #{id} ({reference}): answered {day}.</source>
        <translation>Note verbale n° {id} ({reference}) : réponse reçue le {day}.</translation>
    </message>
    <message numerus="yes">
        <source>, waiting %n day(s)</source>
        <translation>
            <numerusform>, en attente depuis %n jour</numerusform>
            <numerusform>, en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unanswered, %n day(s)</source>
        <translation>
            <numerusform>sans réponse, %n jour</numerusform>
            <numerusform>sans réponse, %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_escalations</name>
    <message>
        <source>your escalation queue as case supervisor: overdue family-contact plans and tasks</source>
        <translation>votre file d&apos;escalade en tant que superviseur de dossier : plans de contact avec les familles et tâches en retard</translation>
    </message>
    <message>
        <source>Family-contact plans and tasks of the cases you supervise that are overdue by more than CONSULAR_ESCALATE_AFTER_DAYS days (default 3), longest overdue first. Supervisors and administrators.</source>
        <translation>Plans de contact avec les familles et tâches des dossiers que vous supervisez, en retard de plus de CONSULAR_ESCALATE_AFTER_DAYS jours (3 par défaut), les plus en retard d&apos;abord. Superviseurs et administrateurs.</translation>
    </message>
    <message>
        <source>print a JSON object (items, totals)</source>
        <translation>afficher un objet JSON (items, totals)</translation>
    </message>
    <message>
        <source>at most N of each kind (default 100)</source>
        <translation>au plus N de chaque type (100 par défaut)</translation>
    </message>
    <message>
        <source>Nothing overdue by more than {after_days} days on the cases {supervisor} supervises.</source>
        <translation>Rien n&apos;est en retard de plus de {after_days} jours sur les dossiers que supervise {supervisor}.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>RETARD</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source> ({count} more not listed; raise --limit)</source>
        <translation> ({count} autres non listés ; augmentez --limit)</translation>
    </message>
    <message>
        <source>{total} overdue by more than {after_days} days: {family_total} family contact plans, {task_total} tasks{more}.</source>
        <translation>{total} en retard de plus de {after_days} jours : {family_total} plans de contact avec les familles, {task_total} tâches{more}.</translation>
    </message>
</context>
<context>
    <name>cli.cmd_export</name>
    <message>
        <source>export case data for others (timeline)</source>
        <translation>exporter les données d&apos;un dossier pour d&apos;autres (chronologie)</translation>
    </message>
    <message>
        <source>Export case data to files for other departments, lawyers, the next shift or family liaison officers.</source>
        <translation>Exporter les données d&apos;un dossier vers des fichiers destinés à d&apos;autres services, à des avocats, à l&apos;équipe suivante ou aux agents de liaison avec la famille.</translation>
    </message>
    <message>
        <source>a case&apos;s chronology as CSV, JSON, iCalendar, PDF or XLSX</source>
        <translation>la chronologie d&apos;un dossier en CSV, JSON, iCalendar, PDF ou XLSX</translation>
    </message>
    <message>
        <source>Export the chronology of one case: the incident, status changes, hostage status changes, contacts, milestones, tasks created and completed, and documents added. Restricted entries show only their date and type (&quot;Restricted&quot;) unless --include-restricted is given by the case team. Every format carries the audit chain head (SEQ:HASH) the export was read at; check a copy with: consular audit verify --anchor SEQ:HASH.</source>
        <translation>Exporter la chronologie d&apos;un dossier : l&apos;incident, les changements de statut, les changements de situation des otages, les contacts, les jalons, les tâches créées et terminées, et les documents ajoutés. Les entrées restreintes n&apos;affichent que leur date et leur type (« Restricted ») sauf si l&apos;équipe du dossier donne --include-restricted. Chaque format porte la tête de la chaîne d&apos;audit (SEQ:HASH) à laquelle l&apos;export a été lu ; vérifiez une copie avec : consular audit verify --anchor SEQ:HASH.</translation>
    </message>
    <message>
        <source>Dates are whole days in the case&apos;s time zone (--to includes its day); a date and time without an offset is read in the case&apos;s zone too. Example: consular export timeline BAM-2025-0001 --format pdf -o kayes.pdf --from 2025-07-01 --to 2025-07-15 --redact</source>
        <translation>Les dates sont des jours entiers dans le fuseau horaire du dossier (--to inclut son jour) ; une date et heure sans décalage est aussi lue dans le fuseau du dossier. Exemple : consular export timeline BAM-2025-0001 --format pdf -o kayes.pdf --from 2025-07-01 --to 2025-07-15 --redact</translation>
    </message>
    <message>
        <source>every {value} record as CSV in the import&apos;s columns</source>
        <translation>chaque enregistrement {value} en CSV, dans les colonnes de l&apos;import</translation>
    </message>
    <message>
        <source>Write {kind} as CSV with exactly the column names `consular import {kind}` takes, so the file imports back as the same records. The first line is the marking and the audit chain head.</source>
        <translation>Écrire {kind} en CSV avec exactement les noms de colonnes qu&apos;accepte `consular import {kind}`, pour que le fichier se réimporte en les mêmes enregistrements. La première ligne porte le marquage et la tête de la chaîne d&apos;audit.</translation>
    </message>
    <message>
        <source>file to write (replaced if it exists)</source>
        <translation>fichier à écrire (remplacé s&apos;il existe)</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation>référence du dossier, p. ex. BAM-2025-0001</translation>
    </message>
    <message>
        <source>one of {values} (default: from the file name)</source>
        <translation>l&apos;un de {values} (par défaut : d&apos;après le nom du fichier)</translation>
    </message>
    <message>
        <source>first day (or date and time) to include</source>
        <translation>premier jour (ou date et heure) à inclure</translation>
    </message>
    <message>
        <source>last day to include</source>
        <translation>dernier jour à inclure</translation>
    </message>
    <message>
        <source>only these event types: {types}</source>
        <translation>seulement ces types d&apos;événements : {types}</translation>
    </message>
    <message>
        <source>only events involving these people or counterparts (part of a name is enough)</source>
        <translation>seulement les événements impliquant ces personnes ou interlocuteurs (une partie du nom suffit)</translation>
    </message>
    <message>
        <source>include restricted entries&apos; content (case team only; by default each is a dated placeholder)</source>
        <translation>inclure le contenu des entrées restreintes (équipe du dossier seulement ; par défaut chacune est un espace réservé daté)</translation>
    </message>
    <message>
        <source>mask passport and ID numbers, phone numbers, e-mails and dates of birth; restricted entries are always placeholders</source>
        <translation>masquer les numéros de passeport et de pièce d&apos;identité, les numéros de téléphone, les courriels et les dates de naissance ; les entrées restreintes sont toujours des espaces réservés</translation>
    </message>
    <message>
        <source>also mask the names of the case&apos;s people and their families, native script included (implies --redact)</source>
        <translation>masquer aussi les noms des personnes du dossier et de leurs familles, écriture d&apos;origine comprise (implique --redact)</translation>
    </message>
    <message>
        <source>write the file even when no event matches (by default an empty export is refused, so it never replaces an earlier export with nothing)</source>
        <translation>écrire le fichier même si aucun événement ne correspond (par défaut un export vide est refusé, pour qu&apos;il ne remplace jamais un export antérieur par rien)</translation>
    </message>
    <message>
        <source>Writing… {percent:3d}%</source>
        <translation>Écriture… {percent:3d} %</translation>
    </message>
    <message>
        <source>Say which format to write with --format ({values}); &apos;{name}&apos; does not tell.</source>
        <translation>Indiquez le format à écrire avec --format ({values}) ; « {name} » ne le dit pas.</translation>
    </message>
    <message>
        <source>--redact always leaves restricted entries out; drop --include-restricted or --redact.</source>
        <translation>--redact exclut toujours les entrées restreintes ; retirez --include-restricted ou --redact.</translation>
    </message>
    <message>
        <source>{message} (--types)</source>
        <translation>{message} (--types)</translation>
    </message>
    <message>
        <source>{message} ({option})</source>
        <translation>{message} ({option})</translation>
    </message>
    <message>
        <source>, redacted</source>
        <translation>, caviardé</translation>
    </message>
    <message>
        <source>, names masked</source>
        <translation>, noms masqués</translation>
    </message>
    <message>
        <source>Warning: no event matched; {output} holds an empty export (--allow-empty).</source>
        <translation>Attention : aucun événement ne correspond ; {output} contient un export vide (--allow-empty).</translation>
    </message>
    <message>
        <source>Wrote {rows} {kind} to {path}</source>
        <translation>{rows} {kind} écrits dans {path}</translation>
    </message>
    <message>
        <source>; left out {left_out}</source>
        <translation> ; omis : {left_out}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</source>
        <translation>
            <numerusform>%Ln événement de {reference} écrit dans {output} ({format}, {what} ; tête de la chaîne d&apos;audit {chain_head}).</numerusform>
            <numerusform>%Ln événements de {reference} écrits dans {output} ({format}, {what} ; tête de la chaîne d&apos;audit {chain_head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_family</name>
    <message>
        <source>the family update log, &apos;tell the family&apos; items and family liaison officers</source>
        <translation>le journal des nouvelles données aux familles, les points « à dire à la famille » et les agents de liaison avec la famille</translation>
    </message>
    <message>
        <source>What was told to which next of kin, when, by whom and how. A proof of life, a hostage status change, a public statement or a demand about the family opens a &apos;tell the family&apos; item, due CONSULAR_TELL_FAMILY_HOURS hours later (default 24); recording a family update for a next of kin closes their hostage&apos;s open items (or those named with --covers). Items and updates about restricted developments are for the case team only. Void an update logged by mistake with `consular void family_update ID --reason …`.</source>
        <translation>Ce qui a été dit à quel proche, quand, par qui et comment. Une preuve de vie, un changement de situation d&apos;un otage, une déclaration publique ou une revendication concernant la famille ouvre un point « à dire à la famille », à échéance CONSULAR_TELL_FAMILY_HOURS heures plus tard (24 par défaut) ; consigner une nouvelle donnée à un proche clôt les points ouverts de son otage (ou ceux nommés avec --covers). Les points et nouvelles portant sur des faits restreints sont réservés à l&apos;équipe du dossier. Annulez une nouvelle consignée par erreur avec `consular void family_update ID --reason …`.</translation>
    </message>
    <message>
        <source>a case&apos;s family updates, newest first</source>
        <translation>les nouvelles données à la famille d&apos;un dossier, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>one next of kin&apos;s updates only</source>
        <translation>seulement les nouvelles données à un proche</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>record what was told to a next of kin</source>
        <translation>enregistrer ce qui a été dit à un proche</translation>
    </message>
    <message>
        <source>the next of kin (name, part of it, or id)</source>
        <translation>le proche (nom, partie du nom, ou identifiant)</translation>
    </message>
    <message>
        <source>what was told</source>
        <translation>ce qui a été dit</translation>
    </message>
    <message>
        <source>when, in the case&apos;s zone (default: now)</source>
        <translation>quand, dans le fuseau du dossier (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>who told them (default: you)</source>
        <translation>qui le leur a dit (par défaut : vous)</translation>
    </message>
    <message>
        <source>the &apos;tell the family&apos; items it covers (ids; default: every open item of the hostage; --covers with no id: none)</source>
        <translation>les points « à dire à la famille » couverts (identifiants ; par défaut : tous les points ouverts de l&apos;otage ; --covers sans identifiant : aucun)</translation>
    </message>
    <message>
        <source>case team only (automatic for restricted items)</source>
        <translation>équipe du dossier seulement (automatique pour les points restreints)</translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items, the earliest due first</source>
        <translation>points « à dire à la famille » ouverts, la plus proche échéance d&apos;abord</translation>
    </message>
    <message>
        <source>one case (default: every case)</source>
        <translation>un dossier (par défaut : tous les dossiers)</translation>
    </message>
    <message>
        <source>with a CASE: the done items too</source>
        <translation>avec un CASE : les points traités aussi</translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item by hand, with a reason</source>
        <translation>clore à la main un point « à dire à la famille », avec un motif</translation>
    </message>
    <message>
        <source>change a next of kin&apos;s family liaison officer, or list them</source>
        <translation>changer l&apos;agent de liaison avec la famille d&apos;un proche, ou les lister</translation>
    </message>
    <message>
        <source>the next of kin (without --kin: list every officer)</source>
        <translation>le proche (sans --kin : lister tous les agents)</translation>
    </message>
    <message>
        <source>the new officer&apos;s username (&apos;&apos; for nobody)</source>
        <translation>le nom d&apos;utilisateur du nouvel agent (&apos;&apos; pour personne)</translation>
    </message>
    <message>
        <source>why the officer changes</source>
        <translation>pourquoi l&apos;agent change</translation>
    </message>
    <message>
        <source>No family updates recorded.</source>
        <translation>Aucune nouvelle donnée à la famille enregistrée.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Dit le</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Recorded family update #{id} for {kin_name}.</source>
        <translation>Nouvelle donnée à la famille n° {id} enregistrée pour {kin_name}.</translation>
    </message>
    <message>
        <source>No open &apos;tell the family&apos; items.</source>
        <translation>Aucun point « à dire à la famille » ouvert.</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>traité le {when}</translation>
    </message>
    <message>
        <source>OVERDUE since {when}</source>
        <translation>EN RETARD depuis le {when}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>échéance {when}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>Famille de</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Fait nouveau</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Closed item #{id} ({headline}).</source>
        <translation>Point n° {id} clos ({headline}).</translation>
    </message>
    <message>
        <source>--to and --reason need --kin NAME</source>
        <translation>--to et --reason nécessitent --kin NAME</translation>
    </message>
    <message>
        <source>changing an officer needs --to USER and --reason TEXT</source>
        <translation>changer d&apos;agent nécessite --to USER et --reason TEXT</translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): {officer} since {since}</source>
        <translation>{kin_name} ({relationship} de {hostage_name}) : {officer} depuis le {since}</translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): {officer}</source>
        <translation>{kin_name} ({relationship} de {hostage_name}) : {officer}</translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): no officer</source>
        <translation>{kin_name} ({relationship} de {hostage_name}) : aucun agent</translation>
    </message>
    <message>
        <source>  changed on {changed_at} from {from_officer} to {to_officer}: {reason}</source>
        <translation>  changé le {changed_at} de {from_officer} à {to_officer} : {reason}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message numerus="yes">
        <source>Recorded family update #{id} for {kin_name}; closed %n &apos;tell the family&apos; item(s).</source>
        <translation>
            <numerusform>Nouvelle donnée à la famille n° {id} enregistrée pour {kin_name} ; %n point « à dire à la famille » clos.</numerusform>
            <numerusform>Nouvelle donnée à la famille n° {id} enregistrée pour {kin_name} ; %n points « à dire à la famille » clos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_filters</name>
    <message>
        <source>saved filters of the case list and the contact log</source>
        <translation>filtres enregistrés de la liste des dossiers et du journal des contacts</translation>
    </message>
    <message>
        <source>Filters kept under a name, yours and those colleagues shared with a post. &apos;consular cases list --saved NAME&apos; applies one; the desktop app lists them beside each list.</source>
        <translation>Des filtres conservés sous un nom, les vôtres et ceux que des collègues ont partagés avec un poste. « consular cases list --saved NAME » en applique un ; l&apos;application de bureau les liste à côté de chaque liste.</translation>
    </message>
    <message>
        <source>list saved filters</source>
        <translation>lister les filtres enregistrés</translation>
    </message>
    <message>
        <source>List your saved filters and shared ones.</source>
        <translation>Lister vos filtres enregistrés et les filtres partagés.</translation>
    </message>
    <message>
        <source>which list (default: cases)</source>
        <translation>quelle liste (par défaut : cases)</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
    <message>
        <source>save a filter under a name</source>
        <translation>enregistrer un filtre sous un nom</translation>
    </message>
    <message>
        <source>Save a filter of the case list (statuses, kinds, posts, assignee, search, sort) or of the contact log (categories, channels, dates, text). Values may be repeated or comma-separated.</source>
        <translation>Enregistrer un filtre de la liste des dossiers (statuts, types, postes, attribution, recherche, tri) ou du journal des contacts (catégories, canaux, dates, texte). Les valeurs peuvent être répétées ou séparées par des virgules.</translation>
    </message>
    <message>
        <source>which list</source>
        <translation>quelle liste</translation>
    </message>
    <message>
        <source>the name, e.g. &quot;My active cases in West Africa&quot;</source>
        <translation>le nom, p. ex. « Mes dossiers actifs en Afrique de l&apos;Ouest »</translation>
    </message>
    <message>
        <source>cases: status (open, active, ...)</source>
        <translation>dossiers : statut (open, active, ...)</translation>
    </message>
    <message>
        <source>cases: kind (hostage_taking, ...)</source>
        <translation>dossiers : type (hostage_taking, ...)</translation>
    </message>
    <message>
        <source>cases: post code (BAM, ABJ, ...)</source>
        <translation>dossiers : code du poste (BAM, ABJ, ...)</translation>
    </message>
    <message>
        <source>cases: only the cases of whoever applies it</source>
        <translation>dossiers : seulement les dossiers de la personne qui l&apos;applique</translation>
    </message>
    <message>
        <source>cases: only the cases this user leads or supervises</source>
        <translation>dossiers : seulement les dossiers que cet utilisateur dirige ou supervise</translation>
    </message>
    <message>
        <source>cases: search text the list is narrowed by</source>
        <translation>dossiers : texte de recherche qui restreint la liste</translation>
    </message>
    <message>
        <source>cases: sort key</source>
        <translation>dossiers : clé de tri</translation>
    </message>
    <message>
        <source>cases: sort ascending</source>
        <translation>dossiers : tri croissant</translation>
    </message>
    <message>
        <source>contacts: counterpart category</source>
        <translation>contacts : catégorie d&apos;interlocuteur</translation>
    </message>
    <message>
        <source>contacts: channel (phone, meeting, ...)</source>
        <translation>contacts : canal (phone, meeting, ...)</translation>
    </message>
    <message>
        <source>contacts: from this date (YYYY-MM-DD, UTC)</source>
        <translation>contacts : à partir de cette date (AAAA-MM-JJ, UTC)</translation>
    </message>
    <message>
        <source>contacts: up to the end of this date (YYYY-MM-DD, UTC)</source>
        <translation>contacts : jusqu&apos;à la fin de cette date (AAAA-MM-JJ, UTC)</translation>
    </message>
    <message>
        <source>contacts: words the entries contain</source>
        <translation>contacts : mots contenus dans les entrées</translation>
    </message>
    <message>
        <source>share it with this post&apos;s staff</source>
        <translation>le partager avec le personnel de ce poste</translation>
    </message>
    <message>
        <source>replace your filter of the same name</source>
        <translation>remplacer votre filtre du même nom</translation>
    </message>
    <message>
        <source>rename one of your filters</source>
        <translation>renommer l&apos;un de vos filtres</translation>
    </message>
    <message>
        <source>its name now</source>
        <translation>son nom actuel</translation>
    </message>
    <message>
        <source>its new name</source>
        <translation>son nouveau nom</translation>
    </message>
    <message>
        <source>share one of your filters with a post, or stop sharing it</source>
        <translation>partager l&apos;un de vos filtres avec un poste, ou cesser de le partager</translation>
    </message>
    <message>
        <source>the filter&apos;s name</source>
        <translation>le nom du filtre</translation>
    </message>
    <message>
        <source>the post to share it with</source>
        <translation>le poste avec lequel le partager</translation>
    </message>
    <message>
        <source>stop sharing it</source>
        <translation>cesser de le partager</translation>
    </message>
    <message>
        <source>delete one of your filters</source>
        <translation>supprimer l&apos;un de vos filtres</translation>
    </message>
    <message>
        <source>No saved filters for the {list_name} list.</source>
        <translation>Aucun filtre enregistré pour la liste {list_name}.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <source>SHARED WITH</source>
        <translation>PARTAGÉ AVEC</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTRE</translation>
    </message>
    <message>
        <source>Saved filter &apos;{name}&apos; for the {list_name} list, shared with {post}.</source>
        <translation>Filtre « {name} » enregistré pour la liste {list_name}, partagé avec {post}.</translation>
    </message>
    <message>
        <source>Saved filter &apos;{name}&apos; for the {list_name} list.</source>
        <translation>Filtre « {name} » enregistré pour la liste {list_name}.</translation>
    </message>
    <message>
        <source>Renamed &apos;{name}&apos; to &apos;{name2}&apos;.</source>
        <translation>« {name} » renommé en « {name2} ».</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shared with {shared_with}.</source>
        <translation>« {name} » est partagé avec {shared_with}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is yours only.</source>
        <translation>« {name} » n&apos;est qu&apos;à vous.</translation>
    </message>
    <message>
        <source>Deleted the saved filter &apos;{name}&apos;.</source>
        <translation>Filtre enregistré « {name} » supprimé.</translation>
    </message>
</context>
<context>
    <name>cli.cmd_import</name>
    <message>
        <source>import cases, people or contacts from a CSV or XLSX file (dry run, undo)</source>
        <translation>importer des dossiers, des personnes ou des contacts depuis un fichier CSV ou XLSX (essai à blanc, annulation)</translation>
    </message>
    <message>
        <source>Import a register kept in a spreadsheet. Each row goes through the same checks as typed input. A dry run lists per row what would be created, matched to an existing record (and on what) or refused (which field, why). The real run imports the whole file or nothing, is audited as one action, and can be undone as one action with `consular import undo`.</source>
        <translation>Importer un registre tenu dans un tableur. Chaque ligne passe par les mêmes contrôles qu&apos;une saisie. Un essai à blanc liste, ligne par ligne, ce qui serait créé, rapproché d&apos;un enregistrement existant (et sur quoi) ou refusé (quel champ, pourquoi). L&apos;import réel importe tout le fichier ou rien, est audité comme une seule action, et peut être annulé comme une seule action avec `consular import undo`.</translation>
    </message>
    <message>
        <source>Columns are matched to fields by their header names; --map names a TOML mapping (kind = &quot;people&quot;, date_order = &quot;dmy&quot;, default_country = &quot;IN&quot;, and a [columns] table of header = field). The mapping used is saved with your settings for next time (--save-map FILE also writes it there). Matching: cases by reference; people by passport number, else name and date of birth; counterparts named in a contact by name and organisation. Example: consular import people staff.xlsx --dry-run</source>
        <translation>Les colonnes sont rapprochées des champs par leur nom d&apos;en-tête ; --map désigne un mappage TOML (kind = &quot;people&quot;, date_order = &quot;dmy&quot;, default_country = &quot;IN&quot;, et une table [columns] de en-tête = champ). Le mappage utilisé est enregistré avec vos paramètres pour la prochaine fois (--save-map FILE l&apos;écrit aussi dans ce fichier). Rapprochement : dossiers par référence ; personnes par numéro de passeport, sinon par nom et date de naissance ; interlocuteurs cités dans un contact par nom et organisation. Exemple : consular import people staff.xlsx --dry-run</translation>
    </message>
    <message>
        <source>import {kind} from FILE</source>
        <translation>importer {kind} depuis FILE</translation>
    </message>
    <message>
        <source>Fields (* required): {fields}.</source>
        <translation>Champs (* obligatoire) : {fields}.</translation>
    </message>
    <message>
        <source>.csv (UTF-8/UTF-16/Windows-1252; , ; or tab) or .xlsx</source>
        <translation>.csv (UTF-8/UTF-16/Windows-1252 ; séparateur , ; ou tabulation) ou .xlsx</translation>
    </message>
    <message>
        <source>the column mapping to use</source>
        <translation>le mappage de colonnes à utiliser</translation>
    </message>
    <message>
        <source>also write the mapping used to FILE</source>
        <translation>écrire aussi le mappage utilisé dans FILE</translation>
    </message>
    <message>
        <source>how to read 03/04/2025 (else it is refused)</source>
        <translation>comment lire 03/04/2025 (sinon la date est refusée)</translation>
    </message>
    <message>
        <source>country assumed for phones without +CC</source>
        <translation>pays présumé pour les téléphones sans +CC</translation>
    </message>
    <message>
        <source>report what would happen; write nothing</source>
        <translation>indiquer ce qui se passerait ; ne rien écrire</translation>
    </message>
    <message>
        <source>print the per-row report as JSON</source>
        <translation>afficher le rapport ligne par ligne en JSON</translation>
    </message>
    <message>
        <source>the latest imports</source>
        <translation>les derniers imports</translation>
    </message>
    <message>
        <source>undo an import as one action</source>
        <translation>annuler un import comme une seule action</translation>
    </message>
    <message>
        <source>Void the contacts an import logged, take the people it added out of their cases and remove the cases it opened. Refused when later work depends on them (the message names it).</source>
        <translation>Annuler les contacts consignés par un import, retirer de leurs dossiers les personnes qu&apos;il a ajoutées et supprimer les dossiers qu&apos;il a ouverts. Refusé quand un travail ultérieur en dépend (le message le nomme).</translation>
    </message>
    <message>
        <source>the import number (consular import list)</source>
        <translation>le numéro de l&apos;import (consular import list)</translation>
    </message>
    <message>
        <source>{mapping} is a mapping for {kind}, not {kind2}.</source>
        <translation>{mapping} est un mappage pour {kind}, pas pour {kind2}.</translation>
    </message>
    <message>
        <source>{file_name} (read as {described})</source>
        <translation>{file_name} (lu comme {described})</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  remarque : {note}</translation>
    </message>
    <message>
        <source>  row {row_number}: {status}</source>
        <translation>  ligne {row_number} : {status}</translation>
    </message>
    <message>
        <source> {record}</source>
        <translation> {record}</translation>
    </message>
    <message>
        <source> - {detail}</source>
        <translation> - {detail}</translation>
    </message>
    <message>
        <source>correct the mapping file</source>
        <translation>corrigez le fichier de mappage</translation>
    </message>
    <message>
        <source>name the columns as the fields, or give --map MAPPING.toml</source>
        <translation>nommez les colonnes comme les champs, ou indiquez --map MAPPING.toml</translation>
    </message>
    <message>
        <source>{exc} The columns found: {values}; {how}.</source>
        <translation>{exc} Colonnes trouvées : {values} ; {how}.</translation>
    </message>
    <message>
        <source>Imported as import #{batch_id}; undo with: consular import undo {batch_id} --reason …</source>
        <translation>Importé sous le numéro d&apos;import {batch_id} ; pour annuler : consular import undo {batch_id} --reason …</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{created} created, {matched} matched</source>
        <translation>{created} créés, {matched} rapprochés</translation>
    </message>
    <message>
        <source>{when} UTC by {who}</source>
        <translation>{when} UTC par {who}</translation>
    </message>
    <message>
        <source>undone {when} by {who}</source>
        <translation>annulé le {when} par {who}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>cli.cmd_letter</name>
    <message>
        <source>write a family update letter (PDF) to a next of kin from the entries shareable with family</source>
        <translation>rédiger une lettre de nouvelles (PDF) à un proche à partir des entrées communicables à la famille</translation>
    </message>
    <message>
        <source>Write a dated letter from the post to one next of kin, made only of the case&apos;s entries marked shareable with family (`consular share`) that concern their hostage, in date order and in their family wording: no restricted content, no classification banner, no case reference. It is written in the next of kin&apos;s preferred language when there is a template for it ({languages}); otherwise the command says so and --lang en writes it in English. Before anything is written the letter is checked against the case&apos;s restricted content, and refused if it repeats any of it. The file is private (0600), the letter is audited, and its footer carries the audit chain head as its reference. Only the case&apos;s team and supervisors write letters.</source>
        <translation>Rédiger une lettre datée du poste à un proche, composée uniquement des entrées du dossier marquées communicables à la famille (`consular share`) qui concernent son otage, par ordre chronologique et dans leur formulation destinée à la famille : aucun contenu restreint, aucun bandeau de classification, aucune référence de dossier. Elle est rédigée dans la langue préférée du proche quand il existe un modèle pour celle-ci ({languages}) ; sinon, la commande le signale et --lang en la rédige en anglais. Avant toute écriture, la lettre est comparée au contenu restreint du dossier, et refusée si elle en reprend quoi que ce soit. Le fichier est privé (0600), la lettre est auditée, et son pied de page porte la tête de la chaîne d&apos;audit comme référence. Seuls l&apos;équipe du dossier et les superviseurs rédigent des lettres.</translation>
    </message>
    <message>
        <source>Example: consular letter BAM-2025-0001 --kin sunita --from 2025-07-01 --to 2025-07-31 -o letter.pdf</source>
        <translation>Exemple : consular letter BAM-2025-0001 --kin sunita --from 2025-07-01 --to 2025-07-31 -o letter.pdf</translation>
    </message>
    <message>
        <source>the case reference, e.g. BAM-2025-0001</source>
        <translation>la référence du dossier, p. ex. BAM-2025-0001</translation>
    </message>
    <message>
        <source>the next of kin: their id, person id, or part of their name</source>
        <translation>le proche : son identifiant, l&apos;identifiant de la personne, ou une partie de son nom</translation>
    </message>
    <message>
        <source>the letter&apos;s language (default: the next of kin&apos;s preferred language)</source>
        <translation>la langue de la lettre (par défaut : la langue préférée du proche)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: the incident)</source>
        <translation>premier jour de la période, AAAA-MM-JJ (par défaut : l&apos;incident)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation>dernier jour de la période, AAAA-MM-JJ (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>where to write the letter</source>
        <translation>où écrire la lettre</translation>
    </message>
    <message>
        <source>print what was written as JSON</source>
        <translation>afficher ce qui a été écrit en JSON</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the family update letter to {kin_name} ({name}, %n entry/entries) to {path}; reference {chain_head}.</source>
        <translation>
            <numerusform>Lettre de nouvelles écrite pour {kin_name} ({name}, %n entrée) dans {path} ; référence {chain_head}.</numerusform>
            <numerusform>Lettre de nouvelles écrite pour {kin_name} ({name}, %n entrées) dans {path} ; référence {chain_head}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_merge</name>
    <message>
        <source>candidate duplicate people or counterparts, with a score and why</source>
        <translation>doublons possibles de personnes ou d&apos;interlocuteurs, avec un score et la raison</translation>
    </message>
    <message>
        <source>People (by name, spelt or transliterated differently: Mohanty/Mohanti, Devanagari or Latin; date of birth; passport) or counterparts (by name, organisation and phone) that are probably one record entered twice, best first. Merge a pair with `consular merge person A B`.</source>
        <translation>Des personnes (par nom, orthographié ou translittéré différemment : Mohanty/Mohanti, devanagari ou latin ; date de naissance ; passeport) ou des interlocuteurs (par nom, organisation et téléphone) qui sont probablement un même enregistrement saisi deux fois, les plus probables d&apos;abord. Fusionnez une paire avec `consular merge person A B`.</translation>
    </message>
    <message>
        <source>0 to 1 (default 0.5)</source>
        <translation>de 0 à 1 (par défaut 0,5)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>merge two people or two counterparts; undo a merge</source>
        <translation>fusionner deux personnes ou deux interlocuteurs ; annuler une fusion</translation>
    </message>
    <message>
        <source>Merge record B into record A: A is kept with, per field, A&apos;s value (or B&apos;s where A has none) unless --take FIELD=b says otherwise; every link to B (cases, contacts, next of kin, identifiers, demands, questions ...) moves to A; B stays as a tombstone so that `consular merge undo ID` can restore everything. Supervisors and administrators only. Without --yes the two records are shown side by side and nothing changes.</source>
        <translation>Fusionner l&apos;enregistrement B dans l&apos;enregistrement A : A est conservé avec, champ par champ, la valeur de A (ou celle de B quand A n&apos;en a pas) sauf si --take FIELD=b en décide autrement ; chaque lien vers B (dossiers, contacts, proches, identifiants, revendications, questions ...) passe à A ; B reste comme pierre tombale pour que `consular merge undo ID` puisse tout restaurer. Superviseurs et administrateurs seulement. Sans --yes, les deux enregistrements sont affichés côte à côte et rien ne change.</translation>
    </message>
    <message>
        <source>merge {name} B into {name} A</source>
        <translation>fusionner {name} B dans {name} A</translation>
    </message>
    <message>
        <source>the id of the record kept</source>
        <translation>l&apos;identifiant de l&apos;enregistrement conservé</translation>
    </message>
    <message>
        <source>the id of the record merged into A</source>
        <translation>l&apos;identifiant de l&apos;enregistrement fusionné dans A</translation>
    </message>
    <message>
        <source>take FIELD from A or B (repeat); e.g. --take date_of_birth=b</source>
        <translation>prendre FIELD de A ou de B (à répéter) ; p. ex. --take date_of_birth=b</translation>
    </message>
    <message>
        <source>merge (without it: only show the two side by side)</source>
        <translation>fusionner (sans cette option : seulement afficher les deux côte à côte)</translation>
    </message>
    <message>
        <source>undo a merge: the merged record and its links come back</source>
        <translation>annuler une fusion : l&apos;enregistrement fusionné et ses liens reviennent</translation>
    </message>
    <message>
        <source>recent merges, newest first</source>
        <translation>fusions récentes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>No candidate duplicate {entity}.</source>
        <translation>Aucun doublon possible ({entity}).</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
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
        <source>WHY</source>
        <translation>POURQUOI</translation>
    </message>
    <message>
        <source>CASES</source>
        <translation>DOSSIERS</translation>
    </message>
    <message>
        <source>Merge a pair with: consular merge {kind} A B</source>
        <translation>Fusionnez une paire avec : consular merge {kind} A B</translation>
    </message>
    <message>
        <source>--take {item}: write FIELD=a or FIELD=b (e.g. --take full_name=b).</source>
        <translation>--take {item} : écrivez FIELD=a ou FIELD=b (p. ex. --take full_name=b).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>A #{a_id}</source>
        <translation>A n° {a_id}</translation>
    </message>
    <message>
        <source>B #{b_id}</source>
        <translation>B n° {b_id}</translation>
    </message>
    <message>
        <source>TAKE</source>
        <translation>PRENDRE</translation>
    </message>
    <message>
        <source>LINKS</source>
        <translation>LIENS</translation>
    </message>
    <message>
        <source>Nothing changed. To merge #{b_id} into #{a_id}, run again with --yes (and --take FIELD=b for each field to take from B).</source>
        <translation>Rien n&apos;a changé. Pour fusionner n° {b_id} dans n° {a_id}, relancez avec --yes (et --take FIELD=b pour chaque champ à prendre de B).</translation>
    </message>
    <message>
        <source>Merged {entity} #{loser_id} ({loser_name}) into #{winner_id} ({winner_name}) as merge #{merge_id}. Rows moved: {moved}.</source>
        <translation>{entity} n° {loser_id} ({loser_name}) fusionné dans n° {winner_id} ({winner_name}), fusion n° {merge_id}. Lignes déplacées : {moved}.</translation>
    </message>
    <message>
        <source> Duplicate rows folded: {removed}.</source>
        <translation> Lignes en double regroupées : {removed}.</translation>
    </message>
    <message>
        <source> Undo with: consular merge undo {merge_id}</source>
        <translation> Pour annuler : consular merge undo {merge_id}</translation>
    </message>
    <message>
        <source>Undid merge #{merge_id}: {entity} #{loser_id} ({loser_name}) is back with its links; #{winner_id} ({winner_name}) has its values from before.</source>
        <translation>Fusion n° {merge_id} annulée : {entity} n° {loser_id} ({loser_name}) est de retour avec ses liens ; n° {winner_id} ({winner_name}) a retrouvé ses valeurs d&apos;avant.</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>Aucune fusion.</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>annulée le {when}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>MERGED</source>
        <translation>FUSIONNÉ</translation>
    </message>
    <message>
        <source>INTO</source>
        <translation>DANS</translation>
    </message>
    <message>
        <source>WHEN, BY</source>
        <translation>QUAND, PAR</translation>
    </message>
</context>
<context>
    <name>cli.cmd_pol</name>
    <message>
        <source>proof of life: the question bank agreed with the family, and each proof with its check</source>
        <translation>preuve de vie : la banque de questions convenue avec la famille, et chaque preuve avec sa vérification</translation>
    </message>
    <message>
        <source>Proof of life in a hostage case. Each hostage has a question bank: questions agreed with the family beforehand and the answers they expect (drafted → agreed → used; compromised is final). Each proof of life records its medium, the question put and the answer received, the date it claims and the date established, and an assessment (pending, genuine, doubtful, false) with its basis. The last *verified* proof of life is the latest one assessed genuine. All of it is restricted: only the case team (and supervisors) read it, and every read is audited.</source>
        <translation>Preuve de vie dans un dossier d&apos;otage. Chaque otage a une banque de questions : des questions convenues à l&apos;avance avec la famille et les réponses qu&apos;elle attend (rédigée → convenue → utilisée ; compromise est définitif). Chaque preuve de vie enregistre son support, la question posée et la réponse reçue, la date qu&apos;elle revendique et la date établie, et une évaluation (en attente, authentique, douteuse, fausse) avec son fondement. La dernière preuve de vie *vérifiée* est la plus récente jugée authentique. Tout cela est restreint : seule l&apos;équipe du dossier (et les superviseurs) y ont accès, et chaque lecture est auditée.</translation>
    </message>
    <message>
        <source>HOSTAGE is a person id or (part of) a hostage&apos;s name in the case, e.g. --hostage verma.</source>
        <translation>HOSTAGE est un identifiant de personne ou (une partie du) nom d&apos;un otage du dossier, p. ex. --hostage verma.</translation>
    </message>
    <message>
        <source>list a case&apos;s question bank</source>
        <translation>lister la banque de questions d&apos;un dossier</translation>
    </message>
    <message>
        <source>only this hostage&apos;s questions</source>
        <translation>seulement les questions de cet otage</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>add a question and the answer the family expects</source>
        <translation>ajouter une question et la réponse attendue par la famille</translation>
    </message>
    <message>
        <source>Add a question to a hostage&apos;s bank. With --agreed-with it starts agreed with that next of kin; otherwise it is drafted until agreed (`consular pol agree`).</source>
        <translation>Ajouter une question à la banque d&apos;un otage. Avec --agreed-with, elle est d&apos;emblée convenue avec ce proche ; sinon elle reste rédigée jusqu&apos;à accord (`consular pol agree`).</translation>
    </message>
    <message>
        <source>the answer the family expects</source>
        <translation>la réponse attendue par la famille</translation>
    </message>
    <message>
        <source>the next of kin (id or name) who agreed it</source>
        <translation>le proche (identifiant ou nom) qui l&apos;a convenue</translation>
    </message>
    <message>
        <source>when it was agreed (default: now), in the case&apos;s zone</source>
        <translation>quand elle a été convenue (par défaut : maintenant), dans le fuseau du dossier</translation>
    </message>
    <message>
        <source>mark a drafted question agreed with a next of kin</source>
        <translation>marquer une question rédigée comme convenue avec un proche</translation>
    </message>
    <message>
        <source>next of kin (id or name)</source>
        <translation>proche (identifiant ou nom)</translation>
    </message>
    <message>
        <source>retire a question whose answer may be known (final)</source>
        <translation>retirer une question dont la réponse peut être connue (définitif)</translation>
    </message>
    <message>
        <source>Mark compromised.</source>
        <translation>Marquer comme compromise.</translation>
    </message>
    <message>
        <source>record a proof of life with how it was checked</source>
        <translation>enregistrer une preuve de vie et la manière dont elle a été vérifiée</translation>
    </message>
    <message>
        <source>Record a proof of life received at --at. With --question, the agreed question put is marked used; say whether the answer matched with --matched yes|no. An assessment other than pending needs --basis.</source>
        <translation>Enregistrer une preuve de vie reçue à --at. Avec --question, la question convenue posée est marquée utilisée ; indiquez si la réponse correspondait avec --matched yes|no. Une évaluation autre que pending nécessite --basis.</translation>
    </message>
    <message>
        <source>when it was received, in the case&apos;s zone</source>
        <translation>quand elle a été reçue, dans le fuseau du dossier</translation>
    </message>
    <message>
        <source>what the proof shows</source>
        <translation>ce que montre la preuve</translation>
    </message>
    <message>
        <source>the agreed question put</source>
        <translation>la question convenue posée</translation>
    </message>
    <message>
        <source>the answer received</source>
        <translation>la réponse reçue</translation>
    </message>
    <message>
        <source>whether the answer matched</source>
        <translation>si la réponse correspondait</translation>
    </message>
    <message>
        <source>the date the proof claims for itself</source>
        <translation>la date que la preuve revendique</translation>
    </message>
    <message>
        <source>the date analysis established</source>
        <translation>la date établie par l&apos;analyse</translation>
    </message>
    <message>
        <source>what the assessment rests on</source>
        <translation>ce sur quoi repose l&apos;évaluation</translation>
    </message>
    <message>
        <source>assess or re-assess a proof of life</source>
        <translation>évaluer ou réévaluer une preuve de vie</translation>
    </message>
    <message>
        <source>the proof of life&apos;s id (`consular pol list`)</source>
        <translation>l&apos;identifiant de la preuve de vie (`consular pol list`)</translation>
    </message>
    <message>
        <source>needed for a proof recorded before checks existed</source>
        <translation>nécessaire pour une preuve enregistrée avant l&apos;existence des vérifications</translation>
    </message>
    <message>
        <source>list a case&apos;s proofs of life, newest first</source>
        <translation>lister les preuves de vie d&apos;un dossier, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>No hostage of {reference} matches &apos;{key}&apos;. The hostages: {names}.</source>
        <translation>Aucun otage de {reference} ne correspond à « {key} ». Les otages : {names}.</translation>
    </message>
    <message>
        <source>No next of kin of {reference} matches &apos;{key}&apos;. The next of kin: {names}.</source>
        <translation>Aucun proche de {reference} ne correspond à « {key} ». Les proches : {names}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several hostages of {reference}: {names}. Give the id.</source>
        <translation>« {key} » correspond à plusieurs otages de {reference} : {names}. Donnez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several next of kin of {reference}: {names}. Give the id.</source>
        <translation>« {key} » correspond à plusieurs proches de {reference} : {names}. Donnez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No proof-of-life questions.</source>
        <translation>Aucune question de preuve de vie.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Hostage</source>
        <translation>Otage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Convenue avec</translation>
    </message>
    <message>
        <source>Question #{id} for {hostage_name}: {value}.</source>
        <translation>Question n° {id} pour {hostage_name} : {value}.</translation>
    </message>
    <message>
        <source>{reference} has no proof-of-life question #{question_id}.</source>
        <translation>{reference} n&apos;a pas de question de preuve de vie n° {question_id}.</translation>
    </message>
    <message>
        <source>#{id} {when}: restricted</source>
        <translation>n° {id} {when} : restreint</translation>
    </message>
    <message>
        <source>answer matched</source>
        <translation>la réponse correspondait</translation>
    </message>
    <message>
        <source>answer did NOT match</source>
        <translation>la réponse NE correspondait PAS</translation>
    </message>
    <message>
        <source>no question put</source>
        <translation>aucune question posée</translation>
    </message>
    <message>
        <source>medium not recorded</source>
        <translation>support non enregistré</translation>
    </message>
    <message>
        <source>Recorded proof of life {describe}</source>
        <translation>Preuve de vie enregistrée {describe}</translation>
    </message>
    <message>
        <source>Assessed proof of life {describe}</source>
        <translation>Preuve de vie évaluée {describe}</translation>
    </message>
    <message>
        <source>No proofs of life.</source>
        <translation>Aucune preuve de vie.</translation>
    </message>
    <message>
        <source>[voided] </source>
        <translation>[annulé] </translation>
    </message>
</context>
<context>
    <name>cli.cmd_repatriation</name>
    <message>
        <source>the repatriation checklist of each released national: items, owners, due dates</source>
        <translation>la liste de contrôle du rapatriement de chaque ressortissant libéré : éléments, responsables, échéances</translation>
    </message>
    <message>
        <source>When a national is recorded released, rescued or escaped, a checklist opens in the same step: travel document, medical assessment, flight and escort, reception at arrival, reunion with the family, debrief (by whom), psychosocial support (offered, accepted, declined) and follow-up contacts at 30 and 90 days. Each item is a task of the case, owned by the lead caseworker and due a set time after the release: it is overdue on the dashboard and in `consular tasks list` like any task. ITEM is the number `repatriation show` prints. Void an item entered by mistake with `consular void task TASK_ID --reason …`.</source>
        <translation>Quand un ressortissant est enregistré libéré, secouru ou évadé, une liste de contrôle s&apos;ouvre dans la même étape : document de voyage, bilan médical, vol et escorte, accueil à l&apos;arrivée, retrouvailles avec la famille, débriefing (par qui), soutien psychosocial (proposé, accepté, refusé) et contacts de suivi à 30 et 90 jours. Chaque élément est une tâche du dossier, confiée au chargé de dossier principal et à échéance d&apos;un délai fixé après la libération : il apparaît en retard dans l&apos;accueil et dans `consular tasks list` comme toute tâche. ITEM est le numéro qu&apos;affiche `repatriation show`. Annulez un élément saisi par erreur avec `consular void task TASK_ID --reason …`.</translation>
    </message>
    <message>
        <source>a case&apos;s checklists, item by item</source>
        <translation>les listes de contrôle d&apos;un dossier, élément par élément</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>open a released national&apos;s checklist by hand (a release recorded earlier)</source>
        <translation>ouvrir à la main la liste de contrôle d&apos;un ressortissant libéré (une libération enregistrée plus tôt)</translation>
    </message>
    <message>
        <source>the released national</source>
        <translation>le ressortissant libéré</translation>
    </message>
    <message>
        <source>default: when their current status began</source>
        <translation>par défaut : quand sa situation actuelle a commencé</translation>
    </message>
    <message>
        <source>mark an item done, with its facts</source>
        <translation>marquer un élément comme fait, avec ses faits</translation>
    </message>
    <message>
        <source>when it was done, in the case&apos;s zone (default: now)</source>
        <translation>quand il a été fait, dans le fuseau du dossier (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>the debrief: who held it (an agency or an officer)</source>
        <translation>le débriefing : qui l&apos;a mené (un organisme ou un agent)</translation>
    </message>
    <message>
        <source>psychosocial support: offered, accepted or declined</source>
        <translation>soutien psychosocial : offered, accepted ou declined</translation>
    </message>
    <message>
        <source>give an item an owner and/or a due date</source>
        <translation>donner à un élément un responsable et/ou une échéance</translation>
    </message>
    <message>
        <source>the owner&apos;s username</source>
        <translation>le nom d&apos;utilisateur du responsable</translation>
    </message>
    <message>
        <source>the due date (and time), in the case&apos;s zone</source>
        <translation>l&apos;échéance (date et heure), dans le fuseau du dossier</translation>
    </message>
    <message>
        <source>mark an item not applicable, with the reason</source>
        <translation>marquer un élément comme sans objet, avec le motif</translation>
    </message>
    <message>
        <source>when it was decided, in the case&apos;s zone (default: now)</source>
        <translation>quand la décision a été prise, dans le fuseau du dossier (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>{person_name} (person #{person_id}), released {when}: {value}</source>
        <translation>{person_name} (personne n° {person_id}), libéré(e) le {when} : {value}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
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
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>No repatriation checklist: nobody in this case is recorded released, rescued or escaped.</source>
        <translation>Pas de liste de contrôle de rapatriement : personne dans ce dossier n&apos;est enregistré libéré, secouru ou évadé.</translation>
    </message>
    <message>
        <source>Item {id} ({label}): {state}; owner {value}, due {when}</source>
        <translation>Élément {id} ({label}) : {state} ; responsable {value}, échéance {when}</translation>
    </message>
    <message>
        <source>; {facts}</source>
        <translation> ; {facts}</translation>
    </message>
</context>
<context>
    <name>cli.cmd_report</name>
    <message>
        <source>reports across cases: held nationals, monthly statistics, workload, family-contact compliance</source>
        <translation>rapports transversaux : ressortissants détenus, statistiques mensuelles, charge de travail, respect des contacts avec les familles</translation>
    </message>
    <message>
        <source>Compute a report across cases: {names}. Figures are computed by the database; voided entries are left out and restricted ones counted (not shown). A national&apos;s last proof of life is shown only to their case&apos;s team and supervisors. Without -o the report is printed (--format json prints JSON for scripts). With -o FILE it is written as PDF, XLSX, CSV or JSON (from --format or the file&apos;s suffix), recorded in the audit trail, readable by you only, with the classification marking and the audit chain head (on every page of a PDF). Examples: consular report held --country ML; consular report monthly --from 2025-01-01 --to 2025-06-30 -o monthly.pdf</source>
        <translation>Calculer un rapport transversal : {names}. Les chiffres sont calculés par la base de données ; les entrées annulées sont omises et les entrées restreintes comptées (non affichées). La dernière preuve de vie d&apos;un ressortissant n&apos;est montrée qu&apos;à l&apos;équipe de son dossier et aux superviseurs. Sans -o, le rapport est affiché (--format json affiche du JSON pour les scripts). Avec -o FILE, il est écrit en PDF, XLSX, CSV ou JSON (d&apos;après --format ou l&apos;extension du fichier), enregistré dans le journal d&apos;audit, lisible par vous seul, avec le marquage de classification et la tête de la chaîne d&apos;audit (sur chaque page d&apos;un PDF). Exemples : consular report held --country ML ; consular report monthly --from 2025-01-01 --to 2025-06-30 -o monthly.pdf</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>l&apos;un de : {names}</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD, UTC (default: the first day of the month 11 months ago); monthly and compliance only</source>
        <translation>premier jour de la période, AAAA-MM-JJ, UTC (par défaut : le premier jour du mois, il y a 11 mois) ; monthly et compliance seulement</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD, UTC, included (default: today)</source>
        <translation>dernier jour de la période, AAAA-MM-JJ, UTC, inclus (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>only the cases of this post (e.g. BAM)</source>
        <translation>seulement les dossiers de ce poste (p. ex. BAM)</translation>
    </message>
    <message>
        <source>only incidents in this country (two letters, e.g. ML)</source>
        <translation>seulement les incidents dans ce pays (deux lettres, p. ex. ML)</translation>
    </message>
    <message>
        <source>pdf, xlsx, csv or json; with -o: the file&apos;s format (default: from its suffix); without -o: json prints JSON, the others a table</source>
        <translation>pdf, xlsx, csv ou json ; avec -o : le format du fichier (par défaut : d&apos;après son extension) ; sans -o : json affiche du JSON, les autres un tableau</translation>
    </message>
    <message>
        <source>write the report to FILE instead of printing it</source>
        <translation>écrire le rapport dans FILE au lieu de l&apos;afficher</translation>
    </message>
    <message>
        <source>Wrote {value} ({value2}) to {output}</source>
        <translation>{value} ({value2}) écrit dans {output}</translation>
    </message>
    <message>
        <source>{marking}; audit chain head {chain_head}</source>
        <translation>{marking} ; tête de la chaîne d&apos;audit {chain_head}</translation>
    </message>
    <message>
        <source>A {value} report goes to a file: add -o FILE.{fmt}.</source>
        <translation>Un rapport {value} s&apos;écrit dans un fichier : ajoutez -o FILE.{fmt}.</translation>
    </message>
    <message>
        <source>{marking}
{title} — {value}</source>
        <translation>{marking}
{title} — {value}</translation>
    </message>
    <message>
        <source>  {label}: {value}</source>
        <translation>  {label} : {value}</translation>
    </message>
    <message>
        <source>
{title}</source>
        <translation>
{title}</translation>
    </message>
    <message>
        <source>  (nothing in this selection)</source>
        <translation>  (rien dans cette sélection)</translation>
    </message>
    <message>
        <source>
Note: {note}</source>
        <translation>
Remarque : {note}</translation>
    </message>
    <message>
        <source>
Audit chain head {chain_head}
{marking}</source>
        <translation>
Tête de la chaîne d&apos;audit {chain_head}
{marking}</translation>
    </message>
</context>
<context>
    <name>cli.cmd_search</name>
    <message>
        <source>search cases, people, counterparts, contact notes, milestones and tasks</source>
        <translation>rechercher dans les dossiers, personnes, interlocuteurs, notes de contact, jalons et tâches</translation>
    </message>
    <message>
        <source>Full-text search, best match first. Every word must match; the last word also matches as a prefix (kay finds Kayes).</source>
        <translation>Recherche en texte intégral, meilleure correspondance d&apos;abord. Chaque mot doit correspondre ; le dernier mot correspond aussi comme préfixe (kay trouve Kayes).</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>mots à rechercher</translation>
    </message>
    <message>
        <source>only within this case</source>
        <translation>seulement dans ce dossier</translation>
    </message>
    <message>
        <source>leave out restricted records</source>
        <translation>omettre les enregistrements restreints</translation>
    </message>
    <message>
        <source>at most N results, 1 to 5000 (default 50)</source>
        <translation>au plus N résultats, de 1 à 5000 (50 par défaut)</translation>
    </message>
    <message>
        <source>print a JSON array (reference, entity, entity_id, title, snippet, restricted, ...)</source>
        <translation>afficher un tableau JSON (reference, entity, entity_id, title, snippet, restricted, ...)</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>MATCHED</source>
        <translation>CORRESPONDANCE</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>OÙ</translation>
    </message>
</context>
<context>
    <name>cli.cmd_seed</name>
    <message>
        <source>load the demo cases, or generate synthetic data at scale</source>
        <translation>charger les dossiers de démonstration, ou générer des données synthétiques à grande échelle</translation>
    </message>
    <message>
        <source>Fill the database with demo or synthetic data.</source>
        <translation>Remplir la base de données de données de démonstration ou synthétiques.</translation>
    </message>
    <message>
        <source>load the fictional demo cases from seeds/demo (safe to repeat)</source>
        <translation>charger les dossiers de démonstration fictifs depuis seeds/demo (peut être répété sans risque)</translation>
    </message>
    <message>
        <source>Load the demo staff, posts and cases from seeds/demo/*.toml through the services. Running it again leaves the data as it is: cases already loaded are skipped.</source>
        <translation>Charger le personnel, les postes et les dossiers de démonstration depuis seeds/demo/*.toml par les services. Le relancer laisse les données telles quelles : les dossiers déjà chargés sont ignorés.</translation>
    </message>
    <message>
        <source>read the seed files from DIR instead of seeds/demo</source>
        <translation>lire les fichiers de données depuis DIR au lieu de seeds/demo</translation>
    </message>
    <message>
        <source>give the seed&apos;s new staff accounts the password in F (yours, mode 600); default: a random password each, for an administrator to reset</source>
        <translation>donner aux nouveaux comptes du personnel le mot de passe contenu dans F (le vôtre, mode 600) ; par défaut : un mot de passe aléatoire chacun, à réinitialiser par un administrateur</translation>
    </message>
    <message>
        <source>generate N realistic synthetic cases (for measuring large databases)</source>
        <translation>générer N dossiers synthétiques réalistes (pour mesurer de grandes bases de données)</translation>
    </message>
    <message>
        <source>Generate N synthetic cases with people, next of kin, counterparts, contacts with long notes, milestones and tasks, in bulk. The same --seed gives the same data. Adds to what is there; progress goes to stderr.</source>
        <translation>Générer en masse N dossiers synthétiques avec personnes, proches, interlocuteurs, contacts aux notes longues, jalons et tâches. Le même --seed donne les mêmes données. S&apos;ajoute à l&apos;existant ; la progression s&apos;affiche sur stderr.</translation>
    </message>
    <message>
        <source>number of cases to generate</source>
        <translation>nombre de dossiers à générer</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>graine aléatoire (1 par défaut)</translation>
    </message>
    <message>
        <source>also make one long wrongful-detention case with about EVENTS timeline events (visits, hearings, family calls, notes verbales over years), for measuring big timelines</source>
        <translation>créer aussi un long dossier de détention arbitraire avec environ EVENTS événements de chronologie (visites, audiences, appels de la famille, notes verbales sur des années), pour mesurer les grandes chronologies</translation>
    </message>
    <message>
        <source>The demo data is fictional; see seeds/README.md.</source>
        <translation>Les données de démonstration sont fictives ; voir seeds/README.md.</translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max_cases:,}; got {cases}.</source>
        <translation>--cases doit être compris entre 1 et {max_cases:,} ; reçu {cases}.</translation>
    </message>
    <message>
        <source>--long-case must be between 0 and {max_long_case_events:,}; got {long_case}.</source>
        <translation>--long-case doit être compris entre 0 et {max_long_case_events:,} ; reçu {long_case}.</translation>
    </message>
</context>
<context>
    <name>cli.cmd_share</name>
    <message>
        <source>mark a contact, milestone or hostage status change shareable with family</source>
        <translation>marquer un contact, un jalon ou un changement de situation d&apos;un otage comme communicable à la famille</translation>
    </message>
    <message>
        <source>Mark an entry shareable with family, so that family update letters (`consular letter`) tell it. --wording says what may be said, in plain words; without it the entry&apos;s own summary or title is said (a status change: its new status, in the letter&apos;s language). Running it again on a marked entry changes the wording. Restricted entries can never be marked, and restricting an entry takes its marking off. Only the case&apos;s team and supervisors mark; every change is audited.</source>
        <translation>Marquer une entrée comme communicable à la famille, pour que les lettres de nouvelles (`consular letter`) la rapportent. --wording dit ce qui peut être dit, en termes simples ; sans cette option, le résumé ou le titre de l&apos;entrée est repris (pour un changement de situation : sa nouvelle situation, dans la langue de la lettre). Le relancer sur une entrée marquée change la formulation. Les entrées restreintes ne peuvent jamais être marquées, et restreindre une entrée retire son marquage. Seuls l&apos;équipe du dossier et les superviseurs marquent ; chaque modification est auditée.</translation>
    </message>
    <message>
        <source>IDs: a contact&apos;s id (`consular contacts list REF`); a milestone&apos;s id or a hostage status entry&apos;s id (`consular cases show REF --json`: milestones, and participants&apos; status_history).</source>
        <translation>Identifiants : celui d&apos;un contact (`consular contacts list REF`) ; celui d&apos;un jalon ou d&apos;une entrée de situation d&apos;otage (`consular cases show REF --json` : milestones, et status_history des participants).</translation>
    </message>
    <message>
        <source>the kind of entry</source>
        <translation>le type d&apos;entrée</translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;entrée</translation>
    </message>
    <message>
        <source>what the family may be told of it, in plain words</source>
        <translation>ce qui peut en être dit à la famille, en termes simples</translation>
    </message>
    <message>
        <source>take the marking off (not shareable any more)</source>
        <translation>retirer le marquage (plus communicable)</translation>
    </message>
    <message>
        <source>print the marking as JSON</source>
        <translation>afficher le marquage en JSON</translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} is no longer shareable with family.</source>
        <translation>{kind} n° {entry_id} n&apos;est plus communicable à la famille.</translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} was not marked shareable with family; nothing changed.</source>
        <translation>{kind} n° {entry_id} n&apos;était pas marqué communicable à la famille ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>its own summary</source>
        <translation>son propre résumé</translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} is shareable with family; the family is told {said}.</source>
        <translation>{kind} n° {entry_id} est communicable à la famille ; la famille sera informée : {said}.</translation>
    </message>
</context>
<context>
    <name>cli.cmd_users</name>
    <message>
        <source>manage accounts (administrators)</source>
        <translation>gérer les comptes (administrateurs)</translation>
    </message>
    <message>
        <source>Add, list, disable and enable accounts, change roles and reset passwords. Administrators only. Roles: viewer (reads), caseworker (reads and records), supervisor (also closes cases, manages case teams, reads every case&apos;s restricted content), admin (also manages accounts).</source>
        <translation>Ajouter, lister, désactiver et réactiver des comptes, changer les rôles et réinitialiser les mots de passe. Administrateurs seulement. Rôles : viewer (lit), caseworker (lit et enregistre), supervisor (clôt aussi les dossiers, gère les équipes des dossiers, lit le contenu restreint de tous les dossiers), admin (gère aussi les comptes).</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>ajouter un compte</translation>
    </message>
    <message>
        <source>Add an account; its password is asked twice or read from a file.</source>
        <translation>Ajouter un compte ; son mot de passe est demandé deux fois ou lu dans un fichier.</translation>
    </message>
    <message>
        <source>user name, e.g. a.sharma</source>
        <translation>nom d&apos;utilisateur, p. ex. a.sharma</translation>
    </message>
    <message>
        <source>one of: {roles}</source>
        <translation>l&apos;un de : {roles}</translation>
    </message>
    <message>
        <source>full name (default: NAME)</source>
        <translation>nom complet (par défaut : NAME)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>List every account and its state.</source>
        <translation>Lister tous les comptes et leur état.</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>désactiver un compte</translation>
    </message>
    <message>
        <source>Disable an account.</source>
        <translation>Désactiver un compte.</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>réactiver un compte désactivé</translation>
    </message>
    <message>
        <source>Enable an account and clear its lockout.</source>
        <translation>Réactiver un compte et lever son verrouillage.</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>changer le rôle d&apos;un compte</translation>
    </message>
    <message>
        <source>Change a role.</source>
        <translation>Changer un rôle.</translation>
    </message>
    <message>
        <source>set another account&apos;s password (and unlock it)</source>
        <translation>définir le mot de passe d&apos;un autre compte (et le déverrouiller)</translation>
    </message>
    <message>
        <source>Set an account&apos;s password, asked twice or read from --password-file; clears a lockout.</source>
        <translation>Définir le mot de passe d&apos;un compte, demandé deux fois ou lu depuis --password-file ; lève un verrouillage.</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>changer votre propre mot de passe</translation>
    </message>
    <message>
        <source>Change the signed-in user&apos;s password: sign in as usual, then give the new one twice on the terminal (or in --password-file). The current password is the one you signed in with.</source>
        <translation>Changer le mot de passe de l&apos;utilisateur connecté : connectez-vous comme d&apos;habitude, puis donnez le nouveau deux fois dans le terminal (ou dans --password-file). Le mot de passe actuel est celui avec lequel vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>Added {username} ({value}).</source>
        <translation>{username} ajouté ({value}).</translation>
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
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LAST SIGN-IN (UTC)</source>
        <translation>DERNIÈRE CONNEXION (UTC)</translation>
    </message>
    <message>
        <source>Disabled {username}.</source>
        <translation>{username} désactivé.</translation>
    </message>
    <message>
        <source>Enabled {username}.</source>
        <translation>{username} réactivé.</translation>
    </message>
    <message>
        <source>{username} is now {value}.</source>
        <translation>{username} est maintenant {value}.</translation>
    </message>
    <message>
        <source>Set a new password for {username}; the account is unlocked.</source>
        <translation>Nouveau mot de passe défini pour {username} ; le compte est déverrouillé.</translation>
    </message>
    <message>
        <source>Changed the password of {username}.</source>
        <translation>Mot de passe de {username} changé.</translation>
    </message>
</context>
<context>
    <name>cli.cmd_void</name>
    <message>
        <source>void a hostage status entry, milestone, contact or task recorded by mistake</source>
        <translation>annuler une entrée de situation d&apos;otage, un jalon, un contact ou une tâche saisis par erreur</translation>
    </message>
    <message>
        <source>Void an entry with a reason. It stays in the history, marked voided with who voided it, when and why, and the voiding is audited; from then on it is left out of counts, the dashboard, briefs, the timeline and exports. Voiding a hostage status entry recomputes the person&apos;s current status from the entries that remain (the days held still count from the start of the captivity). Only the entry&apos;s author or a supervisor may void it.</source>
        <translation>Annuler une entrée avec un motif. Elle reste dans l&apos;historique, marquée annulée avec qui l&apos;a annulée, quand et pourquoi, et l&apos;annulation est auditée ; dès lors, elle est exclue des décomptes, de l&apos;accueil, des notes de situation, de la chronologie et des exports. Annuler une entrée de situation d&apos;otage recalcule la situation actuelle de la personne à partir des entrées restantes (les jours de détention comptent toujours depuis le début de la captivité). Seul l&apos;auteur de l&apos;entrée ou un superviseur peut l&apos;annuler.</translation>
    </message>
    <message>
        <source>Examples: consular void contact 412 --reason &apos;Logged on the wrong case&apos;; consular void status 37 --reason &apos;Release was a rumour, not confirmed&apos;. IDs are shown by `consular contacts list REF` and by `consular cases show REF --json` (participants[].status_history, milestones, tasks).</source>
        <translation>Exemples : consular void contact 412 --reason &apos;Logged on the wrong case&apos; ; consular void status 37 --reason &apos;Release was a rumour, not confirmed&apos;. Les identifiants sont affichés par `consular contacts list REF` et par `consular cases show REF --json` (participants[].status_history, milestones, tasks).</translation>
    </message>
    <message>
        <source>what to void: {values}</source>
        <translation>ce qu&apos;il faut annuler : {values}</translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;entrée</translation>
    </message>
    <message>
        <source>why it is voided (kept in the history)</source>
        <translation>pourquoi elle est annulée (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>Voided {kind} #{id} of {reference}: {reason}</source>
        <translation>{kind} n° {id} de {reference} annulé : {reason}</translation>
    </message>
    <message>
        <source> (status now: {status})</source>
        <translation> (statut actuel : {status})</translation>
    </message>
</context>
<context>
    <name>cli.cmd_welfare</name>
    <message>
        <source>the welfare log: condition, medication needs and supply, report by report</source>
        <translation>le journal du bien-être : état, besoins en médicaments et approvisionnement, rapport par rapport</translation>
    </message>
    <message>
        <source>Each welfare report says when it came, the reported condition (good, fair, poor, critical, unknown), medication needs and whether supply was arranged, and the source. A national with medical needs and no welfare report for CONSULAR_WELFARE_ALERT_DAYS days (default 14) is flagged by `cases show`, on the People tab and on the brief.</source>
        <translation>Chaque rapport sur le bien-être indique quand il est arrivé, l&apos;état signalé (good, fair, poor, critical, unknown), les besoins en médicaments et si l&apos;approvisionnement a été organisé, et la source. Un ressortissant ayant des besoins médicaux et sans rapport sur le bien-être depuis CONSULAR_WELFARE_ALERT_DAYS jours (14 par défaut) est signalé par `cases show`, dans l&apos;onglet Personnes et dans la note de situation.</translation>
    </message>
    <message>
        <source>HOSTAGE is a person id or (part of) a hostage&apos;s name in the case; leave it out for a report about every national of the case.</source>
        <translation>HOSTAGE est un identifiant de personne ou (une partie du) nom d&apos;un otage du dossier ; omettez-le pour un rapport concernant tous les ressortissants du dossier.</translation>
    </message>
    <message>
        <source>record a welfare report</source>
        <translation>enregistrer un rapport sur le bien-être</translation>
    </message>
    <message>
        <source>when it was reported, in the case&apos;s zone</source>
        <translation>quand il a été signalé, dans le fuseau du dossier</translation>
    </message>
    <message>
        <source>one line</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <source>medication needs</source>
        <translation>besoins en médicaments</translation>
    </message>
    <message>
        <source>whether supply was arranged</source>
        <translation>si l&apos;approvisionnement a été organisé</translation>
    </message>
    <message>
        <source>case team only</source>
        <translation>équipe du dossier seulement</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>a case&apos;s welfare reports, newest first</source>
        <translation>les rapports sur le bien-être d&apos;un dossier, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>every national of the case</source>
        <translation>tous les ressortissants du dossier</translation>
    </message>
    <message>
        <source>Welfare report #{id} about {who}: {value}.</source>
        <translation>Rapport sur le bien-être n° {id} concernant {who} : {value}.</translation>
    </message>
    <message>
        <source>No welfare reports.</source>
        <translation>Aucun rapport sur le bien-être.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>There is no database at {path}: the folder {parent} does not exist. Check the path.</source>
        <translation>Il n&apos;y a pas de base de données à {path} : le dossier {parent} n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create one there with `consular --db {value} db init --admin NAME` (or an empty schema with `db upgrade`).</source>
        <translation>Il n&apos;y a pas de base de données à {path}. Vérifiez le chemin, ou créez-en une avec `consular --db {value} db init --admin NAME` (ou un schéma vide avec `db upgrade`).</translation>
    </message>
    <message>
        <source>Upgraded the database schema; the previous file was kept as {backup}</source>
        <translation>Schéma de la base de données mis à niveau ; le fichier précédent est conservé sous {backup}</translation>
    </message>
    <message>
        <source>The demo accounts&apos; passwords cannot be changed.</source>
        <translation>Les mots de passe des comptes de démonstration ne peuvent pas être changés.</translation>
    </message>
    <message>
        <source>{as_of_label} (--as-of): records as they stood then.</source>
        <translation>{as_of_label} (--as-of) : les enregistrements tels qu&apos;ils étaient alors.</translation>
    </message>
    <message>
        <source>Sign in first: pass --user NAME (or set {user_env}); the password is asked next.</source>
        <translation>Connectez-vous d&apos;abord : indiquez --user NAME (ou définissez {user_env}) ; le mot de passe est demandé ensuite.</translation>
    </message>
    <message>
        <source>Password for {name} on {where}: </source>
        <translation>Mot de passe de {name} sur {where} : </translation>
    </message>
    <message>
        <source>{what}: there is no file {file}.</source>
        <translation>{what} : il n&apos;y a pas de fichier {file}.</translation>
    </message>
    <message>
        <source>{what}: cannot read {file}: {strerror}.</source>
        <translation>{what} : impossible de lire {file} : {strerror}.</translation>
    </message>
    <message>
        <source>{what}: {file} is not a regular file.</source>
        <translation>{what} : {file} n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{what}: refusing {file}: it belongs to another user (uid {st_uid}), not you.</source>
        <translation>{what} : {file} refusé : il appartient à un autre utilisateur (uid {st_uid}), pas à vous.</translation>
    </message>
    <message>
        <source>{what}: refusing {file}: others can access it (mode {value:o}); run chmod 600 {file}.</source>
        <translation>{what} : {file} refusé : d&apos;autres peuvent y accéder (mode {value:o}) ; lancez chmod 600 {file}.</translation>
    </message>
    <message>
        <source>{what}: cannot read {file}: {exc}.</source>
        <translation>{what} : impossible de lire {file} : {exc}.</translation>
    </message>
    <message>
        <source>{what}: {file} is empty; put the password on its first line.</source>
        <translation>{what} : {file} est vide ; mettez le mot de passe sur sa première ligne.</translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask on: set {password_file_env} to a file (mode 600) holding it.</source>
        <translation>Un mot de passe est nécessaire et il n&apos;y a pas de terminal pour le demander : faites pointer {password_file_env} vers un fichier (mode 600) qui le contient.</translation>
    </message>
    <message>
        <source>A new password is needed and there is no terminal to ask on: use --password-file F.</source>
        <translation>Un nouveau mot de passe est nécessaire et il n&apos;y a pas de terminal pour le demander : utilisez --password-file F.</translation>
    </message>
    <message>
        <source>New password for {whose}: </source>
        <translation>Nouveau mot de passe pour {whose} : </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Saisissez-le à nouveau : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>read the new password from the first line of F (yours, mode 600) instead of asking twice</source>
        <translation>lire le nouveau mot de passe sur la première ligne de F (le vôtre, mode 600) au lieu de le demander deux fois</translation>
    </message>
    <message>
        <source>{message} (option: {option})</source>
        <translation>{message} (option : {option})</translation>
    </message>
</context>
<context>
    <name>cli.launch</name>
    <message>
        <source>QT_QPA_PLATFORM asks for Wayland but WAYLAND_DISPLAY is not set: start consular inside the desktop session, or use a command (consular --help).</source>
        <extracomment>What Qt&apos;s xcb platform plugin loads (Qt 6.5+), as ctypes.util.find_library names, with the Debian package that has each. The README lists the same packages. Platforms that need no display server.</extracomment>
        <translation>QT_QPA_PLATFORM demande Wayland mais WAYLAND_DISPLAY n&apos;est pas défini : lancez consular dans la session de bureau, ou utilisez une commande (consular --help).</translation>
    </message>
    <message>
        <source>No display: the desktop app needs a graphical session (DISPLAY is not set). Run it from the desktop, under a virtual display (xvfb-run consular), or use a command (consular --help).</source>
        <translation>Pas d&apos;affichage : l&apos;application de bureau a besoin d&apos;une session graphique (DISPLAY n&apos;est pas défini). Lancez-la depuis le bureau, sous un affichage virtuel (xvfb-run consular), ou utilisez une commande (consular --help).</translation>
    </message>
    <message>
        <source>The desktop app cannot open a window: Qt&apos;s X11 (xcb) libraries are missing. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>L&apos;application de bureau ne peut pas ouvrir de fenêtre : les bibliothèques X11 (xcb) de Qt manquent. Sous Debian ou Ubuntu, installez-les avec : sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>The desktop app needs PySide6, which is not installed; install consular with `pip install -e .` or use a command (see `consular --help`).</source>
        <translation>L&apos;application de bureau a besoin de PySide6, qui n&apos;est pas installé ; installez consular avec `pip install -e .` ou utilisez une commande (voir `consular --help`).</translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db.</source>
        <translation>--demo crée sa propre base de données ; retirez --db.</translation>
    </message>
    <message>
        <source>Creating a demo database (fictional names; deleted when the window closes)…</source>
        <translation>Création d&apos;une base de données de démonstration (noms fictifs ; supprimée à la fermeture de la fenêtre)…</translation>
    </message>
    <message>
        <source>{label}: fictional data, deleted when consular closes.</source>
        <translation>{label} : données fictives, supprimées à la fermeture de consular.</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de données de démonstration</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>Case tracking for consular staff: cases, people, contact log, briefs, timelines. Without a command, opens the desktop app.</source>
        <translation>Suivi des dossiers pour le personnel consulaire : dossiers, personnes, journal des contacts, notes de situation, chronologies. Sans commande, ouvre l&apos;application de bureau.</translation>
    </message>
    <message>
        <source>TARGET is a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://user@host/db); the {db_env} environment variable does the same. Default: consular.db in the user&apos;s data folder. Every command except &apos;db init&apos;, &apos;db upgrade&apos; and &apos;db current&apos; needs a signed-in account (--user, or --demo); a new database gets its first administrator from &apos;consular db init --admin NAME&apos;.</source>
        <translation>TARGET est le chemin d&apos;un fichier SQLite ou une URL SQLAlchemy (postgresql+psycopg://user@host/db) ; la variable d&apos;environnement {db_env} a le même effet. Par défaut : consular.db dans le dossier de données de l&apos;utilisateur. Toutes les commandes sauf « db init », « db upgrade » et « db current » exigent un compte connecté (--user, ou --demo) ; une nouvelle base de données reçoit son premier administrateur par « consular db init --admin NAME ».</translation>
    </message>
    <message>
        <source>database file or URL (default: ${db_env} or the user data folder)</source>
        <translation>fichier ou URL de la base de données (par défaut : ${db_env} ou le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>sign in as this user (default: $CONSULAR_USER); the password is read from the file named by $CONSULAR_PASSWORD_FILE (yours, mode 600) or asked on the terminal</source>
        <translation>se connecter avec cet utilisateur (par défaut : $CONSULAR_USER) ; le mot de passe est lu dans le fichier désigné par $CONSULAR_PASSWORD_FILE (le vôtre, mode 600) ou demandé dans le terminal</translation>
    </message>
    <message>
        <source>use a fresh demo database seeded from seeds/ (in a temporary folder, deleted afterwards), signed in as its supervisor {demo_user}, shown as of the last day of its data; with a command, the command runs on it</source>
        <translation>utiliser une nouvelle base de données de démonstration issue de seeds/ (dans un dossier temporaire, supprimé ensuite), connecté comme son superviseur {demo_user}, à la date du dernier jour de ses données ; avec une commande, la commande s&apos;exécute sur elle</translation>
    </message>
    <message>
        <source>show the records as they stood at the end of DATE (YYYY-MM-DD, UTC) or at an ISO date and time: days held, overdue tasks and briefs are computed for that moment; changes are refused</source>
        <translation>afficher les enregistrements tels qu&apos;ils étaient à la fin de DATE (AAAA-MM-JJ, UTC) ou à une date et heure ISO : jours de détention, tâches en retard et notes de situation sont calculés pour ce moment ; les modifications sont refusées</translation>
    </message>
    <message>
        <source>the language of the messages and help: {choices} (default: from $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG, else en)</source>
        <translation>la langue des messages et de l&apos;aide : {choices} (par défaut : d&apos;après $LANGUAGE, $LC_ALL, $LC_MESSAGES ou $LANG, sinon en)</translation>
    </message>
    <message>
        <source>log database and migration details to stderr</source>
        <translation>consigner les détails de la base de données et des migrations sur stderr</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x}</source>
        <translation>octet 0x{byte:02x}</translation>
    </message>
    <message>
        <source>a character that cannot be encoded</source>
        <translation>un caractère qui ne peut pas être encodé</translation>
    </message>
    <message>
        <source>argument {index} is not valid UTF-8 text ({shown}); check the terminal&apos;s character encoding.</source>
        <translation>l&apos;argument {index} n&apos;est pas un texte UTF-8 valide ({shown}) ; vérifiez l&apos;encodage des caractères du terminal.</translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db.</source>
        <translation>--demo crée sa propre base de données ; retirez --db.</translation>
    </message>
    <message>
        <source>{label}: a throwaway demo database (fictional data), signed in as {demo_user}.</source>
        <translation>{label} : une base de données de démonstration jetable (données fictives), connecté comme {demo_user}.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>consular: {problem}</source>
        <translation>consular : {problem}</translation>
    </message>
    <message>
        <source>consular: {user_error_text}</source>
        <translation>consular : {user_error_text}</translation>
    </message>
    <message>
        <source>consular: interrupted; nothing half-written was kept.</source>
        <translation>consular : interrompu ; rien d&apos;écrit à moitié n&apos;a été conservé.</translation>
    </message>
</context>
<context>
    <name>cli.purge</name>
    <message>
        <source>remove a closed case and everything recorded on it, for good (administrators)</source>
        <translation>supprimer définitivement un dossier clos et tout ce qui y est enregistré (administrateurs)</translation>
    </message>
    <message>
        <source>Remove a closed case entirely, as retention rules require: its records, its people and counterparts of no other case, its words in the search index, and the content of its audit entries (who did what and when is kept). No copy of its text is left in the database file. You are asked to type the reference again; in a script, pass it with --confirm.</source>
        <translation>Supprimer entièrement un dossier clos, comme l&apos;exigent les règles de conservation : ses enregistrements, ses personnes et interlocuteurs n&apos;appartenant à aucun autre dossier, ses mots dans l&apos;index de recherche, et le contenu de ses entrées d&apos;audit (qui a fait quoi et quand est conservé). Aucune copie de son texte ne reste dans le fichier de la base de données. Il vous est demandé de saisir à nouveau la référence ; dans un script, passez-la avec --confirm.</translation>
    </message>
    <message>
        <source>the closed case&apos;s reference</source>
        <translation>la référence du dossier clos</translation>
    </message>
    <message>
        <source>the reference typed again (for scripts)</source>
        <translation>la référence saisie à nouveau (pour les scripts)</translation>
    </message>
    <message>
        <source>Purging cannot be undone: confirm with --confirm REF (the reference typed again).</source>
        <translation>La suppression définitive est irréversible : confirmez avec --confirm REF (la référence saisie à nouveau).</translation>
    </message>
    <message>
        <source>This removes {reference} for good. Type its reference to confirm: </source>
        <translation>Ceci supprime {reference} définitivement. Saisissez sa référence pour confirmer : </translation>
    </message>
    <message>
        <source>Purged {reference}: {total} records removed; {audit_entries_emptied} audit entries kept without their content.</source>
        <translation>{reference} supprimé : {total} enregistrements supprimés ; {audit_entries_emptied} entrées d&apos;audit conservées sans leur contenu.</translation>
    </message>
    <message>
        <source>Another window or program still has the database open: its write-ahead log is emptied when it closes.</source>
        <translation>Une autre fenêtre ou un autre programme a encore la base de données ouverte : son journal d&apos;écriture anticipée sera vidé à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>contact_log</name>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Not vetted at the time: {names}</source>
        <translation>Non vérifié à ce moment-là&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>{subject}  (edited ×{count})</source>
        <translation>{subject}  (modifié ×{count})</translation>
    </message>
    <message>
        <source>{subject}

Logged by {user}</source>
        <translation>{subject}

Consigné par {user}</translation>
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
        <translation>Restreint&#xa0;: exclu des documents destinés à la famille et des versions caviardées</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>Communicable à la famille</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>Non restreint</translation>
    </message>
</context>
<context>
    <name>counterpart_picker</name>
    <message>
        <source>in no case yet</source>
        <translation>dans aucun dossier pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>from {cases} and %n more (not this case)</source>
        <translation>
            <numerusform>de {cases} et %n autre (pas ce dossier)</numerusform>
            <numerusform>de {cases} et %n autres (pas ce dossier)</numerusform>
        </translation>
    </message>
    <message>
        <source>from {cases} (not this case)</source>
        <translation>de {cases} (pas ce dossier)</translation>
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
    <name>db.dialect</name>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it, check their change, then apply yours again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement pendant que vous le modifiiez. Rechargez-le, vérifiez sa modification, puis appliquez de nouveau la vôtre.</translation>
    </message>
    <message>
        <source>The change clashes with a record saved at the same time ({first_line}). Reload and try again.</source>
        <translation>La modification entre en conflit avec un enregistrement sauvegardé au même moment ({first_line}). Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>{where} cannot be read as a consular database ({name}).</source>
        <translation>{where} ne peut pas être lu comme une base de données consular ({name}).</translation>
    </message>
    <message>
        <source>The database is busy in another program or window; try again in a moment.</source>
        <translation>La base de données est occupée dans un autre programme ou une autre fenêtre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and retry.</source>
        <translation>Le disque est plein ; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>{value} is not a consular database, or it is damaged. Open a backup copy instead.</source>
        <translation>{value} n&apos;est pas une base de données consular, ou elle est endommagée. Ouvrez plutôt une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot open {where}: its folder does not exist or cannot be written to.</source>
        <translation>Impossible d&apos;ouvrir {where} : son dossier n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write to {where}: the file is read-only for you.</source>
        <translation>Impossible d&apos;écrire dans {where} : le fichier est en lecture seule pour vous.</translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {first}</source>
        <translation>Impossible de se connecter à {where} : {first}</translation>
    </message>
</context>
<context>
    <name>db.engine</name>
    <message>
        <source>&apos;{raw}&apos; is not a database URL or file path.</source>
        <translation>« {raw} » n&apos;est ni une URL de base de données ni un chemin de fichier.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a folder; give the path of a database file inside it.</source>
        <translation>« {raw} » est un dossier ; indiquez le chemin d&apos;un fichier de base de données qu&apos;il contient.</translation>
    </message>
</context>
<context>
    <name>db.keyslots</name>
    <message>
        <source>The password does not open this database.</source>
        <translation>Ce mot de passe n&apos;ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>{path_name} does not hold this database&apos;s key.</source>
        <translation>{path_name} ne contient pas la clé de cette base de données.</translation>
    </message>
    <message>
        <source>{path_name} is missing: the encrypted database {name} cannot be unlocked without its key file. Restore both from a backup.</source>
        <translation>{path_name} est manquant : la base de données chiffrée {name} ne peut pas être déverrouillée sans son fichier de clé. Restaurez les deux depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read ({exc}); restore it from a backup.</source>
        <translation>{path_name} ne peut pas être lu ({exc}) ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>{path_name} is not a consular key file of a version this consular knows.</source>
        <translation>{path_name} n&apos;est pas un fichier de clé consular d&apos;une version connue de ce consular.</translation>
    </message>
    <message>
        <source>{path_name} already exists; it belongs to an existing encrypted database.</source>
        <translation>{path_name} existe déjà ; il appartient à une base de données chiffrée existante.</translation>
    </message>
    <message>
        <source>That key is not this database&apos;s key.</source>
        <translation>Cette clé n&apos;est pas celle de cette base de données.</translation>
    </message>
    <message>
        <source>The account &apos;{clean}&apos; is disabled; ask an administrator.</source>
        <translation>Le compte « {clean} » est désactivé ; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>That is not a recovery key (it has letters other than A-Z and 2-7).</source>
        <translation>Ce n&apos;est pas une clé de récupération (elle contient des caractères autres que A-Z et 2-7).</translation>
    </message>
    <message>
        <source>That is not a recovery key (wrong length).</source>
        <translation>Ce n&apos;est pas une clé de récupération (longueur incorrecte).</translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation>Cette base de données n&apos;a pas de clé de récupération.</translation>
    </message>
</context>
<context>
    <name>db.migrate</name>
    <message>
        <source>Cannot read &apos;{path}&apos;: {strerror}.</source>
        <translation>Impossible de lire « {path} » : {strerror}.</translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; is an encrypted consular database: sign in with your user name and password to open it.</source>
        <translation>« {path_name} » est une base de données consular chiffrée : connectez-vous avec votre nom d&apos;utilisateur et votre mot de passe pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; is not a consular database (it is not a SQLite file). Choose a .db file made by consular, or create a new one. (If it is an encrypted consular database, its key file {name} is missing: restore both from a backup.)</source>
        <translation>« {path_name} » n&apos;est pas une base de données consular (ce n&apos;est pas un fichier SQLite). Choisissez un fichier .db créé par consular, ou créez-en un nouveau. (S&apos;il s&apos;agit d&apos;une base de données consular chiffrée, son fichier de clé {name} est manquant : restaurez les deux depuis une sauvegarde.)</translation>
    </message>
    <message>
        <source>&apos;{describe}&apos; was written by a newer version of consular (schema {current_revision}); update consular to open it.</source>
        <translation>« {describe} » a été écrite par une version plus récente de consular (schéma {current_revision}) ; mettez consular à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&apos;{describe}&apos; holds tables that are not consular&apos;s; choose a consular database or a new file.</source>
        <translation>« {describe} » contient des tables qui ne sont pas celles de consular ; choisissez une base de données consular ou un nouveau fichier.</translation>
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
    <name>domain.captivity</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>status not recorded</source>
        <translation>statut non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>held for %n day(s)</source>
        <translation>
            <numerusform>détenu depuis %n jour</numerusform>
            <numerusform>détenu depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>disparu depuis %n jour</numerusform>
            <numerusform>disparu depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décédé</translation>
    </message>
    <message numerus="yes">
        <source>{status} after %n day(s)</source>
        <translation>
            <numerusform>{status} après %n jour</numerusform>
            <numerusform>{status} après %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.clock</name>
    <message>
        <source>As of {day}</source>
        <extracomment>The clock lines the faces show, as whole sentences (the prefixes the callers pass).</extracomment>
        <translation>Au {day}</translation>
    </message>
    <message>
        <source>Demo as of {day}</source>
        <translation>Démo au {day}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2025-07-25) or an ISO date and time.</source>
        <extracomment>True for ``--as-of``: looking at the past, changes are refused so nothing is back-dated.</extracomment>
        <translation>« {raw} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ (p. ex. 2025-07-25) ou comme une date et heure ISO.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no UTC offset; add one, e.g. {raw2}+00:00.</source>
        <translation>« {raw} » n&apos;a pas de décalage UTC ; ajoutez-en un, p. ex. {raw2}+00:00.</translation>
    </message>
    <message>
        <source>{raw} is in the future; --as-of shows the records as they stood on a past day.</source>
        <translation>{raw} est dans le futur ; --as-of affiche les enregistrements tels qu&apos;ils étaient à une date passée.</translation>
    </message>
</context>
<context>
    <name>domain.enums</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a known {kind}; use one of: {choices}</source>
        <translation>« {text} » n&apos;est pas une valeur connue ({kind}) ; utilisez l&apos;une des suivantes : {choices}</translation>
    </message>
    <message>
        <source>kind of case</source>
        <extracomment>What each enum&apos;s values are, as the error of :meth:`LabelledEnum.parse` names it.</extracomment>
        <translation>type de dossier</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>statut du dossier</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>attribution level</source>
        <translation>niveau d&apos;attribution</translation>
    </message>
    <message>
        <source>classification marking</source>
        <translation>marque de classification</translation>
    </message>
    <message>
        <source>kind of post</source>
        <translation>type de poste</translation>
    </message>
    <message>
        <source>role of a person in a case</source>
        <translation>rôle d&apos;une personne dans un dossier</translation>
    </message>
    <message>
        <source>hostage status</source>
        <translation>statut d&apos;otage</translation>
    </message>
    <message>
        <source>counterpart category</source>
        <translation>catégorie d&apos;interlocuteur</translation>
    </message>
    <message>
        <source>contact channel</source>
        <translation>canal de contact</translation>
    </message>
    <message>
        <source>contact direction</source>
        <translation>sens du contact</translation>
    </message>
    <message>
        <source>milestone kind</source>
        <translation>type de jalon</translation>
    </message>
    <message>
        <source>kind of news for the family</source>
        <translation>type de nouvelle pour la famille</translation>
    </message>
    <message>
        <source>proof-of-life question state</source>
        <translation>état de la question de preuve de vie</translation>
    </message>
    <message>
        <source>proof-of-life medium</source>
        <translation>support de la preuve de vie</translation>
    </message>
    <message>
        <source>proof-of-life assessment</source>
        <translation>évaluation de la preuve de vie</translation>
    </message>
    <message>
        <source>reported condition</source>
        <translation>état signalé</translation>
    </message>
    <message>
        <source>demand kind</source>
        <translation>type de revendication</translation>
    </message>
    <message>
        <source>response to a demand</source>
        <translation>réponse à une revendication</translation>
    </message>
    <message>
        <source>status of a charge against a detained national</source>
        <translation>statut d&apos;un chef d&apos;accusation contre un ressortissant détenu</translation>
    </message>
    <message>
        <source>decision on a consular visit request</source>
        <translation>décision sur une demande de visite consulaire</translation>
    </message>
    <message>
        <source>intermediary vetting status</source>
        <translation>statut de vérification de l&apos;intermédiaire</translation>
    </message>
    <message>
        <source>task status</source>
        <translation>statut de la tâche</translation>
    </message>
    <message>
        <source>kind of case link</source>
        <translation>type de lien entre dossiers</translation>
    </message>
    <message>
        <source>kind of record to merge</source>
        <translation>type d&apos;enregistrement à fusionner</translation>
    </message>
    <message>
        <source>kind of entry to void</source>
        <translation>type d&apos;entrée à annuler</translation>
    </message>
    <message>
        <source>user role</source>
        <translation>rôle de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>repatriation checklist item</source>
        <translation>élément de la liste de rapatriement</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>soutien psychosocial</translation>
    </message>
</context>
<context>
    <name>domain.fields</name>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <source>answer summary</source>
        <translation>résumé de la réponse</translation>
    </message>
    <message>
        <source>assessment basis</source>
        <translation>fondement de l&apos;évaluation</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>fondement</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>chef d&apos;accusation</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>circonstances</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>contact every days</source>
        <translation>intervalle de contact (jours)</translation>
    </message>
    <message>
        <source>counterpart name</source>
        <translation>nom de l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>court</source>
        <translation>tribunal</translation>
    </message>
    <message>
        <source>debrief by</source>
        <translation>débriefing par</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation>durée (minutes)</translation>
    </message>
    <message>
        <source>expected answer</source>
        <translation>réponse attendue</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom de fichier</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constatations</translation>
    </message>
    <message>
        <source>follow-up task</source>
        <translation>tâche de suivi</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>held note</source>
        <translation>note sur la détention</translation>
    </message>
    <message>
        <source>held source</source>
        <translation>source sur la détention</translation>
    </message>
    <message>
        <source>identifier type</source>
        <translation>type d&apos;identifiant</translation>
    </message>
    <message>
        <source>identifier value</source>
        <translation>valeur de l&apos;identifiant</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>lawyer firm</source>
        <translation>cabinet d&apos;avocats</translation>
    </message>
    <message>
        <source>lawyer name</source>
        <translation>nom de l&apos;avocat</translation>
    </message>
    <message>
        <source>medication needs</source>
        <translation>besoins en médicaments</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name in native script</source>
        <translation>nom en écriture d&apos;origine</translation>
    </message>
    <message>
        <source>name native</source>
        <translation>nom en écriture d&apos;origine</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>participant notes</source>
        <translation>notes sur le participant</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>numéro de passeport</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>langue préférée</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>numéro de référence</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>lien de parenté</translation>
    </message>
    <message>
        <source>reliability note</source>
        <translation>note sur la fiabilité</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>task title</source>
        <translation>intitulé de la tâche</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>vetted by</source>
        <translation>vérifié par</translation>
    </message>
    <message>
        <source>visited by</source>
        <translation>visité par</translation>
    </message>
    <message>
        <source>welfare observed</source>
        <translation>état de santé observé</translation>
    </message>
    <message>
        <source>what was told</source>
        <translation>ce qui a été dit</translation>
    </message>
    <message>
        <source>who made it</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>why they are unlinked</source>
        <translation>motif de la suppression du lien</translation>
    </message>
    <message>
        <source>wording for the family</source>
        <translation>formulation pour la famille</translation>
    </message>
</context>
<context>
    <name>domain.lockout</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account locked after %n failed attempt(s). Try again in {time}.</source>
        <translation>
            <numerusform>Compte verrouillé après %n tentative échouée. Réessayez dans {time}.</numerusform>
            <numerusform>Compte verrouillé après %n tentatives échouées. Réessayez dans {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>locked ({time} left)</source>
        <translation>verrouillé (encore {time})</translation>
    </message>
</context>
<context>
    <name>domain.passwords</name>
    <message>
        <source>{profile_env}=&apos;{profile}&apos; is not a known profile (use &apos;production&apos;).</source>
        <translation>{profile_env}=&apos;{profile}&apos; n&apos;est pas un profil connu (utilisez &apos;production&apos;).</translation>
    </message>
    <message>
        <source>A password needs at least {min_length} characters (a short phrase is fine).</source>
        <translation>Un mot de passe doit comporter au moins {min_length} caractères (une courte phrase convient).</translation>
    </message>
    <message>
        <source>A password can have at most {max_length} characters.</source>
        <translation>Un mot de passe peut comporter au plus {max_length} caractères.</translation>
    </message>
    <message>
        <source>A password cannot be one character repeated.</source>
        <translation>Un mot de passe ne peut pas être un seul caractère répété.</translation>
    </message>
    <message>
        <source>A password cannot be the user name.</source>
        <translation>Un mot de passe ne peut pas être le nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>domain.timeline</name>
    <message>
        <source>&apos;{text}&apos; is not a timeline event type; use one of: {choices}</source>
        <translation>« {text} » n&apos;est pas un type d&apos;événement de la chronologie ; utilisez l&apos;un des suivants : {choices}</translation>
    </message>
    <message>
        <source>Restricted</source>
        <extracomment>The events of a wrongful detention&apos;s records (charges, hearings, visits, notes verbales). One colour per type, shared by the PDF and the Timeline tab so they read alike. The field names every export carries for each event, in this order. The title of a restricted entry shown to someone who may not (or did not ask to) read it: the entry&apos;s date and type stay, everything else is left out (need-to-know). Marked here, translated where it is shown: ``translate(&quot;domain.timeline&quot;, RESTRICTED_TITLE)``.</extracomment>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>restricted entries included</source>
        <extracomment>A finer kind for icons and colours: the milestone kind, the contact channel, the new status. Not exported. Set on task-created events whose task is still open (for calendar to-dos). How long it lasted, when recorded (a contact&apos;s duration); calendars use it. Marked shareable with family (consular.services.family_share); never a restricted entry.</extracomment>
        <translation>entrées restreintes incluses</translation>
    </message>
    <message>
        <source>restricted entries left out</source>
        <translation>entrées restreintes exclues</translation>
    </message>
    <message>
        <source>restricted entries shown as placeholders (date and type only)</source>
        <translation>entrées restreintes remplacées par un espace réservé (date et type seulement)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>types: {types}</source>
        <translation>types : {types}</translation>
    </message>
    <message>
        <source>involving: {people}</source>
        <translation>impliquant : {people}</translation>
    </message>
    <message>
        <source>personal identifiers redacted</source>
        <translation>identifiants personnels caviardés</translation>
    </message>
</context>
<context>
    <name>domain.timeutil</name>
    <message>
        <source>&apos;{name}&apos; is not an IANA time zone; use a name such as &apos;Africa/Bamako&apos;.</source>
        <translation>« {name} » n&apos;est pas un fuseau horaire IANA ; utilisez un nom comme &apos;Africa/Bamako&apos;.</translation>
    </message>
    <message>
        <source>A date and time is required, e.g. 2025-07-01T14:30+00:00.</source>
        <translation>Une date et une heure sont obligatoires, p. ex. 2025-07-01T14:30+00:00.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date and time; write it as ISO 8601, e.g. 2025-07-01T14:30 or 2025-07-01T14:30+00:00.</source>
        <translation>« {raw} » n&apos;est pas une date et heure ; écrivez-la au format ISO 8601, p. ex. 2025-07-01T14:30 ou 2025-07-01T14:30+00:00.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no UTC offset; add one, e.g. {raw2}+00:00.</source>
        <translation>« {raw} » n&apos;a pas de décalage UTC ; ajoutez-en un, p. ex. {raw2}+00:00.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as YYYY-MM-DD, e.g. 1988-03-14.</source>
        <translation>« {raw} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 1988-03-14.</translation>
    </message>
    <message>
        <source>A date and time is required.</source>
        <translation>Une date et une heure sont obligatoires.</translation>
    </message>
    <message>
        <source>The time has no time zone; give one so it is not misread.</source>
        <translation>L&apos;heure n&apos;a pas de fuseau horaire ; indiquez-en un pour éviter toute erreur de lecture.</translation>
    </message>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>il y a {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>il y a {hours} h</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <source>The {name} must be text.</source>
        <translation>Le champ « {name} » doit être du texte.</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>Le champ « {name} » est obligatoire.</translation>
    </message>
    <message>
        <source>The {name} is {count} characters long; the limit is {max_length}. Shorten it or attach the full text as a document.</source>
        <translation>Le champ « {name} » compte {count} caractères ; la limite est de {max_length}. Raccourcissez-le ou joignez le texte complet en tant que document.</translation>
    </message>
    <message>
        <source>A country is required (ISO 3166 code such as ML).</source>
        <translation>Un pays est obligatoire (code ISO 3166, p. ex. ML).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code; use two letters such as ML or IN.</source>
        <translation>« {value} » n&apos;est pas un code de pays ISO 3166 ; utilisez deux lettres, p. ex. ML ou IN.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a post code; use 2–5 letters such as BAM.</source>
        <translation>« {value} » n&apos;est pas un code de poste ; utilisez 2 à 5 lettres, p. ex. BAM.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address (name@example.org).</source>
        <translation>« {text} » n&apos;est pas une adresse électronique (nom@example.org).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number; write it with the country code, e.g. +223 20 22 51 64.</source>
        <translation>« {text} » n&apos;est pas un numéro de téléphone ; écrivez-le avec l&apos;indicatif du pays, p. ex. +223 20 22 51 64.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be a phone number (wrong length for its country).</source>
        <translation>« {text} » ne peut pas être un numéro de téléphone (longueur incorrecte pour son pays).</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indiquez à la fois la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Coordinates must be decimal degrees, e.g. 14.45, -11.44.</source>
        <translation>Les coordonnées doivent être en degrés décimaux, p. ex. 14.45, -11.44.</translation>
    </message>
    <message>
        <source>Latitude {lat_f} is outside -90…90.</source>
        <translation>La latitude {lat_f} est hors de l&apos;intervalle -90…90.</translation>
    </message>
    <message>
        <source>Longitude {lon_f} is outside -180…180.</source>
        <translation>La longitude {lon_f} est hors de l&apos;intervalle -180…180.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>« {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{number} is outside {minimum}…{maximum}.</source>
        <translation>{number} est hors de l&apos;intervalle {minimum}…{maximum}.</translation>
    </message>
</context>
<context>
    <name>domain.workflow</name>
    <message>
        <source>The case is already {current}.</source>
        <translation>Le dossier est déjà {current}.</translation>
    </message>
    <message>
        <source>A case cannot go from {current} to {new}; from {current} it can go to: {options}.</source>
        <translation>Un dossier ne peut pas passer de {current} à {new} ; depuis {current}, il peut passer à : {options}.</translation>
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
    <name>family_letter_dialog</name>
    <message>
        <source>There is no letter template in {language}, {name}&apos;s preferred language: the letter is offered in English. Choose another language below if the family reads it.</source>
        <translation>Il n&apos;existe pas de modèle de lettre en {language}, la langue préférée de {name}&#xa0;: la lettre est proposée en anglais. Choisissez ci-dessous une autre langue si la famille la lit.</translation>
    </message>
</context>
<context>
    <name>family_share_box</name>
    <message>
        <source>Shareable with family…</source>
        <translation>Communicable à la famille…</translation>
    </message>
    <message>
        <source>Mark shareable with family…</source>
        <translation>Marquer comme communicable à la famille…</translation>
    </message>
    <message>
        <source>Shareable with family: the family is told “{wording}” (marked by {user})</source>
        <translation>Communicable à la famille&#xa0;: on dit à la famille «&#xa0;{wording}&#xa0;» (marqué par {user})</translation>
    </message>
    <message>
        <source>Shareable with family: the family is told its own summary (marked by {user})</source>
        <translation>Communicable à la famille&#xa0;: on dit à la famille son propre résumé (marqué par {user})</translation>
    </message>
</context>
<context>
    <name>family_tab</name>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>OVERDUE — {due}</source>
        <translation>EN RETARD — {due}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>Famille de</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Informée le</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>VOID — {text}</source>
        <translation>ANNULÉ — {text}</translation>
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
    <name>people_tab</name>
    <message>
        <source>missing</source>
        <translation>disparu</translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>disparu depuis %n jour</numerusform>
            <numerusform>disparu depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>détenu</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in captivity</source>
        <translation>
            <numerusform>%n jour de captivité</numerusform>
            <numerusform>%n jours de captivité</numerusform>
        </translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message numerus="yes">
        <source>since {day}, after %n day(s) held</source>
        <translation>
            <numerusform>depuis le {day}, après %n jour de détention</numerusform>
            <numerusform>depuis le {day}, après %n jours de détention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) held</source>
        <translation>
            <numerusform>après %n jour de détention</numerusform>
            <numerusform>après %n jours de détention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports.output_file</name>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name inside it.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier&#xa0;; indiquez un nom de fichier à l’intérieur.</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside &apos;{path}&apos;.</source>
        <translation>Impossible de créer un fichier temporaire à côté de «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>The disk is full; &apos;{file}&apos; was not written. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;; «&#xa0;{file}&#xa0;» n’a pas été écrit. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: permission denied. Choose another folder.</source>
        <translation>Impossible d’écrire «&#xa0;{path}&#xa0;»&#xa0;: autorisation refusée. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: {reason}.</source>
        <translation>Impossible d’écrire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>reports.words</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>On record (restricted)</source>
        <extracomment>What a brief says of a fact that exists but is restricted and left out: never &quot;none&quot;. In English; :func:`withheld` gives it in the brief&apos;s language, which is what the brief prints.</extracomment>
        <translation>Consigné (restreint)</translation>
    </message>
    <message>
        <source>{marking} — REDACTED COPY</source>
        <translation>{marking} — COPIE CAVIARDÉE</translation>
    </message>
    <message>
        <source>{marking} — DRAFT</source>
        <translation>{marking} — PROJET</translation>
    </message>
    <message>
        <source>Status brief · {reference}</source>
        <translation>Note de situation · {reference}</translation>
    </message>
    <message>
        <source>As of {when}</source>
        <extracomment>Rows of a table printed in the PDF; the CSV, JSON and XLSX files hold them all.</extracomment>
        <translation>Au {when}</translation>
    </message>
    <message>
        <source>Generated {when} by {name}</source>
        <translation>Génération&#xa0;: {when}, par {name}</translation>
    </message>
    <message>
        <source>Content SHA-256 {hash}</source>
        <translation>SHA-256 du contenu {hash}</translation>
    </message>
    <message>
        <source>Audit chain head {head}</source>
        <translation>Tête de la chaîne d’audit {head}</translation>
    </message>
    <message>
        <source>Status brief {reference}</source>
        <translation>Note de situation {reference}</translation>
    </message>
    <message>
        <source>{marking} status brief</source>
        <translation>Note de situation {marking}</translation>
    </message>
    <message>
        <source>— End of brief —</source>
        <translation>— Fin de la note —</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>{place} (since {date})</source>
        <translation>{place} (depuis le {date})</translation>
    </message>
    <message>
        <source>No charge recorded</source>
        <translation>Aucune inculpation enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted charge(s) not shown</source>
        <translation>
            <numerusform>%n chef d’inculpation restreint non affiché</numerusform>
            <numerusform>%n chefs d’inculpation restreints non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistrement</translation>
    </message>
    <message>
        <source>no welfare noted</source>
        <translation>aucune observation sur l’état de santé</translation>
    </message>
    <message>
        <source>NO CONSULAR VISIT YET</source>
        <translation>AUCUNE VISITE CONSULAIRE À CE JOUR</translation>
    </message>
    <message>
        <source>Detained national</source>
        <translation>Ressortissant détenu</translation>
    </message>
    <message>
        <source>Detaining authority</source>
        <translation>Autorité de détention</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Lieu de détention</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Chefs d’inculpation</translation>
    </message>
    <message>
        <source>Last hearing</source>
        <translation>Dernière audience</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Prochaine audience</translation>
    </message>
    <message>
        <source>Last consular visit</source>
        <translation>Dernière visite consulaire</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Demande en attente</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>No request awaiting an answer.</source>
        <translation>Aucune demande en attente de réponse.</translation>
    </message>
    <message>
        <source>Status brief</source>
        <translation>Note de situation</translation>
    </message>
    <message>
        <source>{utc} · {local} {place} time ({tz}, {offset})</source>
        <translation>{utc} · {local} heure de {place} ({tz}, {offset})</translation>
    </message>
    <message>
        <source>{start} to {end} {place} time — {basis}</source>
        <translation>du {start} au {end}, heure de {place} — {basis}</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établie par</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>In the case&apos;s local zone ({tz}, {offset}) unless marked UTC.</source>
        <translation>Dans le fuseau local du dossier ({tz}, {offset}), sauf mention UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n retenu</numerusform>
            <numerusform>%n retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n disparu</numerusform>
            <numerusform>%n disparus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n released</source>
        <translation>
            <numerusform>%n libéré</numerusform>
            <numerusform>%n libérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other (see table)</source>
        <translation>
            <numerusform>%n autre (voir le tableau)</numerusform>
            <numerusform>%n autres (voir le tableau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts} — %n national(s) concerned</source>
        <translation>
            <numerusform>{counts} — %n ressortissant concerné</numerusform>
            <numerusform>{counts} — %n ressortissants concernés</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}; later contact on record (restricted)</source>
        <translation>{when}&#xa0;; contact ultérieur consigné (restreint)</translation>
    </message>
    <message>
        <source>on record (restricted)</source>
        <translation>consigné (restreint)</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>No next of kin recorded</source>
        <translation>Aucun proche enregistré</translation>
    </message>
    <message>
        <source>{status} (priority {priority})</source>
        <translation>{status} (priorité {priority})</translation>
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
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Days since incident</source>
        <translation>Jours depuis l’incident</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Hostages</source>
        <translation>Otages</translation>
    </message>
    <message>
        <source>Last contact with authorities</source>
        <translation>Dernier contact avec les autorités</translation>
    </message>
    <message>
        <source>Last contact with families</source>
        <translation>Dernier contact avec les familles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Nationals concerned</source>
        <translation>Ressortissants concernés</translation>
    </message>
    <message>
        <source>No nationals recorded as hostages in this case.</source>
        <translation>Aucun ressortissant enregistré comme otage dans ce dossier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis</translation>
    </message>
    <message>
        <source>Held or missing</source>
        <translation>Retenu ou disparu</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>Preuve de vie</translation>
    </message>
    <message>
        <source>Latest welfare report</source>
        <translation>Dernier bilan de santé</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>Later report: {withheld}</source>
        <translation>Bilan ultérieur&#xa0;: {withheld}</translation>
    </message>
    <message numerus="yes">
        <source>MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>BESOINS MÉDICAUX&#xa0;: AUCUNE NOUVELLE DEPUIS PLUS DE %n JOUR</numerusform>
            <numerusform>BESOINS MÉDICAUX&#xa0;: AUCUNE NOUVELLE DEPUIS PLUS DE %n JOURS</numerusform>
        </translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source&#xa0;: </translation>
    </message>
    <message>
        <source>Key developments in the period ({count})</source>
        <translation>Faits marquants de la période ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted development(s) of the period, shown by date only.</source>
        <translation>
            <numerusform>%Ln fait restreint de la période, indiqué par sa seule date.</numerusform>
            <numerusform>%Ln faits restreints de la période, indiqués par leur seule date.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new developments recorded in the period.</source>
        <translation>Aucun fait nouveau enregistré pendant la période.</translation>
    </message>
    <message>
        <source>Latest development before the period: on record (restricted).</source>
        <translation>Dernier fait avant la période&#xa0;: consigné (restreint).</translation>
    </message>
    <message>
        <source>Latest development before the period that this brief may show:</source>
        <translation>Dernier fait avant la période que cette note peut montrer&#xa0;:</translation>
    </message>
    <message>
        <source>Latest development before the period:</source>
        <translation>Dernier fait avant la période&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts in the period ({shown} shown, {restricted} restricted: date only)</source>
        <translation>Contacts de la période ({shown} affichés, {restricted} restreints&#xa0;: date seule)</translation>
    </message>
    <message>
        <source>Contacts in the period ({shown})</source>
        <translation>Contacts de la période ({shown})</translation>
    </message>
    <message>
        <source>No unrestricted contacts logged in the period.</source>
        <translation>Aucun contact non restreint consigné pendant la période.</translation>
    </message>
    <message>
        <source>No contacts logged in the period.</source>
        <translation>Aucun contact consigné pendant la période.</translation>
    </message>
    <message>
        <source>Counterpart category</source>
        <translation>Catégorie d’interlocuteur</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>of which restricted</source>
        <translation>dont restreints</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message numerus="yes">
        <source>{category} — %Ln contact(s)</source>
        <translation>
            <numerusform>{category} — %Ln contact</numerusform>
            <numerusform>{category} — %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>column of a contact&apos;s subject</comment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>(follow-up)</source>
        <translation>(suite à donner)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more contact(s) in this category in the period, not listed (newest listed first).</source>
        <translation>
            <numerusform>… et %Ln autre contact de cette catégorie pendant la période, non listé (les plus récents en premier).</numerusform>
            <numerusform>… et %Ln autres contacts de cette catégorie pendant la période, non listés (les plus récents en premier).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date_only} — %Ln restricted contact(s)</source>
        <translation>
            <numerusform>{date_only} — %Ln contact restreint</numerusform>
            <numerusform>{date_only} — %Ln contacts restreints</numerusform>
        </translation>
    </message>
    <message>
        <source>Date only</source>
        <translation>Date seule</translation>
    </message>
    <message>
        <source>Content withheld (need-to-know): only the date is shown.</source>
        <translation>Contenu non communiqué (besoin d’en connaître)&#xa0;: seule la date est indiquée.</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Family liaison</source>
        <translation>Liaison avec les familles</translation>
    </message>
    <message>
        <source>No next of kin recorded.</source>
        <translation>Aucun proche enregistré.</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Of</source>
        <comment>the national a next of kin is family of</comment>
        <translation>Proche de</translation>
    </message>
    <message>
        <source>Agreed plan</source>
        <translation>Plan convenu</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>was due {when}</source>
        <translation>prévu le {when}</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>aucun contact consigné à ce jour</translation>
    </message>
    <message>
        <source>Liaison officers and last family updates</source>
        <translation>Agents de liaison et dernières nouvelles données aux familles</translation>
    </message>
    <message>
        <source>{officer} since {date}</source>
        <translation>{officer} depuis le {date}</translation>
    </message>
    <message>
        <source>NO LIAISON OFFICER</source>
        <translation>AUCUN AGENT DE LIAISON</translation>
    </message>
    <message>
        <source>; changed on {date} from {officer}, {reason}</source>
        <translation>&#xa0;; changement le {date}, auparavant {officer}, {reason}</translation>
    </message>
    <message>
        <source>Last told {when} ({channel}): {text}.</source>
        <translation>Dernière information le {when} ({channel})&#xa0;: {text}.</translation>
    </message>
    <message>
        <source>No family update logged.</source>
        <translation>Aucune information aux familles consignée.</translation>
    </message>
    <message>
        <source>Later: {withheld}.</source>
        <translation>Ultérieurement&#xa0;: {withheld}.</translation>
    </message>
    <message>
        <source>{name} — officer: {officer}.</source>
        <translation>{name} — agent&#xa0;: {officer}.</translation>
    </message>
    <message>
        <source>Later: {withheld}</source>
        <translation>Ultérieurement&#xa0;: {withheld}</translation>
    </message>
    <message>
        <source>None logged</source>
        <translation>Aucun consigné</translation>
    </message>
    <message>
        <source>Demands ({count} on record)</source>
        <translation>Revendications ({count} consignées)</translation>
    </message>
    <message>
        <source>{restricted}: demands are listed only in a brief for the case team.</source>
        <translation>{restricted}&#xa0;: les revendications ne sont listées que dans une note destinée à l’équipe du dossier.</translation>
    </message>
    <message>
        <source>None received in the period; none unanswered.</source>
        <translation>Aucune reçue pendant la période&#xa0;; aucune sans réponse.</translation>
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
        <source>Made by / via</source>
        <translation>Émise par / via</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>via {intermediary}</source>
        <translation>via {intermediary}</translation>
    </message>
    <message>
        <source>INTERMEDIARY {vetting}</source>
        <translation>INTERMÉDIAIRE {vetting}</translation>
    </message>
    <message>
        <source>Linked cases ({count})</source>
        <translation>Dossiers liés ({count})</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Title and status</source>
        <translation>Titre et statut</translation>
    </message>
    <message>
        <source>Why linked</source>
        <translation>Motif du lien</translation>
    </message>
    <message>
        <source>ask that case&apos;s team</source>
        <translation>s’adresser à l’équipe de ce dossier</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Rapatriement</translation>
    </message>
    <message>
        <source>{done} done, {open} open ({overdue} overdue)</source>
        <translation>{done} faits, {open} en cours ({overdue} en retard)</translation>
    </message>
    <message>
        <source>{done} done, {open} open</source>
        <translation>{done} faits, {open} en cours</translation>
    </message>
    <message>
        <source>{counts}, {count} not applicable</source>
        <translation>{counts}, {count} sans objet</translation>
    </message>
    <message>
        <source>{name}, released {when}: {counts}</source>
        <translation>{name}, libération le {when}&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
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
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Open tasks ({count}, {overdue} overdue)</source>
        <translation>Tâches en cours ({count}, dont {overdue} en retard)</translation>
    </message>
    <message>
        <source>Open tasks ({count})</source>
        <translation>Tâches en cours ({count})</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Aucune tâche en cours.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>disparu</translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>disparu depuis %n jour</numerusform>
            <numerusform>disparu depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a checklist item</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a checklist item</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Verified: {when}</source>
        <translation>Vérifiée&#xa0;: {when}</translation>
    </message>
    <message>
        <source>{when} (not verified)</source>
        <translation>{when} (non vérifiée)</translation>
    </message>
    <message numerus="yes">
        <source>NONE VERIFIED FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>AUCUNE VÉRIFIÉE DEPUIS PLUS DE %n JOUR</numerusform>
            <numerusform>AUCUNE VÉRIFIÉE DEPUIS PLUS DE %n JOURS</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <extracomment>&quot;Audit chain head 1042:9f3a1c07b2e4&quot;, beside the marking at the foot of every page.</extracomment>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Nothing to show for this selection</source>
        <extracomment>&quot;&quot; means &quot;Total&quot; in the current language</extracomment>
        <translation>Rien à afficher pour cette sélection</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the table)</source>
        <translation>
            <numerusform>et %Ln autre (voir le tableau)</numerusform>
            <numerusform>et %Ln autres (voir le tableau)</numerusform>
        </translation>
    </message>
    <message>
        <source>[{script} script]</source>
        <extracomment>Family names to use in styles and on the canvas. as named to a reader, e.g. in the marker &quot;[Arabic script]&quot; reportlab font name; the file is ``&lt;regular&gt;-Regular.ttf`` the file is ``&lt;bold&gt;.ttf`` code points of the script (inclusive) Every script in our names that needs its own font. Odia&apos;s font keeps its older name. Characters of right-to-left text set as one unbreakable line (see the module docstring). About 105 pt at 8 pt in Noto Naskh: the &quot;Next of kin&quot; and &quot;Name&quot; columns of a brief are about 110 pt wide.</extracomment>
        <translation>[écriture {script}]</translation>
    </message>
    <message>
        <source>[cut; full text in the case record]</source>
        <translation>[coupé&#xa0;; texte complet dans le dossier]</translation>
    </message>
    <message>
        <source>[symbol]</source>
        <translation>[symbole]</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <extracomment>&quot;text&quot;, &quot;date&quot; (a datetime shown in its own zone&apos;s wall time), &quot;int&quot; or &quot;bool&quot;.</extracomment>
        <translation>{when} par {name}</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>{start} to {end} (UTC)</source>
        <extracomment>Column kinds: how a value is shown (and typed in XLSX).</extracomment>
        <translation>du {start} au {end} (UTC)</translation>
    </message>
    <message>
        <source>as of now</source>
        <translation>à ce jour</translation>
    </message>
    <message>
        <source>post {post}</source>
        <translation>poste {post}</translation>
    </message>
    <message>
        <source>all posts</source>
        <translation>tous les postes</translation>
    </message>
    <message>
        <source>country {country}</source>
        <translation>pays {country}</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <source>{first}, {second}, {third}</source>
        <translation>{first}, {second}, {third}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Figures SHA-256 {hash}</source>
        <translation>SHA-256 des chiffres {hash}</translation>
    </message>
    <message>
        <source>{marking} report: {scope}</source>
        <translation>Rapport {marking}&#xa0;: {scope}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>— End of report —</source>
        <translation>— Fin du rapport —</translation>
    </message>
    <message>
        <source>Nothing in this selection.</source>
        <translation>Rien dans cette sélection.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) in the XLSX, CSV and JSON forms of this report.</source>
        <translation>
            <numerusform>%Ln ligne de plus dans les versions XLSX, CSV et JSON de ce rapport.</numerusform>
            <numerusform>%Ln lignes de plus dans les versions XLSX, CSV et JSON de ce rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (spreadsheet, UTF-8)</source>
        <extracomment>The CSV&apos;s columns: every export field, then the chain head (the same on every row). How the chain head is labelled where a person reads it (PDF and workbook footers), in English; :func:`chain_head_label` gives it in the current language. What each format is, for a choice of format: in English, marked for translation in the context &quot;reports.words&quot; (the GUI shows ``QCoreApplication.translate(&quot;reports.words&quot;, text)``, Qt-free code :func:`describe`).</extracomment>
        <translation>CSV (tableur, UTF-8)</translation>
    </message>
    <message>
        <source>JSON (for other systems)</source>
        <translation>JSON (pour d’autres systèmes)</translation>
    </message>
    <message>
        <source>iCalendar (calendar programs)</source>
        <translation>iCalendar (agendas)</translation>
    </message>
    <message>
        <source>PDF (printable chronology)</source>
        <translation>PDF (chronologie imprimable)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Tête de la chaîne d’audit</translation>
    </message>
    <message>
        <source>{reference} timeline</source>
        <extracomment>Length of a calendar event whose record has no duration (a contact without one, a milestone, a status change): long enough to show in a day view, short enough not to suggest it took a morning.</extracomment>
        <translation>Chronologie {reference}</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not an export format; use one of: {formats}.</source>
        <translation>«&#xa0;{format}&#xa0;» n’est pas un format d’export&#xa0;; utilisez l’un des formats suivants&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>Local {time}</source>
        <translation>Heure locale {time}</translation>
    </message>
    <message>
        <source>UTC {time}</source>
        <translation>UTC {time}</translation>
    </message>
    <message>
        <source>People: {people}</source>
        <translation>Personnes&#xa0;: {people}</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Consigné par {name}</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>id {id}</translation>
    </message>
    <message>
        <source>source {source}</source>
        <translation>source {source}</translation>
    </message>
    <message>
        <source>[RESTRICTED]</source>
        <translation>[RESTREINT]</translation>
    </message>
    <message>
        <source>Case timeline — {reference}</source>
        <translation>Chronologie du dossier — {reference}</translation>
    </message>
    <message>
        <source>REDACTED COPY — personal identifiers (passport and ID numbers, phone numbers, e-mail addresses, dates of birth) are masked and restricted entries show only their date and type.</source>
        <translation>COPIE CAVIARDÉE — les identifiants personnels (numéros de passeport et de pièces d’identité, numéros de téléphone, adresses électroniques, dates de naissance) sont masqués et les entrées restreintes n’indiquent que leur date et leur type.</translation>
    </message>
    <message>
        <source>This chronology INCLUDES RESTRICTED ENTRIES. Do not pass it to families or outside the case team.</source>
        <translation>Cette chronologie CONTIENT DES ENTRÉES RESTREINTES. Ne la transmettez pas aux familles ni hors de l’équipe du dossier.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>{local} ({utc} UTC), {place}</source>
        <translation>{local} ({utc} UTC), {place}</translation>
    </message>
    <message>
        <source>Local times are in the case&apos;s zone, {zone}; each event also gives UTC.</source>
        <translation>Les heures locales sont celles du fuseau du dossier, {zone}&#xa0;; chaque événement indique aussi l’heure UTC.</translation>
    </message>
    <message>
        <source>{when} UTC by {name}</source>
        <translation>{when} UTC par {name}</translation>
    </message>
    <message>
        <source>{reference} — case timeline</source>
        <translation>{reference} — chronologie du dossier</translation>
    </message>
    <message>
        <source>Generated {when} UTC — REDACTED</source>
        <translation>Génération&#xa0;: {when} UTC — CAVIARDÉE</translation>
    </message>
    <message>
        <source>Generated {when} UTC</source>
        <translation>Génération&#xa0;: {when} UTC</translation>
    </message>
    <message>
        <source>{reference} case timeline</source>
        <translation>Chronologie du dossier {reference}</translation>
    </message>
    <message>
        <source>No events match this export&apos;s scope.</source>
        <translation>Aucun événement ne correspond au périmètre de cet export.</translation>
    </message>
    <message>
        <source>From the date requested</source>
        <translation>À partir de la date demandée</translation>
    </message>
    <message>
        <source>Since the previous brief (issued {when} by {name})</source>
        <translation>Depuis la note précédente (émise le {when} par {name})</translation>
    </message>
    <message>
        <source>Last 7 days (no earlier brief of this case)</source>
        <translation>7 derniers jours (aucune note antérieure pour ce dossier)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>No counterpart recorded</source>
        <translation>Aucun interlocuteur enregistré</translation>
    </message>
    <message>
        <source>Same period as brief #{id} (issued {when}), generated again</source>
        <translation>Même période que la note n° {id} (émise le {when}), générée à nouveau</translation>
    </message>
    <message>
        <source>{name} ({relationship} of {hostage})</source>
        <translation>{name} ({relationship} de {hostage})</translation>
    </message>
    <message>
        <source>REDACTED COPY. Passport numbers, other identity document numbers, phone numbers, e-mail addresses, addresses and dates of birth are masked, and restricted entries are left out. It may be handed on within government.</source>
        <translation>COPIE CAVIARDÉE. Les numéros de passeport, les numéros d’autres pièces d’identité, les numéros de téléphone, les adresses électroniques, les adresses et les dates de naissance sont masqués, et les entrées restreintes sont omises. Elle peut être transmise au sein de l’administration.</translation>
    </message>
    <message>
        <source>Names of the case&apos;s people and their families are masked too.</source>
        <translation>Les noms des personnes du dossier et de leurs familles sont également masqués.</translation>
    </message>
    <message>
        <source>This brief INCLUDES RESTRICTED ENTRIES (marked RESTRICTED). Do not pass it to families, employers or anyone outside the case team.</source>
        <translation>Cette note CONTIENT DES ENTRÉES RESTREINTES (marquées RESTREINT). Ne la transmettez pas aux familles, aux employeurs ni à quiconque hors de l’équipe du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted contact entries are not included (issue with &apos;include restricted&apos; for the case team only).</source>
        <translation>
            <numerusform>%Ln entrée de contact restreinte n’est pas incluse (émettre avec «&#xa0;inclure les entrées restreintes&#xa0;» pour l’équipe du dossier uniquement).</numerusform>
            <numerusform>%Ln entrées de contact restreintes ne sont pas incluses (émettre avec «&#xa0;inclure les entrées restreintes&#xa0;» pour l’équipe du dossier uniquement).</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: not for issue.</source>
        <translation>PROJET&#xa0;: ne pas diffuser.</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <comment>a charge&apos;s status and its date</comment>
        <translation>{status} le {date}</translation>
    </message>
    <message>
        <source>{charge} ({status}; filed {date})</source>
        <translation>{charge} ({status}&#xa0;; portée le {date})</translation>
    </message>
    <message>
        <source>Consular visit request (restricted)</source>
        <translation>Demande de visite consulaire (restreinte)</translation>
    </message>
    <message>
        <source>Consular visit request</source>
        <translation>Demande de visite consulaire</translation>
    </message>
    <message>
        <source>Note verbale (restricted)</source>
        <translation>Note verbale (restreinte)</translation>
    </message>
    <message>
        <source>Note verbale {reference}</source>
        <translation>Note verbale {reference}</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>aucune issue enregistrée</translation>
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
    <name>seeding.demo</name>
    <message>
        <source>There is no seed folder at {folder}.</source>
        <translation>Il n&apos;y a pas de dossier de données d&apos;amorçage dans {folder}.</translation>
    </message>
    <message>
        <source>There are no .toml seed files in {folder}.</source>
        <translation>Il n&apos;y a aucun fichier d&apos;amorçage .toml dans {folder}.</translation>
    </message>
    <message>
        <source>{path_name} is not valid TOML: {exc}.</source>
        <translation>{path_name} n&apos;est pas un fichier TOML valide : {exc}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>Impossible de lire {path} : {strerror}.</translation>
    </message>
    <message>
        <source>{path_name}: &apos;{name}&apos; must be an array of tables ([[{name}]]).</source>
        <translation>{path_name} : « {name} » doit être un tableau de tables ([[{name}]]).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a date without a time; give a date and time.</source>
        <translation>« {value} » est une date sans heure ; indiquez une date et une heure.</translation>
    </message>
    <message>
        <source>Loading seeds acts as the seed&apos;s staff and creates their accounts, so only an administrator may do it; {display_name} is a {role}.</source>
        <translation>Le chargement des données d&apos;amorçage agit au nom du personnel qu&apos;elles décrivent et crée leurs comptes : seul un administrateur peut le faire ; {display_name} est {role}.</translation>
    </message>
    <message>
        <source>{no_admin} (The seeds name no user with role &apos;admin&apos;.)</source>
        <translation>{no_admin} (Les données d&apos;amorçage ne désignent aucun utilisateur de rôle &apos;admin&apos;.)</translation>
    </message>
    <message>
        <source>{where}: no user is named for this record.</source>
        <translation>{where} : aucun utilisateur n&apos;est indiqué pour cet enregistrement.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is not a user; add them to [[users]] first.</source>
        <translation>{where} : « {name} » n&apos;est pas un utilisateur ; ajoutez-le d&apos;abord à [[users]].</translation>
    </message>
    <message>
        <source>{where}: an earlier load of this case ({marker}) was interrupted and it is only partly there. Load the demo into a new database file instead.</source>
        <translation>{where} : un chargement antérieur de ce dossier ({marker}) a été interrompu et il n&apos;est que partiellement présent. Chargez plutôt la démonstration dans un nouveau fichier de base de données.</translation>
    </message>
    <message>
        <source>{where}: there is no post &apos;{post_code}&apos;; add it to [[posts]].</source>
        <translation>{where} : il n&apos;y a pas de poste « {post_code} » ; ajoutez-le à [[posts]].</translation>
    </message>
    <message>
        <source>{where}: the key &apos;{key}&apos; is used twice in this case.</source>
        <translation>{where} : la clé « {key} » est utilisée deux fois dans ce dossier.</translation>
    </message>
    <message>
        <source>{w}: only hostages have a status history (role is &apos;{role}&apos;).</source>
        <translation>{w} : seuls les otages ont un historique de statut (le rôle est « {role} »).</translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{hostage_key}&apos;, which is not a person of this case.</source>
        <translation>{w} : &apos;hostage&apos; désigne « {hostage_key} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{w}: the key &apos;{k_key}&apos; is also used for a person.</source>
        <translation>{w} : la clé « {k_key} » est aussi utilisée pour une personne.</translation>
    </message>
    <message>
        <source>{w}: &apos;with&apos; names &apos;{name}&apos;, which is not a counterpart or next of kin of this case{hint}.</source>
        <translation>{w} : &apos;with&apos; désigne « {name} », qui n&apos;est ni un interlocuteur ni un proche de ce dossier{hint}.</translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{m}&apos;, which is not a person of this case.</source>
        <translation>{w} : &apos;hostage&apos; désigne « {m} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{w}: &apos;family&apos; is for contacts, status changes and other milestones.</source>
        <translation>{w} : &apos;family&apos; s&apos;applique aux contacts, aux changements de statut et aux autres jalons.</translation>
    </message>
    <message>
        <source>{w}: &apos;question&apos; names &apos;{question}&apos;, which is no pol_questions entry here.</source>
        <translation>{w} : &apos;question&apos; désigne « {question} », qui ne correspond à aucune entrée pol_questions ici.</translation>
    </message>
    <message>
        <source>{w}: &apos;contact&apos; names &apos;{t}&apos;, which is not a contact key of this case.</source>
        <translation>{w} : &apos;contact&apos; désigne « {t} », qui n&apos;est pas une clé de contact de ce dossier.</translation>
    </message>
</context>
<context>
    <name>seeding.demo_detention</name>
    <message>
        <source>{w}: &apos;person&apos; names &apos;{key}&apos;, which is not a person of this case.</source>
        <translation>{w} : &apos;person&apos; désigne « {key} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
</context>
<context>
    <name>seeding.demo_family</name>
    <message>
        <source>{where}: &apos;family&apos; is true (say the entry&apos;s own text) or the wording for the family.</source>
        <translation>{where} : &apos;family&apos; vaut true (reprendre le texte de l&apos;entrée) ou la formulation pour la famille.</translation>
    </message>
</context>
<context>
    <name>seeding.demo_hostage</name>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{q}&apos;, which is not a person of this case.</source>
        <translation>{w} : &apos;hostage&apos; désigne « {q} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{w}: &apos;agreed_with&apos; names &apos;{q}&apos;, which is no next of kin here.</source>
        <translation>{w} : &apos;agreed_with&apos; désigne « {q} », qui n&apos;est pas un proche ici.</translation>
    </message>
    <message>
        <source>{w}: &apos;counterpart&apos; names &apos;{key}&apos;, which is not a counterpart of this case.</source>
        <translation>{w} : &apos;counterpart&apos; désigne « {key} », qui n&apos;est pas un interlocuteur de ce dossier.</translation>
    </message>
    <message>
        <source>{w}: &apos;via&apos; names &apos;{via}&apos;, which is not a counterpart of this case.</source>
        <translation>{w} : &apos;via&apos; désigne « {via} », qui n&apos;est pas un interlocuteur de ce dossier.</translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{hostage}&apos;, which is not a person of this case.</source>
        <translation>{w} : &apos;hostage&apos; désigne « {hostage} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
</context>
<context>
    <name>seeding.demo_links</name>
    <message>
        <source>{where}: &apos;cases&apos; must name exactly two case keys.</source>
        <translation>{where} : &apos;cases&apos; doit désigner exactement deux clés de dossier.</translation>
    </message>
    <message>
        <source>{where}: there is no case with key &apos;{unknown}&apos; in the seeds.</source>
        <translation>{where} : aucun dossier n&apos;a la clé « {unknown} » dans les données d&apos;amorçage.</translation>
    </message>
    <message>
        <source>{where}: a case cannot be linked to itself.</source>
        <translation>{where} : un dossier ne peut pas être lié à lui-même.</translation>
    </message>
</context>
<context>
    <name>seeding.demo_repatriation</name>
    <message>
        <source>{w}: &apos;person&apos; names &apos;{person}&apos;, which is not a person of this case.</source>
        <translation>{w} : &apos;person&apos; désigne « {person} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{w}: {person} has no checklist; their status_history must end released, rescued or escaped.</source>
        <translation>{w} : {person} n&apos;a pas de liste de rapatriement ; son status_history doit se terminer par libéré, secouru ou évadé.</translation>
    </message>
    <message>
        <source>{wj}: &apos;state&apos; must be one of {item_states}.</source>
        <translation>{wj} : &apos;state&apos; doit être l&apos;une des valeurs {item_states}.</translation>
    </message>
</context>
<context>
    <name>seeding.demo_schema</name>
    <message>
        <source>{where}: &apos;{key}&apos; is required.</source>
        <translation>{where} : « {key} » est obligatoire.</translation>
    </message>
    <message>
        <source>{w}: &apos;{value}&apos; is not a user; add them to [[users]] first.</source>
        <translation>{w} : « {value} » n&apos;est pas un utilisateur ; ajoutez-le d&apos;abord à [[users]].</translation>
    </message>
    <message>
        <source>{where}: &apos;{section}&apos; must be an array of tables ([[cases.{section}]]).</source>
        <translation>{where} : « {section} » doit être un tableau de tables ([[cases.{section}]]).</translation>
    </message>
    <message>
        <source>{w}: the key &apos;{key}&apos; is used twice in this case.</source>
        <translation>{w} : la clé « {key} » est utilisée deux fois dans ce dossier.</translation>
    </message>
    <message>
        <source>{where}, next_of_kin[{i}]: &apos;hostage&apos; names &apos;{get}&apos;, which is not a person of this case.</source>
        <translation>{where}, next_of_kin[{i}] : &apos;hostage&apos; désigne « {get} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, contacts[{i}]: &apos;with&apos; names &apos;{name}&apos;, which is not a counterpart or next of kin of this case.</source>
        <translation>{where}, contacts[{i}] : &apos;with&apos; désigne « {name} », qui n&apos;est ni un interlocuteur ni un proche de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, repatriation[{i}]: &apos;person&apos; names a person who is not in this case.</source>
        <translation>{where}, repatriation[{i}] : &apos;person&apos; désigne une personne qui n&apos;appartient pas à ce dossier.</translation>
    </message>
    <message>
        <source>{where}, {section}[{i}]: &apos;kin&apos; names &apos;{get}&apos;, no next of kin of this case.</source>
        <translation>{where}, {section}[{i}] : &apos;kin&apos; désigne « {get} », qui n&apos;est pas un proche de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, pol_questions[{i}]: &apos;hostage&apos; names a person who is not in this case.</source>
        <translation>{where}, pol_questions[{i}] : &apos;hostage&apos; désigne une personne qui n&apos;appartient pas à ce dossier.</translation>
    </message>
    <message>
        <source>{where}, pol_questions[{i}]: &apos;agreed_with&apos; names no next of kin of this case.</source>
        <translation>{where}, pol_questions[{i}] : &apos;agreed_with&apos; ne désigne aucun proche de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, {section}[{i}]: &apos;person&apos; names &apos;{entry}&apos;, not a person of this case.</source>
        <translation>{where}, {section}[{i}] : &apos;person&apos; désigne « {entry} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, consular_visits[{i}]: &apos;note&apos; names no notes_verbales entry of this case.</source>
        <translation>{where}, consular_visits[{i}] : &apos;note&apos; ne désigne aucune entrée notes_verbales de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;{extra}&apos; does not belong to a {get}.</source>
        <translation>{where}, milestones[{i}] : « {extra} » ne s&apos;applique pas à {get}.</translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;question&apos; names no pol_questions entry of this case.</source>
        <translation>{where}, milestones[{i}] : &apos;question&apos; ne désigne aucune entrée pol_questions de ce dossier.</translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;hostage&apos; names &apos;{milestone}&apos;, which is not a person of this case.</source>
        <translation>{where}, milestones[{i}] : &apos;hostage&apos; désigne « {milestone} », qui n&apos;est pas une personne de ce dossier.</translation>
    </message>
    <message>
        <source>{where}: expected a table, found {name}.</source>
        <translation>{where} : une table était attendue, {name} trouvé.</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{unknown}&apos; (known keys: {allowed}).</source>
        <translation>{where} : clé inconnue « {unknown} » (clés connues : {allowed}).</translation>
    </message>
</context>
<context>
    <name>seeding.synthetic</name>
    <message>
        <source>synthetic: {done:,}/{total:,} cases, {rows:,} contacts, {sum:,} rows ({elapsed:.1f} s)</source>
        <translation>synthétique : {done:,}/{total:,} dossiers, {rows:,} contacts, {sum:,} lignes ({elapsed:.1f} s)</translation>
    </message>
    <message>
        <source>Generating synthetic data creates staff accounts; only an administrator may, not {display_name}.</source>
        <translation>La génération de données synthétiques crée des comptes du personnel ; seul un administrateur le peut, pas {display_name}.</translation>
    </message>
</context>
<context>
    <name>services.accounts</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This database has no administrator yet, so no one can use it: create one with `consular db init --admin NAME`.</source>
        <translation>Cette base de données n&apos;a pas encore d&apos;administrateur, personne ne peut donc l&apos;utiliser : créez-en un avec `consular db init --admin NOM`.</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>Un nom d&apos;utilisateur est obligatoire.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid user name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. a.sharma), at most 64 characters, starting with a letter or digit.</source>
        <translation>« {name} » n&apos;est pas un nom d&apos;utilisateur valide : utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (p. ex. a.sharma), 64 caractères au plus, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>{describe} already has an administrator; they add accounts with `consular users add`.</source>
        <translation>{describe} a déjà un administrateur ; c&apos;est lui qui ajoute des comptes avec `consular users add`.</translation>
    </message>
    <message>
        <source>No user name: pass --user NAME or set CONSULAR_USER.</source>
        <translation>Pas de nom d&apos;utilisateur : indiquez --user NOM ou définissez CONSULAR_USER.</translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is disabled; ask an administrator.</source>
        <translation>Le compte « {username} » est désactivé ; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; in this database.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur « {name} » dans cette base de données.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{name}&apos;.</source>
        <translation>Il existe déjà un utilisateur « {name} ».</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte ; un autre administrateur le peut.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last administrator and cannot be disabled.</source>
        <translation>« {username} » est le dernier administrateur et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last administrator; appoint another one first.</source>
        <translation>« {username} » est le dernier administrateur ; nommez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>Le mot de passe actuel est incorrect ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>services.at_rest</name>
    <message>
        <source>&apos;{name}&apos; is encrypted: sign in with your user name and password (--user NAME) to open it.</source>
        <translation>« {name} » est chiffrée : connectez-vous avec votre nom d&apos;utilisateur et votre mot de passe (--user NOM) pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is already encrypted.</source>
        <translation>« {source_name} » est déjà chiffrée.</translation>
    </message>
    <message>
        <source>There is no database at &apos;{source}&apos;.</source>
        <translation>Il n&apos;y a pas de base de données à « {source} ».</translation>
    </message>
    <message>
        <source>The encrypted copy did not verify ({problems}); &apos;{source_name}&apos; was left as it was.</source>
        <translation>La copie chiffrée n&apos;a pas pu être vérifiée ({problems}) ; « {source_name} » a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <source>There is no case {ref}.</source>
        <translation>Il n&apos;y a pas de dossier {ref}.</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can read this record&apos;s history.</source>
        <translation>Seul un superviseur ou un administrateur peut consulter l&apos;historique de cet enregistrement.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{fmt}&apos;: use csv or json.</source>
        <translation>Format d&apos;export inconnu « {fmt} » : utilisez csv ou json.</translation>
    </message>
    <message>
        <source>The folder {target_dir} does not exist; nothing was written.</source>
        <translation>Le dossier {target_dir} n&apos;existe pas ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>{label} was changed by {name} at {when} UTC since you opened it (version {current}, yours {expected}). Reload to see their change, then apply yours again.</source>
        <translation>{label} a été modifié par {name} le {when} UTC depuis que vous l&apos;avez ouvert (version {current}, la vôtre {expected}). Rechargez pour voir sa modification, puis appliquez de nouveau la vôtre.</translation>
    </message>
    <message>
        <source>{label} was changed since you opened it (version {current}, yours {expected}). Reload to see their change, then apply yours again.</source>
        <translation>{label} a été modifié depuis que vous l&apos;avez ouvert (version {current}, la vôtre {expected}). Rechargez pour voir la modification, puis appliquez de nouveau la vôtre.</translation>
    </message>
</context>
<context>
    <name>services.audit_chain</name>
    <message>
        <source>The audit key file {path} belongs to another user; it must be yours alone.</source>
        <translation>Le fichier de clé d&apos;audit {path} appartient à un autre utilisateur ; il doit être à vous seul.</translation>
    </message>
    <message>
        <source>The audit key file {path} can be read by other users (mode {value:o}); make it private with: chmod 600 &apos;{path}&apos;</source>
        <translation>Le fichier de clé d&apos;audit {path} est lisible par d&apos;autres utilisateurs (mode {value:o}) ; rendez-le privé avec : chmod 600 &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>{path} is not a consular audit key (64 hexadecimal digits expected).</source>
        <translation>{path} n&apos;est pas une clé d&apos;audit consular (64 chiffres hexadécimaux attendus).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an audit anchor (expected SEQ:HEX as printed on briefs, e.g. 1042:9f3a1c07b2e4, or SEQ:HEX@FORK after a restore).</source>
        <translation>« {text} » n&apos;est pas une ancre d&apos;audit (attendu : SEQ:HEX tel qu&apos;imprimé sur les notes de situation, p. ex. 1042:9f3a1c07b2e4, ou SEQ:HEX@FORK après une restauration).</translation>
    </message>
    <message>
        <source>Anchor {anchor} was printed on a copy restored from a backup (fork {fork}) whose restore this database does not record: it is another copy (an older one, or the file a restore replaced), or the record of that restore was removed.</source>
        <translation>L’ancre {anchor} a été imprimée sur une copie restaurée depuis une sauvegarde (branche {fork}) dont cette base ne garde aucune trace de restauration : c’est une autre copie (plus ancienne, ou le fichier qu’une restauration a remplacé), ou la trace de cette restauration a été supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) lie beyond this copy&apos;s last entry (#{last}): printed after it was taken, they pin later history, not this copy&apos;s.</source>
        <translation>
            <numerusform>%n ancre se situe au-delà de la dernière entrée de cette copie (n° {last}) : imprimée après la copie, elle fixe un historique ultérieur, pas celui de cette copie.</numerusform>
            <numerusform>%n ancres se situent au-delà de la dernière entrée de cette copie (n° {last}) : imprimées après la copie, elles fixent un historique ultérieur, pas celui de cette copie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) were printed on a history restored from another backup, which this copy does not contain: not checked.</source>
        <translation>
            <numerusform>%n ancre a été imprimée sur un historique restauré depuis une autre sauvegarde, absent de cette copie : non vérifiée.</numerusform>
            <numerusform>%n ancres ont été imprimées sur un historique restauré depuis une autre sauvegarde, absent de cette copie : non vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>une sauvegarde</translation>
    </message>
    <message>
        <source>Anchor {anchor} belongs to a history that was rolled back by a restore on {when} (from {source}, entry #{seq}): that restore went back to entry #{forked_at}, so entries after it as this anchor knew them are gone on purpose. Not a rewrite.</source>
        <translation>L’ancre {anchor} appartient à un historique annulé par une restauration le {when} (depuis {source}, entrée n° {seq}) : cette restauration est revenue à l’entrée n° {forked_at}, les entrées suivantes telles que cette ancre les connaissait ont donc disparu volontairement. Ce n’est pas une réécriture.</translation>
    </message>
    <message>
        <source>The audit chain head is missing but there are {count} audit entries.</source>
        <translation>La tête de la chaîne d’audit est absente alors qu’il existe {count} entrées d’audit.</translation>
    </message>
    <message>
        <source>Verification was stopped before the end; nothing is proven.</source>
        <translation>La vérification a été arrêtée avant la fin ; rien n’est prouvé.</translation>
    </message>
    <message>
        <source>Anchor {seq}:{anchor} is beyond the last entry (#{last}): entries recorded before that anchor was printed were deleted.</source>
        <translation>L’ancre {seq}:{anchor} se situe au-delà de la dernière entrée (n° {last}) : des entrées enregistrées avant l’impression de cette ancre ont été supprimées.</translation>
    </message>
    <message>
        <source>No anchor held outside the database was checked: a wholesale rewrite by someone holding the signing key could not be detected.</source>
        <translation>Aucune ancre conservée hors de la base n’a été vérifiée : une réécriture complète par une personne détenant la clé de signature ne pourrait pas être détectée.</translation>
    </message>
    <message>
        <source>No anchor held outside the database was checked.</source>
        <translation>Aucune ancre conservée hors de la base n’a été vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written before the chain existed were chained at upgrade (revision 0005) and carry no signature.</source>
        <translation>
            <numerusform>%n entrée écrite avant l’existence de la chaîne a été chaînée lors de la mise à niveau (révision 0005) et ne porte aucune signature.</numerusform>
            <numerusform>%n entrées écrites avant l’existence de la chaîne ont été chaînées lors de la mise à niveau (révision 0005) et ne portent aucune signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signatures were not checked (--no-key): edits are detected through the hashes and anchors only; entries after the last anchor could have been rewritten with recomputed hashes.</source>
        <translation>Les signatures n’ont pas été vérifiées (--no-key) : les modifications ne sont détectées que par les empreintes et les ancres ; les entrées postérieures à la dernière ancre ont pu être réécrites avec des empreintes recalculées.</translation>
    </message>
</context>
<context>
    <name>services.audit_checks</name>
    <message>
        <source>The chain is broken (see the problems), so signatures vouch only for its unbroken end.</source>
        <translation>La chaîne est rompue (voir les problèmes) : les signatures ne garantissent que sa partie finale intacte.</translation>
    </message>
    <message>
        <source>Audit entry #{seq} has a signature that does not match: the chain was rewritten from here by someone without the key (an entry edited, inserted or removed, and the hashes recomputed).</source>
        <translation>L’entrée d’audit n° {seq} porte une signature qui ne correspond pas : la chaîne a été réécrite à partir d’ici par une personne sans la clé (une entrée modifiée, insérée ou supprimée, et les empreintes recalculées).</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries signed with key {kid} come after the last entry signed with a key this machine holds, and cannot be checked here: copy that installation&apos;s key file here (see {variable}) or verify with --no-key to check the hashes and anchors only.</source>
        <translation>
            <numerusform>La dernière entrée signée avec la clé {kid} vient après la dernière entrée signée avec une clé présente sur cette machine et ne peut pas être vérifiée ici : copiez ici le fichier de clé de cette installation (voir {variable}) ou vérifiez avec --no-key pour ne contrôler que les empreintes et les ancres.</numerusform>
            <numerusform>Les %n dernières entrées signées avec la clé {kid} viennent après la dernière entrée signée avec une clé présente sur cette machine et ne peuvent pas être vérifiées ici : copiez ici le fichier de clé de cette installation (voir {variable}) ou vérifiez avec --no-key pour ne contrôler que les empreintes et les ancres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry is signed with a key this machine holds.</source>
        <translation>Aucune entrée n’est signée avec une clé présente sur cette machine.</translation>
    </message>
    <message>
        <source>The chain head says #{head} but the last entry is #{last}: entries #{first}–#{head} were deleted.</source>
        <translation>La tête de chaîne indique le n° {head} mais la dernière entrée est le n° {last} : les entrées n° {first} à {head} ont été supprimées.</translation>
    </message>
    <message>
        <source>Entries #{first}–#{last} lie beyond the chain head: inserted outside consular.</source>
        <translation>Les entrées n° {first} à {last} se situent au-delà de la tête de chaîne : insérées hors de consular.</translation>
    </message>
    <message>
        <source>The chain head does not match the last entry.</source>
        <translation>La tête de chaîne ne correspond pas à la dernière entrée.</translation>
    </message>
    <message>
        <source>The chain head carries no signature.</source>
        <translation>La tête de chaîne ne porte aucune signature.</translation>
    </message>
    <message>
        <source>The chain head&apos;s signature does not match: it was rewritten (entries cut off the end?).</source>
        <translation>La signature de la tête de chaîne ne correspond pas : elle a été réécrite (des entrées retranchées à la fin ?).</translation>
    </message>
    <message>
        <source>Audit row id {row} ({action} on {entity} {entity_id}) is not in the chain: inserted outside consular.</source>
        <translation>La ligne d’audit {row} ({action} sur {entity} {entity_id}) n’est pas dans la chaîne : insérée hors de consular.</translation>
    </message>
    <message>
        <source>(entry #{seq})</source>
        <translation>(entrée n° {seq})</translation>
    </message>
    <message>
        <source>{entity} #{record} no longer matches its last audited state {entry}: changed outside consular.</source>
        <translation>{entity} n° {record} ne correspond plus à son dernier état audité {entry} : modifié hors de consular.</translation>
    </message>
    <message>
        <source>{entity} #{record} is gone, but its last audited state {entry} has it: deleted outside consular.</source>
        <translation>{entity} n° {record} a disparu, alors que son dernier état audité {entry} le contient : supprimé hors de consular.</translation>
    </message>
    <message>
        <source>(entry #{seq}, by {name} at {when} UTC)</source>
        <translation>(entrée n° {seq}, par {name} le {when} UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Audit trail intact: {entries} entries, chain head {head}.</source>
        <translation>Journal d&apos;audit intact : {entries} entrées, tête de chaîne {head}.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was tampered with: {problem} (%n more problem(s): run `consular audit verify`.)</source>
        <translation>
            <numerusform>Le journal d&apos;audit a été falsifié : {problem} (%n autre problème : lancez `consular audit verify`.)</numerusform>
            <numerusform>Le journal d&apos;audit a été falsifié : {problem} (%n autres problèmes : lancez `consular audit verify`.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with: {problem}</source>
        <translation>Le journal d&apos;audit a été falsifié : {problem}</translation>
    </message>
</context>
<context>
    <name>services.audit_walk</name>
    <message>
        <source>Audit entries #{first}–#{last} are missing: deleted from the database.</source>
        <translation>Les entrées d’audit n° {first} à {last} manquent : supprimées de la base de données.</translation>
    </message>
    <message>
        <source>Audit entry #{seq} is missing: deleted from the database.</source>
        <translation>L’entrée d’audit n° {seq} manque : supprimée de la base de données.</translation>
    </message>
    <message>
        <source>Audit entry #{seq} ({action} on {entity} {entity_id}) no longer matches its hash: it was edited, or put in place of another.</source>
        <translation>L’entrée d’audit n° {seq} ({action} sur {entity} {entity_id}) ne correspond plus à son empreinte : elle a été modifiée, ou mise à la place d’une autre.</translation>
    </message>
    <message>
        <source>Audit entry #{seq} ({action}) carries no signature: it was not written by consular.</source>
        <translation>L’entrée d’audit n° {seq} ({action}) ne porte aucune signature : elle n’a pas été écrite par consular.</translation>
    </message>
    <message>
        <source>Anchor {seq}:{anchor} does not match entry #{seq} ({chain}): the history up to entry #{seq} was rewritten.</source>
        <translation>L’ancre {seq}:{anchor} ne correspond pas à l’entrée n° {seq} ({chain}) : l’historique jusqu’à l’entrée n° {seq} a été réécrit.</translation>
    </message>
</context>
<context>
    <name>services.backup</name>
    <message>
        <source>&apos;{name}&apos; is damaged or has been tampered with ({problem}).</source>
        <translation>« {name} » est endommagée ou a été falsifiée ({problem}).</translation>
    </message>
    <message>
        <source>The database is damaged or has been tampered with ({problem}).</source>
        <translation>La base de données est endommagée ou a été falsifiée ({problem}).</translation>
    </message>
    <message>
        <source>{text} Latest backup: {backup} (consular db restore FILE puts it back).</source>
        <translation>{text} Dernière sauvegarde : {backup} (consular db restore FICHIER la remet en place).</translation>
    </message>
    <message>
        <source>{text} No backup of it was found.</source>
        <translation>{text} Aucune sauvegarde n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools (pg_dump); consular backs up SQLite files.</source>
        <translation>Sauvegardez une base de données serveur avec les outils du serveur (pg_dump) ; consular sauvegarde les fichiers SQLite.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; already exists; choose a new file name for the backup.</source>
        <translation>« {target} » existe déjà ; choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder &apos;{parent}&apos; does not exist.</source>
        <translation>Le dossier « {parent} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This database is open read-only ({read_only_reason}); it cannot be backed up here.</source>
        <translation>Cette base de données est ouverte en lecture seule ({read_only_reason}) ; elle ne peut pas être sauvegardée ici.</translation>
    </message>
    <message>
        <source>There is no backup file &apos;{source}&apos;.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde « {source} ».</translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is encrypted: its key file is opened with your password.</source>
        <translation>« {source_name} » est chiffrée : son fichier de clé s&apos;ouvre avec votre mot de passe.</translation>
    </message>
    <message>
        <source>The backup &apos;{source_name}&apos; did not verify, so nothing was restored: {problems}</source>
        <translation>La sauvegarde « {source_name} » n&apos;a pas pu être vérifiée, rien n&apos;a donc été restauré : {problems}</translation>
    </message>
</context>
<context>
    <name>services.brief_gather</name>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-07-18.</source>
        <extracomment>Without ``since`` and without an earlier brief, a brief covers this long. A period since the previous brief shorter than this is refused: it prints as &quot;17:27 to 17:27&quot;. Newest contacts listed per counterpart category; the rest are counted (&quot;and 12 more&quot;).</extracomment>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2025-07-18.</translation>
    </message>
    <message>
        <source>Give a date (YYYY-MM-DD) or a date and time.</source>
        <translation>Indiquez une date (AAAA-MM-JJ) ou une date et une heure.</translation>
    </message>
    <message>
        <source>The end of the period is after the time of the brief.</source>
        <translation>La fin de la période est postérieure à l’heure de la note.</translation>
    </message>
    <message>
        <source>The start of the period is in the future; give a date on or before today.</source>
        <translation>Le début de la période est dans le futur&#xa0;; indiquez une date antérieure ou égale à aujourd’hui.</translation>
    </message>
    <message>
        <source>The start of the period is not before its end.</source>
        <translation>Le début de la période n’est pas antérieur à sa fin.</translation>
    </message>
    <message>
        <source>The previous brief of this case (#{id}, issued {when} by {name}) already covers the time up to now. To issue it again with other options, generate it again in its place (same period), or give the start of the period.</source>
        <translation>La note précédente de ce dossier (n° {id}, émise le {when} par {name}) couvre déjà la période jusqu’à maintenant. Pour l’émettre à nouveau avec d’autres options, générez-la à nouveau à sa place (même période), ou indiquez le début de la période.</translation>
    </message>
    <message>
        <source>There is no brief #{id} of {reference}.</source>
        <translation>Il n’existe pas de note n° {id} pour {reference}.</translation>
    </message>
</context>
<context>
    <name>services.briefs</name>
    <message>
        <source>A redacted brief never includes restricted entries: redaction is for copies that are handed on, and restricted entries must not leave the case team. Choose one of the two.</source>
        <extracomment>SHA-256 of the PDF file&apos;s bytes (``sha256`` is of the content, printed in the footer). The audit chain head printed in every page&apos;s footer (``seq:hash``), an anchor. Why the file never reached its folder, when it did not (the brief was recorded first).</extracomment>
        <translation>Une note caviardée n’inclut jamais d’entrées restreintes&#xa0;: le caviardage sert aux copies transmises, et les entrées restreintes ne doivent pas quitter l’équipe du dossier. Choisissez l’un des deux.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a page size; use A4 or Letter.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un format de page&#xa0;; utilisez A4 ou Letter.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language a brief can be issued in; use {choices}.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une langue dans laquelle une note peut être émise&#xa0;; utilisez {choices}.</translation>
    </message>
    <message>
        <source>Names are masked in redacted briefs only: ask for redaction too.</source>
        <translation>Les noms ne sont masqués que dans les notes caviardées&#xa0;: demandez aussi le caviardage.</translation>
    </message>
    <message>
        <source>A brief generated again keeps the period of the brief it replaces.</source>
        <translation>Une note générée à nouveau conserve la période de la note qu’elle remplace.</translation>
    </message>
    <message>
        <source>The brief to replace covers a period after the time of this brief.</source>
        <translation>La note à remplacer couvre une période postérieure à l’heure de cette note.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>NOT ISSUED HERE: no brief issued from this database has the SHA-256 of {file} ({hash}…). It may have been changed, come from elsewhere, or have been issued before file hashes were recorded.</source>
        <translation>NON ÉMISE ICI&#xa0;: aucune note émise depuis cette base de données n’a le SHA-256 de {file} ({hash}…). Le fichier a pu être modifié, venir d’ailleurs ou avoir été émis avant l’enregistrement des empreintes de fichier.</translation>
    </message>
    <message>
        <source>ISSUED HERE: {file} is draft brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.</source>
        <translation>ÉMISE ICI&#xa0;: {file} est le projet de note n° {id} de {reference}, couvrant la période du {start} au {end}, émis le {issued} par {name}.</translation>
    </message>
    <message>
        <source>ISSUED HERE: {file} is brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.</source>
        <translation>ÉMISE ICI&#xa0;: {file} est la note n° {id} de {reference}, couvrant la période du {start} au {end}, émise le {issued} par {name}.</translation>
    </message>
    <message>
        <source>(Its file was recorded as not delivered: {reason})</source>
        <translation>(Son fichier a été enregistré comme non livré&#xa0;: {reason})</translation>
    </message>
</context>
<context>
    <name>services.case_links</name>
    <message>
        <source>{reference} cannot be linked to itself; give the reference of the other case.</source>
        <translation>{reference} ne peut pas être lié à lui-même ; indiquez la référence de l&apos;autre dossier.</translation>
    </message>
    <message>
        <source>{kind}: {reference} ({post})</source>
        <translation>{kind} : {reference} ({post})</translation>
    </message>
    <message>
        <source>{head} — details restricted to that case&apos;s team</source>
        <translation>{head} — détails réservés à l&apos;équipe de ce dossier</translation>
    </message>
    <message>
        <source>{head} {title} [{status}]</source>
        <translation>{head} {title} [{status}]</translation>
    </message>
    <message>
        <source>{head} {title}</source>
        <translation>{head} {title}</translation>
    </message>
    <message>
        <source>{display_name} is not on the team of {reference}, so cannot {doing} {reference2} and {reference3}: a link tells each case&apos;s readers about the other. Ask {reference}&apos;s supervisor to add you (consular cases team {reference} add {username}) or a supervisor to make the link.</source>
        <translation>{display_name} ne fait pas partie de l&apos;équipe de {reference} et ne peut donc pas {doing} {reference2} et {reference3} : un lien informe les lecteurs de chaque dossier de l&apos;existence de l&apos;autre. Demandez au superviseur de {reference} de vous ajouter (consular cases team {reference} add {username}) ou à un superviseur de créer le lien.</translation>
    </message>
    <message>
        <source>{reference} and {reference2} are already linked ({kind}, since {linked_at:%Y-%m-%d}). To change the kind, unlink them and link them again.</source>
        <translation>{reference} et {reference2} sont déjà liés ({kind}, depuis le {linked_at:%Y-%m-%d}). Pour changer le type, supprimez le lien puis recréez-le.</translation>
    </message>
    <message>
        <source>{reference} and {reference2} are not linked; see the links with consular cases show {reference}.</source>
        <translation>{reference} et {reference2} ne sont pas liés ; consultez les liens avec consular cases show {reference}.</translation>
    </message>
</context>
<context>
    <name>services.cases</name>
    <message>
        <source>A case reference is required, e.g. BAM-2025-0001.</source>
        <translation>Une référence de dossier est obligatoire, p. ex. BAM-2025-0001.</translation>
    </message>
    <message>
        <source>There is no case &apos;{ref}&apos;. Check the reference (e.g. BAM-2025-0001).</source>
        <extracomment>What the write does: None (nothing: matched as it is, or refused), &quot;case&quot;, &quot;person&quot; (a new person joins the case), &quot;add&quot; (a known person joins the case), &quot;contact&quot;. What the write needs (see :mod:`.rows`): ids, cleaned values, the service&apos;s arguments.</extracomment>
        <translation>Il n&apos;y a pas de dossier « {ref} ». Vérifiez la référence (p. ex. BAM-2025-0001).</translation>
    </message>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation>L&apos;heure de l&apos;incident est dans le futur ; vérifiez la date et le fuseau horaire.</translation>
    </message>
    <message>
        <source>Name the group when attribution is {level}.</source>
        <translation>Nommez le groupe lorsque l&apos;attribution est {level}.</translation>
    </message>
    <message>
        <source>The case cannot be opened in the future; check the date.</source>
        <translation>Le dossier ne peut pas être ouvert dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Could not allocate a case reference; try again.</source>
        <translation>Impossible d&apos;attribuer une référence de dossier ; réessayez.</translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited here.</source>
        <translation>« {unknown} » ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>There is no post &apos;{code}&apos;; the posts are {value}.</source>
        <translation>Il n&apos;y a pas de poste « {code} » ; les postes sont {value}.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;; use one of {sort_keys}.</source>
        <translation>Impossible de trier par « {sort} » ; utilisez l&apos;un des suivants : {sort_keys}.</translation>
    </message>
</context>
<context>
    <name>services.contacts</name>
    <message>
        <source>The contact time is in the future; check the date and time zone.</source>
        <extracomment>When the task was set, for a contact entered after the fact (see ``tasks.add_task``); by default, now.</extracomment>
        <translation>L&apos;heure du contact est dans le futur ; vérifiez la date et le fuseau horaire.</translation>
    </message>
    <message>
        <source>There is no counterpart #{cid}.</source>
        <translation>Il n&apos;y a pas d&apos;interlocuteur n° {cid}.</translation>
    </message>
    <message>
        <source>The contact is more than a year before the incident; check the year.</source>
        <translation>Le contact est antérieur de plus d&apos;un an à l&apos;incident ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited on a contact.</source>
        <translation>« {unknown} » ne peut pas être modifié sur un contact.</translation>
    </message>
    <message>
        <source>There is no contact entry #{contact_id}.</source>
        <translation>Il n&apos;y a pas d&apos;entrée de contact n° {contact_id}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches several counterparts ({listed}); give more of the name.</source>
        <translation>« {name} » correspond à plusieurs interlocuteurs ({listed}) ; précisez le nom.</translation>
    </message>
</context>
<context>
    <name>services.context</name>
    <message>
        <source>CONSULAR_LOCKOUT_ATTEMPTS must be a whole number &gt;= 1.</source>
        <translation>CONSULAR_LOCKOUT_ATTEMPTS doit être un nombre entier &gt;= 1.</translation>
    </message>
    <message>
        <source>CONSULAR_LOCKOUT_MINUTES cannot be negative.</source>
        <translation>CONSULAR_LOCKOUT_MINUTES ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{name} must be a whole number of days &gt;= 1.</source>
        <translation>{name} doit être un nombre entier de jours &gt;= 1.</translation>
    </message>
    <message>
        <source>CONSULAR_TELL_FAMILY_HOURS must be a whole number of hours &gt;= 1.</source>
        <translation>CONSULAR_TELL_FAMILY_HOURS doit être un nombre entier d&apos;heures &gt;= 1.</translation>
    </message>
    <message>
        <source>CONSULAR_QUICK_CHECK_SECONDS must be a number of seconds &gt; 0.</source>
        <translation>CONSULAR_QUICK_CHECK_SECONDS doit être un nombre de secondes &gt; 0.</translation>
    </message>
    <message>
        <source>{name}=&apos;{raw}&apos; is not a number of {unit}.</source>
        <translation>{name}=&apos;{raw}&apos; n&apos;est pas un nombre de {unit}.</translation>
    </message>
    <message>
        <source>Records are shown as of {as_of:%Y-%m-%d} (--as-of); changes are refused so that nothing is back-dated. Leave out --as-of to make changes.</source>
        <translation>Les enregistrements sont affichés au {as_of:%Y-%m-%d} (--as-of) ; les modifications sont refusées afin que rien ne soit antidaté. Omettez --as-of pour effectuer des modifications.</translation>
    </message>
    <message>
        <source>{display_name} has read-only access and cannot change records.</source>
        <translation>{display_name} dispose d&apos;un accès en lecture seule et ne peut pas modifier les enregistrements.</translation>
    </message>
    <message>
        <source>No user name: pass --user NAME or set CONSULAR_USER.</source>
        <translation>Pas de nom d&apos;utilisateur : indiquez --user NOM ou définissez CONSULAR_USER.</translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; in this database.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur « {name} » dans cette base de données.</translation>
    </message>
    <message>
        <source>The account &apos;{name}&apos; is disabled.</source>
        <translation>Le compte « {name} » est désactivé.</translation>
    </message>
</context>
<context>
    <name>services.convert</name>
    <message>
        <source>restricted</source>
        <extracomment>A sentinel the faces compare against; translate it where it is shown: ``translate(&quot;services.convert&quot;, WITHHELD)``.</extracomment>
        <translation>restreint</translation>
    </message>
</context>
<context>
    <name>services.counterparts</name>
    <message>
        <source>There is no counterpart #{counterpart_id}.</source>
        <translation>Il n&apos;y a pas d&apos;interlocuteur n° {counterpart_id}.</translation>
    </message>
</context>
<context>
    <name>services.dashboard</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>aucun contact consigné pour l&apos;instant</translation>
    </message>
    <message>
        <source>last contact {ago}</source>
        <translation>dernier contact {ago}</translation>
    </message>
    <message>
        <source>Family of {hostage} ({kin}, {relationship}): agreed {every}, {last}</source>
        <translation>Famille de {hostage} ({kin}, {relationship}) : convenu {every}, {last}</translation>
    </message>
    <message>
        <source>Tell the family of {name}: {kind}</source>
        <translation>Informer la famille de {name} : {kind}</translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for %n day(s)</source>
        <extracomment>No verified proof of life for longer than the setting (Settings.proof_of_life_alert_days), counted from the captivity&apos;s start when there is none. Has medical needs, and no welfare report for longer than Settings.welfare_alert_days. Whole days since the last verified proof of life, else since the captivity began. Whole days since the last welfare report about them, else since the captivity began.</extracomment>
        <translation>
            <numerusform>aucune preuve de vie vérifiée depuis %n jour</numerusform>
            <numerusform>aucune preuve de vie vérifiée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no verified proof of life yet</source>
        <translation>pas encore de preuve de vie vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>medical needs, no welfare news for %n day(s)</source>
        <translation>
            <numerusform>besoins médicaux, aucune nouvelle de son état depuis %n jour</numerusform>
            <numerusform>besoins médicaux, aucune nouvelle de son état depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Family of {hostage} ({relationship}): agreed {every}, {last}</source>
        <translation>Famille de {hostage} ({relationship}) : convenu {every}, {last}</translation>
    </message>
</context>
<context>
    <name>services.database</name>
    <message>
        <source>consular works with SQLite files and PostgreSQL servers; &apos;{render_as_string}&apos; is a {backend} database. Give a file path or a postgresql+psycopg://user@host/dbname URL.</source>
        <translation>consular fonctionne avec des fichiers SQLite et des serveurs PostgreSQL ; « {render_as_string} » est une base de données {backend}. Indiquez un chemin de fichier ou une URL postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>Connecting to PostgreSQL needs the {value} driver, which is not installed. Install consular with the [postgres] extra: pip install -e &apos;.[postgres]&apos; (or pip install &apos;psycopg[binary]&apos;), and use a postgresql+psycopg:// URL.</source>
        <translation>La connexion à PostgreSQL nécessite le pilote {value}, qui n&apos;est pas installé. Installez consular avec l&apos;extra [postgres] : pip install -e &apos;.[postgres]&apos; (ou pip install &apos;psycopg[binary]&apos;), et utilisez une URL postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The database driver for &apos;{backend}&apos; is not available ({exc}).</source>
        <translation>Le pilote de base de données pour « {backend} » n&apos;est pas disponible ({exc}).</translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; already exists. Use File → Open database… to open it, or choose a new file name.</source>
        <translation>« {path_name} » existe déjà. Utilisez Fichier → Ouvrir une base de données… pour l&apos;ouvrir, ou choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;. Use File → New database… to create one there.</source>
        <translation>Il n&apos;y a pas de fichier « {path} ». Utilisez Fichier → Nouvelle base de données… pour en créer une à cet endroit.</translation>
    </message>
    <message>
        <source>The folder &apos;{parent}&apos; does not exist.</source>
        <translation>Le dossier « {parent} » n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>services.demands</name>
    <message>
        <source>{kind}: {amount} {currency}</source>
        <extracomment>The intermediary&apos;s vetting status when the demand came (None: no intermediary named). Threatens the family or is made on them (opened a &quot;tell the family&quot; item).</extracomment>
        <translation>{kind} : {amount} {currency}</translation>
    </message>
    <message>
        <source>Say when.</source>
        <translation>Indiquez quand.</translation>
    </message>
    <message>
        <source>Only a money demand has an amount and a currency.</source>
        <translation>Seule une revendication financière a un montant et une devise.</translation>
    </message>
    <message>
        <source>A money demand needs its amount (a whole number, e.g. 500000).</source>
        <translation>Une revendication financière doit indiquer son montant (un nombre entier, p. ex. 500000).</translation>
    </message>
    <message>
        <source>&apos;{amount}&apos; is not a whole number; write e.g. 500000.</source>
        <translation>« {amount} » n&apos;est pas un nombre entier ; écrivez p. ex. 500000.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code (EUR, USD, XOF, INR).</source>
        <translation>Indiquez la devise par son code à trois lettres (EUR, USD, XOF, INR).</translation>
    </message>
    <message>
        <source>Contact #{cid} is not in {reference}.</source>
        <translation>Le contact n° {cid} n&apos;appartient pas à {reference}.</translation>
    </message>
    <message>
        <source>Document #{did} is not in {reference}.</source>
        <translation>Le document n° {did} n&apos;appartient pas à {reference}.</translation>
    </message>
    <message>
        <source>The demand is in the future; check the date.</source>
        <translation>La revendication est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The deadline is before the demand was received.</source>
        <translation>L&apos;échéance est antérieure à la réception de la revendication.</translation>
    </message>
    <message>
        <source>Counterpart #{via_counterpart_id} is not a counterpart of {reference}.</source>
        <translation>L&apos;interlocuteur n° {via_counterpart_id} n&apos;est pas un interlocuteur de {reference}.</translation>
    </message>
    <message>
        <source>Person #{hostage_person_id} is not a national held in {reference}.</source>
        <translation>La personne n° {hostage_person_id} n&apos;est pas un ressortissant détenu dans {reference}.</translation>
    </message>
    <message>
        <source>Say what was answered, or to whom it was referred.</source>
        <translation>Indiquez ce qui a été répondu, ou à qui la revendication a été transmise.</translation>
    </message>
    <message>
        <source>There is no demand #{demand_id}.</source>
        <translation>Il n&apos;y a pas de revendication n° {demand_id}.</translation>
    </message>
    <message>
        <source>The response is dated before the demand was received.</source>
        <translation>La réponse est datée d&apos;avant la réception de la revendication.</translation>
    </message>
</context>
<context>
    <name>services.detention</name>
    <message>
        <source>{reference} is a case of kind &apos;{kind}&apos;; detention records (authority, charges, hearings, consular visits, notes verbales) are kept only for a case of kind &apos;{wrongful_detention}&apos;. If the national is held by a state, change the case&apos;s kind first (Overview tab, Edit case), then record the detention.</source>
        <translation>{reference} est un dossier de type « {kind} » ; les informations de détention (autorité, chefs d&apos;accusation, audiences, visites consulaires, notes verbales) ne sont tenues que pour un dossier de type « {wrongful_detention} ». Si le ressortissant est détenu par un État, changez d&apos;abord le type du dossier (onglet Aperçu, Modifier le dossier), puis enregistrez la détention.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Give the {label} (e.g. 2025-05-21, or 2025-05-21T10:30).</source>
        <translation>Indiquez la {label} (p. ex. 2025-05-21, ou 2025-05-21T10:30).</translation>
    </message>
    <message>
        <source>{what} is in the future ({value:%Y-%m-%d}); check the date.</source>
        <translation>{what} est dans le futur ({value:%Y-%m-%d}) ; vérifiez la date.</translation>
    </message>
    <message>
        <source>{reference} has no national concerned yet; add the detained national first.</source>
        <translation>{reference} n&apos;a pas encore de ressortissant concerné ; ajoutez d&apos;abord le ressortissant détenu.</translation>
    </message>
    <message>
        <source>{reference} has several nationals concerned; say which: {names}.</source>
        <translation>{reference} a plusieurs ressortissants concernés ; précisez lequel : {names}.</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national concerned of {reference}.</source>
        <translation>La personne n° {person_id} n&apos;est pas un ressortissant concerné de {reference}.</translation>
    </message>
    <message>
        <source>date the charge was filed</source>
        <translation>date de dépôt du chef d&apos;accusation</translation>
    </message>
    <message>
        <source>The charge&apos;s filing date</source>
        <translation>La date de dépôt du chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Say when the charge was {status} (the date of that status).</source>
        <translation>Indiquez à quelle date le chef d&apos;accusation a été {status} (la date de ce statut).</translation>
    </message>
    <message>
        <source>The status date</source>
        <translation>La date du statut</translation>
    </message>
    <message>
        <source>The status date ({status_at:%Y-%m-%d}) is before the charge was filed ({filed:%Y-%m-%d}).</source>
        <translation>La date du statut ({status_at:%Y-%m-%d}) est antérieure au dépôt du chef d&apos;accusation ({filed:%Y-%m-%d}).</translation>
    </message>
    <message>
        <source>hearing&apos;s date</source>
        <translation>date de l&apos;audience</translation>
    </message>
    <message>
        <source>The next hearing ({next_at:%Y-%m-%d}) is before this hearing ({held:%Y-%m-%d}); check both dates.</source>
        <translation>La prochaine audience ({next_at:%Y-%m-%d}) est antérieure à celle-ci ({held:%Y-%m-%d}) ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>The hearing is on {held:%Y-%m-%d}, still to come: record its outcome once it has been held.</source>
        <translation>L&apos;audience a lieu le {held:%Y-%m-%d}, elle est encore à venir : enregistrez son issue une fois qu&apos;elle aura eu lieu.</translation>
    </message>
    <message>
        <source>date it was sent</source>
        <translation>date d&apos;envoi</translation>
    </message>
    <message>
        <source>The note&apos;s sending date</source>
        <translation>La date d&apos;envoi de la note</translation>
    </message>
    <message>
        <source>The answer&apos;s date</source>
        <translation>La date de la réponse</translation>
    </message>
    <message>
        <source>The answer ({answered:%Y-%m-%d}) is dated before the note was sent ({sent:%Y-%m-%d}).</source>
        <translation>La réponse ({answered:%Y-%m-%d}) est datée d&apos;avant l&apos;envoi de la note ({sent:%Y-%m-%d}).</translation>
    </message>
    <message>
        <source>Say what the answer said (a line is enough).</source>
        <translation>Indiquez ce que disait la réponse (une ligne suffit).</translation>
    </message>
    <message>
        <source>Give the date of the answer as well as what it said.</source>
        <translation>Indiquez la date de la réponse en plus de son contenu.</translation>
    </message>
    <message>
        <source>date of the request</source>
        <translation>date de la demande</translation>
    </message>
    <message>
        <source>The request&apos;s date</source>
        <translation>La date de la demande</translation>
    </message>
    <message>
        <source>Note verbale #{note_id} is not one of {reference}&apos;s.</source>
        <translation>La note verbale n° {note_id} n&apos;appartient pas à {reference}.</translation>
    </message>
    <message>
        <source>A decision date is given: say what was decided (granted, refused).</source>
        <translation>Une date de décision est indiquée : précisez ce qui a été décidé (accordée, refusée).</translation>
    </message>
    <message>
        <source>Say when the request was {decision}.</source>
        <translation>Indiquez quand la demande a été {decision}.</translation>
    </message>
    <message>
        <source>The decision&apos;s date</source>
        <translation>La date de la décision</translation>
    </message>
    <message>
        <source>The decision ({decided:%Y-%m-%d}) is dated before the request ({requested:%Y-%m-%d}); check both.</source>
        <translation>La décision ({decided:%Y-%m-%d}) est datée d&apos;avant la demande ({requested:%Y-%m-%d}) ; vérifiez les deux.</translation>
    </message>
    <message>
        <source>A visit, its findings and welfare are recorded only on a granted request; record the decision as granted first.</source>
        <translation>Une visite, ses constatations et l&apos;état de santé ne sont enregistrés que pour une demande accordée ; enregistrez d&apos;abord la décision comme accordée.</translation>
    </message>
    <message>
        <source>The visit ({visit_at:%Y-%m-%d}) is before access was granted ({decided:%Y-%m-%d}).</source>
        <translation>La visite ({visit_at:%Y-%m-%d}) est antérieure à l&apos;autorisation d&apos;accès ({decided:%Y-%m-%d}).</translation>
    </message>
    <message>
        <source>Findings and welfare are recorded after the visit: give its date first.</source>
        <translation>Les constatations et l&apos;état de santé sont enregistrés après la visite : indiquez d&apos;abord sa date.</translation>
    </message>
    <message>
        <source>Nothing to set: give the authority, the place or the lawyer.</source>
        <translation>Rien à enregistrer : indiquez l&apos;autorité, le lieu ou l&apos;avocat.</translation>
    </message>
    <message>
        <source>The lawyer&apos;s appointment date</source>
        <translation>La date de désignation de l&apos;avocat</translation>
    </message>
    <message>
        <source>Give the lawyer&apos;s name with their firm, phone or appointment date.</source>
        <translation>Indiquez le nom de l&apos;avocat avec son cabinet, son téléphone ou la date de sa désignation.</translation>
    </message>
    <message>
        <source>The date of the transfer</source>
        <translation>La date du transfert</translation>
    </message>
    <message>
        <source>The move to {new_place} ({since:%Y-%m-%d}) is dated before the national was taken to {place} ({place_since:%Y-%m-%d}); check the date.</source>
        <translation>Le transfert vers {new_place} ({since:%Y-%m-%d}) est daté d&apos;avant l&apos;arrivée du ressortissant à {place} ({place_since:%Y-%m-%d}) ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Give the place with the date the national was taken there.</source>
        <translation>Indiquez le lieu avec la date à laquelle le ressortissant y a été conduit.</translation>
    </message>
    <message>
        <source>There is no {label} #{record_id}.</source>
        <translation>Il n&apos;y a pas de {label} n° {record_id}.</translation>
    </message>
    <message>
        <source>Nothing changed: the {label} already reads so.</source>
        <translation>Rien n&apos;a changé : {label} indique déjà cela.</translation>
    </message>
</context>
<context>
    <name>services.detention_overdue</name>
    <message>
        <source>Consular visit request</source>
        <translation>Demande de visite consulaire</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>{what} ({restricted})</source>
        <extracomment>Requested on (a visit), sent on (a note), held on (a hearing). Restricted, and the reader is not on the case&apos;s team. The note&apos;s reference or the hearing&apos;s court (&quot;&quot; for a visit, or when withheld).</extracomment>
        <translation>{what} ({restricted})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: no decision for %n day(s)</source>
        <translation>
            <numerusform>{what} : pas de décision depuis %n jour</numerusform>
            <numerusform>{what} : pas de décision depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no answer for %n day(s)</source>
        <translation>
            <numerusform>{what} : pas de réponse depuis %n jour</numerusform>
            <numerusform>{what} : pas de réponse depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no outcome recorded for %n day(s)</source>
        <translation>
            <numerusform>{what} : aucune issue enregistrée depuis %n jour</numerusform>
            <numerusform>{what} : aucune issue enregistrée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing of {day} for {name}: no outcome recorded ({court})</source>
        <translation>Audience du {day} pour {name} : aucune issue enregistrée ({court})</translation>
    </message>
    <message>
        <source>Hearing of {day} for {name}: no outcome recorded</source>
        <translation>Audience du {day} pour {name} : aucune issue enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Note verbale {reference} for {name}: no answer for %n day(s)</source>
        <translation>
            <numerusform>Note verbale {reference} pour {name} : pas de réponse depuis %n jour</numerusform>
            <numerusform>Note verbale {reference} pour {name} : pas de réponse depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note verbale for {name}: no answer for %n day(s)</source>
        <translation>
            <numerusform>Note verbale pour {name} : pas de réponse depuis %n jour</numerusform>
            <numerusform>Note verbale pour {name} : pas de réponse depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consular visit request for {name}: no decision for %n day(s)</source>
        <translation>
            <numerusform>Demande de visite consulaire pour {name} : pas de décision depuis %n jour</numerusform>
            <numerusform>Demande de visite consulaire pour {name} : pas de décision depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.detention_timeline</name>
    <message>
        <source>{status} on {day}</source>
        <translation>{status} le {day}</translation>
    </message>
    <message>
        <source>Charge filed against {person}</source>
        <translation>Chef d&apos;accusation retenu contre {person}</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En instance</translation>
    </message>
    <message>
        <source>Court hearing: {court}</source>
        <translation>Audience : {court}</translation>
    </message>
    <message>
        <source>Concerning {person}</source>
        <translation>Concernant {person}</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>Aucune issue enregistrée</translation>
    </message>
    <message>
        <source>Next hearing: {day}</source>
        <translation>Prochaine audience : {day}</translation>
    </message>
    <message>
        <source>By note verbale {reference}</source>
        <translation>Par la note verbale {reference}</translation>
    </message>
    <message>
        <source>Consular visit to {person} requested</source>
        <translation>Visite consulaire à {person} demandée</translation>
    </message>
    <message>
        <source>Consular visit to {person}: {decision}</source>
        <translation>Visite consulaire à {person} : {decision}</translation>
    </message>
    <message>
        <source>Requested on {day}</source>
        <translation>Demandée le {day}</translation>
    </message>
    <message>
        <source>Consular visit to {person}</source>
        <translation>Visite consulaire à {person}</translation>
    </message>
    <message>
        <source>Visited by {visited_by}</source>
        <translation>Visite effectuée par {visited_by}</translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <translation>Constatations : {findings}</translation>
    </message>
    <message>
        <source>Welfare observed: {welfare_observed}</source>
        <translation>État de santé observé : {welfare_observed}</translation>
    </message>
    <message>
        <source>Note verbale {reference} sent</source>
        <translation>Note verbale {reference} envoyée</translation>
    </message>
    <message>
        <source>To {addressed_to}: {subject}</source>
        <translation>À {addressed_to} : {subject}</translation>
    </message>
    <message>
        <source>Note verbale {reference} answered</source>
        <translation>Réponse à la note verbale {reference}</translation>
    </message>
</context>
<context>
    <name>services.detention_views</name>
    <message>
        <source>no lawyer recorded</source>
        <extracomment>Every place recorded, oldest first (the last is the current one).</extracomment>
        <translation>aucun avocat enregistré</translation>
    </message>
    <message>
        <source>{lawyer} (appointed {day})</source>
        <translation>{lawyer} (désigné le {day})</translation>
    </message>
</context>
<context>
    <name>services.documents</name>
    <message>
        <source>The document content must be bytes.</source>
        <translation>Le contenu du document doit être en octets.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size_text}; the limit is {size_text2}. Attach a smaller file (compress or split it), or ask an administrator to raise CONSULAR_MAX_DOCUMENT_MB.</source>
        <translation>« {name} » fait {size_text} ; la limite est de {size_text2}. Joignez un fichier plus petit (compressez-le ou divisez-le), ou demandez à un administrateur d&apos;augmenter CONSULAR_MAX_DOCUMENT_MB.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; nothing to attach.</source>
        <translation>« {name} » est vide ; rien à joindre.</translation>
    </message>
    <message>
        <source>&apos;{file_path}&apos; is not a file that can be read.</source>
        <translation>« {file_path} » n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>&apos;{file_path_name}&apos; is {size_text}; the limit is {size_text2}. Attach a smaller file.</source>
        <translation>« {file_path_name} » fait {size_text} ; la limite est de {size_text2}. Joignez un fichier plus petit.</translation>
    </message>
    <message>
        <source>Cannot read &apos;{file_path_name}&apos;: {strerror}.</source>
        <translation>Impossible de lire « {file_path_name} » : {strerror}.</translation>
    </message>
    <message>
        <source>There is no document #{document_id}.</source>
        <translation>Il n&apos;y a pas de document n° {document_id}.</translation>
    </message>
    <message>
        <source>The stored copy of &apos;{file_name}&apos; does not match its SHA-256; it is damaged. Restore it from a backup.</source>
        <translation>La copie enregistrée de « {file_name} » ne correspond pas à son SHA-256 ; elle est endommagée. Restaurez-la depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>services.drafts</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of draft (known: {kinds}).</source>
        <extracomment>The Log contact dialog&apos;s drafts (a new contact, or an edit of one). The forms that keep drafts. Another form adds its own kind here. The most a draft may hold (characters of JSON): far above any form, below a runaway paste. What :func:`import_drafts` did with each :class:`DraftImport`.</extracomment>
        <translation>« {kind} » n&apos;est pas un type de brouillon (types connus : {kinds}).</translation>
    </message>
    <message>
        <source>A draft&apos;s target is at most {max_target_chars} characters.</source>
        <translation>La cible d&apos;un brouillon compte au plus {max_target_chars} caractères.</translation>
    </message>
    <message>
        <source>A draft holds a form&apos;s fields (a JSON object).</source>
        <translation>Un brouillon contient les champs d&apos;un formulaire (un objet JSON).</translation>
    </message>
    <message>
        <source>A draft holds only text, numbers, true/false, lists and objects.</source>
        <translation>Un brouillon ne contient que du texte, des nombres, vrai/faux, des listes et des objets.</translation>
    </message>
    <message>
        <source>This draft is too large to keep (over {limit} characters).</source>
        <translation>Ce brouillon est trop volumineux pour être conservé (plus de {limit} caractères).</translation>
    </message>
    <message>
        <source>The draft was discarded elsewhere (another window or computer) since you {what} it.</source>
        <translation>Le brouillon a été supprimé ailleurs (une autre fenêtre ou un autre ordinateur) depuis que vous l&apos;avez {what}.</translation>
    </message>
    <message>
        <source>The draft was saved elsewhere (another window or computer) since you {what} it (version {current}, yours {value}).</source>
        <translation>Le brouillon a été enregistré ailleurs (une autre fenêtre ou un autre ordinateur) depuis que vous l&apos;avez {what} (version {current}, la vôtre {value}).</translation>
    </message>
</context>
<context>
    <name>services.duplicates</name>
    <message>
        <source>same date of birth {day}</source>
        <translation>même date de naissance {day}</translation>
    </message>
    <message>
        <source>different dates of birth</source>
        <translation>dates de naissance différentes</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>même numéro de passeport</translation>
    </message>
    <message>
        <source>different passport numbers</source>
        <translation>numéros de passeport différents</translation>
    </message>
    <message>
        <source>names sound alike ({similarity:.2f})</source>
        <translation>noms phonétiquement proches ({similarity:.2f})</translation>
    </message>
    <message>
        <source>names {similarity:.2f} alike</source>
        <translation>noms semblables à {similarity:.2f}</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same organisation ({a_org})</source>
        <translation>même organisation ({a_org})</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organisations différentes</translation>
    </message>
    <message>
        <source>&apos;{entity}&apos; is not something duplicates are found for: use people or counterparts.</source>
        <translation>« {entity} » n&apos;est pas un type pour lequel on recherche des doublons : utilisez people ou counterparts.</translation>
    </message>
</context>
<context>
    <name>services.escalation</name>
    <message>
        <source>no contact logged</source>
        <translation>aucun contact consigné</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>dernier contact le {day}</translation>
    </message>
</context>
<context>
    <name>services.family_letter</name>
    <message>
        <source>No next of kin of {reference} matches &apos;{key}&apos;. Next of kin: {listed}.</source>
        <translation>Aucun proche de {reference} ne correspond à « {key} ». Proches : {listed}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several next of kin of {reference} ({listed}); give the id.</source>
        <translation>« {key} » correspond à plusieurs proches de {reference} ({listed}) ; indiquez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}); check the dates.</source>
        <translation>La période se termine ({last}) avant de commencer ({first}) ; vérifiez les dates.</translation>
    </message>
    <message>
        <source>{display_name} is not on the team of case {reference}: only its team (and supervisors) write to the family. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation>{display_name} ne fait pas partie de l&apos;équipe du dossier {reference} : seule son équipe (et les superviseurs) écrit à la famille. Demandez au superviseur du dossier de vous ajouter : consular cases team {reference} add {username}</translation>
    </message>
    <message>
        <source>There is no letter template in &apos;{language}&apos;. Templates: {names}.</source>
        <translation>Il n&apos;y a pas de modèle de lettre en « {language} ». Modèles : {names}.</translation>
    </message>
    <message>
        <source>{full_name}&apos;s preferred language is {preferred_language}, and there is no letter template in it (templates: {names}). Write the letter in English (--lang en), or add a template to resources/letters/.</source>
        <translation>La langue préférée de {full_name} est {preferred_language}, et il n&apos;existe pas de modèle de lettre dans cette langue (modèles : {names}). Rédigez la lettre en anglais (--lang en), ou ajoutez un modèle dans resources/letters/.</translation>
    </message>
    <message>
        <source>The letter would repeat restricted content of {where} (in “{line}”), so it was not written. Change the wording for the family of that entry (consular share ... --wording), or unmark it.</source>
        <extracomment>A restricted fragment shorter than this (in characters, folded) is too common to tell anything (&quot;Call&quot;, &quot;Met them&quot;); longer ones are checked wherever they appear.</extracomment>
        <translation>La lettre reprendrait du contenu restreint de {where} (dans « {line} »), elle n&apos;a donc pas été rédigée. Modifiez la formulation pour la famille de cette entrée (consular share ... --wording), ou retirez-lui cette marque.</translation>
    </message>
</context>
<context>
    <name>services.family_share</name>
    <message>
        <source>&apos;{kind}&apos; cannot be shared with family: say contact, milestone or status.</source>
        <translation>« {kind} » ne peut pas être partagé avec la famille : indiquez contact, milestone ou status.</translation>
    </message>
    <message>
        <source>There is no {labels} #{entry_id}.</source>
        <translation>Il n&apos;y a pas de {labels} n° {entry_id}.</translation>
    </message>
    <message>
        <source>{display_name} is not on the team of case {reference}: only its team (and supervisors) decide what the family is told. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation>{display_name} ne fait pas partie de l&apos;équipe du dossier {reference} : seule son équipe (et les superviseurs) décide de ce qui est dit à la famille. Demandez au superviseur du dossier de vous ajouter : consular cases team {reference} add {username}</translation>
    </message>
    <message>
        <source>This {labels} is restricted, so it can never be shared with the family. If the family may be told something of it, log what may be said as an entry that is not restricted.</source>
        <translation>Cet élément ({labels}) est restreint, il ne peut donc jamais être partagé avec la famille. Si la famille peut en être informée en partie, consignez ce qui peut être dit dans une entrée non restreinte.</translation>
    </message>
</context>
<context>
    <name>services.family_updates</name>
    <message>
        <source>{kind} #{id}</source>
        <translation>{kind} n° {id}</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>Now {status} since {day}: {note}</source>
        <translation>Désormais {status} depuis le {day} : {note}</translation>
    </message>
    <message>
        <source>Now {status} since {day}</source>
        <translation>Désormais {status} depuis le {day}</translation>
    </message>
    <message>
        <source>Demand about the family received {day}: {details}</source>
        <translation>Revendication concernant la famille reçue le {day} : {details}</translation>
    </message>
    <message>
        <source>{reference} has no next of kin #{wanted}.</source>
        <translation>{reference} n&apos;a pas de proche n° {wanted}.</translation>
    </message>
    <message>
        <source>Say which next of kin (their name).</source>
        <translation>Indiquez quel proche (son nom).</translation>
    </message>
    <message>
        <source>{reference} has no next of kin called &apos;{kin}&apos;. Its next of kin: {names}.</source>
        <translation>{reference} n&apos;a pas de proche nommé « {kin} ». Ses proches : {names}.</translation>
    </message>
    <message>
        <source>&apos;{kin}&apos; matches several next of kin of {reference}: {names}. Give more of the name.</source>
        <translation>« {kin} » correspond à plusieurs proches de {reference} : {names}. Précisez le nom.</translation>
    </message>
    <message>
        <source>The family update is in the future; check the date.</source>
        <translation>L&apos;information de la famille est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The family update is dated before the incident; check the date.</source>
        <translation>L&apos;information de la famille est antérieure à l&apos;incident ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Item #{item_id} is not an open &apos;tell the family&apos; item of {full_name} in {reference}; see the open ones with: consular family items {reference}</source>
        <translation>L&apos;élément n° {item_id} n&apos;est pas un élément « informer la famille » ouvert de {full_name} dans {reference} ; consultez les éléments ouverts avec : consular family items {reference}</translation>
    </message>
    <message>
        <source>There is no &apos;tell the family&apos; item #{item_id} you may see.</source>
        <translation>Il n&apos;y a pas d&apos;élément « informer la famille » n° {item_id} que vous puissiez consulter.</translation>
    </message>
    <message>
        <source>Item #{item_id} was already done on {when} UTC by {name}.</source>
        <translation>L&apos;élément n° {item_id} a déjà été traité le {when} UTC par {name}.</translation>
    </message>
    <message>
        <source>Item #{item_id} was already done on {when} UTC.</source>
        <translation>L&apos;élément n° {item_id} a déjà été traité le {when} UTC.</translation>
    </message>
</context>
<context>
    <name>services.importing</name>
    <message>
        <source>{file}: {rows} rows; {created} would be created, {matched} matched existing records, {refused} refused.</source>
        <extracomment>``progress(rows done, rows in all, what is being done)``: called as the rows are checked, then again as they are written (from the worker thread in the GUI).</extracomment>
        <translation>{file} : {rows} lignes ; {created} seraient créées, {matched} correspondent à des enregistrements existants, {refused} refusées.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows; {created} were created, {matched} matched existing records, {refused} refused.</source>
        <translation>{file} : {rows} lignes ; {created} créées, {matched} correspondent à des enregistrements existants, {refused} refusées.</translation>
    </message>
    <message>
        <source>row {number}: {field}: {detail}</source>
        <translation>ligne {number} : {field} : {detail}</translation>
    </message>
    <message>
        <source>row {number}: {detail}</source>
        <translation>ligne {number} : {detail}</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {refused} of {total} rows of {file} are refused{more}. {lines}. Correct the file (or the mapping) and import it again; a dry run lists every row.</source>
        <translation>Rien n&apos;a été importé : {refused} lignes sur {total} de {file} sont refusées{more}. {lines}. Corrigez le fichier (ou la correspondance) et importez-le de nouveau ; un essai à blanc liste chaque ligne.</translation>
    </message>
    <message>
        <source>Writing row {done} of {total}…</source>
        <translation>Écriture de la ligne {done} sur {total}…</translation>
    </message>
    <message>
        <source>There is no import #{batch_id}; `consular import list` shows them.</source>
        <translation>Il n&apos;y a pas d&apos;import n° {batch_id} ; `consular import list` les affiche.</translation>
    </message>
    <message>
        <source>Import #{batch_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC by {value}.</source>
        <translation>L&apos;import n° {batch_id} a déjà été annulé le {undone_at:%Y-%m-%d %H:%M} UTC par {value}.</translation>
    </message>
    <message>
        <source>Only {display_name} (who imported it) or a supervisor can undo import #{batch_id}.</source>
        <translation>Seul {display_name} (qui l&apos;a importé) ou un superviseur peut annuler l&apos;import n° {batch_id}.</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Vérification de la ligne {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>services.importing.mapping</name>
    <message>
        <source>Cannot import &apos;{kind}&apos;; choose one of {kinds}.</source>
        <extracomment>Other header names people use for it (compared lower-case, spaces and punctuation aside).</extracomment>
        <translation>Impossible d&apos;importer « {kind} » ; choisissez l&apos;un des suivants : {kinds}.</translation>
    </message>
    <message>
        <source>Column &apos;{header}&apos; is mapped to &apos;{name}&apos;, which is not a field.</source>
        <extracomment>header as in the file → field name; a header not here is ignored. &quot;dmy&quot; or &quot;mdy&quot; for numeric dates whose day and month could be swapped; None refuses them. Region assumed for phone numbers without a country code when the case says none.</extracomment>
        <translation>La colonne « {header} » est associée à « {name} », qui n&apos;est pas un champ.</translation>
    </message>
    <message>
        <source>Columns &apos;{seen}&apos; and &apos;{header}&apos; are both mapped to &apos;{label}&apos;.</source>
        <translation>Les colonnes « {seen} » et « {header} » sont toutes deux associées à « {label} ».</translation>
    </message>
    <message>
        <source>The mapping names a column &apos;{header}&apos; that the file does not have.</source>
        <translation>La correspondance désigne une colonne « {header} » que le fichier ne contient pas.</translation>
    </message>
    <message>
        <source>Map a column to: {missing} (required).</source>
        <translation>Associez une colonne à : {missing} (obligatoire).</translation>
    </message>
    <message>
        <source>date_order must be one of {date_orders}.</source>
        <translation>date_order doit être l&apos;une des valeurs {date_orders}.</translation>
    </message>
    <message>
        <source>Cannot read the mapping {source_name}: {value}.</source>
        <translation>Impossible de lire la correspondance {source_name} : {value}.</translation>
    </message>
    <message>
        <source>{source_name} is not a valid TOML mapping: {exc}.</source>
        <translation>{source_name} n&apos;est pas une correspondance TOML valide : {exc}.</translation>
    </message>
    <message>
        <source>{source_name}: [columns] must map each header to a field name.</source>
        <translation>{source_name} : [columns] doit associer chaque en-tête à un nom de champ.</translation>
    </message>
</context>
<context>
    <name>services.importing.parsing</name>
    <message>
        <source>&apos;{raw}&apos; is not a real date (day {day}, month {month}, year {year}).</source>
        <translation>« {raw} » n&apos;est pas une date réelle (jour {day}, mois {month}, année {year}).</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: &apos;{name}&apos; is not a month name; write dates as {formats_help}.</source>
        <translation>« {raw} » : « {name} » n&apos;est pas un nom de mois ; écrivez les dates sous la forme {formats_help}.</translation>
    </message>
    <message>
        <source>{value} is not a date (as a spreadsheet date number it is out of range).</source>
        <translation>{value} n&apos;est pas une date (en tant que numéro de date de tableur, il est hors limites).</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as {formats_help}.</source>
        <translation>« {raw} » n&apos;est pas une date ; écrivez-la sous la forme {formats_help}.</translation>
    </message>
    <message>
        <source>The date order &apos;{order}&apos; is not one of {date_orders}.</source>
        <translation>L&apos;ordre de date « {order} » ne fait pas partie de {date_orders}.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: neither {first} nor {second} can be a month.</source>
        <translation>« {raw} » n&apos;est pas une date : ni {first} ni {second} ne peuvent être un mois.</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; could be {first} {name} or {second} {name2}; set the date order (day/month/year or month/day/year) in the column mapping (or --date-order dmy or mdy).</source>
        <translation>« {raw} » pourrait être le {first} {name} ou le {second} {name2} ; définissez l&apos;ordre de date (jour/mois/année ou mois/jour/année) dans la correspondance des colonnes (ou --date-order dmy ou mdy).</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not fit the mapping&apos;s date order ({wanted}).</source>
        <translation>« {raw} » ne respecte pas l&apos;ordre de date de la correspondance ({wanted}).</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: {time_part} is not a time of day.</source>
        <translation>« {raw} » : {time_part} n&apos;est pas une heure de la journée.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no country code and no country is known to assume; add +CC.</source>
        <translation>« {text} » n&apos;a pas d&apos;indicatif de pays et aucun pays n&apos;est connu pour le supposer ; ajoutez +CC.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no country code and is not a phone number of {region} (the country assumed); write it with +CC, or set the country that phones without one are from.</source>
        <translation>« {text} » n&apos;a pas d&apos;indicatif de pays et n&apos;est pas un numéro de téléphone de {region} (le pays supposé) ; écrivez-le avec +CC, ou indiquez le pays des numéros sans indicatif.</translation>
    </message>
</context>
<context>
    <name>services.importing.reading</name>
    <message>
        <source>Cannot open {source_name}: {value}. Check the file name.</source>
        <extracomment>Rows after the header; more is refused (split the file). One cell; more is a sign of a broken file (an unclosed quote swallowing the rest). How far down the header row is looked for (title and merged group rows above it). 1-based line (CSV) or row (XLSX) number in the file of each row, for messages. How the file was read: &quot;UTF-8 with BOM, separator &apos;;&apos;&quot;, &quot;sheet &apos;Cases&apos;&quot;.</extracomment>
        <translation>Impossible d&apos;ouvrir {source_name} : {value}. Vérifiez le nom du fichier.</translation>
    </message>
    <message>
        <source>{source_name} is {value:.1f} MB; an import file may be at most {value2} MB. Split it into smaller files.</source>
        <translation>{source_name} fait {value:.1f} Mo ; un fichier d&apos;import peut faire au plus {value2} Mo. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{source_name} is empty.</source>
        <translation>{source_name} est vide.</translation>
    </message>
    <message>
        <source>{source_name}: only .csv and .xlsx files can be imported (an old .xls must be saved as .xlsx first).</source>
        <translation>{source_name} : seuls les fichiers .csv et .xlsx peuvent être importés (un ancien .xls doit d&apos;abord être enregistré en .xlsx).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{data:02x} at position {where}) and not Windows-1252 either. Save it from the spreadsheet as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>{name} n&apos;est pas du texte UTF-8 (octet 0x{data:02x} à la position {where}) ni du Windows-1252. Enregistrez-le depuis le tableur au format « CSV UTF-8 » et importez ce fichier.</translation>
    </message>
    <message>
        <source>{name} says it is {encoding} but byte {start} is invalid. Save it again from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} se déclare en {encoding} mais l&apos;octet {start} est invalide. Enregistrez-le de nouveau depuis le tableur au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{source_name} holds binary data (NUL bytes), not CSV text. If it is a spreadsheet, save it as .xlsx or &apos;CSV UTF-8&apos;.</source>
        <translation>{source_name} contient des données binaires (octets NUL), pas du texte CSV. S&apos;il s&apos;agit d&apos;un tableur, enregistrez-le en .xlsx ou en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>{source_name} has more than {max_rows} rows; split it into smaller files.</source>
        <translation>{source_name} compte plus de {max_rows} lignes ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{source_name}, line {line_num}: {exc}. A cell may be longer than {max_cell_chars} characters or a quote may be left open.</source>
        <translation>{source_name}, ligne {line_num} : {exc}. Une cellule dépasse peut-être {max_cell_chars} caractères ou un guillemet n&apos;a pas été refermé.</translation>
    </message>
    <message>
        <source>A cell is longer than {max_cell_chars} characters.</source>
        <translation>Une cellule dépasse {max_cell_chars} caractères.</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file (damaged, or another format renamed). Open it in the spreadsheet and save it again. ({error})</source>
        <translation>{name} n&apos;est pas un fichier .xlsx lisible (endommagé, ou autre format renommé). Ouvrez-le dans le tableur et enregistrez-le de nouveau. ({error})</translation>
    </message>
    <message>
        <source>{source_name} has no sheet.</source>
        <translation>{source_name} n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>{name} has no data.</source>
        <translation>{name} ne contient aucune donnée.</translation>
    </message>
    <message numerus="yes">
        <source>The header is row {row}; the %n row(s) above it were skipped.</source>
        <translation>
            <numerusform>L’en-tête est à la ligne {row} ; la ligne au-dessus a été ignorée.</numerusform>
            <numerusform>L’en-tête est à la ligne {row} ; les %n lignes au-dessus ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has {count} rows; at most {max_rows} can be imported at once. Split it.</source>
        <translation>{name} compte {count} lignes ; {max_rows} au plus peuvent être importées en une fois. Divisez-le.</translation>
    </message>
</context>
<context>
    <name>services.importing.rows</name>
    <message>
        <source>&apos;{shown}&apos; is not yes or no.</source>
        <extracomment>Separates counterparts in a contact&apos;s &quot;with&quot; cell, and a name from its organisation. The record concerned: a case reference, a person&apos;s name, a contact&apos;s date and summary. Matched: on what. Refused: why. Created: anything worth knowing (the reference given). The field a refusal is about (a field name of the mapping), if any. What was assumed to read the row (a phone&apos;s country). Records made, as (audit entity, id): what undoing the batch removes or voids.</extracomment>
        <translation>« {shown} » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a number.</source>
        <translation>« {shown} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>« {text} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>on the case reference</source>
        <translation>sur la référence du dossier</translation>
    </message>
    <message>
        <source>Give the post (code, e.g. BAM), or a reference that starts with it.</source>
        <translation>Indiquez le poste (code, p. ex. BAM), ou une référence qui commence par celui-ci.</translation>
    </message>
    <message>
        <source>The incident date and time is required.</source>
        <translation>La date et l&apos;heure de l&apos;incident sont obligatoires.</translation>
    </message>
    <message>
        <source>opened as {reference} (the file says {given})</source>
        <translation>ouvert sous {reference} (le fichier indique {given})</translation>
    </message>
    <message>
        <source>Give the case reference (e.g. BAM-2025-0001).</source>
        <translation>Indiquez la référence du dossier (p. ex. BAM-2025-0001).</translation>
    </message>
    <message>
        <source>on passport number {number}</source>
        <translation>sur le numéro de passeport {number}</translation>
    </message>
    <message>
        <source>on name and date of birth ({day})</source>
        <translation>sur le nom et la date de naissance ({day})</translation>
    </message>
    <message>
        <source>The person&apos;s full name is required.</source>
        <translation>Le nom complet de la personne est obligatoire.</translation>
    </message>
    <message>
        <source>phone {given} read for country {region} ({phone})</source>
        <translation>téléphone {given} lu pour le pays {region} ({phone})</translation>
    </message>
    <message>
        <source>Next of kin come with their contact plan and the hostage they are family of; add them in the case&apos;s People tab, not by import.</source>
        <translation>Les proches sont accompagnés de leur plan de contact et de l&apos;otage dont ils sont parents ; ajoutez-les dans l&apos;onglet Personnes du dossier, pas par import.</translation>
    </message>
    <message>
        <source>already in the case, {how}</source>
        <translation>déjà dans le dossier, {how}</translation>
    </message>
    <message>
        <source>the person of row {row} {how}; added to the case</source>
        <translation>la personne de la ligne {row} {how} ; ajoutée au dossier</translation>
    </message>
    <message>
        <source>known person #{id} {how}; added to the case</source>
        <translation>personne connue n° {id} {how} ; ajoutée au dossier</translation>
    </message>
    <message>
        <source>the contact of row {row} (same case, time and summary)</source>
        <translation>le contact de la ligne {row} (même dossier, même heure et même résumé)</translation>
    </message>
    <message>
        <source>new counterpart &apos;{name}&apos; ({organisation}) (category other)</source>
        <translation>nouvel interlocuteur « {name} » ({organisation}) (catégorie autre)</translation>
    </message>
    <message>
        <source>new counterpart &apos;{name}&apos; (category other)</source>
        <translation>nouvel interlocuteur « {name} » (catégorie autre)</translation>
    </message>
    <message>
        <source>The date and time of the contact is required.</source>
        <translation>La date et l&apos;heure du contact sont obligatoires.</translation>
    </message>
    <message>
        <source>contact #{id} (same case, time and summary)</source>
        <translation>contact n° {id} (même dossier, même heure et même résumé)</translation>
    </message>
    <message>
        <source>Say who the contact was with: &apos;Name | Organisation&apos;, several separated by &apos;;&apos;.</source>
        <translation>Indiquez avec qui le contact a eu lieu : « Nom | Organisation », plusieurs séparés par « ; ».</translation>
    </message>
</context>
<context>
    <name>services.importing.undo</name>
    <message>
        <source>Import #{id} cannot be undone: {what}. Void or remove that first, or correct the records by hand.</source>
        <extracomment>Counterparts created by the batch that stay: the voided contacts still name them.</extracomment>
        <translation>L&apos;import n° {id} ne peut pas être annulé : {what}. Annulez ou supprimez d&apos;abord cet élément, ou corrigez les enregistrements à la main.</translation>
    </message>
</context>
<context>
    <name>services.liaison_officers</name>
    <message>
        <source>The account &apos;{to_user}&apos; is disabled; pick an active caseworker.</source>
        <translation>Le compte « {to_user} » est désactivé ; choisissez un chargé de dossier actif.</translation>
    </message>
    <message>
        <source>{full_name}&apos;s officer is already {who}.</source>
        <translation>L&apos;agent de {full_name} est déjà {who}.</translation>
    </message>
    <message>
        <source>The change is in the future; check the date.</source>
        <translation>Le changement est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The officer last changed on {last:%Y-%m-%d %H:%M} UTC; date this after.</source>
        <translation>L&apos;agent a changé pour la dernière fois le {last:%Y-%m-%d %H:%M} UTC ; datez ce changement après.</translation>
    </message>
</context>
<context>
    <name>services.lists</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Incident (local time)</source>
        <translation>Incident (heure locale)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Détenus</translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation>Ressortissants</translation>
    </message>
    <message>
        <source>Last contact (UTC)</source>
        <translation>Dernier contact (UTC)</translation>
    </message>
    <message>
        <source>Next task due (UTC)</source>
        <translation>Prochaine échéance de tâche (UTC)</translation>
    </message>
    <message>
        <source>Lead caseworker</source>
        <translation>Chargé(e) de dossier principal(e)</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Date (heure locale)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither .csv nor .xlsx; name the file with one of those endings.</source>
        <translation>« {name} » n&apos;est ni un .csv ni un .xlsx ; donnez au fichier l&apos;une de ces extensions.</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Contact log of {reference}</source>
        <translation>Journal des contacts de {reference}</translation>
    </message>
</context>
<context>
    <name>services.merge</name>
    <message>
        <source>&apos;{value}&apos; cannot be merged: use person or counterpart.</source>
        <translation>« {value} » ne peut pas être fusionné : utilisez person ou counterpart.</translation>
    </message>
    <message>
        <source>A {step} row moved by this merge ({step2}) has changed since; the merge cannot be undone exactly.</source>
        <translation>Une ligne {step} déplacée par cette fusion ({step2}) a changé depuis ; la fusion ne peut pas être annulée exactement.</translation>
    </message>
    <message>
        <source>There is no {entity} #{record_id}.</source>
        <translation>Il n&apos;y a pas de {entity} n° {record_id}.</translation>
    </message>
    <message>
        <source>{entity} #{record_id} was merged into #{merged_into_id}; merge #{merged_into_id} instead, or undo that merge first.</source>
        <translation>{entity} n° {record_id} a été fusionné dans le n° {merged_into_id} ; fusionnez plutôt le n° {merged_into_id}, ou annulez d&apos;abord cette fusion.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {entity}; choose among: {fields}.</source>
        <translation>« {name} » n&apos;est pas un champ de {entity} ; choisissez parmi : {fields}.</translation>
    </message>
    <message>
        <source>Take {name} from a or b, not &apos;{side}&apos;.</source>
        <translation>Prenez {name} de a ou de b, pas « {side} ».</translation>
    </message>
    <message>
        <source>#{a_id} cannot be merged with itself.</source>
        <translation>Le n° {a_id} ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>There is no merge #{merge_id}.</source>
        <translation>Il n&apos;y a pas de fusion n° {merge_id}.</translation>
    </message>
    <message>
        <source>Merge #{merge_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>La fusion n° {merge_id} a déjà été annulée le {undone_at:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>Merge #{id} came later and involves the same records: undo it first.</source>
        <translation>La fusion n° {id} est postérieure et concerne les mêmes enregistrements : annulez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>services.milestones</name>
    <message>
        <source>Say which national this proof of life concerns.</source>
        <translation>Indiquez quel ressortissant cette preuve de vie concerne.</translation>
    </message>
    <message>
        <source>The milestone is in the future; check the date.</source>
        <translation>Le jalon est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Person #{hostage_person_id} is not a national held in {reference}.</source>
        <translation>La personne n° {hostage_person_id} n&apos;est pas un ressortissant détenu dans {reference}.</translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited on a milestone.</source>
        <translation>« {unknown} » ne peut pas être modifié sur un jalon.</translation>
    </message>
    <message>
        <source>There is no milestone #{milestone_id}.</source>
        <translation>Il n&apos;y a pas de jalon n° {milestone_id}.</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>La personne n° {person_id} n&apos;est pas un ressortissant détenu dans {reference}.</translation>
    </message>
</context>
<context>
    <name>services.need_to_know</name>
    <message>
        <source>{display_name} is not on the team of case {reference}, so restricted content (proofs of life, demands, intermediaries) cannot be included. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation>{display_name} ne fait pas partie de l&apos;équipe du dossier {reference} ; le contenu restreint (preuves de vie, revendications, intermédiaires) ne peut donc pas être inclus. Demandez au superviseur du dossier de vous ajouter : consular cases team {reference} add {username}</translation>
    </message>
</context>
<context>
    <name>services.people</name>
    <message>
        <source>Unknown person field &apos;{unknown}&apos;.</source>
        <translation>Champ de personne inconnu « {unknown} ».</translation>
    </message>
    <message>
        <source>A national concerned starts as held or unaccounted for; record a release or escape as a later status change.</source>
        <translation>Un ressortissant concerné commence comme détenu ou sans nouvelles ; enregistrez une libération ou une évasion comme changement de statut ultérieur.</translation>
    </message>
    <message>
        <source>There is no person #{person_id}.</source>
        <translation>Il n&apos;y a pas de personne n° {person_id}.</translation>
    </message>
    <message>
        <source>{full_name} is already in {reference}.</source>
        <translation>{full_name} figure déjà dans {reference}.</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>La personne n° {person_id} n&apos;est pas un ressortissant détenu dans {reference}.</translation>
    </message>
    <message>
        <source>Say where the news that {name} is {what} comes from (the source).</source>
        <extracomment>Outcomes that end a captivity: recorded only with a source and the person&apos;s name typed out.</extracomment>
        <translation>Indiquez d&apos;où vient la nouvelle que {name} est {what} (la source).</translation>
    </message>
    <message>
        <source>To record {name} as {what}, type their name ({name}) to confirm; it does not match.</source>
        <translation>Pour enregistrer {name} comme {what}, tapez son nom ({name}) pour confirmer ; il ne correspond pas.</translation>
    </message>
    <message>
        <source>To record {name} as {what}, type their name ({name}) to confirm; no name was given.</source>
        <translation>Pour enregistrer {name} comme {what}, tapez son nom ({name}) pour confirmer ; aucun nom n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>The status cannot start before the incident.</source>
        <translation>Le statut ne peut pas commencer avant l&apos;incident.</translation>
    </message>
    <message>
        <source>The status change is in the future; check the date.</source>
        <translation>Le changement de statut est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>{full_name} is already recorded as {target}.</source>
        <translation>{full_name} est déjà enregistré comme {target}.</translation>
    </message>
    <message>
        <source>The officer cannot have taken the family on in the future.</source>
        <translation>L&apos;agent ne peut pas avoir pris la famille en charge dans le futur.</translation>
    </message>
    <message>
        <source>Unknown contact plan field &apos;{unknown}&apos;.</source>
        <translation>Champ de plan de contact inconnu « {unknown} ».</translation>
    </message>
    <message>
        <source>There is no next-of-kin record #{liaison_id}.</source>
        <translation>Il n&apos;y a pas de fiche de proche n° {liaison_id}.</translation>
    </message>
    <message>
        <source>A change of family liaison officer is recorded with its reason: use Change liaison officer… on the case&apos;s Family tab, or consular family officer CASE --kin &apos;{full_name}&apos; --to USER --reason TEXT.</source>
        <translation>Un changement d&apos;agent de liaison avec la famille est enregistré avec son motif : utilisez Changer d&apos;agent de liaison… dans l&apos;onglet Famille du dossier, ou consular family officer CASE --kin &apos;{full_name}&apos; --to USER --reason TEXTE.</translation>
    </message>
</context>
<context>
    <name>services.permissions</name>
    <message>
        <source>caseworkers</source>
        <translation>chargés de dossier</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>superviseurs</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>administrateurs</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>lecteurs</translation>
    </message>
    <message>
        <source>list accounts with their sign-in state</source>
        <translation>lister les comptes avec leur état de connexion</translation>
    </message>
    <message>
        <source>create an account with a password</source>
        <translation>créer un compte avec un mot de passe</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>désactiver un compte</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>réactiver un compte désactivé</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>changer le rôle d&apos;un compte</translation>
    </message>
    <message>
        <source>set another account&apos;s password</source>
        <translation>définir le mot de passe d&apos;un autre compte</translation>
    </message>
    <message>
        <source>change one&apos;s own password</source>
        <translation>changer son propre mot de passe</translation>
    </message>
    <message>
        <source>list staff names (pickers)</source>
        <translation>lister les noms du personnel (sélecteurs)</translation>
    </message>
    <message>
        <source>list posts</source>
        <translation>lister les postes</translation>
    </message>
    <message>
        <source>create or edit an account&apos;s name, role, e-mail</source>
        <translation>créer ou modifier le nom, le rôle ou l&apos;adresse électronique d&apos;un compte</translation>
    </message>
    <message>
        <source>create or edit a post</source>
        <translation>créer ou modifier un poste</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>ouvrir un dossier</translation>
    </message>
    <message>
        <source>open a case (inside another change: an import)</source>
        <translation>ouvrir un dossier (au sein d&apos;une autre modification : un import)</translation>
    </message>
    <message>
        <source>edit a case&apos;s overview</source>
        <translation>modifier l&apos;aperçu d&apos;un dossier</translation>
    </message>
    <message>
        <source>change a case&apos;s status</source>
        <translation>changer le statut d&apos;un dossier</translation>
    </message>
    <message>
        <source>close a case (status &apos;closed&apos;)</source>
        <translation>clore un dossier (statut « clos »)</translation>
    </message>
    <message>
        <source>open a case (people&apos;s identifiers are audited)</source>
        <translation>ouvrir un dossier (les identifiants des personnes sont audités)</translation>
    </message>
    <message>
        <source>list cases</source>
        <translation>lister les dossiers</translation>
    </message>
    <message>
        <source>list every case in one pass (cases list --json)</source>
        <translation>lister tous les dossiers en une passe (cases list --json)</translation>
    </message>
    <message>
        <source>the same list as plain values, written out by cases list --json</source>
        <translation>la même liste en valeurs simples, écrite par cases list --json</translation>
    </message>
    <message>
        <source>count cases</source>
        <translation>compter les dossiers</translation>
    </message>
    <message>
        <source>a case&apos;s summary line</source>
        <translation>consulter la ligne de résumé d&apos;un dossier</translation>
    </message>
    <message>
        <source>see a case&apos;s team</source>
        <translation>consulter l&apos;équipe d&apos;un dossier</translation>
    </message>
    <message>
        <source>add a user to a case&apos;s team</source>
        <translation>ajouter un utilisateur à l&apos;équipe d&apos;un dossier</translation>
    </message>
    <message>
        <source>remove a user from a case&apos;s team</source>
        <translation>retirer un utilisateur de l&apos;équipe d&apos;un dossier</translation>
    </message>
    <message>
        <source>read restricted content of every case, without being on its team</source>
        <translation>lire le contenu restreint de tous les dossiers sans faire partie de leur équipe</translation>
    </message>
    <message>
        <source>link two cases (same incident, related; both cases&apos; team)</source>
        <translation>lier deux dossiers (même incident, liés ; équipes des deux dossiers)</translation>
    </message>
    <message>
        <source>undo a link between two cases, with a reason (both cases&apos; team)</source>
        <translation>supprimer le lien entre deux dossiers, avec un motif (équipes des deux dossiers)</translation>
    </message>
    <message>
        <source>a case&apos;s linked cases (others&apos; details: their team)</source>
        <translation>consulter les dossiers liés à un dossier (détails des autres : leur équipe)</translation>
    </message>
    <message>
        <source>a case&apos;s linked cases (inside another read: the brief)</source>
        <translation>consulter les dossiers liés à un dossier (au sein d&apos;une autre lecture : la note de situation)</translation>
    </message>
    <message>
        <source>one&apos;s own escalation queue as case supervisor</source>
        <translation>consulter sa propre file d&apos;escalade en tant que superviseur de dossier</translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation>consigner un contact</translation>
    </message>
    <message>
        <source>log a contact (inside another change: an import)</source>
        <translation>consigner un contact (au sein d&apos;une autre modification : un import)</translation>
    </message>
    <message>
        <source>edit a contact</source>
        <translation>modifier un contact</translation>
    </message>
    <message>
        <source>list a case&apos;s contacts</source>
        <translation>lister les contacts d&apos;un dossier</translation>
    </message>
    <message>
        <source>open a contact</source>
        <translation>ouvrir un contact</translation>
    </message>
    <message>
        <source>a contact&apos;s revisions</source>
        <translation>consulter les révisions d&apos;un contact</translation>
    </message>
    <message>
        <source>match or create counterparts named in a contact</source>
        <translation>rapprocher ou créer les interlocuteurs nommés dans un contact</translation>
    </message>
    <message>
        <source>add a counterpart</source>
        <translation>ajouter un interlocuteur</translation>
    </message>
    <message>
        <source>add a counterpart (inside another change: an import)</source>
        <translation>ajouter un interlocuteur (au sein d&apos;une autre modification : un import)</translation>
    </message>
    <message>
        <source>edit a counterpart</source>
        <translation>modifier un interlocuteur</translation>
    </message>
    <message>
        <source>open a counterpart</source>
        <translation>ouvrir un interlocuteur</translation>
    </message>
    <message>
        <source>list a case&apos;s counterparts</source>
        <translation>lister les interlocuteurs d&apos;un dossier</translation>
    </message>
    <message>
        <source>find counterparts by name</source>
        <translation>rechercher des interlocuteurs par nom</translation>
    </message>
    <message>
        <source>which cases counterparts are linked to</source>
        <translation>voir à quels dossiers les interlocuteurs sont liés</translation>
    </message>
    <message>
        <source>add a person to a case</source>
        <translation>ajouter une personne à un dossier</translation>
    </message>
    <message>
        <source>add a person to a case (inside another change: an import)</source>
        <translation>ajouter une personne à un dossier (au sein d&apos;une autre modification : un import)</translation>
    </message>
    <message>
        <source>edit a person</source>
        <translation>modifier une personne</translation>
    </message>
    <message>
        <source>change a hostage&apos;s status</source>
        <translation>changer le statut d&apos;un otage</translation>
    </message>
    <message>
        <source>record a proof of life with how it was checked (case team)</source>
        <translation>enregistrer une preuve de vie avec la façon dont elle a été vérifiée (équipe du dossier)</translation>
    </message>
    <message>
        <source>add a proof-of-life question (case team)</source>
        <translation>ajouter une question de preuve de vie (équipe du dossier)</translation>
    </message>
    <message>
        <source>edit, agree or retire a proof-of-life question (case team)</source>
        <translation>modifier, valider ou retirer une question de preuve de vie (équipe du dossier)</translation>
    </message>
    <message>
        <source>a hostage&apos;s question bank (content: case team)</source>
        <translation>consulter la banque de questions d&apos;un otage (contenu : équipe du dossier)</translation>
    </message>
    <message>
        <source>assess a proof of life: genuine, doubtful or false (case team)</source>
        <translation>évaluer une preuve de vie : authentique, douteuse ou fausse (équipe du dossier)</translation>
    </message>
    <message>
        <source>a hostage&apos;s proofs of life with their checks</source>
        <translation>consulter les preuves de vie d&apos;un otage et leurs vérifications</translation>
    </message>
    <message>
        <source>add next of kin</source>
        <translation>ajouter des proches</translation>
    </message>
    <message>
        <source>set a family contact plan</source>
        <translation>définir un plan de contact avec la famille</translation>
    </message>
    <message>
        <source>list next of kin (phones are audited)</source>
        <translation>lister les proches (les téléphones sont audités)</translation>
    </message>
    <message>
        <source>record a welfare report (condition, medication, supply)</source>
        <translation>enregistrer un rapport sur l&apos;état de santé (état, médicaments, approvisionnement)</translation>
    </message>
    <message>
        <source>a case&apos;s welfare reports (restricted ones: case team)</source>
        <translation>consulter les rapports sur l&apos;état de santé d&apos;un dossier (les restreints : équipe du dossier)</translation>
    </message>
    <message>
        <source>open a repatriation checklist (with the release)</source>
        <translation>ouvrir une liste de rapatriement (avec la libération)</translation>
    </message>
    <message>
        <source>open a released national&apos;s repatriation checklist by hand</source>
        <translation>ouvrir à la main la liste de rapatriement d&apos;un ressortissant libéré</translation>
    </message>
    <message>
        <source>a case&apos;s repatriation checklists</source>
        <translation>consulter les listes de rapatriement d&apos;un dossier</translation>
    </message>
    <message>
        <source>give a checklist item an owner or a due date</source>
        <translation>attribuer un responsable ou une échéance à un élément de liste</translation>
    </message>
    <message>
        <source>mark a checklist item done with its facts</source>
        <translation>marquer un élément de liste comme fait, avec les faits</translation>
    </message>
    <message>
        <source>mark a checklist item not applicable with a reason</source>
        <translation>marquer un élément de liste comme sans objet, avec un motif</translation>
    </message>
    <message>
        <source>record a demand (case team; always restricted)</source>
        <translation>enregistrer une revendication (équipe du dossier ; toujours restreinte)</translation>
    </message>
    <message>
        <source>record the response to a demand (case team)</source>
        <translation>enregistrer la réponse à une revendication (équipe du dossier)</translation>
    </message>
    <message>
        <source>a case&apos;s demands (content: case team)</source>
        <translation>consulter les revendications d&apos;un dossier (contenu : équipe du dossier)</translation>
    </message>
    <message>
        <source>record an intermediary&apos;s vetting (under vetting; decisions: see below)</source>
        <translation>enregistrer la vérification d&apos;un intermédiaire (en cours de vérification ; décisions : voir ci-dessous)</translation>
    </message>
    <message>
        <source>decide that an intermediary is vetted or rejected</source>
        <translation>décider qu&apos;un intermédiaire est vérifié ou rejeté</translation>
    </message>
    <message>
        <source>an intermediary&apos;s vetting history (basis: their cases&apos; teams)</source>
        <translation>consulter l&apos;historique de vérification d&apos;un intermédiaire (fondement : équipes de ses dossiers)</translation>
    </message>
    <message>
        <source>intermediaries&apos; vetting status</source>
        <translation>consulter le statut de vérification des intermédiaires</translation>
    </message>
    <message>
        <source>set a detained national&apos;s authority, place (transfers) and lawyer</source>
        <translation>définir l&apos;autorité, le lieu (transferts) et l&apos;avocat d&apos;un ressortissant détenu</translation>
    </message>
    <message>
        <source>record a charge (restricted ones: case team)</source>
        <translation>enregistrer un chef d&apos;accusation (les restreints : équipe du dossier)</translation>
    </message>
    <message>
        <source>change a charge or its status (restricted ones: case team)</source>
        <translation>modifier un chef d&apos;accusation ou son statut (les restreints : équipe du dossier)</translation>
    </message>
    <message>
        <source>record a court hearing (restricted ones: case team)</source>
        <translation>enregistrer une audience (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>record a hearing&apos;s outcome and next date (restricted ones: case team)</source>
        <translation>enregistrer l&apos;issue d&apos;une audience et la date suivante (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>record a consular visit request (restricted ones: case team)</source>
        <translation>enregistrer une demande de visite consulaire (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>record a visit&apos;s decision, the visit and its findings (restricted ones: case team)</source>
        <translation>enregistrer la décision sur une visite, la visite et ses constatations (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>record a note verbale sent (restricted ones: case team)</source>
        <translation>enregistrer l&apos;envoi d&apos;une note verbale (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>record a note verbale&apos;s answer (restricted ones: case team)</source>
        <translation>enregistrer la réponse à une note verbale (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>a case&apos;s detention records (restricted ones: case team)</source>
        <translation>consulter les informations de détention d&apos;un dossier (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>overdue visit requests, notes verbales and hearings (dashboard)</source>
        <translation>consulter les demandes de visite, notes verbales et audiences en retard (accueil)</translation>
    </message>
    <message>
        <source>mark an entry shareable with family, or change its wording (case team)</source>
        <translation>marquer une entrée comme partageable avec la famille, ou en modifier la formulation (équipe du dossier)</translation>
    </message>
    <message>
        <source>take an entry&apos;s shareable-with-family marking off (case team)</source>
        <translation>retirer la marque « partageable avec la famille » d&apos;une entrée (équipe du dossier)</translation>
    </message>
    <message>
        <source>drop the marking of an entry being restricted (inside that change)</source>
        <translation>retirer la marque d&apos;une entrée qui devient restreinte (au sein de cette modification)</translation>
    </message>
    <message>
        <source>an entry&apos;s shareable-with-family marking</source>
        <translation>consulter la marque « partageable avec la famille » d&apos;une entrée</translation>
    </message>
    <message>
        <source>a case&apos;s shareable-with-family markings</source>
        <translation>consulter les marques « partageable avec la famille » d&apos;un dossier</translation>
    </message>
    <message>
        <source>the entries a family may be told of</source>
        <translation>consulter les entrées dont une famille peut être informée</translation>
    </message>
    <message>
        <source>what a family update letter to a next of kin would hold</source>
        <translation>voir ce que contiendrait une lettre d&apos;information à un proche</translation>
    </message>
    <message>
        <source>write a family update letter (PDF) from shareable entries (case team)</source>
        <translation>rédiger une lettre d&apos;information à la famille (PDF) à partir des entrées partageables (équipe du dossier)</translation>
    </message>
    <message>
        <source>record what was told to a next of kin (closes tell items)</source>
        <translation>enregistrer ce qui a été dit à un proche (clôt les éléments « informer la famille »)</translation>
    </message>
    <message>
        <source>a case&apos;s family update log (restricted ones: case team)</source>
        <translation>consulter le journal d&apos;information de la famille d&apos;un dossier (les restreintes : équipe du dossier)</translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items (restricted ones: case team)</source>
        <translation>consulter les éléments « informer la famille » ouverts (les restreints : équipe du dossier)</translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item by hand, with a reason</source>
        <translation>clore à la main un élément « informer la famille », avec un motif</translation>
    </message>
    <message>
        <source>close a case&apos;s open &apos;tell the family&apos; items by hand, with one reason</source>
        <translation>clore à la main les éléments « informer la famille » ouverts d&apos;un dossier, avec un seul motif</translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items (inside another change)</source>
        <translation>ouvrir des éléments « informer la famille » (au sein d&apos;une autre modification)</translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item (inside another change)</source>
        <translation>clore un élément « informer la famille » (au sein d&apos;une autre modification)</translation>
    </message>
    <message>
        <source>close the items of a voided development</source>
        <translation>clore les éléments d&apos;un développement annulé</translation>
    </message>
    <message>
        <source>reopen the items a voided family update closed</source>
        <translation>rouvrir les éléments qu&apos;une information de la famille annulée avait clos</translation>
    </message>
    <message>
        <source>change a next of kin&apos;s family liaison officer, with a reason</source>
        <translation>changer l&apos;agent de liaison avec la famille d&apos;un proche, avec un motif</translation>
    </message>
    <message>
        <source>set a family liaison officer (inside another change)</source>
        <translation>désigner un agent de liaison avec la famille (au sein d&apos;une autre modification)</translation>
    </message>
    <message>
        <source>each next of kin&apos;s family liaison officer and its changes</source>
        <translation>consulter l&apos;agent de liaison avec la famille de chaque proche et ses changements</translation>
    </message>
    <message>
        <source>add a milestone</source>
        <translation>ajouter un jalon</translation>
    </message>
    <message>
        <source>add a milestone (inside another change)</source>
        <translation>ajouter un jalon (au sein d&apos;une autre modification)</translation>
    </message>
    <message>
        <source>list milestones</source>
        <translation>lister les jalons</translation>
    </message>
    <message>
        <source>open a milestone</source>
        <translation>ouvrir un jalon</translation>
    </message>
    <message>
        <source>correct a milestone</source>
        <translation>corriger un jalon</translation>
    </message>
    <message>
        <source>create a task (inside another change)</source>
        <translation>créer une tâche (au sein d&apos;une autre modification)</translation>
    </message>
    <message>
        <source>add a task</source>
        <translation>ajouter une tâche</translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation>terminer une tâche</translation>
    </message>
    <message>
        <source>edit a task</source>
        <translation>modifier une tâche</translation>
    </message>
    <message>
        <source>list tasks</source>
        <translation>lister les tâches</translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation>joindre un document</translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation>joindre un fichier</translation>
    </message>
    <message>
        <source>list documents</source>
        <translation>lister les documents</translation>
    </message>
    <message>
        <source>open a document&apos;s content</source>
        <translation>ouvrir le contenu d&apos;un document</translation>
    </message>
    <message>
        <source>edit a document&apos;s description</source>
        <translation>modifier la description d&apos;un document</translation>
    </message>
    <message>
        <source>search</source>
        <translation>rechercher</translation>
    </message>
    <message>
        <source>filter the case list by text</source>
        <translation>filtrer la liste des dossiers par texte</translation>
    </message>
    <message>
        <source>the dashboard</source>
        <translation>consulter le tableau de bord</translation>
    </message>
    <message>
        <source>one panel of the dashboard, on its own</source>
        <translation>consulter un seul panneau du tableau de bord</translation>
    </message>
    <message>
        <source>a report across cases (restricted content: the case&apos;s team)</source>
        <translation>consulter un rapport portant sur plusieurs dossiers (contenu restreint : équipe du dossier)</translation>
    </message>
    <message>
        <source>export a report across cases (PDF, XLSX, CSV, JSON)</source>
        <translation>exporter un rapport portant sur plusieurs dossiers (PDF, XLSX, CSV, JSON)</translation>
    </message>
    <message>
        <source>a case&apos;s timeline</source>
        <translation>consulter la chronologie d&apos;un dossier</translation>
    </message>
    <message>
        <source>export a timeline (CSV, JSON, ICS, XLSX, PDF)</source>
        <translation>exporter une chronologie (CSV, JSON, ICS, XLSX, PDF)</translation>
    </message>
    <message>
        <source>build a brief&apos;s content</source>
        <translation>constituer le contenu d&apos;une note de situation</translation>
    </message>
    <message>
        <source>issue a brief (PDF)</source>
        <translation>émettre une note de situation (PDF)</translation>
    </message>
    <message>
        <source>list issued briefs</source>
        <translation>lister les notes de situation émises</translation>
    </message>
    <message>
        <source>check whether a PDF is a brief issued here</source>
        <translation>vérifier si un PDF est une note de situation émise ici</translation>
    </message>
    <message>
        <source>read the recent audit trail</source>
        <translation>lire le journal d&apos;audit récent</translation>
    </message>
    <message>
        <source>read the whole database&apos;s audit trail (not one case&apos;s)</source>
        <translation>lire le journal d&apos;audit de toute la base de données (pas celui d&apos;un seul dossier)</translation>
    </message>
    <message>
        <source>list audit entries (a case&apos;s; the whole database: supervisors)</source>
        <translation>lister les entrées d&apos;audit (d&apos;un dossier ; de toute la base de données : superviseurs)</translation>
    </message>
    <message>
        <source>count audit entries (as list_entries)</source>
        <translation>compter les entrées d&apos;audit (comme list_entries)</translation>
    </message>
    <message>
        <source>a case&apos;s History tab</source>
        <translation>consulter l&apos;onglet Historique d&apos;un dossier</translation>
    </message>
    <message>
        <source>one record&apos;s versions</source>
        <translation>consulter les versions d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>export audit entries (as list_entries)</source>
        <translation>exporter des entrées d&apos;audit (comme list_entries)</translation>
    </message>
    <message>
        <source>check a file to import, row by row (nothing is written)</source>
        <translation>vérifier un fichier à importer, ligne par ligne (rien n&apos;est écrit)</translation>
    </message>
    <message>
        <source>import cases, people or contacts from a CSV/XLSX file</source>
        <translation>importer des dossiers, des personnes ou des contacts depuis un fichier CSV/XLSX</translation>
    </message>
    <message>
        <source>undo an import (who imported it, or a supervisor)</source>
        <translation>annuler un import (son auteur, ou un superviseur)</translation>
    </message>
    <message>
        <source>list imports</source>
        <translation>lister les imports</translation>
    </message>
    <message>
        <source>export cases, people or contacts as CSV in the import&apos;s columns</source>
        <translation>exporter des dossiers, des personnes ou des contacts en CSV selon les colonnes d&apos;import</translation>
    </message>
    <message>
        <source>whether one may void an entry (for menus)</source>
        <translation>savoir si l&apos;on peut annuler une entrée (pour les menus)</translation>
    </message>
    <message>
        <source>void an entry with a reason (its author or a supervisor)</source>
        <translation>annuler une entrée avec un motif (son auteur ou un superviseur)</translation>
    </message>
    <message>
        <source>void an entry inside another change (undoing an import)</source>
        <translation>annuler une entrée au sein d&apos;une autre modification (annulation d&apos;un import)</translation>
    </message>
    <message>
        <source>keep one&apos;s own draft of a form (Log contact)</source>
        <translation>conserver son propre brouillon d&apos;un formulaire (Consigner un contact)</translation>
    </message>
    <message>
        <source>read one&apos;s own draft back</source>
        <translation>relire son propre brouillon</translation>
    </message>
    <message>
        <source>list one&apos;s own drafts</source>
        <translation>lister ses propres brouillons</translation>
    </message>
    <message>
        <source>list one&apos;s saved filters and those shared with a post</source>
        <translation>lister ses filtres enregistrés et ceux partagés avec un poste</translation>
    </message>
    <message>
        <source>find a saved filter by name (one&apos;s own or shared)</source>
        <translation>retrouver un filtre enregistré par son nom (le sien ou un filtre partagé)</translation>
    </message>
    <message>
        <source>save a list&apos;s filters under a name (one&apos;s own)</source>
        <translation>enregistrer les filtres d&apos;une liste sous un nom (les siens)</translation>
    </message>
    <message>
        <source>rename one&apos;s saved filter</source>
        <translation>renommer un de ses filtres enregistrés</translation>
    </message>
    <message>
        <source>delete one&apos;s saved filter</source>
        <translation>supprimer un de ses filtres enregistrés</translation>
    </message>
    <message>
        <source>share one&apos;s saved filter with a post</source>
        <translation>partager un de ses filtres enregistrés avec un poste</translation>
    </message>
    <message>
        <source>export the case list as shown (CSV, XLSX)</source>
        <translation>exporter la liste des dossiers telle qu&apos;affichée (CSV, XLSX)</translation>
    </message>
    <message>
        <source>export a case&apos;s contact log as shown (CSV, XLSX)</source>
        <translation>exporter le journal des contacts d&apos;un dossier tel qu&apos;affiché (CSV, XLSX)</translation>
    </message>
    <message>
        <source>throw away one&apos;s own draft</source>
        <translation>supprimer son propre brouillon</translation>
    </message>
    <message>
        <source>move one&apos;s old draft files into the database</source>
        <translation>déplacer ses anciens fichiers de brouillon dans la base de données</translation>
    </message>
    <message>
        <source>list candidate duplicate people or counterparts</source>
        <translation>lister les personnes ou interlocuteurs susceptibles d&apos;être des doublons</translation>
    </message>
    <message>
        <source>counterparts whose name matches one typed (contacts add --with)</source>
        <translation>consulter les interlocuteurs dont le nom correspond à celui saisi (contacts add --with)</translation>
    </message>
    <message>
        <source>resolve names typed for a contact without creating counterparts</source>
        <translation>résoudre les noms saisis pour un contact sans créer d&apos;interlocuteurs</translation>
    </message>
    <message>
        <source>show two records side by side before merging them</source>
        <translation>afficher deux enregistrements côte à côte avant de les fusionner</translation>
    </message>
    <message>
        <source>merge two people or two counterparts (every link moves)</source>
        <translation>fusionner deux personnes ou deux interlocuteurs (tous les liens sont déplacés)</translation>
    </message>
    <message>
        <source>undo a merge</source>
        <translation>annuler une fusion</translation>
    </message>
    <message>
        <source>list recent merges</source>
        <translation>lister les fusions récentes</translation>
    </message>
    <message>
        <source>purge a closed case for good</source>
        <translation>purger définitivement un dossier clos</translation>
    </message>
    <message>
        <source>remove a case inside another change (undoing the import that opened it)</source>
        <translation>supprimer un dossier au sein d&apos;une autre modification (annulation de l&apos;import qui l&apos;a ouvert)</translation>
    </message>
    <message>
        <source>back the database up to a chosen file (every case, with the key slots)</source>
        <translation>sauvegarder la base de données dans un fichier choisi (tous les dossiers, avec les emplacements de clé)</translation>
    </message>
    <message>
        <source>the automatic daily backup, to this installation&apos;s private folder</source>
        <translation>effectuer la sauvegarde quotidienne automatique dans le dossier privé de cette installation</translation>
    </message>
    <message>
        <source>replace the database with a verified backup</source>
        <translation>remplacer la base de données par une sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {what}: only {who} may.</source>
        <translation>{name} ({role}) n&apos;est pas autorisé(e) à {what} : seuls les {who} le sont.</translation>
    </message>
</context>
<context>
    <name>services.person_fields</name>
    <message>
        <source>The date of birth must be a date (YYYY-MM-DD).</source>
        <translation>La date de naissance doit être une date (AAAA-MM-JJ).</translation>
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
        <source>&apos;{raw}&apos; is not a passport number (5–32 letters and digits).</source>
        <translation>« {raw} » n&apos;est pas un numéro de passeport (5 à 32 lettres et chiffres).</translation>
    </message>
</context>
<context>
    <name>services.proof_of_life</name>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>La personne n° {person_id} n&apos;est pas un ressortissant détenu dans {reference}.</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a next of kin in {reference}.</source>
        <translation>La personne n° {person_id} n&apos;est pas un proche dans {reference}.</translation>
    </message>
    <message>
        <source>That time is in the future; check the date.</source>
        <translation>Cette heure est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be changed on a proof-of-life question.</source>
        <translation>« {name} » ne peut pas être modifié sur une question de preuve de vie.</translation>
    </message>
    <message>
        <source>There is no proof-of-life question #{question_id}.</source>
        <translation>Il n&apos;y a pas de question de preuve de vie n° {question_id}.</translation>
    </message>
    <message>
        <source>This question is {state}: its wording and answer are part of the record. Add a new question instead.</source>
        <translation>Cette question est {state} : sa formulation et sa réponse font partie du dossier. Ajoutez plutôt une nouvelle question.</translation>
    </message>
    <message>
        <source>A question that is {state} cannot become {target}. A compromised question stays compromised; add a new one.</source>
        <translation>Une question {state} ne peut pas devenir {target}. Une question compromise le reste ; ajoutez-en une nouvelle.</translation>
    </message>
    <message>
        <source>A question that is {state} cannot become {target}.</source>
        <translation>Une question {state} ne peut pas devenir {target}.</translation>
    </message>
    <message>
        <source>Say which next of kin agreed the question (--with / &apos;Agreed with&apos;).</source>
        <translation>Indiquez quel proche a validé la question (--with / « Convenue avec »).</translation>
    </message>
    <message>
        <source>Question #{question_id} is not in this national&apos;s question bank.</source>
        <translation>La question n° {question_id} ne fait pas partie de la banque de questions de ce ressortissant.</translation>
    </message>
    <message>
        <source>Question #{question_id} is {state}: only a question agreed with the family and not yet used proves anything.</source>
        <translation>La question n° {question_id} est {state} : seule une question convenue avec la famille et pas encore utilisée prouve quelque chose.</translation>
    </message>
    <message>
        <source>Say which agreed question was put before recording its answer.</source>
        <translation>Indiquez quelle question convenue a été posée avant d&apos;enregistrer sa réponse.</translation>
    </message>
    <message>
        <source>Say whether the answer matched the one the family expects.</source>
        <translation>Indiquez si la réponse correspondait à celle qu&apos;attend la famille.</translation>
    </message>
    <message>
        <source>Say what the assessment rests on (voice, answer, metadata...).</source>
        <translation>Indiquez sur quoi repose l&apos;évaluation (voix, réponse, métadonnées...).</translation>
    </message>
    <message>
        <source>There is no proof of life #{milestone_id}.</source>
        <translation>Il n&apos;y a pas de preuve de vie n° {milestone_id}.</translation>
    </message>
    <message>
        <source>This proof of life was voided; it cannot be assessed.</source>
        <translation>Cette preuve de vie a été annulée ; elle ne peut pas être évaluée.</translation>
    </message>
    <message>
        <source>Say what the proof of life was (video, audio, photo, message, sighting).</source>
        <translation>Indiquez ce qu&apos;était la preuve de vie (vidéo, audio, photo, message, observation).</translation>
    </message>
</context>
<context>
    <name>services.purge</name>
    <message>
        <source>Only an administrator may purge a case.</source>
        <translation>Seul un administrateur peut purger un dossier.</translation>
    </message>
    <message>
        <source>Type the case reference ({ref}) exactly to confirm the purge.</source>
        <translation>Tapez exactement la référence du dossier ({ref}) pour confirmer la purge.</translation>
    </message>
    <message>
        <source>There is no case {ref}.</source>
        <translation>Il n&apos;y a pas de dossier {ref}.</translation>
    </message>
    <message>
        <source>{ref} is {status}; only a closed case can be purged.</source>
        <translation>{ref} est {status} ; seul un dossier clos peut être purgé.</translation>
    </message>
</context>
<context>
    <name>services.reference_data</name>
    <message>
        <source>A user name cannot contain spaces (use e.g. a.sharma).</source>
        <translation>Un nom d&apos;utilisateur ne peut pas contenir d&apos;espaces (utilisez p. ex. a.sharma).</translation>
    </message>
    <message>
        <source>There is no user &apos;{username}&apos;; pick one from the list of staff.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur « {username} » ; choisissez-en un dans la liste du personnel.</translation>
    </message>
    <message>
        <source>There is no post with code &apos;{code}&apos;. Add the post first.</source>
        <translation>Il n&apos;y a pas de poste de code « {code} ». Ajoutez d&apos;abord le poste.</translation>
    </message>
</context>
<context>
    <name>services.repatriation</name>
    <message>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <source>facts not recorded</source>
        <translation>faits non enregistrés</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>La personne n° {person_id} n&apos;est pas un ressortissant détenu dans {reference}.</translation>
    </message>
    <message>
        <source>without a status</source>
        <translation>sans statut</translation>
    </message>
    <message>
        <source>{name} is recorded as {status}; record their release first (People tab, Change status…): the checklist then opens by itself.</source>
        <translation>{name} est enregistré comme {status} ; enregistrez d&apos;abord sa libération (onglet Personnes, Changer le statut…) : la liste s&apos;ouvre alors d&apos;elle-même.</translation>
    </message>
    <message>
        <source>{name} already has a repatriation checklist in {reference}.</source>
        <translation>{name} a déjà une liste de rapatriement dans {reference}.</translation>
    </message>
    <message>
        <source>The release is in the future; check the date.</source>
        <translation>La libération est dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The release cannot be before the incident; check the date.</source>
        <translation>La libération ne peut pas être antérieure à l&apos;incident ; vérifiez la date.</translation>
    </message>
    <message>
        <source>There is no repatriation checklist item #{item_id}; see consular repatriation show CASE.</source>
        <translation>Il n&apos;y a pas d&apos;élément de liste de rapatriement n° {item_id} ; voir consular repatriation show CASE.</translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; was voided; it cannot be changed.</source>
        <translation>L&apos;élément « {kind} » a été annulé ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Give the item an owner (--to USER), a due date (--due DATE) or both.</source>
        <translation>Attribuez à l&apos;élément un responsable (--to UTILISATEUR), une échéance (--due DATE) ou les deux.</translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; is {state_word}; only open items are assigned.</source>
        <translation>L&apos;élément « {kind} » est {state_word} ; seuls les éléments ouverts sont attribués.</translation>
    </message>
    <message>
        <source>Say who held the debrief (--debrief-by &apos;agency or officer&apos;).</source>
        <translation>Indiquez qui a mené le débriefing (--debrief-by &apos;service ou agent&apos;).</translation>
    </message>
    <message>
        <source>&apos;Debrief by&apos; belongs to the debrief, not to &apos;{label}&apos;.</source>
        <translation>« Débriefing par » concerne le débriefing, pas « {label} ».</translation>
    </message>
    <message>
        <source>Say whether psychosocial support was offered, accepted or declined (--support ...).</source>
        <translation>Indiquez si le soutien psychosocial a été proposé, accepté ou refusé (--support ...).</translation>
    </message>
    <message>
        <source>The support&apos;s answer belongs to psychosocial support, not &apos;{label}&apos;.</source>
        <translation>La réponse sur le soutien concerne le soutien psychosocial, pas « {label} ».</translation>
    </message>
    <message>
        <source>The item &apos;{label}&apos; is already {state_word}.</source>
        <translation>L&apos;élément « {label} » est déjà {state_word}.</translation>
    </message>
    <message>
        <source>The item cannot be closed in the future; check the date.</source>
        <translation>L&apos;élément ne peut pas être clos dans le futur ; vérifiez la date.</translation>
    </message>
    <message>
        <source>The item cannot be closed before the incident; check the date.</source>
        <translation>L&apos;élément ne peut pas être clos avant l&apos;incident ; vérifiez la date.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; is already {state_word}.</source>
        <translation>L&apos;élément « {kind} » est déjà {state_word}.</translation>
    </message>
</context>
<context>
    <name>services.reports</name>
    <message>
        <source>Nationals held now</source>
        <extracomment>name -&gt; (title, what it shows, whether the period applies); the texts are marked here and translated where they are shown (``translate(&quot;services.reports&quot;, title)``).</extracomment>
        <translation>Ressortissants actuellement détenus</translation>
    </message>
    <message>
        <source>by country and post, with days held and last proof-of-life age</source>
        <translation>par pays et par poste, avec les jours de détention et l&apos;ancienneté de la dernière preuve de vie</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>Statistiques mensuelles</translation>
    </message>
    <message>
        <source>cases opened and closed by kind, country and post; median days to resolution; contacts by channel; families contacted within plan</source>
        <translation>dossiers ouverts et clos par type, pays et poste ; délai médian de résolution en jours ; contacts par canal ; familles contactées dans les délais du plan</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>open tasks and overdue items per caseworker and post</source>
        <translation>tâches ouvertes et éléments en retard par chargé de dossier et par poste</translation>
    </message>
    <message>
        <source>Family-contact compliance</source>
        <translation>Respect du plan de contact avec les familles</translation>
    </message>
    <message>
        <source>per case, over the period: contacts made against the plans</source>
        <translation>par dossier, sur la période : contacts effectués par rapport aux plans</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2025-07-01.</source>
        <translation>« {value} » n&apos;est pas une date : écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2025-07-01.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a report; use one of: {reports}.</source>
        <translation>« {name} » n&apos;est pas un rapport ; utilisez l&apos;un des suivants : {reports}.</translation>
    </message>
    <message>
        <source>The period starts ({start_day}) after it ends ({last_day}): swap the dates or widen the period.</source>
        <translation>La période commence ({start_day}) après sa fin ({last_day}) : inversez les dates ou élargissez la période.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code: use two letters, e.g. ML or NG.</source>
        <translation>« {country} » n&apos;est pas un code de pays : utilisez deux lettres, p. ex. ML ou NG.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>There is no post &apos;{post}&apos;; the posts are: {known}.</source>
        <translation>Il n&apos;y a pas de poste « {post} » ; les postes sont : {known}.</translation>
    </message>
    <message>
        <source>Nationals held</source>
        <translation>Ressortissants détenus</translation>
    </message>
    <message>
        <source>By country and post</source>
        <translation>Par pays et par poste</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>Jours de détention</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Days held: how many nationals</source>
        <translation>Jours de détention : nombre de ressortissants</translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation>Ressortissants</translation>
    </message>
    <message>
        <source>nationals</source>
        <translation>ressortissants</translation>
    </message>
    <message>
        <source>Nationals held, by country</source>
        <translation>Ressortissants détenus, par pays</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Détenus</translation>
    </message>
    <message>
        <source>Nationals held or unaccounted for</source>
        <translation>Ressortissants détenus ou sans nouvelles</translation>
    </message>
    <message>
        <source>Of whom unaccounted for</source>
        <translation>Dont sans nouvelles</translation>
    </message>
    <message>
        <source>Median days held</source>
        <translation>Durée médiane de détention (jours)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Longest held (days)</source>
        <translation>Plus longue détention (jours)</translation>
    </message>
    <message>
        <source>Nationals held now, longest held first</source>
        <translation>Ressortissants actuellement détenus, les plus anciens en premier</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Détenu depuis</translation>
    </message>
    <message>
        <source>Last proof of life</source>
        <translation>Dernière preuve de vie</translation>
    </message>
    <message>
        <source>Proof-of-life age (days)</source>
        <translation>Ancienneté de la preuve de vie (jours)</translation>
    </message>
    <message>
        <source>Days are whole days since the first standing held or unaccounted-for status entry, to now.</source>
        <translation>Les jours sont des jours entiers depuis la première entrée de statut détenu ou sans nouvelles toujours valide, jusqu&apos;à maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The last proof of life of %n national(s) is restricted: only their case&apos;s team and supervisors see it.</source>
        <translation>
            <numerusform>La dernière preuve de vie de %n ressortissant est restreinte : seuls l&apos;équipe de son dossier et les superviseurs la voient.</numerusform>
            <numerusform>La dernière preuve de vie de %n ressortissants est restreinte : seuls l&apos;équipe de leur dossier et les superviseurs la voient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>Days to resolution</source>
        <translation>Jours jusqu&apos;à la résolution</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Contacts par canal</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Contacts avec les familles</translation>
    </message>
    <message>
        <source>Cases opened and closed, by month</source>
        <translation>Dossiers ouverts et clos, par mois</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>Contacts by channel, by month</source>
        <translation>Contacts par canal, par mois</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Cases opened by country, month by month</source>
        <translation>Dossiers ouverts par pays, mois par mois</translation>
    </message>
    <message>
        <source>Median days to resolution</source>
        <translation>Délai médian de résolution (jours)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Family contacts within plan</source>
        <translation>Contacts avec les familles dans les délais du plan</translation>
    </message>
    <message>
        <source>{percent}% of {total}</source>
        <translation>{percent} % sur {total}</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Within plan</source>
        <translation>Dans les délais du plan</translation>
    </message>
    <message>
        <source>By kind of case</source>
        <translation>Par type de dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Par poste</translation>
    </message>
    <message>
        <source>Opened: when the post opened the case (its first status entry). Closed: the case&apos;s first change to resolved or closed. Days to resolution run from opening to that change.</source>
        <translation>Ouverts : date à laquelle le poste a ouvert le dossier (sa première entrée de statut). Clos : premier passage du dossier au statut résolu ou clos. Les jours jusqu&apos;à la résolution courent de l&apos;ouverture jusqu&apos;à ce changement.</translation>
    </message>
    <message>
        <source>A family contact is within plan when it came no later than the agreed interval after the previous contact with that relative (or after the case was opened, for the first).</source>
        <translation>Un contact avec une famille est dans les délais du plan lorsqu&apos;il a eu lieu au plus tard à l&apos;intervalle convenu après le contact précédent avec ce proche (ou après l&apos;ouverture du dossier, pour le premier).</translation>
    </message>
    <message>
        <source>Counts include restricted entries (not their content) and leave voided entries out.</source>
        <translation>Les décomptes incluent les entrées restreintes (pas leur contenu) et excluent les entrées annulées.</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <source>Cases led</source>
        <translation>Dossiers pilotés</translation>
    </message>
    <message>
        <source>(nobody assigned)</source>
        <translation>(personne n&apos;est désigné)</translation>
    </message>
    <message>
        <source>Open and overdue tasks, per caseworker</source>
        <translation>Tâches ouvertes et en retard, par chargé de dossier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>Caseworkers with open tasks</source>
        <translation>Chargés de dossier ayant des tâches ouvertes</translation>
    </message>
    <message>
        <source>Per caseworker and post</source>
        <translation>Par chargé de dossier et par poste</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Chargé(e) de dossier</translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation>Part en retard</translation>
    </message>
    <message>
        <source>Open cases led</source>
        <translation>Dossiers ouverts pilotés</translation>
    </message>
    <message>
        <source>Open tasks: open or in progress, not voided. Overdue: due before now. Counted by the case&apos;s post.</source>
        <translation>Tâches ouvertes : ouvertes ou en cours, non annulées. En retard : échéance dépassée. Comptées par poste du dossier.</translation>
    </message>
    <message>
        <source>Contacts against the plans</source>
        <translation>Contacts par rapport aux plans</translation>
    </message>
    <message>
        <source>Cases by family-contact compliance</source>
        <translation>Dossiers selon le respect du plan de contact avec les familles</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Cases with relatives on a plan</source>
        <translation>Dossiers ayant des proches avec un plan</translation>
    </message>
    <message>
        <source>Contacts the plans called for</source>
        <translation>Contacts prévus par les plans</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Relatives overdue now</source>
        <translation>Proches actuellement en retard</translation>
    </message>
    <message>
        <source>Per case</source>
        <translation>Par dossier</translation>
    </message>
    <message>
        <source>Relatives on a plan</source>
        <translation>Proches avec un plan</translation>
    </message>
    <message>
        <source>Contacts called for</source>
        <translation>Contacts prévus</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>Contacts effectués</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>En retard actuellement</translation>
    </message>
    <message>
        <source>A relative&apos;s plan (contact every N days) calls for one contact per N days of the period they were on it; compliance counts the contacts made, up to what each plan called for, against that.</source>
        <translation>Le plan d&apos;un proche (contact tous les N jours) prévoit un contact par tranche de N jours de la période pendant laquelle il s&apos;appliquait ; le respect compte les contacts effectués, dans la limite de ce que prévoyait chaque plan, par rapport à ce total.</translation>
    </message>
    <message>
        <source>Cases open at some time in the period. Counts include restricted contacts; voided ones are left out.</source>
        <translation>Dossiers ouverts à un moment de la période. Les décomptes incluent les contacts restreints ; les contacts annulés sont exclus.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a report format; use one of: {formats}.</source>
        <translation>« {value} » n&apos;est pas un format de rapport ; utilisez l&apos;un des suivants : {formats}.</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <extracomment>Days-held buckets of the distribution: (label, lowest day, first day of the next bucket); the labels are translated where they are shown (services/reports.py).</extracomment>
        <translation>&lt; 30 jours</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 ans</translation>
    </message>
    <message>
        <source>2 years +</source>
        <translation>2 ans et plus</translation>
    </message>
</context>
<context>
    <name>services.saved_filters</name>
    <message>
        <source>There is no list &apos;{value}&apos; to save a filter for; use one of {lists}.</source>
        <extracomment>The lists a filter can be saved for. The most a definition may hold (characters of JSON): a filter is a handful of values. How many filters one account may keep per list: a sidebar, not a database. The post it is shared with (its code), or None: only its owner sees it. Values of the definition the list no longer knows, filled in by the faces that apply it.</extracomment>
        <translation>Il n&apos;y a pas de liste « {value} » pour laquelle enregistrer un filtre ; utilisez l&apos;une des suivantes : {lists}.</translation>
    </message>
    <message>
        <source>A saved filter is a set of named values (a JSON object).</source>
        <translation>Un filtre enregistré est un ensemble de valeurs nommées (un objet JSON).</translation>
    </message>
    <message>
        <source>This filter is {count:,} characters long; a saved filter holds at most {max_definition_chars:,}.</source>
        <translation>Ce filtre compte {count:,} caractères ; un filtre enregistré en contient au plus {max_definition_chars:,}.</translation>
    </message>
    <message>
        <source>There is no post &apos;{code}&apos;; use the code of one of the posts (BAM, ABJ…).</source>
        <translation>Il n&apos;y a pas de poste « {code} » ; utilisez le code de l&apos;un des postes (BAM, ABJ…).</translation>
    </message>
    <message>
        <source>There is no saved filter #{filter_id}.</source>
        <translation>Il n&apos;y a pas de filtre enregistré n° {filter_id}.</translation>
    </message>
    <message>
        <source>&apos;{row_name}&apos; is {display_name}&apos;s filter: only they (or an administrator) can change it. Save it under a name of your own to keep a copy.</source>
        <translation>« {row_name} » est le filtre de {display_name} : seul son auteur (ou un administrateur) peut le modifier. Enregistrez-le sous un nom à vous pour en garder une copie.</translation>
    </message>
    <message>
        <source>The saved filter &apos;{row_name}&apos; was changed since you loaded it; load it again.</source>
        <translation>Le filtre enregistré « {row_name} » a été modifié depuis que vous l&apos;avez chargé ; chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>You already have a filter called &apos;{label}&apos; for this list; choose another name or replace it.</source>
        <translation>Vous avez déjà un filtre nommé « {label} » pour cette liste ; choisissez un autre nom ou remplacez-le.</translation>
    </message>
    <message>
        <source>You keep {count} filters for this list already; delete some first.</source>
        <translation>Vous avez déjà {count} filtres pour cette liste ; supprimez-en d&apos;abord quelques-uns.</translation>
    </message>
    <message>
        <source>The saved filter &apos;{label}&apos; was changed since you loaded it; load it again.</source>
        <translation>Le filtre enregistré « {label} » a été modifié depuis que vous l&apos;avez chargé ; chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>There is already a filter called &apos;{label}&apos; for this list; choose another name.</source>
        <translation>Il existe déjà un filtre nommé « {label} » pour cette liste ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no saved filter called &apos;{name}&apos; for the {list_name} list; &apos;consular filters list&apos; shows them.</source>
        <translation>Il n&apos;y a pas de filtre enregistré nommé « {name} » pour la liste {list_name} ; « consular filters list » les affiche.</translation>
    </message>
</context>
<context>
    <name>services.search</name>
    <message>
        <source>The number of results must be between 1 and {max_limit}; got {limit}.</source>
        <translation>Le nombre de résultats doit être compris entre 1 et {max_limit} ; reçu : {limit}.</translation>
    </message>
    <message>
        <source>The search is {count} characters long; keep it under {max_query}.</source>
        <translation>La recherche compte {count} caractères ; restez en dessous de {max_query}.</translation>
    </message>
</context>
<context>
    <name>services.tasks</name>
    <message>
        <source>The task cannot be created in the future; check the date and zone.</source>
        <translation>La tâche ne peut pas être créée dans le futur ; vérifiez la date et le fuseau horaire.</translation>
    </message>
    <message>
        <source>The task is dated more than a year before the incident; check the year.</source>
        <translation>La tâche est datée de plus d&apos;un an avant l&apos;incident ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>There is no task #{task_id}.</source>
        <translation>Il n&apos;y a pas de tâche n° {task_id}.</translation>
    </message>
    <message>
        <source>The task &apos;{title}&apos; is already {status}.</source>
        <translation>La tâche « {title} » est déjà {status}.</translation>
    </message>
</context>
<context>
    <name>services.teams</name>
    <message>
        <source>Name the user to add or remove (e.g. k.reddy).</source>
        <translation>Nommez l&apos;utilisateur à ajouter ou à retirer (p. ex. k.reddy).</translation>
    </message>
    <message>
        <source>There is no active user &apos;{name}&apos; in this database.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur actif « {name} » dans cette base de données.</translation>
    </message>
    <message>
        <source>{display_name} is already on the team of {reference}.</source>
        <translation>{display_name} fait déjà partie de l&apos;équipe de {reference}.</translation>
    </message>
    <message>
        <source>{display_name} is the case&apos;s {part}; change the {part} of {reference} instead.</source>
        <translation>{display_name} est le/la {part} du dossier ; changez plutôt le/la {part} de {reference}.</translation>
    </message>
    <message>
        <source>{display_name} is not a member of the team of {reference}.</source>
        <translation>{display_name} ne fait pas partie de l&apos;équipe de {reference}.</translation>
    </message>
</context>
<context>
    <name>services.timeline</name>
    <message>
        <source>&apos;{value}&apos; is not a date or a date and time.</source>
        <translation>« {value} » n&apos;est ni une date ni une date et heure.</translation>
    </message>
    <message>
        <source>The start ({show}) is after the end ({show2}); swap them or widen the range.</source>
        <translation>Le début ({show}) est postérieur à la fin ({show2}) ; inversez-les ou élargissez la plage.</translation>
    </message>
    <message>
        <source>Names are masked in redacted copies only: ask for redaction too.</source>
        <translation>Les noms ne sont masqués que dans les copies caviardées : demandez aussi le caviardage.</translation>
    </message>
    <message>
        <source>No events of {reference} match this export ({scope}); &apos;{name}&apos; was left as it was. Check the filters, or allow an empty export.</source>
        <translation>Aucun événement de {reference} ne correspond à cet export ({scope}) ; « {name} » a été laissé tel quel. Vérifiez les filtres, ou autorisez un export vide.</translation>
    </message>
    <message>
        <source>No events of {reference} match this export ({scope}); nothing was written. Check the filters, or allow an empty export.</source>
        <translation>Aucun événement de {reference} ne correspond à cet export ({scope}) ; rien n&apos;a été écrit. Vérifiez les filtres, ou autorisez un export vide.</translation>
    </message>
</context>
<context>
    <name>services.timeline_events</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <extracomment>(kind, id) of the entries marked shareable with family (&quot;contact&quot;, &quot;milestone&quot;, &quot;status&quot;).</extracomment>
        <translation>Incident : {title}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>Type : {kind}</translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation>Attribution : {attribution}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Case reopened: {old} to {new}</source>
        <translation>Dossier rouvert : de {old} à {new}</translation>
    </message>
    <message>
        <source>Case status: {old} to {new}</source>
        <translation>Statut du dossier : de {old} à {new}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>Medium: {medium}</source>
        <translation>Support : {medium}</translation>
    </message>
    <message>
        <source>answer to the agreed question matched</source>
        <translation>réponse à la question convenue correcte</translation>
    </message>
    <message>
        <source>answer to the agreed question did NOT match</source>
        <translation>réponse à la question convenue NON conforme</translation>
    </message>
    <message>
        <source>answer to the agreed question not compared</source>
        <translation>réponse à la question convenue non comparée</translation>
    </message>
    <message>
        <source>assessment: {assessment}</source>
        <translation>évaluation : {assessment}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Résultat : {outcome}</translation>
    </message>
    <message>
        <source>Follow-up needed.</source>
        <translation>Suivi nécessaire.</translation>
    </message>
    <message>
        <source>Staff present: {names}</source>
        <translation>Personnel présent : {names}</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>Tâche : {title}</translation>
    </message>
    <message>
        <source>Assigned to {assignee}</source>
        <translation>Attribuée à {assignee}</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Échéance {when}</translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation>Priorité : {priority}</translation>
    </message>
    <message>
        <source>Raised by contact:{contact_id}</source>
        <translation>Issue du contact:{contact_id}</translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation>Tâche terminée : {title}</translation>
    </message>
    <message>
        <source>Document: {file_name}</source>
        <translation>Document : {file_name}</translation>
    </message>
    <message>
        <source>Demand — {what}</source>
        <translation>Revendication — {what}</translation>
    </message>
    <message>
        <source>Made by {made_by}, via {via}</source>
        <translation>Formulée par {made_by}, via {via}</translation>
    </message>
    <message>
        <source>Made by {made_by}</source>
        <translation>Formulée par {made_by}</translation>
    </message>
    <message>
        <source>Via an intermediary {flag} at the time.</source>
        <translation>Via un intermédiaire {flag} à ce moment-là.</translation>
    </message>
    <message>
        <source>Deadline: {when}</source>
        <translation>Échéance : {when}</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>Réponse : {response}</translation>
    </message>
    <message>
        <source>Return: {kind} — {name}</source>
        <translation>Retour : {kind} — {name}</translation>
    </message>
    <message>
        <source>Return: {kind} — {name} (not applicable)</source>
        <translation>Retour : {kind} — {name} (sans objet)</translation>
    </message>
    <message>
        <source>Debrief by {debrief_by}</source>
        <translation>Débriefing par {debrief_by}</translation>
    </message>
    <message>
        <source>Psychosocial support {support}</source>
        <translation>Soutien psychosocial {support}</translation>
    </message>
    <message>
        <source>Not applicable: {na_reason}</source>
        <translation>Sans objet : {na_reason}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
    <message>
        <source>Family update — {kin} ({relationship} of {hostage}), by {channel}</source>
        <translation>Information de la famille — {kin} ({relationship} de {hostage}), par {channel}</translation>
    </message>
    <message>
        <source>Linked with {other} ({post}): {kind}</source>
        <translation>Lié à {other} ({post}) : {kind}</translation>
    </message>
    <message>
        <source>Unlinked from {other} ({post})</source>
        <translation>Lien supprimé avec {other} ({post})</translation>
    </message>
    <message>
        <source>Liaison officer for {who}: {value}</source>
        <translation>Agent de liaison pour {who} : {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Liaison officer for {who}: {before} → {value}</source>
        <translation>Agent de liaison pour {who} : {before} → {value}</translation>
    </message>
</context>
<context>
    <name>services.vetting</name>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>A vetting decision says under vetting, vetted or rejected.</source>
        <translation>Une décision de vérification indique en cours de vérification, vérifié ou rejeté.</translation>
    </message>
    <message>
        <source>There is no counterpart #{counterpart_id}.</source>
        <translation>Il n&apos;y a pas d&apos;interlocuteur n° {counterpart_id}.</translation>
    </message>
    <message>
        <source>The decision is in the future; check the date.</source>
        <translation>La décision est dans le futur ; vérifiez la date.</translation>
    </message>
</context>
<context>
    <name>services.views</name>
    <message>
        <source>No agreed contact plan</source>
        <extracomment>The clock a view was read under: not data, so left out of equality, repr and JSON. The latest proof of life assessed genuine (not voided): what &quot;alive as of&quot; rests on. The latest welfare report about this national (or about all of the case&apos;s), not voided. True outside the case team when the national has proofs of life: they are restricted, so neither their dates nor whether one was verified are given (both dates are then None). That there is none at all is not withheld (the brief says so to every reader too). The clock of the context that read this: what &quot;now&quot; means for the day counts.</extracomment>
        <translation>Aucun plan de contact convenu</translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel} ({owner})</source>
        <translation>
            <numerusform>Convenu tous les jours par {channel} ({owner})</numerusform>
            <numerusform>Convenu tous les %n jours par {channel} ({owner})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel}</source>
        <translation>
            <numerusform>Convenu tous les jours par {channel}</numerusform>
            <numerusform>Convenu tous les %n jours par {channel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) ({owner})</source>
        <translation>
            <numerusform>Convenu tous les jours ({owner})</numerusform>
            <numerusform>Convenu tous les %n jours ({owner})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s)</source>
        <translation>
            <numerusform>Convenu tous les jours</numerusform>
            <numerusform>Convenu tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Intermediaries in this contact who were not vetted at the time (&quot;Name (unvetted)&quot;). Who attached it (its author, for Void…). Milestones voided with a reason, for the history views that strike them through (a voided proof of life stays visible with who voided it and why). They count for nothing: ``milestones``, the last proof of life, briefs and the timeline leave them out. Every proof of life and welfare report, voided ones included, oldest first (the People tab&apos;s welfare history), also when the milestones are a page. The open task due first (the Overview&apos;s &quot;next task due&quot;), from all the case&apos;s tasks. Paged detail (``get_case(..., page=N)``) only, else None: ``milestones`` and ``voided_milestones`` are then the first N milestones, oldest first, and ``tasks`` the first N tasks by due time, voided ones included (``view.voided``); these are the totals: (standing, voided) milestones and (open, overdue, done or cancelled, voided) tasks.</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Note de contact</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Proof-of-life question</source>
        <translation>Question de preuve de vie</translation>
    </message>
    <message>
        <source>Proof-of-life check</source>
        <translation>Vérification de preuve de vie</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Détention</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Chef d&apos;accusation</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Consular visit</source>
        <translation>Visite consulaire</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <source>Family update</source>
        <translation>Information de la famille</translation>
    </message>
    <message>
        <source>{what}: {text}</source>
        <translation>{what} : {text}</translation>
    </message>
</context>
<context>
    <name>services.voiding</name>
    <message>
        <source>There is no {what} #{entry_id}.</source>
        <extracomment>For a status entry: the person&apos;s status now that the entry no longer counts.</extracomment>
        <translation>Il n&apos;y a pas de {what} n° {entry_id}.</translation>
    </message>
    <message>
        <source>{label} was already voided on {voided_at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>{label} a déjà été annulé le {voided_at:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>Only {value} or a supervisor can void {label}.</source>
        <translation>Seul {value} ou un superviseur peut annuler {label}.</translation>
    </message>
    <message>
        <source>{label} is the only entry of {full_name}&apos;s status history; record the correct status first, then void this one.</source>
        <translation>{label} est la seule entrée de l&apos;historique de statut de {full_name} ; enregistrez d&apos;abord le bon statut, puis annulez celle-ci.</translation>
    </message>
    <message>
        <source>This {what} was voided ({void_reason}); it can no longer be changed.</source>
        <translation>Cet élément ({what}) a été annulé ({void_reason}) ; il ne peut plus être modifié.</translation>
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
<context>
    <name>workspace</name>
    <message numerus="yes">
        <source>The overview of {ref} has %n unsaved change(s). Save before closing?</source>
        <translation>
            <numerusform>La vue d&apos;ensemble de {ref} contient %n modification non enregistrée. Enregistrer avant de fermer&#xa0;?</numerusform>
            <numerusform>La vue d&apos;ensemble de {ref} contient %n modifications non enregistrées. Enregistrer avant de fermer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
</TS>
