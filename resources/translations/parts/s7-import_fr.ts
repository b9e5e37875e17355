<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>services.cases</name>
    <message>
        <source>There is no case '{ref}'. Check the reference (e.g. BAM-2025-0001).</source>
        <extracomment>Rows per batched query (well under SQLite's and PostgreSQL's parameter limits). What the write does: None (nothing: matched as it is, or refused), "case", "person" (a new person joins the case), "add" (a known person joins the case), "contact". What the write needs (see :mod:`.rows`): ids, cleaned values, the service's arguments.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>services.contacts</name>
    <message>
        <source>The contact is more than a year before the incident; check the year.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>services.context</name>
    <message>
        <source>Records are shown as of {as_of:%Y-%m-%d} (--as-of); changes are refused so that nothing is back-dated. Leave out --as-of to make changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{display_name} has read-only access and cannot change records.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>services.importing</name>
    <message>
        <source>{file}: {rows} rows; {created} would be created, {matched} matched existing records, {refused} refused.</source>
        <extracomment>``progress(rows done, rows in all, what is being done)``: called as the rows are checked, then again as they are written (from the worker thread in the GUI).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {rows} rows; {created} were created, {matched} matched existing records, {refused} refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row {number}: {field}: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row {number}: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {refused} of {total} rows of {file} are refused{more}. {lines}. Correct the file (or the mapping) and import it again; a dry run lists every row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing row {done} of {total}…</source>
        <translation>Écriture de la ligne {done} sur {total}…</translation>
    </message>
    <message>
        <source>There is no import #{batch_id}; `consular import list` shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import #{batch_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC by {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only {display_name} (who imported it) or a supervisor can undo import #{batch_id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Vérification de la ligne {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>services.importing.rows</name>
    <message>
        <source>on the case reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the post (code, e.g. BAM), or a reference that starts with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incident date and time is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the case reference (e.g. BAM-2025-0001).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person's full name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone {given} read for country {region} ({phone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next of kin come with their contact plan and the hostage they are family of; add them in the case's People tab, not by import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already in the case, {how}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the person of row {row} {how}; added to the case</source>
        <translation>la personne de la ligne {row} {how} ; ajoutée au dossier</translation>
    </message>
    <message>
        <source>known person #{id} {how}; added to the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on passport number {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on name and date of birth ({day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date and time of the contact is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact #{id} (same case, time and summary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the contact of row {row} (same case, time and summary)</source>
        <translation>le contact de la ligne {row} (même dossier, même heure et même résumé)</translation>
    </message>
    <message>
        <source>Say who the contact was with: 'Name | Organisation', several separated by ';'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new counterpart '{name}' ({organisation}) (category other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new counterpart '{name}' (category other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{shown}' is not yes or no.</source>
        <extracomment>Separates counterparts in a contact's "with" cell, and a name from its organisation. The record concerned: a case reference, a person's name, a contact's date and summary. Matched: on what. Refused: why. Created: anything worth knowing (the reference given). The field a refusal is about (a field name of the mapping), if any. What was assumed to read the row (a phone's country). Records made, as (audit entity, id): what undoing the batch removes or voids.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{shown}' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{text}' is not a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened as {reference} (the file says {given})</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>