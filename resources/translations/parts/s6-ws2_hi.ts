<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
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
    <name>RecordSection</name>
    <message>
        <source>{name}: summary</source>
        <translation>{name}: सारांश</translation>
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
    <name>linked_cases</name>
    <message>
        <source> — &lt;i&gt;details restricted to that case&apos;s team&lt;/i&gt;</source>
        <translation> — &lt;i&gt;विवरण केवल उस मामले की टीम के लिए&lt;/i&gt;</translation>
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
    <name>users_combo</name>
    <message>
        <source>— nobody —</source>
        <translation>— कोई नहीं —</translation>
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
