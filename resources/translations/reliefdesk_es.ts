<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <location filename="../../reliefdesk/gui/app.py" line="85"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/app.py" line="87"/>
        <source>This database is encrypted. Type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/app.py" line="108"/>
        <source>reliefdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="82"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="233"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="306"/>
        <source>Batch review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="90"/>
        <source>DOJ bulk file, Illinois spreadsheet, or folder of rap sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="91"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="127"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="92"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="94"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="102"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="128"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="184"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="103"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="112"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="110"/>
        <source>optional: eligibility_options.json (California)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="111"/>
        <source>Options file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="124"/>
        <source>Continue the interrupted run in the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="129"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="130"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="131"/>
        <source>Worker processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="134"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="137"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="140"/>
        <source>Open output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="152"/>
        <source>Choose a file and an output folder, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="156"/>
        <source>Summary chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="171"/>
        <source>Bulk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="172"/>
        <source>Bulk files (*.csv *.dat *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="178"/>
        <source>Folder of rap sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="190"/>
        <source>Eligibility options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="203"/>
        <source>choose the bulk file or folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="205"/>
        <source>choose the output folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="239"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="256"/>
        <source>Stopping after the current group of people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="265"/>
        <source>%1 people reviewed, %2 rows a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="267"/>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="278"/>
        <source>Stopped. The output folder holds complete results for the people finished so far; tick Continue and Start to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="288"/>
        <source>Done: %1 people, %2 eligible now, %3 need review, %4 rows not used (errors.csv), %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="305"/>
        <source>The batch did not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="199"/>
        <source>Edited. The document said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="200"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="206"/>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="245"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="246"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="247"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="248"/>
        <source>Arrest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="249"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="250"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="276"/>
        <source>Statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="277"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="278"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="279"/>
        <location filename="../../reliefdesk/gui/models.py" line="471"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="280"/>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="281"/>
        <source>Disposition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="282"/>
        <location filename="../../reliefdesk/gui/models.py" line="472"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="283"/>
        <location filename="../../reliefdesk/gui/models.py" line="474"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="284"/>
        <location filename="../../reliefdesk/gui/models.py" line="473"/>
        <source>Sentence ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="285"/>
        <source>Offense date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="286"/>
        <source>Grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="287"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="288"/>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="333"/>
        <location filename="../../reliefdesk/gui/models.py" line="475"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="334"/>
        <location filename="../../reliefdesk/gui/models.py" line="476"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="335"/>
        <source>Case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="336"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="376"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="393"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="394"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="395"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="396"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="397"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="398"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="401"/>
        <location filename="../../reliefdesk/gui/models.py" line="402"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="403"/>
        <location filename="../../reliefdesk/gui/models.py" line="404"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="405"/>
        <location filename="../../reliefdesk/gui/models.py" line="410"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="406"/>
        <source>Case added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="407"/>
        <source>Case deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="408"/>
        <source>Charge added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="409"/>
        <source>Charge deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="411"/>
        <location filename="../../reliefdesk/gui/models.py" line="412"/>
        <source>Analyzed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="413"/>
        <source>Document made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="414"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="415"/>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="487"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="490"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="492"/>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="41"/>
        <source>&amp;Generate packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="42"/>
        <source>Fill the petitions for every eligible case (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="43"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="44"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="45"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="49"/>
        <source>Making the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="61"/>
        <source>Documents made for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="63"/>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="79"/>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="80"/>
        <source>No document yet. Press “Generate packet” (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="119"/>
        <source>Packet to file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="120"/>
        <source>Letter to the client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="121"/>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="126"/>
        <source>(file missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="168"/>
        <source>Print the packet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPane</name>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="84"/>
        <source>Analyze as of</source>
        <extracomment>A choice that means &quot;type a date&quot; (the engine&apos;s convention). the new analysis, and whether the volunteer caused it (answer or date change)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="88"/>
        <source>Filing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="89"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="91"/>
        <source>&amp;Filing date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="93"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="110"/>
        <source>Case and charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="110"/>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="110"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="111"/>
        <source>Eligibility results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="129"/>
        <source>&amp;Questions that would settle the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="132"/>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="416"/>
        <source>No questions: the record answers everything the rules ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="226"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="228"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="230"/>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="237"/>
        <source>Choose a client to see what relief they can ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="242"/>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="251"/>
        <source>No results: the rules for this state gave no answer for this record. Check the Record tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="275"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="275"/>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="347"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="311"/>
        <source>Assumed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="317"/>
        <source>Choose a line to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="345"/>
        <source>(no statute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="347"/>
        <source>Case %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="351"/>
        <source>Charge %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="362"/>
        <source>Also possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="423"/>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="436"/>
        <source>or type a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reliefdesk/gui/errors.py" line="34"/>
        <source>The disk is full%1. Free some space, then try again; nothing you typed was lost.</source>
        <extracomment>Filled by tests so a dialog never blocks: each shown message is appended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/errors.py" line="40"/>
        <source>Permission denied%1. Choose another folder or ask the clinic&apos;s computer person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/errors.py" line="46"/>
        <source>The file is not there any more%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="94"/>
        <source>Import rap sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="114"/>
        <source>Add the rap sheets to read: text, PDF, scanned images or record files. You can drop files here. Nothing is saved until you accept the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="119"/>
        <source>Files to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="120"/>
        <source>&amp;Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="122"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="123"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="124"/>
        <source>R&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="127"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="129"/>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="175"/>
        <source>Choose rap sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="218"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="230"/>
        <source>Reading cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="252"/>
        <source>Files read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="255"/>
        <source>Files &amp;read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="272"/>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="277"/>
        <source>Source &amp;text (red: not read; amber: unsure):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="280"/>
        <source>Things to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="284"/>
        <source>Things to &amp;check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="304"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="305"/>
        <source>&amp;Save clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="307"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="353"/>
        <source>%1 of %2 files read. Check each one, correct what is wrong, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="375"/>
        <source>%1 could not be read:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="397"/>
        <source>Line %1 not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="402"/>
        <source>Unsure of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="409"/>
        <source>Every line was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="445"/>
        <source>Discard the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="446"/>
        <source>You corrected some values. Discard them and close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="30"/>
        <source>Released without charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="31"/>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="32"/>
        <source>Stricken with leave (SOL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="33"/>
        <source>Acquitted / not guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="34"/>
        <source>Vacated / reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="35"/>
        <source>Supervision (completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="36"/>
        <source>Supervision, unsatisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="37"/>
        <source>Qualified probation (completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="38"/>
        <source>Qualified probation, unsatisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="41"/>
        <source>Convicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="42"/>
        <source>Set aside / dismissed after conviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="43"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="44"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="48"/>
        <source>Felony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="49"/>
        <source>Misdemeanor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="50"/>
        <source>Petty offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="51"/>
        <source>Business offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="52"/>
        <source>Ordinance violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="53"/>
        <source>Civil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="54"/>
        <source>Infraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="58"/>
        <source>Class X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="59"/>
        <source>Class 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="60"/>
        <source>Class 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="61"/>
        <source>Class 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="62"/>
        <source>Class 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="63"/>
        <source>Class A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="64"/>
        <source>Class B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="65"/>
        <source>Class C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="69"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="70"/>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="71"/>
        <source>Conditional discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="72"/>
        <source>Jail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="73"/>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="74"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="75"/>
        <source>Time served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="76"/>
        <source>No sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="80"/>
        <source>Vacate and expunge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="81"/>
        <source>Expunge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="82"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="83"/>
        <source>Dismiss and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="84"/>
        <source>Reduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="85"/>
        <source>No relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="89"/>
        <source>Eligible now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="90"/>
        <source>Eligible later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="91"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="92"/>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="93"/>
        <source>Already relieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="96"/>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="157"/>
        <source>reliefdesk — record relief clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="164"/>
        <source>Name, date of birth or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="166"/>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="167"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="172"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="188"/>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="189"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="221"/>
        <source>History of this client&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="235"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="339"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="236"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="339"/>
        <source>&amp;Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="237"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="339"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="238"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="340"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="250"/>
        <source>Choose a client on the left, or start with

Ctrl+N  New client (typed by hand)
Ctrl+I  Import a rap sheet
Ctrl+F  Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="270"/>
        <source>Locked after a time without use. The client&apos;s data is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="275"/>
        <source>Press Enter or Unlock to go on. When the database has a passphrase, you will be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="279"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="324"/>
        <source>&amp;Import rap sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="325"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="326"/>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="327"/>
        <source>&amp;Generate packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="328"/>
        <source>&amp;Print packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="329"/>
        <source>&amp;Save packet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="330"/>
        <source>Open packet &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="331"/>
        <source>&amp;Delete client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="332"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="333"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="334"/>
        <source>&amp;Batch review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="335"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="336"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="337"/>
        <source>&amp;About reliefdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="347"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="351"/>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="355"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="358"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="381"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="391"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="391"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="393"/>
        <source>LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="422"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="426"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="448"/>
        <source>%1 found of %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="451"/>
        <source>showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="452"/>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="486"/>
        <source>Could not open the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="530"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="532"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reliefdesk/gui/main_window.py" line="534"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="550"/>
        <source>Could not create the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="566"/>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="567"/>
        <source>Delete %1 and everything kept about them? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="568"/>
        <source>this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="575"/>
        <source>Could not delete the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="604"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="619"/>
        <source>The change was not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="620"/>
        <source>%1

Your change is still on screen; it will be saved with the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="632"/>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="653"/>
        <source>The answer was not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="663"/>
        <source>The analysis was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="672"/>
        <source>Could not list the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="715"/>
        <source>Making the packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="743"/>
        <source>The packet was made but not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="746"/>
        <source>To fill in by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="752"/>
        <source>No documents: nothing in this record can be filed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="754"/>
        <source>Packet ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="761"/>
        <source>The packet could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="778"/>
        <source>Save the packet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="779"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="788"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="791"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="800"/>
        <source>Could not write the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="811"/>
        <source>Could not read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="832"/>
        <source>Could not save the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="842"/>
        <source>%1 client(s) saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="884"/>
        <source>Type the database passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="889"/>
        <source>Still locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="889"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="906"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="913"/>
        <source>About reliefdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="914"/>
        <source>reliefdesk %1
Criminal-record relief for clinic volunteers. Works offline; never sends data anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="138"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="142"/>
        <source>LAST, FIRST MIDDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="143"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="145"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="148"/>
        <source>Illinois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="149"/>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="150"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="151"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="152"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="153"/>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="154"/>
        <source>Then add the cases and charges on the Record tab, or import a rap sheet (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="157"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="170"/>
        <source>Type the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../reliefdesk/gui/delegates.py" line="38"/>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="184"/>
        <location filename="../../reliefdesk/gui/dialogs.py" line="190"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="191"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="87"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="91"/>
        <source>LAST, FIRST MIDDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="93"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="97"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="99"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="103"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="112"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="113"/>
        <source>Add &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="114"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="117"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="131"/>
        <source>Charges of the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="132"/>
        <source>Add c&amp;harge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="133"/>
        <source>Delete charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="136"/>
        <location filename="../../reliefdesk/gui/record_editor.py" line="210"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="142"/>
        <source>Shaded, slanted values were changed by hand; hover to see what the document said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="185"/>
        <source>Illinois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="185"/>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="208"/>
        <source>C&amp;harges in case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="208"/>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="48"/>
        <source>Settings</source>
        <extracomment>Keys kept with ClientService.set_settings (remembered between runs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="52"/>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="56"/>
        <source>Clinic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="58"/>
        <source>Volunteer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="60"/>
        <source>for example Cook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="61"/>
        <source>Default county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="63"/>
        <source>(the day of the analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="64"/>
        <source>Default filing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="75"/>
        <source>(the reliefdesk data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="76"/>
        <location filename="../../reliefdesk/gui/dialogs.py" line="116"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="86"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="87"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="88"/>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="93"/>
        <source>&amp;Clinic name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="94"/>
        <source>Clinic &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="95"/>
        <source>&amp;Volunteer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="96"/>
        <source>Default c&amp;ounty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="97"/>
        <source>Default &amp;filing date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="98"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="101"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="103"/>
        <source>Packets are kept in the data folder, one folder per client. When the database has a passphrase, the window locks after the idle time and asks for it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
