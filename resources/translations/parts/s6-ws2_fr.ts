<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
    <name>RecordSection</name>
    <message>
        <source>{name}: summary</source>
        <translation>{name} : résumé</translation>
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
    <name>linked_cases</name>
    <message>
        <source> — &lt;i&gt;details restricted to that case&apos;s team&lt;/i&gt;</source>
        <translation> — &lt;i&gt;détails réservés à l&apos;équipe de ce dossier&lt;/i&gt;</translation>
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
    <name>users_combo</name>
    <message>
        <source>— nobody —</source>
        <translation>— personne —</translation>
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
