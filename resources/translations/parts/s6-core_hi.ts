<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_GB">
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
</TS>
