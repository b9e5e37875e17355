<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
<context>
    <name>AttributionLevel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <source>Abduction / kidnapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostage-taking by a non-state group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrongful detention by a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLinkKind</name>
    <message>
        <source>Same incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartCategory</name>
    <message>
        <source>Host government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandKind</name>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandResponse</name>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostage status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostageStatus</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeEntity</name>
    <message>
        <source>Person</source>
        <extracomment>Rows that mean the same thing twice once they point to one record, beyond the schema&apos;s own unique constraints: an identifier, a next-of-kin relation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>National concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolAssessment</name>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolMedium</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party sighting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolQuestionState</name>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostKind</name>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PsychosocialSupport</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnItemKind</name>
    <message>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight and escort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception at arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunion with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up contact at 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up contact at 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TellKind</name>
    <message>
        <source>Proof of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand about the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VettingStatus</name>
    <message>
        <source>Unvetted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDecision</name>
    <message>
        <source>Awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidableKind</name>
    <message>
        <source>Hostage status entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelfareCondition</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db.dialect</name>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it, check their change, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change clashes with a record saved at the same time ({first_line}). Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} cannot be read as a consular database ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program or window; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a consular database, or it is damaged. Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {where}: its folder does not exist or cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {where}: the file is read-only for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db.engine</name>
    <message>
        <source>&apos;{raw}&apos; is not a database URL or file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a folder; give the path of a database file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db.keyslots</name>
    <message>
        <source>The password does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;{clean}&apos; is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery key (it has letters other than A-Z and 2-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery key (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db.migrate</name>
    <message>
        <source>Cannot read &apos;{path}&apos;: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; is an encrypted consular database: sign in with your user name and password to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; is not a consular database (it is not a SQLite file). Choose a .db file made by consular, or create a new one. (If it is an encrypted consular database, its key file {name} is missing: restore both from a backup.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{describe}&apos; was written by a newer version of consular (schema {current_revision}); update consular to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{describe}&apos; holds tables that are not consular&apos;s; choose a consular database or a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.captivity</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>status not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>held for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{status} after %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.clock</name>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2025-07-25) or an ISO date and time.</source>
        <extracomment>True for ``--as-of``: looking at the past, changes are refused so nothing is back-dated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no UTC offset; add one, e.g. {raw2}+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{raw} is in the future; --as-of shows the records as they stood on a past day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.enums</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a known {kind}; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of case</source>
        <extracomment>What each enum&apos;s values are, as the error of :meth:`LabelledEnum.parse` names it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role of a person in a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostage status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpart category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of news for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof-of-life question state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof-of-life medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof-of-life assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response to a demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status of a charge against a detained national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision on a consular visit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediary vetting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of case link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of record to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of entry to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repatriation checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.fields</name>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact every days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpart name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vetted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welfare observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why they are unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording for the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.passwords</name>
    <message>
        <source>{profile_env}=&apos;{profile}&apos; is not a known profile (use &apos;production&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {min_length} characters (a short phrase is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password can have at most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.timeline</name>
    <message>
        <source>&apos;{text}&apos; is not a timeline event type; use one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <extracomment>The events of a wrongful detention&apos;s records (charges, hearings, visits, notes verbales). One colour per type, shared by the PDF and the Timeline tab so they read alike. The field names every export carries for each event, in this order. The title of a restricted entry shown to someone who may not (or did not ask to) read it: the entry&apos;s date and type stay, everything else is left out (need-to-know). Marked here, translated where it is shown: ``translate(&quot;domain.timeline&quot;, RESTRICTED_TITLE)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted entries included</source>
        <extracomment>A finer kind for icons and colours: the milestone kind, the contact channel, the new status. Not exported. Set on task-created events whose task is still open (for calendar to-dos). How long it lasted, when recorded (a contact&apos;s duration); calendars use it. Marked shareable with family (consular.services.family_share); never a restricted entry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted entries left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted entries shown as placeholders (date and type only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>involving: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal identifiers redacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.timeutil</name>
    <message>
        <source>&apos;{name}&apos; is not an IANA time zone; use a name such as &apos;Africa/Bamako&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time is required, e.g. 2025-07-01T14:30+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date and time; write it as ISO 8601, e.g. 2025-07-01T14:30 or 2025-07-01T14:30+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no UTC offset; add one, e.g. {raw2}+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as YYYY-MM-DD, e.g. 1988-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date and time is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone; give one so it is not misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <source>The {name} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} is {count} characters long; the limit is {max_length}. Shorten it or attach the full text as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country is required (ISO 3166 code such as ML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code; use two letters such as ML or IN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a post code; use 2–5 letters such as BAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number; write it with the country code, e.g. +223 20 22 51 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be a phone number (wrong length for its country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates must be decimal degrees, e.g. 14.45, -11.44.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude {lat_f} is outside -90…90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude {lon_f} is outside -180…180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is outside {minimum}…{maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.workflow</name>
    <message>
        <source>The case is already {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go from {current} to {new}; from {current} it can go to: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo</name>
    <message>
        <source>There is no seed folder at {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no .toml seed files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path_name} is not valid TOML: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path_name}: &apos;{name}&apos; must be an array of tables ([[{name}]]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a date without a time; give a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading seeds acts as the seed&apos;s staff and creates their accounts, so only an administrator may do it; {display_name} is a {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no_admin} (The seeds name no user with role &apos;admin&apos;.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no user is named for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is not a user; add them to [[users]] first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: an earlier load of this case ({marker}) was interrupted and it is only partly there. Load the demo into a new database file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: there is no post &apos;{post_code}&apos;; add it to [[posts]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the key &apos;{key}&apos; is used twice in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: only hostages have a status history (role is &apos;{role}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{hostage_key}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: the key &apos;{k_key}&apos; is also used for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;with&apos; names &apos;{name}&apos;, which is not a counterpart or next of kin of this case{hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{m}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;family&apos; is for contacts, status changes and other milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;question&apos; names &apos;{question}&apos;, which is no pol_questions entry here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;contact&apos; names &apos;{t}&apos;, which is not a contact key of this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo_detention</name>
    <message>
        <source>{w}: &apos;person&apos; names &apos;{key}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo_family</name>
    <message>
        <source>{where}: &apos;family&apos; is true (say the entry&apos;s own text) or the wording for the family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo_hostage</name>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{q}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;agreed_with&apos; names &apos;{q}&apos;, which is no next of kin here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;counterpart&apos; names &apos;{key}&apos;, which is not a counterpart of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;via&apos; names &apos;{via}&apos;, which is not a counterpart of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{hostage}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo_links</name>
    <message>
        <source>{where}: &apos;cases&apos; must name exactly two case keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: there is no case with key &apos;{unknown}&apos; in the seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a case cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo_repatriation</name>
    <message>
        <source>{w}: &apos;person&apos; names &apos;{person}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: {person} has no checklist; their status_history must end released, rescued or escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wj}: &apos;state&apos; must be one of {item_states}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.demo_schema</name>
    <message>
        <source>{where}: &apos;{key}&apos; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: &apos;{value}&apos; is not a user; add them to [[users]] first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{section}&apos; must be an array of tables ([[cases.{section}]]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: the key &apos;{key}&apos; is used twice in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, next_of_kin[{i}]: &apos;hostage&apos; names &apos;{get}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, contacts[{i}]: &apos;with&apos; names &apos;{name}&apos;, which is not a counterpart or next of kin of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, repatriation[{i}]: &apos;person&apos; names a person who is not in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, {section}[{i}]: &apos;kin&apos; names &apos;{get}&apos;, no next of kin of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, pol_questions[{i}]: &apos;hostage&apos; names a person who is not in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, pol_questions[{i}]: &apos;agreed_with&apos; names no next of kin of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, {section}[{i}]: &apos;person&apos; names &apos;{entry}&apos;, not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, consular_visits[{i}]: &apos;note&apos; names no notes_verbales entry of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;{extra}&apos; does not belong to a {get}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;question&apos; names no pol_questions entry of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;hostage&apos; names &apos;{milestone}&apos;, which is not a person of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a table, found {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{unknown}&apos; (known keys: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seeding.synthetic</name>
    <message>
        <source>synthetic: {done:,}/{total:,} cases, {rows:,} contacts, {sum:,} rows ({elapsed:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating synthetic data creates staff accounts; only an administrator may, not {display_name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.accounts</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no administrator yet, so no one can use it: create one with `consular db init --admin NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid user name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. a.sharma), at most 64 characters, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe} already has an administrator; they add accounts with `consular users add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name: pass --user NAME or set CONSULAR_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last administrator; appoint another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.at_rest</name>
    <message>
        <source>&apos;{name}&apos; is encrypted: sign in with your user name and password (--user NAME) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at &apos;{source}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy did not verify ({problems}); &apos;{source_name}&apos; was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <source>There is no case {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can read this record&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &apos;{fmt}&apos;: use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {target_dir} does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was changed{by} since you opened it (version {current}, yours {expected}). Reload to see their change, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.audit_chain</name>
    <message>
        <source>The audit key file {path} belongs to another user; it must be yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key file {path} can be read by other users (mode {value:o}); make it private with: chmod 600 &apos;{path}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a consular audit key (64 hexadecimal digits expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an audit anchor (expected SEQ:HEX as printed on briefs, e.g. 1042:9f3a1c07b2e4, or SEQ:HEX@FORK after a restore).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.backup</name>
    <message>
        <source>Back up a server database with the server&apos;s own tools (pg_dump); consular backs up SQLite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{target}&apos; already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;{parent}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only ({read_only_reason}); it cannot be backed up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file &apos;{source}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is encrypted: its key file is opened with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup &apos;{source_name}&apos; did not verify, so nothing was restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.case_links</name>
    <message>
        <source>{reference} cannot be linked to itself; give the reference of the other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {reference} ({post})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} — details restricted to that case&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} {title} [{status}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is not on the team of {reference}, so cannot {doing} {reference2} and {reference3}: a link tells each case&apos;s readers about the other. Ask {reference}&apos;s supervisor to add you (consular cases team {reference} add {username}) or a supervisor to make the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} and {reference2} are already linked ({kind}, since {linked_at:%Y-%m-%d}). To change the kind, unlink them and link them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} and {reference2} are not linked; see the links with consular cases show {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.cases</name>
    <message>
        <source>A case reference is required, e.g. BAM-2025-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case &apos;{ref}&apos;. Check the reference (e.g. BAM-2025-0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group when attribution is {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be opened in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate a case reference; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post &apos;{code}&apos;; the posts are {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;; use one of {sort_keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.contacts</name>
    <message>
        <source>The contact time is in the future; check the date and time zone.</source>
        <extracomment>When the task was set, for a contact entered after the fact (see ``tasks.add_task``); by default, now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counterpart #{cid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is more than a year before the incident; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited on a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact entry #{contact_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches several counterparts ({listed}); give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.context</name>
    <message>
        <source>CONSULAR_LOCKOUT_ATTEMPTS must be a whole number &gt;= 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSULAR_LOCKOUT_MINUTES cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number of days &gt;= 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSULAR_TELL_FAMILY_HOURS must be a whole number of hours &gt;= 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}=&apos;{raw}&apos; is not a number of {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are shown as of {as_of:%Y-%m-%d} (--as-of); changes are refused so that nothing is back-dated. Leave out --as-of to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} has read-only access and cannot change records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name: pass --user NAME or set CONSULAR_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;{name}&apos; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.convert</name>
    <message>
        <source>restricted</source>
        <extracomment>A sentinel the faces compare against; translate it where it is shown: ``translate(&quot;services.convert&quot;, WITHHELD)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.counterparts</name>
    <message>
        <source>There is no counterpart #{counterpart_id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.dashboard</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of {hostage} ({kin}, {relationship}): agreed {every}, {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the family of {name}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for %n day(s)</source>
        <extracomment>No verified proof of life for longer than the setting (Settings.proof_of_life_alert_days), counted from the captivity&apos;s start when there is none. Has medical needs, and no welfare report for longer than Settings.welfare_alert_days. Whole days since the last verified proof of life, else since the captivity began. Whole days since the last welfare report about them, else since the captivity began.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no verified proof of life yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>medical needs, no welfare news for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Family of {hostage} ({relationship}): agreed {every}, {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.database</name>
    <message>
        <source>consular works with SQLite files and PostgreSQL servers; &apos;{render_as_string}&apos; is a {backend} database. Give a file path or a postgresql+psycopg://user@host/dbname URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to PostgreSQL needs the {value} driver, which is not installed. Install consular with the [postgres] extra: pip install -e &apos;.[postgres]&apos; (or pip install &apos;psycopg[binary]&apos;), and use a postgresql+psycopg:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver for &apos;{backend}&apos; is not available ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; already exists. Use File → Open database… to open it, or choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;. Use File → New database… to create one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;{parent}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.demands</name>
    <message>
        <source>Say when.</source>
        <extracomment>The intermediary&apos;s vetting status when the demand came (None: no intermediary named). Threatens the family or is made on them (opened a &quot;tell the family&quot; item).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a money demand has an amount and a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A money demand needs its amount (a whole number, e.g. 500000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{amount}&apos; is not a whole number; write e.g. 500000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code (EUR, USD, XOF, INR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #{cid} is not in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document #{did} is not in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demand is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the demand was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart #{via_counterpart_id} is not a counterpart of {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{hostage_person_id} is not a national held in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was answered, or to whom it was referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demand #{demand_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is dated before the demand was received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.detention</name>
    <message>
        <source>{reference} is a case of kind &apos;{kind}&apos;; detention records (authority, charges, hearings, consular visits, notes verbales) are kept only for a case of kind &apos;{wrongful_detention}&apos;. If the national is held by a state, change the case&apos;s kind first (Overview tab, Edit case), then record the detention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the {label} (e.g. 2025-05-21, or 2025-05-21T10:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is in the future ({value:%Y-%m-%d}); check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has no national concerned yet; add the detained national first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has several nationals concerned; say which: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national concerned of {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the charge was {status} (the date of that status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status date ({status_at:%Y-%m-%d}) is before the charge was filed ({filed:%Y-%m-%d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next hearing ({next_at:%Y-%m-%d}) is before this hearing ({held:%Y-%m-%d}); check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing is on {held:%Y-%m-%d}, still to come: record its outcome once it has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer ({answered:%Y-%m-%d}) is dated before the note was sent ({sent:%Y-%m-%d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the answer said (a line is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the answer as well as what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale #{note_id} is not one of {reference}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision date is given: say what was decided (granted, refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the request was {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision ({decided:%Y-%m-%d}) is dated before the request ({requested:%Y-%m-%d}); check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit, its findings and welfare are recorded only on a granted request; record the decision as granted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit ({visit_at:%Y-%m-%d}) is before access was granted ({decided:%Y-%m-%d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and welfare are recorded after the visit: give its date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to set: give the authority, the place or the lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lawyer&apos;s name with their firm, phone or appointment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move to {new_place} ({since:%Y-%m-%d}) is dated before the national was taken to {place} ({place_since:%Y-%m-%d}); check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the place with the date the national was taken there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {label} #{record_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the {label} already reads so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.detention_overdue</name>
    <message>
        <source>Consular visit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({restricted})</source>
        <extracomment>Requested on (a visit), sent on (a note), held on (a hearing). Restricted, and the reader is not on the case&apos;s team. The note&apos;s reference or the hearing&apos;s court (&quot;&quot; for a visit, or when withheld).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what}: no decision for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no answer for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no outcome recorded for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing of {day} for {name}: no outcome recorded ({court})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing of {day} for {name}: no outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note verbale {reference} for {name}: no answer for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note verbale for {name}: no answer for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consular visit request for {name}: no decision for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.detention_timeline</name>
    <message>
        <source>{status} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge filed against {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court hearing: {court}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hearing: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By note verbale {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visit to {person} requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visit to {person}: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visit to {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited by {visited_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare observed: {welfare_observed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale {reference} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {addressed_to}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale {reference} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.documents</name>
    <message>
        <source>The document content must be bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size_text}; the limit is {size_text2}. Attach a smaller file (compress or split it), or ask an administrator to raise CONSULAR_MAX_DOCUMENT_MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file_path}&apos; is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file_path_name}&apos; is {size_text}; the limit is {size_text2}. Attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;{file_path_name}&apos;: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document #{document_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of &apos;{file_name}&apos; does not match its SHA-256; it is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.drafts</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of draft (known: {kinds}).</source>
        <extracomment>The Log contact dialog&apos;s drafts (a new contact, or an edit of one). The forms that keep drafts. Another form adds its own kind here. The most a draft may hold (characters of JSON): far above any form, below a runaway paste. What :func:`import_drafts` did with each :class:`DraftImport`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft&apos;s target is at most {max_target_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft holds a form&apos;s fields (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft holds only text, numbers, true/false, lists and objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is too large to keep (over {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was discarded elsewhere (another window or computer) since you {what} it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was saved elsewhere (another window or computer) since you {what} it (version {current}, yours {value}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.duplicates</name>
    <message>
        <source>&apos;{entity}&apos; is not something duplicates are found for: use people or counterparts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.escalation</name>
    <message>
        <source>no contact logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.family_letter</name>
    <message>
        <source>No next of kin of {reference} matches &apos;{key}&apos;. Next of kin: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several next of kin of {reference} ({listed}); give the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}); check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is not on the team of case {reference}: only its team (and supervisors) write to the family. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter template in &apos;{language}&apos;. Templates: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name}&apos;s preferred language is {preferred_language}, and there is no letter template in it (templates: {names}). Write the letter in English (--lang en), or add a template to resources/letters/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter would repeat restricted content of {where} (in “{line}”), so it was not written. Change the wording for the family of that entry (consular share ... --wording), or unmark it.</source>
        <extracomment>A restricted fragment shorter than this (in characters, folded) is too common to tell anything (&quot;Call&quot;, &quot;Met them&quot;); longer ones are checked wherever they appear.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.family_share</name>
    <message>
        <source>&apos;{kind}&apos; cannot be shared with family: say contact, milestone or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {labels} #{entry_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is not on the team of case {reference}: only its team (and supervisors) decide what the family is told. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {labels} is restricted, so it can never be shared with the family. If the family may be told something of it, log what may be said as an entry that is not restricted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.family_updates</name>
    <message>
        <source>{reference} has no next of kin #{wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which next of kin (their name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has no next of kin called &apos;{kin}&apos;. Its next of kin: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kin}&apos; matches several next of kin of {reference}: {names}. Give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family update is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family update is dated before the incident; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #{item_id} is not an open &apos;tell the family&apos; item of {full_name} in {reference}; see the open ones with: consular family items {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no &apos;tell the family&apos; item #{item_id} you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #{item_id} was already done on {when} UTC by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #{item_id} was already done on {when} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.importing</name>
    <message>
        <source>There is no import #{batch_id}; `consular import list` shows them.</source>
        <extracomment>``progress(rows done, rows in all)``, called after each row (from the worker thread in the GUI).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #{batch_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC by {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {display_name} (who imported it) or a supervisor can undo import #{batch_id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.importing.mapping</name>
    <message>
        <source>Cannot import &apos;{kind}&apos;; choose one of {kinds}.</source>
        <extracomment>Other header names people use for it (compared lower-case, spaces and punctuation aside).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;{header}&apos; is mapped to &apos;{name}&apos;, which is not a field.</source>
        <extracomment>header as in the file → field name; a header not here is ignored. &quot;dmy&quot; or &quot;mdy&quot; for numeric dates whose day and month could be swapped; None refuses them. Region assumed for phone numbers without a country code when the case says none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &apos;{seen}&apos; and &apos;{header}&apos; are both mapped to &apos;{label}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names a column &apos;{header}&apos; that the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to: {missing} (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date_order must be one of {date_orders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping {source_name}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} is not a valid TOML mapping: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name}: [columns] must map each header to a field name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.importing.parsing</name>
    <message>
        <source>&apos;{raw}&apos; is not a real date (day {day}, month {month}, year {year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: &apos;{name}&apos; is not a month name; write dates as {formats_help}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (as a spreadsheet date number it is out of range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as {formats_help}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date order &apos;{order}&apos; is not one of {date_orders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: neither {first} nor {second} can be a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; could be {first} {name} or {second} {name2}; set the date order (day/month/year or month/day/year) in the column mapping (or --date-order dmy or mdy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not fit the mapping&apos;s date order ({wanted}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: {time_part} is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no country code and no country is known to assume; add +CC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no country code and is not a phone number of {region} (the country assumed); write it with +CC, or set the country that phones without one are from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.importing.reading</name>
    <message>
        <source>Cannot open {source_name}: {value}. Check the file name.</source>
        <extracomment>Rows after the header; more is refused (split the file). One cell; more is a sign of a broken file (an unclosed quote swallowing the rest). How far down the header row is looked for (title and merged group rows above it). 1-based line (CSV) or row (XLSX) number in the file of each row, for messages. How the file was read: &quot;UTF-8 with BOM, separator &apos;;&apos;&quot;, &quot;sheet &apos;Cases&apos;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} is {value:.1f} MB; an import file may be at most {value2} MB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name}: only .csv and .xlsx files can be imported (an old .xls must be saved as .xlsx first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{data:02x} at position {where}) and not Windows-1252 either. Save it from the spreadsheet as &apos;CSV UTF-8&apos; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} says it is {encoding} but byte {start} is invalid. Save it again from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} holds binary data (NUL bytes), not CSV text. If it is a spreadsheet, save it as .xlsx or &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} has more than {max_rows} rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name}, line {line_num}: {exc}. A cell may be longer than {max_cell_chars} characters or a quote may be left open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is longer than {max_cell_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file (damaged, or another format renamed). Open it in the spreadsheet and save it again. ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source_name} has no sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} rows; at most {max_rows} can be imported at once. Split it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.importing.rows</name>
    <message>
        <source>&apos;{shown}&apos; is not yes or no.</source>
        <extracomment>Separates counterparts in a contact&apos;s &quot;with&quot; cell, and a name from its organisation. The record concerned: a case reference, a person&apos;s name, a contact&apos;s date and summary. Matched: on what. Refused: why. Created: anything worth knowing (the reference given). The field a refusal is about (a field name of the mapping), if any. What was assumed to read the row (a phone&apos;s country). Records made, as (audit entity, id): what undoing the batch removes or voids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the post (code, e.g. BAM), or a reference that starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident date and time is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case reference (e.g. BAM-2025-0001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s full name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin come with their contact plan and the hostage they are family of; add them in the case&apos;s People tab, not by import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of the contact is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the contact was with: &apos;Name | Organisation&apos;, several separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.importing.undo</name>
    <message>
        <source>Import #{id} cannot be undone: {what}. Void or remove that first, or correct the records by hand.</source>
        <extracomment>Counterparts created by the batch that stay: the voided contacts still name them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.liaison_officers</name>
    <message>
        <source>The account &apos;{to_user}&apos; is disabled; pick an active caseworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name}&apos;s officer is already {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer last changed on {last:%Y-%m-%d %H:%M} UTC; date this after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.lists</name>
    <message>
        <source>&apos;{name}&apos; is neither .csv nor .xlsx; name the file with one of those endings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.merge</name>
    <message>
        <source>&apos;{value}&apos; cannot be merged: use person or counterpart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {step} row moved by this merge ({step2}) has changed since; the merge cannot be undone exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {entity} #{record_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entity} #{record_id} was merged into #{merged_into_id}; merge #{merged_into_id} instead, or undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {entity}; choose among: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} from a or b, not &apos;{side}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{a_id} cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge #{merge_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #{merge_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #{id} came later and involves the same records: undo it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.milestones</name>
    <message>
        <source>Say which national this proof of life concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{hostage_person_id} is not a national held in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited on a milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no milestone #{milestone_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.need_to_know</name>
    <message>
        <source>{display_name} is not on the team of case {reference}, so restricted content (proofs of life, demands, intermediaries) cannot be included. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.people</name>
    <message>
        <source>Unknown person field &apos;{unknown}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national concerned starts as held or unaccounted for; record a release or escape as a later status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person #{person_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is already in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the news that {name} is {what} comes from (the source).</source>
        <extracomment>Outcomes that end a captivity: recorded only with a source and the person&apos;s name typed out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as {what}, type their name ({name}) to confirm; it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as {what}, type their name ({name}) to confirm; no name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot start before the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} is already recorded as {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer cannot have taken the family on in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown contact plan field &apos;{unknown}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no next-of-kin record #{liaison_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of family liaison officer is recorded with its reason: use Change liaison officer… on the case&apos;s Family tab, or consular family officer CASE --kin &apos;{full_name}&apos; --to USER --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.permissions</name>
    <message>
        <source>caseworkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list accounts with their sign-in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an account with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set another account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one&apos;s own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list staff names (pickers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or edit an account&apos;s name, role, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or edit a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case (inside another change: an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a case&apos;s overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a case&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a case (status &apos;closed&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a case (people&apos;s identifiers are audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every case in one pass (cases list --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s summary line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a case&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user to a case&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a user from a case&apos;s team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read restricted content of every case, without being on its team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link two cases (same incident, related; both cases&apos; team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a link between two cases, with a reason (both cases&apos; team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s linked cases (others&apos; details: their team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s linked cases (inside another read: the brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one&apos;s own escalation queue as case supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a contact (inside another change: an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a case&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact&apos;s revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match or create counterparts named in a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a counterpart (inside another change: an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a case&apos;s counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find counterparts by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which cases counterparts are linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person to a case (inside another change: an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a hostage&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a proof of life with how it was checked (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a proof-of-life question (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit, agree or retire a proof-of-life question (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hostage&apos;s question bank (content: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess a proof of life: genuine, doubtful or false (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hostage&apos;s proofs of life with their checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a family contact plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list next of kin (phones are audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a welfare report (condition, medication, supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s welfare reports (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a repatriation checklist (with the release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a released national&apos;s repatriation checklist by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s repatriation checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a checklist item an owner or a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a checklist item done with its facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a checklist item not applicable with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a demand (case team; always restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the response to a demand (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s demands (content: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an intermediary&apos;s vetting (under vetting; decisions: see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide that an intermediary is vetted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an intermediary&apos;s vetting history (basis: their cases&apos; teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediaries&apos; vetting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a detained national&apos;s authority, place (transfers) and lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a charge (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a charge or its status (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a court hearing (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a hearing&apos;s outcome and next date (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a consular visit request (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a visit&apos;s decision, the visit and its findings (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a note verbale sent (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a note verbale&apos;s answer (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s detention records (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue visit requests, notes verbales and hearings (dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an entry shareable with family, or change its wording (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take an entry&apos;s shareable-with-family marking off (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop the marking of an entry being restricted (inside that change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry&apos;s shareable-with-family marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s shareable-with-family markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries a family may be told of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a family update letter to a next of kin would hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a family update letter (PDF) from shareable entries (case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record what was told to a next of kin (closes tell items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s family update log (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items (restricted ones: case team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item by hand, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a case&apos;s open &apos;tell the family&apos; items by hand, with one reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items (inside another change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item (inside another change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the items of a voided development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen the items a voided family update closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a next of kin&apos;s family liaison officer, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a family liaison officer (inside another change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each next of kin&apos;s family liaison officer and its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a milestone (inside another change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a task (inside another change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a document&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a document&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter the case list by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one panel of the dashboard, on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report across cases (restricted content: the case&apos;s team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a report across cases (PDF, XLSX, CSV, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a timeline (CSV, JSON, ICS, XLSX, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build a brief&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a brief (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list issued briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check whether a PDF is a brief issued here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the recent audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the whole database&apos;s audit trail (not one case&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list audit entries (a case&apos;s; the whole database: supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count audit entries (as list_entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case&apos;s History tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one record&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export audit entries (as list_entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a file to import, row by row (nothing is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cases, people or contacts from a CSV/XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo an import (who imported it, or a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cases, people or contacts as CSV in the import&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether one may void an entry (for menus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void an entry with a reason (its author or a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void an entry inside another change (undoing an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one&apos;s own draft of a form (Log contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read one&apos;s own draft back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list one&apos;s own drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list one&apos;s saved filters and those shared with a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a saved filter by name (one&apos;s own or shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a list&apos;s filters under a name (one&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename one&apos;s saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete one&apos;s saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share one&apos;s saved filter with a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the case list as shown (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a case&apos;s contact log as shown (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throw away one&apos;s own draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move one&apos;s old draft files into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list candidate duplicate people or counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterparts whose name matches one typed (contacts add --with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve names typed for a contact without creating counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show two records side by side before merging them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge two people or two counterparts (every link moves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge a closed case for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a case inside another change (undoing the import that opened it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back the database up to a chosen file (every case, with the key slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic daily backup, to this installation&apos;s private folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a verified backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) may not {what}: only {who} may.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.person_fields</name>
    <message>
        <source>The date of birth must be a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a passport number (5–32 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.proof_of_life</name>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{person_id} is not a next of kin in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be changed on a proof-of-life question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proof-of-life question #{question_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is {state}: its wording and answer are part of the record. Add a new question instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question that is {state} cannot become {target}. A compromised question stays compromised; add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question that is {state} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which next of kin agreed the question (--with / &apos;Agreed with&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question #{question_id} is not in this national&apos;s question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question #{question_id} is {state}: only a question agreed with the family and not yet used proves anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which agreed question was put before recording its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the answer matched the one the family expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the assessment rests on (voice, answer, metadata...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proof of life #{milestone_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proof of life was voided; it cannot be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the proof of life was (video, audio, photo, message, sighting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.purge</name>
    <message>
        <source>Only an administrator may purge a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the case reference ({ref}) exactly to confirm the purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {status}; only a closed case can be purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.reference_data</name>
    <message>
        <source>A user name cannot contain spaces (use e.g. a.sharma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;{username}&apos;; pick one from the list of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post with code &apos;{code}&apos;. Add the post first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.repatriation</name>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is recorded as {status}; record their release first (People tab, Change status…): the checklist then opens by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has a repatriation checklist in {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release cannot be before the incident; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no repatriation checklist item #{item_id}; see consular repatriation show CASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; was voided; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item an owner (--to USER), a due date (--due DATE) or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; is {state_word}; only open items are assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who held the debrief (--debrief-by &apos;agency or officer&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Debrief by&apos; belongs to the debrief, not to &apos;{label}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether psychosocial support was offered, accepted or declined (--support ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support&apos;s answer belongs to psychosocial support, not &apos;{label}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &apos;{label}&apos; is already {state_word}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item cannot be closed in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item cannot be closed before the incident; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; is already {state_word}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.reports</name>
    <message>
        <source>Nationals held now</source>
        <extracomment>name -&gt; (title, what it shows, whether the period applies); the texts are marked here and translated where they are shown (``translate(&quot;services.reports&quot;, title)``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by country and post, with days held and last proof-of-life age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases opened and closed by kind, country and post; median days to resolution; contacts by channel; families contacted within plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open tasks and overdue items per caseworker and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-contact compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per case, over the period: contacts made against the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2025-07-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a report; use one of: {reports}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts ({start_day}) after it ends ({last_day}): swap the dates or widen the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code: use two letters, e.g. ML or NG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post &apos;{post}&apos;; the posts are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationals held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days held: how many nationals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationals held, by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationals held or unaccounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom unaccounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest held (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationals held now, longest held first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last proof of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof-of-life age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are whole days since the first standing held or unaccounted-for status entry, to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last proof of life of %n national(s) is restricted: only their case&apos;s team and supervisors see it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened and closed, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts by channel, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened by country, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contacts within plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: when the post opened the case (its first status entry). Closed: the case&apos;s first change to resolved or closed. Days to resolution run from opening to that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family contact is within plan when it came no later than the agreed interval after the previous contact with that relative (or after the case was opened, for the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts include restricted entries (not their content) and leave voided entries out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue tasks, per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworkers with open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per caseworker and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks: open or in progress, not voided. Overdue: due before now. Counted by the case&apos;s post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts against the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by family-contact compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases with relatives on a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts the plans called for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives on a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts called for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative&apos;s plan (contact every N days) calls for one contact per N days of the period they were on it; compliance counts the contacts made, up to what each plan called for, against that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases open at some time in the period. Counts include restricted contacts; voided ones are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a report format; use one of: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.saved_filters</name>
    <message>
        <source>There is no list &apos;{value}&apos; to save a filter for; use one of {lists}.</source>
        <extracomment>The lists a filter can be saved for. The most a definition may hold (characters of JSON): a filter is a handful of values. How many filters one account may keep per list: a sidebar, not a database. The post it is shared with (its code), or None: only its owner sees it. Values of the definition the list no longer knows, filled in by the faces that apply it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter is a set of named values (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter is {count:,} characters long; a saved filter holds at most {max_definition_chars:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post &apos;{code}&apos;; use the code of one of the posts (BAM, ABJ…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved filter #{filter_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{row_name}&apos; is {display_name}&apos;s filter: only they (or an administrator) can change it. Save it under a name of your own to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter &apos;{row_name}&apos; was changed since you loaded it; load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a filter called &apos;{label}&apos; for this list; choose another name or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep {count} filters for this list already; delete some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter &apos;{label}&apos; was changed since you loaded it; load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a filter called &apos;{label}&apos; for this list; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved filter called &apos;{name}&apos; for the {list_name} list; &apos;consular filters list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.search</name>
    <message>
        <source>The number of results must be between 1 and {max_limit}; got {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is {count} characters long; keep it under {max_query}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.tasks</name>
    <message>
        <source>The task cannot be created in the future; check the date and zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is dated more than a year before the incident; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task #{task_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &apos;{title}&apos; is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.teams</name>
    <message>
        <source>Name the user to add or remove (e.g. k.reddy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user &apos;{name}&apos; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is already on the team of {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is the case&apos;s {part}; change the {part} of {reference} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name} is not a member of the team of {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.timeline</name>
    <message>
        <source>&apos;{value}&apos; is not a date or a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start ({show}) is after the end ({show2}); swap them or widen the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are masked in redacted copies only: ask for redaction too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of {reference} match this export ({scope}); &apos;{name}&apos; was left as it was. Check the filters, or allow an empty export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of {reference} match this export ({scope}); nothing was written. Check the filters, or allow an empty export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.timeline_events</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <extracomment>(kind, id) of the entries marked shareable with family (&quot;contact&quot;, &quot;milestone&quot;, &quot;status&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reopened: {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status: {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium: {medium}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to the agreed question matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to the agreed question did NOT match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to the agreed question not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment: {assessment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff present: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {assignee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by contact:{contact_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by {made_by}, via {via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by {made_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via an intermediary {flag} at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: {kind} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: {kind} — {name} (not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief by {debrief_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial support {support}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: {na_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family update — {kin} ({relationship} of {hostage}), by {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with {other} ({post}): {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked from {other} ({post})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officer for {who}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officer for {who}: {before} → {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.vetting</name>
    <message>
        <source>{name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vetting decision says under vetting, vetted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counterpart #{counterpart_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.views</name>
    <message>
        <source>No agreed contact plan</source>
        <extracomment>The clock a view was read under: not data, so left out of equality, repr and JSON. The latest proof of life assessed genuine (not voided): what &quot;alive as of&quot; rests on. The latest welfare report about this national (or about all of the case&apos;s), not voided. True outside the case team when the national has proofs of life: they are restricted, so neither their dates nor whether one was verified are given (both dates are then None). That there is none at all is not withheld (the brief says so to every reader too). The clock of the context that read this: what &quot;now&quot; means for the day counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel} ({owner})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) ({owner})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Intermediaries in this contact who were not vetted at the time (&quot;Name (unvetted)&quot;). Who attached it (its author, for Void…). Milestones voided with a reason, for the history views that strike them through (a voided proof of life stays visible with who voided it and why). They count for nothing: ``milestones``, the last proof of life, briefs and the timeline leave them out. Every proof of life and welfare report, voided ones included, oldest first (the People tab&apos;s welfare history), also when the milestones are a page. The open task due first (the Overview&apos;s &quot;next task due&quot;), from all the case&apos;s tasks. Paged detail (``get_case(..., page=N)``) only, else None: ``milestones`` and ``voided_milestones`` are then the first N milestones, oldest first, and ``tasks`` the first N tasks by due time, voided ones included (``view.voided``); these are the totals: (standing, voided) milestones and (open, overdue, done or cancelled, voided) tasks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof-of-life question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof-of-life check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.voiding</name>
    <message>
        <source>There is no {what} #{entry_id}.</source>
        <extracomment>For a status entry: the person&apos;s status now that the entry no longer counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was already voided on {voided_at:%Y-%m-%d %H:%M} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {value} or a supervisor can void {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is the only entry of {full_name}&apos;s status history; record the correct status first, then void this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {what} was voided ({void_reason}); it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
