<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
        <translation>Une note de situation de {reference} au format PDF : synthèse, ressortissants retenus, faits marquants, contacts, liaison avec les familles et tâches en cours. Chaque note émise est enregistrée.</translation>
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
        <source>Also masks the names of the case's people and their families, native script included. Only in a redacted brief.</source>
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
        <translation>Un PDF a-t-il été émis ici ? Déposez-le sur cette fenêtre ou utilisez « Vérifier un PDF… ».</translation>
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
        <translation>La période ne peut pas commencer après aujourd’hui ({today}) ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Previous brief: {when} by {name} (content SHA-256 {hash}).</source>
        <translation>Note précédente : {when}, par {name} (SHA-256 du contenu {hash}).</translation>
    </message>
    <message>
        <source>No brief of this case has been issued yet: the last 7 days.</source>
        <translation>Aucune note n’a encore été émise pour ce dossier : les 7 derniers jours.</translation>
    </message>
    <message>
        <source>The brief was not written: check the period.</source>
        <translation>La note n’a pas été écrite : vérifiez la période.</translation>
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
            <numerusform>Note n° {id} émise, en remplacement de la note n° {old} : %n page, {details}, période {period}.</numerusform>
            <numerusform>Note n° {id} émise, en remplacement de la note n° {old} : %n pages, {details}, période {period}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>Note n° {id} émise : %n page, {details}, période {period}.</numerusform>
            <numerusform>Note n° {id} émise : %n pages, {details}, période {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Content SHA-256 {hash} (printed in the footer of every page).</source>
        <translation>SHA-256 du contenu {hash} (imprimé au pied de chaque page).</translation>
    </message>
    <message>
        <source>Brief #{id} issued {when} by {name}, covering {period}. Generate again keeps this period.</source>
        <translation>Note n° {id} émise le {when} par {name}, période {period}. « Générer à nouveau » conserve cette période.</translation>
    </message>
    <message>
        <source>Generate again</source>
        <translation>Générer à nouveau</translation>
    </message>
    <message>
        <source>Issue brief #{id} again with the options chosen now: same period ({period}); the new brief records that it replaces this one</source>
        <translation>Émettre à nouveau la note n° {id} avec les options choisies maintenant : même période ({period}) ; la nouvelle note indique qu’elle remplace celle-ci</translation>
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
        <translation>Aucun programme d’affichage des PDF n’a été trouvé. La note se trouve ici : {path}.</translation>
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
        <translation>Impossible d’enregistrer la note dans {path} : {reason}.</translation>
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
        <translation>Aucun service d’impression n’a été trouvé sur cet ordinateur : la note est ouverte dans votre lecteur PDF ; imprimez-la depuis celui-ci.</translation>
    </message>
    <message>
        <source>Sending the brief to the printer…</source>
        <translation>Envoi de la note à l’imprimante…</translation>
    </message>
</context>
<context>
    <name>brief_dialog</name>
    <message>
        <source>Sent to the default printer through your PDF viewer.</source>
        <extracomment>The language the brief is written in ("en", "fr", "hi").</extracomment>
        <translation>Envoyée à l’imprimante par défaut via votre lecteur PDF.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The printer refused the brief: {reason}.</source>
        <translation>L’imprimante a refusé la note : {reason}.</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
</context>
<context>
    <name>cli.cmd_brief</name>
    <message>
        <source>write a status brief of a case as PDF (or list the briefs issued)</source>
        <translation>écrire la note de situation d’un dossier en PDF (ou lister les notes émises)</translation>
    </message>
    <message>
        <source>Write a status brief of a case as a PDF for supervisors and senior officials, and record it (who, when, period, content hash). The period runs from the end of the previous brief of the case, or the last 7 days if there is none, unless --since says otherwise. Restricted contacts and milestones show only their date ("Restricted") unless --include-restricted. The brief is written in the language of --lang after the command (en, fr or hi), else in the language of the messages. Every page carries the audit chain head it was issued at: check a copy with consular audit verify --anchor SEQ:HASH.</source>
        <translation>Écrit la note de situation d’un dossier en PDF pour les superviseurs et les hauts responsables, et l’enregistre (qui, quand, période, empreinte du contenu). La période court depuis la fin de la note précédente du dossier, ou sur les 7 derniers jours s’il n’y en a pas, sauf indication contraire de --since. Les contacts et jalons restreints n’indiquent que leur date (« Restreint ») sauf avec --include-restricted. La note est rédigée dans la langue de --lang placé après la commande (en, fr ou hi), sinon dans la langue des messages. Chaque page porte la tête de la chaîne d’audit au moment de l’émission : vérifiez une copie avec consular audit verify --anchor SEQ:HASH.</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001; or 'verify' followed by a PDF file</source>
        <translation>référence du dossier, p. ex. BAM-2025-0001 ; ou « verify » suivi d’un fichier PDF</translation>
    </message>
    <message>
        <source>with 'verify': the PDF to check against the briefs issued from this database (exit 0 if this exact file was issued here, 1 if not)</source>
        <translation>avec « verify » : le PDF à comparer aux notes émises depuis cette base de données (code de sortie 0 si ce fichier exact a été émis ici, 1 sinon)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>start of the period: YYYY-MM-DD (midnight in the case's zone) or an ISO 8601 date and time</source>
        <translation>début de la période : AAAA-MM-JJ (minuit dans le fuseau du dossier) ou une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>mask passport and other ID numbers, phone numbers, e-mail addresses, addresses and dates of birth; restricted entries show only their date</source>
        <translation>masquer les numéros de passeport et d’autres pièces d’identité, les numéros de téléphone, les adresses électroniques, les adresses et les dates de naissance ; les entrées restreintes n’indiquent que leur date</translation>
    </message>
    <message>
        <source>also mask the names of the case's people and their families, native script included (implies --redact)</source>
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
        <translation>la langue de rédaction de la note : {choices} (par défaut : la langue des messages)</translation>
    </message>
    <message>
        <source>generate brief ID again (see --list), e.g. with other options: same period, recorded as replacing it</source>
        <translation>générer à nouveau la note ID (voir --list), p. ex. avec d’autres options : même période, enregistrée comme la remplaçant</translation>
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
        <source>Unexpected '{file}': write the PDF to create with -o FILE.pdf.</source>
        <translation>« {file} » inattendu : indiquez le PDF à créer avec -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>Say where to write the brief: -o FILE.pdf (or use --list to see the briefs issued).</source>
        <translation>Indiquez où écrire la note : -o FICHIER.pdf (ou utilisez --list pour voir les notes émises).</translation>
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
        <translation>{pages}, {size} ; SHA-256 du contenu {hash}</translation>
    </message>
    <message>
        <source>brief #{id}; file SHA-256 {hash}; audit chain head {head}</source>
        <translation>note n° {id} ; SHA-256 du fichier {hash} ; tête de la chaîne d’audit {head}</translation>
    </message>
    <message>
        <source>Say which file to check: consular brief verify FILE.pdf</source>
        <translation>Indiquez le fichier à vérifier : consular brief verify FICHIER.pdf</translation>
    </message>
    <message>
        <source>  case:      {case}</source>
        <translation>  dossier :   {case}</translation>
    </message>
    <message>
        <source>  period:    {period} UTC</source>
        <translation>  période :   {period} UTC</translation>
    </message>
    <message>
        <source>  issued:    {when} UTC by {name}</source>
        <translation>  émise :     {when} UTC par {name}</translation>
    </message>
    <message>
        <source>  options:   {options}; {pages}; content SHA-256 {hash}</source>
        <translation>  options :   {options} ; {pages} ; SHA-256 du contenu {hash}</translation>
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
    <name>reports.output_file</name>
    <message>
        <source>'{path}' is a folder; give a file name inside it.</source>
        <translation>« {path} » est un dossier ; indiquez un nom de fichier à l’intérieur.</translation>
    </message>
    <message>
        <source>The folder '{folder}' does not exist.</source>
        <translation>Le dossier « {folder} » n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside '{path}'.</source>
        <translation>Impossible de créer un fichier temporaire à côté de « {path} ».</translation>
    </message>
    <message>
        <source>The disk is full; '{file}' was not written. Free some space and try again.</source>
        <translation>Le disque est plein ; « {file} » n’a pas été écrit. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write '{path}': permission denied. Choose another folder.</source>
        <translation>Impossible d’écrire « {path} » : autorisation refusée. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write '{path}': {reason}.</source>
        <translation>Impossible d’écrire « {path} » : {reason}.</translation>
    </message>
</context>
<context>
    <name>reports.words</name>
    <message>
        <source>On record (restricted)</source>
        <extracomment>What a brief says of a fact that exists but is restricted and left out: never "none". In English; :func:`withheld` gives it in the brief's language, which is what the brief prints.</extracomment>
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
        <translation>Génération : {when}, par {name}</translation>
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
        <source>In the case's local zone ({tz}, {offset}) unless marked UTC.</source>
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
        <translation>{when} ; contact ultérieur consigné (restreint)</translation>
    </message>
    <message>
        <source>on record (restricted)</source>
        <translation>consigné (restreint)</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label} : {text}</translation>
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
        <translation>Bilan ultérieur : {withheld}</translation>
    </message>
    <message numerus="yes">
        <source>MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>BESOINS MÉDICAUX : AUCUNE NOUVELLE DEPUIS PLUS DE %n JOUR</numerusform>
            <numerusform>BESOINS MÉDICAUX : AUCUNE NOUVELLE DEPUIS PLUS DE %n JOURS</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Source : </translation>
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
        <translation>Dernier fait avant la période : consigné (restreint).</translation>
    </message>
    <message>
        <source>Latest development before the period that this brief may show:</source>
        <translation>Dernier fait avant la période que cette note peut montrer :</translation>
    </message>
    <message>
        <source>Latest development before the period:</source>
        <translation>Dernier fait avant la période :</translation>
    </message>
    <message>
        <source>Contacts in the period ({shown} shown, {restricted} restricted: date only)</source>
        <translation>Contacts de la période ({shown} affichés, {restricted} restreints : date seule)</translation>
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
        <comment>column of a contact's subject</comment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>RESTREINT</translation>
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
        <translation>Contenu non communiqué (besoin d’en connaître) : seule la date est indiquée.</translation>
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
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
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
        <translation> ; changement le {date}, auparavant {officer}, {reason}</translation>
    </message>
    <message>
        <source>Last told {when} ({channel}): {text}.</source>
        <translation>Dernière information le {when} ({channel}) : {text}.</translation>
    </message>
    <message>
        <source>No family update logged.</source>
        <translation>Aucune information aux familles consignée.</translation>
    </message>
    <message>
        <source>Later: {withheld}.</source>
        <translation>Ultérieurement : {withheld}.</translation>
    </message>
    <message>
        <source>{name} — officer: {officer}.</source>
        <translation>{name} — agent : {officer}.</translation>
    </message>
    <message>
        <source>Later: {withheld}</source>
        <translation>Ultérieurement : {withheld}</translation>
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
        <translation>{restricted} : les revendications ne sont listées que dans une note destinée à l’équipe du dossier.</translation>
    </message>
    <message>
        <source>None received in the period; none unanswered.</source>
        <translation>Aucune reçue pendant la période ; aucune sans réponse.</translation>
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
        <source>ask that case's team</source>
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
        <translation>{name}, libération le {when} : {counts}</translation>
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
        <translation>Vérifiée : {when}</translation>
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
        <extracomment>"Audit chain head 1042:9f3a1c07b2e4", beside the marking at the foot of every page.</extracomment>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Nothing to show for this selection</source>
        <extracomment>"" means "Total" in the current language</extracomment>
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
        <extracomment>Family names to use in styles and on the canvas. as named to a reader, e.g. in the marker "[Arabic script]" reportlab font name; the file is ``&lt;regular&gt;-Regular.ttf`` the file is ``&lt;bold&gt;.ttf`` code points of the script (inclusive) Every script in our names that needs its own font. Odia's font keeps its older name. Characters of right-to-left text set as one unbreakable line (see the module docstring). About 105 pt at 8 pt in Noto Naskh: the "Next of kin" and "Name" columns of a brief are about 110 pt wide.</extracomment>
        <translation>[écriture {script}]</translation>
    </message>
    <message>
        <source>[cut; full text in the case record]</source>
        <translation>[coupé ; texte complet dans le dossier]</translation>
    </message>
    <message>
        <source>[symbol]</source>
        <translation>[symbole]</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <extracomment>The context the column titles of a list are marked in where they are written (``QT_TRANSLATE_NOOP("services.lists", "Reference")`` in consular.services.lists). "text", "date" (a datetime shown in its own zone's wall time), "int" or "bool".</extracomment>
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
        <translation>Rapport {marking} : {scope}</translation>
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
        <extracomment>The CSV's columns: every export field, then the chain head (the same on every row). How the chain head is labelled where a person reads it (PDF and workbook footers), in English; :func:`chain_head_label` gives it in the current language. What each format is, for a choice of format: in English, marked for translation in the context "reports.words" (the GUI shows ``QCoreApplication.translate("reports.words", text)``, Qt-free code :func:`describe`).</extracomment>
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
        <source>'{format}' is not an export format; use one of: {formats}.</source>
        <translation>« {format} » n’est pas un format d’export ; utilisez l’un des formats suivants : {formats}.</translation>
    </message>
    <message>
        <source>[RESTRICTED]</source>
        <translation>[RESTREINT]</translation>
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
        <translation>Personnes : {people}</translation>
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
        <source>Local times are in the case's zone, {zone}; each event also gives UTC.</source>
        <translation>Les heures locales sont celles du fuseau du dossier, {zone} ; chaque événement indique aussi l’heure UTC.</translation>
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
        <translation>Génération : {when} UTC — CAVIARDÉE</translation>
    </message>
    <message>
        <source>Generated {when} UTC</source>
        <translation>Génération : {when} UTC</translation>
    </message>
    <message>
        <source>{reference} case timeline</source>
        <translation>Chronologie du dossier {reference}</translation>
    </message>
    <message>
        <source>No events match this export's scope.</source>
        <translation>Aucun événement ne correspond au périmètre de cet export.</translation>
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
        <source>Names of the case's people and their families are masked too.</source>
        <translation>Les noms des personnes du dossier et de leurs familles sont également masqués.</translation>
    </message>
    <message>
        <source>This brief INCLUDES RESTRICTED ENTRIES (marked RESTRICTED). Do not pass it to families, employers or anyone outside the case team.</source>
        <translation>Cette note CONTIENT DES ENTRÉES RESTREINTES (marquées RESTREINT). Ne la transmettez pas aux familles, aux employeurs ni à quiconque hors de l’équipe du dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted contact entries are not included (issue with 'include restricted' for the case team only).</source>
        <translation>
            <numerusform>%Ln entrée de contact restreinte n’est pas incluse (émettre avec « inclure les entrées restreintes » pour l’équipe du dossier uniquement).</numerusform>
            <numerusform>%Ln entrées de contact restreintes ne sont pas incluses (émettre avec « inclure les entrées restreintes » pour l’équipe du dossier uniquement).</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: not for issue.</source>
        <translation>PROJET : ne pas diffuser.</translation>
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
        <source>{status} {date}</source>
        <comment>a charge's status and its date</comment>
        <translation>{status} le {date}</translation>
    </message>
    <message>
        <source>{charge} ({status}; filed {date})</source>
        <translation>{charge} ({status} ; portée le {date})</translation>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.brief_gather</name>
    <message>
        <source>'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-07-18.</source>
        <extracomment>Without ``since`` and without an earlier brief, a brief covers this long. A period since the previous brief shorter than this is refused: it prints as "17:27 to 17:27". Newest contacts listed per counterpart category; the rest are counted ("and 12 more").</extracomment>
        <translation>« {value} » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2025-07-18.</translation>
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
        <translation>Le début de la période est dans le futur ; indiquez une date antérieure ou égale à aujourd’hui.</translation>
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
        <extracomment>SHA-256 of the PDF file's bytes (``sha256`` is of the content, printed in the footer). The audit chain head printed in every page's footer (``seq:hash``), an anchor. Why the file never reached its folder, when it did not (the brief was recorded first).</extracomment>
        <translation>Une note caviardée n’inclut jamais d’entrées restreintes : le caviardage sert aux copies transmises, et les entrées restreintes ne doivent pas quitter l’équipe du dossier. Choisissez l’un des deux.</translation>
    </message>
    <message>
        <source>'{value}' is not a page size; use A4 or Letter.</source>
        <translation>« {value} » n’est pas un format de page ; utilisez A4 ou Letter.</translation>
    </message>
    <message>
        <source>'{value}' is not a language a brief can be issued in; use {choices}.</source>
        <translation>« {value} » n’est pas une langue dans laquelle une note peut être émise ; utilisez {choices}.</translation>
    </message>
    <message>
        <source>Names are masked in redacted briefs only: ask for redaction too.</source>
        <translation>Les noms ne sont masqués que dans les notes caviardées : demandez aussi le caviardage.</translation>
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
        <source>'{path}' is not a file.</source>
        <translation>« {path} » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read '{path}': {reason}.</source>
        <translation>Impossible de lire « {path} » : {reason}.</translation>
    </message>
    <message>
        <source>NOT ISSUED HERE: no brief issued from this database has the SHA-256 of {file} ({hash}…). It may have been changed, come from elsewhere, or have been issued before file hashes were recorded.</source>
        <translation>NON ÉMISE ICI : aucune note émise depuis cette base de données n’a le SHA-256 de {file} ({hash}…). Le fichier a pu être modifié, venir d’ailleurs ou avoir été émis avant l’enregistrement des empreintes de fichier.</translation>
    </message>
    <message>
        <source>ISSUED HERE: {file} is draft brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.</source>
        <translation>ÉMISE ICI : {file} est le projet de note n° {id} de {reference}, couvrant la période du {start} au {end}, émis le {issued} par {name}.</translation>
    </message>
    <message>
        <source>ISSUED HERE: {file} is brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.</source>
        <translation>ÉMISE ICI : {file} est la note n° {id} de {reference}, couvrant la période du {start} au {end}, émise le {issued} par {name}.</translation>
    </message>
    <message>
        <source>(Its file was recorded as not delivered: {reason})</source>
        <translation>(Son fichier a été enregistré comme non livré : {reason})</translation>
    </message>
</context>
</TS>
