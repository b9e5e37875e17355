<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
