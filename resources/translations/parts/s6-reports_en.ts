<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
    <name>reports.words</name>
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
        <source>%Ln restricted contact entries are not included (issue with 'include restricted' for the case team only).</source>
        <translation>
            <numerusform>%Ln restricted contact entry is not included (issue with 'include restricted' for the case team only).</numerusform>
            <numerusform>%Ln restricted contact entries are not included (issue with 'include restricted' for the case team only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
