<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
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
</context>
<context>
    <name>services.audit_checks</name>
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
        <extracomment>``progress(rows done, rows in all)``, called after each row (from the worker thread in the GUI).</extracomment>
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
        <source>known person #{id} {how}; added to the case</source>
        <translation>ज्ञात व्यक्ति #{id} {how}; मामले में जोड़ा गया</translation>
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
        <source>Contacts by channel, by month</source>
        <translation>माध्यम के अनुसार संपर्क, माह के अनुसार</translation>
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
</TS>
