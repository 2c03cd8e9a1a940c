<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<!-- A small catalogue for tests, used only while resources/translations/casebook_kk.ts does not exist. -->
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Жаңа іс</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Соңғы оқиға</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылған</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Any event type</source>
        <translation>Кез келген оқиға түрі</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Істер: {count}</translation>
    </message>
    <message>
        <source>Search titles, people, places, events…</source>
        <translation>Атаулардан, адамдардан, орындардан, оқиғалардан іздеу…</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша сипаттама</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Адамдар мен ұйымдар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Үндеулер</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Жүйенің тілі</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Casebook settings</source>
        <translation>Casebook баптаулары</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Vault: {path}</source>
        <translation>Қойма: {path}</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0} ({1} байт)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>← All cases</source>
        <translation>← Барлық істер</translation>
    </message>
</context>
</TS>
