<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
        <translation>rédiger la note de situation d&apos;un dossier en PDF (ou lister les notes émises)</translation>
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
    <message numerus="yes">
        <source>Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</source>
        <translation>
            <numerusform>%Ln événement de {reference} écrit dans {output} ({format}, {what} ; tête de la chaîne d&apos;audit {chain_head}).</numerusform>
            <numerusform>%Ln événements de {reference} écrits dans {output} ({format}, {what} ; tête de la chaîne d&apos;audit {chain_head}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {rows} {kind} to {path}</source>
        <translation>{rows} {kind} écrits dans {path}</translation>
    </message>
    <message>
        <source>; left out {left_out}</source>
        <translation> ; omis : {left_out}</translation>
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
</TS>
