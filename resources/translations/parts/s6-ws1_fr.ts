<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
    <name>HistoryTab</name>
    <message>
        <source>History of {reference}</source>
        <translation>Historique de {reference}</translation>
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
    <name>PeopleTab</name>
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
        <source>VOID — voided by {user} on {when}: {reason}</source>
        <translation>ANNULÉ — annulé par {user} le {when}&#xa0;: {reason}</translation>
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
        <source>Medical needs:</source>
        <translation>Besoins médicaux&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to void here: only the author of an entry or a supervisor may, and the only entry left cannot be voided (record the right status first).</source>
        <translation>Rien à annuler ici&#xa0;: seul l&apos;auteur d&apos;une entrée ou un superviseur le peut, et la seule entrée restante ne peut pas être annulée (enregistrez d&apos;abord le bon statut).</translation>
    </message>
    <message>
        <source>Mark a status entry recorded by mistake as void, with a reason</source>
        <translation>Marquer comme annulée une entrée de statut saisie par erreur, avec un motif</translation>
    </message>
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
        <source>National concerned</source>
        <translation>Ressortissant concerné</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; since {when}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; depuis le {when}</translation>
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
        <source>Mark compromised</source>
        <translation>Marquer comme compromise</translation>
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
