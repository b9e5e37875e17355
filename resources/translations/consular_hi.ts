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
    <name>StatusTile</name>
    <message>
        <source>{status} cases</source>
        <translation>{status} मामले</translation>
    </message>
    <message>
        <source>{status} cases: {count}</source>
        <translation>{status} मामले: {count}</translation>
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
</TS>
