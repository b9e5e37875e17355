<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AssignItemDialog</name>
    <message>
        <source>Owner and due date: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
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
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Edit charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{title}” as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Record a demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they present themselves: &apos;a man speaking for the group&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not through an intermediary —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— all / not named —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the family: a threat to them or a demand made on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a &apos;tell the family&apos; item for the hostage it concerns (or each hostage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always restricted: only the case team reads demands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({category})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandTableModel</name>
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
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandsTab</name>
    <message>
        <source>Record demand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the response to the selected demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the vetting of the selected demand&apos;s intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected demand in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No demands recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} (restricted: you are not on this case&apos;s team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}; {unanswered} without a response; {flagged} via an intermediary not vetted then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Restricted&lt;/b&gt;: a demand was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case team reads demands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{via}, by {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — about the family</source>
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
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came through an intermediary who was {status} at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the detention facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detaining authority, the place of detention (a transfer), the lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision / visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes verbales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer / edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected detention record in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests}; {visits} made; {late} without a decision after {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{notes}; {unanswered} unanswered; {late} past {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{hearings}; {late} past without an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No charge recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({count}) — {late} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No detention facts recorded.&lt;/b&gt; Press &lt;i&gt;Detention facts…&lt;/i&gt; to record the detaining authority, the place of detention and the lawyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} (from {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — held by &lt;b&gt;{authority}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer: {lawyer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Restricted&lt;/b&gt;: recorded {day}. Only the case team reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} by note verbale {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} #{number} of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, where it came from, what it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted — only the case&apos;s team may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected document&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected document&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them. Documents are stored inside the case database, so a backup of the database includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {size} per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description or the restricted mark (the file never changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the document attached by mistake, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} in {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: {file} (unexpected error, see the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open {file} was found. A copy is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Detention facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaining authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer&apos;s firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves (Ctrl+Enter in a text box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. What you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Edit hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hearing</source>
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
        <source>Once the hearing is held: what was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDoneDialog</name>
    <message>
        <source>Done: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency or officer who held it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCaseDialog</name>
    <message>
        <source>Link a case — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <comment>button: make the link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {reference} with another case: taken in the same incident, or related. You must be on both cases&apos; teams (or a supervisor). Each case then shows the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other case&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BAM-2025-0002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <comment>field: the kind of link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the other case&apos;s reference, e.g. BAM-2025-0002.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedCasesBox</name>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {reference}; press to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by {name} on {day}. Open {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <extracomment>The case&apos;s milestones marked shareable with family, by id (the &quot;Family&quot; marker).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the case as a whole —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted — keep out of family-facing and redacted outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Add milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; {loaded} of {total} loaded, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone #{number} of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected milestone (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;VOIDED&lt;/b&gt; — {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;RESTRICTED&lt;/b&gt; — kept out of family-facing and redacted outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by {name}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>Not applicable: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. passport found intact: no travel document needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NV/LFW/2025/114</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenChecklistDialog</name>
    <message>
        <source>Open a repatriation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items are given to the case&apos;s lead caseworker, due from the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the national.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>{name}: summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Response to the demand: {demand}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was answered, or to whom it was referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnItemTableModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
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
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected item an owner or a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the checklist of a released national who has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repatriation checklist. One opens by itself when a national is recorded released, rescued or escaped (People tab, Change status…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, released {day}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked done in the Tasks tab without its facts: press Done… to record them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign / reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign or reschedule the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue, {closed} done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded, more as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #{number} of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (assign / reschedule)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task #{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlinkCaseDialog</name>
    <message>
        <source>Unlink {other} — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} and {other} will no longer show each other. The link stays on record with who undid it, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the cases are unlinked; it is kept with the link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VettingDialog</name>
    <message>
        <source>Vetting: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the MFA crisis cell, the gendarmerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetting history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never vetted: unvetted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Consular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a consular visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale #{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} stays in the history, struck through, with your name and the reason; it no longer counts anywhere (counts, briefs, timeline, exports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this entry is wrong, e.g. &apos;Recorded for the wrong person&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entry to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the voided entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demands_tab</name>
    <message>
        <source>{name} ({status} then)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detention_dialogs</name>
    <message>
        <source>Restricted — only the case team reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detention_tab</name>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE (%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>National</source>
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
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
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
        <source>Next date</source>
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
</context>
<context>
    <name>documents_tab</name>
    <message>
        <source>Select a document to edit its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: only the case&apos;s team, supervisors and administrators may see or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by {name}: {reason}. A voided document stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.contact_form</name>
    <message>
        <source>&apos;{name}&apos; is typed but not added: press Enter in the field to add it, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up task</source>
        <comment>the field named in a validation message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <comment>the field named in a validation message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact time is in the future; check the date and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.detention_forms</name>
    <message>
        <source>Say when the charge was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the charge was convicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the charge was acquitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the request was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the request was no answer (closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the charge is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the charge was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge&apos;s filing date is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status date is before the charge was filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hearing&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next hearing ({next}) is before this hearing ({held}); check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing is still to come: record its outcome once held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s date is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision ({decided}) is dated before the request ({requested}); check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit is recorded only on a granted request; choose Granted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and welfare are recorded after the visit: give its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is dated before the note was sent.</source>
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
</context>
<context>
    <name>gui.forms.family_forms</name>
    <message>
        <source>Choose the next of kin who was told.</source>
        <extracomment>Problem the time field itself reports (unparseable text), shown as a told_at error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how they were told (phone, in person, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was told</source>
        <comment>the field named in a validation message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #{number} is not open any more; reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the next of kin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different officer: this one is already theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the officer changes; it is shown on the brief.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.import_form</name>
    <message>
        <source>Choose a file first.</source>
        <extracomment>field name → header of the file (&quot;&quot; when no column holds it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.key_facts</name>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.new_case</name>
    <message>
        <source>Name the group when attribution is claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group when attribution is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time, {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the group that claimed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: suspected or named group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the post handling the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.people_forms</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. रवि वर्मा</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hindi, Telugu, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type the date of birth as YYYY-MM-DD (it must exist in the calendar).</source>
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
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose next of kin this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the next of kin&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how they are related (e.g. Wife, Father).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is released</source>
        <extracomment>Outcomes that end a captivity: recorded only with a source and the person&apos;s name typed out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the news that {name} is released comes from (the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as released, type their name ({name}) to confirm; no name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as released, type their name ({name}) to confirm; it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the news that {name} is rescued comes from (the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as rescued, type their name ({name}) to confirm; no name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as rescued, type their name ({name}) to confirm; it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the news that {name} is escaped comes from (the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as escaped, type their name ({name}) to confirm; no name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as escaped, type their name ({name}) to confirm; it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the news that {name} is deceased comes from (the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as deceased, type their name ({name}) to confirm; no name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record {name} as deceased, type their name ({name}) to confirm; it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {name} to confirm the new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new status; nothing is chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.record_forms</name>
    <message>
        <source>Give the milestone a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which national this proof of life concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the counterpart&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability note</source>
        <comment>the field named in a validation message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.return_forms</name>
    <message>
        <source>Say when it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item cannot be closed in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who held the debrief (an agency or an officer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether psychosocial support was offered, accepted or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who owns the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: choose another owner or another due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item does not apply (it stays on the record).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui.forms.values</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date and time as {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type it as {hint}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {hint}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is not plausible; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month {month}: months run from 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not a date: {month} has {days} days. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is not a time of day: use 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linked_cases</name>
    <message>
        <source> — &lt;i&gt;details restricted to that case&apos;s team&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milestones_tab</name>
    <message>
        <source>Select a milestone to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voided milestone stays as it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: only the case&apos;s team, supervisors and administrators may see or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>users_combo</name>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>void_dialog</name>
    <message>
        <source>Already voided by {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its author or a supervisor can void it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
