<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
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
    <name>HistoryTab</name>
    <message>
        <source>History of {reference}</source>
        <translation>{reference} का इतिहास</translation>
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
    <name>PeopleTab</name>
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
        <source>VOID — voided by {user} on {when}: {reason}</source>
        <translation>निरस्त — {user} द्वारा {when} को निरस्त: {reason}</translation>
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
        <source>Medical needs:</source>
        <translation>चिकित्सीय ज़रूरतें:</translation>
    </message>
    <message>
        <source>Nothing to void here: only the author of an entry or a supervisor may, and the only entry left cannot be voided (record the right status first).</source>
        <translation>यहाँ निरस्त करने को कुछ नहीं: केवल प्रविष्टि का लेखक या पर्यवेक्षक ऐसा कर सकता है, और बची हुई अकेली प्रविष्टि निरस्त नहीं की जा सकती (पहले सही स्थिति दर्ज करें)।</translation>
    </message>
    <message>
        <source>Mark a status entry recorded by mistake as void, with a reason</source>
        <translation>ग़लती से दर्ज स्थिति प्रविष्टि को कारण सहित निरस्त चिह्नित करें</translation>
    </message>
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
        <source>National concerned</source>
        <translation>संबंधित नागरिक</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt; since {when}</source>
        <translation>{when} से &lt;b&gt;{status}&lt;/b&gt;</translation>
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
        <source>Mark compromised</source>
        <translation>लीक चिह्नित करें</translation>
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
