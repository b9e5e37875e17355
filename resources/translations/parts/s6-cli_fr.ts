<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>consular — user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.case_links</name>
    <message>
        <source>link two cases: taken in the same incident, or related (both cases&apos; team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link two cases so that each shows the other on its overview, on the brief and in `cases show`. You must be on both cases&apos; teams (or a supervisor): a link tells each case&apos;s readers about the other. Readers off the other case&apos;s team see its reference and post only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case reference, e.g. BAM-2025-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case to link it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how they are linked (default related)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why they are linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the link as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the link between two cases, with a reason (kept on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the link between two cases. The link stays on record with who undid it, when and why; `cases show` no longer lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why they are unlinked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_audit</name>
    <message>
        <source>verify, list and export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail records every change, chained by hashes and signed with this installation&apos;s key (see README, &apos;Verifying the record&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the whole chain and every audited record; exit 1 if anything was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the audit chain: name the first edited, deleted or inserted audit entry, and every record whose current state no longer matches its last audited state. Exits 0 when all is in order, 1 when anything is wrong, 2 on an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chain head printed on a brief or export (repeat for several); anchors this machine recorded itself are checked too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not check signatures (a copy on a machine without the key): hashes, gaps, head, anchors and records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check signatures with this key file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the chain only, not the records&apos; states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only changes by this username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action (case.status) or a family (case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this day (UTC) or ISO date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before this day (UTC) or ISO date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list audit entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N entries (default 50; 0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON with before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the audit trail to CSV or JSON with the chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matching entries, oldest first, to FILE with the chain head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json (default: from the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the chain head (SEQ:HASH) to keep as an anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chain head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified {done}/{total} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entries} audit entries, chain head {head}; {signatures_checked} signatures, {records_checked} records and {anchors_checked} anchors checked in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the audit trail and the audited records are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  also: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit entry/entries to {path} (chain head {chain_head}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_brief</name>
    <message>
        <source>write a status brief of a case as PDF (or list the briefs issued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_cases</name>
    <message>
        <source>list cases or show one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cases, or show everything recorded on one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases (newest incident first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cases, newest incident first. Filters may be repeated or comma-separated (--status open,active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases with this status ({values})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases of this kind ({values})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases of this post (e.g. BAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort by one of: {values} (default incident_at, or the saved filter&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a saved filter (yours, or one shared with a post; &apos;consular filters list&apos;); --status, --kind and --post given as well replace its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the list to FILE (.csv or .xlsx) instead of printing it: an audited export that carries the audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort ascending instead of descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N cases (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array (reference, title, kind, status, country, place, incident_at, hostages_held, hostages_total, last_contact_at, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one case with its people, next of kin, milestones and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one case: its facts, people (with identifiers and roles), next of kin and contact plans, milestones, tasks and the number of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a case&apos;s team, or add or remove a member (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case&apos;s team (lead, supervisor, members), who may read its restricted content; with &apos;add USER&apos; or &apos;remove USER&apos;, change its members (supervisors and administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or remove USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name, e.g. k.reddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular: the saved filter names values no longer known, left out: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be 0 (all cases) or more; got {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to {out}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user to {change}: consular cases team {reference} {change} USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &apos;add&apos; or &apos;remove&apos; before the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PART</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_contacts</name>
    <message>
        <source>log a contact on a case or list its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with a case&apos;s contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a call, meeting, e-mail, video call, letter or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log one contact on case REF. Each --with NAME is matched against the case&apos;s counterparts (exact name, else a unique part of a name), then against every counterpart: one with exactly that name is used. Otherwise the close matches (spelt alike: Mohanty/Mohanti) are listed with their ids and nothing is logged: pick one with --with-id ID, or add --new-counterpart to create the name as a new counterpart of category &apos;other&apos; (the command says so on stderr). Prints the new entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when, ISO 8601 (2025-07-03T14:30+00:00; without an offset, the case&apos;s local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpart spoken with (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpart spoken with, by id (as listed when a name has close matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create each --with NAME that matches no counterpart exactly as a new counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-line subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome / what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: {values} (default outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark RESTRICTED: kept out of family-facing and redacted outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark that a follow-up is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the new entry as JSON instead of its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a case&apos;s contacts, newest first, with their ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contacts of case REF, newest first. Voided entries are left out unless --include-voided is given; then they are marked VOIDED with who voided them and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also list voided entries, marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the contact was with: --with NAME or --with-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} is in the future; check the date and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular: &apos;{name}&apos; is counterpart #{id} (of {value}); linked to {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular: no counterpart is called &apos;{name}&apos;; added it as a new counterpart (#{id}, category other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged contact #{id} on {case_reference} at {local} with {counterpart_names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_db</name>
    <message>
        <source>create or upgrade the database schema, or show its revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the database schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a database with its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database (or bring its schema up to date) and appoint its first administrator, who then adds the other accounts with &apos;consular users add&apos;. The password is asked twice on the terminal, or read from --password-file. Refused if the database already has an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator&apos;s full name (default: NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post&apos;s code, e.g. BAM (then the four below are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name as on briefs, e.g. &quot;Embassy of India, Bamako&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embassy (default), high_commission, consulate, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its country, ISO 3166 code, e.g. ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its city, e.g. Bamako</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its IANA time zone, e.g. Africa/Bamako</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database or bring it to the latest schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to the latest schema. A SQLite file at an older schema is copied aside first; the copy&apos;s name is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the schema revision the database is at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the database&apos;s schema revision, the newest revision this consular knows (head), and what that means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already has an administrator; they add accounts with &apos;consular users add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the schema; the database as it was is kept in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is ready; its administrator is {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It serves {name} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with: consular --user {username} ...  (then: consular users add NAME --role ROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--post {post} also needs {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is already at the latest schema ({head}); nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the consular schema ({head}) in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {revision} to {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head:     {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state:    {state} ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt a plaintext SQLite database in place (SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the plaintext database to SQLCipher. The plaintext file is removed only after the encrypted copy verifies. You (--user) get the first key slot, with your password; a recovery key is printed once: print it and lock it away. Other accounts unlock again once their password is set anew. Nobody else may have the database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database&apos;s encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt every page under a new random key, for when the key may have been copied (a disabled account, a lost laptop with a backup). Only your key slot is kept; the others get theirs again when their password is reset. A new recovery key is printed once. Nobody else may have it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the database, while others keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database with SQLite&apos;s online backup: others may keep writing. The copy is encrypted like its source and its key file (FILE.keys) is written beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new backup file (default: DB.&lt;time&gt;.bak beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup back in place of the database, after verifying it (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify FILE (every page, the schema, the audit chain) and put it and its key file in place of the database. The file it replaces is kept as DB.replaced-&lt;time&gt;. Nobody may have the database open. You sign in to the database as an administrator (to the backup, through its key file, when the database is missing or too damaged to open); an encrypted backup is opened with your password in its own key file, as it was when the backup was made. The restore is recorded in the restored database and starts a new fork of its audit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password in the backup&apos;s key file, when it differs from today&apos;s (a file only you can read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the backup with its recovery key (printed at db init/rekey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every page of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page&apos;s HMAC (encrypted files), SQLite&apos;s integrity and foreign keys, and the audit chain when available. Exits 1 when something is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key and give an account a new key-slot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the recovery key printed at &apos;db init&apos; (or &apos;db encrypt&apos;, &apos;db rekey&apos;), give --user a key slot under a new password. Their account password is then reset by an administrator to the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file holding the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and lock it away, it unlocks the database if every password is lost):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    {recovery}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is encrypted at rest by its server (ask for disk encryption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may encrypt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is now encrypted (SQLCipher 4); its key slots are in {name}.keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is not an encrypted file; &apos;consular db encrypt&apos; encrypts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a new key. Only {user}&apos;s key slot was kept: the others unlock once their password is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {target} to {path} ({value:.1f} MB in {seconds:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {sha256}; audit chain head {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key file is {keys}: keep the two together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a server database with the server&apos;s own tools (pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file &apos;{source}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {recovery_file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified {source} and restored it to {restored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: {audit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is recorded in it; its audit history forks at entry #{forked_at} (fork {fork}): anchors printed before the restore beyond that entry are reported as rolled back, not as rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as {replaced}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} cannot be opened to check that you are an administrator, and the plaintext backup has no key file to sign you in: copy the backup into place by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} cannot be opened to check that you are an administrator: sign in with your password in the backup&apos;s key file (--backup-password-file), not the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target}: every page checks out ({seconds:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is damaged or has been tampered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest backup: {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {key_file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} can unlock {target} with the new password; an administrator now sets the same account password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_demands</name>
    <message>
        <source>the demands register: every demand, its deadline and the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every demand made by the captors or on their behalf: when, by whom, through which intermediary or channel, what (money with amount and currency, a prisoner release, a political demand), the hostage it names, the deadline and the response. Always restricted: only the case team (and supervisors) read it; others see that a demand exists and when. A demand through an intermediary not vetted at the time is flagged. Void one recorded by mistake with `consular void demand ID --reason …`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s demands, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was received, in the case&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who made it, as they present themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money demands: the amount, a whole number (500000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money demands: EUR, USD, XOF, INR …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intermediary it came through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hostage it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a threat to the family or a demand made on them: opens a &apos;tell the family&apos; item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the response to a demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was answered, or to whom it was referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediaries&apos; vetting: under vetting, vetted, rejected, with the basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediary&apos;s dated vetting history. Anyone may record &apos;under_vetting&apos;; only supervisors decide &apos;vetted&apos; or &apos;rejected&apos;. The basis is need-to-know (the teams of the cases the counterpart is linked to, and supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a vetting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who did the vetting (e.g. the MFA crisis cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was decided, with its UTC offset (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counterpart&apos;s vetting history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demands recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded demand #{id}: {value}{flag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand #{id}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counterpart_name}: {value} ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never vetted: unvetted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_detention</name>
    <message>
        <source>the detained national (needed only when the case has more than one national concerned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the case team may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrongful detention: authority, place, lawyer, charges, hearings, consular visits, notes verbales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detention file of a wrongful-detention case (kind &apos;wrongful_detention&apos;): for each detained national the detaining authority, the place of detention (each change is a dated transfer) and the lawyer; the charges, the court hearings, the requests for consular visits (decision, the visit, findings, welfare observed) and the notes verbales (sent, answered). Overdue: a visit request without a decision after CONSULAR_VISIT_ANSWER_DAYS days (default 7), a note verbale unanswered after CONSULAR_NOTE_ANSWER_DAYS days (default 14), a hearing whose date passed without an outcome. Records marked restricted are read by the case team only. Void one recorded by mistake with `consular void charge|hearing|visit|note_verbale ID --reason …`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s detention file (overdue items marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue visit requests, notes verbales and hearings of every active case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the detaining authority, the place (a new place is a transfer) and the lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who detains the national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the national is held; a new place is recorded as a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since when they are at --place (default: now); {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawyer&apos;s firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lawyer&apos;s phone, with its country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the lawyer was appointed; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges: add, or change one (its status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charge as filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was filed; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it took that status (needed unless pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a charge&apos;s new status (dropped, convicted, acquitted) and its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court hearings: add, or record one&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a hearing (past or to come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hearing&apos;s date; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was decided (once held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next hearing&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a hearing&apos;s outcome and the next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular visits: request, decide, record the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a request for a consular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was requested; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note verbale it went by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the decision on a request: granted, refused, no_answer (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was decided; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the visit made on a granted request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the visit took place; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the welfare observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the visit restricted (its findings are sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes verbales: add, or record one&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a note verbale sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its reference number (NV/LFW/2025/114)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was sent; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a note verbale&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was answered; {when_help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the answer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention file of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No detention facts recorded (consular detention set …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{person_name} (person #{person_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Authority: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Place:     {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>             before: {place} from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Lawyer:    {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Consular visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Notes verbales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first {count}; there are more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_escalations</name>
    <message>
        <source>your escalation queue as case supervisor: overdue family-contact plans and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-contact plans and tasks of the cases you supervise that are overdue by more than CONSULAR_ESCALATE_AFTER_DAYS days (default 3), longest overdue first. Supervisors and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object (items, totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N of each kind (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue by more than {after_days} days on the cases {supervisor} supervises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{total} overdue by more than {after_days} days: {family_total} family contact plans, {task_total} tasks{more}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_export</name>
    <message>
        <source>export case data for others (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case data to files for other departments, lawyers, the next shift or family liaison officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s chronology as CSV, JSON, iCalendar, PDF or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chronology of one case: the incident, status changes, hostage status changes, contacts, milestones, tasks created and completed, and documents added. Restricted entries show only their date and type (&quot;Restricted&quot;) unless --include-restricted is given by the case team. Every format carries the audit chain head (SEQ:HASH) the export was read at; check a copy with: consular audit verify --anchor SEQ:HASH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are whole days in the case&apos;s time zone (--to includes its day); a date and time without an offset is read in the case&apos;s zone too. Example: consular export timeline BAM-2025-0001 --format pdf -o kayes.pdf --from 2025-07-01 --to 2025-07-15 --redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {value} record as CSV in the import&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write {kind} as CSV with exactly the column names `consular import {kind}` takes, so the file imports back as the same records. The first line is the marking and the audit chain head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (replaced if it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {values} (default: from the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (or date and time) to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these event types: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only events involving these people or counterparts (part of a name is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include restricted entries&apos; content (case team only; by default each is a dated placeholder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask passport and ID numbers, phone numbers, e-mails and dates of birth; restricted entries are always placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also mask the names of the case&apos;s people and their families, native script included (implies --redact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the file even when no event matches (by default an empty export is refused, so it never replaces an earlier export with nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing… {percent:3d}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write with --format ({values}); &apos;{name}&apos; does not tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact always leaves restricted entries out; drop --include-restricted or --redact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (--types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} ({option})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no event matched; {output} holds an empty export (--allow-empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {rows} {kind} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; left out {left_out}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_family</name>
    <message>
        <source>the family update log, &apos;tell the family&apos; items and family liaison officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was told to which next of kin, when, by whom and how. A proof of life, a hostage status change, a public statement or a demand about the family opens a &apos;tell the family&apos; item, due CONSULAR_TELL_FAMILY_HOURS hours later (default 24); recording a family update for a next of kin closes their hostage&apos;s open items (or those named with --covers). Items and updates about restricted developments are for the case team only. Void an update logged by mistake with `consular void family_update ID --reason …`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s family updates, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one next of kin&apos;s updates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record what was told to a next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next of kin (name, part of it, or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when, in the case&apos;s zone (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who told them (default: you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;tell the family&apos; items it covers (ids; default: every open item of the hostage; --covers with no id: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case team only (automatic for restricted items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items, the earliest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one case (default: every case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a CASE: the done items too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item by hand, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a next of kin&apos;s family liaison officer, or list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next of kin (without --kin: list every officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new officer&apos;s username (&apos;&apos; for nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the officer changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family updates recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded family update #{id} for {kin_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open &apos;tell the family&apos; items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed item #{id} ({headline}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to and --reason need --kin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing an officer needs --to USER and --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): {value}{since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  changed on {changed_at:%d %b %Y} from {from_officer} to {value}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded family update #{id} for {kin_name}; closed %n &apos;tell the family&apos; item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_filters</name>
    <message>
        <source>saved filters of the case list and the contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters kept under a name, yours and those colleagues shared with a post. &apos;consular cases list --saved NAME&apos; applies one; the desktop app lists them beside each list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your saved filters and shared ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which list (default: cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a filter of the case list (statuses, kinds, posts, assignee, search, sort) or of the contact log (categories, channels, dates, text). Values may be repeated or comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name, e.g. &quot;My active cases in West Africa&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: status (open, active, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: kind (hostage_taking, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: post code (BAM, ABJ, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: only the cases of whoever applies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: only the cases this user leads or supervises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: search text the list is narrowed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: sort ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts: counterpart category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts: channel (phone, meeting, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts: from this date (YYYY-MM-DD, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts: up to the end of this date (YYYY-MM-DD, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts: words the entries contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share it with this post&apos;s staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace your filter of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename one of your filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share one of your filters with a post, or stop sharing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post to share it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop sharing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete one of your filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters for the {list_name} list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARED WITH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filter &apos;{name}&apos; for the {list_name} list{shared}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &apos;{name}&apos; to &apos;{name2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shared with {shared_with}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is yours only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the saved filter &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_import</name>
    <message>
        <source>import cases, people or contacts from a CSV or XLSX file (dry run, undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register kept in a spreadsheet. Each row goes through the same checks as typed input. A dry run lists per row what would be created, matched to an existing record (and on what) or refused (which field, why). The real run imports the whole file or nothing, is audited as one action, and can be undone as one action with `consular import undo`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are matched to fields by their header names; --map names a TOML mapping (kind = &quot;people&quot;, date_order = &quot;dmy&quot;, default_country = &quot;IN&quot;, and a [columns] table of header = field). The mapping used is saved with your settings for next time (--save-map FILE also writes it there). Matching: cases by reference; people by passport number, else name and date of birth; counterparts named in a contact by name and organisation. Example: consular import people staff.xlsx --dry-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import {kind} from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (* required): {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.csv (UTF-8/UTF-16/Windows-1252; , ; or tab) or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the mapping used to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to read 03/04/2025 (else it is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country assumed for phones without +CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report what would happen; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the per-row report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo an import as one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the contacts an import logged, take the people it added out of their cases and remove the cases it opened. Refused when later work depends on them (the message names it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import number (consular import list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mapping} is a mapping for {kind}, not {kind2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file_name} (read as {described})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row {row_number}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc} The columns found: {values}; {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as import #{batch_id}; undo with: consular import undo {batch_id} --reason …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_letter</name>
    <message>
        <source>write a family update letter (PDF) to a next of kin from the entries shareable with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a dated letter from the post to one next of kin, made only of the case&apos;s entries marked shareable with family (`consular share`) that concern their hostage, in date order and in their family wording: no restricted content, no classification banner, no case reference. It is written in the next of kin&apos;s preferred language when there is a template for it (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>); otherwise the command says so and --lang en writes it in English. Before anything is written the letter is checked against the case&apos;s restricted content, and refused if it repeats any of it. The file is private (0600), the letter is audited, and its footer carries the audit chain head as its reference. Only the case&apos;s team and supervisors write letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: consular letter BAM-2025-0001 --kin sunita --from 2025-07-01 --to 2025-07-31 -o letter.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case reference, e.g. BAM-2025-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next of kin: their id, person id, or part of their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter&apos;s language (default: the next of kin&apos;s preferred language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: the incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print what was written as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the family update letter to {kin_name} ({name}, %n entry/entries) to {path}; reference {chain_head}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_merge</name>
    <message>
        <source>candidate duplicate people or counterparts, with a score and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (by name, spelt or transliterated differently: Mohanty/Mohanti, Devanagari or Latin; date of birth; passport) or counterparts (by name, organisation and phone) that are probably one record entered twice, best first. Merge a pair with `consular merge person A B`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1 (default 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge two people or two counterparts; undo a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge record B into record A: A is kept with, per field, A&apos;s value (or B&apos;s where A has none) unless --take FIELD=b says otherwise; every link to B (cases, contacts, next of kin, identifiers, demands, questions ...) moves to A; B stays as a tombstone so that `consular merge undo ID` can restore everything. Supervisors and administrators only. Without --yes the two records are shown side by side and nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge {name} B into {name} A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the record merged into A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take FIELD from A or B (repeat); e.g. --take date_of_birth=b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge (without it: only show the two side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a merge: the merged record and its links come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent merges, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate duplicate {entity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a pair with: consular merge {kind} A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--take {item}: write FIELD=a or FIELD=b (e.g. --take full_name=b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A #{a_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B #{b_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed. To merge #{b_id} into #{a_id}, run again with --yes (and --take FIELD=b for each field to take from B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {entity} #{loser_id} ({loser_name}) into #{winner_id} ({winner_name}) as merge #{merge_id}. Rows moved: {moved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Duplicate rows folded: {removed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Undo with: consular merge undo {merge_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid merge #{merge_id}: {entity} #{loser_id} ({loser_name}) is back with its links; #{winner_id} ({winner_name}) has its values from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MERGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN, BY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_pol</name>
    <message>
        <source>proof of life: the question bank agreed with the family, and each proof with its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of life in a hostage case. Each hostage has a question bank: questions agreed with the family beforehand and the answers they expect (drafted → agreed → used; compromised is final). Each proof of life records its medium, the question put and the answer received, the date it claims and the date established, and an assessment (pending, genuine, doubtful, false) with its basis. The last *verified* proof of life is the latest one assessed genuine. All of it is restricted: only the case team (and supervisors) read it, and every read is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOSTAGE is a person id or (part of) a hostage&apos;s name in the case, e.g. --hostage verma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a case&apos;s question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this hostage&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a question and the answer the family expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question to a hostage&apos;s bank. With --agreed-with it starts agreed with that next of kin; otherwise it is drafted until agreed (`consular pol agree`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer the family expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next of kin (id or name) who agreed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was agreed (default: now), in the case&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a drafted question agreed with a next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next of kin (id or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire a question whose answer may be known (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a proof of life with how it was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a proof of life received at --at. With --question, the agreed question put is marked used; say whether the answer matched with --matched yes|no. An assessment other than pending needs --basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was received, in the case&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the proof shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreed question put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the answer matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the proof claims for itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date analysis established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the assessment rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess or re-assess a proof of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proof of life&apos;s id (`consular pol list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for a proof recorded before checks existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a case&apos;s proofs of life, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {what} of {reference} matches &apos;{key}&apos;. The {what}s: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several {what}s of {reference}: {names}. Give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proof-of-life questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question #{id} for {hostage_name}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has no proof-of-life question #{question_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded proof of life {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed proof of life {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proofs of life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[voided] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_repatriation</name>
    <message>
        <source>the repatriation checklist of each released national: items, owners, due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a national is recorded released, rescued or escaped, a checklist opens in the same step: travel document, medical assessment, flight and escort, reception at arrival, reunion with the family, debrief (by whom), psychosocial support (offered, accepted, declined) and follow-up contacts at 30 and 90 days. Each item is a task of the case, owned by the lead caseworker and due a set time after the release: it is overdue on the dashboard and in `consular tasks list` like any task. ITEM is the number `repatriation show` prints. Void an item entered by mistake with `consular void task TASK_ID --reason …`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s checklists, item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a released national&apos;s checklist by hand (a release recorded earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the released national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: when their current status began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an item done, with its facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was done, in the case&apos;s zone (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debrief: who held it (an agency or an officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychosocial support: offered, accepted or declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an item an owner and/or a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date (and time), in the case&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an item not applicable, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was decided, in the case&apos;s zone (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person_name} (person #{person_id}), released {when}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repatriation checklist: nobody in this case is recorded released, rescued or escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {id} ({label}): {state}; owner {value}, due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {facts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_report</name>
    <message>
        <source>reports across cases: held nationals, monthly statistics, workload, family-contact compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a report across cases: {names}. Figures are computed by the database; voided entries are left out and restricted ones counted (not shown). A national&apos;s last proof of life is shown only to their case&apos;s team and supervisors. Without -o the report is printed (--format json prints JSON for scripts). With -o FILE it is written as PDF, XLSX, CSV or JSON (from --format or the file&apos;s suffix), recorded in the audit trail, readable by you only, with the classification marking and the audit chain head (on every page of a PDF). Examples: consular report held --country ML; consular report monthly --from 2025-01-01 --to 2025-06-30 -o monthly.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD, UTC (default: the first day of the month 11 months ago); monthly and compliance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD, UTC, included (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the cases of this post (e.g. BAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only incidents in this country (two letters, e.g. ML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, xlsx, csv or json; with -o: the file&apos;s format (default: from its suffix); without -o: json prints JSON, the others a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report to FILE instead of printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {value} ({value2}) to {output}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marking}; audit chain head {chain_head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {value} report goes to a file: add -o FILE.{fmt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marking}
{title} — {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (nothing in this selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Audit chain head {chain_head}
{marking}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_search</name>
    <message>
        <source>search cases, people, counterparts, contact notes, milestones and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search, best match first. Every word must match; the last word also matches as a prefix (kay finds Kayes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only within this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out restricted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N results, 1 to 5000 (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array (reference, entity, entity_id, title, snippet, restricted, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_seed</name>
    <message>
        <source>load the demo cases, or generate synthetic data at scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with demo or synthetic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the fictional demo cases from seeds/demo (safe to repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo staff, posts and cases from seeds/demo/*.toml through the services. Running it again leaves the data as it is: cases already loaded are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the seed files from DIR instead of seeds/demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the seed&apos;s new staff accounts the password in F (yours, mode 600); default: a random password each, for an administrator to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate N realistic synthetic cases (for measuring large databases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate N synthetic cases with people, next of kin, counterparts, contacts with long notes, milestones and tasks, in bulk. The same --seed gives the same data. Adds to what is there; progress goes to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of cases to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also make one long wrongful-detention case with about EVENTS timeline events (visits, hearings, family calls, notes verbales over years), for measuring big timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is fictional; see seeds/README.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max_cases:,}; got {cases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--long-case must be between 0 and {max_long_case_events:,}; got {long_case}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_share</name>
    <message>
        <source>mark a contact, milestone or hostage status change shareable with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an entry shareable with family, so that family update letters (`consular letter`) tell it. --wording says what may be said, in plain words; without it the entry&apos;s own summary or title is said (a status change: its new status, in the letter&apos;s language). Running it again on a marked entry changes the wording. Restricted entries can never be marked, and restricting an entry takes its marking off. Only the case&apos;s team and supervisors mark; every change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs: a contact&apos;s id (`consular contacts list REF`); a milestone&apos;s id or a hostage status entry&apos;s id (`consular cases show REF --json`: milestones, and participants&apos; status_history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the family may be told of it, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the marking off (not shareable any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the marking as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} is no longer shareable with family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} was not marked shareable with family; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} is shareable with family; the family is told {said}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_users</name>
    <message>
        <source>manage accounts (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, disable and enable accounts, change roles and reset passwords. Administrators only. Roles: viewer (reads), caseworker (reads and records), supervisor (also closes cases, manages case teams, reads every case&apos;s restricted content), admin (also manages accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account; its password is asked twice or read from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name, e.g. a.sharma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name (default: NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every account and its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable an account and clear its lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set another account&apos;s password (and unlock it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an account&apos;s password, asked twice or read from --password-file; clears a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the signed-in user&apos;s password: sign in as usual, then give the new one twice on the terminal (or in --password-file). The current password is the one you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {username} ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SIGN-IN (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is now {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {username}; the account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of {username}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_void</name>
    <message>
        <source>void a hostage status entry, milestone, contact or task recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void an entry with a reason. It stays in the history, marked voided with who voided it, when and why, and the voiding is audited; from then on it is left out of counts, the dashboard, briefs, the timeline and exports. Voiding a hostage status entry recomputes the person&apos;s current status from the entries that remain (the days held still count from the start of the captivity). Only the entry&apos;s author or a supervisor may void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples: consular void contact 412 --reason &apos;Logged on the wrong case&apos;; consular void status 37 --reason &apos;Release was a rumour, not confirmed&apos;. IDs are shown by `consular contacts list REF` and by `consular cases show REF --json` (participants[].status_history, milestones, tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to void: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is voided (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.cmd_welfare</name>
    <message>
        <source>the welfare log: condition, medication needs and supply, report by report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each welfare report says when it came, the reported condition (good, fair, poor, critical, unknown), medication needs and whether supply was arranged, and the source. A national with medical needs and no welfare report for CONSULAR_WELFARE_ALERT_DAYS days (default 14) is flagged by `cases show`, on the People tab and on the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOSTAGE is a person id or (part of) a hostage&apos;s name in the case; leave it out for a report about every national of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a welfare report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it was reported, in the case&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether supply was arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s welfare reports, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare report #{id} about {who}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No welfare reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>There is no database at {path}: the folder {parent} does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create one there with `consular --db {value} db init --admin NAME` (or an empty schema with `db upgrade`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the database schema; the previous file was kept as {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo accounts&apos; passwords cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{as_of_label} (--as-of): records as they stood then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: pass --user NAME (or set {user_env}); the password is asked next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {name} on {where}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: there is no file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: cannot read {file}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {file} is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: refusing {file}: it belongs to another user (uid {st_uid}), not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: refusing {file}: others can access it (mode {value:o}); run chmod 600 {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: cannot read {file}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {file} is empty; put the password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask on: set {password_file_env} to a file (mode 600) holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password is needed and there is no terminal to ask on: use --password-file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {whose}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new password from the first line of F (yours, mode 600) instead of asking twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.launch</name>
    <message>
        <source>The desktop app needs PySide6, which is not installed; install consular with `pip install -e .` or use a command (see `consular --help`).</source>
        <extracomment>What Qt&apos;s xcb platform plugin loads (Qt 6.5+), as ctypes.util.find_library names, with the Debian package that has each. The README lists the same packages. Platforms that need no display server.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo database (fictional names; deleted when the window closes)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>Case tracking for consular staff: cases, people, contact log, briefs, timelines. Without a command, opens the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET is a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://user@host/db); the {db_env} environment variable does the same. Default: consular.db in the user&apos;s data folder. Every command except &apos;db init&apos;, &apos;db upgrade&apos; and &apos;db current&apos; needs a signed-in account (--user, or --demo); a new database gets its first administrator from &apos;consular db init --admin NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file or URL (default: ${db_env} or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in as this user (default: $CONSULAR_USER); the password is read from the file named by $CONSULAR_PASSWORD_FILE (yours, mode 600) or asked on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a fresh demo database seeded from seeds/ (in a temporary folder, deleted afterwards), signed in as its supervisor {demo_user}, shown as of the last day of its data; with a command, the command runs on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the records as they stood at the end of DATE (YYYY-MM-DD, UTC) or at an ISO date and time: days held, overdue tasks and briefs are computed for that moment; changes are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the messages and help: {choices} (default: from $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG, else en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log database and migration details to stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x{byte:02x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that cannot be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {index} is not valid UTF-8 text ({shown}); check the terminal&apos;s character encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a throwaway demo database (fictional data), signed in as {demo_user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular: {user_error_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular: interrupted; nothing half-written was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli.purge</name>
    <message>
        <source>remove a closed case and everything recorded on it, for good (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a closed case entirely, as retention rules require: its records, its people and counterparts of no other case, its words in the search index, and the content of its audit entries (who did what and when is kept). No copy of its text is left in the database file. You are asked to type the reference again; in a script, pass it with --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closed case&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference typed again (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging cannot be undone: confirm with --confirm REF (the reference typed again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes {reference} for good. Type its reference to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged {reference}: {total} records removed; {audit_entries_emptied} audit entries kept without their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program still has the database open: its write-ahead log is emptied when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
