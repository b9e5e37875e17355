<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
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
        <source>Also masks the names of the case's people and their families, native script included. Only in a redacted brief.</source>
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
    <name>brief_dialog</name>
    <message>
        <source>Sent to the default printer through your PDF viewer.</source>
        <extracomment>The language the brief is written in ("en", "fr", "hi").</extracomment>
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
    <name>cli.cmd_brief</name>
    <message>
        <source>write a status brief of a case as PDF (or list the briefs issued)</source>
        <translation>किसी मामले का स्थिति सारांश PDF में लिखें (या जारी सारांशों की सूची देखें)</translation>
    </message>
    <message>
        <source>Write a status brief of a case as a PDF for supervisors and senior officials, and record it (who, when, period, content hash). The period runs from the end of the previous brief of the case, or the last 7 days if there is none, unless --since says otherwise. Restricted contacts and milestones show only their date ("Restricted") unless --include-restricted. The brief is written in the language of --lang after the command (en, fr or hi), else in the language of the messages. Every page carries the audit chain head it was issued at: check a copy with consular audit verify --anchor SEQ:HASH.</source>
        <translation>किसी मामले का स्थिति सारांश पर्यवेक्षकों और वरिष्ठ अधिकारियों के लिए PDF में लिखें, और उसे दर्ज करें (किसने, कब, अवधि, सामग्री हैश)। अवधि मामले के पिछले सारांश के अंत से चलती है, या कोई न हो तो पिछले 7 दिन, जब तक --since कुछ और न कहे। प्रतिबंधित संपर्क और महत्वपूर्ण घटनाएँ केवल अपनी तिथि («प्रतिबंधित») दिखाती हैं, जब तक --include-restricted न दिया जाए। सारांश कमांड के बाद दिए गए --lang की भाषा (en, fr या hi) में लिखा जाता है, अन्यथा संदेशों की भाषा में। हर पृष्ठ पर जारी करते समय का ऑडिट शृंखला शीर्ष होता है: किसी प्रति की जाँच consular audit verify --anchor SEQ:HASH से करें।</translation>
    </message>
    <message>
        <source>case reference, e.g. BAM-2025-0001; or 'verify' followed by a PDF file</source>
        <translation>मामले का संदर्भ, जैसे BAM-2025-0001; या 'verify' और उसके बाद एक PDF फ़ाइल</translation>
    </message>
    <message>
        <source>with 'verify': the PDF to check against the briefs issued from this database (exit 0 if this exact file was issued here, 1 if not)</source>
        <translation>'verify' के साथ: इस डेटाबेस से जारी सारांशों से मिलाने के लिए PDF (यही फ़ाइल यहाँ से जारी हुई हो तो निकास 0, अन्यथा 1)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>लिखी जाने वाली PDF फ़ाइल</translation>
    </message>
    <message>
        <source>start of the period: YYYY-MM-DD (midnight in the case's zone) or an ISO 8601 date and time</source>
        <translation>अवधि का आरंभ: YYYY-MM-DD (मामले के समय क्षेत्र में मध्यरात्रि) या ISO 8601 तिथि और समय</translation>
    </message>
    <message>
        <source>mask passport and other ID numbers, phone numbers, e-mail addresses, addresses and dates of birth; restricted entries show only their date</source>
        <translation>पासपोर्ट और अन्य पहचान संख्याएँ, फ़ोन नंबर, ई-मेल पते, पते और जन्म तिथियाँ छिपाएँ; प्रतिबंधित प्रविष्टियाँ केवल अपनी तिथि दिखाती हैं</translation>
    </message>
    <message>
        <source>also mask the names of the case's people and their families, native script included (implies --redact)</source>
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
        <source>Unexpected '{file}': write the PDF to create with -o FILE.pdf.</source>
        <translation>'{file}' अपेक्षित नहीं था: बनाई जाने वाली PDF -o FILE.pdf से बताएँ।</translation>
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
    <name>reports.output_file</name>
    <message>
        <source>'{path}' is a folder; give a file name inside it.</source>
        <translation>'{path}' एक फ़ोल्डर है; उसके अंदर एक फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>The folder '{folder}' does not exist.</source>
        <translation>फ़ोल्डर '{folder}' मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside '{path}'.</source>
        <translation>'{path}' के पास अस्थायी फ़ाइल नहीं बनाई जा सकती।</translation>
    </message>
    <message>
        <source>The disk is full; '{file}' was not written. Free some space and try again.</source>
        <translation>डिस्क भरी हुई है; '{file}' नहीं लिखी गई। कुछ जगह खाली करें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Cannot write '{path}': permission denied. Choose another folder.</source>
        <translation>'{path}' नहीं लिखी जा सकती: अनुमति नहीं है। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot write '{path}': {reason}.</source>
        <translation>'{path}' नहीं लिखी जा सकती: {reason}।</translation>
    </message>
</context>
<context>
    <name>reports.words</name>
    <message>
        <source>On record (restricted)</source>
        <extracomment>What a brief says of a fact that exists but is restricted and left out: never "none". In English; :func:`withheld` gives it in the brief's language, which is what the brief prints.</extracomment>
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
        <source>In the case's local zone ({tz}, {offset}) unless marked UTC.</source>
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
        <comment>column of a contact's subject</comment>
        <translation>विषय</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>प्रतिबंधित</translation>
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
        <source>OVERDUE</source>
        <translation>अतिदेय</translation>
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
        <source>ask that case's team</source>
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
        <extracomment>"Audit chain head 1042:9f3a1c07b2e4", beside the marking at the foot of every page.</extracomment>
        <translation>पृष्ठ {number} / {total}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>मसौदा</translation>
    </message>
    <message>
        <source>Nothing to show for this selection</source>
        <extracomment>"" means "Total" in the current language</extracomment>
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
        <extracomment>Family names to use in styles and on the canvas. as named to a reader, e.g. in the marker "[Arabic script]" reportlab font name; the file is ``&lt;regular&gt;-Regular.ttf`` the file is ``&lt;bold&gt;.ttf`` code points of the script (inclusive) Every script in our names that needs its own font. Odia's font keeps its older name. Characters of right-to-left text set as one unbreakable line (see the module docstring). About 105 pt at 8 pt in Noto Naskh: the "Next of kin" and "Name" columns of a brief are about 110 pt wide.</extracomment>
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
        <extracomment>The context the column titles of a list are marked in where they are written (``QT_TRANSLATE_NOOP("services.lists", "Reference")`` in consular.services.lists). "text", "date" (a datetime shown in its own zone's wall time), "int" or "bool".</extracomment>
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
        <extracomment>The CSV's columns: every export field, then the chain head (the same on every row). How the chain head is labelled where a person reads it (PDF and workbook footers), in English; :func:`chain_head_label` gives it in the current language. What each format is, for a choice of format: in English, marked for translation in the context "reports.words" (the GUI shows ``QCoreApplication.translate("reports.words", text)``, Qt-free code :func:`describe`).</extracomment>
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
        <source>'{format}' is not an export format; use one of: {formats}.</source>
        <translation>'{format}' कोई निर्यात प्रारूप नहीं है; इनमें से किसी एक का उपयोग करें: {formats}।</translation>
    </message>
    <message>
        <source>[RESTRICTED]</source>
        <translation>[प्रतिबंधित]</translation>
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
        <source>Local times are in the case's zone, {zone}; each event also gives UTC.</source>
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
        <source>No events match this export's scope.</source>
        <translation>इस निर्यात के दायरे से कोई घटना मेल नहीं खाती।</translation>
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
        <source>Names of the case's people and their families are masked too.</source>
        <translation>मामले के व्यक्तियों और उनके परिवारों के नाम भी छिपाए गए हैं।</translation>
    </message>
    <message>
        <source>This brief INCLUDES RESTRICTED ENTRIES (marked RESTRICTED). Do not pass it to families, employers or anyone outside the case team.</source>
        <translation>इस सारांश में प्रतिबंधित प्रविष्टियाँ शामिल हैं (प्रतिबंधित के रूप में चिह्नित)। इसे परिवारों, नियोक्ताओं या मामले की टीम के बाहर किसी को न दें।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted contact entries are not included (issue with 'include restricted' for the case team only).</source>
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
        <source>{status} {date}</source>
        <comment>a charge's status and its date</comment>
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
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.brief_gather</name>
    <message>
        <source>'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-07-18.</source>
        <extracomment>Without ``since`` and without an earlier brief, a brief covers this long. A period since the previous brief shorter than this is refused: it prints as "17:27 to 17:27". Newest contacts listed per counterpart category; the rest are counted ("and 12 more").</extracomment>
        <translation>'{value}' कोई तिथि नहीं है; इसे YYYY-MM-DD के रूप में लिखें, जैसे 2025-07-18।</translation>
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
        <extracomment>SHA-256 of the PDF file's bytes (``sha256`` is of the content, printed in the footer). The audit chain head printed in every page's footer (``seq:hash``), an anchor. Why the file never reached its folder, when it did not (the brief was recorded first).</extracomment>
        <translation>गोपनीय अंश हटाए गए सारांश में प्रतिबंधित प्रविष्टियाँ कभी शामिल नहीं होतीं: अंश हटाना आगे दी जाने वाली प्रतियों के लिए है, और प्रतिबंधित प्रविष्टियाँ मामले की टीम से बाहर नहीं जानी चाहिए। दोनों में से एक चुनें।</translation>
    </message>
    <message>
        <source>'{value}' is not a page size; use A4 or Letter.</source>
        <translation>'{value}' कोई पृष्ठ आकार नहीं है; A4 या Letter का उपयोग करें।</translation>
    </message>
    <message>
        <source>'{value}' is not a language a brief can be issued in; use {choices}.</source>
        <translation>'{value}' ऐसी भाषा नहीं है जिसमें सारांश जारी हो सके; {choices} का उपयोग करें।</translation>
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
        <source>'{path}' is not a file.</source>
        <translation>'{path}' कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read '{path}': {reason}.</source>
        <translation>'{path}' पढ़ी नहीं जा सकती: {reason}।</translation>
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
</TS>
