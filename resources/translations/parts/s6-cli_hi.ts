<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
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
        <translation>किसी मामले का स्थिति सारांश PDF में लिखें (या जारी किए गए सारांशों की सूची देखें)</translation>
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
    <message numerus="yes">
        <source>Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).</source>
        <translation>
            <numerusform>{reference} की %Ln घटना {output} में लिखी गई ({format}, {what}; ऑडिट श्रृंखला शीर्ष {chain_head})।</numerusform>
            <numerusform>{reference} की %Ln घटनाएँ {output} में लिखी गईं ({format}, {what}; ऑडिट श्रृंखला शीर्ष {chain_head})।</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {rows} {kind} to {path}</source>
        <translation>{rows} {kind} {path} में लिखे गए</translation>
    </message>
    <message>
        <source>; left out {left_out}</source>
        <translation>; छोड़े गए: {left_out}</translation>
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
</TS>
