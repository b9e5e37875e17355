<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
    <name>services.audit_checks</name>
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
</TS>
