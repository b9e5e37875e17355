<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
</TS>
