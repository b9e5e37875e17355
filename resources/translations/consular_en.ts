<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AuditBrowser</name>
    <message numerus="yes">
        <source>{count} entry(s)</source>
        <translation>
            <numerusform>{count} entry</numerusform>
            <numerusform>{count} entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{action}&lt;/b&gt; on {record} in {case} by {actor} at {when}: %n field(s) changed</source>
        <translation>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; on {record} in {case} by {actor} at {when}: %n field changed</numerusform>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; on {record} in {case} by {actor} at {when}: %n fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{action}&lt;/b&gt; on {record} by {actor} at {when}: %n field(s) changed</source>
        <translation>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; on {record} by {actor} at {when}: %n field changed</numerusform>
            <numerusform>&lt;b&gt;{action}&lt;/b&gt; on {record} by {actor} at {when}: %n fields changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCheckBanner</name>
    <message numerus="yes">
        <source>Audit trail verified (%Ln entries).</source>
        <translation>
            <numerusform>Audit trail verified (%Ln entry).</numerusform>
            <numerusform>Audit trail verified (%Ln entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). The command `consular audit verify` gives the full report.</source>
        <translation>
            <numerusform>%n problem. The command `consular audit verify` gives the full report.</numerusform>
            <numerusform>%n problems. The command `consular audit verify` gives the full report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>Exported {count} entry(s) to {path} (chain head {head}).</source>
        <translation>
            <numerusform>Exported {count} entry to {path} (chain head {head}).</numerusform>
            <numerusform>Exported {count} entries to {path} (chain head {head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>{count} case(s) match “{words}”</source>
        <translation>
            <numerusform>{count} case matches “{words}”</numerusform>
            <numerusform>{count} cases match “{words}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} case(s)</source>
        <translation>
            <numerusform>{count} case</numerusform>
            <numerusform>{count} cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyText</name>
    <message numerus="yes">
        <source>{name}: held %n day(s)</source>
        <translation>
            <numerusform>{name}: held %n day</numerusform>
            <numerusform>{name}: held %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n day(s) in captivity, {status}</source>
        <translation>
            <numerusform>{name}: %n day in captivity, {status}</numerusform>
            <numerusform>{name}: %n days in captivity, {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) shown</source>
        <translation>
            <numerusform>%n hour shown</numerusform>
            <numerusform>%n hours shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) shown</source>
        <translation>
            <numerusform>%n day shown</numerusform>
            <numerusform>%n days shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) shown</source>
        <translation>
            <numerusform>%n month shown</numerusform>
            <numerusform>%n months shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} event</numerusform>
            <numerusform>{count} events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message numerus="yes">
        <source>They changed %n field(s).</source>
        <translation>
            <numerusform>They changed %n field.</numerusform>
            <numerusform>They changed %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemandsTab</name>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n demand</numerusform>
            <numerusform>%n demands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s)</source>
        <translation>
            <numerusform>%n hearing</numerusform>
            <numerusform>%n hearings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n candidate pair(s) of people</source>
        <translation>
            <numerusform>%n candidate pair of people</numerusform>
            <numerusform>%n candidate pairs of people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s) of counterparts</source>
        <translation>
            <numerusform>%n candidate pair of counterparts</numerusform>
            <numerusform>%n candidate pairs of counterparts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%n row(s); read as {how}. {notes}</source>
        <translation>
            <numerusform>%n row; read as {how}. {notes}</numerusform>
            <numerusform>%n rows; read as {how}. {notes}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message numerus="yes">
        <source>%n milestone(s), oldest first</source>
        <translation>
            <numerusform>%n milestone, oldest first</numerusform>
            <numerusform>%n milestones, oldest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted)</source>
        <translation>
            <numerusform>(%n voided, not counted)</numerusform>
            <numerusform>(%n voided, not counted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostsText</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>overdue by %n min</numerusform>
            <numerusform>overdue by %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>overdue by %n h</numerusform>
            <numerusform>overdue by %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedListText</name>
    <message numerus="yes">
        <source>Exported {count} case(s) to {path}.</source>
        <translation>
            <numerusform>Exported {count} case to {path}.</numerusform>
            <numerusform>Exported {count} cases to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message numerus="yes">
        <source>(%n voided, not counted.)</source>
        <translation>
            <numerusform>(%n voided, not counted.)</numerusform>
            <numerusform>(%n voided, not counted.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <source>{shown} of {count} event(s)</source>
        <translation>
            <numerusform>{shown} of {count} event</numerusform>
            <numerusform>{shown} of {count} events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} event</numerusform>
            <numerusform>{count} events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} event(s) to {path}.</source>
        <translation>
            <numerusform>Exported {count} event to {path}.</numerusform>
            <numerusform>Exported {count} events to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message numerus="yes">
        <source>consular — %n item(s) overdue on the cases you supervise</source>
        <translation>
            <numerusform>consular — %n item overdue on the cases you supervise</numerusform>
            <numerusform>consular — %n items overdue on the cases you supervise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in your escalation queue ({total} in all). Open consular to see them.</source>
        <translation>
            <numerusform>%n new item in your escalation queue ({total} in all). Open consular to see it.</numerusform>
            <numerusform>%n new items in your escalation queue ({total} in all). Open consular to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>detention_tab</name>
    <message numerus="yes">
        <source>OVERDUE (%n day(s))</source>
        <translation>
            <numerusform>OVERDUE (%n day)</numerusform>
            <numerusform>OVERDUE (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
