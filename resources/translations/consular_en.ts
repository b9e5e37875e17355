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
    <name>BriefDialog</name>
    <message numerus="yes">
        <source>Sent to {printer} (%n copy/copies).</source>
        <translation>
            <numerusform>Sent to {printer} (%n copy).</numerusform>
            <numerusform>Sent to {printer} (%n copies).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the default printer (%n copy/copies).</source>
        <translation>
            <numerusform>Sent to the default printer (%n copy).</numerusform>
            <numerusform>Sent to the default printer (%n copies).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued, replacing brief #{old}: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>Brief #{id} issued, replacing brief #{old}: %n page, {details}, covering {period}.</numerusform>
            <numerusform>Brief #{id} issued, replacing brief #{old}: %n pages, {details}, covering {period}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>Brief #{id} issued: %n page, {details}, covering {period}.</numerusform>
            <numerusform>Brief #{id} issued: %n pages, {details}, covering {period}.</numerusform>
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
    <name>ContactLogTab</name>
    <message numerus="yes">
        <source>%n contact entry(ies) matching the filters</source>
        <translation>
            <numerusform>%n contact entry matching the filters</numerusform>
            <numerusform>%n contact entries matching the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(ies) in this case</source>
        <translation>
            <numerusform>%n contact entry in this case</numerusform>
            <numerusform>%n contact entries in this case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}, and %n voided, not counted</source>
        <translation>
            <numerusform>{entries}, and %n voided, not counted</numerusform>
            <numerusform>{entries}, and %n voided, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{channel}, {direction}, %n min</source>
        <translation>
            <numerusform>{channel}, {direction}, %n min</numerusform>
            <numerusform>{channel}, {direction}, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit history (%n earlier version(s))</source>
        <translation>
            <numerusform>Edit history (%n earlier version)</numerusform>
            <numerusform>Edit history (%n earlier versions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartPicker</name>
    <message numerus="yes">
        <source>+%n more (Backspace in the field removes the last)</source>
        <translation>
            <numerusform>+%n more (Backspace in the field removes the last)</numerusform>
            <numerusform>+%n more (Backspace in the field removes the last)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{text}&apos; matches %n counterpart(s) ({names}); type more of the name or pick one from the list with the arrow keys.</source>
        <translation>
            <numerusform>&apos;{text}&apos; matches %n counterpart ({names}); type more of the name or pick one from the list with the arrow keys.</numerusform>
            <numerusform>&apos;{text}&apos; matches %n counterparts ({names}); type more of the name or pick one from the list with the arrow keys.</numerusform>
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
    <name>FamilyLetterDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) shareable with family in this period, about {name} or the whole case.</source>
        <translation>
            <numerusform>%n entry shareable with family in this period, about {name} or the whole case.</numerusform>
            <numerusform>%n entries shareable with family in this period, about {name} or the whole case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message numerus="yes">
        <source>Tell the family — %n open, {overdue} overdue</source>
        <translation>
            <numerusform>Tell the family — %n open, {overdue} overdue</numerusform>
            <numerusform>Tell the family — %n open, {overdue} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tell the family — %n open</source>
        <translation>
            <numerusform>Tell the family — %n open</numerusform>
            <numerusform>Tell the family — %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family update(s)</source>
        <translation>
            <numerusform>%n family update</numerusform>
            <numerusform>%n family updates</numerusform>
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
    <name>LogContactDialog</name>
    <message numerus="yes">
        <source>%n unsaved Log contact draft(s) moved into the database</source>
        <translation>
            <numerusform>%n unsaved Log contact draft moved into the database</numerusform>
            <numerusform>%n unsaved Log contact drafts moved into the database</numerusform>
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
    <name>NextOfKinDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>contact every N days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix</source>
        <translation>
            <numerusform>Not saved: %n problem to fix</numerusform>
            <numerusform>Not saved: %n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>missing for %n day</numerusform>
            <numerusform>missing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, missing for %n day(s)</source>
        <translation>
            <numerusform>{name}: {status}, missing for %n day</numerusform>
            <numerusform>{name}: {status}, missing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in captivity</source>
        <translation>
            <numerusform>%n day in captivity</numerusform>
            <numerusform>%n days in captivity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, %n day(s) in captivity</source>
        <translation>
            <numerusform>{name}: {status}, %n day in captivity</numerusform>
            <numerusform>{name}: {status}, %n days in captivity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since {day}, after %n day(s) held</source>
        <translation>
            <numerusform>since {day}, after %n day held</numerusform>
            <numerusform>since {day}, after %n days held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, after %n day(s) held</source>
        <translation>
            <numerusform>{name}: {status}, after %n day held</numerusform>
            <numerusform>{name}: {status}, after %n days held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entry(ies) in the log</source>
        <translation>
            <numerusform>Last contact: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entry in the log</numerusform>
            <numerusform>Last contact: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entries in the log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message numerus="yes">
        <source>No verified proof of life for over %n day(s)</source>
        <translation>
            <numerusform>No verified proof of life for over %n day</numerusform>
            <numerusform>No verified proof of life for over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Medical needs, and no welfare report for over %n day(s).</source>
        <translation>
            <numerusform>Medical needs, and no welfare report for over %n day.</numerusform>
            <numerusform>Medical needs, and no welfare report for over %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for over %n day(s)</source>
        <translation>
            <numerusform>no verified proof of life for over %n day</numerusform>
            <numerusform>no verified proof of life for over %n days</numerusform>
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
    <name>QuestionBankDialog</name>
    <message numerus="yes">
        <source>%n question(s); {ready} agreed and ready to put.</source>
        <translation>
            <numerusform>%n question; {ready} agreed and ready to put.</numerusform>
            <numerusform>%n questions; {ready} agreed and ready to put.</numerusform>
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
    <name>SavedContactsMixin</name>
    <message numerus="yes">
        <source>Exported %Ln entry(ies) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}.</numerusform>
            <numerusform>Exported %Ln entries to {path}.</numerusform>
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
    <name>argparse</name>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>conflicting option string: %s</numerusform>
            <numerusform>conflicting option strings: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_audit</name>
    <message numerus="yes">
        <source>  ... and %n more problem(s).</source>
        <translation>
            <numerusform>  ... and %n more problem.</numerusform>
            <numerusform>  ... and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit entry/entries to {path} (chain head {chain_head}).</source>
        <translation>
            <numerusform>Wrote %Ln audit entry to {path} (chain head {chain_head}).</numerusform>
            <numerusform>Wrote %Ln audit entries to {path} (chain head {chain_head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_cases</name>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to {out}.</source>
        <translation>
            <numerusform>Wrote %Ln case to {out}.</numerusform>
            <numerusform>Wrote %Ln cases to {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incident: {when} ({timezone}), %n day(s) ago</source>
        <translation>
            <numerusform>Incident: {when} ({timezone}), %n day ago</numerusform>
            <numerusform>Incident: {when} ({timezone}), %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — PROOF OF LIFE OVERDUE (over %n day(s))</source>
        <translation>
            <numerusform> — PROOF OF LIFE OVERDUE (over %n day)</numerusform>
            <numerusform> — PROOF OF LIFE OVERDUE (over %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform> — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAY</numerusform>
            <numerusform> — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAYS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_detention</name>
    <message numerus="yes">
        <source>, waiting %n day(s)</source>
        <translation>
            <numerusform>, waiting %n day</numerusform>
            <numerusform>, waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unanswered, %n day(s)</source>
        <translation>
            <numerusform>unanswered, %n day</numerusform>
            <numerusform>unanswered, %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_export</name>
    <message numerus="yes">
        <source>Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</source>
        <translation>
            <numerusform>Wrote %Ln event of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</numerusform>
            <numerusform>Wrote %Ln events of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_family</name>
    <message numerus="yes">
        <source>Recorded family update #{id} for {kin_name}; closed %n &apos;tell the family&apos; item(s).</source>
        <translation>
            <numerusform>Recorded family update #{id} for {kin_name}; closed %n &apos;tell the family&apos; item.</numerusform>
            <numerusform>Recorded family update #{id} for {kin_name}; closed %n &apos;tell the family&apos; items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_letter</name>
    <message numerus="yes">
        <source>Wrote the family update letter to {kin_name} ({name}, %n entry/entries) to {path}; reference {chain_head}.</source>
        <translation>
            <numerusform>Wrote the family update letter to {kin_name} ({name}, %n entry) to {path}; reference {chain_head}.</numerusform>
            <numerusform>Wrote the family update letter to {kin_name} ({name}, %n entries) to {path}; reference {chain_head}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpart_picker</name>
    <message numerus="yes">
        <source>from {cases} and %n more (not this case)</source>
        <translation>
            <numerusform>from {cases} and %n more (not this case)</numerusform>
            <numerusform>from {cases} and %n more (not this case)</numerusform>
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
<context>
    <name>domain.captivity</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held for %n day(s)</source>
        <translation>
            <numerusform>held for %n day</numerusform>
            <numerusform>held for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>missing for %n day</numerusform>
            <numerusform>missing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{status} after %n day(s)</source>
        <translation>
            <numerusform>{status} after %n day</numerusform>
            <numerusform>{status} after %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.lockout</name>
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
            <numerusform>Account locked after %n failed attempt. Try again in {time}.</numerusform>
            <numerusform>Account locked after %n failed attempts. Try again in {time}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.timeutil</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>people_tab</name>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>missing for %n day</numerusform>
            <numerusform>missing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in captivity</source>
        <translation>
            <numerusform>%n day in captivity</numerusform>
            <numerusform>%n days in captivity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since {day}, after %n day(s) held</source>
        <translation>
            <numerusform>since {day}, after %n day held</numerusform>
            <numerusform>since {day}, after %n days held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) held</source>
        <translation>
            <numerusform>after %n day held</numerusform>
            <numerusform>after %n days held</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n restricted charge(s) not shown</source>
        <translation>
            <numerusform>%n restricted charge not shown</numerusform>
            <numerusform>%n restricted charges not shown</numerusform>
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
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n released</source>
        <translation>
            <numerusform>%n released</numerusform>
            <numerusform>%n released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other (see table)</source>
        <translation>
            <numerusform>%n other (see table)</numerusform>
            <numerusform>%n other (see table)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts} — %n national(s) concerned</source>
        <translation>
            <numerusform>{counts} — %n national concerned</numerusform>
            <numerusform>{counts} — %n nationals concerned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAY</numerusform>
            <numerusform>MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAYS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted development(s) of the period, shown by date only.</source>
        <translation>
            <numerusform>%Ln restricted development of the period, shown by date only.</numerusform>
            <numerusform>%Ln restricted developments of the period, shown by date only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{category} — %Ln contact(s)</source>
        <translation>
            <numerusform>{category} — %Ln contact</numerusform>
            <numerusform>{category} — %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more contact(s) in this category in the period, not listed (newest listed first).</source>
        <translation>
            <numerusform>… and %Ln more contact in this category in the period, not listed (newest listed first).</numerusform>
            <numerusform>… and %Ln more contacts in this category in the period, not listed (newest listed first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date_only} — %Ln restricted contact(s)</source>
        <translation>
            <numerusform>{date_only} — %Ln restricted contact</numerusform>
            <numerusform>{date_only} — %Ln restricted contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>missing for %n day</numerusform>
            <numerusform>missing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NONE VERIFIED FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>NONE VERIFIED FOR OVER %n DAY</numerusform>
            <numerusform>NONE VERIFIED FOR OVER %n DAYS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the table)</source>
        <translation>
            <numerusform>and %Ln more (see the table)</numerusform>
            <numerusform>and %Ln more (see the table)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) in the XLSX, CSV and JSON forms of this report.</source>
        <translation>
            <numerusform>%Ln more row in the XLSX, CSV and JSON forms of this report.</numerusform>
            <numerusform>%Ln more rows in the XLSX, CSV and JSON forms of this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted contact entries are not included (issue with &apos;include restricted&apos; for the case team only).</source>
        <translation>
            <numerusform>%Ln restricted contact entry is not included (issue with &apos;include restricted&apos; for the case team only).</numerusform>
            <numerusform>%Ln restricted contact entries are not included (issue with &apos;include restricted&apos; for the case team only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.audit_chain</name>
    <message numerus="yes">
        <source>%n anchor(s) lie beyond this copy&apos;s last entry (#{last}): printed after it was taken, they pin later history, not this copy&apos;s.</source>
        <translation>
            <numerusform>%n anchor lies beyond this copy&apos;s last entry (#{last}): printed after it was taken, it pins later history, not this copy&apos;s.</numerusform>
            <numerusform>%n anchors lie beyond this copy&apos;s last entry (#{last}): printed after it was taken, they pin later history, not this copy&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) were printed on a history restored from another backup, which this copy does not contain: not checked.</source>
        <translation>
            <numerusform>%n anchor was printed on a history restored from another backup, which this copy does not contain: not checked.</numerusform>
            <numerusform>%n anchors were printed on a history restored from another backup, which this copy does not contain: not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written before the chain existed were chained at upgrade (revision 0005) and carry no signature.</source>
        <translation>
            <numerusform>%n entry written before the chain existed was chained at upgrade (revision 0005) and carries no signature.</numerusform>
            <numerusform>%n entries written before the chain existed were chained at upgrade (revision 0005) and carry no signature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.audit_checks</name>
    <message numerus="yes">
        <source>The newest %n entries signed with key {kid} come after the last entry signed with a key this machine holds, and cannot be checked here: copy that installation&apos;s key file here (see {variable}) or verify with --no-key to check the hashes and anchors only.</source>
        <translation>
            <numerusform>The newest entry signed with key {kid} comes after the last entry signed with a key this machine holds, and cannot be checked here: copy that installation&apos;s key file here (see {variable}) or verify with --no-key to check the hashes and anchors only.</numerusform>
            <numerusform>The newest %n entries signed with key {kid} come after the last entry signed with a key this machine holds, and cannot be checked here: copy that installation&apos;s key file here (see {variable}) or verify with --no-key to check the hashes and anchors only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was tampered with: {problem} (%n more problem(s): run `consular audit verify`.)</source>
        <translation>
            <numerusform>The audit trail was tampered with: {problem} (%n more problem: run `consular audit verify`.)</numerusform>
            <numerusform>The audit trail was tampered with: {problem} (%n more problems: run `consular audit verify`.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.dashboard</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for %n day(s)</source>
        <extracomment>No verified proof of life for longer than the setting (Settings.proof_of_life_alert_days), counted from the captivity&apos;s start when there is none. Has medical needs, and no welfare report for longer than Settings.welfare_alert_days. Whole days since the last verified proof of life, else since the captivity began. Whole days since the last welfare report about them, else since the captivity began.</extracomment>
        <translation>
            <numerusform>no verified proof of life for %n day</numerusform>
            <numerusform>no verified proof of life for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>medical needs, no welfare news for %n day(s)</source>
        <translation>
            <numerusform>medical needs, no welfare news for %n day</numerusform>
            <numerusform>medical needs, no welfare news for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.detention_overdue</name>
    <message numerus="yes">
        <source>{what}: no decision for %n day(s)</source>
        <translation>
            <numerusform>{what}: no decision for %n day</numerusform>
            <numerusform>{what}: no decision for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no answer for %n day(s)</source>
        <translation>
            <numerusform>{what}: no answer for %n day</numerusform>
            <numerusform>{what}: no answer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no outcome recorded for %n day(s)</source>
        <translation>
            <numerusform>{what}: no outcome recorded for %n day</numerusform>
            <numerusform>{what}: no outcome recorded for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note verbale {reference} for {name}: no answer for %n day(s)</source>
        <translation>
            <numerusform>Note verbale {reference} for {name}: no answer for %n day</numerusform>
            <numerusform>Note verbale {reference} for {name}: no answer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note verbale for {name}: no answer for %n day(s)</source>
        <translation>
            <numerusform>Note verbale for {name}: no answer for %n day</numerusform>
            <numerusform>Note verbale for {name}: no answer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consular visit request for {name}: no decision for %n day(s)</source>
        <translation>
            <numerusform>Consular visit request for {name}: no decision for %n day</numerusform>
            <numerusform>Consular visit request for {name}: no decision for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.importing</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.importing.reading</name>
    <message numerus="yes">
        <source>The header is row {row}; the %n row(s) above it were skipped.</source>
        <translation>
            <numerusform>The header is row {row}; the row above it was skipped.</numerusform>
            <numerusform>The header is row {row}; the %n rows above it were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.reports</name>
    <message numerus="yes">
        <source>The last proof of life of %n national(s) is restricted: only their case&apos;s team and supervisors see it.</source>
        <translation>
            <numerusform>The last proof of life of %n national is restricted: only their case&apos;s team and supervisors see it.</numerusform>
            <numerusform>The last proof of life of %n nationals is restricted: only their case&apos;s team and supervisors see it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.timeline_events</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.views</name>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel} ({owner})</source>
        <translation>
            <numerusform>Agreed every day by {channel} ({owner})</numerusform>
            <numerusform>Agreed every %n days by {channel} ({owner})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel}</source>
        <translation>
            <numerusform>Agreed every day by {channel}</numerusform>
            <numerusform>Agreed every %n days by {channel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) ({owner})</source>
        <translation>
            <numerusform>Agreed every day ({owner})</numerusform>
            <numerusform>Agreed every %n days ({owner})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s)</source>
        <translation>
            <numerusform>Agreed every day</numerusform>
            <numerusform>Agreed every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message numerus="yes">
        <source>The overview of {ref} has %n unsaved change(s). Save before closing?</source>
        <translation>
            <numerusform>The overview of {ref} has %n unsaved change. Save before closing?</numerusform>
            <numerusform>The overview of {ref} has %n unsaved changes. Save before closing?</numerusform>
        </translation>
    </message>
</context>
</TS>
