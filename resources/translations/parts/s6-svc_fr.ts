<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
</context>
<context>
    <name>services.audit_checks</name>
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
        <extracomment>``progress(rows done, rows in all)``, called after each row (from the worker thread in the GUI).</extracomment>
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
        <source>known person #{id} {how}; added to the case</source>
        <translation>personne connue n° {id} {how} ; ajoutée au dossier</translation>
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
        <source>Contacts by channel, by month</source>
        <translation>Contacts par canal, par mois</translation>
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
</TS>
