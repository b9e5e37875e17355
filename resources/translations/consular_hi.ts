<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About consular</source>
        <translation>consular के बारे में</translation>
    </message>
    <message>
        <source>consular version {version}</source>
        <translation>consular संस्करण {version}</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>संस्करण कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>संस्करण का विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>locked until {when}</source>
        <translation>{when} तक लॉक</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>पासवर्ड नहीं</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>अंतिम साइन इन</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>The new user signs in with this password.</source>
        <translation>नया उपयोगकर्ता इसी पासवर्ड से साइन इन करेगा।</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>e.g. a.sharma</source>
        <translation>उदा. a.sharma</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>पूरा नाम:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>भूमिका:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>पासवर्ड दोबारा:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
</context>
<context>
    <name>AssessProofDialog</name>
    <message>
        <source>Assess a proof of life</source>
        <translation>जीवित होने के प्रमाण का आकलन करें</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>आकलन सहेजें</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>जीवित होने का प्रमाण</translation>
    </message>
    <message>
        <source>medium not recorded</source>
        <translation>माध्यम दर्ज नहीं</translation>
    </message>
    <message>
        <source>{when} — {title} ({medium}; {assessment})</source>
        <translation>{when} — {title} ({medium}; {assessment})</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>आकलन</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Basis of the assessment</source>
        <translation>आकलन का आधार</translation>
    </message>
    <message>
        <source>What it rests on: the answer, the voice compared with…, the metadata…</source>
        <translation>यह किस पर आधारित है: उत्तर, आवाज़ की तुलना…, मेटाडेटा…</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>स्थापित तिथि</translation>
    </message>
    <message>
        <source>Established as</source>
        <translation>स्थापित तिथि</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>— as recorded —</source>
        <translation>— जैसा दर्ज है —</translation>
    </message>
</context>
<context>
    <name>AssignItemDialog</name>
    <message>
        <source>Owner and due date: {item}</source>
        <translation>ज़िम्मेदार अधिकारी और नियत तिथि: {item}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार अधिकारी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
</context>
<context>
    <name>AttributionLevel</name>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>संदिग्ध</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>दावा किया गया</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्ट</translation>
    </message>
</context>
<context>
    <name>AuditBrowser</name>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>उपयोगकर्ता के अनुसार फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>कार्रवाई के अनुसार फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>A family (contact.*) or one action (contact.edit)</source>
        <translation>एक समूह (contact.*) या एक कार्रवाई (contact.edit)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>किसी तिथि से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>From date (UTC)</source>
        <translation>आरंभ तिथि (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>किसी तिथि तक फ़िल्टर करें</translation>
    </message>
    <message>
        <source>To date (UTC), included</source>
        <translation>अंतिम तिथि (UTC), शामिल</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>मिली प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>ऑडिट प्रविष्टियाँ, नवीनतम पहले</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>पहले और बाद में</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>किसी प्रविष्टि को चुनें और देखें कि उसने क्या बदला।</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>चुनी गई प्रविष्टि</translation>
    </message>
    <message>
        <source>Why the audit trail cannot be shown</source>
        <translation>ऑडिट रिकॉर्ड क्यों नहीं दिखाया जा सकता</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{problem} The filter was not changed.</source>
        <translation>{problem} फ़िल्टर नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>{count} entry(s)</source>
        <translation>
            <numerusform>{count} प्रविष्टि</numerusform>
            <numerusform>{count} प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>कोई प्रविष्टि मेल नहीं खाती</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{action}&lt;/b&gt; on {record} in {case} by {actor} at {when}: %n field(s) changed</source>
        <translation>
            <numerusform>{case} में {record} पर &lt;b&gt;{action}&lt;/b&gt;, {actor} द्वारा, {when}: %n फ़ील्ड बदला</numerusform>
            <numerusform>{case} में {record} पर &lt;b&gt;{action}&lt;/b&gt;, {actor} द्वारा, {when}: %n फ़ील्ड बदले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{action}&lt;/b&gt; on {record} by {actor} at {when}: %n field(s) changed</source>
        <translation>
            <numerusform>{record} पर &lt;b&gt;{action}&lt;/b&gt;, {actor} द्वारा, {when}: %n फ़ील्ड बदला</numerusform>
            <numerusform>{record} पर &lt;b&gt;{action}&lt;/b&gt;, {actor} द्वारा, {when}: %n फ़ील्ड बदले</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCheckBanner</name>
    <message>
        <source>Audit trail warning</source>
        <translation>ऑडिट रिकॉर्ड चेतावनी</translation>
    </message>
    <message>
        <source>What the audit check found</source>
        <translation>ऑडिट जाँच में क्या मिला</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <source>Every problem the audit check found</source>
        <translation>ऑडिट जाँच में मिली सभी समस्याएँ</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: {reason}</source>
        <translation>ऑडिट रिकॉर्ड सत्यापित नहीं हो सका: {reason}</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>ऑडिट रिकॉर्ड सत्यापित हो रहा है…</translation>
    </message>
    <message>
        <source>Verifying the audit trail… {percent}%</source>
        <translation>ऑडिट रिकॉर्ड सत्यापित हो रहा है… {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified (%Ln entries).</source>
        <translation>
            <numerusform>ऑडिट रिकॉर्ड सत्यापित (%Ln प्रविष्टि)।</numerusform>
            <numerusform>ऑडिट रिकॉर्ड सत्यापित (%Ln प्रविष्टियाँ)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail could not be fully checked on this machine: {problems}</source>
        <translation>इस कंप्यूटर पर ऑडिट रिकॉर्ड की पूरी जाँच नहीं हो सकी: {problems}</translation>
    </message>
    <message>
        <source>Audit trail only partly verified: see the banner.</source>
        <translation>ऑडिट रिकॉर्ड केवल आंशिक रूप से सत्यापित: बैनर देखें।</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: see the red banner.</source>
        <translation>ऑडिट रिकॉर्ड से छेड़छाड़ की गई है: लाल बैनर देखें।</translation>
    </message>
    <message>
        <source>Audit trail problems</source>
        <translation>ऑडिट रिकॉर्ड की समस्याएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s). The command `consular audit verify` gives the full report.</source>
        <translation>
            <numerusform>%n समस्या। पूरी रिपोर्ट के लिए `consular audit verify` कमांड चलाएँ।</numerusform>
            <numerusform>%n समस्याएँ। पूरी रिपोर्ट के लिए `consular audit verify` कमांड चलाएँ।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>unchained</source>
        <translation>श्रृंखला से बाहर</translation>
    </message>
    <message>
        <source>Position in the audit chain</source>
        <translation>ऑडिट श्रृंखला में स्थान</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट रिकॉर्ड</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>निर्यात की स्थिति</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Export the entries shown</source>
        <translation>दिखाई गई प्रविष्टियाँ निर्यात करें</translation>
    </message>
    <message>
        <source>Write the entries matching the filter to CSV or JSON, with the chain head</source>
        <translation>फ़िल्टर से मेल खाती प्रविष्टियाँ श्रृंखला-शीर्ष के साथ CSV या JSON में लिखें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>ऑडिट रिकॉर्ड निर्यात करें</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} entry(s) to {path} (chain head {head}).</source>
        <translation>
            <numerusform>{count} प्रविष्टि {path} में निर्यात की गई (श्रृंखला-शीर्ष {head})।</numerusform>
            <numerusform>{count} प्रविष्टियाँ {path} में निर्यात की गईं (श्रृंखला-शीर्ष {head})।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>निर्यात नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>ऑडिट रिकॉर्ड निर्यात हो रहा है…</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Unlock the backup</source>
        <translation>बैकअप अनलॉक करें</translation>
    </message>
    <message>
        <source>&apos;{backup}&apos; was made under another key: a backup of another database, or of this one before its key was replaced. It is opened with its own key file.

Enter {username}&apos;s password as it was when the backup was made, or the backup&apos;s recovery key. Nothing is replaced until the backup has been verified and you have agreed.</source>
        <translation>&apos;{backup}&apos; किसी दूसरी कुंजी से बना था: किसी अन्य डेटाबेस का बैकअप, या इसी डेटाबेस का, उसकी कुंजी बदले जाने से पहले का। यह अपनी ही कुंजी फ़ाइल से खुलता है।

{username} का वह पासवर्ड दर्ज करें जो बैकअप बनते समय था, या बैकअप की रिकवरी कुंजी। जब तक बैकअप सत्यापित न हो जाए और आप सहमति न दें, कुछ भी बदला नहीं जाएगा।</translation>
    </message>
    <message>
        <source>Password in the backup</source>
        <translation>बैकअप में पासवर्ड</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>or the recovery key printed for it</source>
        <translation>या उसके लिए छपी रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>रिकवरी कुंजी (&amp;R):</translation>
    </message>
    <message>
        <source>Why the backup did not unlock</source>
        <translation>बैकअप अनलॉक क्यों नहीं हुआ</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>Enter the password or the recovery key.</source>
        <translation>पासवर्ड या रिकवरी कुंजी दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… और %n अन्य</numerusform>
            <numerusform>… और %n अन्य</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message numerus="yes">
        <source>Sent to {printer} (%n copy/copies).</source>
        <translation>
            <numerusform>{printer} को भेजा गया (%n प्रति)।</numerusform>
            <numerusform>{printer} को भेजा गया (%n प्रतियाँ)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the default printer (%n copy/copies).</source>
        <translation>
            <numerusform>डिफ़ॉल्ट प्रिंटर को भेजा गया (%n प्रति)।</numerusform>
            <numerusform>डिफ़ॉल्ट प्रिंटर को भेजा गया (%n प्रतियाँ)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Print brief — {reference}</source>
        <translation>सारांश प्रिंट करें — {reference}</translation>
    </message>
    <message>
        <source>Print status brief</source>
        <translation>स्थिति सारांश प्रिंट करें</translation>
    </message>
    <message>
        <source>A status brief of {reference} as a PDF: summary, nationals held, key developments, contacts, family liaison and open tasks. Each brief issued is recorded.</source>
        <translation>{reference} का स्थिति सारांश PDF के रूप में: सार, बंधक नागरिक, मुख्य घटनाक्रम, संपर्क, परिवार संपर्क और लंबित कार्य। जारी किया गया हर सारांश दर्ज किया जाता है।</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Since the previous brief (or the last 7 days)</source>
        <translation>पिछले सारांश से (या पिछले 7 दिन)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>इस तिथि से</translation>
    </message>
    <message>
        <source>Period start date</source>
        <translation>अवधि की आरंभ तिथि</translation>
    </message>
    <message>
        <source>Period start date error</source>
        <translation>अवधि की आरंभ तिथि में त्रुटि</translation>
    </message>
    <message>
        <source>Looking up the previous brief…</source>
        <translation>पिछला सारांश खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Redact for handing on</source>
        <translation>आगे देने के लिए गोपनीय अंश हटाएँ</translation>
    </message>
    <message>
        <source>Masks passport and other ID numbers, phone numbers, e-mail addresses, addresses and dates of birth, and leaves out restricted entries.</source>
        <translation>पासपोर्ट और अन्य पहचान संख्याएँ, फ़ोन नंबर, ई-मेल पते, पते और जन्म तिथियाँ छिपाता है, और प्रतिबंधित प्रविष्टियाँ छोड़ देता है।</translation>
    </message>
    <message>
        <source>Mask names too</source>
        <translation>नाम भी छिपाएँ</translation>
    </message>
    <message>
        <source>Also masks the names of the case&apos;s people and their families, native script included. Only in a redacted brief.</source>
        <translation>मामले के व्यक्तियों और उनके परिवारों के नाम भी छिपाता है, मूल लिपि सहित। केवल गोपनीय अंश हटाए गए सारांश में।</translation>
    </message>
    <message>
        <source>Include restricted entries (case team only)</source>
        <translation>प्रतिबंधित प्रविष्टियाँ शामिल करें (केवल मामले की टीम के लिए)</translation>
    </message>
    <message>
        <source>Adds restricted contacts and milestones, marked RESTRICTED. Not possible in a redacted brief.</source>
        <translation>प्रतिबंधित संपर्क और महत्वपूर्ण घटनाएँ जोड़ता है, «प्रतिबंधित» चिह्नित। गोपनीय अंश हटाए गए सारांश में संभव नहीं।</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translation>हर पृष्ठ पर «मसौदा» अंकित करें</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>पृष्ठ आकार</translation>
    </message>
    <message>
        <source>Language of the brief</source>
        <translation>सारांश की भाषा</translation>
    </message>
    <message>
        <source>Brief status</source>
        <translation>सारांश की स्थिति</translation>
    </message>
    <message>
        <source>Was a PDF issued here? Drop it on this window, or use “Check a PDF…”.</source>
        <translation>क्या कोई PDF यहाँ से जारी हुआ था? उसे इस विंडो पर छोड़ें, या «PDF जाँचें…» का उपयोग करें।</translation>
    </message>
    <message>
        <source>Brief file check</source>
        <translation>सारांश फ़ाइल की जाँच</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>बनाएँ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Check a PDF…</source>
        <translation>PDF जाँचें…</translation>
    </message>
    <message>
        <source>Whether a PDF file is, byte for byte, a brief issued from this database</source>
        <translation>क्या कोई PDF फ़ाइल, बाइट-दर-बाइट, इसी डेटाबेस से जारी सारांश है</translation>
    </message>
    <message>
        <source>The period cannot start after today ({today}); check the date.</source>
        <translation>अवधि आज ({today}) के बाद आरंभ नहीं हो सकती; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Previous brief: {when} by {name} (content SHA-256 {hash}).</source>
        <translation>पिछला सारांश: {when}, {name} द्वारा (सामग्री SHA-256 {hash})।</translation>
    </message>
    <message>
        <source>No brief of this case has been issued yet: the last 7 days.</source>
        <translation>इस मामले का अभी तक कोई सारांश जारी नहीं हुआ है: पिछले 7 दिन।</translation>
    </message>
    <message>
        <source>The brief was not written: check the period.</source>
        <translation>सारांश नहीं लिखा गया: अवधि जाँचें।</translation>
    </message>
    <message>
        <source>Preparing the brief…</source>
        <translation>सारांश तैयार किया जा रहा है…</translation>
    </message>
    <message>
        <source>Preparing the status brief…</source>
        <translation>स्थिति सारांश तैयार किया जा रहा है…</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>गोपनीय अंश हटाए गए</translation>
    </message>
    <message>
        <source>includes restricted entries</source>
        <translation>प्रतिबंधित प्रविष्टियों सहित</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} से {end} तक</translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued, replacing brief #{old}: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>सारांश #{id} जारी, सारांश #{old} के स्थान पर: %n पृष्ठ, {details}, अवधि {period}।</numerusform>
            <numerusform>सारांश #{id} जारी, सारांश #{old} के स्थान पर: %n पृष्ठ, {details}, अवधि {period}।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brief #{id} issued: %n page(s), {details}, covering {period}.</source>
        <translation>
            <numerusform>सारांश #{id} जारी: %n पृष्ठ, {details}, अवधि {period}।</numerusform>
            <numerusform>सारांश #{id} जारी: %n पृष्ठ, {details}, अवधि {period}।</numerusform>
        </translation>
    </message>
    <message>
        <source>Content SHA-256 {hash} (printed in the footer of every page).</source>
        <translation>सामग्री SHA-256 {hash} (हर पृष्ठ के पाद में मुद्रित)।</translation>
    </message>
    <message>
        <source>Brief #{id} issued {when} by {name}, covering {period}. Generate again keeps this period.</source>
        <translation>सारांश #{id} {when} को {name} द्वारा जारी, अवधि {period}। «फिर से बनाएँ» यही अवधि रखता है।</translation>
    </message>
    <message>
        <source>Generate again</source>
        <translation>फिर से बनाएँ</translation>
    </message>
    <message>
        <source>Issue brief #{id} again with the options chosen now: same period ({period}); the new brief records that it replaces this one</source>
        <translation>अभी चुने गए विकल्पों के साथ सारांश #{id} फिर से जारी करें: वही अवधि ({period}); नया सारांश दर्ज करता है कि वह इसका स्थान लेता है</translation>
    </message>
    <message>
        <source>The brief was not written.</source>
        <translation>सारांश नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>The brief could not be written because of an unexpected problem.</source>
        <translation>एक अप्रत्याशित समस्या के कारण सारांश नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>Check a brief</source>
        <translation>सारांश जाँचें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF फ़ाइलें (*.pdf);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>{file} could not be checked.</source>
        <translation>{file} की जाँच नहीं हो सकी।</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The brief is at {path}.</source>
        <translation>PDF फ़ाइलें दिखाने वाला कोई प्रोग्राम नहीं मिला। सारांश यहाँ है: {path}।</translation>
    </message>
    <message>
        <source>Save brief as</source>
        <translation>सारांश इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the brief to {path}: {reason}.</source>
        <translation>सारांश {path} में सहेजा नहीं जा सकता: {reason}।</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>प्रति {path} में सहेजी गई</translation>
    </message>
    <message>
        <source>Print brief {reference}</source>
        <translation>सारांश {reference} प्रिंट करें</translation>
    </message>
    <message>
        <source>No print service was found on this computer: the brief is opened in your PDF viewer; print it from there.</source>
        <translation>इस कंप्यूटर पर कोई प्रिंट सेवा नहीं मिली: सारांश आपके PDF व्यूअर में खोला गया है; वहीं से प्रिंट करें।</translation>
    </message>
    <message>
        <source>Sending the brief to the printer…</source>
        <translation>सारांश प्रिंटर को भेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: कैलेंडर</translation>
    </message>
    <message>
        <source>Pick the day on a calendar (Alt+Down)</source>
        <translation>कैलेंडर से दिन चुनें (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <source>Abduction / kidnapping</source>
        <translation>अपहरण</translation>
    </message>
    <message>
        <source>Hostage-taking by a non-state group</source>
        <translation>गैर-राज्य समूह द्वारा बंधक बनाना</translation>
    </message>
    <message>
        <source>Wrongful detention by a state</source>
        <translation>किसी राज्य द्वारा अन्यायपूर्ण हिरासत</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>लापता व्यक्ति</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>CaseLinkKind</name>
    <message>
        <source>Same incident</source>
        <translation>एक ही घटना</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>संबंधित</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Number of cases</source>
        <translation>मामलों की संख्या</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>खोज संदेश</translation>
    </message>
    <message>
        <source>No cases</source>
        <translation>कोई मामला नहीं</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>सूची निर्यात करें…</translation>
    </message>
    <message>
        <source>Export the case list as shown</source>
        <translation>मामलों की सूची जैसी दिख रही है, वैसी निर्यात करें</translation>
    </message>
    <message>
        <source>Write the cases shown, with these filters and this sort, to XLSX or CSV</source>
        <translation>दिखाए गए मामले, इन्हीं फ़िल्टरों और क्रम के साथ, XLSX या CSV में लिखें</translation>
    </message>
    <message>
        <source>Search cases, people, counterparts and contact notes  (Ctrl+F)</source>
        <translation>मामले, व्यक्ति, वार्ताकार और संपर्क नोट खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>मामले खोजें</translation>
    </message>
    <message>
        <source>Type to search titles, names, counterparts and contact notes; the list narrows as you type. Press Down or Enter to move to the results.</source>
        <translation>शीर्षक, नाम, वार्ताकार और संपर्क नोट खोजने के लिए लिखें; लिखते-लिखते सूची छोटी होती जाती है। परिणामों पर जाने के लिए Down या Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>Show cases in this status</source>
        <translation>इस स्थिति वाले मामले दिखाएँ</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>प्रकार फ़िल्टर</translation>
    </message>
    <message>
        <source>Show cases of this kind</source>
        <translation>इस प्रकार के मामले दिखाएँ</translation>
    </message>
    <message>
        <source>Post filter</source>
        <translation>मिशन फ़िल्टर</translation>
    </message>
    <message>
        <source>Show cases handled by this post</source>
        <translation>इस मिशन द्वारा देखे जा रहे मामले दिखाएँ</translation>
    </message>
    <message>
        <source>Assigned to filter</source>
        <translation>सौंपे गए व्यक्ति का फ़िल्टर</translation>
    </message>
    <message>
        <source>Show cases this person leads or supervises</source>
        <translation>वे मामले दिखाएँ जिनका यह व्यक्ति नेतृत्व या पर्यवेक्षण करता है</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Press Enter to open the selected case; the menu key for more.</source>
        <translation>चुना गया मामला खोलने के लिए Enter दबाएँ; और विकल्पों के लिए मेनू कुंजी।</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>खोज के फ़िल्टर</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Clear the filters and search every case</source>
        <translation>फ़िल्टर हटाकर सभी मामलों में खोजें</translation>
    </message>
    <message>
        <source>Search every case, whatever its status, kind, post or assignee</source>
        <translation>सभी मामलों में खोजें, चाहे उनकी स्थिति, प्रकार, मिशन या ज़िम्मेदार व्यक्ति कुछ भी हो</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>मिशन</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>सौंपा गया</translation>
    </message>
    <message>
        <source>Searching within: {filters}</source>
        <translation>इनके भीतर खोज: {filters}</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Open or active</source>
        <translation>खुले या सक्रिय</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>सभी मिशन</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरे</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>कोई डेटाबेस खुला नहीं है</translation>
    </message>
    <message>
        <source>No database is open. Use File → Open database… (Ctrl+O).</source>
        <translation>कोई डेटाबेस खुला नहीं है। फ़ाइल → डेटाबेस खोलें… (Ctrl+O) का उपयोग करें।</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>{count}+ cases match “{words}”</source>
        <translation>{count}+ मामले “{words}” से मेल खाते हैं</translation>
    </message>
    <message numerus="yes">
        <source>{count} case(s) match “{words}”</source>
        <translation>
            <numerusform>{count} मामला “{words}” से मेल खाता है</numerusform>
            <numerusform>{count} मामले “{words}” से मेल खाते हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} case(s)</source>
        <translation>
            <numerusform>{count} मामला</numerusform>
            <numerusform>{count} मामले</numerusform>
        </translation>
    </message>
    <message>
        <source>{cases} · {count} loaded</source>
        <translation>{cases} · {count} लोड किए गए</translation>
    </message>
    <message>
        <source>No case matches “{words}”.
Try fewer words, or clear the filters.</source>
        <translation>कोई मामला “{words}” से मेल नहीं खाता।
कम शब्दों से खोजें, या फ़िल्टर हटाएँ।</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>कोई मामला इन फ़िल्टरों से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>There are no cases yet. Open one with Case → New case… (Ctrl+N).</source>
        <translation>अभी कोई मामला नहीं है। मामला → नया मामला… (Ctrl+N) से एक खोलें।</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>{reference} खोलें</translation>
    </message>
    <message>
        <source>Print brief…</source>
        <translation>स्थिति सारांश प्रिंट करें…</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <source>{purpose}: which case?</source>
        <translation>{purpose}: कौन-सा मामला?</translation>
    </message>
    <message>
        <source>Choose the case for {purpose}</source>
        <translation>इसके लिए मामला चुनें: {purpose}</translation>
    </message>
    <message>
        <source>{purpose} — type a reference, a name or a word, then press Enter.</source>
        <translation>{purpose} — संदर्भ, नाम या कोई शब्द लिखें, फिर Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>मामला खोजें</translation>
    </message>
    <message>
        <source>e.g. BAM-2025-0001, Kayes, Gaddam</source>
        <translation>उदा. BAM-2025-0001, Kayes, Gaddam</translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation>मेल खाते मामले</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल हो गया</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Case {ref}</source>
        <translation>मामला {ref}</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>मामले का शीर्षक</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>मामले का सारांश</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>वर्गीकरण</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>संपर्क दर्ज करें…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>संपर्क दर्ज करें</translation>
    </message>
    <message>
        <source>Log a call, meeting or message (Ctrl+L)</source>
        <translation>कॉल, बैठक या संदेश दर्ज करें (Ctrl+L)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <source>Reload this case</source>
        <translation>यह मामला फिर से लोड करें</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>समय किस क्षेत्र में दिखाएँ</translation>
    </message>
    <message>
        <source>case time</source>
        <translation>मामले का समय</translation>
    </message>
    <message>
        <source>my time</source>
        <translation>मेरा समय</translation>
    </message>
    <message>
        <source>Show every time in this case in the case&apos;s own zone or in yours</source>
        <translation>इस मामले के सभी समय मामले के समय क्षेत्र में या आपके समय क्षेत्र में दिखाएँ</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>मामले के खंड</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>संपर्क लॉग</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>महत्वपूर्ण घटनाएँ</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>मांगें</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>हिरासत</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Could not load the case: {error}</source>
        <translation>मामला लोड नहीं हो सका: {error}</translation>
    </message>
    <message>
        <source>{priority} priority</source>
        <translation>{priority} प्राथमिकता</translation>
    </message>
    <message>
        <source>day {day} since the incident</source>
        <translation>घटना के बाद दिन {day}</translation>
    </message>
    <message>
        <source>{held} of {total} held, {missing} missing</source>
        <translation>{total} में से {held} बंधक, {missing} लापता</translation>
    </message>
    <message>
        <source>{held} of {total} held</source>
        <translation>{total} में से {held} बंधक</translation>
    </message>
    <message>
        <source>last contact {ago}</source>
        <translation>अंतिम संपर्क {ago}</translation>
    </message>
    <message>
        <source>case time, {zone}</source>
        <translation>मामले का समय, {zone}</translation>
    </message>
    <message>
        <source>my time, {zone}</source>
        <translation>मेरा समय, {zone}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>अपना पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>वर्तमान पासवर्ड:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>वर्तमान पासवर्ड</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>नया पासवर्ड:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>नया पासवर्ड दोबारा:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>नया पासवर्ड दोबारा</translation>
    </message>
</context>
<context>
    <name>ChangesTableModel</name>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>जब आपने खोला था</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अब</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>व्यक्तिगत रूप से</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>वीडियो कॉल</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Edit charge</source>
        <translation>आरोप संपादित करें</translation>
    </message>
    <message>
        <source>Record a charge</source>
        <translation>आरोप दर्ज करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Record charge</source>
        <translation>आरोप दर्ज करें</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>दायर करने की तिथि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>स्थिति कब से</translation>
    </message>
</context>
<context>
    <name>ChargeStatus</name>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>वापस लिया गया</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>दोषसिद्ध</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>बरी</translation>
    </message>
</context>
<context>
    <name>ChronologyText</name>
    <message numerus="yes">
        <source>{name}: held %n day(s)</source>
        <translation>
            <numerusform>{name}: %n दिन से बंधक</numerusform>
            <numerusform>{name}: %n दिन से बंधक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n day(s) in captivity, {status}</source>
        <translation>
            <numerusform>{name}: %n दिन बंधक रहे, {status}</numerusform>
            <numerusform>{name}: %n दिन बंधक रहे, {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) shown</source>
        <translation>
            <numerusform>%n घंटा दिखाया गया</numerusform>
            <numerusform>%n घंटे दिखाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) shown</source>
        <translation>
            <numerusform>%n दिन दिखाया गया</numerusform>
            <numerusform>%n दिन दिखाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) shown</source>
        <translation>
            <numerusform>%n महीना दिखाया गया</numerusform>
            <numerusform>%n महीने दिखाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} घटना</numerusform>
            <numerusform>{count} घटनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>दिखाने के लिए कोई घटना नहीं</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>ChronologyView</name>
    <message>
        <source>Chronology</source>
        <extracomment>seconds per pixel: one hour is 1,200 px at the closest, three years 600 px at the farthest.</extracomment>
        <translation>समयरेखा</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>अवर्गीकृत</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>गुप्त</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <source>Close &apos;tell the family&apos; item</source>
        <translation>&apos;परिवार को बताएँ&apos; मद बंद करें</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>मद बंद करें</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>बंद करने का कारण</translation>
    </message>
    <message>
        <source>Required, e.g. &apos;Told in person at the embassy on 26 July&apos;</source>
        <translation>आवश्यक, जैसे &apos;26 जुलाई को दूतावास में व्यक्तिगत रूप से बताया गया&apos;</translation>
    </message>
    <message>
        <source>Say why the item is closed without a family update.</source>
        <translation>बताएँ कि यह मद परिवार अद्यतन के बिना क्यों बंद किया गया।</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete task</source>
        <translation>कार्य पूरा करें</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>पूर्ण चिह्नित करें</translation>
    </message>
    <message>
        <source>Mark “{title}” as done.</source>
        <translation>“{title}” को पूर्ण चिह्नित करें।</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>पूर्णता टिप्पणी</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>क्या किया गया (वैकल्पिक)</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Changed by someone else</source>
        <translation>किसी और ने बदला</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>यह क्यों नहीं सहेजा गया</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>फिर से लोड करें (&amp;R)</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation>उनका संस्करण फिर से लोड करें</translation>
    </message>
    <message>
        <source>Load the saved record and see what they changed; your typing is kept</source>
        <translation>सहेजा गया रिकॉर्ड लोड करें और देखें कि उन्होंने क्या बदला; आपका लिखा सुरक्षित रहेगा</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>संपादन जारी रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>संपादन जारी रखें</translation>
    </message>
    <message>
        <source>What they changed</source>
        <translation>उन्होंने क्या बदला</translation>
    </message>
    <message>
        <source>What they changed, side by side</source>
        <translation>उन्होंने क्या बदला, आमने-सामने</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved: someone else changed this since you opened it.&lt;/b&gt; {reason}&lt;br&gt;Your edits are still in the form.</source>
        <translation>&lt;b&gt;सहेजा नहीं गया: आपके खोलने के बाद किसी और ने इसे बदल दिया।&lt;/b&gt; {reason}&lt;br&gt;आपके बदलाव अब भी फ़ॉर्म में हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reloaded.&lt;/b&gt; Their version is loaded; save again to apply your edits on top of it.</source>
        <translation>&lt;b&gt;फिर से लोड किया गया।&lt;/b&gt; उनका संस्करण लोड हो गया है; उस पर अपने बदलाव लागू करने के लिए फिर से सहेजें।</translation>
    </message>
    <message numerus="yes">
        <source>They changed %n field(s).</source>
        <translation>
            <numerusform>उन्होंने %n फ़ील्ड बदला।</numerusform>
            <numerusform>उन्होंने %n फ़ील्ड बदले।</numerusform>
        </translation>
    </message>
    <message>
        <source>You had also changed {fields}: your text is kept in the form; compare before saving.</source>
        <translation>आपने भी {fields} बदला था: आपका लिखा फ़ॉर्म में बना हुआ है; सहेजने से पहले तुलना कर लें।</translation>
    </message>
    <message>
        <source>Nothing you can see here changed (only bookkeeping, or a field not shown).</source>
        <translation>यहाँ दिखने वाला कुछ नहीं बदला (केवल आंतरिक जानकारी, या कोई ऐसा फ़ील्ड जो दिखाया नहीं गया)।</translation>
    </message>
    <message>
        <source>&amp;Close this note</source>
        <translation>यह सूचना बंद करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message>
        <source>Contact log</source>
        <extracomment>The case&apos;s contacts marked shareable with family, by id (the &quot;Family&quot; marker).</extracomment>
        <translation>संपर्क लॉग</translation>
    </message>
    <message>
        <source>Contact log status</source>
        <translation>संपर्क लॉग की स्थिति</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Export the contact log as shown</source>
        <translation>संपर्क लॉग जैसा दिख रहा है वैसा निर्यात करें</translation>
    </message>
    <message>
        <source>Write the entries shown, with these filters, to XLSX or CSV</source>
        <translation>दिख रही प्रविष्टियाँ, इन फ़िल्टरों सहित, XLSX या CSV में लिखें</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>संपर्क दर्ज करें…</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>संपर्क दर्ज करें</translation>
    </message>
    <message>
        <source>Log a call, meeting or message (Ctrl+L)</source>
        <translation>कॉल, बैठक या संदेश दर्ज करें (Ctrl+L)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>प्रविष्टि संपादित करें…</translation>
    </message>
    <message>
        <source>Edit the selected contact entry</source>
        <translation>चुनी गई संपर्क प्रविष्टि संपादित करें</translation>
    </message>
    <message>
        <source>Filter by counterpart category</source>
        <translation>वार्ताकार श्रेणी से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All counterparts</source>
        <translation>सभी वार्ताकार</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>माध्यम से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>सभी माध्यम</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>इस तिथि से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From … to …</comment>
        <translation>तक</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>इस तिथि तक फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Search the contact notes</source>
        <translation>संपर्क टिप्पणियों में खोजें</translation>
    </message>
    <message>
        <source>Search summary, notes, outcome…</source>
        <translation>सारांश, टिप्पणियाँ, परिणाम खोजें…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Select an entry to read it in full</source>
        <translation>पूरा पढ़ने के लिए कोई प्रविष्टि चुनें</translation>
    </message>
    <message>
        <source>Selected contact</source>
        <translation>चुना गया संपर्क</translation>
    </message>
    <message>
        <source>Contact entry in full</source>
        <translation>पूरी संपर्क प्रविष्टि</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>कोई भी दिन</translation>
    </message>
    <message>
        <source>From: {problem}</source>
        <translation>से: {problem}</translation>
    </message>
    <message>
        <source>To: {problem}</source>
        <translation>तक: {problem}</translation>
    </message>
    <message>
        <source>{problem} The filter was not changed.</source>
        <translation>{problem} फ़िल्टर नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(ies) matching the filters</source>
        <translation>
            <numerusform>फ़िल्टर से मेल खाती %n संपर्क प्रविष्टि</numerusform>
            <numerusform>फ़िल्टर से मेल खाती %n संपर्क प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact entry(ies) in this case</source>
        <translation>
            <numerusform>इस मामले में %n संपर्क प्रविष्टि</numerusform>
            <numerusform>इस मामले में %n संपर्क प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}, and %n voided, not counted</source>
        <translation>
            <numerusform>{entries}, और %n निरस्त, गिनी नहीं गई</numerusform>
            <numerusform>{entries}, और %n निरस्त, गिनी नहीं गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries} (more load as you scroll)</source>
        <translation>{entries} (स्क्रॉल करने पर और लोड होंगी)</translation>
    </message>
    <message>
        <source>{status}.</source>
        <comment>end of the status sentence</comment>
        <translation>{status}।</translation>
    </message>
    <message>
        <source>The contact log could not be loaded.</source>
        <translation>संपर्क लॉग लोड नहीं हो सका।</translation>
    </message>
    <message>
        <source>Edit counterpart {name}…</source>
        <translation>वार्ताकार {name} संपादित करें…</translation>
    </message>
    <message>
        <source>Contact “{subject}”</source>
        <translation>संपर्क “{subject}”</translation>
    </message>
    <message>
        <source>Contact #{id} of {ref}</source>
        <translation>{ref} का संपर्क #{id}</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <source>contact #{id}</source>
        <translation>संपर्क #{id}</translation>
    </message>
    <message numerus="yes">
        <source>{channel}, {direction}, %n min</source>
        <translation>
            <numerusform>{channel}, {direction}, %n मिनट</numerusform>
            <numerusform>{channel}, {direction}, %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>{channel}, {direction}</source>
        <translation>{channel}, {direction}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>उपस्थित कर्मचारी</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>दर्ज किया</translation>
    </message>
    <message>
        <source>by {user}, {when}</source>
        <translation>{user} द्वारा, {when}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>अनुवर्ती कार्रवाई</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <source>Not vetted at the time:</source>
        <translation>उस समय जाँच नहीं हुई थी:</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>मध्यस्थ</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>kept out of family-facing and redacted outputs</source>
        <translation>परिवार के लिए दस्तावेज़ों और गोपनीय अंश हटाए गए संस्करणों से बाहर</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>पहुँच</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>कोई टिप्पणी नहीं।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message numerus="yes">
        <source>Edit history (%n earlier version(s))</source>
        <translation>
            <numerusform>संपादन इतिहास (%n पिछला संस्करण)</numerusform>
            <numerusform>संपादन इतिहास (%n पिछले संस्करण)</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>परिणाम:</translation>
    </message>
    <message>
        <source>Version {number}, written by {writer} {written}; replaced by {replacer} {replaced}</source>
        <translation>संस्करण {number}, {writer} द्वारा {written} लिखा गया; {replacer} द्वारा {replaced} बदला गया</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>CounterpartCategory</name>
    <message>
        <source>Host government</source>
        <translation>मेज़बान सरकार</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>पुलिस</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>सेना</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>नियोक्ता</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>मीडिया</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>एनजीओ</translation>
    </message>
    <message>
        <source>Other government</source>
        <translation>अन्य सरकार</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>मध्यस्थ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>e.g. Commissaire, Chief of Staff</source>
        <translation>जैसे कमिश्नर, चीफ़ ऑफ़ स्टाफ़</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>e.g. Gendarmerie, Kayes</source>
        <translation>जैसे जेंडरमेरी, कायेस</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} संपादित करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>A counterpart is shared by every case it is linked to: a change here shows in all of them.</source>
        <translation>वार्ताकार उन सभी मामलों में साझा होता है जिनसे वह जुड़ा है: यहाँ किया गया परिवर्तन सभी में दिखेगा।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Counterpart name</source>
        <translation>वार्ताकार का नाम</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>विश्वसनीयता</translation>
    </message>
    <message>
        <source>Reliability note</source>
        <translation>विश्वसनीयता टिप्पणी</translation>
    </message>
    <message>
        <source>How far what they say has held up, and why</source>
        <translation>उनकी बातें कितनी सही निकलीं, और क्यों</translation>
    </message>
</context>
<context>
    <name>CounterpartPicker</name>
    <message>
        <source>Counterparts chosen</source>
        <translation>चुने गए वार्ताकार</translation>
    </message>
    <message>
        <source>More counterparts</source>
        <translation>और वार्ताकार</translation>
    </message>
    <message>
        <source>With: counterpart name</source>
        <translation>किसके साथ: वार्ताकार का नाम</translation>
    </message>
    <message>
        <source>Type a name or organisation, Enter to add (several allowed)</source>
        <translation>नाम या संगठन टाइप करें, जोड़ने के लिए Enter (एक से अधिक संभव)</translation>
    </message>
    <message>
        <source>Matching counterparts</source>
        <translation>मेल खाते वार्ताकार</translation>
    </message>
    <message>
        <source>Counterpart error</source>
        <translation>वार्ताकार त्रुटि</translation>
    </message>
    <message>
        <source>New counterpart</source>
        <translation>नया वार्ताकार</translation>
    </message>
    <message>
        <source>New counterpart:</source>
        <translation>नया वार्ताकार:</translation>
    </message>
    <message>
        <source>New counterpart name</source>
        <translation>नए वार्ताकार का नाम</translation>
    </message>
    <message>
        <source>New counterpart category</source>
        <translation>नए वार्ताकार की श्रेणी</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Create this counterpart</source>
        <translation>यह वार्ताकार बनाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Do not create a counterpart</source>
        <translation>वार्ताकार न बनाएँ</translation>
    </message>
    <message>
        <source>Enter creates it; Esc goes back.</source>
        <translation>Enter से बनेगा; Esc से वापस।</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} हटाएँ</translation>
    </message>
    <message>
        <source>{name} ({where}) — Space or click removes it</source>
        <translation>{name} ({where}) — Space या क्लिक से हटेगा</translation>
    </message>
    <message>
        <source>{name} — Space or click removes it</source>
        <translation>{name} — Space या क्लिक से हटेगा</translation>
    </message>
    <message numerus="yes">
        <source>+%n more (Backspace in the field removes the last)</source>
        <translation>
            <numerusform>+%n और (फ़ील्ड में बैकस्पेस अंतिम को हटाता है)</numerusform>
            <numerusform>+%n और (फ़ील्ड में बैकस्पेस अंतिम को हटाता है)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counterpart actions</source>
        <translation>वार्ताकार संबंधी कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>विवरण संपादित करें…</translation>
    </message>
    <message>
        <source>Remove from this contact</source>
        <translation>इस संपर्क से हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{text}&apos; matches %n counterpart(s) ({names}); type more of the name or pick one from the list with the arrow keys.</source>
        <translation>
            <numerusform>&apos;{text}&apos; %n वार्ताकार से मेल खाता है ({names}); नाम का और हिस्सा टाइप करें या तीर कुंजियों से सूची में से एक चुनें।</numerusform>
            <numerusform>&apos;{text}&apos; %n वार्ताकारों से मेल खाता है ({names}); नाम का और हिस्सा टाइप करें या तीर कुंजियों से सूची में से एक चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new counterpart&apos;s name.</source>
        <translation>नए वार्ताकार का नाम दें।</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>अप्रत्याशित त्रुटि</translation>
    </message>
    <message>
        <source>&lt;b&gt;consular hit an unexpected problem.&lt;/b&gt;&lt;br&gt;Everything saved before this moment is safe: each change is saved whole or not at all. What you were typing may need to be entered again (drafts of contact entries are kept).&lt;br&gt;Please copy the details below and send them to your administrator.</source>
        <translation>&lt;b&gt;consular में एक अप्रत्याशित समस्या आई।&lt;/b&gt;&lt;br&gt;इस क्षण से पहले सहेजा गया सब कुछ सुरक्षित है: हर बदलाव या तो पूरा सहेजा जाता है या बिल्कुल नहीं। जो आप लिख रहे थे, उसे शायद फिर से लिखना पड़े (संपर्क प्रविष्टियों के ड्राफ़्ट सुरक्षित रहते हैं)।&lt;br&gt;कृपया नीचे दिया गया विवरण कॉपी करके अपने व्यवस्थापक को भेजें।</translation>
    </message>
    <message>
        <source>Error: {summary}</source>
        <translation>त्रुटि: {summary}</translation>
    </message>
    <message>
        <source>Error details and log</source>
        <translation>त्रुटि का विवरण और लॉग</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <source>{total} in all; the first {shown} are listed</source>
        <translation>कुल {total}; पहले {shown} सूचीबद्ध हैं</translation>
    </message>
    <message>
        <source>{shown}+</source>
        <translation>{shown}+</translation>
    </message>
    <message>
        <source>More than {shown}; the first {shown} are listed</source>
        <translation>{shown} से अधिक; पहले {shown} सूचीबद्ध हैं</translation>
    </message>
    <message>
        <source>latest {shown}</source>
        <translation>नवीनतम {shown}</translation>
    </message>
    <message>
        <source>The {shown} most recent entries; older ones are in each case&apos;s timeline</source>
        <translation>{shown} सबसे हाल की प्रविष्टियाँ; पुरानी प्रविष्टियाँ हर मामले की समयरेखा में हैं</translation>
    </message>
    <message>
        <source>{list}: {count}</source>
        <translation>{list}: {count}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>{count} items; press Enter to open one</source>
        <translation>{count} आइटम; किसी को खोलने के लिए Enter दबाएँ</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Home</source>
        <translation>मुखपृष्ठ</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>अंतिम अपडेट</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>डैशबोर्ड रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Reload the figures (F5)</source>
        <translation>आँकड़े फिर से लोड करें (F5)</translation>
    </message>
    <message>
        <source>Families not contacted within plan</source>
        <translation>योजना के अनुसार जिन परिवारों से संपर्क नहीं हुआ</translation>
    </message>
    <message>
        <source>Every family has been contacted as agreed.</source>
        <translation>हर परिवार से तय योजना के अनुसार संपर्क हो चुका है।</translation>
    </message>
    <message>
        <source>Nationals held or missing</source>
        <translation>बंधक या लापता नागरिक</translation>
    </message>
    <message>
        <source>No national is held or missing in an open case.</source>
        <translation>किसी खुले मामले में कोई नागरिक बंधक या लापता नहीं है।</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>अतिदेय कार्य</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>कोई कार्य अतिदेय नहीं है।</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>हाल की गतिविधि</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>अभी तक कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>Tell the family</source>
        <translation>परिवार को बताएँ</translation>
    </message>
    <message>
        <source>No family is waiting to be told of a development.</source>
        <translation>कोई परिवार किसी नई जानकारी की प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>Overdue detention requests</source>
        <translation>हिरासत संबंधी अतिदेय अनुरोध</translation>
    </message>
    <message>
        <source>No consular visit request or note verbale is waiting too long; every past hearing has its outcome.</source>
        <translation>कोई कांसुलर भेंट अनुरोध या नोट वर्बेल बहुत देर से लंबित नहीं है; हर बीती सुनवाई का परिणाम दर्ज है।</translation>
    </message>
    <message>
        <source>task #{id} of {reference}</source>
        <translation>{reference} का कार्य #{id}</translation>
    </message>
    <message>
        <source>Open {reference}</source>
        <translation>{reference} खोलें</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>अपडेट हो रहा है…</translation>
    </message>
    <message>
        <source>Could not update</source>
        <translation>अपडेट नहीं हो सका</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>कोई डेटाबेस खुला नहीं है</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>नियत तिथि {when}</translation>
    </message>
    <message>
        <source>Opened {opened} UTC, due {due} UTC. Open {reference} at its family log.</source>
        <translation>{opened} UTC को खोला गया, नियत तिथि {due} UTC। {reference} को उसके परिवार लॉग पर खोलें।</translation>
    </message>
    <message>
        <source>{plan}. Open {reference} at its people.</source>
        <translation>{plan}। {reference} को उसके व्यक्तियों पर खोलें।</translation>
    </message>
    <message>
        <source>Due {when} UTC · priority {priority}</source>
        <translation>नियत तिथि {when} UTC · प्राथमिकता {priority}</translation>
    </message>
    <message>
        <source>{what}
{reference} · since {date}</source>
        <translation>{what}
{reference} · {date} से</translation>
    </message>
    <message>
        <source>Restricted: only the case team reads it.</source>
        <translation>प्रतिबंधित: केवल मामले की टीम इसे पढ़ सकती है।</translation>
    </message>
    <message>
        <source>Open {reference} at its detention records.</source>
        <translation>{reference} को उसके हिरासत रिकॉर्ड पर खोलें।</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} की स्थिति</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>{time} पर अपडेट</translation>
    </message>
    <message>
        <source>Figures as of {when}</source>
        <translation>{when} के आँकड़े</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Record a demand</source>
        <translation>मांग दर्ज करें</translation>
    </message>
    <message>
        <source>Record demand</source>
        <translation>मांग दर्ज करें</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>किसके द्वारा</translation>
    </message>
    <message>
        <source>As they present themselves: &apos;a man speaking for the group&apos;</source>
        <translation>जैसे वे स्वयं को बताते हैं: &apos;समूह की ओर से बोलने वाला एक व्यक्ति&apos;</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Amount and currency</source>
        <translation>राशि और मुद्रा</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>किसके माध्यम से</translation>
    </message>
    <message>
        <source>— not through an intermediary —</source>
        <translation>— किसी मध्यस्थ के माध्यम से नहीं —</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>संचार माध्यम</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>संबंधित</translation>
    </message>
    <message>
        <source>— all / not named —</source>
        <translation>— सभी / नाम नहीं बताया गया —</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>About the family: a threat to them or a demand made on them</source>
        <translation>परिवार के बारे में: उन्हें धमकी या उनसे की गई मांग</translation>
    </message>
    <message>
        <source>Opens a &apos;tell the family&apos; item for the hostage it concerns (or each hostage)</source>
        <translation>संबंधित बंधक (या प्रत्येक बंधक) के लिए &apos;परिवार को सूचित करें&apos; मद खोलता है</translation>
    </message>
    <message>
        <source>Always restricted: only the case team reads demands.</source>
        <translation>सदैव प्रतिबंधित: मांगें केवल मामले की टीम पढ़ती है।</translation>
    </message>
    <message>
        <source>{name} ({category})</source>
        <translation>{name} ({category})</translation>
    </message>
</context>
<context>
    <name>DemandKind</name>
    <message>
        <source>Money</source>
        <translation>धन</translation>
    </message>
    <message>
        <source>Prisoner release</source>
        <translation>कैदियों की रिहाई</translation>
    </message>
    <message>
        <source>Political demand</source>
        <translation>राजनीतिक मांग</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>DemandResponse</name>
    <message>
        <source>No response</source>
        <translation>कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>प्राप्ति स्वीकार की गई</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>अग्रेषित</translation>
    </message>
</context>
<context>
    <name>DemandTableModel</name>
    <message>
        <source>Received</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>किसके द्वारा</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>किसके माध्यम से</translation>
    </message>
    <message>
        <source>Came through an intermediary who was not vetted at the time</source>
        <translation>ऐसे मध्यस्थ के माध्यम से आई जिसकी उस समय जांच नहीं हुई थी</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
</context>
<context>
    <name>DemandsTab</name>
    <message>
        <source>Record demand…</source>
        <translation>मांग दर्ज करें…</translation>
    </message>
    <message>
        <source>Record a demand</source>
        <translation>मांग दर्ज करें</translation>
    </message>
    <message>
        <source>Response…</source>
        <translation>उत्तर…</translation>
    </message>
    <message>
        <source>Record the response to the selected demand</source>
        <translation>चुनी गई मांग का उत्तर दर्ज करें</translation>
    </message>
    <message>
        <source>Vetting…</source>
        <translation>जांच…</translation>
    </message>
    <message>
        <source>Record the vetting of the selected demand&apos;s intermediary</source>
        <translation>चुनी गई मांग के मध्यस्थ की जांच दर्ज करें</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <source>Void the selected demand</source>
        <translation>चुनी गई मांग निरस्त करें</translation>
    </message>
    <message>
        <source>Demands summary</source>
        <translation>मांगों का सारांश</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>मांगें</translation>
    </message>
    <message>
        <source>Selected demand in full</source>
        <translation>चुनी गई मांग पूरी</translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n मांग</numerusform>
            <numerusform>%n मांगें</numerusform>
        </translation>
    </message>
    <message>
        <source>No demands recorded.</source>
        <translation>कोई मांग दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>{count} (restricted: you are not on this case&apos;s team)</source>
        <translation>{count} (प्रतिबंधित: आप इस मामले की टीम में नहीं हैं)</translation>
    </message>
    <message>
        <source>{count}; {unanswered} without a response; {flagged} via an intermediary not vetted then</source>
        <translation>{count}; {unanswered} बिना उत्तर के; {flagged} ऐसे मध्यस्थ के माध्यम से जिसकी उस समय जांच नहीं हुई थी</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Restricted&lt;/b&gt;: a demand was recorded.</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;प्रतिबंधित&lt;/b&gt;: एक मांग दर्ज की गई थी।</translation>
    </message>
    <message>
        <source>Only the case team reads demands.</source>
        <translation>मांगें केवल मामले की टीम पढ़ती है।</translation>
    </message>
    <message>
        <source>{via}, by {channel}</source>
        <translation>{via}, {channel} द्वारा</translation>
    </message>
    <message>
        <source>{name} — about the family</source>
        <translation>{name} — परिवार के बारे में</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>किसके द्वारा</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>किसके माध्यम से</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>संबंधित</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Came through an intermediary who was {status} at the time.</source>
        <translation>ऐसे मध्यस्थ के माध्यम से आई जिसकी स्थिति उस समय थी: {status}।</translation>
    </message>
    <message>
        <source>VOID: {reason}</source>
        <translation>निरस्त: {reason}</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>मांग</translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Detention facts</source>
        <translation>हिरासत से जुड़े तथ्य</translation>
    </message>
    <message>
        <source>Detention facts…</source>
        <translation>हिरासत से जुड़े तथ्य…</translation>
    </message>
    <message>
        <source>Set the detention facts</source>
        <translation>हिरासत से जुड़े तथ्य दर्ज करें</translation>
    </message>
    <message>
        <source>The detaining authority, the place of detention (a transfer), the lawyer</source>
        <translation>हिरासत में रखने वाला प्राधिकरण, हिरासत का स्थान (स्थानांतरण), वकील</translation>
    </message>
    <message>
        <source>Consular visits</source>
        <translation>कांसुलर मुलाक़ातें</translation>
    </message>
    <message>
        <source>Request visit…</source>
        <translation>मुलाक़ात का अनुरोध करें…</translation>
    </message>
    <message>
        <source>Decision / visit…</source>
        <translation>निर्णय / मुलाक़ात…</translation>
    </message>
    <message>
        <source>Notes verbales</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Note verbale…</source>
        <translation>नोट वर्बेल…</translation>
    </message>
    <message>
        <source>Answer / edit…</source>
        <translation>उत्तर / संपादित करें…</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>सुनवाइयाँ</translation>
    </message>
    <message>
        <source>Hearing…</source>
        <translation>सुनवाई…</translation>
    </message>
    <message>
        <source>Outcome / edit…</source>
        <translation>परिणाम / संपादित करें…</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Charge…</source>
        <translation>आरोप…</translation>
    </message>
    <message>
        <source>Edit charge…</source>
        <translation>आरोप संपादित करें…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <source>Detention records</source>
        <translation>हिरासत के अभिलेख</translation>
    </message>
    <message>
        <source>Selected detention record in full</source>
        <translation>चुना गया हिरासत अभिलेख पूरा</translation>
    </message>
    <message>
        <source>{requests}; {visits} made; {late} without a decision after {days}</source>
        <translation>{requests}; {visits} हुईं; {late} पर {days} बाद भी निर्णय नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n अनुरोध</numerusform>
            <numerusform>%n अनुरोध</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n मुलाक़ात</numerusform>
            <numerusform>%n मुलाक़ातें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>{notes}; {unanswered} unanswered; {late} past {days}</source>
        <translation>{notes}; {unanswered} अनुत्तरित; {late} {days} से अधिक पुराने</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n नोट</numerusform>
            <numerusform>%n नोट</numerusform>
        </translation>
    </message>
    <message>
        <source>{hearings}; {late} past without an outcome</source>
        <translation>{hearings}; {late} बीत चुकी हैं पर परिणाम नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n hearing(s)</source>
        <translation>
            <numerusform>%n सुनवाई</numerusform>
            <numerusform>%n सुनवाइयाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>No charge recorded</source>
        <translation>कोई आरोप दर्ज नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s)</source>
        <translation>
            <numerusform>%n आरोप</numerusform>
            <numerusform>%n आरोप</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} ({count}) — {late} overdue</source>
        <translation>{title} ({count}) — {late} अतिदेय</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No detention facts recorded.&lt;/b&gt; Press &lt;i&gt;Detention facts…&lt;/i&gt; to record the detaining authority, the place of detention and the lawyer.</source>
        <translation>&lt;b&gt;हिरासत से जुड़े कोई तथ्य दर्ज नहीं हैं।&lt;/b&gt; हिरासत में रखने वाला प्राधिकरण, हिरासत का स्थान और वकील दर्ज करने के लिए &lt;i&gt;हिरासत से जुड़े तथ्य…&lt;/i&gt; दबाएँ।</translation>
    </message>
    <message>
        <source>{place} (from {day})</source>
        <translation>{place} ({day} से)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>{place} since {day}</source>
        <translation>{place}, {day} से</translation>
    </message>
    <message>
        <source>authority not recorded</source>
        <translation>प्राधिकरण दर्ज नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — held by &lt;b&gt;{authority}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — &lt;b&gt;{authority}&lt;/b&gt; की हिरासत में</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>स्थान: {place}</translation>
    </message>
    <message>
        <source>Before: {places}</source>
        <translation>पहले: {places}</translation>
    </message>
    <message>
        <source>Lawyer: {lawyer}</source>
        <translation>वकील: {lawyer}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Restricted&lt;/b&gt;: recorded {day}. Only the case team reads it.</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;प्रतिबंधित&lt;/b&gt;: {day} को दर्ज। इसे केवल मामले की टीम पढ़ती है।</translation>
    </message>
    <message>
        <source>{day} by note verbale {reference}</source>
        <translation>{day}, नोट वर्बेल {reference} द्वारा</translation>
    </message>
    <message>
        <source>{decision} on {day}</source>
        <translation>{decision}, {day} को</translation>
    </message>
    <message>
        <source>{day}, by {name}</source>
        <translation>{day}, {name} द्वारा</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation>देखी गई स्थिति</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>No outcome recorded yet</source>
        <translation>अभी तक कोई परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status}, {day} से</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>अतिदेय।</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(प्रतिबंधित)</translation>
    </message>
    <message>
        <source>{what} #{number} of {name}</source>
        <translation>{what} #{number} ({name})</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Outgoing</source>
        <translation>जावक</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>आवक</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit {file}</source>
        <translation>{file} संपादित करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Document description</source>
        <translation>दस्तावेज़ का विवरण</translation>
    </message>
    <message>
        <source>What it is, where it came from, what it shows</source>
        <translation>यह क्या है, कहाँ से आया, इसमें क्या दिखता है</translation>
    </message>
    <message>
        <source>Restricted — only the case&apos;s team may see it</source>
        <translation>प्रतिबंधित — इसे केवल मामले की टीम देख सकती है</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln बाइट</numerusform>
            <numerusform>%Ln बाइट</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>पहुँच</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Attach files…</source>
        <translation>फ़ाइलें संलग्न करें…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>फ़ाइलें संलग्न करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>चुना गया दस्तावेज़ खोलें</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the selected document&apos;s SHA-256</source>
        <translation>चुने गए दस्तावेज़ का SHA-256 कॉपी करें</translation>
    </message>
    <message>
        <source>Edit description…</source>
        <translation>विवरण संपादित करें…</translation>
    </message>
    <message>
        <source>Edit the selected document&apos;s description</source>
        <translation>चुने गए दस्तावेज़ का विवरण संपादित करें</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <source>Void the selected document</source>
        <translation>चुना गया दस्तावेज़ निरस्त करें</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>आकार सीमा</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>संलग्नक में समस्या</translation>
    </message>
    <message>
        <source>Attachment status</source>
        <translation>संलग्नक की स्थिति</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Documents are stored inside the case database, so a backup of the database includes them.</source>
        <translation>संलग्न करने के लिए फ़ाइलें यहाँ छोड़ें। दस्तावेज़ मामलों के डेटाबेस के भीतर रखे जाते हैं, इसलिए डेटाबेस के बैकअप में वे शामिल होते हैं।</translation>
    </message>
    <message>
        <source>Up to {size} per file</source>
        <translation>प्रति फ़ाइल अधिकतम {size}</translation>
    </message>
    <message>
        <source>Change the description or the restricted mark (the file never changes)</source>
        <translation>विवरण या प्रतिबंधित चिह्न बदलें (फ़ाइल कभी नहीं बदलती)</translation>
    </message>
    <message>
        <source>Select a document to void it.</source>
        <translation>निरस्त करने के लिए एक दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <source>Void the document attached by mistake, with a reason</source>
        <translation>ग़लती से संलग्न दस्तावेज़ को कारण सहित निरस्त करें</translation>
    </message>
    <message>
        <source>{file} in {reference}</source>
        <translation>{reference} में {file}</translation>
    </message>
    <message>
        <source>document {file}</source>
        <translation>दस्तावेज़ {file}</translation>
    </message>
    <message>
        <source>Attach files to {reference}</source>
        <translation>{reference} में फ़ाइलें संलग्न करें</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>{file} संलग्न हो रही है…</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>संलग्न नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <source>Not attached: {file} (unexpected error, see the report)</source>
        <translation>संलग्न नहीं हुआ: {file} (अप्रत्याशित त्रुटि, रिपोर्ट देखें)</translation>
    </message>
    <message>
        <source>No program to open {file} was found. A copy is at {path}.</source>
        <translation>{file} खोलने के लिए कोई प्रोग्राम नहीं मिला। एक प्रति {path} पर है।</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} खुल रही है…</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>डुप्लिकेट खोजें</translation>
    </message>
    <message>
        <source>Find duplicate</source>
        <translation>डुप्लिकेट खोजें:</translation>
    </message>
    <message>
        <source>What to find duplicates of</source>
        <translation>किसके डुप्लिकेट खोजने हैं</translation>
    </message>
    <message>
        <source>people</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>वार्ताकार</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop looking for duplicates</source>
        <translation>डुप्लिकेट की खोज रोकें</translation>
    </message>
    <message>
        <source>Stop looking: nothing is listed until you refresh</source>
        <translation>खोज रोकें: रीफ़्रेश करने तक कुछ सूचीबद्ध नहीं होगा</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation>मिले डुप्लिकेट</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>मर्ज करें…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>मर्ज करें</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>संभावित डुप्लिकेट</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>हाल के मर्ज</translation>
    </message>
    <message>
        <source>Undo merge…</source>
        <translation>मर्ज पूर्ववत करें…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>मर्ज पूर्ववत करें</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>डुप्लिकेट खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Looking for duplicates… {percent}%</source>
        <translation>डुप्लिकेट खोजे जा रहे हैं… {percent}%</translation>
    </message>
    <message>
        <source>Stopped: refresh to look again</source>
        <translation>रोका गया: फिर से खोजने के लिए रीफ़्रेश करें</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s) of people</source>
        <translation>
            <numerusform>व्यक्तियों का %n संभावित डुप्लिकेट जोड़ा</numerusform>
            <numerusform>व्यक्तियों के %n संभावित डुप्लिकेट जोड़े</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate duplicate people</source>
        <translation>कोई संभावित डुप्लिकेट व्यक्ति नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s) of counterparts</source>
        <translation>
            <numerusform>वार्ताकारों का %n संभावित डुप्लिकेट जोड़ा</numerusform>
            <numerusform>वार्ताकारों के %n संभावित डुप्लिकेट जोड़े</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate duplicate counterparts</source>
        <translation>कोई संभावित डुप्लिकेट वार्ताकार नहीं</translation>
    </message>
    <message>
        <source>Only supervisors and administrators merge records</source>
        <translation>केवल पर्यवेक्षक और व्यवस्थापक रिकॉर्ड मर्ज कर सकते हैं</translation>
    </message>
    <message>
        <source>Merge the selected pair: choose per field, then every link moves</source>
        <translation>चुना गया जोड़ा मर्ज करें: हर फ़ील्ड के लिए चुनें, फिर सभी लिंक स्थानांतरित हो जाएँगे</translation>
    </message>
    <message>
        <source>Put the merged record and all its links back</source>
        <translation>मर्ज किया गया रिकॉर्ड और उसके सभी लिंक वापस लाएँ</translation>
    </message>
    <message>
        <source>Undo merge #{merge}? #{loser_id} {loser} comes back with every link it had, and #{winner_id} {winner} gets its values from before.</source>
        <translation>मर्ज #{merge} पूर्ववत करें? #{loser_id} {loser} अपने सभी पुराने लिंकों के साथ वापस आएगा, और #{winner_id} {winner} को उसके पहले के मान मिल जाएँगे।</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>पूर्ववत किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>EscalationTray</name>
    <message>
        <source>Open consular</source>
        <extracomment>(title, text) of each notification given, newest last (shown by the tray when there is one).</extracomment>
        <translation>consular खोलें</translation>
    </message>
    <message>
        <source>Show my escalations</source>
        <translation>मेरे एस्केलेशन दिखाएँ</translation>
    </message>
</context>
<context>
    <name>EscalationWatch</name>
    <message>
        <source>My escalations</source>
        <translation>मेरे एस्केलेशन</translation>
    </message>
    <message>
        <source>Nothing overdue on the cases you supervise.</source>
        <translation>आपके पर्यवेक्षण वाले मामलों में कुछ भी अतिदेय नहीं है।</translation>
    </message>
    <message>
        <source>My escalations: overdue on the cases you supervise</source>
        <translation>मेरे एस्केलेशन: आपके पर्यवेक्षण वाले मामलों में अतिदेय</translation>
    </message>
    <message>
        <source>could not update</source>
        <translation>अपडेट नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>Incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>मामले की स्थिति</translation>
    </message>
    <message>
        <source>Hostage status</source>
        <translation>बंधक की स्थिति</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>महत्वपूर्ण घटना</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>कार्य बनाया गया</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>कार्य पूरा हुआ</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>दस्तावेज़ जोड़ा गया</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>अदालत में सुनवाई</translation>
    </message>
    <message>
        <source>Consular visit</source>
        <translation>कांसुलर मुलाक़ात</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>स्वदेश वापसी</translation>
    </message>
    <message>
        <source>Family update</source>
        <translation>परिवार को जानकारी</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>संबद्ध मामला</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>संपर्क अधिकारी</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the timeline of {reference}</source>
        <translation>{reference} की समयरेखा निर्यात करें</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Include restricted entries</source>
        <translation>प्रतिबंधित प्रविष्टियाँ शामिल करें</translation>
    </message>
    <message>
        <source>Redact personal identifiers (passport and ID numbers, phones, e-mails, dates of birth); leaves restricted entries out</source>
        <translation>व्यक्तिगत पहचान संबंधी जानकारी हटाएँ (पासपोर्ट और पहचान-पत्र संख्या, फ़ोन, ई-मेल, जन्म तिथि); प्रतिबंधित प्रविष्टियाँ छोड़ दी जाती हैं</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>गोपनीय अंश हटाएँ</translation>
    </message>
    <message>
        <source>Mask names too (the case&apos;s people and their families, native script included)</source>
        <translation>नाम भी छिपाएँ (मामले के व्यक्ति और उनके परिवार, मूल लिपि सहित)</translation>
    </message>
    <message>
        <source>Mask names</source>
        <translation>नाम छिपाएँ</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Exports the event types shown now ({types}). Dates are whole days in the case&apos;s time zone.</source>
        <translation>अभी दिखाए गए घटना-प्रकार निर्यात होंगे ({types})। तिथियाँ मामले के समय क्षेत्र में पूरे दिन हैं।</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तिथियाँ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>Export timeline as</source>
        <translation>समयरेखा इस रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>लिखने के लिए एक फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>पहला दिन अंतिम दिन के बाद का है।</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Writing events: {done} of {total}…</source>
        <translation>घटनाएँ लिखी जा रही हैं: {total} में से {done}…</translation>
    </message>
    <message>
        <source>Preparing the PDF: {done} of {total} events…</source>
        <translation>PDF तैयार हो रहा है: {total} में से {done} घटनाएँ…</translation>
    </message>
    <message>
        <source>Laying out the PDF: page {page} ({done} of {total} events)…</source>
        <translation>PDF का लेआउट: पृष्ठ {page} ({total} में से {done} घटनाएँ)…</translation>
    </message>
    <message>
        <source>Laying out the PDF: the first page ({done} of {total} events)…</source>
        <translation>PDF का लेआउट: पहला पृष्ठ ({total} में से {done} घटनाएँ)…</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Detention facts</source>
        <translation>हिरासत से जुड़े तथ्य</translation>
    </message>
    <message>
        <source>Save facts</source>
        <translation>तथ्य सहेजें</translation>
    </message>
    <message>
        <source>National</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Detaining authority</source>
        <translation>हिरासत में रखने वाला प्राधिकरण</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>प्राधिकरण</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>हिरासत का स्थान</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>There since</source>
        <translation>वहाँ कब से</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>वकील</translation>
    </message>
    <message>
        <source>Lawyer&apos;s name</source>
        <translation>वकील का नाम</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>फ़र्म</translation>
    </message>
    <message>
        <source>Lawyer&apos;s firm</source>
        <translation>वकील की फ़र्म</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Lawyer&apos;s phone</source>
        <translation>वकील का फ़ोन</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>नियुक्ति की तिथि</translation>
    </message>
</context>
<context>
    <name>FamilyLetterDialog</name>
    <message>
        <source>Family update letter — {name}</source>
        <translation>परिवार अद्यतन पत्र — {name}</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>पत्र लिखें</translation>
    </message>
    <message>
        <source>A dated letter from the post, made only of the entries marked shareable with family, in their family wording. Nothing restricted is ever included; the letter is checked before it is written.</source>
        <translation>मिशन की ओर से दिनांकित पत्र, जिसमें केवल परिवार से साझा करने योग्य चिह्नित प्रविष्टियाँ, परिवार के लिए लिखे शब्दों में होती हैं। कुछ भी प्रतिबंधित कभी शामिल नहीं होता; पत्र लिखने से पहले उसकी जाँच होती है।</translation>
    </message>
    <message>
        <source>Reading the next of kin&apos;s language…</source>
        <translation>परिजन की भाषा पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>पत्र की भाषा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>अवधि का आरंभ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>अवधि का अंत</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Entries in the letter</source>
        <translation>पत्र की प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>{name}&apos;s preferred language: {language}.</source>
        <translation>{name} की पसंदीदा भाषा: {language}।</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shareable with family in this period, about {name} or the whole case.</source>
        <translation>
            <numerusform>इस अवधि में {name} या पूरे मामले से जुड़ी %n प्रविष्टि परिवार से साझा करने योग्य है।</numerusform>
            <numerusform>इस अवधि में {name} या पूरे मामले से जुड़ी %n प्रविष्टियाँ परिवार से साझा करने योग्य हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The letter is at {path}.</source>
        <translation>PDF फ़ाइलें दिखाने वाला कोई प्रोग्राम नहीं मिला। पत्र यहाँ है: {path}।</translation>
    </message>
</context>
<context>
    <name>FamilyShareBox</name>
    <message>
        <source>Restricted entries are never shared with the family. Untick Restricted to share this entry.</source>
        <translation>प्रतिबंधित प्रविष्टियाँ परिवार से कभी साझा नहीं होतीं। इस प्रविष्टि को साझा करने के लिए &apos;प्रतिबंधित&apos; हटाएँ।</translation>
    </message>
    <message>
        <source>What the family may be told, in plain words (empty: the entry&apos;s summary or title is said)</source>
        <translation>परिवार को क्या बताया जा सकता है, सरल शब्दों में (ख़ाली: प्रविष्टि का सारांश या शीर्षक बताया जाएगा)</translation>
    </message>
    <message>
        <source>Shareable with family — the family update letter may tell it</source>
        <translation>परिवार से साझा करने योग्य — परिवार अद्यतन पत्र में बताया जा सकता है</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>परिवार से साझा करने योग्य</translation>
    </message>
    <message>
        <source>Wording for the family</source>
        <translation>परिवार के लिए शब्द</translation>
    </message>
    <message>
        <source>Why it cannot be shared</source>
        <translation>इसे साझा क्यों नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Tell the family of this entry in update letters</source>
        <translation>अद्यतन पत्रों में परिवार को इस प्रविष्टि के बारे में बताएँ</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <source>Record family update…</source>
        <translation>परिवार अद्यतन दर्ज करें…</translation>
    </message>
    <message>
        <source>Record what a family was told</source>
        <translation>परिवार को क्या बताया गया, दर्ज करें</translation>
    </message>
    <message>
        <source>Change liaison officer…</source>
        <translation>संपर्क अधिकारी बदलें…</translation>
    </message>
    <message>
        <source>Change a next of kin&apos;s family liaison officer</source>
        <translation>किसी परिजन के परिवार संपर्क अधिकारी को बदलें</translation>
    </message>
    <message>
        <source>Close item…</source>
        <translation>मद बंद करें…</translation>
    </message>
    <message>
        <source>Close the selected item by hand</source>
        <translation>चुने गए मद को स्वयं बंद करें</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <source>Void the selected family update</source>
        <translation>चुना गया परिवार अद्यतन निरस्त करें</translation>
    </message>
    <message>
        <source>Family summary</source>
        <translation>परिवार सारांश</translation>
    </message>
    <message>
        <source>Family liaison officers</source>
        <translation>परिवार संपर्क अधिकारी</translation>
    </message>
    <message>
        <source>Tell the family: open items</source>
        <translation>परिवार को बताएँ: खुले मद</translation>
    </message>
    <message>
        <source>Family update log</source>
        <translation>परिवार अद्यतन लॉग</translation>
    </message>
    <message>
        <source>Tell the family</source>
        <translation>परिवार को बताएँ</translation>
    </message>
    <message>
        <source>Tell the family — nothing waiting</source>
        <translation>परिवार को बताएँ — कुछ लंबित नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Tell the family — %n open, {overdue} overdue</source>
        <translation>
            <numerusform>परिवार को बताएँ — %n खुला, {overdue} अतिदेय</numerusform>
            <numerusform>परिवार को बताएँ — %n खुले, {overdue} अतिदेय</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tell the family — %n open</source>
        <translation>
            <numerusform>परिवार को बताएँ — %n खुला</numerusform>
            <numerusform>परिवार को बताएँ — %n खुले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family update(s)</source>
        <translation>
            <numerusform>%n परिवार अद्यतन</numerusform>
            <numerusform>%n परिवार अद्यतन</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No next of kin recorded: add them on the People tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;कोई परिजन दर्ज नहीं: उन्हें &apos;व्यक्ति&apos; टैब में जोड़ें।&lt;/i&gt;</translation>
    </message>
    <message>
        <source>no officer</source>
        <translation>कोई अधिकारी नहीं</translation>
    </message>
    <message>
        <source>{officer} since {day}</source>
        <translation>{day} से {officer}</translation>
    </message>
    <message>
        <source>; changed on {day} from {officer}: {reason}</source>
        <translation>; {day} को {officer} से बदला गया: {reason}</translation>
    </message>
    <message>
        <source>Liaison officers — {officers}</source>
        <translation>संपर्क अधिकारी — {officers}</translation>
    </message>
    <message>
        <source>family update</source>
        <translation>परिवार अद्यतन</translation>
    </message>
</context>
<context>
    <name>FamilyUpdateDialog</name>
    <message>
        <source>Record family update</source>
        <translation>परिवार अद्यतन दर्ज करें</translation>
    </message>
    <message>
        <source>Record update</source>
        <translation>अद्यतन दर्ज करें</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>परिजन</translation>
    </message>
    <message>
        <source>{kin} ({relationship} of {hostage})</source>
        <translation>{kin} ({hostage} के {relationship})</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>सूचित करने का समय</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>क्या बताया गया</translation>
    </message>
    <message>
        <source>Items this update covers</source>
        <translation>इस अद्यतन में शामिल मद</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>शामिल मद</translation>
    </message>
    <message>
        <source>Restricted (case team only; automatic when it covers a restricted item)</source>
        <translation>प्रतिबंधित (केवल मामले की टीम; प्रतिबंधित मद शामिल होने पर स्वतः)</translation>
    </message>
    <message>
        <source>No open item for the family of {hostage}</source>
        <translation>{hostage} के परिवार के लिए कोई खुला मद नहीं</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>A .csv (any separator, UTF-8 or Windows-1252) or .xlsx file; title rows above the header are skipped.</source>
        <translation>.csv (कोई भी विभाजक, UTF-8 या Windows-1252) या .xlsx फ़ाइल; शीर्षक-पंक्ति से ऊपर की पंक्तियाँ छोड़ दी जाती हैं।</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>यहाँ से आयात करें</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>स्प्रेडशीट (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); read as {how}. {notes}</source>
        <translation>
            <numerusform>%n पंक्ति; {how} के रूप में पढ़ी गई। {notes}</numerusform>
            <numerusform>%n पंक्तियाँ; {how} के रूप में पढ़ी गईं। {notes}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>{title}: form</source>
        <translation>{title}: प्रपत्र</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Enter saves (Ctrl+Enter in a text box)</source>
        <translation>Enter से सहेजें (टेक्स्ट बॉक्स में Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; Esc cancels</source>
        <translation>Ctrl+Enter से सहेजें; Esc से रद्द करें</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>Enter या Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. What you typed is still here.</source>
        <translation>सहेजा नहीं गया: एक अप्रत्याशित त्रुटि। आपने जो लिखा है वह अभी भी यहाँ है।</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Edit hearing</source>
        <translation>सुनवाई संपादित करें</translation>
    </message>
    <message>
        <source>Record a hearing</source>
        <translation>सुनवाई दर्ज करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Record hearing</source>
        <translation>सुनवाई दर्ज करें</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>न्यायालय</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Once the hearing is held: what was decided</source>
        <translation>सुनवाई हो जाने पर: क्या निर्णय हुआ</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>अगली सुनवाई</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of {reference}</source>
        <translation>{reference} का इतिहास</translation>
    </message>
</context>
<context>
    <name>HostageStatus</name>
    <message>
        <source>Held</source>
        <translation>बंदी</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>रिहा</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>बचाया गया</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>भाग निकला</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>मृत</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>जिसका पता नहीं</translation>
    </message>
</context>
<context>
    <name>HostageStatusDialog</name>
    <message>
        <source>Status of {name}</source>
        <translation>{name} की स्थिति</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>स्थिति दर्ज करें</translation>
    </message>
    <message>
        <source>Now recorded as {status}</source>
        <translation>अभी {status} के रूप में दर्ज</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>नई स्थिति</translation>
    </message>
    <message>
        <source>— choose the new status —</source>
        <translation>— नई स्थिति चुनें —</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>जानकारी का स्रोत</translation>
    </message>
    <message>
        <source>Who or what says so, e.g. &apos;Embassy liaison officer, call with the governor&apos;</source>
        <translation>कौन या क्या ऐसा कहता है, जैसे &apos;दूतावास संपर्क अधिकारी, राज्यपाल से कॉल&apos;</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>पुष्टि के लिए {name} टाइप करें</translation>
    </message>
    <message>
        <source>What to confirm</source>
        <translation>किसकी पुष्टि करनी है</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>{prompt}.</source>
        <comment>end of the sentence</comment>
        <translation>{prompt}।</translation>
    </message>
    <message>
        <source>Required: who or what says so</source>
        <translation>आवश्यक: कौन या क्या ऐसा कहता है</translation>
    </message>
    <message>
        <source>Who or what says so (optional for this status)</source>
        <translation>कौन या क्या ऐसा कहता है (इस स्थिति के लिए वैकल्पिक)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <extracomment>Records were imported or an import undone: open lists should reload.</extracomment>
        <translation>आयात करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>ItemDoneDialog</name>
    <message>
        <source>Done: {item}</source>
        <translation>पूर्ण: {item}</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>पूर्ण चिह्नित करें</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>पूर्ण होने की तिथि</translation>
    </message>
    <message>
        <source>Debrief by</source>
        <translation>डीब्रीफ़िंग किसने की</translation>
    </message>
    <message>
        <source>The agency or officer who held it</source>
        <translation>वह एजेंसी या अधिकारी जिसने इसे किया</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— चुनें —</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>LinkCaseDialog</name>
    <message>
        <source>Link a case — {reference}</source>
        <translation>मामला जोड़ें — {reference}</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>button: make the link</comment>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Link {reference} with another case: taken in the same incident, or related. You must be on both cases&apos; teams (or a supervisor). Each case then shows the other.</source>
        <translation>{reference} को किसी अन्य मामले से जोड़ें: उसी घटना में लिए गए, या संबंधित। आपको दोनों मामलों की टीमों में होना चाहिए (या पर्यवेक्षक)। इसके बाद प्रत्येक मामला दूसरे को दिखाता है।</translation>
    </message>
    <message>
        <source>Other case</source>
        <translation>अन्य मामला</translation>
    </message>
    <message>
        <source>Other case&apos;s reference</source>
        <translation>अन्य मामले का संदर्भ</translation>
    </message>
    <message>
        <source>e.g. BAM-2025-0002</source>
        <translation>उदा. BAM-2025-0002</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>field: the kind of link</comment>
        <translation>संबंध का प्रकार</translation>
    </message>
    <message>
        <source>Why linked</source>
        <translation>जोड़ने का कारण</translation>
    </message>
    <message>
        <source>Why they are linked</source>
        <translation>ये क्यों जुड़े हैं</translation>
    </message>
    <message>
        <source>Give the other case&apos;s reference, e.g. BAM-2025-0002.</source>
        <translation>अन्य मामले का संदर्भ दें, उदा. BAM-2025-0002।</translation>
    </message>
</context>
<context>
    <name>LinkedCasesBox</name>
    <message>
        <source>Linked cases</source>
        <translation>जुड़े हुए मामले</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>मामला जोड़ें…</translation>
    </message>
    <message>
        <source>Link a case</source>
        <translation>मामला जोड़ें</translation>
    </message>
    <message>
        <source>Not linked to another case.</source>
        <translation>किसी अन्य मामले से जुड़ा नहीं।</translation>
    </message>
    <message>
        <source>{kind}: {reference}; press to open it</source>
        <translation>{kind}: {reference}; खोलने के लिए दबाएँ</translation>
    </message>
    <message>
        <source>Linked by {name} on {day}. Open {reference}.</source>
        <translation>{name} ने {day} को जोड़ा। {reference} खोलें।</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>अलग करें…</translation>
    </message>
    <message>
        <source>Unlink {reference}</source>
        <translation>{reference} अलग करें</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>consular is locked</source>
        <translation>consular लॉक है</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}). The window was locked after a time without use; what you were doing is kept. Enter your password to continue.</source>
        <translation>{name} ({username}) के रूप में साइन इन। कुछ समय उपयोग न होने पर विंडो लॉक हो गई; आपका काम सुरक्षित है। जारी रखने के लिए अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>Only the person signed in can unlock this window.</source>
        <translation>केवल साइन इन किया हुआ व्यक्ति ही यह विंडो अनलॉक कर सकता है।</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Edit contact — {ref}</source>
        <translation>संपर्क संपादित करें — {ref}</translation>
    </message>
    <message>
        <source>Log contact — {ref}</source>
        <translation>संपर्क दर्ज करें — {ref}</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>संपर्क संपादित करें</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>संपर्क दर्ज करें</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>संपर्क का विवरण</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>बिना सहेजा मसौदा</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>पुनर्स्थापित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Restore the unsaved draft</source>
        <translation>बिना सहेजा मसौदा पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>मसौदा हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Discard the unsaved draft</source>
        <translation>बिना सहेजा मसौदा हटाएँ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>अवधि मिनटों में</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after the duration</comment>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>One line: what the contact was about</source>
        <translation>एक पंक्ति: संपर्क किस बारे में था</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>What was said, in full</source>
        <translation>क्या कहा गया, पूरा</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Agreed, decided or learnt</source>
        <translation>क्या तय हुआ, निर्णय हुआ या पता चला</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>उपस्थित कर्मचारी</translation>
    </message>
    <message>
        <source>Restricted — keep out of family-facing and redacted outputs</source>
        <translation>प्रतिबंधित — परिवार के लिए दस्तावेज़ों और गोपनीय अंश हटाए गए संस्करणों से बाहर रखें</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>अनुवर्ती कार्य बनाएँ</translation>
    </message>
    <message>
        <source>Follow-up task title</source>
        <translation>अनुवर्ती कार्य का शीर्षक</translation>
    </message>
    <message>
        <source>e.g. Call the police commissioner again</source>
        <translation>जैसे पुलिस आयुक्त को फिर कॉल करें</translation>
    </message>
    <message>
        <source>Follow-up assignee</source>
        <translation>अनुवर्ती कार्य किसे सौंपा</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>अनुवर्ती कार्य की नियत तिथि</translation>
    </message>
    <message>
        <source>Follow-up priority</source>
        <translation>अनुवर्ती कार्य की प्राथमिकता</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Follow-up task error</source>
        <translation>अनुवर्ती कार्य त्रुटि</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>किसे सौंपा</translation>
    </message>
    <message>
        <source>Follow-up assignee error</source>
        <translation>अनुवर्ती कार्य सौंपने में त्रुटि</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Follow-up due error</source>
        <translation>अनुवर्ती कार्य नियत तिथि त्रुटि</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Follow-up priority error</source>
        <translation>अनुवर्ती कार्य प्राथमिकता त्रुटि</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>मसौदे की स्थिति</translation>
    </message>
    <message>
        <source>Save  (Ctrl+Enter)</source>
        <translation>सहेजें  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>संपर्क सहेजें</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>बंद करें  (Esc)</translation>
    </message>
    <message>
        <source>Close, keeping a draft</source>
        <translation>मसौदा रखते हुए बंद करें</translation>
    </message>
    <message>
        <source>Close; what you typed is kept as a draft and offered next time</source>
        <translation>बंद करें; आपने जो टाइप किया वह मसौदे के रूप में रखा जाएगा और अगली बार पेश किया जाएगा</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— अभी कोई नहीं —</translation>
    </message>
    <message>
        <source>Could not keep a draft: {error}</source>
        <translation>मसौदा नहीं रखा जा सका: {error}</translation>
    </message>
    <message>
        <source>The draft was not discarded: {error}</source>
        <translation>मसौदा हटाया नहीं गया: {error}</translation>
    </message>
    <message>
        <source>Draft kept {time}</source>
        <translation>मसौदा {time} पर रखा गया</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>मसौदा पुनर्स्थापित</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>मसौदा हटाया गया</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. Your text is kept as a draft.</source>
        <translation>सहेजा नहीं गया: एक अनपेक्षित त्रुटि। आपका पाठ मसौदे के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>Saving… the window closes when it is done.</source>
        <translation>सहेजा जा रहा है… पूरा होने पर विंडो बंद हो जाएगी।</translation>
    </message>
    <message>
        <source>Could not keep a draft: an unexpected error (see the log).</source>
        <translation>मसौदा नहीं रखा जा सका: एक अनपेक्षित त्रुटि (लॉग देखें)।</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved Log contact draft(s) moved into the database</source>
        <translation>
            <numerusform>&apos;संपर्क दर्ज करें&apos; का %n बिना सहेजा मसौदा डेटाबेस में ले जाया गया</numerusform>
            <numerusform>&apos;संपर्क दर्ज करें&apos; के %n बिना सहेजे मसौदे डेटाबेस में ले जाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>डुप्लिकेट खोजें (&amp;D)…</translation>
    </message>
    <message>
        <source>People and counterparts probably entered twice; merge them, or undo a merge</source>
        <translation>संभवतः दो बार दर्ज व्यक्ति और वार्ताकार; उन्हें मर्ज करें, या कोई मर्ज पूर्ववत करें</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>टूल (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>नया डेटाबेस (&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty consular database</source>
        <translation>एक नया, खाली consular डेटाबेस बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>डेटाबेस खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Open another consular database</source>
        <translation>कोई दूसरा consular डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>अभी बैकअप लें (&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the open database to a backup file, encrypted like it</source>
        <translation>खुले डेटाबेस को बैकअप फ़ाइल में कॉपी करें, उसी की तरह एन्क्रिप्ट करके</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Import cases, people or contacts from a CSV or XLSX file (dry run first; undo as one action)</source>
        <translation>CSV या XLSX फ़ाइल से मामले, व्यक्ति या संपर्क आयात करें (पहले परीक्षण; एक ही कार्रवाई में पूर्ववत)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>पुनर्स्थापित करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Verify a backup, then put it in place of the open database</source>
        <translation>बैकअप सत्यापित करें, फिर उसे खुले डेटाबेस की जगह रखें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Close consular</source>
        <translation>consular बंद करें</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>नया मामला (&amp;N)…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>नया मामला खोलें</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>संपर्क दर्ज करें (&amp;L)…</translation>
    </message>
    <message>
        <source>Log a call, meeting or message</source>
        <translation>कॉल, बैठक या संदेश दर्ज करें</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>स्थिति सारांश प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Make a PDF brief of a case</source>
        <translation>किसी मामले का PDF स्थिति सारांश बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>Search cases, people, counterparts and contact notes</source>
        <translation>मामले, व्यक्ति, वार्ताकार और संपर्क नोट खोजें</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Reload what is shown</source>
        <translation>जो दिख रहा है उसे फिर से लोड करें</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>मामले का टैब बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Close the case in front</source>
        <translation>सामने वाला मामला बंद करें</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>मुखपृष्ठ (&amp;H)</translation>
    </message>
    <message>
        <source>What needs attention today</source>
        <translation>आज किन बातों पर ध्यान देना है</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>मामले (&amp;C)</translation>
    </message>
    <message>
        <source>The list of cases</source>
        <translation>मामलों की सूची</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>Reports across cases: held nationals, monthly statistics, workload, family contact</source>
        <translation>सभी मामलों की रिपोर्ट: बंधक नागरिक, मासिक आँकड़े, कार्यभार, परिवार से संपर्क</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>उपयोगकर्ता गाइड (&amp;U)</translation>
    </message>
    <message>
        <source>How to do each daily task</source>
        <translation>हर दैनिक काम कैसे करें</translation>
    </message>
    <message>
        <source>&amp;About consular</source>
        <translation>consular के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Version and where the data is</source>
        <translation>संस्करण और डेटा का स्थान</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>सिस्टम के अनुसार (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>हल्का (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>गहरा (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>हाल के खोलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>मामला (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>Home, case list and open cases</source>
        <translation>मुखपृष्ठ, मामलों की सूची और खुले मामले</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>मुखपृष्ठ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Shown as of</source>
        <translation>इस तिथि की स्थिति</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>साइन इन किया उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>एन्क्रिप्टेड नहीं</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>एन्क्रिप्शन</translation>
    </message>
    <message>
        <source>This database is not encrypted by consular (encryption is not available yet). Keep it on an encrypted disk and share it only through approved channels.</source>
        <translation>यह डेटाबेस consular द्वारा एन्क्रिप्ट नहीं किया गया है (एन्क्रिप्शन अभी उपलब्ध नहीं है)। इसे एन्क्रिप्टेड डिस्क पर रखें और केवल स्वीकृत माध्यमों से ही साझा करें।</translation>
    </message>
    <message>
        <source>Opening {target}…</source>
        <translation>{target} खोला जा रहा है…</translation>
    </message>
    <message>
        <source>{target} was not opened: a case with unsaved edits is open</source>
        <translation>{target} नहीं खोला गया: बिना सहेजे बदलावों वाला एक मामला खुला है</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>डेटाबेस बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>डेटाबेस खोला जा रहा है…</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>डेटाबेस अपग्रेड किया गया</translation>
    </message>
    <message>
        <source>Created {target}</source>
        <translation>{target} बनाया गया</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>साइन इन नहीं</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>कोई डेटाबेस खुला नहीं है</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>{name} ({role}) के रूप में साइन इन</translation>
    </message>
    <message>
        <source>User name: {username}</source>
        <translation>उपयोगकर्ता नाम: {username}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: records are shown as they stood that day; changes are refused.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;: रिकॉर्ड उस दिन की स्थिति में दिखाए गए हैं; बदलाव स्वीकार नहीं किए जाएँगे।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;, the last day of its data: days held, “ago” and what is overdue are counted from that day, not from today.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;, इसके डेटा का अंतिम दिन: बंधक रहने के दिन, “पहले” और अतिदेय कार्य उसी दिन से गिने जाते हैं, आज से नहीं।</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>कोई हालिया डेटाबेस नहीं</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>सूची साफ़ करें</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>मामला नहीं खुल सकता</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>मामला {reference}</translation>
    </message>
    <message>
        <source>Close {reference}</source>
        <translation>{reference} बंद करें</translation>
    </message>
    <message>
        <source>Close {reference} (Ctrl+W)</source>
        <translation>{reference} बंद करें (Ctrl+W)</translation>
    </message>
    <message>
        <source>No posts</source>
        <translation>कोई मिशन नहीं</translation>
    </message>
    <message>
        <source>This database has no posts yet; add one with the command line (consular seed demo loads examples).</source>
        <translation>इस डेटाबेस में अभी कोई मिशन नहीं है; कमांड लाइन से एक जोड़ें (consular seed demo उदाहरण लोड करता है)।</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>संपर्क दर्ज करें</translation>
    </message>
    <message>
        <source>Print brief</source>
        <translation>स्थिति सारांश प्रिंट करें</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>ऑडिट रिकॉर्ड (&amp;T)…</translation>
    </message>
    <message>
        <source>Who did what, when: the whole database&apos;s audit trail (supervisors and administrators)</source>
        <translation>किसने क्या किया, कब: पूरे डेटाबेस का ऑडिट रिकॉर्ड (पर्यवेक्षक और व्यवस्थापक)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>उपयोगकर्ता (&amp;U)…</translation>
    </message>
    <message>
        <source>Accounts of this database: add, disable, set the role, reset a password (administrators)</source>
        <translation>इस डेटाबेस के खाते: जोड़ें, निष्क्रिय करें, भूमिका तय करें, पासवर्ड रीसेट करें (व्यवस्थापक)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>पासवर्ड बदलें (&amp;P)…</translation>
    </message>
    <message>
        <source>Change the password you sign in with</source>
        <translation>साइन इन वाला अपना पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>विंडो लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Cover the case data until you enter your password again</source>
        <translation>जब तक आप फिर से पासवर्ड दर्ज न करें, मामलों का डेटा छिपा रहेगा</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>प्रशासन (&amp;A)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>आपका पासवर्ड बदल दिया गया।</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>कॉलमों को फ़ील्ड से मिलाएँ</translation>
    </message>
    <message>
        <source>Suggested from the header names (or the mapping you used last time); saved for next time.</source>
        <translation>शीर्षकों के नाम (या पिछली बार की मैपिंग) से सुझाया गया; अगली बार के लिए सहेजा जाता है।</translation>
    </message>
    <message>
        <source>Refuse dates like 03/04/2025</source>
        <translation>03/04/2025 जैसी तिथियाँ अस्वीकार करें</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>दिन/महीना/वर्ष</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>महीना/दिन/वर्ष</translation>
    </message>
    <message>
        <source>the case&apos;s country</source>
        <translation>मामले का देश</translation>
    </message>
    <message>
        <source>Dates like 03/04/2025</source>
        <translation>03/04/2025 जैसी तिथियाँ</translation>
    </message>
    <message>
        <source>Phones without +CC are from</source>
        <translation>बिना +CC वाले फ़ोन इस देश के हैं</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(फ़ाइल में नहीं)</translation>
    </message>
</context>
<context>
    <name>MarkShareDialog</name>
    <message>
        <source>Shareable with family</source>
        <translation>परिवार से साझा करने योग्य</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>{what}: may the family be told of it in update letters, and in which words?</source>
        <translation>{what}: क्या अद्यतन पत्रों में परिवार को इसके बारे में बताया जा सकता है, और किन शब्दों में?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation>दो व्यक्तियों को मर्ज करें</translation>
    </message>
    <message>
        <source>Merge two counterparts</source>
        <translation>दो वार्ताकारों को मर्ज करें</translation>
    </message>
    <message>
        <source>Reading both records…</source>
        <translation>दोनों रिकॉर्ड पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>मर्ज क्या करता है</translation>
    </message>
    <message>
        <source>Merge summary</source>
        <translation>मर्ज का सारांश</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>मर्ज करें</translation>
    </message>
    <message>
        <source>The two records could not be read: {reason}</source>
        <translation>दोनों रिकॉर्ड पढ़े नहीं जा सके: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;#{b_id} {b_name}&lt;/b&gt; will be merged into &lt;b&gt;#{a_id} {a_name}&lt;/b&gt;. Choose, per field, the value the person kept will have; every link to B moves to A, and B stays as a tombstone so the merge can be undone (Recent merges).</source>
        <translation>&lt;b&gt;#{b_id} {b_name}&lt;/b&gt; को &lt;b&gt;#{a_id} {a_name}&lt;/b&gt; में मर्ज किया जाएगा। हर फ़ील्ड के लिए चुनें कि रखे गए व्यक्ति का कौन-सा मान रहेगा; B के सभी लिंक A पर चले जाएँगे, और B एक निष्क्रिय रिकॉर्ड के रूप में बना रहेगा ताकि मर्ज पूर्ववत किया जा सके (हाल के मर्ज)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;#{b_id} {b_name}&lt;/b&gt; will be merged into &lt;b&gt;#{a_id} {a_name}&lt;/b&gt;. Choose, per field, the value the counterpart kept will have; every link to B moves to A, and B stays as a tombstone so the merge can be undone (Recent merges).</source>
        <translation>&lt;b&gt;#{b_id} {b_name}&lt;/b&gt; को &lt;b&gt;#{a_id} {a_name}&lt;/b&gt; में मर्ज किया जाएगा। हर फ़ील्ड के लिए चुनें कि रखे गए वार्ताकार का कौन-सा मान रहेगा; B के सभी लिंक A पर चले जाएँगे, और B एक निष्क्रिय रिकॉर्ड के रूप में बना रहेगा ताकि मर्ज पूर्ववत किया जा सके (हाल के मर्ज)।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>{field} from {side}: {value}</source>
        <translation>{side} से {field}: {value}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>मर्ज हो रहा है…</translation>
    </message>
</context>
<context>
    <name>MergeEntity</name>
    <message>
        <source>Person</source>
        <extracomment>Rows that mean the same thing twice once they point to one record, beyond the schema&apos;s own unique constraints: an identifier, a next-of-kin relation.</extracomment>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>वार्ताकार</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <source>Merge</source>
        <translation>मर्ज करें</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>मर्ज किया गया</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>इसमें</translation>
    </message>
    <message>
        <source>When, by</source>
        <translation>कब, किसने</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>पूर्ववत</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Edit milestone</source>
        <extracomment>The case&apos;s milestones marked shareable with family, by id (the &quot;Family&quot; marker).</extracomment>
        <translation>महत्वपूर्ण घटना संपादित करें</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>महत्वपूर्ण घटना जोड़ें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Milestone kind</source>
        <translation>महत्वपूर्ण घटना का प्रकार</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation>महत्वपूर्ण घटना का शीर्षक</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Who or what reported it</source>
        <translation>किसने या किस माध्यम से सूचना दी</translation>
    </message>
    <message>
        <source>Concerning national</source>
        <translation>संबंधित नागरिक</translation>
    </message>
    <message>
        <source>— the case as a whole —</source>
        <translation>— पूरा मामला —</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>संबंधित</translation>
    </message>
    <message>
        <source>Restricted — keep out of family-facing and redacted outputs</source>
        <translation>प्रतिबंधित — परिवार के लिए दस्तावेज़ों और गोपनीय अंश हटाए गए दस्तावेज़ों से बाहर रखें</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>परिवार से साझा किया जा सकता है</translation>
    </message>
    <message>
        <source>Person #{number}</source>
        <translation>व्यक्ति #{number}</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <source>Incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Claim of responsibility</source>
        <translation>ज़िम्मेदारी का दावा</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>जीवित होने का प्रमाण</translation>
    </message>
    <message>
        <source>Welfare report</source>
        <translation>कुशलक्षेम रिपोर्ट</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>सार्वजनिक वक्तव्य</translation>
    </message>
    <message>
        <source>Travel advisory</source>
        <translation>यात्रा परामर्श</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>रिहाई</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>स्वदेश वापसी</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>संबंधित</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>पहुँच</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Restricted: kept out of family-facing and redacted outputs</source>
        <translation>प्रतिबंधित: परिवार के लिए दस्तावेज़ों और गोपनीय अंश हटाए गए दस्तावेज़ों से बाहर</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Add milestone…</source>
        <translation>महत्वपूर्ण घटना जोड़ें…</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>महत्वपूर्ण घटना जोड़ें</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Edit the selected milestone</source>
        <translation>चुनी गई महत्वपूर्ण घटना संपादित करें</translation>
    </message>
    <message>
        <source>Milestone count</source>
        <translation>महत्वपूर्ण घटनाओं की संख्या</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>महत्वपूर्ण घटनाएँ</translation>
    </message>
    <message>
        <source>Milestone in full</source>
        <translation>पूरी महत्वपूर्ण घटना</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s), oldest first</source>
        <translation>
            <numerusform>%n महत्वपूर्ण घटना, सबसे पुरानी पहले</numerusform>
            <numerusform>%n महत्वपूर्ण घटनाएँ, सबसे पुरानी पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted)</source>
        <translation>
            <numerusform>(%n निरस्त, गिनती में नहीं)</numerusform>
            <numerusform>(%n निरस्त, गिनती में नहीं)</numerusform>
        </translation>
    </message>
    <message>
        <source>; {loaded} of {total} loaded, more as you scroll</source>
        <translation>; {total} में से {loaded} लोड हुए, स्क्रॉल करने पर और</translation>
    </message>
    <message>
        <source>Milestone “{title}”</source>
        <translation>महत्वपूर्ण घटना “{title}”</translation>
    </message>
    <message>
        <source>Milestone #{number} of {reference}</source>
        <translation>{reference} की महत्वपूर्ण घटना #{number}</translation>
    </message>
    <message>
        <source>milestone #{number}</source>
        <translation>महत्वपूर्ण घटना #{number}</translation>
    </message>
    <message>
        <source>Correct the selected milestone (Ctrl+Enter saves)</source>
        <translation>चुनी गई महत्वपूर्ण घटना सुधारें (Ctrl+Enter से सहेजें)</translation>
    </message>
    <message>
        <source>&lt;b&gt;VOIDED&lt;/b&gt; — {note}</source>
        <translation>&lt;b&gt;निरस्त&lt;/b&gt; — {note}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;RESTRICTED&lt;/b&gt; — kept out of family-facing and redacted outputs</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;प्रतिबंधित&lt;/b&gt; — परिवार के लिए दस्तावेज़ों और गोपनीय अंश हटाए गए दस्तावेज़ों से बाहर</translation>
    </message>
    <message>
        <source>Concerning: {name}</source>
        <translation>संबंधित: {name}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>स्रोत: {source}</translation>
    </message>
    <message>
        <source>Recorded by {name}, {when}</source>
        <translation>{name} द्वारा दर्ज, {when}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>नया मामला</translation>
    </message>
    <message>
        <source>Problem opening the case</source>
        <translation>मामला खोलने में समस्या</translation>
    </message>
    <message>
        <source>e.g. Abduction of three nationals, Kayes cement factory</source>
        <translation>उदा. Kayes सीमेंट कारख़ाने में तीन नागरिकों का अपहरण</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Incident date and time</source>
        <translation>घटना की तिथि और समय</translation>
    </message>
    <message>
        <source>e.g. Diamond Cement Factory</source>
        <translation>उदा. Diamond Cement Factory</translation>
    </message>
    <message>
        <source>Required when responsibility is claimed or confirmed</source>
        <translation>ज़िम्मेदारी का दावा या पुष्टि होने पर आवश्यक</translation>
    </message>
    <message>
        <source>What is known: who, what, where, how it was reported</source>
        <translation>क्या पता है: कौन, क्या, कहाँ, इसकी सूचना कैसे मिली</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>मिशन (&amp;P)</translation>
    </message>
    <message>
        <source>Post handling the case</source>
        <translation>मामला देखने वाला मिशन</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>शीर्षक (&amp;T)</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>मामले का शीर्षक</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>मामले का प्रकार</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>प्राथमिकता (&amp;R)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>वर्गीकरण (&amp;L)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>वर्गीकरण चिह्न</translation>
    </message>
    <message>
        <source>&amp;Lead caseworker</source>
        <translation>मुख्य मामला अधिकारी (&amp;L)</translation>
    </message>
    <message>
        <source>Lead caseworker</source>
        <translation>मुख्य मामला अधिकारी</translation>
    </message>
    <message>
        <source>Super&amp;visor</source>
        <translation>पर्यवेक्षक (&amp;V)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>कब (&amp;W)</translation>
    </message>
    <message>
        <source>Incident date and time, local</source>
        <translation>घटना की तिथि और समय, स्थानीय</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>समय क्षेत्र (&amp;Z)</translation>
    </message>
    <message>
        <source>Time zone of the incident</source>
        <translation>घटना का समय क्षेत्र</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>स्थल (&amp;S)</translation>
    </message>
    <message>
        <source>Incident site</source>
        <translation>घटना स्थल</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>नगर (&amp;O)</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>नगर</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>क्षेत्र (&amp;G)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>देश (&amp;C)</translation>
    </message>
    <message>
        <source>Country of the incident</source>
        <translation>घटना का देश</translation>
    </message>
    <message>
        <source>&amp;Attribution</source>
        <translation>ज़िम्मेदारी (&amp;A)</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>ज़िम्मेदारी</translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <translation>समूह (&amp;U)</translation>
    </message>
    <message>
        <source>Group responsible</source>
        <translation>ज़िम्मेदार समूह</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>स्रोत (&amp;C)</translation>
    </message>
    <message>
        <source>Source of the attribution</source>
        <translation>ज़िम्मेदारी की जानकारी का स्रोत</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>परिस्थितियाँ</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>मामला खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>मामला खोलें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>New case form</source>
        <translation>नए मामले का फ़ॉर्म</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: समस्या</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>मामला खोला जा रहा है…</translation>
    </message>
</context>
<context>
    <name>NextOfKinDialog</name>
    <message>
        <source>Contact plan: {name}</source>
        <translation>संपर्क योजना: {name}</translation>
    </message>
    <message>
        <source>Add next of kin</source>
        <translation>परिजन जोड़ें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Next of kin of</source>
        <translation>किसके परिजन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Name of next of kin</source>
        <translation>परिजन का नाम</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>अपनी लिपि में नाम</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>e.g. Wife, Father, Brother</source>
        <translation>जैसे पत्नी, पिता, भाई</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>पसंदीदा भाषा</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>पसंदीदा माध्यम</translation>
    </message>
    <message>
        <source>Contact every how many days</source>
        <translation>कितने दिनों में संपर्क</translation>
    </message>
    <message>
        <source>no agreed plan</source>
        <translation>कोई तय योजना नहीं</translation>
    </message>
    <message>
        <source>every </source>
        <comment>contact every N days</comment>
        <translation>हर </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>contact every N days</comment>
        <translation>
            <numerusform> दिन</numerusform>
            <numerusform> दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan channel</source>
        <translation>योजना का माध्यम</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>कोई भी माध्यम</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>योजना के ज़िम्मेदार</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— कोई नहीं —</translation>
    </message>
    <message>
        <source>by</source>
        <comment>contact every N days by &lt;channel&gt;</comment>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>the plan&apos;s owner</comment>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Agreed contact</source>
        <translation>तय संपर्क</translation>
    </message>
    <message>
        <source>Agreed contact plan</source>
        <translation>तय संपर्क योजना</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>क्या साझा किया जा सकता है</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Change the family liaison officer on the Family tab: the reason is recorded</source>
        <translation>परिवार संपर्क अधिकारी &apos;परिवार&apos; टैब में बदलें: कारण दर्ज किया जाता है</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>Not applicable: {item}</source>
        <translation>लागू नहीं: {item}</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>लागू नहीं चिह्नित करें</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>यह क्यों लागू नहीं होता</translation>
    </message>
    <message>
        <source>e.g. passport found intact: no travel document needed</source>
        <translation>उदा. पासपोर्ट सुरक्षित मिला: यात्रा दस्तावेज़ की आवश्यकता नहीं</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Record a note verbale</source>
        <translation>नोट वर्बेल दर्ज करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>नोट दर्ज करें</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Note reference number</source>
        <translation>नोट की संदर्भ संख्या</translation>
    </message>
    <message>
        <source>e.g. NV/LFW/2025/114</source>
        <translation>उदा. NV/LFW/2025/114</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>भेजने की तिथि</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>किसे संबोधित</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>उत्तर की तिथि</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>What the answer said</source>
        <translation>उत्तर में क्या कहा गया</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Change liaison officer</source>
        <translation>संपर्क अधिकारी बदलें</translation>
    </message>
    <message>
        <source>Change officer</source>
        <translation>अधिकारी बदलें</translation>
    </message>
    <message>
        <source>A family should deal with the same caseworker throughout: a change is recorded with its reason and shown on the brief.</source>
        <translation>परिवार को शुरू से अंत तक एक ही मामला अधिकारी से संपर्क रखना चाहिए: परिवर्तन कारण सहित दर्ज होता है और स्थिति सारांश में दिखाया जाता है।</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>परिजन</translation>
    </message>
    <message>
        <source>{kin} ({relationship}) — now {officer}</source>
        <translation>{kin} ({relationship}) — अभी {officer}</translation>
    </message>
    <message>
        <source>no officer</source>
        <translation>कोई अधिकारी नहीं</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>नए अधिकारी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>परिवर्तन का कारण</translation>
    </message>
    <message>
        <source>Required, e.g. &apos;Kiran Reddy on leave for three weeks&apos;</source>
        <translation>आवश्यक, जैसे &apos;किरण रेड्डी तीन सप्ताह की छुट्टी पर&apos;</translation>
    </message>
</context>
<context>
    <name>OpenChecklistDialog</name>
    <message>
        <source>Open a repatriation checklist</source>
        <translation>स्वदेश वापसी की जांच-सूची खोलें</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>जांच-सूची खोलें</translation>
    </message>
    <message>
        <source>The items are given to the case&apos;s lead caseworker, due from the release.</source>
        <translation>मदें मामले के प्रमुख मामला अधिकारी को दी जाती हैं, नियत तिथियाँ रिहाई से गिनी जाती हैं।</translation>
    </message>
    <message>
        <source>National</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>Choose the national.</source>
        <translation>नागरिक चुनें।</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Case overview</source>
        <translation>मामले का अवलोकन</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translation>संपादन टकराव</translation>
    </message>
    <message>
        <source>Load their version, keep my edits</source>
        <translation>उनका संस्करण लोड करें, मेरे परिवर्तन रखें</translation>
    </message>
    <message>
        <source>Load the other change and keep my edits</source>
        <translation>दूसरा परिवर्तन लोड करें और मेरे परिवर्तन रखें</translation>
    </message>
    <message>
        <source>Edit state</source>
        <translation>संपादन की स्थिति</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>परिवर्तन सहेजें</translation>
    </message>
    <message>
        <source>Save changes to the key facts</source>
        <translation>मुख्य तथ्यों के परिवर्तन सहेजें</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>परिवर्तन छोड़ें</translation>
    </message>
    <message>
        <source>Discard changes to the key facts</source>
        <translation>मुख्य तथ्यों के परिवर्तन छोड़ें</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>मुख्य तथ्य</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>स्थिति बदलें…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Incident date and time</source>
        <translation>घटना की तिथि और समय</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>स्थल</translation>
    </message>
    <message>
        <source>Incident site</source>
        <translation>घटना स्थल</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Incident town</source>
        <translation>घटना का शहर</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Incident region</source>
        <translation>घटना का क्षेत्र</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Incident country</source>
        <translation>घटना का देश</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>latitude, e.g. 14.45</source>
        <translation>अक्षांश, जैसे 14.45</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <source>longitude, e.g. -11.44</source>
        <translation>देशांतर, जैसे -11.44</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>निर्देशांक</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translation>मामले का समय क्षेत्र</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>परिस्थितियाँ</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>ज़िम्मेदारी</translation>
    </message>
    <message>
        <source>Attribution level</source>
        <translation>ज़िम्मेदारी का स्तर</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Attributed group</source>
        <translation>ज़िम्मेदार समूह</translation>
    </message>
    <message>
        <source>Attribution source</source>
        <translation>ज़िम्मेदारी का स्रोत</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>वर्गीकरण</translation>
    </message>
    <message>
        <source>Lead caseworker</source>
        <translation>मुख्य मामला अधिकारी</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Nationals concerned</source>
        <translation>संबंधित नागरिक</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>स्थिति का इतिहास</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— कोई नहीं —</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n बिना सहेजा परिवर्तन</numerusform>
            <numerusform>%n बिना सहेजे परिवर्तन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix</source>
        <translation>
            <numerusform>सहेजा नहीं गया: %n समस्या ठीक करनी है</numerusform>
            <numerusform>सहेजा नहीं गया: %n समस्याएँ ठीक करनी हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error. Your edits are still in the form.</source>
        <translation>सहेजा नहीं गया: एक अनपेक्षित त्रुटि। आपके परिवर्तन फ़ॉर्म में बने हुए हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this case since you opened it.&lt;/b&gt; {message} Your edits are still in the form; load their version to review both, then save again.</source>
        <translation>&lt;b&gt;आपके खोलने के बाद किसी और ने यह मामला बदला है।&lt;/b&gt; {message} आपके परिवर्तन फ़ॉर्म में बने हुए हैं; दोनों की समीक्षा के लिए उनका संस्करण लोड करें, फिर दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>No nationals recorded yet (People tab → Add person).</source>
        <translation>अभी तक कोई नागरिक दर्ज नहीं (व्यक्ति टैब → व्यक्ति जोड़ें)।</translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>%n दिन से लापता</numerusform>
            <numerusform>%n दिनों से लापता</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, missing for %n day(s)</source>
        <translation>
            <numerusform>{name}: {status}, %n दिन से लापता</numerusform>
            <numerusform>{name}: {status}, %n दिनों से लापता</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>लापता</translation>
    </message>
    <message>
        <source>{name}: {status}, missing</source>
        <translation>{name}: {status}, लापता</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{day} से {status}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in captivity</source>
        <translation>
            <numerusform>%n दिन से बंधक</numerusform>
            <numerusform>%n दिनों से बंधक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, %n day(s) in captivity</source>
        <translation>
            <numerusform>{name}: {status}, %n दिन से बंधक</numerusform>
            <numerusform>{name}: {status}, %n दिनों से बंधक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>since {day}, after %n day(s) held</source>
        <translation>
            <numerusform>{day} से, %n दिन बंधक रहने के बाद</numerusform>
            <numerusform>{day} से, %n दिन बंधक रहने के बाद</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {status}, after %n day(s) held</source>
        <translation>
            <numerusform>{name}: {status}, %n दिन बंधक रहने के बाद</numerusform>
            <numerusform>{name}: {status}, %n दिन बंधक रहने के बाद</numerusform>
        </translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>{day} से</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Last contact: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — %n entry(ies) in the log</source>
        <translation>
            <numerusform>अंतिम संपर्क: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — लॉग में %n प्रविष्टि</numerusform>
            <numerusform>अंतिम संपर्क: &lt;b&gt;{ago}&lt;/b&gt; ({when}) — लॉग में %n प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact: &lt;b&gt;none logged yet&lt;/b&gt;</source>
        <translation>अंतिम संपर्क: &lt;b&gt;अभी तक कोई दर्ज नहीं&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next task due: &lt;b&gt;{due}&lt;/b&gt; — {title}</source>
        <translation>अगला कार्य नियत: &lt;b&gt;{due}&lt;/b&gt; — {title}</translation>
    </message>
    <message>
        <source>Next task due</source>
        <translation>अगला नियत कार्य</translation>
    </message>
    <message>
        <source>Overdue task: &lt;b&gt;{title}&lt;/b&gt; (due {due})</source>
        <translation>अतिदेय कार्य: &lt;b&gt;{title}&lt;/b&gt; (नियत तिथि {due})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Families (agreed contact)&lt;/b&gt;</source>
        <translation>&lt;b&gt;परिवार (तय संपर्क)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Family of {hostage}: &lt;b&gt;{kin}&lt;/b&gt; ({relationship}) — {plan}; last contact {last}</source>
        <translation>{hostage} का परिवार: &lt;b&gt;{kin}&lt;/b&gt; ({relationship}) — {plan}; अंतिम संपर्क {last}</translation>
    </message>
    <message>
        <source>{family} — &lt;b&gt;overdue&lt;/b&gt;</source>
        <translation>{family} — &lt;b&gt;अतिदेय&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{family}; next due {due}</source>
        <translation>{family}; अगली नियत तिथि {due}</translation>
    </message>
    <message>
        <source>Family of {hostage}: {kin}, overdue</source>
        <translation>{hostage} का परिवार: {kin}, अतिदेय</translation>
    </message>
    <message>
        <source>Family of {hostage}: {kin}</source>
        <translation>{hostage} का परिवार: {kin}</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>National concerned</source>
        <translation>संबंधित नागरिक</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>परिजन</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>गवाह</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>सहकर्मी</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Add person…</source>
        <translation>व्यक्ति जोड़ें…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>विवरण संपादित करें…</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s details</source>
        <translation>चुने गए व्यक्ति का विवरण संपादित करें</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>स्थिति बदलें…</translation>
    </message>
    <message>
        <source>Change the selected national&apos;s status</source>
        <translation>चुने गए नागरिक की स्थिति बदलें</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>जीवित होने का प्रमाण</translation>
    </message>
    <message>
        <source>Record a proof of life…</source>
        <translation>जीवित होने का प्रमाण दर्ज करें…</translation>
    </message>
    <message>
        <source>Assess a proof of life…</source>
        <translation>जीवित होने के प्रमाण का आकलन करें…</translation>
    </message>
    <message>
        <source>Question bank…</source>
        <translation>प्रश्न बैंक…</translation>
    </message>
    <message>
        <source>Welfare report…</source>
        <translation>कल्याण रिपोर्ट…</translation>
    </message>
    <message>
        <source>Record a welfare report</source>
        <translation>कल्याण रिपोर्ट दर्ज करें</translation>
    </message>
    <message>
        <source>Add next of kin…</source>
        <translation>परिजन जोड़ें…</translation>
    </message>
    <message>
        <source>Add next of kin</source>
        <translation>परिजन जोड़ें</translation>
    </message>
    <message>
        <source>Contact plan…</source>
        <translation>संपर्क योजना…</translation>
    </message>
    <message>
        <source>Change the contact plan of the selected next of kin</source>
        <translation>चुने गए परिजन की संपर्क योजना बदलें</translation>
    </message>
    <message>
        <source>Void status entry…</source>
        <translation>स्थिति प्रविष्टि निरस्त करें…</translation>
    </message>
    <message>
        <source>Void a status entry of the selected national</source>
        <translation>चुने गए नागरिक की एक स्थिति प्रविष्टि निरस्त करें</translation>
    </message>
    <message>
        <source>Mark a status entry recorded by mistake as void, with a reason</source>
        <translation>ग़लती से दर्ज स्थिति प्रविष्टि को कारण सहित निरस्त चिह्नित करें</translation>
    </message>
    <message>
        <source>People in this case</source>
        <translation>इस मामले के व्यक्ति</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Selected person in full</source>
        <translation>चुने गए व्यक्ति का पूरा विवरण</translation>
    </message>
    <message>
        <source>Nationals concerned ({count})</source>
        <translation>संबंधित नागरिक ({count})</translation>
    </message>
    <message>
        <source>Medical needs: {needs}</source>
        <translation>चिकित्सीय ज़रूरतें: {needs}</translation>
    </message>
    <message numerus="yes">
        <source>No verified proof of life for over %n day(s)</source>
        <translation>
            <numerusform>%n दिन से अधिक समय से जीवित होने का कोई सत्यापित प्रमाण नहीं</numerusform>
            <numerusform>%n दिनों से अधिक समय से जीवित होने का कोई सत्यापित प्रमाण नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Next of kin ({count})</source>
        <translation>परिजन ({count})</translation>
    </message>
    <message>
        <source>{relationship} of {hostage}</source>
        <translation>{hostage} के {relationship}</translation>
    </message>
    <message>
        <source>{relation} — contact overdue</source>
        <translation>{relation} — संपर्क अतिदेय</translation>
    </message>
    <message>
        <source>{relation} — last contact {ago}</source>
        <translation>{relation} — अंतिम संपर्क {ago}</translation>
    </message>
    <message>
        <source>{relation} — no contact yet</source>
        <translation>{relation} — अभी तक कोई संपर्क नहीं</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>अन्य ({count})</translation>
    </message>
    <message>
        <source>{status} — {situation}</source>
        <translation>{status} — {situation}</translation>
    </message>
    <message>
        <source>{day} (age {age})</source>
        <translation>{day} (आयु {age})</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>निवास</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>VOID — voided by {user} on {when}: {reason}</source>
        <translation>निरस्त — {user} द्वारा {when} को निरस्त: {reason}</translation>
    </message>
    <message>
        <source>National concerned</source>
        <translation>संबंधित नागरिक</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; since {when}</source>
        <translation>{when} से &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Medical needs:</source>
        <translation>चिकित्सीय ज़रूरतें:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>स्थिति का इतिहास</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>स्रोत: {source}</translation>
    </message>
    <message>
        <source>{text} — shareable with family</source>
        <translation>{text} — परिवार से साझा करने योग्य</translation>
    </message>
    <message>
        <source>(recorded by {user})</source>
        <translation>({user} द्वारा दर्ज)</translation>
    </message>
    <message>
        <source>Proof of life and welfare</source>
        <translation>जीवित होने का प्रमाण और कल्याण</translation>
    </message>
    <message numerus="yes">
        <source>Medical needs, and no welfare report for over %n day(s).</source>
        <translation>
            <numerusform>चिकित्सीय ज़रूरतें हैं, और %n दिन से अधिक समय से कोई कल्याण रिपोर्ट नहीं।</numerusform>
            <numerusform>चिकित्सीय ज़रूरतें हैं, और %n दिनों से अधिक समय से कोई कल्याण रिपोर्ट नहीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Proofs of life are restricted to the case team.</source>
        <translation>जीवित होने के प्रमाण केवल मामले की टीम के लिए हैं।</translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for over %n day(s)</source>
        <translation>
            <numerusform>%n दिन से अधिक समय से जीवित होने का कोई सत्यापित प्रमाण नहीं</numerusform>
            <numerusform>%n दिनों से अधिक समय से जीवित होने का कोई सत्यापित प्रमाण नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified proof of life: &lt;b&gt;{when}&lt;/b&gt; ({ago})</source>
        <translation>जीवित होने का अंतिम सत्यापित प्रमाण: &lt;b&gt;{when}&lt;/b&gt; ({ago})</translation>
    </message>
    <message>
        <source>&lt;b&gt;No verified proof of life&lt;/b&gt;</source>
        <translation>&lt;b&gt;जीवित होने का कोई सत्यापित प्रमाण नहीं&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Last received: {when} ({ago}), not verified</source>
        <translation>अंतिम प्राप्त: {when} ({ago}), सत्यापित नहीं</translation>
    </message>
    <message>
        <source>No proof of life recorded yet.</source>
        <translation>अभी तक जीवित होने का कोई प्रमाण दर्ज नहीं।</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <translation>हालत: {condition}</translation>
    </message>
    <message>
        <source>medication: {needs} — {supply}</source>
        <translation>दवा: {needs} — {supply}</translation>
    </message>
    <message>
        <source>Medium not recorded</source>
        <translation>माध्यम दर्ज नहीं</translation>
    </message>
    <message>
        <source>question put: “{question}” — answer “{answer}” matched</source>
        <translation>पूछा गया प्रश्न: “{question}” — उत्तर “{answer}” मेल खाया</translation>
    </message>
    <message>
        <source>question put: “{question}” — answer “{answer}” did NOT match</source>
        <translation>पूछा गया प्रश्न: “{question}” — उत्तर “{answer}” मेल नहीं खाया</translation>
    </message>
    <message>
        <source>question put: “{question}” — answer “{answer}” match not stated</source>
        <translation>पूछा गया प्रश्न: “{question}” — उत्तर “{answer}”, मेल खाने की जानकारी नहीं</translation>
    </message>
    <message>
        <source>claims to be from {when}</source>
        <translation>{when} का होने का दावा</translation>
    </message>
    <message>
        <source>established as {when}</source>
        <translation>{when} का होना स्थापित</translation>
    </message>
    <message>
        <source>Assessment: {verdict}</source>
        <translation>आकलन: {verdict}</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>स्रोत: {source}</translation>
    </message>
    <message>
        <source>last contact {when} ({ago})</source>
        <translation>अंतिम संपर्क {when} ({ago})</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>अभी तक कोई संपर्क दर्ज नहीं</translation>
    </message>
    <message>
        <source>contact overdue</source>
        <translation>संपर्क अतिदेय</translation>
    </message>
    <message>
        <source>; next due {when}</source>
        <translation>; अगली नियत तिथि {when}</translation>
    </message>
    <message>
        <source>CONTACT OVERDUE</source>
        <translation>संपर्क अतिदेय</translation>
    </message>
    <message>
        <source>Contact plan</source>
        <translation>संपर्क योजना</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <source>none logged yet</source>
        <translation>अभी तक कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>अगले संपर्क की नियत तिथि</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>पसंदीदा भाषा</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>पसंदीदा माध्यम</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>क्या साझा किया जा सकता है</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Nothing to void here: only the author of an entry or a supervisor may, and the only entry left cannot be voided (record the right status first).</source>
        <translation>यहाँ निरस्त करने को कुछ नहीं: केवल प्रविष्टि का लेखक या पर्यवेक्षक ऐसा कर सकता है, और बची हुई अकेली प्रविष्टि निरस्त नहीं की जा सकती (पहले सही स्थिति दर्ज करें)।</translation>
    </message>
    <message>
        <source>{when} — {status} (recorded by {user})</source>
        <translation>{when} — {status} ({user} द्वारा दर्ज)</translation>
    </message>
    <message>
        <source>status entry of {name}</source>
        <translation>{name} की स्थिति प्रविष्टि</translation>
    </message>
    <message>
        <source>Status shareable with family…</source>
        <translation>परिवार से साझा करने योग्य स्थिति…</translation>
    </message>
    <message>
        <source>Family update letter…</source>
        <translation>परिवार अद्यतन पत्र…</translation>
    </message>
    <message>
        <source>{name} in {ref}</source>
        <translation>{ref} में {name}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} संपादित करें</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Medical needs</source>
        <translation>चिकित्सीय ज़रूरतें</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
</context>
<context>
    <name>PolAssessment</name>
    <message>
        <source>Not yet assessed</source>
        <translation>अभी आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>वास्तविक</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>संदिग्ध</translation>
    </message>
    <message>
        <source>False</source>
        <translation>झूठा</translation>
    </message>
</context>
<context>
    <name>PolMedium</name>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Third-party sighting</source>
        <translation>किसी तीसरे पक्ष द्वारा देखा जाना</translation>
    </message>
</context>
<context>
    <name>PolQuestionState</name>
    <message>
        <source>Drafted</source>
        <translation>मसौदा तैयार</translation>
    </message>
    <message>
        <source>Agreed with the family</source>
        <translation>परिवार के साथ तय</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>प्रयुक्त</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>प्रकट हो चुका</translation>
    </message>
</context>
<context>
    <name>PostKind</name>
    <message>
        <source>Embassy</source>
        <translation>दूतावास</translation>
    </message>
    <message>
        <source>High Commission</source>
        <translation>उच्चायोग</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>वाणिज्य दूतावास</translation>
    </message>
    <message>
        <source>Ministry desk</source>
        <translation>मंत्रालय डेस्क</translation>
    </message>
</context>
<context>
    <name>PostsText</name>
    <message>
        <source>Post: {name}</source>
        <translation>मिशन: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} और %n अन्य</numerusform>
            <numerusform>{names} और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts: {names}</source>
        <translation>मिशन: {names}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>In the case&apos;s time zone</source>
        <translation>मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>In my time zone ({zone})</source>
        <translation>मेरे समय क्षेत्र में ({zone})</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>दी गई भाषाओं में से एक चुनें।</translation>
    </message>
    <message>
        <source>Choose one of the themes offered.</source>
        <translation>दी गई थीम में से एक चुनें।</translation>
    </message>
    <message>
        <source>Choose how times are shown.</source>
        <translation>चुनें कि समय कैसे दिखाया जाए।</translation>
    </message>
    <message>
        <source>The window can lock after {low} to {high} minutes without use.</source>
        <translation>लॉक होने का समय {low} से {high} मिनट के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>Keep from {low} to {high} daily backups.</source>
        <translation>{low} से {high} तक दैनिक बैकअप रखें।</translation>
    </message>
    <message>
        <source>consular will be in {language} from its next start.</source>
        <translation>consular अगली बार शुरू होने पर {language} में दिखेगा।</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>सिस्टम की भाषा ({language})</translation>
    </message>
    <message>
        <source>Cases already open keep their setting until you open them again.</source>
        <translation>पहले से खुले मामले तब तक अपनी सेटिंग रखेंगे जब तक आप उन्हें दोबारा नहीं खोलते।</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before the window locks and asks for your password</source>
        <translation>कीबोर्ड या माउस से कोई इनपुट न होने पर कितने मिनट बाद विंडो लॉक हो और आपका पासवर्ड मांगे</translation>
    </message>
    <message>
        <source>How many daily automatic backups of each database are kept</source>
        <translation>हर डेटाबेस के कितने दैनिक स्वचालित बैकअप रखे जाएँ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>समय (&amp;I):</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>विंडो लॉक होने का समय (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>रखे जाने वाले दैनिक बैकअप (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>वरीयताएँ (&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, times, the idle lock and backups</source>
        <translation>भाषा, थीम, समय, निष्क्रियता पर लॉक और बैकअप</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>उपकरण (&amp;T)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>निम्न</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>अत्यंत गंभीर</translation>
    </message>
</context>
<context>
    <name>ProofOfLifeDialog</name>
    <message>
        <source>Proof of life: {name}</source>
        <translation>जीवित होने का प्रमाण: {name}</translation>
    </message>
    <message>
        <source>Record proof of life</source>
        <translation>जीवित होने का प्रमाण दर्ज करें</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति का समय</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>What</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>What the proof of life shows</source>
        <translation>जीवित होने का प्रमाण क्या दिखाता है</translation>
    </message>
    <message>
        <source>e.g. Audio message, 40 s, names the date; voice confirmed by wife</source>
        <translation>जैसे ऑडियो संदेश, 40 सेकंड, तारीख़ बताता है; आवाज़ की पुष्टि पत्नी ने की</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Question put</source>
        <translation>पूछा गया प्रश्न</translation>
    </message>
    <message>
        <source>Loading the agreed questions…</source>
        <translation>सहमत प्रश्न लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>अपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>प्राप्त उत्तर</translation>
    </message>
    <message>
        <source>Yes, it matched</source>
        <translation>हाँ, मेल खाया</translation>
    </message>
    <message>
        <source>No, it did not match</source>
        <translation>नहीं, मेल नहीं खाया</translation>
    </message>
    <message>
        <source>Answer matched</source>
        <translation>उत्तर मेल खाया</translation>
    </message>
    <message>
        <source>Date the proof claims</source>
        <translation>प्रमाण में दावा की गई तिथि</translation>
    </message>
    <message>
        <source>Claims to be from</source>
        <translation>दावा की गई तिथि</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>स्थापित तिथि</translation>
    </message>
    <message>
        <source>Established as</source>
        <translation>स्थापित तिथि</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>आकलन</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Basis of the assessment</source>
        <translation>आकलन का आधार</translation>
    </message>
    <message>
        <source>What the assessment rests on: voice compared with, answer, metadata…</source>
        <translation>आकलन किस पर आधारित है: आवाज़ की तुलना, उत्तर, मेटाडेटा…</translation>
    </message>
    <message>
        <source>Always restricted: only the case team reads a proof of life and its check.</source>
        <translation>हमेशा प्रतिबंधित: जीवित होने का प्रमाण और उसकी जाँच केवल मामले की टीम पढ़ती है।</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>— none put —</source>
        <translation>— कोई नहीं पूछा गया —</translation>
    </message>
    <message>
        <source>— no agreed question to put —</source>
        <translation>— पूछने के लिए कोई सहमत प्रश्न नहीं —</translation>
    </message>
</context>
<context>
    <name>PsychosocialSupport</name>
    <message>
        <source>Offered</source>
        <translation>प्रस्तावित</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>अस्वीकार किया</translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <source>No questions yet.</source>
        <translation>अभी तक कोई प्रश्न नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s); {ready} agreed and ready to put.</source>
        <translation>
            <numerusform>%n प्रश्न; {ready} सहमत और पूछने के लिए तैयार।</numerusform>
            <numerusform>%n प्रश्न; {ready} सहमत और पूछने के लिए तैयार।</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>अपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>किससे सहमति</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>सहमति की तिथि</translation>
    </message>
    <message>
        <source>Proof-of-life questions: {name}</source>
        <translation>जीवित होने के प्रमाण के प्रश्न: {name}</translation>
    </message>
    <message>
        <source>Questions agreed with the family beforehand, whose answers only the national can know. Restricted: only the case team reads them. A question put in a proof of life becomes used; retire one whose answer may be known as compromised.</source>
        <translation>परिवार से पहले से तय प्रश्न, जिनके उत्तर केवल वह नागरिक जान सकता है। प्रतिबंधित: इन्हें केवल मामले की टीम पढ़ती है। जीवित होने के प्रमाण में पूछा गया प्रश्न &apos;प्रयुक्त&apos; हो जाता है; जिस प्रश्न का उत्तर दूसरों को पता हो सकता है, उसे &apos;लीक&apos; के रूप में हटा दें।</translation>
    </message>
    <message>
        <source>Proof-of-life questions</source>
        <translation>जीवित होने के प्रमाण के प्रश्न</translation>
    </message>
    <message>
        <source>Show answers</source>
        <translation>उत्तर दिखाएँ</translation>
    </message>
    <message>
        <source>Add question…</source>
        <translation>प्रश्न जोड़ें…</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>प्रश्न जोड़ें</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>Mark agreed…</source>
        <translation>सहमत चिह्नित करें…</translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation>सहमत चिह्नित करें</translation>
    </message>
    <message>
        <source>Mark compromised…</source>
        <translation>लीक चिह्नित करें…</translation>
    </message>
    <message>
        <source>Mark compromised</source>
        <translation>लीक चिह्नित करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Restricted: you are not on this case&apos;s team, so only the questions&apos; states show.</source>
        <translation>प्रतिबंधित: आप इस मामले की टीम में नहीं हैं, इसलिए केवल प्रश्नों की स्थिति दिखती है।</translation>
    </message>
    <message>
        <source>Mark this question compromised? Its answer may be known to others; it can never be put again.</source>
        <translation>इस प्रश्न को लीक चिह्नित करें? इसका उत्तर दूसरों को पता हो सकता है; इसे फिर कभी नहीं पूछा जा सकेगा।</translation>
    </message>
    <message>
        <source>Not saved: an unexpected error.</source>
        <translation>सहेजा नहीं गया: एक अनपेक्षित त्रुटि।</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Mark the question agreed</source>
        <translation>प्रश्न को सहमत चिह्नित करें</translation>
    </message>
    <message>
        <source>Edit question for {name}</source>
        <translation>{name} के लिए प्रश्न संपादित करें</translation>
    </message>
    <message>
        <source>New question for {name}</source>
        <translation>{name} के लिए नया प्रश्न</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>प्रश्न जोड़ें</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Something only the national would know, agreed with the family</source>
        <translation>कुछ ऐसा जो केवल वह नागरिक जानता हो, परिवार से तय किया गया</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>अपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>किससे सहमति</translation>
    </message>
    <message>
        <source>— not yet agreed (drafted) —</source>
        <translation>— अभी सहमति नहीं (मसौदा) —</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Say which next of kin agreed the question.</source>
        <translation>बताएँ कि किस परिजन ने प्रश्न पर सहमति दी।</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>{name}: summary</source>
        <translation>{name}: सारांश</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>भविष्य में</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n मिनट पहले</numerusform>
            <numerusform>%n मिनट पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n घंटे पहले</numerusform>
            <numerusform>%n घंटे पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>%n मिनट से अतिदेय</numerusform>
            <numerusform>%n मिनट से अतिदेय</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n मिनट में</numerusform>
            <numerusform>%n मिनट में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>%n घंटे से अतिदेय</numerusform>
            <numerusform>%n घंटे से अतिदेय</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>%n घंटे में</numerusform>
            <numerusform>%n घंटे में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n दिन से अतिदेय</numerusform>
            <numerusform>%n दिन से अतिदेय</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n दिन में</numerusform>
            <numerusform>%n दिन में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <translation>आयात करें</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>परीक्षण (ड्राई रन)</translation>
    </message>
    <message>
        <source>The file is imported as one action; undo it below if it was the wrong file.</source>
        <translation>फ़ाइल एक ही कार्रवाई में आयात होती है; ग़लत फ़ाइल हो तो नीचे से उसे पूर्ववत करें।</translation>
    </message>
    <message>
        <source>What importing would do, row by row. Nothing has been written.</source>
        <translation>आयात क्या करेगा, पंक्ति-दर-पंक्ति। अभी कुछ भी लिखा नहीं गया है।</translation>
    </message>
    <message>
        <source>Why undo (required)</source>
        <translation>पूर्ववत करने का कारण (आवश्यक)</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>यह आयात पूर्ववत करें</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>हर पंक्ति की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>पंक्तियों की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Correct the file or the mapping (Back) before importing.</source>
        <translation>आयात से पहले फ़ाइल या मैपिंग ठीक करें (पीछे)।</translation>
    </message>
    <message>
        <source>Recorded as import #{batch}.</source>
        <translation>आयात #{batch} के रूप में दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>आयात पूर्ववत किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports — consular</source>
        <translation>रिपोर्ट — consular</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>मिशन</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>सभी मिशन</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>All (or ML, NG…)</source>
        <translation>सभी (या ML, NG…)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Compute the report for this selection</source>
        <translation>इस चयन के लिए रिपोर्ट तैयार करें</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>रिपोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>मिशन (&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>देश (&amp;O)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>निर्यात:</translation>
    </message>
    <message>
        <source>Export this report as {format} (recorded in the audit trail)</source>
        <translation>यह रिपोर्ट {format} में निर्यात करें (ऑडिट रिकॉर्ड में दर्ज होगा)</translation>
    </message>
    <message>
        <source>Choose a report and press Show.</source>
        <translation>एक रिपोर्ट चुनें और ‘दिखाएँ’ दबाएँ।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {what}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {what}।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {what}. As of now: the period does not apply.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {what}। आज की स्थिति: अवधि लागू नहीं होती।</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>रिपोर्ट तैयार नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>रिपोर्ट तैयार हो रही है…</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Audit chain head {head}.</source>
        <translation>ऑडिट श्रृंखला-शीर्ष {head}।</translation>
    </message>
    <message>
        <source>Export the report as {format}</source>
        <translation>रिपोर्ट {format} में निर्यात करें</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>{path} में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Writing the {format} file…</source>
        <translation>{format} फ़ाइल लिखी जा रही है…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password of {username}</source>
        <translation>{username} का पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>पासवर्ड सेट करें</translation>
    </message>
    <message>
        <source>{name} signs in with the new password; a lockout is lifted.</source>
        <translation>{name} नए पासवर्ड से साइन इन करेंगे; कोई लॉकआउट हो तो हट जाएगा।</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>नया पासवर्ड:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>दोबारा:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>नया पासवर्ड दोबारा</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Response to the demand: {demand}</source>
        <translation>मांग का उत्तर: {demand}</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>उत्तर सहेजें</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>क्या कहा गया</translation>
    </message>
    <message>
        <source>What was answered, or to whom it was referred</source>
        <translation>क्या उत्तर दिया गया, या इसे किसे भेजा गया</translation>
    </message>
</context>
<context>
    <name>ReturnItemKind</name>
    <message>
        <source>Travel document</source>
        <translation>यात्रा दस्तावेज़</translation>
    </message>
    <message>
        <source>Medical assessment</source>
        <translation>चिकित्सा आकलन</translation>
    </message>
    <message>
        <source>Flight and escort</source>
        <translation>उड़ान और अनुरक्षण</translation>
    </message>
    <message>
        <source>Reception at arrival</source>
        <translation>आगमन पर स्वागत</translation>
    </message>
    <message>
        <source>Reunion with the family</source>
        <translation>परिवार से पुनर्मिलन</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>डीब्रीफ़िंग</translation>
    </message>
    <message>
        <source>Psychosocial support offered</source>
        <translation>मनोसामाजिक सहायता की पेशकश</translation>
    </message>
    <message>
        <source>Follow-up contact at 30 days</source>
        <translation>30 दिन पर अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>Follow-up contact at 90 days</source>
        <translation>90 दिन पर अनुवर्ती संपर्क</translation>
    </message>
</context>
<context>
    <name>ReturnItemTableModel</name>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>{state} {day}</source>
        <translation>{state} {day}</translation>
    </message>
    <message>
        <source>National</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार अधिकारी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Past its due date and not done</source>
        <translation>नियत तिथि बीत गई और पूर्ण नहीं</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>तथ्य</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <source>Done…</source>
        <translation>पूर्ण…</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>चुनी गई मद को पूर्ण चिह्नित करें</translation>
    </message>
    <message>
        <source>Owner and due…</source>
        <translation>ज़िम्मेदार अधिकारी और नियत तिथि…</translation>
    </message>
    <message>
        <source>Give the selected item an owner or a due date</source>
        <translation>चुनी गई मद को ज़िम्मेदार अधिकारी या नियत तिथि दें</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>लागू नहीं…</translation>
    </message>
    <message>
        <source>Mark the selected item not applicable</source>
        <translation>चुनी गई मद को लागू नहीं चिह्नित करें</translation>
    </message>
    <message>
        <source>Open checklist…</source>
        <translation>जांच-सूची खोलें…</translation>
    </message>
    <message>
        <source>Open the checklist of a released national who has none</source>
        <translation>रिहा हुए ऐसे नागरिक की जांच-सूची खोलें जिसकी कोई सूची नहीं है</translation>
    </message>
    <message>
        <source>Return summary</source>
        <translation>वापसी का सारांश</translation>
    </message>
    <message>
        <source>Repatriation checklist</source>
        <translation>स्वदेश वापसी की जांच-सूची</translation>
    </message>
    <message>
        <source>Selected item in full</source>
        <translation>चुनी गई मद पूरी</translation>
    </message>
    <message>
        <source>No repatriation checklist. One opens by itself when a national is recorded released, rescued or escaped (People tab, Change status…).</source>
        <translation>स्वदेश वापसी की कोई जांच-सूची नहीं है। जब किसी नागरिक को रिहा, बचाया गया या भाग निकला दर्ज किया जाता है (लोग टैब, स्थिति बदलें…), तो यह अपने आप खुलती है।</translation>
    </message>
    <message>
        <source>{name}, released {day}: {summary}</source>
        <translation>{name}, {day} को रिहा: {summary}</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when}, {name} द्वारा</translation>
    </message>
    <message>
        <source>Debrief by</source>
        <translation>डीब्रीफ़िंग किसने की</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>लागू न होने का कारण</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>अतिदेय।</translation>
    </message>
    <message>
        <source>Ticked done in the Tasks tab without its facts: press Done… to record them.</source>
        <translation>कार्य टैब में बिना तथ्यों के पूर्ण चिह्नित किया गया: उन्हें दर्ज करने के लिए पूर्ण… दबाएँ।</translation>
    </message>
</context>
<context>
    <name>SavedContactsMixin</name>
    <message>
        <source>“{name}” names values this version no longer has ({values}).</source>
        <translation>“{name}” में ऐसे मान हैं जो इस संस्करण में अब नहीं हैं ({values})।</translation>
    </message>
    <message>
        <source>counterparts: {list}</source>
        <translation>वार्ताकार: {list}</translation>
    </message>
    <message>
        <source>channels: {list}</source>
        <translation>माध्यम: {list}</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>{day} से</translation>
    </message>
    <message>
        <source>to {day}</source>
        <translation>{day} तक</translation>
    </message>
    <message>
        <source>words “{text}”</source>
        <translation>शब्द “{text}”</translation>
    </message>
    <message>
        <source>voided entries shown</source>
        <translation>निरस्त प्रविष्टियाँ दिखाई गईं</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>नवीनतम पहले</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(ies) to {path}.</source>
        <translation>
            <numerusform>%Ln प्रविष्टि {path} में निर्यात की गई।</numerusform>
            <numerusform>%Ln प्रविष्टियाँ {path} में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the contact log</source>
        <translation>संपर्क लॉग निर्यात करें</translation>
    </message>
</context>
<context>
    <name>SavedFiltersPanel</name>
    <message>
        <source>Saved filters</source>
        <translation>सहेजे गए फ़िल्टर</translation>
    </message>
    <message>
        <source>Press Enter to apply the selected filter; the menu key for more.</source>
        <translation>चुना गया फ़िल्टर लागू करने के लिए Enter दबाएँ; और विकल्पों के लिए मेनू कुंजी।</translation>
    </message>
    <message>
        <source>Save current…</source>
        <translation>मौजूदा सहेजें…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>मौजूदा फ़िल्टर एक नाम से सहेजें</translation>
    </message>
    <message>
        <source>Keep this list&apos;s filters and sort under a name, to apply them again later</source>
        <translation>इस सूची के फ़िल्टर और क्रम एक नाम से सहेजें, ताकि बाद में फिर लागू कर सकें</translation>
    </message>
    <message>
        <source>{name} — yours, shared with {post}</source>
        <translation>{name} — आपका, {post} के साथ साझा</translation>
    </message>
    <message>
        <source>{name} — yours, only you see it</source>
        <translation>{name} — आपका, केवल आप देख सकते हैं</translation>
    </message>
    <message>
        <source>{name} — {owner}&apos;s, shared with {post}</source>
        <translation>{name} — {owner} का, {post} के साथ साझा</translation>
    </message>
    <message>
        <source>None yet: set the filters, then “Save current…”</source>
        <translation>अभी कोई नहीं: फ़िल्टर चुनें, फिर “मौजूदा सहेजें…”</translation>
    </message>
    <message>
        <source>Save filters</source>
        <translation>फ़िल्टर सहेजें</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>इन फ़िल्टरों का नाम:</translation>
    </message>
    <message>
        <source>You already have a filter called “{name}”. Replace it?</source>
        <translation>आपके पास “{name}” नाम का फ़िल्टर पहले से है। उसे बदलें?</translation>
    </message>
    <message>
        <source>Saving the filter…</source>
        <translation>फ़िल्टर सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <source>Share with a post…</source>
        <translation>किसी मिशन के साथ साझा करें…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Saved filter “{name}”</source>
        <translation>सहेजा गया फ़िल्टर “{name}”</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Rename filter</source>
        <translation>फ़िल्टर का नाम बदलें</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
    <message>
        <source>Delete the saved filter “{name}”?</source>
        <translation>सहेजा गया फ़िल्टर “{name}” हटाएँ?</translation>
    </message>
</context>
<context>
    <name>SavedListMixin</name>
    <message>
        <source>“{name}” names values this version no longer has ({values}); they were left out.</source>
        <translation>“{name}” में ऐसे मान हैं जो इस संस्करण में अब नहीं हैं ({values}); उन्हें छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>Search “{words}”</source>
        <translation>खोज “{words}”</translation>
    </message>
    <message>
        <source>sorted by best match</source>
        <translation>सर्वोत्तम मिलान के क्रम में</translation>
    </message>
    <message>
        <source>sorted by {column} (descending)</source>
        <translation>{column} के अनुसार क्रमबद्ध (घटते क्रम में)</translation>
    </message>
    <message>
        <source>sorted by {column} (ascending)</source>
        <translation>{column} के अनुसार क्रमबद्ध (बढ़ते क्रम में)</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>मामलों की सूची निर्यात करें</translation>
    </message>
</context>
<context>
    <name>SavedListText</name>
    <message numerus="yes">
        <source>Exported {count} case(s) to {path}.</source>
        <translation>
            <numerusform>{count} मामला {path} में निर्यात किया गया।</numerusform>
            <numerusform>{count} मामले {path} में निर्यात किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRoleDialog</name>
    <message>
        <source>Role of {username}</source>
        <translation>{username} की भूमिका</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>भूमिका तय करें</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>भूमिका:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — consular</source>
        <translation>साइन इन — consular</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in to {name}</source>
        <translation>{name} में साइन इन करें</translation>
    </message>
    <message>
        <source>Database and post</source>
        <translation>डेटाबेस और मिशन</translation>
    </message>
    <message>
        <source>Other database…</source>
        <translation>दूसरा डेटाबेस…</translation>
    </message>
    <message>
        <source>Sign in to another database</source>
        <translation>किसी दूसरे डेटाबेस में साइन इन करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>साइन इन रद्द करें</translation>
    </message>
    <message>
        <source>Database: {place}</source>
        <translation>डेटाबेस: {place}</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>e.g. a.sharma</source>
        <translation>उदा. a.sharma</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Why signing in failed</source>
        <translation>साइन इन क्यों विफल हुआ</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>Signing in failed because of an unexpected error (see the message).</source>
        <translation>एक अप्रत्याशित त्रुटि के कारण साइन इन विफल हुआ (संदेश देखें)।</translation>
    </message>
</context>
<context>
    <name>StaffPresentPicker</name>
    <message>
        <source>Staff present</source>
        <translation>उपस्थित कर्मचारी</translation>
    </message>
    <message>
        <source>Type a name to find it; Space ticks or unticks it</source>
        <translation>ढूँढने के लिए नाम टाइप करें; Space से चिह्न लगेगा या हटेगा</translation>
    </message>
    <message>
        <source>Our staff who took part. Type a name to find it; Space ticks or unticks it</source>
        <translation>हमारे कर्मचारी जिन्होंने भाग लिया। ढूँढने के लिए नाम टाइप करें; Space से चिह्न लगेगा या हटेगा</translation>
    </message>
    <message>
        <source>Staff present, ticked</source>
        <translation>उपस्थित कर्मचारी, चिह्नित</translation>
    </message>
    <message>
        <source>Nobody ticked</source>
        <translation>कोई चिह्नित नहीं</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status — {ref}</source>
        <translation>स्थिति बदलें — {ref}</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <source>The case is {status}. Every change is recorded with who, when and why.</source>
        <translation>मामला अभी {status} है। हर परिवर्तन किसने, कब और क्यों किया, इसके साथ दर्ज होता है।</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>नई स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>परिवर्तन का कारण</translation>
    </message>
    <message>
        <source>Why (required), e.g. &apos;Hostages confirmed held; case active&apos;</source>
        <translation>क्यों (आवश्यक), जैसे &apos;बंधकों के बंदी होने की पुष्टि; मामला सक्रिय&apos;</translation>
    </message>
    <message>
        <source>Give the reason for the change; it is kept in the case history.</source>
        <translation>परिवर्तन का कारण दें; यह मामले के इतिहास में रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>StatusShareDialog</name>
    <message>
        <source>Status shareable with family</source>
        <translation>परिवार से साझा करने योग्य स्थिति</translation>
    </message>
    <message>
        <source>Which change of {name}&apos;s status may the family be told of, and in which words? Without a wording the letter says the new status in the family&apos;s language.</source>
        <translation>{name} की स्थिति के किस परिवर्तन के बारे में परिवार को बताया जा सकता है, और किन शब्दों में? शब्द न होने पर पत्र परिवार की भाषा में नई स्थिति बताता है।</translation>
    </message>
    <message>
        <source>Status entry</source>
        <translation>स्थिति प्रविष्टि</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>परिवार से साझा करने योग्य</translation>
    </message>
</context>
<context>
    <name>StatusTile</name>
    <message>
        <source>{status} cases</source>
        <translation>मामले — {status}</translation>
    </message>
    <message>
        <source>{status} cases: {count}</source>
        <translation>मामले — {status}: {count}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Show {status} cases in the case list</source>
        <translation>मामलों की सूची में {status} मामले दिखाएँ</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>कार्य संपादित करें</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>कार्य जोड़ें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>कार्य का शीर्षक</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>कार्य का विवरण</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>किसे सौंपा गया</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>नियत तिथि है</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Done: {note}</source>
        <translation>पूर्ण: {note}</translation>
    </message>
    <message>
        <source>Raised by a contact entry</source>
        <translation>एक संपर्क प्रविष्टि से बना</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>कोई नियत तिथि नहीं</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>किसे सौंपा गया</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Open</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>कार्य जोड़ें…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>कार्य जोड़ें</translation>
    </message>
    <message>
        <source>Assign / reschedule…</source>
        <translation>सौंपें / पुनर्निर्धारित करें…</translation>
    </message>
    <message>
        <source>Assign or reschedule the selected task</source>
        <translation>चुना गया कार्य सौंपें या पुनर्निर्धारित करें</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>पूरा करें…</translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation>चुना गया कार्य पूरा करें</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>कौन से कार्य दिखाएँ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Task summary</source>
        <translation>कार्यों का सारांश</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue, {closed} done or cancelled.</source>
        <translation>{open} खुले, {overdue} अतिदेय, {closed} पूर्ण या रद्द।</translation>
    </message>
    <message numerus="yes">
        <source>(%n voided, not counted.)</source>
        <translation>
            <numerusform>(%n निरस्त, गिनती में नहीं।)</numerusform>
            <numerusform>(%n निरस्त, गिनती में नहीं।)</numerusform>
        </translation>
    </message>
    <message>
        <source>{loaded} of {total} loaded, more as you scroll.</source>
        <translation>{total} में से {loaded} लोड हुए, स्क्रॉल करने पर और।</translation>
    </message>
    <message>
        <source>Task #{number} of {reference}</source>
        <translation>{reference} का कार्य #{number}</translation>
    </message>
    <message>
        <source>Open (assign / reschedule)…</source>
        <translation>खोलें (सौंपें / पुनर्निर्धारित करें)…</translation>
    </message>
    <message>
        <source>task #{number}</source>
        <translation>कार्य #{number}</translation>
    </message>
</context>
<context>
    <name>TellKind</name>
    <message>
        <source>Proof of life</source>
        <translation>जीवित होने का प्रमाण</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>स्थिति में बदलाव</translation>
    </message>
    <message>
        <source>Public statement</source>
        <translation>सार्वजनिक वक्तव्य</translation>
    </message>
    <message>
        <source>Demand about the family</source>
        <translation>परिवार से संबंधित मांग</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Show {type}</source>
        <extracomment>Types shown as icon-only toggles (the rarer ones): the row of toggles fits 1280 pixels.</extracomment>
        <translation>दिखाएँ: {type}</translation>
    </message>
    <message>
        <source>Show or hide {type} events</source>
        <translation>{type} घटनाएँ दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>{type}: show or hide these events</source>
        <translation>{type}: ये घटनाएँ दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Show restricted entries (marked in red)</source>
        <translation>प्रतिबंधित प्रविष्टियाँ दिखाएँ (लाल रंग में)</translation>
    </message>
    <message>
        <source>Filter by name or text…</source>
        <translation>नाम या पाठ से फ़िल्टर करें…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>घटनाएँ फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>ज़ूम आउट (−, Ctrl+व्हील)</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>ज़ूम इन (+, Ctrl+व्हील)</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>पूरा मामला</translation>
    </message>
    <message>
        <source>Show the whole case</source>
        <translation>पूरा मामला दिखाएँ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>आज पर जाएँ</translation>
    </message>
    <message>
        <source>000 months shown</source>
        <translation>000 महीने दिखाए गए</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>समयरेखा निर्यात करें</translation>
    </message>
    <message>
        <source>Reload the timeline</source>
        <translation>समयरेखा फिर से लोड करें</translation>
    </message>
    <message>
        <source>Reload timeline</source>
        <translation>समयरेखा फिर से लोड करें</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>निर्यात की प्रगति</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>निर्यात रद्द करें</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>समयरेखा की घटनाएँ</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>घटना का विवरण</translation>
    </message>
    <message>
        <source>Select an event to read it here.</source>
        <translation>यहाँ पढ़ने के लिए कोई घटना चुनें।</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>समयरेखा लोड हो रही है…</translation>
    </message>
    <message>
        <source>The timeline could not be loaded.</source>
        <translation>समयरेखा लोड नहीं हो सकी।</translation>
    </message>
    <message>
        <source>my time</source>
        <translation>मेरा समय</translation>
    </message>
    <message>
        <source>case time</source>
        <translation>मामले का समय</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {count} event(s)</source>
        <translation>
            <numerusform>{count} में से {shown} घटना</numerusform>
            <numerusform>{count} में से {shown} घटनाएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} घटना</numerusform>
            <numerusform>{count} घटनाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} ({count} restricted)</source>
        <translation>{events} ({count} प्रतिबंधित)</translation>
    </message>
    <message>
        <source>{events}. Times in {caption}, {zone}.</source>
        <translation>{events}। समय: {caption}, {zone}।</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} event(s) to {path}.</source>
        <translation>
            <numerusform>{count} घटना {path} में निर्यात की गई।</numerusform>
            <numerusform>{count} घटनाएँ {path} में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; nothing was written.</source>
        <translation>निर्यात विफल हुआ; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>{path} में निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>निर्यात रद्द किया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>When (case time)</source>
        <translation>कब (मामले का समय)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>किसने दर्ज किया</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>पहुँच</translation>
    </message>
    <message>
        <source>case time</source>
        <translation>मामले का समय</translation>
    </message>
    <message>
        <source>When ({caption})</source>
        <translation>कब ({caption})</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>TrayText</name>
    <message>
        <source>consular — nothing overdue on the cases you supervise</source>
        <translation>consular — आपके पर्यवेक्षण वाले मामलों में कुछ भी अतिदेय नहीं</translation>
    </message>
    <message numerus="yes">
        <source>consular — %n item(s) overdue on the cases you supervise</source>
        <translation>
            <numerusform>consular — आपके पर्यवेक्षण वाले मामलों में %n आइटम अतिदेय</numerusform>
            <numerusform>consular — आपके पर्यवेक्षण वाले मामलों में %n आइटम अतिदेय</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in your escalation queue ({total} in all). Open consular to see them.</source>
        <translation>
            <numerusform>आपकी एस्केलेशन सूची में %n नया आइटम (कुल {total})। देखने के लिए consular खोलें।</numerusform>
            <numerusform>आपकी एस्केलेशन सूची में %n नए आइटम (कुल {total})। देखने के लिए consular खोलें।</numerusform>
        </translation>
    </message>
    <message>
        <source>consular — escalations</source>
        <translation>consular — एस्केलेशन</translation>
    </message>
</context>
<context>
    <name>UnlinkCaseDialog</name>
    <message>
        <source>Unlink {other} — {reference}</source>
        <translation>{other} अलग करें — {reference}</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>अलग करें</translation>
    </message>
    <message>
        <source>{reference} and {other} will no longer show each other. The link stays on record with who undid it, when and why.</source>
        <translation>{reference} और {other} अब एक-दूसरे को नहीं दिखाएँगे। लिंक अभिलेख में रहता है, साथ में किसने, कब और क्यों हटाया।</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Why they are unlinked</source>
        <translation>इन्हें क्यों अलग किया गया</translation>
    </message>
    <message>
        <source>Say why the cases are unlinked; it is kept with the link.</source>
        <translation>बताएँ कि मामले क्यों अलग किए गए; यह लिंक के साथ रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>consular — user guide</source>
        <translation>consular — उपयोगकर्ता मार्गदर्शिका</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>उपयोगकर्ता मार्गदर्शिका</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>उपयोगकर्ता मार्गदर्शिका का पाठ</translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}).</source>
        <translation>उपयोगकर्ता मार्गदर्शिका पढ़ी नहीं जा सकी ({error})।</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Caseworker</source>
        <translation>मामला अधिकारी</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>दर्शक</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>क्या ग़लत हुआ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>अंतिम बदलाव</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>उपयोगकर्ता जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;role…</source>
        <translation>भूमिका तय करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>पासवर्ड रीसेट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>निष्क्रिय करें (&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>सक्रिय करें (&amp;E)</translation>
    </message>
    <message>
        <source>Added {username} ({role}).</source>
        <translation>{username} जोड़ा गया ({role})।</translation>
    </message>
    <message>
        <source>{username} is now {role}.</source>
        <translation>{username} अब {role} है।</translation>
    </message>
    <message>
        <source>The password of {username} was reset.</source>
        <translation>{username} का पासवर्ड रीसेट कर दिया गया।</translation>
    </message>
    <message>
        <source>{username} was enabled.</source>
        <translation>{username} को सक्रिय किया गया।</translation>
    </message>
    <message>
        <source>{username} was disabled.</source>
        <translation>{username} को निष्क्रिय किया गया।</translation>
    </message>
</context>
<context>
    <name>VettingDialog</name>
    <message>
        <source>Vetting: {name}</source>
        <translation>जांच: {name}</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>निर्णय सहेजें</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>जांच किसने की</translation>
    </message>
    <message>
        <source>e.g. the MFA crisis cell, the gendarmerie</source>
        <translation>उदा. विदेश मंत्रालय का संकट प्रकोष्ठ, जेंडरमेरी</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>इतिहास लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Vetting history</source>
        <translation>जांच का इतिहास</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Never vetted: unvetted.</source>
        <translation>कभी जांच नहीं हुई: अपरीक्षित।</translation>
    </message>
</context>
<context>
    <name>VettingStatus</name>
    <message>
        <source>Unvetted</source>
        <translation>असत्यापित</translation>
    </message>
    <message>
        <source>Under vetting</source>
        <translation>सत्यापन जारी</translation>
    </message>
    <message>
        <source>Vetted</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
</context>
<context>
    <name>VisitDecision</name>
    <message>
        <source>Awaiting a decision</source>
        <translation>निर्णय की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>No answer (closed)</source>
        <translation>कोई उत्तर नहीं (बंद)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Consular visit</source>
        <translation>कांसुलर मुलाक़ात</translation>
    </message>
    <message>
        <source>Request a consular visit</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>अनुरोध दर्ज करें</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>अनुरोध की तिथि</translation>
    </message>
    <message>
        <source>By note verbale</source>
        <translation>नोट वर्बेल द्वारा</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— कोई नहीं —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>निर्णय की तिथि</translation>
    </message>
    <message>
        <source>Visit on</source>
        <translation>मुलाक़ात की तिथि</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>मुलाक़ात किसने की</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation>देखी गई स्थिति</translation>
    </message>
    <message>
        <source>Note verbale #{number}</source>
        <translation>नोट वर्बेल #{number}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void {what}</source>
        <translation>निरस्त करें: {what}</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>प्रविष्टि निरस्त करें</translation>
    </message>
    <message>
        <source>The {what} stays in the history, struck through, with your name and the reason; it no longer counts anywhere (counts, briefs, timeline, exports).</source>
        <translation>यह प्रविष्टि ({what}) इतिहास में काटकर, आपके नाम और कारण के साथ रहती है; यह अब कहीं नहीं गिनी जाती (गिनती, स्थिति सारांश, समयरेखा, निर्यात)।</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>{what} to void</source>
        <translation>निरस्त करने के लिए {what}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>निरस्त करने का कारण</translation>
    </message>
    <message>
        <source>Required: why this entry is wrong, e.g. &apos;Recorded for the wrong person&apos;</source>
        <translation>आवश्यक: यह प्रविष्टि ग़लत क्यों है, उदा. &apos;ग़लत व्यक्ति के लिए दर्ज की गई&apos;</translation>
    </message>
    <message>
        <source>Choose the entry to void.</source>
        <translation>निरस्त करने के लिए प्रविष्टि चुनें।</translation>
    </message>
    <message>
        <source>Give the reason; it is kept with the voided entry.</source>
        <translation>कारण बताएँ; यह निरस्त प्रविष्टि के साथ रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>VoidableKind</name>
    <message>
        <source>Hostage status entry</source>
        <translation>बंधक स्थिति प्रविष्टि</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>महत्वपूर्ण घटना</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>सुनवाई</translation>
    </message>
    <message>
        <source>Consular visit request</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Family update</source>
        <translation>परिवार को जानकारी</translation>
    </message>
</context>
<context>
    <name>WelfareCondition</name>
    <message>
        <source>Good</source>
        <translation>अच्छी</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>खराब</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>अत्यंत गंभीर</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>WelfareDialog</name>
    <message>
        <source>Welfare report: {name}</source>
        <translation>कल्याण रिपोर्ट: {name}</translation>
    </message>
    <message>
        <source>Record welfare report</source>
        <translation>कल्याण रिपोर्ट दर्ज करें</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>सूचना का समय</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>e.g. Seen by a released hostage on 3 Aug: thin but walking</source>
        <translation>जैसे 3 अगस्त को रिहा हुए बंधक ने देखा: दुबले, पर चल रहे हैं</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Medication needs</source>
        <translation>दवा की ज़रूरतें</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— पता नहीं —</translation>
    </message>
    <message>
        <source>Yes, supply arranged</source>
        <translation>हाँ, आपूर्ति की व्यवस्था हुई</translation>
    </message>
    <message>
        <source>No, not arranged</source>
        <translation>नहीं, व्यवस्था नहीं हुई</translation>
    </message>
    <message>
        <source>Supply arranged</source>
        <translation>आपूर्ति की व्यवस्था</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>About {name} only (untick: about every national of the case)</source>
        <translation>केवल {name} के बारे में (हटाएँ: मामले के सभी नागरिकों के बारे में)</translation>
    </message>
    <message>
        <source>About this national only</source>
        <translation>केवल इस नागरिक के बारे में</translation>
    </message>
    <message>
        <source>Restricted (case team only)</source>
        <translation>प्रतिबंधित (केवल मामले की टीम)</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>ZonedDateTimeEdit</name>
    <message>
        <source>Date and time</source>
        <translation>तिथि और समय</translation>
    </message>
    <message>
        <source>{field}: time zone</source>
        <translation>{field}: समय क्षेत्र</translation>
    </message>
    <message>
        <source>{field}: switch time zone</source>
        <translation>{field}: समय क्षेत्र बदलें</translation>
    </message>
    <message>
        <source>Show in my time</source>
        <translation>मेरे समय में दिखाएँ</translation>
    </message>
    <message>
        <source>Show and enter this time in your zone, {zone}</source>
        <translation>यह समय अपने क्षेत्र, {zone}, में देखें और दर्ज करें</translation>
    </message>
    <message>
        <source>Show in case time</source>
        <translation>मामले के समय में दिखाएँ</translation>
    </message>
    <message>
        <source>Show and enter this time in the case&apos;s zone, {zone}</source>
        <translation>यह समय मामले के क्षेत्र, {zone}, में देखें और दर्ज करें</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>National</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>none open</source>
        <translation>कोई खुला नहीं</translation>
    </message>
    <message>
        <source>Case tracking for consular staff handling the abduction, hostage-taking, wrongful detention or disappearance of nationals abroad: cases, people, the contact log, tasks, milestones, documents and briefs.</source>
        <translation>विदेश में नागरिकों के अपहरण, बंधक बनाने, अन्यायपूर्ण हिरासत या लापता होने के मामलों को देखने वाले कांसुलर कर्मचारियों के लिए मामला-प्रबंधन: मामले, व्यक्ति, संपर्क लॉग, कार्य, महत्वपूर्ण घटनाएँ, दस्तावेज़ और स्थिति सारांश।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Data folder:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;Log file:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;डेटाबेस:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;डेटा फ़ोल्डर:&lt;/b&gt; {data}&lt;br&gt;&lt;b&gt;लॉग फ़ाइल:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Fonts: Noto Sans and Noto Sans Devanagari (SIL Open Font License 1.1).</source>
        <translation>फ़ॉन्ट: Noto Sans और Noto Sans Devanagari (SIL Open Font License 1.1)।</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>उपयोग: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>स्थितिगत तर्क</translation>
    </message>
    <message>
        <source>options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>यह सहायता संदेश दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>प्रोग्राम का संस्करण दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>उप-कमांड</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>तर्क %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: त्रुटि: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>अपरिचित तर्क: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ये तर्क आवश्यक हैं: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>तर्कों %s में से एक आवश्यक है</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>तर्क %s के साथ अनुमत नहीं</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>स्पष्ट तर्क %r अनदेखा किया गया</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>एक तर्क अपेक्षित है</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>अधिकतम एक तर्क अपेक्षित है</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>कम से कम एक तर्क अपेक्षित है</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>अस्पष्ट विकल्प: %(option)s इनमें से किसी से भी मेल खा सकता है: %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>अप्रत्याशित विकल्प: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>अमान्य %(type)s मान: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>अमान्य विकल्प: %(value)r (इनमें से चुनें: %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>अज्ञात पार्सर %(parser_name)r (विकल्प: %(choices)s)</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>मोड %r के साथ तर्क &quot;-&quot;</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; खोली नहीं जा सकी: %(error)s</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>एक से अधिक उप-पार्सर तर्क नहीं हो सकते</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>परस्पर विरोधी उप-पार्सर: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>परस्पर विरोधी उप-पार्सर उपनाम: %s</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>परस्पर अनन्य तर्क वैकल्पिक होने चाहिए</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>स्थितिगत तर्कों के लिए &apos;required&apos; अमान्य है</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>%r जैसे विकल्पों के लिए dest= आवश्यक है</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>अमान्य विकल्प %(option)r: इसे %(prefix_chars)r में से किसी वर्ण से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>अमान्य conflict_resolution मान: %r</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>क्रियाएँ मिलाई नहीं जा सकतीं - दो समूहों का नाम %r है</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r कॉल करने योग्य नहीं है</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() परिभाषित नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>%s तर्क अपेक्षित है</numerusform>
            <numerusform>%s तर्क अपेक्षित हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>परस्पर विरोधी विकल्प: %s</numerusform>
            <numerusform>परस्पर विरोधी विकल्प: %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup_actions</name>
    <message>
        <source>Back up</source>
        <translation>बैकअप लें</translation>
    </message>
    <message>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>सर्वर डेटाबेस का बैकअप सर्वर के अपने टूल (pg_dump) से लिया जाता है।</translation>
    </message>
    <message>
        <source>Only supervisors and administrators back the database up to a file: a backup holds every case and keeps today&apos;s key slots. The daily backup is made for you in this computer&apos;s backups folder.</source>
        <translation>केवल पर्यवेक्षक और व्यवस्थापक डेटाबेस का बैकअप फ़ाइल में लेते हैं: बैकअप में हर मामला होता है और आज के कुंजी-स्लॉट रहते हैं। दैनिक बैकअप आपके लिए इस कंप्यूटर के बैकअप फ़ोल्डर में अपने-आप बनता है।</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>डेटाबेस का बैकअप यहाँ लें</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}, {seconds} s).</source>
        <translation>{path} में बैकअप लिया गया ({size}, {seconds} से.)।</translation>
    </message>
    <message>
        <source>Its key file: {path}</source>
        <translation>इसकी कुंजी फ़ाइल: {path}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>{path} में बैकअप लिया गया</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>बैकअप बन गया</translation>
    </message>
    <message>
        <source>SHA-256 {digest}…; audit chain head {head}.</source>
        <translation>SHA-256 {digest}…; ऑडिट श्रृंखला-शीर्ष {head}।</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>डेटाबेस का बैकअप लिया जा रहा है…</translation>
    </message>
    <message>
        <source>Every page and the schema check out ({seconds} s).</source>
        <translation>सभी पृष्ठ और स्कीमा सही हैं ({seconds} से.)।</translation>
    </message>
    <message>
        <source>Audit trail: {audit}.</source>
        <translation>ऑडिट रिकॉर्ड: {audit}।</translation>
    </message>
    <message>
        <source>It did not verify, so it cannot be restored:
{problems}</source>
        <translation>यह सत्यापित नहीं हुआ, इसलिए पुनर्स्थापित नहीं किया जा सकता:
{problems}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Restore works on a SQLite database file; open one first.</source>
        <translation>पुनर्स्थापना SQLite डेटाबेस फ़ाइल पर होती है; पहले एक खोलें।</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup: it replaces every case for everyone.</source>
        <translation>केवल व्यवस्थापक ही बैकअप पुनर्स्थापित कर सकता है: यह सभी के लिए हर मामला बदल देता है।</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Backups (*.bak *.db);;All files (*)</source>
        <translation>बैकअप (*.bak *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>There is no backup file &apos;{path}&apos;.</source>
        <translation>बैकअप फ़ाइल &apos;{path}&apos; मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Unlocking the backup…</source>
        <translation>बैकअप अनलॉक हो रहा है…</translation>
    </message>
    <message>
        <source>Backup did not verify</source>
        <translation>बैकअप सत्यापित नहीं हुआ</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>यह बैकअप पुनर्स्थापित करें?</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>बैकअप सत्यापित हो रहा है…</translation>
    </message>
    <message>
        <source>its last entry</source>
        <translation>इसकी अंतिम प्रविष्टि</translation>
    </message>
    <message>
        <source>If you restore it:</source>
        <translation>अगर आप इसे पुनर्स्थापित करते हैं:</translation>
    </message>
    <message>
        <source>• The open database &apos;{name}&apos; is closed and replaced by this backup. The current file is kept beside it as &apos;{name}.replaced-…&apos;, with its key file.</source>
        <translation>• खुला डेटाबेस &apos;{name}&apos; बंद होकर इस बैकअप से बदल दिया जाएगा। मौजूदा फ़ाइल उसी के पास &apos;{name}.replaced-…&apos; नाम से, अपनी कुंजी फ़ाइल के साथ, रखी जाएगी।</translation>
    </message>
    <message>
        <source>• Whatever was written after the backup was made (its audit trail ends at entry {head}) is no longer in the database. The restore is recorded in it, and anchors printed since are reported as rolled back.</source>
        <translation>• बैकअप बनने के बाद जो कुछ लिखा गया (इसका ऑडिट रिकॉर्ड प्रविष्टि {head} पर समाप्त होता है), वह डेटाबेस में नहीं रहेगा। पुनर्स्थापना इसमें दर्ज होगी, और उसके बाद छपे एंकर वापस लिए गए बताए जाएँगे।</translation>
    </message>
    <message>
        <source>• The backup keeps its own key file: afterwards the database opens with the passwords it had then, not today&apos;s.</source>
        <translation>• बैकअप अपनी कुंजी फ़ाइल रखता है: इसके बाद डेटाबेस उस समय के पासवर्ड से खुलेगा, आज के पासवर्ड से नहीं।</translation>
    </message>
    <message>
        <source>Replace the open database with this backup?</source>
        <translation>खुले डेटाबेस को इस बैकअप से बदलें?</translation>
    </message>
    <message>
        <source>Restored {backup} to {path}.</source>
        <translation>{backup} को {path} पर पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <source>The replaced file is kept as {path}.</source>
        <translation>बदली गई फ़ाइल {path} के रूप में रखी गई है।</translation>
    </message>
    <message>
        <source>The restore is recorded in its audit trail (history forked after entry #{entry}).</source>
        <translation>पुनर्स्थापना इसके ऑडिट रिकॉर्ड में दर्ज है (प्रविष्टि #{entry} के बाद इतिहास अलग हुआ)।</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>बैकअप पुनर्स्थापित किया गया</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>पुनर्स्थापना विफल</translation>
    </message>
    <message>
        <source>{reason}

The database was not replaced; it is opened again.</source>
        <translation>{reason}

डेटाबेस बदला नहीं गया; इसे फिर से खोला जा रहा है।</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>पुनर्स्थापना हो रही है…</translation>
    </message>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>दैनिक बैकअप बन गया: {name}</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>दैनिक बैकअप विफल</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>दैनिक बैकअप नहीं बन सका: {reason}</translation>
    </message>
</context>
<context>
    <name>brief_dialog</name>
    <message>
        <source>Sent to the default printer through your PDF viewer.</source>
        <extracomment>The language the brief is written in (&quot;en&quot;, &quot;fr&quot;, &quot;hi&quot;).</extracomment>
        <translation>आपके PDF व्यूअर के माध्यम से डिफ़ॉल्ट प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं बताया गया</translation>
    </message>
    <message>
        <source>The printer refused the brief: {reason}.</source>
        <translation>प्रिंटर ने सारांश अस्वीकार कर दिया: {reason}।</translation>
    </message>
    <message>
        <source>{when} UTC</source>
        <translation>{when} UTC</translation>
    </message>
</context>
<context>
    <name>case_picker</name>
    <message>
        <source>{reference} — open in a tab</source>
        <translation>{reference} — एक टैब में खुला</translation>
    </message>
</context>
<context>
    <name>case_table</name>
    <message>
        <source>Abduction</source>
        <translation>अपहरण</translation>
    </message>
    <message>
        <source>Hostage-taking</source>
        <translation>बंधक बनाना</translation>
    </message>
    <message>
        <source>Wrongful detention</source>
        <translation>अन्यायपूर्ण हिरासत</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>लापता व्यक्ति</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>अभी तक कोई संपर्क दर्ज नहीं</translation>
    </message>
    <message>
        <source>Last contact: {when}</source>
        <translation>अंतिम संपर्क: {when}</translation>
    </message>
    <message>
        <source>Overdue: {when}</source>
        <translation>अतिदेय: {when}</translation>
    </message>
    <message>
        <source>Due: {when}</source>
        <translation>नियत तिथि: {when}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>{title}
Lead: {lead} · Post: {post} · Priority: {priority}</source>
        <translation>{title}
मुख्य अधिकारी: {lead} · मिशन: {post} · प्राथमिकता: {priority}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Incident: {when}</source>
        <translation>घटना: {when}</translation>
    </message>
    <message>
        <source>Days since the incident</source>
        <translation>घटना के बाद से दिन</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>बंधक</translation>
    </message>
    <message>
        <source>{held} held of {total} nationals concerned</source>
        <translation>संबंधित {total} नागरिकों में से {held} बंधक</translation>
    </message>
    <message>
        <source>Nationals still held (or unaccounted for) / nationals concerned</source>
        <translation>अब भी बंधक (या जिनका पता नहीं) नागरिक / संबंधित नागरिक</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <source>Time since the last logged contact</source>
        <translation>अंतिम दर्ज संपर्क के बाद का समय</translation>
    </message>
    <message>
        <source>Next task due</source>
        <translation>अगला कार्य</translation>
    </message>
    <message>
        <source>The earliest open task; overdue ones in orange</source>
        <translation>सबसे पहला खुला कार्य; अतिदेय कार्य नारंगी रंग में</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>क्यों मेल खाया</translation>
    </message>
    <message>
        <source>What the search found in this case</source>
        <translation>खोज को इस मामले में क्या मिला</translation>
    </message>
</context>
<context>
    <name>chart_widget</name>
    <message>
        <source>Nothing to show</source>
        <translation>दिखाने के लिए कुछ नहीं</translation>
    </message>
</context>
<context>
    <name>cli.case_links</name>
    <message>
        <source>link two cases: taken in the same incident, or related (both cases&apos; team)</source>
        <translation>दो मामलों को जोड़ें: एक ही घटना में लिए गए, या संबंधित (दोनों मामलों की टीम)</translation>
    </message>
    <message>
        <source>Link two cases so that each shows the other on its overview, on the brief and in `cases show`. You must be on both cases&apos; teams (or a supervisor): a link tells each case&apos;s readers about the other. Readers off the other case&apos;s team see its reference and post only.</source>
        <translation>दो मामलों को जोड़ें ताकि हर मामला अपने अवलोकन में, स्थिति सारांश में और `cases show` में दूसरे को दिखाए। आपको दोनों मामलों की टीमों में होना चाहिए (या पर्यवेक्षक): लिंक हर मामले के पाठकों को दूसरे मामले के बारे में बताता है। जो पाठक दूसरे मामले की टीम में नहीं हैं, वे उसका केवल संदर्भ और मिशन देखते हैं।</translation>
    </message>
    <message>
        <source>a case reference, e.g. BAM-2025-0001</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001</translation>
    </message>
    <message>
        <source>the case to link it with</source>
        <translation>वह मामला जिससे इसे जोड़ना है</translation>
    </message>
    <message>
        <source>how they are linked (default related)</source>
        <translation>वे कैसे जुड़े हैं (डिफ़ॉल्ट related)</translation>
    </message>
    <message>
        <source>why they are linked</source>
        <translation>वे क्यों जुड़े हैं</translation>
    </message>
    <message>
        <source>print the link as JSON</source>
        <translation>लिंक को JSON में दिखाएँ</translation>
    </message>
    <message>
        <source>undo the link between two cases, with a reason (kept on record)</source>
        <translation>दो मामलों के बीच का लिंक हटाएँ, कारण सहित (रिकॉर्ड में रखा जाता है)</translation>
    </message>
    <message>
        <source>Undo the link between two cases. The link stays on record with who undid it, when and why; `cases show` no longer lists it.</source>
        <translation>दो मामलों के बीच का लिंक हटाएँ। लिंक रिकॉर्ड में बना रहता है, साथ में किसने, कब और क्यों हटाया; `cases show` अब उसे नहीं दिखाता।</translation>
    </message>
    <message>
        <source>why they are unlinked</source>
        <translation>लिंक क्यों हटाया जा रहा है</translation>
    </message>
    <message>
        <source>Linked {reference} with {other} ({kind}).</source>
        <translation>{reference} को {other} से जोड़ा गया ({kind})।</translation>
    </message>
    <message>
        <source>Unlinked {reference} from {other}; the link stays on record.</source>
        <translation>{reference} का {other} से लिंक हटाया गया; लिंक रिकॉर्ड में बना रहता है।</translation>
    </message>
    <message>
        <source>Linked cases ({count}):</source>
        <translation>जुड़े हुए मामले ({count}):</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>टिप्पणी: {note}</translation>
    </message>
</context>
<context>
    <name>cli.cmd_audit</name>
    <message>
        <source>verify, list and export the audit trail</source>
        <translation>ऑडिट रिकॉर्ड का सत्यापन करें, सूची देखें और निर्यात करें</translation>
    </message>
    <message>
        <source>The audit trail records every change, chained by hashes and signed with this installation&apos;s key (see README, &apos;Verifying the record&apos;).</source>
        <translation>ऑडिट रिकॉर्ड हर बदलाव दर्ज करता है, हैश से श्रृंखलाबद्ध और इस इंस्टॉलेशन की कुंजी से हस्ताक्षरित (README में &apos;Verifying the record&apos; देखें)।</translation>
    </message>
    <message>
        <source>check the whole chain and every audited record; exit 1 if anything was tampered with</source>
        <translation>पूरी श्रृंखला और हर ऑडिट किया गया रिकॉर्ड जाँचें; किसी छेड़छाड़ पर निकास कोड 1</translation>
    </message>
    <message>
        <source>Walk the audit chain: name the first edited, deleted or inserted audit entry, and every record whose current state no longer matches its last audited state. Exits 0 when all is in order, 1 when anything is wrong, 2 on an error.</source>
        <translation>ऑडिट श्रृंखला जाँचें: पहली संपादित, हटाई गई या जोड़ी गई ऑडिट प्रविष्टि बताएँ, और हर वह रिकॉर्ड जिसकी वर्तमान स्थिति उसकी अंतिम ऑडिट की गई स्थिति से मेल नहीं खाती। सब ठीक होने पर निकास कोड 0, कुछ गलत होने पर 1, त्रुटि पर 2।</translation>
    </message>
    <message>
        <source>a chain head printed on a brief or export (repeat for several); anchors this machine recorded itself are checked too</source>
        <translation>किसी स्थिति सारांश या निर्यात पर छपा श्रृंखला शीर्ष (कई के लिए दोहराएँ); इस मशीन द्वारा स्वयं दर्ज एंकर भी जाँचे जाते हैं</translation>
    </message>
    <message>
        <source>do not check signatures (a copy on a machine without the key): hashes, gaps, head, anchors and records only</source>
        <translation>हस्ताक्षर न जाँचें (बिना कुंजी वाली मशीन पर प्रति): केवल हैश, अंतराल, शीर्ष, एंकर और रिकॉर्ड</translation>
    </message>
    <message>
        <source>check signatures with this key file too</source>
        <translation>इस कुंजी फ़ाइल से भी हस्ताक्षर जाँचें</translation>
    </message>
    <message>
        <source>check the chain only, not the records&apos; states</source>
        <translation>केवल श्रृंखला जाँचें, रिकॉर्ड की स्थिति नहीं</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>रिपोर्ट JSON में दिखाएँ</translation>
    </message>
    <message>
        <source>only this case</source>
        <translation>केवल यह मामला</translation>
    </message>
    <message>
        <source>only changes by this username</source>
        <translation>केवल इस उपयोगकर्ता नाम द्वारा किए गए बदलाव</translation>
    </message>
    <message>
        <source>an action (case.status) or a family (case)</source>
        <translation>एक क्रिया (case.status) या क्रियाओं का समूह (case)</translation>
    </message>
    <message>
        <source>from this day (UTC) or ISO date and time</source>
        <translation>इस दिन (UTC) या ISO दिनांक और समय से</translation>
    </message>
    <message>
        <source>before this day (UTC) or ISO date and time</source>
        <translation>इस दिन (UTC) या ISO दिनांक और समय से पहले</translation>
    </message>
    <message>
        <source>list audit entries, newest first</source>
        <translation>ऑडिट प्रविष्टियों की सूची, नवीनतम पहले</translation>
    </message>
    <message>
        <source>List audit entries, newest first.</source>
        <translation>ऑडिट प्रविष्टियों की सूची दिखाएँ, नवीनतम पहले।</translation>
    </message>
    <message>
        <source>at most N entries (default 50; 0: all)</source>
        <translation>अधिकतम N प्रविष्टियाँ (डिफ़ॉल्ट 50; 0: सभी)</translation>
    </message>
    <message>
        <source>print JSON with before and after</source>
        <translation>पहले और बाद की स्थिति के साथ JSON दिखाएँ</translation>
    </message>
    <message>
        <source>write the audit trail to CSV or JSON with the chain head</source>
        <translation>ऑडिट रिकॉर्ड को श्रृंखला शीर्ष के साथ CSV या JSON में लिखें</translation>
    </message>
    <message>
        <source>Write the matching entries, oldest first, to FILE with the chain head.</source>
        <translation>मेल खाती प्रविष्टियाँ, सबसे पुरानी पहले, श्रृंखला शीर्ष के साथ FILE में लिखें।</translation>
    </message>
    <message>
        <source>file to write (replaced if it exists)</source>
        <translation>लिखी जाने वाली फ़ाइल (मौजूद हो तो बदल दी जाएगी)</translation>
    </message>
    <message>
        <source>csv or json (default: from the file name)</source>
        <translation>csv या json (डिफ़ॉल्ट: फ़ाइल के नाम से)</translation>
    </message>
    <message>
        <source>print the chain head (SEQ:HASH) to keep as an anchor</source>
        <translation>श्रृंखला शीर्ष (SEQ:HASH) दिखाएँ, एंकर के रूप में रखने के लिए</translation>
    </message>
    <message>
        <source>Print the chain head.</source>
        <translation>श्रृंखला शीर्ष दिखाएँ।</translation>
    </message>
    <message>
        <source>verified {done}/{total} entries</source>
        <translation>{done}/{total} प्रविष्टियाँ सत्यापित</translation>
    </message>
    <message>
        <source>{entries} audit entries, chain head {head}; {signatures_checked} signatures, {records_checked} records and {anchors_checked} anchors checked in {seconds} s.</source>
        <translation>{entries} ऑडिट प्रविष्टियाँ, श्रृंखला शीर्ष {head}; {signatures_checked} हस्ताक्षर, {records_checked} रिकॉर्ड और {anchors_checked} एंकर {seconds} सेकंड में जाँचे गए।</translation>
    </message>
    <message>
        <source>OK: the audit trail and the audited records are intact.</source>
        <translation>ठीक है: ऑडिट रिकॉर्ड और ऑडिट किए गए रिकॉर्ड सुरक्षित हैं।</translation>
    </message>
    <message>
        <source>TAMPERED: {message}</source>
        <translation>छेड़छाड़ हुई: {message}</translation>
    </message>
    <message>
        <source>  also: {message}</source>
        <translation>  साथ ही: {message}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>टिप्पणी: {note}</translation>
    </message>
    <message>
        <source>at (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>change</source>
        <translation>बदलाव</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more problem(s).</source>
        <translation>
            <numerusform>  ... और %n समस्या।</numerusform>
            <numerusform>  ... और %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit entry/entries to {path} (chain head {chain_head}).</source>
        <translation>
            <numerusform>%Ln ऑडिट प्रविष्टि {path} में लिखी गई (श्रृंखला शीर्ष {chain_head})।</numerusform>
            <numerusform>%Ln ऑडिट प्रविष्टियाँ {path} में लिखी गईं (श्रृंखला शीर्ष {chain_head})।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_brief</name>
    <message>
        <source>write a status brief of a case as PDF (or list the briefs issued)</source>
        <translation>किसी मामले का स्थिति सारांश PDF में लिखें (या जारी सारांशों की सूची देखें)</translation>
    </message>
    <message>
        <source>Write a status brief of a case as a PDF for supervisors and senior officials, and record it (who, when, period, content hash). The period runs from the end of the previous brief of the case, or the last 7 days if there is none, unless --since says otherwise. Restricted contacts and milestones show only their date (&quot;Restricted&quot;) unless --include-restricted. The brief is written in the language of --lang after the command (en, fr or hi), else in the language of the messages. Every page carries the audit chain head it was issued at: check a copy with consular audit verify --anchor SEQ:HASH.</source>
        <translation>किसी मामले का स्थिति सारांश पर्यवेक्षकों और वरिष्ठ अधिकारियों के लिए PDF में लिखें, और उसे दर्ज करें (किसने, कब, अवधि, सामग्री हैश)। अवधि मामले के पिछले सारांश के अंत से चलती है, या कोई न हो तो पिछले 7 दिन, जब तक --since कुछ और न कहे। प्रतिबंधित संपर्क और महत्वपूर्ण घटनाएँ केवल अपनी तिथि («प्रतिबंधित») दिखाती हैं, जब तक --include-restricted न दिया जाए। सारांश कमांड के बाद दिए गए --lang की भाषा (en, fr या hi) में लिखा जाता है, अन्यथा संदेशों की भाषा में। हर पृष्ठ पर जारी करते समय का ऑडिट शृंखला शीर्ष होता है: किसी प्रति की जाँच consular audit verify --anchor SEQ:HASH से करें।</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001; or &apos;verify&apos; followed by a PDF file</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001; या &apos;verify&apos; और उसके बाद एक PDF फ़ाइल</translation>
    </message>
    <message>
        <source>with &apos;verify&apos;: the PDF to check against the briefs issued from this database (exit 0 if this exact file was issued here, 1 if not)</source>
        <translation>&apos;verify&apos; के साथ: इस डेटाबेस से जारी सारांशों से मिलाने के लिए PDF (यही फ़ाइल यहाँ से जारी हुई हो तो निकास 0, अन्यथा 1)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>लिखी जाने वाली PDF फ़ाइल</translation>
    </message>
    <message>
        <source>start of the period: YYYY-MM-DD (midnight in the case&apos;s zone) or an ISO 8601 date and time</source>
        <translation>अवधि का आरंभ: YYYY-MM-DD (मामले के समय क्षेत्र में मध्यरात्रि) या ISO 8601 तिथि और समय</translation>
    </message>
    <message>
        <source>mask passport and other ID numbers, phone numbers, e-mail addresses, addresses and dates of birth; restricted entries show only their date</source>
        <translation>पासपोर्ट और अन्य पहचान संख्याएँ, फ़ोन नंबर, ई-मेल पते, पते और जन्म तिथियाँ छिपाएँ; प्रतिबंधित प्रविष्टियाँ केवल अपनी तिथि दिखाती हैं</translation>
    </message>
    <message>
        <source>also mask the names of the case&apos;s people and their families, native script included (implies --redact)</source>
        <translation>मामले के व्यक्तियों और उनके परिवारों के नाम भी छिपाएँ, मूल लिपि सहित (--redact भी लागू होता है)</translation>
    </message>
    <message>
        <source>include restricted contacts and milestones (for the case team only)</source>
        <translation>प्रतिबंधित संपर्क और महत्वपूर्ण घटनाएँ शामिल करें (केवल मामले की टीम के लिए)</translation>
    </message>
    <message>
        <source>mark every page DRAFT</source>
        <translation>हर पृष्ठ पर «मसौदा» अंकित करें</translation>
    </message>
    <message>
        <source>US Letter paper instead of A4</source>
        <translation>A4 के बजाय US Letter कागज़</translation>
    </message>
    <message>
        <source>the language the brief is written in: {choices} (default: the language of the messages)</source>
        <translation>सारांश जिस भाषा में लिखा जाए: {choices} (डिफ़ॉल्ट: संदेशों की भाषा)</translation>
    </message>
    <message>
        <source>generate brief ID again (see --list), e.g. with other options: same period, recorded as replacing it</source>
        <translation>सारांश ID फिर से बनाएँ (--list देखें), जैसे अन्य विकल्पों के साथ: वही अवधि, उसके स्थान पर दर्ज</translation>
    </message>
    <message>
        <source>list the briefs issued for the case instead</source>
        <translation>इसके बजाय मामले के लिए जारी सारांशों की सूची दिखाएँ</translation>
    </message>
    <message>
        <source>with --list or verify, print JSON</source>
        <translation>--list या verify के साथ, JSON छापें</translation>
    </message>
    <message>
        <source>Unexpected &apos;{file}&apos;: write the PDF to create with -o FILE.pdf.</source>
        <translation>&apos;{file}&apos; अपेक्षित नहीं था: बनाई जाने वाली PDF -o FILE.pdf से बताएँ।</translation>
    </message>
    <message>
        <source>Say where to write the brief: -o FILE.pdf (or use --list to see the briefs issued).</source>
        <translation>बताएँ कि सारांश कहाँ लिखा जाए: -o FILE.pdf (या जारी सारांश देखने के लिए --list का उपयोग करें)।</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>गोपनीय अंश हटाए गए</translation>
    </message>
    <message>
        <source>names masked</source>
        <translation>नाम छिपाए गए</translation>
    </message>
    <message>
        <source>includes restricted</source>
        <translation>प्रतिबंधित सहित</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>{pages}, {size}; content SHA-256 {hash}</source>
        <translation>{pages}, {size}; सामग्री SHA-256 {hash}</translation>
    </message>
    <message>
        <source>brief #{id}; file SHA-256 {hash}; audit chain head {head}</source>
        <translation>सारांश #{id}; फ़ाइल SHA-256 {hash}; ऑडिट शृंखला शीर्ष {head}</translation>
    </message>
    <message>
        <source>Say which file to check: consular brief verify FILE.pdf</source>
        <translation>बताएँ कि कौन-सी फ़ाइल जाँचनी है: consular brief verify FILE.pdf</translation>
    </message>
    <message>
        <source>  case:      {case}</source>
        <translation>  मामला:     {case}</translation>
    </message>
    <message>
        <source>  period:    {period} UTC</source>
        <translation>  अवधि:      {period} UTC</translation>
    </message>
    <message>
        <source>  issued:    {when} UTC by {name}</source>
        <translation>  जारी:      {when} UTC, {name} द्वारा</translation>
    </message>
    <message>
        <source>  options:   {options}; {pages}; content SHA-256 {hash}</source>
        <translation>  विकल्प:    {options}; {pages}; सामग्री SHA-256 {hash}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>  file SHA-256 {hash}</source>
        <translation>  फ़ाइल SHA-256 {hash}</translation>
    </message>
    <message>
        <source>No briefs issued for {reference}.</source>
        <translation>{reference} के लिए कोई सारांश जारी नहीं हुआ।</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>प्रतिबंधित सहित</translation>
    </message>
    <message>
        <source>replaces #{id}</source>
        <translation>#{id} का स्थान लेता है</translation>
    </message>
    <message>
        <source>NOT DELIVERED</source>
        <translation>नहीं पहुँचा</translation>
    </message>
    <message>
        <source>id</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>by</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>period (UTC)</source>
        <translation>अवधि (UTC)</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>हैश</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
</context>
<context>
    <name>cli.cmd_cases</name>
    <message>
        <source>list cases or show one case</source>
        <translation>मामलों की सूची देखें या एक मामला दिखाएँ</translation>
    </message>
    <message>
        <source>List cases, or show everything recorded on one case.</source>
        <translation>मामलों की सूची देखें, या किसी एक मामले पर दर्ज सब कुछ दिखाएँ।</translation>
    </message>
    <message>
        <source>list cases (newest incident first)</source>
        <translation>मामलों की सूची (नवीनतम घटना पहले)</translation>
    </message>
    <message>
        <source>List cases, newest incident first. Filters may be repeated or comma-separated (--status open,active).</source>
        <translation>मामलों की सूची, नवीनतम घटना पहले। फ़िल्टर दोहराए जा सकते हैं या अल्पविराम से अलग किए जा सकते हैं (--status open,active)।</translation>
    </message>
    <message>
        <source>only cases with this status ({values})</source>
        <translation>केवल इस स्थिति वाले मामले ({values})</translation>
    </message>
    <message>
        <source>only cases of this kind ({values})</source>
        <translation>केवल इस प्रकार के मामले ({values})</translation>
    </message>
    <message>
        <source>only cases of this post (e.g. BAM)</source>
        <translation>केवल इस मिशन के मामले (जैसे BAM)</translation>
    </message>
    <message>
        <source>sort by one of: {values} (default incident_at, or the saved filter&apos;s)</source>
        <translation>इनमें से किसी एक के अनुसार क्रमबद्ध करें: {values} (डिफ़ॉल्ट incident_at, या सहेजे गए फ़िल्टर का)</translation>
    </message>
    <message>
        <source>apply a saved filter (yours, or one shared with a post; &apos;consular filters list&apos;); --status, --kind and --post given as well replace its values</source>
        <translation>सहेजा गया फ़िल्टर लागू करें (आपका, या किसी मिशन के साथ साझा किया गया; &apos;consular filters list&apos;); साथ में दिए गए --status, --kind और --post उसके मान बदल देते हैं</translation>
    </message>
    <message>
        <source>write the list to FILE (.csv or .xlsx) instead of printing it: an audited export that carries the audit chain head</source>
        <translation>सूची दिखाने के बजाय FILE (.csv या .xlsx) में लिखें: एक ऑडिट किया गया निर्यात जिस पर ऑडिट श्रृंखला का शीर्ष होता है</translation>
    </message>
    <message>
        <source>sort ascending instead of descending</source>
        <translation>घटते क्रम के बजाय बढ़ते क्रम में लगाएँ</translation>
    </message>
    <message>
        <source>at most N cases (default: all)</source>
        <translation>अधिकतम N मामले (डिफ़ॉल्ट: सभी)</translation>
    </message>
    <message>
        <source>print a JSON array (reference, title, kind, status, country, place, incident_at, hostages_held, hostages_total, last_contact_at, ...)</source>
        <translation>JSON सरणी दिखाएँ (reference, title, kind, status, country, place, incident_at, hostages_held, hostages_total, last_contact_at, ...)</translation>
    </message>
    <message>
        <source>show one case with its people, next of kin, milestones and tasks</source>
        <translation>एक मामला उसके व्यक्तियों, परिजनों, महत्वपूर्ण घटनाओं और कार्यों के साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Show one case: its facts, people (with identifiers and roles), next of kin and contact plans, milestones, tasks and the number of contacts.</source>
        <translation>एक मामला दिखाएँ: उसके तथ्य, व्यक्ति (पहचान और भूमिकाओं सहित), परिजन और संपर्क योजनाएँ, महत्वपूर्ण घटनाएँ, कार्य और संपर्कों की संख्या।</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>JSON ऑब्जेक्ट दिखाएँ</translation>
    </message>
    <message>
        <source>show a case&apos;s team, or add or remove a member (supervisors)</source>
        <translation>किसी मामले की टीम दिखाएँ, या सदस्य जोड़ें या हटाएँ (पर्यवेक्षक)</translation>
    </message>
    <message>
        <source>Show the case&apos;s team (lead, supervisor, members), who may read its restricted content; with &apos;add USER&apos; or &apos;remove USER&apos;, change its members (supervisors and administrators).</source>
        <translation>मामले की टीम दिखाएँ (मुख्य अधिकारी, पर्यवेक्षक, सदस्य), जो उसकी प्रतिबंधित सामग्री पढ़ सकते हैं; &apos;add USER&apos; या &apos;remove USER&apos; के साथ उसके सदस्य बदलें (पर्यवेक्षक और प्रशासक)।</translation>
    </message>
    <message>
        <source>add or remove USER</source>
        <translation>USER को जोड़ें या हटाएँ</translation>
    </message>
    <message>
        <source>user name, e.g. k.reddy</source>
        <translation>उपयोगकर्ता नाम, जैसे k.reddy</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>JSON सरणी दिखाएँ</translation>
    </message>
    <message>
        <source>saved filter &apos;{name}&apos;</source>
        <translation>सहेजा गया फ़िल्टर &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>consular: the saved filter names values no longer known, left out: {values}</source>
        <translation>consular: सहेजा गया फ़िल्टर ऐसे मानों का उल्लेख करता है जो अब ज्ञात नहीं हैं, छोड़े गए: {values}</translation>
    </message>
    <message>
        <source>search &apos;{text}&apos;</source>
        <translation>खोज &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>status {values}</source>
        <translation>स्थिति {values}</translation>
    </message>
    <message>
        <source>kind {values}</source>
        <translation>प्रकार {values}</translation>
    </message>
    <message>
        <source>post {values}</source>
        <translation>मिशन {values}</translation>
    </message>
    <message>
        <source>assigned to {user}</source>
        <translation>{user} को सौंपे गए</translation>
    </message>
    <message>
        <source>sorted by {key} descending</source>
        <translation>{key} के अनुसार घटते क्रम में</translation>
    </message>
    <message>
        <source>sorted by {key} ascending</source>
        <translation>{key} के अनुसार बढ़ते क्रम में</translation>
    </message>
    <message>
        <source>--limit must be 0 (all cases) or more; got {limit}.</source>
        <translation>--limit 0 (सभी मामले) या उससे अधिक होना चाहिए; मिला {limit}।</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>कोई मामला मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>बंधक</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Name the user to {change}: consular cases team {reference} {change} USER</source>
        <translation>{change} करने के लिए उपयोगकर्ता का नाम दें: consular cases team {reference} {change} USER</translation>
    </message>
    <message>
        <source>Say &apos;add&apos; or &apos;remove&apos; before the user name.</source>
        <translation>उपयोगकर्ता नाम से पहले &apos;add&apos; या &apos;remove&apos; लिखें।</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>अपनी लिपि में नाम</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <source>home state</source>
        <translation>गृह राज्य</translation>
    </message>
    <message>
        <source>home district</source>
        <translation>गृह ज़िला</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>नियोक्ता</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>medical needs</source>
        <translation>चिकित्सा ज़रूरतें</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source> (source: {source})</source>
        <translation> (स्रोत: {source})</translation>
    </message>
    <message>
        <source>{classification} · status {status} · {kind} · priority {priority}</source>
        <translation>{classification} · स्थिति {status} · {kind} · प्राथमिकता {priority}</translation>
    </message>
    <message>
        <source>Post: {code} — {name}</source>
        <translation>मिशन: {code} — {name}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>स्थान: {place}</translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation>ज़िम्मेदारी: {attribution}</translation>
    </message>
    <message>
        <source>Lead caseworker: {lead} · supervisor: {supervisor}</source>
        <translation>मुख्य मामला अधिकारी: {lead} · पर्यवेक्षक: {supervisor}</translation>
    </message>
    <message>
        <source>Contacts logged: {contacts} · last contact: {last} · documents: {documents} · version {version}</source>
        <translation>दर्ज संपर्क: {contacts} · अंतिम संपर्क: {last} · दस्तावेज़: {documents} · संस्करण {version}</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>परिस्थितियाँ:</translation>
    </message>
    <message>
        <source>Status history ({count}):</source>
        <translation>स्थिति का इतिहास ({count}):</translation>
    </message>
    <message>
        <source>{when}  {from_status} → {to_status}  by {who}: {reason}</source>
        <translation>{when}  {from_status} → {to_status}  {who} द्वारा: {reason}</translation>
    </message>
    <message>
        <source>People ({count}):</source>
        <translation>व्यक्ति ({count}):</translation>
    </message>
    <message>
        <source> (since {when})</source>
        <translation> ({when} से)</translation>
    </message>
    <message>
        <source>, proof of life restricted to the case team</source>
        <translation>, जीवित होने का प्रमाण केवल मामले की टीम के लिए</translation>
    </message>
    <message>
        <source>, last verified proof of life {when}</source>
        <translation>, अंतिम सत्यापित जीवित होने का प्रमाण {when}</translation>
    </message>
    <message>
        <source>, no verified proof of life</source>
        <translation>, जीवित होने का कोई सत्यापित प्रमाण नहीं</translation>
    </message>
    <message>
        <source> (last received {when}, not verified)</source>
        <translation> (अंतिम प्राप्त {when}, सत्यापित नहीं)</translation>
    </message>
    <message>
        <source>  [VOIDED by {who} on {when}: {reason}]</source>
        <translation>  [{who} द्वारा {when} को निरस्त: {reason}]</translation>
    </message>
    <message>
        <source>Next of kin ({count}):</source>
        <translation>परिजन ({count}):</translation>
    </message>
    <message>
        <source> — CONTACT OVERDUE</source>
        <translation> — संपर्क अतिदेय</translation>
    </message>
    <message>
        <source>{name} ({relationship} of {hostage}) — {plan}{overdue}</source>
        <translation>{name} ({hostage} के {relationship}) — {plan}{overdue}</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation>पसंदीदा माध्यम</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>may be told</source>
        <translation>क्या बताया जा सकता है</translation>
    </message>
    <message>
        <source>Milestones ({count}):</source>
        <translation>महत्वपूर्ण घटनाएँ ({count}):</translation>
    </message>
    <message>
        <source> [RESTRICTED]</source>
        <translation> [प्रतिबंधित]</translation>
    </message>
    <message>
        <source>Tasks ({count}):</source>
        <translation>कार्य ({count}):</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> अतिदेय</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>कोई नियत तिथि नहीं</translation>
    </message>
    <message>
        <source>[{status}] due {due}  {title} — {assignee}</source>
        <translation>[{status}] नियत तिथि {due}  {title} — {assignee}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>किसी को नहीं सौंपा गया</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to {out}.</source>
        <translation>
            <numerusform>%Ln मामला {out} में लिखा गया।</numerusform>
            <numerusform>%Ln मामले {out} में लिखे गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incident: {when} ({timezone}), %n day(s) ago</source>
        <translation>
            <numerusform>घटना: {when} ({timezone}), %n दिन पहले</numerusform>
            <numerusform>घटना: {when} ({timezone}), %n दिन पहले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — PROOF OF LIFE OVERDUE (over %n day(s))</source>
        <translation>
            <numerusform> — जीवित होने का प्रमाण अतिदेय (%n दिन से अधिक)</numerusform>
            <numerusform> — जीवित होने का प्रमाण अतिदेय (%n दिन से अधिक)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform> — चिकित्सा ज़रूरतें, %n दिन से अधिक समय से कोई कल्याण रिपोर्ट नहीं</numerusform>
            <numerusform> — चिकित्सा ज़रूरतें, %n दिन से अधिक समय से कोई कल्याण रिपोर्ट नहीं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_contacts</name>
    <message>
        <source>log a contact on a case or list its contacts</source>
        <translation>किसी मामले पर संपर्क दर्ज करें या उसके संपर्कों की सूची देखें</translation>
    </message>
    <message>
        <source>Work with a case&apos;s contact log.</source>
        <translation>किसी मामले के संपर्क लॉग पर काम करें।</translation>
    </message>
    <message>
        <source>log a call, meeting, e-mail, video call, letter or message</source>
        <translation>कॉल, बैठक, ई-मेल, वीडियो कॉल, पत्र या संदेश दर्ज करें</translation>
    </message>
    <message>
        <source>Log one contact on case REF. Each --with NAME is matched against the case&apos;s counterparts (exact name, else a unique part of a name), then against every counterpart: one with exactly that name is used. Otherwise the close matches (spelt alike: Mohanty/Mohanti) are listed with their ids and nothing is logged: pick one with --with-id ID, or add --new-counterpart to create the name as a new counterpart of category &apos;other&apos; (the command says so on stderr). Prints the new entry&apos;s id.</source>
        <translation>मामले REF पर एक संपर्क दर्ज करें। हर --with NAME का मिलान पहले मामले के वार्ताकारों से होता है (सटीक नाम, अन्यथा किसी नाम का अद्वितीय अंश), फिर सभी वार्ताकारों से: ठीक इसी नाम वाला वार्ताकार लिया जाता है। अन्यथा मिलते-जुलते नाम (समान वर्तनी: Mohanty/Mohanti) उनकी आईडी के साथ सूचीबद्ध होते हैं और कुछ दर्ज नहीं होता: --with-id ID से एक चुनें, या नाम को &apos;other&apos; श्रेणी के नए वार्ताकार के रूप में बनाने के लिए --new-counterpart जोड़ें (कमांड stderr पर यह बताती है)। नई प्रविष्टि की आईडी दिखाता है।</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001</translation>
    </message>
    <message>
        <source>when, ISO 8601 (2025-07-03T14:30+00:00; without an offset, the case&apos;s local time)</source>
        <translation>कब, ISO 8601 में (2025-07-03T14:30+00:00; ऑफ़सेट के बिना, मामले का स्थानीय समय)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>इनमें से एक: {values}</translation>
    </message>
    <message>
        <source>counterpart spoken with (repeat for several)</source>
        <translation>वह वार्ताकार जिससे बात हुई (कई के लिए दोहराएँ)</translation>
    </message>
    <message>
        <source>counterpart spoken with, by id (as listed when a name has close matches)</source>
        <translation>वह वार्ताकार जिससे बात हुई, आईडी द्वारा (जैसा किसी नाम के मिलते-जुलते नाम होने पर सूचीबद्ध होता है)</translation>
    </message>
    <message>
        <source>create each --with NAME that matches no counterpart exactly as a new counterpart</source>
        <translation>हर वह --with NAME जो किसी वार्ताकार से ठीक मेल नहीं खाता, नए वार्ताकार के रूप में बनाएँ</translation>
    </message>
    <message>
        <source>one-line subject</source>
        <translation>एक पंक्ति का विषय</translation>
    </message>
    <message>
        <source>full notes</source>
        <translation>पूरे नोट्स</translation>
    </message>
    <message>
        <source>outcome / what was agreed</source>
        <translation>परिणाम / क्या तय हुआ</translation>
    </message>
    <message>
        <source>one of: {values} (default outgoing)</source>
        <translation>इनमें से एक: {values} (डिफ़ॉल्ट outgoing)</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>अवधि मिनटों में</translation>
    </message>
    <message>
        <source>mark RESTRICTED: kept out of family-facing and redacted outputs</source>
        <translation>प्रतिबंधित चिह्नित करें: परिवार के लिए बनी और गोपनीय अंश हटाई गई सामग्री से बाहर रखा जाता है</translation>
    </message>
    <message>
        <source>mark that a follow-up is needed</source>
        <translation>चिह्नित करें कि आगे कार्रवाई आवश्यक है</translation>
    </message>
    <message>
        <source>print the new entry as JSON instead of its id</source>
        <translation>नई प्रविष्टि की आईडी के बजाय उसे JSON में दिखाएँ</translation>
    </message>
    <message>
        <source>list a case&apos;s contacts, newest first, with their ids</source>
        <translation>किसी मामले के संपर्कों की सूची, नवीनतम पहले, उनकी आईडी सहित</translation>
    </message>
    <message>
        <source>List the contacts of case REF, newest first. Voided entries are left out unless --include-voided is given; then they are marked VOIDED with who voided them and why.</source>
        <translation>मामले REF के संपर्कों की सूची, नवीनतम पहले। निरस्त प्रविष्टियाँ छोड़ दी जाती हैं जब तक --include-voided न दिया जाए; तब वे VOIDED चिह्नित होती हैं, साथ में किसने और क्यों निरस्त किया।</translation>
    </message>
    <message>
        <source>also list voided entries, marked</source>
        <translation>निरस्त प्रविष्टियाँ भी चिह्नित करके दिखाएँ</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>JSON सरणी दिखाएँ</translation>
    </message>
    <message>
        <source>Say who the contact was with: --with NAME or --with-id ID.</source>
        <translation>बताएँ कि संपर्क किससे हुआ: --with NAME या --with-id ID।</translation>
    </message>
    <message>
        <source>{at} is in the future; check the date and time zone.</source>
        <translation>{at} भविष्य में है; दिनांक और समय क्षेत्र जाँचें।</translation>
    </message>
    <message>
        <source>consular: &apos;{name}&apos; is counterpart #{id} (of {value}); linked to {reference}.</source>
        <translation>consular: &apos;{name}&apos; वार्ताकार #{id} है ({value} का); {reference} से जोड़ा गया।</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>कोई मामला नहीं</translation>
    </message>
    <message>
        <source>consular: no counterpart is called &apos;{name}&apos;; added it as a new counterpart (#{id}, category other).</source>
        <translation>consular: &apos;{name}&apos; नाम का कोई वार्ताकार नहीं है; इसे नए वार्ताकार के रूप में जोड़ा गया (#{id}, श्रेणी other)।</translation>
    </message>
    <message>
        <source>Logged contact #{id} on {case_reference} at {local} with {counterpart_names}.</source>
        <translation>संपर्क #{id} {case_reference} पर {local} को {counterpart_names} के साथ दर्ज किया गया।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches several counterparts of {reference}: {listed}</source>
        <translation>&apos;{name}&apos; {reference} के कई वार्ताकारों से मेल खाता है: {listed}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a counterpart of {reference}; close matches: {listed}</source>
        <translation>&apos;{name}&apos; {reference} का वार्ताकार नहीं है; मिलते-जुलते नाम: {listed}</translation>
    </message>
    <message>
        <source>no counterpart is called &apos;{name}&apos; or anything like it</source>
        <translation>&apos;{name}&apos; या उससे मिलते-जुलते नाम का कोई वार्ताकार नहीं है</translation>
    </message>
    <message>
        <source>{problems}. Give more of the name, use --with-id ID, or add --new-counterpart to create it. Nothing was logged.</source>
        <translation>{problems}। नाम का अधिक भाग दें, --with-id ID का उपयोग करें, या इसे बनाने के लिए --new-counterpart जोड़ें। कुछ दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>No contacts logged.</source>
        <translation>कोई संपर्क दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>VOIDED by {who}: {reason}</source>
        <translation>{who} द्वारा निरस्त: {reason}</translation>
    </message>
    <message>
        <source> [NOT VETTED: intermediary]</source>
        <translation> [असत्यापित: मध्यस्थ]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>WITH</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>निरस्त</translation>
    </message>
</context>
<context>
    <name>cli.cmd_db</name>
    <message>
        <source>create or upgrade the database schema, or show its revision</source>
        <translation>डेटाबेस स्कीमा बनाएँ या अपग्रेड करें, या उसका संशोधन दिखाएँ</translation>
    </message>
    <message>
        <source>Manage the database schema.</source>
        <translation>डेटाबेस स्कीमा प्रबंधित करें।</translation>
    </message>
    <message>
        <source>create a database with its first administrator</source>
        <translation>पहले प्रशासक के साथ एक डेटाबेस बनाएँ</translation>
    </message>
    <message>
        <source>Create the database (or bring its schema up to date) and appoint its first administrator, who then adds the other accounts with &apos;consular users add&apos;. The password is asked twice on the terminal, or read from --password-file. Refused if the database already has an administrator.</source>
        <translation>डेटाबेस बनाएँ (या उसकी स्कीमा अद्यतन करें) और उसका पहला प्रशासक नियुक्त करें, जो फिर &apos;consular users add&apos; से अन्य खाते जोड़ता है। पासवर्ड टर्मिनल पर दो बार पूछा जाता है, या --password-file से पढ़ा जाता है। यदि डेटाबेस में पहले से प्रशासक है तो अस्वीकार किया जाता है।</translation>
    </message>
    <message>
        <source>user name of the first administrator</source>
        <translation>पहले प्रशासक का उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>the administrator&apos;s full name (default: NAME)</source>
        <translation>प्रशासक का पूरा नाम (डिफ़ॉल्ट: NAME)</translation>
    </message>
    <message>
        <source>the administrator&apos;s e-mail</source>
        <translation>प्रशासक का ई-मेल</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>मिशन</translation>
    </message>
    <message>
        <source>The post this database serves, created with the administrator. Its name is what the sign-in window shows before anyone signs in (an encrypted file keeps it, in the clear, in FILE.keys).</source>
        <translation>वह मिशन जिसके लिए यह डेटाबेस है, प्रशासक के साथ बनाया जाता है। इसका नाम वही है जो साइन इन विंडो किसी के साइन इन करने से पहले दिखाती है (एन्क्रिप्टेड फ़ाइल इसे FILE.keys में बिना एन्क्रिप्शन के रखती है)।</translation>
    </message>
    <message>
        <source>the post&apos;s code, e.g. BAM (then the four below are needed)</source>
        <translation>मिशन का कोड, जैसे BAM (तब नीचे के चारों आवश्यक हैं)</translation>
    </message>
    <message>
        <source>its name as on briefs, e.g. &quot;Embassy of India, Bamako&quot;</source>
        <translation>स्थिति सारांशों पर दिखने वाला उसका नाम, जैसे &quot;भारत का दूतावास, बामाको&quot;</translation>
    </message>
    <message>
        <source>embassy (default), high_commission, consulate, ...</source>
        <translation>embassy (डिफ़ॉल्ट), high_commission, consulate, ...</translation>
    </message>
    <message>
        <source>its country, ISO 3166 code, e.g. ML</source>
        <translation>उसका देश, ISO 3166 कोड, जैसे ML</translation>
    </message>
    <message>
        <source>its city, e.g. Bamako</source>
        <translation>उसका शहर, जैसे Bamako</translation>
    </message>
    <message>
        <source>its IANA time zone, e.g. Africa/Bamako</source>
        <translation>उसका IANA समय क्षेत्र, जैसे Africa/Bamako</translation>
    </message>
    <message>
        <source>create the database or bring it to the latest schema</source>
        <translation>डेटाबेस बनाएँ या उसे नवीनतम स्कीमा पर लाएँ</translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to the latest schema. A SQLite file at an older schema is copied aside first; the copy&apos;s name is printed.</source>
        <translation>डेटाबेस बनाएँ, या उसे नवीनतम स्कीमा पर अपग्रेड करें। पुरानी स्कीमा वाली SQLite फ़ाइल की पहले एक प्रति अलग रखी जाती है; प्रति का नाम दिखाया जाता है।</translation>
    </message>
    <message>
        <source>print the schema revision the database is at</source>
        <translation>डेटाबेस किस स्कीमा संशोधन पर है, यह दिखाएँ</translation>
    </message>
    <message>
        <source>Print the database&apos;s schema revision, the newest revision this consular knows (head), and what that means.</source>
        <translation>डेटाबेस का स्कीमा संशोधन, इस consular को ज्ञात नवीनतम संशोधन (head), और उसका अर्थ दिखाएँ।</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>JSON ऑब्जेक्ट दिखाएँ</translation>
    </message>
    <message>
        <source>{target} already has an administrator; they add accounts with &apos;consular users add&apos;.</source>
        <translation>{target} में पहले से एक प्रशासक है; वे &apos;consular users add&apos; से खाते जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Upgraded the schema; the database as it was is kept in {backup}</source>
        <translation>स्कीमा अपग्रेड हो गई; डेटाबेस जैसा था वैसा {backup} में रखा गया है</translation>
    </message>
    <message>
        <source>{target} is ready; its administrator is {username}.</source>
        <translation>{target} तैयार है; इसके प्रशासक {username} हैं।</translation>
    </message>
    <message>
        <source>It serves {name} ({code}).</source>
        <translation>यह {name} ({code}) के लिए है।</translation>
    </message>
    <message>
        <source>Sign in with: consular --user {username} ...  (then: consular users add NAME --role ROLE)</source>
        <translation>इससे साइन इन करें: consular --user {username} ...  (फिर: consular users add NAME --role ROLE)</translation>
    </message>
    <message>
        <source>--post {post} also needs {values}.</source>
        <translation>--post {post} के लिए {values} भी आवश्यक हैं।</translation>
    </message>
    <message>
        <source>{where} is already at the latest schema ({head}); nothing to do.</source>
        <translation>{where} पहले से नवीनतम स्कीमा ({head}) पर है; कुछ करने की आवश्यकता नहीं।</translation>
    </message>
    <message>
        <source>Created the consular schema ({head}) in {where}.</source>
        <translation>{where} में consular स्कीमा ({head}) बनाई गई।</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {revision} to {head}.</source>
        <translation>{where} को स्कीमा {revision} से {head} पर अपग्रेड किया गया।</translation>
    </message>
    <message>
        <source>The database as it was is kept in {backup}</source>
        <translation>डेटाबेस जैसा था वैसा {backup} में रखा गया है</translation>
    </message>
    <message>
        <source>database: {target}</source>
        <translation>डेटाबेस: {target}</translation>
    </message>
    <message>
        <source>revision: {value}</source>
        <translation>संशोधन: {value}</translation>
    </message>
    <message>
        <source>head:     {head}</source>
        <translation>head:     {head}</translation>
    </message>
    <message>
        <source>state:    {state} ({meaning})</source>
        <translation>स्थिति:    {state} ({meaning})</translation>
    </message>
    <message>
        <source>encrypt a plaintext SQLite database in place (SQLCipher)</source>
        <translation>एक अनएन्क्रिप्टेड SQLite डेटाबेस को उसी स्थान पर एन्क्रिप्ट करें (SQLCipher)</translation>
    </message>
    <message>
        <source>Convert the plaintext database to SQLCipher. The plaintext file is removed only after the encrypted copy verifies. You (--user) get the first key slot, with your password; a recovery key is printed once: print it and lock it away. Other accounts unlock again once their password is set anew. Nobody else may have the database open.</source>
        <translation>अनएन्क्रिप्टेड डेटाबेस को SQLCipher में बदलें। अनएन्क्रिप्टेड फ़ाइल तभी हटाई जाती है जब एन्क्रिप्टेड प्रति सत्यापित हो जाए। आपको (--user) आपके पासवर्ड के साथ पहला कुंजी स्लॉट मिलता है; एक रिकवरी कुंजी केवल एक बार दिखाई जाती है: उसे प्रिंट करें और सुरक्षित रख दें। अन्य खाते अपना पासवर्ड दोबारा सेट होने पर फिर से अनलॉक कर पाते हैं। किसी और ने डेटाबेस खोला हुआ नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>replace the database&apos;s encryption key</source>
        <translation>डेटाबेस की एन्क्रिप्शन कुंजी बदलें</translation>
    </message>
    <message>
        <source>Re-encrypt every page under a new random key, for when the key may have been copied (a disabled account, a lost laptop with a backup). Only your key slot is kept; the others get theirs again when their password is reset. A new recovery key is printed once. Nobody else may have it open.</source>
        <translation>हर पेज को एक नई यादृच्छिक कुंजी से फिर से एन्क्रिप्ट करें, जब कुंजी की प्रति बनाए जाने की आशंका हो (कोई निष्क्रिय खाता, बैकअप वाला खोया हुआ लैपटॉप)। केवल आपका कुंजी स्लॉट रखा जाता है; अन्य को उनका स्लॉट पासवर्ड रीसेट होने पर फिर मिलता है। एक नई रिकवरी कुंजी केवल एक बार दिखाई जाती है। किसी और ने इसे खोला हुआ नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>copy the database, while others keep working</source>
        <translation>डेटाबेस की प्रति बनाएँ, जबकि अन्य लोग काम करते रहें</translation>
    </message>
    <message>
        <source>Copy the database with SQLite&apos;s online backup: others may keep writing. The copy is encrypted like its source and its key file (FILE.keys) is written beside it.</source>
        <translation>SQLite के ऑनलाइन बैकअप से डेटाबेस की प्रति बनाएँ: अन्य लोग लिखना जारी रख सकते हैं। प्रति अपने स्रोत की तरह एन्क्रिप्टेड होती है और उसकी कुंजी फ़ाइल (FILE.keys) उसके साथ लिखी जाती है।</translation>
    </message>
    <message>
        <source>the new backup file (default: DB.&lt;time&gt;.bak beside it)</source>
        <translation>नई बैकअप फ़ाइल (डिफ़ॉल्ट: उसके साथ DB.&lt;time&gt;.bak)</translation>
    </message>
    <message>
        <source>put a backup back in place of the database, after verifying it (administrators)</source>
        <translation>सत्यापन के बाद डेटाबेस की जगह बैकअप वापस रखें (प्रशासक)</translation>
    </message>
    <message>
        <source>Verify FILE (every page, the schema, the audit chain) and put it and its key file in place of the database. The file it replaces is kept as DB.replaced-&lt;time&gt;. Nobody may have the database open. You sign in to the database as an administrator (to the backup, through its key file, when the database is missing or too damaged to open); an encrypted backup is opened with your password in its own key file, as it was when the backup was made. The restore is recorded in the restored database and starts a new fork of its audit history.</source>
        <translation>FILE का सत्यापन करें (हर पेज, स्कीमा, ऑडिट श्रृंखला) और उसे उसकी कुंजी फ़ाइल के साथ डेटाबेस की जगह रखें। जिस फ़ाइल की जगह यह लेता है वह DB.replaced-&lt;time&gt; के रूप में रखी जाती है। किसी ने डेटाबेस खोला हुआ नहीं होना चाहिए। आप प्रशासक के रूप में डेटाबेस में साइन इन करते हैं (डेटाबेस न होने या खोलने लायक न रहने पर, बैकअप में उसकी कुंजी फ़ाइल के माध्यम से); एन्क्रिप्टेड बैकअप उसकी अपनी कुंजी फ़ाइल में आपके पासवर्ड से खुलता है, जैसा वह बैकअप बनाते समय था। पुनर्स्थापना पुनर्स्थापित डेटाबेस में दर्ज होती है और उसके ऑडिट इतिहास की एक नई शाखा शुरू करती है।</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>पुनर्स्थापित करने वाला बैकअप</translation>
    </message>
    <message>
        <source>your password in the backup&apos;s key file, when it differs from today&apos;s (a file only you can read)</source>
        <translation>बैकअप की कुंजी फ़ाइल में आपका पासवर्ड, यदि वह आज के पासवर्ड से अलग है (ऐसी फ़ाइल जिसे केवल आप पढ़ सकें)</translation>
    </message>
    <message>
        <source>open the backup with its recovery key (printed at db init/rekey)</source>
        <translation>बैकअप को उसकी रिकवरी कुंजी से खोलें (db init/rekey के समय दिखाई गई)</translation>
    </message>
    <message>
        <source>check every page of the database</source>
        <translation>डेटाबेस का हर पेज जाँचें</translation>
    </message>
    <message>
        <source>Check every page&apos;s HMAC (encrypted files), SQLite&apos;s integrity and foreign keys, and the audit chain when available. Exits 1 when something is wrong.</source>
        <translation>हर पेज का HMAC (एन्क्रिप्टेड फ़ाइलें), SQLite की अखंडता और फ़ॉरेन कुंजियाँ, और उपलब्ध होने पर ऑडिट श्रृंखला जाँचें। कुछ गलत होने पर निकास कोड 1।</translation>
    </message>
    <message>
        <source>unlock with the recovery key and give an account a new key-slot password</source>
        <translation>रिकवरी कुंजी से अनलॉक करें और किसी खाते को नया कुंजी-स्लॉट पासवर्ड दें</translation>
    </message>
    <message>
        <source>With the recovery key printed at &apos;db init&apos; (or &apos;db encrypt&apos;, &apos;db rekey&apos;), give --user a key slot under a new password. Their account password is then reset by an administrator to the same.</source>
        <translation>&apos;db init&apos; (या &apos;db encrypt&apos;, &apos;db rekey&apos;) के समय दिखाई गई रिकवरी कुंजी से --user को नए पासवर्ड के साथ एक कुंजी स्लॉट दें। फिर कोई प्रशासक उसके खाते का पासवर्ड भी यही रीसेट करता है।</translation>
    </message>
    <message>
        <source>a file holding the recovery key</source>
        <translation>रिकवरी कुंजी वाली फ़ाइल</translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and lock it away, it unlocks the database if every password is lost):</source>
        <translation>रिकवरी कुंजी (केवल एक बार दिखाई जाती है; इसे प्रिंट करके सुरक्षित रख दें, सभी पासवर्ड खो जाने पर यह डेटाबेस अनलॉक करती है):</translation>
    </message>
    <message>
        <source>    {recovery}</source>
        <translation>    {recovery}</translation>
    </message>
    <message>
        <source>A server database is encrypted at rest by its server (ask for disk encryption).</source>
        <translation>सर्वर डेटाबेस को उसका सर्वर ही संग्रहीत अवस्था में एन्क्रिप्ट करता है (डिस्क एन्क्रिप्शन का अनुरोध करें)।</translation>
    </message>
    <message>
        <source>Only an administrator may encrypt the database.</source>
        <translation>केवल प्रशासक ही डेटाबेस एन्क्रिप्ट कर सकते हैं।</translation>
    </message>
    <message>
        <source>{path} is now encrypted (SQLCipher 4); its key slots are in {name}.keys.</source>
        <translation>{path} अब एन्क्रिप्टेड है (SQLCipher 4); इसके कुंजी स्लॉट {name}.keys में हैं।</translation>
    </message>
    <message>
        <source>{target} is not an encrypted file; &apos;consular db encrypt&apos; encrypts it.</source>
        <translation>{target} एन्क्रिप्टेड फ़ाइल नहीं है; &apos;consular db encrypt&apos; इसे एन्क्रिप्ट करता है।</translation>
    </message>
    <message>
        <source>{path} has a new key. Only {user}&apos;s key slot was kept: the others unlock once their password is reset.</source>
        <translation>{path} की नई कुंजी है। केवल {user} का कुंजी स्लॉट रखा गया: अन्य अपना पासवर्ड रीसेट होने पर अनलॉक कर पाएँगे।</translation>
    </message>
    <message>
        <source>Backed up {target} to {path} ({value:.1f} MB in {seconds:.1f} s).</source>
        <translation>{target} का बैकअप {path} में बनाया गया ({value:.1f} MB, {seconds:.1f} सेकंड में)।</translation>
    </message>
    <message>
        <source>SHA-256 {sha256}; audit chain head {head}.</source>
        <translation>SHA-256 {sha256}; ऑडिट श्रृंखला शीर्ष {head}।</translation>
    </message>
    <message>
        <source>Its key file is {keys}: keep the two together.</source>
        <translation>इसकी कुंजी फ़ाइल {keys} है: दोनों को साथ रखें।</translation>
    </message>
    <message>
        <source>Restore a server database with the server&apos;s own tools (pg_restore).</source>
        <translation>सर्वर डेटाबेस को सर्वर के अपने टूल (pg_restore) से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>There is no backup file &apos;{source}&apos;.</source>
        <translation>&apos;{source}&apos; नाम की कोई बैकअप फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>There is no file {recovery_file}.</source>
        <translation>{recovery_file} नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Verified {source} and restored it to {restored}.</source>
        <translation>{source} का सत्यापन करके उसे {restored} में पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <source>Audit trail: {audit}</source>
        <translation>ऑडिट रिकॉर्ड: {audit}</translation>
    </message>
    <message>
        <source>The restore is recorded in it; its audit history forks at entry #{forked_at} (fork {fork}): anchors printed before the restore beyond that entry are reported as rolled back, not as rewritten.</source>
        <translation>पुनर्स्थापना इसमें दर्ज है; इसका ऑडिट इतिहास प्रविष्टि #{forked_at} पर शाखा बदलता है (शाखा {fork}): पुनर्स्थापना से पहले छपे, उस प्रविष्टि के बाद के एंकर पुनर्लिखित नहीं, बल्कि वापस लिए गए के रूप में बताए जाते हैं।</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {replaced}</source>
        <translation>जिस डेटाबेस की जगह ली गई, वह {replaced} के रूप में रखा गया है</translation>
    </message>
    <message>
        <source>{target} cannot be opened to check that you are an administrator, and the plaintext backup has no key file to sign you in: copy the backup into place by hand.</source>
        <translation>{target} को यह जाँचने के लिए नहीं खोला जा सकता कि आप प्रशासक हैं, और अनएन्क्रिप्टेड बैकअप में आपको साइन इन कराने के लिए कोई कुंजी फ़ाइल नहीं है: बैकअप को स्वयं उसकी जगह कॉपी करें।</translation>
    </message>
    <message>
        <source>{target} cannot be opened to check that you are an administrator: sign in with your password in the backup&apos;s key file (--backup-password-file), not the recovery key.</source>
        <translation>{target} को यह जाँचने के लिए नहीं खोला जा सकता कि आप प्रशासक हैं: बैकअप की कुंजी फ़ाइल वाले अपने पासवर्ड से साइन इन करें (--backup-password-file), रिकवरी कुंजी से नहीं।</translation>
    </message>
    <message>
        <source>{target}: every page checks out ({seconds:.1f} s).</source>
        <translation>{target}: हर पेज सही है ({seconds:.1f} सेकंड)।</translation>
    </message>
    <message>
        <source>{target} is damaged or has been tampered with:</source>
        <translation>{target} क्षतिग्रस्त है या उसके साथ छेड़छाड़ हुई है:</translation>
    </message>
    <message>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <source>Latest backup: {latest}</source>
        <translation>नवीनतम बैकअप: {latest}</translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation>इसका कोई बैकअप नहीं मिला।</translation>
    </message>
    <message>
        <source>There is no file {key_file}.</source>
        <translation>{key_file} नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>{user} can unlock {target} with the new password; an administrator now sets the same account password.</source>
        <translation>{user} नए पासवर्ड से {target} अनलॉक कर सकते हैं; अब कोई प्रशासक खाते का भी यही पासवर्ड सेट करे।</translation>
    </message>
</context>
<context>
    <name>cli.cmd_demands</name>
    <message>
        <source>the demands register: every demand, its deadline and the response</source>
        <translation>मांगों का रजिस्टर: हर मांग, उसकी समय-सीमा और उत्तर</translation>
    </message>
    <message>
        <source>Every demand made by the captors or on their behalf: when, by whom, through which intermediary or channel, what (money with amount and currency, a prisoner release, a political demand), the hostage it names, the deadline and the response. Always restricted: only the case team (and supervisors) read it; others see that a demand exists and when. A demand through an intermediary not vetted at the time is flagged. Void one recorded by mistake with `consular void demand ID --reason …`.</source>
        <translation>अपहरणकर्ताओं द्वारा या उनकी ओर से की गई हर मांग: कब, किसने, किस मध्यस्थ या माध्यम से, क्या (राशि और मुद्रा सहित धन, किसी कैदी की रिहाई, कोई राजनीतिक मांग), जिस बंधक का नाम है, समय-सीमा और उत्तर। हमेशा प्रतिबंधित: केवल मामले की टीम (और पर्यवेक्षक) इसे पढ़ते हैं; अन्य केवल यह देखते हैं कि मांग मौजूद है और कब की गई। उस समय असत्यापित मध्यस्थ के माध्यम से आई मांग चिह्नित की जाती है। गलती से दर्ज मांग को `consular void demand ID --reason …` से निरस्त करें।</translation>
    </message>
    <message>
        <source>a case&apos;s demands, newest first</source>
        <translation>किसी मामले की मांगें, नवीनतम पहले</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>record a demand</source>
        <translation>एक मांग दर्ज करें</translation>
    </message>
    <message>
        <source>when it was received, in the case&apos;s zone</source>
        <translation>कब प्राप्त हुई, मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>who made it, as they present themselves</source>
        <translation>किसने की, जैसा वे अपना परिचय देते हैं</translation>
    </message>
    <message>
        <source>money demands: the amount, a whole number (500000)</source>
        <translation>धन की मांगें: राशि, एक पूर्ण संख्या (500000)</translation>
    </message>
    <message>
        <source>money demands: EUR, USD, XOF, INR …</source>
        <translation>धन की मांगें: EUR, USD, XOF, INR …</translation>
    </message>
    <message>
        <source>the intermediary it came through</source>
        <translation>वह मध्यस्थ जिसके माध्यम से यह आई</translation>
    </message>
    <message>
        <source>the hostage it names</source>
        <translation>जिस बंधक का इसमें नाम है</translation>
    </message>
    <message>
        <source>a linked contact</source>
        <translation>एक जुड़ा हुआ संपर्क</translation>
    </message>
    <message>
        <source>a linked document</source>
        <translation>एक जुड़ा हुआ दस्तावेज़</translation>
    </message>
    <message>
        <source>a threat to the family or a demand made on them: opens a &apos;tell the family&apos; item</source>
        <translation>परिवार को धमकी या परिवार से की गई मांग: &apos;परिवार को बताएँ&apos; मद खोलता है</translation>
    </message>
    <message>
        <source>record the response to a demand</source>
        <translation>किसी मांग का उत्तर दर्ज करें</translation>
    </message>
    <message>
        <source>what was answered, or to whom it was referred</source>
        <translation>क्या उत्तर दिया गया, या इसे किसे भेजा गया</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>कब (डिफ़ॉल्ट: अभी)</translation>
    </message>
    <message>
        <source>intermediaries&apos; vetting: under vetting, vetted, rejected, with the basis</source>
        <translation>मध्यस्थों का सत्यापन: सत्यापन जारी, सत्यापित, अस्वीकृत, आधार सहित</translation>
    </message>
    <message>
        <source>An intermediary&apos;s dated vetting history. Anyone may record &apos;under_vetting&apos;; only supervisors decide &apos;vetted&apos; or &apos;rejected&apos;. The basis is need-to-know (the teams of the cases the counterpart is linked to, and supervisors).</source>
        <translation>किसी मध्यस्थ के सत्यापन का दिनांकित इतिहास। कोई भी &apos;under_vetting&apos; दर्ज कर सकता है; &apos;vetted&apos; या &apos;rejected&apos; का निर्णय केवल पर्यवेक्षक करते हैं। आधार केवल जानने की आवश्यकता वालों के लिए है (उन मामलों की टीमें जिनसे वार्ताकार जुड़ा है, और पर्यवेक्षक)।</translation>
    </message>
    <message>
        <source>record a vetting decision</source>
        <translation>सत्यापन का निर्णय दर्ज करें</translation>
    </message>
    <message>
        <source>who did the vetting (e.g. the MFA crisis cell)</source>
        <translation>सत्यापन किसने किया (जैसे विदेश मंत्रालय का संकट प्रकोष्ठ)</translation>
    </message>
    <message>
        <source>when it was decided, with its UTC offset (default: now)</source>
        <translation>निर्णय कब हुआ, उसके UTC ऑफ़सेट सहित (डिफ़ॉल्ट: अभी)</translation>
    </message>
    <message>
        <source>a counterpart&apos;s vetting history</source>
        <translation>किसी वार्ताकार के सत्यापन का इतिहास</translation>
    </message>
    <message>
        <source>No demands recorded.</source>
        <translation>कोई मांग दर्ज नहीं है।</translation>
    </message>
    <message>
        <source> [{vetting} INTERMEDIARY]</source>
        <translation> [मध्यस्थ: {vetting}]</translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation> (निरस्त)</translation>
    </message>
    <message>
        <source>{response}; deadline {deadline}</source>
        <translation>{response}; समय-सीमा {deadline}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>किसने की</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Recorded demand #{id}: {what} — via an {vetting} intermediary.</source>
        <translation>मांग #{id} दर्ज की गई: {what} — {vetting} मध्यस्थ के माध्यम से।</translation>
    </message>
    <message>
        <source>Recorded demand #{id}: {what}.</source>
        <translation>मांग #{id} दर्ज की गई: {what}।</translation>
    </message>
    <message>
        <source>Demand #{id}: {value}.</source>
        <translation>मांग #{id}: {value}।</translation>
    </message>
    <message>
        <source>{counterpart_name}: {value} ({when}).</source>
        <translation>{counterpart_name}: {value} ({when})।</translation>
    </message>
    <message>
        <source>Never vetted: unvetted.</source>
        <translation>कभी सत्यापित नहीं: असत्यापित।</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>निर्णय की तिथि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>किसने दर्ज किया</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>किसने सत्यापित किया</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
</context>
<context>
    <name>cli.cmd_detention</name>
    <message>
        <source>a date (2025-07-14) or date and time (2025-07-14T10:30), in the case&apos;s zone</source>
        <translation>एक तिथि (2025-07-14) या दिनांक और समय (2025-07-14T10:30), मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>the detained national (needed only when the case has more than one national concerned)</source>
        <translation>हिरासत में लिया गया नागरिक (केवल तब आवश्यक जब मामले में एक से अधिक नागरिक हों)</translation>
    </message>
    <message>
        <source>only the case team may read it</source>
        <translation>केवल मामले की टीम इसे पढ़ सकती है</translation>
    </message>
    <message>
        <source>wrongful detention: authority, place, lawyer, charges, hearings, consular visits, notes verbales</source>
        <translation>अन्यायपूर्ण हिरासत: प्राधिकरण, स्थान, वकील, आरोप, सुनवाई, कांसुलर मुलाक़ातें, मौखिक नोट</translation>
    </message>
    <message>
        <source>The detention file of a wrongful-detention case (kind &apos;wrongful_detention&apos;): for each detained national the detaining authority, the place of detention (each change is a dated transfer) and the lawyer; the charges, the court hearings, the requests for consular visits (decision, the visit, findings, welfare observed) and the notes verbales (sent, answered). Overdue: a visit request without a decision after CONSULAR_VISIT_ANSWER_DAYS days (default 7), a note verbale unanswered after CONSULAR_NOTE_ANSWER_DAYS days (default 14), a hearing whose date passed without an outcome. Records marked restricted are read by the case team only. Void one recorded by mistake with `consular void charge|hearing|visit|note_verbale ID --reason …`.</source>
        <translation>अन्यायपूर्ण हिरासत वाले मामले (प्रकार &apos;wrongful_detention&apos;) की हिरासत फ़ाइल: हिरासत में लिए गए हर नागरिक के लिए हिरासत में रखने वाला प्राधिकरण, हिरासत का स्थान (हर बदलाव एक दिनांकित स्थानांतरण है) और वकील; आरोप, अदालती सुनवाई, कांसुलर मुलाक़ात के अनुरोध (निर्णय, मुलाक़ात, निष्कर्ष, देखी गई कुशलता) और मौखिक नोट (भेजे गए, उत्तर मिले)। अतिदेय: CONSULAR_VISIT_ANSWER_DAYS दिन (डिफ़ॉल्ट 7) बाद भी बिना निर्णय का मुलाक़ात अनुरोध, CONSULAR_NOTE_ANSWER_DAYS दिन (डिफ़ॉल्ट 14) बाद भी अनुत्तरित मौखिक नोट, ऐसी सुनवाई जिसकी तिथि बिना परिणाम के बीत गई। प्रतिबंधित चिह्नित रिकॉर्ड केवल मामले की टीम पढ़ती है। गलती से दर्ज रिकॉर्ड को `consular void charge|hearing|visit|note_verbale ID --reason …` से निरस्त करें।</translation>
    </message>
    <message>
        <source>a case&apos;s detention file (overdue items marked)</source>
        <translation>किसी मामले की हिरासत फ़ाइल (अतिदेय मदें चिह्नित)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>overdue visit requests, notes verbales and hearings of every active case</source>
        <translation>सभी सक्रिय मामलों के अतिदेय मुलाक़ात अनुरोध, मौखिक नोट और सुनवाई</translation>
    </message>
    <message>
        <source>set the detaining authority, the place (a new place is a transfer) and the lawyer</source>
        <translation>हिरासत में रखने वाला प्राधिकरण, स्थान (नया स्थान एक स्थानांतरण है) और वकील निर्धारित करें</translation>
    </message>
    <message>
        <source>who detains the national</source>
        <translation>नागरिक को कौन हिरासत में रखे हुए है</translation>
    </message>
    <message>
        <source>where the national is held; a new place is recorded as a transfer</source>
        <translation>नागरिक को कहाँ रखा गया है; नया स्थान स्थानांतरण के रूप में दर्ज होता है</translation>
    </message>
    <message>
        <source>since when they are at --place (default: now); {when_help}</source>
        <translation>वे कब से --place पर हैं (डिफ़ॉल्ट: अभी); {when_help}</translation>
    </message>
    <message>
        <source>the lawyer&apos;s name</source>
        <translation>वकील का नाम</translation>
    </message>
    <message>
        <source>the lawyer&apos;s firm</source>
        <translation>वकील की फ़र्म</translation>
    </message>
    <message>
        <source>the lawyer&apos;s phone, with its country code</source>
        <translation>वकील का फ़ोन, देश कोड सहित</translation>
    </message>
    <message>
        <source>when the lawyer was appointed; {when_help}</source>
        <translation>वकील कब नियुक्त हुआ; {when_help}</translation>
    </message>
    <message>
        <source>charges: add, or change one (its status)</source>
        <translation>आरोप: जोड़ें, या किसी एक को बदलें (उसकी स्थिति)</translation>
    </message>
    <message>
        <source>record a charge</source>
        <translation>एक आरोप दर्ज करें</translation>
    </message>
    <message>
        <source>the charge as filed</source>
        <translation>आरोप, जैसा दायर किया गया</translation>
    </message>
    <message>
        <source>when it was filed; {when_help}</source>
        <translation>कब दायर हुआ; {when_help}</translation>
    </message>
    <message>
        <source>when it took that status (needed unless pending)</source>
        <translation>यह स्थिति कब हुई (लंबित न हो तो आवश्यक)</translation>
    </message>
    <message>
        <source>a charge&apos;s new status (dropped, convicted, acquitted) and its date</source>
        <translation>किसी आरोप की नई स्थिति (वापस लिया गया, दोषसिद्ध, बरी) और उसकी तिथि</translation>
    </message>
    <message>
        <source>when; {when_help}</source>
        <translation>कब; {when_help}</translation>
    </message>
    <message>
        <source>court hearings: add, or record one&apos;s outcome</source>
        <translation>अदालती सुनवाई: जोड़ें, या किसी का परिणाम दर्ज करें</translation>
    </message>
    <message>
        <source>record a hearing (past or to come)</source>
        <translation>एक सुनवाई दर्ज करें (पिछली या आगामी)</translation>
    </message>
    <message>
        <source>the hearing&apos;s date; {when_help}</source>
        <translation>सुनवाई की तिथि; {when_help}</translation>
    </message>
    <message>
        <source>what was decided (once held)</source>
        <translation>क्या निर्णय हुआ (सुनवाई होने के बाद)</translation>
    </message>
    <message>
        <source>the next hearing&apos;s date</source>
        <translation>अगली सुनवाई की तिथि</translation>
    </message>
    <message>
        <source>record a hearing&apos;s outcome and the next date</source>
        <translation>किसी सुनवाई का परिणाम और अगली तिथि दर्ज करें</translation>
    </message>
    <message>
        <source>consular visits: request, decide, record the visit</source>
        <translation>कांसुलर मुलाक़ातें: अनुरोध, निर्णय, मुलाक़ात दर्ज करें</translation>
    </message>
    <message>
        <source>record a request for a consular visit</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध दर्ज करें</translation>
    </message>
    <message>
        <source>when it was requested; {when_help}</source>
        <translation>कब अनुरोध किया गया; {when_help}</translation>
    </message>
    <message>
        <source>the note verbale it went by</source>
        <translation>वह मौखिक नोट जिसके माध्यम से यह भेजा गया</translation>
    </message>
    <message>
        <source>record the decision on a request: granted, refused, no_answer (closed)</source>
        <translation>किसी अनुरोध पर निर्णय दर्ज करें: granted, refused, no_answer (बंद)</translation>
    </message>
    <message>
        <source>when it was decided; {when_help}</source>
        <translation>निर्णय कब हुआ; {when_help}</translation>
    </message>
    <message>
        <source>record the visit made on a granted request</source>
        <translation>स्वीकृत अनुरोध पर हुई मुलाक़ात दर्ज करें</translation>
    </message>
    <message>
        <source>when the visit took place; {when_help}</source>
        <translation>मुलाक़ात कब हुई; {when_help}</translation>
    </message>
    <message>
        <source>who visited</source>
        <translation>मुलाक़ात किसने की</translation>
    </message>
    <message>
        <source>the welfare observed</source>
        <translation>देखी गई कुशलता</translation>
    </message>
    <message>
        <source>mark the visit restricted (its findings are sensitive)</source>
        <translation>मुलाक़ात को प्रतिबंधित चिह्नित करें (इसके निष्कर्ष संवेदनशील हैं)</translation>
    </message>
    <message>
        <source>notes verbales: add, or record one&apos;s answer</source>
        <translation>मौखिक नोट: जोड़ें, या किसी का उत्तर दर्ज करें</translation>
    </message>
    <message>
        <source>record a note verbale sent</source>
        <translation>भेजा गया मौखिक नोट दर्ज करें</translation>
    </message>
    <message>
        <source>its reference number (NV/LFW/2025/114)</source>
        <translation>इसकी संदर्भ संख्या (NV/LFW/2025/114)</translation>
    </message>
    <message>
        <source>when it was sent; {when_help}</source>
        <translation>कब भेजा गया; {when_help}</translation>
    </message>
    <message>
        <source>to whom</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>record a note verbale&apos;s answer</source>
        <translation>किसी मौखिक नोट का उत्तर दर्ज करें</translation>
    </message>
    <message>
        <source>when it was answered; {when_help}</source>
        <translation>उत्तर कब मिला; {when_help}</translation>
    </message>
    <message>
        <source>what the answer said</source>
        <translation>उत्तर में क्या कहा गया</translation>
    </message>
    <message>
        <source>Detention file of {reference}</source>
        <translation>{reference} की हिरासत फ़ाइल</translation>
    </message>
    <message>
        <source>  No detention facts recorded (consular detention set …).</source>
        <translation>  हिरासत का कोई तथ्य दर्ज नहीं है (consular detention set …)।</translation>
    </message>
    <message>
        <source>
{person_name} (person #{person_id})</source>
        <translation>
{person_name} (व्यक्ति #{person_id})</translation>
    </message>
    <message>
        <source>  Authority: {value}</source>
        <translation>  प्राधिकरण:  {value}</translation>
    </message>
    <message>
        <source>  Place:     {value}</source>
        <translation>  स्थान:      {value}</translation>
    </message>
    <message>
        <source> since {day}</source>
        <translation> {day} से</translation>
    </message>
    <message>
        <source>             before: {place} from {day}</source>
        <translation>             पहले: {place}, {day} से</translation>
    </message>
    <message>
        <source>  Lawyer:    {value}</source>
        <translation>  वकील:       {value}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>  OVERDUE</source>
        <translation>  अतिदेय</translation>
    </message>
    <message>
        <source>
Consular visits</source>
        <translation>
कांसुलर मुलाक़ातें</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> {who} द्वारा</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोध की तिथि</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>मुलाक़ात</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>मौखिक नोट</translation>
    </message>
    <message>
        <source>Welfare observed</source>
        <translation>देखी गई कुशलता</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  कोई नहीं</translation>
    </message>
    <message>
        <source>
Notes verbales</source>
        <translation>
मौखिक नोट</translation>
    </message>
    <message>
        <source>{reference}: {subject} (to {to})</source>
        <translation>{reference}: {subject} ({to} को)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>
Hearings</source>
        <translation>
सुनवाई</translation>
    </message>
    <message>
        <source>NO OUTCOME RECORDED</source>
        <translation>कोई परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>आगामी</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>अदालत</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगली</translation>
    </message>
    <message>
        <source>
Charges</source>
        <translation>
आरोप</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>दायर</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>  none recorded</source>
        <translation>  कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>कुछ भी अतिदेय नहीं।</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>(the first {count}; there are more)</source>
        <translation>(पहले {count}; और भी हैं)</translation>
    </message>
    <message>
        <source>Detention of {person}: held by {authority} at {place}; lawyer: {lawyer}.</source>
        <translation>{person} की हिरासत: {authority} द्वारा {place} में रखा गया; वकील: {lawyer}।</translation>
    </message>
    <message>
        <source>Recorded charge #{id} against {person}: {status}.</source>
        <translation>{person} के विरुद्ध आरोप #{id} दर्ज किया गया: {status}।</translation>
    </message>
    <message>
        <source>Charge #{id}: {status} on {day}.</source>
        <translation>आरोप #{id}: {day} को {status}।</translation>
    </message>
    <message>
        <source>Charge #{id}: {status}.</source>
        <translation>आरोप #{id}: {status}।</translation>
    </message>
    <message>
        <source>Recorded hearing #{id} on {day} at {court}.</source>
        <translation>{day} को {court} में सुनवाई #{id} दर्ज की गई।</translation>
    </message>
    <message>
        <source>Hearing #{id}: outcome recorded; next hearing {day}.</source>
        <translation>सुनवाई #{id}: परिणाम दर्ज किया गया; अगली सुनवाई {day}।</translation>
    </message>
    <message>
        <source>Recorded consular visit request #{id} for {person} ({day}).</source>
        <translation>{person} के लिए कांसुलर मुलाक़ात अनुरोध #{id} दर्ज किया गया ({day})।</translation>
    </message>
    <message>
        <source>Consular visit request #{id}: {decision} on {day}.</source>
        <translation>कांसुलर मुलाक़ात अनुरोध #{id}: {day} को {decision}।</translation>
    </message>
    <message>
        <source>Consular visit #{id} of {day} recorded.</source>
        <translation>{day} की कांसुलर मुलाक़ात #{id} दर्ज की गई।</translation>
    </message>
    <message>
        <source>Recorded note verbale #{id} ({reference}), sent {day}.</source>
        <translation>मौखिक नोट #{id} ({reference}) दर्ज किया गया, {day} को भेजा गया।</translation>
    </message>
    <message>
        <source>Note verbale #{id} ({reference}): answered {day}.</source>
        <translation>मौखिक नोट #{id} ({reference}): {day} को उत्तर मिला।</translation>
    </message>
    <message numerus="yes">
        <source>, waiting %n day(s)</source>
        <translation>
            <numerusform>, %n दिन से प्रतीक्षा</numerusform>
            <numerusform>, %n दिन से प्रतीक्षा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unanswered, %n day(s)</source>
        <translation>
            <numerusform>अनुत्तरित, %n दिन</numerusform>
            <numerusform>अनुत्तरित, %n दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_escalations</name>
    <message>
        <source>your escalation queue as case supervisor: overdue family-contact plans and tasks</source>
        <translation>मामले के पर्यवेक्षक के रूप में आपकी एस्केलेशन कतार: अतिदेय परिवार-संपर्क योजनाएँ और कार्य</translation>
    </message>
    <message>
        <source>Family-contact plans and tasks of the cases you supervise that are overdue by more than CONSULAR_ESCALATE_AFTER_DAYS days (default 3), longest overdue first. Supervisors and administrators.</source>
        <translation>आपके पर्यवेक्षण वाले मामलों की वे परिवार-संपर्क योजनाएँ और कार्य जो CONSULAR_ESCALATE_AFTER_DAYS दिन (डिफ़ॉल्ट 3) से अधिक अतिदेय हैं, सबसे अधिक अतिदेय पहले। पर्यवेक्षक और प्रशासक।</translation>
    </message>
    <message>
        <source>print a JSON object (items, totals)</source>
        <translation>JSON ऑब्जेक्ट दिखाएँ (items, totals)</translation>
    </message>
    <message>
        <source>at most N of each kind (default 100)</source>
        <translation>हर प्रकार के अधिकतम N (डिफ़ॉल्ट 100)</translation>
    </message>
    <message>
        <source>Nothing overdue by more than {after_days} days on the cases {supervisor} supervises.</source>
        <translation>{supervisor} के पर्यवेक्षण वाले मामलों पर {after_days} दिन से अधिक अतिदेय कुछ नहीं है।</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source> ({count} more not listed; raise --limit)</source>
        <translation> ({count} और सूचीबद्ध नहीं; --limit बढ़ाएँ)</translation>
    </message>
    <message>
        <source>{total} overdue by more than {after_days} days: {family_total} family contact plans, {task_total} tasks{more}.</source>
        <translation>{total} मदें {after_days} दिन से अधिक अतिदेय: {family_total} परिवार-संपर्क योजनाएँ, {task_total} कार्य{more}।</translation>
    </message>
</context>
<context>
    <name>cli.cmd_export</name>
    <message>
        <source>export case data for others (timeline)</source>
        <translation>दूसरों के लिए मामले का डेटा निर्यात करें (समयरेखा)</translation>
    </message>
    <message>
        <source>Export case data to files for other departments, lawyers, the next shift or family liaison officers.</source>
        <translation>मामले का डेटा अन्य विभागों, वकीलों, अगली पाली या परिवार संपर्क अधिकारियों के लिए फ़ाइलों में निर्यात करें।</translation>
    </message>
    <message>
        <source>a case&apos;s chronology as CSV, JSON, iCalendar, PDF or XLSX</source>
        <translation>किसी मामले की समयरेखा CSV, JSON, iCalendar, PDF या XLSX में</translation>
    </message>
    <message>
        <source>Export the chronology of one case: the incident, status changes, hostage status changes, contacts, milestones, tasks created and completed, and documents added. Restricted entries show only their date and type (&quot;Restricted&quot;) unless --include-restricted is given by the case team. Every format carries the audit chain head (SEQ:HASH) the export was read at; check a copy with: consular audit verify --anchor SEQ:HASH.</source>
        <translation>किसी एक मामले की समयरेखा निर्यात करें: घटना, स्थिति में बदलाव, बंधकों की स्थिति में बदलाव, संपर्क, महत्वपूर्ण घटनाएँ, बनाए और पूरे किए गए कार्य, और जोड़े गए दस्तावेज़। प्रतिबंधित प्रविष्टियाँ केवल अपनी तिथि और प्रकार (&quot;Restricted&quot;) दिखाती हैं, जब तक मामले की टीम --include-restricted न दे। हर प्रारूप पर वह ऑडिट श्रृंखला शीर्ष (SEQ:HASH) होता है जिस पर निर्यात पढ़ा गया; किसी प्रति की जाँच करें: consular audit verify --anchor SEQ:HASH।</translation>
    </message>
    <message>
        <source>Dates are whole days in the case&apos;s time zone (--to includes its day); a date and time without an offset is read in the case&apos;s zone too. Example: consular export timeline BAM-2025-0001 --format pdf -o kayes.pdf --from 2025-07-01 --to 2025-07-15 --redact</source>
        <translation>तिथियाँ मामले के समय क्षेत्र में पूरे दिन हैं (--to उस दिन को शामिल करता है); बिना ऑफ़सेट वाला दिनांक और समय भी मामले के समय क्षेत्र में पढ़ा जाता है। उदाहरण: consular export timeline BAM-2025-0001 --format pdf -o kayes.pdf --from 2025-07-01 --to 2025-07-15 --redact</translation>
    </message>
    <message>
        <source>every {value} record as CSV in the import&apos;s columns</source>
        <translation>हर {value} रिकॉर्ड CSV में, आयात के कॉलम में</translation>
    </message>
    <message>
        <source>Write {kind} as CSV with exactly the column names `consular import {kind}` takes, so the file imports back as the same records. The first line is the marking and the audit chain head.</source>
        <translation>{kind} को CSV में ठीक उन्हीं कॉलम नामों के साथ लिखें जो `consular import {kind}` लेता है, ताकि फ़ाइल वापस उन्हीं रिकॉर्ड के रूप में आयात हो। पहली पंक्ति में चिह्न और ऑडिट श्रृंखला शीर्ष होता है।</translation>
    </message>
    <message>
        <source>file to write (replaced if it exists)</source>
        <translation>लिखी जाने वाली फ़ाइल (मौजूद हो तो बदल दी जाएगी)</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001</translation>
    </message>
    <message>
        <source>one of {values} (default: from the file name)</source>
        <translation>इनमें से एक: {values} (डिफ़ॉल्ट: फ़ाइल के नाम से)</translation>
    </message>
    <message>
        <source>first day (or date and time) to include</source>
        <translation>शामिल करने का पहला दिन (या दिनांक और समय)</translation>
    </message>
    <message>
        <source>last day to include</source>
        <translation>शामिल करने का अंतिम दिन</translation>
    </message>
    <message>
        <source>only these event types: {types}</source>
        <translation>केवल ये घटना प्रकार: {types}</translation>
    </message>
    <message>
        <source>only events involving these people or counterparts (part of a name is enough)</source>
        <translation>केवल इन व्यक्तियों या वार्ताकारों से जुड़ी घटनाएँ (नाम का अंश पर्याप्त है)</translation>
    </message>
    <message>
        <source>include restricted entries&apos; content (case team only; by default each is a dated placeholder)</source>
        <translation>प्रतिबंधित प्रविष्टियों की सामग्री शामिल करें (केवल मामले की टीम; डिफ़ॉल्ट रूप से हर एक दिनांकित स्थान-धारक है)</translation>
    </message>
    <message>
        <source>mask passport and ID numbers, phone numbers, e-mails and dates of birth; restricted entries are always placeholders</source>
        <translation>पासपोर्ट और पहचान संख्या, फ़ोन नंबर, ई-मेल और जन्मतिथि छिपाएँ; प्रतिबंधित प्रविष्टियाँ हमेशा स्थान-धारक होती हैं</translation>
    </message>
    <message>
        <source>also mask the names of the case&apos;s people and their families, native script included (implies --redact)</source>
        <translation>मामले के व्यक्तियों और उनके परिवारों के नाम भी छिपाएँ, मूल लिपि सहित (--redact अपने-आप लागू)</translation>
    </message>
    <message>
        <source>write the file even when no event matches (by default an empty export is refused, so it never replaces an earlier export with nothing)</source>
        <translation>कोई घटना मेल न खाए तब भी फ़ाइल लिखें (डिफ़ॉल्ट रूप से खाली निर्यात अस्वीकार होता है, ताकि वह किसी पिछले निर्यात को कभी खाली फ़ाइल से न बदले)</translation>
    </message>
    <message>
        <source>Writing… {percent:3d}%</source>
        <translation>लिखा जा रहा है… {percent:3d}%</translation>
    </message>
    <message>
        <source>Say which format to write with --format ({values}); &apos;{name}&apos; does not tell.</source>
        <translation>--format ({values}) से बताएँ कि कौन-सा प्रारूप लिखना है; &apos;{name}&apos; से यह पता नहीं चलता।</translation>
    </message>
    <message>
        <source>--redact always leaves restricted entries out; drop --include-restricted or --redact.</source>
        <translation>--redact प्रतिबंधित प्रविष्टियों को हमेशा बाहर रखता है; --include-restricted या --redact हटाएँ।</translation>
    </message>
    <message>
        <source>{message} (--types)</source>
        <translation>{message} (--types)</translation>
    </message>
    <message>
        <source>{message} ({option})</source>
        <translation>{message} ({option})</translation>
    </message>
    <message>
        <source>, redacted</source>
        <translation>, गोपनीय अंश हटाए गए</translation>
    </message>
    <message>
        <source>, names masked</source>
        <translation>, नाम छिपाए गए</translation>
    </message>
    <message>
        <source>Warning: no event matched; {output} holds an empty export (--allow-empty).</source>
        <translation>चेतावनी: कोई घटना मेल नहीं खाई; {output} में खाली निर्यात है (--allow-empty)।</translation>
    </message>
    <message>
        <source>Wrote {rows} {kind} to {path}</source>
        <translation>{rows} {kind} {path} में लिखे गए</translation>
    </message>
    <message>
        <source>; left out {left_out}</source>
        <translation>; छोड़े गए: {left_out}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</source>
        <translation>
            <numerusform>{reference} की %Ln घटना {output} में लिखी गई ({format}, {what}; ऑडिट श्रृंखला शीर्ष {chain_head})।</numerusform>
            <numerusform>{reference} की %Ln घटनाएँ {output} में लिखी गईं ({format}, {what}; ऑडिट श्रृंखला शीर्ष {chain_head})।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_family</name>
    <message>
        <source>the family update log, &apos;tell the family&apos; items and family liaison officers</source>
        <translation>परिवार को दी गई जानकारी का लॉग, &apos;परिवार को बताएँ&apos; मदें और परिवार संपर्क अधिकारी</translation>
    </message>
    <message>
        <source>What was told to which next of kin, when, by whom and how. A proof of life, a hostage status change, a public statement or a demand about the family opens a &apos;tell the family&apos; item, due CONSULAR_TELL_FAMILY_HOURS hours later (default 24); recording a family update for a next of kin closes their hostage&apos;s open items (or those named with --covers). Items and updates about restricted developments are for the case team only. Void an update logged by mistake with `consular void family_update ID --reason …`.</source>
        <translation>किस परिजन को क्या, कब, किसने और कैसे बताया गया। जीवित होने का प्रमाण, किसी बंधक की स्थिति में बदलाव, कोई सार्वजनिक वक्तव्य या परिवार से जुड़ी कोई मांग एक &apos;परिवार को बताएँ&apos; मद खोलती है, जो CONSULAR_TELL_FAMILY_HOURS घंटे (डिफ़ॉल्ट 24) बाद नियत होती है; किसी परिजन के लिए जानकारी दर्ज करने से उनके बंधक की खुली मदें (या --covers से बताई गई मदें) बंद हो जाती हैं। प्रतिबंधित घटनाक्रमों से जुड़ी मदें और जानकारी केवल मामले की टीम के लिए हैं। गलती से दर्ज जानकारी को `consular void family_update ID --reason …` से निरस्त करें।</translation>
    </message>
    <message>
        <source>a case&apos;s family updates, newest first</source>
        <translation>किसी मामले में परिवार को दी गई जानकारी, नवीनतम पहले</translation>
    </message>
    <message>
        <source>one next of kin&apos;s updates only</source>
        <translation>केवल एक परिजन को दी गई जानकारी</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>record what was told to a next of kin</source>
        <translation>किसी परिजन को जो बताया गया, वह दर्ज करें</translation>
    </message>
    <message>
        <source>the next of kin (name, part of it, or id)</source>
        <translation>परिजन (नाम, उसका अंश, या आईडी)</translation>
    </message>
    <message>
        <source>what was told</source>
        <translation>क्या बताया गया</translation>
    </message>
    <message>
        <source>when, in the case&apos;s zone (default: now)</source>
        <translation>कब, मामले के समय क्षेत्र में (डिफ़ॉल्ट: अभी)</translation>
    </message>
    <message>
        <source>who told them (default: you)</source>
        <translation>किसने बताया (डिफ़ॉल्ट: आप)</translation>
    </message>
    <message>
        <source>the &apos;tell the family&apos; items it covers (ids; default: every open item of the hostage; --covers with no id: none)</source>
        <translation>इससे पूरी होने वाली &apos;परिवार को बताएँ&apos; मदें (आईडी; डिफ़ॉल्ट: बंधक की हर खुली मद; बिना आईडी के --covers: कोई नहीं)</translation>
    </message>
    <message>
        <source>case team only (automatic for restricted items)</source>
        <translation>केवल मामले की टीम (प्रतिबंधित मदों के लिए स्वतः)</translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items, the earliest due first</source>
        <translation>खुली &apos;परिवार को बताएँ&apos; मदें, सबसे पहले नियत पहले</translation>
    </message>
    <message>
        <source>one case (default: every case)</source>
        <translation>एक मामला (डिफ़ॉल्ट: हर मामला)</translation>
    </message>
    <message>
        <source>with a CASE: the done items too</source>
        <translation>किसी CASE के साथ: पूरी हो चुकी मदें भी</translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item by hand, with a reason</source>
        <translation>किसी &apos;परिवार को बताएँ&apos; मद को कारण सहित स्वयं बंद करें</translation>
    </message>
    <message>
        <source>change a next of kin&apos;s family liaison officer, or list them</source>
        <translation>किसी परिजन का परिवार संपर्क अधिकारी बदलें, या उनकी सूची देखें</translation>
    </message>
    <message>
        <source>the next of kin (without --kin: list every officer)</source>
        <translation>परिजन (--kin के बिना: हर अधिकारी की सूची)</translation>
    </message>
    <message>
        <source>the new officer&apos;s username (&apos;&apos; for nobody)</source>
        <translation>नए अधिकारी का उपयोगकर्ता नाम (किसी के लिए नहीं: &apos;&apos;)</translation>
    </message>
    <message>
        <source>why the officer changes</source>
        <translation>अधिकारी क्यों बदल रहा है</translation>
    </message>
    <message>
        <source>No family updates recorded.</source>
        <translation>परिवार को दी गई कोई जानकारी दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>कब बताया</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>परिजन</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>क्या बताया गया</translation>
    </message>
    <message>
        <source>Recorded family update #{id} for {kin_name}.</source>
        <translation>{kin_name} के लिए परिवार को दी गई जानकारी #{id} दर्ज की गई।</translation>
    </message>
    <message>
        <source>No open &apos;tell the family&apos; items.</source>
        <translation>कोई खुली &apos;परिवार को बताएँ&apos; मद नहीं है।</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>{when} को पूरा</translation>
    </message>
    <message>
        <source>OVERDUE since {when}</source>
        <translation>{when} से अतिदेय</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>नियत तिथि {when}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>किसका परिवार</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>घटनाक्रम</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Closed item #{id} ({headline}).</source>
        <translation>मद #{id} बंद की गई ({headline})।</translation>
    </message>
    <message>
        <source>--to and --reason need --kin NAME</source>
        <translation>--to और --reason के लिए --kin NAME आवश्यक है</translation>
    </message>
    <message>
        <source>changing an officer needs --to USER and --reason TEXT</source>
        <translation>अधिकारी बदलने के लिए --to USER और --reason TEXT आवश्यक हैं</translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): {officer} since {since}</source>
        <translation>{kin_name} ({hostage_name} के {relationship}): {officer}, {since} से</translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): {officer}</source>
        <translation>{kin_name} ({hostage_name} के {relationship}): {officer}</translation>
    </message>
    <message>
        <source>{kin_name} ({relationship} of {hostage_name}): no officer</source>
        <translation>{kin_name} ({hostage_name} के {relationship}): कोई अधिकारी नहीं</translation>
    </message>
    <message>
        <source>  changed on {changed_at} from {from_officer} to {to_officer}: {reason}</source>
        <translation>  {changed_at} को {from_officer} से {to_officer} को बदला गया: {reason}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Recorded family update #{id} for {kin_name}; closed %n &apos;tell the family&apos; item(s).</source>
        <translation>
            <numerusform>{kin_name} के लिए परिवार को दी गई जानकारी #{id} दर्ज की गई; %n &apos;परिवार को बताएँ&apos; मद बंद की गई।</numerusform>
            <numerusform>{kin_name} के लिए परिवार को दी गई जानकारी #{id} दर्ज की गई; %n &apos;परिवार को बताएँ&apos; मदें बंद की गईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_filters</name>
    <message>
        <source>saved filters of the case list and the contact log</source>
        <translation>मामलों की सूची और संपर्क लॉग के सहेजे गए फ़िल्टर</translation>
    </message>
    <message>
        <source>Filters kept under a name, yours and those colleagues shared with a post. &apos;consular cases list --saved NAME&apos; applies one; the desktop app lists them beside each list.</source>
        <translation>नाम से रखे गए फ़िल्टर, आपके और वे जो सहकर्मियों ने किसी मिशन के साथ साझा किए। &apos;consular cases list --saved NAME&apos; किसी एक को लागू करता है; डेस्कटॉप ऐप उन्हें हर सूची के पास दिखाता है।</translation>
    </message>
    <message>
        <source>list saved filters</source>
        <translation>सहेजे गए फ़िल्टरों की सूची</translation>
    </message>
    <message>
        <source>List your saved filters and shared ones.</source>
        <translation>आपके सहेजे गए और साझा किए गए फ़िल्टरों की सूची दिखाएँ।</translation>
    </message>
    <message>
        <source>which list (default: cases)</source>
        <translation>कौन-सी सूची (डिफ़ॉल्ट: cases)</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>JSON सरणी दिखाएँ</translation>
    </message>
    <message>
        <source>save a filter under a name</source>
        <translation>किसी नाम से फ़िल्टर सहेजें</translation>
    </message>
    <message>
        <source>Save a filter of the case list (statuses, kinds, posts, assignee, search, sort) or of the contact log (categories, channels, dates, text). Values may be repeated or comma-separated.</source>
        <translation>मामलों की सूची (स्थितियाँ, प्रकार, मिशन, ज़िम्मेदार व्यक्ति, खोज, क्रम) या संपर्क लॉग (श्रेणियाँ, माध्यम, तिथियाँ, पाठ) का फ़िल्टर सहेजें। मान दोहराए जा सकते हैं या अल्पविराम से अलग किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>which list</source>
        <translation>कौन-सी सूची</translation>
    </message>
    <message>
        <source>the name, e.g. &quot;My active cases in West Africa&quot;</source>
        <translation>नाम, जैसे &quot;पश्चिम अफ़्रीका में मेरे सक्रिय मामले&quot;</translation>
    </message>
    <message>
        <source>cases: status (open, active, ...)</source>
        <translation>मामले: स्थिति (open, active, ...)</translation>
    </message>
    <message>
        <source>cases: kind (hostage_taking, ...)</source>
        <translation>मामले: प्रकार (hostage_taking, ...)</translation>
    </message>
    <message>
        <source>cases: post code (BAM, ABJ, ...)</source>
        <translation>मामले: मिशन कोड (BAM, ABJ, ...)</translation>
    </message>
    <message>
        <source>cases: only the cases of whoever applies it</source>
        <translation>मामले: केवल लागू करने वाले व्यक्ति के मामले</translation>
    </message>
    <message>
        <source>cases: only the cases this user leads or supervises</source>
        <translation>मामले: केवल वे मामले जिनका यह उपयोगकर्ता नेतृत्व या पर्यवेक्षण करता है</translation>
    </message>
    <message>
        <source>cases: search text the list is narrowed by</source>
        <translation>मामले: खोज पाठ जिससे सूची सीमित होती है</translation>
    </message>
    <message>
        <source>cases: sort key</source>
        <translation>मामले: क्रम कुंजी</translation>
    </message>
    <message>
        <source>cases: sort ascending</source>
        <translation>मामले: बढ़ते क्रम में</translation>
    </message>
    <message>
        <source>contacts: counterpart category</source>
        <translation>संपर्क: वार्ताकार श्रेणी</translation>
    </message>
    <message>
        <source>contacts: channel (phone, meeting, ...)</source>
        <translation>संपर्क: माध्यम (phone, meeting, ...)</translation>
    </message>
    <message>
        <source>contacts: from this date (YYYY-MM-DD, UTC)</source>
        <translation>संपर्क: इस तिथि से (YYYY-MM-DD, UTC)</translation>
    </message>
    <message>
        <source>contacts: up to the end of this date (YYYY-MM-DD, UTC)</source>
        <translation>संपर्क: इस तिथि के अंत तक (YYYY-MM-DD, UTC)</translation>
    </message>
    <message>
        <source>contacts: words the entries contain</source>
        <translation>संपर्क: प्रविष्टियों में मौजूद शब्द</translation>
    </message>
    <message>
        <source>share it with this post&apos;s staff</source>
        <translation>इसे इस मिशन के कर्मचारियों के साथ साझा करें</translation>
    </message>
    <message>
        <source>replace your filter of the same name</source>
        <translation>इसी नाम का आपका फ़िल्टर बदलें</translation>
    </message>
    <message>
        <source>rename one of your filters</source>
        <translation>अपने किसी फ़िल्टर का नाम बदलें</translation>
    </message>
    <message>
        <source>its name now</source>
        <translation>इसका वर्तमान नाम</translation>
    </message>
    <message>
        <source>its new name</source>
        <translation>इसका नया नाम</translation>
    </message>
    <message>
        <source>share one of your filters with a post, or stop sharing it</source>
        <translation>अपना कोई फ़िल्टर किसी मिशन के साथ साझा करें, या साझा करना बंद करें</translation>
    </message>
    <message>
        <source>the filter&apos;s name</source>
        <translation>फ़िल्टर का नाम</translation>
    </message>
    <message>
        <source>the post to share it with</source>
        <translation>जिस मिशन के साथ साझा करना है</translation>
    </message>
    <message>
        <source>stop sharing it</source>
        <translation>साझा करना बंद करें</translation>
    </message>
    <message>
        <source>delete one of your filters</source>
        <translation>अपना कोई फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>No saved filters for the {list_name} list.</source>
        <translation>{list_name} सूची के लिए कोई सहेजा गया फ़िल्टर नहीं है।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>स्वामी</translation>
    </message>
    <message>
        <source>SHARED WITH</source>
        <translation>किसके साथ साझा</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Saved filter &apos;{name}&apos; for the {list_name} list, shared with {post}.</source>
        <translation>{list_name} सूची के लिए फ़िल्टर &apos;{name}&apos; सहेजा गया, {post} के साथ साझा।</translation>
    </message>
    <message>
        <source>Saved filter &apos;{name}&apos; for the {list_name} list.</source>
        <translation>{list_name} सूची के लिए फ़िल्टर &apos;{name}&apos; सहेजा गया।</translation>
    </message>
    <message>
        <source>Renamed &apos;{name}&apos; to &apos;{name2}&apos;.</source>
        <translation>&apos;{name}&apos; का नाम बदलकर &apos;{name2}&apos; किया गया।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shared with {shared_with}.</source>
        <translation>&apos;{name}&apos; {shared_with} के साथ साझा है।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is yours only.</source>
        <translation>&apos;{name}&apos; केवल आपका है।</translation>
    </message>
    <message>
        <source>Deleted the saved filter &apos;{name}&apos;.</source>
        <translation>सहेजा गया फ़िल्टर &apos;{name}&apos; हटाया गया।</translation>
    </message>
</context>
<context>
    <name>cli.cmd_import</name>
    <message>
        <source>import cases, people or contacts from a CSV or XLSX file (dry run, undo)</source>
        <translation>CSV या XLSX फ़ाइल से मामले, व्यक्ति या संपर्क आयात करें (परीक्षण, पूर्ववत करना)</translation>
    </message>
    <message>
        <source>Import a register kept in a spreadsheet. Each row goes through the same checks as typed input. A dry run lists per row what would be created, matched to an existing record (and on what) or refused (which field, why). The real run imports the whole file or nothing, is audited as one action, and can be undone as one action with `consular import undo`.</source>
        <translation>स्प्रेडशीट में रखा गया रजिस्टर आयात करें। हर पंक्ति उन्हीं जाँचों से गुज़रती है जिनसे टाइप किया गया इनपुट। परीक्षण हर पंक्ति के लिए बताता है कि क्या बनाया जाएगा, किस मौजूदा रिकॉर्ड से मिलाया जाएगा (और किस आधार पर) या अस्वीकार होगा (कौन-सा फ़ील्ड, क्यों)। वास्तविक आयात पूरी फ़ाइल आयात करता है या कुछ भी नहीं, एक क्रिया के रूप में ऑडिट होता है, और `consular import undo` से एक क्रिया के रूप में पूर्ववत किया जा सकता है।</translation>
    </message>
    <message>
        <source>Columns are matched to fields by their header names; --map names a TOML mapping (kind = &quot;people&quot;, date_order = &quot;dmy&quot;, default_country = &quot;IN&quot;, and a [columns] table of header = field). The mapping used is saved with your settings for next time (--save-map FILE also writes it there). Matching: cases by reference; people by passport number, else name and date of birth; counterparts named in a contact by name and organisation. Example: consular import people staff.xlsx --dry-run</source>
        <translation>कॉलम का मिलान फ़ील्ड से उनके शीर्षक नामों से होता है; --map एक TOML मैपिंग बताता है (kind = &quot;people&quot;, date_order = &quot;dmy&quot;, default_country = &quot;IN&quot;, और शीर्षक = फ़ील्ड की [columns] तालिका)। उपयोग की गई मैपिंग अगली बार के लिए आपकी सेटिंग में सहेजी जाती है (--save-map FILE उसे वहाँ भी लिखता है)। मिलान: मामले संदर्भ से; व्यक्ति पासपोर्ट संख्या से, अन्यथा नाम और जन्मतिथि से; संपर्क में नामित वार्ताकार नाम और संगठन से। उदाहरण: consular import people staff.xlsx --dry-run</translation>
    </message>
    <message>
        <source>import {kind} from FILE</source>
        <translation>FILE से {kind} आयात करें</translation>
    </message>
    <message>
        <source>Fields (* required): {fields}.</source>
        <translation>फ़ील्ड (* आवश्यक): {fields}।</translation>
    </message>
    <message>
        <source>.csv (UTF-8/UTF-16/Windows-1252; , ; or tab) or .xlsx</source>
        <translation>.csv (UTF-8/UTF-16/Windows-1252; , ; या टैब) या .xlsx</translation>
    </message>
    <message>
        <source>the column mapping to use</source>
        <translation>उपयोग करने वाली कॉलम मैपिंग</translation>
    </message>
    <message>
        <source>also write the mapping used to FILE</source>
        <translation>उपयोग की गई मैपिंग FILE में भी लिखें</translation>
    </message>
    <message>
        <source>how to read 03/04/2025 (else it is refused)</source>
        <translation>03/04/2025 को कैसे पढ़ें (अन्यथा अस्वीकार)</translation>
    </message>
    <message>
        <source>country assumed for phones without +CC</source>
        <translation>+CC के बिना फ़ोन नंबरों के लिए माना गया देश</translation>
    </message>
    <message>
        <source>report what would happen; write nothing</source>
        <translation>बताएँ कि क्या होगा; कुछ न लिखें</translation>
    </message>
    <message>
        <source>print the per-row report as JSON</source>
        <translation>पंक्ति-दर-पंक्ति रिपोर्ट JSON में दिखाएँ</translation>
    </message>
    <message>
        <source>the latest imports</source>
        <translation>नवीनतम आयात</translation>
    </message>
    <message>
        <source>undo an import as one action</source>
        <translation>एक आयात को एक क्रिया के रूप में पूर्ववत करें</translation>
    </message>
    <message>
        <source>Void the contacts an import logged, take the people it added out of their cases and remove the cases it opened. Refused when later work depends on them (the message names it).</source>
        <translation>किसी आयात द्वारा दर्ज संपर्क निरस्त करें, उसके जोड़े गए व्यक्तियों को उनके मामलों से हटाएँ और उसके खोले गए मामले हटाएँ। यदि बाद का काम उन पर निर्भर हो तो अस्वीकार (संदेश उसका नाम बताता है)।</translation>
    </message>
    <message>
        <source>the import number (consular import list)</source>
        <translation>आयात संख्या (consular import list)</translation>
    </message>
    <message>
        <source>{mapping} is a mapping for {kind}, not {kind2}.</source>
        <translation>{mapping} {kind} के लिए मैपिंग है, {kind2} के लिए नहीं।</translation>
    </message>
    <message>
        <source>{file_name} (read as {described})</source>
        <translation>{file_name} ({described} के रूप में पढ़ा गया)</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  टिप्पणी: {note}</translation>
    </message>
    <message>
        <source>  row {row_number}: {status}</source>
        <translation>  पंक्ति {row_number}: {status}</translation>
    </message>
    <message>
        <source> {record}</source>
        <translation> {record}</translation>
    </message>
    <message>
        <source> - {detail}</source>
        <translation> - {detail}</translation>
    </message>
    <message>
        <source>correct the mapping file</source>
        <translation>मैपिंग फ़ाइल सुधारें</translation>
    </message>
    <message>
        <source>name the columns as the fields, or give --map MAPPING.toml</source>
        <translation>कॉलमों के नाम फ़ील्ड जैसे रखें, या --map MAPPING.toml दें</translation>
    </message>
    <message>
        <source>{exc} The columns found: {values}; {how}.</source>
        <translation>{exc} मिले कॉलम: {values}; {how}।</translation>
    </message>
    <message>
        <source>Imported as import #{batch_id}; undo with: consular import undo {batch_id} --reason …</source>
        <translation>आयात #{batch_id} के रूप में आयात किया गया; पूर्ववत करने के लिए: consular import undo {batch_id} --reason …</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>अभी तक कोई आयात नहीं।</translation>
    </message>
    <message>
        <source>{created} created, {matched} matched</source>
        <translation>{created} बनाए गए, {matched} मिलाए गए</translation>
    </message>
    <message>
        <source>{when} UTC by {who}</source>
        <translation>{when} UTC, {who} द्वारा</translation>
    </message>
    <message>
        <source>undone {when} by {who}</source>
        <translation>{when} को {who} द्वारा पूर्ववत</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>पूर्ववत</translation>
    </message>
</context>
<context>
    <name>cli.cmd_letter</name>
    <message>
        <source>write a family update letter (PDF) to a next of kin from the entries shareable with family</source>
        <translation>परिवार के साथ साझा करने योग्य प्रविष्टियों से किसी परिजन के लिए जानकारी पत्र (PDF) लिखें</translation>
    </message>
    <message>
        <source>Write a dated letter from the post to one next of kin, made only of the case&apos;s entries marked shareable with family (`consular share`) that concern their hostage, in date order and in their family wording: no restricted content, no classification banner, no case reference. It is written in the next of kin&apos;s preferred language when there is a template for it ({languages}); otherwise the command says so and --lang en writes it in English. Before anything is written the letter is checked against the case&apos;s restricted content, and refused if it repeats any of it. The file is private (0600), the letter is audited, and its footer carries the audit chain head as its reference. Only the case&apos;s team and supervisors write letters.</source>
        <translation>मिशन की ओर से किसी एक परिजन को दिनांकित पत्र लिखें, जो केवल मामले की उन प्रविष्टियों से बना हो जो परिवार के साथ साझा करने योग्य चिह्नित हैं (`consular share`) और उनके बंधक से संबंधित हैं, तिथि-क्रम में और परिवार के लिए लिखे शब्दों में: कोई प्रतिबंधित सामग्री नहीं, कोई वर्गीकरण पट्टी नहीं, कोई मामला संदर्भ नहीं। यह परिजन की पसंदीदा भाषा में लिखा जाता है यदि उसका टेम्पलेट हो ({languages}); अन्यथा कमांड यह बताती है और --lang en इसे अंग्रेज़ी में लिखता है। कुछ भी लिखने से पहले पत्र की तुलना मामले की प्रतिबंधित सामग्री से की जाती है, और यदि वह उसमें से कुछ भी दोहराता है तो अस्वीकार किया जाता है। फ़ाइल निजी (0600) है, पत्र का ऑडिट होता है, और उसके फ़ुटर में संदर्भ के रूप में ऑडिट श्रृंखला शीर्ष होता है। केवल मामले की टीम और पर्यवेक्षक पत्र लिखते हैं।</translation>
    </message>
    <message>
        <source>Example: consular letter BAM-2025-0001 --kin sunita --from 2025-07-01 --to 2025-07-31 -o letter.pdf</source>
        <translation>उदाहरण: consular letter BAM-2025-0001 --kin sunita --from 2025-07-01 --to 2025-07-31 -o letter.pdf</translation>
    </message>
    <message>
        <source>the case reference, e.g. BAM-2025-0001</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001</translation>
    </message>
    <message>
        <source>the next of kin: their id, person id, or part of their name</source>
        <translation>परिजन: उनकी आईडी, व्यक्ति आईडी, या उनके नाम का अंश</translation>
    </message>
    <message>
        <source>the letter&apos;s language (default: the next of kin&apos;s preferred language)</source>
        <translation>पत्र की भाषा (डिफ़ॉल्ट: परिजन की पसंदीदा भाषा)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: the incident)</source>
        <translation>अवधि का पहला दिन, YYYY-MM-DD (डिफ़ॉल्ट: घटना)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation>अवधि का अंतिम दिन, YYYY-MM-DD (डिफ़ॉल्ट: आज)</translation>
    </message>
    <message>
        <source>where to write the letter</source>
        <translation>पत्र कहाँ लिखना है</translation>
    </message>
    <message>
        <source>print what was written as JSON</source>
        <translation>जो लिखा गया वह JSON में दिखाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the family update letter to {kin_name} ({name}, %n entry/entries) to {path}; reference {chain_head}.</source>
        <translation>
            <numerusform>{kin_name} के लिए जानकारी पत्र ({name}, %n प्रविष्टि) {path} में लिखा गया; संदर्भ {chain_head}।</numerusform>
            <numerusform>{kin_name} के लिए जानकारी पत्र ({name}, %n प्रविष्टियाँ) {path} में लिखा गया; संदर्भ {chain_head}।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.cmd_merge</name>
    <message>
        <source>candidate duplicate people or counterparts, with a score and why</source>
        <translation>व्यक्तियों या वार्ताकारों की संभावित दोहरी प्रविष्टियाँ, अंक और कारण सहित</translation>
    </message>
    <message>
        <source>People (by name, spelt or transliterated differently: Mohanty/Mohanti, Devanagari or Latin; date of birth; passport) or counterparts (by name, organisation and phone) that are probably one record entered twice, best first. Merge a pair with `consular merge person A B`.</source>
        <translation>ऐसे व्यक्ति (नाम से, अलग वर्तनी या लिप्यंतरण: Mohanty/Mohanti, देवनागरी या लैटिन; जन्मतिथि; पासपोर्ट) या वार्ताकार (नाम, संगठन और फ़ोन से) जो संभवतः दो बार दर्ज किया गया एक ही रिकॉर्ड हैं, सबसे संभावित पहले। किसी जोड़ी को `consular merge person A B` से मिलाएँ।</translation>
    </message>
    <message>
        <source>0 to 1 (default 0.5)</source>
        <translation>0 से 1 (डिफ़ॉल्ट 0.5)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>merge two people or two counterparts; undo a merge</source>
        <translation>दो व्यक्तियों या दो वार्ताकारों को मिलाएँ; किसी विलय को पूर्ववत करें</translation>
    </message>
    <message>
        <source>Merge record B into record A: A is kept with, per field, A&apos;s value (or B&apos;s where A has none) unless --take FIELD=b says otherwise; every link to B (cases, contacts, next of kin, identifiers, demands, questions ...) moves to A; B stays as a tombstone so that `consular merge undo ID` can restore everything. Supervisors and administrators only. Without --yes the two records are shown side by side and nothing changes.</source>
        <translation>रिकॉर्ड B को रिकॉर्ड A में मिलाएँ: A रखा जाता है, हर फ़ील्ड में A के मान के साथ (या B का, जहाँ A में कोई मान नहीं), जब तक --take FIELD=b कुछ और न कहे; B से हर लिंक (मामले, संपर्क, परिजन, पहचान, मांगें, प्रश्न ...) A पर चला जाता है; B एक स्मृति-चिह्न के रूप में बना रहता है ताकि `consular merge undo ID` सब कुछ वापस ला सके। केवल पर्यवेक्षक और प्रशासक। --yes के बिना दोनों रिकॉर्ड साथ-साथ दिखाए जाते हैं और कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>merge {name} B into {name} A</source>
        <translation>{name} B को {name} A में मिलाएँ</translation>
    </message>
    <message>
        <source>the id of the record kept</source>
        <translation>रखे जाने वाले रिकॉर्ड की आईडी</translation>
    </message>
    <message>
        <source>the id of the record merged into A</source>
        <translation>A में मिलाए जाने वाले रिकॉर्ड की आईडी</translation>
    </message>
    <message>
        <source>take FIELD from A or B (repeat); e.g. --take date_of_birth=b</source>
        <translation>FIELD को A या B से लें (दोहराएँ); जैसे --take date_of_birth=b</translation>
    </message>
    <message>
        <source>merge (without it: only show the two side by side)</source>
        <translation>मिलाएँ (इसके बिना: केवल दोनों को साथ-साथ दिखाएँ)</translation>
    </message>
    <message>
        <source>undo a merge: the merged record and its links come back</source>
        <translation>विलय पूर्ववत करें: मिलाया गया रिकॉर्ड और उसके लिंक वापस आते हैं</translation>
    </message>
    <message>
        <source>recent merges, newest first</source>
        <translation>हाल के विलय, नवीनतम पहले</translation>
    </message>
    <message>
        <source>No candidate duplicate {entity}.</source>
        <translation>कोई संभावित दोहरी प्रविष्टि नहीं ({entity})।</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>CASES</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Merge a pair with: consular merge {kind} A B</source>
        <translation>किसी जोड़ी को मिलाएँ: consular merge {kind} A B</translation>
    </message>
    <message>
        <source>--take {item}: write FIELD=a or FIELD=b (e.g. --take full_name=b).</source>
        <translation>--take {item}: FIELD=a या FIELD=b लिखें (जैसे --take full_name=b)।</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>A #{a_id}</source>
        <translation>A #{a_id}</translation>
    </message>
    <message>
        <source>B #{b_id}</source>
        <translation>B #{b_id}</translation>
    </message>
    <message>
        <source>TAKE</source>
        <translation>लें</translation>
    </message>
    <message>
        <source>LINKS</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <source>Nothing changed. To merge #{b_id} into #{a_id}, run again with --yes (and --take FIELD=b for each field to take from B).</source>
        <translation>कुछ नहीं बदला। #{b_id} को #{a_id} में मिलाने के लिए --yes के साथ फिर चलाएँ (और B से लिए जाने वाले हर फ़ील्ड के लिए --take FIELD=b)।</translation>
    </message>
    <message>
        <source>Merged {entity} #{loser_id} ({loser_name}) into #{winner_id} ({winner_name}) as merge #{merge_id}. Rows moved: {moved}.</source>
        <translation>{entity} #{loser_id} ({loser_name}) को #{winner_id} ({winner_name}) में मिलाया गया, विलय #{merge_id}। स्थानांतरित पंक्तियाँ: {moved}।</translation>
    </message>
    <message>
        <source> Duplicate rows folded: {removed}.</source>
        <translation> दोहरी पंक्तियाँ समेटी गईं: {removed}।</translation>
    </message>
    <message>
        <source> Undo with: consular merge undo {merge_id}</source>
        <translation> पूर्ववत करने के लिए: consular merge undo {merge_id}</translation>
    </message>
    <message>
        <source>Undid merge #{merge_id}: {entity} #{loser_id} ({loser_name}) is back with its links; #{winner_id} ({winner_name}) has its values from before.</source>
        <translation>विलय #{merge_id} पूर्ववत किया गया: {entity} #{loser_id} ({loser_name}) अपने लिंक के साथ वापस है; #{winner_id} ({winner_name}) के पहले वाले मान लौट आए हैं।</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>कोई विलय नहीं।</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>{when} को पूर्ववत</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>MERGED</source>
        <translation>मिलाया गया</translation>
    </message>
    <message>
        <source>INTO</source>
        <translation>किसमें</translation>
    </message>
    <message>
        <source>WHEN, BY</source>
        <translation>कब, किसने</translation>
    </message>
</context>
<context>
    <name>cli.cmd_pol</name>
    <message>
        <source>proof of life: the question bank agreed with the family, and each proof with its check</source>
        <translation>जीवित होने का प्रमाण: परिवार के साथ तय प्रश्न-संग्रह, और हर प्रमाण उसकी जाँच सहित</translation>
    </message>
    <message>
        <source>Proof of life in a hostage case. Each hostage has a question bank: questions agreed with the family beforehand and the answers they expect (drafted → agreed → used; compromised is final). Each proof of life records its medium, the question put and the answer received, the date it claims and the date established, and an assessment (pending, genuine, doubtful, false) with its basis. The last *verified* proof of life is the latest one assessed genuine. All of it is restricted: only the case team (and supervisors) read it, and every read is audited.</source>
        <translation>बंधक मामले में जीवित होने का प्रमाण। हर बंधक का एक प्रश्न-संग्रह होता है: परिवार के साथ पहले से तय प्रश्न और उनके अपेक्षित उत्तर (मसौदा → तय → उपयोग किया गया; compromised अंतिम है)। हर प्रमाण का माध्यम, पूछा गया प्रश्न और मिला उत्तर, उसके द्वारा बताई गई तिथि और स्थापित तिथि, और आधार सहित आकलन (लंबित, वास्तविक, संदिग्ध, झूठा) दर्ज होता है। अंतिम *सत्यापित* प्रमाण वह नवीनतम प्रमाण है जिसे वास्तविक आँका गया। यह सब प्रतिबंधित है: केवल मामले की टीम (और पर्यवेक्षक) इसे पढ़ते हैं, और हर बार पढ़ने का ऑडिट होता है।</translation>
    </message>
    <message>
        <source>HOSTAGE is a person id or (part of) a hostage&apos;s name in the case, e.g. --hostage verma.</source>
        <translation>HOSTAGE मामले में किसी बंधक की व्यक्ति आईडी या नाम (का अंश) है, जैसे --hostage verma।</translation>
    </message>
    <message>
        <source>list a case&apos;s question bank</source>
        <translation>किसी मामले के प्रश्न-संग्रह की सूची</translation>
    </message>
    <message>
        <source>only this hostage&apos;s questions</source>
        <translation>केवल इस बंधक के प्रश्न</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>add a question and the answer the family expects</source>
        <translation>एक प्रश्न और परिवार का अपेक्षित उत्तर जोड़ें</translation>
    </message>
    <message>
        <source>Add a question to a hostage&apos;s bank. With --agreed-with it starts agreed with that next of kin; otherwise it is drafted until agreed (`consular pol agree`).</source>
        <translation>किसी बंधक के प्रश्न-संग्रह में प्रश्न जोड़ें। --agreed-with के साथ यह उस परिजन के साथ तय होकर शुरू होता है; अन्यथा तय होने तक मसौदा रहता है (`consular pol agree`)।</translation>
    </message>
    <message>
        <source>the answer the family expects</source>
        <translation>परिवार का अपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>the next of kin (id or name) who agreed it</source>
        <translation>वह परिजन (आईडी या नाम) जिसने इसे तय किया</translation>
    </message>
    <message>
        <source>when it was agreed (default: now), in the case&apos;s zone</source>
        <translation>कब तय हुआ (डिफ़ॉल्ट: अभी), मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>mark a drafted question agreed with a next of kin</source>
        <translation>किसी मसौदा प्रश्न को परिजन के साथ तय चिह्नित करें</translation>
    </message>
    <message>
        <source>next of kin (id or name)</source>
        <translation>परिजन (आईडी या नाम)</translation>
    </message>
    <message>
        <source>retire a question whose answer may be known (final)</source>
        <translation>ऐसा प्रश्न हटाएँ जिसका उत्तर ज्ञात हो सकता है (अंतिम)</translation>
    </message>
    <message>
        <source>Mark compromised.</source>
        <translation>compromised चिह्नित करें।</translation>
    </message>
    <message>
        <source>record a proof of life with how it was checked</source>
        <translation>जीवित होने का प्रमाण दर्ज करें, उसकी जाँच के तरीके सहित</translation>
    </message>
    <message>
        <source>Record a proof of life received at --at. With --question, the agreed question put is marked used; say whether the answer matched with --matched yes|no. An assessment other than pending needs --basis.</source>
        <translation>--at पर मिला जीवित होने का प्रमाण दर्ज करें। --question के साथ पूछा गया तय प्रश्न &apos;उपयोग किया गया&apos; चिह्नित होता है; --matched yes|no से बताएँ कि उत्तर मेल खाया या नहीं। pending के अलावा किसी आकलन के लिए --basis आवश्यक है।</translation>
    </message>
    <message>
        <source>when it was received, in the case&apos;s zone</source>
        <translation>कब प्राप्त हुई, मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>what the proof shows</source>
        <translation>प्रमाण क्या दिखाता है</translation>
    </message>
    <message>
        <source>the agreed question put</source>
        <translation>पूछा गया तय प्रश्न</translation>
    </message>
    <message>
        <source>the answer received</source>
        <translation>मिला उत्तर</translation>
    </message>
    <message>
        <source>whether the answer matched</source>
        <translation>क्या उत्तर मेल खाया</translation>
    </message>
    <message>
        <source>the date the proof claims for itself</source>
        <translation>प्रमाण द्वारा बताई गई तिथि</translation>
    </message>
    <message>
        <source>the date analysis established</source>
        <translation>विश्लेषण से स्थापित तिथि</translation>
    </message>
    <message>
        <source>what the assessment rests on</source>
        <translation>आकलन का आधार</translation>
    </message>
    <message>
        <source>assess or re-assess a proof of life</source>
        <translation>जीवित होने के प्रमाण का आकलन या पुनर्मूल्यांकन करें</translation>
    </message>
    <message>
        <source>the proof of life&apos;s id (`consular pol list`)</source>
        <translation>जीवित होने के प्रमाण की आईडी (`consular pol list`)</translation>
    </message>
    <message>
        <source>needed for a proof recorded before checks existed</source>
        <translation>जाँच की व्यवस्था से पहले दर्ज प्रमाण के लिए आवश्यक</translation>
    </message>
    <message>
        <source>list a case&apos;s proofs of life, newest first</source>
        <translation>किसी मामले के जीवित होने के प्रमाणों की सूची, नवीनतम पहले</translation>
    </message>
    <message>
        <source>No hostage of {reference} matches &apos;{key}&apos;. The hostages: {names}.</source>
        <translation>{reference} का कोई बंधक &apos;{key}&apos; से मेल नहीं खाता। बंधक: {names}।</translation>
    </message>
    <message>
        <source>No next of kin of {reference} matches &apos;{key}&apos;. The next of kin: {names}.</source>
        <translation>{reference} का कोई परिजन &apos;{key}&apos; से मेल नहीं खाता। परिजन: {names}।</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several hostages of {reference}: {names}. Give the id.</source>
        <translation>&apos;{key}&apos; {reference} के कई बंधकों से मेल खाता है: {names}। आईडी दें।</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several next of kin of {reference}: {names}. Give the id.</source>
        <translation>&apos;{key}&apos; {reference} के कई परिजनों से मेल खाता है: {names}। आईडी दें।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>No proof-of-life questions.</source>
        <translation>जीवित होने के प्रमाण का कोई प्रश्न नहीं।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Hostage</source>
        <translation>बंधक</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>अपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>किसके साथ तय</translation>
    </message>
    <message>
        <source>Question #{id} for {hostage_name}: {value}.</source>
        <translation>{hostage_name} के लिए प्रश्न #{id}: {value}।</translation>
    </message>
    <message>
        <source>{reference} has no proof-of-life question #{question_id}.</source>
        <translation>{reference} में जीवित होने के प्रमाण का प्रश्न #{question_id} नहीं है।</translation>
    </message>
    <message>
        <source>#{id} {when}: restricted</source>
        <translation>#{id} {when}: प्रतिबंधित</translation>
    </message>
    <message>
        <source>answer matched</source>
        <translation>उत्तर मेल खाया</translation>
    </message>
    <message>
        <source>answer did NOT match</source>
        <translation>उत्तर मेल नहीं खाया</translation>
    </message>
    <message>
        <source>no question put</source>
        <translation>कोई प्रश्न नहीं पूछा गया</translation>
    </message>
    <message>
        <source>medium not recorded</source>
        <translation>माध्यम दर्ज नहीं</translation>
    </message>
    <message>
        <source>Recorded proof of life {describe}</source>
        <translation>जीवित होने का प्रमाण दर्ज किया गया {describe}</translation>
    </message>
    <message>
        <source>Assessed proof of life {describe}</source>
        <translation>जीवित होने के प्रमाण का आकलन किया गया {describe}</translation>
    </message>
    <message>
        <source>No proofs of life.</source>
        <translation>जीवित होने का कोई प्रमाण नहीं।</translation>
    </message>
    <message>
        <source>[voided] </source>
        <translation>[निरस्त] </translation>
    </message>
</context>
<context>
    <name>cli.cmd_repatriation</name>
    <message>
        <source>the repatriation checklist of each released national: items, owners, due dates</source>
        <translation>हर रिहा हुए नागरिक की स्वदेश वापसी जाँच-सूची: मदें, ज़िम्मेदार, नियत तिथियाँ</translation>
    </message>
    <message>
        <source>When a national is recorded released, rescued or escaped, a checklist opens in the same step: travel document, medical assessment, flight and escort, reception at arrival, reunion with the family, debrief (by whom), psychosocial support (offered, accepted, declined) and follow-up contacts at 30 and 90 days. Each item is a task of the case, owned by the lead caseworker and due a set time after the release: it is overdue on the dashboard and in `consular tasks list` like any task. ITEM is the number `repatriation show` prints. Void an item entered by mistake with `consular void task TASK_ID --reason …`.</source>
        <translation>जब किसी नागरिक का रिहा होना, बचाया जाना या भाग निकलना दर्ज होता है, उसी चरण में एक जाँच-सूची खुलती है: यात्रा दस्तावेज़, चिकित्सा मूल्यांकन, उड़ान और अनुरक्षण, आगमन पर स्वागत, परिवार से पुनर्मिलन, डीब्रीफ़ (किसके द्वारा), मनोसामाजिक सहायता (प्रस्तावित, स्वीकृत, अस्वीकृत) और 30 तथा 90 दिन पर अनुवर्ती संपर्क। हर मद मामले का एक कार्य है, मुख्य मामला अधिकारी के ज़िम्मे और रिहाई के एक तय समय बाद नियत: किसी भी कार्य की तरह यह मुखपृष्ठ पर और `consular tasks list` में अतिदेय दिखता है। ITEM वह संख्या है जो `repatriation show` दिखाता है। गलती से दर्ज मद को `consular void task TASK_ID --reason …` से निरस्त करें।</translation>
    </message>
    <message>
        <source>a case&apos;s checklists, item by item</source>
        <translation>किसी मामले की जाँच-सूचियाँ, मद-दर-मद</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>open a released national&apos;s checklist by hand (a release recorded earlier)</source>
        <translation>किसी रिहा हुए नागरिक की जाँच-सूची स्वयं खोलें (पहले दर्ज की गई रिहाई)</translation>
    </message>
    <message>
        <source>the released national</source>
        <translation>रिहा हुआ नागरिक</translation>
    </message>
    <message>
        <source>default: when their current status began</source>
        <translation>डिफ़ॉल्ट: जब उनकी वर्तमान स्थिति शुरू हुई</translation>
    </message>
    <message>
        <source>mark an item done, with its facts</source>
        <translation>किसी मद को पूरा चिह्नित करें, उसके तथ्यों सहित</translation>
    </message>
    <message>
        <source>when it was done, in the case&apos;s zone (default: now)</source>
        <translation>कब पूरा हुआ, मामले के समय क्षेत्र में (डिफ़ॉल्ट: अभी)</translation>
    </message>
    <message>
        <source>the debrief: who held it (an agency or an officer)</source>
        <translation>डीब्रीफ़: किसने किया (कोई एजेंसी या अधिकारी)</translation>
    </message>
    <message>
        <source>psychosocial support: offered, accepted or declined</source>
        <translation>मनोसामाजिक सहायता: offered, accepted या declined</translation>
    </message>
    <message>
        <source>give an item an owner and/or a due date</source>
        <translation>किसी मद को ज़िम्मेदार व्यक्ति और/या नियत तिथि दें</translation>
    </message>
    <message>
        <source>the owner&apos;s username</source>
        <translation>ज़िम्मेदार व्यक्ति का उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>the due date (and time), in the case&apos;s zone</source>
        <translation>नियत तिथि (और समय), मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>mark an item not applicable, with the reason</source>
        <translation>किसी मद को लागू नहीं चिह्नित करें, कारण सहित</translation>
    </message>
    <message>
        <source>when it was decided, in the case&apos;s zone (default: now)</source>
        <translation>निर्णय कब हुआ, मामले के समय क्षेत्र में (डिफ़ॉल्ट: अभी)</translation>
    </message>
    <message>
        <source>{person_name} (person #{person_id}), released {when}: {value}</source>
        <translation>{person_name} (व्यक्ति #{person_id}), {when} को रिहा: {value}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>तथ्य</translation>
    </message>
    <message>
        <source>No repatriation checklist: nobody in this case is recorded released, rescued or escaped.</source>
        <translation>स्वदेश वापसी की कोई जाँच-सूची नहीं: इस मामले में किसी का रिहा होना, बचाया जाना या भाग निकलना दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Item {id} ({label}): {state}; owner {value}, due {when}</source>
        <translation>मद {id} ({label}): {state}; ज़िम्मेदार {value}, नियत तिथि {when}</translation>
    </message>
    <message>
        <source>; {facts}</source>
        <translation>; {facts}</translation>
    </message>
</context>
<context>
    <name>cli.cmd_report</name>
    <message>
        <source>reports across cases: held nationals, monthly statistics, workload, family-contact compliance</source>
        <translation>सभी मामलों की रिपोर्टें: बंधक नागरिक, मासिक आँकड़े, कार्यभार, परिवार-संपर्क अनुपालन</translation>
    </message>
    <message>
        <source>Compute a report across cases: {names}. Figures are computed by the database; voided entries are left out and restricted ones counted (not shown). A national&apos;s last proof of life is shown only to their case&apos;s team and supervisors. Without -o the report is printed (--format json prints JSON for scripts). With -o FILE it is written as PDF, XLSX, CSV or JSON (from --format or the file&apos;s suffix), recorded in the audit trail, readable by you only, with the classification marking and the audit chain head (on every page of a PDF). Examples: consular report held --country ML; consular report monthly --from 2025-01-01 --to 2025-06-30 -o monthly.pdf</source>
        <translation>सभी मामलों की रिपोर्ट तैयार करें: {names}। आँकड़े डेटाबेस द्वारा गिने जाते हैं; निरस्त प्रविष्टियाँ छोड़ी जाती हैं और प्रतिबंधित प्रविष्टियाँ गिनी जाती हैं (दिखाई नहीं जातीं)। किसी नागरिक का अंतिम जीवित होने का प्रमाण केवल उसके मामले की टीम और पर्यवेक्षकों को दिखाया जाता है। -o के बिना रिपोर्ट दिखाई जाती है (--format json स्क्रिप्ट के लिए JSON दिखाता है)। -o FILE के साथ यह PDF, XLSX, CSV या JSON में लिखी जाती है (--format या फ़ाइल के एक्सटेंशन से), ऑडिट रिकॉर्ड में दर्ज होती है, केवल आप पढ़ सकते हैं, वर्गीकरण चिह्न और ऑडिट श्रृंखला शीर्ष सहित (PDF के हर पेज पर)। उदाहरण: consular report held --country ML; consular report monthly --from 2025-01-01 --to 2025-06-30 -o monthly.pdf</translation>
    </message>
    <message>
        <source>one of: {names}</source>
        <translation>इनमें से एक: {names}</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD, UTC (default: the first day of the month 11 months ago); monthly and compliance only</source>
        <translation>अवधि का पहला दिन, YYYY-MM-DD, UTC (डिफ़ॉल्ट: 11 महीने पहले के महीने का पहला दिन); केवल monthly और compliance</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD, UTC, included (default: today)</source>
        <translation>अवधि का अंतिम दिन, YYYY-MM-DD, UTC, शामिल (डिफ़ॉल्ट: आज)</translation>
    </message>
    <message>
        <source>only the cases of this post (e.g. BAM)</source>
        <translation>केवल इस मिशन के मामले (जैसे BAM)</translation>
    </message>
    <message>
        <source>only incidents in this country (two letters, e.g. ML)</source>
        <translation>केवल इस देश की घटनाएँ (दो अक्षर, जैसे ML)</translation>
    </message>
    <message>
        <source>pdf, xlsx, csv or json; with -o: the file&apos;s format (default: from its suffix); without -o: json prints JSON, the others a table</source>
        <translation>pdf, xlsx, csv या json; -o के साथ: फ़ाइल का प्रारूप (डिफ़ॉल्ट: उसके एक्सटेंशन से); -o के बिना: json JSON दिखाता है, बाकी तालिका</translation>
    </message>
    <message>
        <source>write the report to FILE instead of printing it</source>
        <translation>रिपोर्ट दिखाने के बजाय FILE में लिखें</translation>
    </message>
    <message>
        <source>Wrote {value} ({value2}) to {output}</source>
        <translation>{value} ({value2}) {output} में लिखी गई</translation>
    </message>
    <message>
        <source>{marking}; audit chain head {chain_head}</source>
        <translation>{marking}; ऑडिट श्रृंखला शीर्ष {chain_head}</translation>
    </message>
    <message>
        <source>A {value} report goes to a file: add -o FILE.{fmt}.</source>
        <translation>{value} रिपोर्ट फ़ाइल में लिखी जाती है: -o FILE.{fmt} जोड़ें।</translation>
    </message>
    <message>
        <source>{marking}
{title} — {value}</source>
        <translation>{marking}
{title} — {value}</translation>
    </message>
    <message>
        <source>  {label}: {value}</source>
        <translation>  {label}: {value}</translation>
    </message>
    <message>
        <source>
{title}</source>
        <translation>
{title}</translation>
    </message>
    <message>
        <source>  (nothing in this selection)</source>
        <translation>  (इस चयन में कुछ नहीं)</translation>
    </message>
    <message>
        <source>
Note: {note}</source>
        <translation>
टिप्पणी: {note}</translation>
    </message>
    <message>
        <source>
Audit chain head {chain_head}
{marking}</source>
        <translation>
ऑडिट श्रृंखला शीर्ष {chain_head}
{marking}</translation>
    </message>
</context>
<context>
    <name>cli.cmd_search</name>
    <message>
        <source>search cases, people, counterparts, contact notes, milestones and tasks</source>
        <translation>मामलों, व्यक्तियों, वार्ताकारों, संपर्क नोट्स, महत्वपूर्ण घटनाओं और कार्यों में खोजें</translation>
    </message>
    <message>
        <source>Full-text search, best match first. Every word must match; the last word also matches as a prefix (kay finds Kayes).</source>
        <translation>पूर्ण-पाठ खोज, सबसे अच्छा मेल पहले। हर शब्द का मेल होना चाहिए; अंतिम शब्द उपसर्ग के रूप में भी मेल खाता है (kay से Kayes मिलता है)।</translation>
    </message>
    <message>
        <source>words to look for</source>
        <translation>खोजे जाने वाले शब्द</translation>
    </message>
    <message>
        <source>only within this case</source>
        <translation>केवल इस मामले में</translation>
    </message>
    <message>
        <source>leave out restricted records</source>
        <translation>प्रतिबंधित रिकॉर्ड छोड़ दें</translation>
    </message>
    <message>
        <source>at most N results, 1 to 5000 (default 50)</source>
        <translation>अधिकतम N परिणाम, 1 से 5000 (डिफ़ॉल्ट 50)</translation>
    </message>
    <message>
        <source>print a JSON array (reference, entity, entity_id, title, snippet, restricted, ...)</source>
        <translation>JSON सरणी दिखाएँ (reference, entity, entity_id, title, snippet, restricted, ...)</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>कुछ भी मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>MATCHED</source>
        <translation>मेल</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>कहाँ</translation>
    </message>
</context>
<context>
    <name>cli.cmd_seed</name>
    <message>
        <source>load the demo cases, or generate synthetic data at scale</source>
        <translation>डेमो मामले लोड करें, या बड़े पैमाने पर कृत्रिम डेटा बनाएँ</translation>
    </message>
    <message>
        <source>Fill the database with demo or synthetic data.</source>
        <translation>डेटाबेस को डेमो या कृत्रिम डेटा से भरें।</translation>
    </message>
    <message>
        <source>load the fictional demo cases from seeds/demo (safe to repeat)</source>
        <translation>seeds/demo से काल्पनिक डेमो मामले लोड करें (दोहराना सुरक्षित है)</translation>
    </message>
    <message>
        <source>Load the demo staff, posts and cases from seeds/demo/*.toml through the services. Running it again leaves the data as it is: cases already loaded are skipped.</source>
        <translation>डेमो कर्मचारी, मिशन और मामले seeds/demo/*.toml से सेवाओं के माध्यम से लोड करें। दोबारा चलाने पर डेटा जैसा है वैसा रहता है: पहले से लोड मामले छोड़ दिए जाते हैं।</translation>
    </message>
    <message>
        <source>read the seed files from DIR instead of seeds/demo</source>
        <translation>seed फ़ाइलें seeds/demo के बजाय DIR से पढ़ें</translation>
    </message>
    <message>
        <source>give the seed&apos;s new staff accounts the password in F (yours, mode 600); default: a random password each, for an administrator to reset</source>
        <translation>नए कर्मचारी खातों को F में रखा पासवर्ड दें (आपकी फ़ाइल, मोड 600); डिफ़ॉल्ट: हर एक को यादृच्छिक पासवर्ड, जिसे कोई प्रशासक रीसेट करे</translation>
    </message>
    <message>
        <source>generate N realistic synthetic cases (for measuring large databases)</source>
        <translation>N यथार्थवादी कृत्रिम मामले बनाएँ (बड़े डेटाबेस मापने के लिए)</translation>
    </message>
    <message>
        <source>Generate N synthetic cases with people, next of kin, counterparts, contacts with long notes, milestones and tasks, in bulk. The same --seed gives the same data. Adds to what is there; progress goes to stderr.</source>
        <translation>व्यक्तियों, परिजनों, वार्ताकारों, लंबे नोट्स वाले संपर्कों, महत्वपूर्ण घटनाओं और कार्यों के साथ N कृत्रिम मामले एक साथ बनाएँ। वही --seed वही डेटा देता है। मौजूदा डेटा में जोड़ता है; प्रगति stderr पर दिखती है।</translation>
    </message>
    <message>
        <source>number of cases to generate</source>
        <translation>बनाए जाने वाले मामलों की संख्या</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>यादृच्छिक बीज (डिफ़ॉल्ट 1)</translation>
    </message>
    <message>
        <source>also make one long wrongful-detention case with about EVENTS timeline events (visits, hearings, family calls, notes verbales over years), for measuring big timelines</source>
        <translation>लगभग EVENTS समयरेखा घटनाओं (वर्षों में फैली मुलाक़ातें, सुनवाई, परिवार के कॉल, मौखिक नोट) वाला एक लंबा अन्यायपूर्ण हिरासत मामला भी बनाएँ, बड़ी समयरेखाएँ मापने के लिए</translation>
    </message>
    <message>
        <source>The demo data is fictional; see seeds/README.md.</source>
        <translation>डेमो डेटा काल्पनिक है; seeds/README.md देखें।</translation>
    </message>
    <message>
        <source>--cases must be between 1 and {max_cases:,}; got {cases}.</source>
        <translation>--cases 1 और {max_cases:,} के बीच होना चाहिए; मिला {cases}।</translation>
    </message>
    <message>
        <source>--long-case must be between 0 and {max_long_case_events:,}; got {long_case}.</source>
        <translation>--long-case 0 और {max_long_case_events:,} के बीच होना चाहिए; मिला {long_case}।</translation>
    </message>
</context>
<context>
    <name>cli.cmd_share</name>
    <message>
        <source>mark a contact, milestone or hostage status change shareable with family</source>
        <translation>किसी संपर्क, महत्वपूर्ण घटना या बंधक की स्थिति में बदलाव को परिवार के साथ साझा करने योग्य चिह्नित करें</translation>
    </message>
    <message>
        <source>Mark an entry shareable with family, so that family update letters (`consular letter`) tell it. --wording says what may be said, in plain words; without it the entry&apos;s own summary or title is said (a status change: its new status, in the letter&apos;s language). Running it again on a marked entry changes the wording. Restricted entries can never be marked, and restricting an entry takes its marking off. Only the case&apos;s team and supervisors mark; every change is audited.</source>
        <translation>किसी प्रविष्टि को परिवार के साथ साझा करने योग्य चिह्नित करें, ताकि परिवार को भेजे जाने वाले पत्र (`consular letter`) उसे बताएँ। --wording सरल शब्दों में बताता है कि क्या कहा जा सकता है; इसके बिना प्रविष्टि का अपना सारांश या शीर्षक कहा जाता है (स्थिति में बदलाव के लिए: उसकी नई स्थिति, पत्र की भाषा में)। चिह्नित प्रविष्टि पर इसे फिर चलाने से शब्दावली बदलती है। प्रतिबंधित प्रविष्टियाँ कभी चिह्नित नहीं की जा सकतीं, और किसी प्रविष्टि को प्रतिबंधित करने से उसका चिह्न हट जाता है। केवल मामले की टीम और पर्यवेक्षक चिह्नित करते हैं; हर बदलाव का ऑडिट होता है।</translation>
    </message>
    <message>
        <source>IDs: a contact&apos;s id (`consular contacts list REF`); a milestone&apos;s id or a hostage status entry&apos;s id (`consular cases show REF --json`: milestones, and participants&apos; status_history).</source>
        <translation>आईडी: किसी संपर्क की आईडी (`consular contacts list REF`); किसी महत्वपूर्ण घटना या बंधक स्थिति प्रविष्टि की आईडी (`consular cases show REF --json`: milestones, और प्रतिभागियों का status_history)।</translation>
    </message>
    <message>
        <source>the kind of entry</source>
        <translation>प्रविष्टि का प्रकार</translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation>प्रविष्टि की आईडी</translation>
    </message>
    <message>
        <source>what the family may be told of it, in plain words</source>
        <translation>परिवार को इसके बारे में क्या बताया जा सकता है, सरल शब्दों में</translation>
    </message>
    <message>
        <source>take the marking off (not shareable any more)</source>
        <translation>चिह्न हटाएँ (अब साझा करने योग्य नहीं)</translation>
    </message>
    <message>
        <source>print the marking as JSON</source>
        <translation>चिह्न JSON में दिखाएँ</translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} is no longer shareable with family.</source>
        <translation>{kind} #{entry_id} अब परिवार के साथ साझा करने योग्य नहीं है।</translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} was not marked shareable with family; nothing changed.</source>
        <translation>{kind} #{entry_id} परिवार के साथ साझा करने योग्य चिह्नित नहीं था; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>its own summary</source>
        <translation>उसका अपना सारांश</translation>
    </message>
    <message>
        <source>The {kind} #{entry_id} is shareable with family; the family is told {said}.</source>
        <translation>{kind} #{entry_id} परिवार के साथ साझा करने योग्य है; परिवार को बताया जाएगा: {said}।</translation>
    </message>
</context>
<context>
    <name>cli.cmd_users</name>
    <message>
        <source>manage accounts (administrators)</source>
        <translation>खाते प्रबंधित करें (प्रशासक)</translation>
    </message>
    <message>
        <source>Add, list, disable and enable accounts, change roles and reset passwords. Administrators only. Roles: viewer (reads), caseworker (reads and records), supervisor (also closes cases, manages case teams, reads every case&apos;s restricted content), admin (also manages accounts).</source>
        <translation>खाते जोड़ें, सूची देखें, निष्क्रिय और सक्रिय करें, भूमिकाएँ बदलें और पासवर्ड रीसेट करें। केवल प्रशासक। भूमिकाएँ: viewer (पढ़ता है), caseworker (पढ़ता और दर्ज करता है), supervisor (मामले बंद भी करता है, मामलों की टीमें प्रबंधित करता है, हर मामले की प्रतिबंधित सामग्री पढ़ता है), admin (खाते भी प्रबंधित करता है)।</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>खाता जोड़ें</translation>
    </message>
    <message>
        <source>Add an account; its password is asked twice or read from a file.</source>
        <translation>खाता जोड़ें; उसका पासवर्ड दो बार पूछा जाता है या फ़ाइल से पढ़ा जाता है।</translation>
    </message>
    <message>
        <source>user name, e.g. a.sharma</source>
        <translation>उपयोगकर्ता नाम, जैसे a.sharma</translation>
    </message>
    <message>
        <source>one of: {roles}</source>
        <translation>इनमें से एक: {roles}</translation>
    </message>
    <message>
        <source>full name (default: NAME)</source>
        <translation>पूरा नाम (डिफ़ॉल्ट: NAME)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>खातों की सूची</translation>
    </message>
    <message>
        <source>List every account and its state.</source>
        <translation>हर खाता और उसकी स्थिति दिखाएँ।</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>JSON सरणी दिखाएँ</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>खाता निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Disable an account.</source>
        <translation>खाता निष्क्रिय करें।</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>निष्क्रिय खाता सक्रिय करें</translation>
    </message>
    <message>
        <source>Enable an account and clear its lockout.</source>
        <translation>खाता सक्रिय करें और उसका लॉकआउट हटाएँ।</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>किसी खाते की भूमिका बदलें</translation>
    </message>
    <message>
        <source>Change a role.</source>
        <translation>भूमिका बदलें।</translation>
    </message>
    <message>
        <source>set another account&apos;s password (and unlock it)</source>
        <translation>किसी अन्य खाते का पासवर्ड सेट करें (और उसे अनलॉक करें)</translation>
    </message>
    <message>
        <source>Set an account&apos;s password, asked twice or read from --password-file; clears a lockout.</source>
        <translation>किसी खाते का पासवर्ड सेट करें, दो बार पूछा गया या --password-file से पढ़ा गया; लॉकआउट हटाता है।</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>अपना पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>Change the signed-in user&apos;s password: sign in as usual, then give the new one twice on the terminal (or in --password-file). The current password is the one you signed in with.</source>
        <translation>साइन इन किए गए उपयोगकर्ता का पासवर्ड बदलें: हमेशा की तरह साइन इन करें, फिर टर्मिनल पर (या --password-file में) नया पासवर्ड दो बार दें। वर्तमान पासवर्ड वही है जिससे आपने साइन इन किया।</translation>
    </message>
    <message>
        <source>Added {username} ({value}).</source>
        <translation>{username} जोड़ा गया ({value})।</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>कोई पासवर्ड नहीं</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>LAST SIGN-IN (UTC)</source>
        <translation>अंतिम साइन इन (UTC)</translation>
    </message>
    <message>
        <source>Disabled {username}.</source>
        <translation>{username} निष्क्रिय किया गया।</translation>
    </message>
    <message>
        <source>Enabled {username}.</source>
        <translation>{username} सक्रिय किया गया।</translation>
    </message>
    <message>
        <source>{username} is now {value}.</source>
        <translation>{username} अब {value} है।</translation>
    </message>
    <message>
        <source>Set a new password for {username}; the account is unlocked.</source>
        <translation>{username} के लिए नया पासवर्ड सेट किया गया; खाता अनलॉक है।</translation>
    </message>
    <message>
        <source>Changed the password of {username}.</source>
        <translation>{username} का पासवर्ड बदला गया।</translation>
    </message>
</context>
<context>
    <name>cli.cmd_void</name>
    <message>
        <source>void a hostage status entry, milestone, contact or task recorded by mistake</source>
        <translation>गलती से दर्ज बंधक स्थिति प्रविष्टि, महत्वपूर्ण घटना, संपर्क या कार्य निरस्त करें</translation>
    </message>
    <message>
        <source>Void an entry with a reason. It stays in the history, marked voided with who voided it, when and why, and the voiding is audited; from then on it is left out of counts, the dashboard, briefs, the timeline and exports. Voiding a hostage status entry recomputes the person&apos;s current status from the entries that remain (the days held still count from the start of the captivity). Only the entry&apos;s author or a supervisor may void it.</source>
        <translation>किसी प्रविष्टि को कारण सहित निरस्त करें। वह इतिहास में बनी रहती है, निरस्त चिह्नित, साथ में किसने, कब और क्यों निरस्त किया, और निरस्तीकरण का ऑडिट होता है; तब से वह गिनती, मुखपृष्ठ, स्थिति सारांश, समयरेखा और निर्यात से बाहर रहती है। बंधक स्थिति प्रविष्टि निरस्त करने पर व्यक्ति की वर्तमान स्थिति शेष प्रविष्टियों से फिर से गिनी जाती है (बंधक रहने के दिन अब भी बंधक बनाए जाने की शुरुआत से गिने जाते हैं)। केवल प्रविष्टि का लेखक या कोई पर्यवेक्षक उसे निरस्त कर सकता है।</translation>
    </message>
    <message>
        <source>Examples: consular void contact 412 --reason &apos;Logged on the wrong case&apos;; consular void status 37 --reason &apos;Release was a rumour, not confirmed&apos;. IDs are shown by `consular contacts list REF` and by `consular cases show REF --json` (participants[].status_history, milestones, tasks).</source>
        <translation>उदाहरण: consular void contact 412 --reason &apos;Logged on the wrong case&apos;; consular void status 37 --reason &apos;Release was a rumour, not confirmed&apos;। आईडी `consular contacts list REF` और `consular cases show REF --json` (participants[].status_history, milestones, tasks) दिखाते हैं।</translation>
    </message>
    <message>
        <source>what to void: {values}</source>
        <translation>क्या निरस्त करना है: {values}</translation>
    </message>
    <message>
        <source>the entry&apos;s id</source>
        <translation>प्रविष्टि की आईडी</translation>
    </message>
    <message>
        <source>why it is voided (kept in the history)</source>
        <translation>क्यों निरस्त किया जा रहा है (इतिहास में रखा जाता है)</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>JSON ऑब्जेक्ट दिखाएँ</translation>
    </message>
    <message>
        <source>Voided {kind} #{id} of {reference}: {reason}</source>
        <translation>{reference} का {kind} #{id} निरस्त किया गया: {reason}</translation>
    </message>
    <message>
        <source> (status now: {status})</source>
        <translation> (अब स्थिति: {status})</translation>
    </message>
</context>
<context>
    <name>cli.cmd_welfare</name>
    <message>
        <source>the welfare log: condition, medication needs and supply, report by report</source>
        <translation>कल्याण लॉग: हालत, दवा की ज़रूरतें और आपूर्ति, रिपोर्ट-दर-रिपोर्ट</translation>
    </message>
    <message>
        <source>Each welfare report says when it came, the reported condition (good, fair, poor, critical, unknown), medication needs and whether supply was arranged, and the source. A national with medical needs and no welfare report for CONSULAR_WELFARE_ALERT_DAYS days (default 14) is flagged by `cases show`, on the People tab and on the brief.</source>
        <translation>हर कल्याण रिपोर्ट बताती है कि वह कब आई, बताई गई हालत (good, fair, poor, critical, unknown), दवा की ज़रूरतें और क्या आपूर्ति की व्यवस्था हुई, और स्रोत। चिकित्सा ज़रूरतों वाला कोई नागरिक जिसकी CONSULAR_WELFARE_ALERT_DAYS दिन (डिफ़ॉल्ट 14) से कोई कल्याण रिपोर्ट नहीं आई, `cases show` में, व्यक्ति टैब पर और स्थिति सारांश में चिह्नित होता है।</translation>
    </message>
    <message>
        <source>HOSTAGE is a person id or (part of) a hostage&apos;s name in the case; leave it out for a report about every national of the case.</source>
        <translation>HOSTAGE मामले में किसी बंधक की व्यक्ति आईडी या नाम (का अंश) है; मामले के हर नागरिक के बारे में रिपोर्ट के लिए इसे छोड़ दें।</translation>
    </message>
    <message>
        <source>record a welfare report</source>
        <translation>कल्याण रिपोर्ट दर्ज करें</translation>
    </message>
    <message>
        <source>when it was reported, in the case&apos;s zone</source>
        <translation>कब बताया गया, मामले के समय क्षेत्र में</translation>
    </message>
    <message>
        <source>one line</source>
        <translation>एक पंक्ति</translation>
    </message>
    <message>
        <source>medication needs</source>
        <translation>दवा की ज़रूरतें</translation>
    </message>
    <message>
        <source>whether supply was arranged</source>
        <translation>क्या आपूर्ति की व्यवस्था हुई</translation>
    </message>
    <message>
        <source>case team only</source>
        <translation>केवल मामले की टीम</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON दिखाएँ</translation>
    </message>
    <message>
        <source>a case&apos;s welfare reports, newest first</source>
        <translation>किसी मामले की कल्याण रिपोर्टें, नवीनतम पहले</translation>
    </message>
    <message>
        <source>every national of the case</source>
        <translation>मामले का हर नागरिक</translation>
    </message>
    <message>
        <source>Welfare report #{id} about {who}: {value}.</source>
        <translation>{who} के बारे में कल्याण रिपोर्ट #{id}: {value}।</translation>
    </message>
    <message>
        <source>No welfare reports.</source>
        <translation>कोई कल्याण रिपोर्ट नहीं।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>कब बताया गया</translation>
    </message>
    <message>
        <source>About</source>
        <translation>किसके बारे में</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>दवाएँ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <source>There is no database at {path}: the folder {parent} does not exist. Check the path.</source>
        <translation>{path} पर कोई डेटाबेस नहीं है: फ़ोल्डर {parent} मौजूद नहीं है। पथ जाँचें।</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create one there with `consular --db {value} db init --admin NAME` (or an empty schema with `db upgrade`).</source>
        <translation>{path} पर कोई डेटाबेस नहीं है। पथ जाँचें, या वहाँ `consular --db {value} db init --admin NAME` से एक बनाएँ (या `db upgrade` से खाली स्कीमा)।</translation>
    </message>
    <message>
        <source>Upgraded the database schema; the previous file was kept as {backup}</source>
        <translation>डेटाबेस स्कीमा अपग्रेड हो गई; पिछली फ़ाइल {backup} के रूप में रखी गई है</translation>
    </message>
    <message>
        <source>The demo accounts&apos; passwords cannot be changed.</source>
        <translation>डेमो खातों के पासवर्ड बदले नहीं जा सकते।</translation>
    </message>
    <message>
        <source>{as_of_label} (--as-of): records as they stood then.</source>
        <translation>{as_of_label} (--as-of): रिकॉर्ड उस समय जैसे थे।</translation>
    </message>
    <message>
        <source>Sign in first: pass --user NAME (or set {user_env}); the password is asked next.</source>
        <translation>पहले साइन इन करें: --user NAME दें (या {user_env} सेट करें); इसके बाद पासवर्ड पूछा जाएगा।</translation>
    </message>
    <message>
        <source>Password for {name} on {where}: </source>
        <translation>{where} पर {name} का पासवर्ड: </translation>
    </message>
    <message>
        <source>{what}: there is no file {file}.</source>
        <translation>{what}: {file} नाम की कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>{what}: cannot read {file}: {strerror}.</source>
        <translation>{what}: {file} पढ़ी नहीं जा सकी: {strerror}।</translation>
    </message>
    <message>
        <source>{what}: {file} is not a regular file.</source>
        <translation>{what}: {file} सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>{what}: refusing {file}: it belongs to another user (uid {st_uid}), not you.</source>
        <translation>{what}: {file} अस्वीकार: यह किसी अन्य उपयोगकर्ता (uid {st_uid}) की है, आपकी नहीं।</translation>
    </message>
    <message>
        <source>{what}: refusing {file}: others can access it (mode {value:o}); run chmod 600 {file}.</source>
        <translation>{what}: {file} अस्वीकार: अन्य लोग इसे खोल सकते हैं (मोड {value:o}); chmod 600 {file} चलाएँ।</translation>
    </message>
    <message>
        <source>{what}: cannot read {file}: {exc}.</source>
        <translation>{what}: {file} पढ़ी नहीं जा सकी: {exc}।</translation>
    </message>
    <message>
        <source>{what}: {file} is empty; put the password on its first line.</source>
        <translation>{what}: {file} खाली है; पासवर्ड उसकी पहली पंक्ति में लिखें।</translation>
    </message>
    <message>
        <source>A password is needed and there is no terminal to ask on: set {password_file_env} to a file (mode 600) holding it.</source>
        <translation>पासवर्ड आवश्यक है और पूछने के लिए कोई टर्मिनल नहीं है: {password_file_env} को उस फ़ाइल (मोड 600) पर सेट करें जिसमें पासवर्ड है।</translation>
    </message>
    <message>
        <source>A new password is needed and there is no terminal to ask on: use --password-file F.</source>
        <translation>नया पासवर्ड आवश्यक है और पूछने के लिए कोई टर्मिनल नहीं है: --password-file F का उपयोग करें।</translation>
    </message>
    <message>
        <source>New password for {whose}: </source>
        <translation>{whose} के लिए नया पासवर्ड: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>इसे फिर से टाइप करें: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>दोनों पासवर्ड अलग हैं; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>read the new password from the first line of F (yours, mode 600) instead of asking twice</source>
        <translation>नया पासवर्ड दो बार पूछने के बजाय F (आपकी फ़ाइल, मोड 600) की पहली पंक्ति से पढ़ें</translation>
    </message>
    <message>
        <source>{message} (option: {option})</source>
        <translation>{message} (विकल्प: {option})</translation>
    </message>
</context>
<context>
    <name>cli.launch</name>
    <message>
        <source>QT_QPA_PLATFORM asks for Wayland but WAYLAND_DISPLAY is not set: start consular inside the desktop session, or use a command (consular --help).</source>
        <extracomment>What Qt&apos;s xcb platform plugin loads (Qt 6.5+), as ctypes.util.find_library names, with the Debian package that has each. The README lists the same packages. Platforms that need no display server.</extracomment>
        <translation>QT_QPA_PLATFORM Wayland माँगता है पर WAYLAND_DISPLAY सेट नहीं है: consular को डेस्कटॉप सत्र के भीतर शुरू करें, या कोई कमांड उपयोग करें (consular --help)।</translation>
    </message>
    <message>
        <source>No display: the desktop app needs a graphical session (DISPLAY is not set). Run it from the desktop, under a virtual display (xvfb-run consular), or use a command (consular --help).</source>
        <translation>कोई डिस्प्ले नहीं: डेस्कटॉप ऐप के लिए ग्राफ़िकल सत्र आवश्यक है (DISPLAY सेट नहीं है)। इसे डेस्कटॉप से, वर्चुअल डिस्प्ले में (xvfb-run consular) चलाएँ, या कोई कमांड उपयोग करें (consular --help)।</translation>
    </message>
    <message>
        <source>The desktop app cannot open a window: Qt&apos;s X11 (xcb) libraries are missing. On Debian or Ubuntu install them with: sudo apt-get install {packages}</source>
        <translation>डेस्कटॉप ऐप विंडो नहीं खोल सकता: Qt की X11 (xcb) लाइब्रेरी मौजूद नहीं हैं। Debian या Ubuntu पर इन्हें इंस्टॉल करें: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>The desktop app needs PySide6, which is not installed; install consular with `pip install -e .` or use a command (see `consular --help`).</source>
        <translation>डेस्कटॉप ऐप के लिए PySide6 आवश्यक है, जो इंस्टॉल नहीं है; consular को `pip install -e .` से इंस्टॉल करें या कोई कमांड उपयोग करें (`consular --help` देखें)।</translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db.</source>
        <translation>--demo अपना डेटाबेस स्वयं बनाता है; --db हटाएँ।</translation>
    </message>
    <message>
        <source>Creating a demo database (fictional names; deleted when the window closes)…</source>
        <translation>डेमो डेटाबेस बनाया जा रहा है (काल्पनिक नाम; विंडो बंद होने पर हटा दिया जाएगा)…</translation>
    </message>
    <message>
        <source>{label}: fictional data, deleted when consular closes.</source>
        <translation>{label}: काल्पनिक डेटा, consular बंद होने पर हटा दिया जाएगा।</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>डेमो डेटाबेस</translation>
    </message>
</context>
<context>
    <name>cli.main</name>
    <message>
        <source>Case tracking for consular staff: cases, people, contact log, briefs, timelines. Without a command, opens the desktop app.</source>
        <translation>कांसुलर कर्मचारियों के लिए मामलों का प्रबंधन: मामले, व्यक्ति, संपर्क लॉग, स्थिति सारांश, समयरेखाएँ। बिना कमांड के डेस्कटॉप ऐप खोलता है।</translation>
    </message>
    <message>
        <source>TARGET is a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://user@host/db); the {db_env} environment variable does the same. Default: consular.db in the user&apos;s data folder. Every command except &apos;db init&apos;, &apos;db upgrade&apos; and &apos;db current&apos; needs a signed-in account (--user, or --demo); a new database gets its first administrator from &apos;consular db init --admin NAME&apos;.</source>
        <translation>TARGET किसी SQLite फ़ाइल का पथ या SQLAlchemy URL (postgresql+psycopg://user@host/db) है; {db_env} पर्यावरण चर भी यही करता है। डिफ़ॉल्ट: उपयोगकर्ता के डेटा फ़ोल्डर में consular.db। &apos;db init&apos;, &apos;db upgrade&apos; और &apos;db current&apos; के अलावा हर कमांड के लिए साइन इन किया हुआ खाता आवश्यक है (--user, या --demo); नए डेटाबेस को उसका पहला प्रशासक &apos;consular db init --admin NAME&apos; से मिलता है।</translation>
    </message>
    <message>
        <source>database file or URL (default: ${db_env} or the user data folder)</source>
        <translation>डेटाबेस फ़ाइल या URL (डिफ़ॉल्ट: ${db_env} या उपयोगकर्ता का डेटा फ़ोल्डर)</translation>
    </message>
    <message>
        <source>sign in as this user (default: $CONSULAR_USER); the password is read from the file named by $CONSULAR_PASSWORD_FILE (yours, mode 600) or asked on the terminal</source>
        <translation>इस उपयोगकर्ता के रूप में साइन इन करें (डिफ़ॉल्ट: $CONSULAR_USER); पासवर्ड $CONSULAR_PASSWORD_FILE द्वारा बताई गई फ़ाइल (आपकी, मोड 600) से पढ़ा जाता है या टर्मिनल पर पूछा जाता है</translation>
    </message>
    <message>
        <source>use a fresh demo database seeded from seeds/ (in a temporary folder, deleted afterwards), signed in as its supervisor {demo_user}, shown as of the last day of its data; with a command, the command runs on it</source>
        <translation>seeds/ से बना नया डेमो डेटाबेस उपयोग करें (अस्थायी फ़ोल्डर में, बाद में हटा दिया जाता है), उसके पर्यवेक्षक {demo_user} के रूप में साइन इन, उसके डेटा के अंतिम दिन की स्थिति में; कमांड के साथ, कमांड उसी पर चलती है</translation>
    </message>
    <message>
        <source>show the records as they stood at the end of DATE (YYYY-MM-DD, UTC) or at an ISO date and time: days held, overdue tasks and briefs are computed for that moment; changes are refused</source>
        <translation>रिकॉर्ड वैसे दिखाएँ जैसे वे DATE (YYYY-MM-DD, UTC) के अंत में या किसी ISO दिनांक और समय पर थे: बंधक रहने के दिन, अतिदेय कार्य और स्थिति सारांश उसी क्षण के लिए गिने जाते हैं; बदलाव अस्वीकार किए जाते हैं</translation>
    </message>
    <message>
        <source>the language of the messages and help: {choices} (default: from $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG, else en)</source>
        <translation>संदेशों और सहायता की भाषा: {choices} (डिफ़ॉल्ट: $LANGUAGE, $LC_ALL, $LC_MESSAGES या $LANG से, अन्यथा en)</translation>
    </message>
    <message>
        <source>log database and migration details to stderr</source>
        <translation>डेटाबेस और माइग्रेशन का विवरण stderr पर लॉग करें</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x}</source>
        <translation>बाइट 0x{byte:02x}</translation>
    </message>
    <message>
        <source>a character that cannot be encoded</source>
        <translation>ऐसा वर्ण जिसे एन्कोड नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>argument {index} is not valid UTF-8 text ({shown}); check the terminal&apos;s character encoding.</source>
        <translation>तर्क {index} मान्य UTF-8 पाठ नहीं है ({shown}); टर्मिनल का वर्ण एन्कोडिंग जाँचें।</translation>
    </message>
    <message>
        <source>--demo makes its own database; leave out --db.</source>
        <translation>--demo अपना डेटाबेस स्वयं बनाता है; --db हटाएँ।</translation>
    </message>
    <message>
        <source>{label}: a throwaway demo database (fictional data), signed in as {demo_user}.</source>
        <translation>{label}: एक अस्थायी डेमो डेटाबेस (काल्पनिक डेटा), {demo_user} के रूप में साइन इन।</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>डेमो</translation>
    </message>
    <message>
        <source>consular: {problem}</source>
        <translation>consular: {problem}</translation>
    </message>
    <message>
        <source>consular: {user_error_text}</source>
        <translation>consular: {user_error_text}</translation>
    </message>
    <message>
        <source>consular: interrupted; nothing half-written was kept.</source>
        <translation>consular: बीच में रोका गया; आधा लिखा कुछ भी नहीं रखा गया।</translation>
    </message>
</context>
<context>
    <name>cli.purge</name>
    <message>
        <source>remove a closed case and everything recorded on it, for good (administrators)</source>
        <translation>बंद मामले और उस पर दर्ज सब कुछ को स्थायी रूप से हटाएँ (प्रशासक)</translation>
    </message>
    <message>
        <source>Remove a closed case entirely, as retention rules require: its records, its people and counterparts of no other case, its words in the search index, and the content of its audit entries (who did what and when is kept). No copy of its text is left in the database file. You are asked to type the reference again; in a script, pass it with --confirm.</source>
        <translation>बंद मामले को पूरी तरह हटाएँ, जैसा प्रतिधारण नियम माँगते हैं: उसके रिकॉर्ड, उसके ऐसे व्यक्ति और वार्ताकार जो किसी अन्य मामले के नहीं हैं, खोज सूचकांक में उसके शब्द, और उसकी ऑडिट प्रविष्टियों की सामग्री (किसने क्या और कब किया, यह रखा जाता है)। डेटाबेस फ़ाइल में उसके पाठ की कोई प्रति नहीं बचती। आपसे संदर्भ फिर से टाइप करने को कहा जाता है; स्क्रिप्ट में इसे --confirm से दें।</translation>
    </message>
    <message>
        <source>the closed case&apos;s reference</source>
        <translation>बंद मामले का संदर्भ</translation>
    </message>
    <message>
        <source>the reference typed again (for scripts)</source>
        <translation>फिर से टाइप किया गया संदर्भ (स्क्रिप्ट के लिए)</translation>
    </message>
    <message>
        <source>Purging cannot be undone: confirm with --confirm REF (the reference typed again).</source>
        <translation>स्थायी रूप से हटाना पूर्ववत नहीं हो सकता: --confirm REF (फिर से टाइप किया गया संदर्भ) से पुष्टि करें।</translation>
    </message>
    <message>
        <source>This removes {reference} for good. Type its reference to confirm: </source>
        <translation>यह {reference} को स्थायी रूप से हटा देगा। पुष्टि के लिए इसका संदर्भ टाइप करें: </translation>
    </message>
    <message>
        <source>Purged {reference}: {total} records removed; {audit_entries_emptied} audit entries kept without their content.</source>
        <translation>{reference} हटाया गया: {total} रिकॉर्ड हटाए गए; {audit_entries_emptied} ऑडिट प्रविष्टियाँ बिना सामग्री के रखी गईं।</translation>
    </message>
    <message>
        <source>Another window or program still has the database open: its write-ahead log is emptied when it closes.</source>
        <translation>कोई अन्य विंडो या प्रोग्राम अब भी डेटाबेस खोले हुए है: उसके बंद होने पर उसका write-ahead लॉग खाली होगा।</translation>
    </message>
</context>
<context>
    <name>contact_log</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>Not vetted at the time: {names}</source>
        <translation>उस समय जाँच नहीं हुई थी: {names}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>{subject}  (edited ×{count})</source>
        <translation>{subject}  (संपादित ×{count})</translation>
    </message>
    <message>
        <source>{subject}

Logged by {user}</source>
        <translation>{subject}

{user} द्वारा दर्ज</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>पहुँच</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Restricted: kept out of family-facing and redacted outputs</source>
        <translation>प्रतिबंधित: परिवार के लिए दस्तावेज़ों और गोपनीय अंश हटाए गए संस्करणों से बाहर</translation>
    </message>
    <message>
        <source>Shareable with family</source>
        <translation>परिवार से साझा करने योग्य</translation>
    </message>
    <message>
        <source>Not restricted</source>
        <translation>प्रतिबंधित नहीं</translation>
    </message>
</context>
<context>
    <name>counterpart_picker</name>
    <message>
        <source>in no case yet</source>
        <translation>अभी किसी मामले में नहीं</translation>
    </message>
    <message numerus="yes">
        <source>from {cases} and %n more (not this case)</source>
        <translation>
            <numerusform>{cases} और %n अन्य से (यह मामला नहीं)</numerusform>
            <numerusform>{cases} और %n अन्य से (यह मामला नहीं)</numerusform>
        </translation>
    </message>
    <message>
        <source>from {cases} (not this case)</source>
        <translation>{cases} से (यह मामला नहीं)</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Missing since {date} (UTC).</source>
        <translation>{date} (UTC) से लापता।</translation>
    </message>
    <message>
        <source>Held since {date} (UTC).</source>
        <translation>{date} (UTC) से बंधक।</translation>
    </message>
    <message>
        <source>Last verified proof of life: {date}.</source>
        <translation>अंतिम सत्यापित जीवित होने का प्रमाण: {date}।</translation>
    </message>
    <message>
        <source>No verified proof of life on record.</source>
        <translation>रिकॉर्ड में जीवित होने का कोई सत्यापित प्रमाण नहीं।</translation>
    </message>
    <message>
        <source>Needs attention: {flags}.</source>
        <translation>ध्यान देने योग्य: {flags}।</translation>
    </message>
    <message>
        <source>Open {reference} at its people.</source>
        <translation>{reference} को उसके व्यक्तियों पर खोलें।</translation>
    </message>
</context>
<context>
    <name>database_dialogs</name>
    <message>
        <source>consular databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>consular डेटाबेस (*.db *.sqlite *.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists. Use File → Open database… to open it, or choose a new file name.</source>
        <translation>&apos;{name}&apos; पहले से मौजूद है। उसे खोलने के लिए फ़ाइल → डेटाबेस खोलें… का उपयोग करें, या नई फ़ाइल का नाम चुनें।</translation>
    </message>
    <message>
        <source>A new database is created with its first administrator: run `consular --db {target} db init --admin NAME`, then open it here.</source>
        <translation>नया डेटाबेस उसके पहले व्यवस्थापक के साथ बनता है: `consular --db {target} db init --admin NAME` चलाएँ, फिर इसे यहाँ खोलें।</translation>
    </message>
    <message>
        <source>Not a consular database</source>
        <translation>यह consular डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in &apos;{name}&apos;.</source>
        <translation>{reason}

&apos;{name}&apos; में कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Database from a newer consular</source>
        <translation>consular के नए संस्करण का डेटाबेस</translation>
    </message>
    <message>
        <source>{reason}

This is consular {version}. The file was left as it is.</source>
        <translation>{reason}

यह consular {version} है। फ़ाइल को जैसी थी वैसी ही छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>Database is in use</source>
        <translation>डेटाबेस उपयोग में है</translation>
    </message>
    <message>
        <source>{reason}

Another program (or another consular window) is writing to &apos;{name}&apos;. Close it, or wait a moment, and open the file again.</source>
        <translation>{reason}

कोई दूसरा प्रोग्राम (या दूसरी consular विंडो) &apos;{name}&apos; में लिख रहा है। उसे बंद करें, या थोड़ा रुककर फ़ाइल फिर से खोलें।</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>डेटाबेस नहीं खुल सकता</translation>
    </message>
    <message>
        <source>The database was upgraded to the format of this version of consular.

A copy of it as it was before the upgrade is kept at:
{path}</source>
        <translation>डेटाबेस को consular के इस संस्करण के फ़ॉर्मैट में अपग्रेड किया गया।

अपग्रेड से पहले की इसकी एक प्रति यहाँ रखी गई है:
{path}</translation>
    </message>
    <message>
        <source>Open a consular database</source>
        <translation>consular डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Create a new consular database</source>
        <translation>नया consular डेटाबेस बनाएँ</translation>
    </message>
</context>
<context>
    <name>db.dialect</name>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it, check their change, then apply yours again.</source>
        <translation>आपके संपादन के दौरान किसी और ने यह रिकॉर्ड बदल दिया। इसे फिर से लोड करें, उनका बदलाव देखें, फिर अपना बदलाव दोबारा लागू करें।</translation>
    </message>
    <message>
        <source>The change clashes with a record saved at the same time ({first_line}). Reload and try again.</source>
        <translation>यह बदलाव उसी समय सहेजे गए एक रिकॉर्ड से टकराता है ({first_line})। फिर से लोड करें और पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>{where} cannot be read as a consular database ({name}).</source>
        <translation>{where} को consular डेटाबेस के रूप में पढ़ा नहीं जा सकता ({name})।</translation>
    </message>
    <message>
        <source>The database is busy in another program or window; try again in a moment.</source>
        <translation>डेटाबेस किसी अन्य प्रोग्राम या विंडो में व्यस्त है; थोड़ी देर में पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and retry.</source>
        <translation>डिस्क भर गई है; कुछ भी सहेजा नहीं गया। कुछ जगह खाली करें और पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>{value} is not a consular database, or it is damaged. Open a backup copy instead.</source>
        <translation>{value} consular डेटाबेस नहीं है, या क्षतिग्रस्त है। इसके बजाय बैकअप प्रति खोलें।</translation>
    </message>
    <message>
        <source>Cannot open {where}: its folder does not exist or cannot be written to.</source>
        <translation>{where} नहीं खुल सकता: इसका फ़ोल्डर मौजूद नहीं है या उसमें लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot write to {where}: the file is read-only for you.</source>
        <translation>{where} में लिखा नहीं जा सकता: यह फ़ाइल आपके लिए केवल पढ़ने योग्य है।</translation>
    </message>
    <message>
        <source>Cannot connect to {where}: {first}</source>
        <translation>{where} से कनेक्ट नहीं हो सका: {first}</translation>
    </message>
</context>
<context>
    <name>db.engine</name>
    <message>
        <source>&apos;{raw}&apos; is not a database URL or file path.</source>
        <translation>&apos;{raw}&apos; न तो डेटाबेस URL है और न ही फ़ाइल पथ।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a folder; give the path of a database file inside it.</source>
        <translation>&apos;{raw}&apos; एक फ़ोल्डर है; इसके अंदर की डेटाबेस फ़ाइल का पथ दें।</translation>
    </message>
</context>
<context>
    <name>db.keyslots</name>
    <message>
        <source>The password does not open this database.</source>
        <translation>यह पासवर्ड इस डेटाबेस को नहीं खोलता।</translation>
    </message>
    <message>
        <source>{path_name} does not hold this database&apos;s key.</source>
        <translation>{path_name} में इस डेटाबेस की कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>{path_name} is missing: the encrypted database {name} cannot be unlocked without its key file. Restore both from a backup.</source>
        <translation>{path_name} गायब है: एन्क्रिप्टेड डेटाबेस {name} अपनी कुंजी फ़ाइल के बिना अनलॉक नहीं हो सकता। दोनों को बैकअप से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>{path_name} cannot be read ({exc}); restore it from a backup.</source>
        <translation>{path_name} पढ़ा नहीं जा सकता ({exc}); इसे बैकअप से पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>{path_name} is not a consular key file of a version this consular knows.</source>
        <translation>{path_name} ऐसी consular कुंजी फ़ाइल नहीं है जिसका संस्करण यह consular जानता हो।</translation>
    </message>
    <message>
        <source>{path_name} already exists; it belongs to an existing encrypted database.</source>
        <translation>{path_name} पहले से मौजूद है; यह किसी मौजूदा एन्क्रिप्टेड डेटाबेस का है।</translation>
    </message>
    <message>
        <source>That key is not this database&apos;s key.</source>
        <translation>यह कुंजी इस डेटाबेस की नहीं है।</translation>
    </message>
    <message>
        <source>The account &apos;{clean}&apos; is disabled; ask an administrator.</source>
        <translation>खाता &apos;{clean}&apos; निष्क्रिय है; किसी प्रशासक से संपर्क करें।</translation>
    </message>
    <message>
        <source>That is not a recovery key (it has letters other than A-Z and 2-7).</source>
        <translation>यह पुनर्प्राप्ति कुंजी नहीं है (इसमें A-Z और 2-7 के अलावा अन्य अक्षर हैं)।</translation>
    </message>
    <message>
        <source>That is not a recovery key (wrong length).</source>
        <translation>यह पुनर्प्राप्ति कुंजी नहीं है (लंबाई गलत है)।</translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation>इस डेटाबेस की कोई पुनर्प्राप्ति कुंजी नहीं है।</translation>
    </message>
</context>
<context>
    <name>db.migrate</name>
    <message>
        <source>Cannot read &apos;{path}&apos;: {strerror}.</source>
        <translation>&apos;{path}&apos; पढ़ा नहीं जा सका: {strerror}।</translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; is an encrypted consular database: sign in with your user name and password to open it.</source>
        <translation>&apos;{path_name}&apos; एक एन्क्रिप्टेड consular डेटाबेस है: इसे खोलने के लिए अपने उपयोगकर्ता नाम और पासवर्ड से साइन इन करें।</translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; is not a consular database (it is not a SQLite file). Choose a .db file made by consular, or create a new one. (If it is an encrypted consular database, its key file {name} is missing: restore both from a backup.)</source>
        <translation>&apos;{path_name}&apos; consular डेटाबेस नहीं है (यह SQLite फ़ाइल नहीं है)। consular द्वारा बनाई गई .db फ़ाइल चुनें, या नई बनाएँ। (यदि यह एन्क्रिप्टेड consular डेटाबेस है, तो इसकी कुंजी फ़ाइल {name} गायब है: दोनों को बैकअप से पुनर्स्थापित करें।)</translation>
    </message>
    <message>
        <source>&apos;{describe}&apos; was written by a newer version of consular (schema {current_revision}); update consular to open it.</source>
        <translation>&apos;{describe}&apos; consular के नए संस्करण से लिखा गया है (स्कीमा {current_revision}); इसे खोलने के लिए consular अपडेट करें।</translation>
    </message>
    <message>
        <source>&apos;{describe}&apos; holds tables that are not consular&apos;s; choose a consular database or a new file.</source>
        <translation>&apos;{describe}&apos; में ऐसी तालिकाएँ हैं जो consular की नहीं हैं; कोई consular डेटाबेस या नई फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>demands_tab</name>
    <message>
        <source>{name} ({status} then)</source>
        <translation>{name} (उस समय {status})</translation>
    </message>
</context>
<context>
    <name>detention_dialogs</name>
    <message>
        <source>Restricted — only the case team reads it</source>
        <translation>प्रतिबंधित — इसे केवल मामले की टीम पढ़ती है</translation>
    </message>
    <message>
        <source>National</source>
        <translation>नागरिक</translation>
    </message>
</context>
<context>
    <name>detention_tab</name>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>मुलाक़ात</translation>
    </message>
    <message>
        <source>note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>सुनवाई</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Void the selected visit</source>
        <translation>चुनी गई मुलाक़ात निरस्त करें</translation>
    </message>
    <message>
        <source>Void the selected note verbale</source>
        <translation>चुना गया नोट वर्बेल निरस्त करें</translation>
    </message>
    <message>
        <source>Void the selected hearing</source>
        <translation>चुनी गई सुनवाई निरस्त करें</translation>
    </message>
    <message>
        <source>Void the selected charge</source>
        <translation>चुना गया आरोप निरस्त करें</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE (%n day(s))</source>
        <translation>
            <numerusform>अतिदेय (%n दिन)</numerusform>
            <numerusform>अतिदेय (%n दिन)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>%n दिन से प्रतीक्षा</numerusform>
            <numerusform>%n दिन से प्रतीक्षा</numerusform>
        </translation>
    </message>
    <message>
        <source>National</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Decided {day}</source>
        <translation>{day} को निर्णय</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>मुलाक़ात</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>मुलाक़ात किसने की</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>न्यायालय</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>OVERDUE — no outcome recorded</source>
        <translation>अतिदेय — कोई परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>अगली तिथि</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>दायर</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>documents_tab</name>
    <message>
        <source>Select a document to edit its description.</source>
        <translation>विवरण संपादित करने के लिए एक दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <source>Restricted: only the case&apos;s team, supervisors and administrators may see or edit it.</source>
        <translation>प्रतिबंधित: इसे केवल मामले की टीम, पर्यवेक्षक और प्रशासक देख या संपादित कर सकते हैं।</translation>
    </message>
    <message>
        <source>Voided by {name}: {reason}. A voided document stays as it was.</source>
        <translation>{name} द्वारा निरस्त: {reason}। निरस्त दस्तावेज़ जैसा था वैसा ही रहता है।</translation>
    </message>
</context>
<context>
    <name>domain.captivity</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>status not recorded</source>
        <translation>स्थिति दर्ज नहीं</translation>
    </message>
    <message numerus="yes">
        <source>held for %n day(s)</source>
        <translation>
            <numerusform>%n दिन से बंदी</numerusform>
            <numerusform>%n दिन से बंदी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>%n दिन से लापता</numerusform>
            <numerusform>%n दिन से लापता</numerusform>
        </translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>मृत</translation>
    </message>
    <message numerus="yes">
        <source>{status} after %n day(s)</source>
        <translation>
            <numerusform>%n दिन बाद {status}</numerusform>
            <numerusform>%n दिन बाद {status}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.clock</name>
    <message>
        <source>As of {day}</source>
        <extracomment>The clock lines the faces show, as whole sentences (the prefixes the callers pass).</extracomment>
        <translation>{day} की स्थिति</translation>
    </message>
    <message>
        <source>Demo as of {day}</source>
        <translation>डेमो: {day} की स्थिति</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as YYYY-MM-DD (e.g. 2025-07-25) or an ISO date and time.</source>
        <extracomment>True for ``--as-of``: looking at the past, changes are refused so nothing is back-dated.</extracomment>
        <translation>&apos;{raw}&apos; तिथि नहीं है; इसे YYYY-MM-DD (जैसे 2025-07-25) या ISO तिथि और समय के रूप में लिखें।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no UTC offset; add one, e.g. {raw2}+00:00.</source>
        <translation>&apos;{raw}&apos; में UTC ऑफ़सेट नहीं है; एक जोड़ें, जैसे {raw2}+00:00।</translation>
    </message>
    <message>
        <source>{raw} is in the future; --as-of shows the records as they stood on a past day.</source>
        <translation>{raw} भविष्य में है; --as-of रिकॉर्ड को किसी पिछले दिन की स्थिति में दिखाता है।</translation>
    </message>
</context>
<context>
    <name>domain.enums</name>
    <message>
        <source>value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a known {kind}; use one of: {choices}</source>
        <translation>&apos;{text}&apos; ज्ञात {kind} नहीं है; इनमें से एक का उपयोग करें: {choices}</translation>
    </message>
    <message>
        <source>kind of case</source>
        <extracomment>What each enum&apos;s values are, as the error of :meth:`LabelledEnum.parse` names it.</extracomment>
        <translation>मामले का प्रकार</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>मामले की स्थिति</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>attribution level</source>
        <translation>ज़िम्मेदारी का स्तर</translation>
    </message>
    <message>
        <source>classification marking</source>
        <translation>वर्गीकरण चिह्न</translation>
    </message>
    <message>
        <source>kind of post</source>
        <translation>मिशन का प्रकार</translation>
    </message>
    <message>
        <source>role of a person in a case</source>
        <translation>मामले में व्यक्ति की भूमिका</translation>
    </message>
    <message>
        <source>hostage status</source>
        <translation>बंधक की स्थिति</translation>
    </message>
    <message>
        <source>counterpart category</source>
        <translation>वार्ताकार श्रेणी</translation>
    </message>
    <message>
        <source>contact channel</source>
        <translation>संपर्क माध्यम</translation>
    </message>
    <message>
        <source>contact direction</source>
        <translation>संपर्क की दिशा</translation>
    </message>
    <message>
        <source>milestone kind</source>
        <translation>महत्वपूर्ण घटना का प्रकार</translation>
    </message>
    <message>
        <source>kind of news for the family</source>
        <translation>परिवार के लिए सूचना का प्रकार</translation>
    </message>
    <message>
        <source>proof-of-life question state</source>
        <translation>जीवित होने के प्रमाण के प्रश्न की स्थिति</translation>
    </message>
    <message>
        <source>proof-of-life medium</source>
        <translation>जीवित होने के प्रमाण का माध्यम</translation>
    </message>
    <message>
        <source>proof-of-life assessment</source>
        <translation>जीवित होने के प्रमाण का आकलन</translation>
    </message>
    <message>
        <source>reported condition</source>
        <translation>बताई गई दशा</translation>
    </message>
    <message>
        <source>demand kind</source>
        <translation>मांग का प्रकार</translation>
    </message>
    <message>
        <source>response to a demand</source>
        <translation>मांग का उत्तर</translation>
    </message>
    <message>
        <source>status of a charge against a detained national</source>
        <translation>हिरासत में लिए गए नागरिक पर आरोप की स्थिति</translation>
    </message>
    <message>
        <source>decision on a consular visit request</source>
        <translation>कांसुलर मुलाक़ात के अनुरोध पर निर्णय</translation>
    </message>
    <message>
        <source>intermediary vetting status</source>
        <translation>मध्यस्थ के सत्यापन की स्थिति</translation>
    </message>
    <message>
        <source>task status</source>
        <translation>कार्य की स्थिति</translation>
    </message>
    <message>
        <source>kind of case link</source>
        <translation>मामलों के संबंध का प्रकार</translation>
    </message>
    <message>
        <source>kind of record to merge</source>
        <translation>विलय किए जाने वाले रिकॉर्ड का प्रकार</translation>
    </message>
    <message>
        <source>kind of entry to void</source>
        <translation>निरस्त की जाने वाली प्रविष्टि का प्रकार</translation>
    </message>
    <message>
        <source>user role</source>
        <translation>उपयोगकर्ता की भूमिका</translation>
    </message>
    <message>
        <source>repatriation checklist item</source>
        <translation>स्वदेश वापसी सूची की मद</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>मनोसामाजिक सहायता</translation>
    </message>
</context>
<context>
    <name>domain.fields</name>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>प्राप्त उत्तर</translation>
    </message>
    <message>
        <source>answer summary</source>
        <translation>उत्तर का सारांश</translation>
    </message>
    <message>
        <source>assessment basis</source>
        <translation>आकलन का आधार</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>प्राधिकरण</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>परिस्थितियाँ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>contact every days</source>
        <translation>संपर्क का अंतराल (दिन)</translation>
    </message>
    <message>
        <source>counterpart name</source>
        <translation>वार्ताकार का नाम</translation>
    </message>
    <message>
        <source>court</source>
        <translation>न्यायालय</translation>
    </message>
    <message>
        <source>debrief by</source>
        <translation>डीब्रीफ़िंग करने वाले</translation>
    </message>
    <message>
        <source>description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>details</source>
        <translation>ब्योरा</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>प्रदर्शित नाम</translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation>अवधि (मिनट)</translation>
    </message>
    <message>
        <source>expected answer</source>
        <translation>अपेक्षित उत्तर</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>फ़ाइल का नाम</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>follow-up task</source>
        <translation>अनुवर्ती कार्य</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>held note</source>
        <translation>हिरासत संबंधी टिप्पणी</translation>
    </message>
    <message>
        <source>held source</source>
        <translation>हिरासत संबंधी स्रोत</translation>
    </message>
    <message>
        <source>identifier type</source>
        <translation>पहचानकर्ता का प्रकार</translation>
    </message>
    <message>
        <source>identifier value</source>
        <translation>पहचानकर्ता का मान</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>lawyer firm</source>
        <translation>विधि फ़र्म</translation>
    </message>
    <message>
        <source>lawyer name</source>
        <translation>वकील का नाम</translation>
    </message>
    <message>
        <source>medication needs</source>
        <translation>दवा संबंधी आवश्यकताएँ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>name in native script</source>
        <translation>मूल लिपि में नाम</translation>
    </message>
    <message>
        <source>name native</source>
        <translation>मूल लिपि में नाम</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>participant notes</source>
        <translation>प्रतिभागी संबंधी टिप्पणियाँ</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>पासपोर्ट संख्या</translation>
    </message>
    <message>
        <source>place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>पसंदीदा भाषा</translation>
    </message>
    <message>
        <source>question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>संदर्भ संख्या</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>reliability note</source>
        <translation>विश्वसनीयता संबंधी टिप्पणी</translation>
    </message>
    <message>
        <source>source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>task title</source>
        <translation>कार्य का शीर्षक</translation>
    </message>
    <message>
        <source>title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>vetted by</source>
        <translation>सत्यापनकर्ता</translation>
    </message>
    <message>
        <source>visited by</source>
        <translation>मुलाक़ात करने वाले</translation>
    </message>
    <message>
        <source>welfare observed</source>
        <translation>देखी गई कुशलक्षेम स्थिति</translation>
    </message>
    <message>
        <source>what was told</source>
        <translation>क्या बताया गया</translation>
    </message>
    <message>
        <source>who made it</source>
        <translation>किसने की</translation>
    </message>
    <message>
        <source>why they are unlinked</source>
        <translation>संबंध हटाने का कारण</translation>
    </message>
    <message>
        <source>wording for the family</source>
        <translation>परिवार के लिए शब्दावली</translation>
    </message>
</context>
<context>
    <name>domain.lockout</name>
    <message>
        <source>less than a minute</source>
        <translation>एक मिनट से कम</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account locked after %n failed attempt(s). Try again in {time}.</source>
        <translation>
            <numerusform>%n असफल प्रयास के बाद खाता लॉक हो गया। {time} बाद पुनः प्रयास करें।</numerusform>
            <numerusform>%n असफल प्रयासों के बाद खाता लॉक हो गया। {time} बाद पुनः प्रयास करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>locked ({time} left)</source>
        <translation>लॉक ({time} शेष)</translation>
    </message>
</context>
<context>
    <name>domain.passwords</name>
    <message>
        <source>{profile_env}=&apos;{profile}&apos; is not a known profile (use &apos;production&apos;).</source>
        <translation>{profile_env}=&apos;{profile}&apos; ज्ञात प्रोफ़ाइल नहीं है (&apos;production&apos; का उपयोग करें)।</translation>
    </message>
    <message>
        <source>A password needs at least {min_length} characters (a short phrase is fine).</source>
        <translation>पासवर्ड में कम से कम {min_length} अक्षर होने चाहिए (एक छोटा वाक्यांश भी चलेगा)।</translation>
    </message>
    <message>
        <source>A password can have at most {max_length} characters.</source>
        <translation>पासवर्ड में अधिकतम {max_length} अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>A password cannot be one character repeated.</source>
        <translation>पासवर्ड एक ही अक्षर को दोहराकर नहीं बन सकता।</translation>
    </message>
    <message>
        <source>A password cannot be the user name.</source>
        <translation>पासवर्ड उपयोगकर्ता नाम नहीं हो सकता।</translation>
    </message>
</context>
<context>
    <name>domain.timeline</name>
    <message>
        <source>&apos;{text}&apos; is not a timeline event type; use one of: {choices}</source>
        <translation>&apos;{text}&apos; समयरेखा घटना का प्रकार नहीं है; इनमें से एक का उपयोग करें: {choices}</translation>
    </message>
    <message>
        <source>Restricted</source>
        <extracomment>The events of a wrongful detention&apos;s records (charges, hearings, visits, notes verbales). One colour per type, shared by the PDF and the Timeline tab so they read alike. The field names every export carries for each event, in this order. The title of a restricted entry shown to someone who may not (or did not ask to) read it: the entry&apos;s date and type stay, everything else is left out (need-to-know). Marked here, translated where it is shown: ``translate(&quot;domain.timeline&quot;, RESTRICTED_TITLE)``.</extracomment>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>restricted entries included</source>
        <extracomment>A finer kind for icons and colours: the milestone kind, the contact channel, the new status. Not exported. Set on task-created events whose task is still open (for calendar to-dos). How long it lasted, when recorded (a contact&apos;s duration); calendars use it. Marked shareable with family (consular.services.family_share); never a restricted entry.</extracomment>
        <translation>प्रतिबंधित प्रविष्टियाँ शामिल</translation>
    </message>
    <message>
        <source>restricted entries left out</source>
        <translation>प्रतिबंधित प्रविष्टियाँ छोड़ी गईं</translation>
    </message>
    <message>
        <source>restricted entries shown as placeholders (date and type only)</source>
        <translation>प्रतिबंधित प्रविष्टियाँ प्लेसहोल्डर के रूप में (केवल तिथि और प्रकार)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>now</source>
        <translation>अब</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} से {end} तक</translation>
    </message>
    <message>
        <source>types: {types}</source>
        <translation>प्रकार: {types}</translation>
    </message>
    <message>
        <source>involving: {people}</source>
        <translation>संबंधित व्यक्ति: {people}</translation>
    </message>
    <message>
        <source>personal identifiers redacted</source>
        <translation>व्यक्तिगत पहचान के गोपनीय अंश हटाए गए</translation>
    </message>
</context>
<context>
    <name>domain.timeutil</name>
    <message>
        <source>&apos;{name}&apos; is not an IANA time zone; use a name such as &apos;Africa/Bamako&apos;.</source>
        <translation>&apos;{name}&apos; IANA समय क्षेत्र नहीं है; &apos;Africa/Bamako&apos; जैसे नाम का उपयोग करें।</translation>
    </message>
    <message>
        <source>A date and time is required, e.g. 2025-07-01T14:30+00:00.</source>
        <translation>तिथि और समय आवश्यक है, जैसे 2025-07-01T14:30+00:00।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date and time; write it as ISO 8601, e.g. 2025-07-01T14:30 or 2025-07-01T14:30+00:00.</source>
        <translation>&apos;{raw}&apos; तिथि और समय नहीं है; इसे ISO 8601 में लिखें, जैसे 2025-07-01T14:30 या 2025-07-01T14:30+00:00।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no UTC offset; add one, e.g. {raw2}+00:00.</source>
        <translation>&apos;{raw}&apos; में UTC ऑफ़सेट नहीं है; एक जोड़ें, जैसे {raw2}+00:00।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as YYYY-MM-DD, e.g. 1988-03-14.</source>
        <translation>&apos;{raw}&apos; तिथि नहीं है; इसे YYYY-MM-DD के रूप में लिखें, जैसे 1988-03-14।</translation>
    </message>
    <message>
        <source>A date and time is required.</source>
        <translation>तिथि और समय आवश्यक है।</translation>
    </message>
    <message>
        <source>The time has no time zone; give one so it is not misread.</source>
        <translation>समय में समय क्षेत्र नहीं है; कोई ग़लतफ़हमी न हो, इसलिए एक दें।</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>भविष्य में</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>अभी-अभी</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} मिनट पहले</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} घंटे पहले</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <source>The {name} must be text.</source>
        <translation>{name} पाठ होना चाहिए।</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>{name} आवश्यक है।</translation>
    </message>
    <message>
        <source>The {name} is {count} characters long; the limit is {max_length}. Shorten it or attach the full text as a document.</source>
        <translation>{name} {count} अक्षरों का है; सीमा {max_length} है। इसे छोटा करें या पूरा पाठ दस्तावेज़ के रूप में संलग्न करें।</translation>
    </message>
    <message>
        <source>A country is required (ISO 3166 code such as ML).</source>
        <translation>देश आवश्यक है (ISO 3166 कोड, जैसे ML)।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code; use two letters such as ML or IN.</source>
        <translation>&apos;{value}&apos; ISO 3166 देश कोड नहीं है; दो अक्षरों का उपयोग करें, जैसे ML या IN।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a post code; use 2–5 letters such as BAM.</source>
        <translation>&apos;{value}&apos; मिशन कोड नहीं है; 2–5 अक्षरों का उपयोग करें, जैसे BAM।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address (name@example.org).</source>
        <translation>&apos;{text}&apos; ई-मेल पता नहीं है (name@example.org)।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number; write it with the country code, e.g. +223 20 22 51 64.</source>
        <translation>&apos;{text}&apos; फ़ोन नंबर नहीं है; इसे देश कोड के साथ लिखें, जैसे +223 20 22 51 64।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be a phone number (wrong length for its country).</source>
        <translation>&apos;{text}&apos; फ़ोन नंबर नहीं हो सकता (इसके देश के लिए लंबाई गलत है)।</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>अक्षांश और देशांतर दोनों दें, या कोई भी नहीं।</translation>
    </message>
    <message>
        <source>Coordinates must be decimal degrees, e.g. 14.45, -11.44.</source>
        <translation>निर्देशांक दशमलव अंशों में होने चाहिए, जैसे 14.45, -11.44।</translation>
    </message>
    <message>
        <source>Latitude {lat_f} is outside -90…90.</source>
        <translation>अक्षांश {lat_f} -90…90 की सीमा से बाहर है।</translation>
    </message>
    <message>
        <source>Longitude {lon_f} is outside -180…180.</source>
        <translation>देशांतर {lon_f} -180…180 की सीमा से बाहर है।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <source>{number} is outside {minimum}…{maximum}.</source>
        <translation>{number} {minimum}…{maximum} की सीमा से बाहर है।</translation>
    </message>
</context>
<context>
    <name>domain.workflow</name>
    <message>
        <source>The case is already {current}.</source>
        <translation>मामला पहले से ही {current} है।</translation>
    </message>
    <message>
        <source>A case cannot go from {current} to {new}; from {current} it can go to: {options}.</source>
        <translation>मामला {current} से {new} में नहीं जा सकता; {current} से यह इनमें जा सकता है: {options}।</translation>
    </message>
</context>
<context>
    <name>duplicates_dialog</name>
    <message>
        <source>no case</source>
        <translation>कोई मामला नहीं</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>यह नहीं किया जा सकता</translation>
    </message>
</context>
<context>
    <name>escalation_panel</name>
    <message>
        <source>family contact</source>
        <translation>परिवार से संपर्क</translation>
    </message>
    <message>
        <source>task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Family contact due {when} UTC, overdue by more than {days}. Open {reference}.</source>
        <translation>परिवार से संपर्क की नियत तिथि {when} UTC, {days} से अधिक अतिदेय। {reference} खोलें।</translation>
    </message>
    <message>
        <source>Task due {when} UTC, overdue by more than {days}. Open {reference}.</source>
        <translation>कार्य की नियत तिथि {when} UTC, {days} से अधिक अतिदेय। {reference} खोलें।</translation>
    </message>
</context>
<context>
    <name>family_letter_dialog</name>
    <message>
        <source>There is no letter template in {language}, {name}&apos;s preferred language: the letter is offered in English. Choose another language below if the family reads it.</source>
        <translation>{name} की पसंदीदा भाषा {language} में पत्र का कोई टेम्पलेट नहीं है: पत्र अंग्रेज़ी में दिया जा रहा है। यदि परिवार कोई और भाषा पढ़ता है तो नीचे चुनें।</translation>
    </message>
</context>
<context>
    <name>family_share_box</name>
    <message>
        <source>Shareable with family…</source>
        <translation>परिवार से साझा करने योग्य…</translation>
    </message>
    <message>
        <source>Mark shareable with family…</source>
        <translation>परिवार से साझा करने योग्य चिह्नित करें…</translation>
    </message>
    <message>
        <source>Shareable with family: the family is told “{wording}” (marked by {user})</source>
        <translation>परिवार से साझा करने योग्य: परिवार को “{wording}” बताया जाता है ({user} द्वारा चिह्नित)</translation>
    </message>
    <message>
        <source>Shareable with family: the family is told its own summary (marked by {user})</source>
        <translation>परिवार से साझा करने योग्य: परिवार को इसका अपना सारांश बताया जाता है ({user} द्वारा चिह्नित)</translation>
    </message>
</context>
<context>
    <name>family_tab</name>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>OVERDUE — {due}</source>
        <translation>अतिदेय — {due}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>किसका परिवार</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>घटनाक्रम</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>बताया गया</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>परिजन</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>What was told</source>
        <translation>क्या बताया गया</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>VOID — {text}</source>
        <translation>निरस्त — {text}</translation>
    </message>
</context>
<context>
    <name>form_rows</name>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>{field} त्रुटि</translation>
    </message>
</context>
<context>
    <name>gui.forms.contact_form</name>
    <message>
        <source>&apos;{name}&apos; is typed but not added: press Enter in the field to add it, or clear it.</source>
        <translation>&apos;{name}&apos; लिखा गया है पर जोड़ा नहीं गया: जोड़ने के लिए फ़ील्ड में Enter दबाएँ, या इसे मिटा दें।</translation>
    </message>
    <message>
        <source>follow-up task</source>
        <comment>the field named in a validation message</comment>
        <translation>अनुवर्ती कार्य</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>the field named in a validation message</comment>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>The contact time is in the future; check the date and time zone.</source>
        <translation>संपर्क का समय भविष्य में है; तिथि और समय क्षेत्र जांचें।</translation>
    </message>
</context>
<context>
    <name>gui.forms.detention_forms</name>
    <message>
        <source>Say when the charge was dropped.</source>
        <translation>बताएँ कि आरोप कब वापस लिया गया।</translation>
    </message>
    <message>
        <source>Say when the charge was convicted.</source>
        <translation>बताएँ कि आरोप में दोषसिद्धि कब हुई।</translation>
    </message>
    <message>
        <source>Say when the charge was acquitted.</source>
        <translation>बताएँ कि आरोप से बरी कब किया गया।</translation>
    </message>
    <message>
        <source>Say when the request was granted.</source>
        <translation>बताएँ कि अनुरोध कब स्वीकार हुआ।</translation>
    </message>
    <message>
        <source>Say when the request was refused.</source>
        <translation>बताएँ कि अनुरोध कब अस्वीकार हुआ।</translation>
    </message>
    <message>
        <source>Say when the request was no answer (closed).</source>
        <translation>बताएँ कि अनुरोध बिना उत्तर के कब बंद हुआ।</translation>
    </message>
    <message>
        <source>Give its reference number.</source>
        <translation>इसकी संदर्भ संख्या दें।</translation>
    </message>
    <message>
        <source>Give to whom.</source>
        <translation>बताएँ कि किसे भेजा गया।</translation>
    </message>
    <message>
        <source>Give its subject.</source>
        <translation>इसका विषय दें।</translation>
    </message>
    <message>
        <source>Say what the charge is.</source>
        <translation>बताएँ कि आरोप क्या है।</translation>
    </message>
    <message>
        <source>Give the date the charge was filed.</source>
        <translation>आरोप दायर होने की तिथि दें।</translation>
    </message>
    <message>
        <source>The charge&apos;s filing date is in the future; check the date.</source>
        <translation>आरोप दायर होने की तिथि भविष्य में है; तिथि जांचें।</translation>
    </message>
    <message>
        <source>The status date is before the charge was filed.</source>
        <translation>स्थिति की तिथि आरोप दायर होने से पहले की है।</translation>
    </message>
    <message>
        <source>Give the hearing&apos;s date.</source>
        <translation>सुनवाई की तिथि दें।</translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation>न्यायालय का नाम दें।</translation>
    </message>
    <message>
        <source>The next hearing ({next}) is before this hearing ({held}); check both dates.</source>
        <translation>अगली सुनवाई ({next}) इस सुनवाई ({held}) से पहले है; दोनों तिथियाँ जांचें।</translation>
    </message>
    <message>
        <source>The hearing is still to come: record its outcome once held.</source>
        <translation>सुनवाई अभी होनी है: हो जाने पर उसका परिणाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Give the date of the request.</source>
        <translation>अनुरोध की तिथि दें।</translation>
    </message>
    <message>
        <source>The request&apos;s date is in the future; check the date.</source>
        <translation>अनुरोध की तिथि भविष्य में है; तिथि जांचें।</translation>
    </message>
    <message>
        <source>The decision ({decided}) is dated before the request ({requested}); check both.</source>
        <translation>निर्णय ({decided}) की तिथि अनुरोध ({requested}) से पहले की है; दोनों जांचें।</translation>
    </message>
    <message>
        <source>A visit is recorded only on a granted request; choose Granted first.</source>
        <translation>मुलाक़ात केवल स्वीकृत अनुरोध पर दर्ज होती है; पहले स्वीकृत चुनें।</translation>
    </message>
    <message>
        <source>Findings and welfare are recorded after the visit: give its date.</source>
        <translation>निष्कर्ष और स्थिति मुलाक़ात के बाद दर्ज होते हैं: उसकी तिथि दें।</translation>
    </message>
    <message>
        <source>Give the date it was sent.</source>
        <translation>भेजने की तिथि दें।</translation>
    </message>
    <message>
        <source>The answer is dated before the note was sent.</source>
        <translation>उत्तर की तिथि नोट भेजने से पहले की है।</translation>
    </message>
    <message>
        <source>Say what the answer said (a line is enough).</source>
        <translation>बताएँ कि उत्तर में क्या कहा गया (एक पंक्ति पर्याप्त है)।</translation>
    </message>
    <message>
        <source>Give the date of the answer as well as what it said.</source>
        <translation>उत्तर की तिथि भी दें, साथ में उसमें क्या कहा गया।</translation>
    </message>
</context>
<context>
    <name>gui.forms.family_forms</name>
    <message>
        <source>Choose the next of kin who was told.</source>
        <extracomment>Problem the time field itself reports (unparseable text), shown as a told_at error.</extracomment>
        <translation>वह परिजन चुनें जिसे बताया गया।</translation>
    </message>
    <message>
        <source>Say how they were told (phone, in person, ...).</source>
        <translation>बताएँ कि उन्हें कैसे बताया गया (फ़ोन, व्यक्तिगत रूप से, ...)।</translation>
    </message>
    <message>
        <source>what was told</source>
        <comment>the field named in a validation message</comment>
        <translation>क्या बताया गया</translation>
    </message>
    <message>
        <source>Item #{number} is not open any more; reload.</source>
        <translation>मद #{number} अब खुली नहीं है; फिर से लोड करें।</translation>
    </message>
    <message>
        <source>Choose the next of kin.</source>
        <translation>परिजन चुनें।</translation>
    </message>
    <message>
        <source>Choose a different officer: this one is already theirs.</source>
        <translation>कोई दूसरा अधिकारी चुनें: यह पहले से उनका अधिकारी है।</translation>
    </message>
    <message>
        <source>Say why the officer changes; it is shown on the brief.</source>
        <translation>बताएँ कि अधिकारी क्यों बदल रहा है; यह स्थिति सारांश में दिखता है।</translation>
    </message>
</context>
<context>
    <name>gui.forms.import_form</name>
    <message>
        <source>Choose a file first.</source>
        <extracomment>field name → header of the file (&quot;&quot; when no column holds it)</extracomment>
        <translation>पहले एक फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>gui.forms.key_facts</name>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation>घटना का समय भविष्य में है; तिथि और समय क्षेत्र जांचें।</translation>
    </message>
</context>
<context>
    <name>gui.forms.new_case</name>
    <message>
        <source>Name the group when attribution is claimed.</source>
        <translation>जब ज़िम्मेदारी का दावा किया गया हो, तो समूह का नाम दें।</translation>
    </message>
    <message>
        <source>Name the group when attribution is confirmed.</source>
        <translation>जब ज़िम्मेदारी की पुष्टि हो चुकी हो, तो समूह का नाम दें।</translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation>अज्ञात समय क्षेत्र</translation>
    </message>
    <message>
        <source>local time, {offset}</source>
        <translation>स्थानीय समय, {offset}</translation>
    </message>
    <message>
        <source>Required: the group that claimed it</source>
        <translation>आवश्यक: वह समूह जिसने ज़िम्मेदारी ली</translation>
    </message>
    <message>
        <source>Optional: suspected or named group</source>
        <translation>वैकल्पिक: संदिग्ध या नामित समूह</translation>
    </message>
    <message>
        <source>Choose the post handling the case.</source>
        <translation>मामला संभालने वाला मिशन चुनें।</translation>
    </message>
    <message>
        <source>Enter when the incident happened.</source>
        <translation>घटना कब हुई, दर्ज करें।</translation>
    </message>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation>घटना का समय भविष्य में है; तिथि और समय क्षेत्र जांचें।</translation>
    </message>
</context>
<context>
    <name>gui.forms.people_forms</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Full name as in the passport</source>
        <translation>पासपोर्ट के अनुसार पूरा नाम</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>अपनी लिपि में नाम</translation>
    </message>
    <message>
        <source>e.g. रवि वर्मा</source>
        <translation>उदा. रवि वर्मा</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>पासपोर्ट संख्या</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Home state</source>
        <translation>गृह राज्य</translation>
    </message>
    <message>
        <source>Home district</source>
        <translation>गृह ज़िला</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>नियोक्ता</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>e.g. Hindi, Telugu, English</source>
        <translation>उदा. हिन्दी, तेलुगु, अंग्रेज़ी</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type the date of birth as YYYY-MM-DD (it must exist in the calendar).</source>
        <translation>&apos;{text}&apos; तिथि नहीं है: जन्म तिथि YYYY-MM-DD के रूप में लिखें (यह कैलेंडर में होनी चाहिए)।</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>जन्म तिथि भविष्य में है।</translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation>जन्म तिथि 1900 से पहले की है; वर्ष जांचें।</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>व्यक्ति का पूरा नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Choose whose next of kin this is.</source>
        <translation>चुनें कि ये किसके परिजन हैं।</translation>
    </message>
    <message>
        <source>Enter the next of kin&apos;s name.</source>
        <translation>परिजन का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Say how they are related (e.g. Wife, Father).</source>
        <translation>बताएँ कि उनका संबंध क्या है (उदा. पत्नी, पिता)।</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is released</source>
        <extracomment>Outcomes that end a captivity: recorded only with a source and the person&apos;s name typed out.</extracomment>
        <translation>पुष्टि के लिए {name} लिखें कि {name} रिहा है</translation>
    </message>
    <message>
        <source>Say where the news that {name} is released comes from (the source).</source>
        <translation>बताएँ कि {name} की रिहाई की सूचना कहाँ से आई (स्रोत)।</translation>
    </message>
    <message>
        <source>To record {name} as released, type their name ({name}) to confirm; no name was given.</source>
        <translation>{name} को रिहा दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; कोई नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>To record {name} as released, type their name ({name}) to confirm; it does not match.</source>
        <translation>{name} को रिहा दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; लिखा गया नाम मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is rescued</source>
        <translation>पुष्टि के लिए {name} लिखें कि {name} बचाया गया है</translation>
    </message>
    <message>
        <source>Say where the news that {name} is rescued comes from (the source).</source>
        <translation>बताएँ कि {name} की बचाव की सूचना कहाँ से आई (स्रोत)।</translation>
    </message>
    <message>
        <source>To record {name} as rescued, type their name ({name}) to confirm; no name was given.</source>
        <translation>{name} को बचाया गया दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; कोई नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>To record {name} as rescued, type their name ({name}) to confirm; it does not match.</source>
        <translation>{name} को बचाया गया दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; लिखा गया नाम मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is escaped</source>
        <translation>पुष्टि के लिए {name} लिखें कि {name} भाग निकला है</translation>
    </message>
    <message>
        <source>Say where the news that {name} is escaped comes from (the source).</source>
        <translation>बताएँ कि {name} की भाग निकलने की सूचना कहाँ से आई (स्रोत)।</translation>
    </message>
    <message>
        <source>To record {name} as escaped, type their name ({name}) to confirm; no name was given.</source>
        <translation>{name} को भाग निकला दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; कोई नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>To record {name} as escaped, type their name ({name}) to confirm; it does not match.</source>
        <translation>{name} को भाग निकला दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; लिखा गया नाम मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Type {name} to confirm that {name} is deceased</source>
        <translation>पुष्टि के लिए {name} लिखें कि {name} मृत है</translation>
    </message>
    <message>
        <source>Say where the news that {name} is deceased comes from (the source).</source>
        <translation>बताएँ कि {name} की मृत्यु की सूचना कहाँ से आई (स्रोत)।</translation>
    </message>
    <message>
        <source>To record {name} as deceased, type their name ({name}) to confirm; no name was given.</source>
        <translation>{name} को मृत दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; कोई नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>To record {name} as deceased, type their name ({name}) to confirm; it does not match.</source>
        <translation>{name} को मृत दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) लिखें; लिखा गया नाम मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Type {name} to confirm the new status</source>
        <translation>नई स्थिति की पुष्टि के लिए {name} लिखें</translation>
    </message>
    <message>
        <source>Choose the new status; nothing is chosen for you.</source>
        <translation>नई स्थिति चुनें; आपके लिए कुछ भी पहले से नहीं चुना गया है।</translation>
    </message>
    <message>
        <source>The status change is in the future; check the date.</source>
        <translation>स्थिति परिवर्तन भविष्य में है; तिथि जांचें।</translation>
    </message>
</context>
<context>
    <name>gui.forms.record_forms</name>
    <message>
        <source>Give the milestone a title.</source>
        <translation>महत्वपूर्ण घटना को एक शीर्षक दें।</translation>
    </message>
    <message>
        <source>Say when it happened.</source>
        <translation>बताएँ कि यह कब हुआ।</translation>
    </message>
    <message>
        <source>The milestone is in the future; check the date.</source>
        <translation>महत्वपूर्ण घटना भविष्य में है; तिथि जांचें।</translation>
    </message>
    <message>
        <source>Say which national this proof of life concerns.</source>
        <translation>बताएँ कि यह जीवित होने का प्रमाण किस नागरिक से संबंधित है।</translation>
    </message>
    <message>
        <source>Give the counterpart&apos;s name.</source>
        <translation>वार्ताकार का नाम दें।</translation>
    </message>
    <message>
        <source>reliability note</source>
        <comment>the field named in a validation message</comment>
        <translation>विश्वसनीयता टिप्पणी</translation>
    </message>
</context>
<context>
    <name>gui.forms.return_forms</name>
    <message>
        <source>Say when it was done.</source>
        <translation>बताएँ कि यह कब किया गया।</translation>
    </message>
    <message>
        <source>The item cannot be closed in the future; check the date.</source>
        <translation>मद को भविष्य की तिथि में बंद नहीं किया जा सकता; तिथि जांचें।</translation>
    </message>
    <message>
        <source>Say who held the debrief (an agency or an officer).</source>
        <translation>बताएँ कि डीब्रीफ़िंग किसने की (कोई एजेंसी या अधिकारी)।</translation>
    </message>
    <message>
        <source>Say whether psychosocial support was offered, accepted or declined.</source>
        <translation>बताएँ कि मनोसामाजिक सहायता की पेशकश की गई, स्वीकार की गई या अस्वीकार की गई।</translation>
    </message>
    <message>
        <source>Choose who owns the item.</source>
        <translation>चुनें कि मद का ज़िम्मेदार अधिकारी कौन है।</translation>
    </message>
    <message>
        <source>Nothing changed: choose another owner or another due date.</source>
        <translation>कुछ नहीं बदला: कोई दूसरा ज़िम्मेदार अधिकारी या दूसरी नियत तिथि चुनें।</translation>
    </message>
    <message>
        <source>Say why the item does not apply (it stays on the record).</source>
        <translation>बताएँ कि यह मद क्यों लागू नहीं होती (यह अभिलेख में रहती है)।</translation>
    </message>
</context>
<context>
    <name>gui.forms.values</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Enter a date and time as {hint}.</source>
        <translation>तिथि और समय {hint} के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter a date as {hint}.</source>
        <translation>तिथि {hint} के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type it as {hint}, e.g. {example}.</source>
        <translation>&apos;{text}&apos; तिथि और समय नहीं है: इसे {hint} के रूप में लिखें, उदा. {example}।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {hint}, e.g. {example}.</source>
        <translation>&apos;{text}&apos; तिथि नहीं है: इसे {hint} के रूप में लिखें, उदा. {example}।</translation>
    </message>
    <message>
        <source>The year {year} is not plausible; check the date.</source>
        <translation>वर्ष {year} संभव नहीं लगता; तिथि जांचें।</translation>
    </message>
    <message>
        <source>There is no month {month}: months run from 01 to 12.</source>
        <translation>महीना {month} नहीं होता: महीने 01 से 12 तक होते हैं।</translation>
    </message>
    <message>
        <source>{date} is not a date: {month} has {days} days. Nothing was changed.</source>
        <translation>{date} तिथि नहीं है: {month} में {days} दिन होते हैं। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>{time} is not a time of day: use 00:00 to 23:59.</source>
        <translation>{time} दिन का समय नहीं है: 00:00 से 23:59 का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>People in cases</source>
        <translation>मामलों के व्यक्ति</translation>
    </message>
    <message>
        <source>Contacts (the contact log)</source>
        <translation>संपर्क (संपर्क लॉग)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>मिलान हुआ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>assumed {what}</source>
        <translation>माना गया: {what}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Restricted: kept out of family-facing and redacted outputs</source>
        <translation>प्रतिबंधित: परिवार के लिए बने और गोपनीय अंश हटाए गए दस्तावेज़ों से बाहर रखा जाता है</translation>
    </message>
</context>
<context>
    <name>linked_cases</name>
    <message>
        <source> — &lt;i&gt;details restricted to that case&apos;s team&lt;/i&gt;</source>
        <translation> — &lt;i&gt;विवरण केवल उस मामले की टीम के लिए&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>list_export_action</name>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>स्प्रेडशीट (*.xlsx);;CSV, अल्पविराम से अलग (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>सूची निर्यात हो रही है…</translation>
    </message>
</context>
<context>
    <name>merge_dialog</name>
    <message>
        <source>cases taken part in</source>
        <translation>जिन मामलों में शामिल</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>पहचान संख्याएँ</translation>
    </message>
    <message>
        <source>next-of-kin relations (as the relative)</source>
        <translation>परिजन संबंध (रिश्तेदार के रूप में)</translation>
    </message>
    <message>
        <source>next-of-kin relations (as the national)</source>
        <translation>परिजन संबंध (नागरिक के रूप में)</translation>
    </message>
    <message>
        <source>counterpart records</source>
        <translation>वार्ताकार रिकॉर्ड</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>महत्वपूर्ण घटनाएँ</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>मांगें</translation>
    </message>
    <message>
        <source>proof-of-life questions</source>
        <translation>जीवित होने के प्रमाण के प्रश्न</translation>
    </message>
    <message>
        <source>questions agreed</source>
        <translation>तय किए गए प्रश्न</translation>
    </message>
    <message>
        <source>records merged into it before</source>
        <translation>इसमें पहले मर्ज किए गए रिकॉर्ड</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>next-of-kin relations</source>
        <translation>परिजन संबंध</translation>
    </message>
    <message>
        <source>demands passed on</source>
        <translation>आगे पहुँचाई गई मांगें</translation>
    </message>
    <message>
        <source>vetting decisions</source>
        <translation>जाँच संबंधी निर्णय</translation>
    </message>
    <message>
        <source>#{a_id} {a_name} is kept, taking {fields} from #{b_id}.</source>
        <translation>#{a_id} {a_name} रखा जाएगा, #{b_id} से {fields} लेकर।</translation>
    </message>
    <message>
        <source>#{a_id} {a_name} is kept.</source>
        <translation>#{a_id} {a_name} रखा जाएगा।</translation>
    </message>
</context>
<context>
    <name>milestones_tab</name>
    <message>
        <source>Select a milestone to edit.</source>
        <translation>संपादित करने के लिए एक महत्वपूर्ण घटना चुनें।</translation>
    </message>
    <message>
        <source>A voided milestone stays as it was recorded.</source>
        <translation>निरस्त महत्वपूर्ण घटना वैसी ही रहती है जैसी दर्ज की गई थी।</translation>
    </message>
    <message>
        <source>Restricted: only the case&apos;s team, supervisors and administrators may see or edit it.</source>
        <translation>प्रतिबंधित: इसे केवल मामले की टीम, पर्यवेक्षक और प्रशासक देख या संपादित कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>काम हो रहा है…</translation>
    </message>
</context>
<context>
    <name>people_tab</name>
    <message>
        <source>missing</source>
        <translation>लापता</translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>%n दिन से लापता</numerusform>
            <numerusform>%n दिनों से लापता</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>बंधक</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in captivity</source>
        <translation>
            <numerusform>%n दिन से बंधक</numerusform>
            <numerusform>%n दिनों से बंधक</numerusform>
        </translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>{day} से</translation>
    </message>
    <message numerus="yes">
        <source>since {day}, after %n day(s) held</source>
        <translation>
            <numerusform>{day} से, %n दिन बंधक रहने के बाद</numerusform>
            <numerusform>{day} से, %n दिन बंधक रहने के बाद</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s) held</source>
        <translation>
            <numerusform>%n दिन बंधक रहने के बाद</numerusform>
            <numerusform>%n दिन बंधक रहने के बाद</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports.output_file</name>
    <message>
        <source>&apos;{path}&apos; is a folder; give a file name inside it.</source>
        <translation>&apos;{path}&apos; एक फ़ोल्डर है; उसके अंदर एक फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>फ़ोल्डर &apos;{folder}&apos; मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside &apos;{path}&apos;.</source>
        <translation>&apos;{path}&apos; के पास अस्थायी फ़ाइल नहीं बनाई जा सकती।</translation>
    </message>
    <message>
        <source>The disk is full; &apos;{file}&apos; was not written. Free some space and try again.</source>
        <translation>डिस्क भरी हुई है; &apos;{file}&apos; नहीं लिखी गई। कुछ जगह खाली करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: permission denied. Choose another folder.</source>
        <translation>&apos;{path}&apos; नहीं लिखी जा सकती: अनुमति नहीं है। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot write &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; नहीं लिखी जा सकती: {reason}।</translation>
    </message>
</context>
<context>
    <name>reports.words</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <source>On record (restricted)</source>
        <extracomment>What a brief says of a fact that exists but is restricted and left out: never &quot;none&quot;. In English; :func:`withheld` gives it in the brief&apos;s language, which is what the brief prints.</extracomment>
        <translation>दर्ज है (प्रतिबंधित)</translation>
    </message>
    <message>
        <source>{marking} — REDACTED COPY</source>
        <translation>{marking} — गोपनीय अंश हटाई गई प्रति</translation>
    </message>
    <message>
        <source>{marking} — DRAFT</source>
        <translation>{marking} — मसौदा</translation>
    </message>
    <message>
        <source>Status brief · {reference}</source>
        <translation>स्थिति सारांश · {reference}</translation>
    </message>
    <message>
        <source>As of {when}</source>
        <extracomment>Rows of a table printed in the PDF; the CSV, JSON and XLSX files hold them all.</extracomment>
        <translation>{when} की स्थिति</translation>
    </message>
    <message>
        <source>Generated {when} by {name}</source>
        <translation>{when} को {name} द्वारा तैयार</translation>
    </message>
    <message>
        <source>Content SHA-256 {hash}</source>
        <translation>सामग्री SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Audit chain head {head}</source>
        <translation>ऑडिट शृंखला शीर्ष {head}</translation>
    </message>
    <message>
        <source>Status brief {reference}</source>
        <translation>स्थिति सारांश {reference}</translation>
    </message>
    <message>
        <source>{marking} status brief</source>
        <translation>{marking} स्थिति सारांश</translation>
    </message>
    <message>
        <source>— End of brief —</source>
        <translation>— सारांश समाप्त —</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>हिरासत</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>{place} (since {date})</source>
        <translation>{place} ({date} से)</translation>
    </message>
    <message>
        <source>No charge recorded</source>
        <translation>कोई आरोप दर्ज नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted charge(s) not shown</source>
        <translation>
            <numerusform>%n प्रतिबंधित आरोप नहीं दिखाया गया</numerusform>
            <numerusform>%n प्रतिबंधित आरोप नहीं दिखाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>no welfare noted</source>
        <translation>कल्याण संबंधी कोई टिप्पणी नहीं</translation>
    </message>
    <message>
        <source>NO CONSULAR VISIT YET</source>
        <translation>अभी तक कोई कांसुलर मुलाक़ात नहीं</translation>
    </message>
    <message>
        <source>Detained national</source>
        <translation>हिरासत में नागरिक</translation>
    </message>
    <message>
        <source>Detaining authority</source>
        <translation>हिरासत में रखने वाला प्राधिकरण</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>हिरासत का स्थान</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>वकील</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Last hearing</source>
        <translation>पिछली सुनवाई</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>अगली सुनवाई</translation>
    </message>
    <message>
        <source>Last consular visit</source>
        <translation>पिछली कांसुलर मुलाक़ात</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>लंबित अनुरोध</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>No request awaiting an answer.</source>
        <translation>उत्तर की प्रतीक्षा में कोई अनुरोध नहीं।</translation>
    </message>
    <message>
        <source>Status brief</source>
        <translation>स्थिति सारांश</translation>
    </message>
    <message>
        <source>{utc} · {local} {place} time ({tz}, {offset})</source>
        <translation>{utc} · {local} {place} समय ({tz}, {offset})</translation>
    </message>
    <message>
        <source>{start} to {end} {place} time — {basis}</source>
        <translation>{start} से {end} तक, {place} समय — {basis}</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>स्थिति का समय</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>तैयारकर्ता</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>In the case&apos;s local zone ({tz}, {offset}) unless marked UTC.</source>
        <translation>मामले के स्थानीय समय क्षेत्र ({tz}, {offset}) में, जब तक UTC अंकित न हो।</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n बंधक</numerusform>
            <numerusform>%n बंधक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n लापता</numerusform>
            <numerusform>%n लापता</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n released</source>
        <translation>
            <numerusform>%n रिहा</numerusform>
            <numerusform>%n रिहा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other (see table)</source>
        <translation>
            <numerusform>%n अन्य (तालिका देखें)</numerusform>
            <numerusform>%n अन्य (तालिका देखें)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts} — %n national(s) concerned</source>
        <translation>
            <numerusform>{counts} — %n संबंधित नागरिक</numerusform>
            <numerusform>{counts} — %n संबंधित नागरिक</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}; later contact on record (restricted)</source>
        <translation>{when}; बाद का संपर्क दर्ज है (प्रतिबंधित)</translation>
    </message>
    <message>
        <source>on record (restricted)</source>
        <translation>दर्ज है (प्रतिबंधित)</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>No next of kin recorded</source>
        <translation>कोई परिजन दर्ज नहीं</translation>
    </message>
    <message>
        <source>{status} (priority {priority})</source>
        <translation>{status} (प्राथमिकता {priority})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Days since incident</source>
        <translation>घटना से दिन</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>ज़िम्मेदारी</translation>
    </message>
    <message>
        <source>Hostages</source>
        <translation>बंधक</translation>
    </message>
    <message>
        <source>Last contact with authorities</source>
        <translation>अधिकारियों से पिछला संपर्क</translation>
    </message>
    <message>
        <source>Last contact with families</source>
        <translation>परिवारों से पिछला संपर्क</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सार</translation>
    </message>
    <message>
        <source>Nationals concerned</source>
        <translation>संबंधित नागरिक</translation>
    </message>
    <message>
        <source>No nationals recorded as hostages in this case.</source>
        <translation>इस मामले में कोई नागरिक बंधक के रूप में दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>स्थिति, कब से</translation>
    </message>
    <message>
        <source>Held or missing</source>
        <translation>बंधक या लापता</translation>
    </message>
    <message>
        <source>Proof of life</source>
        <translation>जीवित होने का प्रमाण</translation>
    </message>
    <message>
        <source>Latest welfare report</source>
        <translation>नवीनतम कल्याण रिपोर्ट</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} से</translation>
    </message>
    <message>
        <source>Later report: {withheld}</source>
        <translation>बाद की रिपोर्ट: {withheld}</translation>
    </message>
    <message numerus="yes">
        <source>MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>चिकित्सा आवश्यकताएँ: %n दिन से अधिक समय से कल्याण की कोई सूचना नहीं</numerusform>
            <numerusform>चिकित्सा आवश्यकताएँ: %n दिन से अधिक समय से कल्याण की कोई सूचना नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>स्रोत: </translation>
    </message>
    <message>
        <source>Key developments in the period ({count})</source>
        <translation>अवधि के मुख्य घटनाक्रम ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted development(s) of the period, shown by date only.</source>
        <translation>
            <numerusform>अवधि का %Ln प्रतिबंधित घटनाक्रम, केवल तिथि के साथ।</numerusform>
            <numerusform>अवधि के %Ln प्रतिबंधित घटनाक्रम, केवल तिथि के साथ।</numerusform>
        </translation>
    </message>
    <message>
        <source>No new developments recorded in the period.</source>
        <translation>इस अवधि में कोई नया घटनाक्रम दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>Latest development before the period: on record (restricted).</source>
        <translation>अवधि से पहले का नवीनतम घटनाक्रम: दर्ज है (प्रतिबंधित)।</translation>
    </message>
    <message>
        <source>Latest development before the period that this brief may show:</source>
        <translation>अवधि से पहले का नवीनतम घटनाक्रम जो यह सारांश दिखा सकता है:</translation>
    </message>
    <message>
        <source>Latest development before the period:</source>
        <translation>अवधि से पहले का नवीनतम घटनाक्रम:</translation>
    </message>
    <message>
        <source>Contacts in the period ({shown} shown, {restricted} restricted: date only)</source>
        <translation>अवधि के संपर्क ({shown} दिखाए गए, {restricted} प्रतिबंधित: केवल तिथि)</translation>
    </message>
    <message>
        <source>Contacts in the period ({shown})</source>
        <translation>अवधि के संपर्क ({shown})</translation>
    </message>
    <message>
        <source>No unrestricted contacts logged in the period.</source>
        <translation>इस अवधि में कोई अप्रतिबंधित संपर्क दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>No contacts logged in the period.</source>
        <translation>इस अवधि में कोई संपर्क दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>Counterpart category</source>
        <translation>वार्ताकार श्रेणी</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>of which restricted</source>
        <translation>जिनमें प्रतिबंधित</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>नवीनतम</translation>
    </message>
    <message numerus="yes">
        <source>{category} — %Ln contact(s)</source>
        <translation>
            <numerusform>{category} — %Ln संपर्क</numerusform>
            <numerusform>{category} — %Ln संपर्क</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>column of a contact&apos;s subject</comment>
        <translation>विषय</translation>
    </message>
    <message>
        <source>(follow-up)</source>
        <translation>(आगे की कार्रवाई)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more contact(s) in this category in the period, not listed (newest listed first).</source>
        <translation>
            <numerusform>… और इस श्रेणी में अवधि का %Ln अन्य संपर्क, सूची में नहीं (नवीनतम पहले)।</numerusform>
            <numerusform>… और इस श्रेणी में अवधि के %Ln अन्य संपर्क, सूची में नहीं (नवीनतम पहले)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date_only} — %Ln restricted contact(s)</source>
        <translation>
            <numerusform>{date_only} — %Ln प्रतिबंधित संपर्क</numerusform>
            <numerusform>{date_only} — %Ln प्रतिबंधित संपर्क</numerusform>
        </translation>
    </message>
    <message>
        <source>Date only</source>
        <translation>केवल तिथि</translation>
    </message>
    <message>
        <source>Content withheld (need-to-know): only the date is shown.</source>
        <translation>सामग्री रोकी गई (जानने की आवश्यकता के आधार पर): केवल तिथि दिखाई गई है।</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Family liaison</source>
        <translation>परिवार संपर्क</translation>
    </message>
    <message>
        <source>No next of kin recorded.</source>
        <translation>कोई परिजन दर्ज नहीं।</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>परिजन</translation>
    </message>
    <message>
        <source>Of</source>
        <comment>the national a next of kin is family of</comment>
        <translation>किसके परिजन</translation>
    </message>
    <message>
        <source>Agreed plan</source>
        <translation>तय योजना</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>पिछला संपर्क</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>अगला संपर्क</translation>
    </message>
    <message>
        <source>was due {when}</source>
        <translation>{when} को नियत था</translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>अभी तक कोई संपर्क दर्ज नहीं</translation>
    </message>
    <message>
        <source>Liaison officers and last family updates</source>
        <translation>संपर्क अधिकारी और परिवारों को दी गई पिछली जानकारी</translation>
    </message>
    <message>
        <source>{officer} since {date}</source>
        <translation>{officer}, {date} से</translation>
    </message>
    <message>
        <source>NO LIAISON OFFICER</source>
        <translation>कोई संपर्क अधिकारी नहीं</translation>
    </message>
    <message>
        <source>; changed on {date} from {officer}, {reason}</source>
        <translation>; {date} को {officer} से बदला गया, {reason}</translation>
    </message>
    <message>
        <source>Last told {when} ({channel}): {text}.</source>
        <translation>पिछली जानकारी {when} ({channel}): {text}।</translation>
    </message>
    <message>
        <source>No family update logged.</source>
        <translation>परिवार को दी गई कोई जानकारी दर्ज नहीं।</translation>
    </message>
    <message>
        <source>Later: {withheld}.</source>
        <translation>बाद में: {withheld}।</translation>
    </message>
    <message>
        <source>{name} — officer: {officer}.</source>
        <translation>{name} — अधिकारी: {officer}।</translation>
    </message>
    <message>
        <source>Later: {withheld}</source>
        <translation>बाद में: {withheld}</translation>
    </message>
    <message>
        <source>None logged</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>Demands ({count} on record)</source>
        <translation>मांगें ({count} दर्ज)</translation>
    </message>
    <message>
        <source>{restricted}: demands are listed only in a brief for the case team.</source>
        <translation>{restricted}: मांगें केवल मामले की टीम के सारांश में सूचीबद्ध होती हैं।</translation>
    </message>
    <message>
        <source>None received in the period; none unanswered.</source>
        <translation>इस अवधि में कोई प्राप्त नहीं; कोई अनुत्तरित नहीं।</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Made by / via</source>
        <translation>किसने / किसके माध्यम से</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <source>via {intermediary}</source>
        <translation>{intermediary} के माध्यम से</translation>
    </message>
    <message>
        <source>INTERMEDIARY {vetting}</source>
        <translation>मध्यस्थ {vetting}</translation>
    </message>
    <message>
        <source>Linked cases ({count})</source>
        <translation>जुड़े हुए मामले ({count})</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Title and status</source>
        <translation>शीर्षक और स्थिति</translation>
    </message>
    <message>
        <source>Why linked</source>
        <translation>जोड़ने का कारण</translation>
    </message>
    <message>
        <source>ask that case&apos;s team</source>
        <translation>उस मामले की टीम से पूछें</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>स्वदेश वापसी</translation>
    </message>
    <message>
        <source>{done} done, {open} open ({overdue} overdue)</source>
        <translation>{done} पूरे, {open} लंबित ({overdue} अतिदेय)</translation>
    </message>
    <message>
        <source>{done} done, {open} open</source>
        <translation>{done} पूरे, {open} लंबित</translation>
    </message>
    <message>
        <source>{counts}, {count} not applicable</source>
        <translation>{counts}, {count} लागू नहीं</translation>
    </message>
    <message>
        <source>{name}, released {when}: {counts}</source>
        <translation>{name}, {when} को रिहा: {counts}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>तथ्य</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>किसी को नहीं सौंपा</translation>
    </message>
    <message>
        <source>Open tasks ({count}, {overdue} overdue)</source>
        <translation>लंबित कार्य ({count}, {overdue} अतिदेय)</translation>
    </message>
    <message>
        <source>Open tasks ({count})</source>
        <translation>लंबित कार्य ({count})</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>कोई लंबित कार्य नहीं।</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>कोई नियत तिथि नहीं</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>लापता</translation>
    </message>
    <message numerus="yes">
        <source>missing for %n day(s)</source>
        <translation>
            <numerusform>%n दिन से लापता</numerusform>
            <numerusform>%n दिन से लापता</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a checklist item</comment>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a checklist item</comment>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Verified: {when}</source>
        <translation>सत्यापित: {when}</translation>
    </message>
    <message>
        <source>{when} (not verified)</source>
        <translation>{when} (सत्यापित नहीं)</translation>
    </message>
    <message numerus="yes">
        <source>NONE VERIFIED FOR OVER %n DAY(S)</source>
        <translation>
            <numerusform>%n दिन से अधिक समय से कोई सत्यापित नहीं</numerusform>
            <numerusform>%n दिन से अधिक समय से कोई सत्यापित नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <extracomment>&quot;Audit chain head 1042:9f3a1c07b2e4&quot;, beside the marking at the foot of every page.</extracomment>
        <translation>पृष्ठ {number} / {total}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>Nothing to show for this selection</source>
        <extracomment>&quot;&quot; means &quot;Total&quot; in the current language</extracomment>
        <translation>इस चयन के लिए दिखाने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the table)</source>
        <translation>
            <numerusform>और %Ln अन्य (तालिका देखें)</numerusform>
            <numerusform>और %Ln अन्य (तालिका देखें)</numerusform>
        </translation>
    </message>
    <message>
        <source>[{script} script]</source>
        <extracomment>Family names to use in styles and on the canvas. as named to a reader, e.g. in the marker &quot;[Arabic script]&quot; reportlab font name; the file is ``&lt;regular&gt;-Regular.ttf`` the file is ``&lt;bold&gt;.ttf`` code points of the script (inclusive) Every script in our names that needs its own font. Odia&apos;s font keeps its older name. Characters of right-to-left text set as one unbreakable line (see the module docstring). About 105 pt at 8 pt in Noto Naskh: the &quot;Next of kin&quot; and &quot;Name&quot; columns of a brief are about 110 pt wide.</extracomment>
        <translation>[{script} लिपि]</translation>
    </message>
    <message>
        <source>[cut; full text in the case record]</source>
        <translation>[काटा गया; पूरा पाठ मामले के रिकॉर्ड में]</translation>
    </message>
    <message>
        <source>[symbol]</source>
        <translation>[चिह्न]</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <extracomment>&quot;text&quot;, &quot;date&quot; (a datetime shown in its own zone&apos;s wall time), &quot;int&quot; or &quot;bool&quot;.</extracomment>
        <translation>{when}, {name} द्वारा</translation>
    </message>
    <message>
        <source>List</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>वर्गीकरण</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>{start} to {end} (UTC)</source>
        <extracomment>Column kinds: how a value is shown (and typed in XLSX).</extracomment>
        <translation>{start} से {end} तक (UTC)</translation>
    </message>
    <message>
        <source>as of now</source>
        <translation>अभी की स्थिति</translation>
    </message>
    <message>
        <source>post {post}</source>
        <translation>मिशन {post}</translation>
    </message>
    <message>
        <source>all posts</source>
        <translation>सभी मिशन</translation>
    </message>
    <message>
        <source>country {country}</source>
        <translation>देश {country}</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>सभी देश</translation>
    </message>
    <message>
        <source>{first}, {second}, {third}</source>
        <translation>{first}, {second}, {third}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>दायरा</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Figures SHA-256 {hash}</source>
        <translation>आँकड़ों का SHA-256 {hash}</translation>
    </message>
    <message>
        <source>{marking} report: {scope}</source>
        <translation>{marking} रिपोर्ट: {scope}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>— End of report —</source>
        <translation>— रिपोर्ट समाप्त —</translation>
    </message>
    <message>
        <source>Nothing in this selection.</source>
        <translation>इस चयन में कुछ नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more row(s) in the XLSX, CSV and JSON forms of this report.</source>
        <translation>
            <numerusform>इस रिपोर्ट के XLSX, CSV और JSON रूपों में %Ln और पंक्ति।</numerusform>
            <numerusform>इस रिपोर्ट के XLSX, CSV और JSON रूपों में %Ln और पंक्तियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (spreadsheet, UTF-8)</source>
        <extracomment>The CSV&apos;s columns: every export field, then the chain head (the same on every row). How the chain head is labelled where a person reads it (PDF and workbook footers), in English; :func:`chain_head_label` gives it in the current language. What each format is, for a choice of format: in English, marked for translation in the context &quot;reports.words&quot; (the GUI shows ``QCoreApplication.translate(&quot;reports.words&quot;, text)``, Qt-free code :func:`describe`).</extracomment>
        <translation>CSV (स्प्रेडशीट, UTF-8)</translation>
    </message>
    <message>
        <source>JSON (for other systems)</source>
        <translation>JSON (अन्य प्रणालियों के लिए)</translation>
    </message>
    <message>
        <source>iCalendar (calendar programs)</source>
        <translation>iCalendar (कैलेंडर प्रोग्राम)</translation>
    </message>
    <message>
        <source>PDF (printable chronology)</source>
        <translation>PDF (प्रिंट योग्य समयरेखा)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel वर्कबुक</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>ऑडिट शृंखला शीर्ष</translation>
    </message>
    <message>
        <source>{reference} timeline</source>
        <extracomment>Length of a calendar event whose record has no duration (a contact without one, a milestone, a status change): long enough to show in a day view, short enough not to suggest it took a morning.</extracomment>
        <translation>{reference} समयरेखा</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not an export format; use one of: {formats}.</source>
        <translation>&apos;{format}&apos; कोई निर्यात प्रारूप नहीं है; इनमें से किसी एक का उपयोग करें: {formats}।</translation>
    </message>
    <message>
        <source>Local {time}</source>
        <translation>स्थानीय {time}</translation>
    </message>
    <message>
        <source>UTC {time}</source>
        <translation>UTC {time}</translation>
    </message>
    <message>
        <source>People: {people}</source>
        <translation>व्यक्ति: {people}</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>{name} द्वारा दर्ज</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>id {id}</translation>
    </message>
    <message>
        <source>source {source}</source>
        <translation>स्रोत {source}</translation>
    </message>
    <message>
        <source>[RESTRICTED]</source>
        <translation>[प्रतिबंधित]</translation>
    </message>
    <message>
        <source>Case timeline — {reference}</source>
        <translation>मामले की समयरेखा — {reference}</translation>
    </message>
    <message>
        <source>REDACTED COPY — personal identifiers (passport and ID numbers, phone numbers, e-mail addresses, dates of birth) are masked and restricted entries show only their date and type.</source>
        <translation>गोपनीय अंश हटाई गई प्रति — व्यक्तिगत पहचान विवरण (पासपोर्ट और पहचान संख्याएँ, फ़ोन नंबर, ई-मेल पते, जन्म तिथियाँ) छिपाए गए हैं और प्रतिबंधित प्रविष्टियाँ केवल अपनी तिथि और प्रकार दिखाती हैं।</translation>
    </message>
    <message>
        <source>This chronology INCLUDES RESTRICTED ENTRIES. Do not pass it to families or outside the case team.</source>
        <translation>इस समयरेखा में प्रतिबंधित प्रविष्टियाँ शामिल हैं। इसे परिवारों को या मामले की टीम के बाहर न दें।</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>मिशन</translation>
    </message>
    <message>
        <source>{local} ({utc} UTC), {place}</source>
        <translation>{local} ({utc} UTC), {place}</translation>
    </message>
    <message>
        <source>Local times are in the case&apos;s zone, {zone}; each event also gives UTC.</source>
        <translation>स्थानीय समय मामले के समय क्षेत्र {zone} में हैं; हर घटना UTC समय भी देती है।</translation>
    </message>
    <message>
        <source>{when} UTC by {name}</source>
        <translation>{when} UTC, {name} द्वारा</translation>
    </message>
    <message>
        <source>{reference} — case timeline</source>
        <translation>{reference} — मामले की समयरेखा</translation>
    </message>
    <message>
        <source>Generated {when} UTC — REDACTED</source>
        <translation>{when} UTC को तैयार — गोपनीय अंश हटाए गए</translation>
    </message>
    <message>
        <source>Generated {when} UTC</source>
        <translation>{when} UTC को तैयार</translation>
    </message>
    <message>
        <source>{reference} case timeline</source>
        <translation>मामला {reference} की समयरेखा</translation>
    </message>
    <message>
        <source>No events match this export&apos;s scope.</source>
        <translation>इस निर्यात के दायरे से कोई घटना मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>From the date requested</source>
        <translation>अनुरोधित तिथि से</translation>
    </message>
    <message>
        <source>Since the previous brief (issued {when} by {name})</source>
        <translation>पिछले सारांश से ({when} को {name} द्वारा जारी)</translation>
    </message>
    <message>
        <source>Last 7 days (no earlier brief of this case)</source>
        <translation>पिछले 7 दिन (इस मामले का कोई पिछला सारांश नहीं)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>महत्वपूर्ण घटना</translation>
    </message>
    <message>
        <source>No counterpart recorded</source>
        <translation>कोई वार्ताकार दर्ज नहीं</translation>
    </message>
    <message>
        <source>Same period as brief #{id} (issued {when}), generated again</source>
        <translation>सारांश #{id} ({when} को जारी) वाली अवधि, फिर से बनाया गया</translation>
    </message>
    <message>
        <source>{name} ({relationship} of {hostage})</source>
        <translation>{name} ({hostage} के {relationship})</translation>
    </message>
    <message>
        <source>REDACTED COPY. Passport numbers, other identity document numbers, phone numbers, e-mail addresses, addresses and dates of birth are masked, and restricted entries are left out. It may be handed on within government.</source>
        <translation>गोपनीय अंश हटाई गई प्रति। पासपोर्ट संख्याएँ, अन्य पहचान दस्तावेज़ संख्याएँ, फ़ोन नंबर, ई-मेल पते, पते और जन्म तिथियाँ छिपाई गई हैं, और प्रतिबंधित प्रविष्टियाँ छोड़ दी गई हैं। इसे सरकार के भीतर आगे दिया जा सकता है।</translation>
    </message>
    <message>
        <source>Names of the case&apos;s people and their families are masked too.</source>
        <translation>मामले के व्यक्तियों और उनके परिवारों के नाम भी छिपाए गए हैं।</translation>
    </message>
    <message>
        <source>This brief INCLUDES RESTRICTED ENTRIES (marked RESTRICTED). Do not pass it to families, employers or anyone outside the case team.</source>
        <translation>इस सारांश में प्रतिबंधित प्रविष्टियाँ शामिल हैं (प्रतिबंधित के रूप में चिह्नित)। इसे परिवारों, नियोक्ताओं या मामले की टीम के बाहर किसी को न दें।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted contact entries are not included (issue with &apos;include restricted&apos; for the case team only).</source>
        <translation>
            <numerusform>%Ln प्रतिबंधित संपर्क प्रविष्टि शामिल नहीं है (केवल मामले की टीम के लिए, प्रतिबंधित प्रविष्टियाँ शामिल करने के विकल्प के साथ जारी करें)।</numerusform>
            <numerusform>%Ln प्रतिबंधित संपर्क प्रविष्टियाँ शामिल नहीं हैं (केवल मामले की टीम के लिए, प्रतिबंधित प्रविष्टियाँ शामिल करने के विकल्प के साथ जारी करें)।</numerusform>
        </translation>
    </message>
    <message>
        <source>DRAFT: not for issue.</source>
        <translation>मसौदा: जारी करने के लिए नहीं।</translation>
    </message>
    <message>
        <source>{status} {date}</source>
        <comment>a charge&apos;s status and its date</comment>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <source>{charge} ({status}; filed {date})</source>
        <translation>{charge} ({status}; {date} को दर्ज)</translation>
    </message>
    <message>
        <source>Consular visit request (restricted)</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध (प्रतिबंधित)</translation>
    </message>
    <message>
        <source>Consular visit request</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध</translation>
    </message>
    <message>
        <source>Note verbale (restricted)</source>
        <translation>नोट वर्बेल (प्रतिबंधित)</translation>
    </message>
    <message>
        <source>Note verbale {reference}</source>
        <translation>नोट वर्बेल {reference}</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>कोई परिणाम दर्ज नहीं</translation>
    </message>
</context>
<context>
    <name>row_menu</name>
    <message>
        <source>Actions for {subject}</source>
        <translation>{subject} के लिए कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>संदर्भ कॉपी करें</translation>
    </message>
    <message>
        <source>Copy {reference} to the clipboard (cleared again after 30 seconds)</source>
        <translation>{reference} को क्लिपबोर्ड पर कॉपी करें (30 सेकंड बाद साफ़ हो जाएगा)</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>संपर्क दर्ज करें…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>निरस्त करें…</translation>
    </message>
    <message>
        <source>Mark this entry as a mistake, with a reason; it stays in the history, struck through</source>
        <translation>इस प्रविष्टि को कारण सहित ग़लती के रूप में चिह्नित करें; यह इतिहास में कटी हुई दिखती रहेगी</translation>
    </message>
</context>
<context>
    <name>saved_filters_panel</name>
    <message>
        <source>Not shared (only me)</source>
        <translation>साझा नहीं (केवल मैं)</translation>
    </message>
    <message>
        <source>Share with a post</source>
        <translation>किसी मिशन के साथ साझा करें</translation>
    </message>
    <message>
        <source>Share this filter with:</source>
        <translation>यह फ़िल्टर इनके साथ साझा करें:</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>सहेजे गए फ़िल्टर</translation>
    </message>
</context>
<context>
    <name>security_status</name>
    <message>
        <source>Damaged database</source>
        <translation>क्षतिग्रस्त डेटाबेस</translation>
    </message>
    <message>
        <source>Restore latest backup…</source>
        <translation>नवीनतम बैकअप पुनर्स्थापित करें…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opened read-only.&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;केवल पढ़ने के लिए खोला गया।&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Verify {backup} and put it in place of this file</source>
        <translation>{backup} सत्यापित करें और इस फ़ाइल की जगह रखें</translation>
    </message>
    <message>
        <source>Not TLS</source>
        <translation>TLS नहीं</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>एन्क्रिप्टेड</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>एन्क्रिप्टेड नहीं</translation>
    </message>
</context>
<context>
    <name>seeding.demo</name>
    <message>
        <source>There is no seed folder at {folder}.</source>
        <translation>{folder} में कोई सीड फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>There are no .toml seed files in {folder}.</source>
        <translation>{folder} में कोई .toml सीड फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>{path_name} is not valid TOML: {exc}.</source>
        <translation>{path_name} मान्य TOML नहीं है: {exc}।</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>{path} पढ़ा नहीं जा सका: {strerror}।</translation>
    </message>
    <message>
        <source>{path_name}: &apos;{name}&apos; must be an array of tables ([[{name}]]).</source>
        <translation>{path_name}: &apos;{name}&apos; तालिकाओं की सरणी ([[{name}]]) होनी चाहिए।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a date without a time; give a date and time.</source>
        <translation>&apos;{value}&apos; में केवल तिथि है, समय नहीं; तिथि और समय दोनों दें।</translation>
    </message>
    <message>
        <source>Loading seeds acts as the seed&apos;s staff and creates their accounts, so only an administrator may do it; {display_name} is a {role}.</source>
        <translation>सीड लोड करना सीड के कर्मचारियों की ओर से काम करता है और उनके खाते बनाता है, इसलिए केवल प्रशासक ऐसा कर सकता है; {display_name} {role} हैं।</translation>
    </message>
    <message>
        <source>{no_admin} (The seeds name no user with role &apos;admin&apos;.)</source>
        <translation>{no_admin} (सीड में &apos;admin&apos; भूमिका वाला कोई उपयोगकर्ता नहीं है।)</translation>
    </message>
    <message>
        <source>{where}: no user is named for this record.</source>
        <translation>{where}: इस रिकॉर्ड के लिए किसी उपयोगकर्ता का नाम नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is not a user; add them to [[users]] first.</source>
        <translation>{where}: &apos;{name}&apos; उपयोगकर्ता नहीं है; पहले उन्हें [[users]] में जोड़ें।</translation>
    </message>
    <message>
        <source>{where}: an earlier load of this case ({marker}) was interrupted and it is only partly there. Load the demo into a new database file instead.</source>
        <translation>{where}: इस मामले का पिछला लोड ({marker}) बीच में रुक गया था और यह केवल आंशिक रूप से मौजूद है। इसके बजाय डेमो को नई डेटाबेस फ़ाइल में लोड करें।</translation>
    </message>
    <message>
        <source>{where}: there is no post &apos;{post_code}&apos;; add it to [[posts]].</source>
        <translation>{where}: कोई मिशन &apos;{post_code}&apos; नहीं है; इसे [[posts]] में जोड़ें।</translation>
    </message>
    <message>
        <source>{where}: the key &apos;{key}&apos; is used twice in this case.</source>
        <translation>{where}: कुंजी &apos;{key}&apos; इस मामले में दो बार प्रयुक्त है।</translation>
    </message>
    <message>
        <source>{w}: only hostages have a status history (role is &apos;{role}&apos;).</source>
        <translation>{w}: केवल बंधकों का स्थिति इतिहास होता है (भूमिका &apos;{role}&apos; है)।</translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{hostage_key}&apos;, which is not a person of this case.</source>
        <translation>{w}: &apos;hostage&apos; में &apos;{hostage_key}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{w}: the key &apos;{k_key}&apos; is also used for a person.</source>
        <translation>{w}: कुंजी &apos;{k_key}&apos; किसी व्यक्ति के लिए भी प्रयुक्त है।</translation>
    </message>
    <message>
        <source>{w}: &apos;with&apos; names &apos;{name}&apos;, which is not a counterpart or next of kin of this case{hint}.</source>
        <translation>{w}: &apos;with&apos; में &apos;{name}&apos; है, जो इस मामले का न वार्ताकार है न परिजन{hint}।</translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{m}&apos;, which is not a person of this case.</source>
        <translation>{w}: &apos;hostage&apos; में &apos;{m}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{w}: &apos;family&apos; is for contacts, status changes and other milestones.</source>
        <translation>{w}: &apos;family&apos; संपर्कों, स्थिति परिवर्तनों और अन्य महत्वपूर्ण घटनाओं के लिए है।</translation>
    </message>
    <message>
        <source>{w}: &apos;question&apos; names &apos;{question}&apos;, which is no pol_questions entry here.</source>
        <translation>{w}: &apos;question&apos; में &apos;{question}&apos; है, जो यहाँ कोई pol_questions प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>{w}: &apos;contact&apos; names &apos;{t}&apos;, which is not a contact key of this case.</source>
        <translation>{w}: &apos;contact&apos; में &apos;{t}&apos; है, जो इस मामले की संपर्क कुंजी नहीं है।</translation>
    </message>
</context>
<context>
    <name>seeding.demo_detention</name>
    <message>
        <source>{w}: &apos;person&apos; names &apos;{key}&apos;, which is not a person of this case.</source>
        <translation>{w}: &apos;person&apos; में &apos;{key}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
</context>
<context>
    <name>seeding.demo_family</name>
    <message>
        <source>{where}: &apos;family&apos; is true (say the entry&apos;s own text) or the wording for the family.</source>
        <translation>{where}: &apos;family&apos; true है (प्रविष्टि का अपना पाठ) या परिवार के लिए शब्दावली।</translation>
    </message>
</context>
<context>
    <name>seeding.demo_hostage</name>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{q}&apos;, which is not a person of this case.</source>
        <translation>{w}: &apos;hostage&apos; में &apos;{q}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{w}: &apos;agreed_with&apos; names &apos;{q}&apos;, which is no next of kin here.</source>
        <translation>{w}: &apos;agreed_with&apos; में &apos;{q}&apos; है, जो यहाँ कोई परिजन नहीं है।</translation>
    </message>
    <message>
        <source>{w}: &apos;counterpart&apos; names &apos;{key}&apos;, which is not a counterpart of this case.</source>
        <translation>{w}: &apos;counterpart&apos; में &apos;{key}&apos; है, जो इस मामले का वार्ताकार नहीं है।</translation>
    </message>
    <message>
        <source>{w}: &apos;via&apos; names &apos;{via}&apos;, which is not a counterpart of this case.</source>
        <translation>{w}: &apos;via&apos; में &apos;{via}&apos; है, जो इस मामले का वार्ताकार नहीं है।</translation>
    </message>
    <message>
        <source>{w}: &apos;hostage&apos; names &apos;{hostage}&apos;, which is not a person of this case.</source>
        <translation>{w}: &apos;hostage&apos; में &apos;{hostage}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
</context>
<context>
    <name>seeding.demo_links</name>
    <message>
        <source>{where}: &apos;cases&apos; must name exactly two case keys.</source>
        <translation>{where}: &apos;cases&apos; में ठीक दो मामला कुंजियाँ होनी चाहिए।</translation>
    </message>
    <message>
        <source>{where}: there is no case with key &apos;{unknown}&apos; in the seeds.</source>
        <translation>{where}: सीड में &apos;{unknown}&apos; कुंजी वाला कोई मामला नहीं है।</translation>
    </message>
    <message>
        <source>{where}: a case cannot be linked to itself.</source>
        <translation>{where}: किसी मामले को स्वयं से नहीं जोड़ा जा सकता।</translation>
    </message>
</context>
<context>
    <name>seeding.demo_repatriation</name>
    <message>
        <source>{w}: &apos;person&apos; names &apos;{person}&apos;, which is not a person of this case.</source>
        <translation>{w}: &apos;person&apos; में &apos;{person}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{w}: {person} has no checklist; their status_history must end released, rescued or escaped.</source>
        <translation>{w}: {person} की कोई सूची नहीं है; उनका status_history रिहा, बचाया गया या भाग निकला पर समाप्त होना चाहिए।</translation>
    </message>
    <message>
        <source>{wj}: &apos;state&apos; must be one of {item_states}.</source>
        <translation>{wj}: &apos;state&apos; इनमें से एक होना चाहिए: {item_states}।</translation>
    </message>
</context>
<context>
    <name>seeding.demo_schema</name>
    <message>
        <source>{where}: &apos;{key}&apos; is required.</source>
        <translation>{where}: &apos;{key}&apos; आवश्यक है।</translation>
    </message>
    <message>
        <source>{w}: &apos;{value}&apos; is not a user; add them to [[users]] first.</source>
        <translation>{w}: &apos;{value}&apos; उपयोगकर्ता नहीं है; पहले उन्हें [[users]] में जोड़ें।</translation>
    </message>
    <message>
        <source>{where}: &apos;{section}&apos; must be an array of tables ([[cases.{section}]]).</source>
        <translation>{where}: &apos;{section}&apos; तालिकाओं की सरणी ([[cases.{section}]]) होनी चाहिए।</translation>
    </message>
    <message>
        <source>{w}: the key &apos;{key}&apos; is used twice in this case.</source>
        <translation>{w}: कुंजी &apos;{key}&apos; इस मामले में दो बार प्रयुक्त है।</translation>
    </message>
    <message>
        <source>{where}, next_of_kin[{i}]: &apos;hostage&apos; names &apos;{get}&apos;, which is not a person of this case.</source>
        <translation>{where}, next_of_kin[{i}]: &apos;hostage&apos; में &apos;{get}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{where}, contacts[{i}]: &apos;with&apos; names &apos;{name}&apos;, which is not a counterpart or next of kin of this case.</source>
        <translation>{where}, contacts[{i}]: &apos;with&apos; में &apos;{name}&apos; है, जो इस मामले का न वार्ताकार है न परिजन।</translation>
    </message>
    <message>
        <source>{where}, repatriation[{i}]: &apos;person&apos; names a person who is not in this case.</source>
        <translation>{where}, repatriation[{i}]: &apos;person&apos; में ऐसा व्यक्ति है जो इस मामले में नहीं है।</translation>
    </message>
    <message>
        <source>{where}, {section}[{i}]: &apos;kin&apos; names &apos;{get}&apos;, no next of kin of this case.</source>
        <translation>{where}, {section}[{i}]: &apos;kin&apos; में &apos;{get}&apos; है, जो इस मामले का परिजन नहीं है।</translation>
    </message>
    <message>
        <source>{where}, pol_questions[{i}]: &apos;hostage&apos; names a person who is not in this case.</source>
        <translation>{where}, pol_questions[{i}]: &apos;hostage&apos; में ऐसा व्यक्ति है जो इस मामले में नहीं है।</translation>
    </message>
    <message>
        <source>{where}, pol_questions[{i}]: &apos;agreed_with&apos; names no next of kin of this case.</source>
        <translation>{where}, pol_questions[{i}]: &apos;agreed_with&apos; में इस मामले का कोई परिजन नहीं है।</translation>
    </message>
    <message>
        <source>{where}, {section}[{i}]: &apos;person&apos; names &apos;{entry}&apos;, not a person of this case.</source>
        <translation>{where}, {section}[{i}]: &apos;person&apos; में &apos;{entry}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{where}, consular_visits[{i}]: &apos;note&apos; names no notes_verbales entry of this case.</source>
        <translation>{where}, consular_visits[{i}]: &apos;note&apos; में इस मामले की कोई notes_verbales प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;{extra}&apos; does not belong to a {get}.</source>
        <translation>{where}, milestones[{i}]: &apos;{extra}&apos; {get} से संबंधित नहीं है।</translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;question&apos; names no pol_questions entry of this case.</source>
        <translation>{where}, milestones[{i}]: &apos;question&apos; में इस मामले की कोई pol_questions प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>{where}, milestones[{i}]: &apos;hostage&apos; names &apos;{milestone}&apos;, which is not a person of this case.</source>
        <translation>{where}, milestones[{i}]: &apos;hostage&apos; में &apos;{milestone}&apos; है, जो इस मामले का व्यक्ति नहीं है।</translation>
    </message>
    <message>
        <source>{where}: expected a table, found {name}.</source>
        <translation>{where}: तालिका अपेक्षित थी, {name} मिला।</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{unknown}&apos; (known keys: {allowed}).</source>
        <translation>{where}: अज्ञात कुंजी &apos;{unknown}&apos; (ज्ञात कुंजियाँ: {allowed})।</translation>
    </message>
</context>
<context>
    <name>seeding.synthetic</name>
    <message>
        <source>synthetic: {done:,}/{total:,} cases, {rows:,} contacts, {sum:,} rows ({elapsed:.1f} s)</source>
        <translation>कृत्रिम डेटा: {done:,}/{total:,} मामले, {rows:,} संपर्क, {sum:,} पंक्तियाँ ({elapsed:.1f} से.)</translation>
    </message>
    <message>
        <source>Generating synthetic data creates staff accounts; only an administrator may, not {display_name}.</source>
        <translation>कृत्रिम डेटा बनाने से कर्मचारियों के खाते बनते हैं; केवल प्रशासक ऐसा कर सकता है, {display_name} नहीं।</translation>
    </message>
</context>
<context>
    <name>services.accounts</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>This database has no administrator yet, so no one can use it: create one with `consular db init --admin NAME`.</source>
        <translation>इस डेटाबेस में अभी कोई प्रशासक नहीं है, इसलिए कोई इसका उपयोग नहीं कर सकता: `consular db init --admin NAME` से एक बनाएँ।</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>उपयोगकर्ता नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid user name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. a.sharma), at most 64 characters, starting with a letter or digit.</source>
        <translation>&apos;{name}&apos; मान्य उपयोगकर्ता नाम नहीं है: अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; का उपयोग करें (जैसे a.sharma), अधिकतम 64 अक्षर, जो किसी अक्षर या अंक से शुरू हो।</translation>
    </message>
    <message>
        <source>{describe} already has an administrator; they add accounts with `consular users add`.</source>
        <translation>{describe} में पहले से एक प्रशासक है; वही `consular users add` से खाते जोड़ते हैं।</translation>
    </message>
    <message>
        <source>No user name: pass --user NAME or set CONSULAR_USER.</source>
        <translation>कोई उपयोगकर्ता नाम नहीं: --user NAME दें या CONSULAR_USER सेट करें।</translation>
    </message>
    <message>
        <source>The account &apos;{username}&apos; is disabled; ask an administrator.</source>
        <translation>खाता &apos;{username}&apos; निष्क्रिय है; किसी प्रशासक से संपर्क करें।</translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; in this database.</source>
        <translation>इस डेटाबेस में कोई उपयोगकर्ता &apos;{name}&apos; नहीं है।</translation>
    </message>
    <message>
        <source>There is already a user &apos;{name}&apos;.</source>
        <translation>उपयोगकर्ता &apos;{name}&apos; पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>आप अपना खाता निष्क्रिय नहीं कर सकते; कोई अन्य प्रशासक कर सकता है।</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last administrator and cannot be disabled.</source>
        <translation>&apos;{username}&apos; अंतिम प्रशासक हैं और उन्हें निष्क्रिय नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the last administrator; appoint another one first.</source>
        <translation>&apos;{username}&apos; अंतिम प्रशासक हैं; पहले किसी और को नियुक्त करें।</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>यह खाता निष्क्रिय है।</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>नया पासवर्ड वर्तमान पासवर्ड से अलग होना चाहिए।</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>वर्तमान पासवर्ड गलत है; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>services.at_rest</name>
    <message>
        <source>&apos;{name}&apos; is encrypted: sign in with your user name and password (--user NAME) to open it.</source>
        <translation>&apos;{name}&apos; एन्क्रिप्टेड है: इसे खोलने के लिए अपने उपयोगकर्ता नाम और पासवर्ड (--user NAME) से साइन इन करें।</translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is already encrypted.</source>
        <translation>&apos;{source_name}&apos; पहले से एन्क्रिप्टेड है।</translation>
    </message>
    <message>
        <source>There is no database at &apos;{source}&apos;.</source>
        <translation>&apos;{source}&apos; पर कोई डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>The encrypted copy did not verify ({problems}); &apos;{source_name}&apos; was left as it was.</source>
        <translation>एन्क्रिप्टेड प्रति सत्यापित नहीं हुई ({problems}); &apos;{source_name}&apos; को जैसा था वैसा ही छोड़ दिया गया।</translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <source>There is no case {ref}.</source>
        <translation>कोई मामला {ref} नहीं है।</translation>
    </message>
    <message>
        <source>Only a supervisor or administrator can read this record&apos;s history.</source>
        <translation>केवल पर्यवेक्षक या प्रशासक ही इस रिकॉर्ड का इतिहास देख सकते हैं।</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{fmt}&apos;: use csv or json.</source>
        <translation>अज्ञात निर्यात प्रारूप &apos;{fmt}&apos;: csv या json का उपयोग करें।</translation>
    </message>
    <message>
        <source>The folder {target_dir} does not exist; nothing was written.</source>
        <translation>फ़ोल्डर {target_dir} मौजूद नहीं है; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>{label} was changed by {name} at {when} UTC since you opened it (version {current}, yours {expected}). Reload to see their change, then apply yours again.</source>
        <translation>आपके खोलने के बाद {label} को {name} ने {when} UTC पर बदल दिया (संस्करण {current}, आपका {expected})। उनका बदलाव देखने के लिए फिर से लोड करें, फिर अपना बदलाव दोबारा लागू करें।</translation>
    </message>
    <message>
        <source>{label} was changed since you opened it (version {current}, yours {expected}). Reload to see their change, then apply yours again.</source>
        <translation>आपके खोलने के बाद {label} बदल दिया गया (संस्करण {current}, आपका {expected})। बदलाव देखने के लिए फिर से लोड करें, फिर अपना बदलाव दोबारा लागू करें।</translation>
    </message>
</context>
<context>
    <name>services.audit_chain</name>
    <message>
        <source>The audit key file {path} belongs to another user; it must be yours alone.</source>
        <translation>ऑडिट कुंजी फ़ाइल {path} किसी अन्य उपयोगकर्ता की है; यह केवल आपकी होनी चाहिए।</translation>
    </message>
    <message>
        <source>The audit key file {path} can be read by other users (mode {value:o}); make it private with: chmod 600 &apos;{path}&apos;</source>
        <translation>ऑडिट कुंजी फ़ाइल {path} अन्य उपयोगकर्ता पढ़ सकते हैं (मोड {value:o}); इसे निजी बनाएँ: chmod 600 &apos;{path}&apos;</translation>
    </message>
    <message>
        <source>{path} is not a consular audit key (64 hexadecimal digits expected).</source>
        <translation>{path} consular ऑडिट कुंजी नहीं है (64 हेक्साडेसिमल अंक अपेक्षित)।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an audit anchor (expected SEQ:HEX as printed on briefs, e.g. 1042:9f3a1c07b2e4, or SEQ:HEX@FORK after a restore).</source>
        <translation>&apos;{text}&apos; ऑडिट एंकर नहीं है (SEQ:HEX अपेक्षित, जैसा स्थिति सारांश पर छपा है, जैसे 1042:9f3a1c07b2e4, या पुनर्स्थापना के बाद SEQ:HEX@FORK)।</translation>
    </message>
    <message>
        <source>Anchor {anchor} was printed on a copy restored from a backup (fork {fork}) whose restore this database does not record: it is another copy (an older one, or the file a restore replaced), or the record of that restore was removed.</source>
        <translation>एंकर {anchor} बैकअप से पुनर्स्थापित एक प्रति (फ़ोर्क {fork}) पर छापा गया था, जिसकी पुनर्स्थापना इस डेटाबेस में दर्ज नहीं है: यह कोई दूसरी प्रति है (कोई पुरानी, या वह फ़ाइल जिसे पुनर्स्थापना ने बदला), या उस पुनर्स्थापना का रिकॉर्ड हटा दिया गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) lie beyond this copy&apos;s last entry (#{last}): printed after it was taken, they pin later history, not this copy&apos;s.</source>
        <translation>
            <numerusform>%n एंकर इस प्रति की अंतिम प्रविष्टि (#{last}) के बाद का है: प्रति लेने के बाद छपा, यह बाद के इतिहास को स्थिर करता है, इस प्रति के नहीं।</numerusform>
            <numerusform>%n एंकर इस प्रति की अंतिम प्रविष्टि (#{last}) के बाद के हैं: प्रति लेने के बाद छपे, ये बाद के इतिहास को स्थिर करते हैं, इस प्रति के नहीं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) were printed on a history restored from another backup, which this copy does not contain: not checked.</source>
        <translation>
            <numerusform>%n एंकर किसी दूसरे बैकअप से पुनर्स्थापित इतिहास पर छापा गया था, जो इस प्रति में नहीं है: जाँचा नहीं गया।</numerusform>
            <numerusform>%n एंकर किसी दूसरे बैकअप से पुनर्स्थापित इतिहास पर छापे गए थे, जो इस प्रति में नहीं है: जाँचे नहीं गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>एक बैकअप</translation>
    </message>
    <message>
        <source>Anchor {anchor} belongs to a history that was rolled back by a restore on {when} (from {source}, entry #{seq}): that restore went back to entry #{forked_at}, so entries after it as this anchor knew them are gone on purpose. Not a rewrite.</source>
        <translation>एंकर {anchor} उस इतिहास का है जिसे {when} को एक पुनर्स्थापना ({source} से, प्रविष्टि #{seq}) ने वापस लिया: वह पुनर्स्थापना प्रविष्टि #{forked_at} तक लौटी, इसलिए इस एंकर के समय की बाद की प्रविष्टियाँ जानबूझकर हटी हैं। यह पुनर्लेखन नहीं है।</translation>
    </message>
    <message>
        <source>The audit chain head is missing but there are {count} audit entries.</source>
        <translation>ऑडिट शृंखला का शीर्ष नहीं मिला, जबकि {count} ऑडिट प्रविष्टियाँ मौजूद हैं।</translation>
    </message>
    <message>
        <source>Verification was stopped before the end; nothing is proven.</source>
        <translation>सत्यापन पूरा होने से पहले रोक दिया गया; कुछ भी सिद्ध नहीं हुआ।</translation>
    </message>
    <message>
        <source>Anchor {seq}:{anchor} is beyond the last entry (#{last}): entries recorded before that anchor was printed were deleted.</source>
        <translation>एंकर {seq}:{anchor} अंतिम प्रविष्टि (#{last}) के बाद का है: उस एंकर के छपने से पहले दर्ज प्रविष्टियाँ हटा दी गईं।</translation>
    </message>
    <message>
        <source>No anchor held outside the database was checked: a wholesale rewrite by someone holding the signing key could not be detected.</source>
        <translation>डेटाबेस के बाहर रखा कोई एंकर नहीं जाँचा गया: हस्ताक्षर कुंजी रखने वाले व्यक्ति द्वारा पूरा पुनर्लेखन पकड़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>No anchor held outside the database was checked.</source>
        <translation>डेटाबेस के बाहर रखा कोई एंकर नहीं जाँचा गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written before the chain existed were chained at upgrade (revision 0005) and carry no signature.</source>
        <translation>
            <numerusform>शृंखला बनने से पहले लिखी गई %n प्रविष्टि अपग्रेड (संशोधन 0005) पर शृंखला में जोड़ी गई और उस पर कोई हस्ताक्षर नहीं है।</numerusform>
            <numerusform>शृंखला बनने से पहले लिखी गई %n प्रविष्टियाँ अपग्रेड (संशोधन 0005) पर शृंखला में जोड़ी गईं और उन पर कोई हस्ताक्षर नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Signatures were not checked (--no-key): edits are detected through the hashes and anchors only; entries after the last anchor could have been rewritten with recomputed hashes.</source>
        <translation>हस्ताक्षर नहीं जाँचे गए (--no-key): बदलाव केवल हैश और एंकर से पकड़े जाते हैं; अंतिम एंकर के बाद की प्रविष्टियाँ दोबारा गणना किए गए हैश के साथ फिर से लिखी जा सकती थीं।</translation>
    </message>
</context>
<context>
    <name>services.audit_checks</name>
    <message>
        <source>The chain is broken (see the problems), so signatures vouch only for its unbroken end.</source>
        <translation>शृंखला टूटी है (समस्याएँ देखें), इसलिए हस्ताक्षर केवल उसके अखंड अंतिम भाग की पुष्टि करते हैं।</translation>
    </message>
    <message>
        <source>Audit entry #{seq} has a signature that does not match: the chain was rewritten from here by someone without the key (an entry edited, inserted or removed, and the hashes recomputed).</source>
        <translation>ऑडिट प्रविष्टि #{seq} का हस्ताक्षर मेल नहीं खाता: बिना कुंजी वाले किसी व्यक्ति ने यहाँ से शृंखला फिर से लिखी (कोई प्रविष्टि बदली, जोड़ी या हटाई गई, और हैश दोबारा गणना किए गए)।</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries signed with key {kid} come after the last entry signed with a key this machine holds, and cannot be checked here: copy that installation&apos;s key file here (see {variable}) or verify with --no-key to check the hashes and anchors only.</source>
        <translation>
            <numerusform>कुंजी {kid} से हस्ताक्षरित नवीनतम %n प्रविष्टि इस मशीन की किसी कुंजी से हस्ताक्षरित अंतिम प्रविष्टि के बाद की है और यहाँ जाँची नहीं जा सकती: उस इंस्टॉलेशन की कुंजी फ़ाइल यहाँ कॉपी करें ({variable} देखें) या केवल हैश और एंकर जाँचने के लिए --no-key के साथ सत्यापित करें।</numerusform>
            <numerusform>कुंजी {kid} से हस्ताक्षरित नवीनतम %n प्रविष्टियाँ इस मशीन की किसी कुंजी से हस्ताक्षरित अंतिम प्रविष्टि के बाद की हैं और यहाँ जाँची नहीं जा सकतीं: उस इंस्टॉलेशन की कुंजी फ़ाइल यहाँ कॉपी करें ({variable} देखें) या केवल हैश और एंकर जाँचने के लिए --no-key के साथ सत्यापित करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry is signed with a key this machine holds.</source>
        <translation>कोई भी प्रविष्टि इस मशीन की किसी कुंजी से हस्ताक्षरित नहीं है।</translation>
    </message>
    <message>
        <source>The chain head says #{head} but the last entry is #{last}: entries #{first}–#{head} were deleted.</source>
        <translation>शृंखला शीर्ष #{head} बताता है, पर अंतिम प्रविष्टि #{last} है: प्रविष्टियाँ #{first}–#{head} हटा दी गईं।</translation>
    </message>
    <message>
        <source>Entries #{first}–#{last} lie beyond the chain head: inserted outside consular.</source>
        <translation>प्रविष्टियाँ #{first}–#{last} शृंखला शीर्ष के बाद हैं: consular के बाहर जोड़ी गईं।</translation>
    </message>
    <message>
        <source>The chain head does not match the last entry.</source>
        <translation>शृंखला शीर्ष अंतिम प्रविष्टि से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>The chain head carries no signature.</source>
        <translation>शृंखला शीर्ष पर कोई हस्ताक्षर नहीं है।</translation>
    </message>
    <message>
        <source>The chain head&apos;s signature does not match: it was rewritten (entries cut off the end?).</source>
        <translation>शृंखला शीर्ष का हस्ताक्षर मेल नहीं खाता: इसे फिर से लिखा गया (अंत से प्रविष्टियाँ काटी गईं?)।</translation>
    </message>
    <message>
        <source>Audit row id {row} ({action} on {entity} {entity_id}) is not in the chain: inserted outside consular.</source>
        <translation>ऑडिट पंक्ति {row} ({entity} {entity_id} पर {action}) शृंखला में नहीं है: consular के बाहर जोड़ी गई।</translation>
    </message>
    <message>
        <source>(entry #{seq})</source>
        <translation>(प्रविष्टि #{seq})</translation>
    </message>
    <message>
        <source>{entity} #{record} no longer matches its last audited state {entry}: changed outside consular.</source>
        <translation>{entity} #{record} अब अपनी अंतिम ऑडिट की गई स्थिति {entry} से मेल नहीं खाता: consular के बाहर बदला गया।</translation>
    </message>
    <message>
        <source>{entity} #{record} is gone, but its last audited state {entry} has it: deleted outside consular.</source>
        <translation>{entity} #{record} मौजूद नहीं है, जबकि उसकी अंतिम ऑडिट की गई स्थिति {entry} में वह है: consular के बाहर हटाया गया।</translation>
    </message>
    <message>
        <source>(entry #{seq}, by {name} at {when} UTC)</source>
        <translation>(प्रविष्टि #{seq}, {name} द्वारा {when} UTC पर)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Audit trail intact: {entries} entries, chain head {head}.</source>
        <translation>ऑडिट रिकॉर्ड अक्षुण्ण: {entries} प्रविष्टियाँ, श्रृंखला शीर्ष {head}।</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail was tampered with: {problem} (%n more problem(s): run `consular audit verify`.)</source>
        <translation>
            <numerusform>ऑडिट रिकॉर्ड से छेड़छाड़ की गई है: {problem} (%n और समस्या: `consular audit verify` चलाएँ।)</numerusform>
            <numerusform>ऑडिट रिकॉर्ड से छेड़छाड़ की गई है: {problem} (%n और समस्याएँ: `consular audit verify` चलाएँ।)</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with: {problem}</source>
        <translation>ऑडिट रिकॉर्ड से छेड़छाड़ की गई है: {problem}</translation>
    </message>
</context>
<context>
    <name>services.audit_walk</name>
    <message>
        <source>Audit entries #{first}–#{last} are missing: deleted from the database.</source>
        <translation>ऑडिट प्रविष्टियाँ #{first}–#{last} नहीं मिलीं: डेटाबेस से हटा दी गईं।</translation>
    </message>
    <message>
        <source>Audit entry #{seq} is missing: deleted from the database.</source>
        <translation>ऑडिट प्रविष्टि #{seq} नहीं मिली: डेटाबेस से हटा दी गई।</translation>
    </message>
    <message>
        <source>Audit entry #{seq} ({action} on {entity} {entity_id}) no longer matches its hash: it was edited, or put in place of another.</source>
        <translation>ऑडिट प्रविष्टि #{seq} ({entity} {entity_id} पर {action}) अब अपने हैश से मेल नहीं खाती: इसे बदला गया, या किसी दूसरी की जगह रखा गया।</translation>
    </message>
    <message>
        <source>Audit entry #{seq} ({action}) carries no signature: it was not written by consular.</source>
        <translation>ऑडिट प्रविष्टि #{seq} ({action}) पर कोई हस्ताक्षर नहीं है: इसे consular ने नहीं लिखा।</translation>
    </message>
    <message>
        <source>Anchor {seq}:{anchor} does not match entry #{seq} ({chain}): the history up to entry #{seq} was rewritten.</source>
        <translation>एंकर {seq}:{anchor} प्रविष्टि #{seq} ({chain}) से मेल नहीं खाता: प्रविष्टि #{seq} तक का इतिहास फिर से लिखा गया।</translation>
    </message>
</context>
<context>
    <name>services.backup</name>
    <message>
        <source>&apos;{name}&apos; is damaged or has been tampered with ({problem}).</source>
        <translation>&apos;{name}&apos; क्षतिग्रस्त है या इससे छेड़छाड़ की गई है ({problem})।</translation>
    </message>
    <message>
        <source>The database is damaged or has been tampered with ({problem}).</source>
        <translation>डेटाबेस क्षतिग्रस्त है या इससे छेड़छाड़ की गई है ({problem})।</translation>
    </message>
    <message>
        <source>{text} Latest backup: {backup} (consular db restore FILE puts it back).</source>
        <translation>{text} नवीनतम बैकअप: {backup} (consular db restore FILE इसे वापस लाता है)।</translation>
    </message>
    <message>
        <source>{text} No backup of it was found.</source>
        <translation>{text} इसका कोई बैकअप नहीं मिला।</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools (pg_dump); consular backs up SQLite files.</source>
        <translation>सर्वर डेटाबेस का बैकअप सर्वर के अपने टूल (pg_dump) से लें; consular SQLite फ़ाइलों का बैकअप लेता है।</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; already exists; choose a new file name for the backup.</source>
        <translation>&apos;{target}&apos; पहले से मौजूद है; बैकअप के लिए नया फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>The folder &apos;{parent}&apos; does not exist.</source>
        <translation>फ़ोल्डर &apos;{parent}&apos; मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This database is open read-only ({read_only_reason}); it cannot be backed up here.</source>
        <translation>यह डेटाबेस केवल पढ़ने के लिए खुला है ({read_only_reason}); यहाँ इसका बैकअप नहीं लिया जा सकता।</translation>
    </message>
    <message>
        <source>There is no backup file &apos;{source}&apos;.</source>
        <translation>कोई बैकअप फ़ाइल &apos;{source}&apos; नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{source_name}&apos; is encrypted: its key file is opened with your password.</source>
        <translation>&apos;{source_name}&apos; एन्क्रिप्टेड है: इसकी कुंजी फ़ाइल आपके पासवर्ड से खुलती है।</translation>
    </message>
    <message>
        <source>The backup &apos;{source_name}&apos; did not verify, so nothing was restored: {problems}</source>
        <translation>बैकअप &apos;{source_name}&apos; सत्यापित नहीं हुआ, इसलिए कुछ भी पुनर्स्थापित नहीं किया गया: {problems}</translation>
    </message>
</context>
<context>
    <name>services.brief_gather</name>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-07-18.</source>
        <extracomment>Without ``since`` and without an earlier brief, a brief covers this long. A period since the previous brief shorter than this is refused: it prints as &quot;17:27 to 17:27&quot;. Newest contacts listed per counterpart category; the rest are counted (&quot;and 12 more&quot;).</extracomment>
        <translation>&apos;{value}&apos; कोई तिथि नहीं है; इसे YYYY-MM-DD के रूप में लिखें, जैसे 2025-07-18।</translation>
    </message>
    <message>
        <source>Give a date (YYYY-MM-DD) or a date and time.</source>
        <translation>एक तिथि (YYYY-MM-DD) या तिथि और समय दें।</translation>
    </message>
    <message>
        <source>The end of the period is after the time of the brief.</source>
        <translation>अवधि का अंत सारांश के समय के बाद है।</translation>
    </message>
    <message>
        <source>The start of the period is in the future; give a date on or before today.</source>
        <translation>अवधि का आरंभ भविष्य में है; आज या उससे पहले की तिथि दें।</translation>
    </message>
    <message>
        <source>The start of the period is not before its end.</source>
        <translation>अवधि का आरंभ उसके अंत से पहले नहीं है।</translation>
    </message>
    <message>
        <source>The previous brief of this case (#{id}, issued {when} by {name}) already covers the time up to now. To issue it again with other options, generate it again in its place (same period), or give the start of the period.</source>
        <translation>इस मामले का पिछला सारांश (#{id}, {when} को {name} द्वारा जारी) अभी तक का समय पहले ही शामिल करता है। इसे अन्य विकल्पों के साथ फिर से जारी करने के लिए, इसके स्थान पर फिर से बनाएँ (वही अवधि), या अवधि का आरंभ दें।</translation>
    </message>
    <message>
        <source>There is no brief #{id} of {reference}.</source>
        <translation>{reference} का कोई सारांश #{id} नहीं है।</translation>
    </message>
</context>
<context>
    <name>services.briefs</name>
    <message>
        <source>A redacted brief never includes restricted entries: redaction is for copies that are handed on, and restricted entries must not leave the case team. Choose one of the two.</source>
        <extracomment>SHA-256 of the PDF file&apos;s bytes (``sha256`` is of the content, printed in the footer). The audit chain head printed in every page&apos;s footer (``seq:hash``), an anchor. Why the file never reached its folder, when it did not (the brief was recorded first).</extracomment>
        <translation>गोपनीय अंश हटाए गए सारांश में प्रतिबंधित प्रविष्टियाँ कभी शामिल नहीं होतीं: अंश हटाना आगे दी जाने वाली प्रतियों के लिए है, और प्रतिबंधित प्रविष्टियाँ मामले की टीम से बाहर नहीं जानी चाहिए। दोनों में से एक चुनें।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a page size; use A4 or Letter.</source>
        <translation>&apos;{value}&apos; कोई पृष्ठ आकार नहीं है; A4 या Letter का उपयोग करें।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language a brief can be issued in; use {choices}.</source>
        <translation>&apos;{value}&apos; ऐसी भाषा नहीं है जिसमें सारांश जारी हो सके; {choices} का उपयोग करें।</translation>
    </message>
    <message>
        <source>Names are masked in redacted briefs only: ask for redaction too.</source>
        <translation>नाम केवल गोपनीय अंश हटाए गए सारांशों में छिपाए जाते हैं: अंश हटाने का विकल्प भी चुनें।</translation>
    </message>
    <message>
        <source>A brief generated again keeps the period of the brief it replaces.</source>
        <translation>फिर से बनाया गया सारांश उसी सारांश की अवधि रखता है जिसका वह स्थान लेता है।</translation>
    </message>
    <message>
        <source>The brief to replace covers a period after the time of this brief.</source>
        <translation>जिस सारांश का स्थान लेना है, वह इस सारांश के समय के बाद की अवधि शामिल करता है।</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file.</source>
        <translation>&apos;{path}&apos; कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read &apos;{path}&apos;: {reason}.</source>
        <translation>&apos;{path}&apos; पढ़ी नहीं जा सकती: {reason}।</translation>
    </message>
    <message>
        <source>NOT ISSUED HERE: no brief issued from this database has the SHA-256 of {file} ({hash}…). It may have been changed, come from elsewhere, or have been issued before file hashes were recorded.</source>
        <translation>यहाँ से जारी नहीं: इस डेटाबेस से जारी किसी सारांश का SHA-256, {file} ({hash}…) से मेल नहीं खाता। हो सकता है फ़ाइल बदली गई हो, कहीं और से आई हो, या फ़ाइल हैश दर्ज होने से पहले जारी हुई हो।</translation>
    </message>
    <message>
        <source>ISSUED HERE: {file} is draft brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.</source>
        <translation>यहाँ से जारी: {file}, {reference} का मसौदा सारांश #{id} है, अवधि {start} से {end} तक, {issued} को {name} द्वारा जारी।</translation>
    </message>
    <message>
        <source>ISSUED HERE: {file} is brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.</source>
        <translation>यहाँ से जारी: {file}, {reference} का सारांश #{id} है, अवधि {start} से {end} तक, {issued} को {name} द्वारा जारी।</translation>
    </message>
    <message>
        <source>(Its file was recorded as not delivered: {reason})</source>
        <translation>(इसकी फ़ाइल पहुँची नहीं, ऐसा दर्ज है: {reason})</translation>
    </message>
</context>
<context>
    <name>services.case_links</name>
    <message>
        <source>{reference} cannot be linked to itself; give the reference of the other case.</source>
        <translation>{reference} को स्वयं से नहीं जोड़ा जा सकता; दूसरे मामले का संदर्भ दें।</translation>
    </message>
    <message>
        <source>{kind}: {reference} ({post})</source>
        <translation>{kind}: {reference} ({post})</translation>
    </message>
    <message>
        <source>{head} — details restricted to that case&apos;s team</source>
        <translation>{head} — विवरण केवल उस मामले की टीम के लिए</translation>
    </message>
    <message>
        <source>{head} {title} [{status}]</source>
        <translation>{head} {title} [{status}]</translation>
    </message>
    <message>
        <source>{head} {title}</source>
        <translation>{head} {title}</translation>
    </message>
    <message>
        <source>{display_name} is not on the team of {reference}, so cannot {doing} {reference2} and {reference3}: a link tells each case&apos;s readers about the other. Ask {reference}&apos;s supervisor to add you (consular cases team {reference} add {username}) or a supervisor to make the link.</source>
        <translation>{display_name} {reference} की टीम में नहीं हैं, इसलिए {reference2} और {reference3} को {doing} नहीं कर सकते: एक संबंध हर मामले के पाठकों को दूसरे के बारे में बताता है। {reference} के पर्यवेक्षक से आपको जोड़ने को कहें (consular cases team {reference} add {username}) या किसी पर्यवेक्षक से संबंध बनवाएँ।</translation>
    </message>
    <message>
        <source>{reference} and {reference2} are already linked ({kind}, since {linked_at:%Y-%m-%d}). To change the kind, unlink them and link them again.</source>
        <translation>{reference} और {reference2} पहले से जुड़े हैं ({kind}, {linked_at:%Y-%m-%d} से)। प्रकार बदलने के लिए संबंध हटाएँ और फिर से जोड़ें।</translation>
    </message>
    <message>
        <source>{reference} and {reference2} are not linked; see the links with consular cases show {reference}.</source>
        <translation>{reference} और {reference2} जुड़े नहीं हैं; consular cases show {reference} से संबंध देखें।</translation>
    </message>
</context>
<context>
    <name>services.cases</name>
    <message>
        <source>A case reference is required, e.g. BAM-2025-0001.</source>
        <translation>मामले का संदर्भ आवश्यक है, जैसे BAM-2025-0001।</translation>
    </message>
    <message>
        <source>There is no case &apos;{ref}&apos;. Check the reference (e.g. BAM-2025-0001).</source>
        <extracomment>What the write does: None (nothing: matched as it is, or refused), &quot;case&quot;, &quot;person&quot; (a new person joins the case), &quot;add&quot; (a known person joins the case), &quot;contact&quot;. What the write needs (see :mod:`.rows`): ids, cleaned values, the service&apos;s arguments.</extracomment>
        <translation>कोई मामला &apos;{ref}&apos; नहीं है। संदर्भ जाँचें (जैसे BAM-2025-0001)।</translation>
    </message>
    <message>
        <source>The incident time is in the future; check the date and zone.</source>
        <translation>घटना का समय भविष्य में है; तिथि और समय क्षेत्र जाँचें।</translation>
    </message>
    <message>
        <source>Name the group when attribution is {level}.</source>
        <translation>जब ज़िम्मेदारी {level} हो, तो समूह का नाम दें।</translation>
    </message>
    <message>
        <source>The case cannot be opened in the future; check the date.</source>
        <translation>मामला भविष्य की तिथि में नहीं खोला जा सकता; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Could not allocate a case reference; try again.</source>
        <translation>मामले का संदर्भ आवंटित नहीं हो सका; पुनः प्रयास करें।</translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited here.</source>
        <translation>&apos;{unknown}&apos; को यहाँ संपादित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>There is no post &apos;{code}&apos;; the posts are {value}.</source>
        <translation>कोई मिशन &apos;{code}&apos; नहीं है; मिशन ये हैं: {value}।</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;; use one of {sort_keys}.</source>
        <translation>&apos;{sort}&apos; के अनुसार क्रमबद्ध नहीं किया जा सकता; इनमें से एक का उपयोग करें: {sort_keys}।</translation>
    </message>
</context>
<context>
    <name>services.contacts</name>
    <message>
        <source>The contact time is in the future; check the date and time zone.</source>
        <extracomment>When the task was set, for a contact entered after the fact (see ``tasks.add_task``); by default, now.</extracomment>
        <translation>संपर्क का समय भविष्य में है; तिथि और समय क्षेत्र जाँचें।</translation>
    </message>
    <message>
        <source>There is no counterpart #{cid}.</source>
        <translation>कोई वार्ताकार #{cid} नहीं है।</translation>
    </message>
    <message>
        <source>The contact is more than a year before the incident; check the year.</source>
        <translation>संपर्क घटना से एक वर्ष से भी अधिक पहले का है; वर्ष जाँचें।</translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited on a contact.</source>
        <translation>&apos;{unknown}&apos; को संपर्क में संपादित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>There is no contact entry #{contact_id}.</source>
        <translation>कोई संपर्क प्रविष्टि #{contact_id} नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; matches several counterparts ({listed}); give more of the name.</source>
        <translation>&apos;{name}&apos; कई वार्ताकारों से मेल खाता है ({listed}); नाम का अधिक भाग दें।</translation>
    </message>
</context>
<context>
    <name>services.context</name>
    <message>
        <source>CONSULAR_LOCKOUT_ATTEMPTS must be a whole number &gt;= 1.</source>
        <translation>CONSULAR_LOCKOUT_ATTEMPTS एक पूर्ण संख्या &gt;= 1 होनी चाहिए।</translation>
    </message>
    <message>
        <source>CONSULAR_LOCKOUT_MINUTES cannot be negative.</source>
        <translation>CONSULAR_LOCKOUT_MINUTES ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>{name} must be a whole number of days &gt;= 1.</source>
        <translation>{name} दिनों की पूर्ण संख्या &gt;= 1 होनी चाहिए।</translation>
    </message>
    <message>
        <source>CONSULAR_TELL_FAMILY_HOURS must be a whole number of hours &gt;= 1.</source>
        <translation>CONSULAR_TELL_FAMILY_HOURS घंटों की पूर्ण संख्या &gt;= 1 होनी चाहिए।</translation>
    </message>
    <message>
        <source>CONSULAR_QUICK_CHECK_SECONDS must be a number of seconds &gt; 0.</source>
        <translation>CONSULAR_QUICK_CHECK_SECONDS सेकंड की एक संख्या &gt; 0 होनी चाहिए।</translation>
    </message>
    <message>
        <source>{name}=&apos;{raw}&apos; is not a number of {unit}.</source>
        <translation>{name}=&apos;{raw}&apos; {unit} की संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Records are shown as of {as_of:%Y-%m-%d} (--as-of); changes are refused so that nothing is back-dated. Leave out --as-of to make changes.</source>
        <translation>रिकॉर्ड {as_of:%Y-%m-%d} की स्थिति में दिखाए गए हैं (--as-of); बदलाव अस्वीकार किए जाते हैं ताकि कुछ भी पिछली तिथि में दर्ज न हो। बदलाव करने के लिए --as-of हटाएँ।</translation>
    </message>
    <message>
        <source>{display_name} has read-only access and cannot change records.</source>
        <translation>{display_name} के पास केवल पढ़ने की अनुमति है और वे रिकॉर्ड नहीं बदल सकते।</translation>
    </message>
    <message>
        <source>No user name: pass --user NAME or set CONSULAR_USER.</source>
        <translation>कोई उपयोगकर्ता नाम नहीं: --user NAME दें या CONSULAR_USER सेट करें।</translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; in this database.</source>
        <translation>इस डेटाबेस में कोई उपयोगकर्ता &apos;{name}&apos; नहीं है।</translation>
    </message>
    <message>
        <source>The account &apos;{name}&apos; is disabled.</source>
        <translation>खाता &apos;{name}&apos; निष्क्रिय है।</translation>
    </message>
</context>
<context>
    <name>services.convert</name>
    <message>
        <source>restricted</source>
        <extracomment>A sentinel the faces compare against; translate it where it is shown: ``translate(&quot;services.convert&quot;, WITHHELD)``.</extracomment>
        <translation>प्रतिबंधित</translation>
    </message>
</context>
<context>
    <name>services.counterparts</name>
    <message>
        <source>There is no counterpart #{counterpart_id}.</source>
        <translation>कोई वार्ताकार #{counterpart_id} नहीं है।</translation>
    </message>
</context>
<context>
    <name>services.dashboard</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>हर दिन</numerusform>
            <numerusform>हर %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>no contact logged yet</source>
        <translation>अभी तक कोई संपर्क दर्ज नहीं</translation>
    </message>
    <message>
        <source>last contact {ago}</source>
        <translation>अंतिम संपर्क {ago}</translation>
    </message>
    <message>
        <source>Family of {hostage} ({kin}, {relationship}): agreed {every}, {last}</source>
        <translation>{hostage} का परिवार ({kin}, {relationship}): तय {every}, {last}</translation>
    </message>
    <message>
        <source>Tell the family of {name}: {kind}</source>
        <translation>{name} के परिवार को बताएँ: {kind}</translation>
    </message>
    <message numerus="yes">
        <source>no verified proof of life for %n day(s)</source>
        <extracomment>No verified proof of life for longer than the setting (Settings.proof_of_life_alert_days), counted from the captivity&apos;s start when there is none. Has medical needs, and no welfare report for longer than Settings.welfare_alert_days. Whole days since the last verified proof of life, else since the captivity began. Whole days since the last welfare report about them, else since the captivity began.</extracomment>
        <translation>
            <numerusform>%n दिन से जीवित होने का कोई सत्यापित प्रमाण नहीं</numerusform>
            <numerusform>%n दिन से जीवित होने का कोई सत्यापित प्रमाण नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>no verified proof of life yet</source>
        <translation>अभी तक जीवित होने का कोई सत्यापित प्रमाण नहीं</translation>
    </message>
    <message numerus="yes">
        <source>medical needs, no welfare news for %n day(s)</source>
        <translation>
            <numerusform>चिकित्सीय आवश्यकताएँ, %n दिन से कुशलक्षेम की कोई खबर नहीं</numerusform>
            <numerusform>चिकित्सीय आवश्यकताएँ, %n दिन से कुशलक्षेम की कोई खबर नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Family of {hostage} ({relationship}): agreed {every}, {last}</source>
        <translation>{hostage} का परिवार ({relationship}): तय {every}, {last}</translation>
    </message>
</context>
<context>
    <name>services.database</name>
    <message>
        <source>consular works with SQLite files and PostgreSQL servers; &apos;{render_as_string}&apos; is a {backend} database. Give a file path or a postgresql+psycopg://user@host/dbname URL.</source>
        <translation>consular SQLite फ़ाइलों और PostgreSQL सर्वरों के साथ काम करता है; &apos;{render_as_string}&apos; एक {backend} डेटाबेस है। फ़ाइल पथ या postgresql+psycopg://user@host/dbname URL दें।</translation>
    </message>
    <message>
        <source>Connecting to PostgreSQL needs the {value} driver, which is not installed. Install consular with the [postgres] extra: pip install -e &apos;.[postgres]&apos; (or pip install &apos;psycopg[binary]&apos;), and use a postgresql+psycopg:// URL.</source>
        <translation>PostgreSQL से जुड़ने के लिए {value} ड्राइवर चाहिए, जो स्थापित नहीं है। consular को [postgres] extra के साथ स्थापित करें: pip install -e &apos;.[postgres]&apos; (या pip install &apos;psycopg[binary]&apos;), और postgresql+psycopg:// URL का उपयोग करें।</translation>
    </message>
    <message>
        <source>The database driver for &apos;{backend}&apos; is not available ({exc}).</source>
        <translation>&apos;{backend}&apos; के लिए डेटाबेस ड्राइवर उपलब्ध नहीं है ({exc})।</translation>
    </message>
    <message>
        <source>&apos;{path_name}&apos; already exists. Use File → Open database… to open it, or choose a new file name.</source>
        <translation>&apos;{path_name}&apos; पहले से मौजूद है। इसे खोलने के लिए फ़ाइल → डेटाबेस खोलें… का उपयोग करें, या नया फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>There is no file &apos;{path}&apos;. Use File → New database… to create one there.</source>
        <translation>कोई फ़ाइल &apos;{path}&apos; नहीं है। वहाँ एक बनाने के लिए फ़ाइल → नया डेटाबेस… का उपयोग करें।</translation>
    </message>
    <message>
        <source>The folder &apos;{parent}&apos; does not exist.</source>
        <translation>फ़ोल्डर &apos;{parent}&apos; मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>services.demands</name>
    <message>
        <source>{kind}: {amount} {currency}</source>
        <extracomment>The intermediary&apos;s vetting status when the demand came (None: no intermediary named). Threatens the family or is made on them (opened a &quot;tell the family&quot; item).</extracomment>
        <translation>{kind}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Say when.</source>
        <translation>बताएँ कब।</translation>
    </message>
    <message>
        <source>Only a money demand has an amount and a currency.</source>
        <translation>केवल धन की मांग में राशि और मुद्रा होती है।</translation>
    </message>
    <message>
        <source>A money demand needs its amount (a whole number, e.g. 500000).</source>
        <translation>धन की मांग में उसकी राशि होनी चाहिए (पूर्ण संख्या, जैसे 500000)।</translation>
    </message>
    <message>
        <source>&apos;{amount}&apos; is not a whole number; write e.g. 500000.</source>
        <translation>&apos;{amount}&apos; पूर्ण संख्या नहीं है; उदाहरण के लिए 500000 लिखें।</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>राशि शून्य से अधिक होनी चाहिए।</translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code (EUR, USD, XOF, INR).</source>
        <translation>मुद्रा उसके तीन अक्षरों वाले कोड से दें (EUR, USD, XOF, INR)।</translation>
    </message>
    <message>
        <source>Contact #{cid} is not in {reference}.</source>
        <translation>संपर्क #{cid} {reference} में नहीं है।</translation>
    </message>
    <message>
        <source>Document #{did} is not in {reference}.</source>
        <translation>दस्तावेज़ #{did} {reference} में नहीं है।</translation>
    </message>
    <message>
        <source>The demand is in the future; check the date.</source>
        <translation>मांग भविष्य की तिथि में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>The deadline is before the demand was received.</source>
        <translation>समय-सीमा मांग प्राप्त होने से पहले की है।</translation>
    </message>
    <message>
        <source>Counterpart #{via_counterpart_id} is not a counterpart of {reference}.</source>
        <translation>वार्ताकार #{via_counterpart_id} {reference} का वार्ताकार नहीं है।</translation>
    </message>
    <message>
        <source>Person #{hostage_person_id} is not a national held in {reference}.</source>
        <translation>व्यक्ति #{hostage_person_id} {reference} में बंदी नागरिक नहीं है।</translation>
    </message>
    <message>
        <source>Say what was answered, or to whom it was referred.</source>
        <translation>बताएँ कि क्या उत्तर दिया गया, या मांग किसे अग्रेषित की गई।</translation>
    </message>
    <message>
        <source>There is no demand #{demand_id}.</source>
        <translation>कोई मांग #{demand_id} नहीं है।</translation>
    </message>
    <message>
        <source>The response is dated before the demand was received.</source>
        <translation>उत्तर की तिथि मांग प्राप्त होने से पहले की है।</translation>
    </message>
</context>
<context>
    <name>services.detention</name>
    <message>
        <source>{reference} is a case of kind &apos;{kind}&apos;; detention records (authority, charges, hearings, consular visits, notes verbales) are kept only for a case of kind &apos;{wrongful_detention}&apos;. If the national is held by a state, change the case&apos;s kind first (Overview tab, Edit case), then record the detention.</source>
        <translation>{reference} &apos;{kind}&apos; प्रकार का मामला है; हिरासत के रिकॉर्ड (प्राधिकरण, आरोप, सुनवाई, कांसुलर मुलाक़ातें, नोट वर्बेल) केवल &apos;{wrongful_detention}&apos; प्रकार के मामले के लिए रखे जाते हैं। यदि नागरिक किसी राज्य की हिरासत में है, तो पहले मामले का प्रकार बदलें (अवलोकन टैब, मामला संपादित करें), फिर हिरासत दर्ज करें।</translation>
    </message>
    <message>
        <source>date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Give the {label} (e.g. 2025-05-21, or 2025-05-21T10:30).</source>
        <translation>{label} दें (जैसे 2025-05-21, या 2025-05-21T10:30)।</translation>
    </message>
    <message>
        <source>{what} is in the future ({value:%Y-%m-%d}); check the date.</source>
        <translation>{what} भविष्य में है ({value:%Y-%m-%d}); तिथि जाँचें।</translation>
    </message>
    <message>
        <source>{reference} has no national concerned yet; add the detained national first.</source>
        <translation>{reference} में अभी कोई संबंधित नागरिक नहीं है; पहले हिरासत में लिए गए नागरिक को जोड़ें।</translation>
    </message>
    <message>
        <source>{reference} has several nationals concerned; say which: {names}.</source>
        <translation>{reference} में कई संबंधित नागरिक हैं; बताएँ कौन: {names}।</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national concerned of {reference}.</source>
        <translation>व्यक्ति #{person_id} {reference} का संबंधित नागरिक नहीं है।</translation>
    </message>
    <message>
        <source>date the charge was filed</source>
        <translation>आरोप दायर होने की तिथि</translation>
    </message>
    <message>
        <source>The charge&apos;s filing date</source>
        <translation>आरोप दायर होने की तिथि</translation>
    </message>
    <message>
        <source>Say when the charge was {status} (the date of that status).</source>
        <translation>बताएँ कि आरोप कब {status} हुआ (उस स्थिति की तिथि)।</translation>
    </message>
    <message>
        <source>The status date</source>
        <translation>स्थिति की तिथि</translation>
    </message>
    <message>
        <source>The status date ({status_at:%Y-%m-%d}) is before the charge was filed ({filed:%Y-%m-%d}).</source>
        <translation>स्थिति की तिथि ({status_at:%Y-%m-%d}) आरोप दायर होने ({filed:%Y-%m-%d}) से पहले की है।</translation>
    </message>
    <message>
        <source>hearing&apos;s date</source>
        <translation>सुनवाई की तिथि</translation>
    </message>
    <message>
        <source>The next hearing ({next_at:%Y-%m-%d}) is before this hearing ({held:%Y-%m-%d}); check both dates.</source>
        <translation>अगली सुनवाई ({next_at:%Y-%m-%d}) इस सुनवाई ({held:%Y-%m-%d}) से पहले है; दोनों तिथियाँ जाँचें।</translation>
    </message>
    <message>
        <source>The hearing is on {held:%Y-%m-%d}, still to come: record its outcome once it has been held.</source>
        <translation>सुनवाई {held:%Y-%m-%d} को है, अभी होनी बाकी है: सुनवाई होने के बाद उसका परिणाम दर्ज करें।</translation>
    </message>
    <message>
        <source>date it was sent</source>
        <translation>भेजे जाने की तिथि</translation>
    </message>
    <message>
        <source>The note&apos;s sending date</source>
        <translation>नोट भेजे जाने की तिथि</translation>
    </message>
    <message>
        <source>The answer&apos;s date</source>
        <translation>उत्तर की तिथि</translation>
    </message>
    <message>
        <source>The answer ({answered:%Y-%m-%d}) is dated before the note was sent ({sent:%Y-%m-%d}).</source>
        <translation>उत्तर ({answered:%Y-%m-%d}) की तिथि नोट भेजे जाने ({sent:%Y-%m-%d}) से पहले की है।</translation>
    </message>
    <message>
        <source>Say what the answer said (a line is enough).</source>
        <translation>बताएँ कि उत्तर में क्या कहा गया (एक पंक्ति पर्याप्त है)।</translation>
    </message>
    <message>
        <source>Give the date of the answer as well as what it said.</source>
        <translation>उत्तर की तिथि भी दें और उसमें क्या कहा गया वह भी।</translation>
    </message>
    <message>
        <source>date of the request</source>
        <translation>अनुरोध की तिथि</translation>
    </message>
    <message>
        <source>The request&apos;s date</source>
        <translation>अनुरोध की तिथि</translation>
    </message>
    <message>
        <source>Note verbale #{note_id} is not one of {reference}&apos;s.</source>
        <translation>नोट वर्बेल #{note_id} {reference} का नहीं है।</translation>
    </message>
    <message>
        <source>A decision date is given: say what was decided (granted, refused).</source>
        <translation>निर्णय की तिथि दी गई है: बताएँ कि क्या निर्णय हुआ (स्वीकृत, अस्वीकृत)।</translation>
    </message>
    <message>
        <source>Say when the request was {decision}.</source>
        <translation>बताएँ कि अनुरोध कब {decision} हुआ।</translation>
    </message>
    <message>
        <source>The decision&apos;s date</source>
        <translation>निर्णय की तिथि</translation>
    </message>
    <message>
        <source>The decision ({decided:%Y-%m-%d}) is dated before the request ({requested:%Y-%m-%d}); check both.</source>
        <translation>निर्णय ({decided:%Y-%m-%d}) की तिथि अनुरोध ({requested:%Y-%m-%d}) से पहले की है; दोनों जाँचें।</translation>
    </message>
    <message>
        <source>A visit, its findings and welfare are recorded only on a granted request; record the decision as granted first.</source>
        <translation>मुलाक़ात, उसके निष्कर्ष और कुशलक्षेम केवल स्वीकृत अनुरोध पर दर्ज होते हैं; पहले निर्णय को स्वीकृत के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>The visit ({visit_at:%Y-%m-%d}) is before access was granted ({decided:%Y-%m-%d}).</source>
        <translation>मुलाक़ात ({visit_at:%Y-%m-%d}) पहुँच की अनुमति मिलने ({decided:%Y-%m-%d}) से पहले की है।</translation>
    </message>
    <message>
        <source>Findings and welfare are recorded after the visit: give its date first.</source>
        <translation>निष्कर्ष और कुशलक्षेम मुलाक़ात के बाद दर्ज होते हैं: पहले उसकी तिथि दें।</translation>
    </message>
    <message>
        <source>Nothing to set: give the authority, the place or the lawyer.</source>
        <translation>दर्ज करने को कुछ नहीं: प्राधिकरण, स्थान या वकील दें।</translation>
    </message>
    <message>
        <source>The lawyer&apos;s appointment date</source>
        <translation>वकील की नियुक्ति की तिथि</translation>
    </message>
    <message>
        <source>Give the lawyer&apos;s name with their firm, phone or appointment date.</source>
        <translation>वकील का नाम उनकी फ़र्म, फ़ोन या नियुक्ति की तिथि के साथ दें।</translation>
    </message>
    <message>
        <source>The date of the transfer</source>
        <translation>स्थानांतरण की तिथि</translation>
    </message>
    <message>
        <source>The move to {new_place} ({since:%Y-%m-%d}) is dated before the national was taken to {place} ({place_since:%Y-%m-%d}); check the date.</source>
        <translation>{new_place} में स्थानांतरण ({since:%Y-%m-%d}) की तिथि नागरिक को {place} ({place_since:%Y-%m-%d}) ले जाए जाने से पहले की है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Give the place with the date the national was taken there.</source>
        <translation>स्थान के साथ वह तिथि दें जब नागरिक को वहाँ ले जाया गया।</translation>
    </message>
    <message>
        <source>There is no {label} #{record_id}.</source>
        <translation>कोई {label} #{record_id} नहीं है।</translation>
    </message>
    <message>
        <source>Nothing changed: the {label} already reads so.</source>
        <translation>कुछ नहीं बदला: {label} में पहले से यही है।</translation>
    </message>
</context>
<context>
    <name>services.detention_overdue</name>
    <message>
        <source>Consular visit request</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>सुनवाई</translation>
    </message>
    <message>
        <source>{what} ({restricted})</source>
        <extracomment>Requested on (a visit), sent on (a note), held on (a hearing). Restricted, and the reader is not on the case&apos;s team. The note&apos;s reference or the hearing&apos;s court (&quot;&quot; for a visit, or when withheld).</extracomment>
        <translation>{what} ({restricted})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: no decision for %n day(s)</source>
        <translation>
            <numerusform>{what}: %n दिन से कोई निर्णय नहीं</numerusform>
            <numerusform>{what}: %n दिन से कोई निर्णय नहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no answer for %n day(s)</source>
        <translation>
            <numerusform>{what}: %n दिन से कोई उत्तर नहीं</numerusform>
            <numerusform>{what}: %n दिन से कोई उत्तर नहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: no outcome recorded for %n day(s)</source>
        <translation>
            <numerusform>{what}: %n दिन से कोई परिणाम दर्ज नहीं</numerusform>
            <numerusform>{what}: %n दिन से कोई परिणाम दर्ज नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearing of {day} for {name}: no outcome recorded ({court})</source>
        <translation>{name} की {day} की सुनवाई: कोई परिणाम दर्ज नहीं ({court})</translation>
    </message>
    <message>
        <source>Hearing of {day} for {name}: no outcome recorded</source>
        <translation>{name} की {day} की सुनवाई: कोई परिणाम दर्ज नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Note verbale {reference} for {name}: no answer for %n day(s)</source>
        <translation>
            <numerusform>{name} के लिए नोट वर्बेल {reference}: %n दिन से कोई उत्तर नहीं</numerusform>
            <numerusform>{name} के लिए नोट वर्बेल {reference}: %n दिन से कोई उत्तर नहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note verbale for {name}: no answer for %n day(s)</source>
        <translation>
            <numerusform>{name} के लिए नोट वर्बेल: %n दिन से कोई उत्तर नहीं</numerusform>
            <numerusform>{name} के लिए नोट वर्बेल: %n दिन से कोई उत्तर नहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consular visit request for {name}: no decision for %n day(s)</source>
        <translation>
            <numerusform>{name} के लिए कांसुलर मुलाक़ात का अनुरोध: %n दिन से कोई निर्णय नहीं</numerusform>
            <numerusform>{name} के लिए कांसुलर मुलाक़ात का अनुरोध: %n दिन से कोई निर्णय नहीं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.detention_timeline</name>
    <message>
        <source>{status} on {day}</source>
        <translation>{day} को {status}</translation>
    </message>
    <message>
        <source>Charge filed against {person}</source>
        <translation>{person} के विरुद्ध आरोप दायर</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Court hearing: {court}</source>
        <translation>अदालत में सुनवाई: {court}</translation>
    </message>
    <message>
        <source>Concerning {person}</source>
        <translation>{person} के संबंध में</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>कोई परिणाम दर्ज नहीं</translation>
    </message>
    <message>
        <source>Next hearing: {day}</source>
        <translation>अगली सुनवाई: {day}</translation>
    </message>
    <message>
        <source>By note verbale {reference}</source>
        <translation>नोट वर्बेल {reference} द्वारा</translation>
    </message>
    <message>
        <source>Consular visit to {person} requested</source>
        <translation>{person} से कांसुलर मुलाक़ात का अनुरोध किया गया</translation>
    </message>
    <message>
        <source>Consular visit to {person}: {decision}</source>
        <translation>{person} से कांसुलर मुलाक़ात: {decision}</translation>
    </message>
    <message>
        <source>Requested on {day}</source>
        <translation>{day} को अनुरोध किया गया</translation>
    </message>
    <message>
        <source>Consular visit to {person}</source>
        <translation>{person} से कांसुलर मुलाक़ात</translation>
    </message>
    <message>
        <source>Visited by {visited_by}</source>
        <translation>मुलाक़ात करने वाले: {visited_by}</translation>
    </message>
    <message>
        <source>Findings: {findings}</source>
        <translation>निष्कर्ष: {findings}</translation>
    </message>
    <message>
        <source>Welfare observed: {welfare_observed}</source>
        <translation>देखी गई कुशलक्षेम स्थिति: {welfare_observed}</translation>
    </message>
    <message>
        <source>Note verbale {reference} sent</source>
        <translation>नोट वर्बेल {reference} भेजा गया</translation>
    </message>
    <message>
        <source>To {addressed_to}: {subject}</source>
        <translation>{addressed_to} को: {subject}</translation>
    </message>
    <message>
        <source>Note verbale {reference} answered</source>
        <translation>नोट वर्बेल {reference} का उत्तर मिला</translation>
    </message>
</context>
<context>
    <name>services.detention_views</name>
    <message>
        <source>no lawyer recorded</source>
        <extracomment>Every place recorded, oldest first (the last is the current one).</extracomment>
        <translation>कोई वकील दर्ज नहीं</translation>
    </message>
    <message>
        <source>{lawyer} (appointed {day})</source>
        <translation>{lawyer} ({day} को नियुक्त)</translation>
    </message>
</context>
<context>
    <name>services.documents</name>
    <message>
        <source>The document content must be bytes.</source>
        <translation>दस्तावेज़ की सामग्री बाइट्स में होनी चाहिए।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size_text}; the limit is {size_text2}. Attach a smaller file (compress or split it), or ask an administrator to raise CONSULAR_MAX_DOCUMENT_MB.</source>
        <translation>&apos;{name}&apos; {size_text} का है; सीमा {size_text2} है। छोटी फ़ाइल संलग्न करें (संपीड़ित करें या विभाजित करें), या किसी प्रशासक से CONSULAR_MAX_DOCUMENT_MB बढ़वाएँ।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; nothing to attach.</source>
        <translation>&apos;{name}&apos; खाली है; संलग्न करने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>&apos;{file_path}&apos; is not a file that can be read.</source>
        <translation>&apos;{file_path}&apos; पढ़ने योग्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{file_path_name}&apos; is {size_text}; the limit is {size_text2}. Attach a smaller file.</source>
        <translation>&apos;{file_path_name}&apos; {size_text} का है; सीमा {size_text2} है। छोटी फ़ाइल संलग्न करें।</translation>
    </message>
    <message>
        <source>Cannot read &apos;{file_path_name}&apos;: {strerror}.</source>
        <translation>&apos;{file_path_name}&apos; पढ़ा नहीं जा सका: {strerror}।</translation>
    </message>
    <message>
        <source>There is no document #{document_id}.</source>
        <translation>कोई दस्तावेज़ #{document_id} नहीं है।</translation>
    </message>
    <message>
        <source>The stored copy of &apos;{file_name}&apos; does not match its SHA-256; it is damaged. Restore it from a backup.</source>
        <translation>&apos;{file_name}&apos; की संग्रहीत प्रति उसके SHA-256 से मेल नहीं खाती; यह क्षतिग्रस्त है। इसे बैकअप से पुनर्स्थापित करें।</translation>
    </message>
</context>
<context>
    <name>services.drafts</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of draft (known: {kinds}).</source>
        <extracomment>The Log contact dialog&apos;s drafts (a new contact, or an edit of one). The forms that keep drafts. Another form adds its own kind here. The most a draft may hold (characters of JSON): far above any form, below a runaway paste. What :func:`import_drafts` did with each :class:`DraftImport`.</extracomment>
        <translation>&apos;{kind}&apos; ड्राफ़्ट का प्रकार नहीं है (ज्ञात: {kinds})।</translation>
    </message>
    <message>
        <source>A draft&apos;s target is at most {max_target_chars} characters.</source>
        <translation>ड्राफ़्ट के लक्ष्य में अधिकतम {max_target_chars} अक्षर होते हैं।</translation>
    </message>
    <message>
        <source>A draft holds a form&apos;s fields (a JSON object).</source>
        <translation>ड्राफ़्ट में फ़ॉर्म के फ़ील्ड होते हैं (एक JSON ऑब्जेक्ट)।</translation>
    </message>
    <message>
        <source>A draft holds only text, numbers, true/false, lists and objects.</source>
        <translation>ड्राफ़्ट में केवल पाठ, संख्याएँ, true/false, सूचियाँ और ऑब्जेक्ट होते हैं।</translation>
    </message>
    <message>
        <source>This draft is too large to keep (over {limit} characters).</source>
        <translation>यह ड्राफ़्ट रखने के लिए बहुत बड़ा है ({limit} से अधिक अक्षर)।</translation>
    </message>
    <message>
        <source>The draft was discarded elsewhere (another window or computer) since you {what} it.</source>
        <translation>आपके {what} के बाद ड्राफ़्ट कहीं और (किसी अन्य विंडो या कंप्यूटर पर) हटा दिया गया।</translation>
    </message>
    <message>
        <source>The draft was saved elsewhere (another window or computer) since you {what} it (version {current}, yours {value}).</source>
        <translation>आपके {what} के बाद ड्राफ़्ट कहीं और (किसी अन्य विंडो या कंप्यूटर पर) सहेजा गया (संस्करण {current}, आपका {value})।</translation>
    </message>
</context>
<context>
    <name>services.duplicates</name>
    <message>
        <source>same date of birth {day}</source>
        <translation>समान जन्म तिथि {day}</translation>
    </message>
    <message>
        <source>different dates of birth</source>
        <translation>अलग-अलग जन्म तिथियाँ</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>समान पासपोर्ट संख्या</translation>
    </message>
    <message>
        <source>different passport numbers</source>
        <translation>अलग-अलग पासपोर्ट संख्याएँ</translation>
    </message>
    <message>
        <source>names sound alike ({similarity:.2f})</source>
        <translation>नाम उच्चारण में मिलते-जुलते ({similarity:.2f})</translation>
    </message>
    <message>
        <source>names {similarity:.2f} alike</source>
        <translation>नाम {similarity:.2f} तक मिलते-जुलते</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>समान फ़ोन नंबर</translation>
    </message>
    <message>
        <source>same organisation ({a_org})</source>
        <translation>समान संगठन ({a_org})</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>अलग-अलग संगठन</translation>
    </message>
    <message>
        <source>&apos;{entity}&apos; is not something duplicates are found for: use people or counterparts.</source>
        <translation>&apos;{entity}&apos; के लिए डुप्लिकेट नहीं खोजे जाते: people या counterparts का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>services.escalation</name>
    <message>
        <source>no contact logged</source>
        <translation>कोई संपर्क दर्ज नहीं</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>अंतिम संपर्क {day}</translation>
    </message>
</context>
<context>
    <name>services.family_letter</name>
    <message>
        <source>No next of kin of {reference} matches &apos;{key}&apos;. Next of kin: {listed}.</source>
        <translation>{reference} का कोई परिजन &apos;{key}&apos; से मेल नहीं खाता। परिजन: {listed}।</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several next of kin of {reference} ({listed}); give the id.</source>
        <translation>&apos;{key}&apos; {reference} के कई परिजनों से मेल खाता है ({listed}); आईडी दें।</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}); check the dates.</source>
        <translation>अवधि शुरू होने ({first}) से पहले समाप्त ({last}) होती है; तिथियाँ जाँचें।</translation>
    </message>
    <message>
        <source>{display_name} is not on the team of case {reference}: only its team (and supervisors) write to the family. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation>{display_name} मामले {reference} की टीम में नहीं हैं: केवल इसकी टीम (और पर्यवेक्षक) परिवार को लिखते हैं। मामले के पर्यवेक्षक से आपको जोड़ने को कहें: consular cases team {reference} add {username}</translation>
    </message>
    <message>
        <source>There is no letter template in &apos;{language}&apos;. Templates: {names}.</source>
        <translation>&apos;{language}&apos; में कोई पत्र टेम्पलेट नहीं है। टेम्पलेट: {names}।</translation>
    </message>
    <message>
        <source>{full_name}&apos;s preferred language is {preferred_language}, and there is no letter template in it (templates: {names}). Write the letter in English (--lang en), or add a template to resources/letters/.</source>
        <translation>{full_name} की पसंदीदा भाषा {preferred_language} है, और उसमें कोई पत्र टेम्पलेट नहीं है (टेम्पलेट: {names})। पत्र अंग्रेज़ी में लिखें (--lang en), या resources/letters/ में टेम्पलेट जोड़ें।</translation>
    </message>
    <message>
        <source>The letter would repeat restricted content of {where} (in “{line}”), so it was not written. Change the wording for the family of that entry (consular share ... --wording), or unmark it.</source>
        <extracomment>A restricted fragment shorter than this (in characters, folded) is too common to tell anything (&quot;Call&quot;, &quot;Met them&quot;); longer ones are checked wherever they appear.</extracomment>
        <translation>पत्र में {where} की प्रतिबंधित सामग्री दोहराई जाती (“{line}” में), इसलिए यह नहीं लिखा गया। उस प्रविष्टि के लिए परिवार हेतु शब्दावली बदलें (consular share ... --wording), या उसका चिह्न हटाएँ।</translation>
    </message>
</context>
<context>
    <name>services.family_share</name>
    <message>
        <source>&apos;{kind}&apos; cannot be shared with family: say contact, milestone or status.</source>
        <translation>&apos;{kind}&apos; परिवार के साथ साझा नहीं किया जा सकता: contact, milestone या status बताएँ।</translation>
    </message>
    <message>
        <source>There is no {labels} #{entry_id}.</source>
        <translation>कोई {labels} #{entry_id} नहीं है।</translation>
    </message>
    <message>
        <source>{display_name} is not on the team of case {reference}: only its team (and supervisors) decide what the family is told. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation>{display_name} मामले {reference} की टीम में नहीं हैं: परिवार को क्या बताया जाए, यह केवल इसकी टीम (और पर्यवेक्षक) तय करते हैं। मामले के पर्यवेक्षक से आपको जोड़ने को कहें: consular cases team {reference} add {username}</translation>
    </message>
    <message>
        <source>This {labels} is restricted, so it can never be shared with the family. If the family may be told something of it, log what may be said as an entry that is not restricted.</source>
        <translation>यह {labels} प्रतिबंधित है, इसलिए इसे परिवार के साथ कभी साझा नहीं किया जा सकता। यदि परिवार को इसके बारे में कुछ बताया जा सकता है, तो जो कहा जा सकता है उसे एक अप्रतिबंधित प्रविष्टि के रूप में दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>services.family_updates</name>
    <message>
        <source>{kind} #{id}</source>
        <translation>{kind} #{id}</translation>
    </message>
    <message>
        <source>{title} ({day})</source>
        <translation>{title} ({day})</translation>
    </message>
    <message>
        <source>Now {status} since {day}: {note}</source>
        <translation>{day} से अब {status}: {note}</translation>
    </message>
    <message>
        <source>Now {status} since {day}</source>
        <translation>{day} से अब {status}</translation>
    </message>
    <message>
        <source>Demand about the family received {day}: {details}</source>
        <translation>परिवार से संबंधित मांग {day} को प्राप्त हुई: {details}</translation>
    </message>
    <message>
        <source>{reference} has no next of kin #{wanted}.</source>
        <translation>{reference} में कोई परिजन #{wanted} नहीं है।</translation>
    </message>
    <message>
        <source>Say which next of kin (their name).</source>
        <translation>बताएँ कौन-सा परिजन (उनका नाम)।</translation>
    </message>
    <message>
        <source>{reference} has no next of kin called &apos;{kin}&apos;. Its next of kin: {names}.</source>
        <translation>{reference} में &apos;{kin}&apos; नाम का कोई परिजन नहीं है। इसके परिजन: {names}।</translation>
    </message>
    <message>
        <source>&apos;{kin}&apos; matches several next of kin of {reference}: {names}. Give more of the name.</source>
        <translation>&apos;{kin}&apos; {reference} के कई परिजनों से मेल खाता है: {names}। नाम का अधिक भाग दें।</translation>
    </message>
    <message>
        <source>The family update is in the future; check the date.</source>
        <translation>परिवार को जानकारी की तिथि भविष्य में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>The family update is dated before the incident; check the date.</source>
        <translation>परिवार को जानकारी की तिथि घटना से पहले की है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Item #{item_id} is not an open &apos;tell the family&apos; item of {full_name} in {reference}; see the open ones with: consular family items {reference}</source>
        <translation>मद #{item_id} {reference} में {full_name} की कोई खुली &apos;परिवार को बताएँ&apos; मद नहीं है; खुली मदें देखें: consular family items {reference}</translation>
    </message>
    <message>
        <source>There is no &apos;tell the family&apos; item #{item_id} you may see.</source>
        <translation>ऐसी कोई &apos;परिवार को बताएँ&apos; मद #{item_id} नहीं है जिसे आप देख सकें।</translation>
    </message>
    <message>
        <source>Item #{item_id} was already done on {when} UTC by {name}.</source>
        <translation>मद #{item_id} पहले ही {when} UTC को {name} द्वारा पूरी की जा चुकी है।</translation>
    </message>
    <message>
        <source>Item #{item_id} was already done on {when} UTC.</source>
        <translation>मद #{item_id} पहले ही {when} UTC को पूरी की जा चुकी है।</translation>
    </message>
</context>
<context>
    <name>services.importing</name>
    <message>
        <source>{file}: {rows} rows; {created} would be created, {matched} matched existing records, {refused} refused.</source>
        <extracomment>``progress(rows done, rows in all, what is being done)``: called as the rows are checked, then again as they are written (from the worker thread in the GUI).</extracomment>
        <translation>{file}: {rows} पंक्तियाँ; {created} बनाई जाएँगी, {matched} मौजूदा रिकॉर्ड से मेल खाईं, {refused} अस्वीकृत।</translation>
    </message>
    <message>
        <source>{file}: {rows} rows; {created} were created, {matched} matched existing records, {refused} refused.</source>
        <translation>{file}: {rows} पंक्तियाँ; {created} बनाई गईं, {matched} मौजूदा रिकॉर्ड से मेल खाईं, {refused} अस्वीकृत।</translation>
    </message>
    <message>
        <source>row {number}: {field}: {detail}</source>
        <translation>पंक्ति {number}: {field}: {detail}</translation>
    </message>
    <message>
        <source>row {number}: {detail}</source>
        <translation>पंक्ति {number}: {detail}</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (और %n)</numerusform>
            <numerusform> (और %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {refused} of {total} rows of {file} are refused{more}. {lines}. Correct the file (or the mapping) and import it again; a dry run lists every row.</source>
        <translation>कुछ भी आयात नहीं हुआ: {file} की {total} पंक्तियों में से {refused} अस्वीकृत हैं{more}। {lines}। फ़ाइल (या मैपिंग) ठीक करें और फिर से आयात करें; ड्राई रन हर पंक्ति की सूची देता है।</translation>
    </message>
    <message>
        <source>Writing row {done} of {total}…</source>
        <translation>पंक्ति {done} / {total} लिखी जा रही है…</translation>
    </message>
    <message>
        <source>There is no import #{batch_id}; `consular import list` shows them.</source>
        <translation>कोई आयात #{batch_id} नहीं है; `consular import list` उन्हें दिखाता है।</translation>
    </message>
    <message>
        <source>Import #{batch_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC by {value}.</source>
        <translation>आयात #{batch_id} पहले ही {undone_at:%Y-%m-%d %H:%M} UTC को {value} द्वारा पूर्ववत किया जा चुका है।</translation>
    </message>
    <message>
        <source>Only {display_name} (who imported it) or a supervisor can undo import #{batch_id}.</source>
        <translation>केवल {display_name} (जिन्होंने आयात किया) या कोई पर्यवेक्षक आयात #{batch_id} को पूर्ववत कर सकता है।</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>पंक्ति {done} / {total} जाँची जा रही है…</translation>
    </message>
</context>
<context>
    <name>services.importing.mapping</name>
    <message>
        <source>Cannot import &apos;{kind}&apos;; choose one of {kinds}.</source>
        <extracomment>Other header names people use for it (compared lower-case, spaces and punctuation aside).</extracomment>
        <translation>&apos;{kind}&apos; आयात नहीं किया जा सकता; इनमें से एक चुनें: {kinds}।</translation>
    </message>
    <message>
        <source>Column &apos;{header}&apos; is mapped to &apos;{name}&apos;, which is not a field.</source>
        <extracomment>header as in the file → field name; a header not here is ignored. &quot;dmy&quot; or &quot;mdy&quot; for numeric dates whose day and month could be swapped; None refuses them. Region assumed for phone numbers without a country code when the case says none.</extracomment>
        <translation>कॉलम &apos;{header}&apos; को &apos;{name}&apos; से जोड़ा गया है, जो कोई फ़ील्ड नहीं है।</translation>
    </message>
    <message>
        <source>Columns &apos;{seen}&apos; and &apos;{header}&apos; are both mapped to &apos;{label}&apos;.</source>
        <translation>कॉलम &apos;{seen}&apos; और &apos;{header}&apos; दोनों &apos;{label}&apos; से जोड़े गए हैं।</translation>
    </message>
    <message>
        <source>The mapping names a column &apos;{header}&apos; that the file does not have.</source>
        <translation>मैपिंग में कॉलम &apos;{header}&apos; है जो फ़ाइल में नहीं है।</translation>
    </message>
    <message>
        <source>Map a column to: {missing} (required).</source>
        <translation>इसके लिए एक कॉलम जोड़ें: {missing} (आवश्यक)।</translation>
    </message>
    <message>
        <source>date_order must be one of {date_orders}.</source>
        <translation>date_order इनमें से एक होना चाहिए: {date_orders}।</translation>
    </message>
    <message>
        <source>Cannot read the mapping {source_name}: {value}.</source>
        <translation>मैपिंग {source_name} पढ़ी नहीं जा सकी: {value}।</translation>
    </message>
    <message>
        <source>{source_name} is not a valid TOML mapping: {exc}.</source>
        <translation>{source_name} मान्य TOML मैपिंग नहीं है: {exc}।</translation>
    </message>
    <message>
        <source>{source_name}: [columns] must map each header to a field name.</source>
        <translation>{source_name}: [columns] में हर शीर्षक को किसी फ़ील्ड नाम से जोड़ना होगा।</translation>
    </message>
</context>
<context>
    <name>services.importing.parsing</name>
    <message>
        <source>&apos;{raw}&apos; is not a real date (day {day}, month {month}, year {year}).</source>
        <translation>&apos;{raw}&apos; वास्तविक तिथि नहीं है (दिन {day}, माह {month}, वर्ष {year})।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: &apos;{name}&apos; is not a month name; write dates as {formats_help}.</source>
        <translation>&apos;{raw}&apos;: &apos;{name}&apos; महीने का नाम नहीं है; तिथियाँ {formats_help} के रूप में लिखें।</translation>
    </message>
    <message>
        <source>{value} is not a date (as a spreadsheet date number it is out of range).</source>
        <translation>{value} तिथि नहीं है (स्प्रेडशीट तिथि संख्या के रूप में यह सीमा से बाहर है)।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date; write it as {formats_help}.</source>
        <translation>&apos;{raw}&apos; तिथि नहीं है; इसे {formats_help} के रूप में लिखें।</translation>
    </message>
    <message>
        <source>The date order &apos;{order}&apos; is not one of {date_orders}.</source>
        <translation>तिथि क्रम &apos;{order}&apos; {date_orders} में से नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: neither {first} nor {second} can be a month.</source>
        <translation>&apos;{raw}&apos; तिथि नहीं है: न {first} और न {second} महीना हो सकता है।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; could be {first} {name} or {second} {name2}; set the date order (day/month/year or month/day/year) in the column mapping (or --date-order dmy or mdy).</source>
        <translation>&apos;{raw}&apos; {first} {name} या {second} {name2} हो सकता है; कॉलम मैपिंग में तिथि क्रम (दिन/माह/वर्ष या माह/दिन/वर्ष) सेट करें (या --date-order dmy या mdy)।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not fit the mapping&apos;s date order ({wanted}).</source>
        <translation>&apos;{raw}&apos; मैपिंग के तिथि क्रम ({wanted}) से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos;: {time_part} is not a time of day.</source>
        <translation>&apos;{raw}&apos;: {time_part} दिन का समय नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no country code and no country is known to assume; add +CC.</source>
        <translation>&apos;{text}&apos; में देश कोड नहीं है और मानने के लिए कोई देश ज्ञात नहीं है; +CC जोड़ें।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no country code and is not a phone number of {region} (the country assumed); write it with +CC, or set the country that phones without one are from.</source>
        <translation>&apos;{text}&apos; में देश कोड नहीं है और यह {region} (माना गया देश) का फ़ोन नंबर नहीं है; इसे +CC के साथ लिखें, या बिना कोड वाले फ़ोन नंबरों का देश सेट करें।</translation>
    </message>
</context>
<context>
    <name>services.importing.reading</name>
    <message>
        <source>Cannot open {source_name}: {value}. Check the file name.</source>
        <extracomment>Rows after the header; more is refused (split the file). One cell; more is a sign of a broken file (an unclosed quote swallowing the rest). How far down the header row is looked for (title and merged group rows above it). 1-based line (CSV) or row (XLSX) number in the file of each row, for messages. How the file was read: &quot;UTF-8 with BOM, separator &apos;;&apos;&quot;, &quot;sheet &apos;Cases&apos;&quot;.</extracomment>
        <translation>{source_name} नहीं खुल सका: {value}। फ़ाइल का नाम जाँचें।</translation>
    </message>
    <message>
        <source>{source_name} is {value:.1f} MB; an import file may be at most {value2} MB. Split it into smaller files.</source>
        <translation>{source_name} {value:.1f} MB का है; आयात फ़ाइल अधिकतम {value2} MB की हो सकती है। इसे छोटी फ़ाइलों में विभाजित करें।</translation>
    </message>
    <message>
        <source>{source_name} is empty.</source>
        <translation>{source_name} खाली है।</translation>
    </message>
    <message>
        <source>{source_name}: only .csv and .xlsx files can be imported (an old .xls must be saved as .xlsx first).</source>
        <translation>{source_name}: केवल .csv और .xlsx फ़ाइलें आयात की जा सकती हैं (पुरानी .xls को पहले .xlsx के रूप में सहेजें)।</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{data:02x} at position {where}) and not Windows-1252 either. Save it from the spreadsheet as &apos;CSV UTF-8&apos; and import that.</source>
        <translation>{name} UTF-8 पाठ नहीं है (स्थिति {where} पर बाइट 0x{data:02x}) और Windows-1252 भी नहीं। इसे स्प्रेडशीट से &apos;CSV UTF-8&apos; के रूप में सहेजें और उसे आयात करें।</translation>
    </message>
    <message>
        <source>{name} says it is {encoding} but byte {start} is invalid. Save it again from the spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} के अनुसार यह {encoding} में है, लेकिन बाइट {start} अमान्य है। इसे स्प्रेडशीट से फिर से &apos;CSV UTF-8&apos; के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>{source_name} holds binary data (NUL bytes), not CSV text. If it is a spreadsheet, save it as .xlsx or &apos;CSV UTF-8&apos;.</source>
        <translation>{source_name} में बाइनरी डेटा (NUL बाइट्स) है, CSV पाठ नहीं। यदि यह स्प्रेडशीट है, तो इसे .xlsx या &apos;CSV UTF-8&apos; के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>{source_name} has more than {max_rows} rows; split it into smaller files.</source>
        <translation>{source_name} में {max_rows} से अधिक पंक्तियाँ हैं; इसे छोटी फ़ाइलों में विभाजित करें।</translation>
    </message>
    <message>
        <source>{source_name}, line {line_num}: {exc}. A cell may be longer than {max_cell_chars} characters or a quote may be left open.</source>
        <translation>{source_name}, पंक्ति {line_num}: {exc}। हो सकता है कोई सेल {max_cell_chars} अक्षरों से लंबी हो या कोई उद्धरण चिह्न खुला रह गया हो।</translation>
    </message>
    <message>
        <source>A cell is longer than {max_cell_chars} characters.</source>
        <translation>एक सेल {max_cell_chars} अक्षरों से लंबी है।</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file (damaged, or another format renamed). Open it in the spreadsheet and save it again. ({error})</source>
        <translation>{name} पढ़ने योग्य .xlsx फ़ाइल नहीं है (क्षतिग्रस्त, या किसी अन्य प्रारूप का नाम बदला गया)। इसे स्प्रेडशीट में खोलें और फिर से सहेजें। ({error})</translation>
    </message>
    <message>
        <source>{source_name} has no sheet.</source>
        <translation>{source_name} में कोई शीट नहीं है।</translation>
    </message>
    <message>
        <source>{name} has no data.</source>
        <translation>{name} में कोई डेटा नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>The header is row {row}; the %n row(s) above it were skipped.</source>
        <translation>
            <numerusform>हेडर पंक्ति {row} में है; उसके ऊपर की %n पंक्ति छोड़ दी गई।</numerusform>
            <numerusform>हेडर पंक्ति {row} में है; उसके ऊपर की %n पंक्तियाँ छोड़ दी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} has {count} rows; at most {max_rows} can be imported at once. Split it.</source>
        <translation>{name} में {count} पंक्तियाँ हैं; एक बार में अधिकतम {max_rows} आयात की जा सकती हैं। इसे विभाजित करें।</translation>
    </message>
</context>
<context>
    <name>services.importing.rows</name>
    <message>
        <source>&apos;{shown}&apos; is not yes or no.</source>
        <extracomment>Separates counterparts in a contact&apos;s &quot;with&quot; cell, and a name from its organisation. The record concerned: a case reference, a person&apos;s name, a contact&apos;s date and summary. Matched: on what. Refused: why. Created: anything worth knowing (the reference given). The field a refusal is about (a field name of the mapping), if any. What was assumed to read the row (a phone&apos;s country). Records made, as (audit entity, id): what undoing the batch removes or voids.</extracomment>
        <translation>&apos;{shown}&apos; न हाँ है न नहीं।</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a number.</source>
        <translation>&apos;{shown}&apos; संख्या नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>&apos;{text}&apos; पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <source>on the case reference</source>
        <translation>मामले के संदर्भ के आधार पर</translation>
    </message>
    <message>
        <source>Give the post (code, e.g. BAM), or a reference that starts with it.</source>
        <translation>मिशन दें (कोड, जैसे BAM), या उससे शुरू होने वाला संदर्भ।</translation>
    </message>
    <message>
        <source>The incident date and time is required.</source>
        <translation>घटना की तिथि और समय आवश्यक है।</translation>
    </message>
    <message>
        <source>opened as {reference} (the file says {given})</source>
        <translation>{reference} के रूप में खोला गया (फ़ाइल में {given} है)</translation>
    </message>
    <message>
        <source>Give the case reference (e.g. BAM-2025-0001).</source>
        <translation>मामले का संदर्भ दें (जैसे BAM-2025-0001)।</translation>
    </message>
    <message>
        <source>on passport number {number}</source>
        <translation>पासपोर्ट संख्या {number} के आधार पर</translation>
    </message>
    <message>
        <source>on name and date of birth ({day})</source>
        <translation>नाम और जन्म तिथि ({day}) के आधार पर</translation>
    </message>
    <message>
        <source>The person&apos;s full name is required.</source>
        <translation>व्यक्ति का पूरा नाम आवश्यक है।</translation>
    </message>
    <message>
        <source>phone {given} read for country {region} ({phone})</source>
        <translation>फ़ोन {given} को देश {region} का माना गया ({phone})</translation>
    </message>
    <message>
        <source>Next of kin come with their contact plan and the hostage they are family of; add them in the case&apos;s People tab, not by import.</source>
        <translation>परिजन अपनी संपर्क योजना और उस बंधक के साथ आते हैं जिसके वे परिवार हैं; उन्हें मामले के लोग टैब में जोड़ें, आयात से नहीं।</translation>
    </message>
    <message>
        <source>already in the case, {how}</source>
        <translation>पहले से मामले में, {how}</translation>
    </message>
    <message>
        <source>the person of row {row} {how}; added to the case</source>
        <translation>पंक्ति {row} का व्यक्ति {how}; मामले में जोड़ा गया</translation>
    </message>
    <message>
        <source>known person #{id} {how}; added to the case</source>
        <translation>ज्ञात व्यक्ति #{id} {how}; मामले में जोड़ा गया</translation>
    </message>
    <message>
        <source>the contact of row {row} (same case, time and summary)</source>
        <translation>पंक्ति {row} का संपर्क (वही मामला, समय और सारांश)</translation>
    </message>
    <message>
        <source>new counterpart &apos;{name}&apos; ({organisation}) (category other)</source>
        <translation>नया वार्ताकार &apos;{name}&apos; ({organisation}) (श्रेणी अन्य)</translation>
    </message>
    <message>
        <source>new counterpart &apos;{name}&apos; (category other)</source>
        <translation>नया वार्ताकार &apos;{name}&apos; (श्रेणी अन्य)</translation>
    </message>
    <message>
        <source>The date and time of the contact is required.</source>
        <translation>संपर्क की तिथि और समय आवश्यक है।</translation>
    </message>
    <message>
        <source>contact #{id} (same case, time and summary)</source>
        <translation>संपर्क #{id} (वही मामला, समय और सारांश)</translation>
    </message>
    <message>
        <source>Say who the contact was with: &apos;Name | Organisation&apos;, several separated by &apos;;&apos;.</source>
        <translation>बताएँ कि संपर्क किससे हुआ: &apos;नाम | संगठन&apos;, कई हों तो &apos;;&apos; से अलग करें।</translation>
    </message>
</context>
<context>
    <name>services.importing.undo</name>
    <message>
        <source>Import #{id} cannot be undone: {what}. Void or remove that first, or correct the records by hand.</source>
        <extracomment>Counterparts created by the batch that stay: the voided contacts still name them.</extracomment>
        <translation>आयात #{id} पूर्ववत नहीं किया जा सकता: {what}। पहले उसे निरस्त करें या हटाएँ, या रिकॉर्ड हाथ से ठीक करें।</translation>
    </message>
</context>
<context>
    <name>services.liaison_officers</name>
    <message>
        <source>The account &apos;{to_user}&apos; is disabled; pick an active caseworker.</source>
        <translation>खाता &apos;{to_user}&apos; निष्क्रिय है; कोई सक्रिय मामला अधिकारी चुनें।</translation>
    </message>
    <message>
        <source>{full_name}&apos;s officer is already {who}.</source>
        <translation>{full_name} के अधिकारी पहले से {who} हैं।</translation>
    </message>
    <message>
        <source>The change is in the future; check the date.</source>
        <translation>बदलाव की तिथि भविष्य में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>The officer last changed on {last:%Y-%m-%d %H:%M} UTC; date this after.</source>
        <translation>अधिकारी अंतिम बार {last:%Y-%m-%d %H:%M} UTC को बदले गए थे; इसकी तिथि उसके बाद की रखें।</translation>
    </message>
</context>
<context>
    <name>services.lists</name>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>मिशन</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Incident (local time)</source>
        <translation>घटना (स्थानीय समय)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>बंदी</translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Last contact (UTC)</source>
        <translation>अंतिम संपर्क (UTC)</translation>
    </message>
    <message>
        <source>Next task due (UTC)</source>
        <translation>अगले कार्य की नियत तिथि (UTC)</translation>
    </message>
    <message>
        <source>Lead caseworker</source>
        <translation>प्रमुख मामला अधिकारी</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>कब (स्थानीय समय)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>अनुवर्ती</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither .csv nor .xlsx; name the file with one of those endings.</source>
        <translation>&apos;{name}&apos; न .csv है न .xlsx; फ़ाइल का नाम इनमें से किसी एक अंत के साथ रखें।</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>मामलों की सूची</translation>
    </message>
    <message>
        <source>Contact log of {reference}</source>
        <translation>{reference} का संपर्क लॉग</translation>
    </message>
</context>
<context>
    <name>services.merge</name>
    <message>
        <source>&apos;{value}&apos; cannot be merged: use person or counterpart.</source>
        <translation>&apos;{value}&apos; का विलय नहीं किया जा सकता: person या counterpart का उपयोग करें।</translation>
    </message>
    <message>
        <source>A {step} row moved by this merge ({step2}) has changed since; the merge cannot be undone exactly.</source>
        <translation>इस विलय द्वारा स्थानांतरित एक {step} पंक्ति ({step2}) तब से बदल गई है; विलय को ठीक-ठीक पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>There is no {entity} #{record_id}.</source>
        <translation>कोई {entity} #{record_id} नहीं है।</translation>
    </message>
    <message>
        <source>{entity} #{record_id} was merged into #{merged_into_id}; merge #{merged_into_id} instead, or undo that merge first.</source>
        <translation>{entity} #{record_id} का विलय #{merged_into_id} में हो चुका है; इसके बजाय #{merged_into_id} का विलय करें, या पहले वह विलय पूर्ववत करें।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {entity}; choose among: {fields}.</source>
        <translation>&apos;{name}&apos; {entity} का फ़ील्ड नहीं है; इनमें से चुनें: {fields}।</translation>
    </message>
    <message>
        <source>Take {name} from a or b, not &apos;{side}&apos;.</source>
        <translation>{name} को a या b से लें, &apos;{side}&apos; से नहीं।</translation>
    </message>
    <message>
        <source>#{a_id} cannot be merged with itself.</source>
        <translation>#{a_id} का स्वयं से विलय नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>There is no merge #{merge_id}.</source>
        <translation>कोई विलय #{merge_id} नहीं है।</translation>
    </message>
    <message>
        <source>Merge #{merge_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>विलय #{merge_id} पहले ही {undone_at:%Y-%m-%d %H:%M} UTC को पूर्ववत किया जा चुका है।</translation>
    </message>
    <message>
        <source>Merge #{id} came later and involves the same records: undo it first.</source>
        <translation>विलय #{id} बाद में हुआ और उन्हीं रिकॉर्ड से संबंधित है: पहले उसे पूर्ववत करें।</translation>
    </message>
</context>
<context>
    <name>services.milestones</name>
    <message>
        <source>Say which national this proof of life concerns.</source>
        <translation>बताएँ कि जीवित होने का यह प्रमाण किस नागरिक से संबंधित है।</translation>
    </message>
    <message>
        <source>The milestone is in the future; check the date.</source>
        <translation>महत्वपूर्ण घटना की तिथि भविष्य में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Person #{hostage_person_id} is not a national held in {reference}.</source>
        <translation>व्यक्ति #{hostage_person_id} {reference} में बंदी नागरिक नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{unknown}&apos; cannot be edited on a milestone.</source>
        <translation>&apos;{unknown}&apos; को महत्वपूर्ण घटना में संपादित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>There is no milestone #{milestone_id}.</source>
        <translation>कोई महत्वपूर्ण घटना #{milestone_id} नहीं है।</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>व्यक्ति #{person_id} {reference} में बंदी नागरिक नहीं है।</translation>
    </message>
</context>
<context>
    <name>services.need_to_know</name>
    <message>
        <source>{display_name} is not on the team of case {reference}, so restricted content (proofs of life, demands, intermediaries) cannot be included. Ask the case&apos;s supervisor to add you: consular cases team {reference} add {username}</source>
        <translation>{display_name} मामले {reference} की टीम में नहीं हैं, इसलिए प्रतिबंधित सामग्री (जीवित होने के प्रमाण, मांगें, मध्यस्थ) शामिल नहीं की जा सकती। मामले के पर्यवेक्षक से आपको जोड़ने को कहें: consular cases team {reference} add {username}</translation>
    </message>
</context>
<context>
    <name>services.people</name>
    <message>
        <source>Unknown person field &apos;{unknown}&apos;.</source>
        <translation>अज्ञात व्यक्ति फ़ील्ड &apos;{unknown}&apos;।</translation>
    </message>
    <message>
        <source>A national concerned starts as held or unaccounted for; record a release or escape as a later status change.</source>
        <translation>संबंधित नागरिक की शुरुआत बंदी या लापता के रूप में होती है; रिहाई या भाग निकलने को बाद के स्थिति परिवर्तन के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>There is no person #{person_id}.</source>
        <translation>कोई व्यक्ति #{person_id} नहीं है।</translation>
    </message>
    <message>
        <source>{full_name} is already in {reference}.</source>
        <translation>{full_name} पहले से {reference} में हैं।</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>व्यक्ति #{person_id} {reference} में बंदी नागरिक नहीं है।</translation>
    </message>
    <message>
        <source>Say where the news that {name} is {what} comes from (the source).</source>
        <extracomment>Outcomes that end a captivity: recorded only with a source and the person&apos;s name typed out.</extracomment>
        <translation>बताएँ कि {name} के {what} होने की खबर कहाँ से आई (स्रोत)।</translation>
    </message>
    <message>
        <source>To record {name} as {what}, type their name ({name}) to confirm; it does not match.</source>
        <translation>{name} को {what} के रूप में दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) टाइप करें; यह मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>To record {name} as {what}, type their name ({name}) to confirm; no name was given.</source>
        <translation>{name} को {what} के रूप में दर्ज करने के लिए पुष्टि हेतु उनका नाम ({name}) टाइप करें; कोई नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>The status cannot start before the incident.</source>
        <translation>स्थिति घटना से पहले शुरू नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The status change is in the future; check the date.</source>
        <translation>स्थिति परिवर्तन की तिथि भविष्य में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>{full_name} is already recorded as {target}.</source>
        <translation>{full_name} पहले से {target} के रूप में दर्ज हैं।</translation>
    </message>
    <message>
        <source>The officer cannot have taken the family on in the future.</source>
        <translation>अधिकारी ने परिवार की ज़िम्मेदारी भविष्य में नहीं ली हो सकती।</translation>
    </message>
    <message>
        <source>Unknown contact plan field &apos;{unknown}&apos;.</source>
        <translation>अज्ञात संपर्क योजना फ़ील्ड &apos;{unknown}&apos;।</translation>
    </message>
    <message>
        <source>There is no next-of-kin record #{liaison_id}.</source>
        <translation>कोई परिजन रिकॉर्ड #{liaison_id} नहीं है।</translation>
    </message>
    <message>
        <source>A change of family liaison officer is recorded with its reason: use Change liaison officer… on the case&apos;s Family tab, or consular family officer CASE --kin &apos;{full_name}&apos; --to USER --reason TEXT.</source>
        <translation>परिवार संपर्क अधिकारी का बदलाव उसके कारण के साथ दर्ज होता है: मामले के परिवार टैब पर संपर्क अधिकारी बदलें… का उपयोग करें, या consular family officer CASE --kin &apos;{full_name}&apos; --to USER --reason TEXT।</translation>
    </message>
</context>
<context>
    <name>services.permissions</name>
    <message>
        <source>caseworkers</source>
        <translation>मामला अधिकारियों</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>पर्यवेक्षकों</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>प्रशासकों</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>दर्शकों</translation>
    </message>
    <message>
        <source>list accounts with their sign-in state</source>
        <translation>खातों की सूची उनकी साइन-इन स्थिति सहित देखना</translation>
    </message>
    <message>
        <source>create an account with a password</source>
        <translation>पासवर्ड के साथ खाता बनाना</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>खाता निष्क्रिय करना</translation>
    </message>
    <message>
        <source>enable a disabled account</source>
        <translation>निष्क्रिय खाता फिर से सक्रिय करना</translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation>किसी खाते की भूमिका बदलना</translation>
    </message>
    <message>
        <source>set another account&apos;s password</source>
        <translation>किसी अन्य खाते का पासवर्ड सेट करना</translation>
    </message>
    <message>
        <source>change one&apos;s own password</source>
        <translation>अपना पासवर्ड बदलना</translation>
    </message>
    <message>
        <source>list staff names (pickers)</source>
        <translation>कर्मचारियों के नामों की सूची देखना (चयनकर्ता)</translation>
    </message>
    <message>
        <source>list posts</source>
        <translation>मिशनों की सूची देखना</translation>
    </message>
    <message>
        <source>create or edit an account&apos;s name, role, e-mail</source>
        <translation>किसी खाते का नाम, भूमिका, ई-मेल बनाना या संपादित करना</translation>
    </message>
    <message>
        <source>create or edit a post</source>
        <translation>मिशन बनाना या संपादित करना</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>मामला खोलना</translation>
    </message>
    <message>
        <source>open a case (inside another change: an import)</source>
        <translation>मामला खोलना (किसी अन्य बदलाव के भीतर: आयात)</translation>
    </message>
    <message>
        <source>edit a case&apos;s overview</source>
        <translation>मामले का अवलोकन संपादित करना</translation>
    </message>
    <message>
        <source>change a case&apos;s status</source>
        <translation>मामले की स्थिति बदलना</translation>
    </message>
    <message>
        <source>close a case (status &apos;closed&apos;)</source>
        <translation>मामला बंद करना (स्थिति &apos;बंद&apos;)</translation>
    </message>
    <message>
        <source>open a case (people&apos;s identifiers are audited)</source>
        <translation>मामला खोलना (लोगों के पहचानकर्ताओं का ऑडिट होता है)</translation>
    </message>
    <message>
        <source>list cases</source>
        <translation>मामलों की सूची देखना</translation>
    </message>
    <message>
        <source>list every case in one pass (cases list --json)</source>
        <translation>एक बार में सभी मामलों की सूची देखना (cases list --json)</translation>
    </message>
    <message>
        <source>the same list as plain values, written out by cases list --json</source>
        <translation>वही सूची सादे मानों के रूप में, जिसे cases list --json लिखता है</translation>
    </message>
    <message>
        <source>count cases</source>
        <translation>मामलों की गिनती करना</translation>
    </message>
    <message>
        <source>a case&apos;s summary line</source>
        <translation>मामले की सारांश पंक्ति देखना</translation>
    </message>
    <message>
        <source>see a case&apos;s team</source>
        <translation>मामले की टीम देखना</translation>
    </message>
    <message>
        <source>add a user to a case&apos;s team</source>
        <translation>मामले की टीम में उपयोगकर्ता जोड़ना</translation>
    </message>
    <message>
        <source>remove a user from a case&apos;s team</source>
        <translation>मामले की टीम से उपयोगकर्ता हटाना</translation>
    </message>
    <message>
        <source>read restricted content of every case, without being on its team</source>
        <translation>टीम में हुए बिना हर मामले की प्रतिबंधित सामग्री पढ़ना</translation>
    </message>
    <message>
        <source>link two cases (same incident, related; both cases&apos; team)</source>
        <translation>दो मामलों को जोड़ना (एक ही घटना, संबंधित; दोनों मामलों की टीम)</translation>
    </message>
    <message>
        <source>undo a link between two cases, with a reason (both cases&apos; team)</source>
        <translation>दो मामलों का संबंध कारण सहित हटाना (दोनों मामलों की टीम)</translation>
    </message>
    <message>
        <source>a case&apos;s linked cases (others&apos; details: their team)</source>
        <translation>किसी मामले से जुड़े मामले देखना (दूसरों का विवरण: उनकी टीम)</translation>
    </message>
    <message>
        <source>a case&apos;s linked cases (inside another read: the brief)</source>
        <translation>किसी मामले से जुड़े मामले देखना (किसी अन्य पठन के भीतर: स्थिति सारांश)</translation>
    </message>
    <message>
        <source>one&apos;s own escalation queue as case supervisor</source>
        <translation>मामला पर्यवेक्षक के रूप में अपनी एस्केलेशन सूची देखना</translation>
    </message>
    <message>
        <source>log a contact</source>
        <translation>संपर्क दर्ज करना</translation>
    </message>
    <message>
        <source>log a contact (inside another change: an import)</source>
        <translation>संपर्क दर्ज करना (किसी अन्य बदलाव के भीतर: आयात)</translation>
    </message>
    <message>
        <source>edit a contact</source>
        <translation>संपर्क संपादित करना</translation>
    </message>
    <message>
        <source>list a case&apos;s contacts</source>
        <translation>मामले के संपर्कों की सूची देखना</translation>
    </message>
    <message>
        <source>open a contact</source>
        <translation>संपर्क खोलना</translation>
    </message>
    <message>
        <source>a contact&apos;s revisions</source>
        <translation>संपर्क के संशोधन देखना</translation>
    </message>
    <message>
        <source>match or create counterparts named in a contact</source>
        <translation>संपर्क में नामित वार्ताकारों का मिलान करना या उन्हें बनाना</translation>
    </message>
    <message>
        <source>add a counterpart</source>
        <translation>वार्ताकार जोड़ना</translation>
    </message>
    <message>
        <source>add a counterpart (inside another change: an import)</source>
        <translation>वार्ताकार जोड़ना (किसी अन्य बदलाव के भीतर: आयात)</translation>
    </message>
    <message>
        <source>edit a counterpart</source>
        <translation>वार्ताकार संपादित करना</translation>
    </message>
    <message>
        <source>open a counterpart</source>
        <translation>वार्ताकार खोलना</translation>
    </message>
    <message>
        <source>list a case&apos;s counterparts</source>
        <translation>मामले के वार्ताकारों की सूची देखना</translation>
    </message>
    <message>
        <source>find counterparts by name</source>
        <translation>नाम से वार्ताकार खोजना</translation>
    </message>
    <message>
        <source>which cases counterparts are linked to</source>
        <translation>देखना कि वार्ताकार किन मामलों से जुड़े हैं</translation>
    </message>
    <message>
        <source>add a person to a case</source>
        <translation>मामले में व्यक्ति जोड़ना</translation>
    </message>
    <message>
        <source>add a person to a case (inside another change: an import)</source>
        <translation>मामले में व्यक्ति जोड़ना (किसी अन्य बदलाव के भीतर: आयात)</translation>
    </message>
    <message>
        <source>edit a person</source>
        <translation>व्यक्ति का विवरण संपादित करना</translation>
    </message>
    <message>
        <source>change a hostage&apos;s status</source>
        <translation>बंधक की स्थिति बदलना</translation>
    </message>
    <message>
        <source>record a proof of life with how it was checked (case team)</source>
        <translation>जीवित होने का प्रमाण, उसकी जाँच के तरीके सहित दर्ज करना (मामले की टीम)</translation>
    </message>
    <message>
        <source>add a proof-of-life question (case team)</source>
        <translation>जीवित होने के प्रमाण का प्रश्न जोड़ना (मामले की टीम)</translation>
    </message>
    <message>
        <source>edit, agree or retire a proof-of-life question (case team)</source>
        <translation>जीवित होने के प्रमाण का प्रश्न संपादित करना, तय करना या हटाना (मामले की टीम)</translation>
    </message>
    <message>
        <source>a hostage&apos;s question bank (content: case team)</source>
        <translation>बंधक का प्रश्न बैंक देखना (सामग्री: मामले की टीम)</translation>
    </message>
    <message>
        <source>assess a proof of life: genuine, doubtful or false (case team)</source>
        <translation>जीवित होने के प्रमाण का आकलन करना: वास्तविक, संदिग्ध या झूठा (मामले की टीम)</translation>
    </message>
    <message>
        <source>a hostage&apos;s proofs of life with their checks</source>
        <translation>बंधक के जीवित होने के प्रमाण और उनकी जाँच देखना</translation>
    </message>
    <message>
        <source>add next of kin</source>
        <translation>परिजन जोड़ना</translation>
    </message>
    <message>
        <source>set a family contact plan</source>
        <translation>परिवार संपर्क योजना तय करना</translation>
    </message>
    <message>
        <source>list next of kin (phones are audited)</source>
        <translation>परिजनों की सूची देखना (फ़ोन नंबरों का ऑडिट होता है)</translation>
    </message>
    <message>
        <source>record a welfare report (condition, medication, supply)</source>
        <translation>कुशलक्षेम रिपोर्ट दर्ज करना (दशा, दवा, आपूर्ति)</translation>
    </message>
    <message>
        <source>a case&apos;s welfare reports (restricted ones: case team)</source>
        <translation>मामले की कुशलक्षेम रिपोर्टें देखना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>open a repatriation checklist (with the release)</source>
        <translation>स्वदेश वापसी सूची खोलना (रिहाई के साथ)</translation>
    </message>
    <message>
        <source>open a released national&apos;s repatriation checklist by hand</source>
        <translation>रिहा हुए नागरिक की स्वदेश वापसी सूची हाथ से खोलना</translation>
    </message>
    <message>
        <source>a case&apos;s repatriation checklists</source>
        <translation>मामले की स्वदेश वापसी सूचियाँ देखना</translation>
    </message>
    <message>
        <source>give a checklist item an owner or a due date</source>
        <translation>सूची की मद को ज़िम्मेदार व्यक्ति या नियत तिथि देना</translation>
    </message>
    <message>
        <source>mark a checklist item done with its facts</source>
        <translation>सूची की मद को तथ्यों सहित पूर्ण चिह्नित करना</translation>
    </message>
    <message>
        <source>mark a checklist item not applicable with a reason</source>
        <translation>सूची की मद को कारण सहित लागू नहीं चिह्नित करना</translation>
    </message>
    <message>
        <source>record a demand (case team; always restricted)</source>
        <translation>मांग दर्ज करना (मामले की टीम; हमेशा प्रतिबंधित)</translation>
    </message>
    <message>
        <source>record the response to a demand (case team)</source>
        <translation>मांग का उत्तर दर्ज करना (मामले की टीम)</translation>
    </message>
    <message>
        <source>a case&apos;s demands (content: case team)</source>
        <translation>मामले की मांगें देखना (सामग्री: मामले की टीम)</translation>
    </message>
    <message>
        <source>record an intermediary&apos;s vetting (under vetting; decisions: see below)</source>
        <translation>मध्यस्थ का सत्यापन दर्ज करना (सत्यापन जारी; निर्णय: नीचे देखें)</translation>
    </message>
    <message>
        <source>decide that an intermediary is vetted or rejected</source>
        <translation>तय करना कि मध्यस्थ सत्यापित है या अस्वीकृत</translation>
    </message>
    <message>
        <source>an intermediary&apos;s vetting history (basis: their cases&apos; teams)</source>
        <translation>मध्यस्थ का सत्यापन इतिहास देखना (आधार: उनके मामलों की टीमें)</translation>
    </message>
    <message>
        <source>intermediaries&apos; vetting status</source>
        <translation>मध्यस्थों के सत्यापन की स्थिति देखना</translation>
    </message>
    <message>
        <source>set a detained national&apos;s authority, place (transfers) and lawyer</source>
        <translation>हिरासत में लिए गए नागरिक का प्राधिकरण, स्थान (स्थानांतरण) और वकील तय करना</translation>
    </message>
    <message>
        <source>record a charge (restricted ones: case team)</source>
        <translation>आरोप दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>change a charge or its status (restricted ones: case team)</source>
        <translation>आरोप या उसकी स्थिति बदलना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>record a court hearing (restricted ones: case team)</source>
        <translation>अदालत की सुनवाई दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>record a hearing&apos;s outcome and next date (restricted ones: case team)</source>
        <translation>सुनवाई का परिणाम और अगली तिथि दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>record a consular visit request (restricted ones: case team)</source>
        <translation>कांसुलर मुलाक़ात का अनुरोध दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>record a visit&apos;s decision, the visit and its findings (restricted ones: case team)</source>
        <translation>मुलाक़ात का निर्णय, मुलाक़ात और उसके निष्कर्ष दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>record a note verbale sent (restricted ones: case team)</source>
        <translation>भेजा गया नोट वर्बेल दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>record a note verbale&apos;s answer (restricted ones: case team)</source>
        <translation>नोट वर्बेल का उत्तर दर्ज करना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>a case&apos;s detention records (restricted ones: case team)</source>
        <translation>मामले के हिरासत रिकॉर्ड देखना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>overdue visit requests, notes verbales and hearings (dashboard)</source>
        <translation>अतिदेय मुलाक़ात अनुरोध, नोट वर्बेल और सुनवाइयाँ देखना (मुखपृष्ठ)</translation>
    </message>
    <message>
        <source>mark an entry shareable with family, or change its wording (case team)</source>
        <translation>किसी प्रविष्टि को परिवार के साथ साझा करने योग्य चिह्नित करना, या उसकी शब्दावली बदलना (मामले की टीम)</translation>
    </message>
    <message>
        <source>take an entry&apos;s shareable-with-family marking off (case team)</source>
        <translation>किसी प्रविष्टि से &apos;परिवार के साथ साझा करने योग्य&apos; चिह्न हटाना (मामले की टीम)</translation>
    </message>
    <message>
        <source>drop the marking of an entry being restricted (inside that change)</source>
        <translation>प्रतिबंधित की जा रही प्रविष्टि का चिह्न हटाना (उसी बदलाव के भीतर)</translation>
    </message>
    <message>
        <source>an entry&apos;s shareable-with-family marking</source>
        <translation>किसी प्रविष्टि का &apos;परिवार के साथ साझा करने योग्य&apos; चिह्न देखना</translation>
    </message>
    <message>
        <source>a case&apos;s shareable-with-family markings</source>
        <translation>मामले के &apos;परिवार के साथ साझा करने योग्य&apos; चिह्न देखना</translation>
    </message>
    <message>
        <source>the entries a family may be told of</source>
        <translation>वे प्रविष्टियाँ देखना जिनके बारे में परिवार को बताया जा सकता है</translation>
    </message>
    <message>
        <source>what a family update letter to a next of kin would hold</source>
        <translation>देखना कि किसी परिजन को भेजे जाने वाले सूचना पत्र में क्या होगा</translation>
    </message>
    <message>
        <source>write a family update letter (PDF) from shareable entries (case team)</source>
        <translation>साझा करने योग्य प्रविष्टियों से परिवार के लिए सूचना पत्र (PDF) लिखना (मामले की टीम)</translation>
    </message>
    <message>
        <source>record what was told to a next of kin (closes tell items)</source>
        <translation>परिजन को क्या बताया गया, यह दर्ज करना (&apos;परिवार को बताएँ&apos; मदें बंद होती हैं)</translation>
    </message>
    <message>
        <source>a case&apos;s family update log (restricted ones: case team)</source>
        <translation>मामले का परिवार सूचना लॉग देखना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items (restricted ones: case team)</source>
        <translation>खुली &apos;परिवार को बताएँ&apos; मदें देखना (प्रतिबंधित: मामले की टीम)</translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item by hand, with a reason</source>
        <translation>&apos;परिवार को बताएँ&apos; मद को कारण सहित हाथ से बंद करना</translation>
    </message>
    <message>
        <source>close a case&apos;s open &apos;tell the family&apos; items by hand, with one reason</source>
        <translation>मामले की खुली &apos;परिवार को बताएँ&apos; मदों को एक ही कारण से हाथ से बंद करना</translation>
    </message>
    <message>
        <source>open &apos;tell the family&apos; items (inside another change)</source>
        <translation>&apos;परिवार को बताएँ&apos; मदें खोलना (किसी अन्य बदलाव के भीतर)</translation>
    </message>
    <message>
        <source>close a &apos;tell the family&apos; item (inside another change)</source>
        <translation>&apos;परिवार को बताएँ&apos; मद बंद करना (किसी अन्य बदलाव के भीतर)</translation>
    </message>
    <message>
        <source>close the items of a voided development</source>
        <translation>निरस्त घटनाक्रम की मदें बंद करना</translation>
    </message>
    <message>
        <source>reopen the items a voided family update closed</source>
        <translation>निरस्त परिवार सूचना द्वारा बंद की गई मदें फिर से खोलना</translation>
    </message>
    <message>
        <source>change a next of kin&apos;s family liaison officer, with a reason</source>
        <translation>किसी परिजन का परिवार संपर्क अधिकारी कारण सहित बदलना</translation>
    </message>
    <message>
        <source>set a family liaison officer (inside another change)</source>
        <translation>परिवार संपर्क अधिकारी नियुक्त करना (किसी अन्य बदलाव के भीतर)</translation>
    </message>
    <message>
        <source>each next of kin&apos;s family liaison officer and its changes</source>
        <translation>हर परिजन का परिवार संपर्क अधिकारी और उसके बदलाव देखना</translation>
    </message>
    <message>
        <source>add a milestone</source>
        <translation>महत्वपूर्ण घटना जोड़ना</translation>
    </message>
    <message>
        <source>add a milestone (inside another change)</source>
        <translation>महत्वपूर्ण घटना जोड़ना (किसी अन्य बदलाव के भीतर)</translation>
    </message>
    <message>
        <source>list milestones</source>
        <translation>महत्वपूर्ण घटनाओं की सूची देखना</translation>
    </message>
    <message>
        <source>open a milestone</source>
        <translation>महत्वपूर्ण घटना खोलना</translation>
    </message>
    <message>
        <source>correct a milestone</source>
        <translation>महत्वपूर्ण घटना सुधारना</translation>
    </message>
    <message>
        <source>create a task (inside another change)</source>
        <translation>कार्य बनाना (किसी अन्य बदलाव के भीतर)</translation>
    </message>
    <message>
        <source>add a task</source>
        <translation>कार्य जोड़ना</translation>
    </message>
    <message>
        <source>complete a task</source>
        <translation>कार्य पूरा करना</translation>
    </message>
    <message>
        <source>edit a task</source>
        <translation>कार्य संपादित करना</translation>
    </message>
    <message>
        <source>list tasks</source>
        <translation>कार्यों की सूची देखना</translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation>दस्तावेज़ संलग्न करना</translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation>फ़ाइल संलग्न करना</translation>
    </message>
    <message>
        <source>list documents</source>
        <translation>दस्तावेज़ों की सूची देखना</translation>
    </message>
    <message>
        <source>open a document&apos;s content</source>
        <translation>दस्तावेज़ की सामग्री खोलना</translation>
    </message>
    <message>
        <source>edit a document&apos;s description</source>
        <translation>दस्तावेज़ का विवरण संपादित करना</translation>
    </message>
    <message>
        <source>search</source>
        <translation>खोज करना</translation>
    </message>
    <message>
        <source>filter the case list by text</source>
        <translation>मामलों की सूची को पाठ से छाँटना</translation>
    </message>
    <message>
        <source>the dashboard</source>
        <translation>मुखपृष्ठ देखना</translation>
    </message>
    <message>
        <source>one panel of the dashboard, on its own</source>
        <translation>मुखपृष्ठ का एक पैनल अलग से देखना</translation>
    </message>
    <message>
        <source>a report across cases (restricted content: the case&apos;s team)</source>
        <translation>कई मामलों की रिपोर्ट देखना (प्रतिबंधित सामग्री: मामले की टीम)</translation>
    </message>
    <message>
        <source>export a report across cases (PDF, XLSX, CSV, JSON)</source>
        <translation>कई मामलों की रिपोर्ट निर्यात करना (PDF, XLSX, CSV, JSON)</translation>
    </message>
    <message>
        <source>a case&apos;s timeline</source>
        <translation>मामले की समयरेखा देखना</translation>
    </message>
    <message>
        <source>export a timeline (CSV, JSON, ICS, XLSX, PDF)</source>
        <translation>समयरेखा निर्यात करना (CSV, JSON, ICS, XLSX, PDF)</translation>
    </message>
    <message>
        <source>build a brief&apos;s content</source>
        <translation>स्थिति सारांश की सामग्री तैयार करना</translation>
    </message>
    <message>
        <source>issue a brief (PDF)</source>
        <translation>स्थिति सारांश जारी करना (PDF)</translation>
    </message>
    <message>
        <source>list issued briefs</source>
        <translation>जारी किए गए स्थिति सारांशों की सूची देखना</translation>
    </message>
    <message>
        <source>check whether a PDF is a brief issued here</source>
        <translation>जाँचना कि कोई PDF यहाँ जारी किया गया स्थिति सारांश है या नहीं</translation>
    </message>
    <message>
        <source>read the recent audit trail</source>
        <translation>हाल का ऑडिट रिकॉर्ड पढ़ना</translation>
    </message>
    <message>
        <source>read the whole database&apos;s audit trail (not one case&apos;s)</source>
        <translation>पूरे डेटाबेस का ऑडिट रिकॉर्ड पढ़ना (किसी एक मामले का नहीं)</translation>
    </message>
    <message>
        <source>list audit entries (a case&apos;s; the whole database: supervisors)</source>
        <translation>ऑडिट प्रविष्टियों की सूची देखना (किसी मामले की; पूरे डेटाबेस की: पर्यवेक्षक)</translation>
    </message>
    <message>
        <source>count audit entries (as list_entries)</source>
        <translation>ऑडिट प्रविष्टियों की गिनती करना (list_entries की तरह)</translation>
    </message>
    <message>
        <source>a case&apos;s History tab</source>
        <translation>मामले का इतिहास टैब देखना</translation>
    </message>
    <message>
        <source>one record&apos;s versions</source>
        <translation>किसी रिकॉर्ड के संस्करण देखना</translation>
    </message>
    <message>
        <source>export audit entries (as list_entries)</source>
        <translation>ऑडिट प्रविष्टियाँ निर्यात करना (list_entries की तरह)</translation>
    </message>
    <message>
        <source>check a file to import, row by row (nothing is written)</source>
        <translation>आयात की जाने वाली फ़ाइल की पंक्ति-दर-पंक्ति जाँच करना (कुछ भी नहीं लिखा जाता)</translation>
    </message>
    <message>
        <source>import cases, people or contacts from a CSV/XLSX file</source>
        <translation>CSV/XLSX फ़ाइल से मामले, लोग या संपर्क आयात करना</translation>
    </message>
    <message>
        <source>undo an import (who imported it, or a supervisor)</source>
        <translation>आयात पूर्ववत करना (आयात करने वाले, या कोई पर्यवेक्षक)</translation>
    </message>
    <message>
        <source>list imports</source>
        <translation>आयातों की सूची देखना</translation>
    </message>
    <message>
        <source>export cases, people or contacts as CSV in the import&apos;s columns</source>
        <translation>मामले, लोग या संपर्क आयात के कॉलम में CSV के रूप में निर्यात करना</translation>
    </message>
    <message>
        <source>whether one may void an entry (for menus)</source>
        <translation>जानना कि कोई प्रविष्टि निरस्त की जा सकती है या नहीं (मेनू के लिए)</translation>
    </message>
    <message>
        <source>void an entry with a reason (its author or a supervisor)</source>
        <translation>प्रविष्टि को कारण सहित निरस्त करना (उसके लेखक या कोई पर्यवेक्षक)</translation>
    </message>
    <message>
        <source>void an entry inside another change (undoing an import)</source>
        <translation>किसी अन्य बदलाव के भीतर प्रविष्टि निरस्त करना (आयात पूर्ववत करते समय)</translation>
    </message>
    <message>
        <source>keep one&apos;s own draft of a form (Log contact)</source>
        <translation>किसी फ़ॉर्म का अपना ड्राफ़्ट रखना (संपर्क दर्ज करें)</translation>
    </message>
    <message>
        <source>read one&apos;s own draft back</source>
        <translation>अपना ड्राफ़्ट वापस पढ़ना</translation>
    </message>
    <message>
        <source>list one&apos;s own drafts</source>
        <translation>अपने ड्राफ़्टों की सूची देखना</translation>
    </message>
    <message>
        <source>list one&apos;s saved filters and those shared with a post</source>
        <translation>अपने सहेजे गए फ़िल्टर और किसी मिशन के साथ साझा फ़िल्टरों की सूची देखना</translation>
    </message>
    <message>
        <source>find a saved filter by name (one&apos;s own or shared)</source>
        <translation>नाम से सहेजा गया फ़िल्टर खोजना (अपना या साझा)</translation>
    </message>
    <message>
        <source>save a list&apos;s filters under a name (one&apos;s own)</source>
        <translation>किसी सूची के फ़िल्टर एक नाम से सहेजना (अपने)</translation>
    </message>
    <message>
        <source>rename one&apos;s saved filter</source>
        <translation>अपने सहेजे गए फ़िल्टर का नाम बदलना</translation>
    </message>
    <message>
        <source>delete one&apos;s saved filter</source>
        <translation>अपना सहेजा गया फ़िल्टर हटाना</translation>
    </message>
    <message>
        <source>share one&apos;s saved filter with a post</source>
        <translation>अपना सहेजा गया फ़िल्टर किसी मिशन के साथ साझा करना</translation>
    </message>
    <message>
        <source>export the case list as shown (CSV, XLSX)</source>
        <translation>मामलों की सूची जैसी दिख रही है वैसी निर्यात करना (CSV, XLSX)</translation>
    </message>
    <message>
        <source>export a case&apos;s contact log as shown (CSV, XLSX)</source>
        <translation>मामले का संपर्क लॉग जैसा दिख रहा है वैसा निर्यात करना (CSV, XLSX)</translation>
    </message>
    <message>
        <source>throw away one&apos;s own draft</source>
        <translation>अपना ड्राफ़्ट हटाना</translation>
    </message>
    <message>
        <source>move one&apos;s old draft files into the database</source>
        <translation>अपनी पुरानी ड्राफ़्ट फ़ाइलें डेटाबेस में ले जाना</translation>
    </message>
    <message>
        <source>list candidate duplicate people or counterparts</source>
        <translation>संभावित डुप्लिकेट लोगों या वार्ताकारों की सूची देखना</translation>
    </message>
    <message>
        <source>counterparts whose name matches one typed (contacts add --with)</source>
        <translation>वे वार्ताकार देखना जिनका नाम टाइप किए गए नाम से मेल खाता है (contacts add --with)</translation>
    </message>
    <message>
        <source>resolve names typed for a contact without creating counterparts</source>
        <translation>वार्ताकार बनाए बिना संपर्क के लिए टाइप किए गए नामों का मिलान करना</translation>
    </message>
    <message>
        <source>show two records side by side before merging them</source>
        <translation>विलय से पहले दो रिकॉर्ड साथ-साथ दिखाना</translation>
    </message>
    <message>
        <source>merge two people or two counterparts (every link moves)</source>
        <translation>दो लोगों या दो वार्ताकारों का विलय करना (सभी संबंध स्थानांतरित होते हैं)</translation>
    </message>
    <message>
        <source>undo a merge</source>
        <translation>विलय पूर्ववत करना</translation>
    </message>
    <message>
        <source>list recent merges</source>
        <translation>हाल के विलयों की सूची देखना</translation>
    </message>
    <message>
        <source>purge a closed case for good</source>
        <translation>बंद मामले को स्थायी रूप से हटाना</translation>
    </message>
    <message>
        <source>remove a case inside another change (undoing the import that opened it)</source>
        <translation>किसी अन्य बदलाव के भीतर मामला हटाना (उसे खोलने वाले आयात को पूर्ववत करते समय)</translation>
    </message>
    <message>
        <source>back the database up to a chosen file (every case, with the key slots)</source>
        <translation>डेटाबेस का बैकअप चुनी गई फ़ाइल में लेना (सभी मामले, कुंजी स्लॉट सहित)</translation>
    </message>
    <message>
        <source>the automatic daily backup, to this installation&apos;s private folder</source>
        <translation>इस इंस्टॉलेशन के निजी फ़ोल्डर में स्वचालित दैनिक बैकअप लेना</translation>
    </message>
    <message>
        <source>replace the database with a verified backup</source>
        <translation>डेटाबेस को सत्यापित बैकअप से बदलना</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} या {second}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {what}: only {who} may.</source>
        <translation>{name} ({role}) को यह अनुमति नहीं है: {what}। केवल {who} को यह अनुमति है।</translation>
    </message>
</context>
<context>
    <name>services.person_fields</name>
    <message>
        <source>The date of birth must be a date (YYYY-MM-DD).</source>
        <translation>जन्म तिथि एक तिथि (YYYY-MM-DD) होनी चाहिए।</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>जन्म तिथि भविष्य में है।</translation>
    </message>
    <message>
        <source>The date of birth is before 1900; check the year.</source>
        <translation>जन्म तिथि 1900 से पहले की है; वर्ष जाँचें।</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a passport number (5–32 letters and digits).</source>
        <translation>&apos;{raw}&apos; पासपोर्ट संख्या नहीं है (5–32 अक्षर और अंक)।</translation>
    </message>
</context>
<context>
    <name>services.proof_of_life</name>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>व्यक्ति #{person_id} {reference} में बंदी नागरिक नहीं है।</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a next of kin in {reference}.</source>
        <translation>व्यक्ति #{person_id} {reference} में परिजन नहीं है।</translation>
    </message>
    <message>
        <source>That time is in the future; check the date.</source>
        <translation>यह समय भविष्य में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be changed on a proof-of-life question.</source>
        <translation>&apos;{name}&apos; को जीवित होने के प्रमाण के प्रश्न में बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>There is no proof-of-life question #{question_id}.</source>
        <translation>जीवित होने के प्रमाण का कोई प्रश्न #{question_id} नहीं है।</translation>
    </message>
    <message>
        <source>This question is {state}: its wording and answer are part of the record. Add a new question instead.</source>
        <translation>यह प्रश्न {state} है: इसकी शब्दावली और उत्तर रिकॉर्ड का हिस्सा हैं। इसके बजाय नया प्रश्न जोड़ें।</translation>
    </message>
    <message>
        <source>A question that is {state} cannot become {target}. A compromised question stays compromised; add a new one.</source>
        <translation>{state} प्रश्न {target} नहीं बन सकता। प्रकट हो चुका प्रश्न वैसा ही रहता है; नया प्रश्न जोड़ें।</translation>
    </message>
    <message>
        <source>A question that is {state} cannot become {target}.</source>
        <translation>{state} प्रश्न {target} नहीं बन सकता।</translation>
    </message>
    <message>
        <source>Say which next of kin agreed the question (--with / &apos;Agreed with&apos;).</source>
        <translation>बताएँ कि किस परिजन ने प्रश्न तय किया (--with / &apos;किसके साथ तय&apos;)।</translation>
    </message>
    <message>
        <source>Question #{question_id} is not in this national&apos;s question bank.</source>
        <translation>प्रश्न #{question_id} इस नागरिक के प्रश्न बैंक में नहीं है।</translation>
    </message>
    <message>
        <source>Question #{question_id} is {state}: only a question agreed with the family and not yet used proves anything.</source>
        <translation>प्रश्न #{question_id} {state} है: केवल परिवार के साथ तय और अभी तक अप्रयुक्त प्रश्न ही कुछ सिद्ध करता है।</translation>
    </message>
    <message>
        <source>Say which agreed question was put before recording its answer.</source>
        <translation>उत्तर दर्ज करने से पहले बताएँ कि कौन-सा तय प्रश्न पूछा गया।</translation>
    </message>
    <message>
        <source>Say whether the answer matched the one the family expects.</source>
        <translation>बताएँ कि उत्तर परिवार के अपेक्षित उत्तर से मेल खाता था या नहीं।</translation>
    </message>
    <message>
        <source>Say what the assessment rests on (voice, answer, metadata...).</source>
        <translation>बताएँ कि आकलन किस आधार पर है (आवाज़, उत्तर, मेटाडेटा...)।</translation>
    </message>
    <message>
        <source>There is no proof of life #{milestone_id}.</source>
        <translation>जीवित होने का कोई प्रमाण #{milestone_id} नहीं है।</translation>
    </message>
    <message>
        <source>This proof of life was voided; it cannot be assessed.</source>
        <translation>जीवित होने का यह प्रमाण निरस्त किया गया था; इसका आकलन नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Say what the proof of life was (video, audio, photo, message, sighting).</source>
        <translation>बताएँ कि जीवित होने का प्रमाण क्या था (वीडियो, ऑडियो, फ़ोटो, संदेश, देखा जाना)।</translation>
    </message>
</context>
<context>
    <name>services.purge</name>
    <message>
        <source>Only an administrator may purge a case.</source>
        <translation>केवल प्रशासक ही मामले को स्थायी रूप से हटा सकता है।</translation>
    </message>
    <message>
        <source>Type the case reference ({ref}) exactly to confirm the purge.</source>
        <translation>स्थायी रूप से हटाने की पुष्टि के लिए मामले का संदर्भ ({ref}) ठीक-ठीक टाइप करें।</translation>
    </message>
    <message>
        <source>There is no case {ref}.</source>
        <translation>कोई मामला {ref} नहीं है।</translation>
    </message>
    <message>
        <source>{ref} is {status}; only a closed case can be purged.</source>
        <translation>{ref} {status} है; केवल बंद मामला ही स्थायी रूप से हटाया जा सकता है।</translation>
    </message>
</context>
<context>
    <name>services.reference_data</name>
    <message>
        <source>A user name cannot contain spaces (use e.g. a.sharma).</source>
        <translation>उपयोगकर्ता नाम में रिक्त स्थान नहीं हो सकते (जैसे a.sharma का उपयोग करें)।</translation>
    </message>
    <message>
        <source>There is no user &apos;{username}&apos;; pick one from the list of staff.</source>
        <translation>कोई उपयोगकर्ता &apos;{username}&apos; नहीं है; कर्मचारियों की सूची से एक चुनें।</translation>
    </message>
    <message>
        <source>There is no post with code &apos;{code}&apos;. Add the post first.</source>
        <translation>&apos;{code}&apos; कोड वाला कोई मिशन नहीं है। पहले मिशन जोड़ें।</translation>
    </message>
</context>
<context>
    <name>services.repatriation</name>
    <message>
        <source>by {name}</source>
        <translation>{name} द्वारा</translation>
    </message>
    <message>
        <source>facts not recorded</source>
        <translation>तथ्य दर्ज नहीं</translation>
    </message>
    <message>
        <source>Person #{person_id} is not a national held in {reference}.</source>
        <translation>व्यक्ति #{person_id} {reference} में बंदी नागरिक नहीं है।</translation>
    </message>
    <message>
        <source>without a status</source>
        <translation>बिना स्थिति के</translation>
    </message>
    <message>
        <source>{name} is recorded as {status}; record their release first (People tab, Change status…): the checklist then opens by itself.</source>
        <translation>{name} {status} के रूप में दर्ज हैं; पहले उनकी रिहाई दर्ज करें (लोग टैब, स्थिति बदलें…): फिर सूची अपने-आप खुल जाती है।</translation>
    </message>
    <message>
        <source>{name} already has a repatriation checklist in {reference}.</source>
        <translation>{name} की {reference} में पहले से स्वदेश वापसी सूची है।</translation>
    </message>
    <message>
        <source>The release is in the future; check the date.</source>
        <translation>रिहाई की तिथि भविष्य में है; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>The release cannot be before the incident; check the date.</source>
        <translation>रिहाई घटना से पहले नहीं हो सकती; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>There is no repatriation checklist item #{item_id}; see consular repatriation show CASE.</source>
        <translation>स्वदेश वापसी सूची की कोई मद #{item_id} नहीं है; consular repatriation show CASE देखें।</translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; was voided; it cannot be changed.</source>
        <translation>मद &apos;{kind}&apos; निरस्त की गई थी; इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Give the item an owner (--to USER), a due date (--due DATE) or both.</source>
        <translation>मद को ज़िम्मेदार व्यक्ति (--to USER), नियत तिथि (--due DATE) या दोनों दें।</translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; is {state_word}; only open items are assigned.</source>
        <translation>मद &apos;{kind}&apos; {state_word} है; केवल खुली मदें सौंपी जाती हैं।</translation>
    </message>
    <message>
        <source>Say who held the debrief (--debrief-by &apos;agency or officer&apos;).</source>
        <translation>बताएँ कि डीब्रीफ़िंग किसने की (--debrief-by &apos;एजेंसी या अधिकारी&apos;)।</translation>
    </message>
    <message>
        <source>&apos;Debrief by&apos; belongs to the debrief, not to &apos;{label}&apos;.</source>
        <translation>&apos;डीब्रीफ़िंग करने वाले&apos; डीब्रीफ़िंग से संबंधित है, &apos;{label}&apos; से नहीं।</translation>
    </message>
    <message>
        <source>Say whether psychosocial support was offered, accepted or declined (--support ...).</source>
        <translation>बताएँ कि मनोसामाजिक सहायता की पेशकश की गई, स्वीकार की गई या अस्वीकार की गई (--support ...)।</translation>
    </message>
    <message>
        <source>The support&apos;s answer belongs to psychosocial support, not &apos;{label}&apos;.</source>
        <translation>सहायता का उत्तर मनोसामाजिक सहायता से संबंधित है, &apos;{label}&apos; से नहीं।</translation>
    </message>
    <message>
        <source>The item &apos;{label}&apos; is already {state_word}.</source>
        <translation>मद &apos;{label}&apos; पहले से {state_word} है।</translation>
    </message>
    <message>
        <source>The item cannot be closed in the future; check the date.</source>
        <translation>मद भविष्य की तिथि में बंद नहीं की जा सकती; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>The item cannot be closed before the incident; check the date.</source>
        <translation>मद घटना से पहले बंद नहीं की जा सकती; तिथि जाँचें।</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>The item &apos;{kind}&apos; is already {state_word}.</source>
        <translation>मद &apos;{kind}&apos; पहले से {state_word} है।</translation>
    </message>
</context>
<context>
    <name>services.reports</name>
    <message>
        <source>Nationals held now</source>
        <extracomment>name -&gt; (title, what it shows, whether the period applies); the texts are marked here and translated where they are shown (``translate(&quot;services.reports&quot;, title)``).</extracomment>
        <translation>अभी बंदी नागरिक</translation>
    </message>
    <message>
        <source>by country and post, with days held and last proof-of-life age</source>
        <translation>देश और मिशन के अनुसार, बंदी रहने के दिनों और जीवित होने के अंतिम प्रमाण की अवधि सहित</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>मासिक आँकड़े</translation>
    </message>
    <message>
        <source>cases opened and closed by kind, country and post; median days to resolution; contacts by channel; families contacted within plan</source>
        <translation>प्रकार, देश और मिशन के अनुसार खोले और बंद किए गए मामले; समाधान के औसत (माध्यिका) दिन; माध्यम के अनुसार संपर्क; योजना के भीतर संपर्क किए गए परिवार</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>कार्यभार</translation>
    </message>
    <message>
        <source>open tasks and overdue items per caseworker and post</source>
        <translation>मामला अधिकारी और मिशन के अनुसार खुले कार्य और अतिदेय मदें</translation>
    </message>
    <message>
        <source>Family-contact compliance</source>
        <translation>परिवार संपर्क योजना का पालन</translation>
    </message>
    <message>
        <source>per case, over the period: contacts made against the plans</source>
        <translation>प्रति मामला, अवधि के दौरान: योजनाओं की तुलना में किए गए संपर्क</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2025-07-01.</source>
        <translation>&apos;{value}&apos; तिथि नहीं है: इसे YYYY-MM-DD के रूप में लिखें, जैसे 2025-07-01।</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a report; use one of: {reports}.</source>
        <translation>&apos;{name}&apos; कोई रिपोर्ट नहीं है; इनमें से एक का उपयोग करें: {reports}।</translation>
    </message>
    <message>
        <source>The period starts ({start_day}) after it ends ({last_day}): swap the dates or widen the period.</source>
        <translation>अवधि समाप्त ({last_day}) होने के बाद शुरू ({start_day}) होती है: तिथियाँ बदलें या अवधि बढ़ाएँ।</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code: use two letters, e.g. ML or NG.</source>
        <translation>&apos;{country}&apos; देश कोड नहीं है: दो अक्षरों का उपयोग करें, जैसे ML या NG।</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी तक कोई नहीं</translation>
    </message>
    <message>
        <source>There is no post &apos;{post}&apos;; the posts are: {known}.</source>
        <translation>कोई मिशन &apos;{post}&apos; नहीं है; मिशन ये हैं: {known}।</translation>
    </message>
    <message>
        <source>Nationals held</source>
        <translation>बंदी नागरिक</translation>
    </message>
    <message>
        <source>By country and post</source>
        <translation>देश और मिशन के अनुसार</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>बंदी रहने के दिन</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Days held: how many nationals</source>
        <translation>बंदी रहने के दिन: कितने नागरिक</translation>
    </message>
    <message>
        <source>Nationals</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>nationals</source>
        <translation>नागरिक</translation>
    </message>
    <message>
        <source>Nationals held, by country</source>
        <translation>बंदी नागरिक, देश के अनुसार</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>बंदी</translation>
    </message>
    <message>
        <source>Nationals held or unaccounted for</source>
        <translation>बंदी या लापता नागरिक</translation>
    </message>
    <message>
        <source>Of whom unaccounted for</source>
        <translation>जिनमें से लापता</translation>
    </message>
    <message>
        <source>Median days held</source>
        <translation>बंदी रहने के दिनों की माध्यिका</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>मिशन</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>लापता</translation>
    </message>
    <message>
        <source>Longest held (days)</source>
        <translation>सबसे लंबी अवधि तक बंदी (दिन)</translation>
    </message>
    <message>
        <source>Nationals held now, longest held first</source>
        <translation>अभी बंदी नागरिक, सबसे लंबे समय से बंदी पहले</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>कब से बंदी</translation>
    </message>
    <message>
        <source>Last proof of life</source>
        <translation>जीवित होने का अंतिम प्रमाण</translation>
    </message>
    <message>
        <source>Proof-of-life age (days)</source>
        <translation>जीवित होने के प्रमाण की अवधि (दिन)</translation>
    </message>
    <message>
        <source>Days are whole days since the first standing held or unaccounted-for status entry, to now.</source>
        <translation>दिन, बंदी या लापता स्थिति की पहली वैध प्रविष्टि से अब तक के पूरे दिन हैं।</translation>
    </message>
    <message numerus="yes">
        <source>The last proof of life of %n national(s) is restricted: only their case&apos;s team and supervisors see it.</source>
        <translation>
            <numerusform>%n नागरिक के जीवित होने का अंतिम प्रमाण प्रतिबंधित है: केवल उनके मामले की टीम और पर्यवेक्षक इसे देखते हैं।</numerusform>
            <numerusform>%n नागरिकों के जीवित होने का अंतिम प्रमाण प्रतिबंधित है: केवल उनके मामले की टीम और पर्यवेक्षक इसे देखते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>खोले गए मामले</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>बंद किए गए मामले</translation>
    </message>
    <message>
        <source>Days to resolution</source>
        <translation>समाधान तक के दिन</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>माध्यम के अनुसार संपर्क</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>परिवार संपर्क</translation>
    </message>
    <message>
        <source>Cases opened and closed, by month</source>
        <translation>खोले और बंद किए गए मामले, माह के अनुसार</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खोले गए</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद किए गए</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Contacts by channel, by month</source>
        <translation>माध्यम के अनुसार संपर्क, माह के अनुसार</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Cases opened by country, month by month</source>
        <translation>देश के अनुसार खोले गए मामले, माह-दर-माह</translation>
    </message>
    <message>
        <source>Median days to resolution</source>
        <translation>समाधान के दिनों की माध्यिका</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Family contacts within plan</source>
        <translation>योजना के भीतर परिवार संपर्क</translation>
    </message>
    <message>
        <source>{percent}% of {total}</source>
        <translation>{total} में से {percent}%</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>माह-दर-माह</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <source>Within plan</source>
        <translation>योजना के भीतर</translation>
    </message>
    <message>
        <source>By kind of case</source>
        <translation>मामले के प्रकार के अनुसार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>देश के अनुसार</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>मिशन के अनुसार</translation>
    </message>
    <message>
        <source>Opened: when the post opened the case (its first status entry). Closed: the case&apos;s first change to resolved or closed. Days to resolution run from opening to that change.</source>
        <translation>खोले गए: जब मिशन ने मामला खोला (उसकी पहली स्थिति प्रविष्टि)। बंद किए गए: मामले का हल या बंद स्थिति में पहला बदलाव। समाधान तक के दिन खुलने से उस बदलाव तक गिने जाते हैं।</translation>
    </message>
    <message>
        <source>A family contact is within plan when it came no later than the agreed interval after the previous contact with that relative (or after the case was opened, for the first).</source>
        <translation>परिवार संपर्क योजना के भीतर माना जाता है जब वह उस परिजन से पिछले संपर्क (या पहले संपर्क के लिए मामला खुलने) के बाद तय अंतराल के भीतर हुआ हो।</translation>
    </message>
    <message>
        <source>Counts include restricted entries (not their content) and leave voided entries out.</source>
        <translation>गिनती में प्रतिबंधित प्रविष्टियाँ (उनकी सामग्री नहीं) शामिल हैं और निरस्त प्रविष्टियाँ शामिल नहीं हैं।</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>खुले कार्य</translation>
    </message>
    <message>
        <source>Cases led</source>
        <translation>संचालित मामले</translation>
    </message>
    <message>
        <source>(nobody assigned)</source>
        <translation>(किसी को नहीं सौंपा गया)</translation>
    </message>
    <message>
        <source>Open and overdue tasks, per caseworker</source>
        <translation>खुले और अतिदेय कार्य, मामला अधिकारी के अनुसार</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>अतिदेय</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Caseworkers with open tasks</source>
        <translation>खुले कार्यों वाले मामला अधिकारी</translation>
    </message>
    <message>
        <source>Per caseworker and post</source>
        <translation>मामला अधिकारी और मिशन के अनुसार</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>मामला अधिकारी</translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation>अतिदेय अनुपात</translation>
    </message>
    <message>
        <source>Open cases led</source>
        <translation>संचालित खुले मामले</translation>
    </message>
    <message>
        <source>Open tasks: open or in progress, not voided. Overdue: due before now. Counted by the case&apos;s post.</source>
        <translation>खुले कार्य: खुले या प्रगति पर, निरस्त नहीं। अतिदेय: नियत तिथि बीत चुकी है। मामले के मिशन के अनुसार गिने गए।</translation>
    </message>
    <message>
        <source>Contacts against the plans</source>
        <translation>योजनाओं की तुलना में संपर्क</translation>
    </message>
    <message>
        <source>Cases by family-contact compliance</source>
        <translation>परिवार संपर्क योजना के पालन के अनुसार मामले</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Cases with relatives on a plan</source>
        <translation>योजना वाले परिजनों के मामले</translation>
    </message>
    <message>
        <source>Contacts the plans called for</source>
        <translation>योजनाओं के अनुसार अपेक्षित संपर्क</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>पालन</translation>
    </message>
    <message>
        <source>Relatives overdue now</source>
        <translation>अभी अतिदेय परिजन</translation>
    </message>
    <message>
        <source>Per case</source>
        <translation>प्रति मामला</translation>
    </message>
    <message>
        <source>Relatives on a plan</source>
        <translation>योजना वाले परिजन</translation>
    </message>
    <message>
        <source>Contacts called for</source>
        <translation>अपेक्षित संपर्क</translation>
    </message>
    <message>
        <source>Contacts made</source>
        <translation>किए गए संपर्क</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>अभी अतिदेय</translation>
    </message>
    <message>
        <source>A relative&apos;s plan (contact every N days) calls for one contact per N days of the period they were on it; compliance counts the contacts made, up to what each plan called for, against that.</source>
        <translation>किसी परिजन की योजना (हर N दिन पर संपर्क) उस अवधि के हर N दिनों में एक संपर्क की अपेक्षा करती है जब वह लागू थी; पालन में किए गए संपर्क, हर योजना की अपेक्षा की सीमा तक, उसकी तुलना में गिने जाते हैं।</translation>
    </message>
    <message>
        <source>Cases open at some time in the period. Counts include restricted contacts; voided ones are left out.</source>
        <translation>अवधि में किसी समय खुले मामले। गिनती में प्रतिबंधित संपर्क शामिल हैं; निरस्त संपर्क शामिल नहीं हैं।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a report format; use one of: {formats}.</source>
        <translation>&apos;{value}&apos; रिपोर्ट प्रारूप नहीं है; इनमें से एक का उपयोग करें: {formats}।</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <extracomment>Days-held buckets of the distribution: (label, lowest day, first day of the next bucket); the labels are translated where they are shown (services/reports.py).</extracomment>
        <translation>&lt; 30 दिन</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 वर्ष</translation>
    </message>
    <message>
        <source>2 years +</source>
        <translation>2 वर्ष +</translation>
    </message>
</context>
<context>
    <name>services.saved_filters</name>
    <message>
        <source>There is no list &apos;{value}&apos; to save a filter for; use one of {lists}.</source>
        <extracomment>The lists a filter can be saved for. The most a definition may hold (characters of JSON): a filter is a handful of values. How many filters one account may keep per list: a sidebar, not a database. The post it is shared with (its code), or None: only its owner sees it. Values of the definition the list no longer knows, filled in by the faces that apply it.</extracomment>
        <translation>फ़िल्टर सहेजने के लिए कोई सूची &apos;{value}&apos; नहीं है; इनमें से एक का उपयोग करें: {lists}।</translation>
    </message>
    <message>
        <source>A saved filter is a set of named values (a JSON object).</source>
        <translation>सहेजा गया फ़िल्टर नामित मानों का समूह (एक JSON ऑब्जेक्ट) है।</translation>
    </message>
    <message>
        <source>This filter is {count:,} characters long; a saved filter holds at most {max_definition_chars:,}.</source>
        <translation>यह फ़िल्टर {count:,} अक्षरों का है; सहेजे गए फ़िल्टर में अधिकतम {max_definition_chars:,} अक्षर होते हैं।</translation>
    </message>
    <message>
        <source>There is no post &apos;{code}&apos;; use the code of one of the posts (BAM, ABJ…).</source>
        <translation>कोई मिशन &apos;{code}&apos; नहीं है; किसी मिशन के कोड का उपयोग करें (BAM, ABJ…)।</translation>
    </message>
    <message>
        <source>There is no saved filter #{filter_id}.</source>
        <translation>कोई सहेजा गया फ़िल्टर #{filter_id} नहीं है।</translation>
    </message>
    <message>
        <source>&apos;{row_name}&apos; is {display_name}&apos;s filter: only they (or an administrator) can change it. Save it under a name of your own to keep a copy.</source>
        <translation>&apos;{row_name}&apos; {display_name} का फ़िल्टर है: केवल वे (या कोई प्रशासक) इसे बदल सकते हैं। प्रति रखने के लिए इसे अपने नाम से सहेजें।</translation>
    </message>
    <message>
        <source>The saved filter &apos;{row_name}&apos; was changed since you loaded it; load it again.</source>
        <translation>सहेजा गया फ़िल्टर &apos;{row_name}&apos; आपके लोड करने के बाद बदल गया है; इसे फिर से लोड करें।</translation>
    </message>
    <message>
        <source>You already have a filter called &apos;{label}&apos; for this list; choose another name or replace it.</source>
        <translation>इस सूची के लिए आपके पास पहले से &apos;{label}&apos; नाम का फ़िल्टर है; दूसरा नाम चुनें या उसे बदलें।</translation>
    </message>
    <message>
        <source>You keep {count} filters for this list already; delete some first.</source>
        <translation>इस सूची के लिए आपके पास पहले से {count} फ़िल्टर हैं; पहले कुछ हटाएँ।</translation>
    </message>
    <message>
        <source>The saved filter &apos;{label}&apos; was changed since you loaded it; load it again.</source>
        <translation>सहेजा गया फ़िल्टर &apos;{label}&apos; आपके लोड करने के बाद बदल गया है; इसे फिर से लोड करें।</translation>
    </message>
    <message>
        <source>There is already a filter called &apos;{label}&apos; for this list; choose another name.</source>
        <translation>इस सूची के लिए &apos;{label}&apos; नाम का फ़िल्टर पहले से है; दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>There is no saved filter called &apos;{name}&apos; for the {list_name} list; &apos;consular filters list&apos; shows them.</source>
        <translation>{list_name} सूची के लिए &apos;{name}&apos; नाम का कोई सहेजा गया फ़िल्टर नहीं है; &apos;consular filters list&apos; उन्हें दिखाता है।</translation>
    </message>
</context>
<context>
    <name>services.search</name>
    <message>
        <source>The number of results must be between 1 and {max_limit}; got {limit}.</source>
        <translation>परिणामों की संख्या 1 और {max_limit} के बीच होनी चाहिए; मिली: {limit}।</translation>
    </message>
    <message>
        <source>The search is {count} characters long; keep it under {max_query}.</source>
        <translation>खोज {count} अक्षरों की है; इसे {max_query} से कम रखें।</translation>
    </message>
</context>
<context>
    <name>services.tasks</name>
    <message>
        <source>The task cannot be created in the future; check the date and zone.</source>
        <translation>कार्य भविष्य की तिथि में नहीं बनाया जा सकता; तिथि और समय क्षेत्र जाँचें।</translation>
    </message>
    <message>
        <source>The task is dated more than a year before the incident; check the year.</source>
        <translation>कार्य की तिथि घटना से एक वर्ष से भी अधिक पहले की है; वर्ष जाँचें।</translation>
    </message>
    <message>
        <source>There is no task #{task_id}.</source>
        <translation>कोई कार्य #{task_id} नहीं है।</translation>
    </message>
    <message>
        <source>The task &apos;{title}&apos; is already {status}.</source>
        <translation>कार्य &apos;{title}&apos; पहले से {status} है।</translation>
    </message>
</context>
<context>
    <name>services.teams</name>
    <message>
        <source>Name the user to add or remove (e.g. k.reddy).</source>
        <translation>जोड़े या हटाए जाने वाले उपयोगकर्ता का नाम दें (जैसे k.reddy)।</translation>
    </message>
    <message>
        <source>There is no active user &apos;{name}&apos; in this database.</source>
        <translation>इस डेटाबेस में कोई सक्रिय उपयोगकर्ता &apos;{name}&apos; नहीं है।</translation>
    </message>
    <message>
        <source>{display_name} is already on the team of {reference}.</source>
        <translation>{display_name} पहले से {reference} की टीम में हैं।</translation>
    </message>
    <message>
        <source>{display_name} is the case&apos;s {part}; change the {part} of {reference} instead.</source>
        <translation>{display_name} मामले के {part} हैं; इसके बजाय {reference} का {part} बदलें।</translation>
    </message>
    <message>
        <source>{display_name} is not a member of the team of {reference}.</source>
        <translation>{display_name} {reference} की टीम के सदस्य नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>services.timeline</name>
    <message>
        <source>&apos;{value}&apos; is not a date or a date and time.</source>
        <translation>&apos;{value}&apos; न तिथि है न तिथि और समय।</translation>
    </message>
    <message>
        <source>The start ({show}) is after the end ({show2}); swap them or widen the range.</source>
        <translation>शुरुआत ({show}) अंत ({show2}) के बाद है; इन्हें बदलें या सीमा बढ़ाएँ।</translation>
    </message>
    <message>
        <source>Names are masked in redacted copies only: ask for redaction too.</source>
        <translation>नाम केवल गोपनीय अंश हटाई गई प्रतियों में छिपाए जाते हैं: गोपनीय अंश हटाने का भी अनुरोध करें।</translation>
    </message>
    <message>
        <source>No events of {reference} match this export ({scope}); &apos;{name}&apos; was left as it was. Check the filters, or allow an empty export.</source>
        <translation>{reference} की कोई घटना इस निर्यात ({scope}) से मेल नहीं खाती; &apos;{name}&apos; को जैसा था वैसा ही छोड़ दिया गया। फ़िल्टर जाँचें, या खाली निर्यात की अनुमति दें।</translation>
    </message>
    <message>
        <source>No events of {reference} match this export ({scope}); nothing was written. Check the filters, or allow an empty export.</source>
        <translation>{reference} की कोई घटना इस निर्यात ({scope}) से मेल नहीं खाती; कुछ भी नहीं लिखा गया। फ़िल्टर जाँचें, या खाली निर्यात की अनुमति दें।</translation>
    </message>
</context>
<context>
    <name>services.timeline_events</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n बाइट</numerusform>
            <numerusform>%n बाइट</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Incident: {title}</source>
        <extracomment>(kind, id) of the entries marked shareable with family (&quot;contact&quot;, &quot;milestone&quot;, &quot;status&quot;).</extracomment>
        <translation>घटना: {title}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>स्थान: {place}</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>प्रकार: {kind}</translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation>ज़िम्मेदारी: {attribution}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>मामला खोला गया</translation>
    </message>
    <message>
        <source>Case reopened: {old} to {new}</source>
        <translation>मामला फिर से खोला गया: {old} से {new}</translation>
    </message>
    <message>
        <source>Case status: {old} to {new}</source>
        <translation>मामले की स्थिति: {old} से {new}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>स्रोत: {source}</translation>
    </message>
    <message>
        <source>Medium: {medium}</source>
        <translation>माध्यम: {medium}</translation>
    </message>
    <message>
        <source>answer to the agreed question matched</source>
        <translation>तय प्रश्न का उत्तर मेल खाया</translation>
    </message>
    <message>
        <source>answer to the agreed question did NOT match</source>
        <translation>तय प्रश्न का उत्तर मेल नहीं खाया</translation>
    </message>
    <message>
        <source>answer to the agreed question not compared</source>
        <translation>तय प्रश्न के उत्तर की तुलना नहीं की गई</translation>
    </message>
    <message>
        <source>assessment: {assessment}</source>
        <translation>आकलन: {assessment}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>परिणाम: {outcome}</translation>
    </message>
    <message>
        <source>Follow-up needed.</source>
        <translation>अनुवर्ती कार्रवाई आवश्यक।</translation>
    </message>
    <message>
        <source>Staff present: {names}</source>
        <translation>उपस्थित कर्मचारी: {names}</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>कार्य: {title}</translation>
    </message>
    <message>
        <source>Assigned to {assignee}</source>
        <translation>{assignee} को सौंपा गया</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>किसी को नहीं सौंपा गया</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>नियत तिथि {when}</translation>
    </message>
    <message>
        <source>Priority: {priority}</source>
        <translation>प्राथमिकता: {priority}</translation>
    </message>
    <message>
        <source>Raised by contact:{contact_id}</source>
        <translation>संपर्क:{contact_id} से उत्पन्न</translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation>कार्य पूरा हुआ: {title}</translation>
    </message>
    <message>
        <source>Document: {file_name}</source>
        <translation>दस्तावेज़: {file_name}</translation>
    </message>
    <message>
        <source>Demand — {what}</source>
        <translation>मांग — {what}</translation>
    </message>
    <message>
        <source>Made by {made_by}, via {via}</source>
        <translation>{made_by} द्वारा, {via} के माध्यम से</translation>
    </message>
    <message>
        <source>Made by {made_by}</source>
        <translation>{made_by} द्वारा</translation>
    </message>
    <message>
        <source>Via an intermediary {flag} at the time.</source>
        <translation>उस समय {flag} मध्यस्थ के माध्यम से।</translation>
    </message>
    <message>
        <source>Deadline: {when}</source>
        <translation>समय-सीमा: {when}</translation>
    </message>
    <message>
        <source>Response: {response}</source>
        <translation>उत्तर: {response}</translation>
    </message>
    <message>
        <source>Return: {kind} — {name}</source>
        <translation>वापसी: {kind} — {name}</translation>
    </message>
    <message>
        <source>Return: {kind} — {name} (not applicable)</source>
        <translation>वापसी: {kind} — {name} (लागू नहीं)</translation>
    </message>
    <message>
        <source>Debrief by {debrief_by}</source>
        <translation>{debrief_by} द्वारा डीब्रीफ़िंग</translation>
    </message>
    <message>
        <source>Psychosocial support {support}</source>
        <translation>मनोसामाजिक सहायता {support}</translation>
    </message>
    <message>
        <source>Not applicable: {na_reason}</source>
        <translation>लागू नहीं: {na_reason}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>ज़िम्मेदार: {owner}</translation>
    </message>
    <message>
        <source>Family update — {kin} ({relationship} of {hostage}), by {channel}</source>
        <translation>परिवार को जानकारी — {kin} ({hostage} के {relationship}), {channel} द्वारा</translation>
    </message>
    <message>
        <source>Linked with {other} ({post}): {kind}</source>
        <translation>{other} ({post}) से जोड़ा गया: {kind}</translation>
    </message>
    <message>
        <source>Unlinked from {other} ({post})</source>
        <translation>{other} ({post}) से संबंध हटाया गया</translation>
    </message>
    <message>
        <source>Liaison officer for {who}: {value}</source>
        <translation>{who} के लिए संपर्क अधिकारी: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Liaison officer for {who}: {before} → {value}</source>
        <translation>{who} के लिए संपर्क अधिकारी: {before} → {value}</translation>
    </message>
</context>
<context>
    <name>services.vetting</name>
    <message>
        <source>{name} ({status})</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>A vetting decision says under vetting, vetted or rejected.</source>
        <translation>सत्यापन निर्णय में सत्यापन जारी, सत्यापित या अस्वीकृत बताया जाता है।</translation>
    </message>
    <message>
        <source>There is no counterpart #{counterpart_id}.</source>
        <translation>कोई वार्ताकार #{counterpart_id} नहीं है।</translation>
    </message>
    <message>
        <source>The decision is in the future; check the date.</source>
        <translation>निर्णय की तिथि भविष्य में है; तिथि जाँचें।</translation>
    </message>
</context>
<context>
    <name>services.views</name>
    <message>
        <source>No agreed contact plan</source>
        <extracomment>The clock a view was read under: not data, so left out of equality, repr and JSON. The latest proof of life assessed genuine (not voided): what &quot;alive as of&quot; rests on. The latest welfare report about this national (or about all of the case&apos;s), not voided. True outside the case team when the national has proofs of life: they are restricted, so neither their dates nor whether one was verified are given (both dates are then None). That there is none at all is not withheld (the brief says so to every reader too). The clock of the context that read this: what &quot;now&quot; means for the day counts.</extracomment>
        <translation>कोई तय संपर्क योजना नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel} ({owner})</source>
        <translation>
            <numerusform>हर दिन {channel} द्वारा तय ({owner})</numerusform>
            <numerusform>हर %n दिन {channel} द्वारा तय ({owner})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) by {channel}</source>
        <translation>
            <numerusform>हर दिन {channel} द्वारा तय</numerusform>
            <numerusform>हर %n दिन {channel} द्वारा तय</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s) ({owner})</source>
        <translation>
            <numerusform>हर दिन तय ({owner})</numerusform>
            <numerusform>हर %n दिन तय ({owner})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed every %n day(s)</source>
        <translation>
            <numerusform>हर दिन तय</numerusform>
            <numerusform>हर %n दिन तय</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Intermediaries in this contact who were not vetted at the time (&quot;Name (unvetted)&quot;). Who attached it (its author, for Void…). Milestones voided with a reason, for the history views that strike them through (a voided proof of life stays visible with who voided it and why). They count for nothing: ``milestones``, the last proof of life, briefs and the timeline leave them out. Every proof of life and welfare report, voided ones included, oldest first (the People tab&apos;s welfare history), also when the milestones are a page. The open task due first (the Overview&apos;s &quot;next task due&quot;), from all the case&apos;s tasks. Paged detail (``get_case(..., page=N)``) only, else None: ``milestones`` and ``voided_milestones`` are then the first N milestones, oldest first, and ``tasks`` the first N tasks by due time, voided ones included (``view.voided``); these are the totals: (standing, voided) milestones and (open, overdue, done or cancelled, voided) tasks.</extracomment>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>वार्ताकार</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>संपर्क टिप्पणी</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>महत्वपूर्ण घटना</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>मांग</translation>
    </message>
    <message>
        <source>Proof-of-life question</source>
        <translation>जीवित होने के प्रमाण का प्रश्न</translation>
    </message>
    <message>
        <source>Proof-of-life check</source>
        <translation>जीवित होने के प्रमाण की जाँच</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>हिरासत</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>सुनवाई</translation>
    </message>
    <message>
        <source>Consular visit</source>
        <translation>कांसुलर मुलाक़ात</translation>
    </message>
    <message>
        <source>Note verbale</source>
        <translation>नोट वर्बेल</translation>
    </message>
    <message>
        <source>Family update</source>
        <translation>परिवार को जानकारी</translation>
    </message>
    <message>
        <source>{what}: {text}</source>
        <translation>{what}: {text}</translation>
    </message>
</context>
<context>
    <name>services.voiding</name>
    <message>
        <source>There is no {what} #{entry_id}.</source>
        <extracomment>For a status entry: the person&apos;s status now that the entry no longer counts.</extracomment>
        <translation>कोई {what} #{entry_id} नहीं है।</translation>
    </message>
    <message>
        <source>{label} was already voided on {voided_at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>{label} पहले ही {voided_at:%Y-%m-%d %H:%M} UTC को निरस्त किया जा चुका है।</translation>
    </message>
    <message>
        <source>Only {value} or a supervisor can void {label}.</source>
        <translation>केवल {value} या कोई पर्यवेक्षक {label} को निरस्त कर सकता है।</translation>
    </message>
    <message>
        <source>{label} is the only entry of {full_name}&apos;s status history; record the correct status first, then void this one.</source>
        <translation>{label} {full_name} के स्थिति इतिहास की एकमात्र प्रविष्टि है; पहले सही स्थिति दर्ज करें, फिर इसे निरस्त करें।</translation>
    </message>
    <message>
        <source>This {what} was voided ({void_reason}); it can no longer be changed.</source>
        <translation>यह {what} निरस्त किया गया था ({void_reason}); इसे अब बदला नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>table_models</name>
    <message>
        <source>Show voided entries</source>
        <translation>निरस्त प्रविष्टियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>Voided entries stay in the history, struck through, with who voided them and why</source>
        <translation>निरस्त प्रविष्टियाँ इतिहास में कटी हुई रहती हैं, साथ में यह भी कि किसने और क्यों निरस्त किया</translation>
    </message>
    <message>
        <source>Voided by {name} on {when}: {reason}</source>
        <translation>{name} ने {when} को निरस्त किया: {reason}</translation>
    </message>
    <message>
        <source>Voided by {name} on {when}</source>
        <translation>{name} ने {when} को निरस्त किया</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <extracomment>The translation context the columns&apos; headers and header tips were marked in (``QT_TRANSLATE_NOOP(TR_CONTEXT, &quot;Reference&quot;)``); None: shown as declared.</extracomment>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>{count} bytes</source>
        <translation>{count} बाइट</translation>
    </message>
</context>
<context>
    <name>timeline.detail</name>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>&lt;b&gt;People:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;व्यक्ति:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>{name} द्वारा दर्ज</translation>
    </message>
    <message>
        <source>open {record}</source>
        <translation>{record} खोलें</translation>
    </message>
</context>
<context>
    <name>times</name>
    <message>
        <source>Type the date and time as YYYY-MM-DD HH:MM (&apos;-&apos;, &apos; &apos; and &apos;:&apos; are typed like any other character). Up/Down changes the part under the cursor, Alt+Down or the calendar button picks a day. An impossible date (2026-02-30) is refused with a message, never changed. Tab goes on to the next field.</source>
        <translation>तिथि और समय YYYY-MM-DD HH:MM के रूप में लिखें (&apos;-&apos;, &apos; &apos; और &apos;:&apos; बाकी अक्षरों की तरह ही टाइप करें)। Up/Down कर्सर वाले भाग को बदलता है, Alt+Down या कैलेंडर बटन से दिन चुनें। असंभव तिथि (2026-02-30) संदेश के साथ अस्वीकार की जाती है, कभी बदली नहीं जाती। Tab अगले फ़ील्ड पर ले जाता है।</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (&apos;-&apos; is typed like any other character). Up/Down changes the part under the cursor, Alt+Down or the calendar button picks a day. An impossible date (2026-02-30) is refused with a message, never changed.</source>
        <translation>तिथि YYYY-MM-DD के रूप में लिखें (&apos;-&apos; बाकी अक्षरों की तरह ही टाइप करें)। Up/Down कर्सर वाले भाग को बदलता है, Alt+Down या कैलेंडर बटन से दिन चुनें। असंभव तिथि (2026-02-30) संदेश के साथ अस्वीकार की जाती है, कभी बदली नहीं जाती।</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (&apos;-&apos; is typed like any other character). Up/Down changes the part under the cursor, Alt+Down or the calendar button picks a day. An impossible date (2026-02-30) is refused with a message, never changed. Leave it empty for no date.</source>
        <translation>तिथि YYYY-MM-DD के रूप में लिखें (&apos;-&apos; बाकी अक्षरों की तरह ही टाइप करें)। Up/Down कर्सर वाले भाग को बदलता है, Alt+Down या कैलेंडर बटन से दिन चुनें। असंभव तिथि (2026-02-30) संदेश के साथ अस्वीकार की जाती है, कभी बदली नहीं जाती। कोई तिथि न देनी हो तो इसे खाली छोड़ दें।</translation>
    </message>
</context>
<context>
    <name>users_combo</name>
    <message>
        <source>— nobody —</source>
        <translation>— कोई नहीं —</translation>
    </message>
</context>
<context>
    <name>users_dialog</name>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>दोनों पासवर्ड एक जैसे नहीं हैं; उन्हें फिर से लिखें।</translation>
    </message>
</context>
<context>
    <name>void_dialog</name>
    <message>
        <source>Already voided by {name}: {reason}</source>
        <translation>{name} द्वारा पहले ही निरस्त: {reason}</translation>
    </message>
    <message>
        <source>Your access is read-only</source>
        <translation>आपकी पहुँच केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>Only its author or a supervisor can void it</source>
        <translation>इसे केवल इसका लेखक या पर्यवेक्षक निरस्त कर सकता है</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message numerus="yes">
        <source>The overview of {ref} has %n unsaved change(s). Save before closing?</source>
        <translation>
            <numerusform>{ref} के अवलोकन में %n बिना सहेजा परिवर्तन है। बंद करने से पहले सहेजें?</numerusform>
            <numerusform>{ref} के अवलोकन में %n बिना सहेजे परिवर्तन हैं। बंद करने से पहले सहेजें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे परिवर्तन</translation>
    </message>
</context>
</TS>
